import Foundation
import HummingbirdTesting
import Testing
import VerbatimArchive
import VerbatimServe

/// `verbatim serve` over real HTTP: a server on an ephemeral port of the test archive (``Fixture``).
@Suite struct ServerTests {
    let fixture = Fixture.shared

    /// Each page kind, its address in the test archive, and words its HTML must hold.
    enum PageKind: String, CaseIterable, Sendable {
        case home, ask, words, statement, article, person, country, organization, event, compare, compareEmpty
        case saved, savedQuery, savedForm

        func address(_ f: Fixture) -> String {
            switch self {
            case .home: "/"
            case .ask: "/?q=what+did+Kaia+Rebane+say+about+Geneva"
            case .words: "/?q=restraint+weakness"
            case .statement: "/statements/\(f.scriptStatement)"
            case .article: "/articles/\(f.article)"
            case .person: "/people/\(f.person)"
            case .country: "/countries/RUS"
            case .organization: "/organizations/\(f.organization)"
            case .event: "/events/\(f.event)"
            case .compare: "/compare?speaker=Kaia+Rebane&speaker=Luc+Fontaine&about=Russia"
            case .compareEmpty: "/compare"
            case .saved: "/saved"
            case .savedQuery: "/saved/by_country?country=FRA"
            case .savedForm: "/saved/by_country"
            }
        }

        /// Words the page shows (as HTML writes them).
        var expected: [String] {
            switch self {
            case .home: ["2 articles", "Ask the archive"]
            case .ask: ["Kaia Rebane", "<mark>", "How the question was understood"]
            case .words: ["<mark>Nobody should mistake restraint for weakness</mark>"]
            case .statement: ["Statement", "quote.same-paragraph", "Kaia Rebane", "foreign minister"]
            case .article: ["Estonia condemns Russian drills near its border", "class=\"stmt\"", "reported.evaluation", "condemn"]
            case .person: ["Kaia Rebane", "Offices", "<svg", "Statements per month", "foreign minister"]
            case .country: ["<h1>Russia</h1>", "Acts aimed at it", "condemn", "criticize", "Luc Fontaine"]
            case .organization: ["Officials", "Statements per month"]
            case .event: ["Statements about it, in time order", "Articles"]
            case .compare: ["Kaia Rebane", "Luc Fontaine", "<circle"]
            case .compareEmpty: ["Name two or more speakers"]
            case .saved: ["by_country", "purge", "Statements of a country&#39;s speakers"]
            case .savedQuery: ["Luc Fontaine", "Download CSV", "Nobody should mistake restraint for weakness"]
            case .savedForm: ["Give country to run it"]
            }
        }
    }

    @Test(arguments: PageKind.allCases)
    func everyPageAnswersHTML(_ kind: PageKind) async throws {
        let address = kind.address(fixture)
        let got = try await fixture.withClient { client in try await client.get(address) }
        #expect(got.status == 200)
        #expect(got.type == "text/html; charset=utf-8")
        #expect(got.body.hasPrefix("<!DOCTYPE html>"))
        for words in kind.expected {
            #expect(got.body.contains(words), "\(address) lacks \(words)")
        }
        #expect(got.timing?.hasPrefix("page;dur=") == true)
    }

    /// The members each page's JSON has.
    static let jsonMembers: [(PageKind, [String])] = [
        (.home, ["articles", "statements", "people", "events", "oldest", "newest", "examples"]),
        (.ask, ["question", "asked", "explanation", "answers"]),
        (.statement, ["statement", "acts", "paragraph", "highlight"]),
        (.article, ["article", "statements", "acts"]),
        (.person, ["person", "offices", "months", "topics", "statements"]),
        (.country, ["country", "months", "acts_made", "acts_aimed", "officials", "aimed"]),
        (.organization, ["organization", "months", "acts_made", "acts_aimed", "officials", "aimed"]),
        (.event, ["event", "participants", "articles", "statements"]),
        (.compare, ["about", "speakers"]),
        (.saved, ["saved_queries"]),
        (.savedQuery, ["name", "description", "sql", "question", "parameters", "rows"]),
    ]

    @Test(arguments: jsonMembers)
    func everyPageAnswersJSON(_ kind: PageKind, members: [String]) async throws {
        let address = kind.address(fixture) + (kind.address(fixture).contains("?") ? "&" : "?") + "format=json"
        let got = try await fixture.withClient { client in try await client.get(address) }
        #expect(got.status == 200)
        #expect(got.type == "application/json; charset=utf-8")
        let object = try JSONSerialization.jsonObject(with: Data(got.body.utf8)) as? [String: Any]
        #expect(object.map { Set($0.keys) } == Set(members))
    }

    @Test func theStatementsOfAPageAreItsJSONRows() async throws {
        let address = "/people/\(fixture.person)?format=json&size=2"
        let got = try await fixture.withClient { client in try await client.get(address) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(got.body.utf8)) as? [String: Any])
        let statements = try #require(object["statements"] as? [String: Any])
        #expect(statements["page"] as? Int == 1)
        #expect(statements["size"] as? Int == 2)
        #expect(statements["has_more"] as? Bool == true)
        let rows = try #require(statements["rows"] as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0["speaker"] as? String == "Kaia Rebane" })
        // Newest first: the Geneva article's.
        #expect(rows.allSatisfy { $0["published_on"] as? String == "2021-05-10" })
    }

    @Test func pagesFollowOneAnother() async throws {
        let id = fixture.person
        let (first, second) = try await fixture.withClient { client in
            (try await client.get("/people/\(id)?size=3"), try await client.get("/people/\(id)?size=3&page=2"))
        }
        #expect(first.body.contains("href=\"/people/\(id)?size=3&amp;page=2\">next →</a>"))
        #expect(!first.body.contains("← previous"))
        #expect(second.body.contains("href=\"/people/\(id)?size=3\">← previous</a>"))
        #expect(second.body.contains("<span>page 2</span>"))
    }

    @Test func aTopicFiltersAPersonsStatements() async throws {
        let address = "/people/\(fixture.person)?format=json&topic=Geneva&since=2021-05-01"
        let got = try await fixture.withClient { client in try await client.get(address) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(got.body.utf8)) as? [String: Any])
        let rows = try #require((object["statements"] as? [String: Any])?["rows"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { ($0["published_on"] as? String ?? "") >= "2021-05-01" })
    }

    static let missing: [(String, String)] = [
        ("/people/999999", "no person has id 999999"),
        ("/people/abc", "no person &#39;abc&#39;"),
        ("/statements/0", "no statement &#39;0&#39;"),
        ("/statements/999999", "no statement has id 999999"),
        ("/articles/999999", "no article has id 999999"),
        ("/events/999999", "no event has id 999999"),
        ("/organizations/999999", "no organization has id 999999"),
        ("/countries/ZZZ", "no country has the code &#39;ZZZ&#39;"),
        ("/countries/Russia", "a country is named by its alpha-3 code"),
        ("/saved/nothing", "no saved query &#39;nothing&#39;"),
        ("/no/such/page", "no page at /no/such/page"),
    ]

    @Test(arguments: missing)
    func unknownAddressesAre404(_ address: String, message: String) async throws {
        let got = try await fixture.withClient { client in try await client.get(address) }
        #expect(got.status == 404)
        #expect(got.body.contains("<h1>Not found</h1>"))
        #expect(got.body.contains(message), "\(address): \(got.body)")
    }

    @Test func aMissingThingIs404InJSONToo() async throws {
        let got = try await fixture.withClient { client in try await client.get("/events/999999?format=json") }
        #expect(got.status == 404)
        #expect(got.body == "{\"error\":\"no event has id 999999\",\"status\":404}\n")
    }

    static let bad: [(String, String)] = [
        ("/?q=Geneva&page=0", "page must be a positive whole number, not &#39;0&#39;"),
        ("/?q=Geneva&page=-2", "page must be a positive whole number, not &#39;-2&#39;"),
        ("/?q=Geneva&page=two", "page must be a positive whole number, not &#39;two&#39;"),
        ("/?q=Geneva&page=99999999999999999999", "page must be a positive whole number"),
        ("/?q=Geneva&page=201", "page must be at most 200, not 201"),
        ("/?q=Geneva&size=0", "size must be a positive whole number, not &#39;0&#39;"),
        ("/?q=Geneva&size=201", "size must be at most 200, not 201"),
        ("/countries/RUS?aimed_page=x", "aimed_page must be a positive whole number, not &#39;x&#39;"),
        ("/events/1?articles_page=0", "articles_page must be a positive whole number"),
        ("/?q=Geneva&format=xml", "format must be html or json, not &#39;xml&#39;"),
        ("/articles/1?format=csv", "format must be html or json, not &#39;csv&#39;"),
        ("/saved/by_country?country=FRA&format=pdf", "format must be html or json or csv, not &#39;pdf&#39;"),
        ("/people/1?since=2017-02-30", "since: "),
        ("/people/1?until=yesterday", "until: "),
        ("/?q=%E0%A4%A", "not valid percent-encoded UTF-8"),
        ("/compare?speaker=a&speaker=b&speaker=c&speaker=d&speaker=e&speaker=f&speaker=g", "at most 6 speakers, not 7"),
        ("/compare?speaker=Kaia+Rebane&speaker=Nobody+Atall+Xyzzy", "Nobody Atall Xyzzy"),
        ("/saved/by_country?country=FRA&format=csv&page=0", "page must be a positive whole number"),
        ("/?q=" + String(repeating: "a+", count: 300), "longer than 500 characters"),
    ]

    @Test(arguments: bad)
    func badParametersAre400(_ address: String, message: String) async throws {
        let got = try await fixture.withClient { client in try await client.get(address) }
        #expect(got.status == 400)
        #expect(got.body.contains("<h1>Bad request</h1>"))
        #expect(got.body.contains(message), "\(address): \(got.body)")
    }

    @Test func aRequestTooLongIs414() async throws {
        let address = "/?q=" + String(repeating: "x", count: 5_000)
        let got = try await fixture.withClient { client in try await client.get(address) }
        #expect(got.status == 414)
        #expect(got.body.contains("longer than 4096 bytes"))
    }

    @Test func onlyGETIsAnswered() async throws {
        let response = try await fixture.withClient { client in try await client.execute(uri: "/", method: .post) }
        #expect(response.status.code == 405)
        #expect(response.headers[.allow] == "GET, HEAD")
        #expect(String(buffer: response.body).contains("<h1>Method not allowed</h1><p>POST is not allowed: every page is read with GET</p>"))
    }

    /// Every page that shows the statement with markup in it shows the markup as text.
    @Test(arguments: [PageKind.statement, .article, .person, .ask])
    func articleTextIsEscaped(_ kind: PageKind) async throws {
        let address = kind == .ask ? "/?q=what+did+Rebane+say+about+drills" : kind.address(fixture)
        let got = try await fixture.withClient { client in try await client.get(address) }
        #expect(got.status == 200)
        #expect(got.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; provocation &amp; we"))
        if kind != .person {
            // The paragraph, shown around the words, has the inner quotation marks.
            #expect(got.body.contains("&quot;will&quot;"))
        }
        #expect(!got.body.contains("<script>alert"))
        #expect(!got.body.contains("<script>"))
    }

    @Test(arguments: ["/?q=", "/compare?speaker=", "/saved/by_country?country="])
    func theQuestionIsEscapedWhereItIsEchoed(_ prefix: String) async throws {
        let question = "<script>alert(\"q\")</script> 'Geneva' & co"
        let encoded = question.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let got = try await fixture.withClient { client in try await client.get(prefix + encoded) }
        #expect([200, 400].contains(got.status))
        #expect(got.body.contains("&lt;script&gt;alert(&quot;q&quot;)&lt;/script&gt; &#39;Geneva&#39; &amp; co"))
        #expect(!got.body.contains("<script>alert"))
    }

    @Test func aSavedQueryThatWouldWriteIsRefused() async throws {
        let before = try fixture.statementCount()
        let got = try await fixture.withClient { client in try await client.get("/saved/purge") }
        #expect(got.status == 400)
        #expect(got.body.contains("saved query &#39;purge&#39; is refused: it would delete from statements, and saved queries only read"))
        #expect(try fixture.statementCount() == before)
    }

    @Test func aSavedQueryDownloadsAsCSV() async throws {
        let response = try await fixture.withClient { client in
            try await client.execute(uri: "/saved/by_country?country=EST&format=csv&size=2", method: .get)
        }
        #expect(response.status.code == 200)
        #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
        #expect(response.headers[.contentDisposition] == "attachment; filename=\"by_country.csv\"")
        let lines = String(buffer: response.body).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first == "speaker,text")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("Kaia Rebane,") })
    }

    @Test func theStyleSheetAndScriptAreServed() async throws {
        let (css, js) = try await fixture.withClient { client in
            (try await client.get("/style.css"), try await client.get("/app.js"))
        }
        #expect(css.status == 200 && css.type == "text/css; charset=utf-8" && css.body.contains("mark{"))
        #expect(js.status == 200 && js.type == "text/javascript; charset=utf-8" && js.body.contains("hashchange"))
    }
}
