"""The vocabulary's hierarchy reaches the JSON-LD as skos:broader for policylabel's own terms."""

from __future__ import annotations

from dataclasses import replace

from policylabel import jsonld
from policylabel.vocabulary import TermSet, load_vocabulary


def _with_broader(term_id: str, broader: str):
    vocab = load_vocabulary()
    ts = vocab.sets["recipients"]
    terms = dict(ts.terms)
    terms[term_id] = replace(terms[term_id], broader=broader)
    return replace(vocab, sets={**vocab.sets, "recipients": TermSet(ts.name, ts.title, ts.description, terms)})


def test_a_policylabel_term_with_a_broader_term_gets_skos_broader() -> None:
    from pyld import jsonld as pyld

    vocab = _with_broader("acquirers", "third-parties")
    nodes = jsonld.broader_nodes(vocab)
    assert nodes == [{"@id": vocab.expand("pl:Acquirer"),
                      jsonld.SKOS_BROADER: {"@id": vocab.expand(vocab.term("recipients", "third-parties").iri)}}]
    quads = pyld.to_rdf({"@graph": nodes}, {"format": "application/n-quads"})
    assert f"<{vocab.expand('pl:Acquirer')}> <{jsonld.SKOS_BROADER}> <https://w3id.org/dpv#ThirdParty> ." in quads


def test_dpv_terms_keep_dpv_hierarchy() -> None:
    vocab = load_vocabulary()
    assert vocab.term("data-categories", "ip-address").broader == "device-identifiers"
    assert all(n["@id"].startswith(vocab.prefixes["pl"]) for n in jsonld.broader_nodes(vocab))
