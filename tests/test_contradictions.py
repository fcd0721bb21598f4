"""The consistency detector: a labelled corpus (precision/recall) plus small per-rule tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policylabel.consistency.detector import detect
from policylabel.consistency.findings import RULES, DetectedFinding
from policylabel.evidence import SourceText
from policylabel.statements import read_text

CORPUS = Path(__file__).parent / "data" / "contradictions"
CASES = sorted(p.stem for p in CORPUS.glob("*.txt"))


def _run(text: str, kind: str = "privacy-policy") -> list[DetectedFinding]:
    return detect(SourceText(text, "<case>"), kind=kind)


def _lines(f: DetectedFinding) -> set[int]:
    return {loc.span.line for loc in f.locations}


def _matches(found: DetectedFinding, expected: dict) -> bool:
    return found.kind == expected["kind"] and set(expected["lines"]) <= _lines(found)


def _score(case: str) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) for one corpus case."""
    text = (CORPUS / f"{case}.txt").read_text(encoding="utf-8")
    expected = json.loads((CORPUS / f"{case}.json").read_text(encoding="utf-8"))["expected"]
    found = _run(text)
    tp = sum(1 for e in expected if any(_matches(f, e) for f in found))
    fp = sum(1 for f in found if not any(_matches(f, e) for e in expected))
    return tp, fp, len(expected) - tp


def test_corpus_is_big_enough() -> None:
    assert len(CASES) >= 30
    negatives = [c for c in CASES if not json.loads((CORPUS / f"{c}.json").read_text())["expected"]]
    assert len(negatives) >= 10
    kinds = {e["kind"] for c in CASES for e in json.loads((CORPUS / f"{c}.json").read_text())["expected"]}
    assert kinds == set(RULES)


@pytest.mark.parametrize("case", CASES)
def test_corpus_case(case: str) -> None:
    _tp, fp, fn = _score(case)
    found = _run((CORPUS / f"{case}.txt").read_text(encoding="utf-8"))
    detail = [(f.kind, sorted(_lines(f)), f.message) for f in found]
    assert (fp, fn) == (0, 0), detail


def test_corpus_precision_recall() -> None:
    tp = fp = fn = 0
    for case in CASES:
        a, b, c = _score(case)
        tp, fp, fn = tp + a, fp + b, fn + c
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"\ncontradiction corpus: {len(CASES)} cases, tp={tp} fp={fp} fn={fn} "
          f"precision={precision:.3f} recall={recall:.3f}")
    assert precision >= 0.9
    assert recall >= 0.8


# ---- per-rule unit tests -------------------------------------------------------------------

def test_finding_shape_and_key_are_deterministic() -> None:
    text = "Sale\nWe do not sell personal information.\nBrokers\nWe sell personal information to data brokers.\n"
    a, b = _run(text), _run(text)
    assert a == b and len(a) == 1
    f = a[0]
    assert f.kind == "contradiction" and f.key == "contradiction:2:4"
    assert [loc.quote for loc in f.locations] == ["We do not sell personal information.",
                                                  "We sell personal information to data brokers."]
    assert "'Sells' is denied on line 2" in f.message


def test_contradiction_different_recipient_subsumption() -> None:
    # Denied to advertisers only; affirmed to third parties in general: not provably the same practice.
    text = "We do not sell personal information to advertisers.\nWe sell personal information to third parties.\n"
    assert _run(text) == []


def test_contradiction_ignores_but_clause() -> None:
    text = "We do not sell health data, but we sell aggregated data.\n"
    assert _run(text) == []


def test_contradiction_clause_split_finds_both_halves() -> None:
    text = "We do not collect location data.\nOther\nWe use cookies, and we collect location data from your phone.\n"
    assert [f.kind for f in _run(text)] == ["contradiction"]


def test_dns_link_with_sharing() -> None:
    text = "We do not share personal information.\nDo Not Sell or Share My Personal Information\n"
    kinds = [f.kind for f in _run(text)]
    assert kinds == ["contradiction"]


def test_inconsistent_contact_needs_same_role() -> None:
    text = "Email privacy@a.com with privacy questions.\nEmail sales@a.com for sales.\n"
    assert _run(text) == []


def test_phone_alternatives_in_one_sentence_are_fine() -> None:
    text = "For privacy requests call 555-123-4567 or 555-765-4321.\n"
    assert _run(text) == []


def test_obfuscated_email_reported_once_with_all_locations() -> None:
    text = "Write to [email protected].\nOr [email\u00a0protected].\n"
    found = _run(text)
    assert [f.kind for f in found] == ["empty-disclosure"]
    assert [loc.span.line for loc in found[0].locations] == [1, 2]
    assert found[0].locations[0].quote == "[email protected]"


def test_dates_day_month_ambiguity() -> None:
    assert _run("Last updated: 04/05/2023\nText.\nLast updated 5 April 2023.\n") == []
    found = _run("Last updated: 04/05/2023\nText.\nLast updated 6 April 2023.\n")
    assert [f.kind for f in found] == ["inconsistent-date"]


def test_empty_section_markdown_deeper_is_fine() -> None:
    assert _run("# Policy\n## Sharing\nWe share.\n") == []


def test_empty_disclosure_table_with_values_is_fine() -> None:
    text = "Recipients:\nCategory | Recipients |\n---|---|\nIdentifiers | Vendors |\nContact | Vendors |\n"
    assert _run(text) == []


def test_rules_are_described() -> None:
    assert set(RULES) == {"contradiction", "inconsistent-contact", "inconsistent-date", "empty-section",
                          "empty-disclosure"}
    assert all(RULES.values())


def test_detect_on_empty_and_odd_text() -> None:
    for text in ["", "\n\n", "|||", "::::", "a" * 5000, "we do not", "#\n#\n#", "\x00\x01 \u200b"]:
        assert isinstance(_run(text), list)


def test_data_subsumption_is_one_way() -> None:
    # A denial of location covers precise location; a denial of precise location does not cover approximate.
    assert [f.kind for f in _run("We do not collect location data.\nWe collect your precise location.\n")] == ["contradiction"]
    assert _run("We do not collect precise location data.\nWe collect your approximate location.\n") == []


def test_specific_data_denial_for_advertising_needs_same_data() -> None:
    assert _run("We do not use health information for advertising.\nWe use your purchase history to show ads.\n") == []
    found = _run("We do not use personal information for advertising.\nWe use your email address to target ads.\n")
    assert [f.kind for f in found] == ["contradiction"]


@pytest.mark.parametrize("text", [
    # the same several-word name of a practice, denied and affirmed
    "Transfers\nWe do not currently participate in the Data Privacy Framework.\nOther\n"
    "The company certifies that it adheres to the Data Privacy Framework principles.\n",
    # a passive with no agent is the first party's
    "We do not share your email address with advertisers.\nOther\n"
    "Email addresses of our customers are disclosed to our advertising partners for campaigns.\n",
    # a gapped cue: "make ... available"
    "Your contact details will not be made available to other companies.\nOther\n"
    "We make your email address available to marketing partners.\n",
    # "when you ..." says when, not whether
    "We do not collect precise geolocation.\nOther\n"
    "When you use the app, we collect your GPS coordinates every few seconds.\n",
    # a heading that names an opt-out link offers it
    "We never sell personal data.\nDo Not Sell My Personal Information\n",
])
def test_statement_rules_find(text: str) -> None:
    assert [f.kind for f in _run(text)] == ["contradiction"]


@pytest.mark.parametrize("text", [
    # a list of topics names a practice without stating it
    "Data Privacy Framework\nWe do not currently participate in the Data Privacy Framework.\n",
    # a name that ends with the practice's name is another thing
    "We do not participate in the Data Privacy Framework.\n"
    "The services of BBB National Programs Data Privacy Framework are provided at no cost.\n",
    # an agent other than the first party
    "We do not collect your browsing history.\nYour browsing history is collected by advertising networks.\n",
    # a condition stays a condition
    "We do not sell your personal information.\nIf we merge with another company, we may sell your personal information.\n",
    # a signal mentioned without saying what is done with it
    "We do not respond to Do Not Track signals.\nUniform standards for Do Not Track signals have not been adopted.\n",
])
def test_statement_rules_leave_alone(text: str) -> None:
    assert _run(text) == []


def test_an_opt_out_request_offered_contradicts_a_denial_and_a_leading_time_window_qualifies() -> None:
    text = ("We do not share personal information.\nChoices\n"
            "To submit a request to opt out of offline sales and sharing, please use our webform.\n")
    assert [sorted(loc.span.line for loc in f.locations) for f in _run(text)] == [[1, 3]]
    # "In the preceding 12 months, we have not sold": a time window, the denial is not compared.
    text = ("In the preceding 12 months, we have not sold personal information.\nChoices\n"
            "To submit a request to opt out of the sale of your data, please use our webform.\n")
    assert _run(text) == []
    # A right described is not an opt-out offered.
    assert _run("We do not sell personal information.\nYou have the right to opt out of the sale by email.\n") == []


def test_a_fee_added_after_surcharges_were_denied() -> None:
    text = ("Fees\nWe don't add surcharges on top of other fees.\nBilling\n"
            "Administrative fees may be added to credit card charges.\n")
    assert [sorted(loc.span.line for loc in f.locations) for f in _run(text, "terms-of-service")] == [[2, 4]]
    # A fee denied and another thing charged: no shared object.
    assert _run("Fees\nWe don't charge activation fees.\nBilling\nShipping is charged at $5.\n", "terms-of-service") == []


def test_a_company_name_with_a_period_is_one_subject_and_an_object_recipient_no_actor() -> None:
    text = ("Acme Co. does not track you across other websites.\nAds\n"
            "Acme Co. uses third-party advertising cookies to track your browsing across other websites.\n")
    assert [sorted(loc.span.line for loc in f.locations) for f in _run(text)] == [[1, 3]]


@pytest.mark.parametrize(("text", "kind", "found"), [
    # A notice period, and the same thing done at once.
    ("We will tell you about any change to these terms at least two months before it takes effect.\n"
     "We may update these terms, and changes apply as soon as they are posted.\n", "terms-of-service", True),
    # A denial to anyone covers a processor.
    ("We never share any information with anyone.\nVoice clips are processed by a transcription provider.\n",
     "privacy-policy", True),
    # Two periods for the same named data.
    ("Deleted photos are erased after 30 days.\nDeleted photos are kept for 60 days.\n", "privacy-policy", True),
    # Charged in full, after no charge, for the same thing.
    ("There is no charge for cancelling a booking.\nBookings cancelled late are charged in full.\n",
     "terms-of-service", True),
    # Two minimum ages for two roles: a rule for each.
    ("You must be at least 16 years old to apply.\nAnyone who posts jobs must be at least 18.\n",
     "terms-of-service", False),
    # A parent's age is not the audience's.
    ("The game is for children aged 5 to 11.\nAn account can only be opened by a parent aged 18 or over.\n",
     "privacy-policy", False),
    # A warranty given against goods supplied "as is", in other words for the same goods.
    ("Tools are sold as is, without warranties of any kind.\nWe guarantee that every tool works for a year.\n",
     "terms-of-service", True),
    # Two words of one thing on both sides: the same balance.
    ("Gift card balances never expire.\nAny balance left on a gift card after two years is cancelled.\n",
     "terms-of-service", True),
    # Different items by their ordinals.
    ("Delivery is free for the first parcel each month.\nEach additional parcel costs $5.\n",
     "terms-of-service", False),
    # Words the vocabulary reads as data do not make a term a data practice ("fitness for a purpose").
    ("We warrant that uploaded models print as designed.\n"
     "Printed models are supplied as is, with no warranty of fitness for a particular purpose.\n",
     "terms-of-service", True),
    # Ages of different people are different rules; the same people's, or a group denied and the reader, are not.
    ("Tutors must be at least 21.\nStudents aged 16 or 17 may join with a parent's consent.\n",
     "terms-of-service", False),
    ("Hosts must be at least 18.\nHosts must hold a valid licence and be at least 21.\n", "terms-of-service", True),
    ("The app is not meant for children under 13.\nMembers must be at least 16 years old.\n", "privacy-policy", True),
    # Another party's own practice with its own data.
    ("We do not sell customer data.\nCarriers that deliver our parcels may sell their own customer data.\n",
     "privacy-policy", False),
    # Credit kept indefinitely, and the same credit expiring.
    ("Bonus credits expire 12 months after they are issued.\nBonus credits remain on your account indefinitely.\n",
     "terms-of-service", True),
    # Unnamed recipients getting data to send offers are advertisers.
    ("We never share any information with advertisers.\n"
     "Garden brands receive your email address so they can send you offers.\n", "privacy-policy", True),
    # An age for restricted goods, and another product with its own notice, are not the service's minimum.
    ("You must be at least 18 to order.\nWine is handed over only to adults aged 21 or over.\n",
     "terms-of-service", False),
    ("You must be 18 or over to use the app.\n"
     "Minis, our separate app for children aged 6 to 12, is covered by its own privacy notice.\n",
     "privacy-policy", False),
    # Anonymised statistics derived from personal data are not personal data.
    ("We do not sell customers' personal data.\n"
     "Aggregated, anonymised statistics derived from location data are sold to city planners.\n",
     "privacy-policy", False),
    # "adults aged 18 or older" is everyone's minimum.
    ("Accounts may only be opened by adults aged 18 or older.\nYou must be at least 21 to open an account.\n",
     "terms-of-service", True),
    # A refund granted on a condition against all payments refused: what was paid does not narrow a refund.
    ("All orders are final and non-refundable.\nIf a parcel arrives broken, we will refund the broken items.\n",
     "terms-of-service", True),
    # The user asking for a refund is the first party granting it.
    ("All bookings are non-refundable.\nYou may request a full refund within 14 days of booking.\n",
     "terms-of-service", True),
    # A notice period is the period whatever it excepts.
    ("The Provider may deactivate an account on 7 days' notice.\n"
     "The Provider shall give at least 30 days' notice before deactivating an account, save for fraud.\n",
     "terms-of-service", True),
    # A name the text capitalises often says nothing of what a statement is about.
    ("Pebblo credits never expire.\nCredits bought in a bundle expire 12 months after purchase.\n"
     "The app is run by Pebblo Ltd.\nContact Pebblo support or write to Pebblo at help@pebblo.example.\n",
     "terms-of-service", True),
    # Using named data presupposes collecting it; using other data does not.
    ("We do not collect your precise location.\nThe Nearby feature uses your phone's GPS position to list shops.\n",
     "privacy-policy", True),
    ("We do not collect your precise location.\nThe Nearby feature uses your approximate location to list shops.\n",
     "privacy-policy", False),
    # "for any reason" denies every case, whatever the denial names.
    ("Once a print is made, no refunds are given for any reason.\n"
     "Customers unhappy with a print may return it for a full refund within 30 days.\n", "terms-of-service", True),
    # Times in business days.
    ("Email your request to us; we respond within 10 business days.\nWe will respond to requests within 45 days.\n",
     "privacy-policy", True),
    # A requirement added to another ("also") is a further rule.
    ("Nobody under 16 may join the club.\nCaptains must also be at least 18.\n", "terms-of-service", False),
    # Whose data it is, said by possessives, differs.
    ("During a delivery, the courier's phone sends its GPS position to us.\n"
     "We never collect the location of a customer's phone.\n", "privacy-policy", False),
    ("During a delivery, the courier's phone sends its GPS position to us.\n"
     "We never collect the location of a courier's phone.\n", "privacy-policy", True),
    # A charge waived for some people is an exception to the price, unless the price is charged to all.
    ("The packing service costs EUR 4 per week.\nCustomers aged 65 or over pay no packing fee.\n",
     "terms-of-service", False),
    ("The packing service costs EUR 4 per week for every customer, whatever their age.\n"
     "Customers aged 65 or over pay no packing fee.\n", "terms-of-service", True),
    ("Home collection costs EUR 6 per visit.\nHome collection is free for patients over 70.\n", "terms-of-service",
     False),
    ("Home collection costs EUR 6 per visit.\nHome collection is free for patients.\n", "terms-of-service", True),
    # An affirmation whose unit opens with the case a denial excepts is that case.
    ("We do not give your trip history to insurers unless we are served with a court order.\n"
     "When a court order is served on us, we hand over your trip history to insurers.\n", "privacy-policy", False),
    ("We do not give your trip history to insurers unless we are served with a court order.\n"
     "When an insurer asks, we hand over your trip history to insurers.\n", "privacy-policy", True),
    # A plural's possessive says whose as well; a name's does not.
    ("Our crew photograph the customer's roof and gutters.\n"
     "We never photograph the neighbours' roofs or gardens.\n", "privacy-policy", False),
    ("Our crew photograph the customer's roof and gutters.\n"
     "We never photograph the customers' roofs.\n", "privacy-policy", True),
    # Two times to answer a request.
    ("Email your request to us; we respond within 45 days.\nYou will hear back from us within ten days.\n",
     "privacy-policy", True),
    ("Email your request to us; we respond within 45 days.\nUnder the GDPR, we reply within one month.\n",
     "privacy-policy", False),
    # An opt-out of a sale denied, offered with its means; a right only described offers nothing.
    ("We do not sell personal information.\nYou can opt out of the sale of your data by clicking the link below.\n",
     "privacy-policy", True),
    ("We do not sell personal information.\nYou have the right to opt out of the sale of your data.\n",
     "privacy-policy", False),
    # A refund when the first party fails to deliver is outside a refusal; one at the reader's choice is not.
    ("Booking fees for the pottery course are not refundable.\n"
     "Where we are unable to run the course, your booking fee is paid back.\n", "terms-of-service", False),
    ("Booking fees for the pottery course are not refundable.\n"
     "Your booking fee is paid back if you decide not to come within 3 days of booking.\n", "terms-of-service", True),
    ("Booking fees for the pottery course are not refundable in any circumstances.\n"
     "Where we are unable to run the course, your booking fee is paid back.\n", "terms-of-service", True),
    ("Claymill Studio Terms\nThese terms cover courses at Claymill.\nEvery class at Claymill is small.\n"
     "Tutors at Claymill are potters.\n"
     "Booking fees for the pottery course are not refundable.\n"
     "If Claymill cannot run the course, your booking fee is paid back.\n", "terms-of-service", False),
    # Liability accepted for a thing and excluded for what was left in or on it.
    ("We will pay for damage to your boat while it is moored at our marina.\n"
     "We are not responsible for equipment left aboard the boat, such as radios or life jackets.\n",
     "terms-of-service", False),
    ("We will pay for damage to your boat while it is moored at our marina.\n"
     "We are not responsible for any damage to boats on our moorings.\n", "terms-of-service", True),
    # A request handled or completed in a time is answered in it.
    ("We reply to access requests within 30 days.\nAccess requests are usually completed within eight weeks.\n",
     "privacy-policy", True),
    # Compensating the first party for claims, or covering claims made against it, is an indemnity.
    ("Members shall indemnify the Club against any claim arising from their use of its boats.\n"
     "No member will ever have to compensate the Club for claims brought by visitors.\n", "terms-of-service", True),
    # Amendments are changes: one taking effect when posted meets a notice period for changes.
    ("We will give members thirty days' notice of any change to these terms.\n"
     "Amendments to these terms take effect immediately.\n", "terms-of-service", True),
    # A period in a table row keeps what the row's first cell names.
    ("Retention\nRecord | Kept for\nRaffle tickets | 2 months\nDoor logs | 30 days\nMore\n"
     "Tickets from the summer raffle are stored for one year.\n", "privacy-policy", True),
    # A party the vocabulary has no word for, named by the same noun next to both cues.
    ("Your playlists are never shared with festivals or venues.\n"
     "Partner festivals receive your playlists to plan their line-ups.\n", "privacy-policy", True),
    ("Your playlists are never shared with festivals or venues.\n"
     "Partner radio stations receive weekly listening counts.\n", "privacy-policy", False),
    # "No ..." denies always: a disclosure on a condition contradicts it; the recipient's possessive is no owner's.
    ("No information about a player's injuries is given to the player's employer.\n"
     "Where an employer sponsors a player, a report of each injury is sent to the employer's welfare officer.\n",
     "privacy-policy", True),
    # Harm from what the reader brings is not harm from what the first party supplies.
    ("The Hall is not liable for damage caused by decorations brought in by the Hirer.\n"
     "The Hall accepts liability for damage caused by decorations it put up.\n", "terms-of-service", False),
    ("The Hall is not liable for damage caused by decorations.\n"
     "The Hall accepts liability for damage caused by decorations it put up.\n", "terms-of-service", True),
    # "non-members" and members are two groups; a fee for one and none for the other agree.
    ("Non-member visitors pay a day fee of £8.\nMembers pay no day fee.\n", "terms-of-service", False),
    ("Visitors pay a day fee of £8.\nVisitors pay no day fee.\n", "terms-of-service", True),
    ("Membership records are kept for five years.\nRecords about non-members are kept for one year.\n",
     "privacy-policy", False),
    ("Membership records are kept for five years.\nMembership records are kept for one year.\n",
     "privacy-policy", True),
    # A kind of charge denied, and a charge the text names otherwise, sharing no word with it.
    ("We do not charge setup fees.\nPayments are handled by Paywell Ltd, which may charge a currency conversion fee "
     "to customers paying in euros.\n", "terms-of-service", False),
    ("We do not charge a joining fee.\nA joining fee of £20 is payable when you register.\n", "terms-of-service", True),
    # Data used for the service and never for training models: two purposes.
    ("We use your recordings to transcribe your notes.\nWe never use your recordings to train our speech models.\n",
     "privacy-policy", False),
    # A minimum beside a group's age is compared as a minimum.
    ("Riders must be at least twelve years old, and riders under sixteen need a signed consent form.\n"
     "No one under fourteen may ride on the trail.\n", "terms-of-service", True),
    # What people may do "from the age of" some age admits them at it.
    ("You must be 18 or over to use the Ledgerly app.\nThe Ledgerly app may be used from the age of 14.\n",
     "privacy-policy", True),
    # The shops you spend with, and what you buy, are your purchase history.
    ("We never use your purchase history to show you adverts.\n"
     "Ads in the app are chosen according to the shops you spend with most.\n", "privacy-policy", True),
    # "extra" names no thing: no extra charge for one service, an extra charge for another.
    ("There is no extra charge for feeding your cat its tablets.\nCollecting your cat after 5 pm costs an extra £20.\n",
     "terms-of-service", False),
    # A cap on every claim, and liability accepted in full: two answers; a cap and an exclusion are not.
    ("Our total liability for any claim is limited to the price of your ticket.\n"
     "We accept full liability for any loss of luggage stowed in our hold.\n", "terms-of-service", True),
    ("Our total liability for any claim is limited to the price of your ticket.\n"
     "We accept no liability for luggage left on deck.\n", "terms-of-service", False),
    ("Our total liability for any claim is limited to the price of your ticket.\n"
     "In no event will our aggregate liability exceed £50.\n", "terms-of-service", True),
    # Nouns for one thing: reservations are bookings, files are records.
    ("Table reservations are deleted after 12 months.\nRestaurant bookings are deleted after three years.\n",
     "privacy-policy", True),

    # Two prices for one thing named by the same words; two rows of a table, or two labelled things, are not.
    ("Family season pass: $120 per year.\nThe family season pass plan is priced at $150 a year.\n",
     "terms-of-service", True),
    ("Family season pass | $120 per year\nFamily season pass with parking | $150 per year\n",
     "terms-of-service", False),
    ("Weekday pass: $120 per year.\nWeekend pass: $150 per year.\n", "terms-of-service", False),
    # The words naming one priced thing among the other's: one thing; members and non-members: two groups.
    ("Spare filter cartridges cost EUR 8 each.\nThe Harbour Line keeps its own timetable.\nA spare cartridge is "
     "priced at EUR 11.\n", "terms-of-service", True),
    ("Members pay EUR 8 per visit to the sauna cabins.\nNon-members pay EUR 11 per visit to the sauna cabins.\n",
     "terms-of-service", False),
    # A voucher usable "whenever you like" with no expiry, and vouchers valid for a year: no case sets it apart.
    ("Gift vouchers are valid for 12 months from the date of purchase.\nA voucher can be used whenever you like, as "
     "it carries no expiry date.\n", "terms-of-service", True),
    # Liability kept for losses caused by the first party's fault, and none in a case: the party, named in both,
    # names no harm.
    ("The Council is not liable if the booking site is down on the day of the draw.\nThe Council stays liable for "
     "any loss caused by its own gross negligence.\n", "terms-of-service", False),
    ("We are not liable for any injury suffered on a trip, however it is caused.\nWe remain liable for injuries "
     "caused by the negligence of our guides.\n", "terms-of-service", True),
    # Those who produce a document and those without it: two cases.
    ("A player absent on match day who provides a medical certificate is refunded half the fee.\nA player who "
     "misses the match without a medical certificate receives no refund.\n", "terms-of-service", False),
    # Two uses of one kind of data for the same people: the people name no purpose.
    ("Flight recordings are used to debrief pupils after each lesson.\nFlight recordings are not used to grade "
     "pupils in the final test.\n", "privacy-policy", False),
    # A fee refused in every case, and another thing refunded.
    ("Unused lesson hours are refunded on withdrawal.\nThe enrolment fee is not refundable in any circumstances.\n",
     "terms-of-service", False),
    ("Fees are refunded if you withdraw before the first lesson.\nFees are not refundable in any circumstances.\n",
     "terms-of-service", True),
    # Locating in one state or on one surface only, against locating in another.
    ("The app reads your phone's GPS position once you press Start.\nBetween trips, the app does not read your "
     "location at all.\n", "privacy-policy", False),
    ("The app uses your location once, with your permission, to find a nearby shop.\nOur website never asks for "
     "your location.\n", "privacy-policy", False),
    ("The app never follows your location in the background.\nThe app records the phone's position every 15 "
     "minutes, even when the app is closed.\n", "privacy-policy", True),
    # Cancelling with notice and missing without it: the two sides of giving notice.
    ("If you cancel a lesson at least 24 hours ahead, we refund it in full.\nLessons missed without notice are not "
     "refunded.\n", "terms-of-service", False),
    ("If you cancel a lesson at least 24 hours ahead, we refund it in full.\nNo refunds are given for any reason.\n",
     "terms-of-service", True),
    # What can be done up to an event and "no longer" from it: one rule's two sides.
    ("You may cancel your order at any time before dispatch.\nAn order can no longer be cancelled once the parcel "
     "has left our warehouse.\n", "terms-of-service", False),
    ("You may cancel your order at any time before dispatch.\nOrders cannot be cancelled.\n", "terms-of-service",
     True),
    # A sum added to a row's price is another charge.
    ("Riverside pitch | £95 for the weekend\nThe Harbour Line keeps its own timetable.\nA booking fee of £4.50 per "
     "riverside pitch is added at checkout.\n", "terms-of-service", False),
    # A row of a table and a sentence elsewhere naming every word of its first cell: one thing.
    ("Sunset cruise (2 hours, drinks included) | EUR 55 | daily\nThe Harbour Line keeps its own timetable.\n"
     "A seat on the two-hour sunset cruise costs EUR 70.\n", "terms-of-service", True),
    ("Sunset cruise | EUR 55\nThe Harbour Line keeps its own timetable.\nA seat on the morning cruise costs "
     "EUR 70.\n", "terms-of-service", False),
    ("Sunset cruise | EUR 55 per week\nThe Harbour Line keeps its own timetable.\nThe sunset cruise costs EUR 15 "
     "per day.\n", "terms-of-service", False),
    # Never to third parties, with nothing to soften it, reaches contractors too; "for their own purposes" is an end.
    ("Customer records are never disclosed to third parties.\nDebt collection contractors receive the customer "
     "records of accounts left unpaid.\n", "privacy-policy", True),
    ("Customer records are never disclosed to third parties for their own purposes.\nDebt collection contractors "
     "receive the customer records of accounts left unpaid.\n", "privacy-policy", False),
    # A form the reader fills in, and a seller asked to confirm something, are the first party's collection.
    ("We do not collect health information.\nBefore the first class you complete a short declaration covering "
     "asthma, heart conditions and any medication you take.\n", "privacy-policy", True),
    ("We never ask for your date of birth.\nTo prevent fraud, we ask each new seller to confirm their date of birth."
     "\n", "privacy-policy", True),
    # An age restricting a thing of its own ("only to", "open to", "limited to") is compared only with what names it.
    ("Cave dives are limited to certified divers aged 18 and over.\nThe minimum age for the beginner course is 12."
     "\n", "terms-of-service", False),
    ("Only adults aged 18 or over may enter the photo competition.\nMembers aged 14 and over may join the club."
     "\n", "terms-of-service", False),
    ("Bookings can be made only by people aged 18 or over.\nAnyone aged 16 or older may book a lane online.\n",
     "terms-of-service", True),
    ("Accounts are only available to people aged 18 or over.\nYou must be at least 16 to open an account.\n",
     "terms-of-service", True),
    # A grant in the very case a refusal's exception names is that case.
    ("Fees paid are non-refundable, save where the Company closes the pool.\nWhere the Company closes the pool for "
     "more than three days in a row, the Member shall receive a pro-rata refund for those days.\n", "terms-of-service",
     False),
    # Loss of income or business is another loss than the goods' own.
    ("We accept full liability for loss of or damage to a bicycle while it is in our workshop.\nWe are not liable "
     "for any loss of income or business while a bicycle is being repaired.\n", "terms-of-service", False),
    # Giving reasons and giving notice are no one thing: "give" names nothing kept or timed.
    ("Consumers may withdraw from the contract within 14 days without giving reasons.\nThe Licensee may surrender "
     "the licence by giving 60 days' written notice.\n", "terms-of-service", False),
    # Two labelled minimum ages of two things, however long the label.
    ("Minimum age for harbour tours: 10 years, and children under 16 must come with an adult.\nMinimum age to "
     "charter a boat in one's own name: 18 years.\n", "terms-of-service", False),
    # A gift voucher bought as a present, and a credit the first party issues: two kinds of balance.
    ("Gift cards are valid for 18 months from purchase.\nStorm credits issued for cancelled sailings never "
     "expire.\n", "terms-of-service", False),
    ("Gift cards never expire.\nGift cards expire 18 months after purchase.\n", "terms-of-service", True),
    # What a guarantee leaves out ("excluded from the guarantee") is not a disclaimer of it.
    ("We guarantee every restored clock for 24 months.\nGlass faces and damage caused by dropping a clock are "
     "excluded from the guarantee.\n", "terms-of-service", False),
    # Liability for personal injury, none for personal belongings: two harms.
    ("We are liable for personal injury caused by the negligence of our coaches.\nWe are not liable for personal "
     "belongings left in the lockers.\n", "terms-of-service", False),
    # A harm caused by the first party's own error, and the same harm caused by the reader's act: two causes.
    ("We are liable for damage caused by our technician wrongly fitting a part.\nWe are not liable for damage "
     "caused by parts you fitted yourself.\n", "terms-of-service", False),
])
def test_statement_rules_general_cases(text: str, kind: str, found: bool) -> None:
    assert bool([f for f in _run(text, kind) if f.kind == "contradiction"]) is found


def test_a_warranty_is_about_the_goods_the_whole_text_names() -> None:
    # "boat" is in most statements, too frequent to tell one thing from another elsewhere
    fees = "".join(f"Boat {what} costs ${n} per day.\n" for n, what in zip(
        range(10, 90, 10), ("hire", "parking", "cleaning", "towing", "storage", "launching", "mooring", "fuelling"),
        strict=True))
    text = fees + "Boats are rented as is, without warranty of any kind.\n" \
        "We warrant that every boat is seaworthy at the start of the rental.\n"
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_no_fee_opening_a_sentence_is_the_first_partys() -> None:
    found = read_text("No setup fee is charged for any order.", "terms-of-service")
    assert [(s.practice, s.polarity, s.actor) for s in found] == [("fees-and-payment", "denied", "first-party")]


def test_a_notice_promised_with_an_exception_still_meets_no_notice() -> None:
    text = ("We may suspend or close any account at any time, with or without notice.\n"
            "We will give you 14 days' notice before closing your account, unless it is used for fraud.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_denial_is_compared_outside_the_exception_it_names() -> None:
    base = "Borrowing records are not disclosed to anyone unless a court order requires it.\n"
    outside = base + "Your email address and loan details are passed to the e-book distributor.\n"
    assert [f.kind for f in _run(outside)] == ["contradiction"]
    inside = base + "The records a court order names are released to the police.\n"
    assert _run(inside) == []
    consent = "Customer data will not be shared without the written consent of the customer.\n" \
        "We share customer data with our partners.\n"
    assert _run(consent) == []


def test_never_paying_and_being_charged_are_one_fee() -> None:
    text = "Job seekers never pay to apply for jobs.\nJob seekers are charged a $2 fee for each application sent.\n"
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    other = "Job seekers never pay to apply for jobs.\nA badge is available to job seekers for $9.99 per month.\n"
    assert _run(other, "terms-of-service") == []


def test_the_same_kind_of_data_kept_and_deleted_at_different_times() -> None:
    text = ("Cycle data is kept while your account is open and for two years after it is closed.\n"
            "Your cycle data is erased within 30 days after you close your account.\n"
            "Server logs are kept for 7 days.\n")
    found = _run(text)
    assert [f.kind for f in found] == ["contradiction"] and len(found[0].locations) == 2


def test_a_charge_added_by_a_verb_and_a_warranty_the_first_party_gives() -> None:
    fee = "There is no charge for home delivery.\nHome delivery adds $6 per box, wherever you live.\n"
    assert [f.kind for f in _run(fee, "terms-of-service")] == ["contradiction"]
    boxes = ("The Farm makes no guarantee as to the quantity or variety of produce in any box.\n"
             "The Farm guarantees that every box will contain at least eight different vegetables.\n")
    assert [f.kind for f in _run(boxes, "terms-of-service")] == ["contradiction"]
    berth = ("The Operator gives no warranty as to the safety of the vessel or its contents.\n"
             "The Operator guarantees that its mooring lines are inspected every month.\n")
    assert _run(berth, "terms-of-service") == []


def test_transfers_between_places() -> None:
    abroad = "Your information stays in the UK.\nOur customer service team in Cape Town can see your orders.\n"
    assert [f.kind for f in _run(abroad)] == ["contradiction"]
    inside = "All personal data is processed only within the EEA.\nSupport staff in Dublin can view your account.\n"
    assert _run(inside) == []
    # A place the data never leaves is where it is kept.
    left = "Your data never leaves the European Economic Area.\nPartners based in Canada may receive your answers.\n"
    assert [f.kind for f in _run(left)] == ["contradiction"]
    stays = "Your data never leaves the European Economic Area.\nOur support team in Lisbon can see your answers.\n"
    assert _run(stays) == []


def test_an_age_range_names_its_group() -> None:
    text = ("Members must be 18 or older to hold a share.\n"
            "Children aged 8 to 15 may join the volunteer days with a parent's written consent.\n")
    assert not [f for f in _run(text, "terms-of-service") if "minimum ages" in f.message]


def test_an_indemnity_owed_then_disclaimed() -> None:
    text = ("Customer shall indemnify Provider against any claim arising from Customer's misuse of the aligners.\n"
            "Customer is not required to indemnify Provider or its dentists for any reason.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    whatever = ("The Tenant shall indemnify the Landlord against any loss caused by the Tenant's guests.\n"
                "The Tenant is not required to indemnify the Landlord for any loss, whatever its cause.\n")
    assert [f.kind for f in _run(whatever, "terms-of-service")] == ["contradiction"]


def test_the_same_kind_of_data_denied_and_affirmed() -> None:
    text = ("Journey records are not used for marketing.\n"
            "We analyse your journey history to send you offers on season tickets.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    other = "Journey records are not used for marketing.\nWe analyse your payment history to send you offers.\n"
    assert _run(other) == []


def test_included_in_the_fees_then_billed() -> None:
    text = ("Water and electricity are included in all berthing fees.\n"
            "Electricity is metered at each pedestal and billed at EUR 0.45 per kWh.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_childs_and_childrens_data_are_one_persons() -> None:
    text = ("We never use children's information for advertising.\n"
            "The Parent app shows offers from our partners selected according to your child's age and step count.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]


def test_an_indemnity_not_required_for_anything_covers_every_case() -> None:
    text = ("You agree to indemnify the Resort against claims arising from your breach of the lift rules.\n"
            "Passholders are not required to indemnify the Resort for anything.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_no_data_named_on_either_side_and_the_same_recipients() -> None:
    text = ("We will never disclose your parking history to insurance companies.\n"
            "Partner motor insurers receive a monthly summary of the hours you park overnight.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    other = ("We will never disclose your parking history to insurance companies.\n"
             "Partner car washes receive a monthly summary of the hours you park overnight.\n")
    assert _run(other) == []


def test_a_fee_the_customer_shall_pay_and_the_same_kind_of_fee_denied() -> None:
    text = ("The Customer shall pay the hourly rate shown at booking, plus a booking fee of £2.50 per visit.\n"
            "No booking fee is charged for regular weekly cleans.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_blanket_refusal_of_refunds_and_a_refund_in_some_case() -> None:
    text = ("Deposits paid to the Provider are non-refundable.\n"
            "If you cancel more than 180 days before the wedding date, your deposit is refunded in full.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    excepted = ("Deposits are non-refundable unless you cancel more than 180 days before the date.\n"
                "If you cancel more than 180 days before the date, your deposit is refunded in full.\n")
    assert _run(excepted, "terms-of-service") == []


def test_an_indemnity_owed_and_nobody_required_to_indemnify() -> None:
    text = ("Landlords shall indemnify the Company against any claim arising from their listings.\n"
            "No User shall be required to indemnify the Company.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_data_disclosed_to_advertisers_for_ads_is_cross_context_advertising() -> None:
    text = ("We do not share your personal information for cross-context behavioral advertising.\n"
            "We disclose your activity on our site to advertising partners so they can show you ads.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]


def test_two_notice_periods_the_reader_must_give() -> None:
    text = ("The Customer may end the agreement by giving at least 7 days' notice.\n"
            "The Customer must give 14 days' notice before vacating the unit.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_an_opt_out_of_marketing_offered_for_a_marketing_use_denied() -> None:
    text = ("We never use your details for marketing.\n"
            "Each month we email a newsletter with offers from pet food brands, and you can unsubscribe from it at "
            "any time.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    sharing = ("We do not share your personal information with third parties for their direct marketing purposes.\n"
               "You may opt out of marketing emails by using the unsubscribe link.\n")
    assert _run(sharing) == []


def test_products_named_differently_are_different_items() -> None:
    text = ("The Free plan includes 5 GB of storage at no cost.\n"
            "The Plus plan costs $2.99 per month for 200 GB of storage.\n")
    assert _run(text, "terms-of-service") == []
    same = "The Free plan includes 5 GB of storage at no cost.\nThe Free plan costs $2.99 per month.\n"
    assert [f.kind for f in _run(same, "terms-of-service")] == ["contradiction"]


def test_kinds_named_at_the_start_of_a_sentence_are_different_items() -> None:
    text = "Standard shipping within the US is free on all orders.\nExpress shipping costs $14.95.\n"
    assert _run(text, "terms-of-service") == []


def test_younger_people_admitted_to_what_an_adults_only_age_keeps_them_from() -> None:
    text = ("Stillpoint is for adults: you must be eighteen or over to use it.\n"
            "Teenagers aged thirteen to seventeen may use Stillpoint with a parent's permission.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    others = ("Instructors must be at least 18 years old before publishing a course.\n"
              "Learners aged 13 to 17 may enroll in courses through a parent's account.\n")
    assert _run(others, "terms-of-service") == []
    objects = ("Accounts are available only to persons aged 18 or over.\n"
               "Account holders may issue guest codes to members of their household aged 12 or over.\n")
    assert _run(objects) == []


def test_children_admitted_with_an_adult_against_a_minimum_age_to_book() -> None:
    text = ("Bookings can only be made by persons of at least 18 years of age.\n"
            "Children of any age may stay in a booked room when an adult has made the booking.\n")
    assert _run(text, "terms-of-service") == []


def test_a_blanket_disclaimer_against_a_guarantee_the_first_party_gives() -> None:
    text = ('The App is provided "as is", without warranties of any kind.\n'
            "The Provider guarantees that payouts reach your bank account within two business days.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    statute = ("The boat is supplied without any warranty as to its condition, other than the guarantees that cannot "
               "be excluded under the Consumer Law.\nWe warrant that the boat will be seaworthy on the first day.\n")
    assert [f.kind for f in _run(statute, "terms-of-service")] == ["contradiction"]
    others = ("The App is provided as is, without warranties of any kind.\n"
              "We pass on the manufacturer's warranty on every phone we sell.\n")
    assert _run(others, "terms-of-service") == []


def test_a_thing_named_by_two_letter_words() -> None:
    text = "Wi-Fi is free across the site.\nWi-Fi access costs EUR 5 per day outside the reception area.\n"
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_no_deposit_is_not_no_fee() -> None:
    text = "No deposit is required.\nA late payment fee of EUR 10 is added to any overdue instalment.\n"
    assert _run(text, "terms-of-service") == []


def test_the_same_kind_of_charge_denied_and_taken() -> None:
    text = "No deposit is required.\nA refundable deposit equal to one month's hire is taken at the start.\n"
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_fee_named_by_the_documents_own_topic_is_still_that_fee() -> None:
    text = ("We collect your name when you make a booking.\nWe use your booking history to plan rooms.\n"
            "We share booking details with the venue.\nWe keep booking records for a year.\n"
            "We delete booking notes after a month.\nWe never sell booking data.\nWe secure every booking.\n"
            "There is no booking fee.\nEach extra player above six costs GBP 18.\n")
    assert _run(text, "terms-of-service") == []


@pytest.mark.parametrize("role", [
    "The person who receives the delivery must be 18 or over and may be asked to show ID.",
    "An adult aged 18 or older must be present throughout the visit.",
])
def test_an_age_of_someone_in_a_role_is_no_second_minimum(role: str) -> None:
    text = f"{role}\nMembership is open only to people aged 21 and over.\n"
    assert _run(text, "terms-of-service") == []


def test_two_minimum_ages_of_the_users() -> None:
    text = "You must be 18 or over to join.\nMembership is open only to people aged 21 and over.\n"
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


@pytest.mark.parametrize("refusal", ["Monthly fees are non-refundable.", "Sales are final and we do not issue refunds."])
def test_a_refusal_of_refunds_named_by_what_was_paid_covers_every_refund(refusal: str) -> None:
    text = f"{refusal}\nUnused days in the final month are refunded pro rata on cancellation.\n"
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_processor_abroad_is_the_first_partys_transfer() -> None:
    text = ("Your data is stored in the UK and is never transferred outside it.\n"
            "Our analytics provider processes usage data in the United States under standard contractual clauses.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]


def test_refunds_however_worded_and_deposits_apart() -> None:
    text = ("Unused ride credit cannot be refunded.\n"
            "You may ask for unused ride credit to be paid back to your card within 14 days of purchase.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    deposit = ("Hire fees are not refundable.\n"
               "The deposit is returned within 14 days after the instrument comes back undamaged.\n")
    assert _run(deposit, "terms-of-service") == []
    timed = ("Bikes are provided without any warranty as to their fitness or condition.\n"
             "The Operator guarantees that every bike has been safety-checked within the previous 7 days.\n")
    assert [f.kind for f in _run(timed, "terms-of-service")] == ["contradiction"]


def test_rules_for_different_places_are_two_rules() -> None:
    text = ("Listing a lot is free for sellers in the United Kingdom and the European Union.\n"
            "Sellers based in Switzerland pay CHF 0.40 per lot to cover customs declarations.\n")
    assert _run(text, "terms-of-service") == []
    same = ("Listing a lot is free for sellers in the European Union.\n"
            "Sellers based in Ireland pay EUR 0.40 per lot.\n")
    assert [f.kind for f in _run(same, "terms-of-service")] == ["contradiction"]


def test_taking_effect_some_days_after_publication_is_a_notice_period() -> None:
    text = ("We may amend these terms by giving you 60 days' notice.\n"
            "Amended terms take effect ten days after they are published on our website.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    same = ("We may amend these terms by giving you 60 days' notice.\n"
            "Amended terms take effect sixty days after they are published on our website.\n")
    assert _run(same, "terms-of-service") == []


def test_effective_on_the_day_it_is_posted_is_no_notice() -> None:
    text = ("We will tell you about changes to this policy at least 21 days before they apply.\n"
            "We may update this policy, and an update is effective on the day it is posted.\n")
    assert [f.kind for f in _run(text, "privacy-policy")] == ["contradiction"]


def test_a_refusal_in_its_own_words_covers_every_refund() -> None:
    text = ("All sales are final and no money is given back.\n"
            "If a lamp arrives broken, send it back within 14 days for a full refund.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_refusal_for_some_goods_meets_a_refund_for_them_in_other_words() -> None:
    text = ("No refunds are given for alterations once they are finished.\n"
            "A customer unhappy with a finished alteration may claim the money back within ten days.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    other = ("No refunds are given for alterations once they are finished.\n"
             "A customer unhappy with a gift voucher may claim the money back within ten days.\n")
    assert _run(other, "terms-of-service") == []


def test_a_refund_refused_whenever_the_reader_acts_meets_one_granted_to_those_who_act() -> None:
    text = ("If you withdraw from a course, the course fee is not refunded.\n"
            "Students who withdraw before the second lesson get their course fee back.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    bounded = ("If you withdraw from a course within 48 hours of its start, the course fee is not refunded.\n"
               "Students who withdraw before the second lesson get their course fee back.\n")
    assert _run(bounded, "terms-of-service") == []
    reworded = ("The booking fee is not refundable if the Customer cancels.\n"
                "If the Customer withdraws a month or more before the date, the booking fee is repaid in full.\n")
    assert [f.kind for f in _run(reworded, "terms-of-service")] == ["contradiction"]
    other_act = ("The booking fee is not refundable if the Customer cancels.\n"
                 "If the Customer is injured before the date, the booking fee is repaid in full.\n")
    assert _run(other_act, "terms-of-service") == []


def test_expiry_however_worded() -> None:
    text = ("Unused rides on a ten-ride card never expire.\n"
            "Cards are valid for one year, after which any remaining rides are forfeited.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    other = ("Unused rides on a ten-ride card never expire.\n"
             "Promotional vouchers are forfeited after one month.\n")
    assert _run(other, "terms-of-service") == []


def test_a_minimum_age_as_the_subjects_predicate() -> None:
    text = "Climbers must be at least eight years old to book a session.\nNo one under the age of twelve is coached here.\n"
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    group = "Climbers must be at least eight years old to book a session.\nNight League: players must be 18 or older.\n"
    assert _run(group, "terms-of-service") == []


def test_a_refusal_that_keeps_only_what_the_law_requires_is_compared() -> None:
    text = ("Fees that have been paid are non-refundable, except where the law of your country requires otherwise.\n"
            "If you cancel within the first 30 days, Larchway will refund the months you have not used.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    excepted = ("Fees that have been paid are non-refundable, except where a session is cancelled by us.\n"
                "If we cancel a session, Larchway will refund its price.\n")
    assert _run(excepted, "terms-of-service") == []


def test_a_consent_exception_covers_what_is_done_with_consent() -> None:
    text = ("Door logs are not disclosed to anyone outside the Company unless the account holder consents.\n"
            "Marketing partners receive the phone numbers of invited guests.\n")
    assert _run(text, "privacy-policy") == []


def test_refunds_on_either_side_of_one_boundary() -> None:
    text = ("Rooms cancelled more than 72 hours before check-in are refunded in full.\n"
            "No refund is given for a cancellation made within 72 hours of check-in.\n")
    assert _run(text, "terms-of-service") == []


def test_notice_windows_told_after_the_period_or_as_any_time() -> None:
    # "30 days or less before" is a window of 0-30 days, which "at least 14 days before" overlaps
    overlap = ("If the Renter cancels 30 days or less before the trip, the deposit is forfeited.\n"
               "Deposits are refunded in full when the Renter cancels at least 14 days before the trip.\n")
    assert [f.kind for f in _run(overlap, "terms-of-service")] == ["contradiction"]
    # "or more" is the other side of the same boundary
    apart = ("If the Renter cancels 30 days or more before the trip, the deposit is refunded in full.\n"
             "No refund is given when the Renter cancels less than 30 days before the trip.\n")
    assert _run(apart, "terms-of-service") == []
    # "at any time before" holds every notice, a short one too
    anytime = ("Deposits are non-refundable if you cancel with less than 24 hours' notice.\n"
               "If you cancel at any time before your lesson, your deposit comes back to you in full.\n")
    assert [f.kind for f in _run(anytime, "terms-of-service")] == ["contradiction"]


def test_a_refusal_in_a_case_of_the_readers_leaving_told_otherwise() -> None:
    # the reader deciding to stop, and stopping; a sum the refusal names bounds no case
    stop = ("Term fees are not refunded if you decide to stop lessons partway through a term.\n"
            "If you stop your lessons in the middle of a term, we pay back the weeks you did not use.\n")
    assert [f.kind for f in _run(stop, "terms-of-service")] == ["contradiction"]
    named_sum = ("Where the Member cancels a booking, the deposit of $80 shall not be refunded.\n"
                 "A Member who cancels more than 21 days before the course shall receive the whole deposit back.\n")
    assert [f.kind for f in _run(named_sum, "terms-of-service")] == ["contradiction"]
    # the provider's calling it off is another case
    theirs = ("Where the Member cancels a booking, the deposit of $80 shall not be refunded.\n"
              "If the Club cancels a course, the Member shall receive the whole deposit back.\n")
    assert _run(theirs, "terms-of-service") == []


def test_totals_without_names_are_no_personal_data() -> None:
    text = ("Member details are not passed to tour operators.\n"
            "Tour operators receive booking totals by month, which contain no names.\n")
    assert _run(text, "privacy-policy") == []


def test_the_verb_of_sharing_says_nothing_of_what_is_shared() -> None:
    text = ("Your booking details and hairstyle photos are passed to the salon you pick so the stylist can prepare.\n"
            "We never pass personal data to advertisers or data brokers.\n")
    assert _run(text, "privacy-policy") == []


def test_children_welcome_in_a_separate_group() -> None:
    text = ("Membership is open to climbers aged 18 and above.\n"
            "Children aged seven to twelve are welcome in the separate Junior Club, which meets on Sundays.\n")
    assert _run(text, "terms-of-service") == []
    same = ("Membership is open to climbers aged 18 and above.\n"
            "Children aged seven to twelve are welcome at every session.\n")
    assert [f.kind for f in _run(same, "terms-of-service")] == ["contradiction"]


def test_what_the_law_requires_to_be_reported_is_no_broken_promise() -> None:
    text = ("Member details are never given to commercial organisations.\n"
            "Where a notifiable disease is found, flock locations and owner details are reported to the Northern "
            "Department of Farming, as the law requires.\n")
    assert _run(text, "privacy-policy") == []


def test_a_party_the_vocabulary_does_not_name_is_a_third_party() -> None:
    text = ("Information is never passed to third parties for their own purposes.\n"
            "Names and addresses of new parents are supplied to photographers and nappy firms.\n")
    assert [f.kind for f in _run(text, "privacy-policy")] == ["contradiction"]
    excepted = ("Information is never passed to third parties, except to our payment processor.\n"
                "Names and addresses of new parents are supplied to photographers and nappy firms.\n")
    assert _run(excepted, "privacy-policy") == []


def test_either_side_of_one_number() -> None:
    text = ("Delivery within 10 miles of the shop is free.\n"
            "Deliveries more than 10 miles away carry a charge of $2 for each extra mile.\n")
    assert _run(text, "terms-of-service") == []
    same = ("Delivery within 10 miles of the shop is free.\n"
            "Deliveries within 10 miles carry a charge of $2 for each mile.\n")
    assert [f.kind for f in _run(same, "terms-of-service")] == ["contradiction"]


def test_a_refusal_including_a_case_covers_it() -> None:
    text = ("Class fees are never refunded, including when a pupil leaves mid-term.\n"
            "If a pupil leaves before half-term, the class fee is returned.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_refusal_with_an_excepted_case_meets_a_grant_in_another() -> None:
    other = ("Pitch hire fees are not refundable, except where the Centre closes the pitches.\n"
             "If a player cancels more than a day ahead, the hire fee is paid back in full.\n")
    assert [f.kind for f in _run(other, "terms-of-service")] == ["contradiction"]
    same = ("Pitch hire fees are not refundable, except where the Centre closes the pitches.\n"
            "If the Centre closes the pitches, the hire fee is paid back in full.\n")
    assert _run(same, "terms-of-service") == []
    unconditional = ("Pitch hire fees are not refundable, except where the Centre closes the pitches.\n"
                     "The hire fee is paid back in full.\n")
    assert _run(unconditional, "terms-of-service") == []


def test_past_purchases_are_data_not_a_time_window() -> None:
    text = ("Order history is kept for six years for tax purposes.\n"
            "Records of your past purchases are deleted two years after each purchase.\n")
    assert [f.kind for f in _run(text, "privacy-policy")] == ["contradiction"]
    window = ("We have not sold personal information in the past 12 months.\n"
              "We sell customer lists to partner brands.\n")
    assert _run(window, "privacy-policy") == []


def test_a_category_holding_what_was_denied() -> None:
    text = ("Your email address and phone number are never passed to anyone outside the league.\n"
            "Your contact details are given to the referee association for your region.\n")
    assert [f.kind for f in _run(text, "privacy-policy")] == ["contradiction"]
    one = ("Your email address is never passed to anyone outside the league.\n"
           "Your contact details are given to the referee association for your region.\n")
    assert _run(one, "privacy-policy") == []  # one kind denied: the details given may be others


def test_two_periods_for_one_thing_worded_twice() -> None:
    text = ("Inspection reports are retained for five years after the inspection.\n"
            "Completed inspecting notes are destroyed 12 months after the visit.\n")
    assert [f.kind for f in _run(text, "privacy-policy")] == ["contradiction"]
    other = ("Inspection reports are retained for five years after the inspection.\n"
             "Raw photographs are destroyed 12 months after upload.\n")
    assert _run(other, "privacy-policy") == []


@pytest.mark.parametrize("disclaimer", [
    "All bikes are supplied as seen and without any warranty as to their condition or fitness for a purpose.",
    "Boats are hired as they are, with no warranty of fitness or safety.",
])
def test_a_disclaimer_of_quality_meets_a_guarantee_of_the_goods(disclaimer: str) -> None:
    text = disclaimer + "\nWe guarantee that every bike and boat is serviced and safe when it leaves the yard.\n"
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_two_wordings_of_one_kind_of_charge() -> None:
    text = ("There is no joining fee.\n"
            "A one-off enrolment charge of £20 is taken when you sign up.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    tiers = ("Standard postage is free on every order.\n"
             "Express postage costs an extra £4 per order.\n")
    assert _run(tiers, "terms-of-service") == []
    other = ("There is no joining fee.\n"
             "A delivery charge of £4 is added to each order.\n")
    assert _run(other, "terms-of-service") == []
    inflected = ("No handling fee is ever added.\n"
                 "Every parcel carries a $3 processing charge.\n")
    assert [f.kind for f in _run(inflected, "terms-of-service")] == ["contradiction"]
    hyphenated = ("There is no sign-up fee.\n"
                  "An activation charge of $10 is taken from your card.\n")
    assert [f.kind for f in _run(hyphenated, "terms-of-service")] == ["contradiction"]


def test_offers_sent_by_the_recipients_are_marketing() -> None:
    text = ("Your phone number is never disclosed to other companies for their own marketing.\n"
            "Partner gyms receive the phone numbers of new members so that they can text them trial offers.\n")
    assert [f.kind for f in _run(text, "privacy-policy")] == ["contradiction"]


def test_a_denial_to_a_party_the_vocabulary_does_not_name() -> None:
    text = ("We never pass member details to other gyms.\n"
            "Our couriers receive your name and address so that they can deliver your kit.\n")
    assert _run(text, "privacy-policy") == []  # couriers are not other gyms
    same = ("We never pass member details to other gyms or hand them to sports clubs.\n"
            "Local sports clubs receive the names and phone numbers of new members.\n")
    assert [f.kind for f in _run(same, "privacy-policy")] == ["contradiction"]


def test_credit_given_is_another_kind_of_balance() -> None:
    text = ("Your wallet balance never expires.\n"
            "Bonus credits expire at the end of the month in which they are given.\n")
    assert _run(text, "terms-of-service") == []
    same = ("Your wallet balance never expires.\n"
            "Wallet balances expire after 12 months without use.\n")
    assert [f.kind for f in _run(same, "terms-of-service")] == ["contradiction"]


def test_what_a_guarantee_does_not_cover_is_no_disclaimer() -> None:
    text = ("Every service is guaranteed for six months.\n"
            "The guarantee does not cover damage caused by accidents.\n")
    assert _run(text, "terms-of-service") == []


def test_data_of_the_subjects_own_is_theirs() -> None:
    text = ("We never ask for a pupil's photograph.\n"
            "Teachers may upload a profile picture of themselves if they wish.\n")
    assert _run(text, "privacy-policy") == []


def test_not_knowing_where_someone_is_against_reading_their_position() -> None:
    text = ("Pathly does not record where you are.\n"
            "The Route Finder reads your phone's GPS coordinates every time it opens.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]


def test_an_age_named_as_the_minimum_is_a_minimum_age() -> None:
    text = ("Pupils must be at least seven years old.\n"
            "Minimum joining age: 5 years.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_balance_that_never_expires_against_funds_forfeited_in_time() -> None:
    text = ("Your gift card balance does not expire.\n"
            "Money left on a gift card with no shopping activity for 18 months is forfeited.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    closed = ("Your gift card balance does not expire.\n"
              "You may close your account at any time, but any unused gift card money is lost when you do.\n")
    assert "contradiction" not in [f.kind for f in _run(closed, "terms-of-service")]


def test_an_allowance_of_a_plan_is_not_credit_bought() -> None:
    text = ("Texts included in a monthly plan expire when the month ends.\n"
            "Text credits bought as a top-up never expire.\n")
    assert _run(text, "terms-of-service") == []
    same = ("Text credits expire when the month ends.\n"
            "Text credits bought as a top-up never expire.\n")
    assert [f.kind for f in _run(same, "terms-of-service")] == ["contradiction"]


def test_a_fee_denied_for_things_a_relative_clause_narrows_is_not_every_fee() -> None:
    text = ("You will not be charged for calls that ring out unanswered.\n"
            "Calls to other networks are charged at 10p a minute.\n")
    assert _run(text, "terms-of-service") == []
    plain = ("You will not be charged for calls.\n"
             "Calls to other networks are charged at 10p a minute.\n")
    assert [f.kind for f in _run(plain, "terms-of-service")] == ["contradiction"]


@pytest.mark.parametrize("denial", ["You will not be asked to indemnify the Lodge.",
                                    "No indemnity of any kind is required from you."])
def test_an_indemnity_denied_whoever_is_asked_for_it(denial: str) -> None:
    text = (f"{denial}\nThe Lodge is run by Lodge Ltd; the Lodge's staff serve the Lodge's guests.\n"
            "Guests shall indemnify the Lodge against any claim arising from damage to rooms.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_express_or_implied_names_no_tier() -> None:
    text = ("ALL BOATS ARE HIRED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.\n"
            "We warrant that every boat meets the national safety standard for hire craft.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_one_tracking_technology_named_by_both() -> None:
    text = ("We do not use advertising cookies or tracking pixels.\n"
            "The Meta Pixel on our booking page records bookings so that we can measure our ads.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    essential = ("Our website does not use tracking cookies.\n"
                 "A session cookie keeps you signed in while you book.\n")
    assert _run(essential) == []


def test_a_brand_written_in_two_capitals_is_a_name() -> None:
    text = ("You agree to indemnify JumpZone against claims arising from your breach of the rules.\n"
            "You are not required to indemnify JumpZone for losses caused by JumpZone's own negligence.\n"
            "Tickets for JumpZone are sold online; JumpZone staff check them at the door.\n")
    assert _run(text, "terms-of-service") == []


@pytest.mark.parametrize(("text", "contradiction"), [
    ("We are not responsible for bicycles left in the yard.\n"
     "We will pay for any bicycle stolen from the yard while it is chained to our rack.\n", True),
    ("The Club accepts no liability for sprains or other injuries suffered on the court.\n"
     "The Club is responsible for injuries caused by a surface it failed to repair.\n", True),
    # a cap, then a carve-out the law requires: no contradiction
    ("Our liability for damage to a parcel is limited to £50.\n"
     "Nothing in these terms limits our liability for death or personal injury caused by negligence.\n", False),
    # different things: coats excluded, injuries accepted
    ("We are not responsible for coats left in the cloakroom.\n"
     "We are responsible for injuries caused by our staff's negligence.\n", False),
])
def test_liability_excluded_and_accepted_for_the_same_harm(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text, "terms-of-service")]) is contradiction


@pytest.mark.parametrize(("text", "contradiction"), [
    ("These terms are governed by the laws of Tasmania.\n"
     "Any claim under this agreement is decided under the laws of Victoria.\n", True),
    ("These terms are governed by the laws of Manitoba.\n"
     "The courts of Manitoba have exclusive jurisdiction over any dispute.\n", False),
    # a law named for some customers only
    ("These terms are governed by the laws of Texas.\n"
     "If you live in Quebec, the laws of Quebec apply to your purchase.\n", False),
])
def test_two_governing_laws_or_venues(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text, "terms-of-service")]) is contradiction


def test_a_second_item_is_an_extra_one() -> None:
    text = ("There is no charge for a second suitcase.\n"
            "Each extra suitcase checked in costs £15.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    tiers = ("The first suitcase travels free.\n"
             "Each extra suitcase checked in costs £15.\n")
    assert _run(tiers, "terms-of-service") == []


def test_one_thing_named_by_words_of_one_stem() -> None:
    text = ("The £10 credit you receive for inviting a neighbour never expires.\n"
            "Unused invitation credit lapses 90 days after it is issued.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_one_kind_of_data_named_by_two_words_is_kept_for_one_period() -> None:
    text = ("Site photos uploaded by members are kept for six months.\n"
            "Pictures you attach to a repair report are stored for two years.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    other = ("Site photos uploaded by members are kept for six months.\n"
             "Identity documents uploaded by volunteers are deleted 30 days after they are checked.\n")
    assert _run(other) == []


def test_two_notice_periods_for_changes_to_the_policy() -> None:
    text = ("We will post any change to this policy at least 21 days before it takes effect.\n"
            "A revised policy takes effect seven days after it is posted on the website.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    same = ("We will post any change to this policy at least 21 days before it takes effect.\n"
            "Changes take effect 21 days after they are posted.\n")
    assert _run(same) == []


def test_no_marketing_sent_against_an_unsubscribe_link() -> None:
    text = ("We do not send marketing emails.\n"
            "Our weekly offers email can be stopped with the unsubscribe link in every issue.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    consented = ("We do not send marketing emails unless you ask for them.\n"
                 "Our weekly offers email can be stopped with the unsubscribe link in every issue.\n")
    assert _run(consented) == []


def test_do_not_track_and_dnt_name_one_signal() -> None:
    text = ("We honour Do Not Track browser signals by turning off analytics.\n"
            "The website does not respond to DNT signals.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]


def test_a_refusal_in_the_readers_case_meets_a_grant_to_readers_in_it() -> None:
    text = ("Season tickets are not refunded if a member leaves the club mid-season.\n"
            "A member who leaves receives a refund of the matches still to be played.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_fee_named_alike_whatever_card_it_is_charged_to() -> None:
    text = ("Gym memberships do not renew automatically.\n"
            "Your gym membership is charged to the card on file every month until you cancel it.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    other = ("We do not add taxes to the quoted rates.\n"
             "Merchant fees may be added to credit card payments.\n")
    assert _run(other, "terms-of-service") == []


def test_a_sale_never_made_of_anyones_data_meets_data_paid_for() -> None:
    text = ("We have never sold a member file and never will.\n"
            "Hotels pay us £3 for each visitor whose arrival dates we pass on to them.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    aggregate = ("We have never sold a member file and never will.\n"
                 "Hotels pay us for a yearly count of visitors per resort, with no names.\n")
    assert _run(aggregate) == []


def test_the_currency_is_no_word_of_the_thing_priced() -> None:
    from policylabel.consistency.prices import _money_word
    assert all(_money_word(w, unit) for w, unit in (("pln", "PLN"), ("lari", "GEL"), ("euros", "EUR"), ("rp", "IDR"),
                                                     ("nz", "NZD")))
    assert not any(_money_word(w, unit) for w, unit in (("plan", "PLN"), ("lari", "EUR"), ("host", "PLN")))


def test_a_sale_denied_to_anyone_meets_a_list_sold_to_a_buyer_the_vocabulary_does_not_name() -> None:
    text = ("We never sell guest details to anyone.\n"
            "Each winter the guest list is sold to a ski-equipment shop in the valley.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    paid = ("We do not sell your personal data.\n"
            "A brewery pays us for a copy of our customer mailing list every year.\n")
    assert [f.kind for f in _run(paid)] == ["contradiction"]
    for other in ("Each winter a count of guests per week, with no names, is sold to a ski-equipment shop.\n",
                  "Receipts are kept for six years after each sale.\n",
                  "Each winter our list of lift passes is sold to guests at the front desk.\n"):
        assert _run("We never sell guest details to anyone.\n" + other) == [], other


def test_a_sale_of_the_data_of_the_people_served_meets_their_records_sold() -> None:
    # ("viewer", "subscriber": any role of the people the service serves names their data in general)
    text = ("We do not sell viewer data.\n"
            "Bundles of subscriber phone numbers are sold to telecom marketing companies.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    assert _run("We do not sell viewer data.\nA count of viewers per channel is sold to broadcasters.\n") == []


def test_a_charge_on_every_one_of_a_thing_made_free() -> None:
    text = ("Hotel pick-up in Rivermouth and Old Harbour is free of charge.\n"
            "A transfer charge of 300 TRY applies to every hotel pick-up.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    for other in ("A transfer charge of 300 TRY applies to every airport pick-up.\n",
                  "A transfer charge of 300 TRY applies to every hotel pick-up if you ask for one after 10 pm.\n"):
        assert _run("Hotel pick-up in Rivermouth and Old Harbour is free of charge.\n" + other, "terms-of-service") == [], other


def test_a_report_passed_on_in_other_verbs_and_the_readers_asking_in_other_words() -> None:
    denied = "We do not pass your audit report to heat-pump installers unless you ask us to.\n"
    text = denied + "All audit reports are forwarded to our three partner installers so that they can send quotes.\n"
    assert [f.kind for f in _run(text)] == ["contradiction"]
    for other in ("Your audit report is forwarded to installers at your request.\n",
                  "Your audit report is passed to installers on your instructions.\n"):
        assert _run(denied + other) == [], other
    parties = ("When a part has to be ordered, we give the parts importer your name and phone number.\n"
               "We don't share your address with the parts importer.\n")
    assert _run(parties) == []


@pytest.mark.parametrize(("text", "contradiction"), [
    ("You must be at least 18 to make a booking.\nBookings may be made by anyone aged 14 or over.\n", True),
    ("Contributors must be at least 18 years old.\n"
     "Photographers aged 15 and over may submit their work as contributors.\n", True),
    # a staff role's minimum and whoever does another thing, and people admitted as others
    ("Drivers must be at least 18 years old.\nHouseholds may be registered by anyone aged 15 or over.\n", False),
    ("Contributors must be at least 18 years old.\nPhotographers aged 15 and over may visit the gallery.\n", False),
])
def test_whose_age_by_a_passive_s_agent_and_by_the_role_people_are_admitted_as(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text, "terms-of-service")]) is contradiction


def test_a_learned_reading_in_a_plain_unit_is_paired_with_a_rule_reading() -> None:
    # (the rules read no statement in the second line; the learned weights read a credit that never expires)
    affirmed = "Loyalty points expire 12 months after they are earned.\n"
    plain = "Points earned through the loyalty program remain valid indefinitely.\n"
    assert [f.kind for f in _run(affirmed + plain, "terms-of-service")] == ["contradiction"]
    # not from a unit naming a case, nor for a thing named by other words
    assert _run(affirmed + "Unless the program closes, points earned through it remain valid indefinitely.\n",
                "terms-of-service") == []
    assert _run(affirmed + "Stamps collected on a paper card remain valid indefinitely.\n", "terms-of-service") == []
    # a learned affirmation is paired only with an absolute denial
    from policylabel.consistency.statement_rules import _learned_pair
    [learned] = [x for x in read_text(plain.strip(), "terms-of-service", learned=True) if x.learned]
    [rule] = read_text(affirmed.strip(), "terms-of-service")
    assert _learned_pair(learned, rule) and not _learned_pair(rule, learned)
    handed = "Day visitors hand over their identity card at the gate, and its number is written in the guest log.\n"
    assert [f.kind for f in _run("We never collect ID card numbers from day visitors.\n" + handed)] == ["contradiction"]
    assert _run("We do not collect ID card numbers from day visitors.\n" + handed) == []


def test_similar_technologies_denied_cover_a_pixel() -> None:
    text = ("The shop does not use tracking cookies or similar technologies.\n"
            "A TikTok pixel on the checkout page records what you buy so that our adverts can reach you.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    essential = ("The shop does not use tracking cookies or similar technologies.\n"
                 "A session cookie keeps your basket while you shop.\n")
    assert _run(essential) == []


def test_nothing_in_the_agreement_narrows_no_indemnity() -> None:
    text = ("The Customer shall indemnify the Company against claims arising from items in the load.\n"
            "Nothing in this Agreement requires the Customer to indemnify the Company.\n"
            "The Company keeps a record of every load.\n"
            "The Customer may cancel a load with notice to the Company.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


@pytest.mark.parametrize(("text", "contradiction"), [
    ("The courts of Ontario have exclusive jurisdiction over any dispute about a booking.\n"
     "All disputes shall be settled by binding arbitration in Toronto.\n", True),
    # a law named alone agrees with arbitration
    ("These terms are governed by the laws of Ontario.\n"
     "All disputes shall be settled by binding arbitration in Toronto.\n", False),
    # courts that enforce an award, and small claims, are the arbitration clause's own carve-outs
    ("Judgment on an arbitration award may be entered in the courts of Ontario.\n"
     "All disputes shall be settled by binding arbitration in Toronto.\n", False),
    ("The courts of Ontario hear any dispute about a booking.\n"
     "All other disputes are settled by arbitration, but either of us may bring a claim in small claims court.\n",
     False),
])
def test_courts_against_arbitration(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text, "terms-of-service")]) is contradiction


@pytest.mark.parametrize(("text", "contradiction"), [
    # arbitration ruled out beside the courts that hear disputes instead, and required elsewhere
    ("Claims are decided by the courts of Graz, and no claim shall be referred to arbitration.\n"
     "Every disagreement with the shop is resolved by a sole arbitrator in Vienna.\n", True),
    ("A claim may be brought before the Commercial Court of Liège rather than in arbitration.\n"
     "All disputes must go to binding arbitration.\n", True),
    # class actions kept and waived
    ("You give up the right to bring or join a class action against the studio.\n"
     "Nothing in these terms keeps you out of a class action.\n", True),
    # an opt-out window, small claims, or a sum set one case apart
    ("You may opt out of arbitration by writing to us within 30 days.\n"
     "All disputes must go to binding arbitration.\n", False),
    ("Claims under EUR 800 may instead go to the small-claims court of Liège.\n"
     "All disputes must go to binding arbitration.\n", False),
    ("Disputes about a rental go to arbitration in Graz.\n"
     "If you are a consumer, arbitration does not apply to you.\n", False),
])
def test_arbitration_ruled_out_and_required(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text, "terms-of-service")]) is contradiction


@pytest.mark.parametrize(("sentence", "read"), [
    ("The courts of Graz have exclusive jurisdiction, and no dispute shall be referred to arbitration.",
     {("arbitration", "denied"), ("governing-law", "affirmed")}),
    ("Disputes go to the courts of Salzburg rather than to arbitration.",
     {("arbitration", "denied"), ("governing-law", "affirmed")}),
    ("A customer may sue in the county court instead of going to arbitration.",
     {("arbitration", "denied"), ("governing-law", "affirmed")}),
    ("Disputes shall be submitted to the courts of Riga and may also be referred to arbitration.",
     {("arbitration", "affirmed"), ("governing-law", "affirmed")}),
])
def test_arbitration_read_beside_the_courts(sentence: str, read: set[tuple[str, str]]) -> None:
    assert {(s.practice, s.polarity) for s in read_text(sentence, "terms-of-service")} == read


def test_one_party_named_by_words_of_one_stem() -> None:
    text = ("Personal data is not disclosed to insurers.\n"
            "Tenancy details are passed to our underwriting partner, Harlow Indemnity plc, which insures each rent "
            "guarantee.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    other = ("Personal data is not disclosed to insurers.\n"
             "Tenancy details are passed to our payment partner, which collects the rent.\n")
    assert _run(other) == []


def test_a_balance_named_by_a_pronoun_is_the_first_partys() -> None:
    text = ("Gift cards are valid for 12 months from the date of purchase.\n"
            "Gift cards can be used whenever you like; they carry no expiry date.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_any_credit_left_unused_for_a_time_covers_every_credit() -> None:
    text = ("League credits kept in your wallet never expire.\n"
            "Any credit balance left unused for eighteen consecutive months is forfeited.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    no_time = ("League credits kept in your club wallet never expire while your membership is active.\n"
               "Any credit left on your account is forfeited when your membership ends.\n")
    assert _run(no_time, "terms-of-service") == []


def test_a_disclaimer_covers_what_it_names_past_its_cue() -> None:
    text = ("Turbines and batteries are supplied without any warranty from the Installer as to output or yield.\n"
            "Breezeway guarantees that your system will produce at least 85% of its estimated yearly output for the "
            "first eight years.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_government_identity_document_is_an_identifier_not_a_recipient() -> None:
    text = ("We do not collect tax numbers or any other government identity document from customers.\n"
            "For contracts above $5,000, a copy of the customer's identity card is taken for the invoice.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]


def test_two_kinds_of_charge_are_two_charges_unless_every_fee_is_denied() -> None:
    text = ("Makers pay no listing fee to the Bazaar.\n"
            "The Bazaar keeps a 12% commission on every pattern sold.\n")
    assert _run(text, "terms-of-service") == []
    every = ("Makers are not charged any fee for selling on the Bazaar.\n"
             "A monthly platform fee of £3 is taken from each maker's payouts.\n")
    assert [f.kind for f in _run(every, "terms-of-service")] == ["contradiction"]


def test_liability_for_harm_of_another_cause_is_not_the_liability_accepted_for_negligence() -> None:
    text = ("The Kennel accepts no liability for injury to a dog caused by another dog at play.\n"
            "The Kennel is liable for injury or loss caused by the negligence of its handlers.\n")
    assert _run(text, "terms-of-service") == []
    uncaused = ("The Kennel accepts no liability for injuries suffered in the play yard.\n"
                "The Kennel is liable for any injury caused by the negligence of its handlers.\n")
    assert [f.kind for f in _run(uncaused, "terms-of-service")] == ["contradiction"]


def test_body_measurements_are_health_data() -> None:
    text = ("Health data never leaves the app.\nWe do not share health data with anyone.\n"
            "Our wellness partner receives each wearer's resting heart rate and sleep scores.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]


def test_a_booking_paid_for_names_no_particular_refund() -> None:
    text = ("Reservations cannot be refunded once they have been paid.\n"
            "Cancel at least a month before your stay and we'll give you your money back.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_two_periods_for_what_both_clauses_name_anywhere_in_them() -> None:
    text = ("Rough sketches that our designers draw for a quote are kept for 60 days.\n"
            "We hold every sketch a designer draws for five years.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    events = ("Route sketches are deleted 30 days after your account is closed.\n"
              "Invoices are kept for six years after your account is closed.\n")
    assert _run(events) == []


def test_credit_bought_or_held_in_the_app_names_no_particular_balance() -> None:
    text = ("Credits you buy in our app never expire.\n"
            "Credits left unspent a year after purchase are forfeited.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_the_vendors_own_name_before_a_thing_names_no_kind_of_it() -> None:
    text = ("Brightwave Studio Terms of Service\n"
            "These terms apply when you buy from Brightwave online.\n"
            "Orders are made by Brightwave staff.\n"
            "Questions go to Brightwave customer care.\n"
            "Brightwave gift cards never expire.\n"
            "Unused gift card balances expire 24 months after purchase.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_denial_excepting_a_party_of_its_own_is_compared_outside_it() -> None:
    text = ("Apart from the clinic you pick, we do not pass your details to anyone.\n"
            "We send your visit history to partner gyms so they can offer you a trial.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    excepted = ("Apart from the clinic you pick, we do not pass your details to anyone.\n"
                "The clinic you pick receives your name and visit history.\n")
    assert _run(excepted) == []
    described = ("We do not share your personal information except as described in this notice.\n"
                 "We may share your email address with partner gyms.\n")
    assert _run(described) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("Credits never expire.\nAny Bean Credits left unused for a year are removed from your account.\n",
     "terms-of-service"),
    ("Your data never leaves the European Union.\n"
     "Support tickets are processed by our helpdesk vendor in the United States under the EU-US Data Privacy "
     "Framework.\n", "privacy-policy"),
])
def test_a_cue_inside_a_name_still_states_a_balance_or_a_transfer(text: str, kind: str) -> None:
    assert [f.kind for f in _run(text, kind)] == ["contradiction"]


def test_someones_details_denied_to_a_party_are_its_personal_data() -> None:
    text = ("Rider details are not disclosed to the league's commercial backers.\n"
            "Our biggest backer, a local brewery, receives the names and email addresses of riders who finish every "
            "race.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    totals = ("Member details are not passed to the club's sponsors.\n"
              "Sponsors are given total member numbers, but no names.\n")
    assert _run(totals) == []
    other_kind = ("We never sell match report information.\nWe may sell your email address to partner clubs.\n")
    assert _run(other_kind) == []


def test_data_deleted_at_an_event_against_a_period_of_keeping_it() -> None:
    text = ("Lesson videos are deleted automatically when a course ends.\n"
            "Lesson videos are retained for two years.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    other = ("Lesson videos are deleted automatically when a course ends.\n"
             "Invoices are retained for six years after the end of each course.\n")
    assert _run(other) == []


@pytest.mark.parametrize("text", [
    "We never charge a travel fee within the city.\nA mileage charge of $1 per mile applies from our yard to your door.\n",
    "There is no charge for the first inspection.\nYour initial survey visit costs $90.\n",
    "There are no penalties for paying late.\nA rollover charge of 5% is added to any invoice unpaid by its due date.\n",
])
def test_two_wordings_of_travel_assessment_and_late_payment_charges(text: str) -> None:
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_place_named_as_the_others_of_one_is_another_rule() -> None:
    text = ("Delivery within France is free of charge.\nDeliveries to other EU countries cost €7 per parcel.\n")
    assert _run(text, "terms-of-service") == []


def test_the_contacts_on_a_phone_are_one_kind_of_data() -> None:
    text = ("The app never reads your address book.\n"
            "To find your friends, the contacts on your phone are uploaded when you sign up.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]


@pytest.mark.parametrize(("text", "found"), [
    # A younger group named as such is of the people a minimum for everything is for.
    ("Members must be at least 16 years old.\nYoung climbers from ten years of age may use the bouldering room with "
     "a parent present.\n", True),
    # Not a staff role's minimum, a minimum with an exception, or a parent's.
    ("Lifeguards must be at least 18 years old.\nYoung swimmers aged 10 and over may use the lap lanes.\n", False),
    ("Visitors must be 18 or over unless accompanied by a parent.\nJunior visitors aged 12 may tour the stables.\n",
     False),
    ("The tablet is designed for children aged 4 to 10.\nParent accounts may only be created by adults aged 18 or "
     "older.\n", False),
])
def test_a_younger_group_admitted_below_a_minimum_age(text: str, found: bool) -> None:
    assert bool(_run(text, "terms-of-service")) is found


@pytest.mark.parametrize(("text", "found"), [
    # Younger people who come along with the people a minimum is for are let in beside them, not as them.
    ("Rowers must be at least 18 years old.\nChildren under 10 may ride in the launch with a rower who looks after "
     "them.\n", False),
    ("Stallholders must be 18 or over.\nChildren aged 8 and over may serve at the counter if an adult stallholder "
     "remains with them.\n", False),
    # With someone else, they are let in as the minimum's people: a contradiction.
    ("Rowers must be at least 18 years old.\nChildren under 16 may row in the club's boats with a coach.\n", True),
])
def test_younger_people_in_the_company_of_the_minimums_people(text: str, found: bool) -> None:
    assert bool(_run(text, "terms-of-service")) is found


def test_the_people_a_thing_is_open_to_by_age() -> None:
    # "open to people aged N" names the people a thing is for: two ages for it disagree
    text = ("Climbers must be at least eight years old to use the bouldering wall.\n"
            "The bouldering wall is open to climbers aged twelve and over.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_window_of_a_second_verb_narrows_only_it() -> None:
    # "in the past 12 months" narrows "has not sold", not the present "does not sell"
    text = ("The Service does not sell personal information and has not sold any in the past 12 months.\n"
            "Your purchase history and email address are passed to a data broker, which pays us for each file.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    # a window of the denial itself is never compared
    text = ("We have not sold personal information in the past 12 months.\n"
            "Your purchase history and email address are passed to a data broker, which pays us for each file.\n")
    assert _run(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # A party a denial names by its words, and data passed to a party it does not name: two parties.
    ("We never share your order history with cookware brands.\nYour order history is passed to the courier "
     "service that delivers your parcel.\n", False),
    ("We do not give your address to the charities we work with.\nYour address is given to the contractor who "
     "installs the meter.\n", False),
    # The same party named again: a contradiction.
    ("We never share your order history with cookware brands.\nCookware brands receive your order history every "
     "month.\n", True),
])
def test_a_denial_naming_its_party_by_words(text: str, found: bool) -> None:
    assert bool([f for f in _run(text) if f.kind == "contradiction"]) is found


@pytest.mark.parametrize(("text", "found"), [
    ("The app does not collect your phone's location.\nWhen you start a ride, your phone's GPS traces the route you "
     "cycle.\n", True),
    ("Each van reports its GPS position to us during deliveries.\nWe do not track the location of your phone.\n",
     False),
    ("With your permission, the app uses your phone's location to show nearby stations.\nThe app never tracks your "
     "location in the background.\n", False),
])
def test_locating_denied_and_done_by_the_same_device(text: str, found: bool) -> None:
    assert bool(_run(text)) is found


def test_a_places_law_named_by_its_adjective() -> None:
    text = ("These terms are governed by Irish law.\nAny dispute is decided under the laws of England and Wales.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    same = ("These terms are governed by Irish law.\nThe courts of Ireland have exclusive jurisdiction.\n")
    assert _run(same, "terms-of-service") == []


@pytest.mark.parametrize("text", [
    "We will email you at least 21 days before any change to these terms takes effect.\n"
    "Changes to these terms take effect immediately when posted on our website.\n",
    "The Club may amend these rules, and amendments are posted on the noticeboard 7 days before they apply.\n"
    "Members will receive two months' notice by letter of any change to these rules.\n",
])
def test_notice_of_changes_at_a_time_or_received_by_the_reader(text: str) -> None:
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_recognition_technology_used_collects_the_face_it_matches() -> None:
    text = ("The gym does not use facial recognition.\n"
            "At the door, a camera matches each member's face against the photo on their card.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]


def test_liability_accepted_in_a_case_against_its_exclusion_for_that_harm() -> None:
    text = ("We are not liable for water damage to floors.\n"
            "Where water from our machines damages a floor, we shall pay for the repairs.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    other = ("We are not liable for water damage to floors.\n"
             "Where our staff break a window, we shall pay for the repairs.\n")
    assert _run(other, "terms-of-service") == []


def test_a_denial_of_all_personal_information_covers_records_named_in_other_words() -> None:
    text = ("The Track does not sell or share personal information.\n"
            "Lap times and visit history are disclosed to our sponsor so it can show you offers on other websites.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    totals = ("The Track does not sell or share personal information.\n"
              "Total lap times for each track are passed to our sponsor.\n")
    assert _run(totals) == []


@pytest.mark.parametrize("grant", [
    "If you close your plan halfway through a month, we pay back the unused days.",
    "Members who resign before renewal get a prorated refund.",
])
def test_partial_periods_in_other_words_are_one_refund(grant: str) -> None:
    text = f"No refunds are given for partly used months.\n{grant}\n"
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_refusal_naming_the_case_a_refund_is_granted_in() -> None:
    text = ("Class packs are non-refundable, including for sessions missed through illness.\n"
            "If illness makes you miss a session, tell the desk and we will refund that session's value.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]
    other_item = ("Class packs are non-refundable, including for sessions missed through illness.\n"
                  "Workshop tickets booked by phone are refunded in full if illness makes you miss the workshop.\n")
    assert _run(other_item, "terms-of-service") == []


def test_data_passed_on_with_no_identifier_attached_is_not_the_identifier() -> None:
    text = ("Members' phone numbers are never shared with other organisations.\n"
            "Meter readings, with no phone number or address attached, are passed to the regional grid operator.\n")
    assert _run(text) == []
    named = ("Members' phone numbers are never shared with other organisations.\n"
             "Meter readings, with the member's phone number, are passed to the regional grid operator.\n")
    assert [f.kind for f in _run(named)] == ["contradiction"]


def test_done_whatever_the_reader_says_meets_a_denial_on_the_readers_say_so() -> None:
    text = ("Your exam results are not disclosed to employers without your written consent.\n"
            "Each quarter your exam results are passed to your employer, whether or not you have agreed.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    asked = ("Your exam results are not disclosed to employers without your written consent.\n"
             "Each quarter your exam results are passed to your employer.\n")
    assert _run(asked) == []


def test_younger_people_without_an_account_are_not_admitted_below_its_age() -> None:
    text = ("You must be 18 or over to open a Lantern account.\n"
            "Visitors aged 12 to 17 may read the public event listings without an account.\n")
    assert _run(text, "terms-of-service") == []
    with_one = ("You must be 18 or over to open a Lantern account.\n"
                "Visitors aged 12 to 17 may open an account with a parent's permission.\n")
    assert _run(with_one, "terms-of-service") != []


def test_two_fees_each_named_by_a_word_of_its_own_are_two_refunds() -> None:
    text = ("Locker fees are never refundable.\n"
            "If a tournament is called off, the club refunds the entry fee you paid for it.\n")
    assert _run(text, "terms-of-service") == []
    same = ("Entry fees are never refundable.\n"
            "If a tournament is called off, the club refunds the entry fee you paid for it.\n")
    assert [f.kind for f in _run(same, "terms-of-service")] == ["contradiction"]
    kept = ("Entry fees are never refundable.\n"
            "If a tournament is called off, the club returns what you paid, minus a booking fee.\n")
    assert [f.kind for f in _run(kept, "terms-of-service")] == ["contradiction"]


def test_a_charge_for_the_other_things_is_another_rule() -> None:
    text = ("Engraving is free on pens bought from our shop.\n"
            "Engraving on other pens is charged at £8 per pen.\n")
    assert _run(text, "terms-of-service") == []
    same = ("Engraving is free on pens bought from our shop.\n"
            "Engraving on any pen is charged at £8 per pen.\n")
    assert [f.kind for f in _run(same, "terms-of-service")] == ["contradiction"]


def test_the_parties_names_name_no_harm() -> None:
    text = ("The Landlord is not responsible for loss of belongings left in the Hall by the Hirer.\n"
            "The Landlord is responsible for injuries caused by the Hall's wiring.\n"
            "The Landlord shall give the Hirer a key.\nThe Landlord may enter the Hall.\n")
    assert _run(text, "terms-of-service") == []
    same = ("The Landlord is not responsible for injuries suffered in the Hall.\n"
            "The Landlord is responsible for injuries caused by the Hall's wiring.\n"
            "The Landlord shall give the Hirer a key.\nThe Landlord may enter the Hall.\n")
    assert [f.kind for f in _run(same, "terms-of-service")] == ["contradiction"]


def test_sms_and_text_messages_are_one_thing() -> None:
    text = ("SMS credits bought in bundles of 100 expire one year after purchase.\n"
            "Unused text-message credits roll over from year to year and never lapse.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_prepaid_is_paid_in_advance() -> None:
    text = ("Prepaid laundry credits expire 60 days after purchase.\n"
            "Credits you pay for in advance are kept on your account indefinitely.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


@pytest.mark.parametrize("at_once", [
    "Revised conditions apply from the day they are displayed in the clubhouse.",
    "Changes take effect on the day they are displayed at reception.",
])
def test_notice_of_changes_against_changes_in_force_once_displayed(at_once: str) -> None:
    text = f"We will give members 21 days' notice before any change to these rules.\n{at_once}\n"
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_a_group_named_by_non_is_another_group() -> None:
    text = ("Fixed quotes: the price on a fixed quote will not increase.\n"
            "Non-fixed quotes: the final charge may exceed the quote by up to 10 per cent.\n")
    assert _run(text, "terms-of-service") == []


@pytest.mark.parametrize(("cap", "found"), [
    ("Our liability for any loss during a removal, including breakage of your furniture, is limited to the quote.",
     True),
    ("If furniture is broken through our crew's carelessness, our liability is limited to £200 per item.", True),
    ("Our liability for any other loss is limited to the price of the removal.", False),
    ("Our total liability for any claim is limited to the price of the removal.", False),
])
def test_a_cap_on_the_harm_liability_is_accepted_for(cap: str, found: bool) -> None:
    # A cap naming the harm undercuts the acceptance; a cap on other losses, or on every claim, is about more.
    text = f"We are responsible for breakage of your furniture caused by our crew's carelessness.\n{cap}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


@pytest.mark.parametrize("later", [
    "Access requests can take up to 60 days to answer.",
    "You may ask for a copy of your file, and we will get back to you within 45 days.",
    "Copies of your records are normally sent within two months of a request.",
])
def test_times_to_answer_a_request_in_other_words(later: str) -> None:
    text = f"We reply to every privacy request within 20 days.\n{later}\n"
    found = [f.message for f in _run(text, "privacy-policy") if f.kind == "contradiction"]
    assert any("two different times to answer a request" in m for m in found), found


@pytest.mark.parametrize("ignored", [
    "Analytics cookies stay on whatever Do Not Track setting your browser sends.",
    "Do Not Track settings in browsers have no effect on this site.",
    "The shop pays no attention to the Do Not Track setting in your browser.",
])
def test_a_signal_honoured_and_of_no_account_in_other_words(ignored: str) -> None:
    text = f"We respect Do Not Track signals by turning off analytics.\n{ignored}\n"
    found = [f.message for f in _run(text, "privacy-policy") if f.kind == "contradiction"]
    assert found == ["'Do Not Track' is denied on line 2 but 'Do Not Track' is stated on line 1"], found


def test_a_signal_honoured_whatever_sends_it_is_honoured() -> None:
    found = read_text("We honour Global Privacy Control signals whatever browser sends them.", "privacy-policy")
    assert [(s.practice, s.polarity) for s in found] == [("global-privacy-control", "affirmed")]


@pytest.mark.parametrize(("other", "found"), [
    ("Claims are heard by the Tampere District Court.", True),  # a known town
    ("These terms are governed by the laws of Finland.", False),  # a law, and a country the court may lie in
    ("Claims are heard by the courts of Finland.", False),
])
def test_a_court_by_an_unknown_name_against_one_in_a_known_town(other: str, found: bool) -> None:
    text = f"Any dispute is decided by the Kainuu District Court.\n{other}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


def test_a_country_by_its_current_name_and_its_law_by_its_adjective() -> None:
    text = "These terms are governed by the laws of Türkiye.\nThese terms are governed by Icelandic law.\n"
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


@pytest.mark.parametrize("text", [
    "Annual dues shall not be refunded in any circumstances.",
    "Bonds are not returned for any reason after the keys are lost.",
    "Lessons missed through illness are rescheduled, and the price paid shall not be returned.",
    "A pupil who misses a lesson shall not be entitled to any refund.",
])
def test_money_the_first_party_shall_not_pay_back_is_a_refund_refused(text: str) -> None:
    found = read_text(text, "terms-of-service")
    assert ("refunds", "denied") in [(s.practice, s.polarity) for s in found], found
    assert "acceptable-use" not in [s.practice for s in found]


@pytest.mark.parametrize(("refusal", "found"), [
    ("Once the frame has been welded, the deposit shall not be refunded.", False),
    ("The deposit shall not be refunded.", True),
])
def test_a_refusal_from_an_event_on_and_a_grant_before_it(refusal: str, found: bool) -> None:
    text = f"You may cancel before the frame is welded and receive the deposit back in full.\n{refusal}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


def test_a_guarantee_of_goods_made_without_something_is_a_guarantee() -> None:
    found = read_text("We guarantee that every loaf is baked without preservatives.", "terms-of-service")
    assert [(s.practice, s.polarity) for s in found] == [("warranty-disclaimer", "denied")]


def test_every_names_no_goods() -> None:
    # "every" is in both, and names nothing either is about
    text = ("We guarantee that every loaf is baked without preservatives.\n"
            "We cannot promise that a particular bread will be in every basket.\n")
    assert [f for f in _run(text, "terms-of-service") if f.kind == "contradiction"] == []


def test_a_table_rows_label_bounds_its_value() -> None:
    text = ("Delivery within 20 km of the depot | no charge\n"
            "Deliveries more than 20 km from the depot are charged at €1 per kilometre.\n")
    assert [f for f in _run(text, "terms-of-service") if f.kind == "contradiction"] == []


@pytest.mark.parametrize(("exception", "found"), [
    ("unless it is needed for an insurance claim", True),
    ("unless you have a Premium plan", False),  # a plan of its own, with its own period
])
def test_a_period_with_an_exception_holds_in_every_other_case(exception: str, found: bool) -> None:
    text = f"CCTV footage from the car park is overwritten after 14 days {exception}.\n" \
           "Recordings from the car park cameras are kept for six months.\n"
    assert bool([f for f in _run(text) if f.kind == "contradiction"]) is found


def test_two_rows_labelled_by_their_cases_are_two_cases() -> None:
    text = ("Cancellation by the guest less than a day before: no refund\n"
            "Cancellation by us because of a storm warning: full refund, or a new date\n")
    assert [f for f in _run(text, "terms-of-service") if f.kind == "contradiction"] == []
    text = ("Cancellation by the guest less than a day before: no refund\n"
            "Late cancellation: full refund, or a new date\n")  # a label of the practice's own words
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


@pytest.mark.parametrize(("text", "practice"), [
    ("We rely on our contract with you to run the booking service.", "legal-basis"),
    ("Processing is justified by the performance of the rental contract.", "legal-basis"),
    ("Tidewell Ltd is accountable for the personal information described here.", "controller-role"),
    ("Personal data is handled by Tidewell Ltd, the organisation responsible for it under the Act.", "controller-role"),
])
def test_legal_bases_and_controllers_in_other_words(text: str, practice: str) -> None:
    assert practice in [s.practice for s in read_text(text, "privacy-policy")]


@pytest.mark.parametrize(("text", "polarity"), [
    ("Our printing supplier is sent the names and postal addresses of subscribers.", "affirmed"),
    ("We never pass information about your orders to baby-food brands.", "denied"),
])
def test_a_party_of_ours_or_a_hyphened_party_receives_data(text: str, polarity: str) -> None:
    assert ("sharing", polarity) in [(s.practice, s.polarity) for s in read_text(text, "privacy-policy")]


def test_our_own_people_receive_nothing() -> None:
    assert read_text("Our staff are sent your name.", "privacy-policy") == []


@pytest.mark.parametrize("text", ["Passport details are not requested.", "Card numbers are never requested by the shop."])
def test_data_never_requested_is_not_collected(text: str) -> None:
    assert [(s.practice, s.polarity) for s in read_text(text, "privacy-policy")][:1] == [("collection", "denied")]


def test_a_grant_in_a_case_the_provider_fails_in_meets_no_refusal() -> None:
    text = ("Once the frame has been welded, the deposit shall not be refunded.\n"
            "Should the Workshop miss the agreed delivery date, the deposit shall be repaid in full.\n")
    assert [f for f in _run(text, "terms-of-service") if f.kind == "contradiction"] == []


@pytest.mark.parametrize(("exclusion", "found"), [
    ("We are not liable for injuries caused by collisions between players.", False),  # another cause
    ("We accept no liability for any injury, including injuries caused by faulty nets.", True),
])
def test_liability_for_a_failure_of_ours_and_for_other_causes(exclusion: str, found: bool) -> None:
    text = f"We keep our nets in good repair and accept liability for injuries caused by any failure to do so.\n{exclusion}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


@pytest.mark.parametrize(("later", "found"), [
    ("Unused credit lapses 18 months after the pack was bought.", True),
    ("All credit in your account moves with you to a new card.", False),  # no expiry stated
])
def test_credit_the_reader_holds_that_never_expires(later: str, found: bool) -> None:
    text = f"You can buy class credit in packs of €50, and credit you have bought never expires.\n{later}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


@pytest.mark.parametrize(("later", "found"), [
    ("An exit fee of £30 is charged to anyone who cancels in the first three months.", True),
    ("Once the instructor has set off, a cancellation charge of £30 applies.", False),  # the other side of "before"
])
def test_leaving_free_of_charge_against_a_charge_for_leaving(later: str, found: bool) -> None:
    text = f"You may cancel free of charge at any time before the instructor sets off.\n{later}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


@pytest.mark.parametrize(("claim", "found"), [
    ("You grant the Guild a perpetual licence to print and sell your patterns.", True),
    ("Patterns you upload become the property of the Guild.", True),  # all rights kept: ownership too
    ("The Guild may remove any pattern from the catalogue.", False),
])
def test_a_licence_over_the_readers_content_disclaimed_and_claimed(claim: str, found: bool) -> None:
    text = f"You keep all rights to your patterns, and the Guild claims no licence over them.\n{claim}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


@pytest.mark.parametrize(("claim", "found"), [
    ("Every letter sent through the club remains the property of the Club.", True),
    ("The Club owns all letters written by members.", True),
    ("On posting, all rights in a letter pass to the Club.", True),
    # the first party's own materials, and letters made by others
    ("Our anthology letters remain the property of the Club.", False),
    ("All letters in the Club's library remain the property of the Club.", False),
    ("Printed letters remain the property of the Club, and you may copy them for your own use.", False),
    ("The Club owns all letters written by its volunteers.", False),
])
def test_ownership_claimed_by_its_verbs_against_the_readers_kept(claim: str, found: bool) -> None:
    text = f"We do not claim ownership of the letters written by members.\n{claim}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


def test_ownership_disclaimed_against_a_licence_is_no_contradiction() -> None:
    text = ("The Guild claims no ownership of the patterns you upload.\n"
            "By uploading a pattern, you grant the Guild a licence to show it in the Guild's own catalogue.\n")
    assert [f for f in _run(text, "terms-of-service") if f.kind == "contradiction"] == []


def test_the_reader_in_a_relative_clause_of_the_subject_is_not_the_actor() -> None:
    found = read_text("Everything you enter is stored in Finland, and none of it leaves the EEA.", "privacy-policy")
    assert [(s.practice, s.polarity, s.actor) for s in found if s.practice == "international-transfer"] == [
        ("international-transfer", "denied", "first-party")]


@pytest.mark.parametrize("text", ["Every bid you place stays on file for seven years.",
                                  "Everything you upload remains on our servers for a year."])
def test_the_reader_in_a_relative_clause_of_what_stays_is_not_the_actor(text: str) -> None:
    assert [(s.practice, s.actor) for s in read_text(text, "privacy-policy")] == [("retention", "first-party")]


def test_two_periods_for_what_the_reader_places() -> None:
    text = "Bid histories are kept for 12 months after an auction closes.\nEvery bid you place stays on file for seven years.\n"
    assert [f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]


@pytest.mark.parametrize(("later", "found"), [
    ("Visits are counted by an analytics cookie that records the pages read.", True),
    ("The session cookie is deleted when you close your browser.", False),  # what the exception names
])
def test_no_cookies_other_than_one_named(later: str, found: bool) -> None:
    text = f"The site sets no cookies other than a session cookie that keeps the booking form working.\n{later}\n"
    assert bool([f for f in _run(text) if f.kind == "contradiction"]) is found


@pytest.mark.parametrize(("grant", "found"), [
    ("When you cancel a season pass, we refund the weeks you have not used.", True),
    ("When you upgrade a season pass, we refund the weeks you have not used.", False),  # another act
])
def test_a_refusal_in_a_case_and_a_grant_opening_with_it(grant: str, found: bool) -> None:
    text = f"If you cancel a season pass partway through, the unused weeks are not refunded.\n{grant}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


@pytest.mark.parametrize(("exclusion", "found"), [
    ("We accept no liability if a bicycle is lost or damaged while it is at the workshop.", True),
    ("We accept no liability if a helmet left in a bicycle basket goes missing.", False),  # another thing
])
def test_an_exclusion_in_the_case_of_the_harm_accepted(exclusion: str, found: bool) -> None:
    text = f"We are responsible for loss of or damage to your bicycle while it is in our care.\n{exclusion}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


@pytest.mark.parametrize(("charge", "found"), [
    ("A card surcharge of 2% is added to every online payment.", True),
    ("Paying at the counter carries a handling charge of £1.", False),  # another way of paying
])
def test_no_charge_when_the_reader_pays(charge: str, found: bool) -> None:
    text = f"We do not add a surcharge or booking fee when you pay online.\n{charge}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


@pytest.mark.parametrize("text", [
    "Anyone aged 15 or over may buy an annual membership.",
    "We may close an account whose payment has failed three weeks in a row.",
])
def test_a_word_of_paying_beside_another_practice_states_no_charge(text: str) -> None:
    assert "fees-and-payment" not in [s.practice for s in read_text(text, "terms-of-service")]


def test_a_sum_to_pay_beside_another_practice_is_a_charge() -> None:
    found = read_text("Anyone aged 15 or over may buy an annual membership for €390.", "terms-of-service")
    assert "fees-and-payment" in [s.practice for s in found]


@pytest.mark.parametrize(("text", "practice", "kind"), [
    ("A snow supplement of EUR 4 applies to every delivery.", "fees-and-payment", "terms-of-service"),
    ("Requests to see your data may take up to six weeks to be dealt with.", "exercising-rights", "privacy-policy"),
])
def test_more_wordings_of_a_charge_and_of_a_requests_time(text: str, practice: str, kind: str) -> None:
    assert practice in [s.practice for s in read_text(text, kind)]


def test_terms_that_supplement_an_agreement_charge_nothing() -> None:
    found = read_text("These terms supplement your agreement with the club.", "terms-of-service")
    assert "fees-and-payment" not in [s.practice for s in found]


def test_shall_not_answer_for_a_harm_excludes_liability() -> None:
    found = read_text("The Company shall not answer for scratches to floors made while furniture is moved.",
                      "terms-of-service")
    assert [(s.practice, s.polarity) for s in found] == [("liability-limitation", "affirmed")]


def test_records_kept_are_kept_not_record_keeping() -> None:
    found = read_text("Booking records kept for: 6 years after the sailing", "privacy-policy")
    assert [(s.practice, s.polarity) for s in found] == [("retention", "affirmed")]


def test_a_gift_certificate_that_never_expires_and_one_honoured_for_a_time() -> None:
    text = "Gift certificates have no expiry date.\nGift certificates are honoured for one year from the date of issue.\n"
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


def test_record_keeping_rules_are_no_collection() -> None:
    found = read_text("Order history is kept for six years to satisfy record-keeping rules.", "privacy-policy")
    assert [s.practice for s in found] == ["retention"]


@pytest.mark.parametrize("text", [
    "Parking wardens can see permit details while they patrol.",
    "When you book, the guide receives your phone number.",
])
def test_another_party_that_sees_or_receives_records(text: str) -> None:
    assert ("sharing", "affirmed") in [(s.practice, s.polarity) for s in read_text(text, "privacy-policy")]


def test_a_lead_in_of_things_not_allowed_is_a_rule_for_each_item() -> None:
    found = read_text("The following are not allowed on the boat:\n- glass bottles\n- fishing from the deck\n",
                      "terms-of-service")
    assert [(s.practice, s.polarity) for s in found] == [("acceptable-use", "affirmed")] * 3


@pytest.mark.parametrize(("text", "kind", "found"), [
    ("There is no call-out fee for homes within the town of Aldbury.\nPlease arrive early.\n"
     "For homes outside the town of Aldbury, a call-out fee of GBP 30 is charged.\n", "terms-of-service", False),
    ("Delivery to any address within Ireland is free of charge.\nPlease arrive early.\n"
     "Delivery to other countries is charged at EUR 40.\n", "terms-of-service", False),
    ("Delivery to any address within Ireland is free of charge.\nPlease arrive early.\n"
     "Every delivery is charged at EUR 40.\n", "terms-of-service", True),
    ("Your personal data is stored only within the European Union and never leaves it.\nPlease arrive early.\n"
     "Our support team, based in India outside the European Union, can see your bookings.\n", "privacy-policy", True),
])
def test_what_lies_within_an_area_and_what_lies_outside_it(text: str, kind: str, found: bool) -> None:
    assert bool([f for f in _run(text, kind) if f.kind == "contradiction"]) is found


def test_two_items_of_one_list_are_two_cases() -> None:
    items = ("Delivery\n- delivery inside the town is free;\n- delivery to the outer villages costs EUR 8 a box;\n"
             "Returns\nBoxes are collected with the next delivery.\n")
    assert not [f for f in _run(items, "terms-of-service") if f.kind == "contradiction"]
    apart = ("Delivery\nDelivery inside the town is free.\nReturns\nBoxes are collected with the next delivery.\n"
             "Other things to know\nEvery delivery inside the town costs EUR 8 a box.\n")
    assert [f.kind for f in _run(apart, "terms-of-service")] == ["contradiction"]


@pytest.mark.parametrize(("refusal", "found"), [
    ("After those 14 days, the month you are in is not refunded.", False),  # counts from the time just named
    ("Outside that 14-day period, fees already paid are not refunded.", False),
    ("If you cancel later than that, we give no refund.", False),
    ("Membership fees are never refunded.", True),  # every case
])
def test_a_refusal_counting_from_the_time_the_grant_names(refusal: str, found: bool) -> None:
    text = f"If you cancel within 14 days of joining, we refund the fees you paid in full.\n{refusal}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


def test_a_numbered_clause_opening_once_an_event() -> None:
    text = ("3.1 You may cancel before the frame is welded and receive your deposit back in full.\n"
            "3.2 Once the frame has been welded, the deposit is not refundable.\n")
    assert not [f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]


@pytest.mark.parametrize(("denial", "found"), [
    ("We do not use your booking history to set individual prices.", False),  # another use, in words of its own
    ("We do not use your booking history to remind you of appointments.", True),  # the same use
    ("Your booking history is not used for any purpose other than showing it to you.", True),  # every other use
])
def test_two_uses_of_one_kind_of_data_named_in_words(denial: str, found: bool) -> None:
    text = f"We use your booking history to remind you of your next appointment.\nPlease arrive early.\n{denial}\n"
    assert bool([f for f in _run(text, "privacy-policy") if f.kind == "contradiction"]) is found


@pytest.mark.parametrize(("charged", "found"), [
    ("Riders without a season pass pay EUR 4 for each locker.", False),  # those without it
    ("Every rider pays EUR 4 for each locker.", True),
])
def test_those_with_a_thing_and_those_without_it(charged: str, found: bool) -> None:
    text = f"Lockers are free of charge for riders holding a season pass.\nPlease arrive early.\n{charged}\n"
    assert bool([f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]) is found


@pytest.mark.parametrize(("denial", "found"), [
    ("The kiosk app sets no cookies at all.", False),  # another place where tracking could run
    ("We do not use cookies on our website.", True),
    # a denial of following the reader to other websites says nothing of what the first party's own site measures
    ("We never use cookies that follow you across other websites.", False),
])
def test_tracking_denied_on_one_surface_and_used_on_another(denial: str, found: bool) -> None:
    text = f"Our website uses cookies to measure how visitors move between pages.\nPlease arrive early.\n{denial}\n"
    assert bool([f for f in _run(text, "privacy-policy") if f.kind == "contradiction"]) is found


@pytest.mark.parametrize(("denial", "found"), [
    ("Personal data is not passed to public authorities unless we are legally obliged to do so.", False),
    ("Personal data is never passed to public authorities.", True),
])
def test_a_legal_obligation_excepted_in_other_words(denial: str, found: bool) -> None:
    text = f"{denial}\nPlease arrive early.\nTest results above the limit are reported to the health authority, " \
           "as the law requires.\n"
    assert bool([f for f in _run(text, "privacy-policy") if f.kind == "contradiction"]) is found


@pytest.mark.parametrize(("text", "contradiction"), [
    ("The laptops our surveyors carry are encrypted.\n"
     "Survey laptops are not encrypted, so that field crews can share them.\n", True),
    ("Uploaded invoices are kept in an encrypted archive.\n"
     "Invoices you upload are stored on our file server without encryption.\n", True),
    # two things: what is protected and what is not
    ("Uploaded invoices are kept in an encrypted archive.\n"
     "E-mail you send us is not encrypted, so please leave bank details out of it.\n", False),
    # two measures, and a measure with a condition
    ("Uploaded invoices are kept in an encrypted archive.\n"
     "Uploaded invoices are not protected by a password.\n", False),
    ("Uploaded invoices are kept in an encrypted archive.\n"
     "When you export them, the invoices are not encrypted.\n", False),
    # a password is what encryption protects, and plain text is no encryption
    ("Your password is stored encrypted, and our staff cannot see it.\n"
     "Passwords are kept in plain text so that staff can help you log in.\n", True),
    ("Your password is stored encrypted, and our staff cannot see it.\n"
     "Order notes are kept in plain text so that staff can read them.\n", False),
])
def test_a_measure_taken_and_not_taken(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text)]) is contradiction


@pytest.mark.parametrize(("text", "contradiction"), [
    ("Exercising any of these rights will never affect your membership fee.\n"
     "Members who ask us to erase their training log lose the early-booking discount.\n", True),
    ("We will not treat you any differently because you made a privacy request.\n"
     "Members who opt out of data sharing are moved to the back of the waiting list.\n", True),
    # the promise twice, and worse treatment for leaving, not for using a right
    ("Exercising any of these rights will never affect your membership fee.\n"
     "A Member who asks us to delete their data will not be charged a higher fee.\n", False),
    ("Exercising any of these rights will never affect your membership fee.\n"
     "Members who cancel their plan lose the early-booking discount.\n", False),
])
def test_worse_treatment_for_using_a_right(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text)]) is contradiction


@pytest.mark.parametrize(("sentence", "polarity"), [
    ("Members who ask us to erase their training log lose the early-booking discount.", "denied"),
    ("Patients who withdraw consent may be moved to the end of the waiting list.", "denied"),
    ("Customers who opt out of the sale of their data are no longer eligible for the loyalty price.", "denied"),
    ("A Member who exercises these rights will not be charged a higher fee.", "affirmed"),
    ("We do not charge a higher rate to customers who ask to delete their data.", "affirmed"),
    ("Using your rights will never mean a longer wait.", "affirmed"),
])
def test_treatment_for_using_a_right_read(sentence: str, polarity: str) -> None:
    assert [(s.practice, s.polarity) for s in read_text(sentence, "privacy-policy")] \
        == [("non-discrimination", polarity)]


@pytest.mark.parametrize(("text", "contradiction"), [
    ("The Studio never sends text messages to members.\n"
     "By booking, you agree to receive class reminders by SMS.\n", True),
    ("We never phone you.\n"
     "Staff may call you to confirm a booking.\n", True),
    # selling messages denied, service messages sent; another channel; a case
    ("We will never call or text you with promotional offers.\n"
     "By booking, you agree that we may text you about your class time.\n", False),
    ("The Studio never sends text messages to members.\n"
     "Members agree to receive the timetable by email.\n", False),
    ("The Studio sends no text messages unless you turn on alerts.\n"
     "By booking, you agree to receive class reminders by SMS.\n", False),
])
def test_messages_sent_and_not_sent(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text, "terms-of-service")]) is contradiction


@pytest.mark.parametrize(("text", "contradiction"), [
    ("The Customer must not open the heater's casing or alter its wiring.\n"
     "Customers are welcome to open the casing and clean the heater themselves.\n", True),
    ("Hired kayaks must not be taken outside Estonia.\n"
     "You are free to take a hired kayak abroad.\n", True),
    # two acts, another device, a condition
    ("The Customer must not open the heater's casing or alter its wiring.\n"
     "Customers are free to take the heater abroad.\n", False),
    ("The Customer must not open the heater's casing.\n"
     "Customers may open the cooler bag to refill it.\n", False),
    ("Hired kayaks must not be taken outside Estonia without our written consent.\n"
     "You are free to take a hired kayak abroad.\n", False),
])
def test_equipment_forbidden_and_allowed(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text, "terms-of-service")]) is contradiction


@pytest.mark.parametrize(("sentence", "read"), [
    ("The Customer must not open the heater's casing.", [("device-restrictions", "affirmed")]),
    ("Do not take apart the smart lid.", [("device-restrictions", "affirmed")]),
    ("The lamp must remain in Latvia for the whole hire.", [("device-restrictions", "affirmed")]),
    ("Customers are free to hand their scooter on to a new owner.", [("device-restrictions", "denied")]),
    # no device: a course, goods on sale, a clause about the agreement, the first party's act
    ("Students may take our evening course.", []),
    ("If any part of these terms is unenforceable, the rest will remain in force.", []),
    ("We may remove the meter at the end of the contract.", [("termination-by-provider", "affirmed")]),
])
def test_rules_on_equipment_read(sentence: str, read: list[tuple[str, str]]) -> None:
    got = [(s.practice, s.polarity) for s in read_text(sentence, "terms-of-service")]
    assert [x for x in got if x[0] in ("device-restrictions", "termination-by-provider")] == read


@pytest.mark.parametrize(("text", "contradiction"), [
    ("The Hirer is under no obligation to indemnify the Boatyard.\n"
     "The Hirer shall indemnify the Boatyard against claims by passengers.\n", True),
    ("You are never required to indemnify us for any claim.\n"
     "You will indemnify us against fines incurred while the van is in your hands.\n", True),
    # an indemnity refused for one cause only
    ("You are not required to indemnify us for claims caused by our own staff.\n"
     "You will indemnify us against fines incurred while the van is in your hands.\n", False),
])
def test_an_indemnity_owed_for_nothing(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text, "terms-of-service")]) is contradiction


def test_a_balance_the_reader_lets_run_out_is_the_first_partys_term() -> None:
    text = ("Tokens never expire.\n"
            "Tokens you pay for expire 12 months after you buy them.\n")
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]



@pytest.mark.parametrize(("sentence", "polarity"), [
    ("Hire fees are not returned once a booking is confirmed.", "denied"),
    ("Payments are returned in full if we cancel.", "affirmed"),
])
def test_fees_returned_are_refunds(sentence: str, polarity: str) -> None:
    assert [(s.practice, s.polarity) for s in read_text(sentence, "terms-of-service")] == [("refunds", polarity)]


def test_the_same_thing_denied_to_anyone_outside() -> None:
    text = ("Route plans are never passed to anyone outside the club.\n"
            "We share your route plan with the mountain rescue team before each climb.\n")
    assert [f.kind for f in _run(text)] == ["contradiction"]
    other = ("Route plans are never passed to anyone outside the club.\n"
             "We share your emergency contact with the mountain rescue team before each climb.\n")
    assert _run(other) == []


@pytest.mark.parametrize(("text", "contradiction"), [
    ("You can cancel your membership at any time in the app.\n"
     "A minimum membership period of twelve months applies, and you cannot cancel before it ends.\n", True),
    ("You can cancel your membership at any time in the app.\n"
     "Memberships run for a fixed term of twelve months and cannot be ended early.\n", True),
    # leaving bounded by the term itself, or two things left
    ("You can cancel your membership at any time after the first twelve months.\n"
     "A minimum membership period of twelve months applies, and you cannot cancel before it ends.\n", False),
    ("You can cancel your locker rental at any time in the app.\n"
     "A minimum membership period of twelve months applies, and you cannot cancel before it ends.\n", False),
])
def test_leaving_at_any_time_and_a_minimum_term(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text, "terms-of-service")]) is contradiction


@pytest.mark.parametrize(("text", "contradiction"), [
    ("We do not record your shoe size at any point.\n"
     "A client's shoe size is noted on the fitting sheet.\n", True),
    # one word in common of three is another thing
    ("We do not record telephone calls to our reception.\n"
     "We collect your name and telephone number.\n", False),
])
def test_data_taken_down_by_two_verbs(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text)]) is contradiction


@pytest.mark.parametrize("text", [
    "We claim no rights in the sketches you upload.\nSketches you send us become our property.\n",
    "We do not claim any rights in the photos you upload.\nEvery photo uploaded to the board becomes our property.\n",
])
def test_content_becoming_the_first_partys_property(text: str) -> None:
    assert [f.kind for f in _run(text, "terms-of-service")] == ["contradiction"]


@pytest.mark.parametrize(("text", "contradiction"), [
    ("Our liability for any claim is limited to the price you paid for the repair.\n"
     "There is no cap on the amount we pay if our work causes loss or damage.\n", True),
    ("Our liability for any claim is limited to the price you paid for the repair.\n"
     "There is no limit to the number of repairs you can book.\n", False),
])
def test_no_cap_on_what_is_paid(text: str, contradiction: bool) -> None:
    assert ("contradiction" in [f.kind for f in _run(text, "terms-of-service")]) is contradiction


def test_content_claimed_by_copyright_a_pronoun_or_no_rights_at_all() -> None:
    """Copyright is ownership, a clause naming the content by a pronoun names it by its unit, no rights claimed at
    all disclaims a licence too; a licence granted to the reader is the first party's own content."""
    cases = [
        ("Your content\nMessages you post in class chat remain yours; we do not claim ownership of them.\nMore\n"
         "Anything you post in class chat becomes our property.\n", True),
        ("Your work\nThe Entrant retains copyright in every submitted work.\nMore\n"
         "Upon selection, copyright in the work is transferred to the Company.\n", True),
        ("Photos\nWe claim no rights in the photos you take in class.\nMore\n"
         "You grant us a licence to use the photos you take in class in our advertising.\n", True),
        ("Photos\nYou keep all rights in the photos you take in class, and we claim no ownership of them.\nMore\n"
         "You grant us a licence to use the photos you take in class in our advertising.\n", False),
        ("Recipes\nThe Customer retains ownership of recipes uploaded to the app, and the Company claims no ownership "
         "of them.\nMore\nThe Company owns its recipe database and grants the Customer a licence to use it.\n", False),
    ]
    for text, reported in cases:
        assert bool(_run(text, "terms-of-service")) == reported, text


def test_a_cap_measured_by_a_window_and_liability_without_limit() -> None:
    """The fees paid "in the previous 12 months" measure a cap (no exception to it); liability "without limit" is
    liability in full, against the cap; liability up to a limit is not."""
    cap = "Liability\nOur total liability to you is limited to the fees you paid in the previous 12 months.\nMore\n"
    assert [f.message for f in _run(cap + "We are liable without limit for any loss connected with the sonar.\n",
                                    "terms-of-service")] == ["liability is capped on line 2 but accepted in full on line 4"]
    assert _run(cap + "We are liable for any loss connected with the sonar, up to a limit of EUR 500.\n",
                "terms-of-service") == []
    # (a cap naming nothing but its measure is a cap on every claim)
    bare = "Liability\nOur liability to you is capped at the amount you paid us in the last 12 months.\nMore\n"
    assert len(_run(bare + "We accept liability without any cap for losses you suffer through using the bottle.\n",
                    "terms-of-service")) == 1
    assert _run("Liability\nOur liability for lost luggage is capped at EUR 100.\nMore\n"
                "We accept liability without any cap for losses you suffer through using the bottle.\n",
                "terms-of-service") == []


def test_marketing_mailings_chosen_and_not() -> None:
    """Mailings sent only to those who opt in, against the same mailings that cannot be stopped; service alerts
    are another mailing."""
    chosen = "News\nWe send our seasonal newsletter only to customers who tick the box for it.\nMore\n"
    assert [f.message for f in _run(chosen + "Every customer is added to our seasonal newsletter and has no way to "
                                             "unsubscribe.\n")] == [
        "marketing mailings the reader may choose or stop on line 2, but not on line 4"]
    assert _run(chosen + "Every customer receives service alerts about their orders, and these cannot be switched "
                         "off.\n") == []


@pytest.mark.parametrize(("text", "kind", "contradiction"), [
    # the first party's own against others'
    ("Fees\nWithdrawals at ATMs of other banks cost EUR 2 each.\nMore\nWithdrawals at our own ATMs are free.\n",
     "terms-of-service", False),
    ("Fees\nWithdrawals at ATMs cost EUR 2 each.\nMore\nWithdrawals at ATMs are free.\n", "terms-of-service", True),
    # what is done unprompted against what is done when the reader asks
    ("Sharing\nWe do not, on our own initiative, disclose personal data to insurance companies.\nMore\n"
     "At your written request, a copy of your report is forwarded to your insurance company.\n", "privacy-policy", False),
    ("Sharing\nWe do not disclose personal data to insurance companies.\nMore\n"
     "At your written request, a copy of your report is forwarded to your insurance company.\n", "privacy-policy", True),
    # younger people let in through a parent who acts for them
    ("Members\nMembers must be at least 18 years old.\nYouth\nParents may open a youth savings account for a child "
     "under 14.\n", "terms-of-service", False),
    ("Members\nMembers must be at least 18 years old.\nYouth\nChildren under 14 may open a youth savings account.\n",
     "terms-of-service", True),
])
def test_own_against_others_unprompted_against_asked_and_through_a_parent(text: str, kind: str,
                                                                           contradiction: bool) -> None:
    assert bool(_run(text, kind)) is contradiction


def test_up_to_a_time_before_an_event_is_at_least_that_long_before() -> None:
    free = "Cancelling\nYou may cancel a booking without charge up to 48 hours before the appointment.\nMore\n"
    assert _run(free + "Bookings cancelled less than 48 hours before the appointment incur a charge of EUR 30.\n",
                "terms-of-service") == []
    assert _run(free + "Bookings cancelled 72 hours before the appointment incur a charge of EUR 30.\n",
                "terms-of-service") != []


def test_before_an_event_and_after_it_are_two_sides_of_one_rule() -> None:
    later = "More\nBefore the loss is reported, we bear no responsibility for purchases made with the card.\n"
    assert _run("Cards\nWe are responsible for all transactions made with a lost card after you report the loss.\n"
                + later, "terms-of-service") == []
    assert _run("Cards\nWe are responsible for all transactions made with a lost card.\n" + later,
                "terms-of-service") != []


def test_an_upgrade_charged_is_not_what_a_price_includes() -> None:
    included = "Shipping\nShipping is included in the monthly price.\nMore\n"
    assert _run(included + "Express delivery costs an extra EUR 5 per box.\n", "terms-of-service") == []
    assert _run(included + "Delivery costs an extra EUR 5 per box.\n", "terms-of-service") != []


def test_two_ways_of_paying_are_two_charges() -> None:
    card = "Fees\nCard payments on our website carry a 3% processing fee.\nMore\n"
    assert _run(card + "Cash payments at our counter carry no processing fee.\n", "terms-of-service") == []
    assert _run("Fees\nPayments on our website carry a 3% processing fee.\nMore\nPayments carry no processing fee.\n",
                "terms-of-service") != []


def test_words_shared_only_in_a_relative_clause_name_two_things_kept() -> None:
    files = "Keeping\nPolicy files are kept for seven years after a policy lapses.\nMore\n"
    assert _run(files + "Quotes that do not lead to a policy are kept for ninety days and then erased.\n") == []
    assert _run(files + "Policy files are kept for ninety days and then erased.\n") != []


@pytest.mark.parametrize(("last", "contradiction"), [
    ("Deposits are not refunded when you cancel during the last 15 days before the festival.\n", False),
    ("Deposits are not refunded when you cancel 20 days before the festival.\n", True),
])
def test_before_a_time_and_within_its_last_days_are_two_sides(last: str, contradiction: bool) -> None:
    first = "Deposits\nYou may cancel a reservation up to 15 days before the festival and receive the deposit back.\nMore\n"
    assert bool(_run(first + last, "terms-of-service")) is contradiction


def test_a_state_and_the_state_that_undoes_it_are_two_cases() -> None:
    grant = "Returns\nProducts may be returned unopened within 14 days for a full refund.\nMore\n"
    assert _run(grant + "Opened skincare products cannot be refunded.\n", "terms-of-service") == []
    assert _run("Returns\nProducts may be returned within 14 days for a full refund.\nMore\n"
                "Skincare products cannot be refunded.\n", "terms-of-service") != []



def test_a_refund_refused_for_a_reason_is_one_case() -> None:
    from policylabel.consistency.apart import _refused_for_a_reason

    grant = "If you cancel a tour at least 48 hours before it starts, we refund you in full."

    def apart(denial: str) -> bool:
        text = denial + "\n" + grant + "\n"
        statements = read_text(text, "terms-of-service")
        denied = next(s for s in statements if s.practice == "refunds" and s.polarity == "denied")
        granted = next(s for s in statements if s.practice == "refunds" and s.polarity == "affirmed")
        return _refused_for_a_reason(text, denied, granted)

    assert apart("We do not refund tours cancelled because of cloud, wind or dust.")
    assert not apart("We do not refund tours cancelled because you cancel them late.")  # (the grant's case)
    assert not apart("We do not refund tours, even when they are cancelled because of cloud.")


@pytest.mark.parametrize(("text", "kind", "contradiction"), [
    # notice in a case, against what is done to any of them at any time without notice
    ("Closing\nThe Company may close the account on 30 days written notice if it has had no movements for two years."
     "\nMore\nThe Company may close any account at any time, without prior notice.\n", "terms-of-service", True),
    ("Closing\nThe Company may close the account on 30 days written notice if it has had no movements for two years."
     "\nMore\nThe Company may close an account without notice if it is used for fraud.\n", "terms-of-service", False),
    # "from the very day we announce them" is at once; "beforehand" is notice
    ("Changes\nWe will tell you by SMS at least 30 days before any change to these terms takes effect.\nMore\n"
     "Revised terms may apply from the very day we announce them.\n", "terms-of-service", True),
    ("Changes\nIf we change this policy in a way that matters, we will email members at least 14 days beforehand.\n"
     "More\nRevisions to this policy may take effect immediately, without notice to members.\n", "privacy-policy", True),
])
def test_notice_in_a_case_beforehand_and_from_the_day_announced(text: str, kind: str, contradiction: bool) -> None:
    assert bool(_run(text, kind)) is contradiction


def test_two_kinds_of_data_each_kept_in_a_place_of_its_own() -> None:
    kept = "Where\nBooking and payment data never leave the European Economic Area.\nMore\n"
    assert _run(kept + "Crash reports from our app are processed by a provider in the United States.\n") == []
    assert _run(kept + "Payment data is processed by a provider in the United States.\n") != []


def test_a_contract_taken_out_and_none_are_two_cases() -> None:
    denial = "More\nWithout a monitoring contract, keyholder details are not passed to any monitoring centre.\n"
    assert _run("Sharing\nKeyholder details are passed to the monitoring centre if you take out a monitoring "
                "contract.\n" + denial) == []
    assert _run("Sharing\nKeyholder details are passed to the monitoring centre.\nMore\n"
                "Keyholder details are not passed to any monitoring centre.\n") != []


@pytest.mark.parametrize(("text", "contradiction"), [
    # one kind of balance, named by both, running out in other words
    ("Prepaid parking tokens never expire.\nMore\nA token is forfeited eighteen months after it was bought.\n", True),
    ("Studio vouchers do not expire.\nMore\nEach voucher is void two years after the date of issue.\n", True),
    # two kinds of balance
    ("Prepaid parking tokens never expire.\nMore\nGift cards are void two years after the date of issue.\n", False),
    # no time runs out: the reader's own membership ends
    ("Club credit does not expire.\nMore\nAny credit left is forfeited when your membership ends.\n", False),
])
def test_one_balance_running_out_in_other_words(text: str, contradiction: bool) -> None:
    assert bool(_run(text, "terms-of-service")) is contradiction


@pytest.mark.parametrize(("text", "contradiction"), [
    # no advertising at all, or none picked from any of the reader's data, against ads picked from what they do
    ("Tidewell Privacy Policy\nTidewell carries no advertising of any kind.\nMore\n"
     "Ads in the app are chosen to match the beaches you check most often.\n", True),
    ("Tidewell Privacy Policy\nWe do not use your data to target ads at you.\nMore\n"
     "The adverts on our website are chosen to match the boats you have hired.\n", True),
    # following the reader to other websites, and the first party's own website; ads picked on the reader's
    # say-so: other cases
    ("Tidewell Privacy Policy\nWe do not use cookies to follow you across other websites.\nMore\n"
     "Our booking website sets an analytics cookie that records the pages you visit.\n", False),
    ("Tidewell Privacy Policy\nWe do not use your data to target ads at you.\nMore\n"
     "If you switch on personalised offers, the adverts you see are chosen to match the boats you have hired.\n",
     False),
])
def test_no_advertising_at_all_and_where_the_reader_is_followed(text: str, contradiction: bool) -> None:
    assert bool(_run(text)) is contradiction


@pytest.mark.parametrize(("second", "contradiction"), [
    # each age says what it is for, and the two are different things to do
    ("Helpers must be 21 or older to drive the delivery van.\n", False),
    # the same thing to do
    ("Helpers must be 21 or older to sort donations at the depot.\n", True),
])
def test_two_minimum_ages_each_for_what_it_says(second: str, contradiction: bool) -> None:
    text = "Helpers must be at least 18 to sort donations at the depot.\nMore\n" + second
    assert bool(_run(text)) is contradiction


@pytest.mark.parametrize(("second", "contradiction"), [
    # a group under an age kept from a thing of its own: a further rule
    ("Players under 18 may not enter the cash-prize tournaments.\n", False),
    # kept from what the minimum is about
    ("Players under 18 may not create an account.\n", True),
])
def test_a_group_kept_from_a_thing_of_its_own(second: str, contradiction: bool) -> None:
    text = "You must be at least 13 years old to create an account.\nMore\n" + second
    assert bool(_run(text, "terms-of-service")) is contradiction


@pytest.mark.parametrize(("second", "contradiction"), [
    # records of one thing, whatever categories their words are read as
    ("Order files are held for ten years from the day the basket is handed over.\n", True),
    # records of another thing
    ("Payroll files are held for ten years.\n", False),
])
def test_records_of_one_thing_kept_for_two_periods(second: str, contradiction: bool) -> None:
    text = "Order records are kept for three years after delivery and then destroyed.\nMore\n" + second
    assert bool(_run(text)) is contradiction


@pytest.mark.parametrize(("text", "contradicts"), [
    # a refund refused for the reader's leaving, and granted in a case of no leaving: two cases
    ("No refund is given for a booking cancelled less than two hours before arrival.\n"
     "If no porter reaches the coach within 20 minutes of the train's arrival, the fee is refunded.\n", False),
    # refused in every case ("even when"), or with its own exception: the grant contradicts it
    ("Membership fees are not refundable, even when a race day is cancelled because of the weather.\n"
     "If high winds force a race day to be called off, members get back a share of their membership fee.\n", True),
])
def test_a_refund_refused_for_leaving_and_granted_in_another_case(text: str, contradicts: bool) -> None:
    found = [f for f in _run(text, "terms-of-service") if f.kind == "contradiction"]
    assert bool(found) == contradicts, [f.message for f in found]
