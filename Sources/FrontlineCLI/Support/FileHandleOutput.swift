#if canImport(Glibc)
import Glibc
#endif

/// Writes text to the standard streams without buffering surprises.
enum FileHandleOutput {
    /// Writes to standard error.
    static func standardError(_ text: String) {
        write(2, text)
    }

    /// Writes to standard output.
    static func standardOutput(_ text: String) {
        write(1, text)
    }

    private static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { return }
            offset += n
        }
        bytes.removeAll()
    }
}
