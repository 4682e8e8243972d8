internal import CGEOS

/// Collects the messages GEOS reports through its error handler for one context.
final class MessageSink {
    var messages: [String] = []
}

/// Owns one GEOS context (`GEOS_init_r` … `GEOS_finish_r`) and its error-message sink.
///
/// Not Sendable: GEOS allows a context on one thread at a time. Contexts live inside a
/// `GEOSGeometry`'s mutex or on one function's stack, never in globals.
struct GEOSContext: ~Copyable {
    let handle: OpaquePointer
    let sink: MessageSink

    init() {
        // GEOS_init_r only fails on allocation failure, which Swift treats as fatal anyway.
        handle = GEOS_init_r()
        sink = MessageSink()
        let user = Unmanaged.passUnretained(sink).toOpaque()
        _ = GEOSContext_setErrorMessageHandler_r(handle, { message, userdata in
            guard let message, let userdata else { return }
            let sink = Unmanaged<MessageSink>.fromOpaque(userdata).takeUnretainedValue()
            sink.messages.append(String(cString: message))
        }, user)
    }

    deinit { GEOS_finish_r(handle) }

    /// Clears the sink before a call (so messages belong to that call).
    func clear() { sink.messages.removeAll(keepingCapacity: true) }

    /// The error for a failed call of `function`, with GEOS's messages.
    func failure(_ function: String) -> TopologyError {
        .geos(function: function, messages: sink.messages)
    }

    /// Runs a GEOS call that returns a new geometry; NULL → throws with GEOS's message.
    func make(_ function: String, _ call: () -> OpaquePointer?) throws(TopologyError) -> OpaquePointer {
        clear()
        guard let result = call() else { throw failure(function) }
        return result
    }

    /// Runs a GEOS predicate; 1 → true, 0 → false, 2 (exception) → throws.
    func predicate(_ function: String, _ call: () -> CChar) throws(TopologyError) -> Bool {
        clear()
        switch call() {
        case 1: return true
        case 0: return false
        default: throw failure(function)
        }
    }
}
