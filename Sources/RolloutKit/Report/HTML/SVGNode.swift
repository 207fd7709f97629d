/// A small SVG (and XML) element tree, written out with every text and attribute value
/// escaped, so that user text in a chart title can never end the element or open a tag.
public struct SVGNode: Sendable {
  public var name: String
  public var attributes: [(String, String)]
  public var children: [SVGNode]
  /// Character data, written after the children (an element has one or the other).
  public var text: String

  public init(
    _ name: String, _ attributes: [(String, String)] = [], text: String = "",
    children: [SVGNode] = []
  ) {
    self.name = name
    self.attributes = attributes
    self.children = children
    self.text = text
  }

  /// The element as markup: children one per line, indented by two spaces a level.
  public func render(indent: Int = 0) -> String {
    let pad = String(repeating: " ", count: indent)
    var open = pad + "<" + name
    for (key, value) in attributes {
      open += " \(key)=\"\(Self.escape(value))\""
    }
    if children.isEmpty && text.isEmpty { return open + "/>" }
    if children.isEmpty { return open + ">" + Self.escape(text) + "</\(name)>" }
    let inner = children.map { $0.render(indent: indent + 2) }.joined(separator: "\n")
    return open + ">\n" + inner + "\n" + pad + "</\(name)>"
  }

  /// Text for an SVG element or attribute: `HTMLEscape.text`.
  public static func escape(_ s: String) -> String { HTMLEscape.text(s) }

  /// A coordinate with at most one decimal, no trailing `.0`: short and stable output.
  /// A coordinate that is not a number or is past any drawing is drawn at 0, never a crash.
  public static func number(_ v: Double) -> String {
    let tenths = (v * 10).rounded() / 10
    guard tenths.isFinite, abs(tenths) < 1e15 else { return "0" }
    if tenths == tenths.rounded() { return String(Int(tenths)) }
    return String(tenths)
  }
}
