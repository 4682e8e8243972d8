import Foundation
import GeoCore
import GeoJSONCoding

/// Builds the binary gazetteer index from TSV files.
///
/// Layout (little-endian; every section 8-byte aligned):
/// - header: magic `FLGAZ001`, format version, place count, fingerprint, then per section its
///   offset (and for each table: slots offset, capacity, postings offset);
/// - `rows`: u64 offsets of each place's TSV row inside `blob`, plus one end offset;
/// - `blob`: the rows themselves (places are decoded from them on demand);
/// - `meta`: 16 bytes per place: kind, flags (bit 0: curated), country, population, latitude,
///   longitude (for ranking without decoding);
/// - fuzzy names: 12 bytes per entry (place, offset, length) and the folded names' bytes;
/// - four hash tables (alias, key, fuzzy, code): open addressing, 8-byte slots holding the high
///   32 hash bits and 1 + the index of a postings list (`count, place…` as u32).
struct IndexBuilder {
    static let magic: [UInt8] = Array("FLGAZ001".utf8)
    static let formatVersion: UInt32 = 8
    /// Alias and key postings hold `place | name << 22` while there are fewer than 2²² places, so
    /// the resolver knows which name matched without decoding; name indices past 1022 are stored
    /// as 1023 ("search").
    static let placeBits: UInt32 = 22
    static let packedPlaceLimit: UInt32 = 1 << 22
    static let unknownName = 1023
    static let headerSize = 256

    /// Population or kind that earns a place fuzzy matching (keeps the fuzzy table compact).
    static func fuzzyEligible(_ p: Place) -> Bool {
        p.kind != .city || (p.population ?? 0) >= 1000
    }

    /// Reads the rows of every file (later files override earlier ones with the same id), adds the
    /// extra alternates of `aliasFiles` (`id<TAB>alternates<TAB>note`) and the ISO 3166-1 alpha-3
    /// codes of `codeFiles` (`iso2<TAB>iso3<TAB>fips<TAB>id`), and writes the index.
    static func build(files: [String], aliasFiles: [String] = [], codeFiles: [String] = [], coordinateFiles: [String] = [], fingerprint: UInt64, to path: String) throws {
        var rows: [[UInt8]] = []
        var places: [Place] = []
        var indexOfID: [String: Int] = [:]
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw GazetteerError.io(path: file, reason: "cannot read")
            }
            var lineNumber = 0
            var start = data.startIndex
            while start < data.endIndex {
                let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
                lineNumber += 1
                let lineBytes = [UInt8](data[start..<end])
                start = end < data.endIndex ? end + 1 : end
                if lineNumber == 1 && lineBytes.starts(with: Array("id\t".utf8)) { continue }
                if lineBytes.isEmpty { continue }
                guard let line = String(validating: lineBytes, as: UTF8.self) else {
                    throw GazetteerError.malformedRow(file: file, line: lineNumber, reason: "not valid UTF-8")
                }
                let place: Place
                do { place = try PlaceRecord.parse(line) } catch let e as GazetteerError {
                    throw e.located(file: file, line: lineNumber)
                }
                if let existing = indexOfID[place.id.rawValue] {
                    rows[existing] = lineBytes
                    places[existing] = place
                } else {
                    indexOfID[place.id.rawValue] = places.count
                    rows.append(lineBytes)
                    places.append(place)
                }
            }
        }
        for file in aliasFiles {
            for (lineNumber, fields) in try tabRows(file) {
                guard fields.count == 3 else { throw GazetteerError.malformedRow(file: file, line: lineNumber, reason: "expected id, alternates, note") }
                guard let i = indexOfID[fields[0]] else { continue }
                let extra = fields[1].split(separator: "|").map(String.init).filter { !places[i].allNames.contains($0) }
                places[i].alternates += extra
                rows[i] = Array(PlaceRecord.format(places[i]).utf8)
            }
        }
        for file in coordinateFiles {
            for (lineNumber, fields) in try tabRows(file) {
                guard fields.count == 4, let lat = Double(fields[1]), let lon = Double(fields[2]), abs(lat) <= 90, abs(lon) <= 180 else {
                    throw GazetteerError.malformedRow(file: file, line: lineNumber, reason: "expected id, lat, lon, note")
                }
                guard let i = indexOfID[fields[0]] else { continue }
                places[i].coordinate = Coordinate(longitude: lon, latitude: lat)
                rows[i] = Array(PlaceRecord.format(places[i]).utf8)
            }
        }
        var extraCodes: [(String, UInt32)] = []
        for file in codeFiles {
            for (lineNumber, fields) in try tabRows(file) {
                guard fields.count == 4 else { throw GazetteerError.malformedRow(file: file, line: lineNumber, reason: "expected iso2, iso3, fips, id") }
                if let i = indexOfID[fields[3]], fields[1].count == 3 { extraCodes.append(("iso3:\(fields[1])", UInt32(i))) }
            }
        }
        try write(rows: rows, places: places, extraCodes: extraCodes, fingerprint: fingerprint, to: path)
    }

    /// Data rows of a small tab-separated file with a header line: (line number, fields).
    static func tabRows(_ file: String) throws -> [(Int, [String])] {
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw GazetteerError.io(path: file, reason: "cannot read as UTF-8")
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst()
            .filter { !$0.element.isEmpty }
            .map { ($0.offset + 1, $0.element.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)) }
    }

    static func write(rows: [[UInt8]], places: [Place], extraCodes: [(String, UInt32)] = [], fingerprint: UInt64, to path: String) throws {
        var pairs: [[(UInt64, UInt32)]] = Array(repeating: [], count: IndexTable.allCases.count)
        // Fuzzy postings point at folded names (not places), so candidates are verified by edit
        // distance on these bytes without decoding rows: (place, offset in `fuzzyNames`, length).
        var fuzzyEntries: [(place: UInt32, offset: UInt32, length: UInt32)] = []
        var fuzzyNames: [UInt8] = []
        let packed = UInt32(places.count) < packedPlaceLimit
        for (i, p) in places.enumerated() {
            let idx = UInt32(i)
            var seenFolded = Set<String>()
            for (nameIndex, name) in p.allNames.enumerated() {
                let folded = NameFolding.fold(name)
                guard !folded.isEmpty, seenFolded.insert(folded).inserted else { continue }
                let posting = packed ? idx | (UInt32(min(nameIndex, unknownName)) << placeBits) : idx
                pairs[IndexTable.alias.rawValue].append((IndexHashing.hash(folded, seed: IndexTable.alias.seed), posting))
                let key = TransliterationKey.key(folded: folded)
                if !key.isEmpty { pairs[IndexTable.key.rawValue].append((IndexHashing.hash(key, seed: IndexTable.key.seed), posting)) }
                if fuzzyEligible(p) {
                    let bytes = Array(folded.utf8)
                    if bytes.count >= 4 && bytes.count <= 24 && bytes.allSatisfy({ $0 < 0x80 }) {
                        let entry = UInt32(fuzzyEntries.count)
                        fuzzyEntries.append((idx, UInt32(fuzzyNames.count), UInt32(bytes.count)))
                        fuzzyNames.append(contentsOf: bytes)
                        for d in FuzzyVariants.deletions(bytes) {
                            pairs[IndexTable.fuzzy.rawValue].append((IndexHashing.hash(d, seed: IndexTable.fuzzy.seed), entry))
                        }
                    }
                }
            }
            pairs[IndexTable.code.rawValue].append((IndexHashing.hash("id:\(p.id.rawValue)", seed: IndexTable.code.seed), idx))
            switch p.kind {
            case .country:
                pairs[IndexTable.code.rawValue].append((IndexHashing.hash("country:\(p.country)", seed: IndexTable.code.seed), idx))
            case .admin1:
                pairs[IndexTable.code.rawValue].append((IndexHashing.hash("admin1:\(p.country).\(p.admin1Code)", seed: IndexTable.code.seed), idx))
            default: break
            }
        }

        for (code, idx) in extraCodes {
            pairs[IndexTable.code.rawValue].append((IndexHashing.hash(code, seed: IndexTable.code.seed), idx))
        }

        var out = [UInt8](repeating: 0, count: headerSize)
        func align() { while out.count % 8 != 0 { out.append(0) } }
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func putFloat(_ v: Float) { put(v.bitPattern) }
        var header: [UInt64] = []

        // rows + blob
        let rowsOffset = out.count
        var offset: UInt64 = 0
        for r in rows {
            put(offset)
            offset += UInt64(r.count + 1)
        }
        put(offset)
        align()
        let blobOffset = out.count
        for r in rows {
            out.append(contentsOf: r)
            out.append(0x0A)
        }
        align()
        let metaOffset = out.count
        for p in places {
            out.append(p.kind.code)
            out.append(p.isCurated ? 1 : 0)
            let cc = Array(p.country.utf8) + [0, 0]
            out.append(cc[0])
            out.append(cc[1])
            put(UInt32(clamping: p.rankingPopulation))
            putFloat(Float(p.coordinate.latitude))
            putFloat(Float(p.coordinate.longitude))
        }
        align()
        let fuzzyEntriesOffset = out.count
        for e in fuzzyEntries {
            put(e.place)
            put(e.offset)
            put(e.length)
        }
        let fuzzyNamesOffset = out.count
        out.append(contentsOf: fuzzyNames)
        header += [UInt64(rowsOffset), UInt64(blobOffset), UInt64(metaOffset), UInt64(fuzzyEntriesOffset), UInt64(fuzzyNamesOffset)]
        for table in IndexTable.allCases {
            var list = pairs[table.rawValue]
            list.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            var groups: [(UInt64, Range<Int>)] = []
            var i = 0
            while i < list.count {
                var j = i + 1
                while j < list.count && list[j].0 == list[i].0 { j += 1 }
                groups.append((list[i].0, i..<j))
                i = j
            }
            var capacity = 16
            while capacity < groups.count * 2 { capacity <<= 1 }
            var slots = [UInt64](repeating: 0, count: capacity)
            var postings: [UInt32] = []
            for (hash, range) in groups {
                let start = UInt32(postings.count)
                var members: [UInt32] = []
                for k in range where members.last != list[k].1 { members.append(list[k].1) }
                postings.append(UInt32(members.count))
                postings.append(contentsOf: members)
                var s = Int(hash & UInt64(capacity - 1))
                while slots[s] != 0 { s = (s + 1) & (capacity - 1) }
                slots[s] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(start + 1)
            }
            align()
            let slotsOffset = out.count
            for s in slots { put(s) }
            let postingsOffset = out.count
            for p in postings { put(p) }
            header += [UInt64(slotsOffset), UInt64(capacity), UInt64(postingsOffset)]
        }
        // Header
        var head: [UInt8] = magic
        withUnsafeBytes(of: formatVersion.littleEndian) { head.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(places.count).littleEndian) { head.append(contentsOf: $0) }
        withUnsafeBytes(of: fingerprint.littleEndian) { head.append(contentsOf: $0) }
        for v in header { withUnsafeBytes(of: v.littleEndian) { head.append(contentsOf: $0) } }
        out.replaceSubrange(0..<head.count, with: head)

        let file = try OutputFile(path: path)
        try file.write(out)
        try file.commit()
    }
}

/// One-character deletions of a folded name, for SymSpell-style fuzzy lookup (distance ≤ 2 found
/// through a shared deletion).
enum FuzzyVariants {
    static func deletions(_ bytes: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = [bytes]
        var seen = Set<[UInt8]>([bytes])
        for i in bytes.indices {
            var d = bytes
            d.remove(at: i)
            if seen.insert(d).inserted { out.append(d) }
        }
        return out
    }
}
