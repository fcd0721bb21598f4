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

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from policylabel import textpattern as tp
from policylabel.evidence import SourceText, Span, normalise
from policylabel.segment import Sentence, sentences

Pattern = tp.Pattern
Match = tp.Match

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


# Budgets: a safety net under the linear-time analysis, so no text can make one document's analysis
# unbounded (spec/consistency.md, Budgets). Meeting one is a notice, never a silent cut.
SENTENCE_CHARS = 5_000  # characters of one sentence, list item or table row that statements are read from
PAIR_LIMIT = 50_000  # denial-affirmation comparisons per document (the largest curated text needs 20)
VALUE_LIMIT = 500  # distinct addresses, phone numbers or dates compared per contact role or date kind
NOTICES: dict[str, str] = {
    "long-sentence": f"a unit longer than {SENTENCE_CHARS:,} characters is read for statements up to that length "
                     "(a warning)",
    "analysis-limit": f"more than {PAIR_LIMIT:,} denial-affirmation comparisons, or more than {VALUE_LIMIT} "
                      "distinct contacts or dates of one kind: the analysis stops there (an error)",
}


@dataclass
class Analysis:
    """What the detector found in one text, and the budgets the text met (``NOTICES`` kinds)."""

    findings: list[DetectedFinding] = field(default_factory=list)
    notices: list[DetectedFinding] = field(default_factory=list)

    def limit(self, kind: str, message: str, location: Location) -> None:
        self.notices.append(DetectedFinding(kind, message, (location,), _key(kind, [location])))


# --------------------------------------------------------------------------------------------
# Ontologies. Each category has one parent; "a within b" means a equals b or descends from it.

_DATA_PATTERNS: list[tuple[str, str]] = [
    ("any data", r"\b(?:any|all) (?:of (?:the|your) )?(?:data|information)\b|\banything\b"),
    ("de-identified data", r"\b(?:de-?identified|anonymi[sz]ed|anonymous|aggregated?|pseudonymi[sz]ed|"
                           r"non-personal(?:ly identifiable)?)(?: \w+)? (?:data|information)\b"),
    ("sensitive personal information", r"\bsensitive (?:personal )?(?:data|information)\b"),
    ("health data", r"\b(?:health|medical)(?: \w+)? (?:data|information|records?|history|conditions?)\b|"
                    r"\bprescriptions?(?: drug)? (?:data|information|history|records?)\b|\bdiagnos[ie]s\b"),
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
_DATA_RES = [(name, tp.compile(pattern)) for name, pattern in _DATA_PATTERNS]
# Prescriptions are health data, but "non-prescription" ones are not (a look-behind before RE2).
_NOT_HEALTH_PREFIX = "non-"
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
    "disclose": r"disclose|discloses|disclosing|disclosed|pass(?:es|ed|ing)?|hand(?:s|ed|ing)? over|make|makes|made",
    "transfer": r"transfer|transfers|transferred|transferring|provide|provides|provided|providing|give|gives|"
                r"gave|giving|supply|supplies|supplied|supplying|furnish|furnishes|furnished",
    "collect": r"collect|collects|collecting|collected|gather|gathers|gathering|gathered|capture|captures|captured|"
               r"capturing",
    "track": r"track|tracks|tracked|follow|follows|followed|following|monitor|monitors|monitored|monitoring",
    "retain": r"retain|retains|retained|retaining|store|stores|stored|storing|keep|keeps|kept|keeping|save|saves|saved",
    "delete": r"delete|deletes|deleted|deleting|erase|erases|erased|erasing|destroy|destroys|destroyed|purge|purges|purged",
    "dnt": r"respond to|responds to|respond|honou?rs?|recogni[sz]es?|processe?s?|complies with|comply with|"
           r"supports?|obeys?|ignores?|ignore",
    "use": r"use|uses|using|used|process|processes",
    "serve": r"serve|serves|show|shows|display|displays|deliver|delivers|send|sends|advertise|market",
}
_VERB_RE = {k: tp.compile(rf"\b(?:{v})\b") for k, v in _ACTION_WORDS.items()}
# Verbs that name the action only in a given context, checked on the words right after the verb: (verb
# words, context the text right after them must start with).
_VERB_CONTEXT: dict[str, list[tuple[Pattern, Pattern]]] = {
    "disclose": [(tp.compile(r"pass(?:es|ed|ing)?"), tp.compile(r"(?: on\b| (?:[\w-]+ ){1,4}on to\b)")),
                 (tp.compile(r"make|makes|made"), tp.compile(r" (?:[\w-]+ ){0,4}available to\b"))],
    "track": [(tp.compile(r"follow|follows|followed|following|monitor|monitors|monitored|monitoring"),
               tp.compile(r" (?:your|their|users'?|visitors'?|the user's|people's|individuals'?) (?:[\w-]+ )?"
                          r"(?:browsing|activity|activities|behaviou?r|movements?)\b"))],
}
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

_NEGATION = tp.compile(r"\b(?:not|never|no|neither|nor|cannot|no longer|none)\b|n't\b|\bat no time\b")
_AFTER_NEGATION = tp.compile(r"^\W*(?:\w+\W+){0,2}?(?:with|to)? ?(?:no one|nobody|no third|none|nothing|no personal)\b")
# Denials carrying any of these are qualified: they deny less than they seem to, so are not compared.
_QUALIFIER = tp.compile(
    r"\b(?:except|excluding|other than|apart from|aside from|besides|unless|save as|without (?:your |the |prior |"
    r"\w+ )*(?:consent|permission|authori[sz]ation|approval|agreement|notice)|as (?:described|set (?:forth|out)|outlined|"
    r"explained|otherwise|permitted|required|disclosed|provided|specified)|only|knowingly|"
    r"intentionally|when|whenever|where|once|while|after|until|in the (?:preceding|past|last|prior) \w+ months?)\b")
# Hypothetical statements affirm nothing and deny nothing.
_CONDITIONAL = tp.compile(r"\b(?:if|unless|in the event|in case|should we|provided that|before|to the extent|whether|"
                          r"in connection with (?:a|any) (?:merger|sale|acquisition))\b")
_CHILDREN = tp.compile(r"\b(?:children|child|minors?|under (?:the age of )?(?:13|16|18)|kids?)\b")
_DEFINED_TERM = tp.compile(r"\((?:[^()]*?)\b(?:as (?:that|those|the|such) \w+ (?:is|are) defined|as defined|"
                           r"within the meaning)[^()]*\)")
_RIGHTS = tp.compile(r"\bright(?:s)? (?:to|of)\b|\brequest\b")

_FIRST_PARTY_GENERIC = [r"we", r"our company", r"the company", r"our (?:web)?sites?", r"our services?", r"our apps?",
                        r"our platform", r"our products?", r"our systems?", r"(?:the|this|our) (?:mobile )?(?:app|application)",
                        r"this (?:web)?site", r"(?:the|this) services?", r"our software"]
# "the service(s)" is not us when a provider follows: "the service providers", "the services' providers".
_SERVICE_WORDS = {"the service", "the services", "this service", "this services"}
_PROVIDER_NEXT = tp.compile(r"(?: providers?| \w+ providers?)")
_OTHER_ACTORS = [r"they", r"them", r"you", r"your (?:browser|device|employer|organi[sz]ation)", r"browsers?",
                 r"third[- ]part(?:y|ies)(?: \w+)?", r"(?:our |these |such |the )?(?:advertising |marketing |business )?partners",
                 r"advertisers", r"(?:our |these |such |the )?(?:service )?providers", r"vendors", r"processors",
                 r"affiliates", r"customers?", r"users?", r"clients?", r"who", r"which", r"that", r"he", r"she", r"it",
                 r"others", r"companies", r"(?:other |third-party )?(?:web)?sites", r"networks", r"platforms",
                 r"organi[sz]ations?", r"employers?", r"parents?", r"the acquiring \w+", r"an? \w+"]

_PASSIVE_AGENT = tp.compile(r"^\W*(?:[\w-]+\W+){0,8}?by (?:our |a |an |any |such |those |its |their |your )?(?:[\w-]+ ){0,2}"
                            r"(?:processors?|providers?|vendors?|partners?|compan(?:y|ies)|advertisers?|affiliates?|"
                            r"networks?|platforms?|banks?|issuers?|gateways?|merchants?|brokers?|you|users?)\b")
_GEOGRAPHY = tp.compile(r"\b(?:countr(?:y|ies)|outside|abroad|overseas|international(?:ly)?|cross-border|jurisdictions?|"
                        r"united states|u\.?s\.?a?|eea|european|eu|uk|region|servers?|data cent(?:er|re)s?)\b")
# A retention denial limited in time or place denies less than it seems to.
_RETAIN_QUALIFIER = tp.compile(r"\b(?:longer|beyond|indefinitely|permanently|forever|than|periods?|temporar(?:y|ily)|"
                               r"transient(?:ly)?|locally|on (?:your|the user's|the) (?:device|phone|computer|browser)|"
                               r"in (?:plain|clear) ?text|unencrypted|in memory|cache)\b")
_INDEFINITE = tp.compile(r"\b(?:indefinitely|permanently|forever|for an (?:indefinite|unlimited) (?:period|time))\b")
# A time limit on deletion ("we delete X within 30 days") denies indefinite retention of X...
_DELETE_LIMIT = tp.compile(r"\b(?:within|after|no later than|at the (?:latest|end of)) (?:\w+ ){0,2}(?:\d+|one|two|three|four|"
                           r"five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety)\b(?: \w+)? (?:hours?|days?|weeks?|months?|"
                           r"years?)\b")
# ... unless something is exempted from it.
_DELETE_EXCEPT = tp.compile(r"\b(?:except|excluding|unless|other than|apart from|backups?|archives?|as required|where required|"
                            r"legal(?:ly)? (?:obligat|requir)\w*|required by law|anonymi[sz]|de-?identif|aggregat)")
_KEPT_SAFE = tp.compile(r"\b(?:secure|securely|safe|confidential|private|accurate|up to date|current|informed|protected)\b")
_PARTIAL = tp.compile(r"\blast (?:four|4|two|2) digits\b|\btruncated\b|\bpartial\b|\bmasked\b|\btokeni[sz]ed\b|\btokens?\b")

# Every statement needs one of these word stems: a verb's (but "use", "serve" and the Do Not Track verbs,
# which count only beside advertising, marketing or "Do Not Track"), opt-out, advertising or marketing, DNT.
_TRIGGER = tp.compile(r"\b(?:" + "|".join(sorted(
    {stem for action, stems in _VERB_STEMS.items() if action not in ("use", "serve", "dnt") for stem in stems}
    | {"opt", "advertis", "ads\\b", "market", "promotional", "dnt", "track"})) + ")")  # on lower-cased text
# A list item "<data>: <past participle> ...", whose verb is passive with its auxiliary left out.
_LABELLED_ITEM = tp.compile(r"^([\w ,'/-]{3,60}?): ((?:retained|stored|kept|saved|collected|shared|sold|rented|disclosed|"
                            r"tracked|deleted|erased|destroyed|purged)\b)")
# One leading `,?\s+` shared by the word separators: four times faster than an alternative per word.
# The group `next` is not part of the separator: it starts the next clause (a look-ahead before RE2).
_CLAUSE_SPLIT = tp.compile(r";|,\s*however,?|\bhowever,\s|:\s+(?P<n1>we\b)|"
                           r",\s+and\s+(?P<n2>(?:has|have|had|will|does|do|did)(?: not| never)\b)|"
                           r",?\s+(?:(?:but|though|although|whereas|while)\s+|and\s+(?P<n3>we\b))")
_PAREN = tp.compile(r"\([^()]*\)")
# "Do Not Track" the signal, not "we do not track you": a signal word follows, or it is quoted.
_NEXT_CLAUSE = [_CLAUSE_SPLIT.groupindex[g] for g in ("n1", "n2", "n3")]
_DNT = tp.compile(r'"do[- ]not[- ]track"?|\bdo[- ]not[- ]track\b|\bdnt\b')
_DNT_SIGNAL = tp.compile(r'\W*(?:signals?|features?|settings?|requests?|preferences?|mechanisms?|headers?|options?|'
                         r'standards?|browser|technolog|\(|or\b|")')
_DNS_LINK = tp.compile(r"\bdo not sell(?: (?:or|and|/) share)? my (?:personal )?(?:information|info|data)\b")
# Words between "opt out of" and the practice ("the", "cross-site", "voiceprint"), but not what turns the
# practice into something else ("receiving sale notifications", "marketing emails about sales").
_OPT_MOD_NOT = tp.compile(r"(?:receiv|get|marketing|promotion|e-?mails?\b|communications?|newsletters?|messages?|"
                          r"notifications?|calls?\b|texts?\b|offers?\b|events?\b|surveys?\b)")
_OPT_OUT_HEAD = tp.compile(r"\bopt(?:ing)?(?:\s|-)?out (?:of|from) ")
_OPT_WHAT = (r"(?P<what>sale and sharing|sale or sharing|sales? or sharing|selling|sales?|sharing|disclosures?|"
             r"(?:targeted|interest-based|personali[sz]ed|behaviou?ral|cross-context behaviou?ral) advertising|"
             r"tracking|being tracked|collection|collecting|retention|having (?:your |their )?(?:\w+ ){0,3}"
             r"(?:sold|shared|collected|tracked|disclosed|retained|stored))\b")
# Up to three words between "opt out of" and the practice, most first, as a backtracking match tries them.
_OPT_OUT_BODY = [tp.compile(r"(?P<mods>" + r"[\w-]+ " * k + r")" + _OPT_WHAT) for k in (3, 2, 1, 0)]
# Whoever else runs the opt-out (industry pages, partners' own sites) offers it for their practice, not ours.
_OPT_OUT_OTHERS = tp.compile(r"\b(?:at|on|from|by|through|via) (?:their|third|other|participating|these|those|"
                             r"such|our (?:advertising |marketing )?partners|advertis|ad networks?)\b|"
                             r"\b(?:nai|daa|aboutads|youronlinechoices|networkadvertising|edaa)\b")
_OPT_OUT_OFFER = tp.compile(r"\b(?:you|users?|visitors?|consumers?|customers?|residents?|individuals?|members?|"
                            r"subscribers?|parents?)\b(?: [\w-]+){0,6} (?:may|can|could|are able to|will be able to)\b|"
                            r"\bto opt\b|\b(?:option|ability|choice|opportunity|chance) to opt\b|"
                            r"\b(?:allow|allows|let|lets|enable|enables|permit|permits) (?:you|users|visitors|consumers) to opt\b|"
                            r"^(?:please )?(?:click|visit|use|go to)\b|^opt$")
_WISH = tp.compile(r"\bif you (?:do not |don't |no longer )?(?:\w+ ){0,2}(?:wish|want|would like|prefer|choose|decide)")
# What the wish is for, up to eight words before a comma or "opt": "... wish us to stop selling, ..."
_WISH_FOR = tp.compile(r" (?:us )?(?:to|for)\b")
_WISH_WORD = tp.compile(r" (\w+)")
_WISH_END = tp.compile(r",| opt\b")
_OPT_OUT_HOW = tp.compile(r"^\W*(?:at any time )?(?:by|via|through|using|at|here|below|in|from) ")



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


_RECIPIENT_RES = [(name, tp.compile(pattern)) for name, pattern in _RECIPIENT_PATTERNS]
_PURPOSE_RES = [(name, tp.compile(pattern)) for name, pattern in _PURPOSE_PATTERNS]
# One pass over a clause tells which data, recipient and purpose patterns occur in it; only those are
# searched again for their positions.
_FAMILIES = (_DATA_RES, _RECIPIENT_RES, _PURPOSE_RES)
_ALL_CUES = tp.PatternSet([rx.pattern for res in _FAMILIES for _, rx in res])
_FAMILY_OF: list[tuple[int, int]] = [(id(res), i) for res in _FAMILIES for i in range(len(res))]
_DEID = 1  # index of "de-identified data" in _DATA_RES
_ADS = tp.compile(r"\b(?:advertis\w*|ads)\b")
_MARKET = tp.compile(r"\b(?:market|marketing)\b")
_MARKETING_MAIL = tp.compile(r"\bmarketing (?:emails?|communications?|messages?)\b")
_PASSIVE_AUX = tp.compile(r"\b(?:is|are|be|been|being|was|were)(?: not| never)?(?: \w+ly)?$")
_NOT_RETENTION = tp.compile(r"\W*(?:you|us|in touch|track|up)\b")
_DEMONSTRATIVE = tp.compile(r"\W*(?:it|them|these|those|such|this|that)\b")
_BY_OTHERS = tp.compile(r"\W*(?:\w+\W+){0,6}?by (?:third|other|our partners|advertis|the |them|these)")
_OPT_CHOICE = tp.compile(r"\b(?:option|ability|choice|opportunity|chance) to opt\b")

# How far around a verb the words that qualify it are read: the subject and auxiliaries before it, the
# agent or negation after it. Whole-clause questions (is there a recipient after the verb?) use the
# clause's index instead, so the work per verb is bounded whatever the clause's length.
WINDOW = 400


def _categories(text: str, patterns: list[tuple[str, Pattern]]) -> frozenset[str]:
    return frozenset(name for name, rx in patterns if rx.search(text))


class _Clause:
    """One clause, searched once per pattern: every verb's questions ("which recipients follow it?") are
    answered from these indexes, so a clause costs time linear in its length whatever its number of verbs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._flags: dict[int, bool] = {}
        self._last: dict[int, dict[str, int]] = {}
        self._data: tuple[dict[str, int], dict[str, int]] | None = None
        self._spans: dict[int, tuple[int, int]] = {}
        self._present: dict[int, list[int]] | None = None

    def _which(self, patterns: list[tuple[str, Pattern]]) -> list[int]:
        """Indexes of the patterns of one family (``_FAMILIES``) that occur in the clause."""
        if self._present is None:
            present: dict[int, list[int]] = {id(res): [] for res in _FAMILIES}
            for k in _ALL_CUES.which(self.text):
                family, i = _FAMILY_OF[k]
                present[family].append(i)
            self._present = present
        return self._present[id(patterns)]

    def has(self, rx: Pattern) -> bool:
        """Whether ``rx`` occurs anywhere in the clause (computed once)."""
        key = id(rx)
        if key not in self._flags:
            self._flags[key] = rx.search(self.text) is not None
        return self._flags[key]

    def _last_starts(self, patterns: list[tuple[str, Pattern]]) -> dict[str, int]:
        key = id(patterns)
        if key not in self._last:
            last: dict[str, int] = {}
            for i in self._which(patterns):
                name, rx = patterns[i]
                for m in rx.finditer(self.text):
                    last[name] = m.start()
            self._last[key] = last
        return self._last[key]

    def after(self, patterns: list[tuple[str, Pattern]], offset: int) -> frozenset[str]:
        """The categories of ``patterns`` named at or after ``offset``."""
        return frozenset(name for name, start in self._last_starts(patterns).items() if start >= offset)

    def _bounds(self, rx: Pattern) -> tuple[int, int]:
        """(end of the first match, start of the last) of ``rx`` in the clause; (-1, -1) if none."""
        key = id(rx)
        if key not in self._spans:
            first_end = last_start = -1
            for m in rx.finditer(self.text):
                if first_end < 0:
                    first_end = m.end()
                last_start = m.start()
            self._spans[key] = (first_end, last_start)
        return self._spans[key]

    def occurs_after(self, rx: Pattern, offset: int) -> bool:
        """Whether ``rx`` occurs at or after ``offset``."""
        return self._bounds(rx)[1] >= offset

    def prefix_has(self, rx: Pattern, offset: int) -> bool:
        """Whether ``rx`` occurs before ``offset``."""
        return 0 <= self._bounds(rx)[0] <= offset

    def _data_index(self) -> tuple[dict[str, int], dict[str, int]]:
        """Per data category, the last start and the first end of its mentions (``_data`` rules)."""
        if self._data is None:
            text = self.text
            present = self._which(_DATA_RES)
            deid = [(m.start(), m.end()) for m in _DATA_RES[_DEID][1].finditer(text)] if _DEID in present else []
            if deid:  # blanked, not removed, so offsets stay those of the clause
                parts, pos = [], 0
                for a, b in deid:
                    parts.append(text[pos:a])
                    parts.append(" " * (b - a))
                    pos = b
                parts.append(text[pos:])
                text = "".join(parts)
                present = [i for i in present if i != _DEID]  # a blank never matches; others may have moved
            hits = [(a, b, name) for name, rx in (_DATA_RES[i] for i in present)
                    for a, b in _finditer_data(name, rx, text)]
            last: dict[str, int] = {}
            first_end: dict[str, int] = {}
            for name, a, b in _unsuppressed(hits):
                last[name] = max(a, last.get(name, -1))
                first_end[name] = min(b, first_end.get(name, len(text) + 1))
            if deid:
                last["de-identified data"] = deid[-1][0]
                first_end["de-identified data"] = deid[0][1]
            self._data = (last, first_end)
        return self._data

    def data_after(self, offset: int) -> frozenset[str]:
        """``_data`` of the clause from ``offset`` on."""
        return frozenset(name for name, start in self._data_index()[0].items() if start >= offset)

    def data_before(self, offset: int) -> frozenset[str]:
        """``_data`` of the clause up to ``offset``."""
        return frozenset(name for name, end in self._data_index()[1].items() if end <= offset)


def _finditer_data(name: str, rx: Pattern, text: str) -> Iterator[tuple[int, int]]:
    for m in rx.finditer(text):
        if name == "health data" and m.group().startswith("prescription") and \
                text[max(0, m.start() - len(_NOT_HEALTH_PREFIX)):m.start()] == _NOT_HEALTH_PREFIX:
            continue
        yield m.start(), m.end()


def _unsuppressed(hits: list[tuple[int, int, str]]) -> list[tuple[str, int, int]]:
    """Mentions not overlapped by a mention of a narrower category ("precise location data" is not also
    "location data"). A sweep over mentions sorted by start: each is compared with those overlapping it."""
    hits.sort()
    out: list[tuple[str, int, int]] = []
    max_end = 0
    reach: list[int] = []  # reach[i]: the furthest end among hits[:i + 1]
    for _, b, _ in hits:
        max_end = max(max_end, b)
        reach.append(max_end)
    starts = [a for a, _, _ in hits]
    for i, (a, b, name) in enumerate(hits):
        suppressed = False
        # Earlier mentions reaching past a, then later ones starting before b.
        j = i - 1
        while j >= 0 and reach[j] > a and not suppressed:
            _, ob, other = hits[j]
            suppressed = ob > a and other != name and _within(other, name, _DATA_PARENT)
            j -= 1
        k = i + 1
        end = bisect_left(starts, b)
        while k < end and not suppressed:
            other = hits[k][2]
            suppressed = other != name and _within(other, name, _DATA_PARENT)
            k += 1
        if not suppressed:
            out.append((name, a, b))
    return out


def _data(text: str) -> frozenset[str]:
    """Data categories named in ``text``. A mention matched by a category and by one of its ancestors
    ("precise location data" is also "location data") counts only as the narrower category."""
    return _Clause(text).data_after(0)


_NAME = (r"(?P<name>[A-Z][\w&'-]*(?: (?:[A-Z][\w&'-]*|&)){0,3}"
         r"(?:,? (?:Inc|LLC|LLP|Ltd|Corp|Co|GmbH|plc|Limited)\.?)?)")
# Words that start a title but never a name (a negative look-ahead before RE2).
_NOT_NAME_START = tp.compile(r"(?:The|This|Our|Your|Online|Website|Global|Customer|Privacy|Cookie|Data|Last|Effective)\b")
_TITLE_NAME = [tp.compile(r"^(?:the )?" + _NAME + r"(?:'s|’s)? (?:Online |Global |Website |App |Customer )?Privacy "
                          r"(?:Policy|Notice|Statement)$"),
               tp.compile(r"^(?:Privacy|Cookie|Data Protection) (?:Policy|Notice|Statement)(?: of| for|:| -| –| —| \|) (?:the )?"
                          + _NAME + r"$"),
               tp.compile(r"^" + _NAME + r"(?::| -| –| —| \|) Privacy (?:Policy|Notice|Statement)$"),
               # "Acme Credit Union – Online Privacy Statement", "Acme — Notice of Online Privacy Practices"
               tp.compile(r"^" + _NAME + r"(?: -| –| —| \||:) (?:[\w'’-]+ ){0,6}(?:Privacy|Data Protection)\b")]
_INTRO_NAME = [tp.compile(r"\b(?:policy|notice|statement|Policy|Notice|Statement) (?:describes|explains|sets out|applies to|"
                          r"governs) how (?:the )?" + _NAME + r"(?: \(| collects?\b| uses?\b| processe?s?\b| handles?\b|"
                          r" and\b|,)"),
               tp.compile(r"^(?:the )?" + _NAME + r" (?:\(|respects|values|is committed|cares|takes your privacy)"),
               tp.compile(r"^Welcome to (?:the )?" + _NAME + r"\b")]
_NOT_NAMES = {"and", "or", "the", "of", "by", "we", "our", "us", "this", "you", "your", "privacy", "a", "an", "if",
              "please", "last", "effective", "data", "personal", "information", "users", "user", "customers"}
_DEFINES_US = tp.compile(r'"(?:we|us|our)\b')
_QUOTED = tp.compile(r'"([^"]{1,40})"')
_COMPANY = tp.compile(r"\b([a-z][\w&-]+),? (?:inc|llc|ltd|limited|corp|corporation|gmbh|plc|co)\b")
_COMPANY_SUFFIX = tp.compile(r",? (?:inc|llc|llp|ltd|corp|co|gmbh|plc|limited)\.?$")


def _name_match(rx: Pattern, text: str) -> Match | None:
    """The first match of ``rx`` whose name does not start with a title word."""
    for m in rx.finditer(text):
        if not _NOT_NAME_START.match(m.group("name")):
            return m
    return None


def _self_names(units: list[Sentence]) -> list[str]:
    """The names the policy gives its author, from definitions such as ("Acme", "we", "us")."""
    names: set[str] = set()
    for u in units[:400]:
        t = normalise(u.text[:SENTENCE_CHARS]).lower()
        if not _DEFINES_US.search(t):
            continue
        for m in _QUOTED.finditer(t):
            q = m.group(1).strip(" ,.;")
            if q and q not in {"we", "us", "our", "you", "your", "user", "users", "customer", "customers", "services",
                               "service", "site", "website", "policy"} and len(q.split()) <= 3:
                names.add(q.removeprefix("the "))
        for m in _COMPANY.finditer(t):
            names.add(m.group(1))
    # The title ("Acme Privacy Policy") and the opening ("This policy describes how Acme ...", "Acme
    # respects your privacy") name the author. Names are capitalised words, so "our" or "this" never are.
    for u in units[:40]:
        t = normalise(u.text[:SENTENCE_CHARS]).strip(" .:#")
        if u.kind == "heading" and t.isupper():
            t = t.title()  # "ACME PRIVACY NOTICE" names Acme as "Acme Privacy Notice" does
        for rx in _TITLE_NAME if u.kind == "heading" else _INTRO_NAME:
            m = _name_match(rx, t)
            if m:
                name = _COMPANY_SUFFIX.sub("", m.group("name").lower()).strip(" ,.'")
                if name and name.split()[0] not in _NOT_NAMES:
                    names.add(name)
                    first = name.split()[0]
                    if len(first) >= 4 and first not in _NOT_NAMES and " " in name:
                        names.add(first)
                break
    names -= {"and", "or", "the", "of", "by", "we", "our", "us", "this"}
    return sorted(names, key=len, reverse=True)


def _dnt_signal(t: str) -> str:
    """``t`` with "Do Not Track" the signal (quoted, or before a signal word) replaced by a token."""
    def repl(m: Match) -> str:
        if m.group().startswith('"') or m.group() == "dnt" or _DNT_SIGNAL.match(t[m.end():m.end() + WINDOW]):
            return " dntsignal "
        return m.group()
    return _DNT.sub(repl, t)


def _prepare(text: str) -> tuple[str, bool]:
    """Lower-cased matching form of a unit, without parentheticals; whether it used a legal defined term."""
    t = normalise(text).lower()
    # Each pattern needs a literal that a substring test finds faster than a search.
    defined = "(" in t and bool(_DEFINED_TERM.search(t))
    if "track" in t or "dnt" in t:
        t = _dnt_signal(t)
    if "(" in t:
        t = _PAREN.sub(" ", t)
    t = t.replace('"', "").replace("'s ", "s ")
    if "do not sell" in t:
        t = _DNS_LINK.sub(lambda m: " dnslinkshare " if "share" in m.group() else " dnslinksell ", t)
    return " ".join(t.split()), defined


def _clauses(text: str) -> list[str]:
    """``text`` split at clause boundaries (``_CLAUSE_SPLIT``; a `n*` group begins the next clause)."""
    out: list[str] = []
    pos = 0
    for m in _CLAUSE_SPLIT.finditer(text):
        nxt = next((m.start(g) for g in _NEXT_CLAUSE if m.start(g) >= 0), m.end())
        out.append(text[pos:m.start()])
        pos = nxt
    out.append(text[pos:])
    return out


def _without_wish(clause: str) -> str:
    """``clause`` without "if you wish (us to ...)" phrases: the wish is the user's, not a practice."""
    parts: list[str] = []
    pos = 0
    for m in _WISH.finditer(clause):
        if m.start() < pos:
            continue
        end = m.end()
        window = clause[end:end + WINDOW]
        head = _WISH_FOR.match(window)
        if head:  # "... (us) to|for <up to eight words other than "opt"> " ending before "," or " opt"
            k = head.end()
            for _ in range(9):
                if _WISH_END.match(window[k:]):
                    end += k
                    break
                word = _WISH_WORD.match(window[k:])
                if not word or word.group(1) == "opt":
                    break
                k += word.end()
        parts.append(clause[pos:m.start()])
        parts.append(" ")
        pos = end
    if not parts:
        return clause
    parts.append(clause[pos:])
    return "".join(parts)


def _opt_outs(clause: str) -> Iterator[tuple[int, int, int, str]]:
    """Each "opt out of <practice>": (start, start of the words before the practice, end, practice)."""
    pos = 0
    for head in _OPT_OUT_HEAD.finditer(clause):
        if head.start() < pos:
            continue
        window = clause[head.end():head.end() + WINDOW]
        for body in _OPT_OUT_BODY:
            m = body.match(window)
            if m and not any(_OPT_MOD_NOT.match(w) for w in m.group("mods").split()):
                pos = head.end() + m.end()
                yield head.start(), head.end(), pos, m.group("what")
                break


class _Extractor:
    def __init__(self, self_names: list[str]) -> None:
        first = _FIRST_PARTY_GENERIC + [tp.escape(n) for n in self_names]
        self._first = tp.compile(r"\b(?:" + "|".join(first) + r")\b")
        self._other = tp.compile(r"\b(?:" + "|".join(_OTHER_ACTORS) + r")\b")
        self._first_site = tp.compile(r"\b(?:the |our )?(?:" + "|".join(tp.escape(n) for n in self_names)
                                      + r")(?: \w+){0,2} (?:site|website|service|services|app|platform)\b"
                                      ) if self_names else None

    def actor_is_first_party(self, prefix: str, passive: bool, after: str) -> bool | None:
        """Who does the verb: True (us), False (someone else), None (cannot tell). ``prefix`` is the last
        words before the verb, ``after`` a window of the text after it."""
        best_first = max((m.end() for m in self._first.finditer(prefix)
                          if m.group() not in _SERVICE_WORDS or not _PROVIDER_NEXT.match(prefix[m.end():])),
                         default=-1)
        if self._first_site is not None:
            best_first = max(best_first, max((m.end() for m in self._first_site.finditer(prefix)), default=-1))
        best_other = max((m.end() for m in self._other.finditer(prefix)
                          if not m.group().startswith(("a ", "an "))), default=-1)
        if passive:
            if _BY_OTHERS.match(after):
                return False
            return not _PASSIVE_AGENT.match(after)
        if best_first < 0 and best_other < 0:
            return None
        return best_first >= best_other

    def statements(self, unit: Sentence) -> list[_Statement]:
        text = unit.text[:SENTENCE_CHARS]
        if not _TRIGGER.search(text.lower()):  # lower() and a case-sensitive scan: twice as fast
            return []  # no word any statement needs: skip the costly analysis
        text, defined = _prepare(text)
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
        if unit.kind == "list-item" and ":" in text:
            # "Face scans: stored on our servers for 12 months" reads "face scans are stored ...".
            text = _LABELLED_ITEM.sub(r"\1 are \2", text, count=1)
        for clause in _clauses(text):
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
            wish = _without_wish(clause)
            if wish != clause:
                conditional = bool(_CONDITIONAL.search(wish))
                negated_anywhere = bool(_NEGATION.search(wish))
        view = _Clause(clause)
        # Opt-outs and "Do Not Sell" links presuppose the practice, unless merely listing legal rights.
        if not conditional and not negated_anywhere:
            for token, actions in (("dnslinkshare", ("sell", "share")), ("dnslinksell", ("sell",))):
                if token in clause:
                    for a in actions:
                        out.append(_Statement(unit, a, False, frozenset({"personal information"}), frozenset(),
                                              frozenset({"payment"} if a == "sell" else ()), opt_out=True, clause=clause))
                    break
            for start, mods, end, what in (_opt_outs(clause) if "opt" in clause else ()):
                before = clause[max(0, start - WINDOW):start]
                if start > WINDOW:
                    before = "\0 " + before  # a cut window must not look like the start of the clause
                if view.prefix_has(_RIGHTS, start) and not view.prefix_has(_OPT_CHOICE, start):
                    continue  # a statement of legal rights presupposes nothing
                if not (_OPT_OUT_OFFER.search(before.strip() + " opt") or _OPT_OUT_HOW.match(clause[end:end + WINDOW])):
                    continue
                if view.occurs_after(_OPT_OUT_OTHERS, end) or view.prefix_has(_OPT_OUT_OTHERS, start):
                    continue
                actions = [a for a, w in (("sell", "sale"), ("sell", "selling"), ("sell", "sold"), ("share", "sharing"),
                                          ("share", "shared"), ("disclose", "disclos"), ("advertising", "advertising"),
                                          ("track", "track"), ("collect", "collect"), ("retain", "retention"),
                                          ("retain", "retained"), ("retain", "stored")) if w in what]
                data = view.data_after(mods) or frozenset({"personal information"})
                for a in dict.fromkeys(actions):
                    purposes = set(view.after(_PURPOSE_RES, mods))
                    if a == "sell":
                        purposes.add("payment")
                    if a == "advertising":
                        purposes.add("advertising")
                    out.append(_Statement(unit, a, False, data, view.after(_RECIPIENT_RES, end),
                                          frozenset(purposes), opt_out=True, clause=clause))
        for action in ("sell", "rent", "share", "disclose", "transfer", "collect", "track", "retain", "delete", "dnt", "use",
                       "serve"):
            if not any(stem in clause for stem in _VERB_STEMS[action]):
                continue
            for m in _VERB_RE[action].finditer(clause):
                if action in _VERB_CONTEXT and not _verb_in_context(action, m.group(), clause, m.end()):
                    continue
                out.extend(self._verb(unit, view, m, action, conditional, defined))
        return out

    def _verb(self, unit: Sentence, view: _Clause, m: Match, action: str, conditional: bool,
              defined: bool) -> list[_Statement]:
        if conditional:
            return []
        clause = view.text
        start, end = m.start(), m.end()
        # Bounded windows: the last words before the verb, the first after it.
        prefix = clause[max(0, start - WINDOW):start]
        after = clause[end:end + WINDOW]
        if action == "dnt" and "dntsignal" not in after[:60]:
            return []
        if action in ("use", "serve"):
            # "use ... for advertising / to market": the purpose names the practice.
            acts = []
            if _ADS.search(after[:120]):
                acts.append("advertising")
            if _MARKET.search(after[:120]) and not _MARKETING_MAIL.search(after[:120]):
                acts.append("marketing")
            if not acts:
                return []
        elif action == "transfer":
            # A transfer is a disclosure only when it names a recipient; otherwise it is about countries.
            if not view.after(_RECIPIENT_RES, end) or view.has(_GEOGRAPHY):
                return []
            acts = ["disclose"]
        else:
            acts = ["dnt" if action == "dnt" else action]
        # Words between the subject and the verb carry its polarity ("we do not rent or sell").
        words = prefix.split()
        if start > WINDOW and words:
            words = words[1:]  # the first word of a cut window may be a fragment
        window = " ".join(words[-6:])
        negative = bool(_NEGATION.search(window)) or bool(_AFTER_NEGATION.search(after))
        if action == "dnt" and m.group().startswith("ignore"):
            negative = not negative
        passive = bool(_PASSIVE_AUX.search(" ".join(words[-4:])))
        actor = self.actor_is_first_party(" ".join(words[-12:]), passive, after)
        if actor is not True:
            return []
        if negative and view.has(_QUALIFIER):
            return []
        if action == "delete":
            # "We delete X within 30 days" denies keeping X indefinitely; exceptions and negations void it.
            if negative or not view.occurs_after(_DELETE_LIMIT, end) or view.has(_DELETE_EXCEPT):
                return []
            data = view.data_before(start) if passive else view.data_after(end)
            return [_Statement(unit, "retain", True, data, frozenset(), frozenset({"indefinitely"}), clause=clause)]
        indefinite = action == "retain" and not negative and view.occurs_after(_INDEFINITE, end)
        if action == "retain" and not indefinite and (
                view.has(_RETAIN_QUALIFIER) or _NOT_RETENTION.match(after)
                or (m.group().startswith("k") and _KEPT_SAFE.search(after[:80]))):
            return []  # "not longer than necessary", "keep you informed": not a denial of storage
        if not negative and view.has(_PARTIAL):
            return []  # "the last four digits of your card" is not the card number
        # The object follows an active verb and precedes a passive one.
        if action in ("use", "serve"):
            data = view.data_after(0)
        else:
            data = view.data_before(start) if passive else view.data_after(end)
        if not data and not passive and _DEMONSTRATIVE.match(after):
            data = view.data_before(start)  # "we record the IP address ... and keep these logs": named earlier
        recipients = view.after(_RECIPIENT_RES, end)
        purposes = set(view.after(_PURPOSE_RES, end))
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


def _verb_in_context(action: str, word: str, clause: str, end: int) -> bool:
    """Whether a verb that names ``action`` only in context ("pass ... on to", "follow your browsing") has it."""
    for words, context in _VERB_CONTEXT[action]:
        if words.fullmatch(word):
            return context.match(clause[end:end + WINDOW]) is not None
    return True


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


def _lineage(name: str, parent: dict[str, str | None]) -> list[str]:
    """``name`` and its ancestors."""
    out: list[str] = []
    cur: str | None = name
    while cur is not None:
        out.append(cur)
        cur = parent.get(cur)
    return out


def _signature(s: _Statement) -> tuple[object, ...]:
    """What ``_conflicts`` reads of a statement: equal signatures conflict alike."""
    return (s.action, s.data, s.recipients, s.purposes, s.defined_term, s.opt_out)


class _Denials:
    """Denials bucketed by (practice, data): an affirmation is compared only with the denials of its
    practice's and data's buckets (or of their ancestors), never with every denial of the text."""

    def __init__(self, denials: list[_Statement]) -> None:
        self.denials = denials
        self._by_data: dict[tuple[str, str], list[int]] = defaultdict(list)
        self._free: dict[str, list[int]] = defaultdict(list)  # compared without data
        for i, d in enumerate(denials):
            for y in d.data:
                self._by_data[(d.action, y)].append(i)
            if d.action in _DATA_FREE_ACTIONS and not d.data - _BROAD_DATA:
                self._free[d.action].append(i)

    def candidates(self, a: _Statement) -> list[int]:
        """Indexes (in text order) of the denials ``a`` may fall within: a superset of those it does."""
        actions = _lineage(a.action, _ACTION_PARENT) + (["share"] if a.action == "disclose" else [])
        data = {y for x in a.data for y in _lineage(x, _DATA_PARENT)}
        found: set[int] = set()
        for action in actions:
            found.update(self._free.get(action, ()))
            for y in data:
                found.update(self._by_data.get((action, y), ()))
        return sorted(found)


def _contradictions(source: SourceText, units: list[Sentence], analysis: Analysis) -> list[DetectedFinding]:
    extractor = _Extractor(_self_names(units))
    statements: list[_Statement] = []
    for u in units:
        if len(u.text) > SENTENCE_CHARS:
            analysis.limit("long-sentence", f"a {u.kind} of {len(u.text):,} characters is read for statements up to "
                           f"its first {SENTENCE_CHARS:,} only", _loc(source, u))
        statements.extend(extractor.statements(u))
    denials = _Denials([s for s in statements if s.negative])
    affirmations = [s for s in statements if not s.negative]
    # Statements with equal signatures conflict alike: each pair of signatures is compared once.
    signatures: dict[tuple[object, ...], int] = {}
    sig_of = [signatures.setdefault(_signature(d), len(signatures)) for d in denials.denials]
    conflicts: dict[tuple[int, int], bool] = {}
    budget = PAIR_LIMIT
    # Group affirmations by the set of denials they contradict, so each report carries every location.
    groups: dict[tuple[int, ...], list[_Statement]] = defaultdict(list)
    denial_of: dict[int, _Statement] = {}
    for a in affirmations:
        candidates = denials.candidates(a)
        budget -= len(candidates)
        if budget < 0:
            analysis.limit("analysis-limit", f"more than {PAIR_LIMIT:,} comparisons of denials with affirmations: "
                           "contradictions from here on are not reported", _loc(source, a.unit))
            break
        sig_a = signatures.setdefault(_signature(a), len(signatures))
        hits: list[_Statement] = []
        for i in candidates:
            d = denials.denials[i]
            key = (sig_of[i], sig_a)
            hit = conflicts.get(key)
            if hit is None:
                hit = conflicts[key] = _conflicts(d, a)
            if hit and d.unit is not a.unit:
                hits.append(d)
        if hits:
            for d in hits:
                denial_of.setdefault(id(d.unit), d)
            groups[tuple(sorted({id(d.unit) for d in hits}))].append(a)
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


def _phones(text: str) -> list[str]:
    """The phone numbers of ``text`` (``_PHONE``, not followed by a word character or a dash)."""
    out = []
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


def _contacts(source: SourceText, units: list[Sentence], analysis: Analysis) -> list[DetectedFinding]:
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

    def label(addr: str) -> str:
        labels = addr.split("@", 1)[1].split(".")
        return labels[-2] if len(labels) >= 2 else labels[0]

    def org(addr: str) -> str:
        return _NON_ALNUM.sub("", label(addr))

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
        if len(by_addr) > VALUE_LIMIT:  # each address is compared with each organisation's: bounded
            first = min((u for us in by_addr.values() for u in us), key=lambda u: u.span.start)
            analysis.limit("analysis-limit", f"more than {VALUE_LIMIT} different e-mail addresses for the {role} "
                           "contact: they are not compared", _loc(source, first))
            continue
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
    tp.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b"),
    tp.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>\d{4})\b"),
    tp.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    tp.compile(r"\b(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})\b"),
    tp.compile(_MONTH + r",?\s+(?P<y>\d{4})\b"),
]
_DATE_CUE = tp.compile(r"\b(?:(?:last )?(?P<upd>updated|modified|revised|amended|changed)|"
                       r"(?P<eff>effective)(?: date)?|(?P<eff2>in effect) (?:as of|from|since)|"
                       r"(?P<eff3>(?:takes|took|take|comes|came|come) (?:into )?effect)(?: on| from| as of)?)\b")
_CLAUSE_END = tp.compile(r"[.;]\s")
_DATE_SKIP = tp.compile(r"\b(?:previous|prior|earlier|archived?|former|until|superseded|old)\b")

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


def _dates(source: SourceText, units: list[Sentence], analysis: Analysis) -> list[DetectedFinding]:
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
            if _CLAUSE_END.search(tail[:a]) or len(tail[:a].split()) > 3:
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
                if len(groups) == VALUE_LIMIT:  # each date is compared with each group's: bounded
                    analysis.limit("analysis-limit", f"more than {VALUE_LIMIT} different {kind} dates: the rest "
                                   "are not compared", item[1])
                    break
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

_ANNOUNCE = tp.compile(r"\b(?:as follows|(?:in )?the (?:following )?(?:table|chart|list) below|below is a (?:table|list)|"
                       r"the following (?:table|list|chart))\b")
_TOC = tp.compile(r"^(?:table of )?contents$|^in this (?:policy|notice|statement)$|^quick links$", ignore_case=True)
_MD_HEADING = tp.compile(r"^(#{1,6})\s")


def _line_end(text: str, offset: int) -> int:
    nl = text.find("\n", offset)
    return len(text) if nl < 0 else nl


_NUMBERED = tp.compile(r"^(?:section |article |part )?(\d+(?:\.\d+)*)\.?\)?\s+\S", ignore_case=True)
# Sections that a policy never divides into subsections of another of these topics.
_TERMINAL_TOPICS: list[tuple[str, Pattern]] = [(name, tp.compile(rx)) for name, rx in [
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
_TOP_TOPIC = tp.compile(r"^(?:your (?:\w+ )?(?:rights|choices)|(?:the )?(?:personal )?(?:information|data) we (?:collect|hold)|"
                        r"what (?:personal )?(?:information|data) (?:we|do we) collect|how (?:we|do we) (?:use|share|collect|"
                        r"disclose)|who we share|(?:sharing|disclosure|use) of (?:your )?(?:personal )?(?:information|data)|"
                        r"cookies(?: and (?:similar|other) (?:tracking )?technologies)?$)")


_SECTION_NUMBER = tp.compile(r"^\W*(?:section |article |part )?\d+(?:\.\d+)*\.?\)?\s*")
_HEADING_NUMBER = tp.compile(r"^\W*\d+(?:\.\d+)*\.?\)?\s*")
_FOLLOWING = tp.compile(r"\bthe following\b")
_LINES = tp.compile(r"[^\r\n]*")
_TABLE_RULE = tp.compile(r":?-*:?")


def _topic(text: str) -> str | None:
    key = _heading_key(_SECTION_NUMBER.sub("", normalise(text)))
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
    if t1 and _TOP_TOPIC.search(_heading_key(_HEADING_NUMBER.sub("", normalise(second)))):
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
    return "".join(c for c in normalise(text).lower() if c.isalnum() or c in "_ ").strip()


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
                and _FOLLOWING.search(low) and _sibling_or_higher(section.text, nxt.text)):
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
    lines = list(_LINES.finditer(source.text))
    rows: list[Match] = []

    def flush() -> None:
        if len(rows) < 3:
            return
        cells = [[c.strip() for c in r.group().strip().strip("|").split("|")] for r in rows]
        header_idx = next((k for k, c in enumerate(cells) if sum(1 for x in c if x) >= 2), None)
        if header_idx is None:
            return
        header = cells[header_idx]
        data = [c for c in cells[header_idx + 1:] if not all(_TABLE_RULE.fullmatch(x) for x in c)]
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
    previous: Match | None = None
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


def analyse(source: SourceText, units: list[Sentence] | None = None) -> Analysis:
    """All findings in ``source``, sorted by first location (then kind and key), and the budgets it met."""
    if units is None:
        units = sentences(source)
    analysis = Analysis()
    findings = (_contradictions(source, units, analysis) + _contacts(source, units, analysis)
                + _dates(source, units, analysis) + _empties(source, units))
    unique = {f.key + "|" + f.message: f for f in findings}
    analysis.findings = sorted(unique.values(),
                               key=lambda f: (f.locations[0].span.start if f.locations else 0, f.kind, f.key))
    analysis.notices.sort(key=lambda f: (f.locations[0].span.start, f.kind, f.message))
    return analysis


def detect(source: SourceText, units: list[Sentence] | None = None) -> list[DetectedFinding]:
    """All findings in ``source``, sorted by first location (then kind and key)."""
    return analyse(source, units).findings
