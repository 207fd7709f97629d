/// A position in a YAML text: 1-based line and column (columns count characters).
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: Mark, b: Mark) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// How a scalar was written; quoted scalars are always strings.
public enum ScalarStyle: Sendable, Hashable {
  case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A scalar's value under the YAML 1.2 core schema.
public enum ScalarValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case float(Double)
  case string(String)
}

/// A scalar as written, with its resolved value.
public struct Scalar: Sendable, Hashable {
  public var text: String
  public var style: ScalarStyle
  /// `true` when the scalar carries the `!!str` tag or the non-specific `!` tag.
  public var forcedString: Bool

  public init(text: String, style: ScalarStyle = .plain, forcedString: Bool = false) {
    self.text = text
    self.style = style
    self.forcedString = forcedString
  }

  /// the docs: plain scalars resolve by the YAML 1.2 core schema; quoted ones stay strings.
  public var value: ScalarValue {
    if style != .plain || forcedString { return .string(text) }
    return CoreSchema.resolve(text)
  }
}

/// A node of a YAML document with the mark where it starts.
public struct Node: Sendable {
  public enum Content: Sendable {
    case scalar(Scalar)
    case sequence([Node])
    case mapping([Pair])
  }

  /// A key and its value in a mapping, in the order written.
  public struct Pair: Sendable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
      self.key = key
      self.value = value
    }
  }

  public var content: Content
  public var mark: Mark

  public init(_ content: Content, mark: Mark) {
    self.content = content
    self.mark = mark
  }

  /// The scalar, when this node is one.
  public var scalar: Scalar? {
    if case .scalar(let s) = content { return s }
    return nil
  }

  /// The pairs, when this node is a mapping.
  public var pairs: [Pair]? {
    if case .mapping(let p) = content { return p }
    return nil
  }

  /// The items, when this node is a sequence.
  public var items: [Node]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// What kind of value the node is, as a user would tell them apart.
  public enum Kind: Sendable, Hashable {
    case mapping, list, nothing, flag, number, text
  }

  /// The node's kind, for messages that say what was found instead.
  public var kind: Kind {
    switch content {
    case .mapping: return .mapping
    case .sequence: return .list
    case .scalar(let s):
      switch s.value {
      case .null: return .nothing
      case .bool: return .flag
      case .int, .float: return .number
      case .string: return .text
      }
    }
  }
}
