/// What the operator asked for one disk.
public struct WipeRequest: Sendable {
    public var method: WipeMethod
    /// nil: each method's default (full read-back after overwrites, a 10 % sample after firmware erasures).
    public var verification: VerificationMode?
    public var restoreHPA: Bool
    public var context: WipeContext

    public init(method: WipeMethod = .auto, verification: VerificationMode? = nil, restoreHPA: Bool = false, context: WipeContext = WipeContext()) {
        self.method = method
        self.verification = verification
        self.restoreHPA = restoreHPA
        self.context = context
    }
}
