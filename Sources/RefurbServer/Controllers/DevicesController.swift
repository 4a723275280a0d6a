import Foundation
import Hummingbird
import RefurbCore
import RefurbStore
import RefurbWire

/// Intake, look-up by scan, the device list and a device with its history.
struct DevicesController {
    let state: ServiceState

    struct NewDevice: Decodable, Sendable {
        let lot: String
        let category: String
        let serial: String?
        let manufacturer: String?
        let model: String?
        let location: String?
        /// The person confirmed a serial that does not look like one (`SerialPlausibility`).
        let confirmUnusualSerial: Bool?
    }

    struct DevicePage: Codable, Sendable {
        let devices: [DeviceView]
        let limit: Int
        let offset: Int
        /// Where the next page starts, or nil on the last page.
        let nextOffset: Int?
    }

    struct DeviceDetail: Codable, Sendable {
        let device: DeviceView
        let events: [EventView]
    }

    func register(on routes: APIRoutes) {
        routes.add(.post, "/api/devices", .permission(.intake)) { request, context in
            let body = try await request.decode(as: NewDevice.self, context: context)
            let input = try IntakeInput(lot: body.lot, category: body.category, serial: body.serial,
                                        manufacturer: body.manufacturer, model: body.model, location: body.location,
                                        confirmedUnusualSerial: body.confirmUnusualSerial ?? false)
            let device = try await state.database.intake(input, actor: try context.actor(), at: Date())
            return JSONResponse(DeviceView(device), status: .created,
                                headers: [.location: "/api/devices/\(device.assetTag.text)"])
        }
        routes.add(.get, "/api/devices", .signedIn) { request, _ in
            let query = request.uri.queryParameters
            let limit = try Self.pageNumber(query["limit"].map(String.init), field: "limit", in: 1...500) ?? 50
            let offset = try Self.pageNumber(query["offset"].map(String.init), field: "offset", in: 0...1_000_000_000) ?? 0
            let stage = try query["stage"].map { text in
                guard let stage = Stage(rawValue: String(text)) else {
                    throw APIError.badRequest(Message("api.unknownStage", String(text), Stage.allCases.map(\.rawValue).joined(separator: ", ")))
                }
                return stage
            }
            let lot = try query["lot"].map { try LotCode(parsing: String($0)) }
            let search = query["q"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
            // One more than asked tells whether there is a next page without counting them all.
            let found = try await state.database.devices(matching: DeviceFilter(stage: stage, lot: lot, search: search,
                                                                          limit: limit + 1, offset: offset))
            return JSONResponse(DevicePage(devices: found.prefix(limit).map(DeviceView.init), limit: limit, offset: offset,
                                           nextOffset: found.count > limit ? offset + limit : nil))
        }
        routes.add(.get, "/api/devices/{tag}", .signedIn) { _, context in
            let tag = try Self.tag(context)
            guard let device = try await state.database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
            return JSONResponse(DeviceDetail(device: DeviceView(device),
                                             events: try await state.database.history(of: tag).map { EventView($0, language: context.language) }))
        }
        routes.add(.get, "/api/devices/{tag}/events", .signedIn) { _, context in
            let tag = try Self.tag(context)
            guard try await state.database.device(tag: tag) != nil else { throw StoreError.deviceNotFound(tag.text) }
            return JSONResponse(try await state.database.history(of: tag).map { EventView($0, language: context.language) })
        }
        // Scans are the busiest route: a device is found on the network thread, through the store's
        // query-only look-up connections (a reader on a WAL database never waits for a writer); a lot
        // code counts the lot's devices, so it goes to the pool for reads like any other read.
        let executors = routes.executors
        routes.add(.get, "/api/scan/{code}", .signedIn, work: .eventLoop) { _, context in
            let code = try context.parameter("code")
            if LotCode.looksLikeLotCode(code) {
                return try await executors.run(.reads) {
                    guard case .lot(let summary) = try await state.database.resolve(scan: code) else { throw StoreError.lotNotFound(code) }
                    return try JSONTextResponse(ScanView(kind: "lot", device: nil, lot: LotView(summary.lot, deviceCount: summary.deviceCount)))
                }
            }
            // What JSONResponse(ScanView(kind: "device", …)) gives, written by hand.
            var writer = JSONObjectWriter()
            let device: Device
            do {
                device = try await state.database.device(scanned: code)
            } catch let error as StoreError {
                // Unknown or unreadable because a scanner set to QWERTY typed it on a French computer: said so,
                // with what it meant.
                switch error {
                case .deviceNotFound, .invalidInput:
                    if let misread = KeyboardLayoutMisread.detect(in: code) { throw IntakeInputError.scan(.scannerKeyboardLayout(misread)) }
                default: break
                }
                throw error
            }
            writer.add("device", json: DeviceView(device).jsonText)
            writer.add("kind", "device")
            return JSONTextResponse(text: writer.finish())
        }
    }

    /// A page's `limit` or `offset`: absent, the default; not a whole number, or outside `range`, a 400 that
    /// names it (and the range), rather than a page the caller did not ask for.
    static func pageNumber(_ text: String?, field: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text else { return nil }
        guard let value = Int(text) else { throw APIError.badRequest(Message("api.idMalformed", text)) }
        do {
            return try Quantity(.count, range).check(value, field: field)
        } catch {
            throw APIError.badRequest(error.message)
        }
    }

    /// The asset tag in the path; a misread one is a 400 that says so, an unknown one a 404.
    static func tag(_ context: RefurbRequestContext) throws -> AssetTag {
        try AssetTag(parsing: try context.parameter("tag"))
    }
}
