import ArgumentParser
import GeoJSONCoding
import Territory

/// `frontline actors list|add`.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "The actors claims can name (bundled Gazetteer/actors.tsv plus those added to the store).",
        subcommands: [List.self, Add.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List actors and their aliases.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "table or json.") var format: ReportFormat = .table

        func run() throws {
            let registry = try TerritoryAccess.actors(store: try? storeOptions.open(create: false))
            switch format {
            case .json:
                let items: [JSONValue] = registry.actors.map {
                    .object(JSONObject([(key: "name", value: .string($0.name)), (key: "aliases", value: .array($0.aliases.map(JSONValue.string))), (key: "description", value: .string($0.description))]))
                }
                FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject([(key: "actors", value: .array(items))]))))
            case .table:
                var t = TextTable(header: ["actor", "aliases"])
                for a in registry.actors { t.rows.append([a.name, a.aliases.joined(separator: ", ")]) }
                FileHandleOutput.standardOutput(t.render())
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an actor (or aliases) to the store.")
        @Argument(help: "The actor's canonical name.") var name: String
        @Option(help: "Another name for it (repeatable).") var alias: [String] = []
        @Option(help: "Who it is.") var description: String = ""
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = try storeOptions.open(create: true)
            var registry = try TerritoryAccess.actors(store: store)
            let actor = ActorRegistry.Actor(name: name, aliases: alias, description: description)
            do {
                try registry.add(actor)
                try store.add(actor: actor)
            } catch { throw InputFailure("\(error)") }
            FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject([(key: "added", value: .string(name))]))))
        }
    }
}
