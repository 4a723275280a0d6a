import ArgumentParser

/// `refurb user`: the accounts people sign in with.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage accounts: add one, list them, or set a new password.",
        subcommands: [UserAddCommand.self, UserListCommand.self, UserPasswordCommand.self]
    )
}
