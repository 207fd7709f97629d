import Hummingbird
import NIOCore
import RolloutKit

/// What the access check found, for the routes: the plan as it is now and the token used.
struct ServeContext: RequestContext {
  var coreContext: CoreRequestContextStorage
  /// The client's address, for the request's log line.
  let remote: String
  var workspace: Workspace?
  var token: AccessToken?
  var secret = ""

  init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    remote = source.channel.remoteAddress?.ipAddress ?? "-"
  }

  /// A note and its fields fit in far less; anything bigger is refused (413).
  var maxUploadSize: Int { WebLimits.body }
}

enum WebLimits {
  /// docs/serve.md: a request body over 64 KB is refused.
  static let body = 64 * 1024
}
