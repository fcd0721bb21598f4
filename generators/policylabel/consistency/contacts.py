"""Contacts: one role (privacy, DPO, support...) given two different e-mail addresses of one organisation, or two
different phone numbers (``inconsistent-contact``); e-mail addresses lost to obfuscation (``empty-disclosure``).

Patterns run on RE2 (:mod:`policylabel.textpattern`), once per unit that holds an address or a number.
"""

from __future__ import annotations

from collections import defaultdict

from policylabel import textpattern as tp
from policylabel.consistency.findings import VALUE_LIMIT, Analysis, DetectedFinding, Location, finding, unit_location
from policylabel.evidence import SourceText, normalise
from policylabel.segment import Sentence

_EMAIL = tp.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_OBFUSCATED = tp.compile(r"\[email(?:\s|\u00a0)*protected\]", ignore_case=True)
# A number not glued to a word or another number: the character before is consumed (a look-behind before
# RE2), the one after is checked in `_phones`.
_PHONE = tp.compile(r"(?:^|[^\w.-])(?P<number>(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}"
                    r"|\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}\d)")
_PHONE_NUMBER = _PHONE.groupindex["number"]
_GLUED = tp.compile(r"[\w-]")
_CALL = tp.compile(r"\b(?:call|calls|calling|phone|telephone|tel|toll[- ]free|dial|hotline|"
                   r"phone line|reach (?:us|them|our \w+(?: \w+)?) (?:at|on|by))\b")
_NON_LETTERS = tp.compile(r"[^a-z]")
_NON_ALNUM = tp.compile(r"[^a-z0-9]")
_NON_DIGITS = tp.compile(r"\D")


_DIGITS = b"0123456789"
_PHONE_DIGITS = 10  # the ASCII digits of a number _PHONE reads without a "+"


def _ascii_digits(text: str) -> int:
    """How many ASCII digits ``text`` holds: in UTF-8 those bytes are those characters (a multi-byte sequence
    holds none), and deleting them is one pass in C."""
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw) - len(raw.translate(None, _DIGITS))


def _phones(text: str) -> list[str]:
    """The phone numbers of ``text`` (``_PHONE``, not followed by a word character or a dash)."""
    out: list[str] = []
    if "+" not in text and _ascii_digits(text) < _PHONE_DIGITS:
        return out  # too few digits for any number _PHONE reads: most units (counted in C, not searched)
    for m in _PHONE.finditer(text):
        end = m.end()
        if end < len(text) and _GLUED.match(text[end]):
            continue
        out.append(m.group(_PHONE_NUMBER))
    return out
_ROLE_WORDS: list[tuple[str, str]] = [
    ("dpo", r"\bdata protection officer\b|\bdpo\b"),
    ("privacy", r"\bprivacy\b|\bthis (?:policy|notice|statement)\b|\bpersonal (?:data|information)\b|\bdata protection\b|"
                r"\bccpa\b|\bgdpr\b|\bopt[- ]?out\b|\bunsubscribe\b"),
    ("support", r"\bsupport\b|\btechnical\b|\bhelp ?desk\b|\bcustomer (?:service|care)\b"),
    ("sales", r"\bsales\b"),
    ("billing", r"\bbilling\b"),
    ("security", r"\bsecurity\b|\bvulnerabilit"),
    ("legal", r"\blegal\b|\bsubpoena\b|\bcopyright\b|\bdmca\b"),
    ("accessibility", r"\baccessibility\b"),
]
_LOCAL_ROLES = {"privacy": "privacy", "dpo": "dpo", "dataprotection": "privacy", "datenschutz": "privacy", "gdpr": "privacy", "ccpa": "privacy",
                "support": "support", "help": "support", "helpdesk": "support", "sales": "sales", "billing": "billing",
                "security": "security", "abuse": "security", "legal": "legal", "accessibility": "accessibility"}
# Local parts naming a function that is none of the roles: such an address never takes its sentence's role.
_OTHER_FUNCTIONS = {"press", "media", "pr", "news", "newsroom", "jobs", "careers", "hr", "recruiting", "talent",
                    "investors", "ir", "partners", "partnerships", "marketing", "advertising", "ads", "events"}
_REGION = tp.compile(r"\b(?:eu|european|eea|uk|united kingdom|britain|california|canada|canadian|australia|"
                     r"singapore|brazil|japan|india|switzerland|swiss|germany|france|toll[- ]free|international|"
                     r"fax|outside the (?:us|united states))\b")


_ROLE_RES = [(role, tp.compile(pattern)) for role, pattern in _ROLE_WORDS]


def _local_role(local: str) -> str | None:
    """The role an address's local part names: "privacy", "privacy.team", "dataprivacy" are all privacy."""
    flat = _NON_LETTERS.sub("", local)
    if flat in _LOCAL_ROLES:
        return _LOCAL_ROLES[flat]
    found = {role for word, role in _LOCAL_ROLES.items() if len(word) >= 5 and word in flat}
    return found.pop() if len(found) == 1 else None


def _context_role(text: str) -> set[str]:
    roles = {role for role, rx in _ROLE_RES if rx.search(text)}
    if "dpo" in roles:
        roles.discard("privacy")  # a DPO is a privacy contact; the narrower role decides
    return roles


# Module functions, not closures: compiled, a nested function and its closure refer to each other (a cycle).
def _label(addr: str) -> str:
    labels = addr.split("@", 1)[1].split(".")
    return labels[-2] if len(labels) >= 2 else labels[0]


def _org(addr: str) -> str:
    return _NON_ALNUM.sub("", _label(addr))


def _same_org(a: str, b: str) -> bool:
    # "acme" and "acmehealth" are one organisation's domains when both addresses name the role.
    x, y = _org(a), _org(b)
    if x == y:
        return True
    la, lb = _local_role(a.split("@")[0]), _local_role(b.split("@")[0])
    # "acme-gmbh" and "acme-group": one organisation's domains when their first word (5+ letters) agrees.
    wx, wy = _label(a).split("-")[0], _label(b).split("-")[0]
    if wx == wy and len(wx) >= 5 and "-" in _label(a) + _label(b):
        return True
    return la is not None and la == lb and min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))


def contacts(source: SourceText, units: list[Sentence], analysis: Analysis) -> list[DetectedFinding]:
    findings: list[DetectedFinding] = []
    emails: dict[tuple[str, str], dict[str, list[Sentence]]] = defaultdict(lambda: defaultdict(list))
    phones: dict[tuple[str, str], dict[str, list[Sentence]]] = defaultdict(lambda: defaultdict(list))
    obfuscated: list[Location] = []
    heading = ""
    for u in units:
        if u.kind == "heading":
            heading = u.text.lower()
        for m in _OBFUSCATED.finditer(u.text) if "[" in u.text else ():  # "[email protected]"
            s = u.span.start + m.start()
            span = source.span(s, s + len(m.group()))
            obfuscated.append(Location(span, m.group()))
        phones_here = _phones(u.text)
        if "@" not in u.text and not phones_here:
            continue  # neither an address nor a number: the roles below would go unused
        low = normalise(u.text).lower()
        ctx = _context_role(low) or _context_role(heading)
        regions = tuple(sorted(set(_REGION.findall(low))))
        region = "/".join(regions)
        for m in _EMAIL.finditer(u.text):
            addr = m.group().lower().rstrip(".")
            local, _domain = addr.split("@", 1)
            # The local part decides when it is exactly a role; then the sentence; then a role word inside it.
            role = _LOCAL_ROLES.get(_NON_LETTERS.sub("", local))
            if role == "privacy" and ctx == {"dpo"}:
                role = "dpo"  # privacy@ given as the DPO's address: the narrower role decides
            if role is None and _NON_LETTERS.sub("", local) in _OTHER_FUNCTIONS:
                continue  # press@ under a "Help and support" heading is the press office, not support
            if role is None and len(ctx) == 1:
                role = next(iter(ctx))
            if role is None:
                role = _local_role(local)
            if role is None:
                continue  # several roles in one sentence: cannot tell which this address serves
            emails[(role, region)][addr].append(u)
        if len(ctx) == 1 and _CALL.search(low):
            numbers = {_NON_DIGITS.sub("", p)[-10:] for p in phones_here}
            numbers = {n for n in numbers if len(n) >= 10}
            if len(numbers) == 1:  # several numbers in one sentence are alternatives, not a contradiction
                phones[(next(iter(ctx)), region)][numbers.pop()].append(u)

    for (role, region), by_addr in sorted(emails.items()):
        if len(by_addr) > VALUE_LIMIT:  # each address is compared with each organisation's: bounded
            first = min((u for us in by_addr.values() for u in us), key=lambda u: u.span.start)
            analysis.limit("analysis-limit", f"more than {VALUE_LIMIT} different e-mail addresses for the {role} "
                           "contact: they are not compared", unit_location(source, first))
            continue
        # Only addresses of one organisation can disagree; a regulator's address is another role.
        by_org: dict[str, list[str]] = defaultdict(list)
        for addr in sorted(by_addr):
            home = next((k for k, v in by_org.items() if any(_same_org(addr, x) for x in v)), _org(addr))
            by_org[home].append(addr)
        for _o, addrs in sorted(by_org.items()):
            if len(addrs) < 2:
                continue
            addrs.sort()
            locs = [Location(u.span, source.excerpt(u.span)) for a in addrs for u in by_addr[a]]
            where = f" ({region})" if region else ""
            listed = ", ".join(f"{a} ({len(by_addr[a])}x)" for a in addrs)
            msg = f"the {role} contact{where} is given as different e-mail addresses: {listed}"
            findings.append(finding("inconsistent-contact", msg, locs, f"{role}-email"))
    for (role, region), by_num in sorted(phones.items()):
        if len(by_num) < 2:
            continue
        nums = sorted(by_num)
        locs = [Location(u.span, source.excerpt(u.span)) for n in nums for u in by_num[n]]
        where = f" ({region})" if region else ""
        msg = f"the {role} contact{where} is given as different phone numbers: {', '.join(nums)}"
        findings.append(finding("inconsistent-contact", msg, locs, f"{role}-phone"))
    if obfuscated:
        n = len(obfuscated)
        msg = (f"an e-mail address is missing: the text shows \"[email protected]\" (an address hidden by "
               f"obfuscation when the page was captured) in {n} place{'s' * (n != 1)}")
        findings.append(finding("empty-disclosure", msg, obfuscated, "obfuscated-email"))
    return findings
