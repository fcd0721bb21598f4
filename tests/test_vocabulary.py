"""The vocabulary is internally consistent: every reference it makes resolves."""

from __future__ import annotations

from policylabel import p3p
from policylabel.vocabulary import (
    CLAIM_LIST_ATTRIBUTES,
    CLAIM_SCALAR_ATTRIBUTES,
    CLAIM_VALUE_ATTRIBUTES,
    load_vocabulary,
)

VOCAB = load_vocabulary()
PRACTICES = VOCAB.sets["practices"].terms.values()


def test_every_iri_uses_a_declared_prefix() -> None:
    for ts in VOCAB.sets.values():
        for t in ts.terms.values():
            prefix = t.iri.partition(":")[0]
            assert prefix in VOCAB.prefixes, f"{ts.name}/{t.id}: {t.iri}"


def test_every_dpv_iri_exists_in_dpv() -> None:
    from policylabel.dpvterms import exists

    for ts in VOCAB.sets.values():
        for t in ts.terms.values():
            if t.iri.partition(":")[0] not in ("pl", "schema"):
                assert exists(VOCAB.expand(t.iri)), f"{ts.name}/{t.id}: {t.iri} is not in DPV 2.3"


def test_practices_reference_known_sections_columns_kinds_and_attributes() -> None:
    sections = {s.id for s in VOCAB.label_sections}
    columns = {c.id for c in VOCAB.label_columns}
    attributes = {*CLAIM_LIST_ATTRIBUTES, *CLAIM_SCALAR_ATTRIBUTES, *CLAIM_VALUE_ATTRIBUTES}
    kinds = set(VOCAB.ids("document-kinds"))
    for t in PRACTICES:
        assert t.extra["section"] in sections, t.id
        assert set(t.extra["applies-to"]) <= kinds, t.id
        assert set(t.extra["attributes"]) <= attributes, t.id
        if "label-column" in t.extra:
            assert t.extra["label-column"] in columns, t.id
        assert t.extra.get("p3p-element") in (None, "STATEMENT", "ACCESS", "DISPUTES-GROUP", "ENTITY"), t.id
    for c in VOCAB.label_columns:
        assert c.detail in CLAIM_LIST_ATTRIBUTES, c.id
        assert VOCAB.practices_where("label-column", c.id), f"no practice feeds column {c.id}"


def test_p3p_values_are_from_the_p3p_enumerations() -> None:
    allowed = {"purposes": p3p.PURPOSES, "recipients": p3p.RECIPIENTS, "retention-policies": p3p.RETENTIONS,
               "data-categories": p3p.CATEGORIES, "choices": ("always", "opt-in", "opt-out"),
               "rights": ("nonident", "all", "contact-and-other", "ident-contact", "other-ident", "none"),
               "mechanisms": ("service", "independent", "court", "law")}
    for set_name, values in allowed.items():
        for t in VOCAB.sets[set_name].terms.values():
            assert t.p3p is None or t.p3p in values, f"{set_name}/{t.id}: {t.p3p}"
    assert all(t.p3p for t in VOCAB.sets["purposes"].terms.values())


def test_compiled_cache_is_used_only_for_the_yaml_it_came_from(tmp_path) -> None:
    import shutil

    from policylabel import paths
    from policylabel.vocabulary import compiled_path, raw_vocabulary

    yaml_copy = tmp_path / "vocabulary.yaml"
    shutil.copy(paths.VOCABULARY, yaml_copy)
    shutil.copy(compiled_path(paths.VOCABULARY), compiled_path(yaml_copy))
    assert raw_vocabulary(yaml_copy)["sets"]["purposes"]["terms"]["marketing"]["label"] == "Marketing"
    yaml_copy.write_text(yaml_copy.read_text(encoding="utf-8").replace(
        "        label: Marketing\n", "        label: Marketing (edited)\n", 1), encoding="utf-8")
    assert raw_vocabulary(yaml_copy)["sets"]["purposes"]["terms"]["marketing"]["label"] == "Marketing (edited)"
