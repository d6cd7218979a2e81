extension HTMLArticle {
    /// The story of a page: the block that holds it, and its paragraphs.
    ///
    /// The block is the element marked `itemprop=articleBody`, else the `<article>` around the block with the most
    /// paragraph text, else that block (with its parent when its siblings hold story text too). Paragraph text is
    /// the text of `<p>` elements, credited to their parent, and text beside `<br>`, credited to its block; text in
    /// links does not count. Boilerplate is passed over wherever it is (``Boilerplate``).
    struct Body {
        typealias Node = HTMLDocument.Node

        var paragraphs: [String] = []
        /// The page's first `<h1>` outside boilerplate.
        var heading: String?
        /// The `datetime` of the story's first `<time>`, else of the page's.
        var time: String?
        /// Characters of story text, and of link text on the whole page (boilerplate left out).
        var characters = 0
        var linkCharacters = 0

        init(_ root: Node) {
            let survey = Survey(root)
            heading = survey.heading
            linkCharacters = survey.linkCharacters
            guard let container = survey.container else { return }
            var writer = ParagraphWriter()
            writer.write(container)
            paragraphs = writer.paragraphs
            time = writer.time ?? survey.time
            characters = paragraphs.reduce(0) { $0 + $1.utf8.count }
        }
    }

    /// One walk over a page: how much paragraph text each block holds, and what the body needs besides.
    struct Survey {
        typealias Node = HTMLDocument.Node

        var scores: [Node: Int] = [:]
        var articleBody: Node?
        var heading: String?
        var time: String?
        var linkCharacters = 0

        /// Where a text node's characters are credited: the parent of its `<p>`, else its nearest block.
        private struct Frame {
            var node: Node
            var inLink: Bool
            var block: Node?
            var paragraphParent: Node?
        }

        init(_ root: Node) {
            var stack = [Frame(node: root, inLink: false, block: nil, paragraphParent: nil)]
            while let frame = stack.popLast() {
                let node = frame.node
                if let text = HTMLDocument.textBytes(node) {
                    let count = Self.visibleCount(text)
                    if frame.inLink {
                        linkCharacters += count
                    } else if let holder = frame.paragraphParent ?? frame.block {
                        scores[holder, default: 0] += count
                    }
                    continue
                }
                let name = HTMLDocument.name(node)
                guard !name.isEmpty, !Boilerplate.isBoilerplate(node, name: name) else { continue }
                note(node, name: name)
                var child = Frame(node: node, inLink: frame.inLink || name == "a", block: frame.block,
                                  paragraphParent: frame.paragraphParent)
                if name == "p" { child.paragraphParent = node.pointee.parent ?? node }
                if Boilerplate.blocks.contains(name), name != "p" { child.block = node }
                var next = node.pointee.last
                while let current = next {
                    child.node = current
                    stack.append(child)
                    next = current.pointee.prev
                }
            }
        }

        private mutating func note(_ node: Node, name: String) {
            if name == "h1", heading == nil {
                heading = HTMLArticle.Metadata.nonEmpty(HTMLArticle.Metadata.collapsed(HTMLDocument.textContent(node)))
            }
            if name == "time", time == nil { time = HTMLDocument.attribute(node, "datetime") }
            if articleBody == nil, HTMLDocument.attribute(node, "itemprop")?.lowercased() == "articlebody" {
                articleBody = node
            }
        }

        /// The block that holds the story, nil when no block holds paragraph text.
        var container: Node? {
            if let articleBody { return articleBody }
            guard let (best, score) = scores.max(by: { $0.value < $1.value }), score > 0 else { return nil }
            var ancestor = best.pointee.parent
            while let current = ancestor {
                if HTMLDocument.name(current) == "article" { return current }
                ancestor = current.pointee.parent
            }
            // Story text split between sibling blocks (by an advertisement, a photo): their parent holds it all.
            guard let parent = best.pointee.parent else { return best }
            var sibling = parent.pointee.children
            while let current = sibling {
                if current != best, scores[current, default: 0] * 5 >= score { return parent }
                sibling = current.pointee.next
            }
            return best
        }

        /// Bytes of `text` that are not spaces.
        static func visibleCount(_ text: UnsafeBufferPointer<UInt8>) -> Int {
            text.count { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }
        }
    }

    /// Writes the text under a block as paragraphs: a block element or `<br>` ends one; spaces are collapsed.
    struct ParagraphWriter {
        typealias Node = HTMLDocument.Node

        var paragraphs: [String] = []
        /// The `datetime` of the first `<time>` met.
        var time: String?
        private var current = CollapsedText()

        private enum Step {
            case enter(Node)
            case leave
        }

        mutating func write(_ container: Node) {
            var stack: [Step] = [.enter(container)]
            while let step = stack.popLast() {
                guard case .enter(let node) = step else {
                    flush()
                    continue
                }
                if let text = HTMLDocument.textBytes(node) {
                    current.append(text)
                    continue
                }
                let name = HTMLDocument.name(node)
                if name == "br" { flush() }
                if name == "time", time == nil { time = HTMLDocument.attribute(node, "datetime") }
                guard !name.isEmpty, name != "h1", !Boilerplate.isBoilerplate(node, name: name),
                      !Boilerplate.isLinkList(node, name: name) else { continue }
                if Boilerplate.blocks.contains(name) {
                    flush()
                    stack.append(.leave)
                }
                var child = node.pointee.last
                while let next = child {
                    stack.append(.enter(next))
                    child = next.pointee.prev
                }
            }
            flush()
        }

        private mutating func flush() {
            if !current.isEmpty { paragraphs.append(current.finished()) }
            current = CollapsedText()
        }
    }
}
