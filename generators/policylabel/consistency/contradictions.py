"""Find statements in one policy text that cannot all be true.

The detector is deliberately conservative (precision over recall); ``spec/consistency.md`` states
exactly what it does and does not detect. In short:

* ``contradiction``: a first-party practice (sell, rent, share, disclose, collect, retain, use for
  advertising or marketing, track, respond to Do Not Track) is denied in one sentence and affirmed, or offered as
  an opt-out, in another, for related data, recipients and purposes. Qualified denials (exceptions,
  conditions, children, time windows) and third parties' practices are never compared.
* ``inconsistent-contact``: one contact role (privacy, DPO, support...) is given two different e-mail
  addresses of the same organisation, or two different phone numbers.
* ``inconsistent-date``: two different "last updated" (or two different "effective") dates.
* ``empty-section``: a heading with nothing under it.
* ``empty-disclosure``: an announced list/table followed by nothing, a table column left empty, or a
  contact address lost to e-mail obfuscation ("[email protected]").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from policylabel.evidence import SourceText, Span, normalise
from policylabel.segment import Sentence, sentences

RULES: dict[str, str] = {
    "contradiction": "a practice (sell, rent, share, disclose, collect, retain, advertise, market, track, honour "
                     "Do Not Track) is denied in one place and affirmed or offered as an opt-out in another",
    "inconsistent-contact": "one contact role is given two different e-mail addresses or phone numbers",
    "inconsistent-date": "the text gives two different 'last updated' dates or two different 'effective' dates",
    "empty-section": "a heading is followed directly by a sibling heading or by the end of the text",
    "empty-disclosure": "an announced list or table is followed by nothing, a table column is empty, or an "
                        "e-mail address was lost to obfuscation ('[email protected]')",
}


@dataclass(frozen=True)
class Location:
    """Where a finding is: ``quote`` is the original text of ``span``."""

    span: Span
    quote: str


@dataclass(frozen=True)
class DetectedFinding:
    """One problem found in the text, with every location involved in text order."""

    kind: str
    message: str
    locations: tuple[Location, ...]
    key: str


# --------------------------------------------------------------------------------------------
# Ontologies. Each category has one parent; "a within b" means a equals b or descends from it.

_DATA_PATTERNS: list[tuple[str, str]] = [
    ("any data", r"\b(?:any|all) (?:of (?:the|your) )?(?:data|information)\b|\banything\b"),
    ("de-identified data", r"\b(?:de-?identified|anonymi[sz]ed|anonymous|aggregated?|pseudonymi[sz]ed|"
                           r"non-personal(?:ly identifiable)?)(?: \w+)? (?:data|information)\b"),
    ("sensitive personal information", r"\bsensitive (?:personal )?(?:data|information)\b"),
    ("health data", r"\b(?:health|medical)(?: \w+)? (?:data|information|records?|history|conditions?)\b|"
                    r"(?<!non-)\bprescriptions?(?: drug)? (?:data|information|history|records?)\b|\bdiagnos[ie]s\b"),
    ("biometric data", r"\bbiometric\b"),
    ("voiceprints", r"\bvoice ?prints?\b|\bvoice (?:signatures?|templates?)\b"),
    ("fingerprints", r"\b(?:finger|palm) ?prints?\b"),
    ("face geometry", r"\b(?:face|facial) (?:geometry|scans?|templates?|prints?|recognition data)\b|\bfaceprints?\b|"
                      r"\b(?:iris|retina) scans?\b"),
    ("financial information", r"\b(?:financial (?:data|information|details)|payment (?:information|details|data)|"
                              r"billing (?:information|details|data)|bank(?:ing)? (?:account|details|information))"),
    ("payment card numbers", r"\b(?:credit|debit|payment|bank) card(?: numbers?| details| information| data)?\b|"
                             r"\bcard numbers?\b|\bcvv\b"),
    ("location data", r"\b(?:geo-?)?location (?:data|information)\b|\bgeolocation\b|"
                      r"\b(?:your|approximate|general|physical|device|geographic|coarse) (?:geo-?)?location\b"),
    ("precise location", r"\b(?:precise|exact|gps|fine|real-time)(?:[- ]\w+)? (?:geo-?)?location(?: data| information)?\b|"
                         r"\bgps (?:coordinates|data|position)\b|\blatitude\b"),
    ("email address", r"\be-?mail address(?:es)?\b"),
    ("phone number", r"\b(?:tele)?phone numbers?\b|\bmobile numbers?\b"),
    ("postal address", r"\b(?:postal|mailing|home|street|billing|shipping) address(?:es)?\b"),
    ("contact information", r"\bcontact (?:information|info|details|data)\b"),
    ("device identifiers", r"\b(?:ip address(?:es)?|device (?:identifiers?|ids?)|advertising (?:identifiers?|ids?)|"
                           r"mac address(?:es)?|imei)\b"),
    ("usage data", r"\b(?:usage (?:data|information)|browsing (?:history|data|activity|behaviou?r)|"
                   r"log (?:data|files))\b"),
    ("purchase history", r"\b(?:purchase|purchasing|transaction|order|shopping) (?:history|histories|records?|data|information)\b"),
    ("user content", r"\b(?:user|user-generated|customer) content\b|\bcontent (?:that )?you (?:create|upload|submit|post|store|share)\b"),
    ("notes", r"\b(?:your|user|users'?|meeting|session|personal|private|clinical|therapy|journal) notes\b|"
              r"\bnotes (?:that )?you (?:write|take|create|enter|add|save|store|record|upload|keep)\b|\bjournal entries\b"),
    ("messages", r"\b(?:your|user|users'?|private|direct|chat) (?:messages|chats|conversations)\b|\bchat (?:logs|history|transcripts)\b|"
                 r"\byour (?:[\w-]+,? (?:and |or )?){1,3}messages\b|\b(?:photos|pictures|images) and messages\b|"
                 r"\bmessages (?:that )?you (?:send|receive|write|exchange)\b"),
    ("files and documents", r"\b(?:your|user|uploaded) (?:files|documents|attachments)\b|"
                            r"\b(?:files|documents) (?:that )?you (?:upload|store|create|share|submit)\b"),
    ("photos and videos", r"\b(?:your|user|uploaded|profile) (?:photos|photographs|pictures|images|videos)\b|"
                          r"\byour (?:[\w-]+,? (?:and |or )?){1,3}(?:photos|photographs|pictures|videos)\b|"
                          r"\b(?:photos|pictures|images|videos) (?:that )?you (?:upload|take|share|submit)\b"),
    ("personal information", r"\b(?:personal(?:ly identifiable)? (?:information|data)|pii|"
                             r"(?:your|user|users'?|customer|customers'?|consumer|member|visitor) (?:personal )?(?:information|info|data)|"
                             r"(?:information|data) (?:about|from|of) (?:you|users|our users|customers|visitors)|"
                             r"(?:information|data) (?:that |which )?we collect)\b"),
]
_DATA_PARENT: dict[str, str | None] = {
    "any data": None,
    "de-identified data": "any data",
    "personal information": "any data",
    "sensitive personal information": "personal information",
    "health data": "sensitive personal information",
    "biometric data": "sensitive personal information",
    "voiceprints": "biometric data",
    "fingerprints": "biometric data",
    "face geometry": "biometric data",
    "financial information": "personal information",
    "payment card numbers": "financial information",
    "location data": "personal information",
    "precise location": "location data",
    "contact information": "personal information",
    "email address": "contact information",
    "phone number": "contact information",
    "postal address": "contact information",
    "device identifiers": "personal information",
    "usage data": "personal information",
    "purchase history": "personal information",
    # What users write or upload may or may not be personal information: only compared with itself.
    "user content": "any data",
    "notes": "user content",
    "messages": "user content",
    "files and documents": "user content",
    "photos and videos": "user content",
}
_DATA_RES = [(name, re.compile(pattern)) for name, pattern in _DATA_PATTERNS]
_BROAD_DATA = {"any data", "personal information"}

# Service providers, affiliates and authorities are deliberately NOT "third parties": privacy laws
# and policies routinely carve them out, so "we do not share with third parties" does not deny them.
_RECIPIENT_PATTERNS: list[tuple[str, str]] = [
    ("advertisers", r"\b(?:advertisers?|advertising (?:partners?|networks?|companies)|ad networks?|"
                    r"(?:location[- ]|personal[- ])?data (?:brokers?|companies|resellers?|aggregators?)|data brokers?|marketers|marketing partners?|(?:third[- ]party )?marketing,? (?:\w+,? )*(?:or |and )?advertising partners?)\b"),
    ("third parties", r"\b(?:third[- ]part(?:y|ies)|other (?:companies|people|parties|businesses|organi[sz]ations)|"
                      r"outside (?:parties|companies)|non-?affiliated|unaffiliated|anyone|anybody|partners?)\b"),
    ("service providers", r"\b(?:service providers?|vendors?|(?:sub-?)?processors?|contractors?|suppliers?)\b"),
    ("affiliates", r"\b(?:affiliates?|subsidiaries|corporate family)\b"),
    ("authorities", r"\b(?:law enforcement|government(?:al)?|regulators?|courts?|authorities|police)\b"),
]
_RECIPIENT_PARENT: dict[str, str | None] = {
    "third parties": None,
    "advertisers": "third parties",
    "service providers": None,
    "affiliates": None,
    "authorities": None,
}

_PURPOSE_PATTERNS: list[tuple[str, str]] = [
    ("advertising", r"\b(?:advertis\w*|ads)\b"),
    ("marketing", r"\b(?:marketing|market|promotional)\b"),
    ("payment", r"\b(?:for (?:payment|money|monetary|profit|valuable consideration)|monetary|for compensation)\b"),
    ("cross-site", r"\bcross-(?:site|context|app|device)\b|\b(?:across (?:\w+ ){0,3}(?:web)?sites|across (?:\w+ ){0,3}(?:apps|services|devices)|"
                   r"third[- ]party (?:web)?sites|other (?:web)?sites|over time)\b"),
]

# Actions: a denial of a broader action denies the narrower ones (selling is a kind of sharing).
_ACTION_PARENT: dict[str, str | None] = {
    "disclose": None, "share": "disclose", "sell": "share", "rent": "share",
    "collect": None, "advertising": None, "marketing": None, "track": None, "dnt": None, "retain": None,
}
_ACTION_WORDS: dict[str, str] = {
    "sell": r"sell|sells|selling|sold|trade|trades|traded",
    "rent": r"rent|rents|renting|rented|lease|leases|leased|leasing",
    "share": r"share|shares|sharing|shared",
    "disclose": r"disclose|discloses|disclosing|disclosed|pass(?:es|ed|ing)?(?= on\b| (?:[\w-]+ ){1,4}on to\b)|"
                r"hand(?:s|ed|ing)? over|make (?=(?:[\w-]+ ){0,4}available to\b)|makes (?=(?:[\w-]+ ){0,4}available to\b)|"
                r"made (?=(?:[\w-]+ ){0,4}available to\b)",
    "transfer": r"transfer|transfers|transferred|transferring|provide|provides|provided|providing|give|gives|"
                r"gave|giving|supply|supplies|supplied|supplying|furnish|furnishes|furnished",
    "collect": r"collect|collects|collecting|collected|gather|gathers|gathering|gathered|capture|captures|captured|"
               r"capturing",
    "track": r"track|tracks|tracked|"
             r"(?:follow|follows|followed|following|monitor|monitors|monitored|monitoring)(?= (?:your|their|users'?|"
             r"visitors'?|the user's|people's|individuals'?) (?:[\w-]+ )?(?:browsing|activity|activities|behaviou?r|"
             r"movements?)\b)",
    "retain": r"retain|retains|retained|retaining|store|stores|stored|storing|keep|keeps|kept|keeping|save|saves|saved",
    "delete": r"delete|deletes|deleted|deleting|erase|erases|erased|erasing|destroy|destroys|destroyed|purge|purges|purged",
    "dnt": r"respond to|responds to|respond|honou?rs?|recogni[sz]es?|processe?s?|complies with|comply with|"
           r"supports?|obeys?|ignores?|ignore",
    "use": r"use|uses|using|used|process|processes",
    "serve": r"serve|serves|show|shows|display|displays|deliver|delivers|send|sends|advertise|market",
}
_VERB_RE = {k: re.compile(rf"\b(?:{v})\b") for k, v in _ACTION_WORDS.items()}
# A prefix of every word each action's pattern can start with: a substring test rules most actions out of a
# clause before its pattern is run (tests/test_contradictions.py checks these against the patterns).
_VERB_STEMS: dict[str, tuple[str, ...]] = {
    "sell": ("sell", "sold", "trad"), "rent": ("rent", "leas"), "share": ("shar",),
    "disclose": ("disclos", "pass", "hand", "make", "made"),
    "transfer": ("transfer", "provid", "giv", "gave", "suppl", "furnish"),
    "collect": ("collect", "gather", "captur"), "track": ("track", "follow", "monitor"),
    "retain": ("retain", "stor", "keep", "kept", "sav"), "delete": ("delet", "eras", "destroy", "purg"),
    "dnt": ("respond", "honor", "honour", "recogni", "process", "compl", "support", "obey", "ignor"),
    "use": ("use", "using", "process"),
    "serve": ("serv", "show", "display", "deliver", "send", "advertis", "market"),
}

_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor|cannot|no longer|none)\b|n't\b|\bat no time\b")
_AFTER_NEGATION = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:with|to)? ?(?:no one|nobody|no third|none|nothing|no personal)\b")
# Denials carrying any of these are qualified: they deny less than they seem to, so are not compared.
_QUALIFIER = re.compile(
    r"\b(?:except|excluding|other than|apart from|aside from|besides|unless|save as|without (?:your |the |prior |"
    r"\w+ )*(?:consent|permission|authori[sz]ation|approval|agreement|notice)|as (?:described|set (?:forth|out)|outlined|"
    r"explained|otherwise|permitted|required|disclosed|provided|specified)|only|knowingly|"
    r"intentionally|when|whenever|where|once|while|after|until|in the (?:preceding|past|last|prior) \w+ months?)\b")
# Hypothetical statements affirm nothing and deny nothing.
_CONDITIONAL = re.compile(r"\b(?:if|unless|in the event|in case|should we|provided that|before|to the extent|whether|"
                          r"in connection with (?:a|any) (?:merger|sale|acquisition))\b")
_CHILDREN = re.compile(r"\b(?:children|child|minors?|under (?:the age of )?(?:13|16|18)|kids?)\b")
_DEFINED_TERM = re.compile(r"\((?:[^()]*?)\b(?:as (?:that|those|the|such) \w+ (?:is|are) defined|as defined|"
                           r"within the meaning)[^()]*\)")
_RIGHTS = re.compile(r"\bright(?:s)? (?:to|of)\b|\brequest\b")

_FIRST_PARTY_GENERIC = [r"we", r"our company", r"the company", r"our (?:web)?sites?", r"our services?", r"our apps?",
                        r"our platform", r"our products?", r"our systems?", r"(?:the|this|our) (?:mobile )?(?:app|application)",
                        r"this (?:web)?site", r"(?:the|this) services?(?! providers?)(?! \w+ providers?)", r"our software"]
_OTHER_ACTORS = [r"they", r"them", r"you", r"your (?:browser|device|employer|organi[sz]ation)", r"browsers?",
                 r"third[- ]part(?:y|ies)(?: \w+)?", r"(?:our |these |such |the )?(?:advertising |marketing |business )?partners",
                 r"advertisers", r"(?:our |these |such |the )?(?:service )?providers", r"vendors", r"processors",
                 r"affiliates", r"customers?", r"users?", r"clients?", r"who", r"which", r"that", r"he", r"she", r"it",
                 r"others", r"companies", r"(?:other |third-party )?(?:web)?sites", r"networks", r"platforms",
                 r"organi[sz]ations?", r"employers?", r"parents?", r"the acquiring \w+", r"an? \w+"]

_PASSIVE_AGENT = re.compile(r"^\W*(?:[\w-]+\W+){0,8}?by (?:our |a |an |any |such |those |its |their |your )?(?:[\w-]+ ){0,2}"
                            r"(?:processors?|providers?|vendors?|partners?|compan(?:y|ies)|advertisers?|affiliates?|"
                            r"networks?|platforms?|banks?|issuers?|gateways?|merchants?|brokers?|you|users?)\b")
_GEOGRAPHY = re.compile(r"\b(?:countr(?:y|ies)|outside|abroad|overseas|international(?:ly)?|cross-border|jurisdictions?|"
                        r"united states|u\.?s\.?a?|eea|european|eu|uk|region|servers?|data cent(?:er|re)s?)\b")
# A retention denial limited in time or place denies less than it seems to.
_RETAIN_QUALIFIER = re.compile(r"\b(?:longer|beyond|indefinitely|permanently|forever|than|periods?|temporar(?:y|ily)|"
                               r"transient(?:ly)?|locally|on (?:your|the user's|the) (?:device|phone|computer|browser)|"
                               r"in (?:plain|clear) ?text|unencrypted|in memory|cache)\b")
_INDEFINITE = re.compile(r"\b(?:indefinitely|permanently|forever|for an (?:indefinite|unlimited) (?:period|time))\b")
# A time limit on deletion ("we delete X within 30 days") denies indefinite retention of X...
_DELETE_LIMIT = re.compile(r"\b(?:within|after|no later than|at the (?:latest|end of)) (?:\w+ ){0,2}(?:\d+|one|two|three|four|"
                           r"five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety)\b(?: \w+)? (?:hours?|days?|weeks?|months?|"
                           r"years?)\b")
# ... unless something is exempted from it.
_DELETE_EXCEPT = re.compile(r"\b(?:except|excluding|unless|other than|apart from|backups?|archives?|as required|where required|"
                            r"legal(?:ly)? (?:obligat|requir)\w*|required by law|anonymi[sz]|de-?identif|aggregat)")
_KEPT_SAFE = re.compile(r"\b(?:secure|securely|safe|confidential|private|accurate|up to date|current|informed|protected)\b")
_PARTIAL = re.compile(r"\blast (?:four|4|two|2) digits\b|\btruncated\b|\bpartial\b|\bmasked\b|\btokeni[sz]ed\b|\btokens?\b")

# Every statement needs one of these word stems: a verb's (but "use", "serve" and the Do Not Track verbs,
# which count only beside advertising, marketing or "Do Not Track"), opt-out, advertising or marketing, DNT.
_TRIGGER = re.compile(r"\b(?:" + "|".join(sorted(
    {stem for action, stems in _VERB_STEMS.items() if action not in ("use", "serve", "dnt") for stem in stems}
    | {"opt", "advertis", "ads\\b", "market", "promotional", "dnt", "track"})) + ")")  # on lower-cased text
# A list item "<data>: <past participle> ...", whose verb is passive with its auxiliary left out.
_LABELLED_ITEM = re.compile(r"^([\w ,'/-]{3,60}?): ((?:retained|stored|kept|saved|collected|shared|sold|rented|disclosed|"
                            r"tracked|deleted|erased|destroyed|purged)\b)")
# One leading `,?\s+` shared by the word separators: four times faster than an alternative per word.
_CLAUSE_SPLIT = re.compile(r";|,\s*however,?|\bhowever,\s|:\s+(?=we\b)|"
                           r",\s+and\s+(?=(?:has|have|had|will|does|do|did)(?: not| never)\b)|"
                           r",?\s+(?:(?:but|though|although|whereas|while)\s+|and\s+(?=we\b))")
_PAREN = re.compile(r"\([^()]*\)")
# "Do Not Track" the signal, not "we do not track you": a signal word follows, or it is quoted.
_DNT = re.compile(r'"do[- ]not[- ]track"?|\bdo[- ]not[- ]track\b(?=\W*(?:signals?|features?|settings?|requests?|'
                  r'preferences?|mechanisms?|headers?|options?|standards?|browser|technolog|\(|or\b|"))|\bdnt\b')
_DNS_LINK = re.compile(r"\bdo not sell(?: (?:or|and|/) share)? my (?:personal )?(?:information|info|data)\b")
# Words between "opt out of" and the practice ("the", "cross-site", "voiceprint"), but not what turns the
# practice into something else ("receiving sale notifications", "marketing emails about sales").
_OPT_MOD = (r"(?!(?:receiv|get|marketing|promotion|e-?mails?\b|communications?|newsletters?|messages?|notifications?|"
            r"calls?\b|texts?\b|offers?\b|events?\b|surveys?\b)\w*)[\w-]+")
_OPT_OUT = re.compile(r"\bopt(?:ing)?(?:\s|-)?out (?:of|from) (?P<mods>(?:" + _OPT_MOD + r" ){0,3})"
                      r"(?P<what>sale and sharing|sale or sharing|sales? or sharing|selling|sales?|sharing|disclosures?|"
                      r"(?:targeted|interest-based|personali[sz]ed|behaviou?ral|cross-context behaviou?ral) advertising|"
                      r"tracking|being tracked|collection|collecting|retention|having (?:your |their )?(?:\w+ ){0,3}"
                      r"(?:sold|shared|collected|tracked|disclosed|retained|stored))\b")
# Whoever else runs the opt-out (industry pages, partners' own sites) offers it for their practice, not ours.
_OPT_OUT_OTHERS = re.compile(r"\b(?:at|on|from|by|through|via) (?:their|third|other|participating|these|those|"
                             r"such|our (?:advertising |marketing )?partners|advertis|ad networks?)\b|"
                             r"\b(?:nai|daa|aboutads|youronlinechoices|networkadvertising|edaa)\b")
_OPT_OUT_OFFER = re.compile(r"\b(?:you|users?|visitors?|consumers?|customers?|residents?|individuals?|members?|"
                            r"subscribers?|parents?)\b(?: [\w-]+){0,6} (?:may|can|could|are able to|will be able to)\b|"
                            r"\bto opt\b|\b(?:option|ability|choice|opportunity|chance) to opt\b|"
                            r"\b(?:allow|allows|let|lets|enable|enables|permit|permits) (?:you|users|visitors|consumers) to opt\b|"
                            r"^(?:please )?(?:click|visit|use|go to)\b|^opt$")
_WISH = re.compile(r"\bif you (?:do not |don't |no longer )?(?:\w+ ){0,2}(?:wish|want|would like|prefer|choose|decide)"
                   r"(?: (?:us )?(?:to|for)\b(?: (?!opt\b)\w+){0,8}?(?=,| opt\b))?")
_OPT_OUT_HOW = re.compile(r"^\W*(?:at any time )?(?:by|via|through|using|at|here|below|in|from) ")



@dataclass
class _Statement:
    unit: Sentence
    action: str
    negative: bool
    data: frozenset[str]
    recipients: frozenset[str]
    purposes: frozenset[str]
    defined_term: bool = False
    opt_out: bool = False
    clause: str = ""


def _within(a: str, b: str, parent: dict[str, str | None]) -> bool:
    """True if category ``a`` equals ``b`` or descends from it."""
    cur: str | None = a
    while cur is not None:
        if cur == b:
            return True
        cur = parent.get(cur)
    return False


def _categories(text: str, patterns: list[tuple[str, str]]) -> frozenset[str]:
    found: set[str] = set()
    for name, pattern in patterns:
        if re.search(pattern, text):
            found.add(name)
    return frozenset(found)


def _data(text: str) -> frozenset[str]:
    """Data categories named in ``text``. A mention matched by a category and by one of its ancestors
    ("precise location data" is also "location data") counts only as the narrower category."""
    # Strip de-identified mentions first so "aggregated personal information" is not personal.
    deid_re = _DATA_RES[1][1]
    deid = deid_re.search(text)
    if deid:
        text = deid_re.sub(" ", text)
    hits: list[tuple[str, int, int]] = []
    for name, rx in _DATA_RES:
        for m in rx.finditer(text):
            hits.append((name, m.start(), m.end()))
    cats: set[str] = set()
    for name, a, b in hits:
        if not any(o != name and _within(o, name, _DATA_PARENT) and oa < b and a < ob for o, oa, ob in hits):
            cats.add(name)
    if deid:
        cats.add("de-identified data")
    return frozenset(cats)


_NAME = r"(?P<name>(?!(?:The|This|Our|Your|Online|Website|Global|Customer|Privacy|Cookie|Data|Last|Effective)\b)" \
        r"[A-Z][\w&'-]*(?: (?:[A-Z][\w&'-]*|&)){0,3}(?:,? (?:Inc|LLC|LLP|Ltd|Corp|Co|GmbH|plc|Limited)\.?)?)"
_TITLE_NAME = [re.compile(r"^(?:the )?" + _NAME + r"(?:'s|’s)? (?:Online |Global |Website |App |Customer )?Privacy "
                          r"(?:Policy|Notice|Statement)$", 0),
               re.compile(r"^(?:Privacy|Cookie|Data Protection) (?:Policy|Notice|Statement)(?: of| for|:| -| –| —| \|) (?:the )?"
                          + _NAME + r"$"),
               re.compile(r"^" + _NAME + r"(?::| -| –| —| \|) Privacy (?:Policy|Notice|Statement)$"),
               # "Acme Credit Union – Online Privacy Statement", "Acme — Notice of Online Privacy Practices"
               re.compile(r"^" + _NAME + r"(?: -| –| —| \||:) (?:[\w'’-]+ ){0,6}(?:Privacy|Data Protection)\b")]
_INTRO_NAME = [re.compile(r"\b(?:policy|notice|statement|Policy|Notice|Statement) (?:describes|explains|sets out|applies to|"
                          r"governs) how (?:the )?" + _NAME + r"(?: \(| collects?\b| uses?\b| processe?s?\b| handles?\b|"
                          r" and\b|,)"),
               re.compile(r"^(?:the )?" + _NAME + r" (?:\(|respects|values|is committed|cares|takes your privacy)"),
               re.compile(r"^Welcome to (?:the )?" + _NAME + r"\b")]
_NOT_NAMES = {"and", "or", "the", "of", "by", "we", "our", "us", "this", "you", "your", "privacy", "a", "an", "if",
              "please", "last", "effective", "data", "personal", "information", "users", "user", "customers"}


def _self_names(units: list[Sentence]) -> list[str]:
    """The names the policy gives its author, from definitions such as ("Acme", "we", "us")."""
    names: set[str] = set()
    for u in units[:400]:
        t = normalise(u.text).lower()
        if not re.search(r'"(?:we|us|our)\b', t):
            continue
        for q in re.findall(r'"([^"]{1,40})"', t):
            q = q.strip(" ,.;")
            if q and q not in {"we", "us", "our", "you", "your", "user", "users", "customer", "customers", "services",
                               "service", "site", "website", "policy"} and len(q.split()) <= 3:
                names.add(re.sub(r"^the ", "", q))
        for m in re.finditer(r"\b([a-z][\w&-]+),? (?:inc|llc|ltd|limited|corp|corporation|gmbh|plc|co)\b", t):
            names.add(m.group(1))
    # The title ("Acme Privacy Policy") and the opening ("This policy describes how Acme ...", "Acme
    # respects your privacy") name the author. Names are capitalised words, so "our" or "this" never are.
    for u in units[:40]:
        t = normalise(u.text).strip(" .:#")
        if u.kind == "heading" and t.isupper():
            t = t.title()  # "ACME PRIVACY NOTICE" names Acme as "Acme Privacy Notice" does
        for rx in _TITLE_NAME if u.kind == "heading" else _INTRO_NAME:
            m = rx.search(t)
            if m:
                name = re.sub(r",? (?:inc|llc|llp|ltd|corp|co|gmbh|plc|limited)\.?$", "", m.group("name").lower()).strip(" ,.'")
                if name and name.split()[0] not in _NOT_NAMES:
                    names.add(name)
                    first = name.split()[0]
                    if len(first) >= 4 and first not in _NOT_NAMES and " " in name:
                        names.add(first)
                break
    names -= {"and", "or", "the", "of", "by", "we", "our", "us", "this"}
    return sorted(names, key=len, reverse=True)


def _prepare(text: str) -> tuple[str, bool]:
    """Lower-cased matching form of a unit, without parentheticals; whether it used a legal defined term."""
    t = normalise(text).lower()
    defined = bool(_DEFINED_TERM.search(t))
    t = _DNT.sub(" dntsignal ", t)
    t = _PAREN.sub(" ", t)
    t = t.replace('"', "").replace("'s ", "s ")
    t = _DNS_LINK.sub(lambda m: " dnslinkshare " if "share" in m.group() else " dnslinksell ", t)
    return re.sub(r"\s+", " ", t).strip(), defined


class _Extractor:
    def __init__(self, self_names: list[str]) -> None:
        first = _FIRST_PARTY_GENERIC + [re.escape(n) for n in self_names]
        self._first = re.compile(r"\b(?:" + "|".join(first) + r")\b")
        self._other = re.compile(r"\b(?:" + "|".join(_OTHER_ACTORS) + r")\b")
        self._first_site = re.compile(r"\b(?:the |our )?(?:" + "|".join([re.escape(n) for n in self_names] or ["\\b\\B"])
                                      + r")(?: \w+){0,2} (?:site|website|service|services|app|platform)\b")

    def actor_is_first_party(self, prefix: str, passive: bool, after: str) -> bool | None:
        """Who does the verb: True (us), False (someone else), None (cannot tell)."""
        best_first = max((m.end() for m in self._first.finditer(prefix)), default=-1)
        best_first = max(best_first, max((m.end() for m in self._first_site.finditer(prefix)), default=-1))
        best_other = max((m.end() for m in self._other.finditer(prefix)
                          if not m.group().startswith(("a ", "an "))), default=-1)
        if passive:
            if re.match(r"^\W*(?:\w+\W+){0,6}?by (?!us\b|we\b)(?:third|other|our partners|advertis|the |them|these)", after):
                return False
            return not _PASSIVE_AGENT.match(after)
        if best_first < 0 and best_other < 0:
            return None
        return best_first >= best_other

    def statements(self, unit: Sentence) -> list[_Statement]:
        if not _TRIGGER.search(unit.text.lower()):  # lower() and a case-sensitive scan: twice as fast
            return []  # no word any statement needs: skip the costly analysis
        text, defined = _prepare(unit.text)
        out: list[_Statement] = []
        if unit.kind == "heading":
            # Only the "Do Not Sell My Personal Information" link counts in a heading-like line.
            for token, actions in (("dnslinkshare", ("sell", "share")), ("dnslinksell", ("sell",))):
                if token in text and not _NEGATION.search(text.replace(token, "")):
                    for a in actions:
                        out.append(_Statement(unit, a, False, frozenset({"personal information"}), frozenset(),
                                              frozenset({"payment"} if a == "sell" else ()), opt_out=True, clause=text))
                    break
            return out
        if text.endswith("?") or _CHILDREN.search(text):
            return out
        if unit.kind == "list-item":
            # "Face scans: stored on our servers for 12 months" reads "face scans are stored ...".
            text = _LABELLED_ITEM.sub(r"\1 are \2", text, count=1)
        for clause in _CLAUSE_SPLIT.split(text):
            out.extend(self._clause(unit, clause.strip(" ,.:"), defined))
        return out

    def _clause(self, unit: Sentence, clause: str, defined: bool) -> list[_Statement]:
        out: list[_Statement] = []
        if not clause:
            return out
        conditional = bool(_CONDITIONAL.search(clause))
        negated_anywhere = bool(_NEGATION.search(clause))
        if "opt" in clause and (conditional or negated_anywhere):
            # "If you would like to opt out of the sale, ..." is conditional on the user's wish, not the practice.
            wish = _WISH.sub(" ", clause)
            if wish != clause:
                conditional = bool(_CONDITIONAL.search(wish))
                negated_anywhere = bool(_NEGATION.search(wish))
        # Opt-outs and "Do Not Sell" links presuppose the practice, unless merely listing legal rights.
        if not conditional and not negated_anywhere:
            for token, actions in (("dnslinkshare", ("sell", "share")), ("dnslinksell", ("sell",))):
                if token in clause:
                    for a in actions:
                        out.append(_Statement(unit, a, False, frozenset({"personal information"}), frozenset(),
                                              frozenset({"payment"} if a == "sell" else ()), opt_out=True, clause=clause))
                    break
            for m in _OPT_OUT.finditer(clause):
                before, tail = clause[: m.start()], clause[m.end():]
                if _RIGHTS.search(before) and not re.search(r"\b(?:option|ability|choice|opportunity|chance) to opt\b", before):
                    continue  # a statement of legal rights presupposes nothing
                if not (_OPT_OUT_OFFER.search(before.strip() + " opt") or _OPT_OUT_HOW.match(tail)):
                    continue
                if _OPT_OUT_OTHERS.search(tail) or _OPT_OUT_OTHERS.search(before):
                    continue
                what = m.group("what")
                actions = [a for a, w in (("sell", "sale"), ("sell", "selling"), ("sell", "sold"), ("share", "sharing"),
                                          ("share", "shared"), ("disclose", "disclos"), ("advertising", "advertising"),
                                          ("track", "track"), ("collect", "collect"), ("retain", "retention"),
                                          ("retain", "retained"), ("retain", "stored")) if w in what]
                data = _data(m.group("mods") + what + tail) or frozenset({"personal information"})
                for a in dict.fromkeys(actions):
                    purposes = set(_categories(m.group("mods") + " " + what + " " + tail, _PURPOSE_PATTERNS))
                    if a == "sell":
                        purposes.add("payment")
                    if a == "advertising":
                        purposes.add("advertising")
                    out.append(_Statement(unit, a, False, data, _categories(tail, _RECIPIENT_PATTERNS),
                                          frozenset(purposes), opt_out=True, clause=clause))
        for action in ("sell", "rent", "share", "disclose", "transfer", "collect", "track", "retain", "delete", "dnt", "use",
                       "serve"):
            if not any(stem in clause for stem in _VERB_STEMS[action]):
                continue
            for m in _VERB_RE[action].finditer(clause):
                out.extend(self._verb(unit, clause, m, action, conditional, defined))
        return out

    def _verb(self, unit: Sentence, clause: str, m: re.Match[str], action: str, conditional: bool,
              defined: bool) -> list[_Statement]:
        prefix = clause[: m.start()]
        after = clause[m.end():]
        if conditional:
            return []
        if action == "dnt" and "dntsignal" not in after[:60]:
            return []
        if action in ("use", "serve"):
            # "use ... for advertising / to market": the purpose names the practice.
            acts = []
            if re.search(r"\b(?:advertis\w*|ads)\b", after[:120]):
                acts.append("advertising")
            if re.search(r"\b(?:market|marketing)\b", after[:120]) and not re.search(r"\bmarketing (?:emails?|communications?|messages?)\b", after[:120]):
                acts.append("marketing")
            if not acts:
                return []
        elif action == "transfer":
            # A transfer is a disclosure only when it names a recipient; otherwise it is about countries.
            if not _categories(after, _RECIPIENT_PATTERNS) or _GEOGRAPHY.search(clause):
                return []
            acts = ["disclose"]
        else:
            acts = ["dnt" if action == "dnt" else action]
        # Words between the subject and the verb carry its polarity ("we do not rent or sell").
        window = " ".join(prefix.split()[-6:])
        negative = bool(_NEGATION.search(window)) or bool(_AFTER_NEGATION.search(after))
        if action == "dnt" and m.group().startswith("ignore"):
            negative = not negative
        passive = bool(re.search(r"\b(?:is|are|be|been|being|was|were)(?: not| never)?(?: \w+ly)?$", prefix.strip()))
        actor = self.actor_is_first_party(" ".join(prefix.split()[-12:]), passive, after)
        if actor is not True:
            return []
        if negative and _QUALIFIER.search(clause):
            return []
        if action == "delete":
            # "We delete X within 30 days" denies keeping X indefinitely; exceptions and negations void it.
            if negative or not _DELETE_LIMIT.search(after) or _DELETE_EXCEPT.search(clause):
                return []
            data = _data(prefix if passive else after)
            return [_Statement(unit, "retain", True, data, frozenset(), frozenset({"indefinitely"}), clause=clause)]
        indefinite = action == "retain" and not negative and bool(_INDEFINITE.search(after))
        if action == "retain" and not indefinite and (
                _RETAIN_QUALIFIER.search(clause) or re.match(r"\W*(?:you|us|in touch|track|up)\b", after)
                or (m.group().startswith("k") and _KEPT_SAFE.search(after[:80]))):
            return []  # "not longer than necessary", "keep you informed": not a denial of storage
        if not negative and _PARTIAL.search(clause):
            return []  # "the last four digits of your card" is not the card number
        # The object follows an active verb and precedes a passive one.
        obj = prefix if passive else after
        data = _data(obj if action not in ("use", "serve") else clause)
        if not data and not passive and re.match(r"\W*(?:it|them|these|those|such|this|that)\b", after):
            data = _data(prefix)  # "we record the IP address ... and keep these logs": named earlier in the clause
        recipients = _categories(after, _RECIPIENT_PATTERNS)
        purposes = set(_categories(after, _PURPOSE_PATTERNS))
        out = []
        for a in acts:
            p = set(purposes)
            if a in ("sell", "rent"):
                p.add("payment")  # a sale or rental is for consideration by definition
            if a == "advertising":
                p.add("advertising")
            if a == "marketing":
                p.add("marketing")
            if indefinite:
                p.add("indefinitely")
            out.append(_Statement(unit, a, negative, data, recipients, frozenset(p), defined_term=defined and negative,
                                  clause=clause))
        return out


_TRANSFER_ACTIONS = {"sell", "rent", "share", "disclose"}  # only these have recipients
_DATA_FREE_ACTIONS = {"dnt", "track", "advertising", "marketing"}


def _conflicts(d: _Statement, a: _Statement) -> bool:
    """Does affirmation ``a`` fall within what denial ``d`` denies?"""
    if not _within(a.action, d.action, _ACTION_PARENT):
        # Disclosing to a third party is sharing with it, in plain language (not the statutory term).
        if not (d.action == "share" and a.action == "disclose" and not d.defined_term
                and a.recipients & {"third parties", "advertisers"}):
            return False
    # A denial naming specific data ("health information") says nothing about other data: the
    # affirmation must name data within it, even for practices compared without data.
    specific = bool(d.data - _BROAD_DATA)
    if d.action not in _DATA_FREE_ACTIONS or (d.data and a.data) or specific:
        if not d.data or not a.data:
            return False
        if not any(_within(x, y, _DATA_PARENT) for x in a.data for y in d.data):
            return False
    if d.recipients and d.action in _TRANSFER_ACTIONS:
        rec_a = set(a.recipients)
        if not rec_a and a.action in ("sell", "rent"):
            rec_a = {"third parties"}  # a sale or rental is to someone else by definition
        if not any(_within(x, y, _RECIPIENT_PARENT) for x in rec_a for y in d.recipients):
            return False
    extra = set(d.purposes) - {"payment"} if d.action in ("sell", "rent") else set(d.purposes)
    if d.action in ("advertising", "marketing"):
        extra -= {d.action}
    if extra and not (extra & a.purposes):
        return False
    if d.defined_term and d.action == "share":
        # A statutory "share" means disclosure for cross-context advertising: only compare like with like.
        if not (a.opt_out or "advertisers" in a.recipients or "advertising" in a.purposes):
            return False
    return True


_ACTION_WORDING = {
    "sell": "selling", "rent": "renting", "share": "sharing", "disclose": "disclosing", "collect": "collecting",
    "advertising": "using data for advertising", "marketing": "using data for marketing", "track": "tracking",
    "dnt": "responding to Do Not Track signals", "retain": "retaining",
}


def _loc(source: SourceText, unit: Sentence) -> Location:
    return Location(unit.span, source.excerpt(unit.span))


def _key(kind: str, locations: Iterable[Location], extra: str = "") -> str:
    lines = ":".join(str(loc.span.line) for loc in locations)
    return f"{kind}:{lines}" + (f":{extra}" if extra else "")


def _finding(kind: str, message: str, locations: Iterable[Location], extra: str = "") -> DetectedFinding:
    locs = tuple(sorted(set(locations), key=lambda loc: (loc.span.start, loc.span.end)))
    return DetectedFinding(kind, message, locs, _key(kind, locs, extra))


def _contradictions(source: SourceText, units: list[Sentence]) -> list[DetectedFinding]:
    extractor = _Extractor(_self_names(units))
    statements: list[_Statement] = []
    for u in units:
        statements.extend(extractor.statements(u))
    denials = [s for s in statements if s.negative]
    affirmations = [s for s in statements if not s.negative]
    # Group affirmations by the set of denials they contradict, so each report carries every location.
    groups: dict[tuple[int, ...], list[_Statement]] = defaultdict(list)
    denial_of: dict[int, _Statement] = {}
    for a in affirmations:
        hits = tuple(sorted({id(d.unit) for d in denials if d.unit is not a.unit and _conflicts(d, a)}))
        if hits:
            for d in denials:
                if id(d.unit) in hits and d.unit is not a.unit and _conflicts(d, a):
                    denial_of.setdefault(id(d.unit), d)
            groups[hits].append(a)
    findings = []
    for hits, affs in groups.items():
        dens = [denial_of[h] for h in hits]
        d0 = min(dens, key=lambda s: s.unit.span.start)
        a_units = {id(a.unit): a for a in affs}
        a0 = min(affs, key=lambda s: s.unit.span.start)
        practice = _ACTION_WORDING[d0.action]
        data = ", ".join(sorted(d0.data)) if d0.data else ""
        denied_lines = ", ".join(str(s.unit.span.line) for s in sorted(dens, key=lambda s: s.unit.span.start))
        aff_lines = ", ".join(str(s.unit.span.line) for s in sorted(a_units.values(), key=lambda s: s.unit.span.start))
        how = "offered as an opt-out" if all(s.opt_out for s in a_units.values()) else "affirmed"
        term = " (as a legally defined term)" if d0.defined_term else ""
        if d0.action == "retain" and "indefinitely" in d0.purposes:
            data, term = (data + " " if data else "") + "indefinitely", " (by a deletion deadline)"
        lw = lambda lines: ("lines " if "," in lines else "line ") + lines  # noqa: E731
        msg = (f"{practice}{' ' + data if data else ''} is denied{term} on {lw(denied_lines)} but {how} "
               f"on {lw(aff_lines)} ({_ACTION_WORDING[a0.action]}"
               f"{' ' + ', '.join(sorted(a0.data)) if a0.data else ''}"
               f"{' with ' + ', '.join(sorted(a0.recipients)) if a0.recipients else ''})")
        locs = [_loc(source, s.unit) for s in dens] + [_loc(source, s.unit) for s in a_units.values()]
        findings.append(_finding("contradiction", msg, locs))
    return findings


# --------------------------------------------------------------------------------------------
# Contacts

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_OBFUSCATED = re.compile(r"\[email(?:\s|\u00a0)*protected\]", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w.-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?![\w-])"
                    r"|(?<![\w.-])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}\d(?![\w-])")
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
_REGION = re.compile(r"\b(?:eu|european|eea|uk|united kingdom|britain|california|canada|canadian|australia|"
                     r"singapore|brazil|japan|india|switzerland|swiss|germany|france|toll[- ]free|international|"
                     r"fax|outside the (?:us|united states))\b")


_ROLE_RES = [(role, re.compile(pattern)) for role, pattern in _ROLE_WORDS]


def _local_role(local: str) -> str | None:
    """The role an address's local part names: "privacy", "privacy.team", "dataprivacy" are all privacy."""
    flat = re.sub(r"[^a-z]", "", local)
    if flat in _LOCAL_ROLES:
        return _LOCAL_ROLES[flat]
    found = {role for word, role in _LOCAL_ROLES.items() if len(word) >= 5 and word in flat}
    return found.pop() if len(found) == 1 else None


def _context_role(text: str) -> set[str]:
    roles = {role for role, rx in _ROLE_RES if rx.search(text)}
    if "dpo" in roles:
        roles.discard("privacy")  # a DPO is a privacy contact; the narrower role decides
    return roles


def _contacts(source: SourceText, units: list[Sentence]) -> list[DetectedFinding]:
    findings: list[DetectedFinding] = []
    emails: dict[tuple[str, str], dict[str, list[Sentence]]] = defaultdict(lambda: defaultdict(list))
    phones: dict[tuple[str, str], dict[str, list[Sentence]]] = defaultdict(lambda: defaultdict(list))
    obfuscated: list[Location] = []
    heading = ""
    for u in units:
        if u.kind == "heading":
            heading = u.text.lower()
        for m in _OBFUSCATED.finditer(u.text):
            s = u.span.start + m.start()
            span = source.span(s, s + len(m.group()))
            obfuscated.append(Location(span, m.group()))
        if "@" not in u.text and _PHONE.search(u.text) is None:
            continue  # neither an address nor a number: the roles below would go unused
        low = normalise(u.text).lower()
        ctx = _context_role(low) or _context_role(heading)
        regions = tuple(sorted(set(_REGION.findall(low))))
        region = "/".join(regions)
        for m in _EMAIL.finditer(u.text):
            addr = m.group().lower().rstrip(".")
            local, _domain = addr.split("@", 1)
            # The local part decides when it is exactly a role; then the sentence; then a role word inside it.
            role = _LOCAL_ROLES.get(re.sub(r"[^a-z]", "", local))
            if role == "privacy" and ctx == {"dpo"}:
                role = "dpo"  # privacy@ given as the DPO's address: the narrower role decides
            if role is None and re.sub(r"[^a-z]", "", local) in _OTHER_FUNCTIONS:
                continue  # press@ under a "Help and support" heading is the press office, not support
            if role is None and len(ctx) == 1:
                role = next(iter(ctx))
            if role is None:
                role = _local_role(local)
            if role is None:
                continue  # several roles in one sentence: cannot tell which this address serves
            emails[(role, region)][addr].append(u)
        if len(ctx) == 1 and re.search(r"\b(?:call|calls|calling|phone|telephone|tel|toll[- ]free|dial|hotline|"
                                       r"phone line|reach (?:us|them|our \w+(?: \w+)?) (?:at|on|by))\b", low):
            numbers = {re.sub(r"\D", "", p.group())[-10:] for p in _PHONE.finditer(u.text)}
            numbers = {n for n in numbers if len(n) >= 10}
            if len(numbers) == 1:  # several numbers in one sentence are alternatives, not a contradiction
                phones[(next(iter(ctx)), region)][numbers.pop()].append(u)

    def label(addr: str) -> str:
        labels = addr.split("@", 1)[1].split(".")
        return labels[-2] if len(labels) >= 2 else labels[0]

    def org(addr: str) -> str:
        return re.sub(r"[^a-z0-9]", "", label(addr))

    def same_org(a: str, b: str) -> bool:
        # "acme" and "acmehealth" are one organisation's domains when both addresses name the role.
        x, y = org(a), org(b)
        if x == y:
            return True
        la, lb = _local_role(a.split("@")[0]), _local_role(b.split("@")[0])
        # "acme-gmbh" and "acme-group": one organisation's domains when their first word (5+ letters) agrees.
        wx, wy = label(a).split("-")[0], label(b).split("-")[0]
        if wx == wy and len(wx) >= 5 and "-" in label(a) + label(b):
            return True
        return la is not None and la == lb and min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))

    for (role, region), by_addr in sorted(emails.items()):
        # Only addresses of one organisation can disagree; a regulator's address is another role.
        by_org: dict[str, list[str]] = defaultdict(list)
        for addr in sorted(by_addr):
            home = next((k for k, v in by_org.items() if any(same_org(addr, x) for x in v)), org(addr))
            by_org[home].append(addr)
        for _o, addrs in sorted(by_org.items()):
            if len(addrs) < 2:
                continue
            addrs.sort()
            locs = [Location(u.span, source.excerpt(u.span)) for a in addrs for u in by_addr[a]]
            where = f" ({region})" if region else ""
            listed = ", ".join(f"{a} ({len(by_addr[a])}x)" for a in addrs)
            msg = f"the {role} contact{where} is given as different e-mail addresses: {listed}"
            findings.append(_finding("inconsistent-contact", msg, locs, f"{role}-email"))
    for (role, region), by_num in sorted(phones.items()):
        if len(by_num) < 2:
            continue
        nums = sorted(by_num)
        locs = [Location(u.span, source.excerpt(u.span)) for n in nums for u in by_num[n]]
        where = f" ({region})" if region else ""
        msg = f"the {role} contact{where} is given as different phone numbers: {', '.join(nums)}"
        findings.append(_finding("inconsistent-contact", msg, locs, f"{role}-phone"))
    if obfuscated:
        n = len(obfuscated)
        msg = (f"an e-mail address is missing: the text shows \"[email protected]\" (an address hidden by "
               f"obfuscation when the page was captured) in {n} place{'s' * (n != 1)}")
        findings.append(_finding("empty-disclosure", msg, obfuscated, "obfuscated-email"))
    return findings


# --------------------------------------------------------------------------------------------
# Dates

_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                               "nov", "dec"])}
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_FORMS = [
    re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b"),
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>\d{4})\b"),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})\b"),
    re.compile(_MONTH + r",?\s+(?P<y>\d{4})\b"),
]
_DATE_CUE = re.compile(r"\b(?:(?:last )?(?P<upd>updated|modified|revised|amended|changed)|"
                       r"(?P<eff>effective)(?: date)?|(?P<eff2>in effect) (?:as of|from|since)|"
                       r"(?P<eff3>(?:takes|took|take|comes|came|come) (?:into )?effect)(?: on| from| as of)?)\b")
_DATE_SKIP = re.compile(r"\b(?:previous|prior|earlier|archived?|former|until|superseded|old)\b")

Reading = tuple[int, int, int | None]


def _parse_date(text: str) -> tuple[frozenset[Reading], int, int] | None:
    """Possible (year, month, day) readings of the first date in ``text``, with its offsets."""
    best: tuple[frozenset[Reading], int, int] | None = None
    for form in _DATE_FORMS:
        m = form.search(text)
        if not m or (best is not None and m.start() >= best[1]):
            continue
        g = m.groupdict()
        y = int(g["y"])
        if y < 100:
            y += 2000
        readings: set[Reading] = set()
        if g.get("mon"):
            readings.add((y, _MONTHS[g["mon"][:3]], int(g["d"]) if g.get("d") else None))
        elif g.get("m"):
            readings.add((y, int(g["m"]), int(g["d"])))
        else:
            a, b = int(g["a"]), int(g["b"])
            if a <= 12:
                readings.add((y, a, b))  # month first (US)
            if b <= 12:
                readings.add((y, b, a))  # day first
        readings = {r for r in readings if 1 <= r[1] <= 12 and (r[2] is None or 1 <= r[2] <= 31)}
        if readings:
            best = (frozenset(readings), m.start(), m.end())
    return best


def _same_date(a: frozenset[Reading], b: frozenset[Reading]) -> bool:
    for x in a:
        for y in b:
            if x[:2] == y[:2] and (x[2] is None or y[2] is None or x[2] == y[2]):
                return True
    return False


def _dates(source: SourceText, units: list[Sentence]) -> list[DetectedFinding]:
    found: dict[str, list[tuple[frozenset[Reading], Location, str]]] = defaultdict(list)
    for u in units:
        low = u.text.lower()
        for m in _DATE_CUE.finditer(low):
            tail = low[m.end(): m.end() + 40]
            parsed = _parse_date(tail)
            if parsed is None:
                continue
            readings, a, b = parsed
            # The date must follow its cue closely ("Last updated: 1 May 2024"), not a later clause.
            if re.search(r"[.;]\s", tail[:a]) or len(tail[:a].split()) > 3:
                continue
            if _DATE_SKIP.search(low[: m.end() + b]):
                break  # a previous version's date ("Prior version effective ..."); what follows it is not dated

            kind = "updated" if m.group("upd") else "effective"
            start = u.span.start + m.start()
            end = u.span.start + m.end() + b
            span = source.span(start, end)
            found[kind].append((readings, Location(span, source.excerpt(span)), u.text[m.end() + a: m.end() + b]))
            break
    findings = []
    for kind, items in sorted(found.items()):
        groups: list[list[tuple[frozenset[Reading], Location, str]]] = []
        for item in items:
            for g in groups:
                if _same_date(g[0][0], item[0]):
                    g.append(item)
                    break
            else:
                groups.append([item])
        if len(groups) < 2:
            continue
        values = [g[0][2] for g in groups]
        label = "last updated" if kind == "updated" else "effective"
        msg = f"the text gives different {label} dates: {', '.join(repr(v) for v in values)}"
        findings.append(_finding("inconsistent-date", msg, [loc for g in groups for _, loc, _ in g], kind))
    return findings


# --------------------------------------------------------------------------------------------
# Empty sections and empty disclosures

_ANNOUNCE = re.compile(r"\b(?:as follows|(?:in )?the (?:following )?(?:table|chart|list) below|below is a (?:table|list)|"
                       r"the following (?:table|list|chart))\b")
_TOC = re.compile(r"^(?:table of )?contents$|^in this (?:policy|notice|statement)$|^quick links$", re.IGNORECASE)
_MD_HEADING = re.compile(r"^(#{1,6})\s")


def _line_end(text: str, offset: int) -> int:
    nl = text.find("\n", offset)
    return len(text) if nl < 0 else nl


_NUMBERED = re.compile(r"^(?:section |article |part )?(\d+(?:\.\d+)*)\.?\)?\s+\S", re.IGNORECASE)
# Sections that a policy never divides into subsections of another of these topics.
_TERMINAL_TOPICS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(rx)) for name, rx in [
    ("retention", r"^(?:(?:our |personal )?(?:data|information) )?retention(?: of (?:your )?(?:personal )?(?:data|information))?$|"
                  r"^how long (?:we|do we) (?:keep|retain|store)"),
    ("security", r"^(?:(?:data|information) )?security(?: of (?:your )?(?:personal )?(?:data|information))?$|"
                 r"^how (?:we|do we) (?:protect|secure|safeguard)"),
    ("children", r"^(?:our policy (?:on|regarding) )?childrens? (?:privacy|data|information)$|^children$|^minors$"),
    ("changes", r"^(?:changes|updates|amendments) to (?:this|our|the) (?:privacy )?(?:policy|notice|statement)$"),
    ("contact", r"^(?:how to )?contact(?:ing)? us$|^contact (?:information|details)$|^questions$"),
    ("transfers", r"^international (?:data )?transfers?(?: of (?:personal )?(?:data|information))?$"),
]]


# Topics a policy's top level has, which are never subsections of a section on one of the topics above.
_TOP_TOPIC = re.compile(r"^(?:your (?:\w+ )?(?:rights|choices)|(?:the )?(?:personal )?(?:information|data) we (?:collect|hold)|"
                        r"what (?:personal )?(?:information|data) (?:we|do we) collect|how (?:we|do we) (?:use|share|collect|"
                        r"disclose)|who we share|(?:sharing|disclosure|use) of (?:your )?(?:personal )?(?:information|data)|"
                        r"cookies(?: and (?:similar|other) (?:tracking )?technologies)?$)")


def _topic(text: str) -> str | None:
    key = _heading_key(re.sub(r"^\W*(?:section |article |part )?\d+(?:\.\d+)*\.?\)?\s*", "", normalise(text)))
    return next((name for name, rx in _TERMINAL_TOPICS if rx.search(key)), None)


def _plain_siblings(first: str, second: str) -> str | None:
    """Why two consecutive unmarked headings are siblings (not parent and child), or None."""
    a, b = _NUMBERED.match(normalise(first).strip()), _NUMBERED.match(normalise(second).strip())
    if a and b:
        x, y = a.group(1).split("."), b.group(1).split(".")
        if len(x) == len(y) and x[:-1] == y[:-1] and int(y[-1]) == int(x[-1]) + 1:
            return "the next numbered heading"
        return None
    if a or b:
        return None
    if first.rstrip().endswith("?") and second.rstrip().endswith("?"):
        return "the next question"
    t1, t2 = _topic(first), _topic(second)
    if t1 and t2 and t1 != t2:
        return "the heading of another top-level topic"
    if t1 and _TOP_TOPIC.search(_heading_key(re.sub(r"^\W*\d+(?:\.\d+)*\.?\)?\s*", "", normalise(second)))):
        return "the heading of another top-level topic"
    return None


def _sibling_or_higher(current: str, following: str) -> bool:
    """Whether heading ``following`` closes the section of heading ``current`` (same or higher level)."""
    a, b = _MD_HEADING.match(current), _MD_HEADING.match(following)
    if a and b:
        return len(b.group(1)) <= len(a.group(1))
    x, y = _NUMBERED.match(normalise(current).strip()), _NUMBERED.match(normalise(following).strip())
    if x and y:
        return len(y.group(1).split(".")) <= len(x.group(1).split(".")) and not y.group(1).startswith(x.group(1) + ".")
    return False


def _heading_key(text: str) -> str:
    return re.sub(r"[^\w ]", "", normalise(text).lower()).strip()


def _empties(source: SourceText, units: list[Sentence]) -> list[DetectedFinding]:
    findings: list[DetectedFinding] = []
    text = source.text
    # Table-of-contents entries, in order, from a list/heading run after a "Contents" heading.
    toc: dict[str, int] = {}
    for i, u in enumerate(units):
        if u.kind == "heading" and _TOC.match(normalise(u.text)):
            j = i + 1
            while j < len(units) and units[j].kind in ("list-item", "heading"):
                toc.setdefault(_heading_key(units[j].text), len(toc))
                j += 1
            toc_end = units[j - 1].span.end if j > i + 1 else u.span.end
            break
    else:
        toc_end = -1
    section: Sentence | None = None  # the heading of the section being read
    for i, u in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        prev = units[i - 1] if i > 0 else None
        if u.kind == "heading":
            md = _MD_HEADING.match(u.text)
            before, section = section, u
            if nxt is None:
                # Scraped pages end in badges and footers, so only a marked-up heading, or the next of a
                # run of numbered headings, counts here.
                numbered_next = (before is not None and not md
                                 and _plain_siblings(before.text, u.text) == "the next numbered heading")
                if (md or numbered_next) and prev is not None and prev.kind != "heading":
                    findings.append(_finding("empty-section", f"the heading {u.text.strip()!r} ends the text with nothing under it",
                                             [_loc(source, u)]))
                continue
            if nxt.kind != "heading":
                continue
            md_next = _MD_HEADING.match(nxt.text)
            if md and md_next and len(md.group(1)) >= len(md_next.group(1)):
                findings.append(_finding("empty-section", f"the section {u.text.strip()!r} is empty: it is followed "
                                         f"directly by the heading {nxt.text.strip()!r}", [_loc(source, u), _loc(source, nxt)]))
                continue
            k1, k2 = _heading_key(u.text), _heading_key(nxt.text)
            after = units[i + 2] if i + 2 < len(units) else None
            why = _plain_siblings(u.text, nxt.text)
            if (why and not md and not md_next and u.span.start > toc_end and prev is not None and prev.kind != "heading"
                    and after is not None and after.kind != "heading"):
                findings.append(_finding("empty-section", f"the section {u.text.strip()!r} is empty: it is followed "
                                         f"directly by {why} {nxt.text.strip()!r}", [_loc(source, u), _loc(source, nxt)]))
                continue
            if (u.span.start > toc_end >= 0 and k1 in toc and k2 in toc and toc[k2] > toc[k1]
                    and prev is not None and prev.kind != "heading" and (after is None or after.kind != "heading")):
                findings.append(_finding("empty-section", f"the section {u.text.strip()!r} is empty: it is followed "
                                         f"directly by the next section {nxt.text.strip()!r} of the table of contents",
                                         [_loc(source, u), _loc(source, nxt)]))
            continue
        low = normalise(u.text).lower()
        announces = low.endswith(":") or bool(_ANNOUNCE.search(low))
        if not announces or "|" in u.text:
            continue
        if text[u.span.end:_line_end(text, u.span.end)].strip():
            continue  # the list continues on the same line
        # A bare "...:" before a heading often introduces subsections, so it only counts at the end
        # of the text; an announced table or list cannot be a heading.
        explicit = bool(_ANNOUNCE.search(low))
        if (not explicit and nxt is not None and nxt.kind == "heading" and section is not None
                and re.search(r"\bthe following\b", low) and _sibling_or_higher(section.text, nxt.text)):
            explicit = True  # "...the following providers:" and then the next section: not its subsections
        if nxt is None or (explicit and nxt.kind == "heading"):
            what = "nothing" if nxt is None else f"the heading {nxt.text.strip()!r}"
            locs = [_loc(source, u)] + ([_loc(source, nxt)] if nxt is not None else [])
            findings.append(_finding("empty-disclosure", f"a list or table is announced but is followed by {what}", locs))
    findings.extend(_empty_table_columns(source))
    return findings


def _empty_table_columns(source: SourceText) -> list[DetectedFinding]:
    """Flattened tables ("a | b |" lines) where a named column has no value in any row."""
    findings: list[DetectedFinding] = []
    lines = list(re.finditer(r"[^\r\n]*", source.text))
    rows: list[re.Match[str]] = []

    def flush() -> None:
        if len(rows) < 3:
            return
        cells = [[c.strip() for c in r.group().strip().strip("|").split("|")] for r in rows]
        header_idx = next((k for k, c in enumerate(cells) if sum(1 for x in c if x) >= 2), None)
        if header_idx is None:
            return
        header = cells[header_idx]
        data = [c for c in cells[header_idx + 1:] if not all(re.fullmatch(r":?-*:?", x) for x in c)]
        if sum(1 for c in data if any(c)) < 2:
            return
        for col, name in enumerate(header):
            if name and all(col >= len(c) or not c[col] for c in data):
                hdr = rows[header_idx]
                span = source.span(hdr.start(), hdr.end())
                locs = [Location(span, source.excerpt(span))]
                intro = announcer.get(rows[0].start())
                if intro is not None:
                    locs.insert(0, intro)
                findings.append(_finding("empty-disclosure", f"the table column {name!r} is empty in every row",
                                         locs, f"column{col}"))

    # The non-empty line just before a table, if it announces it ("...:"), is part of the finding.
    announcer: dict[int, Location] = {}
    previous: re.Match[str] | None = None
    for m in lines:
        if "|" in m.group():
            if not rows and previous is not None and previous.group().rstrip().endswith(":"):
                a, b = previous.start(), previous.start() + len(previous.group().rstrip())
                sp = source.span(a, b)
                announcer[m.start()] = Location(sp, source.excerpt(sp))
            rows.append(m)
        elif m.group().strip():
            flush()
            rows = []
            previous = m
    flush()
    return findings


def detect(source: SourceText, units: list[Sentence] | None = None) -> list[DetectedFinding]:
    """All findings in ``source``, sorted by first location (then kind and key)."""
    if units is None:
        units = sentences(source)
    findings = (_contradictions(source, units) + _contacts(source, units) + _dates(source, units)
                + _empties(source, units))
    unique = {f.key + "|" + f.message: f for f in findings}
    return sorted(unique.values(), key=lambda f: (f.locations[0].span.start if f.locations else 0, f.kind, f.key))
