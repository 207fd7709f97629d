import Foundation
import Testing

/// The note form in a real browser (headless Chromium) with only a token link, on a
/// desktop and on a phone-sized screen: the page renders, shows the form in the plan's
/// words, and loads nothing from elsewhere (docs/serve.md).
@Suite(.serialized, .enabled(if: Browser.shouldRun, "chromium or poppler-utils is not installed"))
struct ServeBrowserTests {
  @Test(arguments: [("desktop", "1200,900"), ("phone", "390,844")])
  func theFormOpensFromALinkAndRenders(name: String, size: String) async throws {
    let (folder, _, secret) = try serveWorkspace(#function + name)
    let server = try RunningServer(in: folder)
    defer { server.stop() }
    _ = try await server.postForm(
      ["text": "Asiakas kiitti nopeasta vastauksesta", "goal": "personas", "author": "Aino"],
      secret: secret)
    let link = "\(server.base)/?t=\(secret)"
    let profile = "--user-data-dir=\(folder.appendingPathComponent("profile-\(name)").path)"
    let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", profile]
    // The page as the browser built it: the form and its choices are there.
    let dom = String(
      decoding: try Browser.run(Browser.chromium, flags + ["--dump-dom", link], in: folder),
      as: UTF8.self)
    #expect(dom.contains("<form method=\"post\""))
    #expect(dom.contains("Everyone uses the personas"))
    #expect(!dom.contains("<script"))
    // A screenshot to look at (docs/serve-form-phone.png is one).
    let png = folder.appendingPathComponent("serve-\(name).png")
    try Browser.run(
      Browser.chromium, flags + ["--window-size=\(size)", "--screenshot=\(png.path)", link],
      in: folder)
    let data = try Data(contentsOf: png)
    #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(data.count > 10_000, "an almost empty screenshot")
    // Printed, the page reads as a form with the plan's words.
    let pdf = folder.appendingPathComponent("serve-\(name).pdf")
    try Browser.run(
      Browser.chromium, flags + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", link],
      in: folder)
    let text = try Browser.text(pdf, in: folder)
    #expect(text.contains("Log a note"))
    #expect(text.contains("Journal test plan"))
    #expect(text.contains("This week's report"))
    // Only the requests for the page itself reached the server: nothing else was loaded.
    let lines = server.log.split(separator: "\n").filter { $0.contains(" GET ") }
    #expect(lines.allSatisfy { $0.contains(" GET / 200") }, "\(lines)")
    if let keep = ProcessInfo.processInfo.environment["ROLLOUT_SCREENSHOTS"] {
      try? FileManager.default.copyItem(
        at: png, to: URL(fileURLWithPath: keep).appendingPathComponent(png.lastPathComponent))
    }
  }
}
