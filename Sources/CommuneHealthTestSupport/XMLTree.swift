import CLibXML2

// A small XML document parsed by libxml2 (xmlReadMemory) into Swift values, for reading back the
// parts of files the project writes (the XML inside an .xlsx). The tree is copied before the
// document is freed: no libxml2 pointer leaves this file. Not for untrusted input of any size:
// the whole tree is held in memory (the export reader streams instead).

/// A parsed XML document: its root element.
package struct XMLTree: Sendable {
    /// An element: its name, attributes, child elements and the text directly inside it.
    package struct Element: Sendable, Equatable {
        /// The local name, without a prefix.
        package var name: String
        /// Attributes by name as written, prefix included (`r:id`, `xml:space`).
        package var attributes: [String: String]
        package var children: [Element]
        /// The text and CDATA directly inside the element, joined.
        package var text: String

        package subscript(attribute: String) -> String? { attributes[attribute] }

        /// The child elements named `name`.
        package func children(_ name: String) -> [Element] { children.filter { $0.name == name } }

        /// The first child element named `name`.
        package func child(_ name: String) -> Element? { children.first { $0.name == name } }

        /// The first element reached by following child names, e.g. `path("sheetViews", "sheetView")`.
        package func path(_ names: String...) -> Element? {
            var current: Element? = self
            for name in names { current = current?.child(name) }
            return current
        }

        /// The element's own text, then that of its descendants (mixed content loses its order).
        package var textContent: String { text + children.map(\.textContent).joined() }
    }

    /// Why a document could not be read.
    package struct ParseError: Error, Equatable, CustomStringConvertible {
        package var line: Int
        package var message: String
        package var description: String { "\(line): \(message)" }
    }

    package var root: Element

    /// Parses `bytes` (XML in UTF-8 or with its own declaration). A document with a DOCTYPE is
    /// refused before libxml2 sees it, so no entity is declared, expanded or loaded; nothing is
    /// read from the network.
    package init(parsing bytes: [UInt8]) throws {
        if bytes.firstRange(of: Array("<!DOCTYPE".utf8)) != nil {
            throw ParseError(line: 0, message: "a DOCTYPE is not accepted")
        }
        let collector = ErrorCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        // The structured error handler is per thread in libxml2; it is restored before returning.
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            while message.last?.isNewline == true { message.removeLast() }
            Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().errors.append(
                ParseError(line: Int(error.pointee.line), message: message))
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32(buffer.count), "part.xml", nil, options) }
        }
        guard let document = parsed, collector.errors.isEmpty else {
            if let parsed { xmlFreeDoc(parsed) }
            throw collector.errors.first ?? ParseError(line: 0, message: "libxml2 built no document")
        }
        defer { xmlFreeDoc(document) }
        guard let element = xmlDocGetRootElement(document) else { throw ParseError(line: 0, message: "no root element") }
        root = Self.copy(element)
        withExtendedLifetime(collector) {}
    }

    private static func copy(_ node: xmlNodePtr) -> Element {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                var key = String(cString: name)
                if let prefix = current.pointee.ns?.pointee.prefix { key = String(cString: prefix) + ":" + key }
                var value = ""
                if let text = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                    value = String(cString: text)
                    commune_health_xml_free(text)
                }
                attributes[key] = value
            }
            attribute = current.pointee.next
        }
        var children: [Element] = []
        var text = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: children.append(copy(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: text += current.pointee.content.map { String(cString: $0) } ?? ""
            default: break
            }
            child = current.pointee.next
        }
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        return Element(name: name, attributes: attributes, children: children, text: text)
    }
}

private final class ErrorCollector {
    var errors: [XMLTree.ParseError] = []
}
