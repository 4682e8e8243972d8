import Foundation
import Testing

/// The texts the release build's profile-guided optimisation trains on
/// (`Sources/FrontlineBench/TrainingTexts.swift`, see the Makefile): none may quote the dev corpora
/// the benchmark measures, or the benchmark would time a build tuned on its own texts.
@Suite struct TrainingTextTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let source = root.appendingPathComponent("Sources/FrontlineBench/TrainingTexts.swift")
    static let dev = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
    /// Words in a row that count as a quotation.
    static let window = 8

    /// The training texts, read from their source file's one-line string literals (escapes undone).
    static func trainingTexts() throws -> [String] {
        let lines = try String(contentsOf: source, encoding: .utf8).split(separator: "\n")
        return lines.compactMap { line -> String? in
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("\""), t.hasSuffix("\",") else { return nil }
            return String(t.dropFirst().dropLast(2)).replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\\\"", with: "\"")
        }
    }

    /// Each run of ``window`` words of `text`, lower-cased, as one string. (Quotation marks and
    /// brackets are no part of a word: a quote that opens or closes on a word, or a bracket, does not
    /// hide the run it is in.)
    static func runs(_ text: String) -> [String] {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || "\"()“”".contains($0) }).map(String.init)
        guard words.count >= window else { return [] }
        return (0...(words.count - window)).map { words[$0..<($0 + window)].joined(separator: " ") }
    }

    /// The dev corpora's texts, from their JSON lines.
    static func devTexts() throws -> [String] {
        var out: [String] = []
        for name in ["lgl.jsonl", "geovirus.jsonl"] {
            let data = try String(contentsOf: dev.appendingPathComponent(name), encoding: .utf8)
            for line in data.split(separator: "\n") {
                if let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let text = object["text"] as? String { out.append(text) }
            }
        }
        return out
    }

    /// Several dozen texts, of a hundred words or more on average, as the training run expects.
    @Test func trainingTextsAreThere() throws {
        let texts = try Self.trainingTexts()
        let words = texts.map { $0.split(separator: " ").count }
        #expect(texts.count >= 40)
        #expect(texts.reduce(0) { $0 + $1.utf8.count } >= 30_000)
        #expect(words.allSatisfy { $0 >= 5 } && words.reduce(0, +) >= 100 * texts.count)
    }

    /// The runs of ``window`` words of `texts` that some text of `corpus` has too.
    static func quotes(_ texts: [String], in corpus: [String]) -> [String] {
        let own = Set(texts.flatMap(runs))
        return corpus.flatMap { runs($0).filter(own.contains) }
    }

    /// No run of eight words of a training text is in a dev text; and a text that quotes ten words
    /// of one is caught, so that the check cannot pass for want of reading them.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: dev.appendingPathComponent("lgl.jsonl").path), "needs ../shared/corpus/dev"))
    func trainingTextsQuoteNoDevText() throws {
        let devTexts = try Self.devTexts()
        #expect(devTexts.count > 800)
        let quoted = Self.quotes(try Self.trainingTexts(), in: devTexts)
        #expect(quoted.isEmpty, "training texts quote the dev corpora: \(quoted.prefix(3))")
        let words = devTexts[0].split(whereSeparator: { $0.isWhitespace }).prefix(10).joined(separator: " ")
        #expect(!Self.quotes(["Officials said on Tuesday that " + words + " and more."], in: devTexts).isEmpty)
    }
}
