import Foundation
import GeoCore
import Territory

/// Claims kept in an OGC GeoPackage file (SQLite) that QGIS and GDAL open as they are.
///
/// Every write is one SQLite transaction (rollback journal, `synchronous=FULL`): an import is
/// all-or-nothing, and a crash mid-write leaves the last committed state. One store object is for
/// one thread at a time.
public final class ClaimStore {
    /// The store file.
    public let path: String
    private let db: SQLiteDatabase

    /// Where the store is: `--store` if given, else `FRONTLINE_STORE`, else `frontline.gpkg` in
    /// the working directory.
    public static func defaultPath(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["FRONTLINE_STORE"], !env.isEmpty { return env }
        return "frontline.gpkg"
    }

    /// Opens the store at `path`. With `create`, a missing file becomes a new GeoPackage, and a
    /// GeoPackage without Frontline's tables gets them.
    /// - Throws: `StoreError` when the file is missing (without `create`), not SQLite, or not a GeoPackage.
    public init(path: String, create: Bool) throws(StoreError) {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        guard exists || create else {
            throw StoreError(path: path, "no claims store here (add claims with `frontline claims import` or `claims add`, or give --store / FRONTLINE_STORE)")
        }
        db = try SQLiteDatabase(path: path, create: create)
        try db.execute("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON")
        let app: Int64
        do {
            let s = try db.prepare("PRAGMA application_id")
            app = try s.step() ? s.int64(0) : 0
        } catch {
            throw StoreError(path: path, "not a GeoPackage (\(error.message))")
        }
        let hasClaims = try tableExists("claims")
        if hasClaims, app == GeoPackageSchema.applicationID { return }
        guard create else { throw StoreError(path: path, app == GeoPackageSchema.applicationID ? "GeoPackage has no claims table" : "not a Frontline GeoPackage") }
        if exists, app != GeoPackageSchema.applicationID, try tableCount() > 0 {
            throw StoreError(path: path, "not a GeoPackage (application_id is \(app)); refusing to add tables to another database")
        }
        do {
            try db.transaction { () throws -> Void in
                try db.execute("PRAGMA application_id = \(GeoPackageSchema.applicationID); PRAGMA user_version = \(GeoPackageSchema.userVersion)")
                try db.execute(GeoPackageSchema.core)
                if !hasClaims { try db.execute(GeoPackageSchema.frontline) }
            }
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError(path: path, "\(error)")
        }
    }

    private func tableExists(_ name: String) throws(StoreError) -> Bool {
        let s = try db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?1")
        try s.bind([.text(name)])
        return try s.step()
    }

    private func tableCount() throws(StoreError) -> Int64 {
        let s = try db.prepare("SELECT count(*) FROM sqlite_master")
        return try s.step() ? s.int64(0) : 0
    }

    /// Stores `claims` in one transaction and returns their new ids (all or none are stored).
    public func insert(_ claims: [Claim]) throws -> [Int64] {
        try db.transaction {
            let s = try db.prepare("""
                INSERT INTO claims (geom, actor, claimant, source, source_span, valid_from, valid_to, from_time, to_time, from_s, to_s,
                  from_precision, approximate, status, precision, note, area_expression, area_km2)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
                """)
            var ids: [Int64] = []
            for c in claims {
                try s.run([
                    .blob(GeoPackageGeometry.encode(c.geometry)), .text(c.actor), .text(c.claimant), .text(c.source), .text(c.sourceSpan),
                    .text(c.from.description), c.to.map { .text($0.description) } ?? .null,
                    .text(c.from.isoDateTime), c.to.map { .text($0.isoDateTime) } ?? .null,
                    .real(c.from.seconds), c.to.map { .real($0.seconds) } ?? .null,
                    .text(c.from.precision.rawValue), .integer(c.from.approximate ? 1 : 0),
                    .text(c.status.rawValue), .text(c.precision), .text(c.note), .text(c.expression), .real(c.areaKm2),
                ])
                ids.append(db.lastInsertRowID)
            }
            try updateExtent()
            return ids
        }
    }

    /// Removes the claim with `id`; `false` when there is none.
    public func remove(id: Int64) throws -> Bool {
        try db.transaction {
            let s = try db.prepare("DELETE FROM claims WHERE fid = ?1")
            try s.run([.integer(id)])
            let changed = try db.prepare("SELECT changes()")
            let n = try changed.step() ? changed.int64(0) : 0
            try updateExtent()
            return n > 0
        }
    }

    /// Keeps `gpkg_contents`' extent and last-change time current.
    private func updateExtent() throws(StoreError) {
        var box: BoundingBox?
        let s = try db.prepare("SELECT substr(geom, 1, 40) FROM claims")
        while try s.step() {
            let b = s.blob(0)
            guard b.count >= 40, b[3] & 0x0E == 0x02 else { continue }
            func d(_ o: Int) -> Double {
                var v: UInt64 = 0
                for i in 0..<8 { v |= UInt64(b[o + i]) << (8 * i) }
                return Double(bitPattern: v)
            }
            let e = BoundingBox(west: d(8), south: d(24), east: d(16), north: d(32))
            box = box.map { BoundingBox(west: min($0.west, e.west), south: min($0.south, e.south), east: max($0.east, e.east), north: max($0.north, e.north)) } ?? e
        }
        let u = try db.prepare("UPDATE gpkg_contents SET min_x=?1, min_y=?2, max_x=?3, max_y=?4, last_change=strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name='claims'")
        if let box { try u.run([.real(box.west), .real(box.south), .real(box.east), .real(box.north)]) } else { try u.run([.null, .null, .null, .null]) }
    }

    private static let columns = "fid, geom, actor, claimant, source, source_span, from_s, from_precision, approximate, to_s, valid_to, status, precision, note, area_expression, area_km2"

    /// All claims, optionally of one actor and/or claimant, ordered by `from` then id.
    public func claims(actor: String? = nil, claimant: String? = nil) throws -> [Claim] {
        var sql = "SELECT \(Self.columns) FROM claims WHERE 1"
        var values: [SQLiteStatement.Value] = []
        if let actor { values.append(.text(actor)); sql += " AND actor = ?\(values.count)" }
        if let claimant { values.append(.text(claimant)); sql += " AND claimant = ?\(values.count)" }
        return try query(sql + " ORDER BY from_s, fid", values)
    }

    /// The claims in effect at `t` (the latest covering claim of each series; see `Timeline`),
    /// read without decoding any other claim's geometry.
    public func claimsInEffect(at t: ClaimDate, claimant: String? = nil) throws -> [Claim] {
        var sql = """
            SELECT c.fid FROM claims c JOIN (
              SELECT actor, claimant, status, max(from_s) AS latest FROM claims
              WHERE from_s <= ?1 AND (to_s IS NULL OR to_s > ?1) GROUP BY actor, claimant, status) w
            ON c.actor = w.actor AND c.claimant = w.claimant AND c.status = w.status AND c.from_s = w.latest
            WHERE (c.to_s IS NULL OR c.to_s > ?1)
            """
        var values: [SQLiteStatement.Value] = [.real(t.seconds)]
        if let claimant { values.append(.text(claimant)); sql += " AND c.claimant = ?2" }
        let s = try db.prepare(sql)
        try s.bind(values)
        var ids: [Int64] = []
        while try s.step() { ids.append(s.int64(0)) }
        if ids.isEmpty { return [] }
        return try query("SELECT \(Self.columns) FROM claims WHERE fid IN (\(ids.map(String.init).joined(separator: ","))) ORDER BY from_s, fid", [])
    }

    private func query(_ sql: String, _ values: [SQLiteStatement.Value]) throws -> [Claim] {
        let s = try db.prepare(sql)
        try s.bind(values)
        var out: [Claim] = []
        while try s.step() {
            let id = s.int64(0)
            let geometry: Geometry
            do { geometry = try GeoPackageGeometry.decode(s.blob(1)) } catch {
                throw StoreError(path: path, "claims fid \(id): \(error)")
            }
            let precision = ClaimDate.Precision(rawValue: s.text(7)) ?? .time
            let from = ClaimDate(seconds: s.double(6), precision: precision, approximate: s.int64(8) != 0)
            var to: ClaimDate?
            if !s.isNull(9) {
                let written = s.text(10)
                to = (try? ClaimDate(parsing: written)) ?? ClaimDate(seconds: s.double(9))
            }
            guard let status = ClaimStatus(rawValue: s.text(11)) else { throw StoreError(path: path, "claims fid \(id): unknown status \(s.text(11))") }
            out.append(Claim(id: id, actor: s.text(2), claimant: s.text(3), source: s.text(4), sourceSpan: s.text(5), from: from, to: to,
                             status: status, precision: s.text(12), note: s.text(13), expression: s.text(14), geometry: geometry, areaKm2: s.double(15)))
        }
        return out
    }

    /// Actors added to this store.
    public func actors() throws -> [ActorRegistry.Actor] {
        let s = try db.prepare("SELECT name, aliases, description FROM actors ORDER BY fid")
        var out: [ActorRegistry.Actor] = []
        while try s.step() {
            out.append(.init(name: s.text(0), aliases: s.text(1).split(separator: "|").map(String.init), description: s.text(2)))
        }
        return out
    }

    /// Adds an actor (or more aliases for one already added).
    public func add(actor: ActorRegistry.Actor) throws {
        try db.transaction { () throws -> Void in
            let existing = try self.actors().first { $0.name == actor.name }
            let aliases = Array(Set((existing?.aliases ?? []) + actor.aliases)).sorted().joined(separator: "|")
            let s = try db.prepare("INSERT INTO actors (name, aliases, description) VALUES (?1, ?2, ?3) ON CONFLICT(name) DO UPDATE SET aliases = ?2, description = CASE WHEN ?3 = '' THEN description ELSE ?3 END")
            try s.run([.text(actor.name), .text(aliases), .text(actor.description)])
        }
    }
}
