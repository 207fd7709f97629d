import ArgumentParser
import RolloutKit

extension Rollout {
  /// `rollout token`: the access tokens of `rollout serve`.
  struct Token: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "token",
      abstract: "Give colleagues access to 'rollout serve', list who has it, take it back.",
      discussion: """
        A token is a name and a secret. The secret is printed once, when the token is made; \
        only its hash is kept, in <plan stem>.tokens beside the plan (readable by you only, \
        ignored by git). Every note written with a token records its name as 'via'.
        """,
      subcommands: [Add.self, List.self, Revoke.self])

    struct Add: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Make a token and print its secret and a link with it, once.")

      @Argument(help: "Who or what it is for: helpdesk, team-fi (letters, digits, . _ -).")
      var name: String

      @Flag(help: "It may read the pages and status.json, but not log notes.")
      var readOnly = false

      @OptionGroup var planOptions: PlanOptions

      func run() throws {
        try planOptions.withWorkspace { workspace in
          let secret = try workspace.addToken(named: name, readOnly: readOnly)
          print(
            TokenText.added(
              name: name, readOnly: readOnly, secret: secret, language: workspace.language))
        }
      }
    }

    struct List: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the tokens: name, what it may do, the day it was made.")

      @OptionGroup var planOptions: PlanOptions

      func run() throws {
        try planOptions.withWorkspace { workspace in
          print(
            TokenText.list(try workspace.tokens(), language: workspace.language), terminator: "")
        }
      }
    }

    struct Revoke: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Take a token's access back; links with its secret stop working at once.")

      @Argument(help: "The token's name, as 'rollout token list' shows it.")
      var name: String

      @OptionGroup var planOptions: PlanOptions

      func run() throws {
        try planOptions.withWorkspace { workspace in
          try workspace.revokeToken(named: name)
          print(TokenText.revoked(name, language: workspace.language))
        }
      }
    }
  }
}
