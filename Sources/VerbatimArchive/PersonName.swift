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

    /// Generational suffixes (`Jr.`), which may tell a son from his father.
    static let generations: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// The generational suffix of a folded name (`jr` of `donald trump jr.`), or the empty string.
    static func generation(_ folded: String) -> String {
        folded.split(separator: " ").map { $0.filter { $0 != "." } }.last(where: { generations.contains($0) }) ?? ""
    }

    /// A folded name without initials and generational suffixes, and the initials it had: `john f. kerry` →
    /// (`john kerry`, `f`).
    static func matchName(_ folded: String) -> (name: String, initials: String) {
        var words: [Substring] = []
        var initials = ""
        for word in folded.split(separator: " ") {
            let bare = word.filter { $0 != "." }
            if bare.count == 1 {
                initials += bare
            } else if !generations.contains(bare) {
                words.append(word)
            }
        }
        return (words.joined(separator: " "), initials)
    }
}
