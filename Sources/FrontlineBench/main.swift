import Foundation

// `make bench`: throughput of Frontline's GeoJSON coder, overlay wrapper and geodesic area,
// with ratios against GDAL's ogr2ogr and GEOS's C API measured in the same run.
let megabytes = Int(ProcessInfo.processInfo.environment["FRONTLINE_BENCH_MB"] ?? "") ?? 50
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-bench-\(getpid())").path
do {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    print("frontline-bench (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
    try GeoJSONBench.run(directory: directory, megabytes: megabytes)
    try OverlayBench.run()
    AreaBench.run()
    try GazetteerBench.run()
    try GeoparseBench.run(directory: directory, megabytes: Int(ProcessInfo.processInfo.environment["FRONTLINE_BENCH_GEOPARSE_MB"] ?? "") ?? 10)
    GazetteerBench.coldStart(binary: URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("frontline").path)
} catch {
    FileHandle.standardError.write(Data("frontline-bench: \(error)\n".utf8))
    exit(1)
}
