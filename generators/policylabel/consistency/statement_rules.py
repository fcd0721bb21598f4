"""Contradictions between statements (see spec/consistency.md, "Statement rules").

Statements come from the one extractor (:mod:`policylabel.statements`); they are compared through the
vocabulary's hierarchies (``broader``), never through word lists of their own:

* a practice denied and the same or a narrower practice affirmed, for related data, recipients and purposes
  (or, outside data practices, the same object words: "setup fee", "gem purchases");
* two different periods for keeping or deleting the same thing, or two different minimum ages
  (:mod:`policylabel.consistency.ages`);
* an opt-out offered for a practice denied;
* liability capped and accepted in full, ownership of or a licence over the reader's content disclaimed and
  claimed, a notice period and the same thing done without notice, two governing laws or venues, courts and
  arbitration, two prices for one thing, a security measure taken and not taken (one function each, run in that
  order under one comparison budget).

Precision first: only the first party's own, unqualified statements are compared (a denial with an exception
or a condition is never compared; a conditional affirmation only against an absolute denial such as "never"
or "under any circumstances"); definitions, described rights and de-identified data are left alone.
Statements are paired only inside buckets keyed by the practice's root and the data's root, with a budget
of comparisons, so the cost stays linear in the number of statements.

This module pairs the statements; :mod:`~policylabel.consistency.conflict` compares their practices, data,
recipients and purposes, and :mod:`~policylabel.consistency.apart` reads what sets two apart in the text around
them. What two statements say of other things is compared in modules named for it:
:mod:`~policylabel.consistency.money` (fees, refunds, credits), :mod:`~policylabel.consistency.harms`
(liability, warranties), :mod:`~policylabel.consistency.periods` (keeping, deleting, notices),
:mod:`~policylabel.consistency.venues` (governing law, courts), :mod:`~policylabel.consistency.measures`
(encryption, passwords) and :mod:`~policylabel.consistency.ages`, all on
the words of :mod:`~policylabel.consistency.alike`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import pairwise

from policylabel.consistency import alike
from policylabel.consistency.ages import age_findings, other_thing
from policylabel.consistency.alike import (
    _GENERIC_OBJECTS,
    _related_any,
    _statutory,
)
from policylabel.consistency.apart import (
    _before_and_after,
    _either_side,
    _in_exception,
    _inside_and_outside,
    _leaving_and_another_case,
    _missed_without_notice,
    _named_items,
    _one_boundary,
    _opening_case,
    _opposite_states,
    _other_locating,
    _other_people,
    _other_places,
    _other_recipient,
    _other_rows,
    _refused_for_a_reason,
    _separate,
    _two_cases_labelled,
    _two_labels,
    _unprompted_and_asked,
    _with_and_without,
)
from policylabel.consistency.conflict import (
    _DATA_FREE,
    _HOLDING,
    _NOT_KINDS,
    _WHOLE_GOODS,
    _data,
    _polarity_conflict,
    _running_out,
    _timed,
)
from policylabel.consistency.equipment import equipment_findings
from policylabel.consistency.findings import PAIR_LIMIT, Analysis, DetectedFinding, Location
from policylabel.consistency.harms import (
    _ANY_CLAIM,
    _CAPPING,
    _PARTY_STEMS_OF_HARM,
    _capped_harm,
    _caps,
    _excludes_or_accepts,
    _measure,
    _same_harm,
)
from policylabel.consistency.leaving import leaving_findings
from policylabel.consistency.mailings import mailing_findings
from policylabel.consistency.measures import measure_findings
from policylabel.consistency.messages import message_findings
from policylabel.consistency.money import (
    _BLANKET_TERMS,
    _CHARGE_KINDS_OF,
    _LEAVING_ACTS,
    _READER_PARTY,
    _excepted_case,
    _the_others,
    _two_fees,
    _waived_for_some,
    _windows_overlap,
    providers_failure_opening,
)
from policylabel.consistency.periods import (
    _ANSWERED,
    _DEFAULT_DATA,
    _RESPONSE,
    _STORAGE,
    _TIME_WORDS,
    _answers_request,
    _at_once,
    _deleted_at_an_event,
    _notice_period,
    _period_conflict,
    _periods,
    _periods_text,
)
from policylabel.consistency.prices import price_findings
from policylabel.consistency.treatment import treatment_findings
from policylabel.consistency.units import (
    MAX_PER_BUCKET,
    Item,
    Report,
    item,
    keep,
    names_region,
    other_product,
    pairs,
    singular,
    word_list,
    word_parts,
)
from policylabel.consistency.venues import (
    _ARBITRATION_WORDS,
    _COURT_CARVE_OUTS,
    _courts_hear,
    _place_names,
    _rules_excluded,
    court_names,
    law_or_court,
    place_codes,
)
from policylabel.evidence import SourceText
from policylabel.segment import BULLET_CHARS
from policylabel.statements import MAX_UNIT_CHARS, Read, Statement
from policylabel.statements.lexicon import lexicon
from policylabel.statements.places import places
from policylabel.statements.words import (
    CEILINGS,
    DATA_VERBS,
    RECEIVING,
    SIGNALS,
    object_form,
)
from policylabel.vocabulary import Vocabulary, load_vocabulary

MAX_SIDE = 6  # denials, and affirmations, located by one finding


# Statements read from longer units are not compared: long sentences stack qualifications the extractor
# does not model, and precision comes first.
MAX_WORDS = 40


_NOT_COMPARED = frozenset({"data-subject-right", "exercising-rights", "scope", "contact", "complaint",
                           "legal-basis", "controller-role", "third-party-services", "other-term",
                           "acceptable-use", "policy-change", "security", "content-licence", "service-limits",
                           "device-restrictions", "governing-law",
                           "parental-responsibility", "communications-consent", "acceptance",
                           "marketing-choice", "non-discrimination"})


# Words of a plan or tier: an exception naming one is another case, with its own period ("unless you have a Plus
# subscription")
_PLANS = frozenset({"plan", "plans", "subscription", "subscriptions", "tier", "tiers", "premium", "package"})


# Practices every wording of which names one thing: "free" denies what "a charge" affirms, "as is" what "we
# guarantee" gives.
_MEANS = frozenset({"click", "clicking", "settings", "setting", "toggle", "untick", "link", "button", "switch"})


# The user's side of what the first party gives: receiving it, or asking for it ("you may request a full refund").
_USER_SIDE = RECEIVING | {"request", "claim", "ask"}


_EXCEPTING_ALL = frozenset({"described", "describe", "stated", "state", "set", "outlined", "explained", "below", "above",
                            "policy", "notice", "terms", "section", "permitted", "allowed", "otherwise"})


# What the reader owes the first party ("shall pay ...", "must give 14 days' notice"), stated as the reader's.
_OWED = frozenset({"indemnity", "fees-and-payment", "termination-by-user"})


_READERS_OWN = frozenset({"indemnity", "termination-by-user"})  # compared denied, too ("not required to indemnify")


# Nouns that a word before names a kind of data ("audiogram data", "server logs", "stamp histories").
_HEAD_NOUNS = frozenset({"data", "information", "record", "records", "log", "logs", "history", "histories",
                         "details", "readings", "profile", "profiles", "recordings", "files", "number", "numbers",
                         "fee", "fees", "charge", "charges", "deposit", "deposits", "credit", "credits"})


# The practice an opt-out right is about.
_RIGHT_PRACTICES: dict[str, tuple[str, ...]] = {"opt-out-sale": ("sale",)}


_MARKETED = frozenset({"use"})  # the first party's own use of data for marketing: what opting out of marketing stops


# Terms with one boundary in time besides refunds: a fee from an event on, cancelling up to one
_BOUNDED = frozenset({"fees-and-payment", "termination-by-user"})


def _comparable(s: Statement, periods: bool = False) -> bool:
    # A denial whose exception names what it excepts ("except to a buyer") is compared outside that exception;
    # a notice period is that period whatever it excepts ("30 days' notice, save for a serious breach").
    # An indemnity the reader owes ("Customer shall indemnify Provider") is a term of the first party's. "We do
    # not knowingly collect ... from them" denies nothing it knows of; liability is compared only as excluded or
    # accepted, not capped.
    return (s.actor == "first-party" or _received(s)
            or (s.actor == "user" and s.practice in _OWED and (s.polarity == "affirmed" or s.practice in _READERS_OWN))
            # (a signal honoured or ignored is the first party's, whoever the sentence names first: "Do Not Track
            # settings in a visitor's browser are disregarded by our site")
            or (s.actor == "user" and s.practice in SIGNALS)
            # (a balance the reader holds that never expires is the first party's term: "You can buy credit, and
            # credit you have bought never expires")
            or (s.actor == "user" and s.practice == "account-balance" and s.polarity == "denied")
            # (and one that runs out: "Coins you pay for expire 12 months after you buy them", "Store credit that has
            # not been spent within twelve months is forfeited")
            or (s.actor == "user" and s.practice == "account-balance" and s.polarity == "affirmed"
                and bool(_periods(s)) and _running_out(s))
            # (and a charge denied for the reader's leaving: "You can cancel your membership at any time, at no cost")
            or (s.actor == "user" and s.practice == "fees-and-payment" and s.polarity == "denied"
                and not _LEAVING_ACTS.isdisjoint(w[:5] for w in s.objects | {s.cue.lower()})
                and "further" not in s.objects)) \
        and not s.defining and s.practice not in _NOT_COMPARED \
        and (not s.exceptions or periods or (s.polarity == "denied" and (bool(s.excepted) or _excepted_case(s) is not None
                                                                     or ((s.practice in DATA_VERBS
                                                                          or s.practice == "tracking")
                                                                         and _named_exceptions(s))))
             or ((s.practice in _WHOLE_GOODS or s.practice in _BLANKET_TERMS) and _statutory(s))) \
        and s.words <= MAX_WORDS and not (s.embedded and s.practice not in DATA_VERBS and s.practice != "tracking") \
        and not (s.polarity == "denied" and "knowingly" in s.objects) \
        and (s.practice != "liability-limitation" or _excludes_or_accepts(s))


# Liability accepted without a cap ("accepts full liability", "unlimited liability", "pay for the repairs in full")
_IN_FULL = frozenset({"full", "unlimited", "uncapped", "fully"})


def _received(s: Statement) -> bool:
    """The user receives what the first party gives ("you ... receive a full refund"): the first party's practice,
    seen from the user's side (data practices excepted: "you receive our newsletter" says nothing of your data)."""
    return s.actor == "user" and s.practice not in DATA_VERBS and bool(_USER_SIDE & (s.anchors | s.objects))


# Terms on what is sold, charged or given back: "other" goods or services there are the rest of those named
_GOODS_TERMS = frozenset({"fees-and-payment", "refunds", "warranty-disclaimer", "account-balance"})



def _kinds(kinds: dict[tuple[int, int], frozenset[str]], text: str, s: Statement) -> frozenset[str]:
    """The words naming which data a statement is about, before a head noun ("audiogram data", "cycle data",
    "stamp histories"): the same such word on two statements names the same data however often the text uses it."""
    key = (s.start, s.end)
    found = kinds.get(key)
    if found is None:
        words = word_list(text[s.start:s.end])
        found = kinds[key] = frozenset(w for w, head in pairwise(words) if head in _HEAD_NOUNS and w.isalpha()
                                       and w not in _GENERIC_OBJECTS and w not in _NOT_KINDS)
    return found


def _label(vocab: Vocabulary, practice: str) -> str:
    return f"'{vocab.term('practices', practice).label}'"


def _licence_kinds(text: str, s: Statement) -> frozenset[str]:
    """What a content clause is about: "ownership" (owns, owner, property, copyright, the rights kept) and/or
    "licence". No rights claimed at all ("we claim no rights in them") disclaims a licence too."""
    words = word_list(text[s.start:s.end].lower())
    kinds = frozenset(k for k, stems in _LICENCE_KINDS if any(w.startswith(stems) for w in words))
    if s.polarity == "denied" and any(w in _CLAIM_WORDS and "rights" in words[i + 1:i + 4] for i, w in enumerate(words)):
        kinds |= {"licence"}
    return kinds


# ("own" alone is mostly an adjective: "on the Company's own channels")
_LICENCE_KINDS = (("ownership", ("owns", "owned", "owner", "propert", "rights", "copyright", "belong")),
                  ("licence", ("licen",)))
_CLAIM_WORDS = frozenset({"claim", "claims"})


def _licence_words(text: str, s: Statement, words: frozenset[str]) -> bool:
    """The clause claims (a grant to the first party, something becoming its property) or disclaims (the first
    party claims none, the reader keeps or retains it, it remains theirs) by one of ``words``; a licence granted to
    the reader ("No license is granted to you", "grants the Customer a licence") is the first party's own content,
    not the reader's."""
    found = word_list(text[s.start:s.end].lower())
    return not words.isdisjoint(found) and not any(
        w in _GRANTING and not _READER_PARTY.isdisjoint(found[k + 1:k + 3]) for k, w in enumerate(found))


_DISCLAIMING_CLAIM = frozenset({"claim", "claims", "keep", "keeps", "retain", "retains", "remain", "remains",
                                "belong", "belongs"})


# (and what the first party says it owns, or what stays or is handed over to it: a claim when affirmed)
_CLAIMING = frozenset({"grant", "grants", "granted", "become", "becomes", "transfer", "transfers", "transferred",
                       "assign", "assigns", "assigned", "pass", "passes", "passed", "belong", "belongs", "owns",
                       "remain", "remains", "hand", "handed"})


_GRANTING = frozenset({"grant", "grants", "granted", "licensed", "licenced"})


def _other_makers(text: str, a: Statement, b: Statement) -> bool:
    """Each clause names who made its content, and they differ ("photographs taken by its guides" / "photographs
    taken by Customers"): two contents."""
    def maker(s: Statement) -> str:
        words = word_list(text[s.start:s.end].lower())
        k = next((i for i, w in enumerate(words) if w == "by"), None)
        while k is not None and k + 1 < len(words) and words[k + 1] in _MAKER_DETERMINERS:
            k += 1
        if k is None or k + 1 >= len(words):
            return ""
        # (the reader's side by any of its names: "sent in by Customers" / "submitted by readers")
        return "reader" if words[k + 1] in _READER_PARTY or singular(words[k + 1]) in _READER_PARTY | {"reader"} \
            else singular(words[k + 1])
    ma, mb = maker(a), maker(b)
    return bool(ma) and bool(mb) and ma != mb


_MAKER_DETERMINERS = frozenset({"its", "the", "our", "their", "your", "a", "an"})


def _own_materials(unit: str) -> bool:
    """The unit is about the first party's own materials, not the reader's content: named as "our", the site's or
    the library's ("Our catalogue photographs belong to us", "All designs on the Site belong to the Company"), or
    let to the reader for a use ("you may watch them for personal use only", "licensed to the Customer")."""
    words = word_list(unit.lower())
    # (a place before the verb of owning names whose things they are; after it, where the reader's are published:
    # "Reviews become our property as soon as they are published on our site")
    owning = next((k for k, w in enumerate(words) if w.startswith(_OWNING_VERBS) or w in _BE), len(words))
    return (bool(words) and words[0] == "our") or any(
        (w in _PLACES_OF_OWN and k < owning and (words[k - 1] in ("the", "our") or words[k - 1].endswith(("'s", "\u2019s")))
         and not {"on", "in"}.isdisjoint(words[max(0, k - 3):k - 1]))
        or (w in _LETTING_USE and any(x in _READER_PARTY for x in words[max(0, k - 3):k]))
        or (w in _GRANTING and words[k + 1:k + 2] == ["to"] and any(x in _READER_PARTY for x in words[k + 2:k + 4]))
        for k, w in enumerate(words) if k >= 2)


_OWNING_VERBS = ("belong", "remain", "own", "become", "pass")  # (and "is", "are": "is the property of")
_BE = frozenset({"is", "are"})
_PLACES_OF_OWN = frozenset({"site", "website", "library", "catalogue", "catalog", "shop", "store"})
_LETTING_USE = frozenset({"watch", "view", "copy", "reuse", "reproduce", "download", "print"})


def _same_content(text: str, a: Statement, b: Statement) -> bool:
    """Both name the same content by a word other than those of owning, licensing and the parties; a clause that
    names it by a pronoun ("we do not claim ownership of them", "it becomes the property of ...") by the words of
    its whole unit."""
    drop = _PARTY_STEMS_OF_HARM | alike.named  # (stems of the parties, and of the names the text gives them)

    def named(s: Statement) -> set[str]:
        words = set(s.objects)
        if not _POINTING.isdisjoint(word_list(text[s.start:s.end])):
            words |= {object_form(w) for w in word_list(text[s.unit_start:s.unit_end])}
        return {w[:5] for w in words - _GENERIC_OBJECTS if not w.startswith(_LICENSING)} - drop

    return bool(named(a) & named(b))


_POINTING = frozenset({"it", "them", "they", "these", "those"})


_LICENSING = ("own", "propert", "licen", "claim", "grant", "right", "keep", "remain", "perpetual", "worldwide",
              "royalty")


def _courts_apart(courts: frozenset[str], names: frozenset[str], other_names: frozenset[str], other_seat: str) -> bool:
    """Courts by a name the places do not know, against courts the other clause seats in a known town or region
    ("the Pirkanmaa District Court" / "the Helsinki District Court"; "the courts of Nevsehir" / "the courts of
    London"): two venues. Against a country ("the courts of Finland") the unknown court may lie in it."""
    return bool(courts) and not names and bool(other_names) and other_seat != "law" \
        and other_names.isdisjoint(places().countries) and courts.isdisjoint(other_names)


def _what(vocab: Vocabulary, a: Statement, b: Statement) -> str:
    if a.practice in SIGNALS:
        return ""  # a signal is honoured or not, whatever data its sentence names ("settings")
    data = [vocab.term("data-categories", d).label.lower() for d in (b.data or a.data)[:2]]
    if data:
        return f" ({', '.join(data)})"
    shared = sorted(((a.anchors & b.objects) | (a.objects & b.anchors)) - _GENERIC_OBJECTS - alike.frequent)
    return f" ({', '.join(shared[:3])})" if shared else ""


def _lines(items: list[tuple[Item, bool]]) -> str:
    lines = sorted({it.line for it, _o in items})
    return ("lines " if len(lines) > 1 else "line ") + ", ".join(str(n) for n in lines)


# Words of a case, a condition, a possibility, a relative clause, a share or a comparison: a unit holding none of
# them says one thing plainly, and what the learned weights alone read in it may be paired
_QUALIFYING = frozenset({"if", "unless", "when", "where", "once", "except", "only", "provide", "until", "before",
                         "after", "while", "whether", "but", "however", "may", "might", "can", "could", "other",
                         "others", "some", "within", "without", "than", "who", "which", "that", "whose", "otherwise",
                         "also", "each", "per"})
MAX_LEARNED_TOKENS = 30  # words and punctuation: some twenty-five words
LEARNED_SHARED = 2  # content words a learned statement must share with the rule-read one it is paired with


def pairable_learned(text: str) -> bool:
    """A unit whose learned reading may be paired: short, and holding no word of a case, a condition, a
    possibility or a relative clause (``_QUALIFYING``)."""
    toks, lemmas = lexicon().front(text[:MAX_UNIT_CHARS])[:2]  # (read once per unit: the extractor's reading)
    return len(toks) <= MAX_LEARNED_TOKENS and _QUALIFYING.isdisjoint(lemmas)


def _learned_pair(denied: Statement, affirmed: Statement) -> bool:
    """A denial only the learned weights read is paired only with an affirmation the rules read (which names what
    is done, to what, in which case), and an affirmation only they read only with an absolute denial the rules
    read ("never", "no ... at all": every case of it), each naming the same thing by two content words (the
    text's frequent words, the parties and the words any statement uses aside)."""
    if affirmed.learned and (denied.learned or not denied.absolute):
        return False
    drop = _GENERIC_OBJECTS | alike.frequent | alike._FIRST_PARTY_ROLES | alike.vendor
    stems = [{w[:5] for w in s.objects - drop if w.isalpha() and len(w) > 2} for s in (denied, affirmed)]
    return len(stems[0] & stems[1]) >= LEARNED_SHARED


def detect_statements(source: SourceText, reads: Iterable[Read], vocab: Vocabulary | None = None,
                      analysis: Analysis | None = None) -> list[DetectedFinding]:
    """Contradictions between the statements of one text, sorted by first location. Meeting the comparison
    budget (``PAIR_LIMIT``) is an ``analysis-limit`` notice in ``analysis``."""
    vocab = vocab or load_vocabulary()
    # (what only the learned weights read is paired in the first rule alone, and only in a plain unit)
    learned = [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end)) for r in reads
               if not other_product(r.unit.text) and pairable_learned(r.unit.text)
               for s in r.statements if s.learned and s.practice not in _NOT_COMPARED]
    reads = [r if not any(s.learned for s in r.statements)
             else Read(r.unit, tuple(s for s in r.statements if not s.learned), r.offers) for r in reads]
    alike.read_text(source.text, [s for r in reads for s in r.statements])
    _CHARGE_KINDS_OF.clear()
    items: list[Item] = []
    timed_items: list[Item] = []
    for r in reads:
        if r.statements and other_product(r.unit.text):
            continue  # "Junior, our separate app for children, has its own privacy notice": another product's
        for s in r.statements:
            if _comparable(s):
                items.append(Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end)))
                if _periods(s) or _deleted_at_an_event(s):
                    timed_items.append(items[-1])
            elif s.exceptions and (_notice_period(s) or (s.practice in _STORAGE and _periods(s) and not any(
                    _PLANS.intersection(word_list(e)) for e in s.exceptions))) and _comparable(s, periods=True):
                # (a period with an exception is that period in every other case: "overwritten after 31 days unless
                # it is needed for an investigation" / "kept for a year")
                timed_items.append(Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end)))
            elif s.practice == "policy-change" and s.polarity == "affirmed" and s.actor == "first-party" \
                    and not s.conditions and s.words <= MAX_WORDS and _notice_period(s):
                # the notice given of changes to the policy: two of them disagree ("at least 30 days' notice
                # before any change takes effect" / "changes take effect ten days after they are posted")
                timed_items.append(Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end)))
    items += learned
    report = Report(source)
    budget = [PAIR_LIMIT]

    def spend(at: Item) -> bool:
        budget[0] -= 1
        if budget[0] == -1 and analysis is not None:
            span = source.span(*at.quote_span)
            analysis.limit("analysis-limit", f"more than {PAIR_LIMIT:,} comparisons of statements: contradictions "
                           "from here on are not reported", Location(span, source.excerpt(span)))
        return budget[0] >= 0

    kinds: dict[tuple[int, int], frozenset[str]] = {}  # the words naming which data a statement is about
    _denied_and_affirmed(source, reads, items, kinds, vocab, report, spend)
    _period_findings(source, reads, timed_items, kinds, vocab, report, spend)
    _liability_findings(reads, report, spend)
    _licence_findings(source, reads, report, spend)
    _notice_findings(reads, vocab, report, spend)
    _venue_findings(source, reads, report, spend)
    age_findings(source, reads, report, spend, _GENERIC_OBJECTS)
    price_findings(source, reads, report, spend)
    measure_findings(reads, report, spend)
    treatment_findings(reads, report, spend)
    message_findings(reads, report, spend)
    equipment_findings(source, reads, report, spend)
    leaving_findings(reads, report, spend)
    mailing_findings(reads, report, spend)
    return sorted(report.found.values(), key=lambda f: (f.locations[0].span.start, f.key))


def _denied_and_affirmed(source: SourceText, reads: list[Read], items: list[Item], kinds: dict[tuple[int, int], frozenset[str]],
                         vocab: Vocabulary, report: Report, spend: Callable[[Item], bool]) -> None:
    """A practice denied and affirmed, or an opt-out offered for it: one finding per affirmation and the denials it
    contradicts (``kinds``: the words naming which data each statement is about, read once)."""
    # 1. Denied vs affirmed, bucketed by the practice's root and the data's root. An affirmation is also put
    # in the buckets of the data-free practices its clause names ("advertising cookies ... across sites").
    buckets: dict[tuple[str, str], tuple[list[Item], list[Item]]] = {}
    members: dict[tuple[str, str, bool], set[Item]] = {}  # what each side of a bucket holds: a test in one look-up
    for it in items:
        s = it.statement
        roots = {vocab.ancestors("practices", s.practice)[-1]}
        if s.polarity == "affirmed":
            roots |= {vocab.ancestors("practices", m)[-1] for m in s.mentions if m in _DATA_FREE}
            if s.practice in _HOLDING and s.data:
                roots.add(vocab.ancestors("practices", "collection")[-1])  # what is used was collected
        data_roots = {vocab.ancestors("data-categories", d)[-1] for d in _data(vocab, s) or _DEFAULT_DATA}
        for key in sorted((r, dr) for r in roots for dr in data_roots):
            denied, affirmed = buckets.setdefault(key, ([], []))
            side = denied if s.polarity == "denied" else affirmed
            held = members.setdefault((*key, side is denied), set())
            if len(side) < MAX_PER_BUCKET and it not in held:
                side.append(it)
                held.add(it)
    whose: dict[tuple[int, int], frozenset[str]] = {}  # the people a statement's words say the data is of
    named: dict[tuple[int, int], dict[str, frozenset[str]]] = {}  # the names before each of a statement's nouns
    placed: dict[tuple[int, int], frozenset[str]] = {}  # the places each statement names
    others: dict[tuple[int, int], frozenset[str] | None] = {}  # what each statement calls "other"
    # Each affirmation (or opt-out offered) and every denial it contradicts make one finding.
    against: dict[int, tuple[Item, list[Item], bool]] = {}
    lists = _list_of_items(source.text, reads)

    def contradicts(d: Item, a: Item, opt_out: bool) -> None:
        if d.quote_span == a.quote_span:
            return
        entry = against.setdefault(id(a), (a, [], opt_out))
        if len(entry[1]) < MAX_SIDE and all(x.quote_span != d.quote_span for x in entry[1]):
            entry[1].append(d)

    for _key, (denied, affirmed) in sorted(buckets.items()):
        for d in denied:
            for a in affirmed:
                if not spend(a):
                    break
                if (d.statement.learned or a.statement.learned) and not _learned_pair(d.statement, a.statement):
                    continue
                kd, ka = _kinds(kinds, source.text, d.statement), _kinds(kinds, source.text, a.statement)
                if d.statement.practice in _BLANKET_TERMS and _two_fees(d.statement, a.statement, kd, ka):
                    continue  # "Membership fees are non-refundable" / "the entry fee ... is refunded": two fees
                if d.statement.practice in _BLANKET_TERMS and _two_cases_labelled(source.text, d, a):
                    continue  # "Cancellation less than 48 hours before pick-up: no refund" / "Cancellation by us: full refund"
                if d.statement.practice in _BLANKET_TERMS and not d.statement.conditions and not d.statement.absolute \
                        and providers_failure_opening(source.text[a.quote_span[0]:a.quote_span[1]]):
                    continue  # "no refund once engraving has begun" / "Should the Engraver miss the date, repaid"
                if (d.statement.practice in _BLANKET_TERMS or d.statement.practice in _BOUNDED) \
                        and (_one_boundary(source.text, d.statement, a.statement)
                             or _one_boundary(source.text, a.statement, d.statement)
                             or _missed_without_notice(source.text, d.statement, a.statement)
                             or _leaving_and_another_case(source.text, d.statement, a.statement)):
                    continue  # "Once the fabric has been cut, no refund" / "cancel before the fabric is cut: refunded"
                if d.statement.practice in _GOODS_TERMS and _the_others(others, source.text, d.statement, a.statement):
                    continue  # "free on tyres we supply" / "Puncture repairs on other tyres are charged": the rest
                if _waived_for_some(source.text, d.statement, a.statement):
                    continue  # "Customers aged 65 or over pay no packing fee" / "Packing costs BHD 4 a week"
                granted = a.statement
                if d.statement.practice in _BLANKET_TERMS and d.statement.conditions and not granted.conditions:
                    # ("When you cancel an annual plan, we refund the months you have not used": the case it opens
                    # with, which says when, is the case a refusal "if you cancel" is about)
                    opening = _opening_case(source.text, granted)
                    if opening:
                        granted = replace(granted, conditions=(opening,))
                if (_polarity_conflict(vocab, d.statement, granted, bool(kd & ka))
                        or _windows_overlap(source.text, d.statement, a.statement)) \
                        and not _other_people(whose, source.text, d.statement, a.statement) \
                        and not _named_items(named, source.text, d.statement, a.statement) \
                        and not _other_rows(source.text, d.statement, a.statement) \
                        and not _opposite_states(source.text, d.statement, a.statement) \
                        and not _other_places(placed, source.text, d.statement, a.statement) \
                        and not _other_recipient(source.text, d.statement, a.statement) \
                        and not (d.statement.practice == "children" and (
                            _separate(source.text, a.statement) or other_thing(source.text, d.statement, a.statement)
                            or _two_labels(source.text, d, a))) \
                        and not _in_exception(source.text, d.statement, a.statement) \
                        and not (d.statement.practice not in DATA_VERBS
                                 and _before_and_after(source.text, d.statement, a.statement)) \
                        and not _unprompted_and_asked(source.text, d.statement, a.statement) \
                        and not _refused_for_a_reason(source.text, d.statement, a.statement) \
                        and not _other_locating(d.statement, a.statement) \
                        and not _either_side(source.text, d.statement, a.statement) \
                        and not _inside_and_outside(source.text, d.statement, a.statement) \
                        and not _with_and_without(source.text, d.statement, a.statement) \
                        and not _one_list(lists, d, a):
                    contradicts(d, a, False)
    # 2. Opt-outs offered for a practice denied.
    denials = [it for it in items if it.statement.polarity == "denied" and not it.statement.conditions
               and not it.statement.exceptions and not it.statement.learned]
    # No marketing sent at all ("We will not send you marketing emails"): a marketing choice denied, which an
    # unsubscribe link offered contradicts.
    denials += [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end)) for r in reads for s in r.statements
                if s.practice == "marketing-choice" and s.polarity == "denied" and s.actor == "first-party"
                and not s.conditions and not s.exceptions and not s.opt_out and not s.defining
                and s.words <= MAX_WORDS and s.purposes][:MAX_PER_BUCKET]
    for o in _opt_out_items(source, reads):
        for d in denials:
            if not spend(o):
                break
            # What is opted out of: the right the clause names ("opt out of the sale" -> sale).
            mentioned = {p for r in o.statement.rights for p in _RIGHT_PRACTICES.get(r, ())} \
                | set(o.statement.opted_out)
            # Opting out of marketing ("you can unsubscribe at any time") is opting out of data used or shared
            # for marketing ("We never use your details for marketing").
            marketing = ("opt-out-marketing" in o.statement.rights or o.statement.practice == "marketing-choice") \
                and (d.statement.practice in _MARKETED or d.statement.practice == "marketing-choice") and any(
                    "marketing" in vocab.ancestors("purposes", p) for p in d.statement.purposes)
            if (marketing or any(d.statement.practice in vocab.ancestors("practices", m) for m in mentioned)) \
                    and _related_any(vocab, "data-categories", _data(vocab, d.statement) or _DEFAULT_DATA,
                                     _data(vocab, o.statement) or _DEFAULT_DATA):
                contradicts(d, o, True)
    # Affirmations stated, and opt-outs offered, contradicting the same denials: one finding of each.
    groups: dict[tuple[bool, tuple[tuple[int, int], ...]], list[tuple[Item, bool]]] = {}
    for a, dens, opt_out in against.values():
        groups.setdefault((opt_out, tuple(sorted({d.quote_span for d in dens}))), []).append((a, opt_out))
    denial_at = {d.quote_span: d for _a, dens, _o in against.values() for d in dens}
    for (_opt_out, spans), all_affs in sorted(groups.items()):
        dens = [denial_at[n] for n in spans]
        affs = sorted(all_affs, key=lambda x: x[0].quote_span)[:MAX_SIDE]
        d0 = dens[0].statement
        a0, opt_out = min(affs, key=lambda x: x[0].quote_span)
        how = f"an opt-out of it is offered on {_lines(affs)}" if all(o for _a, o in affs) else \
            f"{_label(vocab, a0.statement.practice)} is stated on {_lines(affs)}{_what(vocab, d0, a0.statement)}"
        report.group(dens + [a for a, _o in affs], f"{_label(vocab, d0.practice)} is denied on "
                                                   f"{_lines([(d, False) for d in dens])} but {how}")


_BULLET_REACH = 8


def _list_of_items(text: str, reads: list[Read]) -> dict[int, int]:
    """The list each bulleted item belongs to (items one after another, nothing between them), by the item's
    start. (Rows of label and value, "Late cancellation: full refund", are no bulleted list: each names its case.)"""
    out: dict[int, int] = {}
    current, previous = -1, False
    for r in reads:
        start = r.unit.span.start
        # (the marks before the item on its line, a few characters at most: no scan back along a long line)
        before = text[max(0, start - _BULLET_REACH):start]
        bulleted = r.unit.kind == "list-item" and any(c in BULLET_CHARS for c in before[before.rfind("\n") + 1:])
        if bulleted:
            if not previous:
                current = start
            out[start] = current
        previous = bulleted
    return out


def _one_list(lists: dict[int, int], a: Item, b: Item) -> bool:
    """Two items of one list are two cases of one schedule ("- delivery inside the city is free;" / "- delivery to
    the outer towns costs Rp 8,000 a box;"), not two statements about one case."""
    la, lb = lists.get(a.quote_span[0]), lists.get(b.quote_span[0])
    return la is not None and la == lb


def _period_findings(source: SourceText, reads: list[Read], timed_items: list[Item],
                     kinds: dict[tuple[int, int], frozenset[str]], vocab: Vocabulary, report: Report, spend: Callable[[Item], bool]) -> None:
    """Two periods for one thing kept, deleted or given notice of; two times to answer a request."""
    # 3. Two periods for the same thing; two minimum ages.
    timed: dict[str, list[Item]] = {}
    for it in timed_items:
        if _periods(it.statement) or _deleted_at_an_event(it.statement):
            group = "storage" if it.statement.practice in _STORAGE else it.statement.practice
            timed.setdefault(group, []).append(it)
    for group in sorted(timed):
        group_items = timed[group][:MAX_PER_BUCKET]
        for i, a in enumerate(group_items):
            for b in group_items[i + 1:]:
                if not spend(b):
                    break
                if _period_conflict(vocab, a.statement, b.statement, bool(
                        _kinds(kinds, source.text, a.statement) & _kinds(kinds, source.text, b.statement))):
                    report.add(a, b, f"two different periods for the same thing: {_periods_text(a.statement)} on line "
                                     f"{a.line}, {_periods_text(b.statement)} on line {b.line}"
                                     f"{_what(vocab, a.statement, b.statement)}")
    # Two times to answer a request (rights requests are otherwise not compared), where no law or region is
    # named: "we respond within thirty days" / "you will hear back no later than two weeks".
    # (a right's request answered, or its copy sent, in a time: "Requests for a copy of your data can take up to 90
    # days to answer", "allow up to ninety days for us to send you a copy of your data")
    answers = [it for r in reads for s in r.statements
               if _periods(s) and not s.conditions and s.practice not in _NOT_ANSWERING
               and ((s.practice in _ANSWERED and _RESPONSE & s.objects) or _answers_request(s))
               for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]
               if not names_region(r.unit.text)][:MAX_PER_BUCKET]
    for i, a in enumerate(answers):
        for b in answers[i + 1:]:
            if spend(b) and a.quote_span != b.quote_span and not _periods(a.statement) & _periods(b.statement):
                report.add(a, b, f"two different times to answer a request: {_periods_text(a.statement)} on line "
                                 f"{a.line}, {_periods_text(b.statement)} on line {b.line}")


def _no_harm_named(cap: Statement) -> bool:
    """A cap that names no harm or thing, only what it is measured by ("Our liability to you is capped at the
    amount you paid us in the last 12 months"): a cap on every claim."""
    return not {w[:5] for w in cap.objects} - _CAP_MEASURES


_CAP_MEASURES = frozenset(w[:5] for w in (
    "liability", "liable", "limit", "limited", "cap", "capp", "capped", "exceed", "amount", "sum", "fee", "fees", "price",
    "pay", "paid", "total", "last", "previous", "preceding", "month", "year", "week", "day", "you", "us", "our",
    "service", "services"))


def _without_a_ceiling(s: Statement) -> bool:
    """Liability accepted "without limit", "without any cap": in full."""
    return "without" in s.objects and not _CEILING_WORDS.isdisjoint(s.objects)


_CEILING_WORDS = frozenset({"cap", "limit", "ceiling", "maximum"})


def _liability_findings(reads: list[Read], report: Report, spend: Callable[[Item], bool]) -> None:
    """Liability capped and accepted in full, or for the harm it is accepted for; two caps on every claim."""
    # A cap on all liability, or on liability for a harm, and liability accepted in full or without limit: "Our
    # total liability for any claim is limited to the fees you paid" / "accepts unlimited liability for losses
    # caused by a breach of its security obligations".
    caps = [it for r in reads for s in r.statements
            if s.practice == "liability-limitation" and s.polarity == "affirmed" and s.actor == "first-party"
            and not s.defining and not s.conditions and not s.exceptions and _caps(s)
            for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    in_full = [it for r in reads for s in r.statements
               if s.practice == "liability-limitation" and s.polarity == "denied" and s.actor == "first-party"
               and not s.defining and ((_IN_FULL & s.objects and _CAPPING.isdisjoint(s.objects))
                                       # ("There is no cap on what we owe you", "liable without limit")
                                       or s.cue.lower() in CEILINGS or _without_a_ceiling(s))
               for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    for a in caps:
        for b in in_full:
            if spend(b) and a.quote_span != b.quote_span \
                    and (_ANY_CLAIM & a.statement.objects or _no_harm_named(a.statement)
                         or _same_harm(b.statement, a.statement)):
                report.add(a, b, f"liability is capped on line {a.line} but accepted in full on line {b.line}")
    # A cap on liability for the very harm liability is accepted for, without "in full": the cap undercuts it.
    capped = [it for r in reads for s in r.statements
              if s.practice == "liability-limitation" and s.polarity == "affirmed" and s.actor == "first-party"
              and not s.defining and not s.exceptions and _caps(s)
              for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    accepted = [it for r in reads for s in r.statements
                if s.practice == "liability-limitation" and s.polarity == "denied" and s.actor == "first-party"
                and not s.defining and not s.conditions and not s.exceptions and not _IN_FULL & s.objects
                and _excludes_or_accepts(s) and _CAPPING.isdisjoint(s.objects)
                for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    for a in capped:
        for b in accepted:
            if spend(b) and a.quote_span != b.quote_span and _capped_harm(a.statement, b.statement):
                report.add(a, b, f"liability for a harm is capped on line {a.line} but accepted on line {b.line}")
    # Two caps on every claim, by different measures ("will not exceed the fees you paid in the three months
    # before the claim" / "In no event will our aggregate liability exceed US$100").
    general = [it for it in caps if _ANY_CLAIM & it.statement.objects]
    for i, a in enumerate(general):
        for b in general[i + 1:]:
            if spend(b) and a.quote_span != b.quote_span and _measure(a.statement) != _measure(b.statement):
                report.add(a, b, f"two different caps on liability: line {a.line} and line {b.line}")


def _licence_findings(source: SourceText, reads: list[Read], report: Report, spend: Callable[[Item], bool]) -> None:
    """Ownership of, or a licence over, the reader's content disclaimed and claimed."""
    # Ownership, or a licence, of the reader's content disclaimed and claimed ("claims no licence over your games" /
    # "You grant the Club a licence to publish your game records"); a licence against no claim of ownership is no
    # contradiction ("We claim no ownership of your photos" / "you grant us a licence to display them").
    licences = [(it, _licence_kinds(source.text, s)) for r in reads for s in r.statements
                if s.practice == "content-licence" and s.actor != "other" and not s.defining and s.words <= MAX_WORDS
                for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    disclaimed = [(it, kinds) for it, kinds in licences if it.statement.polarity == "denied"
                  and not it.statement.conditions and not it.statement.exceptions
                  and _licence_words(source.text, it.statement, _DISCLAIMING_CLAIM)]
    claimed = [(it, kinds) for it, kinds in licences if it.statement.polarity == "affirmed"
               and _licence_words(source.text, it.statement, _CLAIMING)
               and not _own_materials(source.text[it.quote_span[0]:it.quote_span[1]])]
    for d, kinds_d in disclaimed:
        for a, kinds_a in claimed:
            if spend(a) and a.line != d.line and kinds_d & kinds_a and _same_content(source.text, d.statement, a.statement) \
                    and not _other_makers(source.text, d.statement, a.statement):
                what = " and ".join(sorted(kinds_d & kinds_a))
                report.add(d, a, f"{what} of content disclaimed on line {d.line} but claimed on line {a.line}")


def _notice_findings(reads: list[Read], vocab: Vocabulary, report: Report, spend: Callable[[Item], bool]) -> None:
    """A notice period for something, and the same thing done at once or without notice."""
    # 4. A notice period for something, and the same thing done at once or without notice.
    noticed: dict[str, tuple[list[Item], list[Item]]] = {}
    in_a_case: dict[str, list[Item]] = {}  # notice promised in a case ("on 30 days' notice if it has had no movements")
    for r in reads:
        for s in r.statements:
            if s.practice in DATA_VERBS or s.polarity != "affirmed" or s.defining or s.actor == "other" \
                    or s.words > MAX_WORDS:
                continue
            notice, at_once = _notice_period(s), _at_once(s) and not s.exceptions
            # (a time is no condition: "Changes take effect immediately when posted")
            if s.conditions and not _timed(s):
                if notice and not at_once:
                    keep(in_a_case.setdefault(s.practice, []), item(s, r))
                continue
            # A notice promised with an exception ("unless the account is used for fraud") is still promised
            # in every other case: against "at any time, without notice" it contradicts.
            if notice != at_once:
                keep(noticed.setdefault(s.practice, ([], []))[0 if notice else 1], item(s, r))
    for practice in sorted(noticed):
        # (notice promised in a case is contradicted only by what is done to any of them at any time without it:
        # "may close any account at any time, without prior notice")
        promised = noticed[practice][0] + in_a_case.get(practice, [])
        for a, b in pairs(promised, noticed[practice][1], spend):
            if a.statement.conditions and not _any_at_any_time(b.statement):
                continue
            report.add(a, b, f"{_label(vocab, practice)}: a notice period ({_periods_text(a.statement)}) on "
                             f"line {a.line}, but none on line {b.line}")


def _any_at_any_time(s: Statement) -> bool:
    """Done to any of the things at any time ("may close any account at any time, without prior notice")."""
    words = alike.clause_words(s)
    return any(w == "any" and x in ("time", "moment") for w, x in pairwise(words)) and "without" in words


def _venue_findings(source: SourceText, reads: list[Read], report: Report, spend: Callable[[Item], bool]) -> None:
    """Two governing laws or venues; disputes heard by the courts and settled by arbitration."""
    # 5. Two governing laws or venues: places named by one that the other does not name ("governed by the laws
    # of Queensland" / "governed by the law of New South Wales"; not "the laws of England" / "the courts of England").
    venues = [(it, names) for r in reads for st in r.statements
              if st.practice == "governing-law" and st.polarity == "affirmed" and st.actor == "first-party"
              and not st.conditions and all(_rules_excluded(e) for e in st.exceptions) and st.words <= MAX_WORDS
              for it in [Item(st, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]
              for names in [(_place_names(source.text, st), court_names(source.text, st))] if names[0] or names[1]
              ][:MAX_PER_BUCKET]
    # (each clause's kind and countries, once: "law" or "court" alone, and where)
    seats = [(law_or_court(source.text, it.statement), place_codes(source.text, it.statement)) for it, _ in venues]
    for i, (a, (names_a, courts_a)) in enumerate(venues):
        for j, (b, (names_b, courts_b)) in enumerate(venues[i + 1:], i + 1):
            # (courts by names the places do not know are compared with courts only: "the laws of Austria" and
            # "the courts of Linz" agree, "the District Court of Pirkanmaa" and "the Helsinki District Court" do not)
            if not spend(b) or a.quote_span == b.quote_span:
                continue
            if names_a and names_b and names_a.isdisjoint(names_b):
                # (a law and a court, each named alone, agree within one country: "governed by the laws of
                # Queensland" / "heard in the District Court sitting in Brisbane")
                if {seats[i][0], seats[j][0]} == {"law", "court"} and not seats[i][1].isdisjoint(seats[j][1]):
                    continue
                where_a, where_b = names_a, names_b
            elif courts_a and courts_b and courts_a.isdisjoint(courts_b):
                where_a, where_b = courts_a, courts_b
            elif _courts_apart(courts_a, names_a, names_b, seats[j][0]) \
                    or _courts_apart(courts_b, names_b, names_a, seats[i][0]):
                where_a, where_b = courts_a or names_a, courts_b or names_b
            else:
                continue
            report.add(a, b, f"two governing laws or venues: {', '.join(sorted(where_a))} on line {a.line}, "
                             f"{', '.join(sorted(where_b))} on line {b.line}")
    # 6. Disputes heard by the courts, and disputes settled by arbitration ("The courts of Singapore have
    # exclusive jurisdiction over any dispute" / "All disputes shall be finally resolved by arbitration"); not a
    # law named alone, nor courts that enforce an award, grant an injunction or hear small claims.
    courts = [it for r in reads for st in r.statements
              if st.practice == "governing-law" and st.polarity == "affirmed" and not st.conditions
              and not st.exceptions and st.words <= MAX_WORDS and _courts_hear(source.text, st)
              for it in [Item(st, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    arbitrated = [it for r in reads for st in r.statements
                  if st.practice == "arbitration" and st.polarity == "affirmed" and not st.conditions
                  and not st.exceptions and not st.opt_out and st.actor != "other" and st.words <= MAX_WORDS
                  and "small" not in word_list(r.unit.text)  # (small claims go to court)
                  for it in [Item(st, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET] \
        if courts else []
    for a in courts:
        for b in arbitrated:
            if spend(b) and a.quote_span != b.quote_span:
                report.add(a, b, f"disputes go to the courts on line {a.line}, to arbitration on line {b.line}")
    # 6, also: disputes kept from arbitration, and disputes sent to it ("Disputes are heard by the courts of Oran, and
    # arbitration is excluded" / "Any dispute shall be settled by a single arbitrator"), or class actions kept and
    # waived: the courts a denial names are where disputes go instead, not which disputes it means; not small
    # claims, sums, an opt-out's window, or a case either names.
    sides: dict[str, tuple[list[Item], list[Item]]] = {}
    for r in reads:
        for st in r.statements:
            family = _dispute_family(st)
            if family and not st.conditions and not st.exceptions and not st.opt_out and st.actor != "other" \
                    and st.words <= MAX_WORDS and not (st.polarity == "denied" and st.amounts) \
                    and not any(a.kind == "money" for a in st.amounts) \
                    and _SMALL_OR_OPTED.isdisjoint(word_parts(r.unit.text)):
                keep(sides.setdefault(family, ([], []))[st.polarity == "affirmed"], item(st, r))
    for family in sorted(sides):
        for a, b in pairs(*sides[family], spend):
            report.add(a, b, f"arbitration: ruled out on line {a.line}, required on line {b.line}"
                       if family == "arbitration" else f"class actions: open on line {a.line}, waived on line {b.line}")


# The two things a dispute clause can rule in or out, by the stems of the cue that names them.
_DISPUTE_FAMILIES = (("arbitration", frozenset({"arbit"})), ("class", frozenset({"class", "colle", "group", "repre"})))
# What a court may do beside an arbitration (small claims, an injunction, enforcing an award); an opt-out.
_SMALL_OR_OPTED = (_COURT_CARVE_OUTS - _ARBITRATION_WORDS) | {"opt"}


def _dispute_family(st: Statement) -> str:
    """Whether an arbitration statement rules arbitration or class actions in or out ("" for neither)."""
    if st.practice != "arbitration" or st.polarity not in ("denied", "affirmed"):
        return ""
    return next((name for name, stems in _DISPUTE_FAMILIES if stems & st.cue_stems), "")


# Practices whose periods are never a request's answer time: money, notices and ages.
_NOT_ANSWERING = frozenset({"fees-and-payment", "refunds", "account-balance", "children", "policy-change",
                            "termination-by-provider", "termination-by-user"})


def _opt_out_items(source: SourceText, reads: Iterable[Read]) -> list[Item]:
    """Opt-outs offered: a practice opted out of, or an opt-out right with the means to use it ("by turning on
    'Do Not Sell My Info' in the app"); a right merely described ("you have the right to opt out of the sale")
    offers nothing."""
    offered = [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))
               for r in reads for s in r.statements + r.offers
               if (s.opt_out or (s.practice == "data-subject-right" and any(x in _RIGHT_PRACTICES for x in s.rights)
                                 and _offers_means(r.unit.text)))
               and not s.defining and s.actor != "other"]
    # "If you would rather your name not be passed to our sponsors, tick the opt-out box": the practice wished
    # away is done unless the reader opts out
    return offered + [Item(replace(s, opt_out=True, opted_out=(s.practice,), polarity="affirmed", conditions=()),
                           r.unit.span.line, (r.unit.span.start, r.unit.span.end))
                      for r in reads if _rather_not(r.unit.text)
                      for s in r.statements if s.practice in DATA_VERBS and s.polarity == "denied"
                      and s.actor != "other"]


_RATHER = ("if you would rather", "if you'd rather", "if you would prefer", "if you'd prefer", "if you prefer")


_OPTING = ("opt-out", "opt out", "untick", "unsubscribe", "tick the", "let us know", "tell us", "email us",
           "contact us", "switch off", "turn off")


def _rather_not(text: str) -> bool:
    """A unit opening with the reader's wish that something not be done, then what to do about it."""
    low = text.lower()
    if not low.startswith(_RATHER):
        return False
    wish, _, rest = low.partition(",")
    return " not " in wish and any(o in rest for o in _OPTING)


def _named_exceptions(s: Statement) -> bool:
    """Every exception of a denial names something of its own ("Apart from the hotel you book", "other than the
    player's coach"): not a time window ("in the preceding 12 months") nor whatever the text describes ("except as
    described in this policy")."""
    return all(_EXCEPTING_ALL.isdisjoint(w := set(word_list(e))) and _TIME_WORDS.isdisjoint(w) for e in s.exceptions)


def _offers_means(text: str) -> bool:
    """The unit says how to do it: "by clicking", "by turning on", a setting, a link or a button."""
    words = word_list(text)
    return not _MEANS.isdisjoint(words) or any(a == "by" and b.endswith("ing") for a, b in pairwise(words))
