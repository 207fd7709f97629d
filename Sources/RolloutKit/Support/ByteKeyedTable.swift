#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A small open-addressing table from byte strings to values, looked up without making a
/// key (the bytes are hashed eight at a time and compared where they lie): cheaper than
/// `Hasher` for the short names of a plan and a journal. The one table both the journal's
/// name interning (`NameTable`) and the plan's names (`PlanNames`) use.
///
/// A key may carry a tag byte, so that keys of different kinds (a name, a tag list as
/// written) never meet although their bytes are equal. The keys' bytes live in one array.
struct ByteKeyedTable<Value> {
  /// Per slot: the hash (0 for an empty slot), and where its key lies in `bytes`.
  private var hashes: [UInt64]
  private var starts: [Int]
  private var counts: [Int]
  private var values: [Value?]
  /// Each key as its tag byte, then its bytes.
  private var bytes: [UInt8] = []
  private var count = 0
  /// How many keys it holds at the most; past it, new keys are not remembered.
  private let limit: Int

  init(limit: Int = 4096) {
    let capacity = 64
    hashes = Array(repeating: 0, count: capacity)
    starts = Array(repeating: 0, count: capacity)
    counts = Array(repeating: 0, count: capacity)
    values = Array(repeating: nil, count: capacity)
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
    let found = slot(for: raw, tag: tag, hash: Self.hash(raw, tag: tag))
    return found.known ? values[found.slot] : nil
  }

  /// The value stored for `raw` with `tag`, else `make()` (stored while there is room).
  mutating func value(
    for raw: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0, _ make: () -> Value
  ) -> Value {
    let hash = Self.hash(raw, tag: tag)
    let found = slot(for: raw, tag: tag, hash: hash)
    if found.known, let known = values[found.slot] { return known }
    let value = make()
    guard count < limit else { return value }
    hashes[found.slot] = hash
    starts[found.slot] = bytes.count
    counts[found.slot] = raw.count
    bytes.append(tag)
    bytes.append(contentsOf: raw)
    values[found.slot] = value
    count += 1
    if count * 2 > hashes.count { grow() }
    return value
  }

  /// A hash of the bytes, their count and the tag, never 0 (0 marks an empty slot): eight
  /// bytes at a time, each word mixed by a multiplication and a shift.
  @inline(__always)
  private static func hash(_ raw: UnsafeBufferPointer<UInt8>, tag: UInt8) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(raw.count) << 8 | UInt64(tag))
    guard let base = raw.baseAddress else { return hash | 1 }
    let p = UnsafeRawPointer(base)
    var k = 0
    while k + 8 <= raw.count {
      hash = (hash ^ p.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
      k += 8
    }
    if k < raw.count {
      var last: UInt64 = 0
      var shift: UInt64 = 0
      while k < raw.count {
        last |= UInt64(base[k]) << shift
        shift += 8
        k += 1
      }
      hash = (hash ^ last) &* 0x94D0_49BB_1331_11EB
      hash ^= hash >> 29
    }
    return hash | 1
  }

  /// The slot holding `raw` with `tag` (`known`), else the empty slot where it would go.
  private func slot(for raw: UnsafeBufferPointer<UInt8>, tag: UInt8, hash: UInt64)
    -> (slot: Int, known: Bool)
  {
    let mask = hashes.count - 1
    var slot = Int(truncatingIfNeeded: hash >> 7) & mask
    return bytes.withUnsafeBufferPointer { keys in
      while hashes[slot] != 0 {
        if hashes[slot] == hash, counts[slot] == raw.count {
          let start = starts[slot]
          if keys[start] == tag
            && (raw.count == 0
              || memcmp(keys.baseAddress! + start + 1, raw.baseAddress!, raw.count) == 0)
          {
            return (slot, true)
          }
        }
        slot = (slot + 1) & mask
      }
      return (slot, false)
    }
  }

  private mutating func grow() {
    let old = (hashes, starts, values, counts)
    let capacity = hashes.count * 2
    hashes = Array(repeating: 0, count: capacity)
    starts = Array(repeating: 0, count: capacity)
    counts = Array(repeating: 0, count: capacity)
    values = Array(repeating: nil, count: capacity)
    let mask = capacity - 1
    for k in old.0.indices where old.0[k] != 0 {
      var slot = Int(truncatingIfNeeded: old.0[k] >> 7) & mask
      while hashes[slot] != 0 { slot = (slot + 1) & mask }
      hashes[slot] = old.0[k]
      starts[slot] = old.1[k]
      counts[slot] = old.3[k]
      values[slot] = old.2[k]
    }
  }
}

extension ByteKeyedTable: Sendable where Value: Sendable {}
