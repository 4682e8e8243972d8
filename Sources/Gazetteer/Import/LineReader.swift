#if canImport(Glibc)
import Glibc
#endif

/// Reads a text file line by line in bounded memory (LF or CRLF endings).
final class LineReader {
    private let fd: Int32
    private let path: String
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private var start = 0
    private var end = 0
    private var eof = false
    /// The 1-based number of the line last returned.
    private(set) var lineNumber = 0

    init(path: String) throws {
        fd = open(path, O_RDONLY)
        self.path = path
        guard fd >= 0 else { throw GazetteerError.io(path: path, reason: String(cString: strerror(errno))) }
    }

    deinit { close(fd) }

    /// The next line's bytes without its ending, or nil at end of file.
    func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[start..<end].firstIndex(of: 0x0A) {
                var lineEnd = nl
                if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = buffer[start..<lineEnd]
                start = nl + 1
                lineNumber += 1
                return line
            }
            if eof {
                guard start < end else { return nil }
                let line = buffer[start..<end]
                start = end
                lineNumber += 1
                return line
            }
            if start > 0 {
                buffer.replaceSubrange(0..<(end - start), with: buffer[start..<end])
                end -= start
                start = 0
            }
            if end == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + end, $0.count - end) }
            if n < 0 { throw GazetteerError.io(path: path, reason: "read failed: \(String(cString: strerror(errno)))") }
            if n == 0 { eof = true } else { end += n }
        }
    }
}
