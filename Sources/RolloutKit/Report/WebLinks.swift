/// Web addresses in user text (docs/reports.md: a link stays a working link on GitHub and GitLab).
///
/// An address is written as a CommonMark autolink, `<https://…>`, so that its end is
/// explicit: a closing quote mark or a full stop of ours (or of the sentence) is never
/// taken into it, and nothing inside it is escaped (backslashes would end up in the link).
enum WebLinks {
  enum Part: Equatable {
    case text(Substring)
    case link(Substring)
  }

  /// The text cut into plain runs and web addresses (`http://` or `https://` up to the
  /// next space, `<`, `>` or quote mark; sentence punctuation at its end stays outside).
  static func split(_ text: String) -> [Part] {
    var parts: [Part] = []
    var rest = text[...]
    while let start = nextStart(in: rest) {
      var end = rest[start...].firstIndex(where: isOutside) ?? rest.endIndex
      end = trimmedEnd(rest[start..<end])
      let url = rest[start..<end]
      // A bare scheme (`https://` and nothing after it) is no address.
      guard url.count > url.prefix(while: { $0 != "/" }).count + 2 else {
        let after = rest.index(after: start)
        parts.append(.text(rest[rest.startIndex..<after]))
        rest = rest[after...]
        continue
      }
      if start > rest.startIndex { parts.append(.text(rest[rest.startIndex..<start])) }
      parts.append(.link(url))
      rest = rest[end...]
    }
    if !rest.isEmpty || parts.isEmpty { parts.append(.text(rest)) }
    return parts
  }

  /// `<https://…>`; a `|` is percent-encoded, since it would end a table cell even there.
  static func autolink(_ url: Substring) -> String {
    "<" + url.replacingOccurrences(of: "|", with: "%7C") + ">"
  }

  private static func nextStart(in text: Substring) -> Substring.Index? {
    var search = text
    while let h = search.firstIndex(where: { $0 == "h" || $0 == "H" }) {
      let tail = search[h...].lowercased()
      let atWordStart = h == text.startIndex || !text[text.index(before: h)].isLetter
      if atWordStart, tail.hasPrefix("https://") || tail.hasPrefix("http://") { return h }
      search = search[search.index(after: h)...]
    }
    return nil
  }

  private static func isOutside(_ c: Character) -> Bool {
    c.isWhitespace || "<>\"“”‘’«»".contains(c)
  }

  /// Punctuation that ends a sentence or a bracket around the address is not part of it;
  /// a `)` stays when the address opened one (Wikipedia-style addresses).
  private static func trimmedEnd(_ url: Substring) -> Substring.Index {
    var end = url.endIndex
    while end > url.startIndex {
      let last = url[url.index(before: end)]
      if ".,:;!?'*_~".contains(last) {
        end = url.index(before: end)
      } else if last == ")" {
        let body = url[url.startIndex..<end]
        guard body.filter({ $0 == ")" }).count > body.filter({ $0 == "(" }).count else { break }
        end = url.index(before: end)
      } else {
        break
      }
    }
    return end
  }
}
