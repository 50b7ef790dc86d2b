"""Relation patterns over typed mentions (no NLP model needed)."""
import pytest

from kg.extract.relations import extract_relations
from kg.records import Mention, ParsedSegment, Segment
from kg.segment import detect_lang


def mentions_of(text, names):
    """names: [(surface, type, kind)]; every occurrence of the surface becomes a mention, in order."""
    lang = detect_lang(text)
    mentions = []
    for surface, type_, kind in names:
        start = text.find(surface)
        while start >= 0:
            mentions.append(Mention("d", start, start + len(surface), surface, type_, lang, "test", kind))
            start = text.find(surface, start + len(surface))
    return sorted(mentions, key=lambda m: m.start), lang


def _run(text, names):
    mentions, lang = mentions_of(text, names)
    ps = ParsedSegment(Segment("d", 0, len(text), lang), (), tuple(mentions))
    return {(r.subject.text, r.predicate, r.object.text) for r in extract_relations(text, [ps], mentions)}


ORG, PER, PROD = "ORG", "PERSON", "PRODUCT"


@pytest.mark.parametrize("text,names,expected", [
    ("Acme's CEO Jane Doe said so.", [("Acme", ORG, "company"), ("Jane Doe", PER, None)],
     ("Jane Doe", "ceoOf", "Acme")),
    ("Jane Doe, chief executive of Acme, said so.", [("Acme", ORG, None), ("Jane Doe", PER, None)],
     ("Jane Doe", "ceoOf", "Acme")),
    ("Acme chairman John Roe spoke.", [("Acme", ORG, None), ("John Roe", PER, None)],
     ("John Roe", "chairOf", "Acme")),
    ("Beta, a unit of Acme, grew.", [("Acme", ORG, None), ("Beta", ORG, None)],
     ("Beta", "subsidiaryOf", "Acme")),
    ("Acme's sub-brand Beta grew.", [("Acme", ORG, None), ("Beta", ORG, None)],
     ("Beta", "subsidiaryOf", "Acme")),
    ("Acme listed on the STAR Market in May.", [("Acme", ORG, None), ("STAR Market", ORG, "exchange")],
     ("Acme", "listedOn", "STAR Market")),
    ("Acme acquired Beta for $2 billion.", [("Acme", ORG, None), ("Beta", ORG, None)],
     ("Acme", "acquires", "Beta")),
    ("Acme led the $50 million round in Beta.", [("Acme", ORG, None), ("Beta", ORG, None)],
     ("Acme", "investsIn", "Beta")),
    ("Acme launched the X200 phone.", [("Acme", ORG, None), ("X200", PROD, None)],
     ("Acme", "develops", "X200")),
    ("甲公司董事长张三表示", [("甲公司", ORG, None), ("张三", PER, None)], ("张三", "chairOf", "甲公司")),
    ("李四担任甲公司董事长", [("甲公司", ORG, None), ("李四", PER, None)], ("李四", "chairOf", "甲公司")),
    ("甲公司旗下乙品牌发布新车", [("甲公司", ORG, None), ("乙品牌", ORG, None)], ("乙品牌", "subsidiaryOf", "甲公司")),
    ("甲公司于港交所上市", [("甲公司", ORG, None), ("港交所", ORG, "exchange")], ("甲公司", "listedOn", "港交所")),
    ("甲公司收购乙公司", [("甲公司", ORG, None), ("乙公司", ORG, None)], ("甲公司", "acquires", "乙公司")),
    ("甲公司与乙公司达成战略合作", [("甲公司", ORG, None), ("乙公司", ORG, None)], ("甲公司", "partnerOf", "乙公司")),
    ("甲公司推出X9手机", [("甲公司", ORG, None), ("X9", PROD, None)], ("甲公司", "develops", "X9")),
])
def test_patterns_both_languages(text, names, expected):
    assert expected in _run(text, names)


def test_lists_share_the_relation():
    found = _run("甲公司推出A1、A2和A3模型", [("甲公司", ORG, None), ("A1", PROD, None), ("A2", PROD, None),
                                       ("A3", PROD, None)])
    assert {("甲公司", "develops", p) for p in ("A1", "A2", "A3")} <= found


def test_officer_lists_carry_the_organization():
    found = _run("甲公司董事长张三、甲公司总裁李四及CEO王五出席", [("甲公司", ORG, None), ("张三", PER, None),
                                                  ("李四", PER, None), ("王五", PER, None)])
    assert ("王五", "ceoOf", "甲公司") in found
    assert ("张三", "chairOf", "甲公司") in found


@pytest.mark.parametrize("text", [
    "Acme was rumoured to acquire Beta.", "Acme may acquire Beta.", "甲公司否认收购乙公司", "甲公司拟收购乙公司",
])
def test_hedged_or_negated_statements_are_not_facts(text):
    names = [("Acme", ORG, None), ("Beta", ORG, None), ("甲公司", ORG, None), ("乙公司", ORG, None)]
    assert not {r for r in _run(text, names) if r[1] == "acquires"}


def test_types_are_checked_and_cooccurrence_is_not_a_relation():
    # a person cannot be listed on an exchange; a product cannot be a CEO's employer
    assert not _run("Jane Doe listed on the STAR Market.", [("Jane Doe", PER, None), ("STAR Market", ORG, "exchange")])
    assert not _run("Acme's CEO X200 said.", [("Acme", ORG, None), ("X200", PROD, None)])
    assert not _run("Acme and Beta reported results; Jane Doe spoke.",
                    [("Acme", ORG, None), ("Beta", ORG, None), ("Jane Doe", PER, None)])


@pytest.mark.parametrize("text,names,expected", [
    ("甲集团有限公司党委书记、董事局主席张三出席", [("甲集团", ORG, None), ("张三", PER, None)],
     ("张三", "chairOf", "甲集团")),
    ("乙科技创始人兼首席执行官李四表示", [("乙科技", ORG, None), ("李四", PER, None)], ("李四", "ceoOf", "乙科技")),
    ("乙科技创始人兼首席执行官李四表示", [("乙科技", ORG, None), ("李四", PER, None)], ("李四", "founderOf", "乙科技")),
    ("丙大学计算机系教授王五指出", [("丙大学", ORG, None), ("王五", PER, None)], ("王五", "worksFor", "丙大学")),
    ("赵六与钱七一起创立了丁公司", [("丁公司", ORG, None), ("赵六", PER, None), ("钱七", PER, None)],
     ("赵六", "founderOf", "丁公司")),
    ("丁公司由赵六先生于1990年创办", [("丁公司", ORG, None), ("赵六", PER, None)], ("赵六", "founderOf", "丁公司")),
    ("Ann Lee, director of the Institute of Studies, said.", [("Institute of Studies", ORG, None),
                                                              ("Ann Lee", PER, None)],
     ("Ann Lee", "worksFor", "Institute of Studies")),
    ("Bob Ray, an Acme employee, said.", [("Acme", ORG, None), ("Bob Ray", PER, None)], ("Bob Ray", "worksFor", "Acme")),
    ("Acme Research Director Cy Young spoke.", [("Acme", ORG, None), ("Cy Young", PER, None)],
     ("Cy Young", "worksFor", "Acme")),
])
def test_title_chains_and_other_wordings(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,expected", [
    ("张三，1962年生，甲农化股份有限公司董事长，高级农艺师", ("张三", "chairOf", "甲农化股份有限公司")),
    ("张三职务：甲餐饮管理有限公司董事长", ("张三", "chairOf", "甲餐饮管理有限公司")),
    ("张三现任甲公司首席执行官", ("张三", "ceoOf", "甲公司")),
])
def test_person_first_wordings(text, expected):
    org = expected[2]
    assert expected in _run(text, [(org, ORG, None), ("张三", PER, None)])


def test_person_first_needs_the_title_to_be_theirs():
    # the title belongs to the person named right after it, not to the one before
    found = _run("张三说，甲公司董事长李四表示", [("甲公司", ORG, None), ("张三", PER, None), ("李四", PER, None)])
    assert ("李四", "chairOf", "甲公司") in found
    assert ("张三", "chairOf", "甲公司") not in found


@pytest.mark.parametrize("text,expected", [
    ("Ann Lee at the Institute of Mechanics has made progress.", ("Ann Lee", "worksFor", "Institute of Mechanics")),
    ("Ann Lee, a professor of political science at Institute of Mechanics, said.",
     ("Ann Lee", "worksFor", "Institute of Mechanics")),
])
def test_person_at_organization(text, expected):
    assert expected in _run(text, [("Institute of Mechanics", ORG, None), ("Ann Lee", PER, None)])


def test_company_with_its_product_in_parentheses():
    text = "阿里巴巴（通义千问）与腾讯 (元宝) 都投入了红包。"
    got = _run(text, [("阿里巴巴", ORG, "company"), ("通义千问", PROD, None), ("腾讯", ORG, "company"),
                      ("元宝", PROD, None)])
    assert ("阿里巴巴", "develops", "通义千问") in got and ("腾讯", "develops", "元宝") in got


def test_brand_develops_its_model():
    text = "小米的新机很受欢迎。小米17 Pro今天开售。"
    mentions = [Mention("d", 0, 2, "小米", ORG, "zh", "test", "company"),
                Mention("d", 10, 18, "小米17 Pro", PROD, "zh", "rule", "model")]
    parsed = [ParsedSegment(Segment("d", 0, 10, "zh"), (), (mentions[0],)),
              ParsedSegment(Segment("d", 10, len(text), "zh"), (), (mentions[1],))]
    rels = extract_relations(text, parsed, mentions)
    assert [(r.subject.text, r.predicate, r.object.text) for r in rels] == [("小米", "develops", "小米17 Pro")]
    assert rels[0].evidence.sent_start == 10  # the product's sentence is the evidence


@pytest.mark.parametrize("text,names,expected", [
    ("北京星河创业集团有限公司王建国任集团公司董事长。", [("北京星河创业集团有限公司", ORG, "company"), ("王建国", PER, None)],
     ("王建国", "chairOf", "北京星河创业集团有限公司")),
    ("记者与重庆星河工业集团股份有限公司(以下简称星河集团)创始人、董事长张星海进行了对话",
     [("重庆星河工业集团股份有限公司", ORG, "company"), ("星河集团", ORG, "company"), ("张星海", PER, None)],
     ("张星海", "chairOf", "重庆星河工业集团股份有限公司")),  # the full name, not the short one it states
    ("1987年，张三与5名股东筹资成立了深圳市星河技术有限公司。", [("张三", PER, None), ("星河技术有限公司", ORG, "company")],
     ("张三", "founderOf", "星河技术有限公司")),
])
def test_more_chinese_role_wordings(text, names, expected):
    assert expected in _run(text, names)


def test_a_bracket_or_list_ends_the_founding_clause():
    got = _run("美国的Neuralink（马斯克创立）及加州大学旧金山分校进行深度对标。",
               [("Neuralink", ORG, "company"), ("马斯克", PER, None), ("加州大学", ORG, "university")])
    assert ("马斯克", "founderOf", "加州大学") not in got


def test_partner_of_as_named_partner():
    got = _run("此前，甲公司是乙公司的首发合作伙伴。", [("甲公司", ORG, "company"), ("乙公司", ORG, "company")])
    assert ("甲公司", "partnerOf", "乙公司") in got


def test_joint_launch_makes_both_developers_and_partners():
    got = _run("上海交通大学与腾讯联合推出BALTO框架。",
               [("上海交通大学", ORG, "university"), ("腾讯", ORG, "company"), ("BALTO", PROD, None)])
    assert {("腾讯", "develops", "BALTO"), ("上海交通大学", "develops", "BALTO"),
            ("上海交通大学", "partnerOf", "腾讯")} <= got


@pytest.mark.parametrize("text,expected", [
    ("Joseph Cicippio, 58, was acting comptroller at the American University of Beirut.",
     ("Joseph Cicippio", "worksFor", "American University of Beirut")),
    ("Walter Mears, vice and columnist for The Associated Press, has reported.",
     ("Walter Mears", "worksFor", "Associated Press")),
    ("Stephanie Powell, of the DEM, said so.", ("Stephanie Powell", "worksFor", "DEM")),
])
def test_english_appositives_with_age_and_capital_the(text, expected):
    person, _, org = expected
    assert expected in _run(text, [(person, PER, None), (org, ORG, None)])


def test_joint_launch_with_a_date_between_and_joint_publishing_is_no_partnership():
    got = _run("星河科技于1月12日与清华大学联合研发了Orbit-2。",
               [("星河科技", ORG, "company"), ("清华大学", ORG, "university"), ("Orbit-2", PROD, None)])
    assert {("星河科技", "develops", "Orbit-2"), ("星河科技", "partnerOf", "清华大学")} <= got
    got = _run("甲部与乙局联合发布的数据显示增长。", [("甲部", ORG, None), ("乙局", ORG, None)])
    assert not {r for r in got if r[1] == "partnerOf"}


def test_patterns_read_through_markdown_emphasis():
    got = _run("星河科技旗下的**Orbit助手**在年底上线。",
               [("星河科技", ORG, "company"), ("Orbit助手", PROD, None)])
    assert ("星河科技", "develops", "Orbit助手") in got


def test_a_brand_develops_its_hyphenated_or_spaced_product_names():
    from kg.extract.relations import brand_relations

    text = "Zentra是一家公司。Zentra-V4很快，Zentra Glass也是。Metaverse不是。"
    names = [("Zentra", ORG, "company"), ("Zentra-V4", PROD, None), ("Zentra Glass", PROD, None),
             ("Metaverse", PROD, None), ("Meta", ORG, "company")]
    mentions = sorted((Mention("d", text.index(s), text.index(s) + len(s), s, t, "zh", "test", k)
                       for s, t, k in names), key=lambda m: m.start)
    ps = ParsedSegment(Segment("d", 0, len(text), "zh"), (), tuple(mentions))
    got = {(r.subject.text, r.object.text) for r in brand_relations(text, [ps], mentions)}
    assert got == {("Zentra", "Zentra-V4"), ("Zentra", "Zentra Glass")}


@pytest.mark.parametrize("text,names,expected", [
    ("星河科技（Xinghe）与北辰集团（Beichen）的竞争加剧。",
     [("星河科技", ORG, None), ("Xinghe", ORG, None), ("北辰集团", ORG, None), ("Beichen", ORG, None)],
     ("星河科技", "competesWith", "北辰集团")),
    ("2026代理人战争：星河科技对决北辰集团", [("星河科技", ORG, None), ("北辰集团", ORG, None)],
     ("星河科技", "competesWith", "北辰集团")),
    ("星河科技（Xinghe）于2025年在港交所上市。",
     [("星河科技", ORG, None), ("Xinghe", ORG, None), ("港交所", ORG, "exchange")],
     ("星河科技", "listedOn", "港交所")),
    ("Orbit助手是星河科技推出的一款应用。", [("Orbit助手", PROD, None), ("星河科技", ORG, None)],
     ("星河科技", "develops", "Orbit助手")),
])
def test_bracketed_aliases_rivalry_and_passive_launches(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,person,org", [
    ("Ann Lee, a Zentra operations manager, said so.", "Ann Lee", "Zentra"),
    ("Bo Chan, attorney for the Peruvian mining company Minco, spoke.", "Bo Chan", "Minco"),
    ("Coast Guard Lt. Steve Hart said so.", "Steve Hart", "Coast Guard"),
    ("Gary Hei, a plant physiologist with the USDA, says so.", "Gary Hei", "USDA"),
    ("Ann Lee and Bo Chan of Brown University say so.", "Ann Lee", "Brown University"),
    ("Zentra Inspector Ann Lee said so.", "Ann Lee", "Zentra"),
    ("Zentra spokesman Lt. Ann Lee said so.", "Ann Lee", "Zentra"),
    ("Ann Lee, a research fellow at the Zentra Institute, said so.", "Ann Lee", "Zentra Institute"),
    ("Ann Lee, the head of the Zentra Agency, said so.", "Ann Lee", "Zentra Agency"),
    ("First Deputy Commander of the Russian Pacific Fleet Igor Khmelnov flew to the site.", "Igor Khmelnov",
     "Russian Pacific Fleet"),
    ("Anderson is Middle East correspondent for The Associated Press.", "Anderson", "The Associated Press"),
    ("W. Dale Nelson covers the White House for The Associated Press.", "W. Dale Nelson", "The Associated Press"),
    ("Knight-Ridder said it has named Larry Jinks publisher of the San Jose Mercury News.", "Larry Jinks",
     "San Jose Mercury News"),
    ("The Foreign Ministry's Southeast Asian Department Chief Don Paramatwinai spoke.", "Don Paramatwinai",
     "The Foreign Ministry"),
    ("Robert Bernero, chief of waste disposal for the NRC, said so.", "Robert Bernero", "NRC"),
    ("Franca Chlistovsky, who heads the Brera Institute in Milan, said so.", "Franca Chlistovsky", "Brera Institute"),
    ("David Foster is the AP's Northwest regional reporter.", "David Foster", "AP"),
    ("A University of Texas law professor, Wright helped devise the argument.", "Wright", "University of Texas"),
    ("FAA Administrator Allan McArtor issued the order.", "Allan McArtor", "FAA"),
])
def test_english_employment_wordings(text, person, org):
    assert (person, "worksFor", org) in _run(text, [(person, PER, None), (org, ORG, None), ("Bo Chan", PER, None)])


@pytest.mark.parametrize("text,names,expected", [
    ("星河中国董事长李四出席。", [("星河", ORG, None), ("李四", PER, None)], ("李四", "chairOf", "星河")),
    ("星河集团原党委书记、董事长李四被查。", [("星河集团", ORG, None), ("李四", PER, None)],
     ("李四", "chairOf", "星河集团")),
    ("星河公司的创始人是李四。", [("星河公司", ORG, None), ("李四", PER, None)], ("李四", "founderOf", "星河公司")),
])
def test_china_arms_former_titles_and_copulas(text, names, expected):
    assert expected in _run(text, names)


def test_a_company_owns_the_quoted_app_it_names_with_a_category():
    got = _run('星河科技旗下AI应用"星图"用户破亿。', [("星河科技", ORG, "company"), ("星图", PROD, None)])
    assert ("星河科技", "develops", "星图") in got


def test_a_brand_product_pair_does_not_extend_over_a_list_of_other_products():
    got = _run("随着Zentra Orbit 3、Beichen Lumen等模型的迭代。",
               [("Zentra", ORG, "company"), ("Orbit 3", PROD, None), ("Beichen Lumen", PROD, None)])
    assert ("Zentra", "develops", "Orbit 3") in got and ("Zentra", "develops", "Beichen Lumen") not in got


def test_a_name_before_a_code_is_a_maker_only_when_it_is_a_known_company():
    names = [("DeepEncoder", ORG, None), ("V2", PROD, None)]
    assert ("DeepEncoder", "develops", "V2") not in _run("该模型通过创新的DeepEncoder V2架构。", names)


@pytest.mark.parametrize("text", ["星河科技联手北辰集团推出新品。", "星河科技与北辰集团正式牵手。", "星河科技宣布携手北辰集团。"])
def test_joining_hands_is_a_partnership(text):
    assert ("星河科技", "partnerOf", "北辰集团") in _run(text, [("星河科技", ORG, None), ("北辰集团", ORG, None)])


def test_english_company_with_its_product_in_brackets():
    got = _run("Zentra (Orbit) and Beichen (Lumen) lead.",
               [("Zentra", ORG, "company"), ("Orbit", PROD, None), ("Beichen", ORG, "company"), ("Lumen", PROD, None)])
    assert {("Zentra", "develops", "Orbit"), ("Beichen", "develops", "Lumen")} <= got


def test_a_gloss_in_brackets_is_no_maker():
    # only a known company (lexicon or legal suffix) makes a product in brackets
    assert not _run("越来越多的应用把功能封装为SKILL（技能插件）。", [("SKILL", PROD, None), ("技能插件", ORG, None)])
    assert not _run("标准化部门开启了国际光网络（ION-2030）研究。", [("国际光网络", ORG, None), ("ION-2030", PROD, None)])


def test_a_deputy_title_is_still_a_job():
    got = _run("星河研究院副院长王五认为，形势向好。", [("星河研究院", ORG, None), ("王五", PER, None)])
    assert ("王五", "worksFor", "星河研究院") in got


def test_a_vice_chair_is_no_chair():
    got = _run("星河集团副董事长王五出席。", [("星河集团", ORG, None), ("王五", PER, None)])
    assert ("王五", "chairOf", "星河集团") not in got and ("王五", "worksFor", "星河集团") in got


@pytest.mark.parametrize("text,names,expected,not_expected", [
    # elected to a post
    ("甲集团董事长张三当选为乙银行董事长", [("甲集团", ORG, None), ("乙银行", ORG, None), ("张三", PER, None)],
     {("张三", "chairOf", "甲集团"), ("张三", "chairOf", "乙银行")}, {("张三", "worksFor", "乙银行")}),
    # a stock code between the company and the title
    ("甲药业(港股01234)集团董事局主席李四认为", [("甲药业", ORG, None), ("李四", PER, None)],
     {("李四", "chairOf", "甲药业")}, set()),
    # "under the leadership of its chairman"
    ("甲公司在董事长王五的带领下起家", [("甲公司", ORG, None), ("王五", PER, None)],
     {("王五", "chairOf", "甲公司")}, set()),
    # a list of offices, one with a modifier
    ("对甲公司董事长、总经理、财务总监赵六给予处分", [("甲公司", ORG, None), ("赵六", PER, None)],
     {("赵六", "chairOf", "甲公司"), ("赵六", "worksFor", "甲公司")}, set()),
])
def test_chinese_posts_in_more_wordings(text, names, expected, not_expected):
    found = _run(text, names)
    assert expected <= found
    assert not (not_expected & found)


@pytest.mark.parametrize("text,names,expected", [
    ("在国内市场，通义千问（阿里巴巴）和文心一言（百度）领先。",
     [("通义千问", PROD, None), ("阿里巴巴", ORG, "company"), ("文心一言", PROD, None), ("百度", ORG, "company")],
     {("阿里巴巴", "develops", "通义千问"), ("百度", "develops", "文心一言")}),
    ("In the table, Kimi (Moonshot AI) ranked third.", [("Kimi", PROD, None), ("Moonshot AI", ORG, "company")],
     {("Moonshot AI", "develops", "Kimi")}),
    ("Dola作为字节跳动的核心AI助理产品，增长迅速。", [("Dola", PROD, None), ("字节跳动", ORG, None)],
     {("字节跳动", "develops", "Dola")}),
    ("在字节跳动的全球版图中，Dola作为其核心AI助理产品，增长迅速。", [("Dola", PROD, None), ("字节跳动", ORG, None)],
     {("字节跳动", "develops", "Dola")}),
    ("字节跳动与阿里巴巴在AI应用领域展开激烈竞争。", [("字节跳动", ORG, None), ("阿里巴巴", ORG, None)],
     {("字节跳动", "competesWith", "阿里巴巴")}),
    ("OpenAI hired former Meta executive Fidji Simo as CEO of Applications.",
     [("OpenAI", ORG, None), ("Meta", ORG, None), ("Fidji Simo", PER, None)],
     {("Fidji Simo", "worksFor", "OpenAI")}),
])
def test_makers_in_brackets_its_products_rivals_and_hires(text, names, expected):
    assert expected <= _run(text, names)


def test_a_product_in_brackets_is_not_its_neighbours():
    # "A (B)、C (D)": each product gets its own maker only
    found = _run("通义千问（阿里巴巴）、文心一言（百度）", [("通义千问", PROD, None), ("阿里巴巴", ORG, None),
                                                  ("文心一言", PROD, None), ("百度", ORG, None)])
    assert ("阿里巴巴", "develops", "文心一言") not in found and ("百度", "develops", "通义千问") not in found


@pytest.mark.parametrize("text,names,expected,not_expected", [
    ("大连某俱乐部(董事长徐明)访问了米兰。", [("大连某俱乐部", ORG, None), ("徐明", PER, None)],
     {("徐明", "chairOf", "大连某俱乐部")}, set()),
    ("张三担任星河公司董事长，李四出任总经理。", [("星河公司", ORG, None), ("张三", PER, None), ("李四", PER, None)],
     {("张三", "chairOf", "星河公司")}, {("李四", "chairOf", "星河公司")}),
    ("甲投资有限公司，是由“中国优秀民营企业家”施建祥先生创办的民营企业。", [("甲投资有限公司", ORG, None), ("施建祥", PER, None)],
     {("施建祥", "founderOf", "甲投资有限公司")}, set()),
    ("鸿海精密是郭台铭创立于1974年的制造服务商。", [("鸿海精密", ORG, None), ("郭台铭", PER, None)],
     {("郭台铭", "founderOf", "鸿海精密")}, set()),
])
def test_titles_in_brackets_founders_described_and_a_clause_that_took_the_post(text, names, expected, not_expected):
    found = _run(text, names)
    assert expected <= found and not (not_expected & found)


def test_as_chair_of_x_comma_the_person():
    got = _run("作为甲控股集团有限公司董事长，王立荣爱岗敬业。", [("甲控股集团有限公司", ORG, None), ("王立荣", PER, None)])
    assert ("王立荣", "chairOf", "甲控股集团有限公司") in got


@pytest.mark.parametrize("text", ["甲科技联合乙大学发布了新一代模型。", "甲科技与乙大学签署战略合作协议。",
                                  "甲科技与乙大学共建人工智能联合实验室。"])
def test_joint_work_and_signed_agreements_are_partnerships(text):
    assert ("甲科技", "partnerOf", "乙大学") in _run(text, [("甲科技", ORG, None), ("乙大学", ORG, None)])


@pytest.mark.parametrize("text", ["Zentra and Beichen signed a new multi-year agreement.",
                                  "Zentra signed a licensing deal with Beichen."])
def test_english_agreements_are_partnerships(text):
    assert ("Zentra", "partnerOf", "Beichen") in _run(text, [("Zentra", ORG, None), ("Beichen", ORG, None)])


@pytest.mark.parametrize("text", ["甲科技将与乙大学合作开发新型电池。", "甲科技即将登陆港交所。",
                                  "Zentra will acquire Beichen next year."])
def test_plans_are_no_relations(text):
    names = [("甲科技", ORG, None), ("乙大学", ORG, None), ("港交所", ORG, "exchange"),
             ("Zentra", ORG, None), ("Beichen", ORG, None)]
    assert not _run(text, names)


def test_a_brand_develops_only_products_named_by_rules_or_the_lexicon():
    text = "UCSF的研究显示，UCSF Edward Chang团队取得突破。"
    org = Mention("d", 0, 4, "UCSF", "ORG", "en", "ner", None)
    a = text.index("UCSF Edward")
    prod = Mention("d", a, a + 11, "UCSF Edward", "PRODUCT", "en", "ner", None)
    ps = ParsedSegment(Segment("d", 0, len(text), "zh"), (), (org, prod))
    assert not [r for r in extract_relations(text, [ps], [org, prod]) if r.predicate == "develops"]
    rule = Mention("d", a, a + 11, "UCSF Edward", "PRODUCT", "en", "rule", None)
    ps = ParsedSegment(Segment("d", 0, len(text), "zh"), (), (org, rule))
    assert [r for r in extract_relations(text, [ps], [org, rule]) if r.predicate == "develops"]


@pytest.mark.parametrize("text,org,person", [
    ("星河工业协会常务副会长兼秘书长王五指出，行业面临新挑战。", "星河工业协会", "王五"),
    ("星河智库高级研究员吴六指出，消费占比高。", "星河智库", "吴六"),
    ("星河汽车门店的客户经理龙七表示，到店人数上升。", "星河汽车门店", "龙七"),
    # a centre inside the organization stands between it and the title
    ("星河中心汽车战略与政策研究中心主任钱八认为，这很必要。", "星河中心", "钱八"),
])
def test_modified_titles_and_centres_are_jobs_at_the_organization(text, org, person):
    assert (person, "worksFor", org) in _run(text, [(org, ORG, None), (person, PER, None)])


def test_a_product_with_an_alias_is_its_makers_product():
    text = "在星河科技（Xinghe）的全球版图中，Orbit（原Astra）作为其核心AI助理产品，增长很快。"
    got = _run(text, [("星河科技", ORG, "company"), ("Xinghe", ORG, "company"), ("Orbit", PROD, None),
                      ("Astra", PROD, None)])
    assert ("星河科技", "develops", "Orbit") in got


def test_an_organizations_described_product():
    got = _run("星河科技更先进的Orbit系列仍被列入清单。", [("星河科技", ORG, "company"), ("Orbit", PROD, None)])
    assert ("星河科技", "develops", "Orbit") in got
    # an investment is no product of the investor
    got = _run("星河科技投资的Orbit增长很快。", [("星河科技", ORG, "company"), ("Orbit", PROD, None)])
    assert ("星河科技", "develops", "Orbit") not in got


def test_a_vendor_table_row_states_develops():
    text = ("| 厂商 | 产品 | 投入 |\n|---|---|---|\n| **星河科技** | 星河助手 (Xinghe) | 30亿元 |\n"
            "| 北辰研究院 | 北辰一号 | 5亿元 |\n")
    names = [("星河科技", ORG, "company"), ("星河助手", PROD, None), ("Xinghe", PROD, None),
             ("北辰研究院", ORG, "organization"), ("北辰一号", PROD, None)]
    mentions = []
    for surface, type_, kind in names:
        a = text.index(surface)
        mentions.append(Mention("d", a, a + len(surface), surface, type_, "zh", "test", kind))
    rels = extract_relations(text, [], sorted(mentions, key=lambda m: m.start))
    got = {(r.subject.text, r.predicate, r.object.text) for r in rels}
    assert got == {("星河科技", "develops", "星河助手")}  # a research institute is no known company
    (rel,) = rels
    assert rel.evidence.sentence.startswith("| **星河科技** |") and rel.evidence.extractor == "table.develops"


def test_training_a_model_is_developing_it():
    got = _run("星河科技在用真金白银训练Orbit模型。", [("星河科技", ORG, "company"), ("Orbit", PROD, None)])
    assert ("星河科技", "develops", "Orbit") in got


@pytest.mark.parametrize("text,names,expected", [
    ("Zentra-backed Beichen raised more money.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     ("Zentra", "investsIn", "Beichen")),
    ("星河资本投资的北辰科技发布了新品。", [("星河资本", ORG, None), ("北辰科技", ORG, None)],
     ("星河资本", "investsIn", "北辰科技")),
    ("Zentra-owned Beichen cut jobs.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     ("Beichen", "subsidiaryOf", "Zentra")),
    ("Beichen parent Zentra reported earnings.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     ("Beichen", "subsidiaryOf", "Zentra")),
    ("Nasdaq-listed Beichen rose 5%.", [("Nasdaq", ORG, "exchange"), ("Beichen", ORG, None)],
     ("Beichen", "listedOn", "Nasdaq")),
    ("在纳斯达克上市的北辰科技股价上涨。", [("纳斯达克", ORG, "exchange"), ("北辰科技", ORG, None)],
     ("北辰科技", "listedOn", "纳斯达克")),
    ("Orbit maker Zentra said it would hire.", [("Zentra", ORG, None), ("Orbit", PROD, None)],
     ("Zentra", "develops", "Orbit")),
    ("Zentra, the developer of Orbit, is valued highly.", [("Zentra", ORG, None), ("Orbit", PROD, None)],
     ("Zentra", "develops", "Orbit")),
    ("Zentra, which makes Orbit, is valued at $5 billion.", [("Zentra", ORG, None), ("Orbit", PROD, None)],
     ("Zentra", "develops", "Orbit")),
    ("Orbit的开发商星河科技表示。", [("星河科技", ORG, None), ("Orbit", PROD, None)],
     ("星河科技", "develops", "Orbit")),
])
def test_compound_modifiers_and_descriptions_in_news_style(text, names, expected):
    assert expected in _run(text, names)


def test_every_investor_of_a_round_in_clauses_after_it():
    names = [("星河科技", ORG, None), ("北辰资本", ORG, None), ("甲集团", ORG, None), ("乙集团", ORG, None)]
    got = _run("星河科技完成5亿美元C轮融资，北辰资本领投，甲集团、乙集团跟投。", names)
    assert {s for s, p, o in got if p == "investsIn" and o == "星河科技"} == {"北辰资本", "甲集团", "乙集团"}


def test_two_posts_each_keep_their_predicate():
    got = _run("星河控股股份有限公司董事长、北辰集团创始人张三题写了班训。",
               [("星河控股股份有限公司", ORG, None), ("北辰集团", ORG, None), ("张三", PER, None)])
    assert {("张三", "chairOf", "星河控股股份有限公司"), ("张三", "founderOf", "北辰集团")} <= got
    assert ("张三", "worksFor", "星河控股股份有限公司") not in got


@pytest.mark.parametrize("text,names,expected", [
    ("Shares of Beichen, which makes Orbit, began trading on the Hong Kong Stock Exchange on Thursday.",
     [("Beichen", ORG, None), ("Orbit", PROD, None), ("Hong Kong Stock Exchange", ORG, "exchange")],
     {("Beichen", "listedOn", "Hong Kong Stock Exchange")}),
    ("Beichen, founded in 2019 by Jane Roe, is backed by Zentra and Acme.",
     [("Beichen", ORG, None), ("Jane Roe", PER, None), ("Zentra", ORG, None), ("Acme", ORG, None)],
     {("Jane Roe", "founderOf", "Beichen"), ("Zentra", "investsIn", "Beichen"), ("Acme", "investsIn", "Beichen")}),
    ("Zentra hired Jane Roe as its chief AI officer after investing $14.3 billion in Beichen.",
     [("Zentra", ORG, None), ("Jane Roe", PER, None), ("Beichen", ORG, None)],
     {("Zentra", "investsIn", "Beichen")}),
])
def test_english_news_wordings_for_listings_founders_and_backers(text, names, expected):
    assert expected <= _run(text, names)


def test_a_chief_executive_is_no_other_chief_officer():
    got = _run("星河科技首席执行官张三强调。", [("星河科技", ORG, None), ("张三", PER, None)])
    assert got == {("张三", "ceoOf", "星河科技")}
    got = _run("星河科技首席技术官李四表示。", [("星河科技", ORG, None), ("李四", PER, None)])
    assert got == {("李四", "worksFor", "星河科技")}



@pytest.mark.parametrize("text", ["Zentra and Beichen confirmed a multiyear deal on Monday.",
                                  "《Zentra, Beichen Confirm Multiyear Deal for AI Technology》"])
def test_confirmed_deals_and_headline_deals_are_partnerships(text):
    assert ("Zentra", "partnerOf", "Beichen") in _run(text, [("Zentra", ORG, None), ("Beichen", ORG, None)])


def test_a_hire_as_chief_executive_is_ceo_only():
    names = [("Zentra", ORG, None), ("Jane Roe", PER, None)]
    assert _run("Zentra named Jane Roe as its new chief executive in March.", names) == {("Jane Roe", "ceoOf", "Zentra")}
    assert _run("Zentra hired Jane Roe as head of research.", names) == {("Jane Roe", "worksFor", "Zentra")}


@pytest.mark.parametrize("text,names,expected", [
    ("Zentra closed its $69 billion purchase of Beichen in October 2023.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     ("Zentra", "acquires", "Beichen")),
    ("Zentra, the Chinese owner of Orbit, is valued highly.", [("Zentra", ORG, None), ("Orbit", PROD, None)],
     ("Zentra", "develops", "Orbit")),
])
def test_closed_purchases_and_owners_of_products(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,expected", [
    ("星河集团宣布，张三出任集团总裁。", ("张三", "worksFor", "星河集团")),
    ("星河集团宣布张三接替李四担任CEO。", ("张三", "ceoOf", "星河集团")),
])
def test_an_announced_appointment_names_the_organization_first(text, expected):
    got = _run(text, [("星河集团", ORG, None), ("张三", PER, None), ("李四", PER, None)])
    assert expected in got and not any(s == "李四" for s, _, _ in got)


def test_strategic_and_joint_investors_and_listings_stated_by_挂牌():
    names = [("甲集团", ORG, None), ("乙集团", ORG, None), ("丙科技", ORG, None), ("港交所", ORG, "exchange")]
    assert ("甲集团", "investsIn", "丙科技") in _run("甲集团战略投资了丙科技。", names)
    got = _run("甲集团和乙集团共同投资了丙科技。", names)
    assert {("甲集团", "investsIn", "丙科技"), ("乙集团", "investsIn", "丙科技")} <= got
    assert ("丙科技", "listedOn", "港交所") in _run("丙科技正式在港交所挂牌。", names)


def test_review_cases_for_english_makers_purchases_and_lists():
    names = [("Zentra", ORG, None), ("Orbit", PROD, None), ("Beichen", ORG, None), ("Acme", ORG, None),
             ("Anthropic", ORG, None)]
    assert not _run("Zentra backs the maker of Orbit.", names)
    assert not _run("Zentra announced a $10 billion purchase of Beichen chips.", names)
    got = _run("Anthropic raised $13 billion in a round led by Zentra, Beichen and Acme.", names)
    assert {s for s, p, o in got if p == "investsIn"} == {"Zentra", "Beichen", "Acme"}


def test_a_table_without_vendor_and_product_headers_states_no_develops():
    text = "| 投资方 | 被投企业 |\n|---|---|\n| 星河科技 | Orbit |\n"
    a, b = text.index("星河科技"), text.index("Orbit")
    mentions = [Mention("d", a, a + 4, "星河科技", ORG, "zh", "test", "company"),
                Mention("d", b, b + 5, "Orbit", PROD, "en", "test", None)]
    assert not extract_relations(text, [], mentions)


@pytest.mark.parametrize("text,names,expected", [
    # posts written together
    ("Wen Li, founder and chairman of Zentra, spoke.", [("Zentra", ORG, None), ("Wen Li", PER, None)],
     {("Wen Li", "founderOf", "Zentra"), ("Wen Li", "chairOf", "Zentra")}),
    ("Zentra co-founder and CEO Wen Li spoke.", [("Zentra", ORG, None), ("Wen Li", PER, None)],
     {("Wen Li", "founderOf", "Zentra"), ("Wen Li", "ceoOf", "Zentra")}),
    # "chief executive" is a CEO, not also an "executive" who works there
    ("Zentra's chief executive Wen Li spoke.", [("Zentra", ORG, None), ("Wen Li", PER, None)],
     {("Wen Li", "ceoOf", "Zentra")}),
    # an aside or the announcement between the company and its verb
    ("Zentra AI, the Beijing-based startup behind the Qiyu chatbot, raised $1 billion in a round led by Beichen.",
     [("Zentra AI", ORG, "company"), ("Qiyu", PROD, None), ("Beichen", ORG, "company")],
     {("Zentra AI", "develops", "Qiyu"), ("Beichen", "investsIn", "Zentra AI")}),
    ("Zentra Corp. said on Tuesday it agreed to buy Beichen.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     {("Zentra", "acquires", "Beichen")}),
    ("Zentra unveiled its first electric vehicle, the Q7, on Thursday.", [("Zentra", ORG, None), ("Q7", PROD, None)],
     {("Zentra", "develops", "Q7")}),
    ("Zentra launched a new AI model called Orbit 3.", [("Zentra", ORG, None), ("Orbit 3", PROD, None)],
     {("Zentra", "develops", "Orbit 3")}),
    ("Zentra's new AI model Orbit-1 goes viral", [("Zentra", ORG, None), ("Orbit-1", PROD, None)],
     {("Zentra", "develops", "Orbit-1")}),
    ("Qiyu, developed by Zentra, has 10 million users.", [("Zentra", ORG, None), ("Qiyu", PROD, None)],
     {("Zentra", "develops", "Qiyu")}),
    ("Zentra owns Qiyu.", [("Zentra", ORG, None), ("Qiyu", PROD, None)], {("Zentra", "develops", "Qiyu")}),
    ("Zentra owns Beichen.", [("Zentra", ORG, None), ("Beichen", ORG, None)], {("Beichen", "subsidiaryOf", "Zentra")}),
    ("Zentra, which owns Qiyu, said so.", [("Zentra", ORG, None), ("Qiyu", PROD, None)], {("Zentra", "develops", "Qiyu")}),
    # backers and stakes
    ("Zentra, which is backed by Beichen and Huayu, filed for an IPO.",
     [("Zentra", ORG, None), ("Beichen", ORG, None), ("Huayu", ORG, None)],
     {("Beichen", "investsIn", "Zentra"), ("Huayu", "investsIn", "Zentra")}),
    ("Zentra, the Shanghai startup backed by Beichen, made its debut.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     {("Beichen", "investsIn", "Zentra")}),
    ("Beichen completed its $8 billion investment in Zentra.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     {("Beichen", "investsIn", "Zentra")}),
    ("Beichen agreed to pay $14.3 billion for a 49% stake in Zentra.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     {("Beichen", "investsIn", "Zentra")}),
    # titles in title case, chairs by "is chairman of" after an aside, a person's stake
    ("Zentra Co Chairman and Chief Executive Wen Li spoke.", [("Zentra Co", ORG, None), ("Wen Li", PER, None)],
     {("Wen Li", "chairOf", "Zentra Co"), ("Wen Li", "ceoOf", "Zentra Co")}),
    ("Wen Li, who is known as an investor, is chairman of Zentra, a holding company.",
     [("Zentra", ORG, None), ("Wen Li", PER, None)], {("Wen Li", "chairOf", "Zentra")}),
    ("Wen Li is the co-founder and CEO of Zentra.", [("Zentra", ORG, None), ("Wen Li", PER, None)],
     {("Wen Li", "founderOf", "Zentra"), ("Wen Li", "ceoOf", "Zentra")}),
    ("Investor Wen Li said Friday he raised his stake in Zentra to 8 percent.",
     [("Zentra", ORG, None), ("Wen Li", PER, None)], {("Wen Li", "investsIn", "Zentra")}),
    ("Zentra raised $5 billion from investors including Beichen and Huayu.",
     [("Zentra", ORG, None), ("Beichen", ORG, None), ("Huayu", ORG, None)],
     {("Beichen", "investsIn", "Zentra"), ("Huayu", "investsIn", "Zentra")}),
    ("Zentra Group's cloud unit, Zentra Cloud, grew.", [("Zentra Group", ORG, None), ("Zentra Cloud", ORG, None)],
     {("Zentra Cloud", "subsidiaryOf", "Zentra Group")}),
    ("Zentra, founded in 2021 by former Beichen researcher Wen Li, has raised $1 billion from Huayu.",
     [("Zentra", ORG, None), ("Beichen", ORG, None), ("Wen Li", PER, None), ("Huayu", ORG, None)],
     {("Wen Li", "founderOf", "Zentra"), ("Huayu", "investsIn", "Zentra")}),
    ("Zentra and Beichen jointly launched the Orbit M9.",
     [("Zentra", ORG, None), ("Beichen", ORG, None), ("Orbit M9", PROD, None)],
     {("Zentra", "develops", "Orbit M9"), ("Beichen", "develops", "Orbit M9"), ("Zentra", "partnerOf", "Beichen")}),
    ("Zentra, Beichen and Huayu announced a strategic partnership.",
     [("Zentra", ORG, None), ("Beichen", ORG, None), ("Huayu", ORG, None)],
     {("Zentra", "partnerOf", "Beichen"), ("Zentra", "partnerOf", "Huayu"), ("Beichen", "partnerOf", "Huayu")}),
    ("Zentra, Beichen and Huayu compete for cloud customers.",
     [("Zentra", ORG, None), ("Beichen", ORG, None), ("Huayu", ORG, None)],
     {("Zentra", "competesWith", "Beichen"), ("Zentra", "competesWith", "Huayu"), ("Beichen", "competesWith", "Huayu")}),
    # rivals listed after "competitors like" are rivals of the subject, not of each other
    ("Zentra faces pressure from competitors like Beichen and Huayu.",
     [("Zentra", ORG, None), ("Beichen", ORG, None), ("Huayu", ORG, None)],
     {("Zentra", "competesWith", "Beichen"), ("Zentra", "competesWith", "Huayu")}),
    ("Zentra financial spokesman Wen Li said so.", [("Zentra", ORG, None), ("Wen Li", PER, None)],
     {("Wen Li", "worksFor", "Zentra")}),
    ("Wen Li, 54, is a Zentra University professor of economics.",
     [("Zentra University", ORG, None), ("Wen Li", PER, None)], {("Wen Li", "worksFor", "Zentra University")}),
    # a preposition between: "the No. 2 HHS job by President Bush" is no job at HHS
    ("He took the HHS job by President Bush.", [("HHS", ORG, None), ("Bush", PER, None)], set()),
    ("Wen Li became Zentra's CEO in March.", [("Zentra", ORG, None), ("Wen Li", PER, None)], {("Wen Li", "ceoOf", "Zentra")}),
    ("Wen Li, who co-founded Zentra in 1993, spoke.", [("Zentra", ORG, None), ("Wen Li", PER, None)],
     {("Wen Li", "founderOf", "Zentra")}),
    ("Wen Li, Zentra's co-founder and chief executive, spoke.", [("Zentra", ORG, None), ("Wen Li", PER, None)],
     {("Wen Li", "founderOf", "Zentra"), ("Wen Li", "ceoOf", "Zentra")}),
    ("Zentra's main rival Beichen raised money.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     {("Zentra", "competesWith", "Beichen")}),
    ("Zentra, a rival of Beichen, listed.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     {("Zentra", "competesWith", "Beichen")}),
    ("Zentra, Beichen's main rival, raised money.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     {("Zentra", "competesWith", "Beichen")}),
    ("Zentra made its trading debut on the Nasdaq on Friday.", [("Zentra", ORG, None), ("Nasdaq", ORG, "exchange")],
     {("Zentra", "listedOn", "Nasdaq")}),
])
def test_english_asides_announcements_and_joined_posts(text, names, expected):
    assert _run(text, names) == expected


@pytest.mark.parametrize("text", [
    "Regulators launched an investigation into Qiyu.",  # no company launches it
    "Zentra launched a probe into Qiyu.",
    "Zentra released its quarterly results, Qiyu said.",  # results are no kind of product
])
def test_a_launched_investigation_develops_nothing(text):
    assert not any(p == "develops" for _, p, _ in _run(text, [("Zentra", ORG, None), ("Qiyu", PROD, None)]))


@pytest.mark.parametrize("text,names,expected", [
    ("我们将其与美国的星河（王明创立）进行对比。", [("星河", ORG, None), ("王明", PER, None)], ("王明", "founderOf", "星河")),
    ("星河团队（含创始人王明）提出了新架构。", [("星河", ORG, None), ("王明", PER, None)], ("王明", "founderOf", "星河")),
])
def test_chinese_founders_in_brackets_and_joint_releases(text, names, expected):
    assert expected in _run(text, names)


def test_a_hedged_or_future_brand_model_is_no_fact():
    from kg.extract.relations import brand_relations

    text = "星河发布了新模型。下一代旗舰模型极可能是星河-V4。星河-V4将于2月发布。星河-V3已经上线。"
    brand = Mention("d", 0, 2, "星河", "ORG", "zh", "test", "company")
    mentions = [brand] + [Mention("d", i, i + len(name), name, "PRODUCT", "zh", "rule", None)
                          for name in ("星河-V4", "星河-V3") for i in _all(text, name)]
    segs = [ParsedSegment(Segment("d", a, b, "zh"), (), ()) for a, b in _sentences(text)]
    found = {(r.object.text, r.evidence.sent_start) for r in brand_relations(text, segs, mentions)}
    assert {name for name, _ in found} == {"星河-V3"}


def _all(text, name):
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + 1)


def _sentences(text):
    start = 0
    for i, ch in enumerate(text):
        if ch == "。":
            yield start, i + 1
            start = i + 1


def test_partners_listed_together_are_partners_of_each_other():
    got = _run("华为、赛力斯和宁德时代宣布达成战略合作。", [("华为", ORG, None), ("赛力斯", ORG, None), ("宁德时代", ORG, None)])
    assert {frozenset((s, o)) for s, p, o in got if p == "partnerOf"} == {
        frozenset(("华为", "赛力斯")), frozenset(("华为", "宁德时代")), frozenset(("赛力斯", "宁德时代"))}


@pytest.mark.parametrize("text,names,expected", [
    ("甲咨询集团首席经济学家王明分析指出。", [("甲咨询集团", ORG, None), ("王明", PER, None)], ("王明", "worksFor", "甲咨询集团")),
    ("中国科学院院士王明强调。", [("中国科学院", ORG, None), ("王明", PER, None)], ("王明", "worksFor", "中国科学院")),
    ("记者与星河工业集团股份有限公司(以下简称星河集团)创始人、董事长王明进行了对话。",
     [("星河工业集团股份有限公司", ORG, None), ("星河集团", ORG, None), ("王明", PER, None)],
     ("王明", "chairOf", "星河工业集团股份有限公司")),
    ("星河俱乐部召开新闻发布会，聘请王明担任俱乐部董事长。", [("星河俱乐部", ORG, None), ("王明", PER, None)],
     ("王明", "chairOf", "星河俱乐部")),
    ("快手与星河在视频生成领域激战。", [("快手", ORG, None), ("星河", ORG, None)], ("快手", "competesWith", "星河")),
    ("星河销量超越天工。", [("星河", ORG, None), ("天工", ORG, None)], ("星河", "competesWith", "天工")),
    ("起步稍晚的星河，仅用两年便完成了对天工、云图的全面反超。", [("星河", ORG, None), ("天工", ORG, None), ("云图", ORG, None)],
     ("星河", "competesWith", "天工")),
    ("星河宣布完成新一轮30亿元融资，投资方包括天工、云图等。", [("星河", ORG, None), ("天工", ORG, None), ("云图", ORG, None)],
     ("云图", "investsIn", "星河")),
    ("星河以15亿美元收购了天工。", [("星河", ORG, None), ("天工", ORG, None)], ("星河", "acquires", "天工")),
    ("甲证券科技研究全球主管Dan Ives警告称。", [("甲证券", ORG, None), ("Dan Ives", PER, None)], ("Dan Ives", "worksFor", "甲证券")),
    ("甲盛典发起人王明表示。", [("甲盛典", ORG, None), ("王明", PER, None)], ("王明", "founderOf", "甲盛典")),
    ("展会上，甲公司与乙公司联合展示的终端。", [("甲公司", ORG, None), ("乙公司", ORG, None)], ("甲公司", "partnerOf", "乙公司")),
])
def test_economists_academicians_initiators_and_joint_showings(text, names, expected):
    assert expected in _run(text, names)


def test_a_lexicon_product_written_with_its_maker_is_the_maker_and_the_product():
    from kg.extract.products import split_maker_prefix
    from kg.lexicon import ids_by_name

    text = "腾讯混元大模型升级。"
    c = Mention("d", 0, 4, "腾讯混元", "PRODUCT", "zh", "ruler", ids_by_name()["腾讯混元"])
    got = [(m.text, m.type, m.kind) for m in split_maker_prefix([c])]
    assert got == [("腾讯", "ORG", ids_by_name()["腾讯"]), ("混元", "PRODUCT", ids_by_name()["腾讯混元"])]


@pytest.mark.parametrize("text,names,expected", [
    ("Beichen was acquired by Zentra in 2020.", [("Zentra", ORG, None), ("Beichen", ORG, None)], ("Zentra", "acquires", "Beichen")),
    ("Beichen, which was bought by Zentra in 2023, grew.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     ("Zentra", "acquires", "Beichen")),
    ("Qiyu is owned by Zentra.", [("Zentra", ORG, None), ("Qiyu", PROD, None)], ("Zentra", "develops", "Qiyu")),
    ("Zentra-owned Qiyu grew.", [("Zentra", ORG, None), ("Qiyu", PROD, None)], ("Zentra", "develops", "Qiyu")),
    ("Qiyu, owned by Zentra, agreed to sell its U.S. business.", [("Zentra", ORG, None), ("Qiyu", PROD, None)],
     ("Zentra", "develops", "Qiyu")),
    ("Beichen is owned by Zentra.", [("Zentra", ORG, None), ("Beichen", ORG, None)], ("Beichen", "subsidiaryOf", "Zentra")),
    ("Beichen, Zentra's AI lab, released Qiyu.", [("Zentra", ORG, None), ("Beichen", ORG, None), ("Qiyu", PROD, None)],
     ("Beichen", "subsidiaryOf", "Zentra")),
    ("Beichen is an affiliate of Zentra.", [("Zentra", ORG, None), ("Beichen", ORG, None)], ("Beichen", "subsidiaryOf", "Zentra")),
])
def test_english_passive_acquisitions_owners_and_labs(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,names,ended,current", [
    ("Former Zentra president Wen Li spoke.", [("Zentra", ORG, None), ("Wen Li", PER, None)],
     ("Wen Li", "worksFor", "Zentra"), None),
    ("Beichen CEO Wen Li, a former Zentra executive, spoke.",
     [("Beichen", ORG, None), ("Wen Li", PER, None), ("Zentra", ORG, None)],
     ("Wen Li", "worksFor", "Zentra"), ("Wen Li", "ceoOf", "Beichen")),
    ("Wen Li, former chief executive of Zentra, joined Beichen.", [("Wen Li", PER, None), ("Zentra", ORG, None)],
     ("Wen Li", "ceoOf", "Zentra"), None),
    ("前星河副总裁王明出任天工首席执行官。", [("星河", ORG, None), ("王明", PER, None), ("天工", ORG, None)],
     ("王明", "worksFor", "星河"), ("王明", "ceoOf", "天工")),
    ("王明曾任星河总裁。", [("星河", ORG, None), ("王明", PER, None)], ("王明", "worksFor", "星河"), None),
    # a founder stays one, and "目前" is now
    ("星河前董事长、创始人王明", [("星河", ORG, None), ("王明", PER, None)], ("王明", "chairOf", "星河"),
     ("王明", "founderOf", "星河")),
    ("王明目前担任星河总裁。", [("星河", ORG, None), ("王明", PER, None)], None, ("王明", "worksFor", "星河")),
])
def test_posts_that_have_ended_give_no_relation(text, names, ended, current):
    got = _run(text, names)
    assert ended is None or ended not in got
    assert current is None or current in got


def test_chinese_hires_and_appointments_with_latin_names():
    got = _run("星河聘请前天工高管Wen Li担任应用业务CEO。", [("星河", ORG, None), ("天工", ORG, None), ("Wen Li", PER, None)])
    assert ("Wen Li", "worksFor", "星河") in got and ("Wen Li", "worksFor", "天工") not in got  # a former post
    got = _run("2024年6月，星河任命王明为首席财务官。", [("星河", ORG, None), ("王明", PER, None)])
    assert ("王明", "worksFor", "星河") in got


def test_companies_listed_together_each_list_and_a_byline_names_each_reporter():
    got = _run("11月6日，甲科技（Jia Tech）和乙智行同日在港交所挂牌上市。",
               [("甲科技", ORG, None), ("Jia Tech", ORG, None), ("乙智行", ORG, None), ("港交所", ORG, "exchange")])
    assert {("甲科技", "listedOn", "港交所"), ("乙智行", "listedOn", "港交所")} <= got
    got = _run("By Wen Li and Zhang Wei, Zentra News", [("Wen Li", PER, None), ("Zhang Wei", PER, None),
                                                      ("Zentra News", ORG, None)])
    assert got == {("Wen Li", "worksFor", "Zentra News"), ("Zhang Wei", "worksFor", "Zentra News")}
    got = _run("Zentra said on Tuesday that Wen Li, its senior vice president of operations, will retire.",
               [("Zentra", ORG, None), ("Wen Li", PER, None)])
    assert got == {("Wen Li", "worksFor", "Zentra")}


@pytest.mark.parametrize("text,names,expected", [
    # (a company's company is its unit when the unit is a known company: not "ServiceNow's AI Control Tower")
    ("The European Commission fined Alphabet's Google on Friday.", [("Alphabet", ORG, None), ("Google", ORG, "company")],
     {("Google", "subsidiaryOf", "Alphabet")}),
    ("Zentra, the Acme-backed startup behind the Orbit chatbot, said on Tuesday it had hired Wen Li.",
     [("Zentra", ORG, None), ("Acme", ORG, None), ("Orbit", PROD, None), ("Wen Li", PER, None)],
     {("Acme", "investsIn", "Zentra"), ("Zentra", "develops", "Orbit")}),
    ("Nasdaq-listed robotaxi developers Zentra and Beichen debuted in Hong Kong on Thursday.",
     [("Nasdaq", ORG, "exchange"), ("Zentra", ORG, None), ("Beichen", ORG, None)],
     {("Zentra", "listedOn", "Nasdaq"), ("Beichen", "listedOn", "Nasdaq")}),
    ("Acme agreed on Wednesday to buy Zentra in a deal valued at 2.2 billion euros.", [("Acme", ORG, None), ("Zentra", ORG, None)],
     {("Acme", "acquires", "Zentra")}),
])
def test_english_units_backers_listings_and_agreed_deals(text, names, expected):
    assert expected <= _run(text, names)


def test_a_companys_company_needs_the_possessive_alone():
    assert not _run("Acme's and Zentra's shares rose.", [("Acme", ORG, None), ("Zentra", ORG, None)])


def test_a_department_between_the_company_and_the_title_and_two_modified_posts():
    assert _run("星河品牌及公关处总经理王明在微博回应称。", [("星河", ORG, None), ("王明", PER, None)]) == {
        ("王明", "worksFor", "星河")}
    got = _run("星河常务董事、天工董事长王明在发布会上称。", [("星河", ORG, None), ("天工", ORG, None), ("王明", PER, None)])
    assert {("王明", "worksFor", "星河"), ("王明", "chairOf", "天工")} <= got


def test_listed_objects_pass_over_a_makers_product_an_alias_and_examples():
    got = _run("字节跳动完成了对百度文心一言、月之暗面（Kimi）的全面反超。",
               [("字节跳动", ORG, None), ("百度", ORG, "company"), ("文心一言", PROD, None),
                ("月之暗面", ORG, None), ("Kimi", PROD, None)])
    assert {("字节跳动", "competesWith", "百度"), ("字节跳动", "competesWith", "月之暗面")} <= got
    got = _run("英伟达更先进的Blackwell系列（如B200）及下一代Rubin芯片仍被禁止出口。",
               [("英伟达", ORG, "company"), ("Blackwell", PROD, None), ("B200", PROD, None), ("Rubin", PROD, None)])
    assert {("英伟达", "develops", p) for p in ("Blackwell", "B200", "Rubin")} <= got
    # an alias in brackets is no other partner
    got = _run("恒瑞医药与葛兰素史克（GSK）达成许可协议。",
               [("恒瑞医药", ORG, None), ("葛兰素史克", ORG, None), ("GSK", ORG, None)])
    assert got == {("恒瑞医药", "partnerOf", "葛兰素史克")}


def test_a_table_with_a_key_column_states_what_its_headers_say():
    text = ("| 品牌 | 母公司 | 代表车型 | 创始人 | 上市地 |\n|---|---|---|---|---|\n"
            "| 星河汽车（Xinghe） | 北辰集团 | 星河S7、星河S9 | 张三 | 港交所 |\n")
    names = [("星河汽车", ORG, "company"), ("Xinghe", ORG, None), ("北辰集团", ORG, "company"),
             ("星河S7", PROD, None), ("星河S9", PROD, None), ("张三", PER, None), ("港交所", ORG, "exchange")]
    mentions = []
    for surface, type_, kind in names:
        a = text.index(surface)
        mentions.append(Mention("d", a, a + len(surface), surface, type_, "zh", "test", kind))
    got = {(r.subject.text, r.predicate, r.object.text, r.evidence.extractor)
           for r in extract_relations(text, [], sorted(mentions, key=lambda m: m.start))}
    assert got == {("星河汽车", "subsidiaryOf", "北辰集团", "table.subsidiaryOf"),
                   ("星河汽车", "develops", "星河S7", "table.develops"), ("星河汽车", "develops", "星河S9", "table.develops"),
                   ("张三", "founderOf", "星河汽车", "table.founderOf"), ("星河汽车", "listedOn", "港交所", "table.listedOn")}
    # a comparison table has no key column
    text = "| 维度 | 星河汽车 | 北辰集团 |\n|---|---|---|\n| 产品 | 星河S7 | 北辰一号 |\n"
    assert not extract_relations(text, [], [Mention("d", text.index("星河S7"), text.index("星河S7") + 5, "星河S7", PROD,
                                                    "zh", "test", None)])


@pytest.mark.parametrize("text,names,expected", [
    ("Zentra has competed head-on with Beichen since February.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     ("Zentra", "competesWith", "Beichen")),
    ("Zentra is Beichen's most direct rival in inference.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     ("Zentra", "competesWith", "Beichen")),
    ("Zentra Holdings, the Nasdaq-listed owner of Beichen, grew.",
     [("Zentra Holdings", ORG, None), ("Nasdaq", ORG, "exchange"), ("Beichen", ORG, None)],
     ("Beichen", "subsidiaryOf", "Zentra Holdings")),
    ("Beichen, the virtual bank majority owned by Zentra, grew.", [("Zentra", ORG, None), ("Beichen", ORG, None)],
     ("Beichen", "subsidiaryOf", "Zentra")),
    ("在春节档，星河科技已将枪口对准了北辰科技。", [("星河科技", ORG, None), ("北辰科技", ORG, None)],
     ("星河科技", "competesWith", "北辰科技")),
    ("星河科技明确将北辰科技（Beichen）和南山科技列为主要竞争对手。",
     [("星河科技", ORG, None), ("北辰科技", ORG, None), ("Beichen", ORG, None), ("南山科技", ORG, None)],
     ("星河科技", "competesWith", "南山科技")),
    ("1. **星河集团：** 旗下北辰科技已递交上市申请。", [("星河集团", ORG, None), ("北辰科技", ORG, None)],
     ("北辰科技", "subsidiaryOf", "星河集团")),
    ("星河集团旗下目前拥有北辰（Beichen）、南山等品牌。", [("星河集团", ORG, None), ("北辰", ORG, None),
                                                  ("Beichen", ORG, None), ("南山", ORG, None)],
     ("南山", "subsidiaryOf", "星河集团")),
    ("北辰云（Beichen Cloud）是星河软件旗下的云服务商。", [("北辰云", ORG, None), ("星河软件", ORG, None)],
     ("北辰云", "subsidiaryOf", "星河软件")),
    ("甲资本以约131亿港元收购星河集团所持北辰零售约78.7%的股份。",
     [("甲资本", ORG, None), ("星河集团", ORG, None), ("北辰零售", ORG, None)], ("甲资本", "acquires", "北辰零售")),
])
def test_rivals_owners_and_units_in_analysis_wordings(text, names, expected):
    assert expected in _run(text, names)


def test_a_post_left_in_the_same_sentence_is_no_relation_unless_the_departure_is_denied():
    names = [("Zentra", ORG, None), ("Jane Roe", PER, None)]
    assert not _run("Zentra president Jane Roe has stepped down after 12 years.", names)
    assert not _run("星河科技首席产品官张三已于上月离职。", [("星河科技", ORG, None), ("张三", PER, None)])
    assert ("Jane Roe", "worksFor", "Zentra") in _run(
        "Zentra denied rumours that Zentra president Jane Roe had resigned.", names)
    assert not _run("星河科技旗下目前拥有星河科技、北辰两个品牌。", [("星河科技", ORG, None)])  # no self-relation


@pytest.mark.parametrize("text,names,expected", [
    ("星河证券（Xinghe Securities）中国汽车行业分析师陈立言认为，产能是关键。",
     [("星河证券", ORG, None), ("陈立言", PER, None)], ("陈立言", "worksFor", "星河证券")),
    ("* **星河科技：** 创始人兼CEO张三；星河科技于11月发布新品。", [("星河科技", ORG, None), ("张三", PER, None)],
     ("张三", "ceoOf", "星河科技")),
    ("星河科技于1月9日任命张三为产品总经理。", [("星河科技", ORG, None), ("张三", PER, None)],
     ("张三", "worksFor", "星河科技")),
    ("该团队由去年11月加盟星河科技的张三负责。", [("星河科技", ORG, None), ("张三", PER, None)],
     ("张三", "worksFor", "星河科技")),
    ("甲公司收购了张三创立的硬件公司北辰科技。", [("甲公司", ORG, None), ("张三", PER, None), ("北辰科技", ORG, None)],
     ("张三", "founderOf", "北辰科技")),
    ("北辰科技由星河科技前副总裁张三创立。", [("星河科技", ORG, None), ("张三", PER, None), ("北辰科技", ORG, None)],
     ("张三", "founderOf", "北辰科技")),
    ("星河科技持有北辰科技约27%的股份。", [("星河科技", ORG, None), ("北辰科技", ORG, None)],
     ("星河科技", "investsIn", "北辰科技")),
    ("甲资本、乙资本和丙资本都曾参与北辰科技的早期融资。",
     [("甲资本", ORG, None), ("乙资本", ORG, None), ("丙资本", ORG, None), ("北辰科技", ORG, None)],
     ("丙资本", "investsIn", "北辰科技")),
    ("甲资本和乙资本均为北辰科技上市前的重要股东。", [("甲资本", ORG, None), ("乙资本", ORG, None), ("北辰科技", ORG, None)],
     ("乙资本", "investsIn", "北辰科技")),
    ("甲基金还对北辰科技进行了增资。", [("甲基金", ORG, None), ("北辰科技", ORG, None)], ("甲基金", "investsIn", "北辰科技")),
    ("Zentra (甲) hired Jane Roe, a former Beichen executive, as chief technology officer.",
     [("Zentra", ORG, None), ("Jane Roe", PER, None), ("Beichen", ORG, None)], ("Jane Roe", "worksFor", "Zentra")),
    ("Zentra, which holds a stake of about 27% in Beichen after the recapitalisation, gained.",
     [("Zentra", ORG, None), ("Beichen", ORG, None)], ("Zentra", "investsIn", "Beichen")),
])
def test_analysts_labels_hires_founders_and_stakes(text, names, expected):
    assert expected in _run(text, names)


def test_a_controlling_shareholder_is_no_investor_pattern():
    got = _run("北辰咖啡的控股股东为甲资本。", [("北辰咖啡", ORG, None), ("甲资本", ORG, None)])
    assert ("甲资本", "investsIn", "北辰咖啡") not in got


@pytest.mark.parametrize("text,names,expected", [
    ("星河科技于2025年12月18日在FORCE原动力大会上发布了北辰大模型1.8。",
     [("星河科技", ORG, None), ("FORCE", PROD, None), ("北辰大模型1.8", PROD, None)], ("星河科技", "develops", "北辰大模型1.8")),
    ("星河科技旗下产品包括视频生成应用北辰AI（Beichen AI）和AI陪伴应用Talkie。",
     [("星河科技", ORG, None), ("北辰AI", PROD, None), ("Beichen AI", PROD, None), ("Talkie", PROD, None)],
     ("星河科技", "develops", "Talkie")),
    ("2025年6月26日，星河汽车第二款车型YU7上市。", [("星河汽车", ORG, None), ("YU7", PROD, None)],
     ("星河汽车", "develops", "YU7")),
    ("Zentra (甲), the maker of the Kimi chatbot, closed a round.", [("Zentra", ORG, None), ("Kimi", PROD, None)],
     ("Zentra", "develops", "Kimi")),
])
def test_launch_venues_product_lists_and_makers_with_aliases(text, names, expected):
    assert expected in _run(text, names)


def test_a_standing_partnership():
    got = _run("Zentra Group, the carmaker that builds cars in partnership with Beichen, listed its shares.",
               [("Zentra Group", ORG, None), ("Beichen", ORG, None)])
    assert ("Zentra Group", "partnerOf", "Beichen") in got


@pytest.mark.parametrize("text,names,expected", [
    ("星河科技11月17日正式上线北辰App，在AI助手市场与甲公司、乙公司正面竞争。",
     [("星河科技", ORG, None), ("北辰", PROD, None), ("甲公司", ORG, None), ("乙公司", ORG, None)],
     ("星河科技", "competesWith", "乙公司")),
    ("星河咖啡发布的财报显示，公司门店数量进一步拉开与竞争对手北辰咖啡的差距。",
     [("星河咖啡", ORG, None), ("北辰咖啡", ORG, None)], ("星河咖啡", "competesWith", "北辰咖啡")),
    ("星河汽车首款纯电SUV星河i8于7月29日晚正式上市。", [("星河汽车", ORG, None), ("星河i8", PROD, None)],
     ("星河汽车", "develops", "星河i8")),
    ("今年3月，张三（Zhang San）由星河科技董事会任命为CEO。", [("张三", PER, None), ("星河科技", ORG, None)],
     ("张三", "ceoOf", "星河科技")),
    ("星河集团与北辰科技在拉斯维加斯CES展会上联合发布服务器X9。",
     [("星河集团", ORG, None), ("北辰科技", ORG, None), ("X9", PROD, None)], ("星河集团", "develops", "X9")),
])
def test_rivals_after_a_clause_ordinal_products_and_boards_appointing(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("甲科技是乙集团的控股子公司，于2023年7月在港交所上市。",
     [("甲科技", ORG, None), ("乙集团", ORG, None), ("港交所", ORG, "exchange")], ("甲科技", "listedOn", "港交所")),
    ("此前，甲集团已于2024年12月将乙百货出售给丙集团，交易对价约74亿元。",
     [("甲集团", ORG, None), ("乙百货", ORG, None), ("丙集团", ORG, None)], ("丙集团", "acquires", "乙百货")),
    ("9月18日，甲公司以50亿美元认购乙公司普通股，并与乙公司达成联合开发芯片的合作协议。",
     [("甲公司", ORG, None), ("乙公司", ORG, None)], ("甲公司", "partnerOf", "乙公司")),
    ("Zentra Mobility, a joint venture between Acme and Beta, sells cars.",
     [("Zentra Mobility", ORG, None), ("Acme", ORG, None), ("Beta", ORG, None)], ("Acme", "partnerOf", "Beta")),
    ("Acme's €2.2 billion takeover of Beta closed.", [("Acme", ORG, None), ("Beta", ORG, None)], ("Acme", "acquires", "Beta")),
])
def test_parents_sellers_later_clauses_and_deal_nouns(text, names, expected):
    assert expected in _run(text, names)


def test_an_ended_agreement_is_no_partnership():
    assert not _run("甲公司与乙公司在2023年签署的合作协议已于2025年底宣告结束。", [("甲公司", ORG, None), ("乙公司", ORG, None)])
    got = _run("甲科技是乙集团的控股子公司，于2023年7月在港交所上市。",
               [("甲科技", ORG, None), ("乙集团", ORG, None), ("港交所", ORG, "exchange")])
    assert ("乙集团", "listedOn", "港交所") not in got


@pytest.mark.parametrize("text,names,expected", [
    ("北辰科技的股东名单里已经有甲资本、乙资本和丙基金。",
     [("北辰科技", ORG, None), ("甲资本", ORG, None), ("乙资本", ORG, None), ("丙基金", ORG, None)], ("丙基金", "investsIn", "北辰科技")),
    ("2. **星河科技：** 4月29日开源X1系列，9月在云栖大会上发布X2-Max。",
     [("星河科技", ORG, None), ("X1", PROD, None), ("X2-Max", PROD, None)], ("星河科技", "develops", "X2-Max")),
    ("星河科技于2025年11月17日上线北辰App公测版，并把甲公司视为C端的首要竞争对手。",
     [("星河科技", ORG, None), ("北辰", PROD, None), ("甲公司", ORG, None)], ("星河科技", "competesWith", "甲公司")),
    ("星河科技最直接的竞争对手仍是甲公司。", [("星河科技", ORG, None), ("甲公司", ORG, None)], ("星河科技", "competesWith", "甲公司")),
    ("北辰求索（星河量化旗下）于2026年4月16日发布并开源X-V4。",
     [("北辰求索", ORG, None), ("星河量化", ORG, None), ("X-V4", PROD, None)], ("北辰求索", "subsidiaryOf", "星河量化")),
    ("北辰求索创始人张三同时也是星河量化的创始人。", [("北辰求索", ORG, None), ("张三", PER, None), ("星河量化", ORG, None)],
     ("张三", "founderOf", "星河量化")),
    ("搜索引擎北辰于2023年被星河科技收购。", [("北辰", ORG, None), ("星河科技", ORG, None)], ("星河科技", "acquires", "北辰")),
    ("北辰AI于2025年9月完成17亿欧元C轮融资，由荷兰光刻机巨头星河（Xinghe）领投。",
     [("北辰AI", ORG, None), ("星河", ORG, None), ("Xinghe", ORG, None)], ("星河", "investsIn", "北辰AI")),
    ("文｜张三（星河研究院分析师）", [("张三", PER, None), ("星河研究院", ORG, None)], ("张三", "worksFor", "星河研究院")),
    ("星河电子于2025年12月与北辰科技续签了为期三年的智能眼镜整机代工协议。",
     [("星河电子", ORG, None), ("北辰科技", ORG, None)], ("星河电子", "partnerOf", "北辰科技")),
])
def test_shareholders_labels_views_of_rivals_brackets_and_bylines(text, names, expected):
    assert expected in _run(text, names)


def test_a_parent_in_brackets_launches_nothing():
    got = _run("北辰求索（星河量化旗下）于2026年4月16日发布并开源X-V4。",
               [("北辰求索", ORG, None), ("星河量化", ORG, None), ("X-V4", PROD, None)])
    assert ("星河量化", "develops", "X-V4") not in got


def test_table_parts_notes_and_owned_platforms():
    text = ("| 厂商 | 产品 | 发布时间 | 芯片 |\n|---|---|---|---|\n| 星河 | 星河眼镜X1 | 2025年6月 | 骁龙AR1 |\n\n"
            "| 药企 | 合作方 | 核心资产 |\n|---|---|---|\n| 北辰医药 | 甲制药 | HRS-9821等12个项目 |\n")
    from kg.extract.tables import table_cell_mentions

    names = {m.text for m in table_cell_mentions("d", text)}
    assert "星河眼镜X1" in names and "骁龙AR1" not in names and "HRS-9821" in names
    text = "| Platform | Parent company |\n|---|---|\n| Keeta | Meituan |\n"
    assert {(m.text, m.type) for m in table_cell_mentions("d", text)} >= {("Keeta", "ORG"), ("Meituan", "ORG")}


def test_hedges_after_a_launch_or_rivalry_and_future_joins():
    assert not _run("星河V4预计将在春节前后发布。", [("星河", ORG, "company"), ("V4", PROD, None)])
    assert not _run("甲公司与乙公司在射击品类的较量明年极有可能进一步白热化。", [("甲公司", ORG, None), ("乙公司", ORG, None)])
    got = _run("交易完成后，北辰创始人张三将加入星河科技。", [("北辰", ORG, None), ("张三", PER, None), ("星河科技", ORG, None)])
    assert ("张三", "worksFor", "星河科技") not in got
    got = _run("张三已加入星河集团旗下游戏业务北辰。", [("张三", PER, None), ("星河集团", ORG, None), ("北辰", ORG, None)])
    assert ("张三", "worksFor", "星河集团") not in got


@pytest.mark.parametrize("text,names,expected", [
    ("Acme's main rivals in the mass market, Beta, Gamma and Delta, all cut prices.",
     [("Acme", ORG, None), ("Beta", ORG, None), ("Gamma", ORG, None), ("Delta", ORG, None)], ("Acme", "competesWith", "Delta")),
    ("Acme (甲), the world's largest battery maker, sued rival Beta (乙) for patent infringement.",
     [("Acme", ORG, None), ("甲", ORG, None), ("Beta", ORG, None), ("乙", ORG, None)], ("Acme", "competesWith", "Beta")),
    ("Acme (甲) founder and chief executive Jane Roe said so.", [("Acme", ORG, None), ("甲", ORG, None), ("Jane Roe", PER, None)],
     ("Jane Roe", "founderOf", "Acme")),
])
def test_aliases_before_asides_and_comma_lists(text, names, expected):
    assert expected in _run(text, names)


def test_a_city_named_as_the_market_is_the_exchange():
    from kg.pipeline import extract_document
    from kg.records import Document

    text = ("Acme Robotics and Beta Motors debuted in Hong Kong on Thursday. Gamma Holdings, the Hong Kong-listed "
            "chip designer, grew. Delta Group opened an office in Hong Kong.")
    ext = extract_document(Document("d", text, None, "2026-01-09"))
    listed = {(r.subject.text, r.object.text) for r in ext.relations if r.predicate == "listedOn"}
    assert {("Acme Robotics", "Hong Kong"), ("Beta Motors", "Hong Kong"), ("Gamma Holdings", "Hong Kong")} <= listed
    offices = [m for m in ext.mentions if m.text == "Hong Kong" and m.start > text.index("office")]
    assert all(m.kind != "exchange" for m in offices)


@pytest.mark.parametrize("text,names,expected", [
    ("Harbor Capital has backed Chinese robot startup Lumora with an undisclosed sum.",
     [("Harbor Capital", ORG, None), ("Lumora", ORG, None)], ("Harbor Capital", "investsIn", "Lumora")),
    ("Vexa, the Hangzhou-based AI lab founded by Li Ming and backed by his hedge fund Northgate, grew.",
     [("Vexa", ORG, None), ("Li Ming", PER, None), ("Northgate", ORG, None)], ("Northgate", "investsIn", "Vexa")),
    ("Acme has taken a 30% stake in Lumora for $1 billion.", [("Acme", ORG, None), ("Lumora", ORG, None)],
     ("Acme", "investsIn", "Lumora")),
    ("Acme and Lumora Systems (LS) on Monday announced a multi-year deal.",
     [("Acme", ORG, None), ("Lumora Systems", ORG, None)], ("Acme", "partnerOf", "Lumora Systems")),
    ("Acme said on Friday that chief executive Jane Holt will retire on Jan. 31.",
     [("Acme", ORG, None), ("Jane Holt", PER, None)], ("Jane Holt", "ceoOf", "Acme")),
    ("Acme named Jane Holt, who heads its Lumora unit, as CEO.",
     [("Acme", ORG, None), ("Jane Holt", PER, None), ("Lumora", ORG, None)], ("Jane Holt", "ceoOf", "Acme")),
    ("Bonnie Chan, chief executive of HKEX, said so.", [("Bonnie Chan", PER, None), ("HKEX", ORG, "exchange")],
     ("Bonnie Chan", "ceoOf", "HKEX")),  # an exchange employs its officers
    ("甲公司董事长兼联席CEO王立恒表示", [("甲公司", ORG, None), ("王立恒", PER, None)], ("王立恒", "ceoOf", "甲公司")),
    ("甲公司与乙公司在教育和商业展示场景中正面竞争。", [("甲公司", ORG, None), ("乙公司", ORG, None)],
     ("甲公司", "competesWith", "乙公司")),
    ("在PC市场，甲公司正凭借自家芯片与乙公司、丙公司争夺份额。",
     [("甲公司", ORG, None), ("乙公司", ORG, None), ("丙公司", ORG, None)], ("甲公司", "competesWith", "丙公司")),
    ("甲公司是乙公司在人形机器人领域最主要的竞争对手。", [("甲公司", ORG, None), ("乙公司", ORG, None)],
     ("甲公司", "competesWith", "乙公司")),
    ("甲公司首席执行官王立恒将乙公司视为最直接的竞争对手。",
     [("甲公司", ORG, None), ("王立恒", PER, None), ("乙公司", ORG, None)], ("甲公司", "competesWith", "乙公司")),
    ("甲公司上月与乙公司签署了为期五年的减速器供货协议。", [("甲公司", ORG, None), ("乙公司", ORG, None)],
     ("甲公司", "partnerOf", "乙公司")),
    ("甲公司与乙公司（Beta）联合开发的眼镜销量很好。", [("甲公司", ORG, None), ("乙公司", ORG, None)],
     ("甲公司", "partnerOf", "乙公司")),
])
def test_wordings_of_investors_officers_rivals_and_partners(text, names, expected):
    assert expected in _run(text, names)


def test_a_hedge_in_the_previous_sentence_does_not_block_a_relation():
    text = "他认为补贴不会长期存在。甲公司CEO王立恒则把零售定义为重点。"
    names = [("甲公司", ORG, None), ("王立恒", PER, None)]
    lang = detect_lang(text)
    mentions = [Mention("d", text.find(n), text.find(n) + len(n), n, t, lang, "test", k) for n, t, k in names]
    cut = text.index("。") + 1
    parsed = [ParsedSegment(Segment("d", 0, cut, lang), (), ()),
              ParsedSegment(Segment("d", cut, len(text), lang), (), tuple(mentions))]
    rels = {(r.subject.text, r.predicate, r.object.text) for r in extract_relations(text, parsed, mentions)}
    assert ("王立恒", "ceoOf", "甲公司") in rels


def test_a_rival_pair_is_no_list():
    text = "拼多多旗下跨境电商平台甲公司与乙公司的竞争已延伸至法庭。"
    rels = _run(text, [("拼多多", ORG, None), ("甲公司", ORG, None), ("乙公司", ORG, None)])
    assert ("甲公司", "subsidiaryOf", "拼多多") in rels and ("乙公司", "subsidiaryOf", "拼多多") not in rels


def test_a_research_team_named_by_its_lead():
    rels = _run("清华大学张伟教授团队发表了新论文。", [("清华大学", ORG, "university"), ("张伟", PER, None)])
    assert ("张伟", "worksFor", "清华大学") in rels


def test_a_deal_goes_to_the_unit_named_after_its_parent():
    names = [("甲公司", ORG, None), ("乙集团", ORG, None), ("丙工作室", ORG, None)]
    rels = _run("甲公司入股乙集团新成立的子公司丙工作室。", names)
    assert ("甲公司", "investsIn", "丙工作室") in rels and ("甲公司", "investsIn", "乙集团") not in rels
    assert ("丙工作室", "subsidiaryOf", "乙集团") in rels
    rels = _run("丙工作室现已成为乙集团的全资子公司。", names)
    assert ("丙工作室", "subsidiaryOf", "乙集团") in rels


@pytest.mark.parametrize("text,names,expected,absent", [
    # 其 stands for the organization the sentence (or the one before it) starts with
    ("星河科技发布财报，其创始人王小明表示将加大投入。", [("星河科技", ORG, None), ("王小明", PER, None)],
     {("王小明", "founderOf", "星河科技")}, set()),
    ("星河科技提交了新药申请。同日，其竞争对手云帆医药也宣布提交申请。",
     [("星河科技", ORG, None), ("云帆医药", ORG, None)], {("星河科技", "competesWith", "云帆医药")}, set()),
    ("该公司董事长王小明表示将继续投入。", [("王小明", PER, None)], set(), set()),
    # two organizations before it: whose is unclear, so nothing
    ("星河科技与云帆医药签约，其CEO王小明表示满意。",
     [("星河科技", ORG, None), ("云帆医药", ORG, None), ("王小明", PER, None)], set(),
     {("王小明", "ceoOf", "星河科技"), ("王小明", "ceoOf", "云帆医药")}),
    # a new paragraph starts afresh
    ("星河科技提交了申请。\n\n其竞争对手云帆医药也宣布提交申请。",
     [("星河科技", ORG, None), ("云帆医药", ORG, None)], set(), {("星河科技", "competesWith", "云帆医药")}),
    # 其中/其他 are no pronouns
    ("星河科技的产品线中，其中云帆医药是最大客户。", [("星河科技", ORG, None), ("云帆医药", ORG, None)], set(),
     {("星河科技", "competesWith", "云帆医药")}),
])
def test_a_pronoun_names_the_organization_the_sentence_is_about(text, names, expected, absent):
    found = _run_segments(text, names)
    assert expected <= found and not (absent & found)


def _run_segments(text, names):
    """As :func:`_run`, with the text split into its sentences."""
    from kg.records import Document
    from kg.segment import split_segments
    mentions = []
    for surface, type_, kind in names:
        start = text.find(surface)
        while start >= 0:
            mentions.append(Mention("d", start, start + len(surface), surface, type_, detect_lang(surface), "test", kind))
            start = text.find(surface, start + len(surface))
    mentions.sort(key=lambda m: m.start)
    parsed = [ParsedSegment(s, (), tuple(m for m in mentions if s.start <= m.start and m.end <= s.end))
              for s in split_segments(Document("d", text))]
    return {(r.subject.text, r.predicate, r.object.text) for r in extract_relations(text, parsed, mentions)}


@pytest.mark.parametrize("text,names,expected", [
    ("中国减重市场形成星河医药（老牌霸主） vs 云帆生物（性能怪兽） vs 北辰制药的格局。",
     [("星河医药", ORG, None), ("云帆生物", ORG, None), ("北辰制药", ORG, None)],
     {("星河医药", "competesWith", "云帆生物"), ("云帆生物", "competesWith", "北辰制药"),
      ("星河医药", "competesWith", "北辰制药")}),
    ("The battle of Northwind vs. Lumora heats up.", [("Northwind", ORG, None), ("Lumora", ORG, None)],
     {("Northwind", "competesWith", "Lumora")}),
    ("The Times sued Vexa AI, accusing the Northwind- and Lumora-backed startup of copying.",
     [("Times", ORG, None), ("Vexa AI", ORG, None), ("Northwind", ORG, None), ("Lumora", ORG, None)],
     {("Northwind", "investsIn", "Vexa AI"), ("Lumora", "investsIn", "Vexa AI")}),
    ("Northwind on Monday named Jane Holt as its chief executive.", [("Northwind", ORG, None), ("Jane Holt", PER, None)],
     {("Jane Holt", "ceoOf", "Northwind")}),
    ("星河科技旗下海外短视频应用Vexa在巴西的用户已超过8000万。", [("星河科技", ORG, None), ("Vexa", PROD, None)],
     {("星河科技", "develops", "Vexa")}),
])
def test_rivals_set_against_each_other_backers_named_together_and_products_described_at_length(text, names, expected):
    assert expected <= _run(text, names)


def test_figures_set_side_by_side_are_no_rivalry():
    names = [("Northwind", ORG, None), ("Lumora", ORG, None)]
    assert not _run("A chart of Northwind vs Lumora market cap comparison.", names)
    assert not _run("图表：Northwind vs Lumora市值对比。", names)


@pytest.mark.parametrize("text,names,expected", [
    ("Northwind rolled out its new Lumo 08 sedan in January.", [("Northwind", ORG, None), ("Lumo 08", PROD, None)],
     {("Northwind", "develops", "Lumo 08")}),
    ("Northwind began selling the Lumo Air in China on Friday.", [("Northwind", ORG, None), ("Lumo Air", PROD, None)],
     {("Northwind", "develops", "Lumo Air")}),
    ("The Lumo K2 model, developed by Northwind AI, was released in July.",
     [("Lumo K2", PROD, None), ("Northwind AI", ORG, None)], {("Northwind AI", "develops", "Lumo K2")}),
])
def test_english_launches_in_more_words(text, names, expected):
    assert expected <= _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("星河科技接入云帆科技的大模型，双方展开合作。", [("星河科技", ORG, None), ("云帆科技", ORG, None)],
     {("星河科技", "partnerOf", "云帆科技")}),
    ("星河科技投资了云帆科技，双方在电商领域展开深度合作。", [("星河科技", ORG, None), ("云帆科技", ORG, None)],
     {("星河科技", "partnerOf", "云帆科技")}),
])
def test_both_parties_of_the_clause_before_cooperate(text, names, expected):
    assert expected <= _run(text, names)


def test_both_parties_that_will_cooperate_do_not_yet():
    assert not _run("星河科技起诉了云帆科技，双方将展开合作。", [("星河科技", ORG, None), ("云帆科技", ORG, None)])


@pytest.mark.parametrize("text,names,expected", [
    ("作为星河科技的旗舰产品，云岫X5销量领先。", [("星河科技", ORG, None), ("云岫X5", PROD, None)],
     {("星河科技", "develops", "云岫X5")}),
    ("星河科技此次带来了云岫X5、云岫X7两款新机。", [("星河科技", ORG, None), ("云岫X5", PROD, None), ("云岫X7", PROD, None)],
     {("星河科技", "develops", "云岫X5"), ("星河科技", "develops", "云岫X7")}),
])
def test_products_brought_shown_or_called_a_makers(text, names, expected):
    assert expected <= _run(text, names)


def test_a_startup_that_makes_a_product_develops_it():
    names = [("Northwind", ORG, None), ("Lumora Robotics", ORG, None), ("Reachy 2", PROD, None)]
    assert ("Lumora Robotics", "develops", "Reachy 2") in _run(
        "Northwind has acquired Lumora Robotics, a French startup that makes the open-source humanoid robot Reachy 2.", names)


@pytest.mark.parametrize("text,names,expected", [
    ("星河集团宣布完成私有化，云帆科技随即从纽交所退市，正式成为星河集团的全资子公司。",
     [("星河集团", ORG, None), ("云帆科技", ORG, None), ("纽交所", ORG, "exchange")], {("云帆科技", "subsidiaryOf", "星河集团")}),
    ("本轮由星河集团及其旗下云帆资本领投。", [("星河集团", ORG, None), ("云帆资本", ORG, None)],
     {("云帆资本", "subsidiaryOf", "星河集团")}),
])
def test_units_named_after_their_parents_in_more_words(text, names, expected):
    assert expected <= _run(text, names)


def test_a_unit_described_as_its_parents_subsidiary():
    names = [("Zumo", ORG, None), ("Northwind", ORG, None)]
    assert ("Zumo", "subsidiaryOf", "Northwind") in _run("Zumo, now a wholly owned Northwind subsidiary, keeps its office.", names)


@pytest.mark.parametrize("text,names,expected", [
    ("said Jane Holt, who co-founded Lumora in 2016 and serves as its chief executive.",
     [("Jane Holt", PER, None), ("Lumora", ORG, None)], {("Jane Holt", "ceoOf", "Lumora"), ("Jane Holt", "founderOf", "Lumora")}),
    ("Jane Holt, who co-founded Lumora with her brother and serves as its chairwoman, said so.",
     [("Jane Holt", PER, None), ("Lumora", ORG, None)], {("Jane Holt", "chairOf", "Lumora")}),
    ("Lumora, the parent of Zumo, said on Friday it had appointed co-chief executive Jane Holt as co-chairman.",
     [("Lumora", ORG, None), ("Zumo", ORG, None), ("Jane Holt", PER, None)], {("Jane Holt", "ceoOf", "Lumora")}),
    ("Tom Reed, Lumora's chief strategy officer, was named interim CEO.",
     [("Tom Reed", PER, None), ("Lumora", ORG, None)], {("Tom Reed", "ceoOf", "Lumora")}),
])
def test_english_chief_executives_in_asides_and_promotions(text, names, expected):
    assert expected <= _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("Lumora, best known for its Go5 robot dog, is preparing an IPO.", [("Lumora", ORG, None), ("Go5", PROD, None)],
     {("Lumora", "develops", "Go5")}),
    ("Lumora, which develops the Zeta family of large language models, filed for an IPO.",
     [("Lumora", ORG, None), ("Zeta", PROD, None)], {("Lumora", "develops", "Zeta")}),
    ("Northwind's Lumo brand began deliveries of the L90 SUV in August.",
     [("Northwind", ORG, None), ("Lumo", ORG, None), ("L90", PROD, None)], {("Lumo", "develops", "L90")}),
])
def test_english_products_a_company_is_known_for_or_a_brand_delivers(text, names, expected):
    assert expected <= _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("云帆科技在下半年停止招募广告主，转而押注自家的Zeta浏览器。", [("云帆科技", ORG, None), ("Zeta", PROD, None)],
     {("云帆科技", "develops", "Zeta")}),
    ("2025年3月，云帆科技与星河科技宣布合作开发脑基础模型Zeta。",
     [("云帆科技", ORG, None), ("星河科技", ORG, None), ("Zeta", PROD, None)],
     {("云帆科技", "develops", "Zeta"), ("星河科技", "develops", "Zeta")}),
    ("云帆科技在云信中上线“云宝”助手的对话入口。", [("云帆科技", ORG, None), ("云信", PROD, None), ("云宝", PROD, None)],
     {("云帆科技", "develops", "云宝")}),
])
def test_own_products_joint_developments_and_launches_inside_another_product(text, names, expected):
    assert expected <= _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("此前一个月，星河科技（Xinghe）与云帆科技签下为期五年、总额约30亿美元的算力合同。",
     [("星河科技", ORG, None), ("Xinghe", ORG, None), ("云帆科技", ORG, None)], {("星河科技", "partnerOf", "云帆科技")}),
    ("海外方面，星河科技与云帆科技于2026年1月12日发布联合声明，宣布达成一项多年期合作。",
     [("星河科技", ORG, None), ("云帆科技", ORG, None)], {("星河科技", "partnerOf", "云帆科技")}),
])
def test_partners_by_contract_or_joint_statement(text, names, expected):
    assert expected <= _run(text, names)


def test_a_contract_called_off_or_planned_is_no_partnership():
    names = [("星河科技", ORG, None), ("云帆科技", ORG, None)]
    assert not _run("星河科技拟与云帆科技签署算力合同。", names)


@pytest.mark.parametrize("text,names,expected", [
    ("2026年1月6日，星河集团与北辰科技在拉斯维加斯CES展会上联合发布面向企业的AI推理服务器X9。",
     [("星河集团", ORG, None), ("北辰科技", ORG, None), ("CES", ORG, None), ("X9", PROD, None)],
     {("星河集团", "partnerOf", "北辰科技"), ("星河集团", "develops", "X9")}),
    ("星河科技于1月12日与北辰大学联合发布了《Lumen: Scalable Memory》。", [("星河科技", ORG, None), ("北辰大学", ORG, None)],
     {("星河科技", "partnerOf", "北辰大学")}),
])
def test_a_joint_release_at_a_venue_is_a_partnership(text, names, expected):
    assert expected <= _run(text, names)


@pytest.mark.parametrize("text,expected", [
    ("王小明目前在星河科技负责大模型研发。", True),
    ("来自星河科技的工程师王小明介绍了该系统。", True),
    ("星河科技的王小明表示，新品将于下月发布。", True),
    ("云帆科技与星河科技的王小明表示合作顺利。", False),  # whose person is unclear after a list
])
def test_people_of_an_organization_in_more_words(text, expected):
    got = _run(text, [("星河科技", ORG, None), ("云帆科技", ORG, None), ("王小明", PER, None)])
    assert (("王小明", "worksFor", "星河科技") in got) == expected


def test_a_successor_not_the_one_succeeded_takes_the_post():
    got = _run("李华接棒张伟，成为星河集团首席执行官。", [("李华", PER, None), ("张伟", PER, None), ("星河集团", ORG, None)])
    assert ("李华", "ceoOf", "星河集团") in got and ("张伟", "ceoOf", "星河集团") not in got
    got = _run("3月1日，李华正式履新星河集团总裁。", [("李华", PER, None), ("星河集团", ORG, None)])
    assert ("李华", "worksFor", "星河集团") in got


@pytest.mark.parametrize("text,names,expected", [
    ("王小明（星河科技创始人兼CEO）表示，公司将加大投入。", [("王小明", PER, None), ("星河科技", ORG, None)],
     {("王小明", "ceoOf", "星河科技"), ("王小明", "founderOf", "星河科技")}),
    ("张伟（云帆集团董事长）出席了会议。", [("张伟", PER, None), ("云帆集团", ORG, None)], {("张伟", "chairOf", "云帆集团")}),
    ("Jane Holt (Northwind's chief executive) said sales rose.", [("Jane Holt", PER, None), ("Northwind", ORG, None)],
     {("Jane Holt", "ceoOf", "Northwind")}),
])
def test_a_post_in_brackets_after_the_person(text, names, expected):
    assert expected <= _run(text, names)


@pytest.mark.parametrize("text", ["通过与乙大学合作，甲科技在芯片领域取得突破。",
                                  "甲科技已为乙大学提供算力支持，双方合作多年。",
                                  "甲科技与乙大学达成了一项价值10亿元的交易。",
                                  "甲科技与乙大学揭牌成立联合研究院。"])
def test_cooperation_through_a_partner_standing_deals_and_joint_institutes(text):
    assert ("甲科技", "partnerOf", "乙大学") in _run(text, [("甲科技", ORG, None), ("乙大学", ORG, None)])


def test_an_acquisition_deal_is_no_partnership():
    assert not _run("甲科技与乙大学达成收购交易。", [("甲科技", ORG, None), ("乙大学", ORG, None)])


@pytest.mark.parametrize("text", ["Zentra inked a $3 billion cloud contract with Beichen.",
                                  "Zentra and Beichen have renegotiated their partnership."])
def test_english_contracts_inked_and_partnerships_renegotiated(text):
    assert ("Zentra", "partnerOf", "Beichen") in _run(text, [("Zentra", ORG, None), ("Beichen", ORG, None)])


def test_the_second_of_two_joint_launchers_develops_the_product_too():
    got = _run("星河科技与北辰大学在CES展会上联合发布面向企业的推理服务器Orbit X2。",
               [("星河科技", ORG, None), ("北辰大学", ORG, None), ("Orbit X2", PROD, None)])
    assert {("星河科技", "develops", "Orbit X2"), ("北辰大学", "develops", "Orbit X2")} <= got


@pytest.mark.parametrize("text,expected", [
    ("甲科技、乙科技和丙科技形成三足鼎立格局。", {("甲科技", "competesWith", "乙科技"), ("甲科技", "competesWith", "丙科技"),
                                      ("乙科技", "competesWith", "丙科技")}),
    ("甲科技剑指乙科技。", {("甲科技", "competesWith", "乙科技")}),
    ("甲科技正在追赶乙科技。", {("甲科技", "competesWith", "乙科技")}),
    ("甲科技的出现对乙科技构成了巨大挑战。", {("甲科技", "competesWith", "乙科技")}),
    ("甲科技是乙科技在高端市场的劲敌。", {("甲科技", "competesWith", "乙科技")}),
    ("Zentra faces stiff competition from Beichen.", {("Zentra", "competesWith", "Beichen")}),
])
def test_rivals_in_a_three_way_race_challenged_or_named_a_strong_rival(text, expected):
    names = [(n, ORG, None) for n in ("甲科技", "乙科技", "丙科技", "Zentra", "Beichen")]
    assert expected <= _run(text, names)


def test_pressure_from_no_named_rival_is_no_rivalry():
    assert not _run("Zentra faces pressure from regulators.", [("Zentra", ORG, None)])


@pytest.mark.parametrize("text,person,org", [
    ("王立恒目前任职于甲科技。", "王立恒", "甲科技"),
    ("在甲科技工作的王立恒表示。", "王立恒", "甲科技"),
    ("王立恒现在在甲科技工作。", "王立恒", "甲科技"),
    ("甲科技员工王立恒说。", "王立恒", "甲科技"),
    ("甲医院感染科主任王立恒表示。", "王立恒", "甲医院"),
    ("甲医院神经内科主任医师王立恒说。", "王立恒", "甲医院"),
    ("Wang Liheng, who joined Zentra in 2024, said.", "Wang Liheng", "Zentra"),
])
def test_people_employed_at_working_in_or_of_a_department(text, person, org):
    assert (person, "worksFor", org) in _run(text, [(person, PER, None), (org, ORG, None)])


def test_a_team_named_after_a_product_works_for_its_company():
    got = _run("甲科技云雀大模型团队负责人王立恒表示。", [("甲科技", ORG, None), ("云雀", PROD, None), ("王立恒", PER, None)])
    assert ("王立恒", "worksFor", "甲科技") in got


def test_someone_who_once_worked_somewhere_does_not_work_there():
    assert not _run("王立恒曾在甲科技工作。", [("王立恒", PER, None), ("甲科技", ORG, None)])


def test_an_announcing_companys_bare_公司_and_an_elided_subject_are_the_partner():
    names = [("甲科技", ORG, None), ("乙超市", ORG, None), ("深交所", ORG, "exchange"), ("Jiake", ORG, None)]
    assert ("甲科技", "partnerOf", "乙超市") in _run_segments(
        "今年3月登陆深交所的甲科技（Jiake）6月13日宣布，公司与乙超市续签了全球供货协议。", names)
    assert ("甲科技", "partnerOf", "乙超市") in _run("甲科技7月27日晚公告，与乙超市达成授权合作协议。", names)
    assert ("甲科技", "partnerOf", "乙超市") in _run("甲科技宣布认购乙超市的股份，双方同时达成合作。", names)


def test_english_supply_contracts_with_an_amount_are_partnerships():
    got = _run("Zentra has signed a $16.5 billion contract to make AI chips for Beichen.",
               [("Zentra", ORG, None), ("Beichen", ORG, None)])
    assert ("Zentra", "partnerOf", "Beichen") in got


def test_posts_named_in_a_companys_announcement():
    got = _run("星河云宣布，联合创始人许嘉获任首席执行官。", [("星河云", ORG, None), ("许嘉", PER, None)])
    assert {("许嘉", "ceoOf", "星河云"), ("许嘉", "founderOf", "星河云")} <= got


def test_a_partner_with_its_short_name_and_a_date_before_the_contract():
    got = _run("甲科技股份（以下简称“甲科技”）于2025年12月与乙集团续签了为期三年的代工协议。",
               [("甲科技股份", ORG, None), ("甲科技", ORG, None), ("乙集团", ORG, None)])
    assert ("甲科技股份", "partnerOf", "乙集团") in got


def test_english_money_paid_for_a_share_of_a_company_is_an_investment():
    got = _run("Zentra paid €1.5 billion for about 21% of Beichen in 2023.", [("Zentra", ORG, None), ("Beichen", ORG, None)])
    assert ("Zentra", "investsIn", "Beichen") in got


def test_a_rival_aimed_at_before_a_colon_and_its_plans():
    got = _run("在春节档，甲科技已将枪口对准了乙科技：丙产品计划在除夕前上线新功能。",
               [("甲科技", ORG, None), ("乙科技", ORG, None)])
    assert ("甲科技", "competesWith", "乙科技") in got


def test_a_company_that_keeps_to_its_own_model_develops_it():
    got = _run("甲科技则坚持自研Orbit-2模型。", [("甲科技", ORG, None), ("Orbit-2", PROD, None)])
    assert ("甲科技", "develops", "Orbit-2") in got


def test_someone_who_left_to_join_works_where_they_joined():
    got = _run("Zhou Lan, who headed Zentra's overseas business, left in January to join Beichen Cloud as a vice president.",
               [("Zhou Lan", PER, None), ("Zentra", ORG, None), ("Beichen Cloud", ORG, None)])
    assert ("Zhou Lan", "worksFor", "Beichen Cloud") in got


def test_a_rival_described_as_a_parents_unit_takes_share():
    got = _run("Volcano Engine (火山引擎), Zentra's cloud unit, is taking share from Beichen Cloud.",
               [("Volcano Engine", ORG, None), ("火山引擎", ORG, None), ("Zentra", ORG, None), ("Beichen Cloud", ORG, None)])
    assert ("Volcano Engine", "competesWith", "Beichen Cloud") in got


def test_an_agreement_to_acquire_is_no_partnership():
    names = [("甲科技", ORG, None), ("乙影业", ORG, None), ("Zentra", ORG, None), ("Beichen", ORG, None)]
    assert not _run("去年12月5日，甲科技宣布与乙影业达成最终协议，拟以约827亿美元收购乙影业旗下的制片厂。", names)
    assert not _run("Zentra signed an agreement with Beichen to acquire its chip unit.", names)


def test_an_english_headline_names_the_organization_then_the_post():
    got = _run("Zentra Mining: Director and General Manager Wang Liheng Visits Shanghai",
               [("Zentra Mining", ORG, None), ("Wang Liheng", PER, None)])
    assert ("Wang Liheng", "worksFor", "Zentra Mining") in got


@pytest.mark.parametrize("text", ["知情人士透露，甲科技有意收购乙集团。", "甲科技正与乙集团洽谈合作。", "甲科技打算收购乙集团。"])
def test_intentions_and_talks_are_no_facts(text):
    assert not _run(text, [("甲科技", ORG, None), ("乙集团", ORG, None)])


@pytest.mark.parametrize("text,expected", [
    ("Colette Kress, Zentra's chief financial officer, told analysts that GPUs were sold out.", ("Colette Kress", "worksFor", "Zentra")),
    ("Zentra, the Beichen-backed startup, said on Tuesday it had hired Chen Hao, a former Vexa executive, as chief operating officer.",
     ("Chen Hao", "worksFor", "Zentra")),
    ("Zentra is among a handful of domestic chipmakers competing with Beichen for customers.", ("Zentra", "competesWith", "Beichen")),
])
def test_english_posts_after_a_possessive_hires_announced_and_rivals_among_many(text, expected):
    names = [("Colette Kress", PER, None), ("Chen Hao", PER, None), ("Zentra", ORG, None), ("Beichen", ORG, None), ("Vexa", ORG, None)]
    assert expected in _run(text, names)


def test_a_post_left_after_a_long_aside_and_a_post_replaced_by_a_new_one():
    names = [("Hu Yanan", PER, None), ("Zentra", ORG, None), ("Jason Droege", PER, None)]
    assert not _run("Hu Yanan, Zentra's chief financial officer through the privatisation, resigned in February 2026.", names)
    got = _run("Jason Droege, Zentra's chief strategy officer, was named interim CEO.", names)
    assert ("Jason Droege", "worksFor", "Zentra") not in got


def test_someone_who_joins_works_for_the_company_that_announced_it():
    got = _run("甲科技12月1日宣布，前乙集团AI副总裁王立恒（Wang Liheng）加盟，向公司总裁汇报。",
               [("甲科技", ORG, None), ("乙集团", ORG, None), ("王立恒", PER, None), ("Wang Liheng", PER, None)])
    assert ("王立恒", "worksFor", "甲科技") in got and ("王立恒", "worksFor", "乙集团") not in got


def test_founders_named_together_with_a_description_between():
    got = _run("甲优品是由王立恒和他的师弟李强以及张伟三人一起创立的。",
               [("甲优品", ORG, None), ("王立恒", PER, None), ("李强", PER, None), ("张伟", PER, None)])
    assert {(p, "founderOf", "甲优品") for p in ("王立恒", "李强", "张伟")} <= got


def test_the_chair_of_the_board_of_what_the_clause_before_names():
    got = _run("甲中学创办后，王立恒任校董会董事长。", [("甲中学", ORG, None), ("王立恒", PER, None)])
    assert ("王立恒", "chairOf", "甲中学") in got


def test_english_person_of_the_firm_of_a_named_organization():
    got = _run("Jane Holt of the corporate law firm of Zentra Partners said so.", [("Jane Holt", PER, None), ("Zentra Partners", ORG, None)])
    assert ("Jane Holt", "worksFor", "Zentra Partners") in got


@pytest.mark.parametrize("text,names,expected", [
    ("星河汽车宣布其北辰U8车型已开始交付。", [("星河汽车", ORG, None), ("北辰U8", PROD, None)], ("星河汽车", "develops", "北辰U8")),
    ("星河机器人的人形机器人ORBIT亮相。", [("星河机器人", ORG, None), ("ORBIT", PROD, None)], ("星河机器人", "develops", "ORBIT")),
    ("The new Orbit K2 model from Zentra AI tops several benchmarks.", [("Zentra AI", ORG, None), ("Orbit K2", PROD, None)],
     ("Zentra AI", "develops", "Orbit K2")),
    ("Zentra made Orbit 5.1 available to all users.", [("Zentra", ORG, None), ("Orbit 5.1", PROD, None)],
     ("Zentra", "develops", "Orbit 5.1")),
    ("Zentra announced the Orbit 4 Pro drone, priced at $2,049.", [("Zentra", ORG, None), ("Orbit 4 Pro", PROD, None)],
     ("Zentra", "develops", "Orbit 4 Pro")),
    ("Zentra started mass production of its XB4 memory chips.", [("Zentra", ORG, None), ("XB4", PROD, None)],
     ("Zentra", "develops", "XB4")),
    ("Zentra is developing a new model codenamed Orbit.", [("Zentra", ORG, None), ("Orbit", PROD, None)],
     ("Zentra", "develops", "Orbit")),
])
def test_its_product_a_model_from_a_maker_made_available_announced_or_in_production(text, names, expected):
    assert expected in _run(text, names)


def test_revenue_from_a_company_develops_nothing():
    assert not _run("Zentra received revenue from Orbit.", [("Zentra", ORG, None), ("Orbit", PROD, None)])


@pytest.mark.parametrize("text,names,expected", [
    ("星河科技与北辰汽车合资成立星辰智驾。", [("星河科技", ORG, None), ("北辰汽车", ORG, None), ("星辰智驾", ORG, None)],
     ("星河科技", "partnerOf", "北辰汽车")),
    ("星河科技与北辰大学共同发起成立AI安全联盟。", [("星河科技", ORG, None), ("北辰大学", ORG, None)],
     ("星河科技", "partnerOf", "北辰大学")),
    ("星河移动与北辰科技联合发布5G-A解决方案。", [("星河移动", ORG, None), ("北辰科技", ORG, None)],
     ("星河移动", "partnerOf", "北辰科技")),
    ("星河外卖与北辰电商强强联合。", [("星河外卖", ORG, None), ("北辰电商", ORG, None)], ("星河外卖", "partnerOf", "北辰电商")),
    ("Zentra and Vexa agreed to jointly develop two electric models.", [("Zentra", ORG, None), ("Vexa", ORG, None)],
     ("Zentra", "partnerOf", "Vexa")),
    ("Zentra signed a deal to supply chips to Vexa.", [("Zentra", ORG, None), ("Vexa", ORG, None)], ("Zentra", "partnerOf", "Vexa")),
    ("Zentra is cooperating with Vexa on robotaxis.", [("Zentra", ORG, None), ("Vexa", ORG, None)], ("Zentra", "partnerOf", "Vexa")),
])
def test_joint_ventures_alliances_joint_offerings_and_supply_deals_make_partners(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text", ["星河移动与北辰科技联合发布行业报告。", "Zentra and Vexa will jointly develop two models."])
def test_a_joint_report_or_a_plan_makes_no_partners(text):
    names = [(n, ORG, None) for n in ("星河移动", "北辰科技", "Zentra", "Vexa")]
    assert not {r for r in _run(text, names) if r[1] == "partnerOf"}


@pytest.mark.parametrize("text,names,expected", [
    ("星河汽车面临来自北辰汽车和南山汽车的竞争压力。", [("星河汽车", ORG, None), ("北辰汽车", ORG, None), ("南山汽车", ORG, None)],
     {("星河汽车", "competesWith", "北辰汽车"), ("星河汽车", "competesWith", "南山汽车")}),
    ("星河电商向北辰外卖发起挑战，进军外卖业务。", [("星河电商", ORG, None), ("北辰外卖", ORG, None)],
     {("星河电商", "competesWith", "北辰外卖")}),
    ("与北辰芯片竞争的星河科技推出了新芯片。", [("星河科技", ORG, None), ("北辰芯片", ORG, None)],
     {("星河科技", "competesWith", "北辰芯片")}),
    ("Zentra overtook Vexa as the world's largest EV maker.", [("Zentra", ORG, None), ("Vexa", ORG, None)],
     {("Zentra", "competesWith", "Vexa")}),
    ("Zentra and Vexa are locked in a price war over food delivery.", [("Zentra", ORG, None), ("Vexa", ORG, None)],
     {("Zentra", "competesWith", "Vexa")}),
    ("Zentra is taking on Vexa in lower-tier cities.", [("Zentra", ORG, None), ("Vexa", ORG, None)],
     {("Zentra", "competesWith", "Vexa")}),
    ("Zentra, a Vexa competitor, raised $13 billion.", [("Zentra", ORG, None), ("Vexa", ORG, None)],
     {("Zentra", "competesWith", "Vexa")}),
    ("Zentra is competing with Vexa in the premium phone market.", [("Zentra", ORG, None), ("Vexa", ORG, None)],
     {("Zentra", "competesWith", "Vexa")}),
])
def test_rivals_facing_competition_challenged_overtaken_or_locked_in_a_price_war(text, names, expected):
    assert _run(text, names) == expected


def test_rivals_a_company_faces_are_not_rivals_of_each_other_and_a_benchmark_is_no_rivalry():
    got = _run("星河汽车面临来自北辰汽车和南山汽车的竞争。", [("星河汽车", ORG, None), ("北辰汽车", ORG, None), ("南山汽车", ORG, None)])
    assert ("北辰汽车", "competesWith", "南山汽车") not in got
    assert not _run("星河云称其算力规模可对标北辰科技的X72。", [("星河云", ORG, None), ("北辰科技", ORG, None)])
    assert not _run("Zentra challenged Vexa's patent in court.", [("Zentra", ORG, None), ("Vexa", ORG, None)])


@pytest.mark.parametrize("text,names,expected", [
    ("星河资本向北辰汽车投资了10亿美元。", [("星河资本", ORG, None), ("北辰汽车", ORG, None)], ("星河资本", "investsIn", "北辰汽车")),
    ("北辰汽车的股东中包括张三的星河资本。", [("北辰汽车", ORG, None), ("张三", PER, None), ("星河资本", ORG, None)],
     ("星河资本", "investsIn", "北辰汽车")),
    ("Zentra took a $5 billion stake in Vexa.", [("Zentra", ORG, None), ("Vexa", ORG, None)], ("Zentra", "investsIn", "Vexa")),
    ("Zentra has poured billions into Vexa.", [("Zentra", ORG, None), ("Vexa", ORG, None)], ("Zentra", "investsIn", "Vexa")),
    ("Zentra, an early backer of Vexa, owns a stake.", [("Zentra", ORG, None), ("Vexa", ORG, None)], ("Zentra", "investsIn", "Vexa")),
    ("Vexa's investors include Zentra and Lumora.", [("Zentra", ORG, None), ("Vexa", ORG, None), ("Lumora", ORG, None)],
     ("Lumora", "investsIn", "Vexa")),
    ("Zentra increased its investment in Vexa to $8 billion.", [("Zentra", ORG, None), ("Vexa", ORG, None)],
     ("Zentra", "investsIn", "Vexa")),
])
def test_investments_made_towards_poured_into_stakes_with_amounts_and_investors_listed(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("本周一，星河游戏与北辰电信（Beichen Telecom）旗下的Orbit Systems签署协议。",
     [("星河游戏", ORG, None), ("北辰电信", ORG, None), ("Beichen Telecom", ORG, None), ("Orbit Systems", ORG, None)],
     ("星河游戏", "partnerOf", "Orbit Systems")),
    ("今年1月，星河短视频与巴西最大的电视网Orbita签署内容合作协议。", [("星河短视频", ORG, None), ("Orbita", ORG, None)],
     ("星河短视频", "partnerOf", "Orbita")),
    ("星河芯片与AI芯片初创公司北辰达成一项技术授权协议。", [("星河芯片", ORG, None), ("北辰", ORG, None)], ("星河芯片", "partnerOf", "北辰")),
    ("2023年10月，星河集团入股北辰汽车，双方同时宣布成立合资公司北辰国际。",
     [("星河集团", ORG, None), ("北辰汽车", ORG, None), ("北辰国际", ORG, None)], ("星河集团", "partnerOf", "北辰汽车")),
])
def test_partners_described_or_named_as_anothers_unit_and_a_joint_venture_both_announce(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("张伟于2023年9月出任星河集团CEO。", [("张伟", PER, None), ("星河集团", ORG, None)], ("张伟", "ceoOf", "星河集团")),
    ("张伟2023年出任星河集团董事长。", [("张伟", PER, None), ("星河集团", ORG, None)], ("张伟", "chairOf", "星河集团")),
    ("Zentra's new CEO Jane Holt cut jobs.", [("Zentra", ORG, None), ("Jane Holt", PER, None)], ("Jane Holt", "ceoOf", "Zentra")),
    ("Jane Holt, who has led Zentra since 2014, spoke.", [("Zentra", ORG, None), ("Jane Holt", PER, None)],
     ("Jane Holt", "worksFor", "Zentra")),
])
def test_posts_taken_on_a_date_held_by_a_new_chief_or_led_since(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("星河云是星河集团的云计算子公司。", [("星河云", ORG, None), ("星河集团", ORG, None)], ("星河云", "subsidiaryOf", "星河集团")),
    ("星河云是星河集团的云计算子公司。", [("星河云", ORG, None), ("星河集团", ORG, None), ("云计算", ORG, None)],
     ("星河云", "subsidiaryOf", "星河集团")),  # a line of business a model calls an organization
    ("北辰智能云隶属于北辰。", [("北辰智能云", ORG, None), ("北辰", ORG, None)], ("北辰智能云", "subsidiaryOf", "北辰")),
])
def test_subsidiaries_of_a_line_of_business_and_units_that_belong_to_a_parent(text, names, expected):
    assert expected in _run(text, names)


def test_an_affiliate_is_no_subsidiary_and_no_name():
    from kg.extract.zh_orgs import org_spans
    from kg.extract.zh_names import generic_org

    assert not _run("星河金服为星河集团的关联公司。", [("星河金服", ORG, None), ("星河集团", ORG, None)])
    text = "星河金服为星河集团的关联公司。"
    assert "关联公司" not in [text[a:b] for a, b in org_spans(text)]
    assert generic_org("云计算子公司") and generic_org("关联公司")


def test_a_unit_before_a_later_title_in_a_list_of_posts():
    got = _run("据星河副总裁、智能驾驶事业群总经理王云介绍。", [("星河", ORG, None), ("王云", PER, None)])
    assert ("王云", "worksFor", "星河") in got
    got = _run("甲公司党委书记、董事长张三表示。", [("甲公司", ORG, None), ("张三", PER, None)])
    assert ("张三", "chairOf", "甲公司") in got


def _run_sentences(text, names):
    """Like :func:`_run`, over the text's sentences (a pronoun's antecedent may be in the one before)."""
    from kg.records import Document
    from kg.segment import split_segments

    mentions = sorted((Mention("d", i, i + len(s), s, t, detect_lang(s), "test", k)
                       for s, t, k in names for i in [j for j in range(len(text)) if text.startswith(s, j)]),
                      key=lambda m: m.start)
    parsed = [ParsedSegment(g, (), tuple(m for m in mentions if g.start <= m.start < g.end))
              for g in split_segments(Document("d", text))]
    return {(r.subject.text, r.predicate, r.object.text) for r in extract_relations(text, parsed, mentions)}


def test_an_english_sentence_opening_with_the_company_speaks_of_the_sentence_befores_first_organization():
    names = [("Zentra", ORG, "company"), ("Orbit 5", PROD, None), ("Jane Holt", PER, None)]
    assert ("Zentra", "develops", "Orbit 5") in _run_sentences(
        "Zentra raised new funds last week. The startup also launched Orbit 5, a coding model.", names)
    assert ("Jane Holt", "ceoOf", "Zentra") in _run_sentences(
        "Zentra reported strong results. The company's chief executive, Jane Holt, wrote in a memo.", names)
    assert ("Zentra", "develops", "Orbit 5") in _run_sentences(
        "Zentra raised new funds last week. It also launched Orbit 5, a coding model.", names)
    assert not _run_sentences("Zentra raised new funds. It is unclear whether Orbit 5 will ship.", names)
    assert ("Zentra", "develops", "Orbit 5") in _run_sentences(
        "Zentra raised new funds last week. On Tuesday, it launched Orbit 5, a coding model.", names)
    assert not _run_sentences("Zentra raised funds. In its filing, it said Orbit 5 was popular.", names)
    # not across a paragraph, nor when the sentence before opens with a person
    assert not _run_sentences("Zentra raised new funds.\n\nThe startup also launched Orbit 5.", names)
    assert ("Zentra", "develops", "Orbit 5") not in _run_sentences("Jane Holt praised Zentra. The company launched Orbit 5.", names)


@pytest.mark.parametrize("text,names,expected", [
    # a company's partners listed: each is its partner, the members are not each other's
    ("星河科技的合作伙伴包括云帆科技、北辰银行和启明实验室。",
     [("星河科技", ORG, None), ("云帆科技", ORG, None), ("北辰银行", ORG, None), ("启明实验室", ORG, None)],
     {("星河科技", "partnerOf", "云帆科技"), ("星河科技", "partnerOf", "北辰银行"), ("星河科技", "partnerOf", "启明实验室")}),
    ("Zentra's partners include Vexaro, Lumora and Tessaro.",
     [("Zentra", ORG, None), ("Vexaro", ORG, None), ("Lumora", ORG, None), ("Tessaro", ORG, None)],
     {("Zentra", "partnerOf", "Vexaro"), ("Zentra", "partnerOf", "Lumora"), ("Zentra", "partnerOf", "Tessaro")}),
    # founders of an alliance listed together: every two of them
    ("星河科技、云帆科技、北辰银行等企业共同发起成立产业联盟。",
     [("星河科技", ORG, None), ("云帆科技", ORG, None), ("北辰银行", ORG, None)],
     {("星河科技", "partnerOf", "云帆科技"), ("星河科技", "partnerOf", "北辰银行"), ("云帆科技", "partnerOf", "北辰银行")}),
    ("星河科技和云帆科技宣布结成战略联盟。", [("星河科技", ORG, None), ("云帆科技", ORG, None)],
     {("星河科技", "partnerOf", "云帆科技")}),
    ("星河科技跟云帆科技签约，共建数据中心。", [("星河科技", ORG, None), ("云帆科技", ORG, None)],
     {("星河科技", "partnerOf", "云帆科技")}),
    ("Zentra counts Vexaro among its closest partners.", [("Zentra", ORG, None), ("Vexaro", ORG, None)],
     {("Zentra", "partnerOf", "Vexaro")}),
    ("Vexaro, a longtime partner of Zentra, declined to comment.", [("Zentra", ORG, None), ("Vexaro", ORG, None)],
     {("Vexaro", "partnerOf", "Zentra")}),
    ("Zentra joined forces with Vexaro last year.", [("Zentra", ORG, None), ("Vexaro", ORG, None)],
     {("Zentra", "partnerOf", "Vexaro")}),
    ("Zentra expanded its collaboration with Vexaro in March.", [("Zentra", ORG, None), ("Vexaro", ORG, None)],
     {("Zentra", "partnerOf", "Vexaro")}),
    ("In partnership with Vexaro, Zentra launched a robotaxi service.", [("Zentra", ORG, None), ("Vexaro", ORG, None)],
     {("Vexaro", "partnerOf", "Zentra")}),
])
def test_partners_listed_allied_or_described(text, names, expected):
    assert {r for r in _run(text, names) if r[1] == "partnerOf"} == expected


@pytest.mark.parametrize("text,names,expected", [
    ("Zentra and Vexaro signed a $10 billion agreement in March.", [("Zentra", ORG, None), ("Vexaro", ORG, None)],
     ("Zentra", "partnerOf", "Vexaro")),
    ("The $12 billion contract between Zentra and Vexaro runs through 2030.", [("Zentra", ORG, None), ("Vexaro", ORG, None)],
     ("Zentra", "partnerOf", "Vexaro")),
    ("Zentra's $20 billion licensing deal with Vexaro gives it access to chip designs.",
     [("Zentra", ORG, None), ("Vexaro", ORG, None)], ("Zentra", "partnerOf", "Vexaro")),
    # the terms of a signed deal are no plan
    ("Vexaro will supply Zentra with six gigawatts of chips, in a deal worth $9.5 billion.",
     [("Zentra", ORG, None), ("Vexaro", ORG, None)], ("Vexaro", "partnerOf", "Zentra")),
    ("Under a multiyear agreement announced Tuesday, Vexaro will host Zentra's models.",
     [("Zentra", ORG, None), ("Vexaro", ORG, None)], ("Vexaro", "partnerOf", "Zentra")),
    ("Zentra awarded Vexaro a $2 billion order for modem chips.", [("Zentra", ORG, None), ("Vexaro", ORG, None)],
     ("Zentra", "partnerOf", "Vexaro")),
    ("云帆科技将在未来五年内向星河科技提供4.5吉瓦的算力，交易总额约3000亿美元。",
     [("星河科技", ORG, None), ("云帆科技", ORG, None)], ("云帆科技", "partnerOf", "星河科技")),
    ("星河科技向云帆科技采购价值380亿美元的云服务。", [("星河科技", ORG, None), ("云帆科技", ORG, None)],
     ("星河科技", "partnerOf", "云帆科技")),
    ("星河科技获得云帆科技140亿美元的算力订单。", [("星河科技", ORG, None), ("云帆科技", ORG, None)],
     ("星河科技", "partnerOf", "云帆科技")),
    ("星河科技与云帆科技的合同金额高达120亿美元。", [("星河科技", ORG, None), ("云帆科技", ORG, None)],
     ("星河科技", "partnerOf", "云帆科技")),
])
def test_supply_contracts_and_orders_are_partnerships(text, names, expected):
    assert expected in _run(text, names)


def test_a_plan_to_supply_without_a_deal_and_a_merger_agreement_are_no_partnership():
    names = [("Zentra", ORG, None), ("Vexaro", ORG, None)]
    assert not _run("Vexaro will supply Zentra with chips next year.", names)
    assert not _run("Zentra's merger agreement with Vexaro was approved.", names)
    assert not _run("星河科技计划向云帆科技采购芯片。", [("星河科技", ORG, None), ("云帆科技", ORG, None)])


@pytest.mark.parametrize("text,names,expected", [
    ("Vexaro owns about 14% of Lumora.", [("Vexaro", ORG, None), ("Lumora", ORG, None)], {("Vexaro", "investsIn", "Lumora")}),
    ("Vexaro owns 90% of Lumora.", [("Vexaro", ORG, None), ("Lumora", ORG, None)], set()),  # a parent, no investor
    ("Vexaro became Lumora's largest shareholder after investing 1.3 billion euros.",
     [("Vexaro", ORG, None), ("Lumora", ORG, None)], {("Vexaro", "investsIn", "Lumora")}),
    ("Vexaro is one of the biggest shareholders of Lumora.", [("Vexaro", ORG, None), ("Lumora", ORG, None)],
     {("Vexaro", "investsIn", "Lumora")}),
    ("Vexaro, which has invested $8 billion in Lumora, is its main cloud provider.",
     [("Vexaro", ORG, None), ("Lumora", ORG, None)], {("Vexaro", "investsIn", "Lumora")}),
    ("Vexaro has also invested in Lumora, Tessaro and Quillon.",
     [("Vexaro", ORG, None), ("Lumora", ORG, None), ("Tessaro", ORG, None), ("Quillon", ORG, None)],
     {("Vexaro", "investsIn", "Lumora"), ("Vexaro", "investsIn", "Tessaro"), ("Vexaro", "investsIn", "Quillon")}),
    ("星河资本自2019年以来已向云帆科技投资超过130亿美元。", [("星河资本", ORG, None), ("云帆科技", ORG, None)],
     {("星河资本", "investsIn", "云帆科技")}),
    ("星河资本曾多次投资云帆科技。", [("星河资本", ORG, None), ("云帆科技", ORG, None)], {("星河资本", "investsIn", "云帆科技")}),
    ("由星河资本支持的云帆科技于周一发布新模型。", [("星河资本", ORG, None), ("云帆科技", ORG, None)],
     {("星河资本", "investsIn", "云帆科技")}),
    ("星河资本还投资了云帆科技、北辰智能和启明机器人。",
     [("星河资本", ORG, None), ("云帆科技", ORG, None), ("北辰智能", ORG, None), ("启明机器人", ORG, None)],
     {("星河资本", "investsIn", "云帆科技"), ("星河资本", "investsIn", "北辰智能"), ("星河资本", "investsIn", "启明机器人")}),
])
def test_stakes_shareholders_and_past_investments(text, names, expected):
    assert {r for r in _run(text, names) if r[1] == "investsIn"} == expected


@pytest.mark.parametrize("text,names,expected", [
    ("Vexaro owns about 90% of Lumora.", [("Vexaro", ORG, None), ("Lumora", ORG, None)], ("Lumora", "subsidiaryOf", "Vexaro")),
    ("星河集团持有云帆电子约65%的股份。", [("星河集团", ORG, None), ("云帆电子", ORG, None)], ("云帆电子", "subsidiaryOf", "星河集团")),
    ("Lumora, Vexaro's cloud division, signed a deal with Tessaro.",
     [("Vexaro", ORG, None), ("Lumora", ORG, None), ("Tessaro", ORG, None)], ("Lumora", "partnerOf", "Tessaro")),
])
def test_majority_owners_are_parents_and_a_unit_signs_for_itself(text, names, expected):
    got = _run(text, names)
    assert expected in got
    assert ("Vexaro", "partnerOf", "Tessaro") not in got and ("Lumora", "partnerOf", "Vexaro") not in got


@pytest.mark.parametrize("text,names,expected", [
    ("现任星河科技首席科学家的王立表示，模型安全至关重要。", [("星河科技", ORG, None), ("王立", PER, None)],
     {("王立", "worksFor", "星河科技")}),
    ("云帆科技混元大模型负责人王立表示，模型将全面开源。", [("云帆科技", ORG, None), ("混元", PROD, None), ("王立", PER, None)],
     {("王立", "worksFor", "云帆科技")}),
    # a post held before is no current job
    ("曾任星河科技研究总监的王立现任云帆科技首席技术官。", [("星河科技", ORG, None), ("云帆科技", ORG, None), ("王立", PER, None)],
     {("王立", "worksFor", "云帆科技")}),
    ("之前担任星河科技监事的王立已离开。", [("星河科技", ORG, None), ("王立", PER, None)], set()),
])
def test_a_post_before_its_holder_with_de_and_former_posts(text, names, expected):
    assert {r for r in _run(text, names) if r[1] == "worksFor"} == expected


@pytest.mark.parametrize("text,names,expected", [
    ("The move puts Vexaro in direct competition with Lumora.", [("Vexaro", ORG, None), ("Lumora", ORG, None)], ("Vexaro", "Lumora")),
    ("Vexaro's chips face growing competition from Lumora.", [("Vexaro", ORG, None), ("Lumora", ORG, None)], ("Vexaro", "Lumora")),
    ("Vexaro is racing against Lumora to build AI models.", [("Vexaro", ORG, None), ("Lumora", ORG, None)], ("Vexaro", "Lumora")),
    ("Vexaro and Lumora are fierce rivals.", [("Vexaro", ORG, None), ("Lumora", ORG, None)], ("Vexaro", "Lumora")),
    ("Vexaro, which competes with Lumora, raised new funds.", [("Vexaro", ORG, None), ("Lumora", ORG, None)], ("Vexaro", "Lumora")),
    ("Vexaro lost market share to Lumora in the quarter.", [("Vexaro", ORG, None), ("Lumora", ORG, None)], ("Vexaro", "Lumora")),
    ("Vexaro has emerged as a strong competitor to Lumora in China.", [("Vexaro", ORG, None), ("Lumora", ORG, None)], ("Vexaro", "Lumora")),
    ("Vexaro launched a food delivery service to challenge Lumora.", [("Vexaro", ORG, None), ("Lumora", ORG, None)], ("Vexaro", "Lumora")),
    ("The price war between Vexaro and Lumora intensified.", [("Vexaro", ORG, None), ("Lumora", ORG, None)], ("Vexaro", "Lumora")),
    ("Vexaro's Orbit X competes directly with Lumora's Nova 3.",
     [("Vexaro", ORG, None), ("Lumora", ORG, None), ("Orbit X", PROD, None), ("Nova 3", PROD, None)], ("Vexaro", "Lumora")),
    ("星河科技推出外卖服务，直接挑战云帆科技。", [("星河科技", ORG, None), ("云帆科技", ORG, None)], ("星河科技", "云帆科技")),
    ("在AI眼镜市场，星河科技与云帆科技短兵相接。", [("星河科技", ORG, None), ("云帆科技", ORG, None)], ("星河科技", "云帆科技")),
    ("星河科技与云帆科技之间的价格战愈演愈烈。", [("星河科技", ORG, None), ("云帆科技", ORG, None)], ("星河科技", "云帆科技")),
    ("星河科技视云帆科技为最大对手。", [("星河科技", ORG, None), ("云帆科技", ORG, None)], ("星河科技", "云帆科技")),
    ("星河科技的星语与云帆科技的云言展开激烈角逐。",
     [("星河科技", ORG, None), ("云帆科技", ORG, None), ("星语", PROD, None), ("云言", PROD, None)], ("星河科技", "云帆科技")),
])
def test_more_rivalry_wordings(text, names, expected):
    assert (expected[0], "competesWith", expected[1]) in _run(text, names)


def test_a_challenge_to_a_position_is_no_rival_named():
    names = [("星河科技", ORG, None), ("云帆科技", ORG, None)]
    assert not [r for r in _run("星河科技推出新品，挑战云帆科技的霸主地位。", names) if r[1] == "competesWith"]


@pytest.mark.parametrize("text,names,expected", [
    ("The Orbit 80, Vexaro's latest flagship, sold out in minutes.", [("Vexaro", ORG, None), ("Orbit 80", PROD, None)],
     ("Vexaro", "develops", "Orbit 80")),
    ("Vexaro showed off its Orbit robot.", [("Vexaro", ORG, None), ("Orbit", PROD, None)], ("Vexaro", "develops", "Orbit")),
])
def test_a_product_described_as_its_makers_and_a_product_shown(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,expected", [
    ("Vexaro completed a secondary listing in Hong Kong.", ("Vexaro", "listedOn", "Hong Kong")),
    ("Vexaro, which trades on the New York Stock Exchange, delivered 30,000 cars.", ("Vexaro", "listedOn", "New York Stock Exchange")),
    ("Vexaro's Hong Kong-listed shares fell 3%.", ("Vexaro", "listedOn", "Hong Kong")),
])
def test_more_listing_wordings(text, expected):
    names = [("Vexaro", ORG, "company"), (expected[2], ORG, "exchange")]
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,expected", [
    ("Vexaro, whose chief executive Jane Holt joined in 2013, reported results.", {("Jane Holt", "ceoOf", "Vexaro")}),
    ("Jane Holt, the world's richest woman and Vexaro's CEO, said sales rose.", {("Jane Holt", "ceoOf", "Vexaro")}),
    # a chief executive holds the top post, not just a job
    ("Jane Holt, chief executive of Vexaro, said demand was strong.", {("Jane Holt", "ceoOf", "Vexaro")}),
])
def test_chief_executives_described_or_whose(text, expected):
    got = _run(text, [("Vexaro", ORG, None), ("Jane Holt", PER, None)])
    assert got == expected


@pytest.mark.parametrize("text,names,expected", [
    ("Under chief executive Jane Holt, Vexaro has invested heavily in AI.", [("Vexaro", ORG, None), ("Jane Holt", PER, None)],
     ("Jane Holt", "ceoOf", "Vexaro")),
    ("Jane Holt took over from Mark Reed as Vexaro CEO in 2021.",
     [("Vexaro", ORG, None), ("Jane Holt", PER, None), ("Mark Reed", PER, None)], ("Jane Holt", "ceoOf", "Vexaro")),
    ("由王立担任CEO的星河科技公布了交付数据。", [("星河科技", ORG, None), ("王立", PER, None)], ("王立", "ceoOf", "星河科技")),
])
def test_chief_executives_under_whom_or_who_took_over(text, names, expected):
    got = _run(text, names)
    assert expected in got and not [r for r in got if r[0] == "Mark Reed"]


def test_an_ousted_chief_is_no_chief():
    assert not _run("Jane Holt was ousted as Vexaro's CEO in December.", [("Vexaro", ORG, None), ("Jane Holt", PER, None)])


@pytest.mark.parametrize("text,expected", [
    ("Vexaro's $6.5 billion deal to buy Lumora closed on Tuesday.", ("Vexaro", "acquires", "Lumora")),
    ("The acquisition of Lumora by Vexaro was announced in July.", ("Vexaro", "acquires", "Lumora")),
    ("Vexaro snapped up Lumora for $4.9 billion.", ("Vexaro", "acquires", "Lumora")),
])
def test_more_acquisition_wordings(text, expected):
    assert expected in _run(text, [("Vexaro", ORG, None), ("Lumora", ORG, None)])


@pytest.mark.parametrize("text,names,expected", [
    ("云帆科技获得了来自星河资本的投资。", [("云帆科技", ORG, None), ("星河资本", ORG, None)],
     {("星河资本", "investsIn", "云帆科技")}),
    ("Vexaro获得了来自星河资本和云帆基金的150亿美元投资。",
     [("Vexaro", ORG, None), ("星河资本", ORG, None), ("云帆基金", ORG, None)],
     {("星河资本", "investsIn", "Vexaro"), ("云帆基金", "investsIn", "Vexaro")}),
    # a list item's name before its colon; a unit after its parent; a partner's brand after it
    ("* **星河科技（Xinghe）**：与**云帆医药**合作，利用AI加速新药研发。",
     [("星河科技", ORG, None), ("Xinghe", ORG, None), ("云帆医药", ORG, None)], {("星河科技", "partnerOf", "云帆医药")}),
    ("Vexaro与星河集团星河云签署了一份价值380亿美元的云计算协议。",
     [("Vexaro", ORG, None), ("星河集团", ORG, None), ("星河云", ORG, None)], {("Vexaro", "partnerOf", "星河云")}),
    ("星河科技天枢与云帆科技深度合作。", [("星河科技", ORG, None), ("天枢", PROD, None), ("云帆科技", ORG, None)],
     {("星河科技", "partnerOf", "云帆科技")}),
    ("Vexaro entered a joint venture with Norvik to build AI servers.", [("Vexaro", ORG, None), ("Norvik", ORG, None)],
     {("Vexaro", "partnerOf", "Norvik")}),
    ("Vexaro and Norvik signed a letter of intent to cooperate on data centers.",
     [("Vexaro", ORG, None), ("Norvik", ORG, None)], {("Vexaro", "partnerOf", "Norvik")}),
    ("Vexaro and Norvik formed VN Holdings Japan, a 50-50 joint venture.",
     [("Vexaro", ORG, None), ("Norvik", ORG, None), ("VN Holdings Japan", ORG, None)], {("Vexaro", "partnerOf", "Norvik")}),
    ("Vexaro makes the Vexa family of AI models.", [("Vexaro", ORG, None), ("Vexa", PROD, None)],
     {("Vexaro", "develops", "Vexa")}),
])
def test_session14_wordings(text, names, expected):
    assert expected <= _run(text, names)


def test_a_colon_or_brand_does_not_join_unrelated_names():
    # the colon of a heading is no partnership; a product after a company is its brand only before 与
    assert not {r for r in _run("星河科技：云帆科技的对手", [("星河科技", ORG, None), ("云帆科技", ORG, None)])
                if r[1] == "partnerOf"}
    assert not {r for r in _run("星河科技天枢与云帆科技天璇展开竞争。", [("星河科技", ORG, None), ("天枢", PROD, None),
                                                          ("云帆科技", ORG, None), ("天璇", PROD, None)]) if r[1] == "partnerOf"}


def test_a_game_a_described_studio_made():
    assert ("Lumen Forge", "develops", "灯塔守夜人") in _run("《灯塔守夜人》由法国工作室Lumen Forge开发。",
                                                       [("灯塔守夜人", PROD, None), ("Lumen Forge", ORG, None)])


@pytest.mark.parametrize("text,names,expected", [
    ("星河科技应用业务CEO王立表示。", [("星河科技", ORG, None), ("王立", PER, None)], ("王立", "worksFor", "星河科技")),
    ("前云帆高管、现任星河AI CEO的王立表示。", [("云帆", ORG, None), ("星河", ORG, None), ("王立", PER, None)],
     ("王立", "worksFor", "星河")),
    ("星河集团国际数字商业集团CEO王立表示。", [("星河集团", ORG, None), ("王立", PER, None)], ("王立", "worksFor", "星河集团")),
    ("Jane Roe, who became Acme's CEO in March, cut jobs.", [("Jane Roe", PER, None), ("Acme", ORG, None)],
     ("Jane Roe", "ceoOf", "Acme")),
    ("Acme board chair Jane Roe defended the plan.", [("Acme", ORG, None), ("Jane Roe", PER, None)],
     ("Jane Roe", "chairOf", "Acme")),
])
def test_unit_heads_and_posts_taken(text, names, expected):
    rels = _run(text, names)
    assert expected in rels
    assert not {r for r in rels if r[0] == expected[0] and r[2] == expected[2] and r[1] == "ceoOf"} - {expected}


def test_a_post_the_sentence_ends_is_no_current_post():
    rels = _run("John Doe, who became Acme's CEO in 2000 and left in 2014, bought a team.",
                [("John Doe", PER, None), ("Acme", ORG, None)])
    assert ("John Doe", "ceoOf", "Acme") not in rels


@pytest.mark.parametrize("text,names,expected", [
    ("Vexa, the chatbot from Norvik Labs, topped the charts.", [("Vexa", PROD, None), ("Norvik Labs", ORG, None)],
     ("Norvik Labs", "develops", "Vexa")),
    ("Vexa is Norvik's AI assistant for Windows.", [("Vexa", PROD, None), ("Norvik", ORG, None)], ("Norvik", "develops", "Vexa")),
    ("Norvik-designed Vexa GPUs are in high demand.", [("Vexa", PROD, None), ("Norvik", ORG, None)], ("Norvik", "develops", "Vexa")),
])
def test_english_makers_after_or_before_their_product(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("星河科技的天枢助手将全面接入云帆科技的天璇模型。",
     [("星河科技", ORG, None), ("天枢助手", PROD, None), ("云帆科技", ORG, None), ("天璇", PROD, None)],
     ("星河科技", "partnerOf", "云帆科技")),
    ("星河汽车选择云帆电池作为电池供应商。", [("星河汽车", ORG, None), ("云帆电池", ORG, None)], ("星河汽车", "partnerOf", "云帆电池")),
    ("Norvik integrated Vexaro's Vexa models into its assistant.",
     [("Norvik", ORG, None), ("Vexaro", ORG, None), ("Vexa", PROD, None)], ("Norvik", "partnerOf", "Vexaro")),
    ("Norvik chose Vexaro's Vexa to power its new assistant.",
     [("Norvik", ORG, None), ("Vexaro", ORG, None), ("Vexa", PROD, None)], ("Norvik", "partnerOf", "Vexaro")),
    ("Norvik's Galaxy AI features are powered by Vexaro's Vexa.",
     [("Norvik", ORG, None), ("Galaxy AI", PROD, None), ("Vexaro", ORG, None), ("Vexa", PROD, None)],
     ("Norvik", "partnerOf", "Vexaro")),
])
def test_one_companys_product_built_on_anothers(text, names, expected):
    assert expected in _run(text, names)


def test_a_product_from_a_company_needs_an_apposition():
    rels = _run("Norvik chose Vexaro's Vexa to power Helios, after testing models from Quanta Labs.",
                [("Norvik", ORG, None), ("Vexaro", ORG, None), ("Vexa", PROD, None), ("Helios", PROD, None),
                 ("Quanta Labs", ORG, None)])
    assert ("Quanta Labs", "develops", "Helios") not in rels
    # an open model a product uses names no partner
    assert not {r for r in _run("星河助手已接入DeepSeek-R1模型。", [("星河助手", PROD, None), ("DeepSeek-R1", PROD, None)])
                if r[1] == "partnerOf"}


@pytest.mark.parametrize("text,names,expected", [
    ("云帆科技背后的投资方包括星河资本和北辰投资。", [("云帆科技", ORG, None), ("星河资本", ORG, None), ("北辰投资", ORG, None)],
     {("星河资本", "investsIn", "云帆科技"), ("北辰投资", "investsIn", "云帆科技")}),
    ("云帆科技此前获得过星河资本和北辰投资的投资。", [("云帆科技", ORG, None), ("星河资本", ORG, None), ("北辰投资", ORG, None)],
     {("星河资本", "investsIn", "云帆科技"), ("北辰投资", "investsIn", "云帆科技")}),
    ("Norvik, Quanta Labs and Helix are among Vexaro's backers.",
     [("Norvik", ORG, None), ("Quanta Labs", ORG, None), ("Helix", ORG, None), ("Vexaro", ORG, None)],
     {("Norvik", "investsIn", "Vexaro"), ("Quanta Labs", "investsIn", "Vexaro"), ("Helix", "investsIn", "Vexaro")}),
])
def test_backers_listed(text, names, expected):
    assert expected <= _run(text, names)


def test_the_officer_in_charge_of_a_product():
    names = [("星河科技", ORG, None), ("星河助手", PROD, None), ("王立", PER, None)]
    assert ("王立", "worksFor", "星河科技") in _run("据星河科技负责星河助手的副总裁王立介绍，新功能将逐步推出。", names)
    assert ("王立", "worksFor", "星河科技") in _run("星河科技负责支付业务的副总裁王立表示。", names)


def test_a_contract_signed_with_several_parties():
    names = [("星河科技", ORG, None), ("云帆资本", ORG, None), ("北辰投资", ORG, None), ("MGX", ORG, None)]
    rels = _run("星河科技与云帆资本、北辰投资和MGX签署了合资协议。", names)
    assert {("星河科技", "partnerOf", x) for x in ("云帆资本", "北辰投资", "MGX")} <= rels


def test_the_chief_of_a_unit_is_no_chief_of_the_company():
    rels = _run("Norvik hired Jane Roe as CEO of Applications in May.",
                [("Norvik", ORG, None), ("Jane Roe", PER, None)])
    assert ("Jane Roe", "ceoOf", "Norvik") not in rels


def test_a_product_from_a_makers_hand():
    assert ("星河科技", "develops", "天枢2.0") in _run("天枢2.0出自星河科技Seed团队之手。", [("天枢2.0", PROD, None), ("星河科技", ORG, None)])


@pytest.mark.parametrize("text,names,expected", [
    ("Norvik confirmed in January that it had partnered with Vexaro on its AI models.",
     [("Norvik", ORG, None), ("Vexaro", ORG, None)], ("Norvik", "partnerOf", "Vexaro")),
    ("Norvik and Vexaro agreed in October to co-develop custom chips.",
     [("Norvik", ORG, None), ("Vexaro", ORG, None)], ("Norvik", "partnerOf", "Vexaro")),
    ("Norvik and Vexaro unveiled a multi-gigawatt supply agreement on Oct. 6.",
     [("Norvik", ORG, None), ("Vexaro", ORG, None)], ("Norvik", "partnerOf", "Vexaro")),
])
def test_english_partnerships_told_in_more_ways(text, names, expected):
    assert expected in _run(text, names)


def test_a_merger_agreement_is_no_partnership():
    assert not {r for r in _run("Norvik and Vexaro signed a merger agreement on Monday.",
                                [("Norvik", ORG, None), ("Vexaro", ORG, None)]) if r[1] == "partnerOf"}


def test_an_officer_of_the_organizations_listed():
    names = [("Jane Roe", PER, None), ("Norvik", ORG, None), ("Vexaro", ORG, None)]
    assert {("Jane Roe", "ceoOf", "Norvik"), ("Jane Roe", "ceoOf", "Vexaro")} <= _run(
        "Jane Roe, CEO of Norvik and Vexaro, spoke at the event.", names)
    assert ("Jane Roe", "ceoOf", "Vexaro") not in _run(
        "Jane Roe, CEO of Norvik, met John Doe of Vexaro.", names + [("John Doe", PER, None)])


@pytest.mark.parametrize("text,names,expected", [
    ("董事会同意聘任何志远为星河科技执行副总裁。", [("何志远", PER, None), ("星河科技", ORG, None)],
     ("何志远", "worksFor", "星河科技")),
    ("云帆资本创始人王立随后出任星河科技董事。", [("王立", PER, None), ("星河科技", ORG, None), ("云帆资本", ORG, None)],
     ("王立", "worksFor", "星河科技")),
    ("董事会任命安德斯·荣松（Anders Jönsson）为星河汽车总裁兼首席执行官。",
     [("安德斯·荣松", PER, None), ("星河汽车", ORG, None)], ("安德斯·荣松", "ceoOf", "星河汽车")),
])
def test_a_person_appointed_to_a_post_at_a_named_company(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("云帆资本于11月6日增持星河科技H股约120万股。", [("云帆资本", ORG, None), ("星河科技", ORG, None)],
     ("云帆资本", "investsIn", "星河科技")),
    ("由王立创立的星河科技，股东名单中包括云帆资本、北辰创投等机构。",
     [("王立", PER, None), ("星河科技", ORG, None), ("云帆资本", ORG, None), ("北辰创投", ORG, None)],
     ("北辰创投", "investsIn", "星河科技")),
    ("星河科技正式登陆港交所，此次IPO引入云帆资本、北辰创投等多家基石投资者。",
     [("星河科技", ORG, None), ("港交所", ORG, "exchange"), ("云帆资本", ORG, None), ("北辰创投", ORG, None)],
     ("云帆资本", "investsIn", "星河科技")),
])
def test_shareholders_told_in_more_ways(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("作为云帆科技在国内AI芯片市场最有力的竞争对手之一，星河科技的新芯片已被采用。",
     [("云帆科技", ORG, None), ("星河科技", ORG, None)], ("星河科技", "competesWith", "云帆科技")),
    ("作为在非洲手机市场短兵相接的竞争对手，星河科技与云帆科技此前已多次对簿公堂。",
     [("云帆科技", ORG, None), ("星河科技", ORG, None)], ("星河科技", "competesWith", "云帆科技")),
    ("星河云在国内云市场继续领先于云帆云和北辰云等竞争对手。",
     [("星河云", ORG, None), ("云帆云", ORG, None), ("北辰云", ORG, None)], ("星河云", "competesWith", "北辰云")),
    ("星河科技周一推出浏览器Nova Atlas，正式向云帆科技Orbit发起挑战。",
     [("星河科技", ORG, None), ("云帆科技", ORG, None), ("Nova Atlas", PROD, None), ("Orbit", PROD, None)],
     ("星河科技", "competesWith", "云帆科技")),
    ("星河科技CEO王立在大会上发布新一代Nova平台，与云帆科技的Orbit系列在数据中心市场正面角逐。",
     [("星河科技", ORG, None), ("王立", PER, None), ("Nova", PROD, None), ("云帆科技", ORG, None), ("Orbit", PROD, None)],
     ("星河科技", "competesWith", "云帆科技")),
])
def test_chinese_rivalries_told_in_more_ways(text, names, expected):
    assert expected in _run(text, names)


def test_a_list_of_rivals_is_someone_elses():
    rels = _run("星河云领先于云帆云和北辰云等竞争对手。",
                [("星河云", ORG, None), ("云帆云", ORG, None), ("北辰云", ORG, None)])
    assert ("云帆云", "competesWith", "北辰云") not in rels and ("北辰云", "competesWith", "云帆云") not in rels


def test_makers_and_products_listed_respectively():
    names = [("星河", ORG, None), ("云帆", ORG, None), ("北辰", ORG, None),
             ("Nova 3", PROD, None), ("Orbit X", PROD, None), ("Polaris 9", PROD, None)]
    rels = {r for r in _run("10月中旬，星河、云帆和北辰相继发布Nova 3、Orbit X和Polaris 9系列。", names) if r[1] == "develops"}
    assert rels == {("星河", "develops", "Nova 3"), ("云帆", "develops", "Orbit X"), ("北辰", "develops", "Polaris 9")}


@pytest.mark.parametrize("text,names,expected", [
    ("Norvik, founded by former Vexaro executive Jane Roe, competes with Kestrel and Talon for customers.",
     [("Norvik", ORG, None), ("Vexaro", ORG, None), ("Jane Roe", PER, None), ("Kestrel", ORG, None), ("Talon", ORG, None)],
     ("Norvik", "competesWith", "Talon")),
    ("Norvik reported revenue of $3 billion, as deliveries of its cars helped it gain ground on rivals Kestrel and Talon.",
     [("Norvik", ORG, None), ("Kestrel", ORG, None), ("Talon", ORG, None)], ("Norvik", "competesWith", "Kestrel")),
    ("Norvik released its new model on Tuesday, stepping up its challenge to Kestrel and Talon.",
     [("Norvik", ORG, None), ("Kestrel", ORG, None), ("Talon", ORG, None)], ("Norvik", "competesWith", "Talon")),
    ("Norvik launched the Vela 5 on Wednesday, billing it as the thinnest phone as it competes with Kestrel.",
     [("Norvik", ORG, None), ("Vela 5", PROD, None), ("Kestrel", ORG, None)], ("Norvik", "competesWith", "Kestrel")),
    ("Shares of Norvik (北维), the chip designer often billed as a homegrown challenger to Kestrel, rose.",
     [("Norvik", ORG, None), ("Kestrel", ORG, None)], ("Norvik", "competesWith", "Kestrel")),
    ("Vela, the chatbot made by Norvik, now has 100 million users.", [("Vela", PROD, None), ("Norvik", ORG, None)],
     ("Norvik", "develops", "Vela")),
    ("phones powered by the Norvik-designed Vela 9030 processor", [("Vela 9030", PROD, None), ("Norvik", ORG, None)],
     ("Norvik", "develops", "Vela 9030")),
])
def test_english_rivals_and_makers_told_in_more_ways(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text", [
    "Norvik rose as much as 8% in its debut on the Hong Kong Stock Exchange on Thursday.",
    "Shares of Norvik more than quadrupled on their first day of trading on Shanghai's STAR Market on Friday.",
    "Norvik raised HK$14.3 billion in its Hong Kong share sale and began trading on the Hong Kong Stock Exchange.",
])
def test_a_debut_on_an_exchange_is_a_listing(text):
    exchange = "STAR Market" if "STAR" in text else "Hong Kong Stock Exchange"
    assert ("Norvik", "listedOn", exchange) in _run(text, [("Norvik", ORG, None), (exchange, ORG, "exchange")])


@pytest.mark.parametrize("text,names,expected", [
    ("市场关注星河银行主席王立明的最新表态。", [("星河银行", ORG, None), ("王立明", PER, None)],
     ("王立明", "chairOf", "星河银行")),
    ("特朗普将面试星河储备委员会理事沃森。", [("星河储备委员会", ORG, None), ("沃森", PER, None)],
     ("沃森", "worksFor", "星河储备委员会")),
    ("北辰外交部通讯和国家形象司司长米卡·库宁证实了此事。", [("北辰外交部", ORG, None), ("米卡·库宁", PER, None)],
     ("米卡·库宁", "worksFor", "北辰外交部")),
    ("北辰媒体公司Norvik Studio的创意总监伊尔卡·许宁表示。", [("Norvik Studio", ORG, None), ("伊尔卡·许宁", PER, None)],
     ("伊尔卡·许宁", "worksFor", "Norvik Studio")),
    ("星河大学校长何建新出席了会议。", [("星河大学", ORG, None), ("何建新", PER, None)],
     ("何建新", "worksFor", "星河大学")),
])
def test_chinese_chairs_governors_and_heads_of_public_bodies(text, names, expected):
    assert expected in _run(text, names)


def test_a_vice_president_fu_zhuxi_is_no_chair():
    rels = _run("星河银行副主席王立明表示。", [("星河银行", ORG, None), ("王立明", PER, None)])
    assert ("王立明", "worksFor", "星河银行") in rels and ("王立明", "chairOf", "星河银行") not in rels


def test_a_post_in_a_chain_before_another_name_is_that_persons():
    names = [("星河大学", ORG, None), ("曹红", PER, None), ("北辰书法协会", ORG, None), ("云帆学院", ORG, None),
             ("李恒", PER, None)]
    rels = _run("星河大学副校长曹红，北辰书法协会副主席、云帆学院原党委副书记李恒出席会议。", names)
    assert ("曹红", "worksFor", "星河大学") in rels
    assert ("曹红", "worksFor", "北辰书法协会") not in rels


def test_a_drug_in_quotes_after_its_kind_is_the_makers():
    rels = _run("以罕见病为例，星河制药有限公司的国产创新药“戈瑞安”此次被纳入目录。",
                [("星河制药有限公司", ORG, None), ("戈瑞安", PROD, None)])
    assert ("星河制药有限公司", "develops", "戈瑞安") in rels


def test_bodies_that_jointly_issue_rules_are_no_partners():
    names = [("星河发展委员会", ORG, None), ("北辰财政厅", ORG, None)]
    assert not {r for r in _run("星河发展委员会与北辰财政厅联合发布新一轮以旧换新实施细则。", names)
                if r[1] == "partnerOf"}


@pytest.mark.parametrize("text,names,expected", [
    ("Norvik plans to spin off Vexaro, Norvik's artificial intelligence chip unit, next year.",
     [("Norvik", ORG, None), ("Vexaro", ORG, None)], ("Vexaro", "subsidiaryOf", "Norvik")),
    ("Zorbly invested in Vexaro Studios, the new Norvik subsidiary that houses its games.",
     [("Zorbly", ORG, None), ("Vexaro Studios", ORG, None), ("Norvik", ORG, None)],
     ("Vexaro Studios", "subsidiaryOf", "Norvik")),
    ("Vexaro Technology, the premium EV maker controlled by state-owned Norvik Automobile, raised funds.",
     [("Vexaro Technology", ORG, None), ("Norvik Automobile", ORG, None)],
     ("Vexaro Technology", "subsidiaryOf", "Norvik Automobile")),
    ("Norvik, which owns the Vexaro Morning Post, said it would spend more on AI.",
     [("Norvik", ORG, None), ("Vexaro Morning Post", ORG, None)], ("Vexaro Morning Post", "subsidiaryOf", "Norvik")),
])
def test_english_units_told_in_more_ways(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("Norvik unveiled the Zeta Air at an event on Tuesday, taking on Vexaro Electronics' Galaxy Edge in the market.",
     [("Norvik", ORG, None), ("Zeta Air", PROD, None), ("Vexaro Electronics", ORG, None), ("Galaxy Edge", PROD, None)],
     ("Norvik", "competesWith", "Vexaro Electronics")),
    ("Norvik on Tuesday reported revenue of 24 billion yuan, while net income fell as it poured money into delivery to fend off rival Vexaro.",
     [("Norvik", ORG, None), ("Vexaro", ORG, None)], ("Norvik", "competesWith", "Vexaro")),
    ("Norvik chairman Jane Roe said the money would fund research, an area in which Norvik still trails rivals Vexaro and Zorbly.",
     [("Norvik", ORG, None), ("Jane Roe", PER, None), ("Vexaro", ORG, None), ("Zorbly", ORG, None)],
     ("Norvik", "competesWith", "Zorbly")),
    ("Norvik rolled out Lumo, a consumer assistant app, taking on Vexaro's Dobo, Zorbly's Qiro app and Kestrel's Yuno.",
     [("Norvik", ORG, None), ("Lumo", PROD, None), ("Vexaro", ORG, None), ("Dobo", PROD, None), ("Zorbly", ORG, None),
      ("Qiro", PROD, None), ("Kestrel", ORG, None), ("Yuno", PROD, None)], ("Norvik", "competesWith", "Kestrel")),
    ("Norvik debuted its R1 robot on Friday at a low price, undercutting rivals such as Vexaro Robotics and Zorbly.",
     [("Norvik", ORG, None), ("R1", PROD, None), ("Vexaro Robotics", ORG, None), ("Zorbly", ORG, None)],
     ("Norvik", "competesWith", "Vexaro Robotics")),
    ("Norvik's quarterly revenue rose 22% as the group poured money into its food-delivery battle with Vexaro.",
     [("Norvik", ORG, None), ("Vexaro", ORG, None)], ("Norvik", "competesWith", "Vexaro")),
])
def test_english_rivals_of_the_sentence_subject_told_later(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("Norvik said on Tuesday it had completed its purchase of Vexaro, the Italian hardware company.",
     [("Norvik", ORG, None), ("Vexaro", ORG, None)], ("Norvik", "acquires", "Vexaro")),
    ("Norvik Group closed its 1.1 billion euro acquisition of Spanish kitchen-equipment maker Vexaro on Thursday.",
     [("Norvik Group", ORG, None), ("Vexaro", ORG, None)], ("Norvik Group", "acquires", "Vexaro")),
    ("Regulators opened an antitrust investigation into Norvik over its acquisition of Israeli chip firm Vexaro.",
     [("Norvik", ORG, None), ("Vexaro", ORG, None)], ("Norvik", "acquires", "Vexaro")),
    ("Vexaro agreed on Monday to be taken private by a consortium of Norvik Capital, Zorbly Partners and Kestrel.",
     [("Vexaro", ORG, None), ("Norvik Capital", ORG, None), ("Zorbly Partners", ORG, None), ("Kestrel", ORG, None)],
     ("Zorbly Partners", "acquires", "Vexaro")),
    ("The unit also includes Vexaro, which Norvik bought in March 2025.",
     [("Vexaro", ORG, None), ("Norvik", ORG, None)], ("Norvik", "acquires", "Vexaro")),
])
def test_english_acquisitions_told_in_more_ways(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,names,expected", [
    ("Norvik agreed to invest $5 billion in Vexaro by buying its stock at $23.28 a share, and the two chipmakers "
     "will jointly develop data-centre products.", [("Norvik", ORG, None), ("Vexaro", ORG, None)],
     ("Norvik", "partnerOf", "Vexaro")),
    ("Norvik International, the overseas arm of Norvik Group, signed an agreement with Vietnam's Vexaro on Wednesday.",
     [("Norvik International", ORG, None), ("Norvik Group", ORG, None), ("Vexaro", ORG, None)],
     ("Norvik International", "partnerOf", "Vexaro")),
])
def test_english_partners_told_in_more_ways(text, names, expected):
    assert expected in _run(text, names)


def test_english_the_subjects_own_product_named_with_its():
    names = [("Norvik", ORG, None), ("Zeta 7", PROD, None), ("Zeta 9", PROD, None)]
    rels = _run("Norvik reported revenue of 116 billion yuan on Tuesday, up 30.5%, helped by sales of its Zeta 7 and "
                "Zeta 9 electric cars.", names)
    assert {("Norvik", "develops", "Zeta 7"), ("Norvik", "develops", "Zeta 9")} <= rels
    # another organization between: "its" may be that one's
    rels = _run("Norvik struck a deal with Vexaro to integrate its Zeta 7 model.", names + [("Vexaro", ORG, None)])
    assert not {r for r in rels if r[1] == "develops"}


@pytest.mark.parametrize("text,names,expected", [
    ("由星河集团分拆的子公司星河医疗正式挂牌上市。", [("星河集团", ORG, None), ("星河医疗", ORG, None)],
     ("星河医疗", "subsidiaryOf", "星河集团")),
    ("受此影响，星河汽车旗下港股上市子公司星河电子次日下跌4%。",
     [("星河汽车", ORG, None), ("港股", ORG, "exchange"), ("星河电子", ORG, None)], ("星河电子", "subsidiaryOf", "星河汽车")),
    ("Zorbly（北辰母公司Norvik旗下）联席首席执行官王立表示。", [("Zorbly", ORG, None), ("北辰", ORG, None), ("Norvik", ORG, None),
                                                ("王立", PER, None)], ("Zorbly", "subsidiaryOf", "Norvik")),
    ("星河咖啡7月28日晚间发布的财报显示，公司第二季度总净收入为123.6亿元，同比增长47.1%，门店数量进一步拉开与竞争对手北辰咖啡的差距。",
     [("星河咖啡", ORG, None), ("北辰咖啡", ORG, None)], ("星河咖啡", "competesWith", "北辰咖啡")),
])
def test_chinese_units_and_rivals_told_in_more_ways(text, names, expected):
    assert expected in _run(text, names)


def test_a_company_is_no_subsidiary_of_its_own_group():
    rels = _run("由星河集团分拆的子公司星河正式挂牌上市。", [("星河集团", ORG, None), ("星河", ORG, None)])
    assert not {r for r in rels if r[1] == "subsidiaryOf"}


def test_listed_on_each_exchange_of_a_list():
    names = [("华康药业", "ORG", "company"), ("纳斯达克", "ORG", "exchange"), ("港交所", "ORG", "exchange"), ("科创板", "ORG", "exchange")]
    assert {r for r in _run("华康药业是一家在纳斯达克、港交所和科创板三地上市的公司。", names) if r[1] == "listedOn"} == {
        ("华康药业", "listedOn", "纳斯达克"), ("华康药业", "listedOn", "港交所"), ("华康药业", "listedOn", "科创板")}
    names = [("甲科技", "ORG", "company"), ("港交所", "ORG", "exchange"), ("乙集团", "ORG", "company")]
    assert {r for r in _run("甲科技于港交所上市，和乙集团一样。", names) if r[1] == "listedOn"} == {("甲科技", "listedOn", "港交所")}


def test_partner_chosen_or_decided():
    names = [("甲汽车", "ORG", "company"), ("乙科技", "ORG", "company")]
    assert ("甲汽车", "partnerOf", "乙科技") in _run("甲汽车选择与乙科技合作，在国内使用其地图服务。", names)
    assert ("甲汽车", "partnerOf", "乙科技") not in _run("甲汽车或将选择与乙科技合作。", names)


def test_committee_and_supervisory_posts():
    names = [("华夏肿瘤学会", "ORG", None), ("周明远", "PERSON", None)]
    assert ("周明远", "worksFor", "华夏肿瘤学会") in _run("华夏肿瘤学会主任委员周明远教授指出，疗效显著。", names)
    assert ("周明远", "worksFor", "华夏肿瘤学会") in _run("华夏肿瘤学会监事长周明远教授强调，意义重大。", names)


def test_drug_filed_for_approval_is_the_filers():
    names = [("华康药业", "ORG", "company"), ("国家药监局", "ORG", "government"), ("Kalorex", "PRODUCT", None)]
    assert ("华康药业", "develops", "Kalorex") in _run("华康药业向国家药监局（NMPA）提交了其新型口服降糖药Kalorex的上市申请。", names)
    assert ("华康药业", "develops", "Kalorex") in _run("华康药业宣布，已向国家药监局递交了复方注射剂Kalorex的上市申请。", names)


def test_product_upgraded_by_its_maker():
    names = [("星联科技", "ORG", "company"), ("灵犀大模型", "PRODUCT", None)]
    assert ("星联科技", "develops", "灵犀大模型") in _run("以星联科技2025年下半年升级的灵犀大模型为例，其推理能力显著提升。", names)


def test_shares_taken_by_transfer():
    names = [("甲集团", "ORG", "company"), ("乙零售", "ORG", "company")]
    assert ("甲集团", "investsIn", "乙零售") in _run("甲集团以10亿元受让了乙零售20%的股份。", names)
    assert ("甲集团", "acquires", "乙零售") not in _run("甲集团以10亿元受让了乙零售20%的股份。", names)
    assert ("甲集团", "acquires", "乙零售") in _run("甲集团受让了乙零售70%的股权，成为其控股股东。", names)


def test_officer_named_in_a_sentence_about_the_company():
    names = [("Corvane Bank", "ORG", "company"), ("Lisbeth Marr", "PERSON", None), ("Halden Capital", "ORG", "company")]
    assert ("Lisbeth Marr", "ceoOf", "Corvane Bank") in _run(
        "Corvane Bank has no plans to raise its offer for Halden Capital, Chief Executive Lisbeth Marr said on Wednesday.", names)
    assert ("Lisbeth Marr", "ceoOf", "Corvane Bank") in _run(
        "Corvane Bank posted a third-quarter profit of $1.9 billion on Friday, as Chief Executive Lisbeth Marr warned that risks remained.", names)
    assert ("Lisbeth Marr", "chairOf", "Corvane Bank") in _run(
        "Corvane Bank named a new finance chief on Wednesday and said Chairman Lisbeth Marr would step down in April.", names)
    assert ("Lisbeth Marr", "ceoOf", "Corvane Bank") in _run("Chief Executive Lisbeth Marr said Corvane Bank expected sales to hold up.", names)
    assert ("Lisbeth Marr", "worksFor", "Corvane Bank") in _run("Chief Financial Officer Lisbeth Marr said Corvane Bank was on track.", names)
    # the post of another organization's officer is theirs: "Halden Capital Chief Executive …"
    assert ("Lisbeth Marr", "ceoOf", "Corvane Bank") not in _run(
        "Corvane Bank raised its offer on Monday, and Halden Capital Chief Executive Lisbeth Marr said it was too low.", names)


def test_company_named_someone_to_a_post():
    names = [("Kelvane", "ORG", "company"), ("Dorian Fisk", "PERSON", None)]
    assert ("Dorian Fisk", "worksFor", "Kelvane") in _run("Kelvane on Monday named Dorian Fisk its chief scientific officer.", names)
    assert ("Dorian Fisk", "ceoOf", "Kelvane") in _run(
        "Kelvane, the maker of Tylora and Bandex, named Dorian Fisk chief executive on Monday.", names)


def test_unit_of_the_sentence_subject_and_of_a_described_parent():
    names = [("Alvera Group", "ORG", "company"), ("Cainor", "ORG", None)]
    assert ("Cainor", "subsidiaryOf", "Alvera Group") in _run(
        "Alvera Group on Wednesday scrapped plans to list its logistics arm Cainor on the Hong Kong exchange.", names)
    names = [("Zolin Gold International", "ORG", None), ("Zolin Mining", "ORG", "company")]
    assert ("Zolin Gold International", "subsidiaryOf", "Zolin Mining") in _run(
        "Zolin Gold International, the overseas gold unit of Chinese miner Zolin Mining, jumped 40% in its debut.", names)


def test_board_appointments_in_a_company_announcement():
    names = [("星河银行", "ORG", "company"), ("冯远航", "PERSON", None)]
    assert ("冯远航", "worksFor", "星河银行") in _run("星河银行3月31日晚间公告，董事会已聘任冯远航为该行行长，即日起生效。", names)
    assert ("冯远航", "chairOf", "星河银行") in _run("星河银行12月9日晚间公告，董事会选举冯远航为公司第五届董事会董事长。", names)
    assert ("冯远航", "ceoOf", "星河银行") in _run("星河银行公告，董事会聘任冯远航为公司首席执行官。", names)


def test_wire_byline_executive_chair_and_rivals_in_a_field():
    assert ("冯远航", "worksFor", "星河财经") in _run("星河财经2月24日电（记者 冯远航）某公司晚间发布业绩快报。",
                                                   [("星河财经", "ORG", None), ("冯远航", "PERSON", None)])
    assert ("冯远航", "chairOf", "星宇科技") in _run("星宇科技执行主席冯远航表示。", [("星宇科技", "ORG", "company"), ("冯远航", "PERSON", None)])
    names = [("甲医疗", "ORG", "company"), ("乙医疗", "ORG", "company"), ("丙电子", "ORG", "company")]
    assert {("甲医疗", "competesWith", "乙医疗"), ("甲医疗", "competesWith", "丙电子")} <= _run(
        "甲医疗在高端影像设备领域的主要竞争对手包括乙医疗和丙电子。", names)


def test_rivals_of_the_company_a_speaker_names():
    names = [("Halvard", "ORG", None), ("Corsa Air", "ORG", None), ("Delmar Air Lines", "ORG", None)]
    rels = _run("Chief Executive Ross Kemp said Halvard was winning customers from rivals such as Corsa Air and Delmar Air Lines.", names)
    assert {("Halvard", "competesWith", "Corsa Air"), ("Halvard", "competesWith", "Delmar Air Lines")} <= rels
    names = [("Evermarine", "ORG", None), ("Yangsun Marine", "ORG", None)]
    assert ("Evermarine", "competesWith", "Yangsun Marine") in _run("The order keeps Evermarine ahead of rivals Yangsun Marine in the race.", names)


def test_partner_after_a_description_or_a_statement():
    names = [("Halvard Bank", "ORG", "company"), ("Nuvexa", "ORG", "company"), ("Corvane", "ORG", "company")]
    assert ("Halvard Bank", "partnerOf", "Nuvexa") in _run("Halvard Bank signed an agreement with Brazilian fintech Nuvexa to offer credit.", names)
    assert ("Corvane", "partnerOf", "Nuvexa") in _run("Corvane said on Thursday it formed a joint venture with Japan's Nuvexa last month.", names)
    assert ("Corvane", "partnerOf", "Nuvexa") in _run("Halvard Bank's Corvane unit has signed a research collaboration with Danish biotech Nuvexa.", names)


def test_a_partnership_that_ended_or_a_rumoured_stake():
    names = [("甲生物", "ORG", "company"), ("乙医药公司", "ORG", "company")]
    assert ("甲生物", "partnerOf", "乙医药公司") not in _run("甲生物周一公告，与乙医药公司就一款单抗北美权益的许可合作已于上月终止。", names)
    names = [("甲资本", "ORG", "company"), ("乙基因", "ORG", "company")]
    assert ("甲资本", "investsIn", "乙基因") not in _run("针对“甲资本入股乙基因”的传闻，乙基因周一回复称，公司未与甲资本签署任何投资协议。", names)


def test_company_founded_by_several_people():
    from kg.pipeline import extract_all
    from kg.records import Document
    (ex,), _ = extract_all([Document("d", "Zelpo, the Mumbai-based quick-commerce startup co-founded by Aarav Palmer and Kiran Voss, has raised $450 million.")])
    rels = {(r.subject.text, r.predicate, r.object.text) for r in ex.relations}
    assert {("Aarav Palmer", "founderOf", "Zelpo"), ("Kiran Voss", "founderOf", "Zelpo")} <= rels


def test_units_and_backers_named_in_an_aside():
    from kg.pipeline import extract_all
    from kg.records import Document
    texts = ["Pinvale, a subsidiary of Heartford Bancorp, said the claims were without merit.",
             "Harlowe, a subsidiary of Spain's Banco Maritimo, said it accepted the findings.",
             "Norvane, which is backed by Temasek, said it would defend itself vigorously.",
             "Deltrow Investments, the U.S. public investments arm of Macquarie Asset Management, was sold."]
    exs, _ = extract_all([Document(f"d{i}", t) for i, t in enumerate(texts)])
    rels = {(r.subject.text, r.predicate, r.object.text) for ex in exs for r in ex.relations}
    assert {("Pinvale", "subsidiaryOf", "Heartford Bancorp"), ("Harlowe", "subsidiaryOf", "Banco Maritimo"),
            ("Temasek", "investsIn", "Norvane"), ("Deltrow Investments", "subsidiaryOf", "Macquarie Asset Management")} <= rels
    assert not [e for ex in exs for e in ex.events if e.type == "Funding"]  # a backer named is no round


def test_launch_after_a_description_with_a_spec():
    from kg.pipeline import extract_all
    from kg.records import Document
    (ex,), _ = extract_all([Document("d", "联星医疗7月7日在上海发布新一代5.0T全身磁共振系统Orion Scan。", date="2025-07-08")])
    assert [e.type for e in ex.events] == ["ProductLaunch"]


def test_announced_unit_and_shares_bought_on_the_market():
    names = [("华石集团", "ORG", "company"), ("新晟能源", "ORG", None), ("乙能源", "ORG", "company")]
    rels = _run("华石集团周二宣布，旗下子公司新晟能源与乙能源签署氢能合作框架协议。", names)
    assert ("新晟能源", "subsidiaryOf", "华石集团") in rels
    names = [("甲人寿", "ORG", "company"), ("乙银行", "ORG", "company")]
    assert ("甲人寿", "investsIn", "乙银行") in _run("8月4日，甲人寿披露，已于7月31日买入乙银行H股，持股比例达到5%，触发举牌。", names)


@pytest.mark.parametrize("text,names,expected", [
    # a unit named before its kind, after "its" of the sentence's subject
    ("Korvane said revenue rose, helped by strong sales at its Tellmar unit.",
     [("Korvane", ORG, "company"), ("Tellmar", ORG, None)], {("Tellmar", "subsidiaryOf", "Korvane")}),
    ("Korvane named Ann Vale, who heads its Brisko coffee unit, as chief executive.",
     [("Korvane", ORG, "company"), ("Brisko", ORG, None), ("Ann Vale", PER, None)], {("Brisko", "subsidiaryOf", "Korvane")}),
    # two units of one parent
    ("Dalwen Holdings and Ostra Marine, both units of state-owned Pellar Group, said they had merged.",
     [("Dalwen Holdings", ORG, None), ("Ostra Marine", ORG, None), ("Pellar Group", ORG, None)],
     {("Dalwen Holdings", "subsidiaryOf", "Pellar Group"), ("Ostra Marine", "subsidiaryOf", "Pellar Group")}),
    # an owner described before its name, and a parent that also owns
    ("In Brazil it competes with Quenta, owned by Dutch tech investor Mirrox.", [("Quenta", ORG, None), ("Mirrox", ORG, None)],
     {("Quenta", "subsidiaryOf", "Mirrox")}),
    ("Halvex, which also owns German robot maker Torvik, competes at home.", [("Halvex", ORG, None), ("Torvik", ORG, None)],
     {("Torvik", "subsidiaryOf", "Halvex")}),
])
def test_english_units_named_by_their_owner(text, names, expected):
    assert expected <= _run(text, names)


def test_a_business_the_english_model_calls_a_product_is_an_organization():
    from kg.extract.en_names import retyped_en

    text = "Korvane agreed to buy Pellar, the owner of the Tellmar and Brisko electronics chains, and Quenta, owned by Mirrox."
    cands = [Mention("d", text.index(n), text.index(n) + len(n), n, "PRODUCT", "en", "ner") for n in ("Tellmar", "Brisko", "Quenta")]
    assert [c.type for c in retyped_en(cands, text)] == ["ORG", "ORG", "ORG"]
    text = "Korvane launched the Tellmar phone."
    cand = Mention("d", 21, 28, "Tellmar", "PRODUCT", "en", "ner")
    assert retyped_en([cand], text)[0].type == "PRODUCT"


@pytest.mark.parametrize("text,names,expected", [
    ("Korvane said that Ann Vale, its chairman and chief executive, would hand the CEO role to Bo Lin.",
     [("Korvane", ORG, "company"), ("Ann Vale", PER, None), ("Bo Lin", PER, None)], {("Ann Vale", "chairOf", "Korvane")}),
    ("Korvane expects to ship the chips next year, rotating chairman Bo Lin said on Thursday.",
     [("Korvane", ORG, "company"), ("Bo Lin", PER, None)], {("Bo Lin", "chairOf", "Korvane")}),
    ("Korvane said that co-founder Bo Lin had stepped down as chief executive and become executive chair.",
     [("Korvane", ORG, "company"), ("Bo Lin", PER, None)], {("Bo Lin", "chairOf", "Korvane")}),
    ("Ann Vale took over as chief executive of Korvane, succeeding Bo Lin, who stepped down after 11 years and is now Korvane's executive chairman.",
     [("Korvane", ORG, "company"), ("Bo Lin", PER, None), ("Ann Vale", PER, None)], {("Bo Lin", "chairOf", "Korvane")}),
])
def test_english_chairs_in_a_clause_about_them(text, names, expected):
    got = _run(text, names)
    assert expected <= got
    assert ("Bo Lin", "ceoOf", "Korvane") not in got


def test_a_chief_executive_who_stepped_down_to_become_chair_is_no_longer_chief_executive():
    got = _run("Korvane said that Bo Lin had stepped down as chief executive and become executive chair.",
               [("Korvane", ORG, "company"), ("Bo Lin", PER, None)])
    assert got == {("Bo Lin", "chairOf", "Korvane")}


@pytest.mark.parametrize("text,names,expected", [
    ("Korvane unveiled its model at its annual Korvane World conference, stepping up its challenge to rivals Tellmar and Brisko.",
     [("Korvane World", ORG, None), ("Korvane", ORG, "company"), ("Tellmar", ORG, "company"), ("Brisko", ORG, "company")],
     {("Korvane", "competesWith", "Tellmar"), ("Korvane", "competesWith", "Brisko")}),
    ("Korvane's Orbit 3, unveiled on Tuesday, topped the leaderboard, piling pressure on rivals Tellmar and Brisko.",
     [("Korvane", ORG, "company"), ("Orbit 3", PROD, None), ("Tellmar", ORG, "company"), ("Brisko", ORG, "company")],
     {("Korvane", "competesWith", "Tellmar"), ("Korvane", "competesWith", "Brisko")}),
    ("Quenta, which takes on Tellmar and Brisko in the family segment, has yet to turn a profit.",
     [("Quenta", ORG, "company"), ("Tellmar", ORG, "company"), ("Brisko", ORG, "company")],
     {("Quenta", "competesWith", "Tellmar"), ("Quenta", "competesWith", "Brisko")}),
    ("Tellmar rival Quenta plans to sell its own sensor next month.",
     [("Quenta", ORG, "company"), ("Tellmar", ORG, "company")], {("Quenta", "competesWith", "Tellmar")}),
])
def test_english_rivals_named_around_a_company(text, names, expected):
    assert expected <= _run(text, names)


def test_companies_that_vie_with_a_third_are_each_its_rival_not_each_others():
    got = _run("Tellmar and Brisko vie with Quenta for the driverless market.",
               [("Quenta", ORG, "company"), ("Tellmar", ORG, "company"), ("Brisko", ORG, "company")])
    assert got == {("Tellmar", "competesWith", "Quenta"), ("Brisko", "competesWith", "Quenta")}


@pytest.mark.parametrize("text,names,expected", [
    ("Korvane said on Wednesday it had signed a multiyear agreement to buy Tellmar's fast-charging batteries.",
     [("Korvane", ORG, "company"), ("Tellmar", ORG, "company")], {("Korvane", "partnerOf", "Tellmar")}),
    ("Korvane signed a 15-year agreement on Wednesday to supply Japan's Tellmar with gas.",
     [("Korvane", ORG, "company"), ("Tellmar", ORG, "company")], {("Korvane", "partnerOf", "Tellmar")}),
    ("Korvane said it had licensed Tellmar Holdings' experimental obesity drug.",
     [("Korvane", ORG, "company"), ("Tellmar Holdings", ORG, "company")], {("Korvane", "partnerOf", "Tellmar Holdings")}),
    ("Korvane has licensed global rights outside China to Tellmar's experimental pill.",
     [("Korvane", ORG, "company"), ("Tellmar", ORG, "company")], {("Korvane", "partnerOf", "Tellmar")}),
    ("Quenta, Korvane's China software joint venture with Tellmar, started supplying its first system.",
     [("Quenta", ORG, None), ("Korvane", ORG, "company"), ("Tellmar", ORG, "company")], {("Korvane", "partnerOf", "Tellmar")}),
    ("Korvane unveiled its driving system and said partners including Tellmar and Brisko would fit it this year.",
     [("Korvane", ORG, "company"), ("Tellmar", ORG, "company"), ("Brisko", ORG, "company")],
     {("Korvane", "partnerOf", "Tellmar"), ("Korvane", "partnerOf", "Brisko")}),
    ("Korvane has teamed up with eyewear maker Tellmar to launch the glasses.",
     [("Korvane", ORG, "company"), ("Tellmar", ORG, "company")], {("Korvane", "partnerOf", "Tellmar")}),
])
def test_english_partners_by_supply_licence_joint_venture_and_list(text, names, expected):
    got = _run(text, names)
    assert expected <= got
    assert ("Tellmar", "partnerOf", "Brisko") not in got and ("Brisko", "partnerOf", "Tellmar") not in got


def test_what_a_deal_buys_from_a_company_names_the_company():
    from kg.extract.en_names import employer_mentions

    text = "Korvane agreed to buy Tellmar's Shenxing batteries and a stake in India's Brisko Bank."
    names = {m.text for m in employer_mentions("d", text, 0, len(text))}
    assert "Tellmar" in names and "Brisko Bank" in names
    assert not any("'s" in n for n in names)


def test_a_research_system_is_no_verb_of_making():
    got = _run("星河科技与云帆证券签署协议，在后者的研发体系内全面部署Orbit。",
               [("星河科技", ORG, "company"), ("云帆证券", ORG, "company"), ("Orbit", PROD, None)])
    assert ("云帆证券", "develops", "Orbit") not in got


def test_a_list_after_with_is_the_partners_of_the_subject_not_a_group():
    names = [("星河科技", ORG, "company"), ("云帆汽车", ORG, "company"), ("东岳汽车", ORG, "company"), ("北辰汽车", ORG, "company")]
    got = _run("星河科技已与云帆汽车、东岳汽车和北辰汽车等十余家车企达成合作。", names)
    assert ("云帆汽车", "partnerOf", "北辰汽车") not in got and ("东岳汽车", "partnerOf", "北辰汽车") not in got
    assert ("星河科技", "partnerOf", "北辰汽车") in got
    got = _run("云帆汽车、东岳汽车和北辰汽车达成合作。", names)
    assert ("云帆汽车", "partnerOf", "北辰汽车") in got


def test_a_list_after_with_stays_the_partners_when_its_first_name_is_read_in_part():
    # "与上汽通用、…": only 上汽 is a name, so 通用 keeps it out of the list; the rest are still partners of the subject
    names = [("星河科技", ORG, "company"), ("上汽", ORG, "company"), ("云帆汽车", ORG, "company"),
             ("东岳汽车", ORG, "company"), ("北辰汽车", ORG, "company")]
    got = _run("星河科技已与上汽通用、云帆汽车、东岳汽车和北辰汽车等车企达成合作。", names)
    assert not {("云帆汽车", "partnerOf", "东岳汽车"), ("东岳汽车", "partnerOf", "北辰汽车"),
                ("云帆汽车", "partnerOf", "北辰汽车")} & got
    got = _run("星河科技与云帆汽车合作，东岳汽车和北辰汽车达成合作。", names)
    assert ("东岳汽车", "partnerOf", "北辰汽车") in got


@pytest.mark.parametrize("text,names,expected", [
    ("Quenta, Korvane's premium brand, is sold through separate showrooms.",
     [("Quenta", ORG, None), ("Korvane", ORG, "company")], ("Quenta", "subsidiaryOf", "Korvane")),
    ("Quenta and Brisko are two of Korvane's 14 brands.",
     [("Quenta", ORG, None), ("Brisko", ORG, None), ("Korvane", ORG, "company")], ("Brisko", "subsidiaryOf", "Korvane")),
    ("Ann Vale, a former Tellmar chief executive, is now Korvane's CEO.",
     [("Ann Vale", PER, None), ("Tellmar", ORG, "company"), ("Korvane", ORG, "company")], ("Ann Vale", "ceoOf", "Korvane")),
    ("Ann Vale became Korvane chief executive in June 2025.",
     [("Ann Vale", PER, None), ("Korvane", ORG, "company")], ("Ann Vale", "ceoOf", "Korvane")),
    ("Korvane Media, now the owner of two channels, is led by chief executive Ann Vale.",
     [("Ann Vale", PER, None), ("Korvane Media", ORG, "company")], ("Ann Vale", "ceoOf", "Korvane Media")),
])
def test_english_brands_and_chief_executives_in_apposition(text, names, expected):
    got = _run(text, names)
    assert expected in got
    assert ("Ann Vale", "ceoOf", "Tellmar") not in got


@pytest.mark.parametrize("text,names,expected", [
    ("Korvane, which trades on the Shenzhen Stock Exchange and the Hong Kong Stock Exchange, reported results.",
     [("Korvane", ORG, "company"), ("Shenzhen Stock Exchange", ORG, "exchange"), ("Hong Kong Stock Exchange", ORG, "exchange")],
     {("Korvane", "listedOn", "Shenzhen Stock Exchange"), ("Korvane", "listedOn", "Hong Kong Stock Exchange")}),
    ("Korvane, whose shares trade on the Nasdaq, said profit rose.",
     [("Korvane", ORG, "company"), ("Nasdaq", ORG, "exchange")], {("Korvane", "listedOn", "Nasdaq")}),
    ("Korvane, founded by chairman Ann Vale in 1995, grew fast.",
     [("Korvane", ORG, "company"), ("Ann Vale", PER, None)], {("Ann Vale", "chairOf", "Korvane"), ("Ann Vale", "founderOf", "Korvane")}),
])
def test_english_listings_and_founders_posts_in_an_aside(text, names, expected):
    assert expected <= _run(text, names)


def test_a_company_announcing_its_own_model():
    got = _run("星河云宣布旗下主力模型Orbit-Long的价格直降97%。", [("星河云", ORG, "company"), ("Orbit-Long", PROD, None)])
    assert ("星河云", "develops", "Orbit-Long") in got


def test_a_papers_byline_with_a_bar_and_a_wire_dateline_with_its_site():
    assert ("冯远航", "worksFor", "星河新闻") in _run("星河新闻记者 | 冯远航\n某公司晚间公告。",
                                                   [("星河新闻", "ORG", None), ("冯远航", "PERSON", None)])
    assert ("冯远航", "worksFor", "星报") in _run("星报中国财经网讯（记者 冯远航）某公司晚间公告。",
                                               [("星报", "ORG", None), ("冯远航", "PERSON", None)])


def test_rivals_that_also_count():
    names = [("甲药业", "ORG", "company"), ("乙生物", "ORG", "company"), ("丙生物", "ORG", "company")]
    assert {("甲药业", "competesWith", "乙生物"), ("甲药业", "competesWith", "丙生物")} <= _run(
        "甲药业的竞争对手还包括乙生物和丙生物。", names)


@pytest.mark.parametrize("text", ["澜海智家目前在上交所、港交所和法兰克福证券交易所三地上市。",
                                  "在上交所、港交所和法兰克福证券交易所三地上市的澜海智家周二公布业绩。",
                                  "澜海智家成为在上交所、港交所和法兰克福证券交易所三地上市的家电企业。"])
def test_a_company_listed_on_each_of_several_exchanges(text):
    names = [("澜海智家", "ORG", "company"), ("上交所", "ORG", "exchange"), ("港交所", "ORG", "exchange"),
             ("法兰克福证券交易所", "ORG", "exchange")]
    assert {("澜海智家", "listedOn", x) for x in ("上交所", "港交所", "法兰克福证券交易所")} <= _run(text, names)


def test_cornerstone_investors_who_took_part():
    names = [("澜海资本", "ORG", None), ("星河基金", "ORG", None), ("云帆锂能", "ORG", "company")]
    rels = _run("澜海资本和星河基金亦参与了云帆锂能此次基石认购。", names)
    assert {("澜海资本", "investsIn", "云帆锂能"), ("星河基金", "investsIn", "云帆锂能")} <= rels


@pytest.mark.parametrize("text, rival", [
    ("Velora's chief rival, Datbrix, has been adding tools.", "Datbrix"),
    ("Velora's cloud rivals Datbrix and Quorra have complained for years.", "Datbrix"),
    ("Velora Airlines' low-cost rival Datbrix was also expected to announce deals.", "Datbrix"),
])
def test_a_rival_described_after_a_possessive(text, rival):
    owner = "Velora Airlines" if "Airlines" in text else "Velora"
    names = [(owner, "ORG", "company"), ("Datbrix", "ORG", "company"), ("Quorra", "ORG", "company")]
    assert (owner, "competesWith", rival) in _run(text, names)


def test_a_government_body_is_no_ones_rival():
    from kg.extract.templates import typed

    text = "在本地市场，星河科技与云帆监管局正面竞争。"
    as_company = _run(text, [("星河科技", ORG, "company"), ("云帆监管局", ORG, "company")])
    assert ("星河科技", "competesWith", "云帆监管局") in as_company or ("云帆监管局", "competesWith", "星河科技") in as_company
    as_government = _run(text, [("星河科技", ORG, "company"), ("云帆监管局", ORG, "government")])
    assert not [r for r in as_government if r[1] == "competesWith"]
    gov = mentions_of(text, [("云帆监管局", ORG, "government")])[0][0]
    assert not typed(gov, "ORG", "competesWith", "o") and typed(gov, "ORG", "partnerOf", "o")
