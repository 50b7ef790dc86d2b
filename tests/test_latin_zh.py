"""Latin names in Chinese text, typed by the Chinese words around them (kg.extract.latin_zh)."""
import pytest

from kg.extract.latin_zh import latin_runs, typed_latin_names
from kg.pipeline import extract_document
from kg.records import Document


def _typed(text):
    return {(text[a:b], t) for a, b, t in typed_latin_names(text, 0, len(text))}


def test_runs_are_whole_latin_names_and_skip_generic_words():
    text = "由T. Rowe Price和Northgate Partners领投，AI公司与GPU厂商、99Food、iLumo都在其中。"
    runs = {text[a:b] for a, b in latin_runs(text, 0, len(text))}
    assert {"T. Rowe Price", "Northgate Partners", "99Food", "iLumo"} <= runs
    assert not runs & {"AI", "GPU"}


@pytest.mark.parametrize("text, expected", [
    ("Lumora去年12月完成3亿美元C轮融资。", ("Lumora", "ORG")),  # what only organizations do
    ("本轮由Northgate Atlantic领投，多家机构跟投。", ("Northgate Atlantic", "ORG")),
    ("Velocor联合创始人表示，订单已经排到明年。", ("Velocor", "ORG")),
    ("Lumora于今年3月发布Vexa-2。", ("Lumora", "ORG")),  # launches a named product
    ("旗下潮玩品牌PLAY LAB已递交申请。", ("PLAY LAB", "ORG")),  # after a kind of organization
    ("外卖平台Quickbite是当地龙头。", ("Quickbite", "ORG")),
    ("Quickbite是荷兰投资集团旗下的外卖平台。", ("Quickbite", "ORG")),  # described as a company
    ("该轮由Harbor Capital参投。", ("Harbor Capital", "ORG")),  # an organization's head word
    ("Orbix由两位前苹果员工创立。", ("Orbix", "ORG")),
    ("公司联合创始人、总裁JK Moon表示，试验仍在进行。", ("JK Moon", "PERSON")),  # after a title
    ("前谷歌工程师Dana Whitfield说，模型还不够稳定。", ("Dana Whitfield", "PERSON")),
])
def test_context_types_a_latin_name(text, expected):
    assert expected in _typed(text)


@pytest.mark.parametrize("text, name", [
    ("Vexa 2于9月发布后，用户增长很快。", "Vexa"),  # a product launched: no organization
    ("字节跳动开源了开发平台Coze Studio。", "Coze Studio"),  # a developer's platform is a product
    ("很多用户喜欢Lumora的界面。", "Lumora"),  # no cue: left to the model
])
def test_no_cue_no_type(text, name):
    assert name not in {n for n, _ in _typed(text)}


def test_a_list_of_people_shares_the_type():
    text = "Orbix由两位前苹果员工Imran Castell和Bethany Moor创立。"
    assert {("Imran Castell", "PERSON"), ("Bethany Moor", "PERSON"), ("Orbix", "ORG")} <= _typed(text)


def test_latin_names_in_chinese_text_give_relations_and_events():
    x = extract_document(Document("t", "Lumora去年12月发布Vexa-2，今年2月又完成3亿美元C轮融资，由Northgate Atlantic领投。",
                                  None, "2026-03-01"))
    rels = {(r.subject.text, r.predicate, r.object.text) for r in x.relations}
    assert ("Lumora", "develops", "Vexa-2") in rels
    assert ("Northgate Atlantic", "investsIn", "Lumora") in rels
    launch = next(e for e in x.events if e.type == "ProductLaunch")
    assert ("company", "Lumora") in {(p.role, p.mention.text) for p in launch.participants}


def test_founders_listed_before_the_verb():
    x = extract_document(Document("t", "Orbix由两位前苹果员工张伟和李娜创立。"))
    founders = {r.subject.text for r in x.relations if r.predicate == "founderOf" and r.object.text == "Orbix"}
    assert founders == {"张伟", "李娜"}


@pytest.mark.parametrize("text, expected", [
    ("星河通讯旗下品牌云雀（Skylark）联合发布新机。", {("云雀", "ORG"), ("Skylark", "ORG")}),
    ("东岭旗下拥有北极狐（ARCTIC FOX）等品牌。", {("北极狐", "ORG"), ("ARCTIC FOX", "ORG")}),
    ("青枫机器人（Q-Robotics）是星海旗下的机器人公司。", {("青枫机器人", "ORG"), ("Q-Robotics", "ORG")}),
])
def test_a_latin_alias_in_brackets_is_typed_with_its_chinese_name(text, expected):
    assert expected <= _typed(text)


def test_a_glossed_term_is_no_name():
    assert not _typed("人工智能（Artificial Intelligence）的发展很快，大语言模型（LLM）也是。")


def test_frequent_verbs_are_no_organizations_but_rare_words_jieba_tags_as_verbs_are():
    from kg.extract.titles import common_verb

    assert common_verb("成立") and common_verb("融资")
    assert not common_verb("彪马") and not common_verb("控股")


def test_a_founder_in_brackets_and_a_lead_s_team():
    assert ("Orbix", "ORG") in _typed("美国的Orbix（马斯克创立）进展很快。")
    assert ("Edward Moor", "PERSON") in _typed("加州大学（UCSF，Edward Moor团队）也在其中。")


def test_a_latin_name_that_signs_an_agreement_after_with_is_an_organization():
    assert ("Q-Systems", "ORG") in _typed("本周一，星河游戏与Q-Systems签署协议，将数据迁移至欧洲。")
    assert ("Q-Systems", "ORG") in _typed("星河游戏与北方电信（Nordtel）旗下的Q-Systems签署协议。")
    # a person's first and last name signs too (an endorsement), and a name with no deal stays untyped
    assert ("Mason Reed", "ORG") not in _typed("星河运动与Mason Reed签署代言协议。")
    assert not _typed("星河游戏与Q-Systems的差距很大。")
