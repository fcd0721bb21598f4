"""Cue phrases and broader terms in the vocabulary: well-formed, acyclic, one source for every reader."""

from __future__ import annotations

import pytest

from policylabel.vocabulary import load_vocabulary

CUED_SETS = ("practices", "data-categories", "recipients", "purposes", "retention-policies", "rights")


@pytest.mark.parametrize("set_name", CUED_SETS)
def test_every_term_of_a_cued_set_has_cues(set_name: str) -> None:
    vocab = load_vocabulary()
    for term in vocab.sets[set_name].terms.values():
        if term.id in ("other", "other-term") and set_name == "purposes":
            continue
        assert term.cues, f"{set_name}/{term.id} has no cues"
        for cue in term.cues:
            assert cue == cue.strip().lower() and cue, (term.id, cue)
            assert "  " not in cue, (term.id, cue)
        assert len(set(term.cues)) == len(term.cues), f"{set_name}/{term.id} repeats a cue"


@pytest.mark.parametrize("set_name", CUED_SETS)
def test_broader_names_a_term_of_the_same_set_and_never_loops(set_name: str) -> None:
    vocab = load_vocabulary()
    terms = vocab.sets[set_name].terms
    for term in terms.values():
        if term.broader is None:
            continue
        assert term.broader in terms, f"{set_name}/{term.id}: broader {term.broader} is not a term"
        seen = {term.id}
        current = term.broader
        while current is not None:
            assert current not in seen, f"{set_name}: a cycle through {current}"
            seen.add(current)
            current = terms[current].broader


def test_hierarchies_read_as_expected() -> None:
    vocab = load_vocabulary()
    assert vocab.ancestors("data-categories", "ip-address")[-1] == "personal-information"
    assert vocab.related("data-categories", "email-address", "contact-info")
    assert not vocab.related("data-categories", "location-precise", "location-coarse")
    assert vocab.related("recipients", "advertisers", "third-parties")
    # Processors act for the vendor: a denial of sharing with third parties does not cover them.
    assert not vocab.related("recipients", "service-providers", "third-parties")
    # De-identified data is not personal information: no subsumption either way.
    assert not vocab.related("data-categories", "deidentified", "personal-information")


def test_cues_and_broader_stay_out_of_extra() -> None:
    term = load_vocabulary().term("practices", "sale")
    assert "cues" not in term.extra and "broader" not in term.extra
    assert "sell" in term.cues and term.broader == "sharing"
