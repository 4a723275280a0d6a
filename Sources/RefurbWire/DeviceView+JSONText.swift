import RefurbCore

extension DeviceView {
    /// The same object `encode(to:)` gives through the service's JSONEncoder (keys sorted, absent values
    /// as null), written by hand: a scan answers with one device, and JSONEncoder took a quarter of
    /// the scan's time. A test holds the two equal.
    public var jsonText: String {
        var writer = JSONObjectWriter()
        writer.add("assetTag", assetTag)
        writer.add("category", category)
        writer.add("displayName", displayName)
        writer.add("grade", grade)
        writer.add("location", location)
        writer.add("lot", lot)
        writer.add("manufacturer", manufacturer)
        writer.add("model", model)
        writer.add("priceCents", priceCents)
        writer.add("serial", serial)
        writer.add("stage", stage)
        writer.add("version", version)
        return writer.finish()
    }
}
