import Gazetteer

extension Geoparser {
    /// Lower-case words for towns before "of" that say the names after them are towns: "the
    /// village of …", "the towns of …, … and …".
    static let townNounsBeforeOf = townWords.union(["hamlet", "hamlets"])

    /// The names a town phrase gives that the gazetteer knows nothing of, from token `i` on: "the
    /// village of Qabr al-Hamra", "the villages of al-Sukkariya, al-Ghabra and Tal al-Sheikh".
    /// Each is the first and last token of a name, in order; the first starts at `i`. Empty when
    /// `i` follows no such phrase, or starts a name the gazetteer has whole (the candidate finder
    /// reads those; a name it knows only the head of is one it lacks: "Tal al-Sheikh" is no
    /// "Tal"), or its words are English words, which a town's name of a language the gazetteer
    /// lacks rarely is ("the city of Light").
    ///
    /// A name is a capitalised word, or an Arabic article joined by a hyphen to one, and the
    /// capitalised words and particles joined to it, up to a list's comma, "and" or "or". After a
    /// plural ("the villages of"), the list's later names the gazetteer lacks are names too; one it
    /// has is left to the candidate finder.
    func unknownTownNames(_ tokens: Tokens, at i: Int) -> [(first: Int, last: Int)] {
        // (Most words follow no "of": told before any word set is probed.)
        guard i >= 2, tokens[i - 1].isWord("of"), tokens[i - 1].spaced, tokens[i].spaced, tokens[i - 2].spaced,
              !tokens[i - 2].capitalized, Self.townNounsBeforeOf.contains(tokens[i - 2]),
              let first = unknownName(tokens, at: i) else { return [] }
        // Only a plural opens a list.
        guard tokens[i - 2].bytes.last == UInt8(ascii: "s") else { return [first] }
        return [first] + laterUnknownNames(tokens, after: first.last)
    }

    /// The names the gazetteer lacks among a town phrase's later names, after the name that ends
    /// at token `end` (see ``unknownTownNames(_:at:)``).
    private func laterUnknownNames(_ tokens: Tokens, after end: Int) -> [(first: Int, last: Int)] {
        var names: [(first: Int, last: Int)] = []
        var end = end
        for _ in 0..<8 {
            guard let item = Self.nextListItem(tokens, after: end) else { break }
            let joined = Self.isListJoin(tokens, end + 1) || Self.isListJoin(tokens, item - 1)
            if let name = unknownName(tokens, at: item) {
                names.append(name)
                end = name.last
            } else {
                // (A name the gazetteer has is read by the candidate finder; the list goes on after it.)
                guard let (match, _) = knownName(tokens, at: item) else { break }
                end = match
            }
            if joined { break }
        }
        return names
    }

    /// The candidate for a town the gazetteer lacks that starts at token `i` (see
    /// ``unknownTownNames(_:at:)``), where no gazetteer name starts: the first of a phrase's names,
    /// whose later names go to `pending` (first token → last), or nil.
    /// (Out of line, as ``pendingTown(_:at:pending:)``: the candidate finder's loop stays as small
    /// as it was.)
    @inline(never)
    func unknownTown(_ tokens: Tokens, at i: Int, pending: inout [Int: Int]) -> Candidate? {
        let names = unknownTownNames(tokens, at: i)
        guard let first = names.first else { return nil }
        for later in names.dropFirst() { pending[later.first] = later.last }
        return townCandidate(tokens, first)
    }

    /// After a plural town phrase's first name, one the gazetteer has ("the towns of Hajin, al-Hari
    /// and Gharanij", the name at tokens `first...last`): its later names the gazetteer lacks go to
    /// `pending`, as for a list whose first name it lacks.
    @inline(never)
    func laterUnknownTowns(_ tokens: Tokens, first: Int, last: Int, pending: inout [Int: Int]) {
        let of = first >= 1 && Self.hyphenatedArticle(tokens, first - 1) ? first - 2 : first - 1
        guard of >= 1, tokens[of].isWord("of"), tokens[of].spaced, !tokens[of - 1].capitalized, Self.townNounsBeforeOf.contains(tokens[of - 1]),
              tokens[of - 1].bytes.last == UInt8(ascii: "s") else { return }
        for later in laterUnknownNames(tokens, after: last) { pending[later.first] = later.last }
    }

    /// The candidate for a later name of such a list (``unknownTown(_:at:pending:)``) when it
    /// starts at token `i`, taken out of `pending`; nil for any other token.
    @inline(never)
    func pendingTown(_ tokens: Tokens, at i: Int, pending: inout [Int: Int]) -> Candidate? {
        guard let last = pending.removeValue(forKey: i) else { return nil }
        return townCandidate(tokens, (i, last))
    }

    /// A candidate for the town named at tokens `name`, with no gazetteer candidates: a mention
    /// with no place.
    private func townCandidate(_ tokens: Tokens, _ name: (first: Int, last: Int)) -> Candidate {
        Candidate(first: name.first, last: name.last, text: Self.span(tokens, name.first, name.last), hint: .city, role: .place)
    }

    /// English words among ``Lexicon/nameParticles`` that join a known name's words ("Isle of
    /// Man", "Stratford upon Avon") but would run an unknown one into the next.
    static let englishLinkWords: WordSet = ["of", "the", "and", "on", "upon"]

    /// The first and last token of a name the gazetteer lacks that starts at token `k` (see
    /// ``unknownTownNames(_:at:)``), or nil.
    private func unknownName(_ tokens: Tokens, at k: Int) -> (first: Int, last: Int)? {
        guard k < tokens.count, canStartName(tokens, k) else { return nil }
        // The name's words: joined, capitalised or particles, up to a list's "and" or "or", and not
        // across an English "of" or "the" ("the village of Kaldakhuara of the Gudauta district" is
        // Kaldakhuara, in the district).
        var end = k
        while end - k + 1 < Self.maxNameTokens, canExtend(tokens, end), !Self.isListJoin(tokens, end + 1),
              !Self.englishLinkWords.contains(tokens[end + 1]) { end += 1 }
        // (A name never ends with a particle: "Tal al" of "Tal al-" cut short is not one.)
        while end > k, !tokens[end].capitalized { end -= 1 }
        // Not one the gazetteer has whole.
        if let (match, _) = knownName(tokens, at: k), match >= end { return nil }
        // At least one capitalised word no English word, function word, month or organisation's
        // word, and no acronym.
        var own = false
        for t in k...end where tokens[t].capitalized {
            if tokens[t].allCaps || lexicon.organisationHeads.contains(tokens[t]) || lexicon.calendarWords.contains(tokens[t])
                || lexicon.functionWords.contains(tokens[t]) { return nil }
            if !lexicon.englishWords.contains(tokens[t]) { own = true }
        }
        return own ? (k, end) : nil
    }

    /// The longest gazetteer name that starts at token `k` (``longestMatch(_:from:)``), if one can.
    private func knownName(_ tokens: Tokens, at k: Int) -> (Int, shortKey: Bool)? {
        canStartName(tokens, k) ? longestMatch(tokens, from: k) : nil
    }
}
