/// The SQL that makes a file an OGC GeoPackage 1.3 with Frontline's tables.
///
/// Core tables (`gpkg_spatial_ref_sys` with the three required rows, `gpkg_contents`,
/// `gpkg_geometry_columns`), the `claims` feature table (MultiPolygon, EPSG:4326) and the
/// `actors` attribute table. QGIS and GDAL open the file directly; QGIS's Temporal Controller can
/// play the `claims` layer with `from_time` / `to_time`.
enum GeoPackageSchema {
    /// `PRAGMA application_id` of a GeoPackage: ASCII "GPKG".
    static let applicationID: Int64 = 0x4750_4B47
    /// `PRAGMA user_version` for GeoPackage 1.3.0 (the newest GDAL 3.6 reads without a warning).
    static let userVersion: Int64 = 10300

    static let wgs84Definition = """
        GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]
        """

    static let core = """
        CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
          srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES
          ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
          ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
          ('WGS 84 geodetic', 4326, 'EPSG', 4326, '\(wgs84Definition)', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
        CREATE TABLE IF NOT EXISTS gpkg_contents (
          table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
          description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
          CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
          table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
          CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
          CONSTRAINT uk_gc_table_name UNIQUE (table_name),
          CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
          CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        """

    static let frontline = """
        CREATE TABLE claims (
          fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
          geom MULTIPOLYGON,
          actor TEXT NOT NULL,
          claimant TEXT NOT NULL DEFAULT '',
          source TEXT NOT NULL DEFAULT '',
          source_span TEXT NOT NULL DEFAULT '',
          valid_from TEXT NOT NULL,
          valid_to TEXT,
          from_time DATETIME NOT NULL,
          to_time DATETIME,
          from_s REAL NOT NULL,
          to_s REAL,
          from_precision TEXT NOT NULL,
          approximate BOOLEAN NOT NULL DEFAULT 0,
          status TEXT NOT NULL DEFAULT 'control' CHECK (status IN ('control','contested','attack','support')),
          precision TEXT NOT NULL DEFAULT '',
          note TEXT NOT NULL DEFAULT '',
          area_expression TEXT NOT NULL DEFAULT '',
          area_km2 REAL NOT NULL,
          recorded DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
        CREATE INDEX claims_from ON claims(from_s);
        CREATE INDEX claims_series ON claims(actor, claimant, status, from_s);
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
          VALUES ('claims', 'features', 'claims', 'Frontline claims of territorial control', 4326);
        INSERT INTO gpkg_geometry_columns VALUES ('claims', 'geom', 'MULTIPOLYGON', 4326, 0, 0);
        CREATE TABLE actors (
          fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
          name TEXT NOT NULL UNIQUE,
          aliases TEXT NOT NULL DEFAULT '',
          description TEXT NOT NULL DEFAULT '');
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
          VALUES ('actors', 'attributes', 'actors', 'Actors added to this store (aliases separated by |)');
        """
}
