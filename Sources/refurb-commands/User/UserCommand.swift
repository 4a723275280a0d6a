import ArgumentParser

/// `refurb user`: the accounts people sign in with.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: CLIMessages.help("help.user.abstract"),
        subcommands: [UserAddCommand.self, UserListCommand.self, UserPasswordCommand.self, UserDisableCommand.self, UserEnableCommand.self]
    )
}
