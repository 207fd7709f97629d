/// What the fast scanner remembers from one line to the next about recording times:
/// neighbouring lines are nearly always recorded on the same day in the same time zone,
/// so the day (a calendar check) and the offset are checked once and only the time of
/// day is read on the following lines.
///
/// Only bytes that `Timestamp.pack` accepted are remembered, and a hit gives exactly the
/// bits `pack` gives (the fields are packed apart: day and zone bits never depend on the
/// time of day), so the cache changes speed, never a result (`CanonicalLineTests`).
struct StampCache: Sendable {
  /// Bytes 0–7 and 8–9 (`YYYY-MM-DD`) of the last day packed, and its bits.
  private var dayHead: UInt64 = 0
  private var dayTail: UInt16 = 0
  private var dayBits: UInt64 = 0
  /// The zone bytes (`Z`, or `+hh:mm` with its length) of the last zone packed, and its bits.
  private var zoneKey: UInt64 = 0
  private var zoneBits: UInt64 = 0
  private var known = false

  /// The bits above the time of day: the day (bits 21–43) and the zone (44 on).
  private static let dayMask: UInt64 = (1 << 44) - (1 << 21)
  private static let zoneMask: UInt64 = ~((1 << 44) - 1)

  /// The packed timestamp of the 20 or 25 bytes at `p` (`Timestamp.pack`'s answer).
  mutating func pack(_ p: UnsafePointer<UInt8>, count: Int) -> UInt64? {
    let raw = UnsafeRawPointer(p)
    let head = raw.loadUnaligned(as: UInt64.self)
    let tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
    let zone = Self.zoneKey(p, count: count)
    if known, head == dayHead, tail == dayTail, zone == zoneKey,
      let time = Self.timeOfDay(p)
    {
      return time | dayBits | zoneBits
    }
    guard let bits = Timestamp.pack(UnsafeBufferPointer(start: p, count: count)) else {
      return nil
    }
    (dayHead, dayTail, dayBits) = (head, tail, bits & Self.dayMask)
    (zoneKey, zoneBits) = (zone, bits & Self.zoneMask)
    known = true
    return bits
  }

  /// The zone's bytes from byte 19 on, with their count in the top byte.
  @inline(__always)
  private static func zoneKey(_ p: UnsafePointer<UInt8>, count: Int) -> UInt64 {
    var key = UInt64(count) << 56
    for k in 19..<count { key |= UInt64(p[k]) << (8 * UInt64(k - 19)) }
    return key
  }

  /// `Thh:mm:ss` at bytes 10–18, as `Timestamp.pack` checks and packs it (bits 0–20).
  @inline(__always)
  private static func timeOfDay(_ p: UnsafePointer<UInt8>) -> UInt64? {
    guard p[10] == 0x54, p[13] == 0x3A, p[16] == 0x3A else { return nil }
    func two(_ k: Int) -> UInt64? {
      let (a, b) = (p[k] &- 0x30, p[k + 1] &- 0x30)
      return a < 10 && b < 10 ? UInt64(a) * 10 + UInt64(b) : nil
    }
    guard let hh = two(11), let mm = two(14), let ss = two(17), hh < 24, mm < 60, ss <= 60
    else { return nil }
    return ss | mm << 7 | hh << 14
  }
}
