import Testing

@testable import RolloutKit

/// The one HTML escape, shared by the report's charts and `rollout serve`'s pages: text can
/// neither open an element nor close the double-quoted attribute it stands in.
struct HTMLEscapeTests {
  @Test(arguments: [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("\"><b>x</b>", "&quot;&gt;&lt;b&gt;x&lt;/b&gt;"),
    ("Q&A", "Q&amp;A"),
    ("&lt;", "&amp;lt;"),
    ("it's fine", "it's fine"),
    ("a\u{0}b\u{1B}c\u{85}d\u{FFFF}e", "abcde"),
    ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
    ("Kyselyn vastaajat ≥ 4 · €", "Kyselyn vastaajat ≥ 4 · €"),
  ])
  func textIsMadeSafe(_ text: String, _ escaped: String) {
    #expect(HTMLEscape.text(text) == escaped)
  }

  @Test func anAttributeValueCannotBeClosedEarly() {
    #expect(!HTMLEscape.text("x\" onmouseover=\"alert(1)").contains("\""))
  }
}
