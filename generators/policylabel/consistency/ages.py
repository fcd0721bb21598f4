"""Minimum ages: two different minimum ages for the same thing, and people admitted below an adults-only age
(see spec/consistency.md, "Statement rules"). Whose age each is (a role, a group under a label, the subject of
the clause) decides whether two ages are compared."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple

from policylabel.consistency import alike
from policylabel.consistency.units import (
    MAX_PER_BUCKET,
    Item,
    Report,
    names_region,
    other_product,
    singular,
    unit_label,
    word_list,
    word_set,
)
from policylabel.evidence import SourceText
from policylabel.statements import Read, Statement
from policylabel.statements.amounts import number
from policylabel.statements.lexicon import CAPITALISED_WORD, lexicon
from policylabel.statements.words import ADULT_AGE, BARRING, DATA_VERBS

_RESTRICTED_GOODS = frozenset({"alcohol", "alcoholic", "tobacco", "cigarettes", "vaping", "wine", "beer", "spirits",
                               "gambling", "lottery", "knives", "fireworks"})
_AGE_WORDS = frozenset({"aged", "age", "of", "at", "least", "under", "over", "be", "must", "also", "should", "shall",
                        "need", "to", "only", "and", "or", "the", "a", "an", "between", "from", "year", "old", "no",
                        "minimum", "is", "are", "have", "has", "for", "above", "below", "older", "younger", "than"})
_UNDER = frozenset({"under", "below", "younger"})
_MODALS = frozenset({"must", "may", "should", "shall", "can", "need", "will"})
_ANYONE = frozenset({"you", "user", "customer", "member", "person", "people", "one", "anyone", "anybody",
                     "individual", "account", "visitor", "everyone", "subscriber"})
_AGE_SUBJECT_WORDS = 3  # "Teenagers aged thirteen": the age this close to the clause's start is its subject's
_AGE_TALK = frozenset({"age", "aged", "old", "older", "year", "years", "over", "least", "child", "children",
                       "teenager", "adult", "adults", "parent", "permission", "consent"})  # not what is done
_AGE_GROUPS = frozenset({"child", "children", "teen", "teenager", "minor", "kid", "parent", "guardian"})
# What a minimum age for everything is about: the service, an account, a membership, what joining is called
_AUDIENCE = frozenset({"account", "app", "application", "service", "membership", "site", "website", "platform",
                       "profile", "club", "use", "register", "registration", "create", "open", "join", "sign", "login",
                       "intend", "meant", "mean", "design", "direct", "aim", "make", "hold", "reach", "only",
                       "minimum", "adult", "least", "over", "under", "older", "year", "old"})
_YOUNGER = frozenset({"young", "younger", "junior", "juniors", "cadet", "cadets", "kid", "kids", "teen", "teens",
                      "teenager", "teenagers", "youngster", "youngsters", "child", "children", "minor", "minors"})
_STAFF = frozenset({"instructor", "tutor", "coach", "teacher", "staff", "employee", "driver", "sitter", "walker",
                    "host", "leader", "supervisor", "guide", "trainer", "lifeguard", "steward", "marshal"})
_PARENTS = frozenset({"parent", "parents", "guardian", "guardians"})
_SUPERVISING = frozenset({"present", "accompany", "accompanied", "accompanies", "supervise", "supervised",
                          "supervision", "supervising"})


def _activity(s: Statement, holder: str) -> frozenset[str]:
    """The words of a minimum age's clause naming what it is for, beyond the service, an account or its holder:
    none for a minimum of everything ("Students must be at least 16", "You must be 18 or over to create an
    account"), "borrow" and "telescope" for "Only members aged 18 or over may borrow a telescope"."""
    return s.objects - _AUDIENCE - _AGE_TALK - _ANYONE - _AGE_GROUPS - {holder, holder + "s"}


def _no_account(text: str) -> bool:
    """The clause admits people without an account ("may browse donated items without an account"): what anyone
    may do, not what a minimum age for holding one keeps them from."""
    words = word_list(text)
    return any(w == "without" and not _ACCOUNT_WORDS.isdisjoint(words[i + 1:i + 4]) for i, w in enumerate(words))


_ACCOUNT_WORDS = frozenset({"account", "accounts", "registering", "registration", "login", "log-in", "signing"})


def _same_act(a: Item, b: Item, generic: frozenset[str], holders: tuple[str, ...] = ()) -> bool:
    """Both clauses name the same thing done or the same place it is done in, by a stem of five letters, beyond
    the service, the age and the people ("Volunteers must be at least 18 to register on the portal" / "Students
    aged 15 and older may register on the portal"; "Adopters must be 18" / "Applicants aged 16 may adopt")."""
    def stems(s: Statement) -> set[str]:
        return {w[:5] for w in s.objects - generic - _AGE_TALK - _ANYONE - _AUDIENCE - _AGE_GROUPS - _PARENTS
                if len(w) >= 4 and w.isalpha()}
    # (not by the words naming the people: "Policyholders must be 18" / "Drivers ... on a parent's policy")
    people = {w[:5] for w in holders}
    return bool((stems(a.statement) & stems(b.statement)) - people)


def _below_a_minimum(a: Statement, b: Statement) -> bool:
    """One admits, on a condition, people younger than the other's minimum, which has none."""
    cond, other = (a, b) if a.conditions else (b, a)
    return not other.conditions and other.polarity == "denied" and cond.polarity == "affirmed" \
        and bool(_ages(other)) and max(_ages(cond)) < min(_ages(other))


def _ages(s: Statement) -> frozenset[float]:
    return frozenset(a.value for a in s.amounts if a.kind == "age")


def _age_bounds(s: Statement) -> frozenset[str]:
    """How a statement's ages bound: "under" names a group below an age ("members under 18 need ..."), unless
    the statement is a denial, which makes it a minimum ("nobody under 21 may ...", "not for children under
    13")."""
    if s.polarity == "denied":
        return frozenset({""})
    return frozenset(a.bound for a in s.amounts if a.kind == "age")


def _minimums(s: Statement) -> frozenset[float]:
    """The statement's minimum ages: every age of a denial, else those that bound no group from above."""
    return frozenset(a.value for a in s.amounts if a.kind == "age" and (s.polarity == "denied" or not a.bound))


def _age_opens(text: str, unit_start: int, s: Statement) -> bool:
    """The statement's first age belongs to its subject: the clause opens with the group and its age ("Members
    aged 14 and 15 may train", "Children aged 11 and over can open"), not an object's ("issue guest codes to
    members of their household aged 12")."""
    first = min(a.first for a in s.amounts if a.kind == "age")
    toks, lemmas = lexicon().front(text)[:2]
    clause_first = next((i for i, t in enumerate(toks) if t.start >= s.start - unit_start), 0)
    # (or the audience a product is "for": "a game for children aged 5 to 11"; or the subject's age as its
    # predicate: "Riders must be at least six years old")
    # (or the clause names the minimum age itself: "Minimum age at enrolment: 4 years")
    # (or the age something is open to people "from": "may be used from the age of 13")
    # (or the people a thing is open to: "The main courts are open to jumpers aged seven and over")
    # (or the agent of a passive, anyone of an age: "Bookings may be made by anyone aged 14 or over")
    return first - clause_first <= _AGE_SUBJECT_WORDS or "for" in lemmas[max(0, first - 5):first] \
        or _by_anyone(lemmas, max(clause_first, first - 4), first) \
        or any(lemmas[k] in _RESTRICTING and lemmas[k + 1] == "to" for k in range(max(clause_first, first - 5), first - 1)) \
        or "minimum" in lemmas[clause_first:first] or lemmas[max(0, first - 4):first] == ["from", "the", "age", "of"] \
        or "be" in lemmas[max(clause_first, first - 4):first]


def _by_anyone(lemmas: list[str], lo: int, first: int) -> bool:
    """"by" and anyone just before the age at ``first``: the agent of a passive ("may be made by anyone aged 14")."""
    return any(lemmas[k] == "by" and lemmas[k + 1] in _ANYONE for k in range(lo, first - 1))


def _agent_aged(text: str, s: Statement) -> bool:
    """The statement's first age is a passive's agent's ("Households may be registered by anyone aged 15")."""
    first = min(a.first for a in s.amounts if a.kind == "age")
    return _by_anyone(lexicon().front(text)[1], max(0, first - 4), first)


def _age_holder(text: str, s: Statement) -> str:
    """Whose age a statement's first age is: the nearest word before it that is none of the words around an
    age ("Sitters must be at least 18" -> "sitter", "adults aged 21 or over" -> "adult", "You must be 16" ->
    "you"), or the subject of a second verb ("Riders must hold a licence and be at least 18" -> "rider"),
    singular. A minimum stated as a group denied ("not for children under 13", "no one under 18") is the
    audience's: "". "" also when none is near."""
    toks, lemmas, _hits, _amounts = lexicon().front(text)
    first = min(a.first for a in s.amounts if a.kind == "age")
    if s.polarity == "denied" and first > 0 and lemmas[first - 1] in _UNDER:
        return ""
    seen_be = joined = False
    for i in range(first - 1, max(-1, first - 8), -1):
        if not toks[i].word:
            return ""
        lemma = lemmas[i]
        if number(lemma) is not None or (lemma in ("to", "and") and i > 0 and number(lemmas[i - 1]) is not None):
            continue  # a range of ages: "Children aged 8 to 15"
        if lemma in _AGE_WORDS:
            seen_be = seen_be or lemma == "be"
            joined = joined or (seen_be and lemma in ("and", "or"))
            continue
        if joined:  # the subject of "must ... and be": the word before the first modal
            modal = next((k for k in range(i - 1, max(-1, i - 12), -1) if lemmas[k] in _MODALS), None)
            if modal is not None and modal > 0 and toks[modal - 1].word:
                i = modal - 1
        word = toks[i].norm
        return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word
    return ""


def _as_the_other(text: str, a: Item, b: Item, ha: str, hb: str) -> bool:
    """One admits its people as the other's ("Contributors must be at least 18" / "Photographers aged 15 and over
    may submit their work as contributors"): whose age is the same."""
    def named_as(it: Item, holder: str) -> bool:
        return any(w == "as" and singular(nxt) == holder
                   for w, nxt in pairwise(word_list(text[it.quote_span[0]:it.quote_span[1]])))
    return named_as(b, ha) or named_as(a, hb)


def _role_age(text: str, s: Statement) -> bool:
    """The age is of someone in a role, not of the service's users: a person named by what they do ("The person
    who receives the delivery must be 18 or over") or someone present or supervising ("An adult aged 18 or older
    must be present")."""
    lemmas = lexicon().front(text)[1]
    first = min(a.first for a in s.amounts if a.kind == "age")
    return not _SUPERVISING.isdisjoint(lemmas) or any(
        lemmas[k] in ("who", "that") and lemmas[k - 1] in _ANYONE for k in range(max(1, first - 10), first))


def _also(text: str, s: Statement) -> bool:
    """"also" just before the statement's first age: a requirement added to another ("must also be at least")."""
    lemmas = lexicon().front(text)[1]
    first = min(a.first for a in s.amounts if a.kind == "age")
    return "also" in lemmas[max(0, first - 5):first]


# What restricts something to people of an age: "only to", "open to", "available to", "limited to", "reserved for"
_RESTRICTING = frozenset({"open", "available", "limited", "restricted", "reserved"})
_TO = frozenset({"to", "by", "from", "for"})
# Words of a clause that name no activity of its own: saying who may, what is done in general, and past participles
# ("booked", "accepted": how the thing restricted is done, not which thing)
_NOT_THE_THING = _AGE_WORDS | _MODALS | _ANYONE | _AGE_GROUPS | _AGE_TALK | frozenset({
    "only", "may", "can", "will", "be", "is", "are", "was", "were", "been", "being", "not", "with", "their", "your",
    "our", "its", "this", "that", "these", "those", "who", "which", "any", "each", "every", "all", "one", "own",
    "persons", "people", "users", "adults", "visitors", "customers", "members", "guests", "someone", "person",
    "sold", "made", "held", "shown", "given", "done", "open", "available", "limited", "restricted", "reserved",
    "junior", "senior", "youth", "adult", "teen", "family"})


def restricted_thing(text: str, s: Statement) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the thing a clause restricts to people of an age, when it names one beyond the service, an account
    or a membership ("Night dives are limited to certified divers aged eighteen" -> "nigh", "dive"; "Only adults
    aged 18 and over may subscribe to the emailed edition" -> "subs", "edit"), and the names it is named by (words
    capitalised inside the clause, or opening it and capitalised elsewhere too: "Youth Voices workshops"); no stems
    for a minimum of everything ("Accounts are only available to people aged 18 or over", "The app may be used only
    by adults", "Restwell Companion is only for adults")."""
    # (split by whitespace, keeping case: a name is capitalised where it stands)
    written = [w.strip(_PUNCTUATION) for w in text[s.start:s.end].split()]
    words = [w.lower() for w in written]
    if not words:
        return frozenset(), frozenset()
    if words[0] == "only":
        modal = next((i for i, w in enumerate(words) if w in _MODALS), None)
        if modal is None:
            return frozenset(), frozenset()
        span = range(modal + 1, len(words))
    else:
        k = next((i for i in range(len(words) - 1)
                  if (words[i] == "only" or words[i] in _RESTRICTING) and words[i + 1] in _TO), None)
        if k is None:
            k = next((i for i in range(1, len(words) - 3)
                      if words[i] == "only" and words[i + 1] == "be" and words[i + 3] in _TO), None)
        if k is None:
            return frozenset(), frozenset()
        span = range(k)
    # (a name opening the clause is one the text capitalises inside its sentences too, found once per text)
    named = {i for i in span if written[i][:1].isupper() and (i > 0 or words[i] in _capitalised(text))}
    stop = _NOT_THE_THING | _AUDIENCE | _GENERIC_THINGS
    stems = frozenset(_stem(w) for i in span if i not in named for w in [words[i]]
                      if len(w) >= 3 and w.isalpha() and not w.endswith("ed") and w not in stop
                      and singular(w) not in stop and w[:5] not in alike.named and w not in alike.vendor)
    return stems, frozenset(words[i] for i in named) - _NOT_THE_THING


_capitalised_in: list[tuple[str, frozenset[str]]] = []  # the last text read, and the words it capitalises


def _capitalised(text: str) -> frozenset[str]:
    """The words ``text`` writes capitalised inside its sentences, in small letters (one search per text: the text
    is held, so it is never another text's)."""
    if not _capitalised_in or _capitalised_in[0][0] is not text:
        _capitalised_in[:] = [(text, frozenset(w.lower() for w in CAPITALISED_WORD.findall(text)))]
    return _capitalised_in[0][1]


_PUNCTUATION = ".,;:!?()[]\"'’“”"


def _stem(w: str) -> str:
    return singular(w)[:4]


def _clause_words(text: str, s: Statement) -> tuple[list[str], list[str], list[int]]:
    """The clause's words as written and in small letters, and where its numbers stand ("a" and "an" are none)."""
    written = [w.strip(_PUNCTUATION) for w in text[s.start:s.end].split()]
    words = [w.lower() for w in written]
    return written, words, [i for i, w in enumerate(words) if w not in ("a", "an") and number(w) is not None]


def _thing_stems(written: list[str], words: list[str], start: int) -> frozenset[str]:
    """Stems of the words from ``start`` on that name a thing done, beyond the service, an account, joining, the
    people, names (capitalised: "a Deelkast account") and participles (how, not what: "are not carried")."""
    stop = _NOT_THE_THING | _AUDIENCE | _GENERIC_THINGS | _AGE_GROUPS | _PARENTS
    return frozenset(_stem(w) for w, x in zip(words[start:], written[start:], strict=True)
                     if len(w) >= 3 and w.isalpha() and not x[:1].isupper() and w not in stop
                     and singular(w) not in stop and w not in alike.vendor and not w.endswith("ed"))


def _done_for(text: str, s: Statement) -> frozenset[str]:
    """Stems of what a minimum age is "to" do, when it says ("Volunteers must be 21 or older to drive the van":
    driv, van); none for the service or an account ("to open an account")."""
    written, words, ages = _clause_words(text, s)
    # (the first "to" past the clause's last number, not a range's own "to": "aged 10 to 15")
    k = next((i for i, w in enumerate(words) if w == "to" and ages and i > ages[-1]), None)
    return _thing_stems(written, words, k + 1) if k is not None else frozenset()


def barred_from(text: str, s: Statement) -> frozenset[str]:
    """Stems of what a group under an age may not do ("Players under 18 may not enter our cash-prize
    tournaments": ente, cash, priz, tour); none when the statement bars no group from anything."""
    written, words, ages = _clause_words(text, s)
    if not ages or ages[0] == 0 or words[ages[0] - 1] not in _UNDER:
        return frozenset()
    k = next((i for i in range(ages[0] + 1, min(len(words), ages[0] + _BARRED_REACH))
              if words[i] == "cannot" or (words[i] == "not" and words[i - 1] in BARRING)), None)
    return _thing_stems(written, words, k + 1) if k is not None else frozenset()


_BARRED_REACH = 8  # words from a group's age to the negation of what it may do ("under the age of 16 may not")


class _Purpose(NamedTuple):
    """What an age statement is for, read once per statement: what it is "to" do, what it bars a group from, and
    the stems of all its clause's words."""

    done: frozenset[str]
    barred: frozenset[str]
    stems: frozenset[str]


def _purpose(text: str, s: Statement) -> _Purpose:
    return _Purpose(_done_for(text, s), barred_from(text, s),
                    frozenset(_stem(w) for w in word_list(text[s.start:s.end])))


def _kept_from_other(a: _Purpose, b: _Purpose) -> bool:
    """One keeps a group under an age from a thing the other's clause does not name: a rule of its own."""
    return (bool(a.barred) and not a.barred & b.stems) or (bool(b.barred) and not b.barred & a.stems)


def other_thing(text: str, a: Statement, b: Statement) -> bool:
    """One of two ages restricts a thing of its own that the other's clause does not name, by a stem or a name
    ("On-air competitions are open only to people aged 18" / "The club is open to listeners aged 12"): two rules,
    not two answers."""
    for x, y in ((a, b), (b, a)):
        stems, names = restricted_thing(text, x)
        if stems:
            other = [w for w in word_list(text[y.start:y.end]) if len(w) >= 3]
            if not stems & {_stem(w) for w in other} and not names & set(other):
                return True
    return False


_GENERIC_THINGS = frozenset({"information", "data", "online", "service", "services"})
# Being with someone: "accompany a Member", "if an adult Trader remains with them", "supervised by a member"
# (the supervising verbs, not "present" or "supervision", which the people they name do not follow)
_COMPANY = (_SUPERVISING - {"present", "supervision"}) | {"with", "accompanying", "supervises", "remain", "remains"}
_NOBODY_IN_PARTICULAR = frozenset({"you", "one", "anyone", "anybody", "everyone", "people", "person", "individual",
                                   "account", "adult", "parent", "guardian"})
_COMPANY_REACH = 3  # "with a registered member": words from the word of company to the holder


def company(text: str) -> frozenset[str]:
    """The people a unit names as someone's company: a few words after a word of company ("accompany a
    Member", "with a registered member"), or just before "remains with" ("an adult Trader remains with them");
    singular. Found once per unit, so that comparing pairs costs no reading."""
    words = [singular(w) for w in word_list(text)]
    return frozenset(w for i, w in enumerate(words)
                     if not _COMPANY.isdisjoint(words[max(0, i - _COMPANY_REACH):i])
                     or words[i + 1:i + 3] in (["remain", "with"], ["remains", "with"]))


def in_their_company(company_words: frozenset[str], holder: str, younger: str) -> bool:
    """The younger people come in the company of the people a minimum age is for ("Members must be 18" /
    "Children under 12 may accompany a Member", "... may help on a stall if an adult Trader remains with them"):
    let in beside them, not as them. ``company_words``: :func:`company` of the younger people's unit."""
    return bool(holder) and holder != younger and holder not in _NOBODY_IN_PARTICULAR \
        and holder not in _AGE_GROUPS and holder in company_words


def through_a_parent(text: str) -> bool:
    """The younger people are let in through a parent, who acts for them: the parent is the clause's subject
    ("Parents may open a youth savings account for a child under 14") or the holder of what they are listed on
    ("can be listed on a parent's membership"); not a parent's consent to what they do themselves ("Members aged 16
    may join with a parent's consent"), nor a parent who only books for them ("Bookings for children under 16 must
    be made by a parent": the children are still served)."""
    words = [singular(w) for w in word_list(text)]
    first = next((i for i, w in enumerate(words) if w not in _LEADING), len(words))
    return (first < len(words) and words[first] in _PARENTS) \
        or any(w in _PARENT_OWNER and x in _HELD for w, x in pairwise(words))


_PARENT_OWNER = frozenset({"parent's", "guardian's", "parent\u2019s", "guardian\u2019s", "parents'", "parents\u2019"})
_HELD = frozenset({"account", "membership", "plan", "subscription", "booking", "ticket", "policy"})
_LEADING = frozenset({"a", "an", "the", "their", "only"}) | frozenset(str(n) for n in range(10))


def age_findings(source: SourceText, reads: list[Read], report: Report, spend: Callable[[Item], bool],
                 generic: frozenset[str]) -> None:
    """Add to ``report`` the pairs of minimum ages that disagree (``spend``: the comparison budget; ``generic``:
    object words that say nothing of what a statement is about)."""
    # (a group admitted by its age is compared only when it is the clause's subject: not "issue guest codes to
    # members of their household aged 12 or over")
    # (a younger group admitted on a condition is compared with a minimum that has none: "Children under 7 shall
    # not be carried" / "Children aged 5 and over may fly when seated next to an adult")
    aged = [it for r in reads for s in r.statements
            if _ages(s) and (not s.conditions or (s.practice == "children" and s.polarity == "affirmed"))
            and not (s.practice == "children" and s.polarity == "affirmed"
                     and not _age_opens(r.unit.text, r.unit.span.start, s))
            for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]
            if not names_region(r.unit.text) and not other_product(r.unit.text)][:MAX_PER_BUCKET]
    labels = {it.quote_span: unit_label(source.text[it.quote_span[0]:it.quote_span[1]]) for it in aged}
    holders = {it.quote_span: _age_holder(source.text[it.quote_span[0]:it.quote_span[1]], it.statement)
               for it in aged}
    # (anyone named as the agent of a passive is whoever does that act: "Households may be registered by anyone
    # aged 15")
    agents = {it.quote_span for it in aged if _agent_aged(source.text[it.quote_span[0]:it.quote_span[1]], it.statement)}
    added = {it.quote_span for it in aged if _also(source.text[it.quote_span[0]:it.quote_span[1]], it.statement)}
    goods = {it.quote_span for it in aged if word_set(source.text[it.quote_span[0]:it.quote_span[1]]) & _RESTRICTED_GOODS}
    purposes = {it.quote_span: _purpose(source.text, it.statement) for it in aged}
    roles = {it.quote_span for it in aged if _role_age(source.text[it.quote_span[0]:it.quote_span[1]], it.statement)}
    unregistered = {it.quote_span for it in aged if _no_account(source.text[it.quote_span[0]:it.quote_span[1]])}
    for i, a in enumerate(aged):
        for b in aged[i + 1:]:
            if not spend(b):
                break
            if (a.statement.conditions or b.statement.conditions) and not _below_a_minimum(a.statement, b.statement):
                continue
            la, lb = labels[a.quote_span], labels[b.quote_span]
            if la and lb and la != lb:
                continue  # "Minimum age to rent: 21" / "Luxury classes: renter must be 30": two things
            if bool(la) != bool(lb) and "age" not in word_set(la or lb):
                continue  # "Adult Chorale: members must be 18" / "Students must be at least six": a group's own
            verbs_a = set(a.statement.mentions) & DATA_VERBS
            verbs_b = set(b.statement.mentions) & DATA_VERBS
            if verbs_a and verbs_b and verbs_a != verbs_b:
                continue  # an age for collecting and another for selling are two rules, not two answers
            mins_a, mins_b = _minimums(a.statement), _minimums(b.statement)
            if not (mins_a and mins_b) and _age_bounds(a.statement) != _age_bounds(b.statement):
                continue  # "at least 16" and "members under 18 need ...": a minimum and a group
            if a.quote_span in added or b.quote_span in added:
                continue  # "Drivers must also be at least 21": a further rule, not another answer
            if a.quote_span in goods or b.quote_span in goods:
                continue  # "alcohol is handed only to adults aged 21": an age for those goods, not the service
            ha, hb = holders[a.quote_span], holders[b.quote_span]
            if ha and hb and ha != hb and ((ha not in _ANYONE and hb not in _ANYONE) or {ha, hb} & _AGE_GROUPS) \
                    and not _as_the_other(source.text, a, b, ha, hb):
                continue  # "Sitters must be at least 18" / "Owners aged 16 ...": whose age differs
            if ha != hb and ((a.quote_span in agents and hb in _STAFF) or (b.quote_span in agents and ha in _STAFF)) \
                    and not _same_act(a, b, generic, (ha, hb)):
                continue  # "Drivers must be at least 18" / "Households may be registered by anyone aged 15": a staff role
            if a.quote_span in roles or b.quote_span in roles:
                continue  # "The person who receives the delivery must be 18", "An adult must be present": a role
            if a.quote_span in unregistered or b.quote_span in unregistered:
                continue  # "Players aged 13 to 15 may browse ... without an account": no account held
            if other_thing(source.text, a.statement, b.statement):
                continue  # "Night dives are limited to divers aged eighteen" / "Minimum age: 12 for the junior course"
            pa, pb = purposes[a.quote_span], purposes[b.quote_span]
            if pa.done and pb.done and not pa.done & pb.done:
                continue  # "at least 18 to register on the portal" / "21 or older ... to drive the van"
            if _kept_from_other(pa, pb):
                continue  # "at least 13 to create an account" / "Players under 18 may not enter our tournaments"
            # (a minimum beside a group's age, "at least fourteen, and pilots under eighteen need ...", is compared
            # as a minimum)
            ages_of_a, ages_of_b = (mins_a, mins_b) if mins_a and mins_b else (_ages(a.statement), _ages(b.statement))
            if not ages_of_a & ages_of_b:
                ages_a = ", ".join(f"{v:g}" for v in sorted(ages_of_a))
                ages_b = ", ".join(f"{v:g}" for v in sorted(ages_of_b))
                report.add(a, b, f"two different minimum ages: {ages_a} on line {a.line}, {ages_b} on line {b.line}")
    # 5. Younger people admitted to what an adults-only age keeps them from: "You must be eighteen or over to use
    # it" / "Teenagers aged thirteen to seventeen may use Stillpoint with a parent's permission".
    # (a minimum with an exception, "unless accompanied by a parent", or for parents, "Parent accounts may only be
    # created by adults", keeps no one younger out)
    minimums = [it for r in reads for s in r.statements if s.practice == "children" and s.polarity == "denied"
                and _ages(s) and min(_ages(s)) >= ADULT_AGE and not s.conditions and not s.exceptions
                and _PARENTS.isdisjoint(s.objects) and s.actor != "other"
                and not names_region(r.unit.text) and not other_product(r.unit.text)
                for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    admitted = [it for r in reads for s in r.statements if s.practice == "children" and s.polarity == "affirmed"
                and _ages(s) and s.actor != "other" and _age_opens(r.unit.text, r.unit.span.start, s)
                and not _no_account(r.unit.text)
                and not names_region(r.unit.text) and not other_product(r.unit.text)
                for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    purposes = {it.quote_span: _purpose(source.text, it.statement) for it in minimums + admitted}
    kept_company: dict[tuple[int, int], frozenset[str]] = {}  # company() of each admitted unit, once
    via_parent: dict[tuple[int, int], bool] = {}  # through_a_parent() of each admitted unit, once
    for a in minimums:
        for b in admitted:
            if not spend(b):
                break
            if other_thing(source.text, a.statement, b.statement):
                continue
            if _kept_from_other(purposes[a.quote_span], purposes[b.quote_span]):
                continue  # "Persons under 18 may not skipper a tender" / "Children under 12 must wear a life jacket"
            la = unit_label(source.text[a.quote_span[0]:a.quote_span[1]])
            lb = unit_label(source.text[b.quote_span[0]:b.quote_span[1]])
            if la and lb and la != lb:
                continue  # "Minimum age for harbour tours: 10 years" / "Minimum age to charter a boat: 18 years"
            ha = _age_holder(source.text[a.quote_span[0]:a.quote_span[1]], a.statement)
            hb = _age_holder(source.text[b.quote_span[0]:b.quote_span[1]], b.statement)
            # (a younger group named as such, "Young learners", "Cadets", is of the people a minimum is for, unless
            # the minimum is a staff role's)
            younger = hb in _YOUNGER or bool(_YOUNGER & b.statement.anchors)
            if b.quote_span not in kept_company:
                kept_company[b.quote_span] = company(source.text[b.quote_span[0]:b.quote_span[1]])
            if in_their_company(kept_company[b.quote_span], ha, hb):
                continue  # "Members must be 18" / "Children under 12 may come to pick days with a member"
            if b.quote_span not in via_parent:
                via_parent[b.quote_span] = through_a_parent(source.text[b.quote_span[0]:b.quote_span[1]])
            if via_parent[b.quote_span]:
                continue  # "Members must be at least 18" / "Parents may open a youth savings account for a child"
            if ha and hb and ha != hb and ha not in _ANYONE and (ha in _STAFF or not (younger or _same_act(a, b, generic, (ha, hb)))) \
                    and not _as_the_other(source.text, a, b, ha, hb):
                continue  # "Instructors must be at least 18" / "Learners aged 13 to 17 may enroll": other people
            # (the same thing done, or a minimum for everything: "Candidates must be aged 16 or over")
            if a.quote_span != b.quote_span and max(_ages(b.statement)) < min(_ages(a.statement)) \
                    and ((a.statement.objects & b.statement.objects) - generic - _AGE_TALK or _same_act(a, b, generic, (ha, hb))
                         or (younger and not _activity(a.statement, ha) - generic)):
                report.add(a, b, f"a minimum age of {min(_ages(a.statement)):g} on line {a.line}, but people aged "
                                 f"{max(_ages(b.statement)):g} are admitted on line {b.line}")
