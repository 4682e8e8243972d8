import Gazetteer

/// A word of the text: letters and digits with inner apostrophes, offsets in Unicode code points.
struct Token {
    /// Code-point offsets, end exclusive.
    var start: Int
    var end: Int
    /// The word as written.
    var text: String
    /// The folded word (`NameFolding.fold`), without spaces.
    var folded: String
    /// What stands between the previous token and this one.
    var gap: String
    /// First letter upper-case, or a script without case (Arabic).
    var capitalized: Bool
    /// Every letter upper-case (acronyms: US, ISIS).
    var allCaps: Bool
    /// First word of a sentence.
    var sentenceStart: Bool
}

/// Splits text into tokens in one pass over its Unicode scalars.
enum Tokenizer {
    static let apostrophes: Set<UInt32> = [0x27, 0x2019, 0x2018, 0x2BC, 0x2BF, 0x2BE, 0x60, 0xB4]

    /// Whether the letters from `k` are an English clitic ending the word: s, ve, re, ll, d, m, t.
    static func isClitic(_ scalars: [Unicode.Scalar], _ k: Int, _ n: Int) -> Bool {
        var end = k
        while end < n && scalars[end].properties.isAlphabetic { end += 1 }
        let clitic = String(String.UnicodeScalarView(scalars[k..<end])).lowercased()
        return ["s", "ve", "re", "ll", "d", "m", "t"].contains(clitic)
    }

    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        scalars.append(contentsOf: text.unicodeScalars)
        var i = 0
        var gapStart = 0
        let n = scalars.count
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            if s.isASCII {
                let v = s.value
                return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            }
            let p = s.properties
            return p.isAlphabetic || p.generalCategory == .decimalNumber || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
        }
        while i < n {
            if !isWordScalar(scalars[i]) {
                i += 1
                continue
            }
            let start = i
            while i < n {
                if isWordScalar(scalars[i]) { i += 1; continue }
                // Inner apostrophe: Ra's, Qa'im (not a quote closing the word, and not an English
                // possessive or contraction: Syria's, There's, I've, don't).
                if apostrophes.contains(scalars[i].value), i + 1 < n, isWordScalar(scalars[i + 1]), i > start, !isClitic(scalars, i + 1, n) {
                    i += 1
                    continue
                }
                break
            }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[start..<i])
            var gap = String.UnicodeScalarView()
            gap.append(contentsOf: scalars[gapStart..<start])
            let text = String(word)
            let gapText = String(gap)
            let first = scalars[start]
            let cased = first.properties.isUppercase || first.properties.isLowercase
            let capitalized = cased ? first.properties.isUppercase : first.properties.isAlphabetic
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            // Acronyms are short; a longer all-capital word is a dateline or headline ("CHARLESTON").
            let allCaps = !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase } && letters.count > 1 && letters.count <= 4
            let previousEndsSentence: Bool = {
                guard let last = out.last else { return true }
                let g = gapText.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\"" && $0 != "“" && $0 != "”" && $0 != "'" && $0 != "’" && $0 != "(" }
                if gapText.contains("\n\n") { return true }
                // "U.S. troops": a period after a one-letter word or an abbreviation does not end a sentence.
                if g.contains(".") && (last.text.count == 1 || ["st", "mt", "ft", "mr", "mrs", "dr", "gen", "col", "lt", "sgt", "no", "vs"].contains(last.folded)) { return false }
                return g.contains(".") || g.contains("!") || g.contains("?") || g.contains(":")
            }()
            out.append(Token(start: start, end: i, text: text, folded: NameFolding.fold(text).replacingOccurrences(of: " ", with: ""),
                             gap: gapText, capitalized: capitalized, allCaps: allCaps, sentenceStart: previousEndsSentence))
            gapStart = i
        }
        return out
    }

    /// Whether two neighbouring tokens can belong to one name: only spaces, one hyphen or an
    /// apostrophe between them, or a period directly after an abbreviation ("U.S.", "St. Louis").
    static func joinable(_ previous: Token, _ next: Token) -> Bool {
        let g = next.gap
        if g == " " || g == "-" || g == "‐" || g == "‑" { return true }
        if g.count <= 3 && g.unicodeScalars.allSatisfy({ $0 == " " || apostrophes.contains($0.value) }) { return true }
        if g == "." || g == ". " && (previous.text.count == 1 || ["St", "Mt", "Ft", "Pt"].contains(previous.text)) { return true }
        return false
    }
}
