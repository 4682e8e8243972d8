extension Tokenizer {
    /// Whether token `k` lies in a line of three words or more written in title case or in
    /// capitals, a headline: no lower-case word of four letters or more on the line ("Syrian Army
    /// Liberates Al-Mayadeen From ISIS", "SDF CAPTURES RAQQA STADIUM"), no parenthesis or
    /// semicolon in it and no full stop at its end (a credit line, "(Reporting by Ellen Francis in
    /// Beirut and Maher Chmaytelli in Baghdad; …)", or a short sentence is no headline). There, a
    /// capitalised word beside a name says nothing of a person's name. Lines end at a line break;
    /// the scan stops at the first lower-case word, so a line of running text costs a few tokens.
    static func inHeadline(_ tokens: Tokens, _ k: Int) -> Bool {
        func lowerCaseWord(_ t: Token) -> Bool {
            !t.capitalized && t.byteEnd - t.byteStart >= 4 && t.base[Int(t.byteStart)] &- 0x61 < 26
        }
        // A gap that no headline has inside it: a parenthesis or a semicolon.
        func breaksHeadline(_ gap: UnsafeBufferPointer<UInt8>) -> Bool {
            gap.contains { $0 == 0x28 || $0 == 0x29 || $0 == 0x3B }
        }
        var words = 0
        var i = k
        while i >= 0 {
            let t = tokens[i]
            if lowerCaseWord(t) { return false }
            words += 1
            if t.startsLine { break }
            if !t.spaced, breaksHeadline(t.gapBytes) { return false }
            i -= 1
        }
        var j = k + 1
        while j < tokens.count, !tokens[j].startsLine {
            let t = tokens[j]
            if lowerCaseWord(t) || !t.spaced && breaksHeadline(t.gapBytes) { return false }
            words += 1
            j += 1
        }
        // (What ends the line: the gap before the next line's first word, up to its line break.)
        if j < tokens.count, let end = tokens[j].gapBytes.firstIndex(of: 0x0A),
           tokens[j].gapBytes[..<end].contains(where: { $0 == 0x2E || $0 == 0x29 || $0 == 0x3B }) { return false }
        return words >= 3
    }
}
