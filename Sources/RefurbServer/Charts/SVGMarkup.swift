import Foundation

/// Helpers shared by the server-drawn charts: escaping text for SVG, and short numbers for coordinates.
enum SVGMarkup {
    static func escape(_ text: String) -> String { HTMLResponse.escape(text) }

    /// A coordinate with at most one decimal, "." as the mark whatever the language.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        // Int(_:) only where it cannot trap: a coordinate is never near 10¹⁵, but a figure behind it could be.
        return rounded == rounded.rounded() && rounded.magnitude < 1e15 ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// The opening of an accessible chart: `role="img"`, named by its title and described by its
    /// description, which both come first inside the element.
    static func open(id: String, width: Double, height: Double, title: String, description: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \(number(width)) \(number(height))" \
        role="img" aria-labelledby="\(id)-title \(id)-desc" focusable="false">\
        <title id="\(id)-title">\(escape(title))</title><desc id="\(id)-desc">\(escape(description))</desc>
        """
    }

    /// A scale's maximum and step: a round step (1, 2 or 5 times a power of ten) giving at most `ticks`
    /// intervals up to at least `maximum`.
    static func scale(maximum: Double, ticks: Int = 5) -> (top: Double, step: Double) {
        guard maximum > 0 else { return (1, 1) }
        let rough = maximum / Double(ticks)
        let power = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        let top = (maximum / step).rounded(.up) * step
        return (top, step)
    }
}
