#!/usr/bin/env bash
# Regenerates the geoparser's lexicon files:
#   Gazetteer/english-words.txt  lower-case English words (SCOWL, from Debian's wamerican)
#   Gazetteer/demonyms.tsv       demonyms → country (countryinfo 1.0.1 from PyPI, plus plurals; of one word or two),
#                                and the peoples of regions and first-level areas → the place (looked up in admin1.tsv)
# Run from anywhere; writes into the repository only after both files were built.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
if [ ! -f /usr/share/dict/american-english ]; then
    $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wamerican
fi
pip download --no-deps -q -d "$tmp" countryinfo==1.0.1
python3 scripts/lexicon_build.py --words /usr/share/dict/american-english --countryinfo "$tmp"/countryinfo-1.0.1-*.whl \
    --countries Gazetteer/countries.tsv --admin1 Gazetteer/admin1.tsv --out "$tmp"
cp "$tmp/english-words.txt" "$tmp/demonyms.tsv" Gazetteer/
echo "wrote Gazetteer/english-words.txt ($(wc -l < Gazetteer/english-words.txt) words), Gazetteer/demonyms.tsv ($(wc -l < Gazetteer/demonyms.tsv) rows)"
