/// A page answered: its title and HTML body, and the same data as JSON.
struct Page: Sendable {
    /// The title, plain text (escaped when written).
    var title: String
    /// The HTML of the page's main part.
    var body: String
    /// The page's data, for `?format=json`.
    var json: JSON
}
