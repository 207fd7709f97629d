/// The candidate nearest to `word` by edit distance, if it is near enough to be a typo.
public func closest(to word: String, among candidates: [String]) -> String? {
  let lowered = word.lowercased()
  var best: (name: String, distance: Int)?
  for candidate in candidates {
    let d = editDistance(lowered, candidate.lowercased())
    if d < (best?.distance ?? .max) { best = (candidate, d) }
  }
  guard let best else { return nil }
  // Allow about one typo per three letters, and at least one.
  let limit = max(1, min(word.count, best.name.count) / 3)
  return best.distance <= limit ? best.name : nil
}

/// Edit distance between two strings, by characters: insertions, deletions,
/// substitutions and swaps of two neighbours each count one (optimal string alignment).
public func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var beforePrevious = [Int](repeating: 0, count: b.count + 1)
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
        current[j] = min(current[j], beforePrevious[j - 2] + 1)
      }
    }
    (beforePrevious, previous, current) = (previous, current, beforePrevious)
  }
  return previous[b.count]
}
