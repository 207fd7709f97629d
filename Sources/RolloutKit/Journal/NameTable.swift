/// Names and tag lists already seen in the journal, by the bytes they were written as,
/// so that the thousands of entries naming one goal share one string. Names that fit in
/// a small string (15 UTF-8 bytes) need no sharing and skip the table. Bounded: past
/// `limit` different keys, new ones are simply not remembered.
struct NameTable {
  private var names = ByteKeyedTable<String>()
  private var lists = ByteKeyedTable<[String]>()
  /// The week of the last line read.
  var lastWeek: ISOWeek?

  /// The plain word `raw` as a string.
  mutating func intern(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    if raw.count <= 15 { return String(decoding: raw, as: UTF8.self) }
    return names.value(for: raw) { String(decoding: raw, as: UTF8.self) }
  }

  /// `value`, read from the quoted scalar `raw`, or an equal string seen before.
  mutating func intern(_ value: String, _ raw: UnsafeBufferPointer<UInt8>) -> String {
    if value.utf8.count <= 15 { return value }
    return names.value(for: raw) { value }
  }

  /// `items`, read from the list written as `raw`, or an equal list seen before.
  mutating func internList(_ items: [String], _ raw: UnsafeBufferPointer<UInt8>) -> [String] {
    if items.isEmpty { return items }
    return lists.value(for: raw) { items }
  }
}
