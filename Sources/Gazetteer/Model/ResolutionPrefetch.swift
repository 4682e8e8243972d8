import CPrefetch

extension Resolution {
    /// Hints that the first `count` resolutions of `resolutions` will soon be read: for each, its
    /// place (the first two cache lines of the place's box: kind, area codes, point, population,
    /// country) and its texts (the name that matched). A hint only: nothing is read through the
    /// references, retained or changed.
    ///
    /// In a stream of texts the places a name may stand for were last read many texts ago and are
    /// no longer in cache; asked for together, before rules read them one by one, their misses
    /// overlap instead of following each other.
    @inlinable
    public static func prefetch(_ resolutions: UnsafeBufferPointer<Resolution>, count: Int) {
        guard let base = resolutions.baseAddress else { return }
        for k in 0..<Swift.min(count, resolutions.count) {
            guard let (place, texts) = addresses(base + k) else { return }
            frontline_prefetch(place)
            frontline_prefetch(place + 64)
            frontline_prefetch(texts)
        }
    }

    /// Where the place's box and the texts of the resolution at `r` lie, read as plain addresses
    /// from the resolution's memory: read as references, each object would be retained, and that
    /// write is the very touch of it that misses. Nil if either is no stored field.
    @usableFromInline @inline(__always)
    static func addresses(_ r: UnsafePointer<Resolution>) -> (place: UnsafeRawPointer, texts: UnsafeRawPointer)? {
        guard let place = MemoryLayout<Resolution>.offset(of: \Resolution.place),
              let box = MemoryLayout<Place>.offset(of: \Place.box),
              let texts = MemoryLayout<Resolution>.offset(of: \Resolution.texts) else { return nil }
        let raw = UnsafeRawPointer(r)
        return (raw.load(fromByteOffset: place + box, as: UnsafeRawPointer.self), raw.load(fromByteOffset: texts, as: UnsafeRawPointer.self))
    }
}
