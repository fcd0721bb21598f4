"""The generated files (schemas and spec/vocabulary.md) are up to date with the vocabulary."""

from __future__ import annotations

import json

import jsonschema
import pytest

from policylabel import schemagen
from policylabel.vocabulary import load_vocabulary
from testpaths import REPO


def test_generated_files_are_fresh() -> None:
    stale = [str(p) for p, text in schemagen.outputs().items()
             if (REPO / p.relative_to(p.parents[1])).read_text(encoding="utf-8") != text]
    assert not stale, "run `python -m policylabel.schemagen` and commit the result"


@pytest.mark.parametrize("name", ["document.schema.json", "vendor.schema.json"])
def test_schemas_are_valid_2020_12_with_ids(name: str) -> None:
    schema = json.loads((REPO / "schemas" / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$id"].endswith(name) and schema["title"] and schema["description"]


def test_every_enum_comes_from_the_vocabulary() -> None:
    vocab = load_vocabulary()
    schema = schemagen.document_schema(vocab)
    assert schema["$defs"]["practice"]["enum"] == vocab.ids("practices")
    assert schema["$defs"]["data-categories"]["enum"] == vocab.ids("data-categories")


def test_a_new_term_is_one_edit() -> None:
    vocab = load_vocabulary()
    from dataclasses import replace

    from policylabel.vocabulary import Term, TermSet

    ts = vocab.sets["purposes"]
    terms = dict(ts.terms)
    terms["brand-new"] = Term("purposes", "brand-new", "Brand new", "A new purpose.", "pl:BrandNew")
    new_vocab = replace(vocab, sets={**vocab.sets, "purposes": TermSet(ts.name, ts.title, ts.description, terms)})
    assert "brand-new" in schemagen.document_schema(new_vocab)["$defs"]["purposes"]["enum"]
    assert "`brand-new`" in schemagen.vocabulary_markdown(new_vocab)


def test_spec_examples_validate(tmp_path) -> None:
    """Every YAML example in spec/format.md validates (its hash is patched to the sample text's)."""
    import hashlib
    import re

    from policylabel.validate import discover, validate

    spec = (REPO / "spec" / "format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", spec, re.S)
    docs = [b for b in blocks if b.lstrip().startswith("# yaml-language-server") and "\nid:" in b]
    assert docs
    for i, block in enumerate(docs):
        folder = tmp_path / f"v{i}" / "example"
        folder.mkdir(parents=True)
        text = ("Home\nContact\nWe do not sell your personal information.\n"
                "We do not knowingly collect personal information from children under the age of 13.\n"
                "To opt out of the sale of your personal information, email us.\n")
        (folder / "privacy-policy.txt").write_text(text, encoding="utf-8")
        sha = hashlib.sha256(text.encode()).hexdigest()
        (folder / "privacy-policy.yaml").write_text(re.sub(r"sha256: [0-9a-f]{64}", f"sha256: {sha}", block),
                                                    encoding="utf-8")
        (folder / "vendor.yaml").write_text("id: example\nname: Example\n", encoding="utf-8")
        targets, diags = discover([folder])
        result = validate(targets)
        assert not [d for d in [*diags, *result.diagnostics] if d.is_error]
        from policylabel.check import check

        checked = check(result)
        assert not [d for d in checked.diagnostics if d.is_error], checked.diagnostics
