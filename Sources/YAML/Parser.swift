import CYaml

/// Reads one YAML document into `Node`s, using Debian's libyaml for the syntax.
///
/// Anchors, aliases and very deep nesting are refused: rollout files never need them,
/// and refusing them closes alias bombs and stack exhaustion.
public struct Parser {
  /// The deepest nesting of lists and mappings accepted.
  public var maxDepth: Int

  public init(maxDepth: Int = 64) {
    self.maxDepth = maxDepth
  }

  /// Parses `bytes` (UTF-8); returns `nil` for an empty document (only comments or blanks).
  public func parse(_ input: [UInt8]) throws(YAMLError) -> Node? {
    // A UTF-8 byte order mark, as some Windows editors write, is not part of the text.
    let bytes = input.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(input.dropFirst(3)) : input
    if let problem = Self.textProblem(bytes) { throw problem }
    var result: Result<Node?, YAMLError> = .success(nil)
    bytes.withUnsafeBufferPointer { buffer in
      var session = Session(maxDepth: maxDepth)
      result = session.run(buffer)
    }
    do {
      return try result.get()
    } catch {
      throw error.refined(with: bytes)
    }
  }

  /// Parses a string.
  public func parse(_ text: String) throws(YAMLError) -> Node? {
    try parse(Array(text.utf8))
  }

  /// Invalid UTF-8 and NUL bytes are found before libyaml sees them, so that the
  /// user learns where in the file the damage is.
  static func textProblem(_ bytes: [UInt8]) -> YAMLError? {
    var line = 1
    var column = 1
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        if b == 0 {
          return YAMLError(mark: Mark(line: line, column: column), .nulByte)
        }
        if b == 0x0A {
          line += 1
          column = 1
        } else {
          column += 1
        }
        i += 1
        continue
      }
      let length: Int
      if b & 0xE0 == 0xC0, b >= 0xC2 {
        length = 2
      } else if b & 0xF0 == 0xE0 {
        length = 3
      } else if b & 0xF8 == 0xF0, b <= 0xF4 {
        length = 4
      } else {
        length = 0
      }
      var valid = length > 0 && i + length <= n
      if valid {
        for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { valid = false }
      }
      if valid && length == 3 {
        let v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6)
        if v < 0x800 || (v >= 0xD800 && v <= 0xDFFF) { valid = false }
      }
      if valid && length == 4 {
        let v = (UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
        if v < 0x10000 || v > 0x10FFFF { valid = false }
      }
      if !valid {
        return YAMLError(mark: Mark(line: line, column: column), .notUTF8(byte: b))
      }
      i += length
      column += 1
    }
    return nil
  }
}

/// One run of libyaml over a buffer, building nodes from its events.
private struct Session {
  let maxDepth: Int

  /// A collection under construction.
  enum Open {
    case sequence([Node], Mark)
    case mapping([Node.Pair], pendingKey: Node?, Mark)

    /// Adds `node` in place: the case is emptied before its list grows, so that the list
    /// has one owner and is not copied (copying it at every item made a list of 20,000
    /// phases take quadratic time).
    mutating func append(_ node: Node) {
      switch self {
      case .sequence(var items, let m):
        self = .sequence([], m)
        items.append(node)
        self = .sequence(items, m)
      case .mapping(var pairs, let key, let m):
        self = .sequence([], m)
        if let key {
          pairs.append(Node.Pair(key: key, value: node))
          self = .mapping(pairs, pendingKey: nil, m)
        } else {
          self = .mapping(pairs, pendingKey: node, m)
        }
      }
    }
  }

  var stack: [Open] = []
  var root: Node?
  var documents = 0

  init(maxDepth: Int) {
    self.maxDepth = maxDepth
  }

  mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<Node?, YAMLError> {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      return .failure(YAMLError(mark: Mark(line: 1, column: 1), .outOfMemory))
    }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else {
        return .failure(Self.error(of: parser))
      }
      defer { yaml_event_delete(&event) }
      if event.type == YAML_STREAM_END_EVENT { break }
      if let error = handle(&event) { return .failure(error) }
    }
    return .success(root)
  }

  static func error(of parser: yaml_parser_t) -> YAMLError {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    let context = parser.context.map { String(cString: $0) }
    let m = parser.problem_mark
    let mark = Mark(line: Int(m.line) + 1, column: Int(m.column) + 1)
    let c = parser.context_mark
    let contextMark = Mark(line: Int(c.line) + 1, column: Int(c.column) + 1)
    return YAMLError.fromLibyaml(
      problem: problem, context: context, mark: mark, contextMark: contextMark)
  }

  static func mark(_ event: yaml_event_t) -> Mark {
    Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
  }

  static func anchorError(_ mark: Mark) -> YAMLError {
    YAMLError(mark: mark, .anchorOrAlias)
  }

  mutating func handle(_ event: inout yaml_event_t) -> YAMLError? {
    let mark = Self.mark(event)
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents > 1 {
        return YAMLError(mark: mark, .secondDocument)
      }
    case YAML_ALIAS_EVENT:
      return Self.anchorError(mark)
    case YAML_SCALAR_EVENT:
      let data = event.data.scalar
      if data.anchor != nil { return Self.anchorError(mark) }
      var forced = false
      if let tag = data.tag {
        let name = String(cString: tag)
        switch name {
        case "tag:yaml.org,2002:str", "!": forced = true
        case "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
          "tag:yaml.org,2002:null":
          break
        default:
          return YAMLError(mark: mark, .unsupportedTag(name))
        }
      }
      let text = String(
        decoding: UnsafeBufferPointer(start: data.value, count: Int(data.length)), as: UTF8.self)
      let style: ScalarStyle
      switch data.style {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
      case YAML_LITERAL_SCALAR_STYLE: style = .literal
      case YAML_FOLDED_SCALAR_STYLE: style = .folded
      default: style = .plain
      }
      add(Node(.scalar(Scalar(text: text, style: style, forcedString: forced)), mark: mark))
    case YAML_SEQUENCE_START_EVENT:
      if event.data.sequence_start.anchor != nil { return Self.anchorError(mark) }
      if let error = push(.sequence([], mark), mark) { return error }
    case YAML_MAPPING_START_EVENT:
      if event.data.mapping_start.anchor != nil { return Self.anchorError(mark) }
      if let error = push(.mapping([], pendingKey: nil, mark), mark) { return error }
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let open = stack.popLast() else { return nil }
      switch open {
      case .sequence(let items, let m): add(Node(.sequence(items), mark: m))
      case .mapping(let pairs, _, let m): add(Node(.mapping(pairs), mark: m))
      }
    default:
      break
    }
    return nil
  }

  mutating func push(_ open: Open, _ mark: Mark) -> YAMLError? {
    if stack.count >= maxDepth {
      return YAMLError(mark: mark, .tooDeep(limit: maxDepth))
    }
    stack.append(open)
    return nil
  }

  mutating func add(_ node: Node) {
    guard !stack.isEmpty else {
      root = node
      return
    }
    stack[stack.count - 1].append(node)
  }
}
