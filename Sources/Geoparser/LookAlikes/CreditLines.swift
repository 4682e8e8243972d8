import Gazetteer

extension Geoparser {
    /// Words of a wire story's credit line before "by": "Reporting by Ellen Francis; Editing by
    /// Louise Ireland", "Additional reporting by …", "Writing by …", "Compiled by …".
    static let creditWords: WordSet = ["reporting", "editing", "writing", "compiled", "edited", "written", "translation", "graphics"]

    /// Whether the name from token `first` stands among the people of a credit line: after "by" and
    /// a credit word, with up to three capitalised words of each person between, and "and" or a
    /// comma between people ("Editing by Louise Ireland", "Reporting by Suleiman Al-Khalidi and
    /// Maher Chmaytelli"). A place after "in" is the reporter's place and stays one ("Reporting
    /// by Ellen Francis in Beirut").
    /// (A lower-case word other than "by" or "and", one space before the name, settles it in line,
    /// as it does for most names; the walk back out of line.)
    @inline(__always)
    static func inCreditLine(_ tokens: Tokens, _ first: Int) -> Bool {
        first >= 1 && (tokens[first - 1].capitalized || !tokens[first].spaced || tokens[first - 1].isWord("by") || tokens[first - 1].isWord("and"))
            && creditLineBefore(tokens, first)
    }

    /// ``inCreditLine(_:_:)`` past its first look at the word before.
    @inline(never)
    private static func creditLineBefore(_ tokens: Tokens, _ first: Int) -> Bool {
        // The first word of the person whose words are being read back.
        var start = first
        for _ in 0..<3 {
            // Up to three words of the person: capitalised, or an article joined to one.
            var words = 1
            while start >= 1, words < 3, tokens[start].spaced || tokens[start].gapIs("-"),
                  tokens[start - 1].capitalized || hyphenatedArticle(tokens, start - 1) {
                start -= 1
                words += 1
            }
            let before = start - 1
            guard before >= 1 else { return false }
            if tokens[start].spaced, tokens[before].isWord("by"), !tokens[before].capitalized {
                // (The credit word capitalised, as a credit line opens, or "Additional reporting by":
                // in a sentence, "reported by Esperance resident Michelle Crisp" names the town.)
                let credit = before - 1
                return tokens[before].spaced && creditWords.contains(tokens[credit])
                    && (tokens[credit].capitalized || credit >= 1 && tokens[credit - 1].isWord("additional") && tokens[credit - 1].capitalized)
            }
            // Another person before: "… and Maher Chmaytelli", "…, Tom Perry".
            if tokens[start].spaced, tokens[before].isWord("and"), !tokens[before].capitalized, tokens[before].spaced, tokens[before - 1].capitalized {
                start = before - 1
            } else if tokens[start].gapIs(", "), tokens[before].capitalized {
                start = before
            } else {
                return false
            }
        }
        return false
    }
}
