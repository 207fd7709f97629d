/// "did you mean 'csat'?" when `word` looks like a typo of one of `candidates`, else `nil`.
///
/// Generic on purpose: plans, journals and commands all use it for names.
public func suggestion(for word: String, among candidates: [String]) -> String? {
  guard let best = nearest(to: word, among: candidates) else { return nil }
  return "did you mean '\(best)'?"
}

/// The candidate with the smallest edit distance, when it is close enough to be a typo:
/// about one slip per three letters, at least one. Ties go to the earlier candidate.
public func nearest(to word: String, among candidates: [String]) -> String? {
  let target = Array(word.lowercased())
  var best: (candidate: String, distance: Int)?
  for candidate in candidates where candidate != word {
    let distance = levenshtein(target, Array(candidate.lowercased()))
    if distance < best?.distance ?? Int.max { best = (candidate, distance) }
  }
  guard let best else { return nil }
  let allowed = max(1, min(target.count, best.candidate.count) / 3)
  return best.distance <= allowed ? best.candidate : nil
}

/// Insertions, deletions and substitutions needed to turn `a` into `b`.
func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var row = Array(0...b.count)
  for i in 1...a.count {
    var diagonal = row[0]
    row[0] = i
    for j in 1...b.count {
      let above = row[j]
      row[j] = Swift.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.count]
}
