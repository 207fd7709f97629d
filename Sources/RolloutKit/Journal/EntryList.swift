/// Some entries of a journal, by their positions in it: a goal's supporting notes cost 4
/// bytes a note instead of a copy of each, and an entry is made only when one is read (a
/// report quotes the last three of thousands).
public struct EntryList: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
  private let all: EntryStore
  private let positions: [Int32]
  public let startIndex: Int
  public let endIndex: Int

  /// No entries.
  public init() { self.init(EntryStore(), [], 0..<0) }

  init(_ all: EntryStore, _ positions: [Int32]) {
    self.init(all, positions, 0..<positions.count)
  }

  private init(_ all: EntryStore, _ positions: [Int32], _ range: Range<Int>) {
    self.all = all
    self.positions = positions
    startIndex = range.lowerBound
    endIndex = range.upperBound
  }

  /// These entries, in this order.
  public init(_ entries: [Entry]) {
    self.init(EntryStore(entries), (0..<entries.count).map { Int32(truncatingIfNeeded: $0) })
  }

  public init(arrayLiteral entries: Entry...) { self.init(entries) }

  public subscript(position: Int) -> Entry { all[Int(positions[position])] }

  public subscript(bounds: Range<Int>) -> EntryList { EntryList(all, positions, bounds) }

  /// The week of the entry at `position`, without making the entry.
  func week(at position: Int) -> ISOWeek {
    EntryStore.week(all.packedWeek(Int(positions[position])))
  }

  public static func == (a: EntryList, b: EntryList) -> Bool { a.elementsEqual(b) }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for entry in self { hasher.combine(entry) }
  }
}
