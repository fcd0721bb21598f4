"""Segmentation into headings, list items and sentences with exact spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policylabel.evidence import SourceText
from policylabel.segment import is_heading_text, sentences

TEXT = (
    "Privacy Policy\n"
    "\n"
    "We collect data. We use it to run the service! Questions are welcome.\n"
    "What we collect\n"
    "- name and e-mail address\n"
    "  \u2022 phone number. Also your address.\n"
    "1. Sharing\n"
    "2) We share data with vendors.\n"
    "Category | Recipients |\n"
    "---|---|\n"
    "   \n"
    "Last line without newline, and it is long enough to be a sentence ending in a period."
)


def test_kinds_and_spans() -> None:
    src = SourceText(TEXT)
    units = sentences(src)
    got = [(u.kind, u.text) for u in units]
    assert got == [
        ("heading", "Privacy Policy"),
        ("sentence", "We collect data."),
        ("sentence", "We use it to run the service!"),
        ("sentence", "Questions are welcome."),
        ("heading", "What we collect"),
        ("list-item", "name and e-mail address"),
        ("list-item", "phone number."),
        ("list-item", "Also your address."),
        ("heading", "1. Sharing"),
        ("list-item", "We share data with vendors."),
        ("list-item", "Category | Recipients |"),
        ("sentence", "Last line without newline, and it is long enough to be a sentence ending in a period."),
    ]
    for u in units:
        assert src.text[u.span.start: u.span.end] == u.text
        assert src.position(u.span.start) == (u.span.line, u.span.column)
    assert units[1].span.line == 3 and units[2].span.column == 18


def test_heading_rules() -> None:
    assert is_heading_text("Contact Us")
    assert is_heading_text("What do we collect?")
    assert not is_heading_text("This ends with a period.")
    assert not is_heading_text("Email us: privacy@example.com")
    assert not is_heading_text("x " * 40)
    assert not is_heading_text("1234 5678")


def test_empty_inputs() -> None:
    assert sentences(SourceText("")) == []
    assert sentences(SourceText("\n \n\t\n")) == []
    assert sentences(SourceText("---|---\n***\n")) == []


def test_huge_line_without_punctuation() -> None:
    text = "word " * 30000
    units = sentences(SourceText(text))
    assert units and all(u.kind == "sentence" for u in units)
    assert units[0].span.start == 0 and units[-1].span.end == len(text.rstrip())


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_spans_always_exact(text: str) -> None:
    src = SourceText(text)
    last = 0
    for u in sentences(src):
        assert u.kind in {"sentence", "heading", "list-item"}
        assert src.text[u.span.start: u.span.end] == u.text and u.text.strip() == u.text and u.text
        assert u.span.start >= last
        last = u.span.end


def test_units_and_spans_are_whole_dataclass_instances() -> None:
    """Units and their spans are built without __init__: each must equal (and hash, print and pickle like) the
    one __init__ makes, with every field set."""
    import dataclasses
    import pickle

    from policylabel.evidence import SourceText, Span
    from policylabel.segment import Sentence, sentences

    units = sentences(SourceText("Heading\n\nWe collect data.\n- an item\n| a | b |\n"))
    assert units
    for u in units:
        span = Span(**{f.name: getattr(u.span, f.name) for f in dataclasses.fields(Span)})
        again = Sentence(span, u.text, u.kind)
        assert list(vars(u)) == [f.name for f in dataclasses.fields(Sentence)]
        assert list(vars(u.span)) == [f.name for f in dataclasses.fields(Span)]
        assert (u, hash(u), repr(u)) == (again, hash(again), repr(again))
        assert pickle.loads(pickle.dumps(u)) == u


def test_short_lines_in_small_letters_after_a_lead_in_are_its_items() -> None:
    text = ("Data we collect\nThe following details are collected:\nfull name and postcode\n"
            "licence number\nUse of data\n")
    kinds = [(u.text, u.kind) for u in sentences(SourceText(text, "x"))]
    assert kinds == [("Data we collect", "heading"), ("The following details are collected:", "sentence"),
                     ("full name and postcode", "list-item"), ("licence number", "list-item"),
                     ("Use of data", "heading")]


def test_a_long_item_in_small_letters_keeps_the_list_going() -> None:
    text = ("Retention\nData is kept only as long as needed, as set out below:\n"
            "account details are kept until the account is closed and are then deleted within 30 days of that\n"
            "chat messages are kept for six months\nStorage\n")
    kinds = [u.kind for u in sentences(SourceText(text, "x"))]
    assert kinds == ["heading", "sentence", "sentence", "list-item", "heading"]
    # (a text in small letters throughout says nothing by them: its short lines stay headings)
    lower = text.lower().replace("chat messages are kept for six months", "questions and suggestions")
    assert [u.kind for u in sentences(SourceText(lower, "x"))][3] == "heading"


def test_short_lines_with_a_comma_or_figure_after_a_lead_in_are_its_items() -> None:
    text = ("Prices\nThe following prices apply:\nOne hour on the court, $12\nRacket hire for a day, $5\n"
            "Cancellations\n")
    kinds = [(u.text, u.kind) for u in sentences(SourceText(text, "x"))]
    assert kinds == [("Prices", "heading"), ("The following prices apply:", "sentence"),
                     ("One hour on the court, $12", "list-item"), ("Racket hire for a day, $5", "list-item"),
                     ("Cancellations", "heading")]
    from policylabel.statements import extract

    source = SourceText(text, "x")
    found = [(r.unit.text, [(s.practice, s.polarity) for s in r.statements]) for r in extract(source, sentences(source))]
    assert ("One hour on the court, $12", [("fees-and-payment", "affirmed")]) in found


def test_a_label_with_a_period_as_its_value_is_a_row_of_a_schedule() -> None:
    text = "Retention\nLesson videos: 90 days after the lesson\nMinimum age: 16\nSection 2: Sharing\n"
    kinds = [(u.text, u.kind) for u in sentences(SourceText(text, "x"))]
    assert kinds == [("Retention", "heading"), ("Lesson videos: 90 days after the lesson", "list-item"),
                     ("Minimum age: 16", "heading"), ("Section 2: Sharing", "heading")]


def test_a_label_with_a_value_that_states_something_is_a_row() -> None:
    text = ("Who we are\nData controller: Tidewell Ltd, Cork\nBackups: kept in Dublin; no copy leaves Ireland\n"
            "Late cancellation: no refund\nPart 3: Sharing, selling and transfers\nOur promise: privacy first\n")
    kinds = [(u.text.split(":")[0], u.kind) for u in sentences(SourceText(text, "x"))]
    assert kinds == [("Who we are", "heading"), ("Data controller", "list-item"), ("Backups", "list-item"),
                     ("Late cancellation", "list-item"), ("Part 3", "heading"), ("Our promise", "heading")]
