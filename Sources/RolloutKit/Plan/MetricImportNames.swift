import YAML

/// A metric's `import:` key: the column names of the exports that give it (docs/journal.md
/// `import`). A column name is matched ignoring case and surrounding spaces, so two
/// metrics must not claim the same one.
extension PlanDecoder {
  /// The names of one metric's `import:`, each a non-empty string.
  mutating func importNames(_ node: Node, of metric: String) -> [String] {
    guard let items = reader.list(node, .key("import")) else { return [] }
    var names: [String] = []
    for item in items {
      guard let scalar = item.scalar, scalar.value != .null, item.items == nil else {
        reader.error(item.mark, PlanRuleProblem.importColumnNotText(found: Found(item)))
        continue
      }
      let name = String(scalar.text.trimmed)
      guard !name.isEmpty else {
        reader.error(item.mark, PlanRuleProblem.importColumnEmpty)
        continue
      }
      names.append(name)
    }
    return names
  }

  /// Reports every column name that a second metric claims again.
  mutating func checkImportClaims(_ pairs: [Node.Pair]) {
    var claimed: [String: String] = [:]
    for pair in pairs {
      guard let metric = pair.key.scalar?.text, let fields = pair.value.pairs,
        let list = fields.first(where: { $0.key.scalar?.text == "import" })?.value
      else { continue }
      var own: Set<String> = []
      for item in list.items ?? [list] {
        guard let text = item.scalar?.text else { continue }
        let key = text.trimmed.lowercased()
        guard !key.isEmpty else { continue }
        if let first = claimed[key], first != metric {
          reader.error(
            item.mark, PlanRuleProblem.columnClaimedTwice(String(text.trimmed), metric: first))
        } else if own.contains(key) {
          reader.error(item.mark, PlanRuleProblem.columnListedTwice(String(text.trimmed)))
        }
        own.insert(key)
        claimed[key] = claimed[key] ?? metric
      }
    }
  }
}
