import CLibXML2

/// An HTML page parsed by libxml2's HTML parser, which repairs broken markup as browsers do; freed with the value.
final class HTMLDocument {
    typealias Node = UnsafeMutablePointer<xmlNode>

    private let document: xmlDocPtr
    /// The root element (`<html>`), nil for a page without elements.
    let root: Node?

    /// libxml2 set up once, before any thread parses: its first use is not safe from two threads at once.
    private static let setUp: Void = xmlInitParser()

    /// Parses `bytes` in `encoding` (a name iconv knows: `UTF-8`, `windows-1252`); nil when libxml2 gives no tree.
    init?(_ bytes: [UInt8], encoding: String) {
        Self.setUp
        // Errors are not printed (libxml2's error handler is the thread's): broken markup is what the parser repairs,
        // and bytes invalid in the encoding (`input conversion failed`) are passed over.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard bytes.count < Int32.max else { return nil }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                htmlReadMemory($0.baseAddress, Int32($0.count), nil, encoding, options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
        root = xmlDocGetRootElement(parsed)
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The element name of `node` (lower case, as the HTML parser gives it), empty for other nodes.
    static func name(_ node: Node) -> String {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return "" }
        return string(name)
    }

    /// The value of the attribute `name` (lower case) of `node`, nil when it has none.
    static func attribute(_ node: Node, _ name: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, string(attributeName) == name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += string(content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The text of a text or CDATA node; nil for other nodes.
    static func text(_ node: Node) -> String? {
        let type = node.pointee.type
        guard type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = node.pointee.content else {
            return nil
        }
        return string(content)
    }

    /// The UTF-8 bytes of a text or CDATA node, in libxml2's memory (valid while the document is); nil for other
    /// nodes.
    static func textBytes(_ node: Node) -> UnsafeBufferPointer<UInt8>? {
        let type = node.pointee.type
        guard type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = node.pointee.content else {
            return nil
        }
        return UnsafeBufferPointer(start: content, count: Int(max(0, xmlStrlen(content))))
    }

    /// All the text under `node`, in document order, as it stands (spaces not collapsed).
    static func textContent(_ node: Node) -> String {
        var text = ""
        walk(node) { child in
            if let part = Self.text(child) { text += part }
            return true
        }
        return text
    }

    /// Visits `node` and the nodes under it in document order, without recursion; `visit` returns false to pass
    /// over a node's children.
    static func walk(_ node: Node, _ visit: (Node) -> Bool) {
        var stack: [Node] = [node]
        while let current = stack.popLast() {
            guard visit(current) else { continue }
            var child = current.pointee.last
            while let next = child {
                stack.append(next)
                child = next.pointee.prev
            }
        }
    }

    /// The UTF-8 C string libxml2 holds at `pointer`.
    static func string(_ pointer: UnsafePointer<xmlChar>) -> String {
        String(decoding: UnsafeBufferPointer(start: pointer, count: Int(max(0, xmlStrlen(pointer)))), as: UTF8.self)
    }
}
