/// A plain text table with right-aligned numeric columns.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []
    /// Which columns are right-aligned.
    var rightAligned: Set<Int> = []

    func render() -> String {
        let widths = header.indices.map { c in
            max(header[c].count, rows.map { $0.indices.contains(c) ? $0[c].count : 0 }.max() ?? 0)
        }
        func format(_ row: [String]) -> String {
            row.enumerated().map { c, text in
                let pad = String(repeating: " ", count: max(0, widths[c] - text.count))
                return rightAligned.contains(c) ? pad + text : text + pad
            }.joined(separator: "  ").replacing(/\s+$/, with: "")
        }
        return ([format(header)] + rows.map(format)).joined(separator: "\n") + "\n"
    }
}

/// Fixed-decimal text for tables.
func fixed(_ x: Double, _ decimals: Int) -> String {
    guard x.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let r = (abs(x) * scale).rounded()
    let whole = Int64(r / scale)
    let frac = Int64(r - Double(whole) * scale)
    var fracText = String(frac)
    while fracText.count < decimals { fracText = "0" + fracText }
    return (x < 0 && r != 0 ? "-" : "") + String(whole) + (decimals > 0 ? "." + fracText : "")
}
