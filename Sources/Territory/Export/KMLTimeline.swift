import GeoCore
import GeoJSONCoding

/// Writes timeline intervals as KML 2.2: one `Placemark` per interval with a `<TimeSpan>` (so
/// Google Earth's time slider plays it), its polygons, a style per actor and the properties as
/// `ExtendedData`.
public struct KMLTimeline {
    private var bytes: [UInt8] = []
    private let precision: Int

    /// An empty document writer with `precision` decimals for coordinates.
    public init(precision: Int = NumberFormatting.defaultPrecision) { self.precision = precision }

    /// The whole document for `intervals`.
    public static func document(_ intervals: [TimelineInterval], name: String = "Frontline timeline", precision: Int = NumberFormatting.defaultPrecision) -> [UInt8] {
        var w = KMLTimeline(precision: precision)
        w.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n")
        w.element("name", name)
        let actors = Array(Set(intervals.map(\.key.actor))).sorted()
        for (i, actor) in actors.enumerated() {
            let colour = Self.palette[i % Self.palette.count]
            w.text("<Style id=\"\(Self.styleID(actor))\"><LineStyle><color>ff\(colour)</color><width>1.5</width></LineStyle><PolyStyle><color>66\(colour)</color></PolyStyle></Style>\n")
        }
        for interval in intervals { w.placemark(interval) }
        w.text("</Document>\n</kml>\n")
        return w.bytes
    }

    /// KML colours are aabbggrr; these are bbggrr of a qualitative palette.
    static let palette = ["1c1ae3", "b47c1f", "2ca02c", "bd6794", "0e7fff", "4b568c", "c2bd17", "7f7f7f", "22bdbc", "e377c2"]

    static func styleID(_ actor: String) -> String {
        "actor-" + String(actor.unicodeScalars.map { ($0.properties.isAlphabetic || ("0"..."9").contains($0)) && $0.isASCII ? Character($0) : "-" })
    }

    private mutating func placemark(_ iv: TimelineInterval) {
        text("<Placemark>\n")
        element("name", "\(iv.key.actor) (\(iv.key.status.rawValue))")
        text("<TimeSpan><begin>\(iv.start.isoDateTime)</begin>")
        if let end = iv.end { text("<end>\(end.isoDateTime)</end>") }
        text("</TimeSpan>\n")
        text("<styleUrl>#\(Self.styleID(iv.key.actor))</styleUrl>\n<ExtendedData>\n")
        var seen = Set<String>()
        let sources = iv.claims.map(\.source).filter { !$0.isEmpty && seen.insert($0).inserted }
        let data: [(String, String)] = [
            ("actor", iv.key.actor), ("claimant", iv.key.claimant), ("status", iv.key.status.rawValue),
            ("start", iv.start.isoDateTime), ("end", iv.end?.isoDateTime ?? ""),
            ("area_km2", NumberFormatting.shortest(iv.areaKm2)), ("sources", sources.joined(separator: " | ")),
            ("claims", iv.claims.compactMap(\.id).map(String.init).joined(separator: ",")),
        ]
        for (k, v) in data {
            text("<Data name=\"\(k)\">")
            element("value", v)
            text("</Data>\n")
        }
        text("</ExtendedData>\n")
        let polygons = iv.geometry.polygons
        if polygons.count != 1 { text("<MultiGeometry>\n") }
        for p in polygons { polygon(p) }
        if polygons.count != 1 { text("</MultiGeometry>\n") }
        text("</Placemark>\n")
    }

    private mutating func polygon(_ p: Polygon) {
        text("<Polygon>")
        for (i, ring) in p.rings.enumerated() {
            text(i == 0 ? "<outerBoundaryIs><LinearRing><coordinates>" : "<innerBoundaryIs><LinearRing><coordinates>")
            for (j, c) in ring.enumerated() {
                if j > 0 { bytes.append(32) }
                text(NumberFormatting.fixed(c.longitude, precision: precision))
                bytes.append(44)
                text(NumberFormatting.fixed(c.latitude, precision: precision))
            }
            text(i == 0 ? "</coordinates></LinearRing></outerBoundaryIs>" : "</coordinates></LinearRing></innerBoundaryIs>")
        }
        text("</Polygon>\n")
    }

    private mutating func text(_ s: String) { bytes.append(contentsOf: s.utf8) }

    private mutating func element(_ name: String, _ value: String) {
        text("<\(name)>")
        for u in value.utf8 {
            switch u {
            case 38: text("&amp;")
            case 60: text("&lt;")
            case 62: text("&gt;")
            case 34: text("&quot;")
            default: bytes.append(u)
            }
        }
        text("</\(name)>")
    }
}
