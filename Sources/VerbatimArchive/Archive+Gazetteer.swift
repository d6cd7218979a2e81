import Foundation
import GRDB
import VerbatimText

extension Archive {
    /// Loads the lexicon's countries, organizations and acts into the archive, when they changed since the last load.
    ///
    /// Countries and their aliases, and the organizations that have a key, mirror `data/`; organizations found in
    /// articles (without a key) are kept.
    public func loadGazetteer(_ lexicon: Lexicon) throws {
        let fingerprint = Self.fingerprint(lexicon)
        try write { db in
            let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'gazetteer'")
            if stored == fingerprint { return }
            let upsertCountry = try db.cachedStatement(sql: """
                INSERT INTO countries(code, alpha2, name, iso_name, official_name) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(code) DO UPDATE SET alpha2 = excluded.alpha2, name = excluded.name,
                    iso_name = excluded.iso_name, official_name = excluded.official_name
                """)
            for country in lexicon.countries {
                try upsertCountry.execute(arguments: [
                    country.alpha3, country.alpha2, country.name, country.isoName, country.officialName,
                ])
            }
            try db.execute(sql: "DELETE FROM country_aliases")
            let insertAlias = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO country_aliases(country_code, kind, alias) VALUES (?, ?, ?)
                """)
            for country in lexicon.countries {
                for alias in country.aliases {
                    try insertAlias.execute(arguments: [country.alpha3, alias.kind.rawValue, alias.text])
                }
            }
            let upsertOrganization = try db.cachedStatement(sql: """
                INSERT INTO organizations(key, name, acronym, kind, country_code, head_role) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET name = excluded.name, acronym = excluded.acronym, kind = excluded.kind,
                    country_code = excluded.country_code, head_role = excluded.head_role
                """)
            for org in lexicon.organizations {
                try upsertOrganization.execute(arguments: [
                    org.key, org.name, org.acronym, org.kind, org.country, org.headRole,
                ])
            }
            let setParent = try db.cachedStatement(sql: """
                UPDATE organizations SET parent_id = (SELECT id FROM organizations WHERE key = ?) WHERE key = ?
                """)
            try db.execute(sql: "DELETE FROM organization_aliases WHERE organization_id IN (SELECT id FROM organizations WHERE key IS NOT NULL)")
            let insertOrgAlias = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO organization_aliases(organization_id, alias)
                SELECT id, ? FROM organizations WHERE key = ?
                """)
            for org in lexicon.organizations {
                try setParent.execute(arguments: [org.parent, org.key])
                for alias in org.allNames.dropFirst() {
                    try insertOrgAlias.execute(arguments: [alias, org.key])
                }
            }
            try db.execute(sql: "DELETE FROM acts")
            let insertAct = try db.cachedStatement(sql: """
                INSERT INTO acts(act, cameo, cameo_root, label) VALUES (?, ?, ?, ?)
                """)
            for act in lexicon.acts {
                try insertAct.execute(arguments: [act.act, act.cameo, act.cameoRoot, act.label])
            }
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('gazetteer', ?)", arguments: [fingerprint])
        }
    }

    /// A digest of what the gazetteer puts in the archive.
    static func fingerprint(_ lexicon: Lexicon) -> String {
        var text = ""
        for c in lexicon.countries {
            text += "\(c.alpha3)\t\(c.alpha2)\t\(c.name)\t\(c.isoName)\t\(c.officialName ?? "")\n"
            for a in c.aliases { text += "\t\(a.kind.rawValue)\t\(a.text)\n" }
        }
        for o in lexicon.organizations {
            text += "\(o.key)\t\(o.name)\t\(o.acronym ?? "")\t\(o.kind)\t\(o.parent ?? "")\t\(o.country ?? "")\t\(o.headRole ?? "")\t\(o.aliases.joined(separator: "|"))\n"
        }
        for a in lexicon.acts { text += "act\t\(a.act)\t\(a.cameo)\t\(a.cameoRoot)\t\(a.label)\n" }
        return SHA256.hex(text.utf8)
    }
}
