#if canImport(Glibc)
import Glibc
#endif

/// A read-only memory map of a gazetteer index (see `IndexBuilder` for the layout).
///
/// Opening costs a few system calls whatever the size: pages are read on demand, so a cold
/// `frontline resolve` touches only the slots and rows it needs.
final class IndexFile {
    let base: UnsafeRawPointer
    let size: Int
    let placeCount: Int
    let fingerprint: UInt64
    private let rowsOffset: Int
    private let blobOffset: Int
    private let metaOffset: Int
    private let fuzzyEntriesOffset: Int
    private let fuzzyNamesOffset: Int
    private let tables: [(slots: Int, capacity: Int, postings: Int)]

    /// Maps `path`; throws `GazetteerError.badIndex` if it is not a current index.
    init(path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw GazetteerError.badIndex(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size >= IndexBuilder.headerSize else {
            throw GazetteerError.badIndex(path: path, reason: "too small")
        }
        size = Int(st.st_size)
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else {
            throw GazetteerError.badIndex(path: path, reason: "mmap failed: \(String(cString: strerror(errno)))")
        }
        let base = UnsafeRawPointer(map)
        self.base = base
        func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        let magicOK = (0..<8).allSatisfy { base.load(fromByteOffset: $0, as: UInt8.self) == IndexBuilder.magic[$0] }
        let version = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        guard magicOK, version == IndexBuilder.formatVersion else {
            munmap(map, size)
            throw GazetteerError.badIndex(path: path, reason: "not a current gazetteer index")
        }
        placeCount = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
        fingerprint = u64(16)
        rowsOffset = Int(u64(24))
        blobOffset = Int(u64(32))
        metaOffset = Int(u64(40))
        fuzzyEntriesOffset = Int(u64(48))
        fuzzyNamesOffset = Int(u64(56))
        var t: [(Int, Int, Int)] = []
        for k in 0..<IndexTable.allCases.count {
            let at = 64 + k * 24
            t.append((Int(u64(at)), Int(u64(at + 8)), Int(u64(at + 16))))
        }
        tables = t
        let fileSize = size
        guard metaOffset + placeCount * 16 <= fileSize, t.allSatisfy({ $0.0 + $0.1 * 8 <= fileSize && $0.2 <= fileSize }) else {
            munmap(map, size)
            throw GazetteerError.badIndex(path: path, reason: "truncated")
        }
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), size) }

    /// The TSV row of place `i`, as bytes (no newline).
    func row(_ i: Int) -> UnsafeRawBufferPointer {
        let start = Int(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: rowsOffset + i * 8, as: UInt64.self)))
        let end = Int(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: rowsOffset + (i + 1) * 8, as: UInt64.self)))
        return UnsafeRawBufferPointer(start: base + blobOffset + start, count: max(0, end - start - 1))
    }

    /// Place `i` decoded from its row.
    func place(_ i: Int) -> Place? {
        try? PlaceRecord.parse(bytes: row(i))
    }

    /// Compact ranking data of place `i`.
    @inline(__always)
    func meta(_ i: Int) -> (kind: PlaceKind, country: (UInt8, UInt8), population: Int, latitude: Double, longitude: Double, curated: Bool) {
        let at = metaOffset + i * 16
        let kind = PlaceKind(code: base.load(fromByteOffset: at, as: UInt8.self)) ?? .landmark
        let curated = base.load(fromByteOffset: at + 1, as: UInt8.self) & 1 != 0
        let c0 = base.load(fromByteOffset: at + 2, as: UInt8.self), c1 = base.load(fromByteOffset: at + 3, as: UInt8.self)
        let pop = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self)))
        let lat = Float(bitPattern: UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at + 8, as: UInt32.self)))
        let lon = Float(bitPattern: UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at + 12, as: UInt32.self)))
        return (kind, (c0, c1), pop, Double(lat), Double(lon), curated)
    }

    /// The ISO country code in a place's metadata (`meta(_:).country`; empty when it has none).
    static func countryCode(_ c: (UInt8, UInt8)) -> String {
        String(decoding: [c.0, c.1].filter { $0 != 0 }, as: UTF8.self)
    }

    /// Whether alias/key postings pack the matching name's index with the place (see `IndexBuilder`).
    var packsNames: Bool { placeCount < IndexBuilder.packedPlaceLimit }

    /// A posting of the alias or key table: the place and, when packed, which of its names matched.
    @inline(__always)
    func unpack(_ raw: UInt32) -> (place: Int, name: Int?) {
        guard packsNames else { return (Int(raw), nil) }
        let name = Int(raw >> IndexBuilder.placeBits)
        return (Int(raw & (IndexBuilder.packedPlaceLimit - 1)), name == IndexBuilder.unknownName ? nil : name)
    }

    /// Fuzzy entry `e`: its place and its folded name's bytes.
    @inline(__always)
    func fuzzyEntry(_ e: Int) -> (place: Int, name: UnsafeRawBufferPointer) {
        let at = fuzzyEntriesOffset + e * 12
        let place = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
        let offset = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self)))
        let length = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at + 8, as: UInt32.self)))
        return (place, UnsafeRawBufferPointer(start: base + fuzzyNamesOffset + offset, count: length))
    }

    /// The postings (place indices; fuzzy-entry indices for `.fuzzy`) for `hash` in `table`; empty when absent.
    @inline(__always)
    func postings(_ table: IndexTable, hash: UInt64) -> UnsafeBufferPointer<UInt32> {
        let t = tables[table.rawValue]
        let mask = t.capacity - 1
        var s = Int(hash & UInt64(mask))
        let tag = hash & 0xFFFF_FFFF_0000_0000
        while true {
            let slot = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: t.slots + s * 8, as: UInt64.self))
            if slot == 0 { return UnsafeBufferPointer(start: nil, count: 0) }
            if slot & 0xFFFF_FFFF_0000_0000 == tag {
                let start = Int(slot & 0xFFFF_FFFF) - 1
                let p = (base + t.postings + start * 4).assumingMemoryBound(to: UInt32.self)
                return UnsafeBufferPointer(start: p + 1, count: Int(p.pointee))
            }
            s = (s + 1) & mask
        }
    }
}
