import Foundation
import GRDB
import VerbatimText

/// The work of answering one question: its conditions, its ranked statements, and the explanation of both.
struct Answering {
    let db: Database
    let lexicon: Lexicon
    let question: Question
    let limit: Int
    var explanation: [String] = []
    /// The speaker, quotation-only and date conditions: what every answer meets.
    var base: [SQLCondition] = []
    /// For `who|which GROUP VERB …`: the group, which raises a statement's score rather than filtering (`which
    /// leader said` finds a president).
    var group: SQLCondition?
    /// How much belonging to the group adds to a statement's score.
    static let groupBonus = 0.5

    /// A statement ranked for the question, with the parts of its score.
    struct Ranked {
        var id: Int64
        var score: Double
        var why: String
    }

    /// How many candidates the word ranking reads before merging with the topic links.
    static let candidates = 200
    /// The score from which a statement answers well: `when did X last…` takes the newest of those (the best scores
    /// 1 on words, up to 1.5 with a link).
    static let goodScore = 0.5

    init(db: Database, lexicon: Lexicon, question: Question, limit: Int) {
        self.db = db
        self.lexicon = lexicon
        self.question = question
        self.limit = limit
        explanation.append(Self.parseLine(question))
    }

    /// The parse as `--explain` prints it.
    static func parseLine(_ q: Question) -> String {
        var parts = ["form \(q.form.rawValue)"]
        if let s = q.speaker { parts.append("speaker '\(s)'") }
        if let v = q.verb { parts.append("verb '\(v)'") }
        if let a = q.act { parts.append("act '\(a)'") }
        if let a = q.addressee { parts.append("addressee '\(a)'") }
        if let t = q.target { parts.append("target '\(t)'") }
        if let t = q.topic { parts.append("topic '\(t)'") }
        if let p = q.phrase { parts.append("phrase '\(p)'") }
        if q.since != nil || q.until != nil { parts.append("published \(q.since ?? "…") to \(q.until ?? "…")") }
        if q.mode != .list { parts.append("answer: \(q.mode == .count ? "a count" : "the latest")") }
        return "parse: " + parts.joined(separator: "; ")
    }

    /// The speaker (a scored candidate: name, office, seat, country, organization, description), quotation and
    /// date conditions. A `who` or `which` question whose group names no one in the archive is answered from
    /// everyone's statements.
    mutating func resolveConditions() throws {
        if let name = question.speaker {
            let resolver = SpeakerResolver(db: db, lexicon: lexicon)
            do {
                var speaker = try resolver.resolve(name)
                speaker.condition = try Self.listed(speaker.condition, db: db)
                if [.who, .which].contains(question.form), question.topic != nil {
                    group = speaker.condition
                    explanation.append("speaker group '\(name)': \(speaker.explanation); adds \(Self.groupBonus) to "
                        + "the score of its members")
                } else {
                    base.append(speaker.condition)
                    explanation.append("speaker '\(name)': \(speaker.explanation)")
                }
            } catch let error as ArchiveError where [.who, .which].contains(question.form) && question.topic != nil {
                explanation.append("speaker '\(name)': \(error.message); answered from anyone's statements")
            }
        }
        if question.quotesOnly {
            base.append(SQLCondition("v.kind IN ('direct', 'partial')"))
            explanation.append("quotations only")
        }
        if let since = question.since { base.append(SQLCondition("v.published_on >= ?", [since])) }
        if let until = question.until { base.append(SQLCondition("v.published_on <= ?", [until])) }
        guard !base.isEmpty || question.topic != nil || question.phrase != nil || question.act != nil else {
            throw ArchiveError("the question asks about no one and nothing")
        }
    }

    /// How many statements a speaker may have for their ids to be listed once (``listed(_:db:)``).
    static let listedStatements = 5000

    /// `condition` as the list of the statements it selects, when they are few: every step of the answer (the
    /// ranking, the links, the group's members) then reads the list instead of working the condition out again.
    static func listed(_ condition: SQLCondition, db: Database) throws -> SQLCondition {
        guard case .unknown = condition.size else { return condition }
        let ids = try Int64.fetchAll(db, sql: "SELECT v.id FROM statements v WHERE \(condition.sql) LIMIT ?",
                                     arguments: StatementArguments(condition.arguments + [(listedStatements + 1).databaseValue]))
        guard ids.count <= listedStatements else { return condition }
        return SQLCondition.ids(ids)
    }

    /// `how many statements did X make [about Y]`: the statements that meet the conditions, the act's when one is
    /// asked, else, with a topic, those that share a word with it or are linked to it; counted.
    mutating func counted() throws -> Archive.Answer {
        var conditions = base
        if question.act != nil || question.target != nil {
            conditions.append(try Archive.actCondition(act: question.act, target: question.target, lexicon: lexicon, db: db))
        } else if let topic = question.topic {
            explanation.append("counted: the statements that share a word with the topic or are linked to it")
            if !base.isEmpty, let count = try countedAmongFew(topic) {
                let table = try ResultTable.fetch(db, sql: "SELECT ? AS statements", arguments: [count])
                return Archive.Answer(table: table, explanation: explanation + ["counted one by one among the speaker's statements"])
            }
            conditions.append(try aboutCondition(topic))
        }
        let sql = "SELECT count(*) AS statements FROM statements v"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.map { "(\($0.sql))" }.joined(separator: " AND "))
        let table = try ResultTable.fetch(db, sql: sql, arguments: StatementArguments(conditions.flatMap(\.arguments)))
        return Archive.Answer(table: table, explanation: explanation + ["SQL: \(sql)"])
    }

    /// How many of the speaker's statements, when they are few (``listedStatements``), share a word with `topic` or
    /// are linked to it: read one by one, which costs less than searching the index for every statement with a word
    /// of the topic. Nil when the speaker has more.
    func countedAmongFew(_ topic: String) throws -> Int? {
        let terms = try Archive.topicTerms(question.searchText ?? topic, counted: false, db: db)
        guard let sharing = try Archive.sharingAmongFew(db, base, terms: terms, atMost: Self.listedStatements) else {
            return nil
        }
        let topics = try Archive.topicMatch(topic, lexicon: lexicon, db: db)
        let linked = try Archive.statementIDs(db, base + [SQLCondition(
            "v.id IN (SELECT t.statement_id FROM statement_topics t WHERE \(topics.sql))", topics.arguments)], limit: nil)
        return Set(sharing).union(linked).count
    }

    /// The statements linked to `topic` or sharing a word with it (its terms, as ranked).
    func aboutCondition(_ topic: String) throws -> SQLCondition {
        let terms = try Archive.topicTerms(question.searchText ?? topic, counted: false, db: db)
        let topics = try Archive.topicMatch(topic, lexicon: lexicon, db: db)
        var about = [SQLCondition("v.id IN (SELECT t.statement_id FROM statement_topics t WHERE \(topics.sql))", topics.arguments)]
        if !terms.isEmpty {
            about.append(SQLCondition("v.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)",
                                      [Archive.sharedWordQuery(terms)]))
        }
        return SQLCondition(about.map { "(\($0.sql))" }.joined(separator: " OR "), about.flatMap(\.arguments))
    }

    /// The statements that answer, best first: those of a quoted phrase, of an act, ranked on the topic, or the
    /// speaker's newest; never none when the speaker has statements.
    mutating func rankedIDs() throws -> [Ranked] {
        let wanted = question.mode == .latest ? Self.candidates : limit
        if let phrase = question.phrase {
            let exact = try Archive.statementIDs(db, base + [SQLCondition(
                "v.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)",
                ["text : " + Archive.ftsPhrase(phrase)])], limit: wanted)
            if !exact.isEmpty {
                explanation.append("phrase '\(phrase)': the statements that say it")
                return exact.map { Ranked(id: $0, score: 1.0, why: "says the phrase") }
            }
        }
        if question.act != nil {
            let acts = try actAnswers(wanted)
            if !acts.isEmpty { return acts }
        }
        let topic = question.topic ?? question.phrase ?? question.target
        if let topic {
            var ranked = try rankedOnTopic(topic)
            if question.mode == .latest {
                ranked = try newestOfBest(ranked)
            }
            if !ranked.isEmpty { return ranked }
        }
        guard question.speaker != nil || !base.isEmpty else { return [] }
        explanation.append(topic == nil ? "the speaker's statements, newest first"
            : "none of the speaker's statements shares a word with '\(topic!)': the speaker's newest, scored 0")
        return try Archive.statementIDs(db, base, limit: wanted).map { Ranked(id: $0, score: topic == nil ? 1.0 : 0.0, why: "") }
    }

    /// `who criticized TARGET`: the statements whose act is the one asked, aimed at the target; when the target
    /// names no one, the act about those words.
    mutating func actAnswers(_ wanted: Int) throws -> [Ranked] {
        var conditions = base
        var words = question.topic ?? question.target
        do {
            conditions.append(try Archive.actCondition(act: question.act, target: question.target, lexicon: lexicon, db: db))
            explanation.append("act '\(question.act ?? "any")' aimed at '\(question.target ?? "anyone")' (a country "
                + "takes in its institutions and officials)")
        } catch let error as ArchiveError {
            guard let act = question.act, question.target != nil else { throw error }
            conditions.append(try Archive.actCondition(act: act, target: nil, lexicon: lexicon, db: db))
            explanation.append("act '\(act)' about '\(question.target!)' (no country, organization or person of that name)")
            // The target's words then count with the topic's (`accused Twitter of doing nothing`).
            words = [question.target, question.topic].compactMap { $0 }.joined(separator: " ")
        }
        guard let topic = words else {
            return try Archive.statementIDs(db, conditions, limit: wanted).map { Ranked(id: $0, score: 1.0, why: "the act") }
        }
        let terms = try Archive.topicTerms(topic, db: db)
        return try Archive.rankedByWords(db, conditions, terms: terms, limit: wanted)
            .map { Ranked(id: $0.id, score: $0.score, why: "the act, words \(String(format: "%.3f", $0.score))") }
    }

    /// The statements meeting the conditions ranked on `topic`: their words (the mean of FTS5 bm25 over words,
    /// context and title, 0 to 1, and the share of the topic's words they have) plus half the weight of their best
    /// stored link to the topic.
    mutating func rankedOnTopic(_ topic: String) throws -> [Ranked] {
        let terms = try Archive.topicTerms(question.searchText ?? topic, db: db)
        explanation.append("topic query: " + (terms.isEmpty ? "(no content words)" : Archive.anyTermQuery(terms))
            + terms.compactMap { term in term.expansion.map { " [\(term.word): \($0)]" } }.joined())
        var scores: [Int64: (words: Double, link: Double, group: Double, quote: Double, article: Double)] = [:]
        // `who among the abductees' relatives said …` in common words only: a small group's statements are ranked
        // one by one below, and searching everyone's for the common words would cost more than the answer is worth.
        var smallGroup = false
        if let group, case .listed = group.size { smallGroup = true }
        let skipEveryone = smallGroup && base.isEmpty && Archive.searchTerms(terms).allSatisfy(\.isCommon)
        var hits = skipEveryone ? [] : try Archive.rankedByWords(db, base, terms: terms, limit: Self.candidates)
        var members: Set<Int64> = []
        if let group {
            // The group's best on the topic, beyond everyone's first few hundred, when the group is small.
            let inGroup = try Archive.rankedAmongFew(db, base + [group], terms: terms, limit: Self.candidates / 4) ?? []
            let known = Set(hits.map(\.id))
            hits += inGroup.filter { !known.contains($0.id) }
            members = try Archive.members(db, ids: hits.map(\.id), of: group)
        }
        // bm25 favours a rare word: how many of the topic's words a statement has counts as much.
        let covered = try Archive.coverage(db, ids: hits.map(\.id), terms: terms)
        for hit in hits {
            let coverage = covered[hit.id]
            // `why`: a statement that gives a reason answers it (counted with the quotation's bonus).
            let reason = question.form == .why && coverage?.reasoned == true ? Archive.reasonBonus : 0
            scores[hit.id] = ((hit.score + (coverage?.share ?? 0)) / 2, 0, members.contains(hit.id) ? Self.groupBonus : 0,
                              (coverage?.quoted == true ? Archive.quotationBonus : 0) + reason, 0)
        }
        // Statements linked to the topic (a country, an organization, an event) without its words.
        let topics = try Archive.topicMatch(topic, lexicon: lexicon, db: db)
        // A topic no statement is linked to (`Russian meddling` as a label) needs no pass over the speaker's
        // statements: for the most quoted, each pass reads all of them.
        let anyLinked = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM statement_topics t WHERE \(topics.sql))",
                                          arguments: StatementArguments(topics.arguments)) ?? false
        let linked = anyLinked ? try Archive.rankedStatementIDs(
            db, base + [SQLCondition("v.id IN (SELECT t.statement_id FROM statement_topics t WHERE \(topics.sql))",
                                     topics.arguments)],
            score: Archive.aboutScore(topics: topics), limit: limit) : []
        for id in linked where scores[id] == nil { scores[id] = (0, 0, 0, 0, 0) }
        if anyLinked {
            for (id, weight) in try Archive.linkWeights(db, ids: Array(scores.keys), topics: topics) {
                scores[id]?.link = weight
            }
        }
        // None shares a word or a link: those in articles that name the topic elsewhere.
        let nearby = scores.isEmpty ? try inArticlesNaming(topic) : []
        if !nearby.isEmpty {
            explanation.append("none of the speaker's statements shares a word with the topic: \(nearby.count) are in "
                + "articles that name its people, organizations or places, + \(Self.articleBonus) each")
        }
        for id in nearby { scores[id, default: (0, 0, 0, 0, 0)].article = Self.articleBonus }
        return scores.map { id, s in
            Ranked(id: id, score: s.words + Archive.linkBonus * s.link + s.group + s.quote + s.article,
                   why: String(format: "words %.3f + link %.1f × %.1f", s.words, s.link, Archive.linkBonus)
                    + (s.group > 0 ? String(format: " + group %.1f", s.group) : "")
                    + (s.quote > 0 ? String(format: " + quotation/reason %.2f", s.quote) : "")
                    + (s.article > 0 ? String(format: " + article %.1f", s.article) : ""))
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id > $1.id }
    }

    /// `ranked` without the statements whose words, folded for case and spacing, an earlier one has.
    func distinct(_ ranked: [Ranked]) throws -> [Ranked] {
        let head = Array(ranked.prefix(limit * 3))
        guard head.count > 1 else { return head }
        let marks = Archive.placeholders(head.count)
        let texts = Dictionary(try Row.fetchAll(db, sql: "SELECT id, text FROM statements WHERE id IN (\(marks))",
                                                arguments: StatementArguments(head.map(\.id.databaseValue)))
            .map { ($0["id"] as Int64, ($0["text"] as String).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")) },
            uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        return head.filter { seen.insert(texts[$0.id] ?? "\($0.id)").inserted }
    }

    /// `when did X last talk about Y`: of the statements that answer well, the newest.
    mutating func newestOfBest(_ ranked: [Ranked]) throws -> [Ranked] {
        let good = ranked.filter { $0.score >= Self.goodScore }
        guard !good.isEmpty else { return Array(ranked.prefix(1)) }
        let newest = try Archive.newestFirst(db, among: good.map(\.id), limit: 1)
        explanation.append("the newest of the \(good.count) statements scoring at least \(Self.goodScore)")
        return good.filter { newest.contains($0.id) }
    }
}
