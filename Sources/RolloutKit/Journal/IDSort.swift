/// Sorting the journal's ids (as numbers) to find one used twice: a radix sort, three
/// passes of 11 bits over 32-bit keys, linear in the number of ids where a comparison
/// sort spent a tenth of the reading time of a large journal.
enum IDSort {
  /// Sorts `keys` in ascending order, with one more array as large while it works.
  static func sort(_ keys: inout [UInt32]) {
    guard keys.count > 256 else { return keys.sort() }
    var other = [UInt32](repeating: 0, count: keys.count)
    var counts = [Int](repeating: 0, count: 2048)
    for shift in stride(from: UInt32(0), to: 33, by: 11) {
      for k in counts.indices { counts[k] = 0 }
      for key in keys { counts[Int(key >> shift & 0x7FF)] += 1 }
      var total = 0
      for k in counts.indices {
        let n = counts[k]
        counts[k] = total
        total += n
      }
      for key in keys {
        let digit = Int(key >> shift & 0x7FF)
        other[counts[digit]] = key
        counts[digit] += 1
      }
      swap(&keys, &other)
    }
  }
}
