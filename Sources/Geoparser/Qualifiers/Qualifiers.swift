import Gazetteer

extension Geoparser {
    /// Whether a name is one of a hyphenated pair before a border word: "Syria" and "Iraq" in "the
    /// Syria-Iraq border", "Yemen" and "Saudi Arabia" in "the Yemen–Saudi Arabia frontier".
    static func nameOfBorderPair(_ tokens: Tokens, _ c: Candidate) -> Bool {
        // (Inlined, as attachQualifier's tests are: asked of every name.)
        @inline(__always) func dash(_ k: Int) -> Bool { k < tokens.count && !tokens[k].spaced && Tokenizer.isHyphen(tokens[k].gapBytes, enDash: true) }
        @inline(__always) func borderWord(_ k: Int) -> Bool { k < tokens.count && tokens[k].spaced && borderWords.contains(tokens[k]) }
        // The first of the pair: a dash, up to three capitalised words, the border word; or the
        // first of a chain of up to three more ("the Syria-Iraq-Jordan border").
        if dash(c.last + 1), tokens[c.last + 1].capitalized {
            var k = c.last + 1
            for _ in 0..<3 {
                let start = k
                k += 1
                while k < tokens.count, k <= start + 2, tokens[k].spaced, tokens[k].capitalized { k += 1 }
                guard dash(k), tokens[k].capitalized else { break }
            }
            if borderWord(k) { return true }
        }
        // The second: a capitalised word and a dash before it, the border word after it.
        return c.first >= 1 && dash(c.first) && tokens[c.first - 1].capitalized && borderWord(c.last + 1)
    }

    /// Whether a gap is an apostrophe and one space: a possessive after a word ending in s
    /// ("the Euphrates' eastern bank").
    static func isTrailingApostrophe(_ g: UnsafeBufferPointer<UInt8>) -> Bool {
        // ' (1 byte) or ’ (E2 80 99), then a space.
        (g.count == 2 && g[0] == 0x27 && g[1] == 0x20) || (g.count == 4 && g[0] == 0xE2 && g[1] == 0x80 && g[2] == 0x99 && g[3] == 0x20)
    }

    /// Nouns for a side of a place that are a part of a town or an area and lie beside a river
    /// (see ``Candidate/sideStart``): "the eastern side of Mosul", "the southern outskirts of
    /// Damascus", "the western coast of Yemen".
    static let sideNouns: WordSet = ["side", "edge", "outskirts", "coast"]

    /// The direction a word ending at token `k` says, of one word or two joined by a hyphen
    /// ("north-western" is two tokens), or nil.
    /// (Inlined: asked of the words before every name, where a call cost more than the test.)
    @inline(__always)
    func direction(_ tokens: Tokens, endingAt k: Int) -> String? {
        // (Most words are no part of a direction: told by key, with no text built.)
        guard k >= 0, lexicon.directionWords.contains(tokens[k]) else { return nil }
        if k >= 1, tokens[k].gapIs("-"), let d = lexicon.directions["\(tokens[k - 1].folded)-\(tokens[k].folded)"] { return d }
        return lexicon.directions[tokens[k].folded]
    }

    /// Qualifiers before the name ("western Iraq", "the western part of Iraq", "border areas of
    /// Iraq") and relations ("east of the Euphrates", "the eastern bank of the Euphrates").
    func attachQualifier(_ tokens: Tokens, _ c: Candidate) {
        if tokens[c.first].uncased, attachArabicDirection(tokens, c) { return }
        let f = c.article ?? c.first
        // (Inlined: asked some ten times a name, a call each cost more than the test.)
        @inline(__always) func word(_ k: Int, _ w: StaticString) -> Bool { k >= 0 && tokens[k].isWord(w) }
        @inline(__always) func word(_ k: Int, in set: WordSet) -> Bool { k >= 0 && set.contains(tokens[k]) }
        @inline(__always) func direction(_ k: Int) -> String? { self.direction(tokens, endingAt: k) }
        @inline(__always) func directionStart(_ k: Int) -> Int { k >= 1 && tokens[k].gapIs("-") && lexicon.directionWords.contains(tokens[k]) && lexicon.directions["\(tokens[k - 1].folded)-\(tokens[k].folded)"] != nil ? k - 1 : k }
        // After the name, a possessive and a bare direction: "Syria's north-east", "Iraq's west".
        // The possessive is "'s", or an apostrophe alone after a name ending in s ("the Euphrates'
        // eastern bank"); `p` is its last token.
        let l = c.last
        let p: Int
        if l + 1 < tokens.count, tokens[l + 1].isWord("s"), Tokenizer.isPossessive(tokens[l + 1]) {
            p = l + 1
        } else if l + 1 < tokens.count, tokens[l].bytes.last == UInt8(ascii: "s"), Self.isTrailingApostrophe(tokens[l + 1].gapBytes) {
            p = l
        } else {
            p = -1
        }
        // (A word for how far or what ground may stand between: "Syria's far northeast",
        // "Afghanistan's rural north".)
        let q = p >= 0 && p + 2 < tokens.count && tokens[p + 2].spaced && !tokens[p + 1].capitalized
            && (Self.extentWords.contains(tokens[p + 1]) || Self.groundWords.contains(tokens[p + 1])) ? p + 1 : p
        if p >= 0, q + 1 < tokens.count, p == l || tokens[p + 1].spaced,
           !tokens[q + 1].capitalized, !tokens[q + 1].folded.hasSuffix("ern") {
            let hyphenated = q + 2 < tokens.count && tokens[q + 2].gapIs("-") ? lexicon.directions["\(tokens[q + 1].folded)-\(tokens[q + 2].folded)"] : nil
            let end = hyphenated == nil ? q + 1 : q + 2
            // Only where the phrase ends: in "Syria's northwest province of Idlib" the direction is Idlib's.
            let phraseEnds = end + 1 >= tokens.count || !tokens[end + 1].spaced || tokens[end + 1].capitalized
                || (lexicon.functionWords.contains(tokens[end + 1]) && !tokens[end + 1].isWord("of"))
            if phraseEnds, let d = hyphenated ?? lexicon.directions[tokens[q + 1].folded], d != "central" {
                c.qualifier = d
                c.qualifierLast = end
                return
            }
        }
        // A possessive, a direction adjective and a word for part of a country: "Iraq's western
        // desert", "Syria's eastern provinces" (not "Syria's northern city of Manbij": a kind of
        // place is a place of its own).
        // (A bare direction before a bank too: "the Euphrates' west bank".)
        let bank = p >= 0 && p + 2 < tokens.count && (tokens[p + 2].isWord("bank") || tokens[p + 2].isWord("banks"))
        if p >= 0, p + 2 < tokens.count, p == l || tokens[p + 1].spaced,
           !tokens[p + 1].capitalized, tokens[p + 1].folded.hasSuffix("ern") || tokens[p + 1].isWord("central") || bank,
           let d = lexicon.directions[tokens[p + 1].folded], tokens[p + 2].spaced, Self.partNouns.contains(tokens[p + 2]),
           p + 3 >= tokens.count || !tokens[p + 3].isWord("of") {
            // (A bank lies beside a river: "the Euphrates' eastern bank" is a relation. Outskirts, an
            // edge or a coast are a part of a town or an area, told once it is resolved: "Hawija's
            // western outskirts", "Omdurman's western edge" (see ``Candidate/sideLast``).)
            if bank || Self.sideNouns.contains(tokens[p + 2]) {
                c.relation = d
                if !bank { c.sideLast = p + 2 }
                return
            }
            c.qualifier = d
            c.qualifierLast = p + 2
            return
        }
        // "the Syria-Iraq border", "the Yemen–Saudi Arabia frontier": both names' border areas.
        if Self.nameOfBorderPair(tokens, c) {
            c.qualifier = "border"
            return
        }
        // "the Iran border", "the Lebanon frontier": a country's border areas.
        if f >= 1, tokens[f - 1].isWord("the"), Self.borderWordFollows(tokens, c.last), c.role == .place,
           gazetteer.topCandidate(c.text)?.place.kind == .country {
            c.qualifier = "border"
            return
        }
        // Skip an article between "of" and the name, and a modifier after it: "the northern part of
        // the occupied Golan", "the east of the rebel-held Idlib" (a word of ``groundWords`` or
        // ``holderWords`` alone, or such a compound).
        var k = f - 1
        if k >= 1, tokens[f].spaced, !tokens[k].capitalized {
            let alone = tokens[k].spaced && Self.holderWords.contains(tokens[k]) ? k : nil
            if let m = Self.partModifierStart(tokens, endingAt: k) ?? alone, word(m - 1, "the") { k = m - 1 }
        }
        // (Not a "The" that opens a sentence: "… west of the capital. The Haditha Dam" is no
        // relation of the dam.)
        if word(k, "the"), !tokens[k].capitalized || tokens[k].spaced { k -= 1 }
        // Directly before: "western Iraq" (adjective forms only; "North Korea" is a name).
        // A bare direction in lower case reads as one too: "north-west Syria", "east Aleppo".
        // Only within one phrase: not "… to the north. Yemen's government …".
        // A capitalised bare direction before a major place the gazetteer knows no name of both
        // with is one too: "West Mosul", "East Aleppo", "North Syria" ("North Korea", "South
        // Sudan" and "West Bank" are names, found whole; a small place keeps the word apart, as a
        // direction would otherwise make a stray word look said to be a place).
        // (Hyphenated too: "North-east Syria", "South-West Syria".)
        // (Where a direction before the name would start, worked out once; read only for f ≥ 1.)
        let dStart = f >= 1 ? directionStart(f - 1) : f
        // (A four-letter direction in capitals reads as an acronym, except before a name in capitals:
        // a headline's "WEST MOSUL".)
        let capitalBareOfMajor = tokens[f].spaced && f >= 1 && tokens[dStart].capitalized && (!tokens[dStart].allCaps || Self.isUpperCaseWord(tokens[f]))
            // (The direction asked before the suffix, which folds the word into a new string.)
            && direction(f - 1) != nil && !tokens[f - 1].folded.hasSuffix("ern") && c.role == .place
            && gazetteer.topCandidate(c.text).map { Self.isMajor($0.place) && $0.match == .alias } == true
        // (Two such words, spaced, are one diagonal: "South West England", "North East Syria".)
        if capitalBareOfMajor, f >= 2, tokens[f - 1].spaced, tokens[f - 2].capitalized, !tokens[f - 2].allCaps,
           tokens[f - 2].isWord("north") || tokens[f - 2].isWord("south"), tokens[f - 1].isWord("east") || tokens[f - 1].isWord("west"),
           let d = lexicon.directions[tokens[f - 2].folded + tokens[f - 1].folded] {
            c.qualifier = d
            c.qualifierCapitalised = true
            c.qualifierFirst = f - 2
            return
        }
        // (Two such words in lower case, spaced, are one diagonal too: "north eastern Syria", "north
        // east Syria".)
        if tokens[f].spaced, f >= 2, tokens[f - 1].spaced, !tokens[f - 1].capitalized, direction(f - 1) != nil,
           !tokens[f - 2].capitalized || Tokenizer.startsSentence(tokens, f - 2), tokens[f - 2].isWord("north") || tokens[f - 2].isWord("south"),
           let d = lexicon.directions["\(tokens[f - 2].folded)-\(tokens[f - 1].folded)"] {
            c.qualifier = d
            c.qualifierFirst = f - 2
            return
        }
        // (Not after a possessive: "Syria's northwestern Idlib province", "Iraq's western Anbar" say
        // where the province lies in the country, not which part of it.)
        if tokens[f].spaced, let d = direction(f - 1), !(dStart >= 2 && tokens[dStart].spaced && Tokenizer.isPossessiveS(tokens, dStart - 1)),
           tokens[f - 1].folded.hasSuffix("ern") || d == "central" || !tokens[dStart].capitalized || capitalBareOfMajor,
           !tokens[f - 1].capitalized || Tokenizer.startsSentence(tokens, f - 1) || c.role == .place {
            // (A capitalised adjective mid-sentence too, the gazetteer knowing no name of both: "in
            // Eastern Homs", as some agencies write it; "Eastern Ghouta" and "Northern Ireland" are
            // names and never reach here.)
            if !(tokens[f - 1].capitalized && !Tokenizer.startsSentence(tokens, f - 1)) || tokens[f - 1].folded.hasSuffix("ern") && !tokens[f - 1].allCaps
                || capitalBareOfMajor {
                c.qualifier = d
                c.qualifierCapitalised = capitalBareOfMajor
                c.qualifierFirst = dStart
                return
            }
        }
        // "eastern rural Deir ez-Zor", as SANA and Fars write it: the countryside's east.
        if tokens[f].spaced, word(f - 1, "rural"), tokens[f - 1].spaced, let d = direction(f - 2), tokens[f - 2].folded.hasSuffix("ern") {
            c.qualifier = d
            c.qualifierFirst = directionStart(f - 2)
            return
        }
        // "north of the town of al-Mayadeen": the kind phrase between is skipped.
        if word(k, "of"), word(k - 1, in: Self.kindNounsBeforeOf),
           word(k - 2, "the"), word(k - 3, "of") {
            k -= 3
        }
        // So is "the capital" before the capital's name: "120 km east of the capital, Sanaa",
        // "north of the capital Mogadishu".
        else if word(k, "capital"), tokens[k + 1].spaced || tokens[k + 1].gapIs(", "), word(k - 1, "the"), word(k - 2, "of") {
            k -= 2
        }
        // "border areas" ending at token `b`.
        func borderAreas(endingAt b: Int) -> Bool {
            word(b, in: Self.areaNouns) && word(b - 1, in: Self.borderWords)
        }
        // A border word alone: "the border between Syria and Iraq", "the borders of Jordan and Iraq".
        func borderPhrase(endingAt b: Int) -> Bool {
            borderAreas(endingAt: b) || word(b, in: Self.borderWords) || word(b, "borders")
        }
        // "border areas between Iraq and Syria": both names' border areas.
        if word(k, "between"), borderPhrase(endingAt: k - 1) {
            c.qualifier = "border"
            c.qualifierFirst = borderAreas(endingAt: k - 1) ? k - 2 : k - 1
            return
        }
        if word(f - 1, "and") {
            var b = f - 2
            while b > f - 8, b >= 3, !word(b, "between") { b -= 1 }
            if b >= 2, word(b, "between"), borderPhrase(endingAt: b - 1) {
                c.qualifier = "border"
                return
            }
            // "the border areas of Syria and Iraq": the second name's too (a name of up to four
            // words between "of" and "and").
            b = f - 2
            // (A word after a hyphenated article is capitalised: the article is the one case to add.)
            while b > f - 6, b >= 2, tokens[b].capitalized || Self.hyphenatedArticle(tokens, b) { b -= 1 }
            if b < f - 2, b >= 2, word(b, "of"), borderPhrase(endingAt: b - 1) || word(b - 1, "the") && borderAreas(endingAt: b - 2) {
                c.qualifier = "border"
                return
            }
        }
        // A name and a possessive between "of" and this name: "the far south-east of Syria's Deir
        // ez-Zor province" is the province's south-east (and the first name's qualifier is none).
        // (The mention stays the name's own words: the first name is a mention of its own.)
        var overName = false
        defer {
            if overName {
                c.qualifierFirst = nil
                if c.sideStart != nil { c.sideStart = c.article ?? c.first }
            }
        }
        if !word(k, "of"), f >= 3, Tokenizer.isPossessiveS(tokens, f - 1), tokens[f].spaced {
            var b = f - 2
            while b > f - 5, b >= 1, tokens[b].capitalized || Self.hyphenatedArticle(tokens, b) { b -= 1 }
            if b < f - 2, word(b, "of") {
                k = b
                overName = true
            }
        }
        guard word(k, "of") else { return }
        if c.last + 2 < tokens.count, Tokenizer.isPossessiveS(tokens, c.last + 1), tokens[c.last + 2].spaced, tokens[c.last + 2].capitalized,
           !lexicon.calendarWords.contains(tokens[c.last + 2]) { return }
        let of = k
        // "(in) the east of X": the eastern part, a qualifier; "east of (the) X", "to the east of X":
        // outside it, a relation.
        if let d = direction(of - 1), !tokens[of - 1].folded.hasSuffix("ern") {
            var dStart = directionStart(of - 1)
            // "the far west of Anbar", "the extreme north of Syria".
            if word(dStart - 1, in: Self.extentWords) { dStart -= 1 }
            // "the mountainous north of Iraq", "the rebel-held north of Syria", "the
            // Turkish-controlled north of Aleppo province": a word for the part's ground or its
            // holder, between the article and the direction.
            else if let m = Self.partModifierStart(tokens, endingAt: dStart - 1) { dStart = m }
            // "the north and west of Iraq": both parts of it (the mention keeps the last).
            if word(dStart - 1, "and"), direction(dStart - 2) != nil, !tokens[dStart - 2].folded.hasSuffix("ern"),
               word(directionStart(dStart - 2) - 1, "the") {
                dStart = directionStart(dStart - 2)
            }
            // ("to the north of X" is outside it, unless people are moved there: "fled to the north
            // of Idlib governorate", "transferred to the north of Syria".)
            if word(dStart - 1, "the"), !word(dStart - 2, "to") || word(dStart - 3, in: Self.motionVerbs) {
                c.qualifier = d
                c.qualifierFirst = dStart - 1
            } else {
                c.relation = d
            }
            return
        }
        // "the centre of Mosul", "the heart of Raqqa": its central part (the mention starts at the
        // noun, as "western part of Iraq" does).
        if of >= 2, word(of - 2, "the"), !tokens[of - 1].capitalized,
           word(of - 1, "centre") || word(of - 1, "center") || word(of - 1, "heart") {
            c.qualifier = "central"
            c.qualifierFirst = of - 1
            return
        }
        // "(the) western part(s)/region/areas of (the) X": qualifier; "bank/side/shore/outskirts": relation.
        // (One province is the name itself: "the northern province of Saada" is Saada province, which
        // lies in the north, as "Syria's northern city of Manbij" is Manbij.)
        let noun = of >= 1 ? tokens[of - 1].folded : ""
        // "the left bank of the Euphrates": a side told by the river's flow, once it is resolved.
        if word(of - 2, "left") || word(of - 2, "right"), ["bank", "banks", "coast", "shore"].contains(noun) {
            c.leftBank = word(of - 2, "left")
            return
        }
        if let d = direction(of - 2) {
            // (Not a list the plural names as areas of its kind: in "the south-western provinces of
            // Daraa and Quneitra" the provinces lie in the south-west, Daraa is no part of itself.)
            if c.hint == .admin1 && (noun == "provinces" || noun == "governorates" || noun == "regions") { return }
            if ["part", "parts", "region", "regions", "area", "areas", "half", "portion", "corner", "tip", "reaches", "provinces", "countryside",
                "districts", "suburbs", "neighbourhoods", "neighborhoods", "quarters", "sector", "sectors", "desert"].contains(noun) {
                c.qualifier = d
                c.qualifierFirst = directionStart(of - 2)
            } else if ["bank", "banks", "side", "shore", "outskirts", "edge", "coast", "flank", "border"].contains(noun) {
                c.relation = d
                // (A side, an edge, the outskirts or a coast of a town or an area are a part of it, told
                // once it is resolved: "the eastern side of Mosul", "the western edge of Deir Ezzor
                // city", "the southern outskirts of Damascus", "the western coast of Yemen"; of a river,
                // a bank. A bank stays a relation: "the eastern bank of the Zherebets River" names a
                // river the gazetteer lacks, and its town is no part of it.)
                if Self.sideNouns.contains(tokens[of - 1]) { c.sideStart = directionStart(of - 2) }
            }
            return
        }
        if borderAreas(endingAt: of - 1) {
            c.qualifier = "border"
            c.qualifierFirst = of - 2
            return
        }
        // "near the borders of Jordan and Iraq": the country's borders (the plural: "the border of"
        // a province may be a line the text draws elsewhere).
        if word(of - 1, "borders") {
            c.qualifier = "border"
            c.qualifierFirst = of - 1
            return
        }
        // (Two comparisons: a list of the two was built at every call.)
        if noun == "outskirts" || noun == "vicinity" { c.relation = "near" }
    }
}
