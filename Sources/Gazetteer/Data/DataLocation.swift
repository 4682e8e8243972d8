import Foundation

/// Where the gazetteer finds its bundled data, the user's imports and its index cache.
public struct GazetteerConfiguration: Sendable {
    /// The repository-style root holding `Gazetteer/` and `GeoJSON/`.
    public var dataRoot: String
    /// The user's gazetteer folder (`*.tsv` written by `frontline gazetteer import`).
    public var userDirectory: String
    /// Where the binary index is cached.
    public var cacheDirectory: String

    /// Creates a configuration.
    public init(dataRoot: String, userDirectory: String, cacheDirectory: String) {
        self.dataRoot = dataRoot
        self.userDirectory = userDirectory
        self.cacheDirectory = cacheDirectory
    }

    /// From the environment: `FRONTLINE_DATA` (else the folder above the executable or the working
    /// directory that holds `Gazetteer/`), `FRONTLINE_USER_GAZETTEER` (else
    /// `$XDG_DATA_HOME/frontline/gazetteer` or `~/.local/share/frontline/gazetteer`),
    /// `FRONTLINE_CACHE` (else `$XDG_CACHE_HOME/frontline` or `~/.cache/frontline`).
    /// - Throws: `GazetteerError.dataNotFound` listing where it looked.
    public static func fromEnvironment() throws -> GazetteerConfiguration {
        let env = ProcessInfo.processInfo.environment
        let home = env["HOME"] ?? NSTemporaryDirectory()
        let user = env["FRONTLINE_USER_GAZETTEER"]
            ?? (env["XDG_DATA_HOME"].map { "\($0)/frontline/gazetteer" } ?? "\(home)/.local/share/frontline/gazetteer")
        let cache = env["FRONTLINE_CACHE"]
            ?? (env["XDG_CACHE_HOME"].map { "\($0)/frontline" } ?? "\(home)/.cache/frontline")
        return GazetteerConfiguration(dataRoot: try findDataRoot(env), userDirectory: user, cacheDirectory: cache)
    }

    static func findDataRoot(_ env: [String: String]) throws -> String {
        var searched: [String] = []
        if let root = env["FRONTLINE_DATA"] {
            if isDataRoot(root) { return root }
            throw GazetteerError.dataNotFound(searched: [root + " (FRONTLINE_DATA)"])
        }
        var starts: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for start in starts {
            var dir = start
            for _ in 0..<6 {
                searched.append(dir.path)
                if isDataRoot(dir.path) { return dir.path }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw GazetteerError.dataNotFound(searched: searched)
    }

    static func isDataRoot(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: "\(path)/Gazetteer/countries.tsv")
    }

    /// The bundled TSV files, in load order.
    public var bundledFiles: [String] {
        ["countries", "continents", "admin1", "admin2", "cities500", "curated"].map { "\(dataRoot)/Gazetteer/\($0).tsv" }
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Extra alternates for existing entries (`Gazetteer/aliases.tsv`), when present.
    public var aliasFiles: [String] {
        ["\(dataRoot)/Gazetteer/aliases.tsv"].filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Coordinate corrections (`Gazetteer/coordinates.tsv`: id, lat, lon, note), when present.
    public var coordinateFiles: [String] {
        ["\(dataRoot)/Gazetteer/coordinates.tsv"].filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Country code tables (`Gazetteer/country-codes.tsv`), when present.
    public var codeFiles: [String] {
        ["\(dataRoot)/Gazetteer/country-codes.tsv"].filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// The user's imported TSV files, sorted by name (later ones override earlier ones by id).
    public var userFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: userDirectory)) ?? []
        return names.filter { $0.hasSuffix(".tsv") }.sorted().map { "\(userDirectory)/\($0)" }
    }

    /// A fingerprint of the index format, the key algorithm and every data file's path, size and mtime.
    func fingerprint(_ files: [String]) -> UInt64 {
        var text = "format \(IndexBuilder.formatVersion) key \(TransliterationKey.version)\n"
        for f in files {
            let attributes = (try? FileManager.default.attributesOfItem(atPath: f)) ?? [:]
            let size = (attributes[.size] as? Int) ?? -1
            let mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            text += "\(f)\t\(size)\t\(mtime)\n"
        }
        return IndexHashing.hash(text, seed: 0)
    }
}
