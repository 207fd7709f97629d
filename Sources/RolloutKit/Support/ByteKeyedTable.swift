#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A small open-addressing table from byte strings to values, looked up without making a
/// key: cheaper than `Hasher` for the short names of a plan and a journal. The one table
/// both the journal's name interning (`NameTable`) and the plan's names (`PlanNames`) use.
///
/// A key of up to 16 bytes is held whole in two words (its first and last 8 bytes, which
/// overlap; 4 and 4 below 8 bytes; the bytes themselves below 4), so it is hashed and
/// compared as numbers; a longer key is hashed eight bytes at a time and compared where
/// its bytes lie. A key may carry a tag byte, so that keys of different kinds (a name, a
/// tag list as written) never meet although their bytes are equal.
struct ByteKeyedTable<Value> {
  private struct Slot {
    /// 0 for an empty slot.
    var hash: UInt64 = 0
    var first: UInt64 = 0
    var last: UInt64 = 0
    var count = 0
    var tag: UInt8 = 0
    /// Where a key longer than 16 bytes lies in `bytes`.
    var start = 0
  }

  private var slots: [Slot]
  private var values: [Value?]
  /// The bytes of the keys longer than 16 bytes.
  private var bytes: [UInt8] = []
  private var count = 0
  /// How many keys it holds at the most; past it, new keys are not remembered.
  private let limit: Int

  init(limit: Int = 4096) {
    slots = Array(repeating: Slot(), count: 64)
    values = Array(repeating: nil, count: 64)
    self.limit = limit
  }

  /// A table of `pairs`, without a limit; of equal keys, the first one counts.
  init(_ pairs: [(String, Value)]) {
    self.init(limit: .max)
    for (name, value) in pairs {
      var name = name
      name.withUTF8 { raw in _ = self.value(for: raw) { value } }
    }
  }

  /// The value stored for `name`, or `nil`.
  subscript(name: String) -> Value? {
    var name = name
    return name.withUTF8 { raw in find(raw) }
  }

  /// The value stored for `raw` with `tag`, or `nil`; stores nothing.
  func find(_ raw: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> Value? {
    let key = Self.key(raw, tag: tag)
    let found = slot(for: raw, key)
    return found.known ? values[found.slot] : nil
  }

  /// The value stored for `raw` with `tag`, else `make()` (stored while there is room).
  mutating func value(
    for raw: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0, _ make: () -> Value
  ) -> Value {
    let key = Self.key(raw, tag: tag)
    let found = slot(for: raw, key)
    if found.known, let known = values[found.slot] { return known }
    let value = make()
    guard count < limit else { return value }
    var stored = key
    if raw.count > 16 {
      stored.start = bytes.count
      bytes.append(contentsOf: raw)
    }
    slots[found.slot] = stored
    values[found.slot] = value
    count += 1
    if count * 2 > slots.count { grow() }
    return value
  }

  /// The slot of `raw` to look for: its words, count, tag and hash (never 0).
  @inline(__always)
  private static func key(_ raw: UnsafeBufferPointer<UInt8>, tag: UInt8) -> Slot {
    let n = raw.count
    var first: UInt64 = 0
    var last: UInt64 = 0
    if let base = raw.baseAddress, n > 0 {
      let p = UnsafeRawPointer(base)
      if n >= 8 {
        first = p.loadUnaligned(as: UInt64.self)
        last = p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
      } else if n >= 4 {
        first = UInt64(p.loadUnaligned(as: UInt32.self))
        last = UInt64(p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
      } else {
        first = UInt64(base[0]) | UInt64(base[n >> 1]) << 8 | UInt64(base[n - 1]) << 16
      }
    }
    var hash = (first ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
    hash ^= (last &+ UInt64(n) << 8 &+ UInt64(tag)) &* 0x94D0_49BB_1331_11EB
    if n > 16, let base = raw.baseAddress {
      // The middle bytes too, so that long keys alike at both ends spread.
      let p = UnsafeRawPointer(base)
      var k = 8
      while k + 8 <= n - 8 {
        hash = (hash ^ p.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
        k += 8
      }
    }
    hash ^= hash >> 29
    return Slot(hash: hash | 1, first: first, last: last, count: n, tag: tag)
  }

  /// The slot holding `raw` (`known`), else the empty slot where it would go.
  private func slot(for raw: UnsafeBufferPointer<UInt8>, _ key: Slot) -> (slot: Int, known: Bool) {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var k = Int(truncatingIfNeeded: key.hash >> 7) & mask
      while slots[k].hash != 0 {
        let s = slots[k]
        if s.hash == key.hash, s.first == key.first, s.last == key.last, s.count == key.count,
          s.tag == key.tag, key.count <= 16 || sameBytes(raw, at: s.start)
        {
          return (k, true)
        }
        k = (k + 1) & mask
      }
      return (k, false)
    }
  }

  private func sameBytes(_ raw: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    bytes.withUnsafeBufferPointer {
      memcmp($0.baseAddress! + start, raw.baseAddress!, raw.count) == 0
    }
  }

  private mutating func grow() {
    let (old, oldValues) = (slots, values)
    slots = Array(repeating: Slot(), count: old.count * 2)
    values = Array(repeating: nil, count: old.count * 2)
    let mask = slots.count - 1
    for k in old.indices where old[k].hash != 0 {
      var slot = Int(truncatingIfNeeded: old[k].hash >> 7) & mask
      while slots[slot].hash != 0 { slot = (slot + 1) & mask }
      slots[slot] = old[k]
      values[slot] = oldValues[k]
    }
  }
}

extension ByteKeyedTable: Sendable where Value: Sendable {}
