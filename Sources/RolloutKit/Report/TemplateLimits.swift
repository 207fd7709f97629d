import Mustache

/// What a `--template` may ask of the renderer. The Mustache library parses and renders
/// sections by recursion and repeats a list section for each item of the list, so a
/// hostile template could overflow the stack (thousands of nested sections) or run for
/// ever (a list section inside itself, a few hundred times). Both are refused with an
/// error instead: the nesting before parsing, the repetitions while rendering.
enum TemplateLimits {
  /// Sections inside sections; the shipped templates use four.
  static let depth = 100

  /// Parts of a template the library can parse one after the other: it measures the rest
  /// of the text on every tag it reads, so one long template costs the square of its
  /// length, and parts of `partSize` bytes keep that linear.
  static let partSize = 4096

  /// What a scan of the template found.
  struct Scan {
    /// The first tag past the nesting limit, as (line, column).
    var tooDeep: (line: Int, column: Int)?
    /// Byte offsets of line starts where the template may be cut into parts: outside
    /// every section and tag, with the default delimiters.
    var cuts: [Int] = []
  }

  /// Scans the template's tags. Follows `{{=<% %>=}}` delimiter changes, so that they
  /// cannot hide a section from the nesting limit.
  static func scan(_ template: String) -> Scan {
    let bytes = Array(template.utf8)
    var scan = Scan()
    var open: [UInt8] = Array("{{".utf8)
    var close: [UInt8] = Array("}}".utf8)
    var depth = 0
    var i = 0
    var lastCut = 0
    while true {
      let start = find(open, in: bytes, from: i) ?? bytes.count
      // The text up to this tag: a line start in it may be a cut.
      if depth == 0, open == Array("{{".utf8), start - lastCut >= partSize,
        let newline = bytes[i..<start].lastIndex(of: 0x0A)
      {
        scan.cuts.append(newline + 1)
        lastCut = newline + 1
      }
      guard start < bytes.count else { return scan }
      let inner = start + open.count
      guard let end = find(close, in: bytes, from: inner) else { return scan }
      i = end + close.count
      guard inner < end else { continue }
      switch bytes[inner] {
      case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
        depth += 1
        if depth > Self.depth {
          scan.tooDeep = position(of: start, in: bytes)
          return scan
        }
      case UInt8(ascii: "/"):
        depth = max(0, depth - 1)
      case UInt8(ascii: "="):
        // `{{=<% %>=}}`: the text between the two `=`, split at spaces.
        var body = bytes[(inner + 1)..<end]
        if body.last == UInt8(ascii: "=") { body = body.dropLast() }
        let parts = body.split(separator: 0x20)
        if parts.count == 2 {
          open = Array(parts[0])
          close = Array(parts[1])
        }
      default:
        break
      }
    }
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard let first = needle.first, start < bytes.count else { return nil }
    var k = start
    while k + needle.count <= bytes.count {
      if bytes[k] == first, bytes[k..<(k + needle.count)].elementsEqual(needle) { return k }
      k += 1
    }
    return nil
  }

  private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    for k in 0..<offset where bytes[k] == 0x0A {
      line += 1
      lineStart = k + 1
    }
    let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
    return (line, column)
  }
}

/// How many times, in all, list sections may repeat their content: enough for any report
/// a template walks once or a few times, and far short of a list nested inside itself.
final class RepetitionBudget {
  private(set) var left = 0
  private(set) var exceeded = false
  private(set) var limit = 0

  /// For a report of `items` list items in all: 16 walks over each, and some room.
  func allow(items: Int) {
    limit = 10_000 + 16 * items
    left = limit
  }

  /// Takes one repetition; false (for good) once there is none left.
  func take() -> Bool {
    guard left > 0 else {
      exceeded = true
      return false
    }
    left -= 1
    return true
  }
}

/// A list of the report as the template sees it: each item it hands out costs one
/// repetition of the budget, and none is handed out once the budget is spent.
struct BudgetedList: MustacheSequence {
  let items: [Any]
  let budget: RepetitionBudget

  func makeIterator() -> Iterator { Iterator(items: items, budget: budget) }

  struct Iterator: IteratorProtocol {
    let items: [Any]
    let budget: RepetitionBudget
    var index = 0

    mutating func next() -> Any? {
      guard index < items.count, budget.take() else { return nil }
      index += 1
      return items[index - 1]
    }
  }
}

/// The report as plain values for the template: structures become dictionaries (a lookup
/// by name instead of reflecting the whole structure on every tag), lists become
/// `BudgetedList`s, optionals are unwrapped or left out.
enum TemplateValues {
  /// `value` converted, and how many list items it holds in all.
  static func convert(_ value: Any, budget: RepetitionBudget, items: inout Int) -> Any? {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional?:
      guard let wrapped = mirror.children.first?.value else { return nil }
      return convert(wrapped, budget: budget, items: &items)
    case .collection?, .set?:
      let list = mirror.children.compactMap { convert($0.value, budget: budget, items: &items) }
      items += list.count
      return BudgetedList(items: list, budget: budget)
    case .struct?, .class?:
      var fields: [String: Any] = [:]
      for child in mirror.children {
        guard let label = child.label,
          let converted = convert(child.value, budget: budget, items: &items)
        else { continue }
        fields[label] = converted
      }
      return fields
    default:
      return value
    }
  }
}
