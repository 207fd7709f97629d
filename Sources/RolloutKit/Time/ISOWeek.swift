/// An ISO-8601 week such as `2026-W48`: weeks start on Monday, and week 1 is the week
/// that holds the year's first Thursday, so some years have 53 weeks.
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
  public let year: Int
  public let week: Int

  /// A valid week, or `nil` (`2027-W53` is `nil`: 2027 has 52 weeks).
  public init?(year: Int, week: Int) {
    guard (1...9999).contains(year), week >= 1, week <= ISOWeek.weeks(in: year) else {
      return nil
    }
    self.year = year
    self.week = week
  }

  /// A week known to be valid (a compact form of one read back).
  init(uncheckedYear year: Int, week: Int) {
    self.year = year
    self.week = week
  }

  /// Parses `2026-W48` (a lower-case `w` is accepted too).
  public init?(_ text: some StringProtocol) {
    let u = Array(text.utf8)
    guard u.count == 8 || u.count == 7, u[4] == UInt8(ascii: "-"),
      u[5] == UInt8(ascii: "W") || u[5] == UInt8(ascii: "w")
    else { return nil }
    guard let y = Self.digits(u[0..<4]), let w = Self.digits(u[6...]) else { return nil }
    self.init(year: y, week: w)
  }

  /// The week a day falls in.
  public init(_ date: CalendarDate) {
    // The week's Thursday decides its year.
    let thursday = date.adding(days: 4 - date.weekday)
    let jan1 = CalendarDate(unchecked: thursday.year, month: 1, day: 1)
    self.year = thursday.year
    self.week = (thursday.daysSinceEpoch - jan1.daysSinceEpoch) / 7 + 1
  }

  private static func digits(_ s: ArraySlice<UInt8>) -> Int? {
    guard !s.isEmpty, s.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
    return s.reduce(0) { $0 * 10 + Int($1 - 48) }
  }

  /// 52 or 53.
  public static func weeks(in year: Int) -> Int {
    ISOWeek(CalendarDate(unchecked: year, month: 12, day: 28)).week
  }

  /// The Monday of the week.
  public var monday: CalendarDate {
    let jan4 = CalendarDate(unchecked: year, month: 1, day: 4)
    let week1Monday = jan4.adding(days: 1 - jan4.weekday)
    return week1Monday.adding(days: (week - 1) * 7)
  }

  /// The Sunday of the week.
  public var sunday: CalendarDate { monday.adding(days: 6) }

  /// The week `n` weeks later (earlier when negative).
  public func adding(_ n: Int) -> ISOWeek {
    ISOWeek(monday.adding(days: 7 * n))
  }

  public static func + (w: ISOWeek, n: Int) -> ISOWeek { w.adding(n) }
  public static func - (w: ISOWeek, n: Int) -> ISOWeek { w.adding(-n) }

  /// Whole weeks from `self` to `other` (positive when `other` is later).
  public func distance(to other: ISOWeek) -> Int {
    (other.monday.daysSinceEpoch - monday.daysSinceEpoch) / 7
  }

  public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }

  public var description: String { "\(pad(year, 4))-W\(pad(week, 2))" }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let w = ISOWeek(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not an ISO week: \(text)"))
    }
    self = w
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }
}
