/// docs/plan.md: ids are lowercase letters, digits, `-` and `_`.
public func isValidID(_ s: String) -> Bool {
  guard !s.isEmpty, s.utf8.count <= 64 else { return false }
  return s.utf8.allSatisfy { b in
    (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == UInt8(ascii: "-")
      || b == UInt8(ascii: "_")
  }
}

/// A valid id made from a user's spelling, for the fix line: `Fast Service` → `fast-service`.
func idSuggestion(for s: String) -> String? {
  var out = ""
  for ch in s.lowercased() {
    if ch.isASCII && (ch.isLetter || ch.isNumber) || ch == "_" || ch == "-" {
      out.append(ch)
    } else if ch == " " || ch == "." {
      if !out.hasSuffix("-") { out.append("-") }
    } else if let mapped = ["ä": "a", "ö": "o", "å": "a", "ë": "e", "é": "e", "ü": "u"][ch] {
      out += mapped
    }
  }
  while out.hasSuffix("-") { out.removeLast() }
  return isValidID(out) ? out : nil
}
