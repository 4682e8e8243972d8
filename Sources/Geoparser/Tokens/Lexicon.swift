import Foundation
import Gazetteer

/// Words the geoparser needs besides the gazetteer: English words (to tell "a car bomb hit"
/// from Hit, Iraq), demonyms (Syrian → Syria), and rule words (organisation heads, titles,
/// qualifiers). Loaded from `Gazetteer/english-words.txt` and `Gazetteer/demonyms.tsv`.
public struct Lexicon: Sendable {
    /// Lower-case English words (SCOWL).
    public let englishWords: WordSet
    /// Demonym → (gazetteer id, ISO2), ids empty for peoples without a country (Kurdish).
    public let demonyms: [String: (id: String, country: String)]
    /// The demonyms of one word folded as tokens fold: most capitalised words are not one, and are
    /// told so by their key without hashing their text.
    let demonymWords: WordSet
    /// The first words of demonyms of two words ("Sri" of "Sri Lankan", "South" of "South Korean"),
    /// folded as tokens fold.
    let demonymFirstWords: WordSet
    /// The marked word sets' words (``WordMark``), for marking a text's tokens.
    let marks: MarkTable
    /// Abbreviations written with their periods (`W.Va.`, `Calif.`, `U.S.`) → gazetteer id.
    public let abbreviations: [String: String]
    /// The first words of ``abbreviations``, folded ("calif", "w", "u"): a capitalised word before
    /// a period that starts none is told so by its key, with no key text built.
    let abbreviationStarts: WordSet

    // The rule words, held by each lexicon as well as by the type: a static is reached through a
    // lazy-initialisation call on every use (some 650 a text), a lexicon's own in place. Each is
    // the static of the same name.
    let arabicSpeaking = Lexicon.arabicSpeaking
    let romanisedCountries = Lexicon.romanisedCountries
    let romanisedCountryCodes = Lexicon.romanisedCountryCodes
    let variantSpellingCountryCodes = Lexicon.variantSpellingCountryCodes
    let organisationEnds = Lexicon.organisationEnds
    let genericNouns = Lexicon.genericNouns
    let calendarWords = Lexicon.calendarWords
    let functionWords = Lexicon.functionWords
    let organisationHeads = Lexicon.organisationHeads
    let modifierSuffixes = Lexicon.modifierSuffixes
    let diseaseWords = Lexicon.diseaseWords
    let municipalNouns = Lexicon.municipalNouns
    let organisationNames = Lexicon.organisationNames
    let outletAcronyms = Lexicon.outletAcronyms
    let broadcasterNames = Lexicon.broadcasterNames
    let broadcasterNameStarts = Lexicon.broadcasterNameStarts
    let givenNameCountries = Lexicon.givenNameCountries
    let outletNouns = Lexicon.outletNouns
    let organisationNameStarts = Lexicon.organisationNameStarts
    let speechVerbs = Lexicon.speechVerbs
    let reportVerbs = Lexicon.reportVerbs
    let titles = Lexicon.titles
    let arabicArticles = Lexicon.arabicArticles
    let nameParticles = Lexicon.nameParticles
    let directions = Lexicon.directions
    let directionWords = Lexicon.directionWords
    let kindPrefixes = Lexicon.kindPrefixes
    let areaOfWords = Lexicon.areaOfWords
    let toponymPrefixes = Lexicon.toponymPrefixes
    let featurePrefixes = Lexicon.featurePrefixes
    let ofFeatureHeads = Lexicon.ofFeatureHeads
    let admin1KindWords = Lexicon.admin1KindWords
    let kindWords = Lexicon.kindWords
    let kindPhrases = Lexicon.kindPhrases
    let kindPhraseStarts = Lexicon.kindPhraseStarts

    /// Loads the lexicon files under `dataRoot/Gazetteer`.
    /// - Throws: `GazetteerError.io` when a file is missing or unreadable.
    public init(dataRoot: String) throws {
        func read(_ name: String) throws -> String {
            let path = "\(dataRoot)/Gazetteer/\(name)"
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw GazetteerError.io(path: path, reason: "cannot read (run scripts/regen-lexicon.sh)")
            }
            return text
        }
        englishWords = WordSet(Self.lines(try read("english-words.txt")))
        var d: [String: (String, String)] = [:]
        for line in try read("demonyms.tsv").split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if f.count == 3 { d[f[0]] = (f[1], f[2]) }
        }
        demonyms = d
        let demonymWords = WordSet(d.keys.filter { !$0.contains(" ") }.map(Tokenizer.foldWord), mark: .demonymWords)
        let demonymFirstWords = WordSet(d.keys.filter { $0.contains(" ") }.map { Tokenizer.foldWord(String($0.prefix { $0 != " " })) }, mark: .demonymFirstWords)
        self.demonymWords = demonymWords
        self.demonymFirstWords = demonymFirstWords
        marks = MarkTable(WordMark.allCases.map { (Self.markedSet($0, demonymWords: demonymWords, demonymFirstWords: demonymFirstWords), $0) })
        var a: [String: String] = [:]
        for line in try read("abbreviations.tsv").split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if f.count == 3 { a[f[0].replacingOccurrences(of: " ", with: "")] = f[1] }
        }
        abbreviations = a
        abbreviationStarts = WordSet(a.keys.map { Tokenizer.foldWord(String($0.prefix { $0 != "." })) })
    }

    /// The one set that carries each mark (its words are the ones marked on tokens): the
    /// switch names a set for every mark, and no other set is made with one.
    static func markedSet(_ mark: WordMark, demonymWords: WordSet, demonymFirstWords: WordSet) -> WordSet {
        switch mark {
        case .functionWords: functionWords
        case .calendarWords: calendarWords
        case .nameParticles: nameParticles
        case .demonymWords: demonymWords
        case .kindWords: kindWords
        case .demonymFirstWords: demonymFirstWords
        case .ofFeatureHeads: ofFeatureHeads
        case .directionWords: directionWords
        case .titles: titles
        case .featurePrefixes: featurePrefixes
        case .genericNouns: genericNouns
        case .arabicArticles: arabicArticles
        case .broadcasterNameStarts: broadcasterNameStarts
        case .operationFirstWords: Geoparser.operationFirstWords
        case .groupNameLinks: Geoparser.groupNameLinks
        case .organisationNames: organisationNames
        case .toponymPrefixes: toponymPrefixes
        case .outlyingWords: Geoparser.outlyingWords
        case .kindPhraseStarts: kindPhraseStarts
        case .organisationHeads: organisationHeads
        case .speechVerbs: speechVerbs
        case .tribeNouns: Geoparser.tribeNouns
        case .pluralKindWords: Geoparser.pluralKindWordSet
        case .romanceParticles: romanceParticles
        }
    }

    /// The lines of a word list except `#` comments, split on bytes (a grapheme-aware split of the
    /// 120,000-word list costs more than the rest of a start-up).
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var copy = text
        copy.withUTF8 { b in
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x0A {
                if i > start && b[start] != 0x23 {
                    var end = i
                    if b[end - 1] == 0x0D { end -= 1 }
                    if end > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)) }
                }
                start = i + 1
            }
        }
        return out
    }

    /// Countries whose place names reach English news romanised from Arabic (ISO alpha-2).
    static let arabicSpeaking = TransliterationKey.arabicSpeaking

    /// Countries whose names reach English news in several romanisations, where transliteration
    /// keys find places (``TransliterationKey/countries``).
    static let romanisedCountries = TransliterationKey.countries
    /// ``romanisedCountries`` as a bitmap, for the per-candidate test.
    static let romanisedCountryCodes = CountryCodeSet(romanisedCountries)
    /// Countries whose towns English news spells far from their official names, so that an
    /// alternate need not resemble the name (``Geoparser/alternateFits(_:written:)``): the
    /// romanised-name countries, and the Horn of Africa, whose Somali, Tigrinya and Amharic names
    /// English writes its own way ("Las Anod" for Laascaanood, "Galkayo" for Gaalkacyo), and Ukraine,
    /// whose towns news names by their Ukrainian or Russian romanisation or a former name
    /// ("Sievierodonetsk" and "Severodonetsk", "Artemivsk" for Bakhmut).
    static let variantSpellingCountryCodes = CountryCodeSet(romanisedCountries + ["SO", "DJ", "ER", "ET", "UA"])

    /// Organisation heads that end a longer name after a place ("Deir ez-Zor Military Council"):
    /// the nouns, not the adjectives, and not facilities ("Damascus International Airport").
    static let organisationEnds: WordSet = [
        "today", "times", "post", "tribune", "herald", "journal", "news", "gazette", "observer", "forces", "force", "army", "navy",
        "police", "guard", "guards", "militia", "militias", "brigade", "brigades", "battalion", "ministry", "government", "council",
        "party", "front", "movement", "coalition", "alliance", "command", "committee", "university", "college", "bank", "company",
        "corporation", "group", "embassy", "consulate", "federation", "association", "institute", "foundation", "agency",
        "observatory", "office", "department", "mission", "commission", "tribunal", "court", "parliament", "assembly", "club",
        "administration", "authority", "directorate", "unit", "units", "defence", "defense", "corps",
        "division", "legislature", "patrol", "bureau", "cartel", "presidency",
        // Outlets, monitors and research programmes: "Sudan War Monitor", "Afghanistan Analysts
        // Network", "the Caucasus Research Programme". (Not "project": "the Dublin Veterans Project"
        // is in Dublin, and LGL marks the town.)
        "monitor", "network", "programme", "program",
    ]

    /// Generic nouns that are never a place on their own, whatever small town shares the word
    /// ("University", "Police", "Highway").
    static let genericNouns = organisationHeads.union([
        "hall", "day", "act", "society", "man", "woman", "highway", "street", "road", "avenue", "church", "school", "center",
        "centre", "park", "hospital", "station", "bridge", "square", "county", "parish", "township", "borough", "valley",
        "river", "lake", "mountain", "island", "beach", "coast", "bay", "harbor", "harbour", "port", "fort", "camp", "village", "town",
        "city", "state", "province", "district", "region", "republic", "kingdom", "empire", "capital", "border", "north",
        "south", "east", "west", "western", "eastern", "northern", "southern", "central", "middle", "northeast", "northwest",
        "southeast", "southwest", "midwest", "downtown", "uptown", "home", "house", "office", "court", "market", "mall",
        "airport", "base", "memorial", "cemetery", "library", "museum", "theater", "theatre", "stadium", "arena", "olympic",
        "christmas", "easter", "passover", "ramadan", "eid", "thanksgiving", "halloween", "god", "lord", "jesus", "christ",
    ]).union(arabicKindNouns).marked(.genericNouns)

    /// Arabic nouns for a kind of place, folded as tokens fold: in Arabic script the noun stands
    /// before the name with no "of" ("مدينة الميادين", the city of al-Mayadeen), and alone it is no
    /// place (not Medina, which GeoNames also calls "مدينة").
    static let arabicKindNouns = ["مدينة", "بلدة", "قرية", "محافظة", "منطقة", "ناحية", "مخيم", "نهر", "جبل", "مطار", "قاعدة"].map(Tokenizer.foldWord)

    /// The days of the week.
    static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Months and weekdays: capitalised, never places in news.
    static let calendarWords = WordSet([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]).union(weekdays.words).union(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]).marked(.calendarWords)

    /// Function words: never a place on their own, whatever alternate names or codes say ("The", "For").
    static let functionWords = WordSet([
        "the", "a", "an", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "by", "to", "from", "with", "without", "as", "is",
        "was", "are", "were", "be", "been", "it", "its", "he", "she", "they", "we", "you", "i", "me", "him", "her", "them", "us", "this",
        "that", "these", "those", "there", "here", "his", "their", "our", "my", "your", "not", "no", "so", "than", "then", "when",
        "where", "which", "who", "whom", "what", "why", "how", "all", "any", "some", "more", "most", "such", "only", "also", "just",
        "even", "still", "however", "despite", "although", "though", "while", "after", "before", "since", "until", "during", "into",
        "onto", "over", "under", "about", "against", "between", "among", "through", "per", "via", "if", "unless", "because", "yet",
        "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "one",
        "two", "three", "new", "said", "says", "mr", "mrs", "ms", "dr", "st", "today", "yesterday", "tomorrow",
    ], mark: .functionWords)

    /// Words that make a preceding place name part of an organisation or outlet name.
    static let organisationHeads = WordSet([
        "today", "times", "post", "tribune", "herald", "journal", "news", "radio", "tv", "television", "gazette", "daily", "observer",
        "forces", "force", "army", "armies", "navy", "police", "guard", "guards", "militia", "militias", "brigade", "brigades", "battalion",
        "ministry", "ministries", "government", "council", "party", "front", "movement", "coalition", "alliance", "command", "committee",
        "university", "college", "airlines", "airways", "airport", "bank", "company", "corporation", "corp", "inc", "ltd", "group",
        "embassy", "consulate", "federation", "association", "institute", "foundation", "agency", "observatory", "office", "department",
        "national", "democratic", "republican", "revolutionary", "liberation", "defense", "defence", "security", "intelligence",
        "mission", "commission", "tribunal", "court", "parliament", "assembly", "senate", "congress", "club", "fc", "regional",
        "division", "legislature", "patrol", "bureau", "corps", "cartel", "presidency", "operations",
        // Military operations named after a place: "the Euphrates Shield offensive".
        "shield",
        // Outlets: "Middle East Eye", "Middle East Monitor", "Israel Hayom", "Syria Direct", "Syria
        // Deeply", "The Kyiv Independent".
        "eye", "monitor", "hayom", "direct", "deeply", "independent",
        // Research programmes and networks: "the Caucasus Programme", "the Syria Network".
        "programme", "program", "network",
        // An operations room, and an operation: "the Euphrates Volcano", "Jazira Storm".
        "volcano", "storm",
    ], mark: .organisationHeads)

    /// Countries' names that are also common given names: before a surname, a person ("Chad
    /// Smith", "Jordan Peterson", "Georgia O'Keeffe", "India Arie", "Israel Adesanya").
    static let givenNameCountries: WordSet = ["chad", "jordan", "georgia", "india", "israel"]

    /// Words after a hyphen that make a place a noun modifier (US-led, Iran-backed).
    static let modifierSuffixes: WordSet = [
        "led", "backed", "made", "funded", "allied", "linked", "controlled", "held", "owned", "run", "style", "bound", "related", "supported",
        "sponsored", "trained", "brokered", "mediated", "aligned", "affiliated", "dominated", "inspired", "supervised", "armed", "equipped",
        "installed", "imposed", "appointed",
        // "Agence France-Presse", the news agency.
        "presse",
    ]

    /// Words after a place that make it a disease's name: "West Nile virus", "Lassa fever", "Lyme
    /// disease" ("flu" too, before "virus": "the Hong Kong Flu virus").
    static let diseaseWords: WordSet = ["virus", "fever", "disease", "encephalitis"]

    /// Capitalised heads of a street's, square's, park's, gate's or bridge's name: the place before
    /// one names the feature, not itself ("Haifa Street", "Rashid Park", "Baghdad Gate").
    static let urbanFeatureHeads: WordSet = ["street", "avenue", "boulevard", "square", "park", "gate", "bridge", "lane", "roundabout"]

    /// Nouns of local institutions and groups: after a place ("Cottonport Fire Station", "Gainesville
    /// Riding Club", "Athens Police"), a capitalised one is no sign that the place is a first name.
    static let municipalNouns: WordSet = [
        "fire", "police", "sheriff", "sheriffs", "public", "chamber", "area", "community", "volunteer", "historical", "parks",
        "park", "board", "library", "circuit", "superior", "district", "residents", "officials", "city", "county", "township",
        "riding", "school", "schools", "high", "middle", "elementary", "memorial", "regional", "municipal",
        "water", "housing", "health", "medical", "hospital", "rotary", "lions", "kiwanis", "church", "baptist", "methodist",
        "humane", "animal", "rescue", "emergency", "transit", "airport", "port", "harbor", "utilities", "electric",
        "planning", "zoning", "village", "town", "borough", "mayor", "council", "commissioners", "court", "courthouse",
        "museum", "theatre", "theater", "symphony", "festival", "fair", "fairgrounds", "marathon", "youth", "senior",
        "athletic", "athletics", "club", "league", "association", "society", "foundation", "center", "centre", "mall",
        "road", "street", "avenue", "highway", "bridge", "station", "market", "downtown", "metro",
        // State bodies and councils: "Ontario Provincial Police", "Gainesville Environmental Services",
        // "Manbij Military Council", "Raqqa Civil Council", "Aleppo Media Center".
        "provincial", "state", "federal", "territorial", "legislative", "environmental", "civil", "military", "media",
    ]

    /// Armed groups, parties and movements that news names like places but that are never places,
    /// folded ("Hamas" is also a German hamlet, "Taliban" a Pakistani village).
    static let organisationNames = WordSet([
        "hamas", "hezbollah", "hizbullah", "hizballah", "hizbollah", "fatah", "taliban", "al-qaeda", "al qaeda", "qaeda",
        "al-qaida", "al qaida", "qaida", "al-shabaab", "al shabaab", "shabaab", "al-shabab", "al shabab", "shabab", "boko haram", "peshmerga", "houthis", "houthi",
        "ansar allah", "nusra", "al-nusra", "daesh", "hashd", "wagner", "mossad", "likud", "kadima", "baath", "ba'ath",
        // Media named like places.
        "al jazeera", "al-jazeera", "aljazeera", "jazeera", "al arabiya", "al-arabiya", "al masdar", "al-masdar", "asharq al-awsat",
        "asharq al awsat", "al-hayat", "al hayat", "amaq", "hurriyet",
        // Seats of government named for the government: "the White House said" (GeoNames gives
        // Casablanca the alternate "White House").
        "white house",
        // An agency GeoNames gives Washington, D.C. as an alternate ("the DMV", motor vehicles).
        "dmv",
    ], mark: .organisationNames)

    /// Broadcasters named like a town, folded as written ("Al Mayadeen", the Lebanese channel, is
    /// also the Syrian town): the outlet where the text reads it as one (``Geoparser/namesBroadcaster(_:_:_:)``).
    static let broadcasterNames: WordSet = [
        "al mayadeen", "al-mayadeen", "almayadeen",
        // Hezbollah's channel, Iran's Arabic channel (also a town by Tikrit), Iran's agencies (a
        // province, a town).
        "al-manar", "al manar", "almanar", "al-alam", "al alam", "fars", "mehr",
    ]

    /// The first words of ``broadcasterNames``, up to a space or a hyphen ("al" of "al-manar"):
    /// a candidate starting with none names no such outlet.
    static let broadcasterNameStarts = WordSet(broadcasterNames.words.map { String($0.prefix { $0 != " " && $0 != "-" }) }, mark: .broadcasterNameStarts)

    /// Nouns for an outlet or its people, before or after its name: "the channel Al-Mayadeen", "an
    /// Al Mayadeen correspondent".
    static let outletNouns: WordSet = [
        "tv", "television", "channel", "network", "broadcaster", "station", "website", "outlet", "correspondent", "correspondents",
        "reporter", "reporters", "news", "satellite",
    ]

    /// News agencies' acronyms that are also places' names, written in capitals: "SANA-" (Syria's
    /// agency) is not Sanaa, "PETRA" (Jordan's) not Petra, "SPA" (Saudi Arabia's) not Spa.
    static let outletAcronyms: WordSet = [
        "sana", "irna", "isna", "kuna", "wafa", "mena", "anha", "petra", "qna", "spa", "wam", "bna", "ina", "tass", "ria", "anf", "maan",
    ]

    /// The first words of ``organisationNames``.
    static let organisationNameStarts = organisationNames.firstWords

    /// Verbs of speaking: a single name right before one is a person ("Nelson said").
    static let speechVerbs = WordSet([
        "said", "says", "told", "tells", "added", "adds", "explained", "noted", "stated", "wrote", "asked", "replied",
        "recalled", "argued", "insisted", "testified", "acknowledged", "admitted", "announced", "commented", "continued",
    ], mark: .speechVerbs)

    /// Verbs of reporting after an outlet's name ("Kurdistan 24 reported").
    static let reportVerbs: WordSet = speechVerbs.union([
        "reported", "reports", "reporting", "quoted", "quotes", "quoting", "cited", "cites", "citing", "showed", "shows",
        "broadcast", "aired", "published", "posted", "tweeted", "claimed", "claims", "confirmed", "denied",
    ])

    /// Titles before a person's name.
    static let titles = WordSet([
        "general", "gen", "president", "minister", "mr", "mrs", "ms", "dr", "col", "colonel", "lt", "lieutenant", "sgt", "sergeant",
        "major", "captain", "capt", "sheikh", "shaykh", "king", "queen", "prince", "princess", "pope", "senator", "sen", "rep",
        "governor", "gov", "mayor", "commander", "admiral", "emir", "ayatollah", "imam", "judge", "spokesman", "spokeswoman",
        "secretary", "ambassador", "chancellor", "premier", "sir", "lord", "lady", "saint",
    ], mark: .titles)

    /// Arabic articles as romanised, alone or assimilated (al-Mayadeen, as-Sukhnah, ez-Zor).
    static let arabicArticles = WordSet(["al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "ed", "an", "en"], mark: .arabicArticles)

    /// Particles allowed lower-case inside or at the start of a name.
    static let nameParticles = WordSet([
        "al", "el", "il", "ul", "ad", "ar", "as", "ash", "at", "az", "ez", "ed", "er", "es", "et", "en", "an", "adh", "ath",
        "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los", "las", "von", "van", "der", "au", "aux",
        "den", "of", "the", "and", "on", "upon", "bin", "ibn", "bou", "abu", "umm", "wa", "y", "e", "i", "sur", "am", "im", "an der",
    ], mark: .nameParticles)

    /// The particles of ``nameParticles`` that join French, Spanish, Portuguese and Italian names
    /// ("Adrar des Ifoghas", "Rio de Janeiro"), which English prose does not write before a
    /// capitalised word otherwise.
    static let romanceParticles = WordSet(["de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los", "las"], mark: .romanceParticles)

    /// Direction adjectives → qualifier/relation value.
    static let directions: [String: String] = [
        "northern": "north", "southern": "south", "eastern": "east", "western": "west", "central": "central",
        "north": "north", "south": "south", "east": "east", "west": "west",
        "northwestern": "northwest", "northeastern": "northeast", "southwestern": "southwest", "southeastern": "southeast",
        "northwest": "northwest", "northeast": "northeast", "southwest": "southwest", "southeast": "southeast",
        "north-western": "northwest", "north-eastern": "northeast", "south-western": "southwest", "south-eastern": "southeast",
        "north-west": "northwest", "north-east": "northeast", "south-west": "southwest", "south-east": "southeast",
        // (A centre's half keeps its first word: "north-central Syria" is its north.)
        "north-central": "north", "south-central": "south", "east-central": "east", "west-central": "west",
    ]

    /// The words of ``directions``' keys ("north", "western"; "north-west" is two).
    static let directionWords = WordSet(directions.keys.flatMap { $0.split(separator: "-").map(String.init) }).marked(.directionWords)

    /// Kind words that may follow a name and join the mention ("Deir ez-Zor province").
    /// Words that start a place's name as its kind ("Mount Sinjar", "Lake Assad", "Jabal Druze"):
    /// a capitalised word before a place is not a first name when it is one of these.
    static let kindPrefixes: WordSet = [
        "mount", "mt", "lake", "cape", "port", "fort", "ft", "jabal", "jebel", "wadi", "tell", "tal", "ras", "ain", "bay", "gulf",
        "upper", "lower", "greater", "new", "old", "north", "south", "east", "west",
        // Arabic: barrens, hill, countryside ("Juroud Arsal", "Tel Tamer", "Rif Dimashq").
        "juroud", "jurud", "jroud", "jurd", "tel", "rif", "reef",
    ]

    /// Arabic words for the land around a place, before its name: "Juroud Arsal" (the barrens of
    /// Arsal), "Sahl al-Ghab", "Nahr al-Bared".
    static let areaOfWords: WordSet = ["juroud", "jurud", "jroud", "jurd", "sahl", "nahr"]

    /// Arabic words that begin place names ("Tal", "Ras", "Deir", "Kafr"): matched alone before a
    /// capitalised word the gazetteer does not know with them, they begin a name it lacks ("the Tal
    /// Sheikh Youssef hill" is not At Tall, "Abu Bakr" not Abu).
    static let toponymPrefixes = WordSet([
        "tal", "tell", "tel", "tall", "ras", "ain", "ayn", "deir", "dayr", "kafr", "kfar", "bir", "jisr", "khan", "qasr", "umm",
        "abu", "bab", "beit", "bayt", "sheikh", "shaykh", "marj", "khirbet", "khirbat", "hisn", "nahr", "sahl", "juroud", "jurd",
    ], mark: .toponymPrefixes)

    /// Words that make the name after them a mountain, a wadi or a lake: "Jabal al-Zawiya" is a
    /// range of hills, not the town al-Zawiya; "Lake Tana" is not Tana (Antananarivo). A lake the
    /// gazetteer has is found whole ("Lake Assad").
    static let featurePrefixes = WordSet(["jabal", "jebel", "jabel", "mount", "mt", "wadi", "lake"], mark: .featurePrefixes)

    /// Words that, capitalised and before "of", begin the name of a sea, strait or cape named after
    /// a place: "the Gulf of Guinea" is not Guinea, "the Cape of Good Hope" not Good Hope.
    static let ofFeatureHeads = WordSet(["gulf", "bay", "sea", "strait", "straits", "cape", "isthmus", "horn"], mark: .ofFeatureHeads)

    /// Kind words after a name that make it a first-level area ("Deraa province").
    static let admin1KindWords: WordSet = ["province", "governorate", "governate", "muhafazah", "wilayat", "oblast", "krai", "kray"]

    static let kindWords = WordSet([
        "province", "governorate", "district", "city", "town", "village", "river", "valley", "dam", "region", "county", "state", "oblast", "krai",
        "airbase", "airfield", "airstrip", "lake", "mountains", "mountain", "desert", "plain", "plains", "crossing", "oilfield", "corridor", "basin",
    ], mark: .kindWords)

    /// Kind phrases of two words after a name ("al-Omar oil field", "Ain al-Asad air base"),
    /// folded and joined by a space.
    /// ("military airport": "the Deir Ezzor military airport", "the Tabqa military airbase", as
    /// Syrian news calls its air bases.)
    static let kindPhrases: WordSet = [
        "oil field", "gas field", "air base", "military base", "border crossing", "oil fields",
        "military airport", "military airbase", "military airfield", "military airstrip",
    ]

    /// The first words of ``kindPhrases``: most words start none, and need no phrase built.
    static let kindPhraseStarts = kindPhrases.firstWords.marked(.kindPhraseStarts)
}
