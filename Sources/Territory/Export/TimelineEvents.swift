import GeoJSONCoding

/// The change events of a timeline, in time order, for GeoJSON Text Sequences.
public enum TimelineEvents {
    /// One feature per event: `start` (a series' first interval), `change` (its area changes),
    /// `end` (it stops with nothing after: null geometry, area 0), ordered by time, then actor.
    public static func events(_ intervals: [TimelineInterval]) -> [Feature] {
        var events: [(time: Double, order: Int, key: Timeline.SeriesKey, feature: Feature)] = []
        var lastEnd: [Timeline.SeriesKey: ClaimDate?] = [:]
        for iv in intervals.sorted(by: { ($0.key, $0.start) < ($1.key, $1.start) }) {
            let continues = lastEnd[iv.key].map { $0 == iv.start } ?? false
            if let previous = lastEnd[iv.key], let end = previous, end != iv.start {
                events.append((end.seconds, 0, iv.key, endEvent(iv.key, at: end)))
            }
            events.append((iv.start.seconds, 1, iv.key, iv.feature(event: continues ? "change" : "start")))
            lastEnd[iv.key] = .some(iv.end)
        }
        for (key, end) in lastEnd {
            if let end { events.append((end.seconds, 0, key, endEvent(key, at: end))) }
        }
        events.sort { ($0.time, $0.order, $0.key) < ($1.time, $1.order, $1.key) }
        return events.map(\.feature)
    }

    private static func endEvent(_ key: Timeline.SeriesKey, at t: ClaimDate) -> Feature {
        Feature(geometry: nil, properties: JSONObject([
            (key: "event", value: .string("end")), (key: "actor", value: .string(key.actor)), (key: "claimant", value: .string(key.claimant)),
            (key: "status", value: .string(key.status.rawValue)), (key: "start", value: .string(t.isoDateTime)), (key: "end", value: .null),
            (key: "timestamp", value: .number(Double(t.epochMilliseconds))), (key: "area_km2", value: .number(0)),
        ]))
    }
}
