import Foundation
import Hummingbird
import RefurbCore
import RefurbServer
import RefurbStore
import Testing

/// Schemas/openapi.yaml against the routes the service really registers: every route documented,
/// nothing documented that is not served, and each operation's `x-refurb-access` equal to the access
/// the route checks. Then, when the test venv has the tools, the document as YAML and as OpenAPI 3.1.
@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    @Test("Every registered route is documented, and nothing else is")
    func documentedOperationsAreTheRegisteredRoutes() throws {
        let routes = try OpenAPIRouteSource.registeredRoutes()
        let document = try OpenAPIOperationReader.read(contentsOf: OpenAPIRouteSource.documentURL)
        try #require(!routes.isEmpty, "The service registered no route")
        try #require(!document.operations.isEmpty, "No operation found under paths: in \(OpenAPIRouteSource.documentPath)")
        #expect(document.problems.isEmpty, "Schemas/openapi.yaml is laid out unlike the reader expects:\n\(document.problems.joined(separator: "\n"))")

        let registered = Set(routes.map(\.description))
        let registeredNames = routes.map(\.description)
        let duplicatedRoutes = Set(registeredNames.filter { name in registeredNames.count(where: { $0 == name }) > 1 })
        #expect(duplicatedRoutes.isEmpty, "Routes registered more than once: \(duplicatedRoutes.sorted().joined(separator: ", "))")

        let documentedNames = document.operations.map(\.name)
        let duplicatedOperations = Set(documentedNames.filter { name in documentedNames.count(where: { $0 == name }) > 1 })
        #expect(duplicatedOperations.isEmpty, "Operations documented more than once: \(duplicatedOperations.sorted().joined(separator: ", "))")
        let documented = Set(documentedNames)

        let missing = registered.subtracting(documented).sorted()
        let extra = documented.subtracting(registered).sorted()
        #expect(missing.isEmpty, "Registered but not documented in Schemas/openapi.yaml (\(missing.count)):\n  \(missing.joined(separator: "\n  "))")
        #expect(extra.isEmpty, "Documented in Schemas/openapi.yaml but not registered (\(extra.count)):\n  \(extra.joined(separator: "\n  "))")
    }

    @Test("Each operation's x-refurb-access is the access its route checks")
    func documentedAccessMatchesTheRoutes() throws {
        let routes = try OpenAPIRouteSource.registeredRoutes()
        let document = try OpenAPIOperationReader.read(contentsOf: OpenAPIRouteSource.documentURL)
        let documented = Dictionary(document.operations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

        var checked = 0
        for route in routes {
            guard let operation = documented[route.description] else { continue } // reported by the test above
            let expected = OpenAPIRouteSource.accessName(route.access)
            guard let access = operation.access else {
                Issue.record("\(route.description) (line \(operation.line)) has no x-refurb-access; the route's is \(expected)")
                continue
            }
            #expect(access == expected, "\(route.description) (line \(operation.line)): x-refurb-access is \(access), the route checks \(expected)")
            checked += 1
        }
        #expect(checked > 0, "No documented operation matched a route")

        let known = Set(["open", "signed-in"] + Permission.allCases.map(\.rawValue))
        for operation in document.operations {
            if let access = operation.access, !known.contains(access) {
                Issue.record("\(operation.name) (line \(operation.line)): x-refurb-access \(access) is neither open, signed-in nor a permission")
            }
        }
    }

    @Test("The document is valid YAML and valid OpenAPI 3.1")
    func documentIsValidOpenAPI() throws {
        guard let python = OpenAPIValidatorTool.python() else { return }
        let path = OpenAPIRouteSource.documentPath

        // PyYAML keeps the last of two equal keys silently: a path written twice would hide one.
        let strictLoad = """
        import sys, yaml
        class Strict(yaml.SafeLoader):
            pass
        def mapping(loader, node, deep=False):
            keys = set()
            for key_node, _ in node.value:
                key = loader.construct_object(key_node, deep=deep)
                if key in keys:
                    raise yaml.constructor.ConstructorError(None, None, "duplicate key %r" % (key,), key_node.start_mark)
                keys.add(key)
            return yaml.SafeLoader.construct_mapping(loader, node, deep)
        Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
        with open(sys.argv[1], encoding="utf-8") as stream:
            document = yaml.load(stream, Loader=Strict)
        version = str(document.get("openapi", "")) if isinstance(document, dict) else ""
        if not version.startswith("3.1."):
            sys.exit("openapi is %r, not 3.1.x" % (version,))
        print("YAML OK, openapi", version)
        """
        let yaml = try OpenAPIValidatorTool.run([python, "-c", strictLoad, path])
        #expect(yaml.status == 0, "Schemas/openapi.yaml is not valid YAML for OpenAPI 3.1:\n\(yaml.output)")

        let spec = try OpenAPIValidatorTool.run([python, "-m", "openapi_spec_validator", "--schema", "3.1",
                                                 "--validation-errors", "all", path])
        #expect(spec.status == 0, "openapi-spec-validator refuses Schemas/openapi.yaml:\n\(spec.output)")
    }
}

/// The routes as the service registers them, and where the document is.
private enum OpenAPIRouteSource {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // RefurbServerTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    static let documentURL = repositoryRoot.appendingPathComponent("Schemas/openapi.yaml")
    static var documentPath: String { documentURL.path }

    /// Builds the service on a fresh database in a temporary folder, as `refurb serve` would, and keeps
    /// the routes of the API.
    static func registeredRoutes() throws -> [RouteDescription] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("refurb.sqlite").path
        let database = try AppDatabase.open(path: path)
        let service = try RefurbService(configuration: ServiceConfiguration(databasePath: path, bcryptCost: 4,
                                                                            pagesRoot: repositoryRoot.path), database: database)
        // The pages are for people, not part of the API the document describes.
        return service.routes.filter { !$0.isPage }
    }

    /// The access as `x-refurb-access` writes it.
    static func accessName(_ access: RouteDescription.Access) -> String {
        switch access {
        case .open: "open"
        case .signedIn: "signed-in"
        case .permission(let permission): permission.rawValue
        }
    }
}

/// Reads the operations under `paths:` line by line, relying on the document's regular layout: each path
/// at two spaces (`  /api/devices/{tag}:`), each method at four (`    get:`), and `x-refurb-access:` at six
/// inside its operation. Anything else inside `paths:` is skipped.
private struct OpenAPIOperationReader {
    struct Operation: Hashable {
        /// Upper case, as `RouteDescription.description` writes it.
        let method: String
        let path: String
        var access: String?
        let line: Int

        /// `GET /api/devices/{tag}`, as `RouteDescription.description` writes it.
        var name: String { "\(method) \(path)" }
    }

    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    var operations: [Operation] = []
    /// Lines that break the layout the reader relies on.
    var problems: [String] = []

    static func read(contentsOf url: URL) throws -> OpenAPIOperationReader {
        try parse(String(contentsOf: url, encoding: .utf8))
    }

    static func parse(_ text: String) -> OpenAPIOperationReader {
        var reader = OpenAPIOperationReader()
        var inPaths = false
        var sawPaths = false
        var path: String?
        var current: Int? // index in operations of the operation being read

        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            let content = Self.withoutComment(line.trimmingCharacters(in: .whitespaces))
            if content.isEmpty { continue }
            if line.hasPrefix("\t") || line.hasPrefix(" \t") {
                reader.problems.append("line \(number): indented with a tab")
                continue
            }
            let indent = line.prefix(while: { $0 == " " }).count

            if indent == 0 {
                inPaths = content == "paths:"
                if inPaths {
                    if sawPaths { reader.problems.append("line \(number): a second paths: section") }
                    sawPaths = true
                }
                path = nil
                current = nil
                continue
            }
            guard inPaths else { continue }

            switch indent {
            case 2:
                current = nil
                guard content.hasSuffix(":") else {
                    reader.problems.append("line \(number): expected a path key at two spaces, found \(content)")
                    path = nil
                    continue
                }
                let key = Self.unquoted(String(content.dropLast()))
                guard key.hasPrefix("/") else {
                    reader.problems.append("line \(number): path key \(key) does not start with /")
                    path = nil
                    continue
                }
                path = key
            case 4:
                current = nil
                let key = content.hasSuffix(":") ? Self.unquoted(String(content.dropLast())) : ""
                guard Self.methods.contains(key) else { continue } // parameters:, summary:, servers: …
                guard let path else {
                    reader.problems.append("line \(number): \(key): outside a path")
                    continue
                }
                reader.operations.append(Operation(method: key.uppercased(), path: path, access: nil, line: number))
                current = reader.operations.count - 1
            case 6:
                guard content.hasPrefix("x-refurb-access:") else { continue }
                let value = Self.unquoted(String(content.dropFirst("x-refurb-access:".count)).trimmingCharacters(in: .whitespaces))
                guard let current else {
                    reader.problems.append("line \(number): x-refurb-access outside an operation")
                    continue
                }
                if reader.operations[current].access != nil {
                    reader.problems.append("line \(number): a second x-refurb-access in \(reader.operations[current].name)")
                }
                if value.isEmpty { reader.problems.append("line \(number): x-refurb-access without a value") }
                reader.operations[current].access = value
            default:
                if content.hasPrefix("x-refurb-access:") {
                    reader.problems.append("line \(number): x-refurb-access at \(indent) spaces instead of 6")
                }
            }
        }
        if !sawPaths { reader.problems.append("no paths: section at the top level") }
        return reader
    }

    /// The text before a ` #` comment (a `#` inside quotes is kept).
    private static func withoutComment(_ text: String) -> String {
        if text.hasPrefix("#") { return "" }
        var quote: Character?
        var previous: Character = " "
        for (offset, character) in text.enumerated() {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#", previous == " " {
                return String(text.prefix(offset)).trimmingCharacters(in: .whitespaces)
            }
            previous = character
        }
        return text
    }

    private static func unquoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for quote in ["\"", "'"] where trimmed.count >= 2 && trimmed.hasPrefix(quote) && trimmed.hasSuffix(quote) {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }
}

/// The test venv's Python with PyYAML and openapi-spec-validator (Tests/tools/requirements.txt, installed
/// by scripts/setup into .venv), or `REFURB_TEST_PYTHON`. Without them the check is skipped, saying why.
private enum OpenAPIValidatorTool {
    static func python() -> String? {
        let configured = ProcessInfo.processInfo.environment["REFURB_TEST_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
        let python = configured ?? OpenAPIRouteSource.repositoryRoot.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            print("Skipping the YAML and OpenAPI 3.1 validation: no test venv at \(python) (run scripts/setup, or set REFURB_TEST_PYTHON).")
            return nil
        }
        let probe = try? run([python, "-c", "import yaml, openapi_spec_validator"])
        guard probe?.status == 0 else {
            print("Skipping the YAML and OpenAPI 3.1 validation: \(python) lacks PyYAML or openapi-spec-validator "
                  + "(run scripts/setup, or pip install -r Tests/tools/requirements.txt).")
            return nil
        }
        return python
    }

    /// Runs a command and returns its exit status with its standard output and error together.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.currentDirectoryURL = OpenAPIRouteSource.repositoryRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
