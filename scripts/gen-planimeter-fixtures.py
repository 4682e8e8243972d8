#!/usr/bin/env python3
"""Generate an independent reference fixture of geodesic polygon areas.

Writes Tests/GeodesyTests/Fixtures/planimeter-random.geojson: an RFC 7946
FeatureCollection of random Polygon and MultiPolygon features (some with
holes, mixed ring windings) whose expected areas and perimeters on the WGS84
ellipsoid are computed with GeographicLib's Planimeter
(geographiclib.polygonarea.PolygonArea).

The output is deterministic (fixed seed); rerunning overwrites the file.

Usage (from anywhere; paths are resolved relative to the repository):
    python3 scripts/gen-planimeter-fixtures.py

Requires the `geographiclib` Python package (pip install geographiclib).
"""

import json
import math
import os
import random
import sys

try:
    import geographiclib
    from geographiclib.geodesic import Geodesic
    from geographiclib.polygonarea import PolygonArea
except ImportError:  # pragma: no cover
    sys.exit("geographiclib is required: pip install geographiclib")

SEED = 20241125
FEATURE_COUNT = 60
MIN_ACROSS_KM = 0.5
MAX_ACROSS_KM = 1500.0
MAX_RING_VERTICES = 200
LON_LIMIT = 179.0      # every vertex and edge stays within [-179, 179]
LAT_LIMIT = 80.0       # every vertex and edge stays within [-80, 80]

GEOD = Geodesic.WGS84
LATLON = Geodesic.LATITUDE | Geodesic.LONGITUDE
DIST_AZI = Geodesic.DISTANCE | Geodesic.AZIMUTH

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_PATH = os.path.join(REPO_ROOT, "Tests", "GeodesyTests", "Fixtures",
                        "planimeter-random.geojson")


class Reject(Exception):
    """A candidate geometry failed validation; the caller draws another."""


# ---------------------------------------------------------------------------
# Ring construction


def star_ring(rng, clat, clon, radius_m, n, inner_frac):
    """Star-shaped ring around (clat, clon).

    n distinct vertices at strictly increasing azimuths from the centre, at
    geodesic distances uniform in [inner_frac * radius_m, radius_m].  Returns
    (lat, lon) tuples in increasing-azimuth order, which is clockwise seen
    from above (azimuth runs clockwise from north).
    """
    # Jittered angles: a random offset plus n slots, each jittered inside
    # its slot, keeps the angles sorted, distinct, and every gap < 2 slots.
    slot = 360.0 / n
    offset = rng.uniform(0.0, 360.0)
    azis = [offset + slot * (i + rng.uniform(0.1, 0.9)) for i in range(n)]
    ring = []
    for azi in azis:
        r = radius_m * rng.uniform(inner_frac, 1.0)
        d = GEOD.Direct(clat, clon, azi, r, LATLON)
        ring.append((d["lat2"], d["lon2"]))
    return ring


def densify(ring):
    """Points along the closed ring's geodesic edges (vertices included)."""
    pts = []
    n = len(ring)
    for i in range(n):
        lat1, lon1 = ring[i]
        lat2, lon2 = ring[(i + 1) % n]
        line = GEOD.InverseLine(lat1, lon1, lat2, lon2, LATLON | Geodesic.DISTANCE_IN)
        steps = 8
        for k in range(steps):
            p = line.Position(line.s13 * k / steps, LATLON)
            pts.append((p["lat2"], p["lon2"]))
    return pts


def check_ring(ring, clat, clon):
    """Validate a ring against its centre; return (min_dist, max_dist).

    Checks (on densified edges): lon/lat limits, no antimeridian jump, the
    azimuth seen from the centre advances strictly monotonically and winds
    exactly once (so the ring is simple and star-shaped about the centre).
    """
    pts = densify(ring)
    dists, azis = [], []
    prev_lon = None
    for lat, lon in pts:
        if abs(lon) > LON_LIMIT or abs(lat) > LAT_LIMIT:
            raise Reject("out of lon/lat range")
        if prev_lon is not None and abs(lon - prev_lon) > 90.0:
            raise Reject("antimeridian jump")
        prev_lon = lon
        inv = GEOD.Inverse(clat, clon, lat, lon, DIST_AZI)
        dists.append(inv["s12"])
        azis.append(inv["azi1"])
    total = 0.0
    for i in range(len(azis)):
        step = (azis[(i + 1) % len(azis)] - azis[i]) % 360.0
        # Rings are built clockwise (increasing azimuth); every step must be
        # a strictly positive advance of well under a half-turn.
        if not (0.0 < step < 90.0):
            raise Reject("ring not star-shaped about its centre")
        total += step
    if abs(total - 360.0) > 1e-6:
        raise Reject("ring does not wind exactly once")
    return min(dists), max(dists)


def oriented(rng, ring):
    """Randomly keep (clockwise) or reverse (counter-clockwise) a ring."""
    if rng.random() < 0.5:
        return list(reversed(ring)), "ccw"
    return ring, "cw"


def ring_measure(ring):
    """(|area| m^2, perimeter m, signed area) by GeographicLib's Planimeter."""
    poly = PolygonArea(GEOD)
    for lat, lon in ring:           # no closing repeat
        poly.AddPoint(lat, lon)
    num, perimeter, area = poly.Compute(reverse=False, sign=True)
    assert num == len(ring)
    return abs(area), perimeter, area


# ---------------------------------------------------------------------------
# Polygon construction


def make_part(rng, clat, clon, radius_m, n_shell, n_holes, max_hole_vertices):
    """One polygon: shell ring plus n_holes holes, each a list of (lat, lon).

    Returns (rings, windings, max_dist_of_shell_from_centre).
    """
    inner = rng.uniform(0.6, 0.95) if n_holes else rng.uniform(0.3, 0.95)
    shell = star_ring(rng, clat, clon, radius_m, n_shell, inner)
    shell_min, shell_max = check_ring(shell, clat, clon)

    holes = []       # (ring, centre lat, centre lon, max dist from own centre)
    # Every hole lies inside the geodesic disc of radius `room` about the
    # shell centre; the shell boundary never comes closer than shell_min.
    room = 0.9 * shell_min
    attempts = 0
    while len(holes) < n_holes:
        attempts += 1
        if attempts > 200:
            raise Reject("could not place holes")
        hr = room * rng.uniform(0.08, 0.35)
        dist = rng.uniform(0.0, room - hr * 1.05)
        d = GEOD.Direct(clat, clon, rng.uniform(0.0, 360.0), dist, LATLON)
        hlat, hlon = d["lat2"], d["lon2"]
        nh = rng.randint(3, max_hole_vertices)
        ring = star_ring(rng, hlat, hlon, hr, nh, rng.uniform(0.4, 0.95))
        try:
            _, hmax = check_ring(ring, hlat, hlon)
        except Reject:
            continue
        # Contained, not touching: by the triangle inequality every hole
        # point is within sep + hmax of the shell centre.
        sep = GEOD.Inverse(clat, clon, hlat, hlon, Geodesic.DISTANCE)["s12"]
        if sep + hmax >= room:
            continue
        # Holes pairwise disjoint (and not touching): separated discs.
        ok = True
        for _, olat, olon, omax in holes:
            s = GEOD.Inverse(hlat, hlon, olat, olon, Geodesic.DISTANCE)["s12"]
            if s <= 1.05 * (hmax + omax):
                ok = False
                break
        if ok:
            holes.append((ring, hlat, hlon, hmax))

    shell, w = oriented(rng, shell)
    rings, windings = [shell], [w]
    for ring, _, _, _ in holes:
        ring, w = oriented(rng, ring)
        rings.append(ring)
        windings.append(w)
    return rings, windings, shell_max


def choose_centre(rng, radius_m, poleward=None, attempt=0):
    """Random centre; poleward=+1/-1 pushes it as close to +-80 as fits."""
    if poleward is None:
        lat = rng.uniform(-LAT_LIMIT, LAT_LIMIT)
    else:
        # ~110 km per degree of latitude, backing off on repeated rejects.
        margin = radius_m / 110000.0 * (1.02 + 0.05 * attempt) + 1e-4
        lat = poleward * max(0.0, LAT_LIMIT - margin)
    lon = rng.uniform(-LON_LIMIT, LON_LIMIT)
    return lat, lon


def make_feature(rng, fid, kind, across_km, poleward=None,
                 forced_shell_vertices=None):
    radius_m = across_km * 1000.0 / 2.0
    multi = kind.startswith("multipolygon")
    with_holes = kind.endswith("with_holes")
    for attempt in range(500):
        try:
            parts = []      # (rings, windings)
            discs = []      # (lat, lon, max radius) of placed parts
            n_parts = rng.randint(2, 4) if multi else 1
            clat, clon = choose_centre(rng, radius_m, poleward, attempt)
            for p in range(n_parts):
                pr = radius_m if p == 0 else radius_m * rng.uniform(0.25, 1.0)
                if p == 0:
                    plat, plon = clat, clon
                else:
                    # Place further parts around the first, clear of others.
                    dist = rng.uniform(1.2, 3.0) * (radius_m + pr)
                    d = GEOD.Direct(clat, clon, rng.uniform(0.0, 360.0), dist, LATLON)
                    plat, plon = d["lat2"], d["lon2"]
                if abs(plat) >= LAT_LIMIT:
                    raise Reject("part centre too far poleward")
                if with_holes:
                    # In a MultiPolygon at least the first part has holes.
                    n_holes = rng.randint(1, 4) if (p == 0 or rng.random() < 0.5) else 0
                else:
                    n_holes = 0
                if forced_shell_vertices is not None and p == 0:
                    n_shell = forced_shell_vertices
                elif n_holes:
                    n_shell = rng.randint(8, MAX_RING_VERTICES)
                else:
                    n_shell = rng.choice([rng.randint(3, 8), rng.randint(3, MAX_RING_VERTICES)])
                rings, windings, rmax = make_part(
                    rng, plat, plon, pr, n_shell, n_holes,
                    max_hole_vertices=rng.choice([6, 24, 60]))
                for olat, olon, omax in discs:
                    s = GEOD.Inverse(plat, plon, olat, olon, Geodesic.DISTANCE)["s12"]
                    if s <= 1.05 * (rmax + omax):
                        raise Reject("parts too close")
                discs.append((plat, plon, rmax))
                parts.append((rings, windings))
            break
        except Reject:
            continue
    else:
        raise RuntimeError("could not generate feature %d" % fid)

    area = 0.0
    perimeter = 0.0
    coords = []
    all_windings = []
    for rings, windings in parts:
        part_area = 0.0
        for i, ring in enumerate(rings):
            a, per, _ = ring_measure(ring)
            part_area += a if i == 0 else -a
            perimeter += per
        assert part_area > 0.0
        area += part_area
        coords.append([[[lon, lat] for lat, lon in ring + ring[:1]] for ring in rings])
        all_windings.append(windings)

    if multi:
        geometry = {"type": "MultiPolygon", "coordinates": coords}
    else:
        geometry = {"type": "Polygon", "coordinates": coords[0]}
    feature = {
        "type": "Feature",
        "id": fid,
        "properties": {
            "kind": kind,
            "across_km": across_km,
            "expected_area_m2": area,
            "expected_perimeter_m": perimeter,
        },
        "geometry": geometry,
    }
    return feature, all_windings


# ---------------------------------------------------------------------------


def sanity_checks():
    """Print a few values of the same library used for the fixture."""
    box = [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0)]
    a_ccw, p_ccw, s_ccw = ring_measure(box)
    a_cw, p_cw, s_cw = ring_measure(list(reversed(box)))
    print("sanity: 1x1 degree box at the equator: area %r m^2 "
          "(signed ccw %r, cw %r), perimeter %r m" % (a_ccw, s_ccw, s_cw, p_ccw))
    assert math.isclose(a_ccw, 12308778361.469452, rel_tol=1e-12)
    assert a_ccw == a_cw and p_ccw == p_cw and s_ccw == -s_cw


def _positions(geometry):
    polys = (geometry["coordinates"] if geometry["type"] == "MultiPolygon"
             else [geometry["coordinates"]])
    return [pos for rings in polys for ring in rings for pos in ring]


def main():
    sanity_checks()
    rng = random.Random(SEED)

    kinds = (["polygon"] * 24 + ["polygon_with_holes"] * 16
             + ["multipolygon"] * 10 + ["multipolygon_with_holes"] * 10)
    rng.shuffle(kinds)
    assert len(kinds) == FEATURE_COUNT

    # Log-uniform nominal sizes, with the extremes forced in.
    sizes = [round(math.exp(rng.uniform(math.log(MIN_ACROSS_KM),
                                        math.log(MAX_ACROSS_KM))), 3)
             for _ in range(FEATURE_COUNT)]
    sizes[0], sizes[1] = MIN_ACROSS_KM, MAX_ACROSS_KM
    sizes[2], sizes[3] = MAX_ACROSS_KM, MIN_ACROSS_KM

    # A few features pushed as close to +-80 degrees as they fit, and forced
    # vertex counts, for coverage of the extremes.
    poleward = {1: 1, 2: -1, 4: 1, 5: -1}
    forced_vertices = {6: 3, 7: MAX_RING_VERTICES, 8: 3, 9: MAX_RING_VERTICES}
    kinds[6] = kinds[8] = "polygon"   # triangles cannot host holes nicely

    features = []
    stats = {"shell": {"cw": 0, "ccw": 0}, "hole": {"cw": 0, "ccw": 0}}
    for i in range(FEATURE_COUNT):
        feature, windings = make_feature(
            rng, i + 1, kinds[i], sizes[i],
            poleward=poleward.get(i),
            forced_shell_vertices=forced_vertices.get(i))
        features.append(feature)
        for part in windings:
            stats["shell"][part[0]] += 1
            for w in part[1:]:
                stats["hole"][w] += 1

    collection = {
        "type": "FeatureCollection",
        "generator": {
            "script": "scripts/gen-planimeter-fixtures.py",
            "library": "GeographicLib (Python) PolygonArea, WGS84",
            "geographiclib_version": geographiclib.__version__,
            "seed": SEED,
        },
        "features": features,
    }
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w") as f:
        # json writes floats with repr(), i.e. shortest round-trip form.
        json.dump(collection, f, indent=None, separators=(",", ":"),
                  allow_nan=False)
        f.write("\n")

    areas = [f["properties"]["expected_area_m2"] for f in features]
    nverts = [len(r) - 1 for f in features
              for rings in (f["geometry"]["coordinates"]
                            if f["geometry"]["type"] == "MultiPolygon"
                            else [f["geometry"]["coordinates"]])
              for r in rings]
    print("wrote %s" % os.path.relpath(OUT_PATH, REPO_ROOT))
    print("features: %d (geographiclib %s, seed %d)"
          % (len(features), geographiclib.__version__, SEED))
    lats = [c[1] for f in features for c in _positions(f["geometry"])]
    print("area range: %r .. %r m^2" % (min(areas), max(areas)))
    print("vertex latitudes: %r .. %r" % (min(lats), max(lats)))
    print("ring vertices: %d .. %d" % (min(nverts), max(nverts)))
    print("windings: shells %s, holes %s" % (stats["shell"], stats["hole"]))


if __name__ == "__main__":
    main()
