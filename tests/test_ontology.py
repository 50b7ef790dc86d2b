"""The ontology (ontology/kg.ttl), its shapes, and the closed namespace kg.vocab.KG agree."""
from __future__ import annotations

import importlib.util

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.vocab import KG, KG_NS, PREFIXES, ROLES, RELATIONS, EVENT_CLASSES, ontology_file, terms

REQUIRED = {
    "classes": ["Organization", "Company", "Person", "Product", "Event", "Document", "Evidence",
                "MonetaryAmount", "Listing", "Funding", "Acquisition", "Merger", "Resignation",
                "Appointment", "Recall", "ProductLaunch", "Partnership", "Earnings", "Lawsuit"],
    "properties": ["founderOf", "ceoOf", "chairOf", "worksFor", "subsidiaryOf", "investsIn",
                   "acquires", "partnerOf", "competesWith", "listedOn", "develops", "participant",
                   "company", "exchange", "acquirer", "target", "investor", "investee", "person",
                   "organization", "partner", "product", "date", "dateText", "amount", "value",
                   "currency", "amountText", "evidence", "document", "sentence", "startOffset",
                   "endOffset", "sentenceStart", "sentenceEnd", "extractor", "confidence",
                   "mentionedIn", "mentionCount", "mergedFrom", "mergedLabel", "mergeReason",
                   "mergeScore", "source"],
}
WD = "http://www.wikidata.org/"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_file("kg.ttl"), format="turtle")


def kg_terms(g: Graph) -> set[str]:
    return {str(s)[len(KG_NS):] for s in g.subjects() if isinstance(s, URIRef)
            and str(s).startswith(KG_NS)}


def test_every_term_has_bilingual_label_and_comment(onto):
    for name in kg_terms(onto):
        term = KG_NS + name
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in onto.objects(URIRef(term), prop) if isinstance(o, Literal)}
            assert {"en", "zh"} <= langs, f"{name} lacks {prop} in {({'en', 'zh'} - langs)}"


def test_required_local_names_exist(onto):
    for name in REQUIRED["classes"]:
        assert (KG[name], RDF.type, OWL.Class) in onto, name
    for name in REQUIRED["properties"]:
        types = set(onto.objects(KG[name], RDF.type))
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, name


def test_vocab_lists_exactly_the_ontology_terms(onto):
    assert set(terms()) == kg_terms(onto)
    assert set(RELATIONS) | set(ROLES) <= set(terms())
    assert set(EVENT_CLASSES) <= set(terms())


def test_closed_namespace_rejects_typos():
    assert str(KG.ceoOf) == "https://w3id.org/kgzh/ontology#ceoOf"
    with pytest.raises(AttributeError):
        KG.ceoOff  # noqa: B018


def test_hierarchy(onto):
    assert (KG.Company, RDFS.subClassOf, KG.Organization) in onto
    for name in ("ceoOf", "chairOf"):
        assert (KG[name], RDFS.subPropertyOf, KG.worksFor) in onto
    for role in ROLES:
        assert (KG[role], RDFS.subPropertyOf, KG.participant) in onto, role
    for name in EVENT_CLASSES[:-1]:
        assert (KG[name], RDFS.subClassOf, KG.Event) in onto, name
    for name in ("partnerOf", "competesWith"):
        assert (KG[name], RDF.type, OWL.SymmetricProperty) in onto


def test_alignment_is_safe_for_reasoners(onto):
    assert (KG.Person, SKOS.closeMatch, URIRef(WD + "entity/Q5")) in onto
    assert (KG.ceoOf, SKOS.closeMatch, URIRef(WD + "entity/P169")) in onto
    assert (KG.Organization, OWL.equivalentClass, URIRef("https://schema.org/Organization")) in onto
    strong = (OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs, RDFS.subClassOf,
              RDFS.subPropertyOf, OWL.inverseOf)
    for s, p, o in onto:
        if str(o).startswith(WD):  # Wikidata links never carry OWL/RDFS semantics
            assert p not in strong, (s, p, o)


def test_shapes_parse_and_prefixes():
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    assert len(shapes) > 100
    assert str(PREFIXES["kg"]) == KG_NS
    assert str(PREFIXES["kgd"]) == "https://w3id.org/kgzh/id/"


def test_ontology_package_path_helper():
    init = ontology_file("kg.ttl").parent / "__init__.py"
    spec = importlib.util.spec_from_file_location("_kg_ontology", init)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.path("shapes.ttl") == ontology_file("shapes.ttl")
    with pytest.raises(ValueError, match="kg.ttl"):
        module.path("nope.ttl")
