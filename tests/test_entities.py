"""Mentions: lexicon ruler, NER, rules, stated aliases (real pipelines)."""
import pytest

from kg.extract.entities import extract_mentions, rule_mentions, select
from kg.nlp.analyze import analyze
from kg.records import Document, Mention, Segment
from kg.segment import split_segments


def _mentions(text):
    doc = Document("t", text)
    mentions, links = extract_mentions(doc, analyze(doc, split_segments(doc)))
    return doc, mentions, links


def _check_names(cases, absent):
    """Each (text, (name, type)) case finds that name with that type; ``absent`` = (text, name) finds no such name."""
    for text, expected in cases:
        _, mentions, _ = _mentions(text)
        assert expected in {(m.text, m.type) for m in mentions}, text
    _, mentions, _ = _mentions(absent[0])
    assert absent[1] not in {m.text for m in mentions}


def test_lexicon_names_get_types_and_kinds_in_both_scripts():
    _, mentions, _ = _mentions("Tencent partnered with the Hong Kong Stock Exchange.\n腾讯在港交所上市。")
    found = {(m.text, m.type, m.kind) for m in mentions}
    assert ("Tencent", "ORG", "company") in found
    assert ("Hong Kong Stock Exchange", "ORG", "exchange") in found
    assert ("腾讯", "ORG", "company") in found
    assert ("港交所", "ORG", "exchange") in found


def test_ambiguous_lexicon_names_need_confirmation():
    # 理想 ("ideal") is also Li Auto's short name: a plain sentence must not make it an ORG
    _, mentions, _ = _mentions("这是一个理想的结果，大家都很满意。")
    assert not [m for m in mentions if m.text == "理想"]


def test_offsets_match_text_and_mentions_do_not_overlap():
    doc, mentions, _ = _mentions("Xiaomi's CEO Lei Jun unveiled the SU7 in Beijing on Tuesday.\n小米集团发布YU7。")
    spans = sorted((m.start, m.end) for m in mentions)
    for (a, b), (c, d) in zip(spans, spans[1:]):
        assert b <= c
    for m in mentions:
        assert doc.text[m.start:m.end] == m.text
    types = {m.text: m.type for m in mentions}
    assert types.get("SU7") == "PRODUCT" and types.get("YU7") == "PRODUCT"
    assert types.get("Xiaomi") == "ORG"


def test_parenthetical_alias_in_the_other_script():
    doc, mentions, links = _mentions("The CEO of NIO's sub-brand Onvo (乐道) spoke in Shanghai.")
    pairs = {(link.a.text, link.b.text) for link in links}
    assert ("Onvo", "乐道") in pairs
    alias = next(m for m in mentions if m.text == "乐道")
    assert alias.type == "ORG" and alias.lang == "zh"


def test_product_codes_and_non_products():
    doc = Document("t", "GLM-4.5, Qwen2.5-72B, GPT-5 and H100 beat rivals in Q1 and H2 of FY2025; COVID-19 hit.")
    codes = {m.text for m in rule_mentions(doc, Segment("t", 0, len(doc.text), "en"))}
    assert {"GLM-4.5", "Qwen2.5-72B", "GPT-5", "H100"} <= codes
    assert not codes & {"Q1", "H2", "FY2025", "COVID-19"}
    # a name before an amount or a count is no model: "fined Zentra 2.4 billion euros"
    doc = Document("t", "Regulators fined Zentra 2.4 billion euros, and Beichen 3 years ago; Orbit 3 shipped.")
    codes = {m.text for m in rule_mentions(doc, Segment("t", 0, len(doc.text), "en"))}
    assert "Orbit 3" in codes and not codes & {"Zentra 2.4", "Zentra 2", "Beichen 3"}


def test_select_prefers_lexicon_then_length_and_drops_noise():
    text = "AI and 25B and Acme Holdings"
    cands = [Mention("t", 0, 2, "AI", "ORG", "en", "ner"), Mention("t", 7, 10, "25B", "ORG", "en", "ner"),
             Mention("t", 15, 19, "Acme", "ORG", "en", "ner"),
             Mention("t", 15, 28, "Acme Holdings", "ORG", "en", "ner")]
    kept = select(cands, text)
    assert [(m.text, m.kind) for m in kept] == [("Acme Holdings", "company")]


def test_ner_spans_snap_to_jieba_words():
    from kg.nlp.analyze import snap_to_words
    from kg.records import Token

    text = "CEO张鹏一同见证"
    words = [(0, 3), (3, 5), (5, 7), (7, 9)]  # CEO | 张鹏 | 一同 | 见证
    tokens = tuple(Token(a, b, text[a:b], text[a:b], "", "", 0) for a, b in words)
    m = Mention("t", 3, 6, "张鹏一", "PERSON", "zh", "ner")
    (snapped,) = snap_to_words([m], tokens, text)
    assert snapped.text == "张鹏" and (snapped.start, snapped.end) == (3, 5)
    glued = (Token(0, 4, "王绍兰及", "王绍兰及", "", "", 0),)
    keep = Mention("t", 0, 3, "王绍兰", "PERSON", "zh", "ner")
    assert snap_to_words([keep], glued, "王绍兰及") == [keep]
    # a model that sees the words itself is trusted: only Latin words are completed
    assert snap_to_words([m], tokens, text, contract=False) == [m]


def test_ner_spans_never_cut_latin_words():
    from kg.nlp.analyze import snap_to_words
    from kg.records import Token

    text = "推出BALTO框架"
    tokens = tuple(Token(a, b, text[a:b], text[a:b], "", "", 0) for a, b in [(0, 2), (2, 7), (7, 9)])
    for contract in (True, False):
        (m,) = snap_to_words([Mention("t", 2, 5, "BAL", "ORG", "zh", "ner")], tokens, text, contract)
        assert m.text == "BALTO"


def _org_names(text):
    """The suffix-anchored organization names kg.extract.zh_orgs finds in ``text``."""
    from kg.extract.zh_orgs import org_spans

    return [text[a:b] for a, b in org_spans(text)]


def test_chinese_organizations_by_legal_suffix():
    names = _org_names

    assert names("在颁奖盛典上，北京星辰鼎程信息技术有限公司董事长王雨荣获奖项") == ["北京星辰鼎程信息技术有限公司"]
    assert names("记者与重庆小康工业集团股份有限公司创始人对话") == ["重庆小康工业集团股份有限公司"]
    assert names("督促雀巢(中国)有限公司落实责任") == ["雀巢(中国)有限公司"]
    # a registered name's line of business, before its city in brackets; never a stem opened inside the brackets
    assert names("皖晶材料与华芯集成电路制造（绍兴）有限公司签署供货协议") == ["华芯集成电路制造（绍兴）有限公司"]
    assert not [n for n in names("（记者 陈静雯）中国移动通信集团有限公司与荣耀") if "）" in n and "（" not in n]
    assert names("该公司表示") == []


def test_places_dates_and_generic_nouns_are_not_names():
    text = "Australia and June 2026 and 技术公司"
    cands = [Mention("t", 0, 9, "Australia", "ORG", "en", "ner"),
             Mention("t", 14, 23, "June 2026", "PERSON", "en", "ner"),
             Mention("t", 28, 32, "技术公司", "ORG", "zh", "ner")]
    kept = {m.text for m in select(cands, text)}
    assert "Australia" not in kept and "June 2026" not in kept
    from kg.extract.zh_orgs import org_spans
    assert org_spans("技术公司表示") == []  # no proper part: a description, not a name


def test_list_headings_are_not_products():
    doc = Document("t", "Prediction 1: Zhipu will grow. Mate 80 Pro ships.")
    codes = {m.text for m in rule_mentions(doc, Segment("t", 0, len(doc.text), "en"))}
    assert "Prediction 1" not in codes and "Mate 80 Pro" in codes


def test_one_type_per_name_within_a_document():
    from kg.extract.aliases import consistent_types

    ms = [Mention("t", 0, 3, "GLM", "PRODUCT", "en", "rule"), Mention("t", 50, 53, "GLM", "ORG", "en", "ner"),
          Mention("t", 60, 64, "Acme", "ORG", "en", "ner")]
    out = consistent_types(ms)
    assert [m.type for m in out] == ["PRODUCT", "PRODUCT", "ORG"]


def test_what_chinese_text_launches_is_a_product():
    doc = Document("t", "月之暗面发布Kimi K2，苹果发布iPhone，公司推出AI产品。")
    found = {(m.text, m.type) for m in rule_mentions(doc, Segment("t", 0, len(doc.text), "zh"))}
    assert ("Kimi K2", "PRODUCT") in found and ("iPhone", "PRODUCT") in found
    assert not any(text == "AI" for text, _ in found)
    # each quoted name of a launch, not the document titles among them
    doc = Document("t", "星河正式发布了《星河6G传输技术白皮书》与“星河6G原型样机1.0”。")
    found = {m.text for m in rule_mentions(doc, Segment("t", 0, len(doc.text), "zh")) if m.type == "PRODUCT"}
    assert found == {"星河6G原型样机1.0"}


def test_brand_and_model_code_make_one_product():
    # a brand from the lexicon or the NER, then a bare model code; dates and counts are no codes
    _, mentions, _ = _mentions("小米集团发布了小米17 Pro，问界M9销量大涨，小米15日起开售，华为3年内投入。")
    found = {(m.text, m.type) for m in mentions}
    assert ("小米17 Pro", "PRODUCT") in found and ("问界M9", "PRODUCT") in found
    assert not any(m.type == "PRODUCT" and m.text.startswith(("小米15", "华为3")) for m in mentions)


def test_launched_lists_and_quoted_titles():
    doc = Document("t", "OpenAI在2025年推出了Sora 2和SearchGPT。腾讯发布《王者荣耀》，市场监管总局发布《汽车行业价格行为合规指南》。")
    found = {(m.text, m.type) for m in rule_mentions(doc, Segment("t", 0, len(doc.text), "zh"))}
    assert {("Sora 2", "PRODUCT"), ("SearchGPT", "PRODUCT"), ("王者荣耀", "PRODUCT")} <= found
    assert not any("指南" in text for text, _ in found)  # a document title is no product


def test_one_sense_per_document_confirms_ambiguous_names():
    # 苹果 (apple / Apple) is taken when Apple is named unambiguously in the same text ...
    _, mentions, _ = _mentions("苹果公司已正式集成Google Gemini模型。苹果的优势在于硬件生态。")
    assert [m.type for m in mentions if m.text == "苹果"] == ["ORG"]
    # ... or when a noun of its type follows or it stands in parentheses after a company
    _, mentions, _ = _mentions("腾讯（元宝）更加聚焦社交裂变，拉升元宝App的装机量。")
    assert [m.type for m in mentions if m.text == "元宝"] == ["PRODUCT", "PRODUCT"]
    _, mentions, _ = _mentions("今天吃了一个苹果。")
    assert not mentions


def test_markup_is_trimmed_from_mentions():
    doc, mentions, _ = _mentions("据**中汽协**分析指出，**腾讯**等大厂已明确表示将加强防御。")
    for m in mentions:
        assert "*" not in m.text and doc.text[m.start:m.end] == m.text


def test_mention_language_is_the_script_of_its_name():
    _, mentions, _ = _mentions("OpenAI在2025年推出了Sora 2，腾讯随后跟进。")
    langs = {m.text: m.lang for m in mentions}
    assert langs["OpenAI"] == "en" and langs["腾讯"] == "zh"


def test_transliterated_name_cut_at_its_dot_is_completed():
    from kg.extract.trims import trim as _trim

    text = "BBC董事会主席萨米尔·沙阿已致信特朗普。"
    a = text.index("萨")
    assert _trim(Mention("t", a, a + 4, "萨米尔·", "PERSON", "zh", "ner"), text).text == "萨米尔·沙阿"


def test_names_inside_document_titles_are_no_products():
    _, mentions, _ = _mentions("据Gartner最新发布的《AI Vendor Race》研究报告预测，教育部发布的《生成式人工智能应用指南》引起关注。")
    assert not [m for m in mentions if m.type == "PRODUCT"]


def test_fast_mode_without_the_chinese_ner_model():
    from kg.nlp.analyze import NLPConfig

    doc = Document("t", "小米集团董事长雷军表示，腾讯控股有限公司也将参与。")
    mentions, _ = extract_mentions(doc, analyze(doc, split_segments(doc), NLPConfig(zh_model="jieba")))
    found = {(m.text, m.type) for m in mentions}
    assert ("小米集团", "ORG") in found and ("雷军", "PERSON") in found
    assert all(m.source != "ner" for m in mentions)


def test_legal_names_contain_lexicon_names_and_names_drop_a_trailing_verb():
    _, mentions, _ = _mentions("2001年，长安汽车与福特汽车达成协议，在重庆成立长安福特汽车有限公司。")
    assert "长安福特汽车有限公司" in {m.text for m in mentions}
    from kg.extract.trims import trim as _trim

    text = "北京星河创业集团有限公司王建国任集团公司董事长"
    a = text.index("王")
    assert _trim(Mention("t", a, a + 4, "王建国任", "PERSON", "zh", "ner"), text).text == "王建国"


def test_hyphenated_and_versioned_model_names_are_whole_products():
    from kg.extract.products import NOT_PRODUCT as _NOT_PRODUCT, PRODUCT_CODE as _PRODUCT, plain_word_code as _plain_word_code

    def codes(text):
        return [m.group(0) for m in _PRODUCT.finditer(text)
                if not _NOT_PRODUCT.match(m.group(0)) and not _plain_word_code(m.group(0))]

    assert codes("Zentra-V4发布") == ["Zentra-V4"]
    assert codes("新版Zentra-OCR模型") == []  # letters after a plain word: no model name
    assert codes("新版Zentra-OCR 2 模型") == ["Zentra-OCR 2"]  # ... unless a version follows
    assert codes("DeepSeek-OCR 2 模型") == ["DeepSeek-OCR 2"]  # a known brand
    assert codes("Novaly 2.0 和 Kori K2.5") == ["Novaly 2.0", "Kori K2.5"]
    assert codes("Sino-US talks, High-NA tools, Wi-Fi 7 routers, Beijing Q3 sales") == []


def test_company_then_model_code_stays_two_mentions():
    _, mentions, _ = _mentions("We compared the Xiaomi SU7 with rivals.")
    types = {m.text: m.type for m in mentions}
    assert types.get("Xiaomi") == "ORG" and types.get("SU7") == "PRODUCT"


def test_launched_names_through_markup_and_not_after_an_adjective():
    doc = Document("t", "星河科技正式发布并开源了 **Orbit-X1** 模型。社区里的开源Helper很受欢迎。")
    names = {(m.text, m.type) for seg in split_segments(doc) for m in rule_mentions(doc, seg)}
    assert ("Orbit-X1", "PRODUCT") in names
    assert not any(text == "Helper" for text, _ in names)


def test_a_latin_name_chinese_text_says_was_developed_is_a_product():
    doc = Document("t", "星河机器人自主研发的Ferrowalk已开始交付，开发区同步出台了针对Zoomly的政策，开发商Tidewell表示。")
    names = {m.text for seg in split_segments(doc) for m in rule_mentions(doc, seg) if m.type == "PRODUCT"}
    assert "Ferrowalk" in names
    assert "Zoomly" not in names and "Tidewell" not in names  # 开发区, a development zone; 开发商, a developer


def test_quoted_launches_need_a_name_not_a_clause_or_a_modifier():
    doc = Document("t", '他们发布"开源模型"在商业端的退潮，受控的、合规的"围墙"模式。议员发布"拉眼角"照片。'
                        '平台上线“星图”，政府发布《关于促进消费的通告》。')
    products = {m.text for seg in split_segments(doc) for m in rule_mentions(doc, seg) if m.type == "PRODUCT"}
    assert products == {"星图"}


def test_paper_titles_and_notices_are_no_products():
    # (the method a paper names before its title's colon is one: the name later text uses, "Lumen模块")
    _, mentions, _ = _mentions("星河实验室与清华大学联合发布了《Lumen: Scalable Memory for Long Contexts》。"
                               "市政府发布《关于调整交通管制的通告》。")
    assert [m.text for m in mentions if m.type == "PRODUCT"] == ["Lumen"]


def test_stated_aliases_share_one_type_and_org_head_nouns_win():
    from kg.extract.aliases import aligned_types
    from kg.records import AliasLink, Evidence

    text = "据麦肯锡（McKinsey Research）报告"
    a = Mention("t", 1, 4, "麦肯锡", "PERSON", "zh", "ner")
    b = Mention("t", 5, 21, "McKinsey Research", "PERSON", "en", "alias")
    ev = Evidence("t", 0, len(text), text, 1, 21, "alias.parenthetical", 0.9)
    mentions, links = aligned_types([a, b], [AliasLink(a, b, ev)])
    assert [m.type for m in mentions] == ["ORG", "ORG"]
    assert (links[0].a.type, links[0].b.type) == ("ORG", "ORG")


def test_places_with_common_acronyms_and_trailing_conjunctions_are_cut():
    from kg.extract.not_names import keep_name
    from kg.extract.trims import trim as _trim

    text = "深圳市龙岗区与无锡同步出台了政策，美国GDP增长。"
    a = text.index("深")
    assert _trim(Mention("t", a, a + 7, "深圳市龙岗区与", "ORG", "zh", "ner"), text).text == "深圳市龙岗区"
    g = text.index("美国")
    assert not keep_name(Mention("t", g, g + 5, "美国GDP", "ORG", "zh", "ner"), set(), text, ())


def test_a_name_after_a_title_is_a_person():
    from kg.extract.titles import titled_people

    def names(text):
        return [text[a:b] for a, b in titled_people(text, 0, len(text))]

    assert names("星河集团党委书记、董事长兼CEO王立恒受邀作报告") == ["王立恒"]
    assert names("公司总经理高建平表示，CEO李斌说") == ["高建平", "李斌"]
    assert names("记者王小明报道") == ["王小明"]
    assert names("北京罗麦科技有限公司汪静董事长亲临现场，据王五教授介绍") == ["汪静", "王五"]
    assert names("银行行长和大学教授说") == []
    # common words after a title are no names
    assert names("公司高管曾表示，董事长高度评价，总裁全面负责，董事长于今年3月，CEO时间紧") == []
    # a surname that is also a word, in a name jieba knows, before a two-character verb
    assert names("研究院院长连平认为，这很重要") == ["连平"]
    _, mentions, _ = _mentions("北辰能源集团董事长兼总裁孙丕恕先生出席了仪式。")
    assert ("孙丕恕", "PERSON") in {(m.text, m.type) for m in mentions}


def test_bracketed_group_inside_a_legal_name_and_org_suffixes_over_person_labels():
    from kg.extract.aliases import aligned_types
    from kg.extract.zh_orgs import org_spans

    text = "公司宣布，星河亚泰(集团)股份有限公司成立"
    assert [text[a:b] for a, b in org_spans(text)] == ["星河亚泰(集团)股份有限公司"]
    m = Mention("t", 0, 6, "克丽缇娜集团", "PERSON", "zh", "ner")
    assert aligned_types([m], [])[0][0].type == "ORG"


def test_an_ambiguous_product_name_after_its_category_noun_is_confirmed():
    _, mentions, _ = _mentions('字节跳动旗下AI应用"豆包"日活破亿。')
    assert ("豆包", "PRODUCT") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("早上吃了一个豆包。")
    assert "豆包" not in {m.text for m in mentions}


def test_percentages_discounts_and_data_sets_are_no_products():
    from kg.extract.products import PRODUCT_CODE as _PRODUCT

    assert not [m.group(0) for m in _PRODUCT.finditer("Zentra Predicts 60% of brands")]
    _, mentions, _ = _mentions("星河制药宣布，星河制药2折甩卖。")
    assert "星河制药2" not in {m.text for m in mentions}


def test_legal_names_do_not_start_with_a_career_word_or_a_verbal_noun():
    from kg.extract.zh_orgs import org_spans

    for text, name in (("剖析湖北省国有资本运营有限公司原董事长", "湖北省国有资本运营有限公司"),
                       ("现任南京星河国有资产经营集团有限公司董事长", "南京星河国有资产经营集团有限公司")):
        assert [text[a:b] for a, b in org_spans(text)] == [name]


def test_an_ambiguous_product_in_brackets_after_its_company_with_a_space():
    _, mentions, _ = _mentions("| Google (Gemini) | 85% |")
    assert ("Gemini", "PRODUCT") in {(m.text, m.type) for m in mentions}


def test_latin_organization_names_in_chinese_text_by_their_head_noun():
    doc = Document("t", "前研究员王五创办了Zentra Labs，并与Beichen Robotics合作。")
    found = {(m.text, m.type) for seg in split_segments(doc) for m in rule_mentions(doc, seg)}
    assert {("Zentra Labs", "ORG"), ("Beichen Robotics", "ORG")} <= found


def test_model_names_have_no_space_or_quote_inside_and_chinese_org_suffixes_win():
    from kg.extract.aliases import aligned_types
    from kg.extract.trims import trim as _trim

    text = "发展自治区政协常委 广西甲乙股份有限公司董事长"
    end = text.index("董")
    m = _trim(Mention("t", 0, end, text[:end], "PRODUCT", "zh", "ner"), text)
    assert m.text == "广西甲乙股份有限公司"
    (retyped,), _ = aligned_types([m], [])
    assert retyped.type == "ORG"
    quoted = "“富民”甲乙"
    assert _trim(Mention("t", 0, len(quoted), quoted, "PERSON", "zh", "ner"), quoted).text == "甲乙"


def test_an_ambiguous_product_is_confirmed_by_its_maker_in_brackets():
    from kg.lexicon import load_lexicon

    assert any(e.type == "PRODUCT" and "豆包" in e.ambiguous for e in load_lexicon())  # a food, too
    _, plain, _ = _mentions("今天的豆包很好吃。")
    assert "豆包" not in {m.text for m in plain}
    _, mentions, _ = _mentions("| 豆包 (字节跳动) | 1.2亿 |")
    assert ("豆包", "PRODUCT") in {(m.text, m.type) for m in mentions}


def test_a_brand_before_a_date_like_code_names_no_model():
    from kg.extract.entities import brand_models

    # a company before a lettered code: the code is its product (英伟达H200 is Nvidia's H200)
    for text, expect in (("星河3·15晚会曝光了问题。", None), ("星河X5今天开售。", "X5")):
        brand = Mention("t", 0, 2, "星河", "ORG", "zh", "ner")
        got = [m.text for m in brand_models([brand], text)]
        assert got == ([expect] if expect else [])


def test_a_product_family_before_a_model_name_is_part_of_it():
    _, mentions, _ = _mentions("Anthropic released Claude Opus 4.5 on Monday.")
    assert ("Claude Opus 4.5", "PRODUCT") in {(m.text, m.type) for m in mentions}


def test_a_capitalized_ambiguous_company_doing_business_is_the_company():
    _, mentions, _ = _mentions("Meta launched its Vibes app in Europe.")
    assert ("Meta", "ORG") in {(m.text, m.type) for m in mentions}
    _, plain, _ = _mentions("The meta discussion launched nothing.")
    assert not [m for m in plain if m.text.lower() == "meta"]


def test_a_legal_name_may_start_with_an_ambiguous_lexicon_name():
    from kg.extract.zh_orgs import org_spans

    def names(text):
        return [text[a:b] for a, b in org_spans(text, 0, len(text))]

    assert names("联想控股股份有限公司董事长柳传志") == ["联想控股股份有限公司"]
    assert names("这是一个理想公司") == []  # "an ideal company"


@pytest.mark.parametrize("text,names", [
    ("认为华泰证券的", ["华泰证券"]),           # a verb or adverb before the name is not in it
    ("银联都主营银行卡业务", []),                # 银行卡 is no bank
    ("杜风所在银行表示", []),                    # "the bank where 杜风 works"
    ("北京大学生", []), ("北京大学的学生", ["北京大学"]),
    ("四川古名天下投资管理有限公司", ["四川古名天下投资管理有限公司"]),
])
def test_legal_name_edges(text, names):
    from kg.extract.zh_orgs import org_spans

    assert [text[a:b] for a, b in org_spans(text, 0, len(text))] == names


def test_a_branch_the_model_reads_beats_the_lexicon_name_inside_it():
    from kg.extract.entities import select

    text = "招商银行武汉分行表示"
    cands = [Mention("t", 0, 4, "招商银行", "ORG", "zh", "ruler", "company"),
             Mention("t", 0, 8, "招商银行武汉分行", "ORG", "zh", "ner")]
    assert [m.text for m in select(cands, text)] == ["招商银行武汉分行"]


def test_a_team_score_and_an_event_year_are_no_models():
    from kg.extract.entities import brand_models

    team = Mention("t", 0, 6, "汉诺威96队", "ORG", "zh", "ner")
    assert not brand_models([team], "汉诺威96队8胜2平6负稍占上风")
    brand = Mention("t", 0, 2, "三星", "ORG", "zh", "ner")
    assert not brand_models([brand], "三星WCG2011北京赛区")
    doc = Document("t", "WCG2011中国区总决赛开赛。")
    assert not [m for m in rule_mentions(doc, Segment("t", 0, len(doc.text), "zh")) if m.text == "WCG2011"]


def test_a_closing_bracket_the_name_opened_stays():
    from kg.extract.trims import trim as _trim

    text = "花旗银行（中国）有限公司发布，英国广播公司（BBC"
    m = _trim(Mention("t", 0, 8, text[:8], "ORG", "zh", "ner"), text)
    assert m.text == "花旗银行（中国）"
    a = text.index("英")
    assert _trim(Mention("t", a, len(text), text[a:], "ORG", "zh", "ner"), text).text == "英国广播公司"


def test_a_product_in_brackets_is_not_kept_in_the_company_name():
    from kg.extract.trims import trim as _trim

    text = "腾讯（元宝）上线"
    assert _trim(Mention("t", 0, 6, text[:6], "ORG", "zh", "ner"), text).text == "腾讯"


def test_an_ambiguous_company_inside_a_product_name_is_not_confirmed_by_it():
    from kg.extract.entities import select

    text = "昨天王者荣耀更新了。"
    cands = [Mention("t", 4, 6, "荣耀", "ORG", "zh", "ruler", "company~"),
             Mention("t", 2, 6, "王者荣耀", "PRODUCT", "zh", "ner")]
    assert [(m.text, m.type) for m in select(cands, text)] == [("王者荣耀", "PRODUCT")]


def test_english_words_in_chinese_text_are_no_names_for_a_chinese_model():
    from kg.extract.entities import select

    text = "## 二、行业现状 {#industry-status}\nAI模型的Distillation技术在market上很火，OpenAxo发布新品。"
    names = ["industry-status", "Distillation", "market", "OpenAxo"]
    cands = [Mention("t", text.index(n), text.index(n) + len(n), n, "ORG", "zh", "ner") for n in names]
    kept = {m.text for m in select(cands, text)}
    assert kept == {"OpenAxo"}
    # a sentence without Latin capitals (lowercased text) keeps its lowercase names
    low = "他在dota比赛中夺冠。"
    assert [m.text for m in select([Mention("t", 2, 6, "dota", "PRODUCT", "zh", "ner")], low)] == ["dota"]


def test_a_former_name_in_brackets_is_an_alias():
    _, mentions, links = _mentions("Orbit（原Astra）是星河科技的助理产品。")
    assert ("Orbit", "Astra") in {(l.a.text, l.b.text) for l in links}
    assert not [m for m in mentions if m.text.startswith("原")]


def test_a_latin_name_an_organization_owns_is_a_product():
    _, mentions, _ = _mentions("依托自家模型的能力，Google的Project Orbit主打实时感知。")
    assert ("Project Orbit", "PRODUCT") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("谷歌的CEO表示看好。")
    assert not [m for m in mentions if m.text == "CEO"]


def test_a_name_found_once_is_found_wherever_the_document_repeats_it():
    text = "Zorbly模型很强。星河与字节的Zorbly激战。Zorbly的发布很成功。见 https://example.com/Zorbly 。"
    _, mentions, _ = _mentions(text)
    spans = [(m.start, m.type) for m in mentions if m.text == "Zorbly"]
    url = text.index("example.com/Zorbly") + len("example.com/")
    assert len(spans) == 3 and {t for _, t in spans} == {"PRODUCT"} and url not in {s for s, _ in spans}


def test_lexicon_names_whose_characters_the_simplifier_changes_are_found():
    # OpenCC writes 昇 as 升; the text is simplified before the ruler reads it
    for text in ("华为昇腾芯片性能很强。", "華為昇騰芯片很強。"):
        _, mentions, _ = _mentions(text)
        assert [m for m in mentions if m.type == "PRODUCT" and ("腾" in m.text or "騰" in m.text)], text


def test_a_model_version_at_the_end_of_a_sentence_is_part_of_the_product():
    _, mentions, _ = _mentions("Anthropic launched Claude 4. Gemini 3 Pro followed. Its share rose to Claude 4 percent")
    products = [m.text for m in mentions if m.type == "PRODUCT"]
    assert products == ["Claude 4", "Gemini 3 Pro"]  # "4 percent" is no version


def test_kinds_of_organizations_and_adjectives_are_no_organization_names():
    from kg.extract.zh_names import generic_org as _generic_org
    assert all(_generic_org(w) for w in ("新能源汽车行业", "金融机构", "国有企业", "急切", "深恶痛绝"))
    # names, and government bodies that news conventions count as organizations, stay
    assert not any(_generic_org(w) for w in ("长城汽车", "招行", "审计部门", "市政府", "国家金融监督管理总局"))


def test_a_board_before_its_chairs_title_is_cut_from_the_company_name():
    from kg.extract.trims import trim as _trim
    text = "凤凰卫视董事局主席刘长乐出席。"
    m = _trim(Mention("t", 0, 7, "凤凰卫视董事局", "ORG", "zh", "ner"), text)
    assert m.text == "凤凰卫视"
    text = "凤凰卫视董事局今天开会。"
    assert _trim(Mention("t", 0, 7, "凤凰卫视董事局", "ORG", "zh", "ner"), text).text == "凤凰卫视董事局"


def test_an_ambiguous_company_coordinated_with_a_sure_one_is_the_company():
    for text in ("Apple and Google confirmed a multiyear deal.", "Google and Apple signed a deal.",
                 "《Apple, Google Confirm Multiyear Deal》"):
        _, mentions, _ = _mentions(text)
        assert ("Apple", "ORG") in {(m.text, m.type) for m in mentions}, text
    _, mentions, _ = _mentions("I ate an apple and searched Google.")
    assert not [m for m in mentions if m.text.lower() == "apple"]


def test_a_one_word_latin_person_the_text_calls_a_product_or_organization_is_retyped():
    from kg.extract.zh_names import retyped_by_context as _retyped_by_context
    text = "Zorbly平台上线。TrendQ数据显示增长。选手Zorbly获胜。"
    segs = split_segments(Document("t", text))
    for name, expected in (("Zorbly", "PRODUCT"), ("TrendQ", "ORG")):
        a = text.index(name)
        m = _retyped_by_context(Mention("t", a, a + len(name), name, "PERSON", "en", "ner"), text, segs)
        assert (m.type, m.source) == (expected, "context")
    a = text.rindex("Zorbly")  # a player stays a person
    assert _retyped_by_context(Mention("t", a, a + 6, "Zorbly", "PERSON", "en", "ner"), text, segs).type == "PERSON"


def test_an_ambiguous_company_as_the_object_of_a_business_verb_or_with_its_officers():
    for text, name in (("The FTC sued Amazon in 2023.", "Amazon"), ("Meta's chief AI scientist left.", "Meta")):
        _, mentions, _ = _mentions(text)
        assert (name, "ORG") in {(m.text, m.type) for m in mentions}, text
    _, mentions, _ = _mentions("The river Amazon is long. He ate a meta burger.")
    assert not [m for m in mentions if m.text.lower() in ("amazon", "meta")]


def test_an_ambiguous_lexicon_name_jieba_does_not_know_is_one_token_for_the_ruler():
    # 混元 (Tencent's Hunyuan) is marked ambiguous; confirmed by the noun after it, not alone
    _, mentions, _ = _mentions("腾讯自研的混元大模型已经接入微信。")
    assert ("混元", "PRODUCT") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("这是一种混元之气。")
    assert not [m for m in mentions if m.text == "混元"]


def test_nothing_inside_a_link_address_is_a_name():
    text = ("见[《生成式AI报告》](https://www.example.com/%E7%94%9F%E6%88%90/Gemini_Generated_Image_k2ny8p.png)。"
            "Google发布了Gemini 3。")
    doc, mentions, _ = _mentions(text)
    url = text.index("https://")
    assert not [m for m in mentions if url <= m.start < text.index(")", url)]
    assert "Gemini 3" in {m.text for m in mentions}


def test_compounds_of_common_words_are_no_organization_names_unless_an_organization_head_ends_them():
    from kg.extract.zh_names import generic_org as _generic_org
    assert all(_generic_org(w) for w in ("现代化产业体系建设", "标准法规体系", "中国新能源汽车出口量"))
    assert not any(_generic_org(w) for w in ("三亚酒店", "重庆国际信托", "紫金矿业", "信达生物", "埃克森美孚",
                                             "完美时空"))


def test_review_cases_for_aliases_owned_names_boards_and_repeats():
    from kg.extract.trims import trim as _trim
    from kg.extract.zh_names import generic_org as _generic_org
    for text in ("阿里巴巴（原定于下周发布财报）表示。", "星河科技有限公司（原因不明）停产。"):
        _, mentions, links = _mentions(text)
        assert not links and not [m for m in mentions if m.source == "alias"], text
    _, _, links = _mentions("Zentrix Labs (formerly known as Widgetco) raised money.")
    assert ("Zentrix Labs", "Widgetco") in {(l.a.text, l.b.text) for l in links}
    _, mentions, _ = _mentions("清华大学的Zhang Wei团队在会上发言。微软的Satya Nadella表示看好。")
    assert not [m for m in mentions if m.type == "PRODUCT"]
    text = "凤凰卫视董事局常务副主席王纪言出席。"
    assert _trim(Mention("t", 0, 7, "凤凰卫视董事局", "ORG", "zh", "ner"), text).text == "凤凰卫视"
    assert not any(_generic_org(w) for w in ("信达资产", "上海国际港务", "中国石油天然气"))
    _, mentions, _ = _mentions("他的衬衫扣子掉了。")
    assert not [m for m in mentions if m.text == "扣子"]


def test_a_repeated_chinese_name_starts_and_ends_where_words_do():
    from kg.extract.aliases import repeated_names
    text = "星河科技发布新品。星河科技园区很大。星河科技表示满意。"
    first = Mention("t", 0, 4, "星河科技", "ORG", "zh", "ner")
    words = {0, 4, 9, 11, 15, 18, 22}  # 星河科技|…  星河|科技园区|…  星河科技|…
    found = [m.start for m in repeated_names([first], text, split_segments(Document("t", text)), words)]
    assert found == [18]


def test_english_generic_words_of_ai_writing_are_no_names():
    _, mentions, _ = _mentions("Clawdbot等本地Agent应用很火。豆包模型日均Token调用量破万亿。企业SaaS服务增长。")
    assert not [m for m in mentions if m.text in ("Agent", "Token", "SaaS")]


def test_an_ambiguous_brand_keeps_its_lettered_model_whole():
    from kg.extract.entities import brand_models

    # "~理想" needs confirmation: "理想L6" stays one product name, so 理想 is not lost
    brand = Mention("t", 0, 2, "理想", "ORG", "zh", "ruler", "ORG:Li Auto")
    assert [m.text for m in brand_models([brand], "理想L6今天开售。")] == ["理想L6"]


def test_investors_and_global_tech_companies_are_in_the_lexicon():
    from kg.lexicon import ids_by_name

    ids = ids_by_name()
    for name in ("andreessen horowitz", "a16z", "general catalyst", "scale ai", "waymo", "推特", "twitter",
                 "博通", "broadcom", "文远知行", "weride"):
        assert name in ids, name
    assert ids["推特"] == ids["twitter"] and ids["博通"] == ids["broadcom"]
    assert ids["小马智行"] == ids["pony.ai"] and ids["游戏科学"] == ids["game science"]


def test_a_chinese_models_latin_word_inside_a_longer_latin_run_is_no_name():
    from kg.extract.zh_names import latin_fragment

    text = "据Financial Times报道，Video-Gen技术与Dola有关。"
    def m(s):
        i = text.index(s)
        return Mention("t", i, i + len(s), s, "ORG", "zh", "ner")
    assert latin_fragment(m("Financial"), text) and latin_fragment(m("Times"), text)
    assert latin_fragment(m("Gen"), text)
    assert not latin_fragment(m("Dola"), text) and not latin_fragment(m("Financial Times"), text)
    text = "根据Gartner 2026年初发布的报告，CES 2026展会上。"
    assert not latin_fragment(m("Gartner"), text) and not latin_fragment(m("CES"), text)


@pytest.mark.parametrize("text,expect", [
    ("如Zentrox Quillmark的行业通用化，确保截图可溯源。", ["Quillmark"]),
    ("* **Zentrox Ferrowalk：** 预计明年量产。", ["Ferrowalk"]),
    ("用户可调用Zentrox Lumen Pro处理请求。", ["Lumen Pro"]),
    ("根据Zentrox Newsroom发布的技术白皮书。", []),     # what the company publishes
    ("根据Zentrox Trends数据，该应用走红。", []),
    ("Zentrox Automobile的销量下降。", []),             # the company's own name goes on
    ("He said Zentrox Quillmark would ship soon.", []),  # an English sentence
])
def test_a_latin_name_after_a_latin_company_in_chinese_text_is_its_product(text, expect):
    from kg.extract.entities import brand_models

    a = text.index("Zentrox")
    brand = Mention("t", a, a + 7, "Zentrox", "ORG", "en", "ner")
    assert [m.text for m in brand_models([brand], text)] == expect


def test_a_name_the_model_calls_a_person_after_a_kind_of_product_is_the_product():
    from kg.extract.zh_names import retyped_by_context
    from kg.records import Segment

    text = "泽川药业的首款上市药物莫纳安则被指南推荐。药物研发负责人莫纳安表示。"
    segs = [Segment("t", 0, len(text), "zh")]
    a = text.index("莫纳安")
    assert retyped_by_context(Mention("t", a, a + 3, "莫纳安", "PERSON", "zh", "lac"), text, segs).type == "PRODUCT"
    b = text.rindex("莫纳安")
    assert retyped_by_context(Mention("t", b, b + 3, "莫纳安", "PERSON", "zh", "ner"), text, segs).type == "PERSON"


def test_a_latin_person_before_its_maker_in_brackets_is_a_product():
    from kg.extract.zh_names import retyped_by_context
    from kg.records import Segment

    text = "* **Talkie (MiniMax)：** Talkie主打角色扮演。王明 (MiniMax) 表示。"
    c = Mention("t", 5, 11, "Talkie", "PERSON", "zh", "ner")
    assert retyped_by_context(c, text, [Segment("t", 0, len(text), "zh")]).type == "PRODUCT"


def test_the_organization_before_a_leaders_title():
    from kg.extract.zh_orgs import titled_orgs

    def orgs(t):
        return [t[a:b] for a, b in titled_orgs(t)]
    assert orgs("游戏科学CEO冯骥评价该模型。") == ["游戏科学"]
    assert orgs("星河科技创始人王明说。") == ["星河科技"]
    # a pronoun, an industry, an adjective or a bare title opens no name
    for text in ("该公司CEO张三表示。", "汽车行业CEO王明说。", "其CEO王明说。", "新任CEO王明表示。", "此前董事长李四表示。",
                 "被汽车部副总裁李肖爽告知。"):  # a vice president's title is no leader's
        assert orgs(text) == [], text


def test_a_latin_name_after_a_chinese_title_is_a_person():
    from kg.extract.titles import titled_people

    text = "星河聘请前天工高管Fidji Simo担任CEO，首席执行官Sam Altman表示。"
    assert {text[a:b] for a, b in titled_people(text, 0, len(text))} >= {"Fidji Simo", "Sam Altman"}


def test_a_lexicon_company_before_a_chinese_name_and_number_or_a_latin_name_before_a_product_noun():
    from kg.extract.products import maker_products
    from kg.lexicon import ids_by_name

    def run(text, company):
        c = Mention("t", 0, len(company), company, "ORG", "zh", "ruler", ids_by_name()[company])
        return [m.text for m in maker_products([c], text)]
    assert run("寒武纪思元590性能提升。", "寒武纪") == ["思元590"]
    assert run("摩尔线程MUSA架构也在优化。", "摩尔线程") == ["MUSA"]
    assert run("腾讯今年100亿投资。", "腾讯") == []  # a time word and an amount
    assert run("小米以每股135美元登陆纳斯达克。", "小米") == []  # a price
    assert run("腾讯AI芯片需求大。", "腾讯") == []  # a generic acronym


def test_names_after_a_description_of_an_organization():
    from kg.extract.zh_orgs import described_orgs, is_description

    for text, name in (("已完成对美国芯片设计公司Ampere Computing的收购", "Ampere Computing"),
                       ("日本AI初创公司Sakana AI周一宣布", "Sakana AI"),
                       ("收购德国户外品牌狼爪（Jack Wolfskin）", "狼爪"),
                       ("百度旗下自动驾驶出行平台萝卜快跑（Apollo Go）", "萝卜快跑")):
        assert [text[a:b] for a, b in described_orgs(text)] == [name]
    assert described_orgs("该公司表示，公司业绩稳定") == []
    text = "美国芯片设计公司Ampere Computing"
    assert is_description("美国芯片设计公司", text, 8, {8})


def test_lexicon_companies_give_way_to_people_and_longer_names():
    cases = (("央行副行长苏宁昨天上午强调，要加强监管。", ("苏宁", "PERSON")),   # an ambiguous company the model calls a person
             ("预警网首席顾问冯永辉对猪价记忆犹新。", ("冯永辉", "PERSON")),     # a company name inside a person's
             ("图为：中信地产高级策划经理张三。", ("中信地产", "ORG")),          # a line of business after a company
             ("港股上市公司泡泡玛特发布业务更新。", ("港股", "ORG")))            # 港股 where it names the market listed on
    _check_names(cases, ("沽售中转持防守类港股。", "港股"))


def test_company_words_after_a_lexicon_company_only_when_no_entity_runs_past_them():
    from kg.nlp.en_ner import _company_words_after_lexicon

    class Tok:
        def __init__(self, text, i):
            self.text, self.i, self.is_alpha, self.is_sent_start = text, i, text.isalpha(), i == 0
    doc = [Tok(w, i) for i, w in enumerate("the Geely Automobile Holdings of China said".split())]
    # lexicon Geely, then "Automobile" alone and "Holdings of China" running past the capitalised words
    ents = [[1, 2, "ORG", True, 1, 1], [2, 3, "ORG", False, 0, 0], [3, 6, "ORG", False, 0, 0]]
    _company_words_after_lexicon(doc, ents)
    assert ents == [[1, 2, "ORG", True, 1, 1], [2, 3, "ORG", False, 0, 0], [3, 6, "ORG", False, 0, 0]]
    ents = [[1, 2, "ORG", True, 1, 1], [2, 4, "ORG", False, 0, 0]]
    _company_words_after_lexicon(doc[:4] + [Tok("said", 4)], ents)
    assert ents == [[1, 4, "ORG", False, 0, 0], [2, 4, None, False, 0, 0]]


def test_rule_names_win_over_model_names_that_run_past_them():
    cases = (("Wedbush Securities科技研究全球主管Dan Ives警告称，成本将上升。",
              {("Wedbush Securities", "ORG"), ("Dan Ives", "PERSON")}),   # a title inside the model's name
             ("Epic Games发起人**Geoff Keighley** 在典礼后发言。", {("Geoff Keighley", "PERSON")}),  # emphasis
             ("Apple M5 chips are faster than before.", {("Apple", "ORG"), ("M5", "PRODUCT")}))  # maker and code
    for text, expected in cases:
        _, mentions, _ = _mentions(text)
        assert expected <= {(m.text, m.type) for m in mentions}, text
    _, mentions, _ = _mentions("Apple 17 is here.")  # an ambiguous company before a bare number is no maker
    assert ("Apple", "ORG") not in {(m.text, m.type) for m in mentions}


def test_kinds_of_companies_are_no_names():
    from kg.extract.zh_names import kind_of_company

    assert all(kind_of_company(s) for s in ("三家硬科技公司", "首家公司", "国产GPU公司", "AI制药公司", "头部互联网企业"))
    assert not any(kind_of_company(s) for s in ("TCL科技公司", "星河科技公司", "比亚迪公司"))


def test_a_product_column_of_a_keyed_table_names_products():
    from kg.extract.tables import table_cell_mentions

    text = ("| 公司 | 代表产品 | 应用场景 |\n|---|---|---|\n| 寒武纪 | 思元590 | 多模态推理 |\n"
            "| Zhipu AI (智谱) | GLM-4.7, ChatGLM, Qingyan (清言) assistant | 商业计算 |\n| 宇树科技 | — | 通用计算 |\n")
    got = [(m.text, m.type) for m in table_cell_mentions("d", text)]
    assert [t for t, type_ in got if type_ == "PRODUCT"] == ["思元590", "GLM-4.7", "ChatGLM", "Qingyan"]
    assert [t for t, type_ in got if type_ == "ORG"] == ["寒武纪", "Zhipu AI", "宇树科技"]  # the key column
    # a comparison table has no product column of a key
    assert not table_cell_mentions("d", "| 维度 | 产品A | 产品B |\n|---|---|---|\n| 价格 | 低 | 高 |\n")
    _, mentions, _ = _mentions("火山引擎发布了豆包大模型1.8，增长率为1.5倍。")
    assert ("豆包大模型1.8", "PRODUCT") in {(m.text, m.type) for m in mentions}  # a product and its version


def test_context_confirms_and_retypes_chinese_names():
    cases = (("荣耀与阿里云10月15日宣布达成深度合作。", ("荣耀", "ORG")),    # coordinated with a sure company
             ("荣耀携手阿里云打造AI手机助手。", ("荣耀", "ORG")),           # ... or joining hands with one
             ("Kimi母公司月之暗面宣布完成融资。", ("Kimi", "PRODUCT")),        # a product's parent company
             ("北交所上市公司贝特瑞发布半年报。", ("贝特瑞", "ORG")))          # a name after a kind of company
    _check_names(cases, ("我们的荣耀与梦想。", "荣耀"))


def test_an_organization_counted_or_unnamed_is_no_name():
    from kg.extract.not_names import keep_name
    from kg.records import Mention

    text = "一家上海游戏公司因违规运营被处罚。"
    m = Mention("d", 2, 8, "上海游戏公司", "ORG", "zh", "ner", None)
    assert not keep_name(m, set(), text, [])
    assert keep_name(Mention("d", 0, 4, "星河科技", "ORG", "zh", "ner", None), set(), "星河科技被处罚。", [])


def test_names_lose_a_former_mark_and_a_verbs_first_character():
    _, mentions, _ = _mentions("小红书本月宣布，原阿里巴巴集团财务副总裁张晴出任公司首席财务官。")
    assert ("阿里巴巴集团", "ORG") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("荣耀前CEO赵明于2025年1月卸任，原荣耀董事李健接任荣耀CEO。")
    assert "李健" in {m.text for m in mentions}


def test_a_brand_word_before_a_model_code_is_part_of_the_product():
    cases = (("星河自研的玄戒O1芯片已经量产。", ("玄戒O1", "PRODUCT")),  # a word jieba does not know
             ("该机搭载骁龙AR1芯片。", ("骁龙AR1", "PRODUCT")),
             ("首款车型尚界H5正式上市。", ("尚界H5", "PRODUCT")))
    for text, expected in cases:
        _, mentions, _ = _mentions(text)
        assert expected in {(m.text, m.type) for m in mentions}, text
    for text, code in (("华为发布首款M5。", "首款M5"), ("腾讯与上海交通大学联合推出BALTO。", "联合推出BALTO")):
        _, mentions, _ = _mentions(text)  # words of kind and verbs are no brands
        assert code not in {m.text for m in mentions}, text


def test_titles_the_text_calls_software_or_games_are_products():
    for text, name in (("星河工作室开发的《灯塔守夜人》获得大奖。", "灯塔守夜人"), ("其代表作《山海拾遗》很受欢迎。", "山海拾遗"),
                       ("《云海行》手游下月公测。", "云海行"), ("公司宣布《长夜3》正在开发中。", "长夜3")):
        _, mentions, _ = _mentions(text)
        assert (name, "PRODUCT") in {(m.text, m.type) for m in mentions}, text
    _, mentions, _ = _mentions("工信部开发的《数据安全管理办法》正式实施。")  # a document, not software
    assert "数据安全管理办法" not in {m.text for m in mentions}


def test_english_products_named_with_their_maker_or_after_a_product_noun():
    cases = (("Baidu's Apollo Go robotaxis will start next year.", ("Apollo Go", "PRODUCT")),
             ("Huawei's CANN toolkit remains a hurdle.", ("CANN", "PRODUCT")),
             ("OpenAI will deploy AMD Instinct GPUs next year.", ("Instinct", "PRODUCT")),
             ("Investors like the AI coding assistant Cursor.", ("Cursor", "PRODUCT")))
    for text, expected in cases:
        _, mentions, _ = _mentions(text)
        assert expected in {(m.text, m.type) for m in mentions}, text
    _, mentions, _ = _mentions("Apple's Tim Cook praised the results.")  # a person, no product noun
    assert ("Tim Cook", "PRODUCT") not in {(m.text, m.type) for m in mentions}


def test_short_company_names_a_brand_and_an_industry_word():
    from kg.extract.zh_orgs import brand_orgs

    text = "执行器：三花智控已于6月上市，GPU初创公司砺算科技完成融资，雷鸟创新与星河互动达成合作。"
    found = {text[a:b] for a, b in brand_orgs(text)}
    assert {"三花智控", "砺算科技", "雷鸟创新"} <= found
    text = "国内人工智能科技企业通过自研芯片科技创新，两家科技公司也在其中。"
    assert not brand_orgs(text)  # common words before the industry word are no brand


def test_a_listed_company_described_is_no_listing():
    from kg.pipeline import extract_document
    from kg.records import Document

    x = extract_document(Document("t", "12月8日，港股上市游戏公司燧人游戏宣布新任CEO。", None, "2026-01-10"))
    assert "Listing" not in {e.type for e in x.events}


def test_a_quoted_name_after_a_company_is_a_product_when_its_words_say_so():
    _, mentions, _ = _mentions('该机预装字节跳动开发的"豆包手机助手"技术预览版。')
    assert ("豆包手机助手", "PRODUCT") in {(m.text, m.type) for m in mentions}
    for text in ("腾讯的“赛马机制”再次发挥作用。", "安踏的“多品牌帝国”仍在扩张。"):  # phrases the writer coins
        _, mentions, _ = _mentions(text)
        assert not any(m.type == "PRODUCT" for m in mentions), text


def test_english_one_word_people_that_act_as_companies_are_organizations():
    from kg.extract.en_names import retyped_en

    text = "Lumora closed a $330 million round. It competes with Vexa. Elon Musk spoke, and Musk competes with Vexa."
    def person(name, at=0):
        i = text.index(name, at)
        return Mention("t", i, i + len(name), name, "PERSON", "en", "ner")
    cands = [person("Lumora"), person("Vexa"), person("Elon Musk"), person("Musk", text.index("and Musk"))]
    types = {(m.text, m.start): m.type for m in retyped_en(cands, text)}
    assert types[("Lumora", 0)] == "ORG" and types[("Vexa", text.index("Vexa"))] == "ORG"
    assert types[("Musk", text.index("and Musk") + 4)] == "PERSON"  # a surname after the full name


def test_an_employer_named_after_a_job_is_an_organization():
    from kg.extract.en_names import employer_mentions

    text = "Jane Holt, an analyst at Northgate Research, and a partner at Lumora Capital spoke."
    assert {m.text for m in employer_mentions("t", text, 0, len(text))} == {"Northgate Research", "Lumora Capital"}


def test_jieba_frequencies_are_read_after_its_dictionary_is_loaded():
    import subprocess
    import sys

    # a fresh process, where nothing has loaded jieba yet: a frequent word is still no brand
    code = "from kg.extract.products import _brand_word; print(_brand_word('手机'), _brand_word('玄戒'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


def test_a_markdown_heading_anchor_is_no_text():
    text = "## 制度重构：目录发布 {#subtitle_catalog_update}\n\n星河科技发布了新产品。"
    _, mentions, _ = _mentions(text)
    anchor = text.index("{#")
    assert not [m for m in mentions if anchor <= m.start < text.index("}", anchor)]


def test_an_english_one_word_person_described_as_a_company_is_an_organization():
    from kg.extract.en_names import retyped_en

    text = "Northwind agreed to buy Lumora, the German owner of two electronics chains."
    i = text.index("Lumora")
    cands = [Mention("t", i, i + 6, "Lumora", "PERSON", "en", "ner")]
    assert [m.type for m in retyped_en(cands, text)] == ["ORG"]
    text = "Northwind hired Lumora, a veteran engineer."
    cands = [Mention("t", 16, 22, "Lumora", "PERSON", "en", "ner")]
    assert [m.type for m in retyped_en(cands, text)] == ["PERSON"]


def test_what_a_verb_of_launching_names_with_a_number_is_a_model():
    _check_names([
        ("星河科技于1月29日正式发布云岫810E，这款芯片已完成部署。", ("云岫810E", "PRODUCT")),
        ("星河科技于8月5日发布开源权重模型orbit-lm-120b和orbit-lm-20b，这是其首次开放权重。", ("orbit-lm-120b", "PRODUCT")),
        ("星河科技于8月5日发布开源权重模型orbit-lm-120b和orbit-lm-20b，这是其首次开放权重。", ("orbit-lm-20b", "PRODUCT")),
    ], ("星河科技推出首批100台设备。", "首批100"))
    _, mentions, _ = _mentions("公司发布了v2版本。")
    assert not mentions


def test_a_unit_named_after_its_parent_that_acts_on_its_own_is_an_organization():
    from kg.extract.zh_orgs import unit_orgs
    text = "星河集团旗下的云岫于2026年1月29日正式发布新芯片。"
    assert [text[a:b] for a, b in unit_orgs(text)] == ["云岫"]
    for text in ("星河集团旗下的子公司于3月完成融资。", "星河集团旗下的产品已发布。"):
        assert not unit_orgs(text), text


def test_an_ambiguous_company_is_confirmed_by_the_model_it_makes_or_launches():
    # 荣耀 ("glory") is an ambiguous lexicon company
    for text in ("荣耀Magic8系列今日正式开售。", "荣耀发布了Magic8系列手机。"):
        _, mentions, _ = _mentions(text)
        assert ("荣耀", "ORG") in {(m.text, m.type) for m in mentions}, text
    _, mentions, _ = _mentions("玩家在王者荣耀S30赛季中获得了荣耀。")
    assert ("荣耀", "ORG") not in {(m.text, m.type) for m in mentions}


def test_the_kind_of_unit_after_its_parent_is_no_part_of_its_name():
    from kg.extract.zh_orgs import unit_orgs
    text = "星河集团旗下品牌云岫推出首款车型云岫L60。"
    assert [text[a:b] for a, b in unit_orgs(text)] == ["云岫"]


def test_a_number_and_an_edition_after_the_is_a_model():
    _, mentions, _ = _mentions("Northwind unveiled the 17 Ultra smartphone on Thursday.")
    assert ("17 Ultra", "PRODUCT") in {(m.text, m.type) for m in mentions}


def test_a_person_appointed_is_read_before_wei_and_a_title():
    from kg.extract.titles import appointed_people
    text = "星河科技董事会近日聘任李华为总裁。"
    assert [text[a:b] for a, b in appointed_people(text, 0, len(text))] == ["李华"]
    _, mentions, _ = _mentions(text)
    found = {(m.text, m.type) for m in mentions}
    assert ("李华", "PERSON") in found and ("华为", "ORG") not in found
    assert ("星河科技", "ORG") in found  # the company, not its board


def test_a_brand_jieba_does_not_know_joins_its_model_code():
    _check_names([("星河科技此次带来了云岫X5、云岫X7两款新机。", ("云岫X5", "PRODUCT")),
                  ("在发布会上，星河科技展示了新一代机器人云岫R2。", ("云岫R2", "PRODUCT"))],
                 ("该车搭载了新款X5芯片。", "新款X5"))


def _retyped_people(retyped_en, text, names):
    """The types :func:`retyped_en` gives the English model's "people" ``names`` (first occurrences)."""
    people = [Mention("t", text.index(n), text.index(n) + len(n), n, "PERSON", "en", "ner") for n in names]
    return {m.text: m.type for m in retyped_en(people, text)}


def test_english_people_before_a_kind_of_product_or_after_its_maker_are_products():
    from kg.extract.en_names import retyped_en

    text = "Northwind, the maker of Zumo dolls, recalled its Tarka and Velo Pro vehicles. Jane Holt models spoke."
    types = _retyped_people(retyped_en, text, ("Zumo", "Velo Pro", "Jane Holt"))
    assert types == {"Zumo": "PRODUCT", "Velo Pro": "PRODUCT", "Jane Holt": "PERSON"}


def test_a_model_name_with_a_number_and_a_word_is_a_product_code():
    from kg.extract.products import plain_word_code
    assert not plain_word_code("Qwen3-Coder") and plain_word_code("High-NA")


def test_a_nationality_after_a_stake_in_is_no_organization():
    from kg.extract.en_names import employer_mentions

    text = "Northwind took a stake in German cable maker Lumora AG, after a round in Vexa last year."
    assert {m.text for m in employer_mentions("t", text, 0, len(text))} == {"Vexa"}


def test_a_company_named_after_a_lexicon_company_is_its_own_name():
    from kg.extract.entities import _named_after_company

    def judge(text, name, lexicon_end, products=()):
        c = Mention("t", 0, len(name), name, "ORG", "zh", "ner")
        return _named_after_company(c, {(0, lexicon_end)}, list(products), text)
    assert judge("华润星河以62亿元完成收购。", "华润星河", 2)
    assert not judge("华润旗下的医药公司。", "华润旗下", 2)          # what a company has
    assert not judge("摩尔线程创始人张建中表示。", "摩尔线程创始人", 4)  # a title
    assert not judge("智谱与MiniMax登陆港股。", "MiniMax登陆", 7)      # a verb
    assert not judge("京东领投。", "京东领投", 2)
    prod = Mention("t", 2, 6, "文心一言", "PRODUCT", "zh", "ruler")
    assert not judge("百度文心一言上线。", "百度文心", 2, [prod])     # a product


def test_a_fund_named_with_capital_is_an_organization():
    from kg.extract.zh_orgs import org_spans
    for text, names in (("本轮由淡马锡（Temasek）和博裕资本联合领投。", ["博裕资本"]),
                        ("星河科技获得云帆资本数亿元战略投资。", ["云帆资本"]),
                        ("国有资本和社会资本共同参与。", []), ("哈勃投资本轮领投。", [])):
        assert [text[a:b] for a, b in org_spans(text)] == names, text


def test_english_companies_named_before_an_officer_after_a_top_post_or_leading_a_round():
    from kg.extract.en_names import employer_mentions

    text = ("Lumora chairman Jane Holt spoke. Former CEO John Smith left. Tom Reed became chief executive of "
            "Vexa on Sunday. The round led by Northgate closed. Tu Le, founder of Beijing-based Zumo, spoke.")
    assert {m.text for m in employer_mentions("t", text, 0, len(text))} == {"Lumora", "Vexa", "Northgate"}


def test_english_several_word_people_described_as_companies_are_organizations():
    from kg.extract.en_names import retyped_en

    text = ("Northwind bought outdoor brand Jane Wolfskin. Lumo Computing, a Madrid-based developer of chips, "
            "raised money. Jane Holt, a developer of games, spoke.")
    types = _retyped_people(retyped_en, text, ("Jane Wolfskin", "Lumo Computing", "Jane Holt"))
    assert types == {"Jane Wolfskin": "ORG", "Lumo Computing": "ORG", "Jane Holt": "PERSON"}


def test_english_products_called_by_name_or_a_family_of_models():
    _check_names([("The startup's flagship product, an AI coding assistant called Zorba, has millions of users.", ("Zorba", "PRODUCT")),
                  ("Lumora, which develops the Zeta family of large language models, filed for an IPO.", ("Zeta", "PRODUCT"))],
                 ("Lumora, which develops the Zeta family of models, filed for an IPO.", "Zeta family"))
    _, mentions, _ = _mentions("The company, called Lumora, has millions of users.")
    assert ("Lumora", "PRODUCT") not in {(m.text, m.type) for m in mentions}  # a company is no product


def test_a_preposition_before_a_model_organization_is_no_part_of_it():
    from kg.extract.trims import trim as _trim
    for text, span, name in (("根据艾媒咨询发布的报告", "根据艾媒咨询", "艾媒咨询"), ("由红杉中国领投", "由红杉中国", "红杉中国"),
                             ("对外经济贸易大学发布", "对外经济贸易大学", "对外经济贸易大学"), ("向日葵公司发布", "向日葵公司", "向日葵公司")):
        assert _trim(Mention("t", 0, len(span), span, "ORG", "zh", "ner"), text).text == name


def test_a_post_in_brackets_after_a_person_names_the_organization_not_an_alias():
    from kg.extract.zh_orgs import titled_orgs
    text = "王小明（星河科技创始人兼CEO）表示，公司将加大投入。"
    assert [text[a:b] for a, b in titled_orgs(text)] == ["星河科技"]
    _, mentions, links = _mentions(text)
    assert ("王小明", "PERSON") in {(m.text, m.type) for m in mentions} and not links


def test_an_ambiguous_company_confirmed_by_an_officer_or_a_partner_after_an_adverb():
    for text in ("苹果AI主管王立恒宣布退休。", "苹果首席执行官表示营收创新高。", "苹果已与谷歌达成合作。"):
        _, mentions, _ = _mentions(text)
        assert [m.type for m in mentions if m.text == "苹果"] == ["ORG"], text
    _, mentions, _ = _mentions("他买了苹果和香蕉。")
    assert "苹果" not in {m.text for m in mentions}


def test_english_people_after_a_partnership_or_before_maker_are_companies_and_brands():
    from kg.extract.en_names import retyped_en

    text = "Zentra partnered with Vexaro. Northwind struck a deal with Lumora. Quill-Ban maker Tessaro grew."
    types = _retyped_people(retyped_en, text, ("Vexaro", "Lumora", "Quill-Ban", "Tessaro"))
    assert types == {"Vexaro": "ORG", "Lumora": "ORG", "Quill-Ban": "PRODUCT", "Tessaro": "ORG"}


@pytest.mark.parametrize("text,name", [
    ("星河科技发布AI推理服务器Orbitron SR680a V4。", "Orbitron SR680a V4"),
    ("星河科技发布了LumaBook X Pro。", "LumaBook X Pro"),
    ("服务器采用NovaEdge XE9680机架。", "NovaEdge XE9680"),
])
def test_a_range_name_and_its_model_codes_are_one_product(text, name):
    _, mentions, _ = _mentions(text)
    assert (name, "PRODUCT") in {(m.text, m.type) for m in mentions}


def test_a_range_name_before_a_count_is_no_model():
    _, mentions, _ = _mentions("《当OpenClaw 24小时不休》一文走红。")
    assert not [m for m in mentions if "24" in m.text]


@pytest.mark.parametrize("text,name", [
    ("复旦大学附属华山医院感染科主任张文宏表示。", "复旦大学附属华山医院"),
    ("浙江大学医学院附属第一医院院长王伟林指出。", "浙江大学医学院附属第一医院"),
])
def test_a_universitys_affiliated_hospital_is_one_name(text, name):
    _, mentions, _ = _mentions(text)
    assert (name, "ORG") in {(m.text, m.type) for m in mentions}


def test_an_ambiguous_name_joined_with_a_post_or_made_by_a_company():
    _, mentions, _ = _mentions("2025年12月，王立恒加入苹果，出任AI副总裁。")
    assert ("苹果", "ORG") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("腾讯推出的元宝在春节期间大幅增长。")
    assert ("元宝", "PRODUCT") in {(m.text, m.type) for m in mentions}
    for text in ("他加入苹果汁搅拌。", "他发布的元宝图片很好看。"):
        _, mentions, _ = _mentions(text)
        assert not {m.text for m in mentions} & {"苹果", "元宝"}, text


def test_a_name_that_acts_right_after_its_description():
    _, mentions, _ = _mentions("机器人灵巧手公司灵心巧手上周三宣布完成数千万元A+轮融资。")
    assert ("灵心巧手", "ORG") in {(m.text, m.type) for m in mentions}
    for text in ("该公司近日宣布完成融资。", "这家AI公司正式宣布完成融资。"):
        _, mentions, _ = _mentions(text)
        assert not [m for m in mentions if m.type == "ORG"], text


def test_made_in_house_is_no_brand_of_the_model():
    _, mentions, _ = _mentions("小米坚持自研Orbit-2模型。")
    assert ("Orbit-2", "PRODUCT") in {(m.text, m.type) for m in mentions}


def test_english_investors_listed_as_participating_and_no_month_as_an_investee():
    from kg.extract.en_names import employer_mentions

    text = "Vexa closed a round in December 2025 led by Addition, with T. Rowe Price, Salesforce Ventures and Square Peg participating."
    assert {m.text for m in employer_mentions("t", text, 0, len(text))} == {
        "Addition", "T. Rowe Price", "Salesforce Ventures", "Square Peg"}


def test_english_people_right_after_a_top_title():
    from kg.extract.en_people import titled_people_en

    text = "Vexa dismissed Chief Executive Laurent Freixe. Founder Capital Partners invested. CEO Jane Holt spoke."
    assert {m.text for m in titled_people_en("t", text, 0, len(text))} == {"Laurent Freixe", "Jane Holt"}


def test_a_model_organization_running_over_a_post_is_no_name_and_连同_leads_none():
    from kg.extract.trims import trim as _trim

    text = "会议下半场则连同星河集团新任市场部总经理李云飞集中回应提问。"

    def model_org(a, b):
        s, e = text.index(a), text.index(b)
        return Mention("t", s, e, text[s:e], "ORG", "zh", "ner")
    assert _trim(model_org("星河", "总经理"), text) is None  # 星河集团新任市场部
    assert _trim(model_org("连同", "新任"), text).text == "星河集团"


def test_an_ambiguous_company_that_announces():
    _, mentions, _ = _mentions("苹果12月1日宣布，王立恒加盟。")
    assert ("苹果", "ORG") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("他吃了一个苹果宣布，好吃。")
    assert "苹果" not in {m.text for m in mentions}


def test_a_surname_with_氏_is_a_family_not_a_person():
    _, mentions, _ = _mentions("白手起家的李氏兄弟从1988年成立星河塑胶工业股份有限公司后，历经30余年的发展。")
    assert not [m for m in mentions if m.type == "PERSON"]


def test_a_company_whose_officer_is_named_is_no_product_for_its_app():
    _, mentions, _ = _mentions("Baidu has struck a partnership with Lyft to put its robotaxis on the Lyft app. "
                               "Lyft chief executive David Risher spoke.")
    assert {m.type for m in mentions if m.text == "Lyft"} == {"ORG"}


def test_english_people_after_a_company_description_are_companies():
    from kg.extract.en_names import retyped_en

    text = "Vexa completed its acquisition of U.S. chip designer Lumo Computing. It bought a stake in craft beer chain Fulu Jiayuan. Fashion designer Vera Wang spoke."
    types = _retyped_people(retyped_en, text, ("Lumo Computing", "Fulu Jiayuan", "Vera Wang"))
    assert types == {"Lumo Computing": "ORG", "Fulu Jiayuan": "ORG", "Vera Wang": "PERSON"}


def test_english_companies_named_before_a_post_and_its_holder_but_not_places_or_days():
    from kg.extract.en_names import employer_mentions

    text = ("Lumora president Jane Holt spoke. Former Vexa executive Tom Reed left. Zentra spokeswoman Ann Lee said so. "
            "Russia president Ivan Petrov spoke. U.S. president John Smith spoke. Monday spokesman Tom Hill said.")
    assert {m.text for m in employer_mentions("t", text, 0, len(text))} == {"Lumora", "Vexa", "Zentra"}


def test_products_after_a_kind_with_a_version_possessed_described_or_launched_by_an_ambiguous_maker():
    _check_names([("星河机器人的人形机器人ORBIT亮相。", ("ORBIT", "PRODUCT")),
                  ("星河科技发布北辰新6.0大模型。", ("北辰新6.0", "PRODUCT")),
                  ("Zentra shipped its Orbit Lake processors to PC makers.", ("Orbit Lake", "PRODUCT")),
                  ("苹果在发布会上推出了Orbit 17系列。", ("苹果", "ORG"))],  # 苹果 is also a fruit: the launch says which
                 ("苹果在上海开设新店。", "苹果"))


def test_an_english_person_described_right_after_as_a_family_of_models_or_a_robot_is_a_product():
    from kg.extract.en_names import retyped_en

    text = "Zentra introduced Novix, a family of foundation models. Orbix, its humanoid robot, walked. Vera, a model researcher, spoke."
    assert _retyped_people(retyped_en, text, ("Novix", "Orbix", "Vera")) == {"Novix": "PRODUCT", "Orbix": "PRODUCT", "Vera": "PERSON"}


def test_an_ambiguous_company_speaking_or_choosing_a_partner_at_a_sentence_start():
    # 苹果 is also a fruit: what it does at the start of a sentence says which
    _check_names([("苹果选择百度作为其在中国的AI合作伙伴。", ("苹果", "ORG")), ("苹果回应称，相关功能明年上线。", ("苹果", "ORG"))],
                 ("吃苹果表示健康。", "苹果"))


def test_what_a_deal_buys_is_an_organization_but_not_a_business_or_shares():
    from kg.extract.en_names import employer_mentions
    from kg.extract.zh_deal_orgs import deal_targets

    text = "星河完成对光年之外的收购。北辰完成对该业务的收购。南山宣布终止对其股份的收购。"
    assert [text[a:b] for a, b in deal_targets(text)] == ["光年之外"]
    en = ("Zentra agreed to buy Windsurf for $3 billion. Vexa completed its acquisition of U.S. chip designer Lumora. "
          "He bought Orbit shares.")
    assert {m.text for m in employer_mentions("t", en, 0, len(en))} == {"Windsurf"}


def test_an_ambiguous_english_company_appointing_someone():
    # Apple is also a fruit: appointing an officer says which
    _check_names([("Apple appointed Sabih Khan as chief operating officer.", ("Apple", "ORG"))],
                 ("She ate an apple.", "apple"))


def test_a_unit_with_an_industry_word_named_after_its_parent_acts_on_its_own():
    from kg.extract.zh_orgs import unit_orgs

    text = "星河旗下的北辰半导体发布了新芯片。"
    assert [text[a:b] for a, b in unit_orgs(text)] == ["北辰半导体"]


def test_an_ambiguous_product_right_after_its_maker_is_the_product():
    # 元宝 is also an ingot: right after 腾讯 it is Tencent's assistant
    _check_names([("腾讯元宝接入了新的模型。", ("元宝", "PRODUCT"))], ("他买了一个元宝。", "元宝"))


@pytest.mark.parametrize("text,name", [
    ("OpenAI signed a $38 billion cloud deal with Amazon on Monday.", "Amazon"),
    ("CoreWeave won a $14 billion contract from Meta to provide computing power.", "Meta"),
    ("Apple awarded TSMC a $2 billion order for modem chips.", "Apple"),
])
def test_an_ambiguous_company_is_confirmed_as_the_other_party_of_a_deal(text, name):
    _, mentions, _ = _mentions(text)
    assert [m.type for m in mentions if m.text == name] == ["ORG"]


def test_an_amount_after_a_latin_name_is_no_model_code():
    _, mentions, _ = _mentions("星河科技获得Meta 140亿美元的算力订单。")
    assert "Meta 140" not in {m.text for m in mentions}


def test_a_round_is_no_organization():
    _, mentions, _ = _mentions("Moonshot AI raised $500 million in a Series C round led by IDG Capital.")
    assert not [m for m in mentions if m.text.startswith("Series")]


def test_an_ambiguous_company_before_a_known_name_it_owns_is_confirmed():
    for text, name in (("Amazon's Alexa got a new voice.", "Amazon"), ("Alphabet's Waymo raised $5.6 billion.", "Alphabet")):
        _, mentions, _ = _mentions(text)
        assert [m.type for m in mentions if m.text == name] == ["ORG"], text
    _, mentions, _ = _mentions("蔚来的子品牌乐道发布首款车型。")
    assert "乐道" in {m.text for m in mentions if m.type == "ORG"}


def test_a_preposition_before_an_employer_and_a_post_after_a_company_are_no_part_of_its_name():
    _, mentions, _ = _mentions("曾任职于微软亚洲研究院的周明，现为澜舟科技创始人。")
    orgs = {m.text for m in mentions if m.type == "ORG"}
    assert "微软亚洲研究院" in orgs and not any(o.startswith("于") or o.endswith("创始人") for o in orgs)


def test_a_single_name_before_a_kind_only_a_product_is_and_its_owner():
    _, mentions, _ = _mentions("Xpeng showed off its Iron humanoid robot. Meta's new Llama 5 model is due.")
    got = {(m.text, m.type) for m in mentions}
    assert ("Iron", "PRODUCT") in got and ("Meta", "ORG") in got


def test_a_latin_name_that_takes_a_post_in_chinese_text_is_a_person():
    _, mentions, _ = _mentions("星河科技AI主管王立将于明年春季退休，由Amar Subramanya接任。")
    assert ("Amar Subramanya", "PERSON") in {(m.text, m.type) for m in mentions}


def test_whom_a_company_hires_for_a_post_is_a_person():
    from kg.extract.en_names import retyped_en

    text = "Vexaro hired Fidji Simo, the former Lumora CEO, to run its applications business."
    a = text.index("Fidji Simo")
    (m,) = retyped_en([Mention("d", a, a + 10, "Fidji Simo", "ORG", "en", "ner")], text)
    assert m.type == "PERSON"
    b = text.index("Vexaro")
    (m,) = retyped_en([Mention("d", b, b + 6, "Vexaro", "ORG", "en", "ner")], text)
    assert m.type == "ORG"


def test_function_words_are_no_employers_and_a_transliterated_name_is_whole():
    _, mentions, _ = _mentions("Under chief executive Satya Nadella, Microsoft has invested heavily in AI.")
    assert "Under" not in {m.text for m in mentions}
    _, mentions, _ = _mentions("据微软CEO萨提亚·纳德拉介绍，用户已超过1亿。")
    assert "萨提亚·纳德拉" in {m.text for m in mentions if m.type == "PERSON"}


@pytest.mark.parametrize("text,name", [
    ("华为海思设计的麒麟9030芯片为该手机提供动力。", "麒麟9030"),
    ("英伟达开始出货Blackwell Ultra芯片。", "Blackwell Ultra"),
    ("宇树科技发布了新款人形机器人H2。", "H2"),
])
def test_chips_and_short_codes_after_a_kind_are_products(text, name):
    _, mentions, _ = _mentions(text)
    got = {(m.text, m.type) for m in mentions}
    assert (name, "PRODUCT") in got
    assert not [m for m in mentions if m.text in ("Ultra", "麒麟")]


def test_a_half_year_is_no_product_and_an_ambiguous_company_launching_a_phone_is_confirmed():
    _, mentions, _ = _mentions("公司上半年H2业绩增长。")
    assert "H2" not in {m.text for m in mentions}
    _, mentions, _ = _mentions("荣耀发布了新一代折叠屏手机Magic V5。")
    assert ("荣耀", "ORG") in {(m.text, m.type) for m in mentions}


def test_new_before_a_subsidiary_is_no_part_of_the_parent():
    _, mentions, _ = _mentions("腾讯以约12亿欧元收购了育碧新子公司的股权。")
    assert "育碧新" not in {m.text for m in mentions}


def test_a_quarter_after_a_company_is_no_part_of_it():
    _, mentions, _ = _mentions("英伟达第三财季营收达570亿美元，创历史新高。")
    assert "英伟达" in {m.text for m in mentions} and "英伟达第三" not in {m.text for m in mentions}


def test_a_verb_after_a_company_is_no_part_of_it():
    # the model reads "沐曦股份登陆" as one organization; the listing verb is cut off
    _, mentions, _ = _mentions("12月17日，沐曦股份登陆科创板。")
    assert "沐曦股份" in {m.text for m in mentions} and not [m for m in mentions if m.text.endswith("登陆")]


def test_an_ambiguous_company_that_partners_is_confirmed():
    _, mentions, _ = _mentions("Stripe is partnering with Paradigm on a new blockchain.")
    assert ("Stripe", "ORG") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("A red stripe runs down the side of the car.")
    assert not [m for m in mentions if m.text.lower() == "stripe"]


def test_products_after_a_company_with_de_a_kind_acronym_and_a_game_a_studio_made():
    _, mentions, _ = _mentions("寒武纪的思元590芯片已在多家互联网公司大规模部署。")
    assert ("思元590", "PRODUCT") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("腾讯的市值超过5000亿美元。")
    assert not [m for m in mentions if m.type == "PRODUCT"]
    _, mentions, _ = _mentions("摩尔线程在12月推出了新一代训推一体GPU MTT S5000。")
    assert ("MTT S5000", "PRODUCT") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("谷歌上线了AI Mode。")
    assert ("AI Mode", "PRODUCT") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("《灯塔守夜人》由法国工作室Lumen Forge开发，获得了年度最佳游戏。")
    got = {(m.text, m.type) for m in mentions}
    assert ("灯塔守夜人", "PRODUCT") in got and ("Lumen Forge", "ORG") in got and "法国工作室" not in {m.text for m in mentions}


def test_an_ambiguous_product_under_its_owner_is_confirmed():
    _, mentions, _ = _mentions("阿里巴巴旗下的夸克于11月推出了新功能。")
    assert ("夸克", "PRODUCT") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("科学家发现了新的夸克。")
    assert "夸克" not in {m.text for m in mentions}


def test_an_ambiguous_company_with_a_unit_chief_is_confirmed():
    _, mentions, _ = _mentions("Apple's hardware chief John Ternus spoke on Tuesday.")
    assert ("Apple", "ORG") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("在AI眼镜市场，小米、雷鸟和Rokid正在展开激烈角逐。")
    assert {"小米", "雷鸟", "Rokid"} <= {m.text for m in mentions if m.type == "ORG"}


def test_an_ambiguous_english_product_with_its_maker_is_confirmed():
    _, mentions, _ = _mentions("Gemini, developed by Google DeepMind, now powers the assistant.")
    assert ("Gemini", "PRODUCT") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("Copilot is Microsoft's AI assistant for Windows.")
    assert ("Copilot", "PRODUCT") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("She was born under the sign of Gemini.")
    assert "Gemini" not in {m.text for m in mentions if m.type == "PRODUCT"}


def test_an_ambiguous_chinese_company_before_its_product_or_phones_is_confirmed():
    _, mentions, _ = _mentions("苹果的Siri将全面接入谷歌的Gemini模型。")
    assert ("苹果", "ORG") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("荣耀手机销量大涨。")
    assert ("荣耀", "ORG") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("他吃了一个苹果。")
    assert "苹果" not in {m.text for m in mentions}


def test_a_product_with_a_chief_executive_is_its_company():
    _, mentions, _ = _mentions("TikTok首席执行官周受资在听证会上作证。")
    assert ("TikTok", "ORG") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("TikTok CEO Shou Chew testified before Congress.")
    assert ("TikTok", "ORG") in {(m.text, m.type) for m in mentions}
    _, mentions, _ = _mentions("字节跳动旗下的TikTok在美国拥有1.7亿用户。")
    assert ("TikTok", "PRODUCT") in {(m.text, m.type) for m in mentions}


def test_a_product_whose_chief_is_named_without_a_person_after():
    _, mentions, _ = _mentions("周受资被任命为TikTok首席执行官。")
    assert ("TikTok", "ORG") in {(m.text, m.type) for m in mentions}


def test_a_verb_and_a_fiscal_year_after_a_company_are_no_model():
    _, mentions, _ = _mentions("1月28日，微软公布了2026财年第二季度财报，营收达813亿美元。")
    assert not [m for m in mentions if m.type == "PRODUCT"]
    _, mentions, _ = _mentions("Alphabet's cloud revenue rose 48% to $17.7 billion in the fourth quarter.")
    assert ("Alphabet", "ORG") in {(m.text, m.type) for m in mentions}


def test_an_ambiguous_product_its_maker_launched_is_confirmed():
    _, mentions, _ = _mentions("元宝是腾讯推出的AI助手。")
    assert ("元宝", "PRODUCT") in {(m.text, m.type) for m in mentions}


def test_a_launch_verb_is_no_brand_before_a_model():
    _, mentions, _ = _mentions("2月12日，字节跳动官宣Seedance 2.0。")
    assert ("Seedance 2.0", "PRODUCT") in {(m.text, m.type) for m in mentions}
    assert not [m for m in mentions if m.text.startswith("官宣")]


def test_an_ambiguous_company_with_its_deal_is_confirmed():
    _, mentions, _ = _mentions("Oracle's $300 billion deal with OpenAI was announced in September.")
    assert ("Oracle", "ORG") in {(m.text, m.type) for m in mentions}


@pytest.mark.parametrize("text,expect", [
    ("星河Aurora X的销量超出预期。", ["Aurora X"]),   # a word and a letter
    ("星河Skyrider已经试运营。", ["Skyrider"]),
    ("星河Nova Max 2今天开售。", ["Nova Max 2"]),
    ("星河Orbit团队发布论文。", []),                # a team
    ("星河Ann Lee表示会继续投入。", []),            # a person speaking
    ("星河App Store下架了该应用。", []),            # a generic word
    ("星河MEGA共售出1万辆。", ["MEGA"]),             # a name in capitals
    ("星河VELA智能体将接入新模型。", ["VELA"]),
    ("星河TMT行业首席分析师认为。", []),             # a line of business
    ("星河FORCE原动力大会在上海召开。", []),         # an event's name goes on
])
def test_a_latin_name_after_a_lexicon_company_is_its_product(text, expect):
    from kg.extract.entities import brand_models

    brand = Mention("t", 0, 2, "星河", "ORG", "zh", "ruler", "company")
    assert [m.text for m in brand_models([brand], text)] == expect
    ambiguous = Mention("t", 0, 2, "星河", "ORG", "zh", "ruler", "company~")
    assert not brand_models([ambiguous], text)


def test_a_chain_of_posts_is_no_part_of_the_company_before_it():
    from kg.extract.zh_orgs import titled_orgs

    text = "星河科技总裁兼CEO安蒙（Cristiano Amon）在台上表示。"
    assert [text[a:b] for a, b in titled_orgs(text, 0, len(text))] == ["星河科技"]
    _, mentions, _ = _mentions(text)
    assert ("安蒙", "PERSON") in {(m.text, m.type) for m in mentions}


@pytest.mark.parametrize("text,show", [("星河科技CEO王立在NEXA 2026主题演讲中发布了新芯片。", "NEXA"),
                                       ("Norvik unveiled its chip at NEXA 2026 keynote.", "NEXA")])
def test_a_show_and_its_year_is_no_organization(text, show):
    from kg.extract.not_names import keep_name

    m = Mention("t", text.index(show), text.index(show) + len(show), show, "ORG", "zh" if "星" in text else "en", "ner")
    assert not keep_name(m, set(), text, [])


def test_an_apposition_naming_a_kind_of_business_confirms_an_ambiguous_company():
    from kg.extract.confirm import _KIND_APPOSITION_EN

    assert _KIND_APPOSITION_EN.match(", the former Norvik budget brand, launched")
    assert not _KIND_APPOSITION_EN.match(", the word of the year, was")


@pytest.mark.parametrize("text,product", [("The Kestrel 15 costs 4,000 yuan.", "Kestrel 15"),
                                          ("KestrelOne 15 went on sale.", "KestrelOne 15")])
def test_a_camel_case_brand_and_a_number(text, product):
    from kg.extract.products import PRODUCT_CODE

    assert product in [m.group(0) for m in PRODUCT_CODE.finditer(text)]
    assert not [m.group(0) for m in PRODUCT_CODE.finditer("OpenClaw 24小时不休")]


def test_a_maker_before_the_short_form_of_its_lexicon_product_is_split():
    # the lexicon's 盘古大模型 is also written 华为盘古: the maker and the product's short form
    _, mentions, _ = _mentions("华为盘古等通用基座模型迭代很快。")
    found = {(m.text, m.type) for m in mentions}
    assert ("华为", "ORG") in found and ("盘古", "PRODUCT") in found


def test_a_quoted_name_after_a_product_kind_is_a_product():
    _, mentions, _ = _mentions("以罕见病为例，星河制药有限公司的国产创新药“戈瑞安”此次被纳入目录。")
    assert ("戈瑞安", "PRODUCT") in {(m.text, m.type) for m in mentions}


def test_a_coined_phrase_in_quotes_is_no_product():
    _, mentions, _ = _mentions("星河科技的“Zorbly时刻”已经到来。")
    assert not [m for m in mentions if m.type == "PRODUCT" and m.text.endswith("时刻")]


def test_a_nationality_before_a_product_noun_is_no_product():
    _, mentions, _ = _mentions("Norvik unveiled a car, pitting the Chinese smartphone maker against Vexaro.")
    assert "Chinese" not in {m.text for m in mentions}


def test_financial_firms_by_their_suffix_and_no_preposition_before_them():
    _, mentions, _ = _mentions("星河科技完成新一轮融资，由云帆资本领投，江海金融等跟投。")
    found = {m.text for m in mentions if m.type == "ORG"}
    assert "江海金融" in found and "由云帆资本" not in found


def test_a_transliterated_name_the_model_cuts_short_is_lacs():
    text = "正如星河银行首席策略师阿鲁·卡纳纳所说，市场将重新定价。"
    a = text.index("阿鲁")
    cands = [Mention("t", a, a + 5, text[a:a + 5], "PERSON", "zh", "ner"),
             Mention("t", a, a + 6, text[a:a + 6], "PERSON", "zh", "lac")]
    assert [m.text for m in select(cands, text)] == ["阿鲁·卡纳纳"]


def test_a_preposition_before_a_lexicon_company_is_no_surname():
    _, mentions, _ = _mentions("Zorbly每周付费出行量已超过25万次，领先于特斯拉和Vexaro等竞争对手。")
    assert ("特斯拉", "ORG") in {(m.text, m.type) for m in mentions}


def test_an_ambiguous_brand_after_its_parents_unit_word_is_confirmed():
    # 乐道 is also a common word; after "蔚来旗下子品牌" it is the brand
    _, mentions, _ = _mentions("据报道，蔚来旗下子品牌乐道将于今年第三季度推出第三款车型。")
    assert ("乐道", "ORG") in {(m.text, m.type) for m in mentions}


def test_companies_written_in_title_case_as_english_news_do():
    # the lexicon keeps both house styles: "NIO" and "Nio", "OPPO" and "Oppo"
    _, mentions, _ = _mentions("Nio founder William Zorb spoke on Tuesday, and Oppo's new brand followed.")
    found = {(m.text, m.type) for m in mentions}
    assert ("Nio", "ORG") in found and ("Oppo", "ORG") in found


def test_academy_before_its_members_title():
    from kg.pipeline import extract_all
    (ex,), _ = extract_all([Document("d", "中国社会科学院学部委员周明远指出，财政政策将更加注重民生。")])
    assert ("周明远", "worksFor", "中国社会科学院") in {(r.subject.text, r.predicate, r.object.text) for r in ex.relations}


def test_person_after_a_chief_officer_title():
    _, mentions, _ = _mentions("Chief Financial Officer Marie-Anne Vellacourt said the insurer was on track.")
    assert ("Marie-Anne Vellacourt", "PERSON") in {(m.text, m.type) for m in mentions}


def test_unit_named_after_its_parent_with_an_alias():
    from kg.pipeline import extract_all
    (ex,), _ = extract_all([Document("d", "甲联集团（Jialian Group）旗下的乙家中国10月13日宣布召回约3.2万件移动电源。", date="2025-10-15")])
    assert ("乙家中国", "subsidiaryOf", "甲联集团") in {(r.subject.text, r.predicate, r.object.text) for r in ex.relations}
    (ev,) = [e for e in ex.events if e.type == "Recall"]
    assert [p.mention.text for p in ev.participants if p.role == "organization"] == ["乙家中国"]


def test_wholly_owned_unit_named_before_a_pause():
    from kg.pipeline import extract_all
    (ex,), _ = extract_all([Document("d", "华康医药公告，瑞诺公司起诉华康医药全资子公司康美华东，要求其停止生产。")])
    assert ("康美华东", "subsidiaryOf", "华康医药") in {(r.subject.text, r.predicate, r.object.text) for r in ex.relations}


def test_company_described_before_it_raises_last_month():
    from kg.pipeline import extract_all
    (ex,), _ = extract_all([Document("d", "国产动画制作公司丁丁豆动画上月完成B轮融资，投资方为光线传媒和阿里影业。", date="2025-07-01")])
    rels = {(r.subject.text, r.predicate, r.object.text) for r in ex.relations}
    assert {("光线传媒", "investsIn", "丁丁豆动画"), ("阿里影业", "investsIn", "丁丁豆动画")} <= rels


def test_what_a_model_reads_on_into_after_a_chinese_company():
    from kg.extract.trims import trim
    from kg.records import Mention
    for text, span, expected in [("以32亿元收购嘉华国际所持上海嘉前置业100%股权。", "嘉华国际所", "嘉华国际"),
                                 ("生态环境厅上月对鲁西化工处以罚款86万元。", "鲁西化工处", "鲁西化工"),
                                 ("收购万和证券96.08%股权。", "万和证券96.08%股权", "万和证券"),
                                 ("以5.81亿加元收购加拿大金矿企业Lumina Gold的全部股份。", "加拿大金矿企业Lumina", "Lumina Gold")]:
        a = text.index(span)
        assert trim(Mention("d", a, a + len(span), span, "ORG", "zh", "ner"), text).text == expected


def test_unit_named_before_the_partner_it_signs_with():
    from kg.extract.zh_orgs import unit_orgs
    text = "华康石化周二宣布，旗下子公司华康新晟与远洋能源签署合作框架协议。"
    assert [text[a:b] for a, b in unit_orgs(text)] == ["华康新晟"]
    text = "阿里巴巴旗下平头哥今年1月发布真武芯片。"
    assert "平头哥今年" not in [text[a:b] for a, b in unit_orgs(text)]


def test_a_models_organization_that_starts_with_a_known_companys_possessive_is_that_company():
    from kg.extract.trims import trim as _trim

    text = "Korvane agreed to buy Tencent's Shenxing batteries, and Japan's Tellmar Corp. grew."
    a = text.index("Tencent")
    assert _trim(Mention("t", a, a + len("Tencent's Shenxing"), "Tencent's Shenxing", "ORG", "en", "ner"), text).text == "Tencent"
    b = text.index("Japan")
    assert _trim(Mention("t", b, b + len("Japan's Tellmar Corp"), "Japan's Tellmar Corp", "ORG", "en", "ner"), text).text == "Tellmar Corp"
    text = "Tencent's Cloud Research Group said it grew."
    unit = Mention("t", 0, len("Tencent's Cloud Research Group"), "Tencent's Cloud Research Group", "ORG", "en", "ner")
    assert _trim(unit, text).text == "Tencent's Cloud Research Group"  # a unit with a corporate word stays whole


@pytest.mark.parametrize("name,generic", [
    ("人形机器人", True), ("智能眼镜", True), ("国产大模型", True), ("A股公司", True),
    ("擎天机器人", False), ("优必选机器人", False), ("星河科技", False),
])
def test_a_kind_of_product_or_of_listed_company_is_no_organization(name, generic):
    from kg.extract.zh_names import generic_org

    assert generic_org(name) is generic


def test_an_innovation_centre_is_an_organization_and_ends_a_longer_name_whole():
    from kg.extract.zh_orgs import org_spans

    text = "北京人形机器人创新中心开源了平台。中国科学院脑科学与智能技术卓越创新中心研究员表示。"
    spans = [text[a:b] for a, b in org_spans(text, 0, len(text))]
    # the longer name is read whole, not its tail after 与
    assert spans == ["北京人形机器人创新中心", "中国科学院脑科学与智能技术卓越创新中心"]


def test_a_latin_brand_in_brackets_after_a_chinese_name_is_its_alias_not_a_maker():
    from kg.extract.entities import brand_models

    text = "自动驾驶平台萝卜快跑（Zentrox Quillmark）订单量最大。"
    a = text.index("Zentrox")
    assert not brand_models([Mention("t", a, a + 7, "Zentrox", "ORG", "en", "ner")], text)


def test_a_placeholder_cell_names_nothing():
    from kg.extract.tables import table_cell_mentions

    text = "| 公司 | 产品 | 融资额 |\n|---|---|---|\n| 星河科技 | 未披露 | 未披露 |\n"
    assert not any(m.text == "未披露" for m in table_cell_mentions("t", text))


@pytest.mark.parametrize("text,expect", [
    ("如祺出行CEO蒋华表示，公司将坚持平台定位。", ["如祺出行"]),
    ("科创板上市公司优刻得董事长兼CEO季昕华坦言。", ["优刻得"]),
    ("林清轩创始人孙来春表示。", ["林清轩"]),
    ("根据月之暗面创始人、CEO杨植麟在内部信中透露。", []),   # a preposition opens no name
    ("百济神州由联合创始人、董事长欧雷强领导。", []),
    ("联席CEO赵佳臻则提醒。", []),                          # a post's modifier
    ("公司董事长张三表示。", []),
])
def test_a_name_jieba_cannot_parse_before_a_leaders_title_is_an_organization(text, expect):
    from kg.extract.zh_orgs import titled_orgs

    assert [text[a:b] for a, b in titled_orgs(text, 0, len(text))] == expect


def test_an_organization_before_a_founders_title_is_no_person():
    _, mentions, _ = _mentions("林清轩创始人孙来春表示，线上渠道仍是增长来源。")
    assert ("林清轩", "ORG") in {(m.text, m.type) for m in mentions}


def test_a_preposition_after_a_name_is_no_part_of_it():
    from kg.extract.trims import trim as _trim

    text = "首席执行官周剑将2025年定义为交付元年。"
    a = text.index("周")
    assert _trim(Mention("t", a, a + 3, "周剑将", "PERSON", "zh", "ner"), text).text == "周剑"


def test_a_lexicon_name_and_a_line_of_business_glued_to_it_is_a_business_unit():
    from kg.extract.brands import unit_compounds

    text = "美团闪购的主要对手包括京东秒送，中金公司医疗器械行业首席分析师表示，蜜雪冰城港股上市。"
    cands = [Mention("t", text.index(n), text.index(n) + len(n), n, "ORG", "zh", "ruler", k)
             for n, k in (("美团", "company"), ("京东", "company"), ("中金公司", "company"), ("蜜雪冰城", "company"))]
    got = {m.text for m in unit_compounds(cands, text)}
    assert got == {"美团闪购", "京东秒送"}  # not 中金公司医疗 (医疗器械), nor a company and its market


def test_a_unit_named_after_its_company_is_one_organization_in_a_sentence():
    _, mentions, _ = _mentions("美团闪购的主要竞争对手是淘宝闪购和京东秒送。")
    assert {"美团闪购", "淘宝闪购", "京东秒送"} <= {m.text for m in mentions if m.type == "ORG"}


def test_a_model_named_after_a_kind_of_product_or_quoted_after_its_kind():
    _, mentions, _ = _mentions("星河科技的大型物流无人机云舟90已开展运输，今年手机销量10万台。云帆科技开发的比价插件“比比熊”走红。")
    products = {m.text for m in mentions if m.type == "PRODUCT"}
    assert "云舟90" in products and "比比熊" in products
    assert not any(p.startswith("销量") for p in products)


def test_a_name_listed_between_two_products_is_a_product():
    from kg.extract.brands import listed_products

    text = "星河科技的Orbit GX、Zephyr与Nova W5覆盖多个场景，王明与Zephyr见面。"
    ms = [Mention("t", text.index(n), text.index(n) + len(n), n, ty, "en", src)
          for n, ty, src in (("Orbit GX", "PRODUCT", "rule"), ("Zephyr", "PERSON", "ner"), ("Nova W5", "PRODUCT", "rule"))]
    assert [m.type for m in listed_products(ms, text)] == ["PRODUCT"] * 3
    assert listed_products(ms[1:], text)[0].type == "PERSON"  # not listed between two products


def test_a_product_family_and_a_capitalized_word_after_it_are_one_model_in_chinese_text():
    from kg.extract.brands import family_models

    text = "星河则宣布Orbit Speed、Orbit Lite两款模型免费，Orbit Inc表示。"
    cands = [Mention("t", i, i + 5, "Orbit", "PRODUCT", "en", "ruler") for i in (5, 17, 33)]
    assert [m.text for m in family_models(cands, text)] == ["Orbit Speed", "Orbit Lite"]  # not a company's "Inc"


@pytest.mark.parametrize("text, name", [
    ("组件企业澜汐新能（603999.SH）迎来管理层大换血。", "澜汐新能"),
    ("新式茶饮品牌茶小暖（02599.HK）今日挂牌。", "茶小暖"),
    ("证券时报网讯，鸿翊物流（002999）晚间公告称", "鸿翊物流"),
    ("据悉，鸿翊物流（601999.SH，02999.HK）昨晚发布年报。", "鸿翊物流"),
])
def test_a_name_before_its_stock_code_is_a_listed_company(text, name):
    from kg.extract.zh_orgs import coded_orgs

    assert name in {text[a:b] for a, b in coded_orgs(text)}
    _, mentions, _ = _mentions(text)
    orgs = {m.text for m in mentions if m.type == "ORG"}
    assert name in orgs and not orgs & {"HK", "SH"}  # the code's market is no organization


def test_a_stock_code_bracket_needs_a_code():
    from kg.extract.zh_orgs import coded_orgs

    assert coded_orgs("营收增长18%（2025年）。澜汐新能（下称“澜汐”）发布年报，公司（3月5日）公告。") == []


def test_a_model_name_cut_short_is_the_full_name_the_document_gives_elsewhere():
    from kg.extract.aliases import grown_names

    text = "澜汐新能（603999.SH）公告。2017年澜汐新能在上交所上市。"
    second = text.rindex("澜汐新能")
    mentions = [Mention("t", 0, 4, "澜汐新能", "ORG", "zh", "orgrule"),
                Mention("t", second, second + 2, "澜汐", "ORG", "zh", "ner"),
                Mention("t", text.index("上交所"), text.index("上交所") + 3, "上交所", "ORG", "zh", "ruler")]
    assert [m.text for m in grown_names(mentions, text)] == ["澜汐新能", "澜汐新能", "上交所"]
    # ... its head cut off too ("于2022年加盟睿澜汐新能": the model read 澜汐新能 after 盟睿)
    text = "睿澜汐新能首席执行官王明表示，他于2022年加盟睿澜汐新能。"
    second = text.rindex("澜汐新能")
    mentions = [Mention("t", 0, 5, "睿澜汐新能", "ORG", "zh", "orgrule"),
                Mention("t", second, second + 4, "澜汐新能", "ORG", "zh", "ner")]
    grown = grown_names(mentions, text)
    assert [(m.text, text[m.start:m.end]) for m in grown] == [("睿澜汐新能", "睿澜汐新能")] * 2


def test_a_post_changing_hands_is_no_organization_before_the_title():
    _, mentions, _ = _mentions("2022年，沈国梁卸任董事长和首席执行官，时任副总裁顾明川接任首席执行官。")
    assert not any(m.type == "ORG" for m in mentions)


def test_a_post_after_an_organization_is_cut_from_the_models_name():
    from kg.extract.trims import trim

    text = "澜海证券纺织服装行业分析师刘峥认为，星河新闻记者王平报道。"
    for name, want in (("澜海证券纺织服装行业分析师", "澜海证券"), ("星河新闻记者", "星河新闻")):
        a = text.index(name)
        got = trim(Mention("t", a, a + len(name), name, "ORG", "zh", "ner"), text)
        assert got is not None and got.text == want


def test_unnamed_members_of_a_list_of_companies_are_organizations():
    _, mentions, _ = _mentions("在工业视觉赛道，灵枢智能正面临澜奇智、阿丘科技等公司的竞争。")
    orgs = {m.text for m in mentions if m.type == "ORG"}
    assert "澜奇智" in orgs and not any(o.endswith("赛道") for o in orgs)
    _, mentions, _ = _mentions("腾讯、阿里巴巴和国内市场等公司纷纷入局。")
    assert "国内市场" not in {m.text for m in mentions}  # a phrase of common words names nothing


def test_a_count_after_a_models_organization_is_cut():
    from kg.extract.trims import trim

    text = "引入澜海中国三家基石投资者。"
    name = "澜海中国三家基石"
    a = text.index(name)
    assert trim(Mention("t", a, a + len(name), name, "ORG", "zh", "ner"), text).text == "澜海中国"


def test_an_english_name_an_apposition_calls_a_kind_of_company_is_an_organization():
    from kg.extract.en_names import described_companies_en

    def found(text):
        return {(m.text, m.type) for m in described_companies_en("d", text, 0, len(text))}

    assert ("Norvex", "ORG") in found("Norvex, Britain's biggest supermarket group, said on Thursday sales rose.")
    assert ("Velmora Foods", "ORG") in found("Velmora Foods, a Shanghai-based drugmaker that makes generics, grew.")
    assert ("Kestrel", "ORG") in found("Shares of Kestrel, the largest chipmaker in Taiwan, fell.")
    # not a kind a person may be, nor an apposition that goes on to someone's post, nor a place's nickname
    assert not found("Jane Holt, a billionaire investor, said so.")
    assert not found("John Roe, a company spokesman, declined to comment.")
    assert not found("Beijing, China's capital city, said so.")
    assert not found("Norvex, Narnia's biggest supermarket group, said so.")  # Narnia is no place kg knows


def test_a_quoted_name_launched_after_its_described_kind_is_a_product():
    doc = Document("t", "星河电池发布628Ah储能电芯“Orbit”。星河智能发布了面向中小工厂的质检一体机“灵眸”。"
                        "星河电器推出蒸烤一体机“云栖”、智能油烟机“听风”。部门发布主题为“数字先行”的方案。"
                        "研究院发布《2026年行业绿皮书》，协会发布“全球储备月报”。")
    products = {m.text for seg in split_segments(doc) for m in rule_mentions(doc, seg) if m.type == "PRODUCT"}
    assert products == {"Orbit", "灵眸", "云栖", "听风"}  # not a theme, a report or a monthly


def test_an_agreement_title_is_no_product():
    _, mentions, _ = _mentions("星河电力与川能服务有限公司签订《战略合作框架协议》。")
    assert not [m for m in mentions if m.type == "PRODUCT"]


def test_an_institution_named_for_two_fields_is_one_organization():
    spans = _org_names

    assert spans("中国科学院上海微系统与信息技术研究所团队宣布") == ["中国科学院上海微系统与信息技术研究所"]
    assert spans("上海市卫生和健康发展研究中心主任指出") == ["上海市卫生和健康发展研究中心"]
    assert spans("据俄罗斯联邦委员会国防与安全委员会说明") == ["俄罗斯联邦委员会国防与安全委员会"]
    # a name after the conjunction is an organization of its own
    assert spans("腾讯与阿里研究院合作") == ["阿里研究院"]
    assert spans("明牌珠宝与国际铂金协会合作") == []  # a company and another body
    assert spans("记者与重庆小康工业集团股份有限公司") == ["重庆小康工业集团股份有限公司"]


def test_a_unit_named_after_its_parent_and_a_former_employer_word():
    spans = _org_names

    assert spans("由星河传媒旗下彩云屋影业出品的动画电影") == ["彩云屋影业"]
    assert "尚岳资本" in spans("京东以及上汽集团旗下尚岳资本跟投。")
    # a kind of company after 旗下 is no name
    assert spans("星河旗下的投资公司") == [] and spans("华润三九为中国华润旗下的医药上市公司。") == []
    assert spans("原中国银行董事长表示") == ["中国银行"]  # 原: former, not a part of the name


def test_a_rare_name_after_a_companys_de_listed_or_said_to_be_something_is_its_product():
    from kg.extract.owned_products import owned_products

    def owned(text, company):
        a = text.index(company)
        org = Mention("t", a, a + len(company), company, "ORG", "zh", "ruler", "company")
        return [m.text for m in owned_products([org], text)]

    assert owned("例如，君实生物的君适达是目录中唯一的国产降脂新药。", "君实生物") == ["君适达"]
    assert owned("以君实生物的拓益为例，其适应症均已纳入目录。", "君实生物") == ["拓益"]
    # a common word, a coinage of common words, a dictionary word and a person's name are none
    for text in ("腾讯的优势是社交。", "拆解星河制药的新逻辑。", "星河电商的罚单、上市长跑。", "星河电商的王宁表示看好。"):
        company = text[text.index("的") - 4 if "星河" in text else 0:text.index("的")]
        assert owned(text, company) == [], text
