import ArgumentParser
import Dispatch
import Foundation
import GeoJSONCoding
import GeoCore
import Geoparser

extension GeoparseCommand {
    /// Streams JSON Lines: reads a block of lines, geoparses them on `jobs` threads, writes the
    /// results in input order, and moves on, so memory stays bounded by the block.
    func runBatch(_ parser: Geoparser) throws {
        let reader: BatchLineReader
        do { reader = try BatchLineReader(path: file) } catch { throw InputFailure("\(FeatureInput.displayName(file)): \(error)") }
        let blockSize = max(64, jobs * 16)
        var lineNumber = 0
        var failures = 0
        let options = self.options
        while true {
            var block: [(line: Int, bytes: Data)] = []
            while block.count < blockSize, let line = try reader.next() {
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                block.append((lineNumber, line))
            }
            if block.isEmpty { break }
            let work = block
            let results = Locked<[Int: Result<String, InputFailure>]>([:])
            DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                var k = worker
                while k < work.count {
                    let (line, bytes) = work[k]
                    let outcome: Result<String, InputFailure>
                    do {
                        let (id, text) = try Self.document(bytes, line: line)
                        let r = parser.parse(text, options: options)
                        outcome = .success(JSONOutput.line(.object(JSONObject([("id", id), ("mentions", Self.mentionsJSON(r))]))))
                    } catch let f as InputFailure {
                        outcome = .failure(f)
                    } catch {
                        outcome = .failure(InputFailure("line \(line): \(error)"))
                    }
                    results.withLock { $0[k] = outcome }
                    k += jobs
                }
            }
            var out = ""
            let collected = results.withLock { $0 }
            for k in 0..<block.count {
                switch collected[k] {
                case .success(let s)?: out += s
                case .failure(let f)?:
                    failures += 1
                    FileHandleOutput.standardError("frontline: \(FeatureInput.displayName(file)): \(f.message)\n")
                case nil: break
                }
            }
            FileHandleOutput.standardOutput(out)
        }
        if failures > 0 {
            FileHandleOutput.standardError("frontline: \(failures) malformed line\(failures == 1 ? "" : "s") skipped\n")
            throw ExitCode(1)
        }
    }

    /// The id and text of one JSON Lines document.
    static func document(_ bytes: Data, line: Int) throws -> (JSONValue, String) {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw InputFailure("line \(line): not valid UTF-8") }
        let object: JSONObject
        do {
            guard case .object(let o) = try GeoJSONDecoding.decodeValue(Array(text.utf8)) else {
                throw InputFailure("line \(line): expected a JSON object with \"id\" and \"text\"")
            }
            object = o
        } catch let f as InputFailure {
            throw f
        } catch {
            throw InputFailure("line \(line): not a JSON object (\(Self.shortReason(error)))")
        }
        guard case .string(let body)? = object["text"] else { throw InputFailure("line \(line): no \"text\" string member") }
        try checkLength(body.utf8.count, at: "line \(line)")
        return (object["id"] ?? .null, body)
    }

    static func shortReason(_ error: any Error) -> String {
        if case GeoJSONError.malformed(let loc, _, let reason) = error { return "column \(loc.column): \(reason)" }
        return "\(error)"
    }
}

/// Reads lines from a file or standard input in bounded memory.
final class BatchLineReader {
    private let handle: FileHandle
    private var buffer = Data()
    /// Where the unread part of `buffer` starts (lines are sliced, not copied out of the buffer).
    private var position = 0
    private var eof = false

    init(path: String) throws {
        handle = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    }

    func next() throws -> Data? {
        while true {
            let start = buffer.startIndex + position
            // memchr over the bytes: Data's element-wise search checks exclusivity per byte.
            let found: Int? = buffer.withUnsafeBytes { raw in
                guard position < raw.count, let base = raw.baseAddress,
                      let hit = memchr(base + position, 0x0A, raw.count - position) else { return nil }
                return buffer.startIndex + (UnsafeRawPointer(hit) - base)
            }
            if let nl = found {
                let line = Data(buffer[start..<nl])
                position = nl + 1 - buffer.startIndex
                return line
            }
            if eof {
                guard start < buffer.endIndex else { return nil }
                defer { position = buffer.count }
                return Data(buffer[start...])
            }
            // Keep only the unread tail, then read more.
            buffer = Data(buffer[start...])
            position = 0
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { eof = true } else { buffer.append(chunk) }
        }
    }
}
