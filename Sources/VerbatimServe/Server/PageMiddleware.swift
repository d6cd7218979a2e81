import Foundation
import Hummingbird

/// What every response goes through: a request too long is refused (414) before any page reads it; the router's own
/// errors (no such path, a method other than GET) become pages; each response says how long the server took
/// (`Server-Timing: page;dur=MS`) and forbids what no page needs (scripts and styles from elsewhere, framing).
struct PageMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response {
        let start = ContinuousClock.now
        let json = request.uri.query?.contains("format=json") ?? false
        var response: Response
        if request.method != .get && request.method != .head {
            response = ArchiveServer.errorResponse(
                PageError(405, "\(request.method) is not allowed: every page is read with GET"), json: json)
            response.headers[.allow] = "GET, HEAD"
        } else if request.uri.string.utf8.count > QueryParameters.maxLength {
            response = ArchiveServer.errorResponse(
                PageError(414, "the request's address is longer than \(QueryParameters.maxLength) bytes"), json: false)
        } else {
            do {
                response = try await next(request, context)
            } catch let error as HTTPError {
                let message = error.status == .notFound ? "no page at \(request.uri.path)"
                    : error.body ?? error.status.reasonPhrase
                response = ArchiveServer.errorResponse(PageError(error.status.code, message), json: json)
            }
        }
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        response.headers[.init("Server-Timing")!] = "page;dur=\(String(format: "%.2f", ms))"
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }
}
