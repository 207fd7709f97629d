/// The names and tag lists of a journal, each kept once and known by its position, so that
/// a million entries naming the same goal hold one string and a 4-byte number each.
///
/// Names are found by their UTF-8 bytes; a tag list by its items (or, from the fast scanner,
/// by the bytes it was written as). Past `limit` different keys, new ones are still given a
/// position but are not remembered: a journal of endless different names stays linear, and
/// two positions may then hold equal names (`canonical` joins them).
struct NameTable: Sendable {
  private(set) var names: [String] = []
  private(set) var lists: [[String]] = []
  private var table = ByteKeyedTable<UInt32>(limit: 1 << 16)
  /// The week of the last line read by the fast scanner: its 8 bytes and packed week (no
  /// week is written as 8 zero bytes).
  var lastWeek: (bytes: UInt64, packed: UInt32) = (0, 0)
  /// The day and zone of the last time read by the fast scanner.
  var stamps = StampCache()

  /// The position of a missing name or list.
  static let none = UInt32.max

  /// The position of the name written as the bytes `raw`; `make` gives its string when new.
  mutating func index(_ raw: UnsafeBufferPointer<UInt8>, _ make: () -> String) -> UInt32 {
    let next = UInt32(truncatingIfNeeded: names.count)
    let found = table.value(for: raw) { next }
    if found == next { names.append(make()) }
    return found
  }

  /// The position of `name`.
  mutating func index(of name: String) -> UInt32 {
    var bytes = name
    return bytes.withUTF8 { raw in index(raw) { name } }
  }

  /// The position of `items` (an empty list is `none`).
  mutating func listIndex(of items: [String]) -> UInt32 {
    if items.isEmpty { return Self.none }
    // Each item as its length (4 bytes) and bytes, tagged apart from names and written lists.
    var key: [UInt8] = []
    for item in items {
      let count = item.utf8.count
      key += [UInt8(truncatingIfNeeded: count >> 24), UInt8(truncatingIfNeeded: count >> 16)]
      key += [UInt8(truncatingIfNeeded: count >> 8), UInt8(truncatingIfNeeded: count)]
      key += item.utf8
    }
    return key.withUnsafeBufferPointer { listIndex($0, tag: Self.itemsTag) { items } }
  }

  /// The position of the list written as `raw` (its brackets included); `make` reads it.
  mutating func listIndex(written raw: UnsafeBufferPointer<UInt8>, _ make: () -> [String])
    -> UInt32
  {
    listIndex(raw, tag: Self.writtenTag, make)
  }

  /// The position of a list already seen written exactly as `raw` (brackets included).
  func knownList(written raw: UnsafeBufferPointer<UInt8>) -> UInt32? {
    table.find(raw, tag: Self.writtenTag)
  }

  /// The tags that keep the keys of names, lists by their items and lists as written apart.
  private static let itemsTag: UInt8 = 1
  private static let writtenTag: UInt8 = 2

  private mutating func listIndex(
    _ key: UnsafeBufferPointer<UInt8>, tag: UInt8, _ make: () -> [String]
  ) -> UInt32 {
    let next = UInt32(truncatingIfNeeded: lists.count)
    let found = table.value(for: key, tag: tag) { next }
    if found == next { lists.append(make()) }
    return found
  }

  /// The plain word `raw` as a shared string.
  mutating func intern(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    names[Int(index(raw) { String(decoding: raw, as: UTF8.self) })]
  }

  /// `value`, read from the quoted scalar `raw`, as a shared string.
  mutating func intern(_ value: String, _ raw: UnsafeBufferPointer<UInt8>) -> String {
    names[Int(index(raw) { value })]
  }

  /// `items`, read from the list written as `raw`, as a shared list.
  mutating func internList(_ items: [String], _ raw: UnsafeBufferPointer<UInt8>) -> [String] {
    if items.isEmpty { return items }
    return lists[Int(listIndex(written: raw) { items })]
  }

  /// The name at `index` (`nil` for `none`).
  @inline(__always)
  func name(_ index: UInt32) -> String? {
    index == Self.none ? nil : names[Int(index)]
  }

  /// The list at `index` (empty for `none`).
  @inline(__always)
  func list(_ index: UInt32) -> [String] {
    index == Self.none ? [] : lists[Int(index)]
  }

  /// For each name, the first position holding an equal string (Swift's `==`, which is
  /// what the gate engine's groups by name have always used), so that grouping by
  /// position groups exactly as grouping by string did.
  func canonical() -> [UInt32] {
    var first: [String: UInt32] = [:]
    first.reserveCapacity(names.count)
    return names.indices.map { k in
      let index = UInt32(truncatingIfNeeded: k)
      if let known = first[names[k]] { return known }
      first[names[k]] = index
      return index
    }
  }
}
