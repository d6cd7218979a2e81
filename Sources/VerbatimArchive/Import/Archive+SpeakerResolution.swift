import Foundation
import GRDB

/// The end of an import: who each bare surname stands for, and the offices and countries of speakers that their
/// articles do not give, decided from the whole archive so that they do not depend on the order of imports.
extension Archive {
    /// Decides whom each name that differs from another by initials stands for (``variantTargets(_:)``), then each
    /// bare surname (``surnameTarget(id:surname:db:)``); gives the statements of a name that stands for someone to
    /// that person; and works out again the office and country looked up for the statements of `touched` people (of
    /// every person when nil) and of those whose names changed hands.
    func resolveSpeakers(touched: Set<Int64>?) throws {
        try write { db in
            db.add(function: Self.foldFunction)
            var changed = touched ?? []
            /// Makes `target` the person that `id` (spelled `folded`) stands for, in place of `old`.
            func standFor(_ id: Int64, folded: String, old: Int64?, target alias: Int64?) throws {
                let target = alias ?? id
                if alias != old {
                    try db.execute(sql: "UPDATE people SET alias_of = ? WHERE id = ?", arguments: [alias, id])
                    if let old {
                        // The name's statements, given to the person it stood for before.
                        try db.execute(sql: """
                            UPDATE statements SET person_id = ?1
                            WHERE person_id = ?2 AND speaker_kind = 'person' AND verbatim_fold(speaker) = ?3
                            """, arguments: [target, old, folded])
                        changed.insert(old)
                    }
                    changed.insert(target)
                    changed.insert(id)
                }
                if alias != nil {
                    try db.execute(sql: "UPDATE statements SET person_id = ? WHERE person_id = ?", arguments: [target, id])
                    if db.changesCount > 0 { changed.insert(target) }
                }
            }
            for (row, target) in try variantTargets(db) {
                try standFor(row["id"], folded: row["folded_name"], old: row["alias_of"], target: target)
            }
            let surnames = try Row.fetchAll(db, sql: """
                SELECT id, folded_name, surname, alias_of FROM people WHERE instr(match_name, ' ') = 0 ORDER BY id
                """)
            for row in surnames {
                try standFor(row["id"], folded: row["folded_name"], old: row["alias_of"],
                             target: try surnameTarget(id: row["id"], surname: row["surname"], db: db))
            }
            // A person whose offices changed changes the looked-up offices of the one they stand for.
            if touched != nil, !changed.isEmpty {
                let ids = Array(changed)
                for chunk in stride(from: 0, to: ids.count, by: 500) {
                    let part = Array(ids[chunk..<min(ids.count, chunk + 500)])
                    changed.formUnion(try Int64.fetchAll(db, sql: """
                        SELECT DISTINCT alias_of FROM people WHERE alias_of IS NOT NULL AND id IN (\(part.map { _ in "?" }.joined(separator: ",")))
                        """, arguments: StatementArguments(part)))
                }
            }
            try lookUpOffices(of: touched == nil ? nil : changed, db: db)
        }
    }

    /// Whom each name that differs from another only by initials stands for (nil for none): the people of one
    /// `match_name` (John Kerry, John F. Kerry, John F Kerry). Each set of initials stands for its first spelling in
    /// order; a name without initials stands for the one set of initials the others have, and for none when they
    /// have several (George Bush, with George W. Bush and George H. W. Bush).
    private func variantTargets(_ db: Database) throws -> [(Row, Int64?)] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, folded_name, match_name, alias_of FROM people
            WHERE match_name IN (SELECT match_name FROM people WHERE instr(match_name, ' ') > 0
                                 GROUP BY match_name HAVING count(*) > 1)
            ORDER BY match_name, folded_name
            """)
        var out: [(Row, Int64?)] = []
        var start = 0
        while start < rows.count {
            let match: String = rows[start]["match_name"]
            var end = start
            while end < rows.count, rows[end]["match_name"] as String == match { end += 1 }
            for part in try generationsApart(rows[start..<end], db) {
                out += variantTargets(of: part)
            }
            start = end
        }
        return out
    }

    /// Whom each name of one group stands for: each set of initials its first spelling in order (the rows come
    /// sorted by spelling); a name without initials, the one set of initials the others have.
    private func variantTargets(of group: [Row]) -> [(Row, Int64?)] {
        var canonical: [String: Int64] = [:]
        for row in group {
            let initials = PersonName.matchName(row["folded_name"]).initials
            if canonical[initials] == nil { canonical[initials] = row["id"] }
        }
        let initialed = canonical.keys.filter { !$0.isEmpty }
        return group.map { row in
            let id: Int64 = row["id"]
            let initials = PersonName.matchName(row["folded_name"]).initials
            var target = canonical[initials]
            if initials.isEmpty, initialed.count == 1 { target = canonical[initialed[0]] }
            return (row, target == id ? nil : target)
        }
    }

    /// The names of one `match_name`, split by generational suffix (`Donald Trump`, `Donald Trump Jr.`) when an
    /// article names people of two generations apart (then they are father and son); one group otherwise, since
    /// `John Roberts` and `John G. Roberts Jr.` are most often one man written two ways.
    private func generationsApart(_ group: ArraySlice<Row>, _ db: Database) throws -> [[Row]] {
        let byGeneration = Dictionary(grouping: group, by: { PersonName.generation($0["folded_name"]) })
        guard byGeneration.count > 1 else { return [Array(group)] }
        let ids = group.map { $0["id"] as Int64 }
        let marks = Archive.placeholders(ids.count)
        // Two people of the group, of two generations, in one article.
        let pairs = try Row.fetchAll(db, sql: """
            SELECT DISTINCT a.person_id AS a, b.person_id AS b FROM mentions a
            JOIN mentions b ON b.article_id = a.article_id AND b.person_id > a.person_id AND b.person_id IN (\(marks))
            WHERE a.person_id IN (\(marks))
            """, arguments: StatementArguments(ids + ids))
        let generationOf = Dictionary(uniqueKeysWithValues: group.map { ($0["id"] as Int64, PersonName.generation($0["folded_name"])) })
        let apart = pairs.contains { generationOf[$0["a"] as Int64] != generationOf[$0["b"] as Int64] }
        return apart ? byGeneration.keys.sorted().map { byGeneration[$0]! } : [Array(group)]
    }

    /// The full-named person the surname-only person `id` stands for, or nil when the archive does not make it clear.
    ///
    /// What the surname's own offices show is the evidence: the countries they serve, else their roles (`President
    /// Xi`). With evidence, the candidates are the people whose full name ends with the surname or, for names written
    /// surname first (`Xi Jinping`, `Kim Jong Un`), begins with it, and those who serve such a country (or hold such
    /// a role) fit. Without evidence, only the one person whose name ends with the surname fits. One fitting candidate
    /// is the one; of several, the most quoted when quoted more than twice as often as the next.
    private func surnameTarget(id: Int64, surname: String, db: Database) throws -> Int64? {
        let offices = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT role, country_code FROM offices WHERE person_id = ?
            """), arguments: [id])
        let countries = Set(offices.compactMap { $0["country_code"] as String? })
        let roles = Set(offices.map { $0["role"] as String })
        guard !roles.isEmpty else {
            let candidates = try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT id FROM people WHERE surname = ? AND instr(match_name, ' ') > 0 AND alias_of IS NULL LIMIT 2
                """), arguments: [surname])
            return candidates.count == 1 ? candidates[0] : nil
        }
        let candidates = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT id FROM people
            WHERE (surname = ?1 OR match_name LIKE ?1 || ' %') AND instr(match_name, ' ') > 0 AND alias_of IS NULL
            ORDER BY id
            """), arguments: [surname])
        let fitting = try candidates.filter { candidate in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT role, country_code FROM offices
                WHERE person_id IN (SELECT ?1 UNION ALL SELECT id FROM people WHERE alias_of = ?1)
                """), arguments: [candidate])
                .contains { countries.isEmpty ? roles.contains($0["role"]) : countries.contains($0["country_code"] ?? "") }
        }
        if fitting.count <= 1 { return fitting.first }
        let quoted = try fitting.map { candidate in
            (candidate, try Int.fetchOne(db.cachedStatement(sql: """
                SELECT count(*) FROM statements WHERE person_id = ? AND instr(speaker, ' ') > 0
                """), arguments: [candidate]) ?? 0)
        }.sorted { $0.1 > $1.1 }
        return quoted[0].1 > 2 * quoted[1].1 ? quoted[0].0 : nil
    }

    /// Sets the office and country of the statements whose article did not give them (`looked_up`), for the people
    /// `ids` (every one when nil): the person's current office nearest the article's date (the latest seen first on
    /// or before it, else the latest; for an article with no date, only an office other undated articles showed,
    /// since a dated office could be of any year), and the country of their newest office that names one, a current office
    /// before a former. Ties go by role and country, not by which office was stored first.
    private func lookUpOffices(of ids: Set<Int64>?, db: Database) throws {
        var scope = ""
        if let ids {
            guard !ids.isEmpty else { return }
            try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS touched_people(id INTEGER PRIMARY KEY); DELETE FROM touched_people")
            let insert = try db.makeStatement(sql: "INSERT INTO touched_people(id) VALUES (?)")
            for id in ids { try insert.execute(arguments: [id]) }
            scope = "AND person_id IN (SELECT id FROM touched_people)"
        }
        let order = "ORDER BY o.last_seen_on DESC, o.first_seen_on, o.role, ifnull(o.country_code, ''), ifnull(o.organization_id, 0)"
        // The person's offices, and those of the names that stand for them.
        let holders = "(SELECT statements.person_id UNION ALL SELECT id FROM people WHERE alias_of = statements.person_id)"
        try db.execute(sql: """
            UPDATE statements SET
              office_id = CASE WHEN looked_up & 1 = 0 THEN office_id
                WHEN statements.published_on IS NULL THEN
                (SELECT o.id FROM offices o WHERE o.person_id IN \(holders) AND o.is_former = 0
                   AND o.first_seen_on IS NULL \(order) LIMIT 1)
                ELSE coalesce(
                (SELECT o.id FROM offices o WHERE o.person_id IN \(holders) AND o.is_former = 0
                   AND o.first_seen_on <= statements.published_on \(order) LIMIT 1),
                (SELECT o.id FROM offices o WHERE o.person_id IN \(holders) AND o.is_former = 0 \(order) LIMIT 1))
                END,
              country_code = CASE WHEN looked_up & 2 THEN
                (SELECT o.country_code FROM offices o WHERE o.person_id IN \(holders) AND o.country_code IS NOT NULL
                 ORDER BY o.is_former, o.last_seen_on DESC, o.country_code LIMIT 1)
                ELSE country_code END
            WHERE looked_up <> 0 AND person_id IS NOT NULL \(scope)
            """)
        if ids != nil { try db.execute(sql: "DELETE FROM touched_people") }
    }

    /// `verbatim_fold(name)`: a name folded for case and diacritics, as people's `folded_name` is.
    static let foldFunction = DatabaseFunction("verbatim_fold", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(PersonName.fold)
    }
}
