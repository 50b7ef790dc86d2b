"""kg's English NER (kg/models/en_kg_ner) swapped into the English pipeline."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from kg.nlp import en_ner, pipelines  # noqa: E402

HAS_MODEL = (en_ner.DEFAULT_MODEL / "meta.json").exists()


def _fresh_english():
    try:
        return pipelines._load(pipelines.english_name())
    except pipelines.PipelineNotFound as e:  # pragma: no cover - depends on the environment
        pytest.skip(str(e))


@pytest.fixture(scope="module")
def extended():
    if not HAS_MODEL:
        pytest.skip("kg/models/en_kg_ner is not there")
    nlp = _fresh_english()
    ruler = nlp.add_pipe("entity_ruler", before="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    # a lexicon entry that the NER alone would call something else
    ruler.add_patterns([{"label": "PRODUCT", "pattern": "Brightwater", "id": "product:test"}])
    return en_ner.extend_english(nlp, en_ner.DEFAULT_MODEL)


def _ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_extend_is_a_noop_without_model(tmp_path: Path, caplog):
    nlp = _fresh_english()
    names = list(nlp.pipe_names)
    ner = nlp.get_pipe("ner")
    with caplog.at_level(logging.WARNING, logger="kg.nlp.en_ner"):
        out = en_ner.extend_english(nlp, tmp_path / "no_such_model")
    assert out is nlp
    assert nlp.pipe_names == names
    assert nlp.get_pipe("ner") is ner
    assert not nlp.meta.get(en_ner.META_KEY)
    assert any("not found" in r.getMessage() for r in caplog.records)


def test_extend_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("KG_EN_NER_MODEL", "none")
    nlp = _fresh_english()
    ner = nlp.get_pipe("ner")
    assert en_ner.extend_english(nlp) is nlp
    assert nlp.get_pipe("ner") is ner


def test_extended_pipeline_keeps_its_shape(extended):
    assert extended.meta.get(en_ner.META_KEY)
    names = extended.pipe_names
    assert names.index("entity_ruler") < names.index("ner")
    assert names[-2:] == ["ner", en_ner.RULES_NAME]
    assert en_ner.extend_english(extended) is extended  # idempotent
    assert extended.pipe_names == names


def test_finds_people_and_organizations(extended):
    ents = _ents(extended, "Marta Kowalczyk, the chief executive of Northgate Capital, met "
                           "Daniel Okafor of the Ravensworth Football Club in Lisbon on Tuesday.")
    assert ("Marta Kowalczyk", "PERSON") in ents
    assert ("Daniel Okafor", "PERSON") in ents
    assert ("Northgate Capital", "ORG") in ents


def test_finds_products(extended):
    ents = _ents(extended, "The company said the Toyota Corolla and the Boeing 787 Dreamliner "
                           "sold well, and that its Photoshop rival would ship in May.")
    assert ("Toyota Corolla", "PRODUCT") in ents
    assert any(label == "PRODUCT" and "787" in text for text, label in ents)


def test_post_rules(extended):
    ents = _ents(extended, "Fenwick Pharmaceuticals said the Zorblax K-9 drone and the Merlo Q7 "
                           "scanner would ship in Chapter 11 of the plan.")
    assert ("Fenwick Pharmaceuticals", "ORG") in ents
    assert ("Zorblax K-9", "PRODUCT") in ents
    assert ("Merlo Q7", "PRODUCT") in ents
    assert not any(text.startswith("Chapter") and label == "PRODUCT" for text, label in ents)
    assert _ents(extended, "Analysis") == set()  # a heading, no PERSON


def test_rules_leave_lexicon_matches_alone():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Acme Holdings", "id": "x:1"},
                        {"label": "PERSON", "pattern": "Bolt Holdings"}])
    doc = en_ner.apply_rules(nlp("Acme Holdings and Bolt Holdings merged."))
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("Acme Holdings", "PERSON", "x:1"), ("Bolt Holdings", "ORG", "")]


def test_project_pipeline_is_extended():
    if not HAS_MODEL:
        pytest.skip("kg/models/en_kg_ner is not there")
    try:
        nlp = pipelines.english()
    except pipelines.PipelineNotFound as e:  # pragma: no cover
        pytest.skip(str(e))
    if not nlp.meta.get(en_ner.META_KEY):
        pytest.skip("pipelines.english() does not call extend_english (yet)")
    names = nlp.pipe_names
    assert names.index("entity_ruler") < names.index("ner") < names.index(en_ner.RULES_NAME)


def test_lexicon_ruler_still_wins(extended):
    doc = extended("Engineers at Brightwater said the merger with Hallam Industries was approved.")
    ents = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("Brightwater", "PRODUCT", "product:test") in ents


def test_kg_mentions_with_extended_pipeline(extended, monkeypatch):
    from kg.extract.entities import extract_mentions
    from kg.nlp.analyze import analyze
    from kg.records import Document
    from kg.segment import split_segments

    monkeypatch.setattr(pipelines, "english", lambda name=None: extended)
    doc = Document("t", "Priya Raman joined Halvorsen Robotics as chief technology officer.")
    mentions, _ = extract_mentions(doc, analyze(doc, split_segments(doc)))
    got = {(m.text, m.type) for m in mentions}
    assert ("Priya Raman", "PERSON") in got
    assert ("Halvorsen Robotics", "ORG") in got


def test_headline_verbs_are_not_part_of_a_name():
    nlp = pipelines.english()
    ents = {(e.text, e.label_) for e in nlp("Huaibei Mining: General Manager Qiu Dan Resigns Due to Job Transfer").ents}
    assert ("Qiu Dan", "PERSON") in ents
    ents = {(e.text, e.label_) for e in nlp("Microsoft co-founder Bill Gates Steps Down From Board").ents}
    assert ("Bill Gates", "PERSON") in ents  # "Gates" is a noun, the name stays whole


def _rule_doc(words, ents, tags=None):
    """A hand-made doc (no model): ``ents`` as (start, end, label) over ``words``."""
    from spacy.tokens import Doc, Span

    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words, tags=tags)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def _labels(doc):
    return {(e.text, e.label_) for e in doc.ents}


def test_names_do_not_end_in_titles_or_function_words():
    doc = en_ner.apply_rules(_rule_doc(
        ["Reporters", "asked", "Ohio", "Gov.", "about", "the", "Harbor", "Trust", "for", "The"],
        [(2, 4, "ORG"), (6, 10, "ORG")]))
    assert _labels(doc) == {("Ohio", "GPE"), ("Harbor Trust", "ORG")}
    doc = en_ner.apply_rules(_rule_doc(["Then", "Sgt.", "spoke"], [(1, 2, "PERSON")]))
    assert _labels(doc) == set()


def test_datelines_and_state_abbreviations_are_places():
    doc = en_ner.apply_rules(_rule_doc(["DULUTH", ",", "Minn", "."], [(0, 1, "ORG"), (2, 3, "PERSON")]))
    assert _labels(doc) == {("DULUTH", "GPE"), ("Minn", "GPE")}
    doc = en_ner.apply_rules(_rule_doc(["BOISE", "(", "AP", ")"], [(0, 1, "ORG"), (2, 3, "ORG")]))
    assert ("BOISE", "GPE") in _labels(doc) and ("AP", "ORG") in _labels(doc)


def test_person_and_org_shapes():
    doc = en_ner.apply_rules(_rule_doc(
        ["Staff", "of", "the", "Jane", "Doe", "School", "of", "Nursing", "met", "Officer", "Lena", "Hart",
         "and", "Tomas", "Brel", ",", "51", ",", "at", "Kelby", "Corp.", "of", "Leeds", "."],
        [(3, 8, "PERSON"), (9, 12, "ORG"), (13, 15, "ORG"), (19, 23, "ORG")]))
    assert _labels(doc) == {("Jane Doe School of Nursing", "ORG"), ("Officer Lena Hart", "PERSON"),
                            ("Tomas Brel", "PERSON"), ("Kelby Corp.", "ORG")}


def test_adjectives_of_nationality_are_no_names():
    doc = en_ner.apply_rules(_rule_doc(["He", "was", "a", "Marxist", "who", "paid", "in", "Maltese", "liras"],
                                       [(3, 4, "ORG"), (7, 8, "PERSON")],
                                       tags=["PRP", "VBD", "DT", "NNP", "WP", "VBD", "IN", "JJ", "NNS"]))
    assert _labels(doc) == set()


def _lexicon_after(ner_patterns):
    """A blank English pipeline whose "NER" labels ``ner_patterns``, then kg's ambiguous lexicon."""
    from kg.nlp import en_lexicon  # noqa: F401

    nlp = spacy.blank("en")
    ner = nlp.add_pipe("entity_ruler", name="ner")
    ner.add_patterns(ner_patterns or [{"label": "ORG", "pattern": "Qzxv"}])
    nlp.add_pipe("kg_ambiguous_lexicon")
    return nlp


def test_ambiguous_lexicon_names_defer_to_the_ner_after_it():
    nlp = _lexicon_after([{"label": "ORG", "pattern": "Honor Device Co."},
                          {"label": "ORG", "pattern": [{"ORTH": "Apple"}, {"ORTH": "is"}, {"ORTH": "hiring"}]}])
    doc = nlp("Honor Device Co. has struck a deal, and Apple is hiring.")
    ents = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("Honor Device Co.", "ORG", "") in ents  # the NER's longer name stands
    assert ("Apple is hiring", "ORG", "") in ents  # a span across the name: the NER's
    nlp = _lexicon_after([])
    doc = nlp("Apple is hiring.")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Apple", "ORG:Apple")]  # nothing found: the lexicon's


def test_the_ner_agreeing_with_an_ambiguous_name_is_kept_beside_it():
    doc = _lexicon_after([{"label": "ORG", "pattern": "Apple"}])("Apple is hiring.")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Apple", "ORG:Apple")]
    assert [(s.text, s.label_) for s in doc.spans["ner_agrees"]] == [("Apple", "ORG")]
    doc = _lexicon_after([{"label": "PERSON", "pattern": "Apple"}])("Apple is hiring.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Apple", "ORG")]  # another type: the lexicon's, unconfirmed
    assert not list(doc.spans["ner_agrees"])


def test_a_sentence_initial_ambiguous_company_is_read_by_the_ner():
    from kg.extract.entities import extract_mentions
    from kg.nlp.analyze import analyze
    from kg.records import Document
    from kg.segment import split_segments

    doc = Document("t", "Honor Device Co. has struck a deal with Zorbly to bring new features to its phones.")
    mentions, _ = extract_mentions(doc, analyze(doc, split_segments(doc)))
    assert ("Honor Device Co.", "ORG") in {(m.text, m.type) for m in mentions}


def _en_mentions(text):
    from kg.extract.entities import extract_mentions
    from kg.nlp.analyze import analyze
    from kg.records import Document
    from kg.segment import split_segments
    doc = Document("d", text)
    mentions, _ = extract_mentions(doc, analyze(doc, split_segments(doc)))
    return {(m.text, m.type) for m in mentions}


def test_products_named_by_a_maker_or_a_kind():
    found = _en_mentions("Velmora, the maker of Sunbrite and Kelptide, named a new chief executive on Monday.")
    assert {("Sunbrite", "PRODUCT"), ("Kelptide", "PRODUCT")} <= found
    found = _en_mentions("Sales rose, driven by its heart failure drug Cardivex and psoriasis treatment Dermolin.")
    assert {("Cardivex", "PRODUCT"), ("Dermolin", "PRODUCT")} <= found
    found = _en_mentions("Orbital Medical is recalling 12,000 of its Pulsor-X implantable defibrillators.")
    assert ("Pulsor-X", "PRODUCT") in found
    # a brand or unit named for what it sells is no product
    from kg.extract.en_products import product_mentions_en
    from kg.records import Document
    from kg.segment import split_segments
    doc = Document("d", "Velmora appointed Dana Reyes, head of its Brewhaus coffee brand, as its new CEO.")
    assert not [m for seg in split_segments(doc) for m in product_mentions_en(doc, seg)]


def test_companies_named_by_nationality_kind_place_or_corporate_word():
    found = _en_mentions("Halvard Bank signed an agreement with Brazilian fintech Nuvexa to offer instant credit.")
    assert ("Nuvexa", "ORG") in found
    found = _en_mentions("Corlan Holdings signed a bancassurance agreement with Vietnam's Thanbank on Thursday.")
    assert ("Thanbank", "ORG") in found
    found = _en_mentions("Corlan formed a joint venture with Japan's Kiyomi Corporation.")
    assert ("Kiyomi Corporation", "ORG") in found
    found = _en_mentions("AstraZeneca licensed rights to Kelvo-Tan Biopharma's experimental drug KT-3071.")
    assert ("Kelvo-Tan Biopharma", "ORG") in found
    # a person after a place's possessive is no company
    assert ("Haruto Ishida", "ORG") not in _en_mentions("Prime Minister Kenji Sato met Japan's Haruto Ishida on Monday.")


def test_a_name_that_speaks_of_its_deals_is_a_company():
    found = _en_mentions("Strykon said on Wednesday it had completed its $4.9 billion acquisition of Inara Medical.")
    assert ("Strykon", "ORG") in found
    found = _en_mentions("Hartley Mutual is reviewing options for its pet insurance unit PawShield.")
    assert ("Hartley Mutual", "ORG") in found
    assert ("Elon Musk", "PERSON") in _en_mentions("Elon Musk said on Monday it had been a mistake.")


def test_rivals_the_model_merged_or_called_people():
    found = _en_mentions("Orvanta launched its new scanner on Wednesday, aiming to win back share from rivals Fujiko and Pentra Medical.")
    assert {("Fujiko", "ORG"), ("Pentra Medical", "ORG")} <= found
    found = _en_mentions("Halvard Airlines reported a profit. Chief Executive Ross Kemp said Halvard was winning customers.")
    assert ("Halvard", "ORG") in found


def test_investors_joining_and_a_company_a_city_describes():
    from kg.pipeline import extract_all
    from kg.records import Document
    (ex,), _ = extract_all([Document("d", "London treasury software startup Ledgra said on Wednesday it had raised $55 million in a "
                                          "Series C round led by Index Ventures, with existing investors Medtronic and Sofina also taking part.",
                                     date="2025-10-15")])
    rels = {(r.subject.text, r.predicate, r.object.text) for r in ex.relations}
    assert {("Index Ventures", "investsIn", "Ledgra"), ("Sofina", "investsIn", "Ledgra")} <= rels
