import GeoJSONCoding

/// A failure caused by the input (a file, a geometry, a value): exit code 1.
struct InputFailure: Error, CustomStringConvertible {
    /// One line naming the file and place and what is wrong.
    let message: String
    /// True when the file could not be opened, read or written at all (as opposed to bad content).
    let isIO: Bool

    init(_ message: String) {
        self.message = message
        isIO = false
    }

    /// A failure about `file`, with the underlying error's text (I/O errors already name the file).
    init(file: String, _ error: any Error) {
        if case .io = error as? GeoJSONError {
            message = "\(error)"
            isIO = true
        } else {
            message = "\(file == "-" ? "<stdin>" : file): \(error)"
            isIO = false
        }
    }

    var description: String { message }
}
