import Foundation

/// Asks for a note's text in the user's editor, like `git commit` (docs/journal.md).
public enum MessageEditor {
  /// The line above rollout's instructions, as git's `commit --cleanup=scissors` writes
  /// it: it and everything below it are dropped from the note.
  public static let scissors = "# ------------------------ >8 ------------------------"

  /// The text of the temporary file: an empty first line for the note, then the scissors
  /// line and rollout's instructions below it, in the user's language.
  public static func template(phase: String, week: ISOWeek, language l: Language = .en)
    -> String
  {
    let instructions = l.say(
      en: """
        # Do not change or delete the line above: everything below it is left out.
        # Write the note above it; an empty note aborts. It will be logged for
        # phase '\(phase)' in \(week). Several lines are fine: they are kept as one
        # note, and so are your own lines starting with '#' (#hashtags).
        """,
      fi: """
        # Älä muuta tai poista yllä olevaa riviä: kaikki sen alla jätetään pois.
        # Kirjoita havainto sen yläpuolelle; tyhjä havainto peruu kirjauksen. Se
        # kirjataan vaiheelle '\(phase)' viikolle \(week). Useampi rivi käy: ne
        # pidetään yhtenä havaintona, samoin omat #-alkuiset rivisi (#aihetunnisteet).
        """,
      nl: """
        # Verander of verwijder de regel hierboven niet: alles eronder wordt weggelaten.
        # Schrijf de notitie erboven; een lege notitie breekt het loggen af. Ze wordt
        # gelogd voor fase '\(phase)' in \(week). Meer regels mogen: ze blijven één
        # notitie, net als je eigen regels die met '#' beginnen (#hashtags).
        """)
    return "\n" + scissors + "\n" + instructions + "\n\n"
  }

  /// The note from the edited text: only the block rollout wrote is dropped (from the
  /// scissors line on; if that line was deleted, the lines of `template` found as they
  /// were written), blank lines at either end trimmed. A line the user wrote is kept,
  /// `#syyskampanja` too. `nil` when nothing is left.
  public static func message(from edited: String, template: String) -> String? {
    var lines = edited.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    if let cut = lines.firstIndex(where: { $0 == scissors }) {
      lines.removeSubrange(cut...)
    } else {
      let ours = Set(template.split(separator: "\n").filter { $0.hasPrefix("#") })
      lines.removeAll { ours.contains($0) }
    }
    let text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? nil : text
  }

  /// Whether a note without text can be asked for in an editor: one is set, or standard
  /// input is a terminal for `vi`. A script's note must not start `vi` on a pipe.
  public static func canAsk(environment: [String: String], inputIsTerminal: Bool) -> Bool {
    Editor.chosen(environment: environment) != nil || inputIsTerminal
  }

  /// Why a note without text is refused when `canAsk` is false.
  public static let noTextReason =
    "no note text: write it as an argument, pass '-' to read standard input, or set EDITOR"

  /// Opens `$VISUAL`, else `$EDITOR`, else `vi`, on a temporary file holding `template`;
  /// returns the edited text.
  public static func edit(template: String, environment: [String: String])
    throws(DiagnosticsError) -> String
  {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("rollout-note-\(UUID().uuidString).txt").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard FileManager.default.createFile(atPath: path, contents: Data(template.utf8)) else {
      throw DiagnosticsError(Diagnostic(file: path, WorkspaceProblem.editorTemporaryFile))
    }
    do {
      try Editor.open(path, environment: environment)
    } catch {
      switch error {
      case .cannotStart(let editor):
        throw DiagnosticsError(Diagnostic(WorkspaceProblem.editorCannotStart(editor)))
      case .failed(let editor, let status):
        throw DiagnosticsError(
          Diagnostic(WorkspaceProblem.editorFailed(editor, status: Int32(status))))
      }
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DiagnosticsError(Diagnostic(WorkspaceProblem.editedNoteUnreadable))
    }
    return String(decoding: data, as: UTF8.self)
  }
}

extension MessageEditor {
  /// A note read from standard input: kept as given, without the final newline(s);
  /// `nil` when blank.
  public static func message(fromInput text: String) -> String? {
    var s = Substring(text)
    while let last = s.last, last == "\n" || last == "\r\n" || last == "\r" { s = s.dropLast() }
    return s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : String(s)
  }
}
