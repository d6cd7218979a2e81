import Foundation
import Hummingbird
import VerbatimArchive

/// `verbatim serve`: the archive as local web pages, read-only, with each page's data as JSON too.
///
/// Every page is a GET of a stable address (see ``router()``); every text from the archive or the request is
/// escaped; nothing writes; the only SQL a request brings is none, and a saved query's parameters are bound as
/// values. Requests longer than ``QueryParameters/maxLength`` are refused, and every list is read a page at a time.
public struct ArchiveServer: Sendable {
    /// The archive, opened read-only.
    public let archive: Archive
    let summary: Pages.Summary

    /// A server of `archive`, which should be opened read-only (`Archive(path:readOnly: true)`).
    public init(archive: Archive) throws {
        self.archive = archive
        summary = try Pages.Summary(archive)
    }

    /// The routes: `/`, `/statements/ID`, `/articles/ID`, `/people/ID`, `/countries/CODE`, `/organizations/ID`,
    /// `/events/ID`, `/compare`, `/saved`, `/saved/NAME`, and the style sheet and script they link.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: PageMiddleware())
        router.get("/") { request, _ in self.respond(request) { .page(try Pages.ask(self.archive, $0, summary: self.summary)) } }
        router.get("/statements/:id") { request, context in
            self.respond(request) { _ in .page(try Pages.statement(self.archive, context.parameters.get("id"))) }
        }
        router.get("/articles/:id") { request, context in
            self.respond(request) { _ in .page(try Pages.article(self.archive, context.parameters.get("id"))) }
        }
        router.get("/people/:id") { request, context in
            self.respond(request) { p in
                switch try Pages.person(self.archive, context.parameters.get("id"), p) {
                case .page(let page): .page(page)
                case .redirect(let location): .redirect(location)
                }
            }
        }
        router.get("/countries/:code") { request, context in
            self.respond(request) { .page(try Pages.country(self.archive, context.parameters.get("code"), $0)) }
        }
        router.get("/organizations/:id") { request, context in
            self.respond(request) { .page(try Pages.organization(self.archive, context.parameters.get("id"), $0)) }
        }
        router.get("/events/:id") { request, context in
            self.respond(request) { .page(try Pages.event(self.archive, context.parameters.get("id"), $0)) }
        }
        router.get("/compare") { request, _ in self.respond(request) { .page(try Pages.compare(self.archive, $0)) } }
        router.get("/saved") { request, _ in self.respond(request) { _ in .page(try Pages.savedList(self.archive)) } }
        router.get("/saved/:name") { request, context in
            self.respond(request, csv: true) { p in
                switch try Pages.saved(self.archive, context.parameters.get("name"), p) {
                case .page(let page): .page(page)
                case .csv(let name, let text): .download(name: name + ".csv", type: "text/csv; charset=utf-8", text)
                }
            }
        }
        router.get("/style.css") { _, _ in Self.asset(Style.css, type: "text/css; charset=utf-8") }
        router.get("/app.js") { _, _ in Self.asset(Layout.script, type: "text/javascript; charset=utf-8") }
        return router
    }

    /// The application serving ``router()`` at `host` and `port` (0: any free port), calling `onRunning` with the
    /// port once it listens.
    public func application(host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol {
        Application(
            router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "Verbatim"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) })
    }

    /// What a page handler answers.
    enum Answer {
        case page(Page)
        case redirect(String)
        case download(name: String, type: String, String)
    }

    /// The response to `request`: `make`'s answer from the request's parameters, as HTML or as JSON
    /// (`?format=json`), or the page of the error it threw.
    ///
    /// - Parameter csv: whether the page takes `format=csv` (it answers it itself).
    func respond(_ request: Request, csv: Bool = false, _ make: (QueryParameters) throws -> Answer) -> Response {
        let parameters = try? QueryParameters(request.uri.query)
        let format = (try? parameters?.format(csv: true)) ?? .html
        do {
            let p = try QueryParameters(request.uri.query)
            _ = try p.format(csv: csv)
            switch try make(p) {
            case .page(let page):
                if format == .json { return Self.response(200, json: page.json.rendered) }
                return Self.response(200, html: Layout.document(page, question: p["q"], jsonURL: Self.jsonURL(request)))
            case .redirect(let location):
                return Response(status: .found, headers: [.location: location])
            case .download(let name, let type, let text):
                var headers: HTTPFields = [.contentType: type]
                headers[.contentDisposition] = "attachment; filename=\"\(name.filter { $0 != "\"" && $0.isASCII })\""
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
            }
        } catch let error as PageError {
            return Self.errorResponse(error, json: format == .json)
        } catch let error as ArchiveError {
            return Self.errorResponse(PageError.badRequest(error.message), json: format == .json)
        } catch {
            return Self.errorResponse(PageError(500, "the archive could not answer: \(error)"), json: format == .json)
        }
    }

    /// The address of the page of `request` as JSON.
    static func jsonURL(_ request: Request) -> String? {
        guard let p = try? QueryParameters(request.uri.query) else { return nil }
        return HTML.url(request.uri.path, p.with("format", "json"))
    }

    /// The page (or JSON object) of `error`, with its status.
    static func errorResponse(_ error: PageError, json: Bool) -> Response {
        if json {
            return response(error.status, json: JSON.object([("error", .string(error.message)), ("status", .int(error.status))]).rendered)
        }
        let body = "<section class=\"panel error\"><h1>\(HTML.escape(error.title))</h1><p>\(HTML.escape(error.message))</p>"
            + "<p>" + HTML.link("/", "Ask the archive") + "</p></section>"
        return response(error.status, html: Layout.document(Page(title: error.title, body: body, json: .null), jsonURL: nil))
    }

    static func response(_ status: Int, html: String) -> Response {
        Response(status: .init(code: status), headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func response(_ status: Int, json: String) -> Response {
        Response(status: .init(code: status), headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: json + "\n")))
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=3600"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
