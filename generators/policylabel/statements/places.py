"""Places in policy text, and the transfers they state.

Countries, the EU and the EEA, large cities and the states of federations (``schemas/places.json``, see
:mod:`policylabel.placesgen`) are found as token sequences written with a capital ("the UK", "Cape Town",
"Bangalore, India", "Oregon"); a city or a state stands for its country. Two readings of a clause use them:

- data kept in a place: "Your information stays in the UK", "processed only within the EEA": no transfer out
  of it (``international-transfer`` denied);
- people or sites located in a place that handle the data: "Our support team in Manila can view your
  account", "tutors teach from Colombia", or data sent to a place ("transfers to the USA"): the data goes
  there (``international-transfer`` affirmed).

Both are bounded look-ups around the place's tokens: linear in the clause.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from policylabel import paths
from policylabel.statements.lexicon import inflections
from policylabel.statements.tokens import Token, tokenize


@dataclass(frozen=True)
class Places:
    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> (words, code), longest first
    unions: dict[str, frozenset[str]]  # "EU", "EEA" -> member country codes
    demonyms: dict[str, str]  # the adjective naming a place's law and courts -> the place's name ("scots": "scotland")
    countries: frozenset[str]  # the names of countries and unions, lower-cased ("finland", "eu")

    def within(self, inner: Iterable[str], outer: Iterable[str]) -> bool:
        """Every place of ``inner`` is one of ``outer`` or inside a union of it (a union inside the same or a
        wider one: the EU is within the EEA)."""
        outer = set(outer)
        for code in inner:
            if code in outer:
                continue
            members = self.unions.get(code)
            if members is not None:
                if not any(members <= self.unions.get(o, frozenset()) for o in outer):
                    return False
            elif not any(code in self.unions.get(o, ()) for o in outer):
                return False
        return True


@lru_cache(maxsize=1)
def places() -> Places:
    data = json.loads((paths.SCHEMAS / "places.json").read_text(encoding="utf-8"))
    names: dict[tuple[str, ...], str] = {}
    for code, country_names in data["countries"].items():
        for name in country_names:
            names[tuple(t.norm for t in tokenize(name))] = code
    for name, code in (*data["cities"].items(), *data["regions"].items()):
        names.setdefault(tuple(t.norm for t in tokenize(name)), code)
    for code, union in data["unions"].items():
        for name in union["names"]:
            names[tuple(t.norm for t in tokenize(name))] = code
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, code in names.items():
        if words:
            by_first.setdefault(words[0], []).append((words, code))
    return Places({w: tuple(sorted(c, key=lambda x: (-len(x[0]), x))) for w, c in by_first.items()},
                  {code: frozenset(u["members"]) for code, u in data["unions"].items()}, dict(data["demonyms"]),
                  frozenset(n for names_ in data["countries"].values() for n in names_)
                  | frozenset(n for u in data["unions"].values() for n in u["names"]))


@lru_cache(maxsize=1)
def place_firsts() -> frozenset[str]:
    """The first words of every place name: a unit with none of them names no place."""
    return frozenset(places().by_first)


def find(toks: list[Token], text: str, firsts: Iterable[str] | None = None) -> list[tuple[int, int, str]]:
    """The places named in ``toks`` (offsets index ``text``): (first token, last token, code), in text order.
    A place starts with a capital ("the UK", not "send it to us"). ``firsts``: the first words of place names
    the tokens hold, when the caller knows them (a look at those tokens only)."""
    table = places().by_first
    wanted = frozenset(firsts) if firsts is not None else frozenset(table)
    out: list[tuple[int, int, str]] = []
    n = len(toks)
    after = -1
    for i in [i for i, t in enumerate(toks) if t.norm in wanted]:
        t = toks[i]
        if i <= after or not text[t.start:t.start + 1].isupper():
            continue
        for words, code in table[t.norm]:
            k = len(words)
            if i + k <= n and all(toks[i + j].norm == words[j] for j in range(1, k)):
                out.append((i, i + k - 1, code))
                after = i + k - 1
                break
    return out


# Words before "in"/"within" that keep data in a place ("stays in", "only within", "exclusively in").
_KEEPING: Final = frozenset({"stay", "remain", "only", "exclusively", "solely", "entirely"})
# Who or what, located in a place, handles the data there.
_LOCATED: Final = frozenset({"team", "teams", "staff", "employee", "employees", "agent", "agents", "contractor",
                             "contractors", "centre", "center", "centres", "centers", "office", "offices", "subsidiary",
                             "subsidiaries", "affiliate", "affiliates", "tutor", "tutors", "translator", "translators",
                             "engineer", "engineers", "developer", "developers", "personnel", "partner", "partners",
                             "proofreader", "proofreaders", "freelancer", "freelancers", "colleague", "colleagues",
                             "desk", "desks", "helpdesk", "laboratory", "lab", "workshop", "bureau"})
# Suppliers located in a place handle the data there when a verb of handling follows ("a vendor in Ohio hosts
# the software"), not when the place only says where they are ("a dispute resolution provider based in ...").
_SUPPLIERS: Final = frozenset({"vendor", "vendors", "supplier", "suppliers", "provider", "providers", "processor",
                               "processors", "company", "companies", "firm", "firms", "service", "services"})
_LOCATING: Final = frozenset({"in", "from"})
_SKIPPED: Final = frozenset({"the", "based", "located", "situated", "be", "work", "working", "who", "that", "teach",
                             "operate", "operating", ","})
# What the people or site do with the data: see it, open it, handle it...
_HANDLING: Final = frozenset(form for verb in ("see", "view", "open", "access", "handle", "process", "store", "receive",
                                               "read", "review", "host", "answer", "manage", "copy", "keep",
                                               "hold", "look", "analyse", "analyze", "edit", "check")
                             for form in inflections(verb)) | {"backed"}  # "backed up every night to a data centre in"
_STORING: Final = frozenset({"store", "process", "host", "keep", "hold"})  # lemmas: "stored and processed within the EEA"


def kept_in(lemmas: list[str], first: int, lo: int) -> bool:
    """The place at ``first`` is where data is kept: "stays in the UK", "only within the EEA", "exclusively in
    data centres in Germany", "stored and processed within the EEA"."""
    i = first - 1
    if i >= lo and lemmas[i] == "the":
        i -= 1
    if i < lo or lemmas[i] not in _INSIDE:
        return False
    # "held on servers in the United Kingdom and stays there", "held in the UK and not sent outwith it"
    if any((lemmas[k] in _KEEPING and lemmas[k + 1] == "there")
           or (lemmas[k] in _OUT_OF and lemmas[k + 1] in ("it", "them") and "not" in lemmas[first + 1:k])
           for k in range(first + 1, min(len(lemmas) - 1, first + 10))):
        return True
    if lemmas[i] != "in" and any(lemmas[j] in _STORING or lemmas[j] in _KEEPING for j in range(max(lo, i - 3), i)):
        return True  # "stored within the EEA", "stays inside the European Economic Area"
    stored = any(lemmas[j] in _STORING for j in range(max(lo, i - 6), i))
    # "stored in the United Kingdom and nowhere else"; "All personal information is stored and handled in Australia",
    # "keeps all data in the United Kingdom", "All personal information is held in data centres located in Canada"
    if stored and ("nowhere" in lemmas[first + 1:first + 5] or "all" in lemmas[max(lo, i - 10):i]):
        return True
    return any(lemmas[j] in _INSIDE and any(lemmas[k] in _KEEPING for k in range(max(lo, j - 3), j))
               for j in range(max(lo, i - 4), i + 1))


_INSIDE = frozenset({"in", "within", "inside"})


def located_in(toks: list[Token], lemmas: list[str], first: int, last: int, lo: int) -> bool:
    """The place at ``first``..``last`` locates people or a site that handle the data, as the unit says
    ("support agents in Casablanca can open your account", "tutors teach from Colombia ... and open learner
    profiles", "hosts the records in its Sydney data centre")."""
    # the place naming what follows it: "its Sydney data centre", "our Manila support team"
    if any(lemmas[k] in _LOCATED for k in range(last + 1, min(len(lemmas), last + 3))) \
            and all(lemmas[k][:1].isalpha() for k in range(last + 1, min(len(lemmas), last + 3))):
        return any(t.norm in _HANDLING for t in toks)
    i = first - 1
    if i >= lo and lemmas[i] == "the":
        i -= 1
    if i - 2 > lo and lemmas[i] == "," and lemmas[i - 2] in _LOCATING:
        i -= 2  # "developers in Kraków, Poland"
    if i < lo or lemmas[i] not in _LOCATING:
        return False
    j = i - 1
    while j >= max(lo, i - 4) and lemmas[j] in _SKIPPED:
        j -= 1
    if j >= lo and lemmas[j] in _SUPPLIERS:
        return any(toks[k].norm in _HANDLING for k in range(last + 1, min(len(toks), last + 4)))
    if j < lo or lemmas[j] not in _LOCATED:
        return False
    return any(t.norm in _HANDLING for t in toks)


# Who handles data for the first party: a supplier in a place processes it there.
_PROCESSORS: Final = _SUPPLIERS | {"subprocessor", "subprocessors", "sub-processor", "sub-processors", "subcontractor",
                                   "subcontractors", "software", "service", "services", "platform", "platforms", "app",
                                   "apps", "agency", "agencies", "firm", "firms", "studio", "studios", "region", "regions",
                                   "company", "companies"}
_OWN: Final = frozenset({"our", "the", "this", "these", "its"})  # "our service is hosted in": the first party's own
_OWN_NAMES: Final = ("service", "platform", "app")  # what the first party calls its own ("our platform is hosted in")
_PROCESSOR_REACH: Final = 16  # tokens back from "in" to the supplier: a bounded look, whatever the places in a unit
_PROCESSING: Final = ("process", "stor", "host", "server", "check", "handl", "scan", "analys", "analyz", "review", "manag",
                      "receiv", "outsourc", "kept", "held", "backup", "backed", "upload", "copied", "transcrib")  # stems: "processes", "stored",
# "servers", "outsourced to", "kept by a cloud provider in"


def processed_in(toks: list[Token], lemmas: list[str], text: str, first: int, lo: int) -> bool:
    """The place at ``first`` is where a supplier processes, stores or hosts the data: "our email service
    processes addresses on servers in the United States", "images are processed by a cloud vision service in
    Singapore", "our booking software is hosted in Australia" (a transfer to that place)."""
    i = first - 1
    if i >= lo and lemmas[i] == "the":
        i -= 1
    if i - 2 > lo and lemmas[i] == "," and lemmas[i - 2] == "in":
        i -= 2  # "on servers in Virginia, USA"
    if i <= lo or lemmas[i] != "in":
        return False
    if not any(toks[k].norm.startswith(_PROCESSING) for k in range(max(lo, i - 8), i)):
        return False
    # (or a company named before its relative clause: "Zendesk, whose servers are located in", "Twilio, which may
    # process your phone number in")
    return any((toks[k].norm in _PROCESSORS and not (toks[k].norm.startswith(_OWN_NAMES) and lemmas[k - 1] in _OWN))
               or (lemmas[k] == "," and lemmas[k + 1] in ("which", "whose") and toks[k - 1].word
                   and text[toks[k - 1].start:toks[k - 1].start + 1].isupper() and k - 1 > lo)
               # "stored with Amazon Web Services in Sydney": kept with a company named
               or (lemmas[k] == "with" and toks[k + 1].word and text[toks[k + 1].start:toks[k + 1].start + 1].isupper())
               for k in range(max(lo + 1, i - _PROCESSOR_REACH), i))


_SENDING: Final = ("transfer", "send", "sent", "mov", "export", "transmit", "ship")  # stems: "exported", "moving"
_OUT_OF: Final = frozenset({"outside", "beyond", "outwith"})


def sent_out_of(lemmas: list[str], first: int, lo: int) -> bool:
    """The place at ``first`` is one the data is sent out of or leaves: "not sent outside the United Kingdom",
    "stored beyond Switzerland", "never leaves Norway"."""
    i = first - 1
    if i >= lo and lemmas[i] == "the":
        i -= 1
    if i < lo:
        return False
    if lemmas[i] == "leave":
        return True
    return lemmas[i] in _OUT_OF and any(lemmas[j].startswith(_SENDING) or lemmas[j] in _STORING
                                        for j in range(max(lo, i - 4), i))


def sent_to(lemmas: list[str], first: int, lo: int) -> bool:
    """The place at ``first`` is where data is sent: "transfers to the USA", "exported to India"."""
    i = first - 1
    if i >= lo and lemmas[i] == "the":
        i -= 1
    return i >= lo and lemmas[i] == "to" and any(lemmas[j].startswith(_SENDING) for j in range(max(lo, i - 3), i))
