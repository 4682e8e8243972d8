// The owners of GEOS C state are marked Sendable by hand, and only they are.
//
// Why it is sound: a `GEOSState`, `PreparedState` or `IndexState` value is created once, moved
// straight into the `GeoCore.Locked` (a POSIX mutex) of the class that owns it (`GEOSGeometry`,
// `PreparedGEOSGeometry`, `SpatialIndex`), and from then on is reached only inside that mutex's
// `withLock`. They are `~Copyable`, so no second copy of the pointers can exist, and their
// `deinit` frees the C objects exactly once. The compiler cannot see that a C pointer moved into a
// mutex is no longer shared, hence `@unchecked`; the mutex is what keeps GEOS's rule
// "one thread per context at a time".

extension GEOSState: @unchecked Sendable {}
extension PreparedState: @unchecked Sendable {}
extension IndexState: @unchecked Sendable {}
