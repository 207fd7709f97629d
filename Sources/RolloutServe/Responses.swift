import Foundation
import HTTPTypes
import Hummingbird
import RolloutKit

/// Responses as HTML for people and JSON for scripts.
enum Responses {
  /// No caching, no referrer (the link holds the secret), nothing loaded from elsewhere, no
  /// script, no framing.
  static let privateHeaders: HTTPFields = [
    .cacheControl: "no-store",
    HTTPField.Name("Referrer-Policy")!: "no-referrer",
    HTTPField.Name("X-Content-Type-Options")!: "nosniff",
    .contentSecurityPolicy:
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  ]

  static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  /// `{"error": "…"}` with every problem's message and fix, in one string.
  static func jsonError(_ problems: [Diagnostic], language: Language) -> String {
    let words = problems.map { d in
      d.words.message(in: language).asSentence
        + (d.words.fix(in: language, at: .webForm).map { " " + $0.asSentence } ?? "")
    }
    let object = ["error": words.joined(separator: " ")]
    let data =
      (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Whether the client reads HTML (a browser) rather than JSON (a script).
  static func wantsHTML(_ request: Request) -> Bool {
    if let type = request.headers[.contentType] { return !type.lowercased().contains("json") }
    return request.headers[.accept]?.contains("text/html") ?? false
  }

  /// A refusal, as a page for a browser or JSON for a script.
  static func problems(
    _ problems: [Diagnostic], status: HTTPResponse.Status, _ request: Request, language: Language
  ) -> Response {
    if wantsHTML(request) {
      return html(Pages.refusal(problems, language: language), status: status)
    }
    return json(jsonError(problems, language: language), status: status)
  }
}
