"""Quality floors for `draft` and the detector (the figures themselves: `tox -e quality`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from quality import blind, corpora, seeds, vendors


def test_blind_practice_and_polarity_per_line() -> None:
    s = blind.score_lines()
    assert s.required >= 100
    assert s.recall >= 0.8, s.misses
    assert s.precision >= 0.8, s.extras


def test_blind_contradictions_and_no_trap() -> None:
    s = blind.score_contradictions(blind.detector)
    assert s.planted >= 20 and s.traps >= 20
    assert s.recall >= 0.85, s.misses
    assert s.traps_reported == []


def test_every_missed_contradiction_has_one_cause() -> None:
    corpus = blind.FORTIETH
    s = blind.score_contradictions(blind.detector, corpus)
    causes = blind.miss_causes(s, corpus)
    assert sum(causes.values()) == s.planted - s.found
    # (a detector that reports nothing misses every planted pair, each for one cause)
    none = blind.score_contradictions(lambda _src, _kind: [], corpus)
    assert sum(blind.miss_causes(none, corpus).values()) == s.planted


def test_every_contradiction_read_and_not_paired_has_one_cause() -> None:
    corpus = blind.FORTIETH
    s = blind.score_contradictions(blind.detector, corpus)
    causes = blind.unpaired_causes(s, corpus)
    assert sum(causes.values()) == blind.miss_causes(s, corpus)["read, not paired"]
    assert set(causes) <= {"read only by the learned weights", "no practice denied on one line and affirmed on the other",
                           "a statement not compared", "compared, not in conflict", "in conflict, set apart by the text"}
    # (a detector that reports nothing leaves every pair read as annotated unpaired, most of them in conflict)
    none = blind.score_contradictions(lambda _src, _kind: [], corpus)
    unpaired = blind.unpaired_causes(none, corpus)
    assert sum(unpaired.values()) == blind.miss_causes(none, corpus)["read, not paired"]
    assert unpaired["in conflict, set apart by the text"] > causes["in conflict, set apart by the text"]


def test_contradictions_per_practice_add_up() -> None:
    """Every planted pair and every trap is counted under exactly one practice."""
    corpus = blind.FORTIETH
    s = blind.score_contradictions(blind.detector, corpus)
    counts = blind.by_practice(s, corpus)
    assert sum(c["planted"] for c in counts.values()) == s.planted
    assert sum(c["found"] for c in counts.values()) == s.found
    assert sum(c["traps"] for c in counts.values()) == s.traps
    assert sum(c["traps reported"] for c in counts.values()) == len(s.traps_reported)
    assert counts["retention"]["planted"] >= 1  # the two lines' shared practice, not either line's alone


def test_every_missed_line_pair_has_one_cause() -> None:
    """Each required pair not drafted is counted under exactly one cause."""
    corpus = blind.FORTIETH
    causes = blind.line_miss_causes(corpus)
    assert sum(causes.values()) == len(blind.score_lines(corpus).misses)
    assert set(causes) <= {"polarity wrong", "practice cued, not read", "another practice cued", "no practice cue"}


@dataclass(frozen=True)
class Floors:
    """What a later blind corpus must keep scoring: its size, and figures a small margin below its own."""

    required: int
    recall: float
    precision: float
    planted: int
    traps: int
    found: int
    traps_reported: int


# Each corpus's README gives its one blind run and, if it was used after that, its figures after tuning. The tuning
# corpora's floors stand at the last round's final figures (7e260d0), but for the precision of the seventh, eighth,
# fourteenth to eighteenth and twenty-fifth, a point lower since a deletion at a time after an event ("deleted 90
# days after delivery") reads as kept until then too: those corpora's annotations list the deletion only, where the
# later ones (held-out included) list both.
LATER_CORPORA = {
    # AFTER TUNING: first run 0.607 / 0.791, 10 of 36 contradictions, 2 traps; tuned 0.915 / 0.950, 27 of 36, none.
    "draft-blind2": (blind.SECOND, Floors(200, 0.91, 0.94, 30, 30, 28, 0)),
    # AFTER TUNING: first run 0.747 / 0.902, 13 of 44, 4 of 35 traps; tuned 0.959 / 0.963, 39 of 44, none.
    "draft-blind3": (blind.THIRD, Floors(200, 0.96, 0.96, 40, 30, 40, 0)),
    # AFTER TUNING: first run 0.587 / 0.757, 9 of 50, 4 of 44 traps; tuned 0.877 / 0.906, 25 of 50, one trap (two
    # since "prescription" names health data: "Prescription records are kept for ten years" / "Medical
    # questionnaires are deleted two years after", two records of health; the same word found three contradictions
    # and lost a trap in the forty-sixth corpus).
    "draft-blind4": (blind.FOURTH, Floors(240, 0.89, 0.91, 45, 40, 25, 2)),
    # AFTER TUNING: first run 0.691 / 0.833, 11 of 42, 7 of 33 traps; tuned 0.926 / 0.957, 34 of 42, one trap.
    "draft-blind5": (blind.FIFTH, Floors(200, 0.93, 0.95, 40, 30, 34, 1)),
    # AFTER TUNING: blind runs 0.709 / 0.818, 19 of 50, 8 of 40 traps, then 0.713 / 0.820, 20 of 50, 5 traps; tuned
    # 0.899 / 0.930, 43 of 50, one trap.
    "draft-blind6": (blind.SIXTH, Floors(250, 0.89, 0.93, 50, 40, 43, 0)),
    # AFTER TUNING: blind runs 0.728 / 0.814, 15 of 53, 2 of 35 traps, then 0.751 / 0.828, 19 of 53, 2 traps; tuned
    # 0.936 / 0.934, 46 of 53, none (47 until a disclaimer "as is" of goods the guarantee does not name, and the
    # text seldom does, was read as about those goods only: "Aligners are provided as is" / "teeth will reach ...").
    "draft-blind7": (blind.SEVENTH, Floors(260, 0.93, 0.92, 50, 35, 46, 0)),
    # AFTER TUNING: blind runs 0.723 / 0.847, 14 of 49, 1 of 35 traps, then 0.731 / 0.848, 14 of 49, one trap; tuned
    # 0.919 / 0.924, 36 of 49, none.
    "draft-blind8": (blind.EIGHTH, Floors(260, 0.92, 0.91, 45, 35, 36, 0)),
    # AFTER TUNING (once the eleventh corpus existed): blind runs 0.720 / 0.840, 13 of 57, 3 of 39 traps (when it
    # was added), then 0.789 / 0.860, 18 of 57, 2 traps; tuned 0.888 / 0.925, 40 of 57, none; 0.897 / 0.918 since a held completed declaration reads as collected too.
    "draft-blind9": (blind.NINTH, Floors(230, 0.89, 0.91, 55, 35, 42, 0)),
    # AFTER TUNING (once the eleventh corpus existed): blind run 0.671 / 0.796, 18 of 59, 3 of 39 traps; tuned 0.846
    # / 0.887, 37 of 59, none.
    "draft-blind10": (blind.TENTH, Floors(235, 0.85, 0.89, 55, 35, 39, 0)),
    # AFTER TUNING (once the thirteenth corpus existed): blind runs 0.721 / 0.850, 15 of 63, 4 of 43 traps, then
    # 0.747 / 0.857, 16 of 63, 3 traps; tuned 0.899 / 0.903, 38 of 63, one trap.
    "draft-blind11": (blind.ELEVENTH, Floors(290, 0.91, 0.90, 60, 40, 39, 1)),
    # AFTER TUNING (once the thirteenth corpus existed): blind run 0.776 / 0.850, 18 of 54, 4 of 41 traps; tuned
    # 0.917 / 0.916, 37 of 54, none.
    "draft-blind12": (blind.TWELFTH, Floors(250, 0.92, 0.91, 50, 40, 38, 0)),
    # AFTER TUNING (once the fifteenth corpus existed): blind runs 0.679 / 0.788, 15 of 62, 4 of 45 traps, then
    # 0.707 / 0.792, 16 of 62, 4 traps; tuned 0.886 / 0.902, 42 of 62, 2 traps; 3 traps since learned denials are
    # paired ("Nest sites of sensitive species are never shown on the public map" / "Sightings of common species
    # appear on the public map").
    "draft-blind13": (blind.THIRTEENTH, Floors(275, 0.88, 0.89, 60, 45, 45, 3)),
    # AFTER TUNING (once the fifteenth corpus existed): blind runs 0.711 / 0.831, 20 of 66, 2 of 44 traps, then
    # 0.731 / 0.841, 23 of 66, 3 traps; tuned 0.873 / 0.909, 49 of 66, 2 traps.
    "draft-blind14": (blind.FOURTEENTH, Floors(300, 0.87, 0.90, 65, 40, 49, 1)),
    # AFTER TUNING (once the seventeenth corpus existed): blind runs 0.728 / 0.840, 16 of 60, 4 of 41 traps, then
    # 0.743 / 0.850, 17 of 60, 4 traps; tuned 0.849 / 0.921, 35 of 60, 2 traps.
    "draft-blind15": (blind.FIFTEENTH, Floors(270, 0.87, 0.91, 60, 40, 39, 0)),
    # AFTER TUNING (once the seventeenth corpus existed): blind runs 0.713 / 0.841, 12 of 59, 1 of 41 traps, then
    # 0.752 / 0.851, 13 of 59, 2 traps; tuned 0.852 / 0.903, 33 of 59, one trap.
    "draft-blind16": (blind.SIXTEENTH, Floors(305, 0.86, 0.89, 55, 40, 34, 0)),
    # AFTER TUNING (once the nineteenth corpus existed): blind runs 0.782 / 0.855, 13 of 60, 3 of 40 traps, then
    # 0.788 / 0.859, 16 of 60, 3 traps; tuned 0.904 / 0.910, 37 of 60, 2 traps.
    "draft-blind17": (blind.SEVENTEENTH, Floors(290, 0.91, 0.90, 60, 40, 41, 1)),
    # AFTER TUNING (once the nineteenth corpus existed): blind runs 0.785 / 0.859, 18 of 60, 2 of 41 traps, then
    # 0.792 / 0.869, 18 of 60, 2 traps; tuned 0.871 / 0.915, 42 of 60, one trap.
    "draft-blind18": (blind.EIGHTEENTH, Floors(275, 0.88, 0.91, 60, 40, 44, 1)),
    # AFTER TUNING (once the twenty-first corpus existed): blind runs 0.764 / 0.872, 24 of 64, 1 of 42 traps (the
    # commit that added it), then 0.781 / 0.887, 29 of 64, one trap (its round's final code); tuned 0.829 / 0.914,
    # 40 of 64, none.
    "draft-blind19": (blind.NINETEENTH, Floors(285, 0.85, 0.91, 60, 40, 46, 0)),
    # AFTER TUNING (once the twenty-first corpus existed): blind runs 0.732 / 0.883, 26 of 67, 6 of 42 traps (the
    # commit that added it), then 0.749 / 0.889, 29 of 67, 6 traps (its round's final code); tuned 0.841 / 0.927, 40
    # of 67, 3 traps.
    "draft-blind20": (blind.TWENTIETH, Floors(290, 0.85, 0.92, 65, 40, 43, 2)),
    # AFTER TUNING (once the twenty-third corpus existed): blind runs 0.759 / 0.903, 27 of 60, 6 of 40 traps (the
    # commit that added it), then 0.770 / 0.904, 31 of 60, 6 traps (its round's final code); tuned 0.853 / 0.934, 40
    # of 60, 3 traps.
    "draft-blind21": (blind.TWENTY_FIRST, Floors(275, 0.88, 0.94, 60, 40, 44, 2)),
    # AFTER TUNING (once the twenty-third corpus existed): blind runs 0.838 / 0.903, 37 of 62, 3 of 40 traps (the
    # commit that added it), then 0.852 / 0.901, 39 of 62, 3 traps (its round's final code); tuned 0.888 / 0.924, 46
    # of 62, one trap.
    "draft-blind22": (blind.TWENTY_SECOND, Floors(275, 0.90, 0.92, 60, 40, 51, 0)),
    # AFTER TUNING (once the twenty-fifth corpus existed): blind runs 0.772 / 0.849, 34 of 63, 7 of 42 traps (the
    # commit that added it), then 0.783 / 0.857, 35 of 63, 7 traps (its round's final code); tuned 0.821 / 0.896, 43
    # of 63, 2 traps.
    "draft-blind23": (blind.TWENTY_THIRD, Floors(285, 0.85, 0.90, 60, 40, 49, 1)),
    # AFTER TUNING (once the twenty-fifth corpus existed): blind runs 0.804 / 0.875, 31 of 60, 4 of 47 traps (the
    # commit that added it), then 0.807 / 0.878, 31 of 60, 4 traps (its round's final code); tuned 0.817 / 0.885, 39
    # of 60, 4 traps.
    "draft-blind24": (blind.TWENTY_FOURTH, Floors(300, 0.84, 0.89, 60, 45, 42, 1)),
    # AFTER TUNING (once the twenty-seventh corpus existed): blind runs 0.818 / 0.867, 35 of 60, 8 of 48 traps (the
    # commit that added it), then 0.824 / 0.871, 35 of 60, 8 traps (its round's final code); tuned 0.828 / 0.877, 39
    # of 60, 6 traps.
    "draft-blind25": (blind.TWENTY_FIFTH, Floors(290, 0.84, 0.87, 60, 45, 40, 5)),
    # AFTER TUNING (once the twenty-seventh corpus existed): blind runs 0.820 / 0.885, 29 of 60, 6 of 41 traps (the
    # commit that added it), then 0.827 / 0.889, 29 of 60, 5 traps (its round's final code); tuned 0.847 / 0.897, 38
    # of 60, 5 traps.
    # (41 of 60 once two kinds of data kept in places of their own are two things: "no personal health information
    # leaves the country" / "reminder texts, which include the patient's name and treatment stage, ... servers
    # located in Oregon", the treatment stage read as no health data)
    "draft-blind26": (blind.TWENTY_SIXTH, Floors(290, 0.86, 0.89, 60, 40, 41, 0)),
    # AFTER TUNING (once the twenty-ninth corpus existed): blind runs 0.754 / 0.824, 21 of 60, 2 of 50 traps (the
    # commit that added it), then 0.758 / 0.828, 21 of 60, 2 traps (its round's final code); tuned 0.809 / 0.849, 42
    # of 60, 2 traps.
    "draft-blind27": (blind.TWENTY_SEVENTH, Floors(290, 0.81, 0.84, 60, 50, 42, 1)),
    # AFTER TUNING (once the twenty-ninth corpus existed): blind runs 0.805 / 0.881, 34 of 60, 6 of 52 traps (the
    # commit that added it, and its round's final code); tuned 0.841 / 0.899, 49 of 60, 6 traps.
    "draft-blind28": (blind.TWENTY_EIGHTH, Floors(300, 0.87, 0.91, 60, 50, 50, 3)),
    # AFTER TUNING (once the thirty-first corpus existed): blind runs 0.778 / 0.872, 27 of 60, 7 of 48 traps (97be14b,
    # the first code run on it), then 0.785 / 0.873, 27 of 60, 7 traps (its round's final code, 56bb15a); tuned 0.794
    # / 0.874, 29 of 60, 7 traps; tuned again (once the thirty-third existed) 0.839 / 0.890, 35 of 60, 6 traps; and again (once the thirty-fifth
    # existed) 0.854 / 0.898, 40 of 60, 6 traps.
    "draft-blind29": (blind.TWENTY_NINTH, Floors(310, 0.85, 0.90, 60, 48, 41, 6)),
    # AFTER TUNING (once the thirty-first corpus existed): blind runs 0.736 / 0.835, 33 of 60, 4 of 50 traps (97be14b,
    # the first code run on it), then 0.740 / 0.836, 33 of 60, 4 traps (its round's final code, 56bb15a); tuned 0.740
    # / 0.833, 33 of 60, 4 traps; tuned again (once the thirty-third existed) 0.774 / 0.850, 35 of 60, 2 traps; and again (once the thirty-fifth
    # existed) 0.801 / 0.857, 39 of 60, 2 traps; 38 of 60 once an age restricting a thing of its own is compared only
    # with what names it ("Animals may only be registered by ..." / "... can register a pet": no word in common); 3
    # traps once a denial opening with the text's own name reads as its collection ("... does not access ... any
    # other pictures in your gallery" against the photographs submitted); 37 once a plural's possessive says whose
    # data it is ("Applicants' contact details are not shared with the Society" / "The Society's committee is given
    # the phone numbers of applicants": two possessors, read as two people's data).
    "draft-blind30": (blind.THIRTIETH, Floors(290, 0.80, 0.86, 60, 50, 37, 3)),
    # AFTER TUNING (once the thirty-third corpus existed): blind runs 0.720 / 0.839, 27 of 64, 5 of 49 traps (43b50de,
    # the first code run on it; the same on its round's start and final code); tuned 0.760 / 0.870, 30 of 64, 2 traps;
    # tuned again (once the thirty-fifth existed) 0.780 / 0.872, 35 of 64, 2 traps.
    "draft-blind31": (blind.THIRTY_FIRST, Floors(300, 0.79, 0.87, 64, 49, 36, 2)),
    # AFTER TUNING (once the thirty-third corpus existed): blind runs 0.739 / 0.831, 22 of 62, 3 of 44 traps (43b50de,
    # the first code run on it; the same on its round's start and final code); tuned 0.769 / 0.845, 22 of 62, 3 traps;
    # tuned again (once the thirty-fifth existed) 0.790 / 0.854, 26 of 62, 3 traps.
    "draft-blind32": (blind.THIRTY_SECOND, Floors(290, 0.80, 0.85, 62, 44, 26, 3)),
    # Blind runs 0.780 / 0.880, 30 of 60, 6 of 51 traps (b61525a, the first code run on it), then 0.796 / 0.882, 32 of
    # 60, 5 traps (its round's final code); a tuning corpus since: 0.834 / 0.904, 42 of 60, 5 traps.
    "draft-blind33": (blind.THIRTY_THIRD, Floors(310, 0.84, 0.90, 60, 51, 42, 4)),
    # Blind runs 0.718 / 0.857, 27 of 62, 10 of 51 traps (b61525a), then 0.733 / 0.860, 28 of 62, 10 traps (its
    # round's final code); a tuning corpus since: 0.773 / 0.877, 37 of 62, 9 traps.
    # (36 of 62 once two kinds of data kept in places of their own are two things: "all student files on servers in
    # Japan" / "Progress data from the study app is kept in a cloud region in Singapore")
    "draft-blind34": (blind.THIRTY_FOURTH, Floors(320, 0.77, 0.88, 62, 51, 36, 5)),
    # Blind runs 0.775 / 0.842, 29 of 60, 13 of 56 traps (62f4bff, the first code run on it), then 0.775 / 0.842, 30 of
    # 60, 13 traps (its round's final code, 4f5ff9a); a tuning corpus since: 0.797 / 0.863, 34 of 60, 9 traps.
    "draft-blind35": (blind.THIRTY_FIFTH, Floors(300, 0.79, 0.86, 60, 56, 34, 9)),
    # Blind runs 0.803 / 0.861, 30 of 60, 7 of 55 traps (62f4bff, the first code run on it), then 0.809 / 0.868, 29 of
    # 60, 7 traps (its round's final code, 4f5ff9a); a tuning corpus since: 0.822 / 0.875, 32 of 60, 3 traps.
    "draft-blind36": (blind.THIRTY_SIXTH, Floors(310, 0.82, 0.87, 60, 55, 32, 3)),
    # HELD OUT: blind runs 0.782 / 0.854, 26 of 60, 6 of 46 traps (970997d, the first code run on it), then 0.802 /
    # 0.866, 28 of 60, 4 traps (its round's final code, 7e260d0). A guard at the lower of the two.
    "draft-blind37": (blind.THIRTY_SEVENTH, Floors(300, 0.78, 0.85, 60, 46, 26, 6)),
    # HELD OUT: blind runs 0.814 / 0.904, 25 of 60, 10 of 56 traps (970997d, the first code run on it), then 0.820 /
    # 0.908, 27 of 60, 8 traps (its round's final code, 7e260d0). A guard at the lower of the two.
    "draft-blind38": (blind.THIRTY_EIGHTH, Floors(290, 0.81, 0.90, 60, 56, 25, 10)),
    # HELD OUT: blind run 0.815 / 0.912, 27 of 60, 6 of 51 traps (ce5e55d, the first code run on it; the same
    # with c054b81, the code before its round). A guard at it (precision 0.89 since the learned weights state a
    # practice from a probability of 0.5, no longer 0.8: 0.930 / 0.896 then).
    "draft-blind39": (blind.THIRTY_NINTH, Floors(300, 0.81, 0.89, 60, 51, 27, 6)),
    # HELD OUT: blind run 0.804 / 0.871, 29 of 64, 1 of 57 traps (ce5e55d, the first code run on it; 0.801 / 0.871
    # with c054b81, the code before its round). A guard at it.
    "draft-blind40": (blind.FORTIETH, Floors(300, 0.80, 0.87, 64, 57, 29, 1)),
    # HELD OUT: blind run 0.785 / 0.886, 17 of 60, 3 of 56 traps (89da70e, the first code run on it; the reading and
    # detection code of 63cc0ed). A guard at it.
    "draft-blind41": (blind.FORTY_FIRST, Floors(290, 0.78, 0.88, 60, 56, 17, 3)),
    # HELD OUT: blind run 0.708 / 0.822, 21 of 60, 4 of 54 traps (bfb31d4, the first code run on it; the reading and
    # detection code of 17bc42f). A guard at it.
    "draft-blind42": (blind.FORTY_SECOND, Floors(310, 0.70, 0.82, 60, 54, 21, 4)),
    # HELD OUT: blind run 0.736 / 0.818, 19 of 60, 6 of 54 traps (8086538, the first code run on it; the reading and
    # detection code of 7201635, which reads every stored text as f558a83 does). A guard at it.
    "draft-blind43": (blind.FORTY_THIRD, Floors(340, 0.73, 0.81, 60, 54, 19, 6)),
    # HELD OUT: blind run 0.812 / 0.848, 27 of 60, 5 of 57 traps (be594ea, the first code run on it; the reading and
    # detection code of 7a9d198). A guard at it.
    "draft-blind44": (blind.FORTY_FOURTH, Floors(320, 0.81, 0.84, 60, 57, 27, 5)),
    # HELD OUT: blind run 0.873 / 0.843, 26 of 60, 4 of 51 traps (a4d19ee, the first code run on it; the reading and
    # detection code of fd85534). A guard at it.
    "draft-blind45": (blind.FORTY_FIFTH, Floors(320, 0.87, 0.84, 60, 51, 26, 4)),
    # Blind run 0.746 / 0.848, 17 of 60, 5 of 52 traps (57bb1dd, the first code run on it);
    # a tuning corpus since (the weights learn from it): 0.825 / 0.862, 17 of 60, 3 traps.
    "draft-blind46": (blind.FORTY_SIXTH, Floors(300, 0.82, 0.85, 60, 52, 29, 1)),
    # Blind run 0.827 / 0.891, 22 of 60, 7 of 53 traps (57bb1dd, the first code run on it);
    # a tuning corpus since (the weights learn from it): 0.883 / 0.902, 22 of 60, 6 traps.
    "draft-blind47": (blind.FORTY_SEVENTH, Floors(340, 0.87, 0.89, 60, 53, 22, 6)),
    # Blind run 0.822 / 0.909, 17 of 60, 8 of 56 traps (57bb1dd, the first code run on it);
    # a tuning corpus since (the weights learn from it): 0.878 / 0.919, 17 of 60, 8 traps.
    "draft-blind48": (blind.FORTY_EIGHTH, Floors(335, 0.87, 0.91, 60, 56, 17, 4)),
    # Blind run 0.801 / 0.852, 25 of 60, 6 of 54 traps (57bb1dd, the first code run on it);
    # a tuning corpus since (the weights learn from it): 0.867 / 0.869, 25 of 60, 5 traps.
    "draft-blind49": (blind.FORTY_NINTH, Floors(300, 0.86, 0.86, 60, 54, 25, 4)),
    # Blind run 0.806 / 0.847, 20 of 60, 7 of 55 traps (57bb1dd, the first code run on it);
    # a tuning corpus since (the weights learn from it): 0.858 / 0.857, 20 of 60, 6 traps.
    "draft-blind50": (blind.FIFTIETH, Floors(330, 0.85, 0.85, 60, 55, 20, 6)),
    # Blind run 0.788 / 0.839, 25 of 60, 4 of 56 traps (57bb1dd, the first code run on it);
    # a tuning corpus since (the weights learn from it): 0.836 / 0.851, 25 of 60, 4 traps.
    "draft-blind51": (blind.FIFTY_FIRST, Floors(335, 0.83, 0.84, 60, 56, 25, 4)),
    # Blind run 0.780 / 0.831, 20 of 60, 6 of 51 traps (57bb1dd, the first code run on it);
    # a tuning corpus since (the weights learn from it): 0.869 / 0.844, 20 of 60, 6 traps.
    "draft-blind52": (blind.FIFTY_SECOND, Floors(325, 0.86, 0.83, 60, 51, 20, 6)),
    # Blind run 0.799 / 0.794, 31 of 60, 10 of 56 traps (347141f, the first code run on it (the reading and detection code of c891d46));
    # a tuning corpus since (the weights learn from it): 0.854 / 0.809, 31 of 60, 8 traps.
    "draft-blind53": (blind.FIFTY_THIRD, Floors(305, 0.84, 0.80, 60, 56, 31, 8)),
    # Blind run 0.847 / 0.845, 22 of 60, 8 of 52 traps (347141f, the first code run on it (the reading and detection code of c891d46));
    # a tuning corpus since (the weights learn from it): 0.893 / 0.853, 22 of 60, 8 traps.
    "draft-blind54": (blind.FIFTY_FOURTH, Floors(325, 0.88, 0.84, 60, 52, 22, 8)),
    # Blind run 0.852 / 0.880, 38 of 60, 12 of 52 traps (347141f, the first code run on it (the reading and detection code of c891d46));
    # a tuning corpus since (the weights learn from it): 0.878 / 0.883, 38 of 60, 12 traps.
    "draft-blind55": (blind.FIFTY_FIFTH, Floors(335, 0.87, 0.87, 60, 52, 38, 7)),
    # Blind run 0.854 / 0.882, 18 of 60, 9 of 57 traps (347141f, the first code run on it (the reading and detection code of c891d46));
    # a tuning corpus since (the weights learn from it): 0.905 / 0.890, 18 of 60, 8 traps.
    "draft-blind56": (blind.FIFTY_SIXTH, Floors(315, 0.90, 0.88, 60, 57, 18, 8)),
    # Blind run 0.775 / 0.835, 26 of 60, 7 of 53 traps (347141f, the first code run on it (the reading and detection code of c891d46));
    # a tuning corpus since (the weights learn from it): 0.826 / 0.848, 26 of 60, 7 traps.
    "draft-blind57": (blind.FIFTY_SEVENTH, Floors(330, 0.82, 0.84, 60, 53, 26, 7)),
    # Blind run 0.795 / 0.852, 22 of 60, 7 of 52 traps (347141f, the first code run on it (the reading and detection code of c891d46));
    # a tuning corpus since (the weights learn from it): 0.833 / 0.858, 22 of 60, 7 traps.
    "draft-blind58": (blind.FIFTY_EIGHTH, Floors(340, 0.82, 0.85, 60, 52, 22, 7)),
    # Blind run 0.819 / 0.870, 22 of 60, 10 of 54 traps (347141f, the first code run on it (the reading and detection code of c891d46));
    # a tuning corpus since (the weights learn from it): 0.849 / 0.874, 22 of 60, 9 traps.
    "draft-blind59": (blind.FIFTY_NINTH, Floors(330, 0.84, 0.86, 60, 54, 22, 9)),
    # Blind run 0.812 / 0.869, 18 of 60, 4 of 54 traps (its commit, the first code run on it;
    # the reading and detection code of b0dcf3c);
    # a tuning corpus since (the weights learn from it): 0.854 / 0.883, 18 of 60, 4 traps.
    "draft-blind60": (blind.SIXTIETH, Floors(305, 0.84, 0.87, 60, 54, 18, 2)),
    # Blind run 0.831 / 0.816, 19 of 60, 8 of 50 traps (its commit, the first code run on it;
    # the reading and detection code of b0dcf3c);
    # a tuning corpus since (the weights learn from it): 0.859 / 0.826, 19 of 60, 8 traps.
    "draft-blind61": (blind.SIXTY_FIRST, Floors(315, 0.85, 0.82, 60, 50, 19, 8)),
    # Blind run 0.845 / 0.887, 27 of 60, 10 of 54 traps (its commit, the first code run on it;
    # the reading and detection code of b0dcf3c);
    # a tuning corpus since (the weights learn from it): 0.884 / 0.890, 27 of 60, 10 traps.
    "draft-blind62": (blind.SIXTY_SECOND, Floors(335, 0.87, 0.88, 60, 54, 27, 10)),
    # Blind run 0.847 / 0.887, 25 of 60, 6 of 56 traps (its commit, the first code run on it;
    # the reading and detection code of b0dcf3c);
    # a tuning corpus since (the weights learn from it): 0.881 / 0.893, 25 of 60, 6 traps.
    "draft-blind63": (blind.SIXTY_THIRD, Floors(295, 0.87, 0.88, 60, 56, 25, 6)),
    # Blind run 0.786 / 0.842, 20 of 60, 4 of 57 traps (its commit, the first code run on it;
    # the reading and detection code of b0dcf3c);
    # a tuning corpus since (the weights learn from it): 0.840 / 0.853, 20 of 60, 4 traps.
    "draft-blind64": (blind.SIXTY_FOURTH, Floors(315, 0.83, 0.84, 60, 57, 20, 4)),
    # Blind run 0.854 / 0.909, 27 of 60, 4 of 52 traps (its commit, the first code run on it;
    # the reading and detection code of b0dcf3c);
    # a tuning corpus since (the weights learn from it): 0.895 / 0.913, 27 of 60, 4 traps.
    "draft-blind65": (blind.SIXTY_FIFTH, Floors(320, 0.89, 0.90, 60, 52, 27, 4)),
    # Blind run 0.769 / 0.841, 17 of 60, 7 of 60 traps (its commit, the first code run on it;
    # the reading and detection code of b0dcf3c);
    # a tuning corpus since (the weights learn from it): 0.816 / 0.847, 17 of 60, 7 traps.
    "draft-blind66": (blind.SIXTY_SIXTH, Floors(320, 0.81, 0.84, 60, 60, 17, 7)),
    # Blind run 0.836 / 0.843, 20 of 60, 10 of 59 traps (its commit, d0f1c6c, the first code run on it);
    # a tuning corpus since (the weights learn from it, rules found on it): 0.880 / 0.874, 22 of 60, 7 traps.
    "draft-blind67": (blind.SIXTY_SEVENTH, Floors(320, 0.87, 0.87, 60, 59, 22, 7)),
    # Blind run 0.820 / 0.831, 26 of 60, 5 of 52 traps (d0f1c6c); tuning since: 0.848 / 0.850, 26 of 60, 5 traps.
    "draft-blind68": (blind.SIXTY_EIGHTH, Floors(320, 0.84, 0.84, 60, 52, 26, 5)),
    # Blind run 0.903 / 0.877, 29 of 60, 4 of 51 traps (d0f1c6c); tuning since: 0.928 / 0.898, 32 of 60, 3 traps.
    "draft-blind69": (blind.SIXTY_NINTH, Floors(315, 0.92, 0.89, 60, 51, 32, 2)),
    # Blind run 0.818 / 0.832, 23 of 60, 6 of 51 traps (d0f1c6c); tuning since: 0.866 / 0.855, 26 of 60, 6 traps.
    "draft-blind70": (blind.SEVENTIETH, Floors(300, 0.86, 0.85, 60, 51, 26, 5)),
    # Blind run 0.831 / 0.840, 26 of 60, 5 of 52 traps (d0f1c6c); tuning since: 0.872 / 0.858, 27 of 60, 5 traps.
    "draft-blind71": (blind.SEVENTY_FIRST, Floors(310, 0.86, 0.85, 60, 52, 27, 5)),
    # HELD OUT. Blind run 0.862 / 0.878, 21 of 60, 5 of 52 traps (d0f1c6c); never used to improve the code (with
    # the weights learned from 67-71 too and the rules found on them since: 0.868 / 0.887, 21 of 60, 5 traps; with
    # those of 73-77 and the next round's rules: 0.875 / 0.888, 26 of 60, 5 traps).
    "draft-blind72": (blind.SEVENTY_SECOND, Floors(305, 0.85, 0.87, 60, 52, 21, 5)),
    # Blind run 0.866 / 0.860, 36 of 60, 7 of 52 traps (d12c77a, the first code run on it);
    # a tuning corpus since (the weights learn from it, rules found on it): 0.880 / 0.876, 38 of 60, 7 traps.
    "draft-blind73": (blind.SEVENTY_THIRD, Floors(345, 0.87, 0.87, 60, 52, 38, 7)),
    # Blind run 0.838 / 0.877, 21 of 60, 6 of 52 traps (d12c77a); tuning since: 0.863 / 0.895, 22 of 60, 6 traps.
    "draft-blind74": (blind.SEVENTY_FOURTH, Floors(345, 0.86, 0.89, 60, 52, 22, 6)),
    # Blind run 0.856 / 0.889, 26 of 60, 9 of 52 traps (d12c77a); tuning since: 0.895 / 0.896, 31 of 60, 9 traps.
    "draft-blind75": (blind.SEVENTY_FIFTH, Floors(330, 0.89, 0.89, 60, 52, 31, 3)),
    # Blind run 0.852 / 0.911, 20 of 60, 6 of 53 traps (d12c77a); tuning since: 0.886 / 0.919, 21 of 60, 6 traps.
    "draft-blind76": (blind.SEVENTY_SIXTH, Floors(330, 0.88, 0.91, 60, 53, 21, 6)),
    # Blind run 0.852 / 0.855, 19 of 60, 5 of 52 traps (d12c77a); tuning since: 0.893 / 0.868, 23 of 60, 5 traps.
    "draft-blind77": (blind.SEVENTY_SEVENTH, Floors(315, 0.89, 0.86, 60, 52, 23, 5)),
    # HELD OUT. Blind run 0.871 / 0.881, 21 of 60, 6 of 53 traps (d12c77a); never used to improve the code (with
    # the weights learned from 73-77 too and the rules found on them since: 0.871 / 0.881, 22 of 60, 6 traps).
    "draft-blind78": (blind.SEVENTY_EIGHTH, Floors(315, 0.86, 0.87, 60, 53, 21, 6)),
    # Blind run 0.863 / 0.918, 37 of 60, 8 of 50 traps (b970d64, the first code run on it).
    "draft-blind79": (blind.SEVENTY_NINTH, Floors(320, 0.86, 0.91, 60, 50, 37, 8)),
    # Blind run 0.834 / 0.837, 25 of 60, 6 of 51 traps (b970d64).
    "draft-blind80": (blind.EIGHTIETH, Floors(325, 0.83, 0.83, 60, 51, 25, 6)),
    # Blind run 0.811 / 0.825, 21 of 60, 5 of 51 traps (b970d64).
    "draft-blind81": (blind.EIGHTY_FIRST, Floors(320, 0.81, 0.82, 60, 51, 21, 5)),
    # Blind run 0.815 / 0.864, 20 of 60, 8 of 51 traps (b970d64).
    "draft-blind82": (blind.EIGHTY_SECOND, Floors(330, 0.81, 0.86, 60, 51, 20, 7)),
    # Blind run 0.853 / 0.903, 24 of 60, 8 of 57 traps (18a3176, the first code run on it).
    "draft-blind83": (blind.EIGHTY_THIRD, Floors(295, 0.85, 0.90, 60, 57, 24, 8)),
    # HELD OUT. Blind run 0.830 / 0.837, 32 of 60, 7 of 50 traps (b970d64); never used to improve the code. 30 of 60
    # once what only the learned weights read is no longer paired (two of its 32 rested on it; on the six new corpora
    # that pairing found 2 contradictions more and 3 traps more, on the older held-out ones 9 and 1). 8 traps since
    # one balance is named by one noun however its running out is worded (on the held-out corpora together 4
    # contradictions more and this trap; on the tuning ones 14 and none).
    "draft-blind84": (blind.EIGHTY_FOURTH, Floors(325, 0.83, 0.83, 60, 50, 30, 8)),
    # HELD OUT. Blind run 0.814 / 0.850, 23 of 60, 9 of 50 traps (9e23b29, the first code run on it: the code of
    # 6f0b54a; the code of c30f6dd, where its round started, scores it the same); never used to improve the code.
    "draft-blind85": (blind.EIGHTY_FIFTH, Floors(365, 0.81, 0.85, 60, 50, 23, 9)),
    # HELD OUT. Blind run 0.811 / 0.844, 27 of 60, 2 of 50 traps (069ed5b, the first code run on it: the code of
    # 6f0b54a; the same with c30f6dd's); never used to improve the code.
    "draft-blind86": (blind.EIGHTY_SIXTH, Floors(355, 0.81, 0.84, 60, 50, 27, 2)),
    # HELD OUT. Blind run 0.787 / 0.853, 24 of 60, 3 of 50 traps (bc3db47, the first code run on it: the code of
    # 7a82362; d1b385e's, where its round started, finds the same contradictions and traps); never used to improve
    # the code. Precision 0.83 since the learned weights state a practice from a probability of 0.5 (chosen on
    # the seventy-ninth to eighty-third corpora): 0.813 / 0.837.
    "draft-blind87": (blind.EIGHTY_SEVENTH, Floors(342, 0.78, 0.83, 60, 50, 24, 3)),
    # HELD OUT. Blind run 0.857 / 0.843, 33 of 60, 5 of 50 traps (bc3db47, the code of 7a82362; the same with
    # d1b385e's); never used to improve the code. Precision 0.83 since the threshold of 0.5: 0.882 / 0.834.
    "draft-blind88": (blind.EIGHTY_EIGHTH, Floors(356, 0.85, 0.83, 60, 50, 33, 5)),
    # HELD OUT. Blind run 0.880 / 0.873, 27 of 60, 5 of 50 traps (49171b1, the code of c37e17b; the same
    # contradictions and traps with f8139d1's, where its round started); never used to improve the code.
    "draft-blind89": (blind.EIGHTY_NINTH, Floors(333, 0.87, 0.87, 60, 50, 27, 5)),
    # HELD OUT. Blind run 0.854 / 0.840, 20 of 60, 9 of 50 traps (49171b1, the code of c37e17b; the same with
    # f8139d1's); never used to improve the code.
    "draft-blind90": (blind.NINETIETH, Floors(350, 0.85, 0.84, 60, 50, 20, 9)),
    # HELD OUT. Blind run 0.811 / 0.825, 24 of 60, 5 of 50 traps (c8a4063, the first code run on it; b53223a's,
    # where its round started, finds 22 and the same traps); never used to improve the code.
    "draft-blind91": (blind.NINETY_FIRST, Floors(360, 0.81, 0.82, 60, 50, 24, 5)),
    # HELD OUT. Blind run 0.867 / 0.828, 27 of 60, 6 of 50 traps (c8a4063, the first code run on it; the same with
    # b53223a's); never used to improve the code.
    "draft-blind92": (blind.NINETY_SECOND, Floors(375, 0.86, 0.82, 60, 50, 27, 6)),
    # HELD OUT. Blind run 0.858 / 0.855, 23 of 60, 3 of 50 traps (1ae0bbd, the first code run on it; the same with
    # d14bf4e's); never used to improve the code.
    "draft-blind93": (blind.NINETY_THIRD, Floors(367, 0.85, 0.85, 60, 50, 23, 3)),
    # HELD OUT. Blind run 0.841 / 0.827, 33 of 60, 7 of 50 traps (1ae0bbd, the first code run on it; the same with
    # d14bf4e's); never used to improve the code.
    "draft-blind94": (blind.NINETY_FOURTH, Floors(377, 0.84, 0.82, 60, 50, 33, 7)),
    # HELD OUT. Blind run 0.868 / 0.813, 32 of 60, 4 of 50 traps (a8bbeff, the first code run on it; the same with
    # d14bf4e's); never used to improve the code.
    "draft-blind95": (blind.NINETY_FIFTH, Floors(348, 0.86, 0.81, 60, 50, 32, 4)),
    # HELD OUT. Blind run 0.842 / 0.812, 29 of 60, 5 of 50 traps (a8bbeff, the first code run on it; d14bf4e's drafts
    # one line more); never used to improve the code.
    "draft-blind96": (blind.NINETY_SIXTH, Floors(366, 0.84, 0.81, 60, 50, 29, 5)),
    # HELD OUT. Blind run 0.885 / 0.842, 29 of 60, 4 of 50 traps (908d5ba, the first code run on it; af14f43's,
    # where its round started, drafts one line less); never used to improve the code.
    "draft-blind97": (blind.NINETY_SEVENTH, Floors(338, 0.88, 0.84, 60, 50, 29, 4)),
    # HELD OUT. Blind run 0.842 / 0.845, 24 of 60, 6 of 50 traps (908d5ba, the first code run on it; af14f43's
    # drafts one line more, precision 0.842); never used to improve the code.
    "draft-blind98": (blind.NINETY_EIGHTH, Floors(349, 0.84, 0.84, 60, 50, 24, 6)),
    # HELD OUT. Blind run 0.826 / 0.806, 26 of 60, 5 of 50 traps (94e4b76, the first code run on it; the same with
    # af14f43's, where its round started); never used to improve the code.
    "draft-blind99": (blind.NINETY_NINTH, Floors(333, 0.82, 0.80, 60, 50, 26, 5)),
    # HELD OUT. Blind run 0.858 / 0.862, 24 of 60, 4 of 50 traps (94e4b76, the first code run on it; af14f43's, where
    # its round started, finds 22); never used to improve the code.
    "draft-blind100": (blind.HUNDREDTH, Floors(346, 0.85, 0.86, 60, 50, 24, 4)),
    # HELD OUT. Blind run 0.864 / 0.869, 30 of 60, 3 of 50 traps (48a9cef, the first code run on it; the same with
    # af14f43's, where its round started); never used to improve the code.
    "draft-blind101": (blind.HUNDRED_FIRST, Floors(369, 0.86, 0.86, 60, 50, 30, 3)),
    # HELD OUT. Blind run 0.872 / 0.832, 27 of 60, 4 of 50 traps (48a9cef, the first code run on it; af14f43's, where
    # its round started, drafts one correct line less and finds 26); never used to improve the code.
    "draft-blind102": (blind.HUNDRED_SECOND, Floors(337, 0.87, 0.83, 60, 50, 27, 4)),
    # HELD OUT. Blind run 0.822 / 0.788, 25 of 60, 7 of 50 traps (557d834, the first code run on it; the same with
    # af14f43's, where its round started); never used to improve the code.
    "draft-blind103": (blind.HUNDRED_THIRD, Floors(360, 0.82, 0.78, 60, 50, 25, 7)),
    # HELD OUT. Blind run 0.887 / 0.859, 23 of 60, 1 of 50 traps (557d834, the first code run on it; the same with
    # af14f43's, where its round started); never used to improve the code.
    "draft-blind104": (blind.HUNDRED_FOURTH, Floors(344, 0.88, 0.85, 60, 50, 23, 1)),
    # HELD OUT. Blind run 0.860 / 0.807, 28 of 60, 4 of 50 traps (dc334f8, the first code run on it; the same with
    # ec567d7's, where its round started); never used to improve the code.
    "draft-blind105": (blind.HUNDRED_FIFTH, Floors(350, 0.86, 0.80, 60, 50, 28, 4)),
    # HELD OUT. Blind run 0.877 / 0.839, 27 of 60, 6 of 50 traps (1058aa5, the first code run on it; the same with
    # ec567d7's, where its round started); never used to improve the code.
    "draft-blind106": (blind.HUNDRED_SIXTH, Floors(334, 0.87, 0.83, 60, 50, 27, 6)),
    # HELD OUT. Blind run 0.836 / 0.811, 24 of 60, 4 of 50 traps (dc334f8, the first code run on it; the same with
    # ec567d7's, where its round started); never used to improve the code.
    "draft-blind107": (blind.HUNDRED_SEVENTH, Floors(366, 0.83, 0.81, 60, 50, 24, 4)),
    # HELD OUT. Blind run 0.861 / 0.865, 23 of 60, 9 of 50 traps (dc334f8, the first code run on it; the same with
    # ec567d7's, where its round started); never used to improve the code.
    "draft-blind108": (blind.HUNDRED_EIGHTH, Floors(346, 0.86, 0.86, 60, 50, 23, 9)),
    # HELD OUT. Blind run 0.863 / 0.833, 26 of 60, 7 of 50 traps (dac373f, the first code run on it; the same with
    # ec567d7's, where its round started); never used to improve the code.
    "draft-blind109": (blind.HUNDRED_NINTH, Floors(380, 0.86, 0.83, 60, 50, 26, 7)),
    # HELD OUT. Blind run 0.839 / 0.783, 25 of 60, 4 of 50 traps (dac373f, the first code run on it; the same with
    # ec567d7's, where its round started); never used to improve the code.
    "draft-blind110": (blind.HUNDRED_TENTH, Floors(347, 0.83, 0.78, 60, 50, 25, 4)),
    # HELD OUT. Blind run 0.840 / 0.771, 26 of 60, 1 of 50 traps (dac373f, the first code run on it; the same with
    # ec567d7's, where its round started); never used to improve the code.
    "draft-blind111": (blind.HUNDRED_ELEVENTH, Floors(350, 0.84, 0.77, 60, 50, 26, 1)),
    # HELD OUT. Blind run 0.870 / 0.862, 26 of 60, 3 of 50 traps (dac373f, the first code run on it; the same with
    # ec567d7's, where its round started); never used to improve the code.
    "draft-blind112": (blind.HUNDRED_TWELFTH, Floors(338, 0.86, 0.86, 60, 50, 26, 3)),
    # HELD OUT. Blind run 0.854 / 0.871, 29 of 60, 6 of 50 traps (27e6ca8, the first code run on it; the same with
    # ec567d7's, where its round started); never used to improve the code.
    "draft-blind113": (blind.HUNDRED_THIRTEENTH, Floors(349, 0.85, 0.87, 60, 50, 29, 6)),
    # HELD OUT. Blind run 0.870 / 0.860, 32 of 60, 7 of 50 traps (27e6ca8, the first code run on it; the same with
    # ec567d7's, where its round started); never used to improve the code.
    "draft-blind114": (blind.HUNDRED_FOURTEENTH, Floors(355, 0.87, 0.85, 60, 50, 32, 7)),
    # HELD OUT. Blind run 0.857 / 0.845, 22 of 60, 5 of 50 traps (27e6ca8, the first code run on it; the same with
    # ec567d7's, where its round started); never used to improve the code.
    "draft-blind115": (blind.HUNDRED_FIFTEENTH, Floors(377, 0.85, 0.84, 60, 50, 22, 5)),
    # HELD OUT. Blind run 0.848 / 0.862, 25 of 60, 4 of 50 traps (5f2155a, the first code run on it; the same with
    # 701abfd's, where its round started); never used to improve the code.
    "draft-blind116": (blind.HUNDRED_SIXTEENTH, Floors(362, 0.84, 0.86, 60, 50, 25, 4)),
    # HELD OUT. Blind run 0.874 / 0.795, 23 of 60, 9 of 50 traps (5f2155a, the first code run on it; the same with
    # 701abfd's, where its round started); never used to improve the code.
    "draft-blind117": (blind.HUNDRED_SEVENTEENTH, Floors(356, 0.87, 0.79, 60, 50, 23, 9)),
    # HELD OUT. Blind run 0.853 / 0.848, 27 of 60, 6 of 50 traps (5f2155a, the first code run on it; the same with
    # 701abfd's, where its round started); never used to improve the code.
    "draft-blind118": (blind.HUNDRED_EIGHTEENTH, Floors(346, 0.85, 0.84, 60, 50, 27, 6)),
    # HELD OUT. Blind run 0.828 / 0.838, 25 of 60, 4 of 50 traps (5f2155a, the first code run on it; the same with
    # 701abfd's, where its round started); never used to improve the code.
    "draft-blind119": (blind.HUNDRED_NINETEENTH, Floors(373, 0.82, 0.83, 60, 50, 25, 4)),
    # HELD OUT. Blind run 0.836 / 0.855, 24 of 60, 6 of 50 traps (16c1b6c, the first code run on it; the same with
    # 701abfd's, where its round started); never used to improve the code.
    "draft-blind120": (blind.HUNDRED_TWENTIETH, Floors(347, 0.83, 0.85, 60, 50, 24, 6)),
    # HELD OUT. Blind run 0.863 / 0.824, 27 of 60, 6 of 50 traps (16c1b6c, the first code run on it; the same with
    # 701abfd's, where its round started); never used to improve the code.
    "draft-blind121": (blind.HUNDRED_TWENTY_FIRST, Floors(344, 0.86, 0.82, 60, 50, 27, 6)),
    # HELD OUT. Blind run 0.826 / 0.826, 28 of 60, 8 of 50 traps (16c1b6c, the first code run on it; the same with
    # 701abfd's, where its round started); never used to improve the code.
    "draft-blind122": (blind.HUNDRED_TWENTY_SECOND, Floors(339, 0.82, 0.82, 60, 50, 28, 8)),
    # HELD OUT. Blind run 0.818 / 0.812, 22 of 60, 4 of 50 traps (16c1b6c, the first code run on it; 701abfd's, where
    # its round started, gives 21 of 60 and 3 traps); never used to improve the code.
    "draft-blind123": (blind.HUNDRED_TWENTY_THIRD, Floors(352, 0.81, 0.81, 60, 50, 22, 4)),
}


@pytest.mark.parametrize("corpus", blind.CORPORA, ids=lambda p: p.name)
def test_every_blind_corpus_says_how_it_was_written(corpus: Path) -> None:
    """Its README opens with its title and, from the forty-fifth on, says how it was written and gives its blind
    run (what the figures in the floors rest on)."""
    text = (corpus / "README.md").read_text(encoding="utf-8")
    assert text.startswith("# "), text[:80]
    if int(corpus.name.removeprefix("draft-blind") or 1) >= 45:
        assert "\n## How it was written\n" in text and "\n## Blind run\n" in text
        assert "Totals:" in text or "| No." in text


@pytest.mark.parametrize("name", sorted(LATER_CORPORA))
def test_later_blind_corpus_keeps_its_figures(name: str) -> None:
    """Floors of the later blind corpora: not blind figures, except the held-out ones' last blind runs."""
    corpus, floors = LATER_CORPORA[name]
    s = blind.score_lines(corpus)
    assert s.required >= floors.required
    assert s.recall >= floors.recall, s.misses
    assert s.precision >= floors.precision, s.extras
    c = blind.score_contradictions(blind.detector, corpus)
    assert c.planted >= floors.planted and c.traps >= floors.traps
    assert c.found >= floors.found, c.misses
    assert len(c.traps_reported) <= floors.traps_reported, c.traps_reported


def test_held_out_lines_keep_what_the_learned_weights_read() -> None:
    """Per line over the held-out corpora together, with the rules and the learned weights (chosen without them:
    0.841 / 0.872 at df3b679; 0.886 / 0.859 with the threshold of 0.5; 0.884 / 0.859 with the eighty-ninth and
    ninetieth corpora; 0.879 / 0.855 with the ninety-first and ninety-second; 0.876 / 0.855 with the ninety-third
    and ninety-fourth; 0.875 / 0.851 with the ninety-fifth and ninety-sixth, and with the ninety-seventh and ninety-eighth; 0.872 / 0.850
    with the ninety-ninth and hundredth, and with the hundred-and-first and hundred-and-second; 0.871 / 0.848 with the
    hundred-and-third and hundred-and-fourth; 0.870 / 0.847 with the hundred-and-fifth to hundred-and-eighth; 0.868 / 0.844 with the hundred-and-ninth to hundred-and-twelfth; 0.868 / 0.845 with the hundred-and-thirteenth to hundred-and-fifteenth; 0.867 / 0.844 with the hundred-and-sixteenth to hundred-and-nineteenth; 0.864 / 0.843 with the hundred-and-twentieth to hundred-and-twenty-third, whose blind runs are lower, so the recall floor went from 0.865 to 0.86), a small margin below; their blind runs stay their own floors above, but for precision where the threshold lowered it."""
    scores = [blind.score_lines(corpus) for corpus in blind.HELD_OUT]
    recall = sum(s.found for s in scores) / sum(s.required for s in scores)
    precision = sum(s.correct for s in scores) / sum(s.drafted for s in scores)
    assert recall >= 0.86 and precision >= 0.84, (round(recall, 3), round(precision, 3))


def test_draft_against_curated_seeds() -> None:
    s = seeds.score_seeds()
    assert s.curated >= 300
    assert s.recall >= 0.6, s.per_document
    assert s.precision >= 0.7, s.per_document


def test_existing_corpora_no_false_alarm_and_no_lower_recall() -> None:
    """The corpora written for the detector before it read statements: no false alarm, and at least what
    the earlier pattern detector found (114 of 116)."""
    s = corpora.score_corpora()
    assert s.expected >= 116
    assert s.false_alarms == 0, s.alarms
    assert s.found >= 114


def test_detector_recall_on_curated_vendor_findings_does_not_drop() -> None:
    s = vendors.score_vendor_findings(vendors.detector)
    assert s.curated >= 20
    assert s.recovered >= 3, s.missed


def test_curated_vendors_have_no_open_detection() -> None:
    """Every finding the detector reports in the seeds' texts is acknowledged or dismissed by their curators."""
    from policylabel.consistency import detected, quotes
    from policylabel.evidence import SourceText
    from policylabel.segment import sentences
    from policylabel.validate import discover, validate

    targets, _ = discover([vendors.VENDORS])
    for vendor in validate(targets).vendors:
        for doc in vendor.documents:
            source = SourceText.from_file(doc.source_path)
            matches, _ = quotes.locate_all(doc, source)
            reports, _diags = detected.check(doc, source, sentences(source), matches)
            assert [r.key for r in reports if r.status == "open"] == [], doc.id
