import Gazetteer

/// The actors claims can name, each with its aliases: "IS", "ISIL", "Daesh" and "Islamic State"
/// are all `ISIS`.
///
/// Matching folds case, diacritics, hyphens and apostrophes (the gazetteer's folding), so
/// "daesh", "Da'esh" and "DAESH" are the same name. Unknown names are errors with suggestions.
public struct ActorRegistry: Sendable {
    /// One actor: its canonical name and the other names it goes by.
    public struct Actor: Sendable, Hashable {
        /// The name claims are stored under.
        public var name: String
        /// Other names that resolve to it.
        public var aliases: [String]
        /// One line on who it is.
        public var description: String

        /// Makes an actor.
        public init(name: String, aliases: [String] = [], description: String = "") {
            self.name = name
            self.aliases = aliases
            self.description = description
        }
    }

    /// All actors, in the order added.
    public private(set) var actors: [Actor] = []
    private var byFolded: [String: Int] = [:]

    /// An empty registry.
    public init() {}

    /// Reads `actors.tsv`: `name<TAB>aliases separated by |<TAB>description`, `#` comments.
    /// - Throws: `TerritoryError.badField` naming the file and line of a malformed row.
    public init(tsv text: String, file: String) throws(TerritoryError) {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let name = fields.first, !name.isEmpty else { throw .badField("\(file):\(lineNumber)", reason: "empty actor name") }
            let aliases = fields.count > 1 ? fields[1].split(separator: "|").map(String.init) : []
            try add(Actor(name: name, aliases: aliases, description: fields.count > 2 ? fields[2] : ""))
        }
    }

    /// Adds an actor.
    /// - Throws: `TerritoryError.badField` if the name or an alias already belongs to another actor.
    public mutating func add(_ actor: Actor) throws(TerritoryError) {
        let index = actors.count
        for name in [actor.name] + actor.aliases {
            let key = NameFolding.fold(name)
            guard !key.isEmpty else { continue }
            if let other = byFolded[key], actors[other].name != actor.name {
                throw .badField("actor", reason: "\"\(name)\" already names \(actors[other].name)")
            }
        }
        if let existing = byFolded[NameFolding.fold(actor.name)] {
            actors[existing].aliases = Array(Set(actors[existing].aliases + actor.aliases)).sorted()
            for alias in actor.aliases { byFolded[NameFolding.fold(alias)] = existing }
            return
        }
        actors.append(actor)
        for name in [actor.name] + actor.aliases { byFolded[NameFolding.fold(name)] = index }
    }

    /// The canonical name for `name` (itself or an alias).
    /// - Throws: `TerritoryError.unknownActor` with up to three close names.
    public func canonical(_ name: String) throws(TerritoryError) -> String {
        let key = NameFolding.fold(name)
        if let i = byFolded[key] { return actors[i].name }
        let close = byFolded.map { (name: $0.key, d: EditDistance.distance(Array($0.key.utf8), Array(key.utf8), limit: 3)) }
            .filter { $0.d <= max(1, min(3, key.count / 3)) }
            .sorted { ($0.d, $0.name) < ($1.d, $1.name) }
        var names: [String] = []
        for c in close {
            if let i = byFolded[c.name], !names.contains(actors[i].name) { names.append(actors[i].name) }
        }
        throw .unknownActor(name, suggestions: Array(names.prefix(3)))
    }
}
