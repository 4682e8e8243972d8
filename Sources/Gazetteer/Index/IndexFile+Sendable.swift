// `IndexFile` is shared between threads by hand, and only it.
//
// Why it is sound: the mapping is created read-only (PROT_READ, MAP_PRIVATE) in `init`, every
// stored property is a `let`, nothing ever writes through `base`, and `munmap` runs only in
// `deinit`, when no other reference exists. Concurrent reads of immutable memory are safe; the
// compiler cannot see that a raw pointer is read-only, hence `@unchecked`.
extension IndexFile: @unchecked Sendable {}
