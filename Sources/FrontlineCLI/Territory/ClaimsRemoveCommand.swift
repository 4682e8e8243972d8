import ArgumentParser
import GeoJSONCoding

/// `frontline claims remove ID`.
struct ClaimsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a claim by id (exit 1 when there is none).")

    @Argument(help: "The claim's id (from `claims list`).") var id: Int64
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open(create: false)
        let removed: Bool
        do { removed = try store.remove(id: id) } catch { throw InputFailure("\(error)") }
        guard removed else { throw InputFailure("\(storeOptions.path): no claim with id \(id)") }
        FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject([(key: "removed", value: .number(Double(id)))]))))
    }
}
