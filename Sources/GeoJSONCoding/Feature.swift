import GeoCore

/// A GeoJSON feature identifier: a string or a number (RFC 7946 §3.2).
public enum FeatureID: Hashable, Sendable, CustomStringConvertible {
    /// A string id.
    case string(String)
    /// A numeric id.
    case number(Double)

    /// The id as JSON.
    public var jsonValue: JSONValue {
        switch self {
        case .string(let s): .string(s)
        case .number(let n): .number(n)
        }
    }

    public var description: String {
        switch self {
        case .string(let s): s
        case .number(let n): NumberFormatting.shortest(n)
        }
    }
}

/// A GeoJSON Feature (RFC 7946 §3.2).
public struct Feature: Hashable, Sendable {
    /// Optional identifier.
    public var id: FeatureID?
    /// The geometry, or `nil` for `"geometry": null`.
    public var geometry: Geometry?
    /// The properties object, or `nil` for `"properties": null`.
    public var properties: JSONObject?
    /// Optional bounding box as read (2×dimensions numbers).
    public var bbox: [Double]?
    /// Members other than type, id, geometry, properties and bbox, in input order.
    public var foreignMembers: JSONObject

    /// Creates a feature.
    public init(id: FeatureID? = nil, geometry: Geometry?, properties: JSONObject? = JSONObject(), bbox: [Double]? = nil, foreignMembers: JSONObject = JSONObject()) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}

/// A GeoJSON FeatureCollection (RFC 7946 §3.3).
public struct FeatureCollection: Hashable, Sendable {
    /// The features, in order.
    public var features: [Feature]
    /// Optional bounding box.
    public var bbox: [Double]?
    /// Members other than type, features and bbox, in input order.
    public var foreignMembers: JSONObject

    /// Creates a collection.
    public init(features: [Feature], bbox: [Double]? = nil, foreignMembers: JSONObject = JSONObject()) {
        self.features = features
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}

/// Any top-level GeoJSON object.
public enum GeoJSONObject: Hashable, Sendable {
    /// A bare geometry.
    case geometry(Geometry)
    /// A single feature.
    case feature(Feature)
    /// A feature collection.
    case featureCollection(FeatureCollection)

    /// The object's features: itself for a feature, a feature wrapping a bare geometry.
    public var features: [Feature] {
        switch self {
        case .geometry(let g): [Feature(geometry: g)]
        case .feature(let f): [f]
        case .featureCollection(let c): c.features
        }
    }
}
