/// What a statement is about, as the import links it and questions rank it.
enum TopicLink {
    /// How closely a topic link ties a statement to the topic, by where the mention is: in the statement's own words,
    /// in its framing sentence, or in the paragraph the statement answers. `ask` ranks answers by these weights.
    static let weights: [(origin: String, weight: Double)] = [("statement", 1.0), ("context", 0.6), ("paragraph", 0.4)]
}
