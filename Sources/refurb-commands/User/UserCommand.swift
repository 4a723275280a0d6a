import ArgumentParser

/// `refurb user`: the accounts people sign in with.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage accounts: add one, list them, set a new password, disable or enable one.",
        subcommands: [UserAddCommand.self, UserListCommand.self, UserPasswordCommand.self, UserDisableCommand.self, UserEnableCommand.self]
    )
}
