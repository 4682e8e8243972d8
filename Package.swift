// swift-tools-version: 6.0
//
// Frontline: a territory-control tracker over system GEOS and PROJ.
//
// Layers, from the ground up (dependencies only point down):
//   CGEOS, CPROJ          C shims over the system libraries (found with pkg-config)
//   GeoCore               plain Sendable geometry values; no C
//   Geodesy               PROJ: WGS84 geodesic area/length/distance (geodesic.h), CRS transforms (proj.h)
//   GeoTopology           GEOS: union, intersection, validity, buffer in metres, prepared predicates, STRtree
//   GeoJSONCoding         RFC 7946 / RFC 8142 / NDJSON streaming reader and writer over GeoCore
//   Gazetteer             place names: folding, transliteration keys, memory-mapped index, ranking
//   CPrefetch             a cache prefetch hint (header only)
//   Geoparser             places named in text: candidates, place-or-not rules, qualifiers, context
//   Territory             claims of control over time: area expressions, snapshots, changes, exports
//   ClaimStore            claims kept in an OGC GeoPackage (SQLite)
//   FrontlineCLI          the `frontline` executable: argument parsing and output only
import PackageDescription

// Profile-guided optimisation of the geoparser (the Makefile's release builds; see the README's
// Performance section). `FRONTLINE_PGO=generate` builds the Geoparser module with counters and links
// the profile runtime into the executables; `FRONTLINE_PGO=<path>.profdata` builds the module with
// that profile. Unset, as for any other build, nothing changes, and the package stays usable as a
// dependency (which `unsafeFlags` would prevent).
let pgo = Context.environment["FRONTLINE_PGO"] ?? ""
let pgoSwift: [SwiftSetting] = pgo.isEmpty ? []
    : [.unsafeFlags(["-Xfrontend", pgo == "generate" ? "-ir-profile-generate" : "-ir-profile-use=\(pgo)"])]
let pgoLink: [LinkerSetting] = pgo == "generate" ? [.unsafeFlags(["-profile-generate"])] : []

// The memory allocator of the executables (the Makefile's release builds; see the README's
// Performance section). `FRONTLINE_MALLOC=mimalloc` links Debian's libmimalloc (libmimalloc-dev)
// into `frontline` and `frontline-bench`, ahead of the C library, so it serves every allocation in
// the process. Unset, the C library's allocator is used, as by any other build.
let mallocLink: [LinkerSetting] = Context.environment["FRONTLINE_MALLOC"] == "mimalloc" ? [.linkedLibrary("mimalloc")] : []

let package = Package(
    name: "Frontline",
    products: [
        .executable(name: "frontline", targets: ["FrontlineCLI"]),
        .executable(name: "frontline-bench", targets: ["FrontlineBench"]),
        .library(name: "GeoCore", targets: ["GeoCore"]),
        .library(name: "Geodesy", targets: ["Geodesy"]),
        .library(name: "GeoTopology", targets: ["GeoTopology"]),
        .library(name: "GeoJSONCoding", targets: ["GeoJSONCoding"]),
        .library(name: "Gazetteer", targets: ["Gazetteer"]),
        .library(name: "Geoparser", targets: ["Geoparser"]),
        .library(name: "Territory", targets: ["Territory"]),
        .library(name: "ClaimStore", targets: ["ClaimStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // GEOS through geos_c.h only; shim.h defines GEOS_USE_ONLY_R_API so a non-reentrant call
        // does not compile. pkg-config name `geos` is provided by Debian's libgeos-dev (GEOS >= 3.10
        // for GEOSMakeValidWithParams_r and GEOSCoordSeq_copyFromBuffer_r).
        .systemLibrary(
            name: "CGEOS",
            pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]
        ),
        // PROJ through proj.h plus its bundled geodesic.h (Karney's algorithms, GeographicLib's C port).
        .systemLibrary(
            name: "CPROJ",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]
        ),
        // SQLite for the GeoPackage claims store.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // A cache prefetch hint (header only, no library): see prefetch.h.
        .systemLibrary(name: "CPrefetch"),
        .target(name: "GeoCore"),
        .target(name: "Geodesy", dependencies: ["GeoCore", "CPROJ"]),
        .target(name: "GeoTopology", dependencies: ["GeoCore", "Geodesy", "CGEOS"]),
        .target(name: "GeoJSONCoding", dependencies: ["GeoCore"]),
        .target(name: "Gazetteer", dependencies: ["GeoCore", "Geodesy", "GeoTopology", "GeoJSONCoding", "CPrefetch"]),
        .target(name: "Geoparser", dependencies: ["Gazetteer", "GeoCore", "CPrefetch"], swiftSettings: pgoSwift),
        .target(name: "Territory", dependencies: ["GeoCore", "Geodesy", "GeoTopology", "GeoJSONCoding", "Gazetteer"]),
        .target(name: "ClaimStore", dependencies: ["Territory", "GeoCore", "CSQLite"]),
        .executableTarget(
            name: "FrontlineCLI",
            dependencies: [
                "GeoCore", "Geodesy", "GeoTopology", "GeoJSONCoding", "Gazetteer", "Geoparser", "Territory", "ClaimStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: pgoLink + mallocLink
        ),
        // Benchmarks compare the wrapper with direct GEOS C calls, hence the CGEOS dependency.
        .executableTarget(
            name: "FrontlineBench",
            dependencies: ["GeoCore", "Geodesy", "GeoTopology", "GeoJSONCoding", "Gazetteer", "Geoparser", "Territory", "ClaimStore", "CGEOS"],
            linkerSettings: pgoLink + mallocLink
        ),
        .testTarget(name: "GeoCoreTests", dependencies: ["GeoCore"]),
        .testTarget(
            name: "GeodesyTests",
            dependencies: ["Geodesy", "GeoCore", "GeoJSONCoding"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "GeoTopologyTests", dependencies: ["GeoTopology", "Geodesy", "GeoCore"]),
        .testTarget(name: "GeoJSONCodingTests", dependencies: ["GeoJSONCoding", "GeoCore"]),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "GeoCore", "Geodesy"]),
        .testTarget(name: "GeoparserTests", dependencies: ["Geoparser", "Gazetteer", "GeoCore"]),
        .testTarget(name: "TerritoryTests", dependencies: ["Territory", "ClaimStore", "Gazetteer", "GeoCore", "Geodesy", "GeoTopology", "GeoJSONCoding"]),
        .testTarget(name: "FrontlineCLITests", dependencies: ["FrontlineCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
