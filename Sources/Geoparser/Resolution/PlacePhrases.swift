import Gazetteer

extension Geoparser {
    /// Whether a name is written with a hyphenated Arabic article ("al-Mashhad"), as part of the
    /// mention or of the name found.
    static func writtenWithArabicArticle(_ tokens: Tokens, _ c: Candidate) -> Bool {
        c.article != nil || c.first + 1 < tokens.count && tokens[c.first + 1].gapFirstByte == 0x2D && hyphenatedArticle(tokens, c.first)
    }

    /// Whether "border with" or "borders with" (or "frontier with", perhaps with "the" after it) stands right
    /// before token `first`, in lower case, or is the start of a list the name ends: "the border with
    /// Iraq", "its borders with Syria and Jordan".
    static func saysBorderWith(_ tokens: Tokens, before first: Int) -> Bool {
        guard first >= 2, tokens[first].spaced else { return false }
        var k = first - 1
        if tokens[k].isWord("the"), !tokens[k].capitalized, k >= 2, tokens[k].spaced { k -= 1 }
        // (The second of a pair: "borders with Iraq and Jordan".)
        if tokens[k].isWord("and"), k >= 3 {
            var j = k - 1
            while j > k - 5, j >= 2, tokens[j].capitalized { j -= 1 }
            guard j < k - 1 else { return false }
            k = j
        }
        guard tokens[k].isWord("with"), !tokens[k].capitalized, tokens[k].spaced else { return false }
        // (Or "border areas with Turkey".)
        let w = k >= 2 && areaNouns.contains(tokens[k - 1]) && borderWords.contains(tokens[k - 2]) ? tokens[k - 2] : tokens[k - 1]
        return !w.capitalized && (borderWords.contains(w) || w.isWord("borders") || w.isWord("frontiers"))
    }

    /// Whether "near" or "close to" (and perhaps "the") stands right before token `first`, in
    /// lower case: "near Raqqa", "close to the Euphrates"; or "Near" opening a sentence, a line or a
    /// dateline: "Near Abu Kamal, two strikes", "- Near Raqqah, nine strikes", "NEAR FALLUJAH, Iraq".
    static func saysNear(_ tokens: Tokens, before first: Int) -> Bool {
        guard first >= 1, tokens[first].spaced else { return false }
        var k = first - 1
        // (Across "the city of": "near the city of Deir ez-Zor".)
        if k >= 3, tokens[k].isWord("of"), Self.kindNounsBeforeOf.contains(tokens[k - 1]), tokens[k - 2].isWord("the"), tokens[k].spaced, tokens[k - 1].spaced {
            k -= 2
        }
        if tokens[k].isWord("the"), !tokens[k].capitalized, k >= 1, tokens[k].spaced { k -= 1 }
        guard !tokens[k].capitalized else {
            return tokens[k].isWord("near") && (tokens[k].allCaps || tokens[k].startsLine || Tokenizer.startsSentence(tokens, k))
        }
        // (And "within 50 kilometres of Baghdad".)
        return tokens[k].isWord("near") || tokens[k].isWord("to") && k >= 1 && tokens[k].spaced && tokens[k - 1].isWord("close")
            || tokens[k].isWord("of") && k >= 3 && Self.distanceUnits.contains(tokens[k - 1]) && tokens[k - 2].isNumber(digits: 4) && tokens[k - 3].isWord("within")
    }

    /// Whether "outside", "opposite", "across from" or "across the river from" stands right before
    /// token `first`: a town's surroundings ("a position outside Manbij", "the border town opposite
    /// Albu Kamal"), told for towns only ("fighters from outside Syria" are from elsewhere).
    static func saysBesideTown(_ tokens: Tokens, before first: Int) -> Bool {
        guard first >= 2, tokens[first].spaced, !tokens[first - 1].capitalized else { return false }
        let k = first - 1
        if tokens[k].isWord("outside") || tokens[k].isWord("opposite") { return !(k >= 1 && tokens[k - 1].isWord("from")) }
        guard tokens[k].isWord("from") else { return false }
        if tokens[k - 1].isWord("across") { return true }
        return k >= 3 && tokens[k - 1].isWord("river") && tokens[k - 2].isWord("the") && tokens[k - 3].isWord("across")
    }

    /// Units of a distance in kilometres or miles: "30 km south of", "some 20 miles north-east of"
    /// (``bearingPhraseWords``), "within 50 kilometres of" (``distanceUnits``).
    static let kilometreAndMileUnits: WordSet = ["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile"]

    /// Units of a distance: "within 50 kilometres of", "within 500 metres of".
    static let distanceUnits: WordSet = kilometreAndMileUnits.union(["metres", "meters"])

    /// Whether a capitalised head of a street's, square's, park's, gate's or bridge's name
    /// (``Lexicon/urbanFeatureHeads``) follows a name, one space after it: "Haifa Street".
    static func namesUrbanFeature(_ tokens: Tokens, _ c: Candidate) -> Bool {
        c.last + 1 < tokens.count && tokens[c.last + 1].spaced && tokens[c.last + 1].capitalized && Lexicon.urbanFeatureHeads.contains(tokens[c.last + 1])
    }

    static func endsInLandform(_ tokens: Tokens, _ c: Candidate) -> Bool {
        c.last > c.first && landformEnds.contains(tokens[c.last])
    }

    /// Whether a mention says it is a lake, mountain or wadi by its first word: a word before the
    /// name ("Lake Tana", "Mount Sinjar"), or "Lake" first in a name the gazetteer has whole ("Lake
    /// Albert"; not "Mount", which starts as many towns' names as mountains').
    static func namesFeature(_ tokens: Tokens, _ c: Candidate) -> Bool {
        c.featurePrefix != nil || c.last > c.first && tokens[c.first].isWord("lake")
    }
}
