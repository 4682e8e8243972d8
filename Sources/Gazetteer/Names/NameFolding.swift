import Foundation
import GeoCore

/// Unicode folding of place names: case, diacritics, apostrophes and hyphens.
///
/// `Al-Mayādīn`, `al Mayadin`, `AL MAYADIN` and `Al‘Mayadin` all fold to `al mayadin`. Arabic
/// script is normalised too (alef forms, ta marbuta → ha, alef maqsura → ya, tatweel and
/// harakat removed), so `الميادين` and `المَيادين` fold alike. Pure function.
public enum NameFolding {
    /// The folded form of `name`: lower case, no diacritics or apostrophes, punctuation as single
    /// spaces, trimmed.
    public static func fold(_ name: String) -> String {
        foldASCII(name) ?? unicodeFolds.value(name) { foldUnicode($0) }
    }

    /// A folded name that starts with the Arabic article written `al` or `el` before a sun letter,
    /// with the article as GeoNames romanises it, assimilated (`al rai` → `ar rai`, `al shaddadi` →
    /// `ash shaddadi`); nil for any other name. News writes "al-Rai", GeoNames "Ar Rā‘ī".
    public static func assimilatedArticle(_ folded: String) -> String? {
        let b = Array(folded.utf8)
        guard b.count >= 5, b[0] == UInt8(ascii: "a") || b[0] == UInt8(ascii: "e"), b[1] == UInt8(ascii: "l"), b[2] == 0x20 else { return nil }
        let rest = b[3...]
        let first = rest[rest.startIndex], second = rest[rest.startIndex + 1]
        let h = UInt8(ascii: "h")
        let article: String
        switch first {
        case UInt8(ascii: "s"): article = second == h ? "ash" : "as"
        case UInt8(ascii: "t"): article = second == h ? "ath" : "at"
        case UInt8(ascii: "d"): article = second == h ? "adh" : "ad"
        case UInt8(ascii: "r"): article = "ar"
        case UInt8(ascii: "z"): article = "az"
        case UInt8(ascii: "n"): article = "an"
        default: return nil
        }
        return article + " " + String(decoding: rest, as: UTF8.self)
    }

    /// Folded forms of names that needed the Unicode path, kept across calls: its decomposition
    /// costs thousands of instructions, and news repeats its non-ASCII words (and its mis-encoded
    /// ones, "â€™").
    private static let unicodeFolds = ShardedCache<String, String>(shardLimit: 2048)

    /// The general path: compatibility decomposition, lower case, marks dropped, special letters mapped.
    private static func foldUnicode(_ name: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(name.utf8.count)
        let decomposed = name.decomposedStringWithCompatibilityMapping.lowercased()
        for scalar in decomposed.unicodeScalars {
            if scalar.isASCII {
                appendASCII(UInt8(scalar.value), to: &out)
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark, .format:
                continue
            default:
                break
            }
            if let mapped = special[scalar.value] {
                out.append(contentsOf: mapped.utf8)
            } else if apostrophes.contains(scalar.value) {
                continue
            } else if scalar.properties.isWhitespace || dashes.contains(scalar.value) || scalar.properties.generalCategory == .otherPunctuation {
                appendSpace(to: &out)
            } else {
                out.append(contentsOf: String(Character(scalar)).utf8)
            }
        }
        return finish(out)
    }

    /// The folded form of a name that is ASCII, or ASCII but for curly or modifier-letter
    /// apostrophes (‘ ’ ʼ ʾ ʿ: "O’Connor", "Sheriff’s"), which folding drops and which neither
    /// decompose nor change case; nil for any other non-ASCII text, which takes the Unicode path.
    /// Byte by byte, in one pass.
    private static func foldASCII(_ name: String) -> String? {
        var foldable = true
        // (Written straight into the string's storage, which is never longer than the name: no
        // array of bytes grown and copied.)
        let folded = String(unsafeUninitializedCapacity: name.utf8.count) { out in
            var n = 0
            // One space between words, none first.
            func space() {
                if n > 0 && out[n - 1] != 0x20 { out[n] = 0x20; n += 1 }
            }
            var it = name.utf8.makeIterator()
            while let b = it.next() {
                if b < 0x80 {
                    switch b {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): out[n] = b | 0x20; n += 1
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out[n] = b; n += 1
                    case UInt8(ascii: "'"), UInt8(ascii: "`"): break
                    default: space()
                    }
                    continue
                }
                switch b {
                case 0xE2:      // U+2018, U+2019: E2 80 98, E2 80 99
                    guard it.next() == 0x80, let c = it.next(), c == 0x98 || c == 0x99 else { foldable = false; return 0 }
                case 0xCA:      // U+02BC, U+02BE, U+02BF: CA BC, CA BE, CA BF
                    guard let c = it.next(), c == 0xBC || c == 0xBE || c == 0xBF else { foldable = false; return 0 }
                default:
                    foldable = false
                    return 0
                }
            }
            while n > 0 && out[n - 1] == 0x20 { n -= 1 }
            return n
        }
        return foldable ? folded : nil
    }

    @inline(__always)
    private static func appendASCII(_ b: UInt8, to out: inout [UInt8]) {
        switch b {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(b | 0x20)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out.append(b)
        case UInt8(ascii: "'"), UInt8(ascii: "`"): break
        default: appendSpace(to: &out)
        }
    }

    @inline(__always)
    private static func appendSpace(to out: inout [UInt8]) {
        if let last = out.last, last != 0x20 { out.append(0x20) }
    }

    private static func finish(_ bytes: [UInt8]) -> String {
        var end = bytes.count
        while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// A name written with hyphens (-, ‐ U+2010 or ‑ U+2011), folded with the hyphenated parts
    /// joined ("Pétion-Ville" → "petionville", as GeoNames writes "Pétionville"); nil for a name
    /// with no hyphen between letters. The gazetteer asks it of a query that matches nothing as
    /// written, and the geoparser of a run of words that does not.
    public static func hyphensJoined(_ name: String) -> String? {
        func isHyphen(_ u: Unicode.Scalar) -> Bool { u == "-" || u == "\u{2010}" || u == "\u{2011}" }
        guard name.unicodeScalars.contains(where: isHyphen) else { return nil }
        var joined = ""
        joined.unicodeScalars.reserveCapacity(name.unicodeScalars.count)
        var previous: Unicode.Scalar?
        let scalars = Array(name.unicodeScalars)
        var changed = false
        for (k, u) in scalars.enumerated() {
            // (Only a hyphen between two letters: "Port-au-Prince", not "- Kabul" or "T-4".)
            if isHyphen(u), let p = previous, p.properties.isAlphabetic, k + 1 < scalars.count, scalars[k + 1].properties.isAlphabetic {
                changed = true
                continue
            }
            joined.unicodeScalars.append(u)
            previous = u
        }
        return changed ? fold(joined) : nil
    }

    /// ʿ ʾ ‘ ’ ʼ ´ ʻ ′ and friends: dropped, so `Tall ‘Afar` = `Tall Afar`.
    private static let apostrophes: Set<UInt32> = [0x2BF, 0x2BE, 0x2018, 0x2019, 0x2BC, 0xB4, 0x2BB, 0x2032, 0x60, 0x2035, 0x02C8, 0x055A]
    private static let dashes: Set<UInt32> = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x00B7, 0x30FB, 0x060C, 0x061B]

    /// Letters that do not decompose but have a conventional Latin or normalised form.
    private static let special: [UInt32: String] = [
        0xDF: "ss", 0xE6: "ae", 0xF8: "o", 0x111: "d", 0x142: "l", 0x131: "i", 0xFE: "th", 0x153: "oe", 0xF0: "d",
        0x127: "h", 0x1E0B: "d",
        // Arabic: alef with hamza/madda/wasla → alef; ta marbuta → ha; alef maqsura → ya; tatweel removed;
        // Persian kaf/yeh → Arabic forms.
        0x623: "\u{627}", 0x625: "\u{627}", 0x622: "\u{627}", 0x671: "\u{627}", 0x629: "\u{647}", 0x649: "\u{64A}",
        0x640: "", 0x6A9: "\u{643}", 0x6CC: "\u{64A}", 0x624: "\u{648}", 0x626: "\u{64A}",
    ]
}
