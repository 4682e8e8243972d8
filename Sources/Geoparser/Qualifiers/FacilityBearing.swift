import Gazetteer

extension Geoparser {
    /// Nouns for a post or a base that stands at a place: "the US outpost at al-Tanf", "the
    /// Russian base at Hmeimim".
    static let postNouns: WordSet = [
        "outpost", "base", "airbase", "garrison", "camp", "post", "positions", "position", "headquarters", "checkpoint", "airport", "airfield",
    ]

    /// A bearing from a post at a place is a bearing from the place: in "400 km north-east of the US
    /// outpost at al-Tanf" and "east of the Russian base at Hmeimim" the relation is al-Tanf's and
    /// Hmeimim's, not the United States'. The direction and the first token of the words between it
    /// and the name ("the US outpost at"), or nil.
    func bearingAcrossPost(_ tokens: Tokens, _ c: Candidate) -> (relation: String, from: Int)? {
        let f = c.article ?? c.first
        guard f >= 6, tokens[f].spaced, tokens[f - 1].spaced, !tokens[f - 1].capitalized,
              tokens[f - 1].isWord("at") || tokens[f - 1].isWord("in") || tokens[f - 1].isWord("near"),
              tokens[f - 2].spaced, !tokens[f - 2].capitalized, Self.postNouns.contains(tokens[f - 2]) else { return nil }
        // Up to three words of the post's owner between the article and the noun ("US", "Russian",
        // "US-led coalition"), with no punctuation between them.
        var k = f - 3
        while k > f - 7, k >= 3, !tokens[k].isWord("the") {
            guard tokens[k].spaced || Tokenizer.isHyphen(tokens[k].gapBytes) else { return nil }
            k -= 1
        }
        guard tokens[k].isWord("the"), tokens[k].spaced, tokens[k - 1].isWord("of"), tokens[k - 1].spaced else { return nil }
        // (A bearing, not an adjective: "north-east of", not "eastern".)
        guard let d = direction(tokens, endingAt: k - 2), !tokens[k - 2].folded.hasSuffix("ern") else { return nil }
        return (d, k)
    }
}
