import ArgumentParser

/// `frontline claims …`: record, list and remove claims of control.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Record, list and remove claims of territorial control (kept in a GeoPackage).",
        discussion: """
            A claim: actor (who controls), claimant (who says so), source, from/to dates (ISO 8601; to = until
            superseded when absent), status (control, contested, attack, support), and an area: a Polygon /
            MultiPolygon or an area expression over the gazetteer. See the README's "Territory timeline".
            """,
        subcommands: [ClaimsImportCommand.self, ClaimsAddCommand.self, ClaimsListCommand.self, ClaimsRemoveCommand.self]
    )
}
