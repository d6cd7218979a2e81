/// A request a page cannot answer: its HTTP status and a message that names what was wrong.
public struct PageError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The HTTP status code: 400 (a bad parameter), 404 (nothing there), 405 (a method other than GET), 414 (a
    /// request too long), 500 (the archive failed).
    public var status: Int
    public var message: String

    public init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { message }

    /// Nothing at this address.
    static func notFound(_ message: String) -> PageError { PageError(404, message) }

    /// A parameter that cannot be used.
    static func badRequest(_ message: String) -> PageError { PageError(400, message) }

    /// The title of the page that shows the error.
    var title: String {
        switch status {
        case 404: "Not found"
        case 405: "Method not allowed"
        case 414: "Request too long"
        case 500...: "Server error"
        default: "Bad request"
        }
    }
}
