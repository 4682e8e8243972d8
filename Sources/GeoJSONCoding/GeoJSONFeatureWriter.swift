/// Writes features one at a time as a FeatureCollection, GeoJSON Text Sequence (RFC 8142) or
/// newline-delimited GeoJSON, flushing in chunks so memory stays bounded.
///
/// Call ``finish(bbox:foreignMembers:)`` to complete the output and move it into place; if the
/// writer is dropped without it (an error happened), the destination is left untouched.
public final class GeoJSONFeatureWriter {
    /// The output format.
    public let format: GeoJSONFormat
    private let file: OutputFile
    private var writer: GeoJSONWriter
    private var count = 0
    private let flushThreshold = 1 << 20

    /// Opens `path` (or `-` for standard output).
    /// - Parameters:
    ///   - format: output format.
    ///   - precision: coordinate decimals (default 7).
    public init(path: String, format: GeoJSONFormat, precision: Int = NumberFormatting.defaultPrecision) throws {
        self.format = format
        file = try OutputFile(path: path)
        writer = GeoJSONWriter(precision: precision)
        if format == .geojson { writer.beginCollection() }
    }

    /// Appends a feature.
    public func write(_ feature: Feature) throws {
        switch format {
        case .geojson:
            if count > 0 { writer.bytes.append(UInt8(ascii: ",")) }
            writer.append(feature)
        case .geojsonseq:
            writer.bytes.append(0x1E)
            writer.append(feature)
            writer.bytes.append(0x0A)
        case .ndjson:
            writer.append(feature)
            writer.bytes.append(0x0A)
        }
        count += 1
        if writer.bytes.count >= flushThreshold { try flush() }
    }

    private func flush() throws {
        try file.write(writer.bytes)
        writer.bytes.removeAll(keepingCapacity: true)
    }

    /// Completes the output (closing the collection with its bbox and foreign members, which
    /// sequences cannot carry) and renames it into place.
    public func finish(bbox: [Double]? = nil, foreignMembers: JSONObject = JSONObject()) throws {
        if format == .geojson {
            writer.endCollection(bbox: bbox, foreignMembers: foreignMembers)
            writer.bytes.append(0x0A)
        }
        try flush()
        try file.commit()
    }

    /// Discards the output.
    public func abandon() { file.abandon() }
}
