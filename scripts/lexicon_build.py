#!/usr/bin/env python3
"""Builds the geoparser lexicon (see regen-lexicon.sh). Standard library only."""
import argparse, json, os, zipfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", required=True)
    ap.add_argument("--countryinfo", required=True)
    ap.add_argument("--countries", required=True)
    ap.add_argument("--admin1", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    # English words: SCOWL lower-case entries only (proper nouns are capitalised there), no possessives.
    words = set()
    with open(a.words, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if w and w.isalpha() and w == w.lower() and w.isascii():
                words.add(w)
    with open(os.path.join(a.out, "english-words.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Lower-case English words from SCOWL (Debian wamerican); see Gazetteer/README.md\n")
        for w in sorted(words):
            f.write(w + "\n")

    # Country ids by ISO2 from our countries.tsv.
    ids = {}
    country_names = set()
    with open(a.countries, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            ids[c[5]] = c[0]
            country_names.add(c[1])
    rows = {}
    z = zipfile.ZipFile(a.countryinfo)
    for name in sorted(z.namelist()):
        if not name.startswith("countryinfo/data/") or not name.endswith(".json"):
            continue
        d = json.loads(z.read(name))
        iso = (d.get("ISO") or {}).get("alpha2")
        dem = (d.get("demonym") or "").strip()
        if not iso or not dem or iso not in ids:
            continue
        forms = {dem}
        # Plurals as news uses them: Syrians, Iraqis, Americans (not for -ese, -ish, -ch, -sh, -s forms).
        if not dem.endswith(("ese", "ish", "ch", "sh", "s", "x", "z")):
            forms.add(dem + "s")
        for form in forms:
            # (Demonyms of two words are read as one, "Sri Lankan", "South Korean"; not those of a
            # region's name, "Central African", nor lists, "Trinidadian or Tobagonian", nor a place's
            # own name given as its demonym, "Christmas Island".)
            # (Nor a country's own name given as its demonym, "Djibouti", "Gibraltar", which would
            # hide the country's name, nor its plural.)
            if "/" in form or "," in form or " or " in form or " and " in form or form.count(" ") > 1 or form.startswith("Central ") \
                    or form.endswith((" Island", " Islands")) or dem in country_names:
                continue
            rows.setdefault(form, (ids[iso], iso))
    # Demonyms of regions and peoples that news uses as adjectives (no country of their own).
    extra = {"Kurdish": ("", ""), "Kurds": ("", ""), "English": ("", ""), "Arab": ("", ""), "Arabs": ("", ""), "Arabian": ("", ""),
             "European": ("", ""), "Europeans": ("", ""), "African": ("", ""), "Asian": ("", ""),
             "Palestinian": (ids.get("PS", ""), "PS"), "Palestinians": (ids.get("PS", ""), "PS"),
             "British": (ids.get("GB", ""), "GB"), "Turkish": (ids.get("TR", ""), "TR"), "Iraqi": (ids.get("IQ", ""), "IQ"),
             "Iraqis": (ids.get("IQ", ""), "IQ"), "Emirati": (ids.get("AE", ""), "AE"), "Saudi": (ids.get("SA", ""), "SA"),
             "Saudis": (ids.get("SA", ""), "SA"), "Yemeni": (ids.get("YE", ""), "YE"), "Israeli": (ids.get("IL", ""), "IL"),
             "Israelis": (ids.get("IL", ""), "IL"), "Iranian": (ids.get("IR", ""), "IR"), "Iranians": (ids.get("IR", ""), "IR"),
             "Pakistani": (ids.get("PK", ""), "PK"), "Afghan": (ids.get("AF", ""), "AF"), "Afghans": (ids.get("AF", ""), "AF"),
             "Chinese": (ids.get("CN", ""), "CN"), "Russian": (ids.get("RU", ""), "RU"), "Russians": (ids.get("RU", ""), "RU"),
             "American": (ids.get("US", ""), "US"), "Americans": (ids.get("US", ""), "US"), "Syrian": (ids.get("SY", ""), "SY"),
             "Syrians": (ids.get("SY", ""), "SY"), "Lebanese": (ids.get("LB", ""), "LB"), "Jordanian": (ids.get("JO", ""), "JO"),
             "Egyptian": (ids.get("EG", ""), "EG"), "Egyptians": (ids.get("EG", ""), "EG"), "Libyan": (ids.get("LY", ""), "LY"),
             "Qatari": (ids.get("QA", ""), "QA"), "Kuwaiti": (ids.get("KW", ""), "KW"), "French": (ids.get("FR", ""), "FR"),
             "German": (ids.get("DE", ""), "DE"), "Germans": (ids.get("DE", ""), "DE"), "Australian": (ids.get("AU", ""), "AU"),
             "Indonesian": (ids.get("ID", ""), "ID"), "Canadian": (ids.get("CA", ""), "CA"), "Mexican": (ids.get("MX", ""), "MX"),
             # Central Asian adjectives news uses beside countryinfo's ("Kazakhstani"): "the Kazakh capital".
             "Kazakh": (ids.get("KZ", ""), "KZ"), "Kazakhs": (ids.get("KZ", ""), "KZ"), "Uzbek": (ids.get("UZ", ""), "UZ"),
             "Uzbeks": (ids.get("UZ", ""), "UZ"), "Kyrgyz": (ids.get("KG", ""), "KG"), "Tajik": (ids.get("TJ", ""), "TJ"),
             "Tajiks": (ids.get("TJ", ""), "TJ"), "Azeri": (ids.get("AZ", ""), "AZ"), "Azeris": (ids.get("AZ", ""), "AZ")}
    for form, v in extra.items():
        rows[form] = v
    # The peoples of regions and first-level areas, each read as the place with --demonyms and
    # voting for its country's focus: first-level areas by their entry in admin1.tsv (by country
    # and name), curated regions by id. Plurals as above, but not for "Abkhaz", nor "Texans" (the
    # Houston team). (Not the peoples that name newspapers or teams too: "The Oregonian", "The New
    # Yorker", "the Hoosiers".)
    admin1 = {}
    with open(a.admin1, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            admin1.setdefault((c[5], c[1]), c[0])
    no_plural = {"Abkhaz", "Texan"}
    curated = [("South Ossetian", "GE", "frontline:south-ossetia"), ("Darfuri", "SD", "frontline:darfur")]
    peoples = [("Abkhaz", "GE", "Abkhazia"), ("Abkhazian", "GE", "Abkhazia"), ("Chechen", "RU", "Chechnya Republic"),
               ("Dagestani", "RU", "Dagestan Republic"), ("Crimean", "UA", "Crimea"), ("Tigrayan", "ET", "Tigray Regional"),
               ("Ohioan", "US", "Ohio"), ("Texan", "US", "Texas"), ("Californian", "US", "California"),
               ("Floridian", "US", "Florida"), ("Pennsylvanian", "US", "Pennsylvania"), ("Minnesotan", "US", "Minnesota"),
               ("Iowan", "US", "Iowa"), ("Kansan", "US", "Kansas"), ("Kentuckian", "US", "Kentucky"), ("Alabamian", "US", "Alabama"),
               ("Arizonan", "US", "Arizona"), ("Coloradan", "US", "Colorado"), ("Michigander", "US", "Michigan"),
               ("Nevadan", "US", "Nevada"), ("Utahn", "US", "Utah"), ("Nebraskan", "US", "Nebraska"),
               ("Wisconsinite", "US", "Wisconsin"), ("Marylander", "US", "Maryland"), ("Ontarian", "CA", "Ontario"),
               ("Quebecer", "CA", "Quebec"), ("Albertan", "CA", "Alberta"), ("Manitoban", "CA", "Manitoba"),
               ("Bavarian", "DE", "Bavaria"), ("Sicilian", "IT", "Sicily"), ("Tibetan", "CN", "Xizang"),
               ("Uighur", "CN", "Xinjiang Uyghur"), ("Uyghur", "CN", "Xinjiang Uyghur")]
    for form, cc, pid in curated + [(form, cc, admin1[(cc, name)]) for form, cc, name in peoples]:
        rows[form] = (pid, cc)
        if form not in no_plural:
            rows[form + "s"] = (pid, cc)
    rows["New Yorkers"] = (admin1[("US", "New York")], "US")
    rows["Scottish"] = rows["Scots"] = (admin1[("GB", "Scotland")], "GB")
    # A people of one country: the Sinhalese of Sri Lanka.
    rows["Sinhalese"] = (ids.get("LK", ""), "LK")
    with open(os.path.join(a.out, "demonyms.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("demonym\tid\tcountry\n")
        for form in sorted(rows):
            f.write("%s\t%s\t%s\n" % (form, rows[form][0], rows[form][1]))


if __name__ == "__main__":
    main()
