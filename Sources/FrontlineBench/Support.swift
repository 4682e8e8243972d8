import Foundation

func sine(_ x: Double) -> Double { sin(x) }
func cosine(_ x: Double) -> Double { cos(x) }

func fileSize(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
}

/// Best of `runs` wall-clock timings of `body`, in seconds.
func bestTime(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    let clock = ContinuousClock()
    for _ in 0..<runs {
        let d = try clock.measure(body)
        best = min(best, Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
    }
    return best
}

/// Runs a program with output discarded, returning its exit status (or nil when it cannot start).
///
/// Uses posix_spawn and waitpid directly (Foundation's Process polls for exit, which would add
/// tens of milliseconds to timings).
func runProgram(_ path: String, _ arguments: [String]) -> Int32? {
    runProgramCapturing(path, arguments, output: "/dev/null")
}

/// The full path of a program on PATH, or nil.
func which(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let candidate = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

func format(_ x: Double, _ decimals: Int = 2) -> String { String(format: "%.\(decimals)f", x) }

/// Runs a program with its standard output sent to `output` and standard error discarded; returns
/// its exit status (or nil when it cannot start). posix_spawn and waitpid, as `runProgram` explains.
func runProgramCapturing(_ path: String, _ arguments: [String], output: String) -> Int32? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for a in argv { free(a) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (status >> 8) & 0xFF
}
