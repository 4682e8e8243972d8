internal import CPROJ

/// Owns one PROJ context and one transformation, destroyed exactly once in `deinit`.
///
/// PROJ asks for one context per thread at a time, so the only way to reach it from several
/// threads is through `CRSTransform`'s lock (see the `Sendable` note at the end of this file).
struct ProjHandles: ~Copyable {
    let context: OpaquePointer
    let transform: OpaquePointer

    /// Builds `from → to` with `proj_create_crs_to_crs`, normalised to longitude/latitude order.
    init(from: String, to: String) throws(GeodesyError) {
        // proj_context_create: NULL on allocation failure.
        guard let ctx = proj_context_create() else { throw .proj(code: -1, message: "proj_context_create failed") }
        proj_log_level(ctx, PJ_LOG_NONE)
        // proj_create_crs_to_crs: NULL → read the context's errno for PROJ's text.
        guard let raw = proj_create_crs_to_crs(ctx, from, to, nil) else {
            let message = Self.lastError(ctx)
            proj_context_destroy(ctx)
            throw .invalidCRS(definition: "\(from) → \(to)", message: message)
        }
        // proj_normalize_for_visualization: NULL on failure; the raw object is ours to destroy either way.
        let normalized = proj_normalize_for_visualization(ctx, raw)
        proj_destroy(raw)
        guard let normalized else {
            let message = Self.lastError(ctx)
            proj_context_destroy(ctx)
            throw .proj(code: -1, message: message)
        }
        context = ctx
        transform = normalized
    }

    deinit {
        proj_destroy(transform)
        proj_context_destroy(context)
    }

    static func lastError(_ ctx: OpaquePointer) -> String {
        let code = proj_context_errno(ctx)
        guard code != 0, let text = proj_context_errno_string(ctx, code) else { return "unknown PROJ error" }
        return String(cString: text)
    }
}

// Sendable by hand, and sound: a `ProjHandles` value is created once, moved straight into the
// `Locked` of the `CRSTransform` that owns it and from then on reached only inside `withLock`, so
// PROJ's rule "one thread per context at a time" holds. It is `~Copyable`, so no second copy of
// the pointers exists, and its `deinit` frees them exactly once.
extension ProjHandles: @unchecked Sendable {}
