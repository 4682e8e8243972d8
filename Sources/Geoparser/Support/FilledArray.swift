extension Array {
    /// `count` copies of `value`, made through the element type's storage as this module
    /// specialises it. (The standard `init(repeating:count:)` asks the runtime for the array's
    /// storage type on every call, some 500 instructions; a text's passes make a dozen such
    /// arrays.)
    @inline(__always)
    init(filled value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(value) }
    }
}
