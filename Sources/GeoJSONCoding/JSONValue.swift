/// Arbitrary JSON, for properties and foreign members passed through unchanged.
///
/// Objects keep their members in input order, so output is deterministic and matches the input.
public enum JSONValue: Hashable, Sendable {
    /// `null`
    case null
    /// `true` or `false`
    case bool(Bool)
    /// A number (IEEE double, as RFC 8259 suggests for interoperability).
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, members in order.
    case object(JSONObject)

    /// The string value, if this is a string.
    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    /// The number value, if this is a number.
    public var numberValue: Double? { if case .number(let n) = self { n } else { nil } }
    /// The object value, if this is an object.
    public var objectValue: JSONObject? { if case .object(let o) = self { o } else { nil } }

    /// A short text form of scalars (for tables and grouping keys); `null` for null.
    public var displayText: String {
        switch self {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let n): NumberFormatting.shortest(n)
        case .string(let s): s
        case .array, .object: String(decoding: GeoJSONWriter.encode(self), as: UTF8.self)
        }
    }
}

/// A JSON object with members in order. Lookups are linear (objects here are small).
public struct JSONObject: Hashable, Sendable {
    /// The members, in order; keys are unique after parsing (a later duplicate replaces the earlier).
    public var members: [(key: String, value: JSONValue)]

    /// Creates an object from members.
    public init(_ members: [(key: String, value: JSONValue)] = []) {
        self.members = members
    }

    /// The value for `key`, or `nil`. Setting replaces in place or appends.
    public subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            if let i = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[i].value = newValue } else { members.remove(at: i) }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        a.members.count == b.members.count && zip(a.members, b.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members.count)
        for m in members { hasher.combine(m.key); hasher.combine(m.value) }
    }
}
