import RefurbCore

/// A refusal of an intake form whose words are the page's own (`ui.intake.*`), such as a declared
/// count that is not a number.
struct IntakeFormError: Error {
    let message: Message
}
