import CLibXML2

// libxml2's HTML parser (htmlReadMemory), for checking the structure of the HTML report without a
// browser. The tree is copied into Swift values before the document is freed: no libxml2 pointer
// leaves this file.

/// One node of a parsed HTML document: an element with its attributes and children, or text.
package struct HTMLNode: Sendable {
    /// The element name as the HTML parser gives it (lower case), or `#text` for text.
    package var name: String
    /// Attribute names in lower case, as the HTML parser gives them.
    package var attributes: [String: String]
    package var children: [HTMLNode]
    /// The characters of a text node; empty for an element.
    package var text: String
    /// The 1-based line where the node starts.
    package var line: Int

    package var isText: Bool { name == "#text" }

    package subscript(attribute: String) -> String? { attributes[attribute] }

    /// The words of the `class` attribute.
    package var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    package func hasClass(_ name: String) -> Bool { classes.contains(name) }

    /// The text of the node and of all its descendants, in document order.
    package var textContent: String { isText ? text : children.map(\.textContent).joined() }

    /// Every element below this node (not the node itself), in document order, that matches.
    package func descendants(where matches: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        func visit(_ node: HTMLNode) {
            for child in node.children where !child.isText {
                if matches(child) { found.append(child) }
                visit(child)
            }
        }
        visit(self)
        return found
    }

    /// Every element named `name` below this node, optionally with the class `className`.
    package func descendants(_ name: String, class className: String? = nil) -> [HTMLNode] {
        descendants { $0.name == name && (className == nil || $0.hasClass(className!)) }
    }

    /// The elements with the given `id` attribute value below this node.
    package func element(id: String) -> HTMLNode? { descendants { $0.attributes["id"] == id }.first }
}

/// A problem libxml2's HTML parser reported.
package struct HTMLParseProblem: Sendable, Equatable, CustomStringConvertible {
    package var line: Int
    /// libxml2's error code (`xmlParserErrors`); 801 is an element unknown to HTML 4, as SVG's are.
    package var code: Int
    package var message: String

    /// libxml2's code for an element that HTML 4 does not know: every inline SVG element.
    package static let unknownTag = 801

    package var description: String { "\(line): \(message) (code \(code))" }
}

/// An HTML document read by libxml2's HTML parser.
package struct HTMLDocument: Sendable {
    /// The `<html>` element.
    package var root: HTMLNode
    /// Everything the parser complained about, in order.
    package var problems: [HTMLParseProblem]

    /// Parses `html` (UTF-8); nil when libxml2 builds no document at all. Nothing is loaded from
    /// the network or the file system.
    package init?(parsing html: String) {
        let collector = ProblemCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        // The structured error handler is per thread in libxml2; it is restored before returning.
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            while message.last?.isNewline == true { message.removeLast() }
            Unmanaged<ProblemCollector>.fromOpaque(context).takeUnretainedValue().problems.append(
                HTMLParseProblem(line: Int(error.pointee.line), code: Int(error.pointee.code), message: message))
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        var bytes = Array(html.utf8)
        let parsed = bytes.withUnsafeMutableBufferPointer { buffer -> htmlDocPtr? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                htmlReadMemory($0, Int32(buffer.count), "report.html", "UTF-8", options)
            }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        guard let element = xmlDocGetRootElement(document) else { return nil }
        root = Self.copy(element, document)
        problems = collector.problems
        withExtendedLifetime(collector) {}
    }

    private static func copy(_ node: xmlNodePtr, _ document: htmlDocPtr) -> HTMLNode {
        let line = Int(xmlGetLineNo(node))
        if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
            let text = node.pointee.content.map { String(cString: $0) } ?? ""
            return HTMLNode(name: "#text", attributes: [:], children: [], text: text, line: line)
        }
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name {
                var value = ""
                if let text = xmlNodeListGetString(document, current.pointee.children, 1) {
                    value = String(cString: text)
                    commune_health_xml_free(text)
                }
                attributes[String(cString: attributeName)] = value
            }
            attribute = current.pointee.next
        }
        var children: [HTMLNode] = []
        var child = node.pointee.children
        while let current = child {
            let type = current.pointee.type
            if type == XML_ELEMENT_NODE || type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                children.append(copy(current, document))
            }
            child = current.pointee.next
        }
        return HTMLNode(name: name, attributes: attributes, children: children, text: "", line: line)
    }
}

private final class ProblemCollector {
    var problems: [HTMLParseProblem] = []
}
