import GeoJSONCoding

/// Builds JSON output with members in a fixed order, written with the GeoJSON writer.
enum JSONOutput {
    /// Encodes a value as one line of JSON text with a trailing newline.
    static func line(_ value: JSONValue) -> String {
        String(decoding: GeoJSONWriter.encode(value), as: UTF8.self) + "\n"
    }

    /// A JSON number, or null when not finite.
    static func number(_ x: Double) -> JSONValue { x.isFinite ? .number(x) : .null }
}
