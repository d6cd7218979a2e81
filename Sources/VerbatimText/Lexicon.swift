import Foundation

/// The gazetteers and word lists that extraction and the archive share, read from the TSV files in `data/`.
///
/// Files and their columns (lists inside a cell are separated by `|`):
/// - `countries.tsv`: `alpha3 alpha2 name official_name common_name` (generated from ISO 3166-1 by
///   `scripts/make_countries.py`);
/// - `country_aliases.tsv`: `alpha3 kind alias`, kind one of `short`, `name`, `abbreviation`, `demonym`,
///   `capital`, `seat` (a place or institution that speaks for the state: the Kremlin, the White House);
/// - `organizations.tsv`: `key name acronym kind parent country head_role aliases`;
/// - `offices.tsv`: `surface role category [country]` (one surface form of a title per line, lowercase; the
///   country when only one country uses the title);
/// - `speech_cues.tsv`: `lemma forms act type frames`;
/// - `acts.tsv`: `act cameo cameo_root label neutral words` (what a statement does, with its CAMEO code; every cue's
///   act must be one of them);
/// - `events.tsv`: `kind forms [located] [to_place]` (the words that name an event of each kind);
/// - `places.tsv`: `name country kind aliases`;
/// - `speaker_nouns.tsv`: `singular plural` (nouns for people who can speak: official, diplomat);
/// - `honorifics.tsv`: `form gender`;
/// - `first_names.tsv`: `name gender` (`m`, `f`, or `u` for both), to tell `he` from `she`; optional;
/// - `office_holders.tsv`: `name aliases role country organization start end` (who held which office when); optional.
public struct Lexicon: Sendable {
    /// A country with its names.
    public struct Country: Sendable, Hashable {
        /// ISO 3166-1 alpha-3 code, the key everywhere in Verbatim.
        public var alpha3: String
        /// ISO 3166-1 alpha-2 code.
        public var alpha2: String
        /// The name to show: the `short` alias, else ISO's common name, else ISO's name.
        public var name: String
        /// The ISO 3166-1 name.
        public var isoName: String
        /// The ISO official name, when it has one.
        public var officialName: String?
        /// Every other way the country is named.
        public var aliases: [Alias]
    }

    /// One way of naming a country.
    public struct Alias: Sendable, Hashable {
        /// How the name refers to the country.
        public enum Kind: String, Sendable, CaseIterable {
            case short, name, abbreviation, demonym, capital, seat
        }

        public var kind: Kind
        public var text: String
    }

    /// An organization from `organizations.tsv`.
    public struct Organization: Sendable, Hashable {
        /// Stable key (`un`, `unsc`, `nato`), used for parents.
        public var key: String
        public var name: String
        public var acronym: String?
        /// One of `intergovernmental`, `government body`, `news agency`, `party`, `armed group`, `company`, `other`.
        public var kind: String
        /// Key of the organization this one belongs to.
        public var parent: String?
        /// Alpha-3 code of the country, for national bodies.
        public var country: String?
        /// The normalized role of its head (`secretary general` for NATO), so `NATO head` reads as that office.
        public var headRole: String?
        public var aliases: [String]

        /// The name, acronym and aliases: every surface form.
        public var allNames: [String] { [name] + (acronym.map { [$0] } ?? []) + aliases }
    }

    /// One surface form of an office title.
    public struct Office: Sendable, Hashable {
        /// The form as written, lowercase (`foreign secretary`, `sen.`).
        public var surface: String
        /// The normalized role it stands for (`foreign minister`, `senator`).
        public var role: String
        /// A coarse category: `head_of_state`, `head_of_government`, `minister`, `diplomat`, `legislator`,
        /// `military`, `spokesperson`, `org_head`, `official`, `judicial`, `party`, `other`.
        public var category: String
        /// The alpha-3 code of the one country that uses this title (`treasury secretary`), if only one does.
        public var country: String? = nil
    }

    /// A word or phrase that introduces speech.
    public struct SpeechCue: Sendable, Hashable {
        /// The base form (`say`, `according to`).
        public var lemma: String
        /// Every form to match, lowercase (`say|says|said|saying`).
        public var forms: [String]
        /// The speech act it signals (`say`, `deny`, `reject`, `criticize`…).
        public var act: String
        /// `verb`, `phrase` or `noun`.
        public var type: String
        /// How the reported content follows the cue: `clause`, `evaluative`, `object`, `naming`, `addressee`,
        /// `continuation`, `infinitive` (see `speech_cues.tsv`).
        public var frames: Set<String>
    }

    /// Words that make a title the office below it (`deputy secretary`, `vice president`, `under secretary`): both
    /// extraction (`Deputy Homeland Security Secretary`) and questions (`the deputy homeland security secretary`)
    /// read them.
    public static let rankWords: Set<String> = ["deputy", "vice", "assistant", "under"]

    /// The frames a speech cue may have.
    public static let cueFrames: Set<String> = [
        "clause", "evaluative", "object", "naming", "addressee", "continuation", "infinitive",
    ]

    /// A place that is not a country: a city, region or site.
    public struct Place: Sendable, Hashable {
        public var name: String
        /// Alpha-3 code of the country it lies in.
        public var country: String?
        /// `city`, `region`, `site`…
        public var kind: String
        public var aliases: [String]
    }

    /// A noun for a person who can speak, used for anonymous and descriptive speakers.
    public struct SpeakerNoun: Sendable, Hashable {
        public var singular: String
        public var plural: String
    }

    /// A form of address before a name, with the gender it implies (`m`, `f`, or empty).
    public struct Honorific: Sendable, Hashable {
        public var form: String
        public var gender: String
    }

    /// A statement act (`criticize`) with its CAMEO code and the words that show it inside a statement.
    public struct Act: Sendable, Hashable {
        public var act: String
        /// CAMEO event code (`111`) and root (`11`).
        public var cameo: String
        public var cameoRoot: String
        public var label: String
        /// A neutral act (`say`) leaves the act to the statement's words.
        public var isNeutral: Bool
        public var words: [String]
    }

    /// A kind of event (`talks`, `air strike`) and the words that name one.
    public struct EventKind: Sendable, Hashable {
        public var kind: String
        public var forms: [String]
        /// Whether a country named before the word is where it happens (`the U.S. election`, not `U.S. sanctions`).
        public var isLocated: Bool = true
        /// Whether `to PLACE` after the word is where it happens (`a visit to Manila`).
        public var takesTo: Bool = false
    }

    public var countries: [Country] = []
    public var organizations: [Organization] = []
    public var offices: [Office] = []
    public var speechCues: [SpeechCue] = []
    public var places: [Place] = []
    public var speakerNouns: [SpeakerNoun] = []
    public var honorifics: [Honorific] = []
    public var acts: [Act] = []
    public var eventKinds: [EventKind] = []
    /// Known office holders, in the file's order.
    public var officeHolders: [OfficeHolder] = []
    /// Given names with the gender they usually mark (`m`, `f`, or `u` for both), keyed by the lowercased name.
    public var firstNames: [String: String] = [:]
    /// The directory the lexicon was read from.
    public var directory: URL?

    public init() {}

    /// The `data/` directory shipped as a resource of this library.
    public static var bundledDirectory: URL? {
        Bundle.module.url(forResource: "data", withExtension: nil)
    }

    /// Which files of `data/` to read.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// `organizations.tsv`.
        public static let organizations = Parts(rawValue: 1 << 0)
        /// `countries.tsv` and `country_aliases.tsv`; the other files' country codes are checked against them.
        public static let countries = Parts(rawValue: 1 << 6)
        /// `offices.tsv`.
        public static let offices = Parts(rawValue: 1 << 1)
        /// `speech_cues.tsv` and `acts.tsv`.
        public static let speech = Parts(rawValue: 1 << 2)
        /// `events.tsv`.
        public static let events = Parts(rawValue: 1 << 3)
        /// `places.tsv`.
        public static let places = Parts(rawValue: 1 << 4)
        /// `speaker_nouns.tsv`, `honorifics.tsv` and `first_names.tsv`.
        public static let people = Parts(rawValue: 1 << 5)
        /// `office_holders.tsv`; its roles, countries and organizations are checked against the files read with it.
        public static let holders = Parts(rawValue: 1 << 7)
        /// Everything: what extraction and import need.
        public static let all: Parts = [
            .countries, .organizations, .offices, .speech, .events, .places, .people, .holders,
        ]
        /// What answering questions needs (office titles, places, event words); the rest, countries included, it reads
        /// from the archive.
        public static let questions: Parts = [.offices, .events, .places]
    }

    /// Reads the lexicon shipped with the library, or the one in `directory` when given.
    ///
    /// - Parameter parts: the files to read; the others leave their lists empty. A tool that
    ///   only answers questions reads a third of the files, which matters at every start.
    /// - Throws: ``LexiconError`` naming the first file that is missing or malformed.
    public static func load(from directory: URL? = nil, parts: Parts = .all) throws -> Lexicon {
        guard let directory = directory ?? bundledDirectory else {
            throw LexiconError(path: "data", reason: "the bundled data directory is missing")
        }
        var lexicon = Lexicon()
        lexicon.directory = directory
        func table(_ name: String) throws -> TSVTable {
            try TSVTable(contentsOf: directory.appendingPathComponent(name))
        }
        func optional(_ cell: String) -> String? { cell.isEmpty ? nil : cell }

        // The country codes the other files may name; nil when the countries are not read, and not checked.
        var knownCodes: Set<String>?
        if parts.contains(.countries) {
            let countries = try table("countries.tsv")
            let (c3, c2, cName, cOfficial, cCommon) = try (
                countries.column("alpha3"), countries.column("alpha2"), countries.column("name"),
                countries.column("official_name"), countries.column("common_name")
            )
            let aliases = try table("country_aliases.tsv")
            let (a3, aKind, aText) = try (aliases.column("alpha3"), aliases.column("kind"), aliases.column("alias"))
            var aliasesByCode: [String: [Alias]] = [:]
            for row in aliases.rows {
                guard let kind = Alias.Kind(rawValue: row[aKind]) else {
                    throw LexiconError(path: aliases.path, reason: "unknown alias kind '\(row[aKind])' for \(row[a3])")
                }
                aliasesByCode[row[a3], default: []].append(Alias(kind: kind, text: row[aText]))
            }
            let codes = Set(countries.rows.map { $0[c3] })
            knownCodes = codes
            if let unknown = aliasesByCode.keys.sorted().first(where: { !codes.contains($0) }) {
                throw LexiconError(path: aliases.path, reason: "names unknown country code '\(unknown)'")
            }
            lexicon.countries = countries.rows.map { row in
                let own = aliasesByCode[row[c3]] ?? []
                let display = own.first(where: { $0.kind == .short })?.text ?? optional(row[cCommon]) ?? row[cName]
                return Country(
                    alpha3: row[c3], alpha2: row[c2], name: display, isoName: row[cName],
                    officialName: optional(row[cOfficial]), aliases: own)
            }
        }

        if parts.contains(.organizations) {
            let orgs = try table("organizations.tsv")
            let o = try (
                key: orgs.column("key"), name: orgs.column("name"), acronym: orgs.column("acronym"),
                kind: orgs.column("kind"), parent: orgs.column("parent"), country: orgs.column("country"),
                head: orgs.column("head_role"), aliases: orgs.column("aliases")
            )
            lexicon.organizations = orgs.rows.map { row in
                Organization(
                    key: row[o.key], name: row[o.name], acronym: optional(row[o.acronym]), kind: row[o.kind],
                    parent: optional(row[o.parent]), country: optional(row[o.country]), headRole: optional(row[o.head]),
                    aliases: TSVTable.list(row[o.aliases]))
            }
            let orgKeys = Set(lexicon.organizations.map(\.key))
            for org in lexicon.organizations {
                if let parent = org.parent, !orgKeys.contains(parent) {
                    throw LexiconError(path: orgs.path, reason: "organization '\(org.key)' names unknown parent '\(parent)'")
                }
                if let country = org.country, knownCodes?.contains(country) == false {
                    throw LexiconError(path: orgs.path, reason: "organization '\(org.key)' names unknown country '\(country)'")
                }
            }
        }

        if parts.contains(.offices) {
            let offices = try table("offices.tsv")
            let (fSurface, fRole, fCategory) = try (
                offices.column("surface"), offices.column("role"), offices.column("category")
            )
            let fCountry = offices.columns.firstIndex(of: "country")
            lexicon.offices = try offices.rows.map { row in
                let country = fCountry.flatMap { optional(row[$0]) }
                if let country, knownCodes?.contains(country) == false {
                    throw LexiconError(path: offices.path, reason: "office '\(row[fSurface])' names unknown country '\(country)'")
                }
                return Office(surface: row[fSurface].lowercased(), role: row[fRole], category: row[fCategory], country: country)
            }
        }

        if parts.contains(.speech) {
            let cues = try table("speech_cues.tsv")
            let (sLemma, sForms, sAct, sType, sFrames) = try (
                cues.column("lemma"), cues.column("forms"), cues.column("act"), cues.column("type"), cues.column("frames")
            )
            lexicon.speechCues = try cues.rows.map { row in
                let frames = Set(TSVTable.list(row[sFrames]))
                if let unknown = frames.subtracting(cueFrames).sorted().first {
                    throw LexiconError(path: cues.path, reason: "cue '\(row[sLemma])' has unknown frame '\(unknown)'")
                }
                return SpeechCue(lemma: row[sLemma], forms: TSVTable.list(row[sForms]).map { $0.lowercased() },
                                 act: row[sAct], type: row[sType], frames: frames)
            }

            let acts = try table("acts.tsv")
            let (aAct, aCameo, aRoot, aLabel, aNeutral, aWords) = try (
                acts.column("act"), acts.column("cameo"), acts.column("cameo_root"), acts.column("label"),
                acts.column("neutral"), acts.column("words")
            )
            lexicon.acts = acts.rows.map {
                Act(act: $0[aAct], cameo: $0[aCameo], cameoRoot: $0[aRoot], label: $0[aLabel], isNeutral: $0[aNeutral] == "yes",
                    words: TSVTable.list($0[aWords]).map { $0.lowercased() })
            }
            let actNames = Set(lexicon.acts.map(\.act))
            if let cue = lexicon.speechCues.first(where: { !actNames.contains($0.act) }) {
                throw LexiconError(path: acts.path, reason: "has no act '\(cue.act)' that speech cue '\(cue.lemma)' names")
            }
        }

        if parts.contains(.events) {
            let events = try table("events.tsv")
            let (eKind, eForms) = try (events.column("kind"), events.column("forms"))
            let eLocated = events.columns.firstIndex(of: "located"), eTo = events.columns.firstIndex(of: "to_place")
            lexicon.eventKinds = events.rows.map { row in
                EventKind(kind: row[eKind], forms: TSVTable.list(row[eForms]).map { $0.lowercased() },
                          isLocated: eLocated.map { row[$0] != "no" } ?? true, takesTo: eTo.map { row[$0] == "yes" } ?? false)
            }
        }

        if parts.contains(.places) {
            let places = try table("places.tsv")
            let (pName, pCountry, pKind, pAliases) = try (
                places.column("name"), places.column("country"), places.column("kind"), places.column("aliases")
            )
            lexicon.places = places.rows.map {
                Place(name: $0[pName], country: optional($0[pCountry]), kind: $0[pKind], aliases: TSVTable.list($0[pAliases]))
            }
            if let place = lexicon.places.first(where: { $0.country.map { knownCodes?.contains($0) == false } ?? false }) {
                throw LexiconError(path: places.path, reason: "place '\(place.name)' names unknown country '\(place.country!)'")
            }
        }

        if parts.contains(.people) {
            let nouns = try table("speaker_nouns.tsv")
            let (nSingular, nPlural) = try (nouns.column("singular"), nouns.column("plural"))
            lexicon.speakerNouns = nouns.rows.map { SpeakerNoun(singular: $0[nSingular], plural: $0[nPlural]) }

            let honorifics = try table("honorifics.tsv")
            let (hForm, hGender) = try (honorifics.column("form"), honorifics.column("gender"))
            lexicon.honorifics = honorifics.rows.map { Honorific(form: $0[hForm], gender: $0[hGender]) }

            let namesURL = directory.appendingPathComponent("first_names.tsv")
            if FileManager.default.fileExists(atPath: namesURL.path) {
                let names = try TSVTable(contentsOf: namesURL)
                let (nName, nGender) = try (names.column("name"), names.column("gender"))
                for row in names.rows where ["m", "f", "u"].contains(row[nGender]) {
                    lexicon.firstNames[row[nName].lowercased()] = row[nGender]
                }
            }
        }

        let holdersURL = directory.appendingPathComponent("office_holders.tsv")
        if parts.contains(.holders), FileManager.default.fileExists(atPath: holdersURL.path) {
            lexicon.officeHolders = try officeHolders(
                table("office_holders.tsv"),
                roles: parts.contains(.offices) ? Set(lexicon.offices.map(\.role)) : nil, countries: knownCodes,
                organizations: parts.contains(.organizations) ? Set(lexicon.organizations.map(\.key)) : nil)
        }

        return lexicon
    }
}
