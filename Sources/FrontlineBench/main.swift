import Foundation

// `make bench`: throughput of Frontline's GeoJSON coder, overlay wrapper and geodesic area,
// gazetteer, geoparser and claims timeline, with ratios against GDAL's ogr2ogr, GEOS's C API and
// flashgeotext measured in the same run.
let megabytes = Int(ProcessInfo.processInfo.environment["FRONTLINE_BENCH_MB"] ?? "") ?? 50
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-bench-\(getpid())").path
do {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    print("frontline-bench (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("frontline").path
    // FRONTLINE_BENCH_ONLY=geojson,overlay,area,gazetteer,geoparse,timeline runs a subset;
    // FRONTLINE_BENCH_ONLY=training runs only the profile-guided optimisation's training run.
    let only = Set((ProcessInfo.processInfo.environment["FRONTLINE_BENCH_ONLY"] ?? "").split(separator: ",").map(String.init))
    func wanted(_ name: String) -> Bool { only.isEmpty || only.contains(name) }
    if only.contains("training") { try PGOTraining.run() }
    if wanted("geojson") { try GeoJSONBench.run(directory: directory, megabytes: megabytes) }
    if wanted("overlay") { try OverlayBench.run() }
    if wanted("area") { AreaBench.run() }
    if wanted("gazetteer") { try GazetteerBench.run() }
    if wanted("geoparse") { try GeoparseBench.run(directory: directory, megabytes: Int(ProcessInfo.processInfo.environment["FRONTLINE_BENCH_GEOPARSE_MB"] ?? "") ?? 10) }
    if wanted("gazetteer") { GazetteerBench.coldStart(binary: binary) }
    if wanted("timeline") { try TimelineBench.run(directory: directory, binary: binary) }
} catch {
    FileHandle.standardError.write(Data("frontline-bench: \(error)\n".utf8))
    exit(1)
}
