import Foundation
import HTTPTypes
import Hummingbird
import NIOPosix
import RolloutKit

/// `POST /notes` (docs/serve.md): refusals in the order a person would want them named, then
/// the note through the same path as `rollout note`, one at a time.
struct NoteRoute: Sendable {
  /// Writes run one after another on their own thread: reading the journal, checking the
  /// note and appending it never overlap within the server, and the journal's lock keeps
  /// them apart from the command line's.
  let writer: NIOThreadPool

  func post(_ request: Request, context: ServeContext) async throws -> Response {
    guard let workspace = context.workspace, let token = context.token else {
      return Response(status: .unauthorized)
    }
    let language = workspace.plan.language
    func refuse(_ problem: WebProblem, _ status: HTTPResponse.Status) -> Response {
      Responses.problems([Diagnostic(problem)], status: status, request, language: language)
    }
    if token.readOnly { return refuse(.readOnly(token.name), .forbidden) }
    if Self.isCrossSite(request) { return refuse(.crossSite, .forbidden) }
    let limit = WebLimits.body
    if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
      return refuse(.tooLarge(limit: limit), .contentTooLarge)
    }
    let body: ByteBuffer
    do {
      body = try await request.body.collect(upTo: limit)
    } catch {
      return refuse(.tooLarge(limit: limit), .contentTooLarge)
    }
    let type = request.headers[.contentType]?.lowercased() ?? ""
    let isForm = type.hasPrefix("application/x-www-form-urlencoded")
    let fields: FormFields
    if isForm {
      fields = FormFields(urlEncoded: String(buffer: body))
    } else if type.hasPrefix("application/json") {
      guard let json = FormFields(json: Data(buffer: body)) else {
        return refuse(.badJSON, .badRequest)
      }
      fields = json
    } else {
      return refuse(.notAFormOrJSON, .unsupportedMediaType)
    }
    let outcome = try await log(fields, token: token, workspace: workspace)
    var state = Pages.FormState(
      plan: workspace.plan, week: workspace.thisWeek, token: token, secret: context.secret)
    switch outcome {
    case .success(let entry):
      guard isForm else { return Responses.json("{\"id\": \"\(entry.id)\"}\n", status: .created) }
      state.loggedID = entry.id
      state.fields = FormFields(["author": fields.values["author"] ?? ""])
      return Responses.html(Pages.form(state), status: .created)
    case .failure(let error):
      guard isForm else {
        return Responses.json(
          Responses.jsonError(error.diagnostics, language: language), status: .unprocessableContent)
      }
      state.fields = fields
      state.problems = error.diagnostics
      return Responses.html(Pages.form(state), status: .unprocessableContent)
    }
  }

  /// Logs the note as `rollout note` would, with the token's name as `via` and, without a
  /// name in the form, as author.
  func log(_ fields: FormFields, token: AccessToken, workspace: Workspace) async throws
    -> Result<Entry, DiagnosticsError>
  {
    try await writer.runIfActive {
      let (request, problems) = fields.noteRequest(via: token.name)
      guard problems.isEmpty else { return .failure(DiagnosticsError(problems)) }
      // The plan and journal are read again here, in the writers' line.
      do throws(DiagnosticsError) {
        let current = try Workspace.open(
          planOption: workspace.planPath, environment: workspace.environment)
        let recording = Recording(
          author: fields["author"] ?? token.name,
          at: Recorder.timestamp(today: current.today), force: false)
        return .success(
          try current.logNote(request, week: current.thisWeek, recording: recording))
      } catch {
        return .failure(error)
      }
    }
  }

  /// A form posted from another site (docs/serve.md): the browser says so in
  /// `Sec-Fetch-Site`, or its `Origin` is not the host the form was sent to. Scripts send
  /// neither header.
  static func isCrossSite(_ request: Request) -> Bool {
    if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!]?.lowercased(),
      site != "same-origin", site != "none"
    {
      return true
    }
    guard let origin = request.headers[HTTPField.Name("Origin")!] else { return false }
    guard let host = request.head.authority,
      let url = URL(string: origin), let originHost = url.host
    else { return true }
    let originAuthority = originHost + (url.port.map { ":\($0)" } ?? "")
    return originAuthority.lowercased() != host.lowercased()
  }
}
