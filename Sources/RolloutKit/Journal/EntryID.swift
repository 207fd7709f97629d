/// Fresh entry ids (docs/journal.md).
public enum EntryID {
  /// A random id not in `taken`: 8 lowercase hex characters, the first a–f.
  public static func make(avoiding taken: Set<String>) -> String {
    make { taken.contains($0) }
  }

  /// A random id for which `isTaken` is false.
  public static func make(avoiding isTaken: (String) -> Bool) -> String {
    var generator = SystemRandomNumberGenerator()
    let hex = Array("0123456789abcdef")
    while true {
      var id = String(hex[Int.random(in: 10...15, using: &generator)])
      for _ in 0..<7 { id.append(hex[Int.random(in: 0...15, using: &generator)]) }
      if !isTaken(id) { return id }
    }
  }
}
