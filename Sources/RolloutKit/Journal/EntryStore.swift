/// The entries of a journal, in journal order, kept compactly: 48 bytes an entry in one
/// array, every name once in a `NameTable`, every text once in one byte array. An `Entry`
/// is made only when one is asked for, so a million-entry journal takes a fraction of the
/// memory that a million `Entry` values would (docs/code-map.md).
///
/// Keeping an entry and asking for it back gives an equal entry, whatever it holds: what
/// the compact form cannot hold exactly (an id or time not in the tool's shape, only
/// possible for entries made in code) is kept aside as the entry itself.
/// `EntryStoreTests` checks both ways.
public struct EntryStore: Sendable, RandomAccessCollection, Equatable, ExpressibleByArrayLiteral {
  /// One entry. Names and tag lists are positions in `names`, texts positions in `texts`.
  struct Row: Sendable {
    /// The packed `Timestamp`.
    var stamp: UInt64
    /// metric: the value's bits; note: its tag list (high half) and channel (low half).
    var bits: UInt64
    /// The id's 8 hex digits as a number.
    var id: UInt32
    /// `year << 6 | week`, ordered as the weeks are.
    var week: UInt32
    var line: UInt32
    var author: UInt32
    /// note, decide: the phase; metric: the metric; assess: the goal; retract: the target.
    var a: UInt32
    /// note: the goal; metric: the channel.
    var b: UInt32
    /// The text's position; for a note with `via`, the via's, the text following it.
    var text: UInt32
    var kind: Entry.Kind
    /// The sentiment, verdict or decision, as its position among the choices.
    var choice: UInt8
    /// Kept aside whole in `aside`.
    var isAside: Bool
    /// A note with `via`.
    var hasVia = false
  }

  private(set) var rows: [Row] = []
  var table = NameTable()
  /// Every text, each as its UTF-8 length (LEB128) and bytes.
  private var texts: [UInt8] = []
  /// Entries that the compact form cannot hold exactly, by position.
  private var aside: [Int: Entry] = [:]

  public init() {}

  /// The entries of `entries`, in their order.
  public init(_ entries: some Sequence<Entry>) {
    for entry in entries { append(entry) }
  }

  public init(arrayLiteral entries: Entry...) { self.init(entries) }

  public var startIndex: Int { 0 }
  public var endIndex: Int { rows.count }

  public subscript(position: Int) -> Entry {
    let r = rows[position]
    if r.isAside { return aside[position]! }
    return Entry(
      id: Self.idText(r.id), at: Timestamp(packed: r.stamp), week: Self.week(r.week),
      author: table.names[Int(r.author)], body: body(r), line: Int(r.line))
  }

  public static func == (a: EntryStore, b: EntryStore) -> Bool { a.elementsEqual(b) }

  /// Room for `n` entries, and for their texts at the length of those kept so far, so that
  /// the arrays are not copied to grow (a copy holds both for a moment).
  mutating func reserveCapacity(_ n: Int) {
    rows.reserveCapacity(n)
    if !rows.isEmpty { texts.reserveCapacity(texts.count * n / rows.count + n) }
  }

  /// Keeps `entry` at the end.
  public mutating func append(_ entry: Entry) {
    let (row, exact) = row(entry)
    if !exact { aside[rows.count] = entry }
    rows.append(row)
  }

  // MARK: - Fields without making an entry

  @inline(__always) func kind(_ k: Int) -> Entry.Kind { rows[k].kind }
  /// The week, packed as `pack` packs it (comparable as the weeks are).
  @inline(__always) func packedWeek(_ k: Int) -> UInt32 { rows[k].week }
  @inline(__always) func line(_ k: Int) -> Int {
    rows[k].isAside ? self[k].line : Int(rows[k].line)
  }

  /// The id as a number, or `nil` for an entry kept aside (then ask `self[k].id`).
  @inline(__always) func idKey(_ k: Int) -> UInt32? { rows[k].isAside ? nil : rows[k].id }

  /// The local date the entry was recorded on.
  func recordedOn(_ k: Int) -> CalendarDate? {
    rows[k].isAside ? aside[k]!.recordedOn : Timestamp(packed: rows[k].stamp).day
  }

  /// The packed week of `week`.
  @inline(__always)
  static func pack(_ week: ISOWeek) -> UInt32 {
    UInt32(truncatingIfNeeded: week.year) << 6 | UInt32(truncatingIfNeeded: week.week)
  }

  static func week(_ packed: UInt32) -> ISOWeek {
    ISOWeek(uncheckedYear: Int(packed >> 6), week: Int(packed & 63))
  }

  /// The id of 8 hex digits for `key`.
  static func idText(_ key: UInt32) -> String {
    String(unsafeUninitializedCapacity: 8) { out in
      for k in 0..<8 {
        let digit = UInt8(truncatingIfNeeded: key >> (28 - 4 * UInt32(k))) & 0x0F
        out[k] = digit < 10 ? 0x30 + digit : 0x61 + digit - 10
      }
      return 8
    }
  }

  /// An id of exactly 8 hex digits (0-9, a-f) as a number; `nil` for any other text.
  static func idKey(_ id: String) -> UInt32? {
    var key: UInt32 = 0
    var count = 0
    for c in id.utf8 {
      let digit: UInt8
      switch c {
      case 0x30...0x39: digit = c - 0x30
      case 0x61...0x66: digit = c - 0x61 + 10
      default: return nil
      }
      key = key << 4 | UInt32(digit)
      count += 1
    }
    return count == 8 ? key : nil
  }

  // MARK: - Texts

  /// Keeps `text`; its position (`nil` once the texts fill 4 GiB: the entry is then kept
  /// aside).
  mutating func keep(text: String) -> UInt32? {
    var text = text
    return text.withUTF8 { keep(bytes: $0) }
  }

  /// Keeps the text of the UTF-8 `bytes`; its position.
  mutating func keep(bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
    guard texts.count + bytes.count < Int(UInt32.max) - 16 else { return nil }
    let position = UInt32(texts.count)
    var n = bytes.count
    repeat {
      texts.append(UInt8(n & 0x7F) | (n >= 0x80 ? 0x80 : 0))
      n >>= 7
    } while n > 0
    texts.append(contentsOf: bytes)
    return position
  }

  /// Where the texts end, to drop those of a line that turned out not to be an entry.
  var mark: Int { texts.count }

  mutating func rewind(to mark: Int) {
    if texts.count > mark { texts.removeSubrange(mark...) }
  }

  /// Keeps a row made by the fast scanner (always exact).
  mutating func append(row: Row) { rows.append(row) }

  /// The text at `position` (`nil` for `none`).
  func text(_ position: UInt32) -> String? {
    guard position != NameTable.none else { return nil }
    return textAndNext(position).text
  }

  /// The text at `position` and the position of the one kept after it.
  func textAndNext(_ position: UInt32) -> (text: String, next: UInt32) {
    var k = Int(position)
    var n = 0
    var shift = 0
    while true {
      let byte = texts[k]
      k += 1
      n |= Int(byte & 0x7F) << shift
      shift += 7
      if byte < 0x80 { break }
    }
    let text = texts.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[k..<(k + n)]), as: UTF8.self)
    }
    return (text, UInt32(truncatingIfNeeded: k + n))
  }
}
