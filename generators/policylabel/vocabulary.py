"""The controlled vocabulary (schemas/vocabulary.yaml): lookups, IRIs and did-you-mean hints."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from policylabel import paths


@dataclass(frozen=True)
class Term:
    """One controlled term of one set."""

    set: str
    id: str
    label: str
    description: str
    iri: str  # a CURIE such as ``dpv:Marketing``
    p3p: str | None = None
    app_store: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    # How policy text writes the term: base forms (the statement extractor generates the inflections).
    cues: tuple[str, ...] = ()
    broader: str | None = None  # the id of the broader term of the same set, if any


@dataclass(frozen=True)
class TermSet:
    name: str
    title: str
    description: str
    terms: Mapping[str, Term]


@dataclass(frozen=True)
class LabelPart:
    """A column of the label's data grid or a section of the label, in display order."""

    id: str
    label: str
    detail: str | None = None  # for a column: the claim attribute a cell lists


@dataclass(frozen=True)
class Vocabulary:
    version: int
    dpv_version: str
    prefixes: Mapping[str, str]
    sets: Mapping[str, TermSet]
    label_columns: tuple[LabelPart, ...] = ()
    label_sections: tuple[LabelPart, ...] = ()
    nouns: Mapping[str, str] = field(default_factory=dict)  # singular -> plural, for counts on the site
    # (set, term id) -> ancestors: each term's chain is walked once (the statement rules ask by the thousand).
    _ancestry: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, init=False, repr=False,
                                                              compare=False)

    def plural(self, set_name: str, term_id: str) -> str:
        """The name of a group of a term's things (``Privacy policies``): its ``plural``, else its label."""
        term = self.term(set_name, term_id)
        return str(term.extra.get("plural", term.label))

    def count(self, n: int, noun: str) -> str:
        """``3 findings``, ``1 finding``: the plural as the vocabulary spells it (``nouns``)."""
        if n == 1:
            return f"{n} {noun}"
        if noun not in self.nouns:
            raise KeyError(f"no plural of {noun!r} in the vocabulary's nouns")
        return f"{n} {self.nouns[noun]}"

    def practices_where(self, key: str, value: str | None = None) -> frozenset[str]:
        """Practice ids whose vocabulary entry has ``key`` (equal to ``value`` when given)."""
        return frozenset(t.id for t in self.sets["practices"].terms.values()
                         if key in t.extra and (value is None or t.extra[key] == value))

    def ancestors(self, set_name: str, term_id: str) -> tuple[str, ...]:
        """The term and every broader term above it, nearest first (the hierarchy is acyclic, checked by
        the vocabulary tests; the walk stops at a repeat all the same)."""
        found = self._ancestry.get((set_name, term_id))
        if found is not None:
            return found
        terms = self.sets[set_name].terms
        chain: list[str] = []
        current: str | None = term_id
        while current is not None and current in terms and current not in chain:
            chain.append(current)
            current = terms[current].broader
        if term_id in terms:  # only the vocabulary's own terms are kept: the table stays its size
            self._ancestry[(set_name, term_id)] = tuple(chain)
        return tuple(chain)

    def related(self, set_name: str, a: str, b: str) -> bool:
        """Whether one term is the other or lies below it (subsumption either way)."""
        return a in self.ancestors(set_name, b) or b in self.ancestors(set_name, a)

    def term(self, set_name: str, term_id: str) -> Term:
        return self.sets[set_name].terms[term_id]

    def ids(self, set_name: str) -> list[str]:
        return list(self.sets[set_name].terms)

    def expand(self, curie: str) -> str:
        """``dpv:Marketing`` -> ``https://w3id.org/dpv#Marketing``."""
        prefix, _, local = curie.partition(":")
        return self.prefixes[prefix] + local

    def suggest(self, set_name: str, value: str, n: int = 3) -> list[str]:
        """The closest valid terms to a misspelt one, for did-you-mean hints."""
        candidates = self.ids(set_name)
        labels = {t.label.lower(): t.id for t in self.sets[set_name].terms.values()}
        found = difflib.get_close_matches(value.lower(), candidates, n=n, cutoff=0.5)
        for label in difflib.get_close_matches(value.lower(), list(labels), n=n, cutoff=0.6):
            if labels[label] not in found:
                found.append(labels[label])
        return found[:n]


# Which vocabulary set each claim attribute draws from; one place, used by schema, model and outputs.
CLAIM_LIST_ATTRIBUTES: dict[str, str] = {
    "data": "data-categories",
    "sources": "sources",
    "purposes": "purposes",
    "recipients": "recipients",
    "legal-bases": "legal-bases",
    "rights": "rights",
    "technologies": "technologies",
    "measures": "security-measures",
    "mechanisms": "mechanisms",
    "audience": "audiences",
}
CLAIM_SCALAR_ATTRIBUTES: dict[str, str] = {
    "choice": "choices",
    "retention": "retention-policies",
    "rating": "tos-ratings",
}
CLAIM_VALUE_ATTRIBUTES: tuple[str, ...] = ("age", "duration", "date", "countries", "contacts")


def compiled_path(path: Path) -> Path:
    """Where the parsed vocabulary is cached as JSON (generated by schemagen, beside the YAML)."""
    return path.with_suffix(".json")


def raw_vocabulary(path: Path) -> dict[str, Any]:
    """The vocabulary's data. Read from the JSON cache when it was compiled from this very YAML text
    (parsing 1,000 lines of YAML costs a pre-commit hook 40 ms); from the YAML itself otherwise."""
    import hashlib
    import json

    text = path.read_text(encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    cache = compiled_path(path)
    if cache.is_file():
        compiled = json.loads(cache.read_text(encoding="utf-8"))
        if compiled.get("source-sha256") == digest:
            return compiled["vocabulary"]
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(text)


def _load(path: Path) -> Vocabulary:
    raw = raw_vocabulary(path)
    sets: dict[str, TermSet] = {}
    for name, body in raw["sets"].items():
        terms: dict[str, Term] = {}
        for tid, t in body["terms"].items():
            extra = {k: v for k, v in t.items()
                     if k not in {"label", "description", "iri", "p3p", "app-store", "cues", "broader"}}
            terms[tid] = Term(name, tid, t["label"], t["description"], t["iri"], t.get("p3p"),
                              t.get("app-store"), extra, tuple(t.get("cues") or ()), t.get("broader"))
        sets[name] = TermSet(name, body["title"], body["description"], terms)
    label = raw.get("label") or {}
    columns = tuple(LabelPart(c["id"], c["label"], c.get("detail")) for c in label.get("columns", ()))
    sections = tuple(LabelPart(c["id"], c["label"]) for c in label.get("sections", ()))
    nouns = {str(k): str(v) for k, v in (raw.get("nouns") or {}).items()}
    return Vocabulary(raw["version"], str(raw["dpv-version"]), dict(raw["prefixes"]), sets, columns, sections, nouns)


@lru_cache(maxsize=4)
def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """The vocabulary, parsed once per process."""
    return _load(path or paths.VOCABULARY)
