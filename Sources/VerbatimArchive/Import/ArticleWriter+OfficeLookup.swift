/// The queries by which an import finds a person's offices: it runs them for every official it stores.
///
/// Each one reads an index in the order it needs (`offices_identity`, or `offices_person_seen` of migration 0007), so
/// that it neither scans the offices nor sorts them, whatever statistics the archive has. A fresh archive has none:
/// written with `country_code IS ?`, the identity lookup read every office without an organization instead (0.3 ms a
/// lookup at 20,000 articles, and growing with the archive), and each lookup that sorted built a temporary b-tree.
enum OfficeLookup {
    /// The office a person holds in a role, for a country or organization or neither: one probe of the unique index.
    /// Arguments: person, role, country, organization, former.
    static let identity = """
        SELECT id FROM offices WHERE person_id = ? AND role = ? AND ifnull(country_code, '') = ifnull(?, '')
          AND ifnull(organization_id, 0) = ifnull(?, 0) AND is_former = ?
        """

    /// The country of the person's latest office in a role that names one. Arguments: person, former, role.
    static let roleCountry = """
        SELECT country_code FROM offices
        WHERE person_id = ? AND is_former = ? AND role = ? AND country_code IS NOT NULL AND organization_id IS NULL
        ORDER BY last_seen_on DESC LIMIT 1
        """
}
