/// A text's tokens, read in place while ``Tokenizer/withTokens(_:_:)`` runs (as the tokens
/// themselves point into the text's bytes, they must not outlive the call).
///
/// The passes of a text read its tokens some thousands of times: as an array, each read loaded
/// the array's count from its buffer and passing the array to a rule retained and released it.
/// Here the start and the count travel in registers, and a read tests its position against the
/// count once (out of range stops the program, as an array's index does).
///
/// ```swift
/// Tokenizer.withTokens("in Raqqa") { tokens in tokens[1].text }   // "Raqqa"
/// ```
struct Tokens: RandomAccessCollection {
    /// The tokens.
    private let buffer: UnsafeBufferPointer<Token>

    /// The tokens in `buffer`, which must stay valid while this is used.
    init(_ buffer: UnsafeBufferPointer<Token>) {
        self.buffer = buffer
    }

    var startIndex: Int { 0 }
    var endIndex: Int { buffer.count }
    var count: Int { buffer.count }

    /// Token `i` (`i` must be in range, as an array's index must).
    @inline(__always)
    subscript(i: Int) -> Token {
        // (One unsigned comparison tests both ends.)
        precondition(UInt(bitPattern: i) < UInt(bitPattern: buffer.count), "token position out of range")
        return buffer[i]
    }

    /// Calls `body` with the tokens' buffer (for loops that read many tokens with no test each).
    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Token>) throws -> R) rethrows -> R {
        try body(buffer)
    }
}
