/// Splits paragraphs into sentences on UTF-8 bytes.
public enum SentenceSplitter {
    /// The sentences of `range` in `text`, as UTF-8 byte ranges (from the first to the last token of each sentence).
    public static func sentences(in text: String, range: Range<Int>) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, range, into: &tokens) }
        return split(tokens, tokens.indices).map { .span(tokens[$0.lowerBound].start, tokens[$0.upperBound - 1].end) }
    }

    /// The sentences of the tokens in `range` (clamped to the tokens there are), as token index ranges.
    ///
    /// Every token read is in the range: a plain array serves, faster than a ``Bounded`` list.
    static func split(_ tokens: [Token], _ range: Range<Int>) -> [Range<Int>] {
        let range = range.clamped(to: tokens.indices)
        var out: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let t = tokens[i]
            var boundary = false
            var ambiguous = false
            if t.kind == .punct && (t.byte == 0x2E || t.byte == 0x21 || t.byte == 0x3F || t.byte == 0x85) {
                boundary = true
                if t.byte == 0x2E, i > start {
                    let prev = tokens[i - 1]
                    if prev.kind == .word, prev.end == t.start {
                        if Words.abbreviations.contains(prev.hash) {
                            boundary = false
                        } else if Words.endingAbbreviations.contains(prev.hash) {
                            ambiguous = true
                        } else if prev.baseEnd - prev.start == 1, prev.isCapitalized {
                            boundary = false  // John F. Kennedy
                        }
                    }
                }
                // "..." inside a sentence is not an end unless a capital follows; handled below.
            } else if t.kind == .word, t.flags.contains(.initialism) {
                boundary = true
                ambiguous = true
            }
            if !boundary { i += 1; continue }
            // Closing marks belong to the sentence.
            var j = i + 1
            while j < end {
                let c = tokens[j]
                if c.kind == .quote, c.quoteMark == .close || (c.quoteMark == .straight && !c.flags.contains(.spaceBefore)) {
                    j += 1
                } else if c.kind == .punct, c.byte == 0x29 || c.byte == 0x5D || c.byte == 0x92,
                          !c.flags.contains(.spaceBefore) {
                    j += 1
                } else if c.kind == .punct, c.byte == 0x2E || c.byte == 0x21 || c.byte == 0x3F, t.byte != 0 {
                    j += 1  // "?!" or "..."
                } else {
                    break
                }
            }
            if j >= end { break }
            let next = tokens[j]
            var splits = next.flags.contains(.spaceBefore) && startsSentence(next)
            if splits, ambiguous, !next.flags.contains(.wideSpaceBefore), !next.flags.contains(.lineBefore) {
                // `said the U.S. "does not have…"`: a quotation opening on a lowercase word goes on the sentence.
                let lowerQuote = next.kind == .quote && j + 1 < end && tokens[j + 1].kind == .word
                    && !tokens[j + 1].isCapitalized
                splits = (next.kind == .quote && !lowerQuote) || Words.sentenceStarters.contains(next.hash)
            }
            if splits {
                out.append(start..<j)
                start = j
            }
            i = j
        }
        if start < end { out.append(start..<end) }
        return out
    }

    /// Whether a token can open a sentence: a capitalized word, a number, an opening quotation mark or bracket.
    private static func startsSentence(_ t: Token) -> Bool {
        switch t.kind {
        case .word: return t.isCapitalized
        case .number: return true
        case .quote: return t.quoteMark != .close
        case .punct: return t.byte == 0x28 || t.byte == 0x5B || t.byte == 0x97 || t.byte == 0x91
        case .none: return false
        }
    }
}

/// Fixed word lists, as token hashes.
///
/// Single words are hash literals (`Hash.of` of the word in the comment, which a test checks): a hash computed at
/// first use would cost a lazy-initialization check at every one of the millions of uses.
enum Words {
    static func set(_ words: [String]) -> HashSet64 { HashSet64(words.map(Hash.of)) }

    /// Abbreviations that never end a sentence.
    static let abbreviations = set([
        "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "st", "lt", "col", "capt", "sgt", "maj",
        "adm", "prof", "rev", "hon", "messrs", "mt", "ft", "no", "nos", "vs", "v", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "cmdr", "brig", "supt", "insp", "pres", "dept", "fig", "approx",
        "e.g", "i.e", "cf", "al", "ave", "blvd", "ald", "cpl", "pvt", "lieut", "gens",
    ])
    /// Abbreviations that may end a sentence.
    static let endingAbbreviations = set(["inc", "corp", "ltd", "co", "jr", "sr", "etc", "bros", "plc", "llc"])
    /// Words that usually open a sentence (for breaking after `U.S.` or `Inc.`).
    static let sentenceStarters = set([
        "he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "that", "these", "those", "but", "and",
        "however", "his", "her", "their", "its", "our", "in", "on", "at", "after", "before", "when", "while", "if",
        "as", "there", "what", "who", "why", "how", "meanwhile", "earlier", "later", "also", "yet", "so", "still",
        "some", "many", "most", "both", "neither", "no", "not", "one", "two", "three",
    ])
    static let pronounsSingular = set(["he", "she"])
    static let pronounsPlural = set(["they"])
    static let pronounsFirst = set(["i", "we"])
    static let objectPronouns = set(["him", "her", "them"])
    static let possessivePronouns = set(["his", "her", "their", "its"])
    static let prepositions = set([
        "on", "in", "at", "to", "for", "about", "with", "from", "back", "into", "after", "before", "during", "over",
        "by", "up", "off", "out",
    ])
    static let it: UInt64 = 0x08b7_3e07_b55c_55f0  // "it"
    /// Words before a title that say its holder no longer holds it: `ousted President`, `the late Senator`.
    static let formerModifiers = set(["ousted", "deposed", "toppled", "late", "onetime", "one-time", "retired"])
    /// The nouns for someone who speaks for an institution.
    static let spokespeople = set(["spokesman", "spokeswoman", "spokesperson"])
    /// ``Lexicon/rankWords``, by hash.
    static let rankWords = set(Lexicon.rankWords.sorted())
    /// Last words that make a capitalized run an institution's name whatever comes before it.
    static let institutionHeads = set([
        "fund", "committee", "commission", "council", "agency", "bureau", "ministry", "department", "institute",
        "foundation", "association", "union", "party", "organization", "organisation", "corporation", "company",
        "authority", "administration", "federation", "coalition", "alliance", "group", "university", "court",
        "airport", "street", "square", "avenue", "road", "bridge", "river", "island", "islands", "hospital", "college",
        "school", "stadium", "museum", "center", "centre", "palace", "tower", "mosque", "church", "cathedral",
        "travel", "airlines", "airways", "bank", "exchange", "holdings", "inc", "corp", "ltd", "llc", "plc",
    ])
    /// Present-tense copulas: `X was the ambassador` may tell an office held before.
    static let monthNumbers: HashMap64 = {
        var out = HashMap64(capacity: 32)
        let names = [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
                     ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
                     ["october", "oct"], ["november", "nov"], ["december", "dec"]]
        for (i, forms) in names.enumerated() { for f in forms { out.set(Hash.of(f), i + 1) } }
        return out
    }()
    static let weekdayNumbers: HashMap64 = {
        var out = HashMap64(capacity: 8)
        for (i, d) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
            out.set(Hash.of(d), i + 1)
        }
        return out
    }()
    static let dayOffsets: HashMap64 = {
        var out = HashMap64(capacity: 4)
        for (word, days) in [("yesterday", -1), ("today", 0), ("tomorrow", 1)] { out.set(Hash.of(word), days) }
        return out
    }()
    static let untilWords = set(["until", "till", "through", "to"])
    /// Words before a date that make it another time than the event's: `the deadliest since Sept. 11, 2001`.
    static let otherTimeWords = set(["since", "before", "after", "from"])
    /// Words before an event word that make it a verb: `to visit`, `will vote`, `could not attack`, `they protest`.
    static let verbMarkers = set([
        "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "not", "never", "did", "does",
        "do", "don't", "didn't", "doesn't", "won't", "can't", "cannot", "i", "we", "they", "he", "she", "you", "also",
        "and",
    ])
    /// Words before an event word that make it no particular event: `any attack`, `through negotiations`.
    static let genericMarkers = set([
        "any", "no", "every", "each", "such", "possible", "potential", "future", "further", "through", "via", "more",
        "fewer", "many", "some", "against", "great",
    ])
    /// Nouns after an event word that make it a modifier: `election campaign`, `vote count`.
    static let eventModifiedNouns = set([
        "campaign", "campaigns", "official", "officials", "season", "cycle", "law", "laws", "commission", "rules",
        "count", "counts", "results", "fraud", "day", "night", "year", "records", "team", "teams", "process",
    ])
    /// Words shortly before an event word that make it hypothetical: `if it came to a ballot`, `would cast the vote`.
    static let hypotheticalMarkers = set(["would", "could", "might", "if", "unless", "whether", "should", "how"])
    /// Verbs after `to` that aim at an event not yet there: `to reach a deal`, `to come to an agreement`.
    static let attemptVerbs = set(["reach", "come", "strike", "make", "negotiate", "seek", "secure", "win"])
    /// Determiners that point at a particular event: `the talks`, `this week's summit`, `their meeting`.
    static let definiteDeterminers = set(["the", "this", "that", "these", "those", "his", "her", "their", "its", "our"])
    /// Words that put a sentence in the future: `on Friday` then means the coming Friday.
    static let futureMarkers = set(["will", "'ll", "scheduled", "planned", "expected", "due", "upcoming"])
    static let next: UInt64 = 0xe531_6cba_a025_f028  // "next"
    static let negations = set([
        "not", "never", "no", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't", "cannot",
        "can't",
    ])
    /// Negated copulas written as one word.
    static let negatedCopulas = set(["isn't", "wasn't", "aren't", "weren't"])
    static let subjectPronouns = set(["i", "you", "he", "she", "it", "we", "they"])
    static let modalVerbs = set(["should", "would", "could", "must", "might"])
    static let copulas = set(["is", "remains", "becomes"])
    static let beForms = set(["is", "are", "was", "were", "be", "been", "being", "now", "so", "often", "also"])
    static let determiners = set([
        "the", "a", "an", "this", "that", "these", "those", "one", "two", "three", "four", "five", "several", "some",
        "many", "other", "another", "its", "their", "his", "her", "our", "both", "few", "all", "no",
    ])
    static let months = set([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])
    static let days = set([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "tomorrow",
    ])
    static let datePrepositions = set([
        "in", "on", "since", "until", "by", "last", "next", "early", "late", "mid", "of", "from", "through", "before",
        "after", "during", "till", "this",
    ])
    static let timeNouns = set([
        "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "day", "time",
    ])
    /// Capitalized words that do not start or belong to a person's name.
    static let notNames = set([
        "the", "a", "an", "any", "but", "and", "or", "in", "on", "at", "it", "this", "that", "these", "those", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "earlier", "later", "meanwhile",
        "however", "also", "after", "before", "when", "while", "if", "as", "for", "with", "without", "since",
        "despite", "asked", "according", "there", "what", "who", "why", "how", "where", "which", "then", "so", "yet",
        "still", "some", "many", "most", "both", "all", "no", "not", "one", "two", "three", "from", "by", "to", "of",
        "under", "over", "during", "among", "between", "instead", "once", "even", "only", "just", "last", "next",
        "new", "first", "second", "third", "other", "another", "each", "every", "such", "more", "less", "here",
        "now", "again", "whether", "although", "though", "because", "until", "unless", "about", "against", "into",
        "through", "toward", "towards", "upon", "within", "mr", "mrs", "ms", "dr", "yes", "oh", "well", "please",
        "thank", "thanks", "like", "unlike", "did", "does", "maybe", "perhaps", "never", "certainly", "clearly",
        "beyond", "regarding", "including", "god", "western", "eastern", "northern", "southern", "central", "global", "international",
        "national", "federal", "islamic", "arab", "muslim", "christian", "jewish", "catholic", "democrats",
        "republicans", "democrat", "republican", "democratic", "conservative", "labour", "liberal", "tory", "tories",
        "reuters", "afp", "ap", "bbc", "cnn", "internet", "twitter", "facebook", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "christmas", "easter", "ramadan", "north", "south",
        "east", "west", "editing", "reporting", "writing", "additional", "photo", "video", "file", "source",
        "sources", "officials", "analysts", "experts", "critics", "supporters", "people", "police", "troops",
        "forces", "rebels", "government", "parliament", "congress", "senate", "house", "court", "army", "navy",
    ])
    // Months are not here: `nameCapable` tells `Theresa May` from `in May`.
    /// Compass points, words that are not names but may be surnames after a given name (`Kanye West`).
    static let compassPoints = set(["north", "south", "east", "west"])
    /// Words that make a capitalized run an institution or a place rather than a person.
    static let institutionWords = set([
        "state", "states", "council", "department", "ministry", "nations", "union", "party", "group", "committee",
        "commission", "agency", "office", "bank", "court", "house", "senate", "congress", "parliament", "assembly",
        "army", "forces", "front", "university", "college", "school", "institute", "foundation", "company", "corp",
        "inc", "ltd", "airport", "street", "square", "road", "river", "sea", "ocean", "gulf", "island", "islands",
        "city", "province", "region", "county", "district", "republic", "kingdom", "federation", "organization",
        "organisation", "association", "alliance", "coalition", "movement", "brigade", "brigades", "army", "guard",
        "partnership",
        "police", "service", "services", "times", "post", "news", "journal", "herald", "network", "television", "radio",
        "press", "media", "club", "league", "cup", "games", "olympics", "summit", "conference", "treaty", "accord",
        "agreement", "act", "bill", "law", "war", "crisis", "center", "centre", "hospital", "church", "mosque",
        "palace", "hall", "tower", "park", "valley", "mountains", "desert", "plaza", "stadium", "museum", "prize",
        "award", "day", "week", "program", "programme", "project", "initiative", "fund", "board", "authority",
        "administration", "government", "cabinet", "secretariat", "embassy", "consulate", "mission", "delegation",
        "airlines", "airways", "motors", "group", "holdings", "partners", "capital", "securities", "exchange",
        "lab", "labs", "society", "chamber", "telegraph", "gazette", "tribune", "chronicle", "financial", "technologies", "industries", "pharmaceuticals", "insurance", "appeals",
    ])
    /// Lowercase particles inside names (`Staffan de Mistura`, `Ludwig van Beethoven`).
    static let nameParticles = set([
        "de", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "bin", "ibn",
        "al", "ben", "ter", "y", "zu",
    ])
    /// Words between a subject and its speech verb (`Churkin on Friday said`, `Russia has curtly rejected`).
    static let adverbials = set([
        "also", "has", "have", "had", "was", "were", "is", "are", "would", "will", "later", "earlier", "again", "then",
        "further", "previously", "separately", "repeatedly", "publicly", "privately", "reportedly", "once", "already",
        "never", "not", "had", "did", "does", "do", "could", "might", "may", "must", "should", "shall", "can",
        "himself", "herself", "themselves", "itself", "too", "however", "meanwhile", "still", "yet", "just", "even",
        "first", "last", "recently", "subsequently", "initially", "finally", "immediately", "quickly", "openly",
        "explicitly", "implicitly", "flatly", "curtly", "angrily", "firmly", "strongly", "sharply",
    ])
    /// Prepositions of time or place that open a short adverbial (`on Friday`, `in Geneva`).
    static let adverbialPrepositions = set(["on", "in", "at", "late", "early", "last", "this", "next", "during"])
    @inline(__always) static func isToAtOf(_ h: UInt64) -> Bool { h == to || h == at || h == of }
    @inline(__always) static func isForOfAt(_ h: UInt64) -> Bool { h == for_ || h == of || h == at }
    @inline(__always) static func isEndByte(_ b: UInt8) -> Bool { b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3B || b == 0x85 }
    @inline(__always) static func isTrailingByte(_ b: UInt8) -> Bool { b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x97 }
    static let other: UInt64 = 0x0a24_ad61_c256_2a55  // "other"
    static let them: UInt64 = 0x2579_c6ef_323d_0be3  // "them"
    static let on: UInt64 = 0x08b0_5807_b556_6370  // "on"
    static let placePrepositions = set(["in", "around", "at", "near", "outside"])
    static let settingPrepositions = set(["in", "at", "during", "on", "via"])
    static let subordinators = set(["as", "when", "after", "before", "while"])
    /// Determiners that open a descriptive speaker (`the bank`, `a report`, `its lawyers`).
    static let speakerDeterminers = set(["the", "a", "an", "one", "another", "its", "their", "his", "her", "our"])
    /// Words that make an unnamed speaker a body of a country's state (`the Foreign Ministry`, `the government`),
    /// which a story from that country means as its own.
    static let governmentBodies = set(["ministry", "government", "cabinet", "presidency", "military", "army", "police",
                                       "parliament"])
    /// Reflexive pronouns: skipped as adverbials (`he himself said`), but the object of a naming verb.
    static let reflexives = set(["himself", "herself", "themselves", "itself"])
    /// Determiners that open a clause after a cue (`said the talks failed`), where no addressee is expected.
    static let clauseDeterminers = set(["the", "a", "an", "this", "these", "those"])
    /// Determiners after which a cue form is a noun (`the states`, `their claims`).
    static let nounDeterminers = set([
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "our", "my", "your", "several", "only",
        "first", "last", "key", "many", "some", "any", "other", "more", "opening", "same", "such",
    ])
    /// Words before a participle whose subject is the sentence's (`before saying`, `while telling`).
    static let participleOpeners = set(["before", "after", "while", "when", "by", "and", "then"])
    /// Generational suffixes that end a name.
    static let nameSuffixes = set(["jr", "sr", "ii", "iii", "iv"])
    static let shadow = Hash.of("shadow")
    static let think = Hash.of("think"), tank = Hash.of("tank")
    /// Ranks below the one a noun names, which stay part of the role: `assistant director`, `deputy editor`.
    static let lowerRanks = set(["assistant", "deputy", "associate", "vice"])
    /// Words of a place of learning, whose name's `in X` says where it is, not a branch.
    static let academies = set(["university", "college", "school", "academy", "institute"])
    /// What a person leads that others serve in: `Trump campaign adviser`, `Obama administration official`.
    static let teams = set(["campaign", "administration", "transition"])
    /// Military ranks, which say less of a retired officer than the post they held.
    static let ranks: Set<String> = [
        "general", "admiral", "colonel", "lieutenant general", "major general", "brigadier general", "vice admiral",
        "rear admiral", "lieutenant colonel", "air marshal", "field marshal",
    ]
    /// Participles that open an aside of being asked: `Peskov, asked how…, said`.
    static let askedAsides = set(["asked", "pressed", "questioned"])
    static let when = Hash.of("when"), tabloid = Hash.of("tabloid")
    /// Kin nouns that say a gender: `said Megumi's mother…. "…," she said.`
    static let femaleKin = set(["mother", "daughter", "wife", "sister", "widow", "grandmother", "aunt", "niece"])
    static let maleKin = set(["father", "son", "husband", "brother", "widower", "grandfather", "uncle", "nephew"])
    /// The roles of a city's offices, whose place is the city a title names.
    static let cityRoles: Set<String> = ["mayor", "deputy mayor", "lord mayor", "governor", "city council president"]
    /// The roles of those who sit on a court.
    static let judicialRoles: Set<String> = ["judge", "justice", "chief justice", "chief judge", "magistrate"]
    /// Words before a title that say the office is not held (yet): `a prospective Labour MP`.
    static let notYet = set(["prospective", "would-be", "aspiring", "wannabe"])
    /// Words before a verb of saying that make it a saying yet to come or that did not happen (`will announce`,
    /// `declined to comment`).
    static let unsaid = set(["will", "would", "may", "might", "could", "should", "shall", "to", "'ll"])
    /// Words that follow a company's name (`Novartis' shares`, `Turkcell's stake`, `Verizon Communications Inc`), and
    /// rarely a person's.
    static let businessNouns = set([
        "shares", "profits", "profit", "sales", "revenue", "revenues", "earnings", "shareholders", "subsidiary",
        "operations", "merger", "executives", "employees", "customers", "plant", "factory", "products", "division",
        "inc", "corp", "ltd", "plc", "llc", "communications", "holdings", "share", "unit", "units",
    ])
    /// Lowercase nouns for an institution, which a name right after them is the name of (`charity Actionaid`).
    static let institutionKinds = set([
        "charity", "group", "firm", "company", "agency", "bank", "union", "party", "newspaper", "website",
        "broadcaster", "network", "lobby", "coalition", "insurer", "lender", "carrier", "airline", "retailer",
        "watchdog", "regulator", "organisation", "organization", "foundation", "institute", "magazine", "daily",
    ])
    /// Words that join a place to a title after it (`…to Ecuador, where President Juan Mora said`).
    static let linkingWhere = set(["where", "whose"])
    static let that: UInt64 = 0x256c_adef_3232_570c  // "that"
    static let he: UInt64 = 0x08ba_5307_b55e_af76  // "he"
    static let we: UInt64 = 0x08cb_5307_b56d_22a9  // "we"
    static let she: UInt64 = 0x8245_aa19_5cea_9e21  // "she"
    static let him: UInt64 = 0x3373_3119_3006_8ff5  // "him"
    static let her: UInt64 = 0x334a_1a19_2fe3_63cc  // "her"
    static let his = Hash.of("his")
    static let the: UInt64 = 0x56f5_c919_4461_d57c  // "the"
    static let to: UInt64 = 0x08c8_3907_b56a_c0a4  // "to"
    static let of: UInt64 = 0x08b0_6007_b556_7108  // "of"
    static let at: UInt64 = 0x089c_4e07_b545_a968  // "at"
    static let as_: UInt64 = 0x089c_5507_b545_b54d  // "as"
    static let for_: UInt64 = 0xdcb2_7818_fed9_da90  // "for"
    static let from: UInt64 = 0x7f84_5078_d7a5_c0b5  // "from"
    static let percent: UInt64 = 0x4253_14f7_20ae_7f7a  // "percent"
    /// Words after a comma that end reported content: the writer's own clause follows.
    static let clauseBreakers = set(["which", "while", "whereas", "although", "though", "but", "even"])
    /// Words after `and`/`but` that start a second verb phrase of the same subject (`but would not offer`).
    static let coordinatedVerbOpeners = set(["would", "could", "did", "also", "has", "had", "then", "was", "is"])
    static let who: UInt64 = 0x5ec5_fc19_4891_690f  // "who"
    static let which = Hash.of("which")
    static let last: UInt64 = 0x0456_d2ad_9058_47d9  // "last"
    static let this: UInt64 = 0x2587_bcef_3249_3841  // "this"
    static let by: UInt64 = 0x08a6_4b07_b54d_f8d4  // "by"
    /// Prepositions that open a setting rather than a clause (`In a statement,`, `On November 19,`).
    static let settingOpeners = set([
        "in", "on", "at", "during", "after", "before", "since", "with", "for", "from", "by", "of", "to", "under",
        "despite", "amid", "according", "as", "over", "throughout", "following",
    ])
    /// Words after `Asked` that open the question (`Asked about`, `Asked whether`).
    /// Words before `asked` that make the question one put to the speaker: `when asked whether`.
    static let askOpeners = set(["when", "after", "if", "once", "before", "while"])
    static let questionOpeners = set(["about", "if", "whether", "what", "who", "how", "why", "when", "where", "on"])
    static let in_: UInt64 = 0x08b7_3807_b55c_4bbe  // "in"
    /// Numbers written as words, for shares of people (`six in 10`, `sixty percent`).
    static let numberWords = set([
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "most", "many",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ])
    static let and: UInt64 = 0xe6f7_9719_051f_f286  // "and"
    static let but: UInt64 = 0x0061_1e19_135a_72cc  // "but"
    static let a: UInt64 = 0xaf63_dc4c_8601_ec8c  // "a"
    static let an: UInt64 = 0x089c_3807_b545_8406  // "an"
    static let quoted: UInt64 = 0xc290_3860_9249_9bc9  // "quoted"
    static let cited = Hash.of("cited")
    static let paraphrased = Hash.of("paraphrased")
    static let saying: UInt64 = 0x224f_0d56_fee4_9628  // "saying"
    static let having: UInt64 = 0x9c68_c3ff_bacc_25dc  // "having"
    static let said: UInt64 = 0x096e_4d18_bf89_481c  // "said"
    static let counterpart: UInt64 = 0xae19_2e48_ea0e_05fe  // "counterpart"
    static let counterparts: UInt64 = 0xe2cf_32e5_b5d3_6e97  // "counterparts"
    static let former: UInt64 = 0x64cd_628e_eff3_227c  // "former"
    static let ex: UInt64 = 0x088e_4207_b539_57a8  // "ex"
    static let then: UInt64 = 0x2579_c7ef_323d_0d96  // "then"
    static let according: UInt64 = 0x2206_9a7d_ca73_9b67  // "according"
    /// Tokens that can open a reported clause without `that`.
    static let clauseOpeners = set([
        "he", "she", "it", "they", "we", "i", "you", "there", "the", "a", "an", "this", "these", "those", "his", "her",
        "their", "its", "our", "no", "all", "some", "any", "such", "both", "neither", "none", "nothing", "everyone",
        "everything", "anyone", "nobody", "if", "whether", "many", "most", "one", "two", "three", "more", "several",
    ])
    /// Words after a speech verb that show its complement is not a clause (`said in`, `said of`, `said so`).
    static let clauseBlockers = set([
        "in", "on", "at", "of", "to", "by", "with", "during", "after", "before", "for", "from", "about", "as", "while",
        "when", "through", "under", "over", "without", "so", "yes", "something", "anything",
        "goodbye", "hello", "thanks", "earlier", "later", "then", "again", "too", "also", "last", "recently",
        "repeatedly", "privately", "publicly", "afterward", "afterwards", "here", "what", "why", "how",
        "which", "who", "whom", "where", "and", "or", "but", "than", "via", "outside", "inside", "near", "into",
        "onto", "upon", "among", "against", "across", "behind", "like", "unlike", "since", "until", "amid",
    ])
    /// Nouns after `in a …` that stay with the cue (`said in a statement`).
    static let cueSettings = set([
        "statement", "interview", "speech", "letter", "post", "tweet", "remarks", "address", "briefing", "release",
        "message", "note", "report", "email", "e-mail", "call", "conference", "press", "news", "testimony",
        "television", "broadcast", "video", "column", "op-ed", "blog", "podcast", "hearing", "session", "meeting",
        "sermon", "rally", "debate",
    ])
    /// Words between a country or institution and a title that keep the title theirs: `U.S. intelligence director`,
    /// `Russian military spokesman`.
    static let titleModifiers = set([
        "intelligence", "military", "security", "defense", "defence", "trade", "nuclear", "economic", "economy",
        "foreign", "army", "naval", "navy", "air", "force", "top", "chief", "senior", "deputy", "national", "state",
        "federal", "health", "energy", "finance", "financial", "interior", "justice", "police", "election", "campaign",
        "budget", "climate", "counterterrorism", "cyber", "space", "environment", "environmental", "agriculture",
        "commerce", "labor", "labour", "transport", "education", "government", "regional", "provincial", "local",
        "special", "chief", "lead", "top", "acting", "interim", "assistant", "associate", "principal", "spy",
        "intelligence-service", "counterintelligence", "border", "customs", "immigration", "tax", "treasury",
    ])
    static let modifiers = set([
        "senior", "top", "high-ranking", "high", "ranking", "other", "former", "unnamed", "anonymous", "administration",
        "government", "military", "security", "intelligence", "diplomatic", "foreign", "local", "western", "european",
        "arab", "american", "official", "two", "three", "four", "several", "some", "many", "one", "a", "an", "the",
        "his", "her", "their", "its", "our", "ministry", "defense", "defence", "state", "federal", "regional", "key",
        "leading", "prominent", "campaign", "party", "police", "army", "white", "house", "palace", "kremlin", "un",
        "eu", "u.n.", "u.s.", "us", "deputy", "chief", "junior", "unidentified", "independent", "rebel", "opposition",
        "council", "security", "western", "turkish", "iranian", "israeli", "palestinian", "syrian", "russian",
    ])
}
