import Gazetteer

extension Geoparser {
    /// The last token and place id of an abbreviation starting at `i` ("W.Va." is W . Va .).
    func abbreviation(_ tokens: Tokens, text: String, at i: Int) -> (Int, String)? {
        // Every abbreviation has a period right after its first word ("W.", "Calif.", "U."): most
        // capitalised words do not, and need no lookup.
        if i + 1 < tokens.count, tokens[i + 1].gapFirstByte != 0x2E { return nil }
        guard lexicon.abbreviationStarts.contains(tokens[i]) else { return nil }
        for n in stride(from: 3, through: 1, by: -1) where i + n <= tokens.count {
            // (The gaps and the period after are read in their bytes, and the key is built only for
            // words that have them: most runs tried, "U.S. troops" of "U.S.", have not.)
            guard ((i + 1)..<(i + n)).allSatisfy({ tokens[$0].gapIs(".") || tokens[$0].gapIs(". ") }),
                  tokens[i + n - 1].end - tokens[i + n - 1].start <= 5 else { continue }
            // The abbreviation's own final period: the next token's gap starts with it, or the text ends with it.
            // (After the last word, the byte after it: a text may end "N.Y.\n".)
            let end = tokens[i + n - 1]
            let periodAfter = i + n < tokens.count ? tokens[i + n].gapFirstByte == 0x2E
                : Int(end.byteEnd) < text.utf8.count && end.base[Int(end.byteEnd)] == 0x2E
            guard periodAfter else { continue }
            var key = tokens[i].text
            for k in (i + 1)..<(i + n) { key += "." + tokens[k].text }
            if let id = lexicon.abbreviations[key + "."] { return (i + n - 1, id) }
        }
        return nil
    }

    /// A name starts at a capitalised word, a non-Latin word, or an article/particle before one.
    /// (In line: it is asked of every word before a capitalised one, and most are no article, told
    /// by their length or the next word's flag; an article is looked up out of line.)
    @inline(__always)
    func canStartName(_ tokens: Tokens, _ i: Int) -> Bool {
        // (Not a possessive's "S" in capitals: "IRAQ'S WAR IN" names nothing from "S".)
        if tokens[i].capitalized { return !Tokenizer.isPossessiveS(tokens, i) }
        // Arabic articles: hyphenated ("al-Mayadeen", "as-Sukhnah"), or al/el before a capitalised word ("al Qaim").
        guard tokens[i].end - tokens[i].start <= 3, i + 1 < tokens.count, tokens[i + 1].capitalized else { return false }
        // (Before a spaced word only "al" and "el" start one: an ASCII word is told by its two
        // bytes in place, as most short words before a name are, "the", "in", "of".)
        if tokens[i + 1].spaced, tokens[i].ascii {
            let w = tokens[i].bytes
            return w.count == 2 && (w[0] | 0x20 == 0x61 || w[0] | 0x20 == 0x65) && w[1] | 0x20 == 0x6C
        }
        return articleStartsName(tokens, i)
    }

    /// Whether the short lower-case word at token `i`, before a capitalised one, is an Arabic
    /// article that starts a name (see ``canStartName(_:_:)``).
    @inline(never)
    private func articleStartsName(_ tokens: Tokens, _ i: Int) -> Bool {
        // (A spaced word joins no hyphen: told by the flag before the article is looked up.)
        if tokens[i + 1].spaced { return tokens[i].isWord("al") || tokens[i].isWord("el") }
        return Self.hyphenatedArticle(tokens, i)
    }

    /// Whether token `k` is an Arabic article joined by a hyphen to a capitalised word ("al-Raqqa",
    /// "as-Sukhnah"): where a name starts, where a name found without its article begins in the
    /// text, and what makes a word before it part of a person's name ("Haider al-Abadi").
    /// (In line, the flag first: it is asked of most names' neighbours, and most are spaced.)
    @inline(__always)
    static func hyphenatedArticle(_ tokens: Tokens, _ k: Int) -> Bool {
        guard k + 1 < tokens.count, !tokens[k + 1].spaced else { return false }
        let next = tokens[k + 1], gap = next.gapBytes
        return gap.count == 1 && gap[0] == 0x2D && next.capitalized && Lexicon.arabicArticles.contains(tokens[k])
    }

    /// The last token of the longest gazetteer name starting at `i`, and whether only a short
    /// (four-letter) transliteration key matched; nil when no name starts there.
    func longestMatch(_ tokens: Tokens, from i: Int) -> (Int, shortKey: Bool)? {
        // The longest run of joinable words that can be inside a name (capitalised, or particles:
        // "Deir ez-Zor", "Ras al-Ayn").
        var end = i
        while end - i + 1 < Self.maxNameTokens && canExtend(tokens, end) { end += 1 }
        // A name that ends in a kind phrase of lower-case words: "al-Omar oil field".
        // (Not a town word that introduces another name: "the Aleppo town of al-Bab". Nor after a
        // name that ends in a kind word already, in lower case: "the Euphrates River dam" is a dam
        // on the river, named "Euphrates River".)
        // (The phrase is looked for first: most names are followed by none, and the rest is then
        // not asked.)
        let phrase = kindPhraseEnd(tokens, after: end)
        let phraseEnd = phrase == nil || townOfNameFollows(tokens, after: end) || endsInKindWord(tokens, first: i, last: end) ? nil : phrase
        // The key of each run i...k, from its words' keys (on the stack): no text is built unless
        // the run is new.
        // One word alone, the commonest case (a capitalised word at a sentence's start, a surname):
        // its one run asked directly, with no keys laid out.
        if end == i && phraseEnd == nil {
            switch spanMatch(tokens, i, i, key: Tokenizer.spanKey(0, tokens[i].key)) {
            case .alias, .key: return (i, false)
            case .shortKey: return (i, true)
            case .none: return nil
            }
        }
        let reach = phraseEnd ?? end
        // (In line, not in a temporary allocation: a run reaches at most ``maxNameTokens`` words
        // and a kind phrase's two, and the allocation's closure cost some 35 instructions a call.)
        var keys = InlineArray<8, UInt64>(repeating: 0)
        keys[0] = Tokenizer.spanKey(0, tokens[i].key)
        if reach > i {
            for t in (i + 1)...reach {
                // (A possessive "s" joins the word before: the run through it is keyed as that word
                // with "s", "peoples".)
                if t <= end, possessiveInName(tokens, t) {
                    keys[t - i] = Tokenizer.spanKey(t - 1 > i ? keys[t - i - 2] : 0, Tokenizer.keyWithS(tokens[t - 1]))
                } else {
                    keys[t - i] = Tokenizer.spanKey(keys[t - i - 1], tokens[t].key)
                }
            }
        }
        if let phraseEnd {
            let m = spanMatch(tokens, i, phraseEnd, key: keys[phraseEnd - i])
            if m == .alias || m == .key { return (phraseEnd, false) }
        }
        var last = end
        while last >= i {
            // The last word of a name is never a bare particle.
            if last > i && !tokens[last].capitalized && !Self.isDesignationNumber(tokens, last) { last -= 1; continue }
            // Nor a letter whose designation number follows: "The T-4 airbase" is not "The T".
            if last < end && Self.isDesignationNumber(tokens, last + 1) { last -= 1; continue }
            // Nor is a name an Arabic article cut from the words it joins: "al-Washokani", which the
            // gazetteer lacks, is not "Al" (an alternate of Halle, Belgium).
            if last == i && end > i && lexicon.arabicArticles.contains(tokens[i]) { break }
            let m = spanMatch(tokens, i, last, key: keys[last - i])
            // A name that starts with a function word or a month must be one as written ("In Salah"),
            // not by a transliteration key ("In Syria" is not Inchiri; "May Day" is not Madaya).
            // (The word is looked up only for a run matched by a key, which few are; a run that
            // matches nothing goes on to the next shorter one below as well.)
            if last > i, m == .key || m == .shortKey,
               lexicon.functionWords.contains(tokens[i]) || lexicon.calendarWords.contains(tokens[i]) { last -= 1; continue }
            // Nor does a key run a known name into a capitalised English word after it: "Mosul
            // Eye", the monitor, is Mosul's key ("Mosouli") by its letters, but Mosul and "Eye".
            if last > i, m == .key || m == .shortKey, tokens[last].spaced, !tokens[last].allCaps, lexicon.englishWords.contains(tokens[last]),
               spanMatch(tokens, i, last - 1, key: keys[last - 1 - i]) == .alias { last -= 1; continue }
            // Nor does a key make a name of English words in a headline's capitals: "A DAY-BY-DAY
            // GUIDE" names no Dubai.
            if last > i, m == .key || m == .shortKey, (i...last).allSatisfy({ k in
                Self.isUpperCaseWord(tokens[k]) && (lexicon.englishWords.contains(tokens[k]) || lexicon.functionWords.contains(tokens[k]))
            }) { last -= 1; continue }
            switch m {
            case .alias, .key: return (last, false)
            case .shortKey: return (last, true)
            case .none: last -= 1
            }
        }
        return nil
    }

    /// Whether the name from token `i` to `last` is a curated region named by a direction word and
    /// a country's name ("Western Iraq", "Eastern Syria"), where the words after the direction
    /// name the country first. ("Northern Ireland", "North Korea" and "South Sudan" are no curated
    /// regions; "Eastern Ghouta" names no country after its direction.)
    func directionAndCountry(_ tokens: Tokens, _ i: Int, _ last: Int) -> Bool {
        guard lexicon.directions[tokens[i].folded] != nil, tokens[i + 1].spaced,
              let whole = gazetteer.topCandidate(Self.span(tokens, i, last)), whole.place.isCurated, whole.place.kind == .region,
              let rest = gazetteer.topCandidate(Self.span(tokens, i + 1, last)) else { return false }
        return rest.place.kind == .country && rest.match == .alias
    }

    /// Hints that the first places of a name's candidates will soon be read (see
    /// ``Gazetteer/Resolution/prefetch(_:count:)``): the rules below and those of the later passes
    /// read them one by one, and in a stream of texts each is otherwise a cache miss that waits
    /// for the last.
    static func prefetchPlaces(_ ranked: [Resolution]) {
        ranked.withUnsafeBufferPointer { Resolution.prefetch($0, count: prefetchedPlaces) }
    }

    /// How many of a name's candidates ``prefetchPlaces(_:)`` asks for: as many as coherence weighs
    /// (``coherenceCandidates``) and two more, which the focus may lift among them.
    static let prefetchedPlaces = 12

    /// The demonym at token `i`: its last token and its entry. One of two words first ("Sri Lankan",
    /// "South Korean", "South Sudanese" before "Sudanese"), then one of one word ("Syrian"); none
    /// where the words begin a gazetteer name of more words than the demonym's own ("the Syrian
    /// Desert"), nor where a demonym of two words is itself a gazetteer name.
    func demonym(_ tokens: Tokens, at i: Int) -> (last: Int, entry: (id: String, country: String))? {
        if lexicon.demonymFirstWords.contains(tokens[i]), i + 1 < tokens.count, tokens[i + 1].spaced, tokens[i + 1].capitalized,
           let d = lexicon.demonyms[Self.span(tokens, i, i + 1)], !startsLongerName(tokens, i) {
            return (i + 1, d)
        }
        guard lexicon.demonymWords.contains(tokens[i]), let d = lexicon.demonyms[tokens[i].text], !startsLongerName(tokens, i) else { return nil }
        return (i, d)
    }

    /// Whether a gazetteer name of more than one word starts at token `i` ("the Syrian Desert",
    /// "Mount Lebanon").
    func startsLongerName(_ tokens: Tokens, _ i: Int) -> Bool {
        longestMatch(tokens, from: i).map { $0.0 > i } ?? false
    }

    /// How the run of tokens `first...last` (whose key is `key`) matches the gazetteer; cached
    /// across texts by key, so a run seen before costs one probe and no text.
    func spanMatch(_ tokens: Tokens, _ first: Int, _ last: Int, key: UInt64) -> SpanMatch {
        spanMatches.value(key) {
            var f = tokens[first].folded
            if last > first {
                for k in (first + 1)...last {
                    // (A possessive "s" inside a name is part of the word before: "peoples republic".)
                    if !possessiveInName(tokens, k) { f += " " }
                    f += tokens[k].folded
                }
            }
            let m = spanMatch(f)
            // A name that is nothing as written is asked with its hyphenated parts joined, as the
            // gazetteer asks it (``Gazetteer/NameFolding/hyphensJoined(_:)``: "Pétion-Ville" is
            // GeoNames' "Pétionville"), unless a word after a hyphen is an acronym or an English
            // word ("AKS-U", "Tri-State").
            guard m == .none, last > first,
                  !((first + 1)...last).contains(where: { Tokenizer.isHyphen(tokens[$0].gapBytes) && (tokens[$0].allCaps || lexicon.englishWords.contains(tokens[$0])) }),
                  let joined = NameFolding.hyphensJoined(Self.span(tokens, first, last)), !gazetteer.aliasCandidates(folded: joined).isEmpty
            else { return m }
            return .alias
        }
    }

    /// Whether a name reaching token `k` can go on to the next: joined to it, and the next word is
    /// capitalised or a particle.
    /// (In line for a spaced next word, the commonest: one space joins it, and it is neither a
    /// possessive "s" nor a designation number, both of which follow no space; the rest out of line.)
    @inline(__always)
    func canExtend(_ tokens: Tokens, _ k: Int) -> Bool {
        guard k + 1 < tokens.count else { return false }
        if tokens[k + 1].spaced { return tokens[k + 1].capitalized || lexicon.nameParticles.contains(tokens[k + 1]) }
        return canExtendUnspaced(tokens, k)
    }

    /// ``canExtend(_:_:)`` for a next word after a gap other than one space.
    @inline(never)
    func canExtendUnspaced(_ tokens: Tokens, _ k: Int) -> Bool {
        Tokenizer.joinableGap(tokens, after: k)
            && (tokens[k + 1].capitalized || lexicon.nameParticles.contains(tokens[k + 1]) || possessiveInName(tokens, k + 1)
                || Self.isDesignationNumber(tokens, k + 1))
    }

    /// Whether the words after token `k` are a lower-case Romance particle and a capitalised word,
    /// spaced ("Adrar des Ifoghas", "Lula da Silva"): a name ending at `k` goes on.
    static func continuesPastParticle(_ tokens: Tokens, _ k: Int) -> Bool {
        k + 2 < tokens.count && tokens[k + 1].spaced && !tokens[k + 1].capitalized && Lexicon.romanceParticles.contains(tokens[k + 1])
            && tokens[k + 2].spaced && tokens[k + 2].capitalized && !tokens[k + 2].allCaps
    }

    /// Whether token `k` is the number of a letter-and-number designation: up to three digits
    /// after a hyphen and a capital letter alone ("T-4", the Tiyas air base; "K-1", "H-3"). The
    /// run is a name only where the gazetteer has it.
    static func isDesignationNumber(_ tokens: Tokens, _ k: Int) -> Bool {
        guard k >= 1, tokens[k - 1].end - tokens[k - 1].start == 1, tokens[k - 1].capitalized, Tokenizer.isHyphen(tokens[k].gapBytes) else { return false }
        return tokens[k].isNumber(digits: 3)
    }

    /// Whether token `k` is a possessive "s" inside a name: after a capitalised word, before one
    /// joined to it ("People's Republic of China", "Queen Anne's County"). A name's words read it
    /// as part of the word before (``Tokenizer/keyWithS(_:)``); a name never ends with it.
    @inline(__always)
    func possessiveInName(_ tokens: Tokens, _ k: Int) -> Bool {
        // (Most words asked are spaced or longer than one letter: told first, in place.)
        guard k > 0, !tokens[k].spaced, tokens[k].byteEnd - tokens[k].byteStart == 1 else { return false }
        return k + 1 < tokens.count && tokens[k - 1].capitalized && Tokenizer.isPossessiveS(tokens, k)
            && tokens[k + 1].capitalized && Self.joinsNext(tokens, k)
    }

    /// Whether tokens `k` and `k + 1` (which exists) can belong to one name
    /// (``Tokenizer/joinable(_:after:)``, which tells a spaced pair, the commonest, by its flag in line).
    @inline(__always)
    static func joinsNext(_ tokens: Tokens, _ k: Int) -> Bool {
        Tokenizer.joinable(tokens, after: k)
    }

    /// How a folded run of words matches the gazetteer, if at all (cached across texts: the same
    /// words recur in every article).
    func spanMatch(_ f: String) -> SpanMatch {
        if !gazetteer.aliasCandidates(folded: f).isEmpty { return .alias }
        // ("al-Rai" as GeoNames writes it, "Ar Rā‘ī": see `NameFolding.assimilatedArticle`.)
        if let a = NameFolding.assimilatedArticle(f), !gazetteer.aliasCandidates(folded: a).isEmpty { return .alias }
        let key = TransliterationKey.key(folded: f)
        // Keys exist for Arabic (and Persian, Turkish, Pashto) romanisations; elsewhere they match
        // English words and surnames to unrelated towns ("Getting" → Göttingen).
        if key.utf8.count >= 5 && gazetteer.hasKey(key, inCountries: lexicon.romanisedCountries) { return .key }
        // A four-letter key ("Hawija" → huij) is tried only for a place in an Arabic-speaking
        // country and a word that is not English; the mention is kept only if it resolves by that
        // key to such a place and the text's focus is there (short keys match many first names).
        if key.utf8.count == 4, f.utf8.count >= 5, !lexicon.englishWords.contains(f), gazetteer.hasKey(key, inCountries: lexicon.arabicSpeaking) { return .shortKey }
        return .none
    }
}
