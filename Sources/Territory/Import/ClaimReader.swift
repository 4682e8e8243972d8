import Foundation
import GeoCore
import GeoJSONCoding
import Geodesy

/// Everything wrong with one input feature, so a user fixes a file in one pass.
public struct ClaimInputError: Error, Sendable, CustomStringConvertible {
    /// Position of the feature in the file (0-based), or `nil` for a claim typed on the command line.
    public var index: Int?
    /// The feature's `id`, when it has one.
    public var featureID: String?
    /// One line per problem, each naming the property.
    public var problems: [String]

    public var description: String {
        let at = index.map { "features[\($0)]" + (featureID.map { " (id \($0))" } ?? "") + ": " } ?? ""
        return at + problems.joined(separator: "; ")
    }
}

/// Turns GeoJSON features into checked ``Claim``s.
///
/// Properties: `actor` (required; a name or alias in the ``ActorRegistry``), `claimant`, `source`,
/// `source_span`, `from` (required), `to`, `status` (default `control`), `precision`, `note`, and
/// `area` (an ``AreaExpression``) when the geometry is null. A literal geometry must be a valid
/// Polygon or MultiPolygon; GEOS's reason and location are reported otherwise.
public struct ClaimReader: Sendable {
    /// Known actors.
    public var actors: ActorRegistry
    /// Resolves area expressions.
    public var evaluator: AreaEvaluator

    /// A reader with these actors and this evaluator.
    public init(actors: ActorRegistry, evaluator: AreaEvaluator) {
        self.actors = actors
        self.evaluator = evaluator
    }

    /// The claim `feature` describes.
    /// - Throws: ``ClaimInputError`` listing every problem found.
    public func claim(from feature: Feature, index: Int?) throws(ClaimInputError) -> Claim {
        var problems: [String] = []
        let props = feature.properties ?? JSONObject()
        func text(_ key: String) -> String? {
            switch props[key] {
            case .string(let s)?: return s.trimmingSpaces.isEmpty ? nil : s.trimmingSpaces
            case .number(let n)? where n == n.rounded() && abs(n) < 1e15: return String(Int64(n))
            case .null?, nil: return nil
            case let other?:
                problems.append("properties.\(key): expected a string, got \(other.displayText)")
                return nil
            }
        }
        var actor = ""
        if let a = text("actor") {
            do { actor = try actors.canonical(a) } catch { problems.append("properties.actor: \(error)") }
        } else {
            problems.append("properties.actor: missing")
        }
        var from: ClaimDate?
        if let f = text("from") {
            do { from = try ClaimDate(parsing: f) } catch { problems.append("properties.from: \(error)") }
        } else {
            problems.append("properties.from: missing (an ISO 8601 date such as 2017-10-14)")
        }
        var to: ClaimDate?
        if let t = text("to") {
            do { to = try ClaimDate(parsing: t) } catch { problems.append("properties.to: \(error)") }
        }
        if let f = from, let t = to, !(f < t) {
            problems.append("properties.to: \(TerritoryError.reversedDates(from: f.description, to: t.description))")
        }
        var status = ClaimStatus.control
        if let s = text("status") {
            do { status = try ClaimStatus(parsing: s) } catch { problems.append("properties.status: \(error)") }
        }
        var geometry: Geometry?
        var expression = ""
        if let g = feature.geometry {
            do {
                try AreaEvaluator.checkValid(g, what: "geometry")
                geometry = Timeline.polygonal(g)
            } catch {
                problems.append("\(error)")
            }
        } else if let area = props["area"], area != .null {
            do {
                let e = try AreaExpression(json: area, path: "properties.area")
                expression = String(decoding: GeoJSONWriter.encode(area), as: UTF8.self)  // as written
                geometry = try evaluator.evaluate(e)
            } catch {
                problems.append("properties.area: \(error)".replacingOccurrences(of: "properties.area: bad area expression: properties.area", with: "properties.area"))
            }
        } else {
            problems.append("no area: give a Polygon/MultiPolygon geometry or an area expression in properties.area")
        }
        let claimant = text("claimant") ?? "", source = text("source") ?? ""
        let span = text("source_span") ?? "", precision = text("precision") ?? "", note = text("note") ?? ""
        guard problems.isEmpty, let from, let geometry else {
            throw ClaimInputError(index: index, featureID: feature.id?.description, problems: problems)
        }
        return Claim(actor: actor, claimant: claimant, source: source, sourceSpan: span, from: from, to: to, status: status,
                     precision: precision, note: note, expression: expression, geometry: geometry, areaKm2: GeodesicArea.areaKm2(geometry))
    }
}
