import Foundation
import GeoCore
import GeoJSONCoding

/// Imports GeoNames dumps into the user's gazetteer, leaving the bundled data untouched.
///
/// Reads any mix of: a geoname table (`allCountries.txt`, a country file such as `SY.txt`,
/// `cities500.txt`, … — 19 tab-separated columns), `admin1CodesASCII.txt` (`SY.07	Deir ez-Zor
/// 	Deir ez-Zor	170792`) and `alternateNamesV2.txt` / `alternateNames.txt` (10 or 8 columns).
/// Every line is checked before anything is written: a malformed line is reported with its file
/// and line number and the import changes nothing. The result is one TSV file in the user
/// folder, written atomically; rows override bundled rows with the same id.
public struct GeoNamesImporter {
    /// What an import did.
    public struct Summary: Sendable {
        /// Places written (new or overriding bundled ones).
        public var places: Int
        /// Alternate names attached.
        public var alternateNames: Int
        /// Alternate names for places in neither the import nor the bundled data (skipped).
        public var skippedAlternateNames: Int
        /// The file written.
        public var output: String
    }

    enum FileKind { case geonames, admin1Codes, alternateNames }

    /// Imports `paths` into `userDirectory/<name>.tsv`.
    /// - Parameter bundled: the current gazetteer, so alternate names can extend bundled places.
    /// - Throws: `GazetteerError.malformedRow` (file, line, reason) or `.io`; nothing is written then.
    public static func importFiles(_ paths: [String], into userDirectory: String, name: String, bundled: Gazetteer?) throws -> Summary {
        var places: [String: Place] = [:]
        var order: [String] = []
        var admin1: [(code: String, name: String, ascii: String, id: String)] = []
        var alternates: [(id: String, language: String, name: String)] = []
        for path in paths {
            let reader = try LineReader(path: path)
            var kind: FileKind?
            while let bytes = try reader.next() {
                if bytes.isEmpty || bytes.first == UInt8(ascii: "#") { continue }
                guard let line = String(validating: bytes, as: UTF8.self) else {
                    throw GazetteerError.malformedRow(file: path, line: reader.lineNumber, reason: "not valid UTF-8")
                }
                let f = line.split(separator: "\t", omittingEmptySubsequences: false)
                if kind == nil { kind = detect(f, path: path) }
                func bad(_ reason: String) -> GazetteerError { .malformedRow(file: path, line: reader.lineNumber, reason: reason) }
                switch kind {
                case .geonames:
                    guard f.count == 19 else { throw bad("a GeoNames table row has 19 tab-separated columns, this one has \(f.count)") }
                    guard let id = Int(f[0]), id > 0 else { throw bad("geonameid '\(f[0])' is not a positive integer") }
                    guard let lat = Double(f[4]), let lon = Double(f[5]), abs(lat) <= 90, abs(lon) <= 180 else {
                        throw bad("invalid latitude/longitude '\(f[4])', '\(f[5])'")
                    }
                    guard !f[1].isEmpty else { throw bad("empty name") }
                    guard f[8].count == 2 || f[8].isEmpty else { throw bad("country code '\(f[8])' is not ISO 3166-1 alpha-2") }
                    let population = f[14].isEmpty ? nil : Int(f[14])
                    if !f[14].isEmpty && population == nil { throw bad("population '\(f[14])' is not an integer") }
                    var alts = f[3].isEmpty ? [] : f[3].split(separator: ",").map(String.init)
                    if f[2] != f[1] && !f[2].isEmpty { alts.insert(String(f[2]), at: 0) }
                    let pid = "geonames:\(id)"
                    if places[pid] == nil { order.append(pid) }
                    places[pid] = Place(
                        id: PlaceID(pid), name: String(f[1]),
                        kind: PlaceKind.fromGeoNames(featureClass: String(f[6]), featureCode: String(f[7])),
                        featureClass: String(f[6]), featureCode: String(f[7]), country: String(f[8]), admin1Code: String(f[10]),
                        coordinate: Coordinate(longitude: lon, latitude: lat), population: population == 0 ? nil : population,
                        alternates: alts, source: "import:\((path as NSString).lastPathComponent)")
                case .admin1Codes:
                    guard f.count == 4 else { throw bad("an admin1CodesASCII row has 4 tab-separated columns, this one has \(f.count)") }
                    guard f[0].contains("."), Int(f[3]) != nil else { throw bad("expected 'CC.CODE<TAB>name<TAB>asciiname<TAB>geonameid'") }
                    admin1.append((String(f[0]), String(f[1]), String(f[2]), "geonames:\(f[3])"))
                case .alternateNames:
                    guard f.count == 10 || f.count == 8 else { throw bad("an alternateNames row has 10 (V2) or 8 columns, this one has \(f.count)") }
                    guard Int(f[1]) != nil else { throw bad("geonameid '\(f[1])' is not an integer") }
                    let language = String(f[2])
                    // Skip codes and links, which are not names.
                    if ["link", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "wkdt", "fr_1793"].contains(language) { continue }
                    alternates.append(("geonames:\(f[1])", language, String(f[3])))
                case nil:
                    throw bad("not a GeoNames table, admin1CodesASCII or alternateNames file")
                }
            }
        }
        // admin1 codes: give (or make) admin1 entries their names.
        for a in admin1 {
            let parts = a.code.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if var p = places[a.id] ?? bundled?.place(id: PlaceID(a.id)) {
                p.kind = .admin1
                p.country = parts[0]
                p.admin1Code = parts[1]
                if p.name != a.name { p.alternates.insert(p.name, at: 0); p.name = a.name }
                if !p.alternates.contains(a.ascii) && a.ascii != a.name { p.alternates.append(a.ascii) }
                if places[a.id] == nil { order.append(a.id) }
                places[a.id] = p
            }
        }
        var attached = 0, skipped = 0
        for alt in alternates {
            if places[alt.id] == nil, let b = bundled?.place(id: PlaceID(alt.id)) {
                places[alt.id] = b
                order.append(alt.id)
            }
            guard var p = places[alt.id] else { skipped += 1; continue }
            if alt.name != p.name && !p.alternates.contains(alt.name) {
                p.alternates.append(alt.name)
                places[alt.id] = p
                attached += 1
            }
        }
        try FileManager.default.createDirectory(atPath: userDirectory, withIntermediateDirectories: true)
        let output = "\(userDirectory)/\(name).tsv"
        let file = try OutputFile(path: output)
        var text = PlaceRecord.header + "\n"
        for id in order { if let p = places[id] { text += PlaceRecord.format(p) + "\n" } }
        try file.write(Array(text.utf8))
        try file.commit()
        return Summary(places: places.count, alternateNames: attached, skippedAlternateNames: skipped, output: output)
    }

    static func detect(_ f: [Substring], path: String) -> FileKind? {
        let base = (path as NSString).lastPathComponent.lowercased()
        if base.hasPrefix("admin1codes") || (f.count == 4 && f[0].contains(".")) { return .admin1Codes }
        if base.hasPrefix("alternatenames") || ((f.count == 10 || f.count == 8) && Int(f[0]) != nil && Int(f[1]) != nil) { return .alternateNames }
        if f.count == 19 { return .geonames }
        return nil
    }
}
