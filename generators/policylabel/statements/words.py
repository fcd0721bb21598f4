"""The words the reader knows by heart: negators, subjects, modals, frames and the other closed lists its rules
read, and the order in which practices outrank each other. Data only; the rules that read them are in the
other modules of :mod:`policylabel.statements` (reader, cues, clauses, implied, choice, polarity, parties)."""

from __future__ import annotations

from typing import Final

NEGATORS: Final = frozenset({"not", "never", "no", "none", "neither", "nor", "nobody", "nothing"})
# Negator phrases that negate nothing ("including but not limited to", "no longer", "not only").
NOT_NEGATIONS: Final = (("not", "limited"), ("no", "longer"), ("not", "only"), ("or", "not"), ("no", "later"),
                 ("not", "just"), ("no", "matter"),
                 # a bound on a number ("No more than two adults may stay", "not less than 30 days")
                 ("no", "more", "than"), ("not", "more", "than"), ("no", "fewer", "than"), ("not", "fewer", "than"),
                 ("no", "less", "than"), ("not", "less", "than"))
ABSOLUTE: Final = frozenset({"never", "any", "all", "anyone", "circumstance", "whatsoever", "ever", "none", "anything"})
CONDITION_WORDS: Final = frozenset({"if", "when", "whenever", "where", "provided", "only"})
PARENTHETICAL: Final = 4  # the longest condition set off by commas inside a clause ("where required", "if any")
EXCEPTION_WORDS: Final = frozenset({"except", "unless", "excluding", "apart", "save", "other", "exception"})
EXCEPTION_NEXT: Final = {"apart": ("from",), "save": ("for", "where", "when", "that", "as", "in"), "other": ("than",),
                  "only": ("if",), "exception": ("of",)}
CONTRAST: Final = frozenset({"but", "however", "whereas", "although", "though", "while"})
CUT_WORDS: Final = CONTRAST | CONDITION_WORDS | {",", "and", "or"}  # words a clause may be cut at
LEADING_EXCEPTIONS: Final = frozenset({"unless", "except", "apart"})
CUT_AFTER: Final = frozenset({";", ".", "!", "?", ":", "|"})  # a clause may start after these ("|": a table cell)
ROW_CELLS: Final = 3  # a flattened table row cut into clauses at its "|" has at most this many (more: a menu)
# "information about when you are at home", "whether": what is meant, not a condition
ABOUT: Final = frozenset({"about", "of", "on", "regarding", "concerning", "to"})
QUALIFYING: Final = EXCEPTION_WORDS | CONDITION_WORDS | {"without"}
CONSENT: Final = frozenset({"consent", "permission", "authorization", "authorisation", "approval"})
SUBJECTS: Final = frozenset({"we", "you", "they", "it", "our", "us", "i", "he", "she", "this", "these", "users",
                      "user", "customers", "customer"})
SUBORDINATORS: Final = frozenset({"that", "which", "who", "what", "how", "whether", "as", "if", "than", "where", "when"})
AUXILIARIES: Final = frozenset({"have", "do", "will", "may", "can", "shall", "would", "could"})
# A leading "when you ..." says when, not whether: it does not make the statement conditional.
TEMPORAL: Final = frozenset({"when", "whenever", "once", "after"})
# "When you ...", "When a child presses ...": a subject follows, so the clause says when (a participle, "When
# required by law", says whether).
NEW_SUBJECT_DETERMINERS: Final = frozenset({"the", "a", "an", "your", "our", "its", "their", "this", "these"})
WHEN_SUBJECTS: Final = frozenset({"you", "a", "an", "the", "your", "we"})
# A subject narrowed by a relative clause states a rule for that group only ("Anyone who posts jobs must ..."):
# a condition.
RESTRICTED_SUBJECTS: Final = (("anyone", "who"), ("those", "who"), ("whoever",), ("anybody", "who"))
FIRST_PERSON: Final = frozenset({"we", "us", "our", "i", "ours"})
SUBJECT_FIRST_PERSON: Final = frozenset({"we", "i"})
SUBJECT_PRONOUNS: Final = SUBJECT_FIRST_PERSON | frozenset({"you", "they", "it"})  # a clause's own subject
MAY_CUT: Final = CUT_WORDS | SUBJECT_FIRST_PERSON  # a token that may start a clause (or a token after CUT_AFTER)
CLAUSE_MARKS: Final = MAY_CUT | CUT_AFTER | QUALIFYING  # the tokens split_clauses looks at
# A negation before these words is theirs ("not responsible for the collection").
OBLIGATIONS: Final = frozenset({"indemnity"})  # what the reader is required to do: not required is denied
NEG_BLOCKERS: Final = frozenset({"responsible", "liable", "able", "obligated", "required"})
REQUIRING: Final = frozenset({"require", "force", "oblige", "compel", "ask"})  # "never require you to ..."
REQUIRING_REACH: Final = 12  # tokens from such a negated demand to the cue it denies
IMPERATIVE_OPENERS: Final = frozenset({"never", "please", "always", "avoid"})
ADULT_AGE: Final = 16  # a minimum age from this one up excludes children (the highest age of digital consent)
PARENTS: Final = frozenset({"parent", "parents", "guardian", "guardians"})
# Verbs of a recipient receiving data ("advertisers receive your email address").
RECEIVING: Final = frozenset({"receive", "get", "obtain", "see", "view", "access", "download"})
# passive with the party as subject, it receives: "Couriers are given", "Tour companies are sent", "buyers are told"
HANDED: Final = frozenset({"give", "show", "hand", "send", "sent", "tell", "told"})
BUYING: Final = frozenset({"buy", "purchase"})  # another party buying someone's data from the first party
# Data verbs a recipient performs on the first party's behalf when passive with an agent ("held by a provider").
KEPT_FOR_US: Final = frozenset({"retention", "use"})
NOT_NEGATED_AFTER: Final = frozenset({"limit", "limited", "only", "just", "longer", "later", "matter"})
# "donor lists are rented", "your diary is never sold": data sold
DATA_NOUNS: Final = frozenset({"data", "information", "list", "lists", "diary", "diaries", "history",
                        "profile", "profiles", "log", "logs", "details"})
# A warranty is given by these words, unless negated or disclaimed ("provided as is, without warranty").
GIVING: Final = frozenset({"warrant", "guarantee", "promise", "warranty"})
DISCLAIMING: Final = frozenset({"merchantability", "fitness", "without", "limit", "limited"})  # and "as is"
DISCLAIMING_STEMS: Final = ("disclaim", "exclu")  # nouns that name data whatever qualifies them
# Words inside a cue that deny it ("free of charge", "at no cost", "included in the fee": nothing more to pay).
FREE: Final = frozenset({"free", "no", "nothing", "include"})
# What a lead-in's list items enumerate whatever they name: data collected, uses, recipients ("We collect:" /
# "- room temperature readings;"). A schedule of periods ("how long we keep each record:") is read by its rows'
# own words.
PARTY_NAMES: Final = frozenset({"provider", "supplier", "vendor", "seller", "agent"})  # what a contract calls the first party
PROVIDER_NAMES: Final = PARTY_NAMES | {"company", "operator"}  # the first party as a subject ("the Company may cancel")
# What a provider does to withdraw what it provides ("We may refuse to carry", "Highcairn may withdraw a pass")
PROVIDER_ENDING: Final = frozenset({"end", "withdraw", "refuse", "stop", "cancel", "remove", "expel", "exclude", "bar"})
ENDING_VERBS: Final = frozenset({"cancel", "end", "close", "terminate", "delete"})  # what ends an agreement, whoever's verb it is
TERMINATION: Final = frozenset({"termination-by-provider", "termination-by-user"})
# What comes before "not" when a group is kept from something, as lemmas or as written ("may not", "are not
# carried"; not "do not pay")
BARRING: Final = frozenset({"may", "can", "must", "shall", "be", "is", "are"})
# What a document calls itself: the subject that gives "applies to" its scope.
DOCUMENT_WORDS: Final = frozenset({"policy", "notice", "term", "terms", "agreement", "condition", "conditions", "statement",
                            "document", "this", "these", "section", "contract"})
NOTHING_DENIES: Final = frozenset({"liability-limitation", "indemnity", "arbitration"})  # "Nothing in these Terms ..." rules them out
MONEY_TERMS: Final = frozenset({"fees-and-payment", "refunds", "account-balance"})  # what ending an agreement may cost
SUBJECT_REACH: Final = 5  # how far before its verb a subject is looked for ("we may refuse or cancel")
ARTICLES: Final = frozenset({"the", "a", "an", "your", "our", "their", "its", "this", "these", "those", "any", "such"})
ANSWERS: Final = frozenset({"no", "yes", "never"})  # an answer to a heading's question states its practice
LISTED: Final = frozenset({"collection", "use", "sharing", "acceptable-use"})
KEPT: Final = frozenset({"retention", "deletion"})  # practices whose periods a heading's fragments give
LOCATION_OF_COLLECTION: Final = "location data collected"  # the cue of location services a collection states
LOCATION_USED: Final = "a location used"  # the cue of a collection read from a location the first party uses
PAID_FOR: Final = "paid for data"  # the cue of a sale read from another party paying the first party
KEPT_IN_PLACE: Final = "kept in a place"  # the cue of a transfer denied by naming where data stays ("stays in the UK")
LOCATED_IN: Final = "handled in a place"  # the cue of a transfer to where people handling the data are
LEFT_PLACE: Final = "sent out of a place"  # the cue of a transfer out of a named place ("not sent outside the UK")
BY_PLACE: Final = frozenset({KEPT_IN_PLACE, LOCATED_IN, LEFT_PLACE})
HOME_CUES: Final = frozenset({KEPT_IN_PLACE, LEFT_PLACE})  # denied, they name where the text keeps its data
PLACE_WORDS: Final = frozenset({"in", "within", "from", "to"})  # a place that states a transfer follows one of these
LEAVING: Final = frozenset({"outside", "leave", "beyond", "out"})  # "outside the EEA": the place left, not reached
# A unit without one of these names no place a transfer turns on ("out" alone is too common: "opt out").
PLACE_GATE: Final = PLACE_WORDS | (LEAVING - {"out"})
# The cue of non-discrimination denied: worse treatment for those who use a privacy right ("Guests who ask us to
# delete their history lose their discount"); what the relative clause names, and how the treatment worsens.
CEILINGS: Final = frozenset({"cap", "limit", "ceiling", "maximum"})  # what liability may be held under
NO_CAP: Final = "no cap on what is paid"  # the cue of liability accepted without limit ("There is no cap on ...")
DEVICE_LOCKED: Final = "a device locked"  # the cue of a rule forbidding an act on equipment ("must not be opened")
DEVICE_FREE: Final = "a device free"  # the cue of the act allowed ("are free to take it abroad")
# Mailings sent to sell or to keep in touch, and the words of choosing them ("only if you tick the box",
# "only to customers who have opted in", "unless they opt out"): a marketing choice.
MARKETING_NOUNS: Final = frozenset({"newsletter", "newsletters", "offer", "offers", "marketing", "promotional",
                                    "promotion", "promotions", "news", "invitation", "invitations", "catalogue",
                                    "catalogues", "catalog", "catalogs", "tips", "mailout", "mailouts"})
MAILING_GATE: Final = MARKETING_NOUNS | {"mail"}  # ... and "mailing list", whose lemmas are "mail", "list"
# Money paid, as a clause's subject, and the verbs saying whether it goes back ("Money paid for preorders is never
# returned", "Deposits for weekend trips are kept"): a refund granted or refused
PAID_MONEY: Final = frozenset({"money", "payment", "payments", "deposit", "deposits", "fee", "fees", "tuition",
                               "advance", "prepayment", "prepayments"})
GIVEN_BACK: Final = frozenset({"return", "returned", "refund", "refunded", "repay", "repaid", "keep", "kept", "lose", "lost",
                               "retain", "retained"})
EXPIRY: Final = frozenset({"expire", "expiry", "expiration", "lapse"})  # a balance, a term or a contract running out
# The reader leaving what it joined ("You may leave the cooperative by giving one month's notice", "Clients wishing to
# withdraw must give six months' notice"): the verbs, and what is left
READER_LEAVING: Final = frozenset({"leave", "withdraw"})
JOINED: Final = frozenset({"membership", "subscription", "plan", "cooperative", "co-op", "coop", "club", "scheme",
                           "programme", "program", "service", "contract", "agreement", "course", "society", "association",
                           "union", "group", "pool", "fund", "rental", "hire", "tenancy", "lease", "arrangement"})
MAILING_CHOICE: Final = frozenset({"opt", "opted", "tick", "ticked", "consent", "consented", "subscribe", "subscribed",
                             "unsubscribe", "switch", "turn", "untick", "sign", "check", "checked", "ask", "stop",
                             "take", "taken", "remove", "removed"})
# ("sign" only as "sign up": "A membership can only be ended by a signed letter" chooses no mailing)
WORSE_FOR_RIGHTS: Final = "worse treatment for using a right"
SHOWN_IN_PROMOTION: Final = "shown in the first party's promotion"  # its own advertising, aimed at nobody's data
NO_WORSE_FOR_RIGHTS: Final = "no worse treatment for using a right"  # the cue of the promise read the same way
RIGHT_USED: Final = frozenset({"use", "using", "exercise", "exercising"})  # "Using your rights will never mean ..."
RIGHTS_ACTS: Final = frozenset({"delete", "erase", "erasure", "deletion", "opt", "withdraw", "object", "exercise",
                                "privacy", "right", "rights"})
LOSING: Final = frozenset({"lose", "forfeit"})
DEMOTING: Final = frozenset({"move", "moved", "place", "placed", "put", "charge", "charged", "give", "given", "drop",
                             "dropped", "downgrade", "downgraded", "bump", "bumped"})
WORSE: Final = frozenset({"back", "end", "last", "lower", "higher", "more", "reduced", "worse", "slower", "standard",
                          "bottom", "less", "lesser", "longer", "full"})
ADS_CHOSEN: Final = "ads chosen for the person"  # the cue of targeted advertising read from ads chosen by someone's data
# cues whose practice is the first party's (the risk left to the reader is the first party's disclaimer)
# (and a form the reader fills in is the first party's collection: "Before your visit you complete a health
# declaration covering ...")
FIRST_PARTY_CUES: Final = frozenset({ADS_CHOSEN, PAID_FOR, "own risk", "sole risk", "complete ... questionnaire",
                                     "complete ... declaration", "complete ... form", "fill in ... questionnaire",
                                     "fill in ... declaration", "fill in ... form", "fill out ... questionnaire",
                                     "fill out ... form"})
AD_NOUNS: Final = frozenset({"ad", "ads", "advert", "adverts", "advertisement", "advertisements", "offer", "offers",
                      "promotion", "promotions", "sponsored"})
AD_WORDS: Final = (AD_NOUNS - {"offer", "offers", "promotion", "promotions"}) | {"advertising", "advertise"}  # "no advertising"
# What may follow a noun that ends its phrase ("no advertising in the app", "no ads, personalised or not").
AFTER_A_NOUN: Final = frozenset({"in", "on", "or", "and", ",", ".", ";", "from", "for", "of", "to", "at", "within", "whatsoever"})
CHOOSING: Final = frozenset({"chosen", "choose", "selected", "select", "picked", "pick", "targeted", "target", "tailored",
                      "tailor", "personalised", "personalized", "matched", "ranked"})
CHOOSING_PHRASES: Final = frozenset({"based", "according", "basis"})  # "based on", "according to", "on the basis of"
PERSON: Final = frozenset({"you", "your", "they", "their", "child", "children", "member", "members", "user", "users",
                    "customer", "customers", "patient", "patients", "player", "players"})
WHICH: Final = frozenset({"which", "what"})
DECIDING: Final = frozenset({"choose", "chosen", "decide", "select", "pick", "determine", "tailor", "personalise",
                      "personalize"})
AD_REACH: Final = 14  # tokens from the ad noun to the choosing word, and from it to the person
RELATIVES: Final = frozenset({"which", "who", "whom", "whose"})
# After a data verb, what follows these words says when or why, not what is done ("deleted after the
# verification check", "kept in case the police ask for them").
CIRCUMSTANCE: Final = (("after",), ("before",), ("until",), ("once",), ("in", "case"))
CIRCUMSTANCE_SUBJECTS: Final = frozenset({"you", "they", "it"})  # "until you delete it", "after they are recorded"
POSSESSIVE: Final = ("'s", "\u2019s", "s'", "s\u2019")
ANCHOR: Final = 3  # tokens either side of a cue that say what it is about
SECOND_PERSON: Final = frozenset({"you"})
ON_DEVICE: Final = (("locally",), ("on", "your", "device"), ("on", "the", "device"))
# Qualifiers that narrow a statement to part of the data or to a time window: never compared. ("the past 12
# months" is a window; "your past purchases", "previous addresses" name data.)
NARROWING: Final = (("last", "four"), ("last", "4"), ("partial",), ("truncated",), ("masked",), ("preceding",),
             ("the", "past"), ("the", "previous"), ("prior", "to"), ("formerly",), ("next", "year"),
             ("in", "the", "future"))
# Words after a negated cue that make it a limit ("do not retain ... longer than necessary").
LIMIT_AFTER: Final = (("longer", "than"), ("more", "than"), ("beyond",), ("no", "longer", "than"))
# An opt-out offered: a means of exercising it follows.
MECHANISMS: Final = frozenset({"click", "clicking", "link", "email", "emailing", "contact", "contacting", "form", "setting",
                        "settings", "visit", "visiting", "call", "calling", "write", "writing", "toggle", "button",
                        "submit", "submitting", "send", "sending", "dashboard", "page", "unsubscribe", "reply", "replying"})
OTHER_PRONOUNS: Final = frozenset({"they", "their"})
SUBJECTS_NEGATED: Final = frozenset({"we", "i", "you", "they"})  # a new subject: a negation before it is not this verb's
QUANTIFIERS: Final = frozenset({"some", "certain", "other", "these", "those", "many", "most", "all", "such", "selected"})
# Agents of a passive that are not the first party ("can only be accessed by the customer").
OTHER_AGENTS: Final = frozenset({"they", "them", "you", "customer", "customers", "client", "clients", "user", "users",
                          "third", "other", "others", "browser", "browsers", "it"})
BE: Final = frozenset({"be"})
# Another party's matter: "handled by the reseller", "a matter for those schools", "the responsibility of the host"
HANDLED_BY: Final = frozenset({"handled", "matter", "responsibility", "decided", "issued", "processed", "arranged"})
HANDLED_BY_NEXT: Final = frozenset({"by", "for", "of"})
OTHERS_DETERMINERS: Final = frozenset({"the", "a", "an", "their", "its", "those", "these", "that", "each", "any", "relevant",
                                "such"})  # not "our": "handled by our support team" is the first party's
MAY: Final = frozenset({"may", "might", "can", "could"})
WILL: Final = frozenset({"will", "shall", "would"})
MUST: Final = frozenset({"must"})
MODALS: Final = MAY | WILL | MUST
READER_ENDPOINTS: Final = frozenset({"email", "inbox", "mailbox", "phone", "mobile", "device", "address", "account", "app",
                              "home", "door", "registered", "residence"})  # "sent to your email address" reaches the reader
# What terms call the party they bind besides the first party (as the subject of a modal verb).
USER_ROLES: Final = frozenset({"customer", "customers", "user", "users", "member", "members", "subscriber", "subscribers",
                        "holder", "holders", "client", "clients", "buyer", "buyers", "purchaser", "guest", "guests",
                        "hirer", "renter", "tenant", "licensee", "participant", "participants", "student",
                        "students", "passenger", "passengers", "cardholder", "cardholders", "patient", "patients",
                        "pupil", "pupils", "learner", "learners", "borrower", "borrowers", "visitor", "visitors",
                        "consumer", "consumers", "occupant", "occupants", "adopter", "adopters", "charterer",
                        "charterers", "licensees", "applicant", "applicants", "attendee", "attendees", "trainee",
                        "trainees", "bidder", "bidders", "seller", "sellers", "camper", "campers"})
BOTH_PARTIES: Final = (("either", "party"), ("each", "party"), ("both", "party"), ("both", "parties"))
PURPOSE_AFTER_SO: Final = frozenset({"that", "you", "we", "they", "it", "the", "your", "our"})  # "so you can ..."
DEFINING: Final = frozenset({"means", "mean", "defined", "define", "defines", "definition", "refers", "describe",
                      "describes", "explain", "explains"})
RIGHT_WORDS: Final = frozenset({"right", "rights", "request", "entitled"})
RIGHT_WORDS_OPT: Final = RIGHT_WORDS | {"opt"}
# What frames an opt-out as a right rather than offering it ("you have the right to opt out"); "submit a
# request to opt out ... by email" offers it.
RIGHT_FRAMING: Final = frozenset({"right", "rights", "entitled"})
# Words between "opt out of" and the practice opted out of ("of our", "of cross-site", "of offline sales").
OPTED_MODIFIERS: Final = frozenset({"the", "our", "us", "any", "such", "this", "your", "cross", "site", "online",
                             "offline", "further", "future"})
OPT_OUT: Final = (("opt", "out"), ("unsubscribe",), ("withdraw",), ("opt", "outs"), ("reply", "stop"), ("text", "stop"),
           ("stop", "receive"))  # "Reply STOP to any of our offer texts", "to stop receiving them"
# Verbs that are also nouns: not a practice when a determiner or a noun modifier precedes them.
NOUNY_VERBS: Final = frozenset({"use", "record", "log", "process", "store", "transfer", "capture", "keep", "share", "access",
                         "hold", "release"})
IMPERATIVE_VERBS: Final = NOUNY_VERBS | {"collect", "share", "sell"}
THIRD_PERSON: Final = frozenset({"it", "that", "which", "who", "app", "service", "website", "site", "device", "company",
                          "also", "automatically", "only"})
DETERMINERS: Final = frozenset({"the", "a", "an", "your", "our", "their", "its", "his", "her", "this", "that",
                         "these", "those", "any", "such", "of", "order", "call", "acceptable", "fair", "app",
                         "personal", "commercial", "data", "online", "in", "for", "each", "every", "medical",
                         "and", "or", "my"})
# Practices a clause's other cues defer to, most specific first; the generic data verbs come last.
PRIORITY: Final[tuple[str, ...]] = (
    "do-not-track", "global-privacy-control", "cross-context-advertising", "targeted-advertising", "arbitration",
    "indemnity", "warranty-disclaimer", "liability-limitation", "governing-law", "refunds", "account-balance",
    "fees-and-payment", "termination-by-user", "termination-by-provider", "content-licence", "acceptable-use",
    "device-restrictions", "parental-responsibility", "non-discrimination", "exercising-rights",
    "data-subject-right", "marketing-choice", "policy-change", "unilateral-changes", "acceptance", "scope",
    "controller-role", "children", "communications-consent", "service-limits",
    "location-services", "contact", "complaint", "legal-basis", "international-transfer", "sale", "tracking",
    "third-party-services", "security", "deletion", "retention", "sharing", "collection", "use", "other-term",
)
# Practices stated by the words opening a clause, whatever it goes on to name.
FRAMES: Final = ("acceptable-use", "parental-responsibility")
# Practices that are limits by nature: "not liable", "no warranty", "you may not" state them, not deny them.
LIMITS: Final = frozenset({"liability-limitation", "warranty-disclaimer", "acceptable-use", "device-restrictions",
                    "service-limits", "security", "non-discrimination"})
# Practices about honouring a signal: only the first party's own words say whether it does.
SIGNALS: Final = frozenset({"do-not-track", "global-privacy-control"})
OPTABLE: Final = frozenset({"tracking", "targeted-advertising", "cross-context-advertising"})
SIGNAL_NOUNS: Final = frozenset({"signal", "signals", "request", "requests", "setting", "settings", "feature",
                          "features", "preference", "preferences", "header", "headers", "browser", "mechanism",
                          "mechanisms"})
# What is done with a signal: word beginnings ("responds", "honoured", "recognise").
# Signal verbs that refuse the signal; and words before a signal that make it of no account ("cookies remain
# active whatever Do Not Track setting a browser sends", "regardless of any Global Privacy Control signal")
CONCESSIVE: Final = ("whatever", "regardless", "irrespective")
IGNORING: Final = ("ignore", "disregard") + CONCESSIVE
# ("pays no attention to", "has no effect on": refused by their negation)
SIGNAL_VERBS: Final = ("respond", "response", "honor", "honour", "recogni", "process", "support", "compl", "treat", "respect",
                "act", "follow", "accept", "obey", "observe", "detect", "interpret", "read", "attention",
                "effect") + IGNORING
SIGNAL_OTHERS: Final = frozenset({"browser", "browsers", "some", "many", "most", "feature", "features"})
# A label before a colon ("Marketing Purposes: We use ...") is this short at most.
LABEL_WORDS: Final = 5
AMOUNT_CUES: Final = frozenset({"price", "free"})  # the cues the reader makes of a money amount and a label's "free"
LABEL_DENIALS: Final = frozenset({"none", "no", "nil", "free", "never", "not"})  # a label's value that denies it
TITLE_WORDS: Final = 12  # a title-cased unit this short is a heading, not a sentence with names in it
# A unit longer than this (a table row, a run-on text) is measured by its clauses: the clause is what is compared.
LONG_UNIT: Final = 400
# A practice after these words is reported, not stated ("whether and how we have sold").
EMBEDDING: Final = frozenset({"whether", "how", "what"})
WH: Final = frozenset({"how", "what", "which", "whether", "why", "who", "whom", "where"})
# Topics that state the practice even after a data verb ("we collect data from children": children).
ABSORBING: Final = frozenset({"tracking", "children", "targeted-advertising", "cross-context-advertising", "do-not-track",
                       "global-privacy-control", "sale", "international-transfer", "deletion", "retention",
                       "data-subject-right", "exercising-rights", "location-services", "sharing", "collection"})
DATA_VERBS: Final = frozenset({"collection", "use", "sharing", "sale", "retention", "deletion"})
RANK: Final = {p: i for i, p in enumerate(PRIORITY)}
LONGER_SETS: Final = frozenset({"data-categories", "recipients", "purposes"})  # whose cues a practice word may be inside
# Another party receiving data (parties.received_by_other): the most words its name takes, the words between it and the
# verb, what makes it no other party, and what makes the data its own.
RECEIVER_WORDS: Final = 8
# Who, besides "you" and the terms' parties, the reader may be, as a subject: what they may ask is a right.
READER_SIDE: Final = frozenset({"parent", "parents", "guardian", "guardians", "learner", "learners", "subject", "subjects",
                         "resident", "residents", "individual", "individuals", "consumer", "consumers", "donor",
                         "donors", "player", "players", "applicant", "applicants", "data"})
ASKING: Final = frozenset({"review", "access", "correct", "delete", "erase", "request", "ask", "refuse", "object",
                    "withdraw", "obtain", "see", "view", "download", "export", "rectify", "have"})
# What a data subject may do with their data, as a verb ("may access, correct and erase your data")
RIGHT_VERBS: Final = (ASKING - {"request", "ask", "have"}) | {"know", "restrict", "update", "amend"}
RIGHTS_SUBJECT_REACH: Final = 4  # the reader and "may" this close to the clause's start
BESIDE_A_TRANSFER: Final = frozenset({"security", "legal-basis", "controller-role", "third-party-services"})  # what a
# clause whose recipient receives data mentions around the transfer, which stays its practice
PROHIBITING: Final = frozenset({"must", "may", "shall"})  # "... not be resold": a passive prohibition
CHANGES: Final = frozenset({"policy-change", "unilateral-changes"})  # what a leading condition may name for its clause
NEVER_HELD: Final = frozenset({"see", "request", "requested", "receive", "reach"})  # with a storage denial: never held
NEW_OWNERS: Final = frozenset({"your", "our", "their", "its"})  # "... and your backup is kept": a new subject
MARKETING_RIGHTS: Final = frozenset({"opt-out-marketing"})  # rights whose use is the marketing choice
# Nouns that name someone's data whatever its kind ("receive the booking details", "a monthly report").
MEANS_OF_ACCEPTING: Final = frozenset({"by", "once", "when", "upon", "soon"})  # "accepted by paying", "bind you once you pay"
BETWEEN_PARTICIPLES: Final = frozenset({"or", "and", "ever", "never", "either", "nor", ","})  # "is requested or held"
GOING: Final = frozenset({"go", "goes", "went", "gone"})  # data that goes to a recipient is given to it
TOLD: Final = frozenset({"told", "sent", "given", "shown", "emailed", "provided"})  # "is told your name": given to the subject
# their lemmas, and those of GIVING_VERBS: a set test per unit
TOLD_GATE: Final = TOLD | {"tell", "send", "give", "show", "email", "provide", "pass", "hand", "forward", "supply", "lend"}
TIME_UNITS: Final = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"})
GIVING_VERBS: Final = frozenset({"give", "send", "pass", "hand", "forward", "supply", "provide", "lend"})  # "give X to a party"
PARTY_OPENERS: Final = frozenset({"the", "a", "an", "any", "anyone", "anybody", "other", "another", "third", "each", "every",
                           "their", "its", "outside"})  # words that open a party after "to"
GIVEN_REACH: Final = 6  # tokens from such a verb to its data, and from the data to "to"
# How the first party has others work for it ("We work with service providers who ...")
HIRING: Final = (("work", "with"), ("rely", "on"), ("engage",), ("partner", "with"), ("contract", "with"), ("hire",),
          ("appoint",), ("employ",))
HIRING_WORDS: Final = frozenset(p[0] for p in HIRING)
RECORD_NOUNS: Final = frozenset({"data", "information", "detail", "details", "record", "records", "history", "report",
                          "reports", "profile", "profiles", "document", "documents", "count", "counts", "summary",
                          "summaries", "list", "lists", "number", "numbers", "footage", "reading", "readings"})
# Words of two letters that name nothing a statement is about (others do: "Wi-Fi", "TV", "ID").
SHORT_STOP: Final = frozenset({"me", "my", "he", "hi", "oh", "ok", "am", "pm", "vs", "eg", "ie", "re", "th", "st", "nd",
                        "rd", "mr", "ms", "dr", "ll", "ve", "go", "ad"})
# Adverbs before a word that may be a verb or a plural noun: a verb ("never records where you drive").
VERB_ADVERBS: Final = frozenset({"never", "also", "not", "automatically", "routinely", "always", "still"})
RECEIVER_MODIFIERS: Final = frozenset({"can", "may", "will", "only", "also", "never", "not", "do", "cannot", "then",
                                "always", "could", "would", "shall", "automatically", "directly", "still"})
FIRST_PARTY_NOUNS: Final = FIRST_PERSON | {"app", "service", "services", "website", "site", "platform", "device", "company"}
NOT_RECEIVERS: Final = SUBJECTS | FIRST_PARTY_NOUNS | {"those", "that", "which", "who", "what", "if", "when", "where",
                                                "whether", "unless", "once", "after", "before", "as", "by", "whose"}
# "our staff", "our team": the first party's own people, who receive nothing from it.
OWN_PEOPLE: Final = FIRST_PARTY_NOUNS | {"team", "teams", "staff", "employee", "employees", "personnel", "colleague",
                                  "colleagues", "own"}
NAME_WORDS: Final = 5  # the longest name set off by commas after a subject
RECEIVER_OWN: Final = frozenset({"their", "its", "own", "his", "her", "it", "them", "that"})
OBJECT_SETS: Final = frozenset({"data-categories", "recipients"})  # whose cues may be a verb's object
OPT_WORDS: Final = frozenset({"not", "opt"})  # in a right's cue: an opt-out's name


STOP: Final = frozenset({"the", "a", "an", "to", "of", "and", "or", "in", "on", "for", "with", "by", "we", "you", "our",
                  "your", "us", "it", "is", "be", "that", "this", "these", "those", "any", "all", "at", "as",
                  "from", "not", "no", "never", "do", "will", "may", "can", "shall", "must", "have", "their",
                  "they", "its", "which", "who", "such", "other", "more", "than", "each", "per", "after",
                  "within", "up", "if", "when", "once", "so", "only", "also", "then", "there", "into", "about"})
LIMITS_OF_LIABILITY: Final = frozenset({"limit", "limitation", "cap", "exclusion", "limits", "limitations", "exclusions"})
APPLYING: Final = frozenset({"apply", "applies"})  # a rule's reach: "That limit does not apply to ..."
# The reader's work that a licence covers, and what the first party may use it for
CONTENT_NOUNS: Final = frozenset({"design", "designs", "photo", "photos", "image", "images", "video", "videos", "work",
                           "works", "content", "picture", "pictures", "recording", "recordings", "review", "reviews",
                           "story", "stories", "artwork"})
PROMOTING: Final = frozenset({"marketing", "market", "promotional", "promotion", "promotions", "advertising", "publicity", "showcase",
                       "portfolio", "advert", "adverts", "ads"})
STAYING: Final = frozenset({"stay", "stays", "remain", "remains"})  # "stays on file", "We remain liable"
# Participles of data put down somewhere of the first party's, and where ("is entered on the booking form"); not
# "written", which is also said of what the first party writes itself ("references are written on request")
RECORDED: Final = frozenset({"entered", "filed", "taken"})
RECORDED_LEMMAS: Final = frozenset({"enter", "file", "take"})  # the same, as lemmas (a cheap gate)
RECORD_PLACES: Final = frozenset({"form", "forms", "record", "records", "file", "files", "register", "manifest", "log",
                                  "book", "sheet", "system", "database", "ledger", "list", "roster", "rota", "card",
                                  "folder", "slip", "logbook", "registry", "order"})
# Verbs of appearing in the first party's promotion, and where it appears ("featured in our promotional posts")
SHOWN_IN: Final = frozenset({"appear", "appears", "appeared", "feature", "features", "featured", "show", "shows", "shown"})
PROMOTION_PLACES: Final = PROMOTING | {"advertise", "poster", "posters", "brochure", "brochures", "reel", "reels",
                                       "fundraising", "campaign", "campaigns", "social"}
# Verbs that carry data to someone ("is reported to", "are uploaded to", "go to")
SENDING: Final = frozenset({"send", "sent", "report", "reported", "upload", "uploaded", "transmit", "transmitted", "forward",
                     "forwarded", "go", "goes", "went", "gone", "pass", "passed", "supply", "supplied", "deliver",
                     "delivered", "email", "emailed", "e-mail", "e-mailed", "mailed"})
TAXES: Final = frozenset({"vat", "gst", "tax", "taxes", "duty", "duties"})  # what a price that "includes" them charges

# People whose things another party may see: "the progress of pupils", "the scores of players"
PEOPLE_OF: Final = frozenset({"pupil", "pupils", "student", "students", "member", "members", "player", "players", "patient",
                       "patients", "customer", "customers", "child", "children", "user", "users", "client", "clients"})
MONEY_MARKS: Final = frozenset("$£€¥₹")  # currency signs written before a price
OWNING: Final = frozenset({"your", "their", "his", "her", "its", "our"})  # "your child", "their children"
OBLIGING: Final = frozenset({"must", "shall"})  # what binds the reader to a rule of conduct
# Verbs by which data, as the subject, serves a purpose ("Your listening history powers the Up Next shelf",
# "Sensor readings drive the alerts"): the data is used. Third-person forms: the data is the subject.
SERVING_PLURAL: Final = frozenset({"drive", "power", "feed", "help", "decide", "determine", "shape", "inform", "set",
                            "personalise", "personalize", "tailor", "improve", "train", "teach"})
SERVING_VERBS: Final = frozenset(v + ("es" if v.endswith(("ch", "sh", "s", "x")) else "s") for v in SERVING_PLURAL)
# Being responsible for harm is liability ("We are responsible for any injury caused by our negligence").
RESPONSIBLE: Final = frozenset({"responsible", "responsibility"})
# Marketing sent to people: what they are sent, when their details are used to market to them
MAILINGS: Final = frozenset({"offer", "offers", "brochure", "brochures", "newsletter", "newsletters", "promotion",
                      "promotions", "deal", "deals", "coupon", "coupons", "catalogue", "catalogues", "catalog",
                      "catalogs", "mailing", "mailings", "voucher", "vouchers"})
MAKING_GOOD: Final = frozenset({"repair", "compensate", "reimburse", "replace", "pay", "cover"})  # a provider making harm good
REMEDIES: Final = frozenset({"repair", "repairs", "cleaning"})  # what making harm good pays for
HARMS: Final = frozenset({"injury", "injuries", "harm", "damage", "damages", "loss", "losses", "negligence", "accident",
                   "accidents", "death", "lost", "lose", "damaged", "broken", "stolen", "theft", "fail", "fails",
                   "failure", "breakage", "breakages"})
NOT_CONDUCT: Final = frozenset({"be", "pay", "give", "provide", "have", "reply", "notify", "tell"})  # ages, money, notice


# Plurals of nouns ending in "-ie", which keep it.
_IE_PLURALS: Final = frozenset({"cookies", "movies", "calories", "selfies", "zombies", "rookies", "freebies", "goalies",
                         "smoothies", "brownies", "hoodies", "newbies", "lingeries", "prairies", "birdies", "sorties"})


def clause_number(word: str) -> bool:
    """A clause's number as a text writes it ("3.2", "12.")."""
    return any(c.isdigit() for c in word) and all(c.isdigit() or c == "." for c in word)


def object_form(lem: str) -> str:
    """A content word as objects are compared: plural -s and a past -ed stripped ("gems", "gem"; "added",
    "add"), so words the lexicon does not lemmatize still meet."""
    if lem.endswith("ies") and len(lem) > 4 and lem not in _IE_PLURALS:
        return lem[:-3] + "y"  # "injuries", "injury"
    if lem.endswith("s") and len(lem) > 3 and not lem.endswith("ss"):
        return lem[:-1]
    if lem.endswith("ed") and len(lem) > 4 and not lem.endswith("eed"):
        return lem[:-2]
    return lem


# Nouns policies use for one thing, by the word objects are compared as ("a reservation" is "a booking"; "bicycles"
# are "bikes"; "photographs" and "pictures" are "photos"; "files" are "records"; an "SMS" is a "text"; "prepaid"
# is paid "in advance").
ONE_THING: Final = {"reservation": "booking", "bicycle": "bike", "picture": "photo", "photograph": "photo",
             "file": "record", "sms": "text", "prepaid": "advance",
             # the part of a paid period not used, however it is put ("partial months", "partly used", "part-way
             # through", "refunded pro rata", "a prorated refund", "the unexpired part"): "unused" (its form, "unus")
             "partial": "unus", "partly": "unus", "partway": "unus", "rata": "unus", "prorat": "unus",
             "unexpir": "unus"}


def thing_form(lem: str) -> str:
    """A content word as what it names is compared: its object form, one word for the nouns of one thing."""
    form = object_form(lem)
    return ONE_THING.get(form, form)
