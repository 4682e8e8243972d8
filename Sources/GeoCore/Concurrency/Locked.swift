#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value that is only reached under a POSIX mutex.
///
/// Frontline uses this instead of `Synchronization.Mutex` because on Linux `Mutex` parks waiting
/// threads with raw `futex` calls that ThreadSanitizer cannot see, so every contended lock shows up
/// as a false data race; `pthread_mutex_lock` is intercepted by ThreadSanitizer and the race checks
/// in CI stay meaningful. The cost of an uncontended lock is the same (tens of nanoseconds).
///
/// The value may be non-copyable (an owner of C handles): it is moved in at creation, reached only
/// inside ``withLock(_:)`` and destroyed with the lock.
///
/// ```swift
/// let cache = Locked<[Int: String]>([:])
/// cache.withLock { $0[1] = "one" }
/// ```
public final class Locked<Value: ~Copyable & Sendable>: @unchecked Sendable {
    // Sound because `value` is only touched between lock and unlock of `mutex`, and `Value` is
    // itself `Sendable`, so whatever `body` hands out of the lock may cross threads.
    @usableFromInline let mutex: UnsafeMutablePointer<pthread_mutex_t>
    // The value lives in memory of its own, not in a stored property: handing a class's stored
    // property to `body` as `inout` costs a dynamic exclusivity check (`swift_beginAccess` and
    // `swift_endAccess`) on every lock, which the mutex makes redundant. That was the larger
    // part of a cache probe's cost.
    @usableFromInline let value: UnsafeMutablePointer<Value>

    /// Moves `value` behind a new mutex.
    public init(_ value: consuming Value) {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        self.value = .allocate(capacity: 1)
        self.value.initialize(to: value)
    }

    deinit {
        value.deinitialize(count: 1)
        value.deallocate()
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` with exclusive access to the value and returns its result.
    /// - Complexity: one uncontended lock and unlock, plus `body`. Inlinable, so it specialises.
    @inlinable
    public func withLock<Result: ~Copyable, E: Error>(
        _ body: (inout Value) throws(E) -> Result
    ) throws(E) -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value.pointee)
    }
}
