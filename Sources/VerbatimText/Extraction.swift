/// Everything extraction finds in one article. Ranges are UTF-8 byte offsets into the article's text.
public struct Extraction: Sendable {
    public var statements: [Statement] = []
    public var mentions: [Mention] = []
    public var officials: [Official] = []
    public var events: [EventMention] = []

    public init(statements: [Statement] = [], mentions: [Mention] = [], officials: [Official] = [],
                events: [EventMention] = []) {
        self.statements = statements
        self.mentions = mentions
        self.officials = officials
        self.events = events
    }
}

/// How a statement reports speech.
public enum StatementKind: String, Sendable, CaseIterable {
    /// Words in quotation marks.
    case direct
    /// Reported speech that quotes some of the words (`he was "hopeful" the talks would resume`).
    case partial
    /// Reported speech (`Churkin said the talks would resume`).
    case indirect
}

/// One thing someone said, as the article reports it.
public struct Statement: Sendable, Hashable {
    public var kind: StatementKind
    /// The content: inside the quotation marks for a quote, the reported clause for reported speech.
    public var range: Range<Int>
    /// The content's text (the article's text at ``range``).
    public var text: String
    /// The cue as written (`said`, `told reporters`, `according to`), when there is one.
    public var cue: String?
    public var cueRange: Range<Int>?
    /// The lemma of the cue (`say`, `tell`), when known.
    public var cueLemma: String?
    /// Who said it, when known.
    public var speaker: Speaker?
    /// The pronoun that attributes the statement when the article does not make clear whom it stands for (`she
    /// said`, with no woman named before); nil when ``speaker`` is known.
    public var unresolvedMention: Range<Int>?
    /// The sentence or sentences that frame the statement.
    public var context: Range<Int>
    /// The name of the rule that found it, for `explain-article`.
    public var rule: String
    /// What the statement does, the main act first (never empty once extracted).
    public var acts: [StatementAct] = []

    public init(kind: StatementKind, range: Range<Int>, text: String, cue: String? = nil, cueRange: Range<Int>? = nil,
                cueLemma: String? = nil, speaker: Speaker? = nil, context: Range<Int>, rule: String) {
        self.kind = kind
        self.range = range
        self.text = text
        self.cue = cue
        self.cueRange = cueRange
        self.cueLemma = cueLemma
        self.speaker = speaker
        self.context = context
        self.rule = rule
    }
}

/// The speaker of a statement, resolved as far as the article allows.
public struct Speaker: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// A named person.
        case person
        /// An institution (`the State Department`).
        case organization
        /// A country or its seat speaking (`Russia`, `the Kremlin`, `Paris`).
        case country
        /// An unnamed source (`a senior official`, `diplomats`); ``name`` holds the description.
        case anonymous
    }

    public var kind: Kind
    /// The full name of the person, the name of the organization or country, or the anonymous description.
    public var name: String
    /// The mention in the statement's own sentence that names the speaker (a pronoun, surname or title included).
    public var mention: Range<Int>
    /// The mention's text.
    public var mentionText: String
    /// Where a pronoun, surname or title was resolved to, when it was.
    public var antecedent: Range<Int>?
    /// Normalized office role (`ambassador`), when known.
    public var role: String?
    /// Alpha-3 code of the country the speaker serves or is, when known.
    public var country: String?
    /// Key of the organization (from `organizations.tsv`) the speaker serves or is, when known.
    public var organization: String?
    /// How the article describes the speaker: for a person, the words around their name anywhere in the article
    /// (`Brookings analyst; a senior fellow at the Brookings Institution`); for anyone else, the words that name them
    /// here (`a Senate aide`, `Moscow's foreign ministry`).
    public var described: String?

    public init(kind: Kind, name: String, mention: Range<Int>, mentionText: String, antecedent: Range<Int>? = nil,
                role: String? = nil, country: String? = nil, organization: String? = nil) {
        self.kind = kind
        self.name = name
        self.mention = mention
        self.mentionText = mentionText
        self.antecedent = antecedent
        self.role = role
        self.country = country
        self.organization = organization
    }
}

/// A recognized person, country, organization or place in the text.
public struct Mention: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case person, country, organization, place
    }

    public var kind: Kind
    public var range: Range<Int>
    public var text: String
    /// What it refers to: the full name for a person, the alpha-3 code for a country, the organization's key, the
    /// place's name.
    public var key: String

    public init(kind: Kind, range: Range<Int>, text: String, key: String) {
        self.kind = kind
        self.range = range
        self.text = text
        self.key = key
    }
}

/// An act a statement performs (`criticize`, `demand`), and at whom when the text says.
public struct StatementAct: Sendable, Hashable {
    /// Where the act was read: from the cue (`criticized`), from the statement's words (`condemns`), or neither.
    public enum Origin: String, Sendable {
        case cue, words
        case `default`
    }

    /// The act's name, one of `data/acts.tsv`.
    public var act: String
    public var cameo: String
    /// The person, country or organization the act is aimed at.
    public var target: Mention?
    public var origin: Origin

    public init(act: String, cameo: String, target: Mention? = nil, origin: Origin) {
        self.act = act
        self.cameo = cameo
        self.target = target
        self.origin = origin
    }
}

/// An office someone holds, as a title–name pattern in the text shows it.
public struct Official: Sendable, Hashable {
    /// The person's full name.
    public var name: String
    /// Normalized lowercase role (`ambassador`, `secretary of state`).
    public var role: String
    /// Alpha-3 code of the country served.
    public var country: String?
    /// Key of the organization served at or for.
    public var organization: String?
    /// The name of an institution the gazetteer does not know, as the article writes it (`the Lowy Institute`), when
    /// ``organization`` is nil.
    public var organizationName: String?
    /// True for `former President Barack Obama`.
    public var isFormer: Bool
    /// The place within the country whose office it is (`Ohio` in `Ohio Secretary of State`), when the title names one.
    public var place: String?
    /// The whole title–name mention.
    public var range: Range<Int>

    /// Whether this office, read from another mention of the same person, says more than `other`: the same title
    /// with its country or organization, or a fuller title (`secretary of state` after `secretary`).
    func isMoreSpecific(than other: Official) -> Bool {
        guard isFormer == other.isFormer else { return false }
        if role == other.role {
            return (country != nil && other.country == nil) || (organization != nil && other.organization == nil)
        }
        return role.hasPrefix(other.role + " ") && (other.country == nil || country == other.country)
    }

    public init(name: String, role: String, country: String? = nil, organization: String? = nil,
                organizationName: String? = nil, isFormer: Bool = false, place: String? = nil, range: Range<Int>) {
        self.name = name
        self.organizationName = organizationName
        self.place = place
        self.role = role
        self.country = country
        self.organization = organization
        self.isFormer = isFormer
        self.range = range
    }
}

/// Something that happened, as a phrase in the text names it (`peace talks in Geneva`, `air strikes around Aleppo`).
public struct EventMention: Sendable, Hashable {
    /// `talks`, `air strike`, `offensive`, `summit`, `vote`… (the kinds of `data/events.tsv`).
    public var kind: String
    /// A short name (`Syria peace talks`), when the text gives one.
    public var name: String?
    /// The place (`Geneva`), when given.
    public var place: String?
    /// Alpha-3 code of the country where it happened or which it concerns, when known.
    public var country: String?
    /// When it happens, and until when, as the text says (`on Friday`, `until February 25`).
    public var when: EventDate?
    public var until: EventDate?
    /// The people, countries and organizations named with it (in the sentences that mention it).
    public var participants: [Mention] = []
    /// The first mention.
    public var range: Range<Int>
    /// Every mention in the article, the first included.
    public var ranges: [Range<Int>]

    public init(kind: String, name: String? = nil, place: String? = nil, country: String? = nil, when: EventDate? = nil,
                until: EventDate? = nil, participants: [Mention] = [], range: Range<Int>) {
        self.kind = kind
        self.name = name
        self.place = place
        self.country = country
        self.when = when
        self.until = until
        self.participants = participants
        self.range = range
        self.ranges = [range]
    }
}
