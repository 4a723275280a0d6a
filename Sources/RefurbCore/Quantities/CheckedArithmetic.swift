/// Arithmetic on numbers that come from outside (a request, a stored row, a hardware report) that
/// cannot trap: Swift stops the whole process on an overflowing `+`, `*` or `Int(someDouble)`, and a
/// value kept in the database would then stop it again on every restart.
extension Int {
    /// The sum, or nil when it does not fit in an `Int`.
    public static func checkedSum<Values: Sequence>(_ values: Values) -> Int? where Values.Element == Int {
        var total = 0
        for value in values {
            let (sum, overflow) = total.addingReportingOverflow(value)
            if overflow { return nil }
            total = sum
        }
        return total
    }

    /// `self + other`, held at `Int.max` or `Int.min` instead of overflowing.
    public func saturatingAdding(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }

    /// `self - other`, held at `Int.max` or `Int.min` instead of overflowing.
    public func saturatingSubtracting(_ other: Int) -> Int {
        let (difference, overflow) = subtractingReportingOverflow(other)
        guard overflow else { return difference }
        return other < 0 ? .max : .min
    }

    /// `self * other`, held at `Int.max` or `Int.min` instead of overflowing.
    public func saturatingMultiplied(by other: Int) -> Int {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        guard overflow else { return product }
        return (self < 0) == (other < 0) ? .max : .min
    }

    /// The whole part of `value` (towards zero), held at `Int.max` or `Int.min` when it is beyond them,
    /// and 0 for NaN: `Int(someDouble)` traps on all three.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 9_223_372_036_854_775_808.0 { // 2⁶³, the first Double above Int.max
            self = .max
        } else if value < -9_223_372_036_854_775_808.0 {
            self = .min
        } else {
            self = Int(value)
        }
    }
}
