import GeoCore

/// The GeoPackage binary geometry encoding (OGC 12-128r18 §2.1.3): a `GP` header with version,
/// flags, SRS id and envelope, followed by ISO WKB. Polygons and multipolygons only, which is
/// all the claims layer holds; written as little-endian MultiPolygon with an XY envelope.
enum GeoPackageGeometry {
    /// Encodes `g` as a MultiPolygon blob in SRS 4326.
    static func encode(_ g: Geometry, srsID: Int32 = 4326) -> [UInt8] {
        let polygons = g.polygons
        var out: [UInt8] = [0x47, 0x50, 0, 0]  // "GP", version 0, flags set below
        var flags: UInt8 = 0x01  // little-endian header
        if let box = g.boundingBox, !polygons.isEmpty {
            flags |= 0x02  // envelope [minx, maxx, miny, maxy]
            out[3] = flags
            append(srsID, to: &out)
            for v in [box.west, box.east, box.south, box.north] { append(v, to: &out) }
        } else {
            flags |= 0x10  // empty geometry
            out[3] = flags
            append(srsID, to: &out)
        }
        out.append(1)
        append(UInt32(6), to: &out)
        append(UInt32(polygons.count), to: &out)
        for p in polygons {
            out.append(1)
            append(UInt32(3), to: &out)
            append(UInt32(p.rings.count), to: &out)
            for ring in p.rings {
                append(UInt32(ring.count), to: &out)
                for c in ring {
                    append(c.longitude, to: &out)
                    append(c.latitude, to: &out)
                }
            }
        }
        return out
    }

    /// Decodes a blob holding a Polygon or MultiPolygon (2D, or with Z/M ordinates, which are dropped);
    /// a MultiPolygon of one polygon comes back as that Polygon.
    /// - Throws: a message saying what is wrong.
    static func decode(_ b: [UInt8]) throws(DecodeFailure) -> Geometry {
        guard b.count >= 8, b[0] == 0x47, b[1] == 0x50 else { throw DecodeFailure("not a GeoPackage geometry (no GP magic)") }
        let flags = b[3]
        let envelopeDoubles = [0, 4, 6, 6, 8][min(4, Int((flags >> 1) & 0x07))]
        var reader = WKBReader(bytes: b, offset: 8 + envelopeDoubles * 8)
        return try reader.geometry()
    }

    struct DecodeFailure: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    private static func append(_ v: Int32, to out: inout [UInt8]) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
    private static func append(_ v: UInt32, to out: inout [UInt8]) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
    private static func append(_ v: Double, to out: inout [UInt8]) { withUnsafeBytes(of: v.bitPattern.littleEndian) { out.append(contentsOf: $0) } }

    /// A cursor over ISO/EWKB-free WKB.
    struct WKBReader {
        let bytes: [UInt8]
        var offset: Int
        var little = true

        mutating func geometry() throws(DecodeFailure) -> Geometry {
            let type = try header()
            let base = type % 1000, dims = 2 + (type / 1000 == 1 || type / 1000 == 2 ? 1 : type / 1000 == 3 ? 2 : 0)
            switch base {
            case 3: return .polygon(try polygon(dims: dims))
            case 6:
                let n = try count()
                var ps: [Polygon] = []
                for _ in 0..<n {
                    let t = try header()
                    guard t % 1000 == 3 else { throw DecodeFailure("MultiPolygon member is WKB type \(t), not a Polygon") }
                    ps.append(try polygon(dims: dims))
                }
                return ps.count == 1 ? .polygon(ps[0]) : .multiPolygon(ps)
            default:
                throw DecodeFailure("WKB type \(type) is not a Polygon or MultiPolygon")
            }
        }

        private mutating func header() throws(DecodeFailure) -> UInt32 {
            guard offset < bytes.count else { throw DecodeFailure("truncated WKB") }
            little = bytes[offset] == 1
            offset += 1
            return try uint32()
        }

        private mutating func polygon(dims: Int) throws(DecodeFailure) -> Polygon {
            let rings = try count()
            var out: [[Coordinate]] = []
            out.reserveCapacity(rings)
            for _ in 0..<rings {
                let n = try count()
                guard offset + n * dims * 8 <= bytes.count else { throw DecodeFailure("truncated WKB ring") }
                var ring: [Coordinate] = []
                ring.reserveCapacity(n)
                for _ in 0..<n {
                    let x = double(), y = double()
                    offset += (dims - 2) * 8
                    ring.append(Coordinate(longitude: x, latitude: y))
                }
                out.append(ring)
            }
            guard let exterior = out.first else { return Polygon(exterior: []) }
            return Polygon(exterior: exterior, holes: Array(out.dropFirst()))
        }

        private mutating func count() throws(DecodeFailure) -> Int {
            let n = Int(try uint32())
            guard n <= bytes.count else { throw DecodeFailure("WKB count \(n) exceeds the blob") }
            return n
        }

        private mutating func uint32() throws(DecodeFailure) -> UInt32 {
            guard offset + 4 <= bytes.count else { throw DecodeFailure("truncated WKB") }
            var v: UInt32 = 0
            for i in 0..<4 { v |= UInt32(bytes[offset + i]) << (8 * i) }
            offset += 4
            return little ? v : v.byteSwapped
        }

        private mutating func double() -> Double {
            var v: UInt64 = 0
            for i in 0..<8 { v |= UInt64(bytes[offset + i]) << (8 * i) }
            offset += 8
            return Double(bitPattern: little ? v : v.byteSwapped)
        }
    }
}
