import Foundation
import GRDB
import VerbatimText

/// Which statements to list: every condition given must hold.
public struct StatementFilter: Sendable {
    /// A person's name or surname, or any part of the speaker as stored.
    public var speaker: String?
    /// A country as code, name, alias or demonym: statements whose speaker serves or is that country.
    public var country: String?
    /// An organization as name, acronym or alias: statements whose speaker serves or is it, or one of its parts.
    public var organization: String?
    /// Words the statement or its context contains, or a topic it is linked to.
    public var about: String?
    /// An act the statement performs (`criticize`, or a CAMEO code such as `111`).
    public var act: String?
    /// Whom an act of the statement is aimed at: a country (with its institutions and officials), an organization
    /// or a person.
    public var target: String?
    /// Earliest `published_on`, inclusive.
    public var since: String?
    /// Latest `published_on`, inclusive.
    public var until: String?
    /// Most rows to return.
    public var limit: Int?

    public init(speaker: String? = nil, country: String? = nil, organization: String? = nil, about: String? = nil,
                act: String? = nil, target: String? = nil, since: String? = nil, until: String? = nil,
                limit: Int? = nil) {
        self.speaker = speaker
        self.act = act
        self.target = target
        self.country = country
        self.organization = organization
        self.about = about
        self.since = since
        self.until = until
        self.limit = limit
    }
}

/// A piece of SQL `WHERE` clause over `v_statements` (aliased `v`) with its arguments.
public struct SQLCondition: Sendable {
    public var sql: String
    public var arguments: [DatabaseValue]
    /// What is known of how many statements it selects, so that an answer does not count them again.
    var size = Size.unknown

    /// What is known of how many statements a condition selects.
    enum Size: Sendable {
        case unknown
        /// It is a list of these statement ids (``ids(_:)``).
        case listed([Int64])
        /// More than an answer lists.
        case many
    }

    public init(_ sql: String, _ arguments: [DatabaseValueConvertible?] = []) {
        self.sql = sql
        self.arguments = arguments.map { $0?.databaseValue ?? .null }
    }

    /// The statements `ids`, as one JSON argument however many they are.
    static func ids(_ ids: [Int64]) -> SQLCondition {
        var condition = SQLCondition("v.id IN (SELECT value FROM json_each(?))", [Archive.jsonList(ids)])
        condition.size = .listed(ids)
        return condition
    }
}

extension Archive {
    /// The columns of `verbatim export statements` and of `v_statements`, in order.
    public static let exportColumns = [
        "article", "origin", "published_on", "kind", "text", "start", "end", "cue", "speaker", "speaker_kind",
        "speaker_start", "speaker_end", "speaker_role", "speaker_country", "speaker_organization", "speaker_place", "act",
        "act_target",
        "context",
    ]

    /// The statements matching `filter`, newest first, with the columns to show.
    public func statements(_ filter: StatementFilter, columns: [String]? = nil) throws -> ResultTable {
        try read { db in
            var conditions: [SQLCondition] = []
            if let speaker = filter.speaker {
                conditions.append(try SpeakerResolver(db: db, lexicon: lexicon).condition(for: speaker).condition)
            }
            if let country = filter.country {
                guard let code = try Self.countryCode(country, db: db) else {
                    throw ArchiveError("no country in the archive matches '\(country)'")
                }
                conditions.append(Self.speakerCountryCondition(code))
            }
            if let organization = filter.organization {
                let ids = try Self.organizationIDs(organization, db: db)
                guard !ids.isEmpty else {
                    throw ArchiveError("no organization in the archive matches '\(organization)'")
                }
                conditions.append(Self.organizationCondition(ids))
            }
            // (The topic's condition goes here, once it is known that it is needed.)
            let aboutPosition = conditions.count
            if filter.act != nil || filter.target != nil {
                conditions.append(try Self.actCondition(act: filter.act, target: filter.target, lexicon: lexicon, db: db))
            }
            if let since = filter.since { conditions.append(SQLCondition("v.published_on >= ?", [since])) }
            if let until = filter.until { conditions.append(SQLCondition("v.published_on <= ?", [until])) }
            let shown = (columns ?? Self.listColumns).map { "v.\"\($0)\"" }
            if let about = filter.about {
                // A topic alone, with statements enough to list that SQLite would walk them: the newest are found in
                // Swift, off the date index (see `newestFirst`).
                let topics = try Self.topicMatch(about, lexicon: lexicon, db: db)
                let lists = try Self.aboutLists(about, topics: topics, db: db)
                if conditions.isEmpty, let linked = lists.linked, let worded = lists.worded,
                   linked.count + worded.count >= Self.someTopicLinks {
                    let listed = Self.ids(in: linked.ids) + Self.ids(in: worded.ids)
                    return try Self.statementRows(db, ids: try Self.newestFirst(db, among: listed, limit: filter.limit),
                                                  columns: shown)
                }
                conditions.insert(try Self.aboutCondition(about, topics: topics, lists: lists, lexicon: lexicon, db: db),
                                  at: aboutPosition)
            }
            let ids = try Self.statementIDs(db, conditions, limit: filter.limit)
            return try Self.statementRows(db, ids: ids, columns: shown)
        }
    }

    /// The columns `verbatim statements` shows by default.
    public static let listColumns = ["published_on", "speaker", "speaker_role", "speaker_country", "kind", "act",
                                     "text", "title", "source", "context"]

    /// Calls `body` with each row of the export, in article and offset order, without holding them all in memory.
    public func exportStatements(_ body: ([String], [DatabaseValue]) throws -> Void) throws {
        try read { db in
            let columns = Self.exportColumns.map { "\"\($0)\"" }.joined(separator: ", ")
            let statement = try db.makeStatement(sql: "SELECT \(columns) FROM v_statements ORDER BY id")
            let cursor = try Row.fetchCursor(statement)
            while let row = try cursor.next() {
                try body(Self.exportColumns, Array(row.databaseValues))
            }
        }
    }

    /// The alpha-3 code of a country named by code, name, alias or demonym.
    ///
    /// - Parameter seats: whether a capital or seat (`Moscow`, `the Kremlin`) names the country too. It does for a
    ///   speaker; as a topic, a capital is the city.
    static func countryCode(_ text: String, seats: Bool = true, db: Database) throws -> String? {
        let name = Self.trimArticle(text)
        return try String.fetchOne(db, sql: """
            SELECT code FROM countries WHERE code = upper(?1) OR alpha2 = upper(?1) OR name = ?1 COLLATE NOCASE
               OR iso_name = ?1 COLLATE NOCASE
            UNION ALL
            SELECT country_code FROM country_aliases
            WHERE alias = ?1 COLLATE NOCASE AND (?2 OR kind NOT IN ('capital', 'seat'))
            LIMIT 1
            """, arguments: [name, seats])
    }

    /// Ids of the organizations named by name, acronym or alias, with every organization below them.
    static func organizationIDs(_ text: String, db: Database) throws -> [Int64] {
        let name = Self.trimArticle(text)
        return try Int64.fetchAll(db, sql: """
            WITH RECURSIVE matched(id) AS (
                SELECT id FROM organizations WHERE name = ?1 COLLATE NOCASE OR acronym = ?1 COLLATE NOCASE
                UNION SELECT organization_id FROM organization_aliases WHERE alias = ?1 COLLATE NOCASE
                UNION SELECT o.id FROM organizations o JOIN matched m ON o.parent_id = m.id
            )
            SELECT id FROM matched
            """, arguments: [name])
    }

    /// Statements whose speaker serves or is one of the organizations `ids`: the office's organization when the
    /// office has one, else the statement's own.
    static func organizationCondition(_ ids: [Int64]) -> SQLCondition {
        speakerServes("organization_id", ids)
    }

    /// Statements about `text`: linked to it as a topic (country, organization, place, person, event) or containing
    /// its words in the statement or its context.
    ///
    /// The statements linked to the topic and those with its words are listed once, here, unless there are many. A
    /// topic linked to many statements (`Russia`) is tested statement by statement, so that a list of them newest
    /// first stops as soon as it is full; many statements with its words are a subquery.
    ///
    /// - Parameters:
    ///   - topics: the topic's ``topicMatch(_:lexicon:db:)``, when the caller has it already.
    ///   - walk: whether the statements are listed newest first up to a limit (not counted).
    ///   - narrowed: whether other conditions that an index serves (a speaker) go with this one.
    ///   - many: how many statements make a topic common (see ``manyTopicLinks``); `some`, see ``someTopicLinks``.
    static func aboutCondition(_ text: String, topics: SQLCondition? = nil, lists: AboutLists? = nil, walk: Bool = true,
                               narrowed: Bool = false, many: Int = manyTopicLinks, some: Int = someTopicLinks,
                               lexicon: Lexicon, db: Database) throws -> SQLCondition {
        let topics = try topics ?? topicMatch(text, lexicon: lexicon, db: db)
        let phrase = Self.ftsPhrase(Self.trimArticle(text))
        let (linked, worded) = try lists ?? aboutLists(text, topics: topics, many: many, db: db)
        var idLists: [String] = []
        var listed = 0
        var tests: [SQLCondition] = []
        if let linked {
            idLists.append(linked.ids); listed += linked.count
        } else if walk {
            tests.append(SQLCondition(
                "EXISTS (SELECT 1 FROM statement_topics t WHERE t.statement_id = v.id AND (\(topics.sql)))", topics.arguments))
        } else {
            tests.append(SQLCondition(
                "v.id IN (SELECT t.statement_id FROM statement_topics t WHERE \(topics.sql))", topics.arguments))
        }
        if let worded {
            idLists.append(worded.ids); listed += worded.count
        } else {
            tests.append(SQLCondition("v.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)", [phrase]))
        }
        // A list of some size, or any list beside a per-statement test, is tested during the walk: `+v.id` keeps
        // SQLite from reading each listed statement to sort them by date. A count narrowed by another condition (a
        // speaker) starts from that one and tests a list of some size. A short list is one SQLite starts from: it
        // cannot see how long a bound list is.
        if listed > 0 {
            let id = (walk || narrowed) && listed >= some || walk && !tests.isEmpty ? "+v.id" : "v.id"
            // One JSON array bound as a value: SQLite parses thousands of literals in the SQL itself far more slowly.
            let array = "[" + idLists.filter { !$0.isEmpty }.joined(separator: ",") + "]"
            tests.insert(SQLCondition("\(id) IN (SELECT value FROM json_each(?))", [array]), at: 0)
        }
        guard !tests.isEmpty else { return SQLCondition("0") }
        return SQLCondition(tests.map(\.sql).joined(separator: "\nOR "), tests.flatMap(\.arguments))
    }

    /// The statements linked to a topic (`t` matching `topics`), as a column `id`.
    static func linkedStatements(_ topics: SQLCondition) -> String {
        "SELECT t.statement_id AS id FROM statement_topics t WHERE \(topics.sql)"
    }

    /// The statements with the words of a phrase (its one argument) in their text or context, as a column `id`.
    static let wordedStatements = "SELECT rowid AS id FROM statements_fts WHERE statements_fts MATCH ?"

    /// The statements linked to a topic and those with its words, each as ``idList(_:_:_:upTo:)`` gives them: ids
    /// separated by commas, and how many; nil when there are more than `many`.
    typealias AboutLists = (linked: (ids: String, count: Int)?, worded: (ids: String, count: Int)?)

    /// The ``AboutLists`` of `text`, whose topic matches `topics` (see ``topicMatch(_:lexicon:db:)``).
    static func aboutLists(_ text: String, topics: SQLCondition, many: Int = manyTopicLinks, db: Database) throws
        -> AboutLists
    {
        (try idList(db, linkedStatements(topics), StatementArguments(topics.arguments), upTo: many),
         try idList(db, wordedStatements, [ftsPhrase(trimArticle(text))], upTo: many))
    }

    /// The ids of a list that ``idList(_:_:_:upTo:)`` gives (`12,345,6789`), read byte by byte.
    static func ids(in list: String) -> [Int64] {
        var ids: [Int64] = []
        var id: Int64 = 0
        var digits = false
        for byte in list.utf8 {
            if byte == UInt8(ascii: ",") {
                if digits { ids.append(id) }
                id = 0
                digits = false
            } else {
                id = id &* 10 &+ Int64(byte &- UInt8(ascii: "0"))
                digits = true
            }
        }
        if digits { ids.append(id) }
        return ids
    }

    /// The statements of `ids` newest first, at most `limit`: the date index read in order, each statement kept when
    /// listed, until there are enough.
    ///
    /// SQLite's own walk (`+v.id IN (…)`) puts the list in a temporary index and tests each statement there; a Swift
    /// set does the same test for a fraction of the cost, on the ids that the index hands over in order.
    static func newestFirst(_ db: Database, among ids: [Int64], limit: Int?) throws -> [Int64] {
        let wanted = Set(ids)
        var found: [Int64] = []
        let cursor = try Int64.fetchCursor(db, sql: "SELECT v.id FROM statements v ORDER BY \(newestFirst)")
        while let id = try cursor.next() {
            guard wanted.contains(id) else { continue }
            found.append(id)
            if let limit, found.count >= limit { break }
        }
        return found
    }

    /// The ids `sql` selects (as a column `id`) as a comma-separated list, and how many; nil when there are more than
    /// `limit`.
    static func idList(_ db: Database, _ sql: String, _ arguments: StatementArguments, upTo limit: Int) throws
        -> (ids: String, count: Int)?
    {
        let row = try Row.fetchOne(db, sql: "SELECT count(*), group_concat(id) FROM (\(sql) LIMIT \(limit + 1))",
                                   arguments: arguments)
        let count: Int = row?[0] ?? 0
        return count > limit ? nil : (row?[1] ?? "", count)
    }

    /// How many statements linked to a topic make it common enough to test statement by statement: in a large
    /// archive, a walk newest first then meets one within a few hundred rows. As many statements with its words are a
    /// subquery.
    static let manyTopicLinks = 15_000
    /// How many topic links make a list of statements worth testing during a walk newest first rather than reading
    /// each to sort them.
    static let someTopicLinks = 1000

    /// How closely a statement (`v`) is about a topic: the weight of its best link to the topic (1 for its own words,
    /// 0.6 for its sentence, 0.4 for the paragraph it answers), 1 when only its words match.
    ///
    /// - Parameter topics: the topic's ``topicMatch(_:lexicon:db:)``.
    static func aboutScore(topics: SQLCondition) -> SQLCondition {
        SQLCondition("""
            coalesce((SELECT max(t.weight) FROM statement_topics t WHERE t.statement_id = v.id AND (\(topics.sql))), 1.0)
            """, topics.arguments.map { $0.databaseValue })
    }

    /// The condition on a `statement_topics` row (`t`) that it links to `text`: its label, a country, an
    /// organization, or an event of the kind and place the words name.
    static func topicMatch(_ text: String, lexicon: Lexicon, db: Database) throws -> SQLCondition {
        let term = Self.trimArticle(text)
        var parts = ["t.label = ? COLLATE NOCASE"]
        var arguments: [DatabaseValueConvertible?] = [term]
        // `the Geneva talks`, `air strikes around Aleppo`: an event of that kind whose place or name has the other words.
        let lowered = " " + term.lowercased() + " "
        var eventIDs: [Int64] = []
        for kind in lexicon.eventKinds {
            guard let form = kind.forms.filter({ lowered.contains(" \($0) ") }).max(by: { $0.count < $1.count }) else {
                continue
            }
            let restWords = lowered.replacingOccurrences(of: " \(form) ", with: " ").split(separator: " ")
                .filter { !["in", "at", "around", "near", "of", "on", "the"].contains($0) }
            // A place or name is a few words; more are a clause (`meeting Trump would mean nothing`), which no event
            // is named by, and matching it would read every event of the kind.
            guard restWords.count <= 4 else { continue }
            let rest = restWords.joined(separator: " ")
            // Each part reads one index (`events_kind_place`, `events_kind_name`): only the events with a place or
            // a name, not every event of the kind.
            let events = rest.isEmpty ? "SELECT id FROM events WHERE kind = ?" : """
                SELECT id FROM events WHERE kind = ? AND place IS NOT NULL AND place LIKE '%' || ? || '%'
                UNION SELECT id FROM events WHERE kind = ? AND name IS NOT NULL AND name LIKE '%' || ? || '%'
                """
            let eventArguments: [DatabaseValueConvertible?] = rest.isEmpty ? [kind.kind] : [kind.kind, rest, kind.kind, rest]
            // A few events are listed once here: as a subquery, every query that tests the condition lists them
            // again. Many stay a subquery, within SQLite's limit on bound values.
            let ids = try Int64.fetchAll(db, sql: events + " LIMIT \(Self.listedEvents + 1)",
                                         arguments: StatementArguments(eventArguments))
            if ids.count <= Self.listedEvents {
                eventIDs += ids
            } else {
                parts.append("t.event_id IN (\(events))")
                arguments += eventArguments
            }
        }
        appendIn("t.event_id", eventIDs, to: &parts, &arguments)
        if let code = try countryCode(term, seats: false, db: db) {
            parts.append("t.country_code = ?")
            arguments.append(code)
        }
        appendIn("t.organization_id", try organizationIDs(term, db: db), to: &parts, &arguments)
        return SQLCondition(parts.joined(separator: " OR "), arguments)
    }

    /// How many events of a topic are listed by id in its condition; more are selected by a subquery.
    static let listedEvents = 500

    /// Appends `column IN (?, …)` for `ids`, and the ids, unless there are none.
    static func appendIn(_ column: String, _ ids: [Int64], to parts: inout [String],
                         _ arguments: inout [DatabaseValueConvertible?]) {
        guard !ids.isEmpty else { return }
        parts.append("\(column) IN (\(placeholders(ids.count)))")
        arguments += ids.map { $0 as DatabaseValueConvertible? }
    }

    /// `text` as an FTS5 phrase query, its quotes doubled.
    static func ftsPhrase(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` without surrounding spaces, quotes, final punctuation (not the period of `U.S.`) and a leading `the `.
    static func trimArticle(_ text: String) -> String {
        var name = text.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'“”?!"))
        if name.hasSuffix("."), !name.dropLast().contains(".") { name.removeLast() }
        if name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
        return name
    }
}
