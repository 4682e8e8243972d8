#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written through a temporary sibling and renamed into place on ``commit()``, so a
/// failure never leaves a partial file; or standard output for `-`.
///
/// If the value is released without `commit()`, the temporary file is removed.
public final class OutputFile {
    /// The destination path (`-` for standard output).
    public let path: String
    private let fd: Int32
    private let temporaryPath: String?
    private var done = false

    /// Opens `path` for writing (through a temporary file in the same directory).
    /// - Throws: `GeoJSONError.io` naming the path and the system's reason.
    public init(path: String) throws {
        self.path = path
        if path == "-" {
            fd = 1
            temporaryPath = nil
            return
        }
        let dir: String
        let base: String
        if let slash = path.lastIndex(of: "/") {
            dir = String(path[..<slash]).isEmpty ? "/" : String(path[..<slash])
            base = String(path[path.index(after: slash)...])
        } else {
            dir = "."
            base = path
        }
        guard !base.isEmpty else { throw GeoJSONError.io(path: path, reason: "not a file name") }
        var template = Array("\(dir)/.\(base).XXXXXX.tmp".utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard opened >= 0 else {
            throw GeoJSONError.io(path: path, reason: "cannot create a file in \(dir): \(String(cString: strerror(errno)))")
        }
        fd = opened
        temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        _ = fchmod(fd, 0o644)
    }

    deinit {
        if !done, let temporaryPath {
            _ = close(fd)
            _ = unlink(temporaryPath)
        }
    }

    /// Writes all of `bytes`.
    /// - Throws: `GeoJSONError.io` (for example, disk full); the destination is left untouched.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw GeoJSONError.io(path: path, reason: "write failed: \(String(cString: strerror(errno)))")
                }
                offset += n
            }
        }
    }

    /// Closes the temporary file and renames it onto the destination.
    public func commit() throws {
        guard !done else { return }
        done = true
        guard let temporaryPath else { return }
        guard close(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = unlink(temporaryPath)
            throw GeoJSONError.io(path: path, reason: "close failed: \(reason)")
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = unlink(temporaryPath)
            throw GeoJSONError.io(path: path, reason: "cannot rename into place: \(reason)")
        }
    }

    /// Discards the temporary file (the destination is untouched).
    public func abandon() {
        guard !done else { return }
        done = true
        if let temporaryPath {
            _ = close(fd)
            _ = unlink(temporaryPath)
        }
    }
}
