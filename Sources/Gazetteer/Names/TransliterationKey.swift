/// Transliteration keys: one key for the many Latin spellings of an Arabic name.
///
/// Built from the folded name, token by token:
/// 1. Articles are dropped: `al`, `el`, `il`, `ul` and the sun-letter forms `ad`, `ar`, `as`,
///    `ash`, `at`, `az`, `ez`, `ed`, `er`, `es`, `et`, `en`, `an`, `adh`, `ath`; fused forms too
///    (`ezzor` → `zor`, `arraqqa` → `raqqa`).
/// 2. Common heads get one spelling: Deir/Dayr/Der/Dair → `dyr`, Tal/Tel/Tall/Tell → `tl`,
///    Abu/Albu/Abou/Bu → `ab` (also fused: `bukamal` → `ab kamal`), Ras/Ra's → `rs`,
///    Ain/Ayn/Ein/Ayin → `ayn`, Jabal/Jebel/Jabel/Jbel → `jbl`, Wadi/Oued → `wd`.
/// 3. Ta marbuta is dropped at the end of a word: `-ah`, `-eh`, `-a`, `-at`, and a French `-e`.
/// 4. Digraphs and vowels: kh→h, gh→g, dh→z, th→t, sh/ch→s, q→k, ph→f, ou/oo/aw/o→u,
///    ee→i, ay/ai/ei/ey→e→i, aa→a, w→u, y between consonants → i.
/// 5. Doubled letters collapse (`raqqa` → `raka`), and the words are joined.
///
/// `al-Mayadeen`, `Mayadin`, `Al Mayādīn`, `Meyadine` → `miadin`; `Deir ez-Zor`, `Dayr az Zawr`,
/// `Deir al-Zour`, `Der Ezzor` → `dyrzur`; `Abu Kamal`, `Albu Kamal`, `Al-Bukamal` → `abkamal`.
/// Pure function of the folded name; only Latin letters are transformed (other scripts pass through).
public enum TransliterationKey {
    /// Bumped whenever the algorithm changes (it is part of the index fingerprint).
    public static let version = 1

    /// Countries whose place names reach English news romanised from Arabic (ISO alpha-2).
    public static let arabicSpeaking: Set<String> = ["SY", "IQ", "JO", "LB", "PS", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY", "TN", "DZ", "MA", "SD", "MR"]

    /// Countries whose names reach English news in several romanisations, the only ones where a
    /// key match counts: the Arabic-speaking world with Iran, Turkey, Afghanistan, Somalia and
    /// Djibouti ("Hiran" for Hiiraan, "Baydhabo" for Baidoa). Elsewhere keys match unrelated names
    /// ("Tiyas" → Tías, Spain; "Dabiq" → Dubuque, Iowa).
    public static let countries: Set<String> = arabicSpeaking.union(["IR", "TR", "AF", "SO", "DJ"])

    static let articles: Set<Substring> = ["al", "el", "il", "ul", "ad", "ar", "as", "ash", "at", "az", "ez", "ed", "er", "es", "et", "en", "an", "adh", "ath", "l"]
    static let heads: [Substring: String] = [
        "deir": "dyr", "dayr": "dyr", "der": "dyr", "dair": "dyr", "dier": "dyr", "deyr": "dyr",
        "tal": "tl", "tel": "tl", "tall": "tl", "tell": "tl", "til": "tl",
        "abu": "ab", "albu": "ab", "abou": "ab", "abo": "ab", "bu": "ab", "abi": "ab",
        "ras": "rs", "rass": "rs",
        "ain": "ayn", "ayn": "ayn", "ein": "ayn", "ayin": "ayn",
        "jabal": "jbl", "jebel": "jbl", "jabel": "jbl", "jbel": "jbl", "djebel": "jbl",
        "wadi": "wd", "oued": "wd", "wad": "wd",
    ]
    static let sunLetters: Set<UInt8> = Set("tdrzsn".utf8)

    /// The key of an already folded name (see `NameFolding.fold`).
    public static func key(folded: String) -> String {
        var parts: [String] = []
        let tokens = folded.split(separator: " ")
        for (index, token) in tokens.enumerated() {
            // Articles go, unless the article is the whole name's last word (`Sidi Bel Abbes` keeps its words).
            if articles.contains(token) && index < tokens.count - 1 { continue }
            if let head = heads[token] {
                parts.append(head)
                continue
            }
            var t = Array(token.utf8)
            guard t.allSatisfy({ $0 < 0x80 }) else {
                parts.append(String(token))
                continue
            }
            // Fused sun-letter article: a/e + doubled sun letter (ezzor, arraqqa, ashsham).
            if t.count >= 5, t[0] == UInt8(ascii: "a") || t[0] == UInt8(ascii: "e"), sunLetters.contains(t[1]), t[2] == t[1] {
                t.removeFirst(2)
            } else if t.count >= 6, t[0] == UInt8(ascii: "a"), t[1] == UInt8(ascii: "s"), t[2] == UInt8(ascii: "h"), t[3] == UInt8(ascii: "s"), t[4] == UInt8(ascii: "h") {
                t.removeFirst(3)
            }
            // Fused heads: abukamal, bukamal, albukamal → ab + kamal.
            for prefix in ["albu", "abu", "bu"] where t.count >= prefix.utf8.count + 4 && t.starts(with: prefix.utf8) {
                parts.append("ab")
                t.removeFirst(prefix.utf8.count)
                break
            }
            parts.append(skeleton(t))
        }
        return parts.joined()
    }

    /// Convenience: fold, then key.
    public static func key(_ name: String) -> String { key(folded: NameFolding.fold(name)) }

    /// Ta marbuta, digraphs, vowel classes and doubled letters of one Latin token.
    static func skeleton(_ token: [UInt8]) -> String {
        var t = token
        // Ta marbuta / final vowel.
        if t.count > 3 {
            if t.last == UInt8(ascii: "h") && (t[t.count - 2] == UInt8(ascii: "a") || t[t.count - 2] == UInt8(ascii: "e")) { t.removeLast(2) }
            else if t.last == UInt8(ascii: "t") && t[t.count - 2] == UInt8(ascii: "a") && t.count > 4 { t.removeLast(2) }
            else if t.last == UInt8(ascii: "a") || t.last == UInt8(ascii: "e") { t.removeLast() }
        }
        var out: [UInt8] = []
        out.reserveCapacity(t.count)
        var i = 0
        func at(_ k: Int) -> UInt8 { k < t.count ? t[k] : 0 }
        while i < t.count {
            let c = t[i], n = at(i + 1)
            var emit: UInt8 = c
            var step = 1
            switch (c, n) {
            case (UInt8(ascii: "k"), UInt8(ascii: "h")): emit = UInt8(ascii: "h"); step = 2
            case (UInt8(ascii: "g"), UInt8(ascii: "h")): emit = UInt8(ascii: "g"); step = 2
            case (UInt8(ascii: "d"), UInt8(ascii: "h")): emit = UInt8(ascii: "z"); step = 2
            case (UInt8(ascii: "t"), UInt8(ascii: "h")): emit = UInt8(ascii: "t"); step = 2
            case (UInt8(ascii: "s"), UInt8(ascii: "h")), (UInt8(ascii: "c"), UInt8(ascii: "h")): emit = UInt8(ascii: "s"); step = 2
            case (UInt8(ascii: "p"), UInt8(ascii: "h")): emit = UInt8(ascii: "f"); step = 2
            case (UInt8(ascii: "o"), UInt8(ascii: "u")), (UInt8(ascii: "o"), UInt8(ascii: "o")), (UInt8(ascii: "a"), UInt8(ascii: "w")): emit = UInt8(ascii: "u"); step = 2
            case (UInt8(ascii: "e"), UInt8(ascii: "e")): emit = UInt8(ascii: "i"); step = 2
            case (UInt8(ascii: "a"), UInt8(ascii: "y")), (UInt8(ascii: "a"), UInt8(ascii: "i")), (UInt8(ascii: "e"), UInt8(ascii: "i")), (UInt8(ascii: "e"), UInt8(ascii: "y")):
                emit = UInt8(ascii: "i"); step = 2
            case (UInt8(ascii: "q"), _): emit = UInt8(ascii: "k")
            case (UInt8(ascii: "o"), _), (UInt8(ascii: "w"), _): emit = UInt8(ascii: "u")
            case (UInt8(ascii: "e"), _): emit = UInt8(ascii: "i")
            case (UInt8(ascii: "y"), _) where i > 0: emit = UInt8(ascii: "i")
            default: break
            }
            if out.last != emit { out.append(emit) }
            i += step
        }
        return String(decoding: out, as: UTF8.self)
    }
}
