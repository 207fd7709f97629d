import Foundation
import TestSupport

/// Chromium and poppler-utils, for the tests that print HTML reports to PDF and look at the
/// pages (`.ci/run` installs both). Without them the browser tests are skipped with a
/// visible reason, except under CI, where a missing browser is a failure.
enum Browser {
  static func find(_ names: [String]) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      for name in names {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }

  static let chromium = find(["chromium", "chromium-browser", "google-chrome"])
  static let pdftotext = find(["pdftotext"])
  static let pdftoppm = find(["pdftoppm"])
  static let pdfinfo = find(["pdfinfo"])
  static let isAvailable = chromium != nil && pdftotext != nil && pdftoppm != nil && pdfinfo != nil
  static let isCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
  /// Run unless the tools are missing on a developer's machine.
  static let shouldRun = isAvailable || isCI

  /// Runs a tool and returns its standard output; a failure or a hang throws.
  @discardableResult
  static func run(_ tool: String?, _ arguments: [String], in folder: URL, timeout: Double = 120)
    throws -> Data
  {
    guard let tool else { throw Failure("not installed: needed for \(arguments.first ?? "")") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var env = ProcessInfo.processInfo.environment
    env["HOME"] = folder.path
    process.environment = env
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try launch(process)
    let watchdog = stopAfter(timeout, process)
    defer { watchdog.cancel() }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try out.fileHandleForReading.close()
    guard process.terminationStatus == 0 else {
      throw Failure(
        "\(tool) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
    }
    return data
  }

  /// Prints `html` to `pdf` in headless Chromium, without the browser's own header and
  /// footer (the page's `@page` margin boxes give the footer and page numbers).
  static func printToPDF(_ html: URL, _ pdf: URL, in folder: URL) throws {
    try run(
      chromium,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
        "--print-to-pdf=\(pdf.path)", html.absoluteString,
      ], in: folder)
  }

  static func pageCount(_ pdf: URL, in folder: URL) throws -> Int {
    let info = String(decoding: try run(pdfinfo, [pdf.path], in: folder), as: UTF8.self)
    let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
    return Int(line.split(separator: " ").last ?? "") ?? 0
  }

  /// The text of one page (or all), whitespace and no-break spaces collapsed to one space.
  static func text(_ pdf: URL, page: Int? = nil, in folder: URL) throws -> String {
    let pages = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
    let data = try run(pdftotext, pages + [pdf.path, "-"], in: folder)
    return squeeze(String(decoding: data, as: UTF8.self))
  }

  static func squeeze(_ s: String) -> String {
    s.replacingOccurrences(of: "\u{A0}", with: " ").split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
  }

  /// The share of dark pixels on each page above its footer margin, from a small grey
  /// rendering: a page of the report with nothing on it is near 0.
  static func inkPerPage(_ pdf: URL, in folder: URL) throws -> [Double] {
    let prefix = folder.appendingPathComponent("ink").path
    try run(pdftoppm, ["-r", "24", "-gray", pdf.path, prefix], in: folder)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasPrefix("ink") && $0.hasSuffix(".pgm") }.sorted()
    return try files.map { name in
      try ink(Data(contentsOf: folder.appendingPathComponent(name)))
    }
  }

  /// A binary PGM (`P5`, 8 bits): dark pixels over all pixels of the top 88 % of rows.
  static func ink(_ pgm: Data) throws -> Double {
    let bytes = [UInt8](pgm)
    var fields: [Int] = []
    var i = 2
    while fields.count < 3 {
      while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A { i += 1 }
      var n = 0
      while i < bytes.count, (0x30...0x39).contains(bytes[i]) {
        n = n * 10 + Int(bytes[i] - 0x30)
        i += 1
      }
      fields.append(n)
    }
    let (width, height) = (fields[0], fields[1])
    let pixels = bytes[(i + 1)...]
    guard pixels.count >= width * height, width > 0 else { throw Failure("not a PGM image") }
    let rows = height * 88 / 100
    let dark = pixels.prefix(width * rows).filter { $0 < 200 }.count
    return Double(dark) / Double(width * rows)
  }

  /// A PNG of every page, at screen resolution, for people to look at.
  static func pngs(_ pdf: URL, to folder: URL, name: String) throws {
    try run(
      pdftoppm, ["-r", "70", "-png", pdf.path, folder.appendingPathComponent(name).path], in: folder
    )
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
