import Foundation

/// How people's names are compared: by the import that stores them, and by the questions that look them up.
enum PersonName {
    /// A name folded for case and diacritics, spaces collapsed: `François  Hollande` → `francois hollande`.
    static func fold(_ name: String) -> String {
        // ASCII names (most of them) fold as bytes; Foundation's folding costs more than storing the name.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(name.utf8.count)
            for b in name.utf8 {
                if b == 0x20 || b == 0x09 {
                    if let last = out.last, last != 0x20 { out.append(0x20) }
                } else {
                    out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                }
            }
            if out.last == 0x20 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
        return name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Generational suffixes, which tell a son from his father (`Donald Trump Jr.`), as ``matchName(_:)`` keeps them.
    static let generations: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// A folded name without initials, and the initials it had: `john f. kerry` → (`john kerry`, `f`). A generational
    /// suffix stays, without its period: `donald trump jr.` is not `donald trump`.
    static func matchName(_ folded: String) -> (name: String, initials: String) {
        var words: [String] = []
        var initials = ""
        for word in folded.split(separator: " ") {
            let bare = word.filter { $0 != "." }
            if bare.count == 1 {
                initials += bare
            } else {
                words.append(generations.contains(bare) ? bare : String(word))
            }
        }
        return (words.joined(separator: " "), initials)
    }

    /// The family name of a match name: its last word before any generational suffix.
    static func surname(ofMatch match: String) -> String {
        let words = match.split(separator: " ")
        return words.last(where: { !generations.contains(String($0)) }).map(String.init) ?? match
    }
}
