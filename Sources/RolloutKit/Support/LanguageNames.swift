extension Language {
  /// The code a language's name points to, in any of the three languages (`suomi` → fi),
  /// or the code nearest a misspelt one; `nil` when nothing is near.
  public static func suggestion(for text: String) -> String? {
    let lowered = text.lowercased()
    if let code = names[lowered] { return code.rawValue }
    return closest(to: lowered, among: allCases.map(\.rawValue) + names.keys.sorted())
      .map { (names[$0] ?? Language(rawValue: $0))?.rawValue ?? $0 }
  }

  private static let names: [String: Language] = [
    "english": .en, "englanti": .en, "engels": .en, "eng": .en,
    "finnish": .fi, "suomi": .fi, "fin": .fi, "fins": .fi, "finska": .fi,
    "dutch": .nl, "nederlands": .nl, "hollanti": .nl, "hollands": .nl, "nld": .nl, "vlaams": .nl,
  ]
}
