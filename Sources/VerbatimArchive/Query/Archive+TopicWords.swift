import GRDB

/// The words of a topic that a search is made of.
extension Archive {
    /// Words a topic phrase is made with but no statement is about: articles, prepositions, pronouns, auxiliaries.
    static let topicStopWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "over", "into", "and",
        "or", "but", "as", "its", "his", "her", "their", "our", "my", "your", "it", "he", "she", "they", "we", "i",
        "you", "this", "that", "these", "those", "is", "are", "was", "were", "be", "been", "do", "does", "did",
        "what", "who", "whom", "which", "when", "why", "how", "say", "said", "says", "any", "some", "us", "me", "them",
        "him", "would", "could", "should", "will", "can", "not", "so", "very", "much", "more", "also", "just", "than",
        "rather", "whether", "if", "then", "there", "here", "during", "while", "statements", "statement", "comments",
        "no", "make", "made", "get", "got", "has", "have", "had", "last", "regarding", "concerning", "response", "toward",
        "towards", "according",
    ]

    /// The content words of a topic phrase, lowercased, without stop words and punctuation.
    static func contentWords(_ topic: String) -> [String] {
        var seen: Set<String> = []
        return topic.lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
            .map(String.init)
            .filter { $0.count > 1 && !topicStopWords.contains($0) && seen.insert($0).inserted }
    }
}
