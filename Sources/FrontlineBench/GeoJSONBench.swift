import Foundation
import GeoJSONCoding

/// Read + write of a large FeatureCollection: Frontline's streaming coder vs GDAL's ogr2ogr.
enum GeoJSONBench {
    static func run(directory: String, megabytes: Int) throws {
        let input = "\(directory)/polygons.geojson"
        let size = try BenchData.writePolygons(to: input, megabytes: megabytes)
        let mb = Double(size) / 1e6
        print("GeoJSON read+write: \(format(mb, 1)) MB FeatureCollection of polygons (7 decimals)")

        let output = "\(directory)/frontline-out.geojson"
        var features = 0
        let ours = try bestTime(runs: 3) {
            let reader = try GeoJSONFeatureReader(path: input)
            let writer = try GeoJSONFeatureWriter(path: output, format: .geojson, precision: 7)
            features = 0
            while let f = try reader.next() {
                try writer.write(f)
                features += 1
            }
            try writer.finish(bbox: reader.collectionBBox, foreignMembers: reader.collectionForeignMembers)
        }
        print("  frontline convert (GeoJSON → GeoJSON): \(format(ours, 3)) s, \(format(mb / ours, 1)) MB/s, \(Int(Double(features) / ours)) features/s")

        let readOnly = try bestTime(runs: 3) {
            let reader = try GeoJSONFeatureReader(path: input)
            while try reader.next() != nil {}
        }
        print("  frontline read only:                    \(format(readOnly, 3)) s, \(format(mb / readOnly, 1)) MB/s")

        guard let ogr = which("ogr2ogr") else {
            print("  ogr2ogr: not installed (apt-get install gdal-bin) — no ratio")
            return
        }
        let gdalOut = "\(directory)/gdal-out.geojson"
        var status: Int32? = 0
        let gdal = bestTime(runs: 2) {
            try? FileManager.default.removeItem(atPath: gdalOut)
            status = runProgram(ogr, ["-f", "GeoJSON", gdalOut, input])
        }
        guard status == 0 else {
            print("  ogr2ogr failed (status \(status.map(String.init) ?? "?")) — no ratio")
            return
        }
        print("  ogr2ogr -f GeoJSON (same file):         \(format(gdal, 3)) s, \(format(mb / gdal, 1)) MB/s")
        print("  ratio frontline / ogr2ogr: \(format(gdal / ours, 1))× faster (goal ≥ 10×)")
    }
}
