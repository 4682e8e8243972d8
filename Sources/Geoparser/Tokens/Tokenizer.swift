import Gazetteer

/// A word of the text: letters and digits with inner apostrophes, offsets in Unicode code points.
///
/// Plain data, with no strings of its own: its text, folded text and the gap before it are read
/// from the text's UTF-8 bytes when asked for, so the many words that start no name cost no
/// string. A token points into the bytes it was cut from and is valid only while they are (see
/// ``Tokenizer/withTokens(_:_:)``).
struct Token {
    /// The text's UTF-8 bytes.
    let base: UnsafePointer<UInt8>
    /// A 64-bit hash of `folded` (``Tokenizer/foldedKey(_:)``): runs of words are looked up by
    /// their tokens' keys, without building their text.
    let key: UInt64
    /// Byte offsets of the word (end exclusive) and of the gap before it (which ends at `byteStart`).
    let byteStart: Int32, byteEnd: Int32, gapStart: Int32
    /// ``start`` and ``end``, kept in 32 bits as the byte offsets are.
    private let startCP: Int32, endCP: Int32
    /// The flags below, a bit each (``Flag``). (Offsets in 32 bits and flags in one byte make a
    /// token 40 bytes, not 56: less to write for every word and to copy for every token passed.)
    /// ``flags`` in the low byte and the marks (``marks``) above them, in the three bytes a token
    /// had left as padding (it stays 40 bytes): marking a token writes the four bytes at once.
    private var bits: UInt32
    private var flags: UInt8 { UInt8(truncatingIfNeeded: bits) }

    /// The bits of ``flags``.
    fileprivate enum Flag {
        static let capitalized: UInt8 = 1, allCaps: UInt8 = 2, ascii: UInt8 = 4, uncased: UInt8 = 8, spaced: UInt8 = 16
        static let marked: UInt8 = 32, ownMarks: UInt8 = 64
    }

    /// A token with its flags as bits (``Flag``): the tokenizer sets them as it finds them.
    fileprivate init(start: Int, end: Int, base: UnsafePointer<UInt8>, byteStart: Int32, byteEnd: Int32, gapStart: Int32, flags: UInt8, key: UInt64) {
        self.base = base
        self.key = key
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.gapStart = gapStart
        startCP = Int32(truncatingIfNeeded: start)
        endCP = Int32(truncatingIfNeeded: end)
        bits = UInt32(flags)
    }

    /// The token of the ASCII word from byte `start` to `end` after a gap from byte `gapStart`,
    /// in a text with `extra` bytes past their code points before it (``Tokenizer``'s scan).
    @inline(__always)
    fileprivate init(base: UnsafePointer<UInt8>, start: Int, end: Int, gapStart: Int, extra: Int, flags: UInt8, key: UInt64) {
        self.init(start: start &- extra, end: end &- extra, base: base, byteStart: Int32(truncatingIfNeeded: start),
                  byteEnd: Int32(truncatingIfNeeded: end), gapStart: Int32(truncatingIfNeeded: gapStart), flags: flags, key: key)
    }

    /// Code-point offsets, end exclusive.
    var start: Int { Int(startCP) }
    var end: Int { Int(endCP) }
    /// First letter upper-case, or a script without case (Arabic).
    var capitalized: Bool { flags & Flag.capitalized != 0 }
    /// Every letter upper-case (acronyms: US, ISIS).
    var allCaps: Bool { flags & Flag.allCaps != 0 }
    /// Only ASCII bytes (its folded form is its lower-case form).
    var ascii: Bool { flags & Flag.ascii != 0 }
    /// Its first letter is of a script without case (Arabic, Hebrew): `capitalized` says nothing
    /// about it, and capitalised neighbours make no person's name.
    var uncased: Bool { flags & Flag.uncased != 0 }
    /// The gap before it is one space.
    var spaced: Bool { flags & Flag.spaced != 0 }
    /// ``marks`` are set (``Tokenizer/withTokens(_:marks:_:)``): a token cut without them has none.
    var marked: Bool { flags & Flag.marked != 0 }
    /// Which marked word sets hold the folded word, a ``WordMark/bit`` each (once ``marked``).
    var marks: UInt32 { flags & Flag.ownMarks != 0 ? bits >> 8 : 0 }
    /// Whether marked set `bit` (a ``WordMark/bit``) holds the folded word (once ``marked``): the
    /// set's bit among the marks, read as the word's own.
    @inline(__always)
    func isInMarkedSet(_ bit: UInt32) -> Bool {
        let need = bit << 8 | UInt32(Flag.ownMarks)
        return bits & need == need
    }

    /// The bits above a token's flags for the marked sets `marks` (24 bits: ``WordMark`` has at
    /// most 24 cases), with ``marked``: as ``MarkTable`` keeps them for each of its words.
    @inline(__always)
    static func markBits(_ marks: UInt32) -> UInt32 {
        marks << 8 | UInt32(Flag.marked)
    }

    /// Sets ``marks`` and ``marked`` of a token cut unmarked, from `markBits` (``markBits(_:)``):
    /// the marks are the word's own when `own`, else the word is in no marked set (``MarkTable``
    /// reads both for every word, and keeps them so rather than choose, which cost a branch a
    /// word). (Or'd into the bits, which hold the flags and no marks yet: nothing to mask off,
    /// and the marks kept as the table holds them, not shifted into place token by token.)
    @inline(__always)
    mutating func mark(_ markBits: UInt32, own: Bool) {
        bits |= markBits | UInt32(own ? Flag.ownMarks : 0)
    }

    /// The word's bytes. (Its offsets are in order as cut: their difference needs no overflow
    /// check, asked for some two million times a pass.)
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base + Int(byteStart), count: Int(byteEnd &- byteStart)) }

    /// The word as written.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The folded word (`NameFolding.fold`), without spaces.
    var folded: String {
        guard ascii else { return Tokenizer.foldWord(text) }
        let word = bytes
        guard word.contains(where: { $0 &- 0x41 < 26 }) else { return text }
        return String(unsafeUninitializedCapacity: word.count) { out in
            for k in 0..<word.count { out[k] = Tokenizer.lowerASCII(word[k]) }
            return word.count
        }
    }

    /// The bytes between the previous token and this one.
    var gapBytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base + Int(gapStart), count: Int(byteStart &- gapStart)) }

    /// Whether it starts a line: a line break in the gap before it.
    var startsLine: Bool { !spaced && gapBytes.contains(0x0A) }

    /// What stands between the previous token and this one.
    var gap: String { spaced ? " " : String(decoding: gapBytes, as: UTF8.self) }

    /// Whether the gap before it is `gap` byte for byte (compared in place, with no string built).
    @inline(__always)
    func gapIs(_ gap: StaticString) -> Bool {
        let g = gapBytes
        guard g.count == gap.utf8CodeUnitCount else { return false }
        let literal = gap.utf8Start
        for k in 0..<g.count where g[k] != literal[k] { return false }
        return true
    }

    /// Whether the gap before it starts with byte `c` (an ASCII punctuation mark).
    @inline(__always)
    func gapStarts(with c: UInt8) -> Bool {
        gapFirstByte == c
    }

    /// The first byte of the gap before it (nil at the start of a text that starts with a word).
    var gapFirstByte: UInt8? {
        spaced ? 0x20 : gapStart < byteStart ? base[Int(gapStart)] : nil
    }

    /// Whether the word is a number of one to `digits` ASCII digits ("24", "8").
    func isNumber(digits: Int) -> Bool {
        let w = bytes
        return !w.isEmpty && w.count <= digits && w.allSatisfy { $0 &- 0x30 < 10 }
    }

    /// Whether the folded word is `word` (lower-case ASCII): told by the token's key, which is
    /// its folded word's (``Tokenizer/foldedKey(_:)``), against the literal's, which the
    /// optimiser works out as a constant (``Tokenizer/key(ofLiteral:)``). Two words share a key
    /// with odds of about one in 2⁶⁴, as for the word sets.
    /// (One comparison: the bytes compared one by one, lower-cased, cost a loop and its branches
    /// for each of some 150 places that ask, and a string for a word outside ASCII.)
    @inline(__always)
    func isWord(_ word: StaticString) -> Bool {
        key == Tokenizer.key(ofLiteral: word)
    }
}

/// Splits text into tokens in one pass over its Unicode scalars.
enum Tokenizer {
    /// Calls `body` with the tokens of `text`, which point into its UTF-8 bytes and must not
    /// outlive the call.
    static func withTokens<R>(_ text: String, _ body: (Tokens) -> R) -> R {
        withBytes(of: text) { bytes in tokens(bytes: bytes).withUnsafeBufferPointer { body(Tokens($0)) } }
    }

    /// ``withTokens(_:_:)`` with each token marked with the marked word sets that hold it
    /// (``Token/marks``), from `marks`.
    static func withTokens<R>(_ text: String, marks: MarkTable, _ body: (Tokens) -> R) -> R {
        withBytes(of: text) { bytes in
            var tokens = tokens(bytes: bytes)
            marks.mark(&tokens)
            return tokens.withUnsafeBufferPointer { body(Tokens($0)) }
        }
    }

    /// Calls `body` with a string's UTF-8 bytes: a native string's read in place; a copy made
    /// mutable for `withUTF8` only for any other (that copy retains and releases the string).
    @inline(__always)
    static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Whether a gap is just an apostrophe (before a clitic: "Syria's").
    static func isPossessive(_ gap: String) -> Bool {
        gap.unicodeScalars.count == 1 && gap.unicodeScalars.first.map { isApostrophe($0.value) } == true
    }

    /// Whether the gap before a token is just an apostrophe (``isPossessive(_:)``), read in its bytes.
    static func isPossessive(_ t: Token) -> Bool {
        let g = t.gapBytes
        // (An apostrophe takes at most three bytes.)
        guard !g.isEmpty, g.count <= 3 else { return false }
        let (u, length) = scalar(g, 0)
        return length == g.count && isApostrophe(u.value)
    }

    /// Whether token `k` is the "s" of a possessive, cut from the word before it by one apostrophe
    /// ("People's", "Queen Anne’s"): read in its bytes. (In line, where asked: a spaced token,
    /// most of them, is told by its flag with no call.)
    @inline(__always)
    static func isPossessiveS(_ tokens: Tokens, _ k: Int) -> Bool {
        k > 0 && !tokens[k].spaced && isUnspacedPossessiveS(tokens[k])
    }

    /// ``isPossessiveS(_:_:)`` for a token with no one space before it.
    private static func isUnspacedPossessiveS(_ t: Token) -> Bool {
        t.byteEnd - t.byteStart == 1 && t.base[Int(t.byteStart)] | 0x20 == 0x73 && isPossessive(t)
    }

    /// Whether the gap before a token starts with an apostrophe: a possessive before it ("Syria's",
    /// "Flores' honor").
    static func gapStartsWithApostrophe(_ t: Token) -> Bool {
        let g = t.gapBytes
        guard !g.isEmpty else { return false }
        return isApostrophe(scalar(g, 0).0.value)
    }

    /// The key (``Token/key``) of a word with "s" added to its folded form: a possessive read as
    /// one word ("People's" as "peoples", as ``NameFolding`` folds the name).
    static func keyWithS(_ t: Token) -> UInt64 {
        guard t.ascii else { return foldedKey(t.folded + "s") }
        let w = t.bytes
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: w.count + 1) { out in
            for k in 0..<w.count { out[k] = lowerASCII(w[k]) }
            out[w.count] = 0x73
            return key(of: UnsafeBufferPointer(out))
        }
    }

    /// Whether a scalar is an apostrophe: ' ` ’ ‘ ʼ ʿ ʾ ´ (a switch: no set to hash).
    @inline(__always)
    static func isApostrophe(_ v: UInt32) -> Bool {
        switch v {
        case 0x27, 0x60, 0x2019, 0x2018, 0x2BC, 0x2BF, 0x2BE, 0xB4: return true
        default: return false
        }
    }

    /// Decodes the scalar at byte `i`; returns it and its length in bytes.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let c = b[i]
        if c < 0x80 { return (Unicode.Scalar(c), 1) }
        var length = 1
        var value: UInt32
        if c & 0xE0 == 0xC0 { length = 2; value = UInt32(c & 0x1F) }
        else if c & 0xF0 == 0xE0 { length = 3; value = UInt32(c & 0x0F) }
        else { length = 4; value = UInt32(c & 0x07) }
        for k in 1..<length where i + k < b.count { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", min(length, b.count - i))
    }

    /// A word folded as a token folds it (``Token/folded``): `NameFolding.fold` without spaces.
    static func foldWord(_ word: String) -> String {
        var f = NameFolding.fold(word)
        f.removeAll { $0 == " " }
        return f
    }

    /// An ASCII byte lower-cased (other bytes unchanged).
    @inline(__always)
    static func lowerASCII(_ c: UInt8) -> UInt8 {
        c &- 0x41 < 26 ? c | 0x20 : c
    }

    /// Whether an ASCII byte is a letter or digit.
    @inline(__always)
    static func isWordASCII(_ c: UInt8) -> Bool {
        c &- 0x61 < 26 || c &- 0x41 < 26 || c &- 0x30 < 10
    }

    /// Whether a scalar is a letter, digit or mark: part of a word.
    @inline(__always)
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        isWord(s, propertiesInLine: false)
    }

    /// ``isWord(_:)`` with its property lookups in line, for the scan's gap loop. (With the call
    /// there, the scan's loop had its registers allocated worse: some four instructions a word
    /// more.)
    @inline(__always)
    static func isWordInLine(_ s: Unicode.Scalar) -> Bool {
        isWord(s, propertiesInLine: true)
    }

    /// ``isWord(_:)``, its Unicode property lookups in line or out of line (``hasWordProperties(_:)``).
    @inline(__always)
    private static func isWord(_ s: Unicode.Scalar, propertiesInLine: Bool) -> Bool {
        let v = s.value
        if v < 0x80 { return isWordASCII(UInt8(v)) }
        // General Punctuation (curly quotes, dashes, ellipsis, spaces): common in news, never a
        // letter, digit or mark; no property lookup.
        if v >= 0x2000 && v <= 0x206F { return false }
        return propertiesInLine ? wordProperties(s) : hasWordProperties(s)
    }

    /// ``isWord(_:)`` for a scalar past ASCII, by its Unicode properties. (Out of line: a property
    /// lookup in line made its caller fetch the standard library's type metadata and make room for
    /// it on the stack on every call, whether or not a scalar was looked up.)
    @inline(never)
    static func hasWordProperties(_ s: Unicode.Scalar) -> Bool {
        wordProperties(s)
    }

    /// Whether a scalar's Unicode properties make it part of a word: a letter, a decimal digit or
    /// a mark.
    @inline(__always)
    private static func wordProperties(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .decimalNumber || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    /// Whether a scalar is alphabetic, and whether it is upper-case (its properties, out of line
    /// as ``hasWordProperties(_:)`` is).
    @inline(never)
    static func letterCase(_ s: Unicode.Scalar) -> (alphabetic: Bool, upper: Bool) {
        let p = s.properties
        return (p.isAlphabetic, p.isUppercase)
    }

    /// The flags (``Token/Flag``) a word takes from its first scalar, one past ASCII: capitalised
    /// if upper-case, or capitalised and uncased if a letter of a script without case (out of line
    /// as ``hasWordProperties(_:)`` is).
    @inline(never)
    static func firstScalarFlags(_ first: Unicode.Scalar) -> UInt8 {
        let p = first.properties
        let cased = p.isUppercase || p.isLowercase
        guard cased ? p.isUppercase : p.isAlphabetic else { return 0 }
        return cased ? Token.Flag.capitalized : Token.Flag.capitalized | Token.Flag.uncased
    }

    /// Bits of a byte's class in ``asciiClasses``.
    static let lowerBit: UInt16 = 0x100, upperBit: UInt16 = 0x200, digitBit: UInt16 = 0x400
    static let letterBits = lowerBit | upperBit

    /// Each byte's class (a lower-case ASCII letter, an upper-case one, an ASCII digit, or 0 for
    /// every other byte, non-ASCII ones included): one load tells a word's byte from a gap's. The
    /// low byte holds the flag a word that starts with the byte takes (``Token/Flag``): an
    /// upper-case letter's is `capitalized`. (Set so, a word's first flag costs one `or`.)
    static let asciiClasses: [UInt16] = (0..<256).map { (c: Int) -> UInt16 in
        switch c {
        case 0x61...0x7A: return lowerBit
        case 0x41...0x5A: return upperBit | UInt16(Token.Flag.capitalized)
        case 0x30...0x39: return digitBit
        default: return 0
        }
    }

    /// The top bit of each of a word's eight bytes.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Which of eight bytes (a little-endian word) end a word (no ASCII letter or digit), and
    /// which are ASCII letters in either case: the top bit of each such byte set. Told apart up
    /// to the first stop: what a byte of 0x80 or more (a stop) carries into the bytes after it
    /// makes no difference, as the word ends at it.
    @inline(__always)
    static func wordLanes(_ x: UInt64) -> (stops: UInt64, letters: UInt64) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // Each byte within lo...hi. (An ASCII byte plus at most 0x50 carries into no other; a carry
        // goes only to the byte after. So the bytes need no masking to seven bits first.)
        @inline(__always) func within(_ v: UInt64, _ lo: UInt64, _ hi: UInt64) -> UInt64 {
            (v &+ (0x80 - lo) &* ones) & ~(v &+ (0x7F - hi) &* ones)
        }
        // A letter in either case is a lower-case one with bit 5 set.
        let letter = within(x | 0x2020_2020_2020_2020, 0x61, 0x7A)
        return ((~(letter | within(x, 0x30, 0x39)) | x) & highBits, letter)
    }

    /// The bytes from `i` to the end of `b` (fewer than eight) as a little-endian word, zeros after.
    static func tailWord(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> UInt64 {
        var x: UInt64 = 0
        for k in i..<b.count { x |= UInt64(b[k]) << UInt64(truncatingIfNeeded: 8 &* (k &- i)) }
        return x
    }

    /// The tokens of a text's UTF-8 bytes, which they point into (see ``withTokens(_:_:)``); none
    /// for a text longer than ``Geoparser/maxTextBytes`` bytes.
    static func tokens(bytes b: UnsafeBufferPointer<UInt8>) -> [Token] {
        // (Offsets are kept in 32 bits: a text of 2 GB or more is not one article.)
        guard let base = b.baseAddress, b.count <= Geoparser.maxTextBytes else { return [] }
        // (The table read through a pointer: no bounds check or lazy-initialisation check a byte.)
        return asciiClasses.withUnsafeBufferPointer { classes in
            guard let classes = classes.baseAddress else { return [] }
            return tokens(b, base: base, classes: classes)
        }
    }

    /// ``tokens(bytes:)`` with the text's first byte and the class table (``asciiClasses``) at hand.
    private static func tokens(_ b: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, classes: UnsafePointer<UInt16>) -> [Token] {
        // Written straight into an array made for a word in every four bytes and more (English
        // news has one in five or six): an append's checks cost some forty instructions a word. A
        // text of shorter words is cut again into an array made for the most words a text can
        // hold: one in every two bytes, as each but the last has a byte after it that ends it.
        var cut: Int?
        let tokens = [Token](unsafeUninitializedCapacity: b.count / 4 + 16) { buffer, count in
            cut = scan(base, count: b.count, classes: classes, into: buffer)
            count = cut ?? 0
        }
        if cut != nil { return tokens }
        return [Token](unsafeUninitializedCapacity: b.count / 2 + 1) { buffer, count in
            count = scan(base, count: b.count, classes: classes, into: buffer) ?? 0
        }
    }

    /// Cuts the text's bytes into tokens, written in order into `out`; answers how many, or nil
    /// when `out` has no room for them all. (Written in place, with the place of the next token in
    /// a local: through a closure, the count was stored to memory for every token.)
    private static func scan(_ base: UnsafePointer<UInt8>, count n: Int, classes: UnsafePointer<UInt16>, into out: UnsafeMutableBufferPointer<Token>) -> Int? {
        // (The bytes rebuilt from their first: the loop keeps one pointer to them, not two.)
        let b = UnsafeBufferPointer(start: base, count: n)
        guard let first = out.baseAddress else { return nil }
        // The place of the next token and the end of the room, as pointers. (A count and a
        // capacity took a register more, and a multiply by the token's size for every token.)
        var next = first
        let room = first + out.count
        var i = 0
        // The bytes before byte i past their code points (a scalar of l bytes adds l - 1): a
        // code-point offset is its byte offset less this. (Kept so, an ASCII byte costs no count.)
        var extra = 0
        var gapByteStart = 0
        // The last byte's offset: a word that ends before it has a byte after its end.
        let last = n &- 1
        while i < n {
            // ASCII bytes are classified by one load, without decoding.
            var c0 = b[i]
            var class0 = classes[Int(c0)]
            if class0 < lowerBit {
                if c0 < 0x80 {
                    i &+= 1
                    continue
                }
                let (s0, l0) = scalar(b, i)
                if !isWordInLine(s0) {
                    i += l0
                    extra += l0 - 1
                    continue
                }
            }
            // The flag of a gap of one space (``Token/Flag``), for the word after it.
            var spaced = i &- gapByteStart == 1 && b[gapByteStart] == 0x20 ? Token.Flag.spaced : 0
            if c0 >= 0x80 {
                // A word that starts with a scalar past ASCII, finished out of line.
                guard next < room else { return nil }
                (i, extra) = finishWord(b, base: base, start: i, from: i, extra: extra, gapStart: gapByteStart, flags: spaced | Token.Flag.ascii,
                                        key: 0, classes: classes, into: next)
                next += 1
                gapByteStart = i
                continue
            }
            // Words of ASCII letters and digits cut one after another while one space (or a comma,
            // period or other ASCII mark and one space) and an ASCII letter or digit follow each
            // (most of a text), without going back through the gap loop above; `extra` stays as it
            // is. A word that goes on past its ASCII run is finished out of line and ends the run.
            while true {
                let startByte = i
                // (The token's flags set as bits as they are found: five Bools packed into them
                // at the end cost more.)
                var flags = spaced | Token.Flag.ascii | UInt8(truncatingIfNeeded: class0)
                let (key, allCaps) = asciiRunKey(b, base: base, from: &i)
                // The common end, one space with more after it, tried first: then the byte after
                // the space tells whether the run goes on.
                if i < last, b[i] == 0x20 {
                    flags |= allCaps
                    guard next < room else { return nil }
                    next.initialize(to: Token(base: base, start: startByte, end: i, gapStart: gapByteStart, extra: extra, flags: flags, key: key))
                    next += 1
                    gapByteStart = i
                    c0 = b[i &+ 1]
                    class0 = classes[Int(c0)]
                    guard class0 >= lowerBit else { break }
                    i &+= 1
                    spaced = Token.Flag.spaced
                    continue
                }
                if i < n, b[i] >= 0x80 || b[i] == 0x27 || b[i] == 0x60 {
                    guard next < room else { return nil }
                    (i, extra) = finishWord(b, base: base, start: startByte, from: i, extra: extra, gapStart: gapByteStart, flags: flags, key: key,
                                            classes: classes, into: next)
                } else {
                    flags |= allCaps
                    guard next < room else { return nil }
                    next.initialize(to: Token(base: base, start: startByte, end: i, gapStart: gapByteStart, extra: extra, flags: flags, key: key))
                    // Another ASCII byte (no letter, digit, space or apostrophe) and one space,
                    // then an ASCII letter or digit (", " or ". " before a word): the run goes on
                    // after that gap of two bytes, as the gap loop would take it up.
                    if i &+ 2 < n, b[i &+ 1] == 0x20 {
                        c0 = b[i &+ 2]
                        class0 = classes[Int(c0)]
                        if class0 >= lowerBit {
                            next += 1
                            gapByteStart = i
                            i &+= 2
                            spaced = 0
                            continue
                        }
                    }
                }
                next += 1
                gapByteStart = i
                break
            }
        }
        return next - first
    }

    /// Finishes the word that starts at byte `start` with a scalar past ASCII (then `i` is
    /// `start`), or that goes on from byte `i`, past its ASCII run, with a scalar past ASCII or an
    /// apostrophe, and writes its token into `out`, with `flags` and `key` those found so far;
    /// answers the word's end and `extra` past it. (Out of line: the loop above keeps its
    /// registers for the common word.)
    @inline(never)
    private static func finishWord(_ b: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, start startByte: Int, from i: Int, extra: Int,
                                   gapStart: Int, flags: UInt8, key: UInt64, classes: UnsafePointer<UInt16>,
                                   into out: UnsafeMutablePointer<Token>) -> (end: Int, extra: Int) {
        var flags = flags, key = key
        let n = b.count
        // The common case here: an ASCII word cut at an apostrophe before an English clitic
        // ("Syria's", "don't"), which ends at it. Settled without ``wordEnd(_:start:from:classes:)``,
        // which would find the same (it joins the apostrophe on the same terms) after going over
        // the word's letters again; for such a word, no lower-case letter and two to four letters
        // is what ``isAcronym(_:_:_:classes:)`` tells (the byte after its first, at most the
        // apostrophe, is in the text).
        if b[startByte] < 0x80, b[i] == 0x27 || b[i] == 0x60,
           !(i + 1 < n && isWord(scalar(b, i + 1).0) && (!isClitic(b, i + 1) || isRa(b, startByte, i))) {
            if isAcronym(b, startByte, i, classes: classes) { flags |= Token.Flag.allCaps }
            out.initialize(to: Token(base: base, start: startByte, end: i, gapStart: gapStart, extra: extra, flags: flags, key: key))
            return (i, extra)
        }
        let rest = wordEnd(b, start: startByte, from: i, classes: classes)
        if b[startByte] >= 0x80 { flags |= firstScalarFlags(scalar(b, startByte).0) }
        // Acronyms are short; a longer all-capital word is a dateline or headline ("CHARLESTON").
        if rest.allUpper && rest.letters > 1 && rest.letters <= 4 { flags |= Token.Flag.allCaps }
        if !rest.ascii {
            flags &= ~Token.Flag.ascii
            let word = UnsafeBufferPointer(rebasing: b[startByte..<rest.end])
            // A French elided article before a capital is part of a name, as a capitalised word
            // is: "Côte d'Ivoire", "Coeur d'Alene".
            if flags & Token.Flag.capitalized == 0, isElidedArticle(word) { flags |= Token.Flag.capitalized }
            key = foldedKey(foldWord(String(decoding: word, as: UTF8.self)))
        }
        out.initialize(to: Token(start: startByte - extra, end: rest.end - extra - rest.extra, base: base,
                                 byteStart: Int32(truncatingIfNeeded: startByte), byteEnd: Int32(truncatingIfNeeded: rest.end),
                                 gapStart: Int32(truncatingIfNeeded: gapStart), flags: flags, key: key))
        return (rest.end, extra + rest.extra)
    }

    /// Keys the ASCII letters and digits from byte `i` and moves `i` past them, eight bytes at a
    /// time: the run's end comes from bit operations on the eight (``wordLanes(_:)``), and the run
    /// is keyed lower-cased as it goes, as ``key(of:)`` keys folded text (a word that goes on past
    /// them is keyed again from its folded text). Also answers ``Token/Flag/allCaps`` when the run
    /// is an acronym, as ``isAcronym(_:_:_:classes:)`` tells it: no lower-case letter, and two to
    /// four upper-case ones, counted in the same eight bytes. (Told so, with no branch: the test
    /// of the word's first two bytes that settled most words before was mispredicted for many
    /// capitalised words and numbers, a quarter of all words in callgrind's branch simulation.)
    @inline(__always)
    private static func asciiRunKey(_ b: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, from i: inout Int) -> (key: UInt64, allCaps: UInt8) {
        let n = b.count
        var h = keySeed
        // The run's upper-case letters plus nine times its lower-case ones (``caseCount(_:case:)``).
        var letters: UInt64 = 0
        while true {
            let x = i &+ 8 <= n ? UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) : tailWord(b, from: i)
            let (stop, letter) = wordLanes(x)
            // Lower-cased: a letter or digit with bit 5 set is itself in lower case (a digit has it
            // already). (The bytes from the first stop on are masked off below.)
            let lowered = x | 0x2020_2020_2020_2020
            if stop == 0 {
                i &+= 8
                h = mix(h ^ lowered)
                letters &+= caseCount(letter & highBits, case: x)
                continue
            }
            // The bytes before the first stop: the bits below its top bit, less its own byte.
            let keep = (stop ^ (stop &- 1)) >> 8
            let length = stop.trailingZeroBitCount >> 3
            i &+= length
            letters &+= caseCount(letter & keep & highBits, case: x)
            // (Two to four: one lower-case letter adds nine.)
            let allCaps = letters &- 2 < 3 ? Token.Flag.allCaps : 0
            return (finalKey(h, tail: lowered & keep, count: length), allCaps)
        }
    }

    /// The upper-case letters among eight bytes plus nine times the lower-case ones, from the top
    /// bits of the bytes that are letters (`letters`) and the bytes themselves (a letter's case is
    /// its bit 5): summed in the top byte of one multiply, with no branch and no count of bits
    /// (which this build's baseline x86-64 has no instruction for).
    @inline(__always)
    private static func caseCount(_ letters: UInt64, case x: UInt64) -> UInt64 {
        // A letter's lane holds 1, and 8 more for a lower-case one (bit 5 moved to bit 3).
        let lanes = letters >> 7 | (letters & x << 2) >> 4
        return (lanes &* 0x0101_0101_0101_0101) >> 56
    }

    /// What the slow pass over the end of a word found (``wordEnd(_:start:from:classes:)``).
    private struct WordEnd {
        /// The word's end byte (exclusive).
        var end: Int
        /// Its bytes past its code points, from where the pass began.
        var extra: Int
        /// Its letters.
        var letters: Int
        /// No lower-case letter.
        var allUpper: Bool
        /// Only ASCII letters and digits.
        var ascii: Bool
    }

    /// The rest of the word that starts at byte `start`, from byte `i`, where an apostrophe or a
    /// scalar past ASCII stands, one scalar at a time. (Apart from the loop above, which keeps the
    /// common word's registers free; any byte taken here makes the word non-ASCII, keyed from its
    /// folded text.)
    @inline(never)
    private static func wordEnd(_ b: UnsafeBufferPointer<UInt8>, start startByte: Int, from i: Int, classes: UnsafePointer<UInt16>) -> WordEnd {
        let n = b.count
        var i = i, extra = 0, count = 0
        var allUpper = true, ascii = true
        for k in startByte..<i {
            let c = classes[Int(b[k])]
            if c & letterBits != 0 { count += 1 }
            if c & lowerBit != 0 { allUpper = false }
        }
        while i < n {
            let c = b[i]
            if c < 0x80 {
                let k = classes[Int(c)]
                if k >= lowerBit {
                    if k & letterBits != 0 { count += 1 }
                    if k & lowerBit != 0 { allUpper = false }
                    i += 1
                    continue
                }
                // Inner apostrophe (Ra's, Qa'im), but not an English clitic (Syria's, There's, I've, don't).
                if (c == 0x27 || c == 0x60), i + 1 < n, i > startByte, isWord(scalar(b, i + 1).0), !isClitic(b, i + 1) || isRa(b, startByte, i) {
                    i += 1
                    ascii = false
                    continue
                }
                break
            }
            let (s, l) = scalar(b, i)
            if isWord(s) {
                ascii = false
                let letter = letterCase(s)
                if letter.alphabetic {
                    count += 1
                    if !letter.upper { allUpper = false }
                }
                i += l
                extra += l - 1
                continue
            }
            if isApostrophe(s.value), i + l < n, i > startByte {
                let (next, _) = scalar(b, i + l)
                if isWord(next) && (!isClitic(b, i + l) || isRa(b, startByte, i)) {
                    i += l
                    extra += l - 1
                    ascii = false
                    continue
                }
            }
            break
        }
        return WordEnd(end: i, extra: extra, letters: count, allUpper: allUpper, ascii: ascii)
    }

    /// Whether the ASCII word from byte `start` to `end` is an acronym (US, ISIS): no lower-case
    /// letter, and two to four letters. (Acronyms are short; a longer all-capital word is a
    /// dateline or headline: "CHARLESTON".) The byte after its first must be in `b`: the word has
    /// two bytes or more, or a byte after it.
    @inline(__always)
    private static func isAcronym(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, classes: UnsafePointer<UInt16>) -> Bool {
        // Only a word that starts with a capital or a digit can be one, and most capitalised words
        // have a lower-case second letter: the first two bytes settle most words. (Of a word's
        // bytes, ASCII letters and digits, the lower-case letters are those from 0x60 up. For a
        // word of one byte the second is the byte after it, whatever it is: the count below, one
        // letter at most, rules the word out. So two bytes are compared, with no length checked,
        // no class looked up and no class kept from the word's start.)
        guard b[start] < 0x60, b[start &+ 1] < 0x60 else { return false }
        var count = 0
        for k in start..<end {
            let c = classes[Int(b[k])]
            if c & lowerBit != 0 { return false }
            if c & upperBit != 0 { count += 1 }
        }
        return count > 1 && count <= 4
    }

    /// Whether a word is a French elided article joined to a capitalised word: "d'Ivoire",
    /// "l’Aquila" (d or l, an apostrophe, an upper-case ASCII letter).
    static func isElidedArticle(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard w.count >= 3, w[0] | 0x20 == 0x64 || w[0] | 0x20 == 0x6C else { return false }
        // ' or ` (one byte), ’ or ‘ (E2 80 99/98), ʼ (CA BC).
        let after: Int
        if w[1] == 0x27 || w[1] == 0x60 { after = 2 }
        else if w.count >= 5, w[1] == 0xE2, w[2] == 0x80, w[3] == 0x99 || w[3] == 0x98 { after = 4 }
        else if w.count >= 4, w[1] == 0xCA, w[2] == 0xBC { after = 3 }
        else { return false }
        return w[after] &- 0x41 < 26
    }

    /// Whether token `i` is the first word of a sentence: the text's first, or after a gap that
    /// ends one (``endsSentence(_:gap:)``). Asked of a few capitalised words a text, so worked out
    /// then rather than for every token.
    static func startsSentence(_ tokens: Tokens, _ i: Int) -> Bool {
        i == 0 || !tokens[i].spaced && endsSentence(tokens[i - 1], gap: tokens[i].gapBytes)
    }

    /// The key of a folded word (``Token/key``): its UTF-8 bytes taken eight at a time as
    /// little-endian words, each mixed in (``mix(_:)``), and the last zero to seven bytes with
    /// their count in the top byte mixed in last (``finalKey(_:tail:count:)``). Eight bytes cost
    /// one mix, so the tokenizer keys a word as it finds its end, a word at a time rather than a
    /// byte at a time.
    static func key(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = keySeed
        var k = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            while k + 8 <= n {
                h = mix(h ^ UInt64(littleEndian: UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)))
                k += 8
            }
        }
        return finalKey(h, tail: tailWord(bytes, from: k), count: n - k)
    }

    /// ``key(of:)`` of a literal's bytes, written so that where the literal is known (an
    /// argument written in the call, the function inlined) its bytes are constants and so is
    /// the key: nothing is computed when the program runs. (``key(of:)`` itself, inlined there,
    /// was not worked out for the literals of eight bytes or more, read eight at a time: 2.3 M
    /// more instructions in the warm pass.)
    @inline(__always)
    static func key(ofLiteral word: StaticString) -> UInt64 {
        let p = word.utf8Start, n = word.utf8CodeUnitCount
        var h = keySeed
        var k = 0
        while k + 8 <= n {
            var chunk: UInt64 = 0
            for j in 0..<8 { chunk |= UInt64(p[k + j]) << UInt64(8 * j) }
            h = mix(h ^ chunk)
            k += 8
        }
        var tail: UInt64 = 0
        for j in 0..<(n - k) { tail |= UInt64(p[k + j]) << UInt64(8 * j) }
        return finalKey(h, tail: tail, count: n - k)
    }

    /// The seed of ``key(of:)``.
    static let keySeed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The last step of ``key(of:)``: the tail (`count` bytes, 0–7, little-endian) and its count,
    /// mixed by ``tailMix(_:)``.
    @inline(__always)
    static func finalKey(_ h: UInt64, tail: UInt64, count: Int) -> UInt64 {
        tailMix(h ^ tail ^ UInt64(truncatingIfNeeded: count) << 56)
    }

    /// The mix of a key's last step: a 64-bit bijection, so words of up to seven bytes, keyed by
    /// this step alone, keep keys of their own, with one multiply where ``mix(_:)`` has two. The
    /// shift before the multiply brings a word's high bytes down, so that every bit of the key,
    /// the low ones that ``WordSet`` indexes by included, depends on every byte of the word; the
    /// one after it brings the product's well-mixed high bits down. (The 64,000 English words'
    /// set holds them 1.48 probes a word, as with ``mix(_:)``. Most words are keyed by this step
    /// alone: ``mix(_:)`` here was a fifth of the scan's instructions a word.)
    @inline(__always)
    static func tailMix(_ x: UInt64) -> UInt64 {
        let y = (x ^ (x >> 32)) &* 0xBF58_476D_1CE4_E5B9
        return y ^ (y >> 29)
    }

    /// A 64-bit mix with full avalanche (SplitMix64's finaliser).
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var x = x
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    /// The key of a folded word (``key(of:)`` over its UTF-8 bytes).
    static func foldedKey(_ folded: String) -> UInt64 {
        // (Over the string's own bytes, read in place: iterating its UTF-8 view cost some ten
        // instructions a byte, and a copy made mutable for `withUTF8` retained and released the
        // string, some forty times a text.)
        withBytes(of: folded) { key(of: $0) }
    }

    /// The key of a run of words from their tokens' keys, in order (a 64-bit mix per word, so
    /// "Deir ez Zor" and "Zor ez Deir" differ). Two different runs share a key with odds of about
    /// one in 2⁶⁴ per pair.
    @inline(__always)
    static func spanKey(_ previous: UInt64, _ word: UInt64) -> UInt64 {
        mix((previous &* 0x9E37_79B9_7F4A_7C15) ^ word)
    }

    /// Whether the word from byte `start` to `end` is "Ra", the Arabic head "Ra's" (cape, head) that
    /// begins names ("Ra’s al ‘Ayn", "Ra's Lanuf"): its "'s" is no English clitic.
    static func isRa(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        end - start == 2 && b[start] | 0x20 == UInt8(ascii: "r") && b[start + 1] | 0x20 == UInt8(ascii: "a")
    }

    /// Whether the letters at byte `k` are an English clitic ending the word: s, ve, re, ll, d, m, t.
    static func isClitic(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        var end = k
        while end < b.count, end - k < 3, (b[end] >= 0x61 && b[end] <= 0x7A) || (b[end] >= 0x41 && b[end] <= 0x5A) { end += 1 }
        if end < b.count, end - k <= 2 {
            let (next, _) = scalar(b, end)
            if isWord(next) { return false }
        }
        // Compared in the bytes, lower-cased, with no string built.
        switch end - k {
        case 1:
            let a = b[k] | 0x20
            return a == 0x73 || a == 0x64 || a == 0x6D || a == 0x74                            // s d m t
        case 2:
            let a = b[k] | 0x20, z = b[k + 1] | 0x20
            return a == 0x76 && z == 0x65 || a == 0x72 && z == 0x65 || a == 0x6C && z == 0x6C   // ve re ll
        default:
            return false
        }
    }

    /// Abbreviations whose period does not end a sentence.
    static let abbreviationsBeforePeriod: WordSet = ["st", "mt", "ft", "mr", "mrs", "dr", "gen", "col", "lt", "sgt", "no", "vs"]

    /// Whether the gap before a token ends a sentence (after `last`, the token before it).
    static func endsSentence(_ last: Token, gap: UnsafeBufferPointer<UInt8>) -> Bool {
        if gap.count == 1 && gap[0] == 0x20 { return false }
        var hasPeriod = false, hasStop = false, previousNewline = false
        for b in gap {
            switch b {
            case 0x0A:
                if previousNewline { return true }
                previousNewline = true
                continue
            case 0x2E: hasPeriod = true
            // (And a table's cell rule: "| Area | Main towns |" starts a cell as a sentence.)
            case 0x21, 0x3F, 0x3A, 0x7C: hasStop = true
            case 0x0D: continue
            default: break
            }
            previousNewline = false
        }
        // "U.S. troops": a period after a one-letter word or an abbreviation does not end a sentence.
        if hasPeriod && (last.end - last.start == 1 || abbreviationsBeforePeriod.contains(last)) { return false }
        return hasPeriod || hasStop
    }

    /// Whether a word is one of the abbreviations that begin place names before their period
    /// ("St. Louis"): St, Mt, Ft or Pt as written, read in its bytes.
    static func isAbbreviatedPlaceWord(_ t: Token) -> Bool {
        let w = t.bytes
        guard w.count == 2, w[1] == 0x74 else { return false }
        return w[0] == 0x53 || w[0] == 0x4D || w[0] == 0x46 || w[0] == 0x50
    }

    /// Whether a gap is one hyphen: "-", "‐" (U+2010) or "‑" (U+2011); with `enDash`, "–" (U+2013)
    /// too. Read in the gap's bytes, with no string built.
    static func isHyphen(_ g: UnsafeBufferPointer<UInt8>, enDash: Bool = false) -> Bool {
        g.count == 1 && g[0] == 0x2D
            || g.count == 3 && g[0] == 0xE2 && g[1] == 0x80 && (g[2] == 0x90 || g[2] == 0x91 || enDash && g[2] == 0x93)
    }

    /// Whether token `k` and the next can belong to one name: only spaces, one hyphen or an
    /// apostrophe between them, or a period directly after an abbreviation ("U.S.", "St. Louis").
    @inline(__always)
    static func joinable(_ tokens: Tokens, after k: Int) -> Bool {
        // (The common gap, one space, is settled where asked, with no call.)
        tokens[k + 1].spaced || joinableGap(tokens, after: k)
    }

    /// ``joinable(_:after:)`` for a gap other than one space.
    /// (The tokens are read where they stand, token `k` only after a period; the gap's first byte,
    /// which settles most gaps asked here, a comma's or a sentence's end, is read in line, where
    /// asked, and only gaps of spaces and apostrophes are read out of line.)
    @inline(__always)
    static func joinableGap(_ tokens: Tokens, after k: Int) -> Bool {
        // Read in the gap's bytes, with no string built.
        let g = tokens[k + 1].gapBytes
        guard let c = g.first, g.count <= 9 else { return false }
        // Every joining gap starts with a space, hyphen, period or apostrophe, or a non-ASCII dash
        // or apostrophe: a comma, newline or bracket settles it at once.
        if c < 0x80, c != 0x20, c != 0x2D, c != 0x2E, c != 0x27, c != 0x60 { return false }
        // "-", "‐" (U+2010), "‑" (U+2011).
        if isHyphen(g) { return true }
        if c == 0x2E {
            if g.count == 1 { return true }
            return g.count == 2 && g[1] == 0x20 && (tokens[k].end - tokens[k].start == 1 || isAbbreviatedPlaceWord(tokens[k]))
        }
        return spacesAndApostrophes(g)
    }

    /// Whether a gap is up to three scalars, each a space or an apostrophe (``joinableGap(_:after:)``).
    @inline(never)
    private static func spacesAndApostrophes(_ g: UnsafeBufferPointer<UInt8>) -> Bool {
        // Up to three scalars, each a space or an apostrophe.
        var i = 0, scalars = 0
        while i < g.count {
            let (u, length) = scalar(g, i)
            scalars += 1
            if scalars > 3 || !(u == " " || isApostrophe(u.value)) { return false }
            i += length
        }
        return true
    }
}
