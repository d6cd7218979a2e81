import Foundation
import GRDB
import GRDBSQLite
import VerbatimText

/// Writes extracted articles into the archive, one transaction per batch, with prepared statements reused and the
/// ids of sources, organizations and people cached across batches.
///
/// Statements, their acts and topics, and mentions are inserted many rows to a statement (``BulkInsert``), at the end
/// of the batch at the latest; statements take their ids from the writer, so that the rows that refer to them need
/// not wait for SQLite's. An act or topic may so be stored before its statement: the writer relies on an import's
/// unchecked references (``Archive/setBulkLoad(_:)``), checked whole in debug builds once the import ends.
struct ArticleWriter {
    let archive: Archive
    private var sourceIDs: [String: Int64] = [:]
    private var organizationIDs: [String: Int64] = [:]
    /// The gazetteer's organizations by lowercased name, acronym and alias, for the names articles write.
    private var gazetteerNames: [String: Int64] = [:]
    /// Country names and organization names with their countries, as targets and participants need them.
    private var countryNames: [String: String] = [:]
    private var organizationNames: [Int64: (name: String, country: String?)] = [:]
    private var personIDs: [String: Int64] = [:]
    /// The same ids by names as written, which most mentions repeat: no folding needed to find them.
    private var personIDsByName: [String: Int64] = [:]
    /// The spelling each person read or written here has.
    private var spellings: [Int64: String] = [:]
    /// The rows of the tables an import fills row by row (see ``BulkInsert``).
    private var mentionRows = BulkInsert(table: "mentions", columns: [
        "article_id", "kind", "start", "end", "text", "person_id", "country_code", "organization_id", "place",
    ])
    private var statementRows = BulkInsert(table: "statements", columns: [
        "id", "article_id", "kind", "text", "start", "end", "cue", "cue_lemma", "cue_start", "cue_end", "speaker",
        "speaker_kind", "person_id", "organization_id", "country_code", "office_id", "speaker_mention", "speaker_start",
        "speaker_end", "context", "context_start", "context_end", "rule", "published_on", "looked_up", "speaker_description",
    ])
    private var actRows = BulkInsert(table: "statement_acts", columns: [
        "statement_id", "position", "act", "cameo", "origin", "target_kind", "target", "target_country_code",
        "target_organization_id", "target_person_id", "target_start", "target_end",
    ])
    private var topicRows = BulkInsert(table: "statement_topics", columns: [
        "statement_id", "kind", "label", "country_code", "organization_id", "person_id", "event_id", "origin", "weight",
    ])
    /// The id the next statement stored takes.
    private var nextStatementID: Int64 = 0
    /// The people whose offices changed, or who have statements whose office or country is to be looked up: the end
    /// of the import works those out (``Archive/resolveSpeakers(touched:)``).
    private(set) var touchedPeople: Set<Int64> = []

    init(archive: Archive) {
        self.archive = archive
    }

    /// Writes a batch; returns the articles stored, the duplicates skipped and the statements stored.
    mutating func write(_ batch: [ExtractedArticle]) throws -> (Int, Int, Int) {
        try archive.write { db in
            if organizationIDs.isEmpty {
                for row in try Row.fetchAll(db, sql: "SELECT key, id FROM organizations WHERE key IS NOT NULL") {
                    organizationIDs[row[0]] = row[1]
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT name, id FROM organizations WHERE key IS NOT NULL
                    UNION ALL SELECT acronym, id FROM organizations WHERE key IS NOT NULL AND acronym IS NOT NULL
                    UNION ALL SELECT alias, organization_id FROM organization_aliases
                    """) {
                    let name: String = row[0]
                    if gazetteerNames[name.lowercased()] == nil { gazetteerNames[name.lowercased()] = row[1] }
                }
            }
            var imported = 0
            var duplicates = 0
            var statements = 0
            let now = ISO8601DateFormatter().string(from: Date())
            let lastBefore = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM statements") ?? 0
            nextStatementID = lastBefore + 1
            // Rows still gathered belong to a batch that failed, and was rolled back.
            eachBulkInsert { $0.discard() }
            for article in batch {
                if let count = try write(article, importedAt: now, db: db) {
                    imported += 1
                    statements += count
                } else {
                    duplicates += 1
                }
            }
            try eachBulkInsert { try $0.flush(db) }
            // The batch's statements enter the full-text indexes in one statement each: a row at a time, FTS5 would write
            // a segment for each (see migration 0002).
            try db.execute(sql: """
                INSERT INTO statements_fts(rowid, text, context, title, speaker)
                SELECT id, text, context, title, speaker FROM statements_search WHERE id > ?
                """, arguments: [lastBefore])
            try db.execute(sql: "INSERT INTO speakers_fts(rowid, speaker) SELECT id, speaker_description FROM statements WHERE id > ?",
                           arguments: [lastBefore])
            try db.execute(sql: """
                INSERT OR IGNORE INTO person_descriptions(person_id, description)
                SELECT person_id, speaker_description FROM statements
                WHERE id > ? AND person_id IS NOT NULL AND speaker_description IS NOT NULL ORDER BY id
                """, arguments: [lastBefore])
            return (imported, duplicates, statements)
        }
    }

    /// Calls `body` with the rows of each table an import fills row by row, statements before their acts and topics.
    private mutating func eachBulkInsert(_ body: (inout BulkInsert) throws -> Void) rethrows {
        try body(&mentionRows)
        try body(&statementRows)
        try body(&actRows)
        try body(&topicRows)
    }

    /// Writes one article; nil when its content is already stored.
    private mutating func write(_ article: ExtractedArticle, importedAt: String, db: Database) throws -> Int? {
        let parsed = article.parsed
        let pending = article.pending
        let offsets = article.offsets
        let date = pending.date
        let sourceID = try article.source.map { try source($0, db: db) }
        try db.cachedStatement(sql: """
            INSERT INTO articles(content_hash, name, origin, source_id, title, lead, byline, dateline, published_on,
                                 url, text, extractor_version, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(content_hash) DO NOTHING
            """).execute(arguments: [
                article.hash, pending.name, pending.origin, sourceID, pending.title ?? parsed.titleText,
                parsed.leadText, parsed.sourceLineText, parsed.datelineText, date, pending.url, pending.text,
                Importer.extractorVersion, importedAt,
            ])
        guard db.changesCount > 0 else { return nil }
        let articleID = db.lastInsertedRowID
        let extraction = article.extraction

        // Offices first, so statements can point at the office their speaker held.
        var officeByPerson: [String: Int64] = [:]
        for official in extraction.officials {
            let personID = try person(official.name, db: db)
            let officeID = try office(
                personID: personID, role: official.role, country: official.country,
                organization: try official.organization.flatMap { organizationIDs[$0] }
                    ?? official.organizationName.map { try organization(named: $0, db: db) },
                isFormer: official.isFormer,
                place: official.place, date: date, articleID: articleID, db: db)
            if officeByPerson[PersonName.fold(official.name)] == nil || !official.isFormer {
                officeByPerson[PersonName.fold(official.name)] = officeID
            }
        }

        for mention in extraction.mentions {
            let range = offsets.scalars(mention.range)
            var personID: Int64?
            var country: String?
            var organization: Int64?
            var place: String?
            switch mention.kind {
            case .person: personID = try person(mention.key, db: db)
            case .country: country = mention.key
            case .organization: organization = organizationIDs[mention.key]
            case .place: place = mention.key
            }
            try mentionRows.append([
                articleID.databaseValue, mention.kind.rawValue.databaseValue, range.lowerBound.databaseValue,
                range.upperBound.databaseValue, mention.text.databaseValue, personID.databaseValue, country.databaseValue,
                organization.databaseValue, place.databaseValue,
            ], db: db)
        }

        var eventIDs: [Int64] = []
        for event in extraction.events {
            let eventID = try self.event(event, date: date, db: db)
            let range = offsets.scalars(event.range)
            try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO event_articles(event_id, article_id, start, "end") VALUES (?, ?, ?, ?)
                """).execute(arguments: [eventID, articleID, range.lowerBound, range.upperBound])
            eventIDs.append(eventID)
        }
        let topics = ArticleTopics(extraction, eventIDs: eventIDs)

        for statement in extraction.statements {
            let range = offsets.scalars(statement.range)
            let cue = statement.cueRange.map(offsets.scalars)
            let context = offsets.scalars(statement.context)
            var personID: Int64?
            var organizationID: Int64?
            var country: String?
            var officeID: Int64?
            var lookedUp = 0
            if let speaker = statement.speaker {
                switch speaker.kind {
                case .person:
                    let id = try person(speaker.name, db: db)
                    personID = id
                    officeID = officeByPerson[PersonName.fold(speaker.name)]
                    if officeID == nil, let role = speaker.role {
                        officeID = try office(
                            personID: id, role: role, country: speaker.country,
                            organization: speaker.organization.flatMap { organizationIDs[$0] }, isFormer: false,
                            place: nil, date: date, articleID: articleID, db: db)
                    }
                    // The office held and the country served, when the article does not say, come from the whole
                    // archive at the end of the import.
                    lookedUp = (officeID == nil ? 1 : 0) | (speaker.country == nil ? 2 : 0)
                    if lookedUp != 0 { touchedPeople.insert(id) }
                case .organization:
                    organizationID = speaker.organization.flatMap { organizationIDs[$0] }
                case .country, .anonymous:
                    break
                }
                country = country ?? speaker.country
                if organizationID == nil { organizationID = speaker.organization.flatMap { organizationIDs[$0] } }
            }
            let speaker = statement.speaker
            // A pronoun that could not be resolved is still stored as the mention, without a speaker.
            let mention = speaker?.mention ?? statement.unresolvedMention
            let speakerRange = mention.map(offsets.scalars)
            let statementID = nextStatementID
            nextStatementID += 1
            var values: [DatabaseValue] = [
                statementID.databaseValue, articleID.databaseValue, statement.kind.rawValue.databaseValue,
                statement.text.databaseValue, range.lowerBound.databaseValue, range.upperBound.databaseValue,
                statement.cue.databaseValue, statement.cueLemma.databaseValue, (cue?.lowerBound).databaseValue,
                (cue?.upperBound).databaseValue,
            ]
            values += [
                (speaker?.name).databaseValue, (speaker?.kind.rawValue).databaseValue, personID.databaseValue,
                organizationID.databaseValue, country.databaseValue, officeID.databaseValue,
                (speaker?.mentionText ?? statement.unresolvedMention.map(parsed.string)).databaseValue,
                (speakerRange?.lowerBound).databaseValue,
                (speakerRange?.upperBound).databaseValue,
            ]
            values += [
                parsed.string(statement.context).databaseValue, context.lowerBound.databaseValue,
                context.upperBound.databaseValue, statement.rule.databaseValue, date.databaseValue,
                lookedUp.databaseValue, (speaker?.described).databaseValue,
            ]
            try statementRows.append(values, db: db)
            for (position, act) in statement.acts.enumerated() {
                let target = try act.target.flatMap { try entity($0, db: db) }
                let range = target == nil ? nil : act.target.map { offsets.scalars($0.range) }
                let values: [DatabaseValue] = [
                    statementID.databaseValue, position.databaseValue, act.act.databaseValue, act.cameo.databaseValue,
                    act.origin.rawValue.databaseValue, (target?.kind).databaseValue, (target?.label).databaseValue,
                    (target?.country).databaseValue, (target?.organization).databaseValue,
                    (target?.person).databaseValue, (range?.lowerBound).databaseValue, (range?.upperBound).databaseValue,
                ]
                try actRows.append(values, db: db)
            }

            try appendTopics(of: statement, id: statementID, topics: topics, parsed: parsed, db: db)
        }
        return extraction.statements.count
    }

    /// An article's mentions and events, indexed by position for ``appendTopics(of:id:topics:parsed:db:)``.
    private struct ArticleTopics {
        let mentions: [Mention]
        let mentionStarts: RangeIndex
        /// Every mention of every event, with the event's index and id and the mention's place among its own.
        let eventMentions: [(range: Range<Int>, event: Int, id: Int64, nth: Int)]
        let eventMentionIndex: RangeIndex

        init(_ extraction: Extraction, eventIDs: [Int64]) {
            mentions = extraction.mentions
            mentionStarts = RangeIndex(mentions.map(\.range))
            eventMentions = extraction.events.indices.flatMap { e in
                extraction.events[e].ranges.enumerated().map { (range: $0.element, event: e, id: eventIDs[e], nth: $0.offset) }
            }
            eventMentionIndex = RangeIndex(eventMentions.map(\.range))
        }
    }

    /// Appends the topics of statement `statementID`: what its words and its framing sentence mention, the speaker
    /// aside, and, for a paragraph that opens with a quote, what the paragraph before it says (the quote answers it);
    /// then the events its words or framing sentence mention. Rows come in the order of the article's mentions and
    /// events; only the mentions and events near the statement are looked at.
    private mutating func appendTopics(
        of statement: VerbatimText.Statement, id statementID: Int64, topics: ArticleTopics, parsed: ParsedArticle,
        db: Database
    ) throws {
        let framing = Self.framingParagraph(of: statement, in: parsed)
        var near = Array(topics.mentionStarts.starting(in: statement.range))
        near += topics.mentionStarts.starting(in: statement.context)
        if let framing { near += topics.mentionStarts.starting(in: framing) }
        near.sort()
        let speakerMention = statement.speaker?.mention
        var previous = -1
        for index in near where index != previous {
            previous = index
            let mention = topics.mentions[index]
            if let speakerMention, speakerMention.overlaps(mention.range) { continue }
            let origin: String
            let weight: Double
            if statement.range.contains(mention.range.lowerBound) {
                (origin, weight) = TopicLink.weights[0]
            } else if statement.context.contains(mention.range.lowerBound) {
                (origin, weight) = TopicLink.weights[1]
            } else {
                (origin, weight) = TopicLink.weights[2]
            }
            var country: String?
            var organization: Int64?
            var person: Int64?
            switch mention.kind {
            case .country: country = mention.key
            case .organization: organization = organizationIDs[mention.key]
            case .person: person = try self.person(mention.key, db: db)
            case .place: break
            }
            try topicRows.append([
                statementID.databaseValue, mention.kind.rawValue.databaseValue, mention.key.databaseValue,
                country.databaseValue, organization.databaseValue, person.databaseValue, .null,
                origin.databaseValue, weight.databaseValue,
            ], db: db)
        }
        // Each event once, by its first mention in the statement's words, else in its framing sentence.
        var links: [(event: Int, inWords: Bool, nth: Int, mention: Int)] = []
        for (inWords, range) in [(true, statement.range), (false, statement.context)] {
            for m in topics.eventMentionIndex.overlapping(range) {
                let e = topics.eventMentions[m]
                if let i = links.firstIndex(where: { $0.event == e.event }) {
                    if links[i].inWords == inWords, e.nth < links[i].nth { links[i].nth = e.nth; links[i].mention = m }
                } else {
                    links.append((e.event, inWords, e.nth, m))
                }
            }
        }
        links.sort { $0.event < $1.event }
        for link in links {
            let (origin, weight) = TopicLink.weights[link.inWords ? 0 : 1]
            let mention = topics.eventMentions[link.mention]
            try topicRows.append([
                statementID.databaseValue, "event".databaseValue, parsed.string(mention.range).databaseValue, .null,
                .null, .null, mention.id.databaseValue, origin.databaseValue, weight.databaseValue,
            ], db: db)
        }
    }

    /// The id of the source named `name`, created when new; a known news agency is linked to its organization.
    private mutating func source(_ name: String, db: Database) throws -> Int64 {
        let key = name.lowercased()
        if let id = sourceIDs[key] { return id }
        let id: Int64
        if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE name = ?", arguments: [name]) {
            id = existing
        } else {
            let organization = try Int64.fetchOne(db, sql: """
                SELECT o.id FROM organizations o WHERE o.name = ?1 COLLATE NOCASE OR o.acronym = ?1
                   OR o.id IN (SELECT organization_id FROM organization_aliases WHERE alias = ?1)
                ORDER BY o.kind = 'news agency' DESC LIMIT 1
                """, arguments: [name])
            try db.execute(sql: "INSERT INTO sources(name, organization_id) VALUES (?, ?)", arguments: [name, organization])
            id = db.lastInsertedRowID
        }
        sourceIDs[key] = id
        return id
    }

    /// The id of the person this name refers to, created when new.
    ///
    /// The same full name folded for case and diacritics is one person (François = Francois), spelled the way that
    /// ``isBetterSpelling(_:than:)`` prefers of all the spellings seen. Names that differ by initials (John F. Kerry,
    /// John Kerry) and a bare surname are people of their own here; which of them stands for whom is decided at the
    /// end of the import, from the whole archive (``Archive/resolveSpeakers(touched:)``), so that no import order
    /// decides it.
    /// The organization an article names as it writes it (`the Lowy Institute`, `BBC`): the one of that name, acronym
    /// or alias stored already, by the gazetteer (which come first) or any article, or a new one with no key, found
    /// in text. Not cached:
    /// a batch that fails is rolled back with the organizations it added.
    private func organization(named written: String, db: Database) throws -> Int64 {
        let name = written.hasPrefix("the ") ? String(written.dropFirst(4)) : written
        if let id = gazetteerNames[name.lowercased()] { return id }
        if let id = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM organizations WHERE name = ? COLLATE NOCASE ORDER BY key IS NULL, id LIMIT 1
            """), arguments: [name]) {
            return id
        }
        try db.cachedStatement(sql: "INSERT INTO organizations(key, name, kind) VALUES (NULL, ?, 'other')")
            .execute(arguments: [name])
        return db.lastInsertedRowID
    }

    private mutating func person(_ name: String, db: Database) throws -> Int64 {
        if let id = personIDsByName[name] { return id }
        let folded = PersonName.fold(name)
        let id: Int64
        if let known = personIDs[folded] {
            id = known
        } else if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name FROM people WHERE folded_name = ?"),
                                             arguments: [folded]) {
            id = row[0]
            spellings[id] = row[1]
        } else {
            let match = PersonName.matchName(folded).name
            let surname = match.split(separator: " ").last.map(String.init) ?? match
            try db.cachedStatement(sql: "INSERT INTO people(name, folded_name, match_name, surname) VALUES (?, ?, ?, ?)")
                .execute(arguments: [name, folded, match, surname])
            id = db.lastInsertedRowID
            spellings[id] = name
        }
        // Each new spelling is weighed against the one the person has: the best of all is the same in any order.
        if let current = spellings[id], Self.isBetterSpelling(name, than: current) {
            try db.cachedStatement(sql: "UPDATE people SET name = ? WHERE id = ?").execute(arguments: [name, id])
            spellings[id] = name
        }
        personIDs[folded] = id
        personIDsByName[name] = id
        return id
    }

    /// Whether `a` is the better of two spellings of one folded name: more letters outside ASCII (diacritics), or as
    /// many and first in order.
    static func isBetterSpelling(_ a: String, than b: String) -> Bool {
        let (x, y) = (a.unicodeScalars.count { !$0.isASCII }, b.unicodeScalars.count { !$0.isASCII })
        return x != y ? x > y : a < b
    }

    /// The id of the office, created when new; its first and last dates widened to `date`.
    private mutating func office(
        personID: Int64, role: String, country: String?, organization: Int64?, isFormer: Bool, place: String?,
        date: String?, articleID: Int64, db: Database
    ) throws -> Int64 {
        touchedPeople.insert(personID)
        var country = try country.flatMap { code in
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM countries WHERE code = ?"), arguments: [code]) == true
                ? code : nil
        }
        // `President Donald Trump` without a country is the office another article named with one
        // (`U.S. President Donald Trump`).
        if country == nil, organization == nil {
            country = try String.fetchOne(db.cachedStatement(sql: OfficeLookup.roleCountry),
                                          arguments: [personID, isFormer, role])
        }
        if let row = try Row.fetchOne(db.cachedStatement(sql: OfficeLookup.identity),
                                      arguments: [personID, role, country, organization, isFormer]) {
            let id: Int64 = row[0]
            try db.cachedStatement(sql: """
                UPDATE offices SET
                  first_seen_on = CASE WHEN first_seen_on IS NULL OR ?1 < first_seen_on THEN ?1 ELSE first_seen_on END,
                  last_seen_on = CASE WHEN last_seen_on IS NULL OR ?1 > last_seen_on THEN ?1 ELSE last_seen_on END,
                  place = ifnull(place, ?3)
                WHERE id = ?2
                """).execute(arguments: [date, id, place])
            return id
        }
        try db.cachedStatement(sql: """
            INSERT INTO offices(person_id, role, country_code, organization_id, is_former, first_seen_on, last_seen_on,
                                article_id, place)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [personID, role, country, organization, isFormer, date, date, articleID, place])
        return db.lastInsertedRowID
    }

    /// The event `event` is: the one of the same kind at the same place whose time overlaps (within a week), or a
    /// new one. Relative dates (`on Friday`) count from the article's date, which also stands in when the text gives
    /// none. Participants are added either way.
    private mutating func event(_ event: EventMention, date articleDate: String?, db: Database) throws -> Int64 {
        let date = event.when?.resolve(against: articleDate) ?? articleDate
        let until = event.until?.resolve(against: articleDate)
        let id: Int64
        // Only an event with a place can be one another article reported. (Asking for the others would read every
        // event of the kind without a place: an import would slow down as the archive grows.)
        if let place = event.place, let existing = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM events
            WHERE kind = ?1 AND place = ?2
              AND (date IS NULL OR ?3 IS NULL
                   OR julianday(?3) BETWEEN julianday(date) - 7 AND julianday(coalesce(until, date)) + 7
                   OR julianday(date) BETWEEN julianday(?3) - 7 AND julianday(coalesce(?4, ?3)) + 7)
            ORDER BY id DESC LIMIT 1
            """), arguments: [event.kind, place, date, until]) {
            id = existing
            try db.cachedStatement(sql: """
                UPDATE events SET name = coalesce(name, ?), country_code = coalesce(country_code, ?),
                    date = coalesce(date, ?), until = coalesce(until, ?) WHERE id = ?
                """).execute(arguments: [event.name, event.country, date, until, id])
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO events(kind, name, place, country_code, date, until) VALUES (?, ?, ?, ?, ?, ?)
                """).execute(arguments: [event.kind, event.name, event.place, event.country, date, until])
            id = db.lastInsertedRowID
        }
        let insertParticipant = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO event_participants(event_id, kind, label, country_code, organization_id, person_id)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        for p in event.participants {
            // (A participant needs an identity: an organization the archive does not know is left out.)
            guard let e = try entity(p, db: db), p.kind != .organization || e.organization != nil else { continue }
            try insertParticipant.execute(arguments: [id, e.kind, e.label, e.country, e.organization, e.person])
        }
        return id
    }

    /// The columns that name a person, country or organization mentioned (an act's target, an event's participant):
    /// kind, label, country (an organization's own), and ids. Nil for a place.
    private mutating func entity(_ m: Mention, db: Database) throws
        -> (kind: String, label: String, country: String?, organization: Int64?, person: Int64?)? {
        switch m.kind {
        case .person:
            return ("person", m.key, nil, nil, try person(m.key, db: db))
        case .country:
            return ("country", try countryName(m.key, db: db), m.key, nil, nil)
        case .organization:
            let id = organizationIDs[m.key]
            let named = try id.map { try organizationName($0, db: db) }
            return ("organization", named?.name ?? m.text, named?.country, id, nil)
        case .place:
            return nil
        }
    }

    /// The paragraph before the statement's, when the statement's paragraph opens with a quotation mark: the quote
    /// answers or goes on from it (`… offensive in Aleppo, AFP reported.` then `"It's in bad taste," Churkin said`).
    static func framingParagraph(of statement: VerbatimText.Statement, in parsed: ParsedArticle) -> Range<Int>? {
        // Paragraphs are in order and apart: only the last to start at or before the statement may hold it.
        let paragraphs = parsed.paragraphs
        let position = statement.range.lowerBound
        var low = 0
        var high = paragraphs.count
        while low < high {
            let middle = (low + high) / 2
            if paragraphs[middle].lowerBound <= position { low = middle + 1 } else { high = middle }
        }
        let p = low - 1
        guard p > 0, paragraphs[p].contains(position) else { return nil }
        let utf8 = parsed.text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: parsed.paragraphs[p].lowerBound)
        guard let first = utf8[start..<utf8.endIndex].first(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        // `"`, `'` (of `''`), and the first byte of `“` or `«`.
        guard first == 0x22 || first == 0x27 || first == 0xE2 || first == 0xC2 else { return nil }
        return parsed.paragraphs[p - 1]
    }

    /// The name of the country with alpha-3 `code` (the code itself when unknown).
    private mutating func countryName(_ code: String, db: Database) throws -> String {
        if let name = countryNames[code] { return name }
        let name = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM countries WHERE code = ?"),
                                       arguments: [code]) ?? code
        countryNames[code] = name
        return name
    }

    /// The name and country of organization `id`.
    private mutating func organizationName(_ id: Int64, db: Database) throws -> (name: String, country: String?) {
        if let known = organizationNames[id] { return known }
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT name, country_code FROM organizations WHERE id = ?"),
                                   arguments: [id])
        let named: (name: String, country: String?) = ((row?["name"] as String?) ?? "", row?["country_code"])
        organizationNames[id] = named
        return named
    }

}

extension Archive {
    /// Folds an office seen without a country (`President Donald Trump`) into the same person's office with the same
    /// role that some article named with one (`U.S. President Donald Trump`): its statements and dates move there.
    func consolidateOffices() throws {
        try write { db in
            try db.execute(sql: """
                CREATE TEMP TABLE IF NOT EXISTS office_moves(from_id INTEGER PRIMARY KEY, to_id INTEGER NOT NULL);
                DELETE FROM office_moves;
                INSERT INTO office_moves(from_id, to_id)
                SELECT o1.id, (SELECT o2.id FROM offices o2
                               WHERE o2.person_id = o1.person_id AND o2.role = o1.role AND o2.is_former = o1.is_former
                                 AND o2.country_code IS NOT NULL AND o2.organization_id IS NULL
                               ORDER BY o2.last_seen_on DESC LIMIT 1)
                FROM offices o1
                WHERE o1.country_code IS NULL AND o1.organization_id IS NULL
                  AND EXISTS (SELECT 1 FROM offices o2
                              WHERE o2.person_id = o1.person_id AND o2.role = o1.role AND o2.is_former = o1.is_former
                                AND o2.country_code IS NOT NULL AND o2.organization_id IS NULL);
                UPDATE offices SET
                    first_seen_on = (SELECT min(d) FROM (SELECT offices.first_seen_on AS d UNION ALL
                        SELECT f.first_seen_on FROM office_moves m JOIN offices f ON f.id = m.from_id WHERE m.to_id = offices.id)),
                    last_seen_on = (SELECT max(d) FROM (SELECT offices.last_seen_on AS d UNION ALL
                        SELECT f.last_seen_on FROM office_moves m JOIN offices f ON f.id = m.from_id WHERE m.to_id = offices.id))
                WHERE id IN (SELECT to_id FROM office_moves);
                UPDATE statements SET office_id = (SELECT to_id FROM office_moves WHERE from_id = statements.office_id)
                WHERE office_id IN (SELECT from_id FROM office_moves);
                DELETE FROM offices WHERE id IN (SELECT from_id FROM office_moves);
                DELETE FROM office_moves;
                """)
        }
    }

    /// Sets the writer up for an import, or back for everything else.
    ///
    /// An import does not check references row by row: its writer only stores ids it has just read or written, and
    /// each check costs a lookup per reference (a fifth of the import). It keeps 96 MB of pages in memory instead
    /// of 32: each statement lands in a dozen indexes at as many places, and in a large archive those pages stop
    /// fitting. It checkpoints the WAL every 64 MB rather than every 4 MB: the pages every batch rewrites (the ends of
    /// tables and indexes) are copied into the file once per checkpoint, not once per batch.
    ///
    /// Into an archive of fewer than ``deferIndexesBelow`` statements, an import also defers the indexes of the tables
    /// it fills (see `migrations/0006_deferred_indexes.sql`): they are dropped here and built again when bulk load
    /// ends. Indexes an interrupted import left dropped are built first.
    ///
    /// The full-text index gathers up to 32 MB of terms in memory before it writes them as a segment (FTS5
    /// `hashsize`, 1 MB by default). With 1 MB, each batch wrote a dozen small segments, and FTS5 merged them into
    /// the earlier ones as it went, reading those back: once the index outgrew the page cache, those reads grew with
    /// the archive (9 GB for 40,000 articles, 3 GB now with this and the larger cache). The setting to restore waits
    /// in `deferred_indexes` with the indexes, as SQL to run, so an interrupted import's is restored too.
    ///
    /// - Returns: how many indexes were built again. Dropping an index drops its statistics (`sqlite_stat1`), so the
    ///   import then gathers them anew, however little it added.
    @discardableResult
    func setBulkLoad(_ on: Bool) throws -> Int {
        if on { try setBulkLoadPragmas(true) }
        let built = try write { db in
            var built = 0
            for row in try Row.fetchAll(db, sql: "SELECT name, sql FROM deferred_indexes ORDER BY name") {
                let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?)",
                                               arguments: [row["name"] as String]) ?? false
                if !exists, (row["sql"] as String).hasPrefix("CREATE") { built += 1 }
                if !exists { try db.execute(sql: row["sql"]) }
            }
            try db.execute(sql: "DELETE FROM deferred_indexes")
            guard on else { return built }
            for (key, value, fts5Default) in Self.bulkLoadFullTextSettings {
                let current = try Int.fetchOne(db, sql: "SELECT v FROM statements_fts_config WHERE k = ?", arguments: [key])
                    ?? fts5Default
                try db.execute(sql: "INSERT INTO deferred_indexes(name, sql) VALUES (?, ?)", arguments: [
                    "statements_fts \(key)", "INSERT INTO statements_fts(statements_fts, rank) VALUES ('\(key)', \(current))",
                ])
                try db.execute(sql: "INSERT INTO statements_fts(statements_fts, rank) VALUES ('\(key)', \(value))")
            }
            let statements = try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM statements") ?? 0
            guard statements < Self.deferIndexesBelow else { return built }
            let tables = Self.bulkLoadedTables.map { "'\($0)'" }.joined(separator: ", ")
            for row in try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(tables))
                """) {
                let name: String = row["name"]
                try db.execute(sql: "INSERT INTO deferred_indexes(name, sql) VALUES (?, ?)", arguments: [name, row["sql"]])
                try db.execute(sql: "DROP INDEX \"\(name)\"")
            }
            return built
        }
        if !on { try setBulkLoadPragmas(false) }
        return built
    }

    /// During an import: no reference checks, a 96 MB page cache, a checkpoint every 16,384 pages, and sorts
    /// (building an index) that spill to temporary files on disk rather than to memory, so that memory stays flat
    /// however large the archive.
    private func setBulkLoadPragmas(_ on: Bool) throws {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: on
                ? """
                  PRAGMA foreign_keys = OFF; PRAGMA cache_size = \(3 * Self.cacheSize); PRAGMA temp_store = FILE;
                  PRAGMA wal_autocheckpoint = 16384
                  """
                : """
                  PRAGMA foreign_keys = ON; PRAGMA cache_size = \(Self.cacheSize); PRAGMA temp_store = MEMORY;
                  PRAGMA wal_autocheckpoint = 1000
                  """)
        }
    }

    /// FTS5 settings during an import (the bytes of terms gathered in memory before they are written as a segment),
    /// with FTS5's own value for an index that never set them.
    ///
    /// FTS5 also merges segments of a level once `automerge` of them are there (4 by default); during an import it
    /// waits for 16. Each merge reads back and rewrites segments that have outgrown the page cache, so their cost grew
    /// faster than the archive: the full-text inserts of an 80,000-article import took 34 s with 4 (7.9 times those of
    /// 20,000 articles) and 21 s with 16 (4.6 times).
    static let bulkLoadFullTextSettings = [
        (key: "hashsize", value: 32 << 20, fts5Default: 1 << 20), (key: "automerge", value: 16, fts5Default: 4),
    ]

    /// The tables an import fills row by row, whose indexes it may defer; the writer never reads them by those indexes.
    static let bulkLoadedTables = ["statements", "mentions", "statement_topics", "statement_acts"]
    /// Below how many statements an archive has its import's indexes built at the end rather than row by row.
    static let deferIndexesBelow = 100_000

    /// Throws when a row refers to one that does not exist, naming the first.
    func checkForeignKeys() throws {
        try read { db in
            if let row = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                throw ArchiveError("\(path): table \(row[0] as String) row \(row[1] as Int64? ?? 0) refers to a missing row of \(row[2] as String)")
            }
        }
    }

    /// Tidies up after an import of `statements` statements: the planner's statistics.
    ///
    /// They are gathered anew (`ANALYZE`, about 2 s per GB) when the import added a tenth of the archive's
    /// statements: which index serves a question best depends on them, and a plan chosen on stale counts can take a
    /// second where the right one takes a millisecond. Smaller imports leave it to `PRAGMA optimize`.
    ///
    /// The full-text index is left to FTS5's own merging. Merging it into one segment (`optimize`) rewrote all of it
    /// after every large load, a tenth of an 80,000-article import, and questions on the archive were no faster for it.
    /// - Parameter analyze: gather them anew whatever the import added (after an interrupted import, whose end may
    ///   not have run).
    func optimizeAfterImport(statements: Int, analyze: Bool = false) throws {
        try write { db in
            let total = try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM statements") ?? 0
            try db.execute(sql: analyze || (statements * 10 >= total && statements > 0) ? "ANALYZE" : "PRAGMA optimize")
        }
    }
}

extension Optional where Wrapped: DatabaseValueConvertible {
    /// The wrapped value's, or NULL: GRDB's own, compiled in this module so that the optimizer specializes it for
    /// each type. (GRDB's copies and converts the optional through its generic type's witnesses, 150 instructions a
    /// value, and an import converts a thousand values per article.) It shadows GRDB's in this file.
    fileprivate var databaseValue: DatabaseValue { self.map { $0.databaseValue } ?? .null }
}
