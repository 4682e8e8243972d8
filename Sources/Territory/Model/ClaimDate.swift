/// A point in time as a claim states it: an ISO 8601 date or date-time, possibly only to the
/// month or year, possibly approximate.
///
/// Accepted: `2017`, `2017-10`, `2017-10-14`, `2017-10-14T08:30`, `2017-10-14T08:30:15Z`,
/// `2017-10-14T08:30:15.5+03:00`; approximate with a leading `~` or `circa `/`c. ` or a trailing `~`
/// or `?` (EDTF style: `2017-10~`). Times without an offset are UTC. A date stands for the start of
/// its period (`2017-10` is 1 October 2017, 00:00 UTC); ``precision`` keeps what was said.
public struct ClaimDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How much of the date was given.
    public enum Precision: String, Sendable {
        case year, month, day, time
    }

    /// Seconds since 1970-01-01T00:00:00Z of the start of the stated period.
    public let seconds: Double
    /// How much was given.
    public let precision: Precision
    /// Whether the claim marked the date as approximate.
    public let approximate: Bool

    /// Builds a date from its parts (UTC).
    public init(seconds: Double, precision: Precision = .time, approximate: Bool = false) {
        self.seconds = seconds
        self.precision = precision
        self.approximate = approximate
    }

    /// Parses ISO 8601 (see the type's description).
    /// - Throws: `TerritoryError.badDate` saying what is wrong.
    public init(parsing raw: String) throws(TerritoryError) {
        var text = Substring(raw.trimmingSpaces)
        var approximate = false
        for prefix in ["~", "circa ", "c. ", "ca. ", "about "] where text.lowercased().hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            approximate = true
        }
        while let last = text.last, last == "~" || last == "?" {
            text = text.dropLast()
            approximate = true
        }
        let b = Array(text.utf8)
        func fail(_ reason: String) -> TerritoryError { .badDate(raw, reason: reason) }
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for c in b[from..<(from + count)] {
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard b.count >= 4, let year = number(0, 4) else { throw fail("expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]") }
        var month = 1, day = 1, precision = Precision.year
        var secondsOfDay = 0.0, offset = 0
        var i = 4
        if i < b.count {
            guard b[i] == 45, let m = number(i + 1, 2) else { throw fail("expected -MM after the year") }
            guard (1...12).contains(m) else { throw fail("month \(m) is not 1–12") }
            month = m; precision = .month; i += 3
        }
        if i < b.count {
            guard b[i] == 45, let d = number(i + 1, 2) else { throw fail("expected -DD after the month") }
            let length = Self.daysIn(month: month, year: year)
            guard (1...length).contains(d) else { throw fail("day \(d) is not in 1–\(length)") }
            day = d; precision = .day; i += 3
        }
        if i < b.count {
            guard b[i] == 84 || b[i] == 116 || b[i] == 32, let h = number(i + 1, 2), i + 3 < b.count, b[i + 3] == 58, let mi = number(i + 4, 2) else {
                throw fail("expected Thh:mm after the day")
            }
            guard h <= 24, mi < 60, h < 24 || mi == 0 else { throw fail("time \(h):\(mi) is out of range") }
            secondsOfDay = Double(h * 3600 + mi * 60); precision = .time; i += 6
            if i < b.count, b[i] == 58 {
                guard let s = number(i + 1, 2), s < 61 else { throw fail("expected :ss") }
                secondsOfDay += Double(s); i += 3
                if i < b.count, b[i] == 46 || b[i] == 44 {
                    var j = i + 1, scale = 0.1
                    while j < b.count, b[j] >= 48, b[j] <= 57 { secondsOfDay += Double(b[j] - 48) * scale; scale /= 10; j += 1 }
                    guard j > i + 1 else { throw fail("expected digits after the decimal point") }
                    i = j
                }
            }
            if i < b.count {
                if b[i] == 90 || b[i] == 122 {
                    i += 1
                } else if b[i] == 43 || b[i] == 45 {
                    let sign = b[i] == 45 ? -1 : 1
                    guard let oh = number(i + 1, 2) else { throw fail("expected ±hh:mm after the time") }
                    var om = 0
                    if i + 3 < b.count, b[i + 3] == 58 {
                        guard let m = number(i + 4, 2) else { throw fail("expected ±hh:mm after the time") }
                        om = m; i += 6
                    } else if let m = number(i + 3, 2) {
                        om = m; i += 5
                    } else {
                        i += 3
                    }
                    guard oh < 24, om < 60 else { throw fail("offset out of range") }
                    offset = sign * (oh * 3600 + om * 60)
                }
            }
        }
        guard i == b.count else { throw fail("unexpected text after position \(i + 1)") }
        let days = Self.daysSinceEpoch(year: year, month: month, day: day)
        self.init(seconds: Double(days) * 86_400 + secondsOfDay - Double(offset), precision: precision, approximate: approximate)
    }

    public static func < (a: ClaimDate, b: ClaimDate) -> Bool { a.seconds < b.seconds }
    public static func == (a: ClaimDate, b: ClaimDate) -> Bool { a.seconds == b.seconds }
    public func hash(into hasher: inout Hasher) { hasher.combine(seconds) }

    /// Milliseconds since the epoch (kepler.gl's `timestamp`).
    public var epochMilliseconds: Int64 { Int64((seconds * 1000).rounded()) }

    /// ISO 8601 at the stated precision, in UTC: `2017`, `2017-10`, `2017-10-14`, `2017-10-14T08:30:00Z`.
    public var iso: String {
        let (y, m, d) = Self.civil(fromDays: Int((seconds / 86_400).rounded(.down)))
        switch precision {
        case .year: return pad(y, 4)
        case .month: return "\(pad(y, 4))-\(pad(m, 2))"
        case .day: return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        case .time: return isoDateTime
        }
    }

    /// ISO 8601 date-time in UTC, always to the second: `2017-10-14T00:00:00Z` (for GIS fields).
    public var isoDateTime: String {
        let days = Int((seconds / 86_400).rounded(.down))
        let (y, m, d) = Self.civil(fromDays: days)
        let s = Int((seconds - Double(days) * 86_400).rounded(.down))
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2)):\(pad(s % 60, 2))Z"
    }

    /// As written back: ``iso`` with `~` appended when approximate (EDTF).
    public var description: String { approximate ? iso + "~" : iso }

    private func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
