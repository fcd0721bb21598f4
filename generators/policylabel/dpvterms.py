"""The DPV terms the vocabulary uses, kept in the repository as ``schemas/dpv-terms.json``.

Regenerate from the DPV term tables (CSV, one per DPV vocabulary) with::

    python -m policylabel.dpvterms /path/to/dpv

Run-time code and tests read only the committed JSON file; the CSV tables are needed only to regenerate.
The file holds every DPV IRI the outputs can emit: the vocabulary's terms, the properties and classes the
JSON-LD uses (``policylabel.jsonld``), and every ISO 3166 country/region of DPV-LOC (a claim's
``countries`` are open-ended, so all of them are kept, by code only).
"""

from __future__ import annotations

import csv
import json
import sys
from functools import lru_cache
from pathlib import Path

from policylabel import paths
from policylabel.vocabulary import load_vocabulary

DPV_PREFIXES = ("dpv", "pd", "tech", "eu-gdpr", "legal-us", "loc")
LOC = "https://w3id.org/dpv/loc#"
LICENCE_NOTICE = (
    "Contains terms of the W3C Data Privacy Vocabulary (DPV) {version}, https://w3id.org/dpv, "
    "Copyright (c) W3C Data Privacy Vocabularies and Controls Community Group. Distributed under the W3C "
    "Software and Document License, https://www.w3.org/copyright/software-license-2023/ "
    "(full text: schemas/DPV-LICENSE.md). Derived: only the IRIs, types and labels of the terms used here."
)


def _read_tables(folder: Path) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for csv_path in sorted(folder.glob("*.csv")):
        with csv_path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                rows[row["iri"]] = row
    return rows


def wanted_iris() -> set[str]:
    """Every non-LOC DPV IRI the outputs may emit."""
    from policylabel import jsonld

    voc = load_vocabulary()
    out: set[str] = set()
    curies = [t.iri for s in voc.sets.values() for t in s.terms.values()] + jsonld.dpv_curies()
    for curie in curies:
        if curie.partition(":")[0] in DPV_PREFIXES:
            out.add(voc.expand(curie))
    return out


def build(folder: Path) -> tuple[dict[str, object], list[str]]:
    """The terms file's content, and the wanted IRIs missing from the tables."""
    rows = _read_tables(folder)
    voc = load_vocabulary()
    wanted = wanted_iris()
    missing = sorted(i for i in wanted if i not in rows)
    terms = {i: {"label": rows[i]["label"], "type": rows[i]["type"]} for i in sorted(wanted) if i in rows}
    loc_codes = sorted(r["term"] for i, r in rows.items() if i.startswith(LOC))
    data: dict[str, object] = {
        "dpv-version": voc.dpv_version,
        "source": "DPV term tables (w3c/dpv, release folder " + voc.dpv_version + ")",
        "notice": LICENCE_NOTICE.format(version=voc.dpv_version),
        "terms": terms,
        "loc": loc_codes,
    }
    return data, missing


@lru_cache(maxsize=1)
def known() -> tuple[frozenset[str], frozenset[str]]:
    """(IRIs of the kept terms, DPV-LOC codes) from the committed file."""
    data = json.loads(paths.DPV_TERMS.read_text(encoding="utf-8"))
    return frozenset(data["terms"]), frozenset(data["loc"])


def exists(iri: str) -> bool:
    """Whether ``iri`` is a DPV term kept in ``schemas/dpv-terms.json``."""
    terms, loc = known()
    if iri.startswith(LOC):
        return iri[len(LOC):] in loc
    return iri in terms


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m policylabel.dpvterms /path/to/dpv-csv-folder", file=sys.stderr)
        return 2
    data, missing = build(Path(args[0]))
    for iri in missing:
        print(f"not in DPV: {iri}", file=sys.stderr)
    paths.DPV_TERMS.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                               encoding="utf-8")
    print(f"wrote {paths.DPV_TERMS} ({len(data['terms'])} terms, {len(data['loc'])} locations)")  # type: ignore[arg-type]
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
