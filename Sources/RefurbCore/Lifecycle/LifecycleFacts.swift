/// What the lifecycle rules need to know about a device besides its stage. Diagnostics and erasure
/// produce these facts; the rules only read them.
public struct LifecycleFacts: Hashable, Sendable {
    public var hasDiagnosticReport: Bool
    public var erasure: ErasureEvidence
    public var grade: Grade?
    public var price: Money?
    /// The latest test record (the checklist gone through at the bench), nil before any.
    public var tests: TestRecord?

    public init(hasDiagnosticReport: Bool = false, erasure: ErasureEvidence = ErasureEvidence(),
                grade: Grade? = nil, price: Money? = nil, tests: TestRecord? = nil) {
        self.hasDiagnosticReport = hasDiagnosticReport
        self.erasure = erasure
        self.grade = grade
        self.price = price
        self.tests = tests
    }
}
