/// A store that cannot be opened, read or written.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The store file.
    public var path: String
    /// What went wrong (SQLite's message where it has one).
    public var message: String

    /// Makes an error about `path`.
    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
