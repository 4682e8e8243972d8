import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// The `frontline` command: territory-control tracking over GEOS and PROJ.
struct Frontline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontline",
        abstract: "Territory-control tracker: gazetteer, geoparser, geodesic areas, claims of control over time, GIS exports.",
        discussion: """
            Exit codes: 0 success, 1 bad input (the message names the file and place), 2 usage error.
            """,
        version: "0.1.0",
        subcommands: [
            AreaCommand.self, ValidateCommand.self, ConvertCommand.self, OpsCommand.self, BufferCommand.self, ResolveCommand.self, GazetteerCommand.self,
            GeoparseCommand.self, ClaimsCommand.self, ActorsCommand.self, SnapshotCommand.self, ChangesCommand.self, CompareCommand.self,
            DisagreeCommand.self, ExportCommand.self,
        ]
    )
}

/// Entry point: runs the command and maps failures to exit codes 1 (bad input) and 2 (usage).
@main
enum FrontlineMain {
    static func main() {
        do {
            var command = try Frontline.parseAsRoot()
            try command.run()
        } catch let failure as InputFailure {
            FileHandleOutput.standardError("frontline: \(failure.message)\n")
            exit(1)
        } catch {
            let code = Frontline.exitCode(for: error)
            if code == .validationFailure {
                FileHandleOutput.standardError(Frontline.fullMessage(for: error) + "\n")
                FileHandleOutput.standardError("Run 'frontline --help' for usage.\n")
                exit(2)
            }
            if code == .success || error is ExitCode {
                Frontline.exit(withError: error)
            }
            // Any other error is a library error about the input (GEOS, PROJ, GeoJSON).
            FileHandleOutput.standardError("frontline: \(error)\n")
            exit(1)
        }
    }
}
