#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered byte source over a file descriptor or an in-memory array, with line/column
/// bookkeeping for error messages.
///
/// Memory is bounded by the buffer size (plus the longest single token), so files larger than
/// memory stream through. Not thread-safe: one reader per task.
final class ByteReader {
    private(set) var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Next unread byte.
    var pos = 0
    /// One past the last valid byte.
    var end = 0
    private let fd: Int32
    private let ownsFD: Bool
    private var eof = false
    private let name: String
    /// Lines and scalars consumed before `buffer[0]`, for locations.
    private var linesBefore = 0
    private var columnBefore = 0

    /// Reads from an open file descriptor; closes it at deinit when `owns` is true.
    init(fd: Int32, owns: Bool, name: String, bufferSize: Int = 1 << 20) {
        self.fd = fd
        self.ownsFD = owns
        self.name = name
        capacity = max(bufferSize, 64)
        buffer = .allocate(capacity: capacity)
    }

    /// Reads from bytes already in memory.
    init(bytes: [UInt8], name: String = "<memory>") {
        fd = -1
        ownsFD = false
        self.name = name
        capacity = max(bytes.count, 1)
        buffer = .allocate(capacity: capacity)
        bytes.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { buffer.update(from: base, count: src.count) }
        }
        end = bytes.count
        eof = true
    }

    deinit {
        buffer.deallocate()
        if ownsFD { _ = close(fd) }
    }

    /// Makes at least `n` unread bytes available if the input has them; returns false at EOF.
    ///
    /// Unread bytes move to the front; the buffer grows when a token is longer than it.
    @inline(never)
    func fill(_ n: Int = 1) throws(GeoJSONError) -> Bool {
        while end - pos < n {
            if eof { return false }
            if pos > 0 {
                account(upTo: pos)
                let keep = end - pos
                if keep > 0 { buffer.update(from: buffer + pos, count: keep) }
                end = keep
                pos = 0
            }
            if end == capacity {
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                bigger.update(from: buffer, count: end)
                buffer.deallocate()
                buffer = bigger
                capacity *= 2
            }
            let got = read(fd, buffer + end, capacity - end)
            if got < 0 {
                let reason = String(cString: strerror(errno))
                throw .io(path: name, reason: "read failed: \(reason)")
            }
            if got == 0 { eof = true } else { end += got }
        }
        return true
    }

    /// The next byte without consuming it, or nil at end of input.
    @inline(__always)
    func peek() throws(GeoJSONError) -> UInt8? {
        if pos < end { return buffer[pos] }
        return try fill() ? buffer[pos] : nil
    }

    /// Skips JSON whitespace (and, when `recordSeparators`, RFC 8142's RS byte); returns the next byte.
    @inline(__always)
    func skipWhitespace(recordSeparators: Bool = false) throws(GeoJSONError) -> UInt8? {
        while true {
            if pos >= end, try !fill() { return nil }
            let b = buffer[pos]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || (recordSeparators && b == 0x1E) {
                pos += 1
            } else {
                return b
            }
        }
    }

    /// Counts lines and columns in `buffer[0..<upTo]` before those bytes are discarded.
    private func account(upTo limit: Int) {
        for i in 0..<limit {
            let b = buffer[i]
            if b == 0x0A {
                linesBefore += 1
                columnBefore = 0
            } else if b & 0xC0 != 0x80 {
                columnBefore += 1
            }
        }
    }

    /// The line and column of the byte at `pos`.
    func location() -> SourceLocation {
        var line = linesBefore
        var column = columnBefore
        for i in 0..<min(pos, end) {
            let b = buffer[i]
            if b == 0x0A {
                line += 1
                column = 0
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line + 1, column: column + 1)
    }
}
