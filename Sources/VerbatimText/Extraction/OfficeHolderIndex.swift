/// The known office holders of `office_holders.tsv` by their names' words, built once per ``Lexicon``.
struct OfficeHolderIndex: Sendable {
    /// Holders (indices into `Lexicon.officeHolders`) by the ``key(_:)`` of their name and of each alias.
    private var byName: [UInt64: [Int]] = [:]
    /// Holders by the hash of their family name: the last word of the name and of each alias, and the first word too
    /// for the countries whose names put the family name first (`Lou` of `Lou Jiwei`).
    private var byFamilyName: [UInt64: [Int]] = [:]

    /// Countries whose names, as English news writes them, start with the family name.
    static let familyNameFirst: Set<String> = ["CHN", "TWN", "KOR", "PRK", "VNM"]

    init(_ holders: [Lexicon.OfficeHolder]) {
        for (i, holder) in holders.enumerated() {
            var keys: Set<UInt64> = [], families: Set<UInt64> = []
            for name in [holder.name] + holder.aliases {
                let words = Self.words(of: name)
                guard let last = words.last else { continue }
                keys.insert(Self.key(words))
                families.insert(last)
                if let first = words.first, holder.country.map(Self.familyNameFirst.contains) == true {
                    families.insert(first)
                }
            }
            for k in keys { byName[k, default: []].append(i) }
            for f in families { byFamilyName[f, default: []].append(i) }
        }
    }

    var isEmpty: Bool { byName.isEmpty }

    /// The holders whose name or an alias has the words `hashes` (initials aside).
    func named(_ hashes: [UInt64]) -> [Int] { byName[Self.key(hashes)] ?? [] }

    /// The holders with the family name of hash `hash`.
    func withFamilyName(_ hash: UInt64) -> [Int] { byFamilyName[hash] ?? [] }

    /// The hashes of the words of `name`, as tokens of an article give them.
    static func words(of name: String) -> [UInt64] {
        Tokenizer.tokens(of: name).filter { $0.kind == .word }.map(\.hash)
    }

    /// One hash for a name's words in order, leaving out initials (`George W. Bush` is `George Bush`), so that a name
    /// written with or without them finds the same holders; their dates tell such holders apart.
    static func key(_ hashes: [UInt64]) -> UInt64 {
        var key = Hash.offset
        for h in hashes where !initials.contains(h) {
            key = (key ^ h) &* Hash.prime
        }
        return key
    }

    /// The hashes of the 26 letters, which as words of a name are initials.
    private static let initials: Set<UInt64> = Set((0x61...0x7A).map { Hash.add(Hash.offset, UInt8($0)) })
}
