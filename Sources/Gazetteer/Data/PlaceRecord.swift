import GeoCore

/// The gazetteer's TSV row format, shared by the bundled files, curated entries and imports:
///
/// `id	name	kind	class	code	country	admin1	lat	lon	population	alternates	source`
///
/// Alternates are `|`-separated. Fields hold no tabs, newlines or `|`.
public enum PlaceRecord {
    /// The header line (without newline).
    public static let header = "id\tname\tkind\tclass\tcode\tcountry\tadmin1\tlat\tlon\tpopulation\talternates\tsource"
    static let columnCount = 12

    /// Parses one row.
    /// - Throws: `GazetteerError.malformedRow` naming the problem (the caller adds file and line).
    public static func parse<S: StringProtocol>(_ line: S) throws -> Place {
        var s = String(line)
        return try s.withUTF8 { try parse(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Parses one row given as UTF-8 bytes (no newline); fields are split on bytes, not graphemes.
    /// - Throws: `GazetteerError.malformedRow` naming the problem (the caller adds file and line).
    static func parse(bytes: UnsafeRawBufferPointer) throws -> Place {
        var f: [UnsafeRawBufferPointer] = []
        f.reserveCapacity(columnCount)
        var start = 0
        for i in 0..<bytes.count where bytes[i] == 0x09 {
            f.append(UnsafeRawBufferPointer(rebasing: bytes[start..<i]))
            start = i + 1
        }
        f.append(UnsafeRawBufferPointer(rebasing: bytes[start..<bytes.count]))
        func text(_ k: Int) -> String { String(decoding: f[k], as: UTF8.self) }
        guard f.count == columnCount else {
            throw GazetteerError.malformedRow(file: "", line: 0, reason: "expected \(columnCount) tab-separated columns, found \(f.count)")
        }
        guard !f[0].isEmpty else { throw GazetteerError.malformedRow(file: "", line: 0, reason: "empty id") }
        guard !f[1].isEmpty else { throw GazetteerError.malformedRow(file: "", line: 0, reason: "empty name") }
        guard let kind = PlaceKind(rawValue: text(2)) else {
            throw GazetteerError.malformedRow(file: "", line: 0, reason: "unknown kind '\(text(2))' (expected one of \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        // Both empty: a place whose location the source does not give (a few admin areas); it
        // still resolves by name, with NaN coordinates (written as null).
        let lat: Double, lon: Double
        if f[7].isEmpty && f[8].isEmpty {
            (lat, lon) = (.nan, .nan)
        } else {
            guard let la = Double(text(7)), let lo = Double(text(8)), abs(la) <= 90, abs(lo) <= 180 else {
                throw GazetteerError.malformedRow(file: "", line: 0, reason: "invalid coordinates '\(text(7))', '\(text(8))'")
            }
            (lat, lon) = (la, lo)
        }
        var population: Int?
        if !f[9].isEmpty {
            guard let p = Int(text(9)), p >= 0 else { throw GazetteerError.malformedRow(file: "", line: 0, reason: "invalid population '\(text(9))'") }
            population = p
        }
        var alternates: [String] = []
        let alt = f[10]
        if !alt.isEmpty {
            var from = 0
            for i in 0...alt.count where i == alt.count || alt[i] == 0x7C {
                if i > from { alternates.append(String(decoding: UnsafeRawBufferPointer(rebasing: alt[from..<i]), as: UTF8.self)) }
                from = i + 1
            }
        }
        return Place(
            id: PlaceID(text(0)), name: text(1), kind: kind, featureClass: text(3), featureCode: text(4),
            country: text(5), admin1Code: text(6), coordinate: Coordinate(longitude: lon, latitude: lat),
            population: population, alternates: alternates, source: text(11))
    }

    /// Formats a place as one row (without newline), replacing forbidden characters by spaces.
    public static func format(_ p: Place) -> String {
        func clean(_ s: String) -> String {
            String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "|" ? " " : $0 })
        }
        let fields = [p.id.rawValue, p.name, p.kind.rawValue, p.featureClass, p.featureCode, p.country, p.admin1Code,
                      format5(p.coordinate.latitude), format5(p.coordinate.longitude), p.population.map(String.init) ?? ""].map(clean)
        return (fields + [p.alternates.map(clean).joined(separator: "|"), clean(p.source)]).joined(separator: "\t")
    }

    static func format5(_ x: Double) -> String {
        let scaled = (x * 100_000).rounded()
        let negative = scaled < 0
        let v = Int64(abs(scaled))
        var frac = String(v % 100_000)
        while frac.count < 5 { frac = "0" + frac }
        while frac.hasSuffix("0") { frac.removeLast() }
        return (negative ? "-" : "") + String(v / 100_000) + (frac.isEmpty ? "" : "." + frac)
    }
}
