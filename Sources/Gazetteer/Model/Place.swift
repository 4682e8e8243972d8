import Foundation
import GeoCore

/// A gazetteer identifier such as `geonames:173480` or `frontline:euphrates-valley`.
public struct PlaceID: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String

    /// Wraps an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
}

/// One gazetteer entry.
///
/// A value type whose fields live in one shared immutable box, so copying a place (as ranking and
/// geoparsing do for every candidate) costs one reference count, not one per string; setting a
/// field copies the box.
public struct Place: Hashable, Sendable {
    // (The fields and box are visible to inlinable getters, so modules that read many places,
    // as the geoparser does, load a field in place: no call, no reference count.)
    // (Fields are laid out in the order declared: those that ranking and the geoparser read of
    // every candidate come first, so that reading a place's point and codes touches the cache
    // lines after the box's hot first line (``Box``) in order.)
    @usableFromInline
    struct Fields: Hashable, Sendable {
        @usableFromInline var kind: PlaceKind
        @usableFromInline var population: Int?
        @usableFromInline var coordinate: Coordinate
        @usableFromInline var country: String
        @usableFromInline var featureCode: String
        @usableFromInline var admin1Code: String
        @usableFromInline var id: PlaceID
        @usableFromInline var name: String
        @usableFromInline var featureClass: String
        @usableFromInline var alternates: [String]
        @usableFromInline var source: String
    }

    @usableFromInline
    final class Box: Sendable {
        // (The fields that ranking and the geoparser read of every candidate of a name come first,
        // so that with the object's header they fill its first 64-byte cache line: reading a
        // candidate's kind, population, area codes and point is one cache miss, not two. The
        // country's code, two lines in, had been the costliest load of ranking by focus.)
        /// The coordinate as a unit vector on the sphere, computed once per place.
        @usableFromInline let unit: (x: Double, y: Double, z: Double)
        /// 64-bit hashes of the country and admin1 codes, computed once per place.
        @usableFromInline let codeKeys: (country: UInt64, admin1: UInt64)
        /// The population when known and under 2³¹ (``inlinePopulation``), else 0.
        @usableFromInline let population32: Int32
        @usableFromInline let kind: PlaceKind
        /// ``Flags`` bits.
        @usableFromInline let flags: UInt8
        @usableFromInline let fields: Fields
        /// A 64-bit hash of the id (``Place/isSame(as:)``), past the first cache line.
        @usableFromInline let idKey: UInt64

        /// Bits of `flags`.
        @usableFromInline enum Flags {
            /// `population32` is the population (known, under 2³¹); otherwise read `fields`.
            @usableFromInline static let inlinePopulation: UInt8 = 1
            /// The coordinate is a number (not NaN).
            @usableFromInline static let hasCoordinate: UInt8 = 2
            /// A national capital (GeoNames `PPLC`).
            @usableFromInline static let nationalCapital: UInt8 = 4
            /// A curated entry (its id starts `frontline:`).
            @usableFromInline static let curated: UInt8 = 8
        }

        init(_ fields: Fields) {
            self.fields = fields
            idKey = Place.codeKey(fields.id.rawValue)
            let la = fields.coordinate.latitude * (Double.pi / 180), lo = fields.coordinate.longitude * (Double.pi / 180)
            unit = (cos(la) * cos(lo), cos(la) * sin(lo), sin(la))
            codeKeys = (Place.codeKey(fields.country), Place.codeKey(fields.admin1Code))
            kind = fields.kind
            var flags: UInt8 = fields.coordinate.latitude.isFinite ? Flags.hasCoordinate : 0
            if fields.featureCode == "PPLC" { flags |= Flags.nationalCapital }
            if fields.id.rawValue.hasPrefix("frontline:") { flags |= Flags.curated }
            if let p = fields.population, let p32 = Int32(exactly: p) {
                population32 = p32
                flags |= Flags.inlinePopulation
            } else {
                population32 = 0
            }
            self.flags = flags
        }
    }

    @usableFromInline var box: Box

    private mutating func update(_ change: (inout Fields) -> Void) {
        var f = box.fields
        change(&f)
        box = Box(f)
    }

    /// Stable identifier (`geonames:<id>` for GeoNames entries, `frontline:<slug>` for curated ones).
    public var id: PlaceID { @inlinable get { box.fields.id } set { update { $0.id = newValue } } }
    /// The standard name.
    public var name: String { @inlinable get { box.fields.name } set { update { $0.name = newValue } } }
    /// What kind of place it is.
    public var kind: PlaceKind { @inlinable get { box.kind } set { update { $0.kind = newValue } } }
    /// GeoNames feature class where known (`P`).
    public var featureClass: String { @inlinable get { box.fields.featureClass } set { update { $0.featureClass = newValue } } }
    /// GeoNames feature code where known (`PPL`).
    public var featureCode: String { @inlinable get { box.fields.featureCode } set { update { $0.featureCode = newValue } } }
    /// ISO 3166-1 alpha-2 country code.
    public var country: String { @inlinable get { box.fields.country } set { update { $0.country = newValue } } }
    /// GeoNames first-level admin code within the country (`07`), or empty.
    public var admin1Code: String { @inlinable get { box.fields.admin1Code } set { update { $0.admin1Code = newValue } } }
    /// A representative point (the GeoNames coordinate for GeoNames entries); NaN when the source
    /// gives none.
    public var coordinate: Coordinate { @inlinable get { box.fields.coordinate } set { update { $0.coordinate = newValue } } }
    /// The coordinate as a unit vector (x towards 0° E on the equator, z towards the North Pole):
    /// the nearest of several places is the one with the largest dot product. NaN when the
    /// coordinate is.
    public var unitVector: (x: Double, y: Double, z: Double) { @inlinable get { box.unit } }
    /// 64-bit hashes of `country` and `admin1Code`, for telling many places' areas apart fast
    /// (equal codes give equal hashes; different codes collide with odds of about 2⁻⁶⁴).
    public var codeKeys: (country: UInt64, admin1: UInt64) { @inlinable get { box.codeKeys } }

    /// The 64-bit hash ``codeKeys`` gives a country or admin1 code: a focus country's key compares
    /// with places' keys without reading their codes.
    public static func codeKey(_ code: String) -> UInt64 { IndexHashing.hash(code, seed: 0) }
    /// Population, when known.
    public var population: Int? {
        @inlinable get { box.flags & Box.Flags.inlinePopulation != 0 ? Int(box.population32) : box.fields.population }
        set { update { $0.population = newValue } }
    }
    /// Whether the coordinate is a number (``coordinate`` is NaN when the source gives none); read
    /// without touching the coordinate.
    public var hasCoordinate: Bool { @inlinable get { box.flags & Box.Flags.hasCoordinate != 0 } }
    /// Whether the place is a national capital (GeoNames feature code `PPLC`); read without
    /// comparing the code.
    public var isNationalCapital: Bool { @inlinable get { box.flags & Box.Flags.nationalCapital != 0 } }
    /// Whether the place is a curated entry (its id starts `frontline:`); read without comparing
    /// the id.
    public var isCurated: Bool { @inlinable get { box.flags & Box.Flags.curated != 0 } }
    /// Alternate names as the source gives them (any script).
    public var alternates: [String] { @inlinable get { box.fields.alternates } set { update { $0.alternates = newValue } } }
    /// Where the entry comes from (`geonames:cities500`, `curated: …`).
    public var source: String { @inlinable get { box.fields.source } set { update { $0.source = newValue } } }

    /// Creates a place.
    public init(id: PlaceID, name: String, kind: PlaceKind, featureClass: String = "", featureCode: String = "", country: String, admin1Code: String = "", coordinate: Coordinate, population: Int? = nil, alternates: [String] = [], source: String = "") {
        box = Box(Fields(kind: kind, population: population, coordinate: coordinate, country: country, featureCode: featureCode,
                         admin1Code: admin1Code, id: id, name: name, featureClass: featureClass, alternates: alternates, source: source))
    }

    /// Whether two places are the same entry (the same ``id``): told by a shared box, or by 64-bit
    /// hashes of their ids that differ, before any text is compared (the geoparser asks this of
    /// many pairs of places a text).
    @inlinable
    public func isSame(as other: Place) -> Bool {
        box === other.box || box.idKey == other.box.idKey && box.fields.id == other.box.fields.id
    }

    public static func == (a: Place, b: Place) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }

    /// The primary name followed by the alternates (other than the primary name itself).
    public var allNames: [String] {
        let f = box.fields
        var out = [f.name]
        out.reserveCapacity(f.alternates.count + 1)
        for a in f.alternates where a != f.name { out.append(a) }
        return out
    }
}
