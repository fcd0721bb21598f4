"""What the reader may or may not do with equipment the first party supplies: open or alter it, sell or lend it,
take it abroad, use it with another service ("The Customer must not open the lamp housing", "You are free to take
a hired machine abroad"). A rule on the reader's own goods, read from its verb and modality, not from a word of
the practice."""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from policylabel.statements.words import MODALS, NEGATORS, USER_ROLES

# The acts on a device, by family: the detector compares only acts of one family.
DEVICE_ACTS: Final[dict[str, str]] = {
    **dict.fromkeys(("open", "opened", "alter", "altered", "modify", "modified", "reflash", "flash", "flashed",
                     "tamper", "tampered", "bypass", "bypassed", "dismantle", "dismantled", "install", "installed",
                     "refill", "refilled", "copy", "copied"), "altering"),
    **dict.fromkeys(("sell", "sold", "resell", "resold", "lend", "lent", "pledge", "pledged", "sublet", "sub-hire",
                     "sub-let", "hand", "give", "share", "shared"), "passing on"),
    **dict.fromkeys(("move", "moved", "relocate", "relocated", "export", "exported", "take",
                     "taken", "keep", "kept", "remain"), "moving"),
    **dict.fromkeys(("use", "used", "connect", "connected"), "using"),
}
# Where a taken device goes ("take it abroad", "taken out of Kosovo", "take it apart"), where a kept one stays
# ("remain in Finland", "kept at the address"), to whom one is given ("give it away", "hand it on").
_TAKEN: Final = frozenset({"abroad", "outside", "across", "off", "away", "home", "anywhere", "apart"})
_KEPT: Final = frozenset({"in", "at", "within", "on"})
_GIVEN: Final = frozenset({"away", "on", "over"})
_ANOTHER: Final = frozenset({"any", "another", "other", "anyone", "someone", "third"})  # "to any country"
# Words between a modal and its verb: "must not be opened", "may only be used", "are free to take".
_BETWEEN: Final = frozenset({"not", "n't", "be", "only", "also", "ever", "never", "to", "freely", "still"})
_NOT_DEVICES: Final = frozenset({"ticket", "tickets", "pass", "passes", "voucher", "vouchers", "account", "accounts",
                                 "password", "passwords", "login", "data", "information", "content", "photo",
                                 "photos", "booking", "bookings", "seat", "seats", "membership", "memberships",
                                 "place", "places", "slot", "slots", "code", "codes", "gift", "credit", "credits",
                                 "points", "subscription", "licence", "license", "key", "details", "door", "room",
                                 "pitch", "plot", "space", "ad", "ads", "message", "messages", "review", "reviews",
                                 "claim", "claims", "dispute", "disputes", "notice", "appointment", "appointments",
                                 "order", "orders", "reservation", "reservations", "case", "complaint", "request",
                                 "requests", "agreement", "contract", "terms", "desk", "desks", "call", "calls",
                                 "course", "courses", "class", "classes", "guest", "guests", "share", "force",
                                 "effect", "good", "goods", "item", "items", "product", "products", "food", "alcohol",
                                 "drink", "drinks"})
# Practices a clause may state beside a rule on equipment, whose cues the rule replaces ("You must not sell, lend
# or give the robot" is no rule of conduct; "are free to" no price); any other is what the clause is about.
DEVICE_BESIDE: Final = frozenset({"acceptable-use", "fees-and-payment", "use", "sale", "sharing", "retention",
                                  "other-term", "deletion", "collection", "service-limits", "device-restrictions"})
# Verbs that alone name no act on a device ("keep", "take"): only with where it goes, or as the rule's own cue.
_AMBIGUOUS: Final = frozenset({"keep", "kept", "remain", "take", "taken", "give", "hand", "use", "used", "share",
                               "shared"})
_FREE: Final = frozenset({"free", "welcome"})  # "are free to", "are welcome to"
_BINDING: Final = frozenset({"must", "shall", "mustn't", "cannot", "can't"})
DEVICE_GATE: Final = frozenset(DEVICE_ACTS)  # (set tests first: most units name no act on a device)
DEVICE_MODALITY: Final = MODALS | {"free", "welcome", "do", "don't", "mustn't", "cannot", "can't"}
_FIRST_PERSON: Final = frozenset({"we", "us", "our"})
_SUBJECT_REACH: Final = 12  # from the clause's start to its modal ("The smart meter we install remains our property
# and must not be moved")
_VERB_REACH: Final = 4  # from the modal to the verb ("must not be opened", "may not be taken")


def act_families(words: list[str], cue: str) -> frozenset[str]:
    """The families of the acts a rule's words name ("open, modify or reflash": altering; "opened, altered or
    taken off Tanna": altering and moving; "take apart": altering): words that alone name no act on a device
    ("take", "keep", "give") count as the rule's cue, or before where the device goes."""
    out = set()
    for k, w in enumerate(words):
        family = DEVICE_ACTS.get(w)
        if family is None:
            continue
        after = words[k + 1:k + 4]
        if w in ("take", "taken") and "apart" in after:
            out.add("altering")
        elif w not in _AMBIGUOUS or w == cue or (w in ("take", "taken") and not _TAKEN.isdisjoint(after)) \
                or (w in ("give", "hand") and not _GIVEN.isdisjoint(after)):
            out.add(family)
    return frozenset(out)


def _negated(lemmas: list[str], lo: int, at: int) -> bool:
    return not NEGATORS.isdisjoint(lemmas[max(lo, at - 3):at]) or "n't" in lemmas[max(lo, at - 3):at]


def device_rule(lemmas: list[str], lo: int, hi: int) -> tuple[int, str, bool] | None:
    """Where the clause ``lo``..``hi`` states a rule on equipment: the verb, its family and whether the act is
    forbidden ("must not be opened", "Do not resell", "may only be used with", "No apps may be added") rather than
    allowed ("may take ... abroad", "are free to relocate", "may be resold ... freely"); None when it states none."""
    if any(w in _NOT_DEVICES for w in lemmas[lo:hi + 1]):
        return None
    imperative = lemmas[lo] in ("do", "don't") and lo + 1 <= hi and lemmas[lo + 1] in ("not", "n't")
    modal = next((i for i in range(lo, min(hi, lo + _SUBJECT_REACH) + 1)
                  if lemmas[i] in MODALS or lemmas[i] in _FREE or lemmas[i] in ("mustn't", "cannot", "can't")), None)
    if modal is None and not imperative:
        return None
    start = lo + 2 if imperative else modal
    assert start is not None
    if not imperative and modal is not None and (lemmas[lo] in _FIRST_PERSON
                                                 or not _FIRST_PERSON.isdisjoint(lemmas[max(lo, modal - 2):modal])):
        return None  # the first party's own act ("We may remove the meter"; but "Radios we sell may be resold")
    verb = start + 1 if not imperative else start
    while verb <= min(hi, start + _VERB_REACH) and lemmas[verb] in _BETWEEN:
        verb += 1
    if verb > hi or lemmas[verb] not in DEVICE_ACTS:
        return None
    family = DEVICE_ACTS[lemmas[verb]]
    after = lemmas[verb + 1:min(hi, verb + 6) + 1]
    to_another = any(a == "to" and b in _ANOTHER for a, b in pairwise(after))
    lem = lemmas[verb]
    out_of = any(a == "out" and b == "of" for a, b in pairwise(after))  # ("taken out of Kosovo", not "out")
    if lem in ("take", "taken") and _TAKEN.isdisjoint(lemmas[verb + 1:min(hi, verb + 9) + 1]) and not to_another \
            and not out_of:
        return None  # ("take a course", "take calls"): not where the device goes
    if lem in ("keep", "kept", "remain") and _KEPT.isdisjoint(after[:2]):
        return None  # ("keep noise down")
    if lem in ("give", "hand") and ((_GIVEN.isdisjoint(after) and not to_another) or "be" in lemmas[start:verb]):
        return None  # ("give the crew access", "may be given away or recycled": goods left behind)
    if family == "using" and "with" not in after:
        return None  # ("may also use the lamp", "used only to carry horses"): who uses it or what for
    subject = lemmas[lo:modal] if modal is not None else []
    passive = "be" in lemmas[start:verb]
    if not imperative and not passive and lem != "remain" and subject and not any(
            w in USER_ROLES or w in ("you", "owner", "owners", "household") for w in subject):
        return None  # someone else's act
    # ("must remain in Finland", "shall keep it at the address": an obligation binds whether or not negated)
    forbidden = imperative or _negated(lemmas, start, verb + 1) or "only" in lemmas[start:verb + 3] \
        or lemmas[start] in _BINDING or (lemmas[lo] == "no" and passive)
    return verb, family, forbidden
