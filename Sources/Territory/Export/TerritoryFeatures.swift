import GeoCore
import GeoJSONCoding

extension TerritoryArea {
    /// The area as a GeoJSON feature: `actor`, `actors`, `status`, `claimants`, `claims` (store
    /// ids), `sources`, `area_km2`, any extra values, and `at` when given.
    public func feature(at: ClaimDate? = nil) -> Feature {
        var p: [(key: String, value: JSONValue)] = [
            (key: "actor", value: .string(actor)),
            (key: "actors", value: .array(actors.map(JSONValue.string))),
            (key: "status", value: .string(status.rawValue)),
        ]
        if let at { p.append((key: "at", value: .string(at.iso))) }
        for (k, v) in extra { p.append((key: k, value: .string(v))) }
        p.append((key: "area_km2", value: .number(areaKm2)))
        for (k, v) in extraNumbers { p.append((key: k, value: .number(v))) }
        p += [
            (key: "claimants", value: .array(claimants.map(JSONValue.string))),
            (key: "claims", value: .array(claimIDs.map { .number(Double($0)) })),
            (key: "sources", value: .array(sources.map(JSONValue.string))),
        ]
        return Feature(geometry: geometry, properties: JSONObject(p))
    }
}

extension TimelineInterval {
    /// The interval as a timeline feature, in the conventions GIS tools play as they are:
    /// - `start` / `end`: ISO 8601 date-times in UTC (QGIS Temporal Controller, "separate fields for
    ///   start and end date/time"); `end` is `null` for an interval still open;
    /// - `timestamp`: epoch milliseconds of `start` (kepler.gl's time filter);
    /// - `when`: Linked Places Format `{"timespans":[{"start":{"in":…},"end":{"in":…}}]}`;
    /// - `actor`, `claimant`, `status`, `area_km2`, `sources`, `claims` (store ids), and
    ///   `start_precision` / `approximate` for dates given only to the month or year.
    public func feature(event: String? = nil) -> Feature {
        var span: [(key: String, value: JSONValue)] = [(key: "start", value: .object(JSONObject([(key: "in", value: .string(start.isoDateTime))])))]
        span.append((key: "end", value: .object(JSONObject([(key: "in", value: end.map { .string($0.isoDateTime) } ?? .string(""))]))))
        var p: [(key: String, value: JSONValue)] = []
        if let event { p.append((key: "event", value: .string(event))) }
        p += [
            (key: "actor", value: .string(key.actor)),
            (key: "claimant", value: .string(key.claimant)),
            (key: "status", value: .string(key.status.rawValue)),
            (key: "start", value: .string(start.isoDateTime)),
            (key: "end", value: end.map { .string($0.isoDateTime) } ?? .null),
            (key: "timestamp", value: .number(Double(start.epochMilliseconds))),
            (key: "when", value: .object(JSONObject([(key: "timespans", value: .array([.object(JSONObject(span))]))]))),
            (key: "area_km2", value: .number(areaKm2)),
        ]
        var seen = Set<String>()
        let sources = claims.map(\.source).filter { !$0.isEmpty && seen.insert($0).inserted }
        p.append((key: "sources", value: .array(sources.map(JSONValue.string))))
        p.append((key: "claims", value: .array(claims.compactMap(\.id).map { .number(Double($0)) })))
        if start.precision != .time && start.precision != .day || start.approximate {
            p.append((key: "start_precision", value: .string(start.precision.rawValue)))
            p.append((key: "approximate", value: .bool(start.approximate)))
        }
        return Feature(geometry: geometry, properties: JSONObject(p))
    }
}

extension Claim {
    /// The claim as a GeoJSON feature, in the form `frontline claims import` reads back: `id`,
    /// `actor`, `claimant`, `source`, `source_span`, `from`, `to`, `status`, `precision`, `note`,
    /// `area` (the expression as written, when there was one), `area_km2`.
    public var feature: Feature {
        var p: [(key: String, value: JSONValue)] = [
            (key: "actor", value: .string(actor)),
            (key: "claimant", value: .string(claimant)),
            (key: "source", value: .string(source)),
        ]
        if !sourceSpan.isEmpty { p.append((key: "source_span", value: .string(sourceSpan))) }
        p += [
            (key: "from", value: .string(from.description)),
            (key: "to", value: to.map { .string($0.description) } ?? .null),
            (key: "status", value: .string(status.rawValue)),
        ]
        if !precision.isEmpty { p.append((key: "precision", value: .string(precision))) }
        if !note.isEmpty { p.append((key: "note", value: .string(note))) }
        if !expression.isEmpty, let value = try? GeoJSONDecoding.decodeValue(Array(expression.utf8)) { p.append((key: "area", value: value)) }
        p.append((key: "area_km2", value: .number(areaKm2)))
        return Feature(id: id.map { .number(Double($0)) }, geometry: geometry, properties: JSONObject(p))
    }
}
