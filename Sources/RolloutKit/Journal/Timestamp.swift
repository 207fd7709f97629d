/// An entry's recording time. A time in the shape `EntryCodec.isValidTimestamp` accepts
/// (`2026-11-25T10:02:11+02:00`, or with `Z`) is packed into one integer; any other text
/// (only possible for entries made in code) is kept as it is. Packing is exact both ways,
/// so two timestamps are equal exactly when their texts are.
struct Timestamp: Sendable, Hashable, CustomStringConvertible {
  private enum Storage: Sendable, Hashable {
    case packed(UInt64)
    case text(TextBox)
  }

  /// A string behind a reference, so that `Storage` stays 9 bytes.
  private final class TextBox: Sendable, Hashable {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (a: TextBox, b: TextBox) -> Bool { a.text == b.text }
    func hash(into hasher: inout Hasher) { hasher.combine(text) }
  }

  private let storage: Storage

  init(_ text: String) {
    var copy = text
    let packed = copy.withUTF8 { Self.pack($0) }
    storage = packed.map(Storage.packed) ?? .text(TextBox(text))
  }

  /// The packed form of a timestamp in the tool's shape, else `nil` (`EntryStore`).
  var packed: UInt64? {
    if case .packed(let bits) = storage { return bits }
    return nil
  }

  /// The timestamp whose packed form is `bits`.
  init(packed bits: UInt64) { storage = .packed(bits) }

  /// A valid timestamp's bytes, else `nil`.
  init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let packed = Self.pack(bytes) else { return nil }
    storage = .packed(packed)
  }

  // Fields, low bits first: second, minute, hour (7 bits each, two digits), day (5),
  // month (4), year (14), zone (2: 0 `Z`, 1 `+`, 2 `-`), offset minutes, offset hours (7
  // each).
  static func pack(_ u: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard u.count == 25 || u.count == 20 else { return nil }
    func number(_ r: Range<Int>) -> UInt64? {
      var n: UInt64 = 0
      for k in r {
        let d = u[k] &- 0x30
        guard d < 10 else { return nil }
        n = n * 10 + UInt64(d)
      }
      return n
    }
    guard let y = number(0..<4), u[4] == 0x2D, let m = number(5..<7), u[7] == 0x2D,
      let d = number(8..<10), CalendarDate(year: Int(y), month: Int(m), day: Int(d)) != nil,
      u[10] == 0x54, let hh = number(11..<13), u[13] == 0x3A, let mm = number(14..<16),
      u[16] == 0x3A, let ss = number(17..<19),
      // RFC 3339: hours 00-23, minutes 00-59, seconds 00-60 (a leap second).
      hh < 24, mm < 60, ss <= 60
    else { return nil }
    var zone: UInt64 = 0
    var oh: UInt64 = 0
    var om: UInt64 = 0
    if u.count == 20 {
      guard u[19] == UInt8(ascii: "Z") else { return nil }
    } else {
      // An offset is a time of day too: `+24:00`, `+99:00` and `+00:60` cannot be.
      guard u[19] == 0x2B || u[19] == 0x2D, let h = number(20..<22), u[22] == 0x3A,
        let mi = number(23..<25), h < 24, mi < 60
      else { return nil }
      zone = u[19] == 0x2B ? 1 : 2
      (oh, om) = (h, mi)
    }
    return ss | mm << 7 | hh << 14 | d << 21 | m << 26 | y << 30 | zone << 44 | om << 46
      | oh << 53
  }

  private static func field(_ bits: UInt64, _ shift: UInt64, _ width: UInt64) -> Int {
    Int((bits >> shift) & ((1 << width) - 1))
  }

  /// The local date (its first ten characters).
  var day: CalendarDate? {
    switch storage {
    case .packed(let bits):
      return CalendarDate(
        year: Self.field(bits, 30, 14), month: Self.field(bits, 26, 4),
        day: Self.field(bits, 21, 5))
    case .text(let box):
      return CalendarDate(box.text.prefix(10))
    }
  }

  var description: String {
    switch storage {
    case .text(let box):
      return box.text
    case .packed(let bits):
      let zone = Self.field(bits, 44, 2)
      let count = zone == 0 ? 20 : 25
      return String(unsafeUninitializedCapacity: count) { out in
        func put(_ value: Int, _ digits: Int, at k: Int) {
          var v = value
          for j in stride(from: k + digits - 1, through: k, by: -1) {
            out[j] = 0x30 + UInt8(v % 10)
            v /= 10
          }
        }
        put(Self.field(bits, 30, 14), 4, at: 0)
        out[4] = 0x2D
        put(Self.field(bits, 26, 4), 2, at: 5)
        out[7] = 0x2D
        put(Self.field(bits, 21, 5), 2, at: 8)
        out[10] = 0x54
        put(Self.field(bits, 14, 7), 2, at: 11)
        out[13] = 0x3A
        put(Self.field(bits, 7, 7), 2, at: 14)
        out[16] = 0x3A
        put(Self.field(bits, 0, 7), 2, at: 17)
        if zone == 0 {
          out[19] = UInt8(ascii: "Z")
        } else {
          out[19] = zone == 1 ? 0x2B : 0x2D
          put(Self.field(bits, 53, 7), 2, at: 20)
          out[22] = 0x3A
          put(Self.field(bits, 46, 7), 2, at: 23)
        }
        return count
      }
    }
  }
}
