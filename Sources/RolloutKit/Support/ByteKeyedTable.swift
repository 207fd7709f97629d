#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A small open-addressing table from byte strings to values, looked up without making a
/// key (the bytes are hashed with FNV-1a and compared where they lie): cheaper than
/// `Hasher` for the short names of a plan and a journal. The one table both the journal's
/// name interning (`NameTable`) and the plan's names (`PlanNames`) use.
struct ByteKeyedTable<Value> {
  private var hashes: [UInt64]
  private var keys: [[UInt8]]
  private var values: [Value?]
  private var count = 0
  /// How many keys it holds at the most; past it, new keys are not remembered.
  private let limit: Int

  init(limit: Int = 4096) {
    let capacity = 64
    hashes = Array(repeating: 0, count: capacity)
    keys = Array(repeating: [], count: capacity)
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
    return name.withUTF8 { raw in
      let found = slot(for: raw, hash: Self.hash(raw))
      return found.known ? values[found.slot] : nil
    }
  }

  /// The value stored for `raw`, else `make()` (stored while there is room).
  mutating func value(for raw: UnsafeBufferPointer<UInt8>, _ make: () -> Value) -> Value {
    let hash = Self.hash(raw)
    let found = slot(for: raw, hash: hash)
    if found.known, let known = values[found.slot] { return known }
    let value = make()
    guard count < limit else { return value }
    hashes[found.slot] = hash
    keys[found.slot] = Array(raw)
    values[found.slot] = value
    count += 1
    if count * 2 > hashes.count { grow() }
    return value
  }

  /// FNV-1a of the bytes, never 0 (0 marks an empty slot).
  @inline(__always)
  private static func hash(_ raw: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in raw { hash = (hash ^ UInt64(c)) &* 0x100_0000_01b3 }
    return hash | 1
  }

  /// The slot holding `raw` (`known`), else the empty slot where it would go.
  private func slot(for raw: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, known: Bool) {
    let mask = hashes.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while hashes[slot] != 0 {
      if hashes[slot] == hash,
        keys[slot].withUnsafeBufferPointer({
          $0.count == raw.count
            && (raw.count == 0 || memcmp($0.baseAddress!, raw.baseAddress!, raw.count) == 0)
        })
      {
        return (slot, true)
      }
      slot = (slot + 1) & mask
    }
    return (slot, false)
  }

  private mutating func grow() {
    let old = (hashes, keys, values)
    let capacity = hashes.count * 2
    hashes = Array(repeating: 0, count: capacity)
    keys = Array(repeating: [], count: capacity)
    values = Array(repeating: nil, count: capacity)
    let mask = capacity - 1
    for k in old.0.indices where old.0[k] != 0 {
      var slot = Int(truncatingIfNeeded: old.0[k]) & mask
      while hashes[slot] != 0 { slot = (slot + 1) & mask }
      hashes[slot] = old.0[k]
      keys[slot] = old.1[k]
      values[slot] = old.2[k]
    }
  }
}

extension ByteKeyedTable: Sendable where Value: Sendable {}
