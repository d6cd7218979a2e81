import Foundation

extension HTMLArticle {
    /// What a page says of itself: `<meta>` tags, `<link rel=canonical>`, `<title>` and JSON-LD.
    struct Metadata {
        /// `<meta>` contents by lowercased `property`, `name` or `itemprop`; the first of each.
        var meta: [String: String] = [:]
        var canonical: String?
        var pageTitle: String?
        /// The JSON-LD object of the article (`NewsArticle`, `Article`…), or the first with a `datePublished`.
        var linkedData: [String: Any] = [:]
        /// The URL the page was fetched from.
        var fetchedFrom: String?

        /// `og:type` values that are articles (`article`, `news`, `newsarticle`…), as prefixes.
        static let articleTypes = ["article", "news", "blog"]

        init(_ root: HTMLDocument.Node, url: String?) {
            fetchedFrom = url
            HTMLDocument.walk(root) { node in
                switch HTMLDocument.name(node) {
                case "meta": addMeta(node)
                case "link":
                    if canonical == nil, HTMLDocument.attribute(node, "rel")?.lowercased() == "canonical" {
                        canonical = HTMLDocument.attribute(node, "href").flatMap(Self.nonEmpty)
                    }
                case "title":
                    if pageTitle == nil { pageTitle = Self.nonEmpty(Self.collapsed(HTMLDocument.textContent(node))) }
                case "script":
                    if HTMLDocument.attribute(node, "type")?.lowercased() == "application/ld+json", linkedData.isEmpty {
                        linkedData = Self.articleObject(HTMLDocument.textContent(node)) ?? [:]
                    }
                    return false
                default: break
                }
                return true
            }
        }

        private mutating func addMeta(_ node: HTMLDocument.Node) {
            guard let content = HTMLDocument.attribute(node, "content").flatMap(Self.nonEmpty) else { return }
            for key in ["property", "name", "itemprop"] {
                if let name = HTMLDocument.attribute(node, key)?.lowercased(), meta[name] == nil {
                    meta[name] = Self.collapsed(content)
                }
            }
        }

        var openGraphType: String? { meta["og:type"]?.lowercased() }

        /// `og:title`, `twitter:title`, JSON-LD `headline`, the page's `<h1>`, or `<title>` less the site's name.
        func title(heading: String?) -> String? {
            if let title = meta["og:title"] ?? meta["twitter:title"] ?? (linkedData["headline"] as? String)
                .flatMap(Self.nonEmpty) ?? heading {
                // Some sites end even `og:title` with their name: it goes when it is the site's.
                let collapsed = Self.collapsed(title)
                return source.map { Self.withoutSiteName(collapsed, site: $0, orLongest: false) } ?? collapsed
            }
            return pageTitle.map { Self.withoutSiteName($0, site: source) }
        }

        /// The publication day: the article's date tags, JSON-LD `datePublished`, the story's `<time>`, the URL.
        func date(bodyTime: String?) -> String? {
            let tags = ["article:published_time", "og:published_time", "article:published", "datepublished",
                        "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
                        "dcterms.created", "sailthru.date", "parsely-pub-date"]
            for tag in tags {
                if let day = meta[tag].flatMap(Self.day) { return day }
            }
            if let day = (linkedData["datePublished"] as? String).flatMap(Self.day) { return day }
            if let day = bodyTime.flatMap(Self.day) { return day }
            return url.flatMap(Self.dayInURL)
        }

        /// `og:site_name`, the JSON-LD publisher's name, `application-name`, or the URL's host less `www.`.
        var source: String? {
            if let name = meta["og:site_name"] ?? publisherName ?? meta["application-name"] { return name }
            guard let url, let host = URLComponents(string: url)?.host, !host.isEmpty else { return nil }
            return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        }

        private var publisherName: String? {
            let publisher = linkedData["publisher"]
            let object = (publisher as? [String: Any]) ?? (publisher as? [[String: Any]])?.first
            return (object?["name"] as? String).flatMap(Self.nonEmpty)
        }

        /// `<link rel=canonical>`, `og:url`, or the URL the page was fetched from.
        var url: String? { canonical ?? meta["og:url"] ?? fetchedFrom }

        /// The article object of a JSON-LD script: the first object (at the top, in an array or an `@graph`) whose
        /// `@type` names an article, else the first with a `datePublished`.
        static func articleObject(_ json: String) -> [String: Any]? {
            guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return nil }
            var objects: [[String: Any]] = []
            var pending: [Any] = [value]
            while let next = pending.popLast(), objects.count < 64 {
                if let array = next as? [Any] { pending += array.reversed() }
                if let object = next as? [String: Any] {
                    objects.append(object)
                    if let graph = object["@graph"] as? [Any] { pending += graph.reversed() }
                }
            }
            func isArticle(_ object: [String: Any]) -> Bool {
                let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
                return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
            }
            return objects.first(where: isArticle) ?? objects.first { $0["datePublished"] != nil }
        }

        /// `2017-10-19` of `2017-10-19T08:00:00Z` or `2017-10-19`: the day a date value starts with.
        static func day(_ value: String) -> String? {
            let bytes = Array(value.utf8.drop { $0 == 0x20 }.prefix(11))
            guard bytes.count >= 10, isDay(bytes[0..<10]) else { return nil }
            if bytes.count == 11, bytes[10] >= 0x30, bytes[10] <= 0x39 { return nil }
            return String(decoding: bytes[0..<10], as: UTF8.self)
        }

        /// Whether `bytes` are `DDDD-DD-DD` with a plausible month and day.
        static func isDay(_ bytes: ArraySlice<UInt8>) -> Bool {
            let b = Array(bytes)
            let digits = [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 }
            guard digits, b[4] == 0x2D, b[7] == 0x2D else { return false }
            let month = Int(b[5] - 0x30) * 10 + Int(b[6] - 0x30)
            let day = Int(b[8] - 0x30) * 10 + Int(b[9] - 0x30)
            return (1...12).contains(month) && (1...31).contains(day)
        }

        /// The day a URL's path gives: `/2017/10/19/` or `2017-10-19` in a part of it.
        static func dayInURL(_ url: String) -> String? {
            let path = URLComponents(string: url)?.path ?? url
            let parts = path.split(separator: "/").map(String.init)
            for (i, part) in parts.enumerated() {
                if let day = day(part) { return day }
                if let found = part.range(of: #"(19|20)\d\d-\d\d-\d\d"#, options: .regularExpression),
                   let day = day(String(part[found])) {
                    return day
                }
                guard i + 2 < parts.count, part.count == 4, let year = Int(part), (1900...2099).contains(year),
                      let month = Int(parts[i + 1]), let dayOfMonth = Int(parts[i + 2].prefix(2)),
                      parts[i + 1].count <= 2 else { continue }
                let text = String(format: "%04d-%02d-%02d", year, month, dayOfMonth)
                if day(text) != nil { return text }
            }
            return nil
        }

        /// `Talks resume` of `Talks resume | The Daily Example`: a `<title>` less the part that names the site (or,
        /// when no part does and `orLongest`, the longest part).
        static func withoutSiteName(_ title: String, site: String?, orLongest: Bool = true) -> String {
            var parts = [title]
            for separator in [" | ", " – ", " — ", " - ", " :: ", " · "] where parts.count == 1 {
                parts = title.components(separatedBy: separator)
            }
            guard parts.count > 1 else { return title }
            if let site = site?.lowercased() {
                let kept = parts.filter { $0.trimmingCharacters(in: .whitespaces).lowercased() != site }
                if kept.count < parts.count {
                    return kept.joined(separator: " - ").trimmingCharacters(in: .whitespaces)
                }
            }
            guard orLongest else { return title }
            return parts.max { $0.count < $1.count }?.trimmingCharacters(in: .whitespaces) ?? title
        }

        static func nonEmpty(_ text: String) -> String? {
            text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
        }

        /// `text` with each run of spaces, tabs and line breaks made one space, and none at either end.
        static func collapsed(_ text: String) -> String {
            var collapsed = CollapsedText()
            collapsed.append(text)
            return collapsed.finished()
        }
    }
}

/// Text with each run of spaces, tabs, line breaks and no-break spaces made one space, none at its start, and the
/// space of a run at its end held back until more text follows. The UTF-8 bytes are scanned once.
struct CollapsedText {
    private(set) var bytes: [UInt8] = []
    private var space = false
    /// A no-break space's first byte (0xC2) held back until the next byte says whether it is one.
    private var pendingC2 = false

    var text: String { String(decoding: bytes, as: UTF8.self) }
    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ part: String) {
        var part = part
        part.withUTF8 { append($0) }
    }

    mutating func append(_ part: UnsafeBufferPointer<UInt8>) {
        bytes.reserveCapacity(bytes.count + part.count)
        for byte in part {
            if pendingC2 {
                pendingC2 = false
                if byte == 0xA0 {
                    space = !bytes.isEmpty
                    continue
                }
                add(0xC2)
            }
            switch byte {
            case 0x20, 0x0A, 0x09, 0x0D: space = !bytes.isEmpty
            case 0xC2: pendingC2 = true
            default: add(byte)
            }
        }
    }

    private mutating func add(_ byte: UInt8) {
        if space { bytes.append(0x20) }
        space = false
        bytes.append(byte)
    }

    /// The text, a no-break space's first byte held back included.
    mutating func finished() -> String {
        if pendingC2 {
            pendingC2 = false
            add(0xC2)
        }
        return text
    }
}
