import Foundation
import Gazetteer
import Testing

@Suite struct ImportTests {
    static func scratch() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Rows in GeoNames' own dump formats, written by hand for the test.
    static let geonames = [
        "900001\tWadi Frontline Test\tWadi Frontline Test\tWadi Frontlin,وادي فرونتلاين\t34.5\t40.9\tT\tVAL\tSY\t\t07\t\t\t\t0\t\t210\tAsia/Damascus\t2024-01-01",
        "900002\tQaryat Frontline\tQaryat Frontline\t\t34.6\t40.8\tP\tPPL\tSY\t\t07\t\t\t\t1200\t\t200\tAsia/Damascus\t2024-01-01",
    ].joined(separator: "\n") + "\n"
    static let alternates = "1\t900002\ten\tFrontline Village\t1\t\t\t\t\t\n2\t900002\tlink\thttps://example.org\t\t\t\t\t\t\n3\t173480\tfr\tMeyadine-Test\t\t\t\t\t\t\n4\t999999999\ten\tNowhere\t\t\t\t\t\t\n"

    @Test func importsDumpsIntoTheUserGazetteer() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.geonames.write(toFile: "\(dir)/SY.txt", atomically: true, encoding: .utf8)
        try Self.alternates.write(toFile: "\(dir)/alternateNamesV2.txt", atomically: true, encoding: .utf8)
        let user = "\(dir)/user"
        let summary = try GeoNamesImporter.importFiles(["\(dir)/SY.txt", "\(dir)/alternateNamesV2.txt"], into: user, name: "test", bundled: TestGazetteer.shared)
        #expect(summary.places == 3)  // two new places and the bundled Al Mayādīn with a new alternate
        #expect(summary.alternateNames == 2)
        #expect(summary.skippedAlternateNames == 1)
        let g = try Gazetteer(configuration: GazetteerConfiguration(dataRoot: TestGazetteer.root, userDirectory: user, cacheDirectory: "\(dir)/cache"))
        let wadi = try #require(g.resolve("Wadi Frontline Test").first)
        #expect(wadi.place.kind == .valley)
        #expect(wadi.place.id.rawValue == "geonames:900001")
        #expect(g.resolve("Frontline Village").first?.place.id.rawValue == "geonames:900002")
        #expect(g.resolve("Meyadine-Test").first?.place.id.rawValue == "geonames:173480")
        // The bundled files are untouched.
        #expect(g.files.filter { $0.hasPrefix(TestGazetteer.root) }.count == g.files.count - 1)
    }

    @Test func malformedLineChangesNothing() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bad = Self.geonames + "900003\tBroken\tBroken\t\tnot-a-latitude\t40.8\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t\tAsia/Damascus\t2024-01-01\n"
        try bad.write(toFile: "\(dir)/SY.txt", atomically: true, encoding: .utf8)
        let user = "\(dir)/user"
        #expect(throws: GazetteerError.malformedRow(file: "\(dir)/SY.txt", line: 3, reason: "invalid latitude/longitude 'not-a-latitude', '40.8'")) {
            try GeoNamesImporter.importFiles(["\(dir)/SY.txt"], into: user, name: "test", bundled: nil)
        }
        #expect(!FileManager.default.fileExists(atPath: "\(user)/test.tsv"))
        try "x\ty\n".write(toFile: "\(dir)/odd.txt", atomically: true, encoding: .utf8)
        #expect(throws: GazetteerError.self) { try GeoNamesImporter.importFiles(["\(dir)/odd.txt"], into: user, name: "test", bundled: nil) }
        #expect(throws: GazetteerError.self) { try GeoNamesImporter.importFiles(["\(dir)/missing.txt"], into: user, name: "test", bundled: nil) }
    }

    @Test func malformedUserRowNamesFileAndLine() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: "\(dir)/user", withIntermediateDirectories: true)
        try (PlaceRecord.header + "\nfrontline:x\tX\tplanet\t\t\tSY\t\t1\t2\t\t\tme\n").write(toFile: "\(dir)/user/bad.tsv", atomically: true, encoding: .utf8)
        do {
            _ = try Gazetteer(configuration: GazetteerConfiguration(dataRoot: TestGazetteer.root, userDirectory: "\(dir)/user", cacheDirectory: "\(dir)/cache"))
            Issue.record("expected an error")
        } catch let GazetteerError.malformedRow(file, line, reason) {
            #expect(file.hasSuffix("bad.tsv") && line == 2 && reason.contains("unknown kind 'planet'"))
        }
    }
}
