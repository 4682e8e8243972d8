import Foundation
import GeoCore
import Geodesy

/// The place-name gazetteer: GeoNames countries, first-level admin areas and every populated place
/// of 500+ people worldwide, with curated regions, rivers and landmarks, plus the user's imports.
///
/// Loading maps a binary index (built from the TSV files on first use and cached; see
/// ``GazetteerConfiguration``), so a cold start costs milliseconds. Instances are immutable and
/// `Sendable`: share one (``shared()``) between threads.
///
/// ```swift
/// let g = try Gazetteer.shared()
/// let best = g.resolve("al-Mayadeen").first   // Al Mayādīn, SY, Deir ez-Zor
/// ```
public final class Gazetteer: Sendable {
    /// Where the data came from.
    public let configuration: GazetteerConfiguration
    /// The TSV files indexed, bundled first.
    public let files: [String]
    let index: IndexFile
    /// Where the index file lives.
    public let indexPath: String
    let geometries: PlaceGeometries
    /// Decoded places, so frequently named places (countries, capitals) are parsed from their row once.
    private let decoded = Locked<[Int: Place]>([:])
    private static let decodedLimit = 100_000
    /// Verified candidates of recent queries (see `QueryCandidates`), by query and kind hint.
    let queryCache = ShardedCache<QueryKey, QueryCandidates>(shardLimit: 8192)

    private static let sharedInstance = Locked<Gazetteer?>(nil)

    /// The process-wide gazetteer, loaded once from the environment's configuration.
    /// - Throws: `GazetteerError` if the data cannot be found or indexed.
    public static func shared() throws -> Gazetteer {
        try sharedInstance.withLock { (g: inout Gazetteer?) throws -> Gazetteer in
            if let g { return g }
            let loaded = try Gazetteer(configuration: .fromEnvironment())
            g = loaded
            return loaded
        }
    }

    /// Loads (building the index if it is missing or stale).
    /// - Throws: `GazetteerError.malformedRow` naming file and line when a data file is bad.
    public init(configuration: GazetteerConfiguration) throws {
        self.configuration = configuration
        files = configuration.bundledFiles + configuration.userFiles
        guard !files.isEmpty else { throw GazetteerError.dataNotFound(searched: [configuration.dataRoot + "/Gazetteer"]) }
        geometries = PlaceGeometries(dataRoot: configuration.dataRoot)
        let fingerprint = configuration.fingerprint(files + configuration.aliasFiles + configuration.codeFiles + configuration.coordinateFiles)
        let path = "\(configuration.cacheDirectory)/gazetteer-\(String(fingerprint, radix: 16)).idx"
        indexPath = path
        if let existing = try? IndexFile(path: path), existing.fingerprint == fingerprint {
            index = existing
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: configuration.cacheDirectory, withIntermediateDirectories: true)
        } catch {
            throw GazetteerError.io(path: configuration.cacheDirectory, reason: "cannot create the index cache folder: \(error.localizedDescription)")
        }
        try IndexBuilder.build(files: files, aliasFiles: configuration.aliasFiles, codeFiles: configuration.codeFiles, coordinateFiles: configuration.coordinateFiles, fingerprint: fingerprint, to: path)
        index = try IndexFile(path: path)
        Self.removeStaleIndexes(in: configuration.cacheDirectory, keeping: path)
    }

    private static func removeStaleIndexes(in dir: String, keeping: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        for n in names where n.hasPrefix("gazetteer-") && n.hasSuffix(".idx") && "\(dir)/\(n)" != keeping {
            try? FileManager.default.removeItem(atPath: "\(dir)/\(n)")
        }
    }

    /// The number of places.
    public var count: Int { index.placeCount }

    /// Place number `i` (0 ..< count).
    public func place(at i: Int) -> Place? { i >= 0 && i < count ? cachedPlace(i) : nil }

    /// Place `i`, decoded once and kept (up to a bound) for later calls.
    func cachedPlace(_ i: Int) -> Place? {
        if let p = decoded.withLock({ $0[i] }) { return p }
        guard let p = index.place(i) else { return nil }
        decoded.withLock { table in
            if table.count >= Self.decodedLimit { table.removeAll(keepingCapacity: true) }
            table[i] = p
        }
        return p
    }

    /// The place with this id.
    public func place(id: PlaceID) -> Place? {
        // (Hashed and compared as "id:" and the id, with no string of the two built: an id is
        // longer than the 15 bytes a string holds without allocating.)
        for i in index.postings(.code, hash: IndexHashing.hash(prefix: "id:", id.rawValue, seed: IndexTable.code.seed)) {
            // Postings are verified: a 32-bit tag collision must not return the wrong entry.
            guard let p = cachedPlace(Int(i)) else { continue }
            if p.id.rawValue == id.rawValue { return p }
        }
        return nil
    }

    /// The country or first-level area a code names (`country:SY`, `admin1:SY.07`); ids are
    /// looked up by ``place(id:)``.
    func codeLookup(_ code: String) -> Place? {
        // Postings are verified: a 32-bit tag collision must not return the wrong entry.
        for i in index.postings(.code, hash: IndexHashing.hash(code, seed: IndexTable.code.seed)) {
            guard let p = cachedPlace(Int(i)) else { continue }
            // (Compared part by part, with no code string built for each posting.)
            let matches = p.kind == .country && Self.code(code, is: "country:", p.country)
                || p.kind == .admin1 && Self.code(code, is: "admin1:", p.country, p.admin1Code)
            if matches { return p }
        }
        return nil
    }

    /// Whether `code` is `prefix` and `first`, then, when `second` is given, "." and `second`
    /// ("admin1:SY.07"): compared in place, byte by byte.
    static func code(_ code: String, is prefix: StaticString, _ first: String, _ second: String? = nil) -> Bool {
        var rest = code.utf8[...]
        let head = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        guard rest.starts(with: head) else { return false }
        rest = rest.dropFirst(head.count)
        guard rest.starts(with: first.utf8) else { return false }
        rest = rest.dropFirst(first.utf8.count)
        guard let second else { return rest.isEmpty }
        return rest.first == UInt8(ascii: ".") && rest.dropFirst().elementsEqual(second.utf8)
    }

    /// The country entry for an ISO 3166-1 alpha-2 or alpha-3 code (`SY`, `SYR`).
    public func country(code: String) -> Place? {
        let c = code.uppercased()
        if c.count == 2 { return codeLookup("country:\(c)") }
        guard c.count == 3 else { return nil }
        for i in index.postings(.code, hash: IndexHashing.hash("iso3:\(c)", seed: IndexTable.code.seed)) {
            if let p = index.place(Int(i)), p.kind == .country { return p }
        }
        return nil
    }

    /// The first-level admin area with this code in this country (`SY`, `12` → Daraa), if the
    /// gazetteer has it.
    public func admin1(country: String, code: String) -> Place? {
        guard !code.isEmpty else { return nil }
        return codeLookup("admin1:\(country).\(code)")
    }

    /// The display name of a first-level admin area (`SY`, `07` → `Deir ez-Zor`).
    public func admin1Name(country: String, code: String) -> String? {
        admin1(country: country, code: code)?.name
    }

    /// Place indices whose folded names equal `folded` (the exact/alias lookup).
    /// - Complexity: O(1) expected: one hash and a probe of a memory-mapped table.
    public func aliasCandidates(folded: String) -> UnsafeBufferPointer<UInt32> {
        index.postings(.alias, hash: IndexHashing.hash(folded, seed: IndexTable.alias.seed))
    }

    func candidates(_ table: IndexTable, _ text: String) -> UnsafeBufferPointer<UInt32> {
        index.postings(table, hash: IndexHashing.hash(text, seed: table.seed))
    }

    func candidates(_ table: IndexTable, _ bytes: [UInt8]) -> UnsafeBufferPointer<UInt32> {
        index.postings(table, hash: IndexHashing.hash(bytes, seed: table.seed))
    }
}

extension Gazetteer {
    /// Whether any place has this transliteration key (for candidate finding).
    public func hasKey(_ key: String) -> Bool {
        !candidates(.key, key).isEmpty
    }

    /// Whether a place in one of `countries` has this transliteration key (for short keys, which
    /// are only trusted for names romanised from Arabic).
    public func hasKey(_ key: String, inCountries countries: Set<String>) -> Bool {
        for raw in candidates(.key, key) {
            if let place = cachedPlace(Int(index.unpack(raw).place)), countries.contains(place.country) { return true }
        }
        return false
    }
}
