"""The character tokenizer with context features used by the Chinese NER model."""
import spacy

import kg.nlp.zh_tokenizer  # noqa: F401  registers kg.zh_char_features.v1


def _nlp():
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.zh_char_features.v1"}}})


def test_one_token_per_character_and_text_is_kept_exactly():
    nlp = _nlp()
    for text in ["小米集团 CEO雷军发布。  Hello  world ", "  前导", "", "   ", "a\n\nb"]:
        doc = nlp(text)
        assert doc.text == text
        assert all(len(t.text) == 1 or t.text.isspace() for t in doc)


def test_features_bigram_word_and_position():
    doc = _nlp()("小米集团发布")
    assert [t.norm_ for t in doc] == ["小米", "米集", "集团", "团发", "发布", "布</s>"]
    assert [t.lemma_ for t in doc] == ["小米", "小米", "集团", "集团", "发布", "发布"]
    assert [t.tag_ for t in doc] == ["B", "E", "B", "E", "B", "E"]
    assert doc[0].lower_ == "小"  # the character itself is embedded through LOWER


def test_features_do_not_depend_on_global_jieba_words():
    import jieba

    before = [t.lemma_ for t in _nlp()("智谱华章发布新模型")]
    jieba.add_word("智谱华章发布新")
    try:
        assert [t.lemma_ for t in _nlp()("智谱华章发布新模型")] == before
    finally:
        jieba.del_word("智谱华章发布新")


def test_bigram_vocabulary_maps_the_rest_to_unk_and_travels_with_the_pipeline(tmp_path):
    vocab_file = tmp_path / "bigrams.txt"
    vocab_file.write_text("集团\n发布\n", encoding="utf-8")
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {
        "@tokenizers": "kg.zh_char_features.v1", "words": False, "bigrams": str(vocab_file)}}})
    assert [t.norm_ for t in nlp("小米集团发布")] == ["<unk>", "<unk>", "集团", "<unk>", "发布", "<unk>"]
    assert all(t.lemma_ == "" for t in nlp("小米"))  # no jieba word features
    nlp.to_disk(tmp_path / "pipe")
    vocab_file.unlink()  # the saved pipeline carries its own copy
    again = spacy.load(tmp_path / "pipe")
    assert [t.norm_ for t in again("集团发布")] == ["集团", "<unk>", "发布", "<unk>"]


def test_lac_tags_as_features_line_up_with_lacs_words():
    from kg.nlp.lac import tagger

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.zh_char_features.v1",
                                                          "words": False, "lac": True}}})
    text = "小米集团董事长雷军 在北京发布了新车。"
    doc = nlp(text)
    assert doc.text == text
    words = tagger().words([text])[0]
    for start, end, tag in words:
        inside = [t for t in doc if start <= t.idx < end and not t.is_space]
        if inside:
            assert inside[0].tag_ == tag + "-B"
            assert all(t.tag_ == tag + "-I" for t in inside[1:])


def test_word_features_and_lac_features_cannot_share_the_tag():
    import pytest

    with pytest.raises(Exception, match="TAG"):
        spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.zh_char_features.v1",
                                                        "words": True, "lac": True}}})("甲")
