"""The kg vocabulary as a closed namespace, so a mistyped term fails at once.

``KG`` lists every term of ``ontology/kg.ttl`` (``tests/test_ontology.py`` checks that the two
agree); ``KG.ceoOf`` is ``URIRef("https://w3id.org/kgzh/ontology#ceoOf")`` and ``KG.ceoOff``
raises ``AttributeError``.  Data IRIs live under ``KGD`` (``https://w3id.org/kgzh/id/``).
"""
from __future__ import annotations

from pathlib import Path

from rdflib import DCTERMS, OWL, RDF, RDFS, SDO, SKOS, XSD, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

KG_NS = "https://w3id.org/kgzh/ontology#"
KGD_NS = "https://w3id.org/kgzh/id/"


class KG(DefinedNamespace):
    """kg ontology terms (https://w3id.org/kgzh/ontology#)."""

    _fail = True
    _NS = Namespace(KG_NS)

    # Entity classes
    Organization: URIRef
    Company: URIRef
    Person: URIRef
    Product: URIRef
    Document: URIRef
    Evidence: URIRef
    MonetaryAmount: URIRef
    MergeRecord: URIRef
    # Event classes
    Event: URIRef
    Listing: URIRef
    Funding: URIRef
    Acquisition: URIRef
    Merger: URIRef
    Resignation: URIRef
    Appointment: URIRef
    Recall: URIRef
    ProductLaunch: URIRef
    Partnership: URIRef
    Earnings: URIRef
    Lawsuit: URIRef
    # Relations between entities
    founderOf: URIRef
    ceoOf: URIRef
    chairOf: URIRef
    worksFor: URIRef
    subsidiaryOf: URIRef
    investsIn: URIRef
    acquires: URIRef
    partnerOf: URIRef
    competesWith: URIRef
    listedOn: URIRef
    develops: URIRef
    # Event roles
    participant: URIRef
    company: URIRef
    exchange: URIRef
    acquirer: URIRef
    target: URIRef
    investor: URIRef
    investee: URIRef
    person: URIRef
    organization: URIRef
    partner: URIRef
    product: URIRef
    # Event data
    date: URIRef
    dateText: URIRef
    amount: URIRef
    value: URIRef
    currency: URIRef
    amountText: URIRef
    # Provenance
    evidence: URIRef
    document: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    extractor: URIRef
    confidence: URIRef
    mentionedIn: URIRef
    mentionCount: URIRef
    source: URIRef
    # Entity resolution
    mergedFrom: URIRef
    mergedLabel: URIRef
    mergeReason: URIRef
    mergeScore: URIRef


KGD = Namespace(KGD_NS)
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

ENTITY_CLASSES = ("Company", "Organization", "Person", "Product")  # most specific first
EVENT_CLASSES = ("Listing", "Funding", "Acquisition", "Merger", "Resignation", "Appointment",
                 "Recall", "ProductLaunch", "Partnership", "Earnings", "Lawsuit", "Event")
RELATIONS = ("founderOf", "ceoOf", "chairOf", "worksFor", "subsidiaryOf", "investsIn",
             "acquires", "partnerOf", "competesWith", "listedOn", "develops")
ROLES = ("company", "exchange", "acquirer", "target", "investor", "investee", "person",
         "organization", "partner", "product")

PREFIXES: dict[str, Namespace] = {
    "kg": Namespace(KG_NS),
    "kgd": KGD,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)),
    "skos": Namespace(str(SKOS)),
    "schema": Namespace(str(SDO)),
    "dcterms": Namespace(str(DCTERMS)),
    "wd": WD,
    "wdt": WDT,
}


def terms() -> list[str]:
    """Local names of every term in ``KG``."""
    return sorted(KG.__annotations__)


def ontology_file(name: str = "kg.ttl") -> Path:
    """Path of a shipped ontology file (``kg.ttl`` or ``shapes.ttl``).

    Installed, the files are the package data ``kg.ontology``; in a source checkout they sit in
    ``ontology/`` next to the ``kg`` package.
    """
    try:
        from kg.ontology import path  # type: ignore[import-not-found]
    except ImportError:
        candidate = Path(__file__).resolve().parent.parent / "ontology" / name
        if not candidate.is_file():
            raise FileNotFoundError(f"ontology file {name!r} not found at {candidate}") from None
        return candidate
    return path(name)
