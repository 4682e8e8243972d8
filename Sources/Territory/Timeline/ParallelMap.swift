import Dispatch
import GeoCore

extension Array where Element: Sendable {
    /// `transform` applied to every element on all cores (`DispatchQueue.concurrentPerform`),
    /// results in order; the first error thrown is rethrown.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) throws -> [T] {
        if count < 2 { return try map(transform) }
        let results = Locked<[Int: Result<T, any Error>]>([:])
        let items = self
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let r = Result { try transform(items[i]) }
            results.withLock { $0[i] = r }
        }
        let all = results.withLock { $0 }
        return try (0..<count).map { i in
            guard let r = all[i] else { throw TerritoryError.badField("parallel", reason: "missing result \(i)") }
            return try r.get()
        }
    }
}
