import Gazetteer

extension Geoparser {
    /// Where the next name of a list starts after a name that ends at token `k`: after ", ",
    /// " and ", ", and ", " or " or ", or "; nil when no list goes on there. (The plural kind
    /// words and the towns far from the rest of their list read lists alike.)
    static func nextListItem(_ tokens: Tokens, after k: Int) -> Int? {
        let j = k + 1
        guard j < tokens.count else { return nil }
        let comma = joinsByComma(tokens[j])
        guard isListJoin(tokens, j) else { return comma ? j : nil }
        guard tokens[j].spaced || comma, j + 1 < tokens.count, tokens[j + 1].spaced else { return nil }
        return j + 1
    }

    /// Whether token `k` is a lower-case "and" or "or".
    static func isListJoin(_ tokens: Tokens, _ k: Int) -> Bool {
        !tokens[k].capitalized && (tokens[k].isWord("and") || tokens[k].isWord("or"))
    }

    /// Whether a comma and one space stand before a token.
    static func joinsByComma(_ t: Token) -> Bool {
        let g = t.gapBytes
        return g.count == 2 && g[0] == 0x2C && g[1] == 0x20
    }
}
