import Foundation
import Testing
@testable import VerbatimSources

/// News pages in the shapes real sites give them, written for these tests.
enum Pages {
    /// A page with everything around its story: navigation, a cookie banner, advertisements, a photo with its
    /// caption, share buttons, a list of related stories, comments, JSON-LD and Open Graph metadata.
    static let full = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Iceland rejects Norwegian fishing plan | The Northern Ledger</title>
        <meta property="og:title" content="Iceland rejects Norwegian fishing plan">
        <meta property="og:type" content="article">
        <meta property="og:site_name" content="The Northern Ledger">
        <meta property="article:published_time" content="2016-03-08T09:30:00Z">
        <link rel="canonical" href="https://ledger.example/world/iceland-fishing">
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Iceland rejects Norwegian fishing plan", "datePublished": "2016-03-08T09:30:00Z",
          "publisher": {"@type": "Organization", "name": "Ledger Media"}}</script>
        <style>.story p { margin: 0 }</style>
        <script>window.track = function () { return "Subscribe now"; };</script>
        </head><body>
        <div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
        <li><a href="/business">Business</a></li></ul></nav></header>
        <div class="ad-slot">Advertisement</div>
        <main>
        <article>
          <h1>Iceland rejects Norwegian fishing plan</h1>
          <p class="byline">By Staff Reporter</p>
          <figure><img src="harbour.jpg"><figcaption>The harbour at dawn. Photo: Staff</figcaption></figure>
          <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
          <p>Iceland on Tuesday rejected a Norwegian proposal on cod quotas in the North Atlantic.</p>
          <p>&#8220;This plan is not acceptable to us,&#8221; Icelandic Foreign Minister Anna
             Sigurdardottir told reporters in Reykjav&iacute;k.</p>
          <h2>Talks &amp; quotas</h2>
          <blockquote>We remain open to a fair deal.</blockquote>
          <aside class="related"><h3>Related</h3><ul><li><a href="/a">Cod stocks fall</a></li>
          <li><a href="/b">Oslo hosts summit</a></li></ul></aside>
          <p>Sigurdardottir said her government would keep talking with Oslo.</p>
          <ul class="more"><li><a href="/c">Read more: Fishing fleets in the north</a></li></ul>
        </article>
        </main>
        <section id="comments"><h2>Comments</h2><article class="comment"><p>Great article, totally agree with the
        minister and her government on every point she made.</p></article></section>
        <footer><p>© The Northern Ledger. All rights reserved.</p></footer>
        </body></html>
        """

    /// A page whose story is one block of lines broken by `<br>`, with only a `<title>` naming it.
    static let breaks = """
        <html><head><title>Port reopens after strike - Harbour Times</title></head>
        <body><div class="menu"><a href="/">Front page</a> | <a href="/ports">Ports</a></div>
        <div class="story">The port of Gdansk reopened on Monday after a two-week strike by dock workers.<br>
        &quot;The ships are back,&quot; said harbour master Ola Brandt.<br/><br>
        Unions said talks on wages would go on through the summer months.</div>
        <div class="footer">Harbour Times 2016</div></body></html>
        """

    /// An index page: teasers of stories, mostly links.
    static let index = """
        <html><head><title>World news | The Northern Ledger</title>
        <meta property="og:type" content="website"></head>
        <body><ul><li><a href="/a">Iceland rejects Norwegian fishing plan and calls for new talks on cod</a></li>
        <li><a href="/b">Port reopens after strike</a></li></ul></body></html>
        """
}

@Suite struct HTMLArticleTests {
    @Test func theStoryIsKeptWithoutWhatSurroundsIt() throws {
        let article = try HTMLArticle.read(Array(Pages.full.utf8)).get()
        #expect(article.title == "Iceland rejects Norwegian fishing plan")
        #expect(article.date == "2016-03-08")
        #expect(article.source == "The Northern Ledger")
        #expect(article.url == "https://ledger.example/world/iceland-fishing")
        #expect(article.paragraphs == [
            "Iceland on Tuesday rejected a Norwegian proposal on cod quotas in the North Atlantic.",
            "“This plan is not acceptable to us,” Icelandic Foreign Minister Anna Sigurdardottir told reporters in Reykjavík.",
            "Talks & quotas",
            "We remain open to a fair deal.",
            "Sigurdardottir said her government would keep talking with Oslo.",
        ])
        #expect(article.text.hasPrefix("Iceland rejects Norwegian fishing plan\n\nIceland on Tuesday"))
    }

    @Test func linesBrokenByBRAreParagraphs() throws {
        let article = try HTMLArticle.read(Array(Pages.breaks.utf8), url: "https://harbour.example/2016/05/02/port").get()
        #expect(article.title == "Port reopens after strike")
        #expect(article.date == "2016-05-02")
        #expect(article.source == "harbour.example")
        #expect(article.url == "https://harbour.example/2016/05/02/port")
        #expect(article.paragraphs == [
            "The port of Gdansk reopened on Monday after a two-week strike by dock workers.",
            "\"The ships are back,\" said harbour master Ola Brandt.",
            "Unions said talks on wages would go on through the summer months.",
        ])
    }

    /// A Windows-1252 page (curly quotes as bytes 0x93 and 0x94), its charset given by a `<meta>` or by HTTP.
    @Test(arguments: [true, false])
    func aWindows1252PageIsDecoded(_ byMeta: Bool) throws {
        let meta = byMeta ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">" : ""
        let bytes = Array("<html><head>\(meta)<title>Talks</title></head><body><article><p>".utf8) + [0x93]
            + Array("We agree,".utf8) + [0x94] + Array(" said Lars Berg, the Danish fisheries minister, after the long talks in Copenhagen on Friday with his Norwegian counterpart.</p></article></body></html>".utf8)
        let article = try HTMLArticle.read(bytes, charset: byMeta ? nil : "windows-1252").get()
        #expect(article.paragraphs == ["“We agree,” said Lars Berg, the Danish fisheries minister, after the long talks in Copenhagen on Friday with his Norwegian counterpart."])
    }

    /// A stray invalid byte in a UTF-8 page becomes U+FFFD, and the page is read to its end.
    @Test func aStrayByteInAUTF8PageLosesNothingAfterIt() throws {
        let bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><article><h1>Zoë’s plan</h1><p>The plan ".utf8) + [0xFF]
            + Array(" was agreed by both governments in Oslo on Friday evening after a long week of talks on quotas.</p></article></body></html>".utf8)
        let article = try HTMLArticle.read(bytes).get()
        #expect(article.title == "Zoë’s plan")
        #expect(article.paragraphs == ["The plan \u{FFFD} was agreed by both governments in Oslo on Friday evening after a long week of talks on quotas."])
    }

    @Test func bytesThatAreNotUTF8AreReadAsWindows1252() throws {
        let bytes = Array("<html><body><article><h1>Plan agreed</h1><p>".utf8) + [0x93] + Array("Fine,".utf8) + [0x94]
            + Array(" he said of the plan that the two governments had agreed on in Oslo on Friday evening after a week of talks.</p></article></body></html>".utf8)
        let article = try HTMLArticle.read(bytes, url: "https://x.example/story").get()
        #expect(article.paragraphs.first?.hasPrefix("“Fine,” he said") == true)
    }

    @Test(arguments: [
        (Pages.index, "not an article page (og:type website)"),
        ("<html><body><p>Too short to be a story.</p></body></html>", "not an article page (only 6 words of story text)"),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "not an article page (no story text)"),
        ("", "not an HTML page (no element in it)"),
    ])
    func pagesThatAreNotArticlesAreRefused(_ page: String, _ reason: String) {
        switch HTMLArticle.read(Array(page.utf8)) {
        case .success(let article): Issue.record("read as an article: \(article)")
        case .failure(let refusal): #expect(refusal.description == reason)
        }
    }

    @Test(arguments: [
        ("https://a.example/2017/10/19/talks", "2017-10-19"), ("https://a.example/news/2017-10-19-talks", "2017-10-19"),
        ("https://a.example/news/talks-17", nil), ("https://a.example/2017/13/40/x", nil),
    ])
    func aDateInTheURL(_ url: String, _ day: String?) {
        #expect(HTMLArticle.Metadata.dayInURL(url) == day)
    }

    /// Classes of the page itself (`has-sidebar`, `nav-open`) are no boilerplate.
    @Test func thePagesOwnClassesDoNotHideIt() throws {
        let page = "<html class=\"nav-open\"><body class=\"single-post has-sidebar\"><main class=\"menu-shown\"><h1>Talks resume</h1>"
            + "<p>Negotiators from both countries met again in Vienna on Monday to resume the talks on the treaty they began last year.</p>"
            + "</main><div class=\"sidebar\"><p>Popular posts this week from all of our many contributors around the world and beyond.</p></div></body></html>"
        let article = try HTMLArticle.read(Array(page.utf8)).get()
        #expect(article.paragraphs == ["Negotiators from both countries met again in Vienna on Monday to resume the talks on the treaty they began last year."])
    }

    @Test(arguments: [
        ("Talks resume | Danube Post", "Talks resume"), ("Talks resume - Danube Post", "Talks resume"),
        ("Talks resume - and stall", "Talks resume - and stall"),
    ])
    func theSiteNameLeavesTheOpenGraphTitle(_ ogTitle: String, _ title: String) throws {
        let page = "<html><head><meta property=\"og:title\" content=\"\(ogTitle)\"><meta property=\"og:site_name\" content=\"Danube Post\">"
            + "</head><body><article><p>Negotiators from both countries met again in Vienna on Monday to resume the talks on"
            + " the treaty they began last year.</p></article></body></html>"
        #expect(try HTMLArticle.read(Array(page.utf8)).get().title == title)
    }

    /// Runs of spaces, line breaks and no-break spaces are one space; other characters after 0xC2 stay.
    @Test func spacesAreCollapsedAndOtherCharactersKept() throws {
        let page = "<html><body><article><h1>Talks</h1><p>  Negotiators&nbsp;&nbsp;met \n\t again in Vienna on Monday to resume"
            + " the talks on the treaty &nbsp;they began last year, at a cost of £2 million and ©&nbsp;2016. </p></article></body></html>"
        #expect(try HTMLArticle.read(Array(page.utf8)).get().paragraphs == [
            "Negotiators met again in Vienna on Monday to resume the talks on the treaty they began last year, at a cost of £2 million and © 2016.",
        ])
    }

    @Test func theTimeElementGivesTheDateWhenNoTagDoes() throws {
        let page = "<html><head><title>Talks</title></head><body><article><h1>Talks resume</h1><time datetime=\"2015-11-30\">Monday</time>"
            + "<p>Negotiators from both countries met again in Vienna on Monday to resume the talks on the treaty they began last year.</p></article></body></html>"
        let article = try HTMLArticle.read(Array(page.utf8)).get()
        #expect(article.title == "Talks resume")
        #expect(article.date == "2015-11-30")
    }
}

@Suite struct HTMLCharsetTests {
    @Test(arguments: [
        (nil, "<meta charset=\"ISO-8859-1\">", "windows-1252"), ("UTF-8", "<meta charset=\"windows-1252\">", "UTF-8"),
        (nil, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", "koi8-r"),
        (nil, "<p>plain</p>", "UTF-8"), ("latin1", "", "windows-1252"),
    ] as [(String?, String, String)])
    func theCharsetOfAPage(_ declared: String?, _ head: String, _ encoding: String) {
        #expect(HTMLCharset.encoding(of: Array(head.utf8), declared: declared) == encoding)
    }

    @Test func aCharsetNobodyKnowsIsReadAsTheBytesLook() throws {
        let page = "<html><head><title>Talks</title></head><body><article><h1>Talks resume in Vienna</h1><p>Negotiators from"
            + " both countries met again in Vienna on Monday to resume the talks on the treaty they began last year.</p></article></body></html>"
        let article = try HTMLArticle.read(Array(page.utf8), charset: "x-unknown-charset").get()
        #expect(article.title == "Talks resume in Vienna")
    }
}
