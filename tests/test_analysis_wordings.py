"""Wordings of Chinese industry analysis: companies named around a role noun (rivals,
shareholders, suppliers), a parent's unit named by its line of business, suppliers and joint
ventures as partners, shareholders together (invented names throughout)."""
import pytest

from kg.extract.zh_roles import role_orgs
from test_funding_wordings import _names
from test_report_wordings import _facts


def test_names_around_a_role_noun_are_organizations():
    text = "在特色工艺领域，澄川半导体的主要竞争对手是天下先进与雁积电。"
    found = {text[a:b] for a, b in role_orgs(text)}
    assert {"澄川半导体", "天下先进", "雁积电"} <= found
    # kinds of companies and common words are none
    text = "该公司的主要客户是海外市场和国内厂商。"
    assert not {text[a:b] for a, b in role_orgs(text)}
    facts, _ = _facts(text := "在特色工艺领域，澄川半导体的主要竞争对手是天下先进与雁积电。", "2026-01-10")
    assert {("澄川半导体", "competesWith", "天下先进"), ("澄川半导体", "competesWith", "雁积电")} <= facts


def test_a_rival_named_after_its_parent_is_the_unit():
    facts, _ = _facts("斯坦半导的主要竞争对手是英飞凌和比亚迪旗下的比亚迪半导体。", "2026-01-10")
    assert ("斯坦半导", "competesWith", "比亚迪半导体") in facts
    assert ("斯坦半导", "competesWith", "比亚迪") not in facts
    assert ("比亚迪半导体", "ORG") in _names("比亚迪储能与比亚迪半导体今年均有新品发布。")
    assert ("比亚迪储能", "ORG") in _names("比亚迪储能与比亚迪半导体今年均有新品发布。")


def test_a_sector_before_an_analysts_title_is_no_unit():
    names = _names("国泰海通证券传媒首席分析师周敏说。")
    assert ("国泰海通证券传媒", "ORG") not in names


@pytest.mark.parametrize("text,expected", [
    ("京东方是华为Mate X7柔性OLED屏幕的主要供应商。", ("京东方", "partnerOf", "华为")),
    ("新易盛则是亚马逊与Meta的主要光模块供应商之一。", ("新易盛", "partnerOf", "Meta")),
    ("卫蓝新能源为蔚来旗下多款车型供应半固态电池包。", ("卫蓝新能源", "partnerOf", "蔚来")),
    ("三安光电与意法半导体于2023年6月宣布在重庆合资建设碳化硅器件厂。", ("三安光电", "partnerOf", "意法半导体")),
    ("资本层面，携程与腾讯同为同程旅行的主要股东。", ("腾讯", "investsIn", "同程旅行")),
    ("作为瑞幸咖啡的控股股东，大钲资本近年来持续加码咖啡赛道。", ("大钲资本", "investsIn", "瑞幸咖啡")),
])
def test_suppliers_joint_ventures_and_shareholders(text, expected):
    facts, _ = _facts(text, "2026-01-10")
    assert expected in facts


def test_two_customers_of_a_supplier_are_no_partners_and_a_supplier_is_no_unit():
    facts, _ = _facts("新易盛则是亚马逊与Meta的主要光模块供应商之一。", "2026-01-10")
    assert ("亚马逊", "partnerOf", "Meta") not in facts and ("Meta", "partnerOf", "亚马逊") not in facts
    facts, _ = _facts("卫蓝新能源为蔚来旗下多款车型供应半固态电池包。", "2026-01-10")
    assert ("卫蓝新能源", "subsidiaryOf", "蔚来") not in facts


@pytest.mark.parametrize("text,name", [
    ("星枢电子去年12月2日发布了旗下首款三折叠手机Nova Z TriFold，展开后屏幕尺寸达10英寸。", "Nova Z TriFold"),
    ("澜芯则在去年10月推出了第三代交换芯片Tidewave 6 Davisson，单芯片带宽达到102.4Tbps。", "Tidewave 6 Davisson"),
    ("青岚推出了ThinkSlate X1 Carbon Gen 14 Aura版。", "ThinkSlate X1 Carbon Gen 14"),
])
def test_a_models_latin_words_in_chinese_text_are_one_name(text, name):
    assert (name, "PRODUCT") in _names(text)


def test_kinds_of_chips_are_no_products():
    names = _names("SK海力士是英伟达最大的HBM供应商，博通推出了CPO交换芯片。")
    assert not {n for n, t in names if n in ("HBM", "CPO")}


def test_a_listed_company_after_its_exchanges_and_a_unit_after_its_parent():
    facts, _ = _facts("在纳斯达克和多伦多证券交易所两地上市的巴勒德动力，近年同样面临持续亏损。", "2026-01-10")
    assert {("巴勒德动力", "listedOn", "纳斯达克"), ("巴勒德动力", "listedOn", "多伦多证券交易所")} <= facts
    facts, _ = _facts("长城汽车旗下的未岚能源专注于燃料电池系统与储氢瓶。", "2026-01-10")
    assert ("未岚能源", "subsidiaryOf", "长城汽车") in facts
    assert ("TCL电子", "ORG") in _names("TCL电子是TCL实业旗下的港股上市公司。")
    # what follows a listing that is no name
    assert not {n for n, t in _names("百济神州在纳斯达克、港交所和科创板三地上市的结构不会改变。") if "结构" in n}
    assert not {n for n, t in _names("在港股上市的电池企业中，亿纬锂能并非第一家。") if "企业" in n}


def test_a_rank_and_places_joined_are_no_names():
    names = _names("第二梯队同样热闹：九州文化的ShortMax主打北美与欧洲。")
    assert not {n for n, t in names if n in ("第二梯队", "北美与欧洲")}


@pytest.mark.parametrize("text,expected", [
    ("三生制药去年5月将自研的双抗SSGJ-707的海外权益授予辉瑞，首付款高达12.5亿美元。", ("三生制药", "partnerOf", "辉瑞")),
    ("百利天恒与百时美施贵宝（BMS）就EGFR×HER3双抗ADC药物BL-B01D1达成全球合作，首付款8亿美元。", ("百利天恒", "partnerOf", "百时美施贵宝")),
    ("华大九天与中芯国际（SMIC）在先进工艺PDK（工艺设计套件）适配方面开展合作。", ("华大九天", "partnerOf", "中芯国际")),
    ("上周三，阳光电源又宣布与英国储能开发商Zenobe签署供货协议，合同金额约3.5亿英镑。", ("阳光电源", "partnerOf", "Zenobe")),
    ("星河科技是蓝海智能的控股股东。", ("星河科技", "investsIn", "蓝海智能")),
    ("TCL中环是纳斯达克上市公司Maxeon的控股股东。", ("TCL中环", "investsIn", "Maxeon")),
    ("由通威股份、协鑫科技和大全能源等企业共同出资的北京光和谦成科技有限责任公司注册成立。", ("协鑫科技", "investsIn", "北京光和谦成科技有限责任公司")),
    ("去年9月，长江存储与湖北长晟三期投资发展有限公司共同出资设立长存三期（武汉）集成电路有限责任公司。",
     ("湖北长晟三期投资发展有限公司", "investsIn", "长存三期（武汉）集成电路有限责任公司")),
])
def test_licences_cooperation_on_a_field_controlling_holders_and_joint_ventures(text, expected):
    facts, _ = _facts(text, "2026-01-10")
    assert expected in facts


def test_a_listed_companys_description_belongs_to_the_name_after_it():
    facts, _ = _facts("TCL中环是纳斯达克上市公司Maxeon的控股股东。", "2026-01-10")
    assert ("TCL中环", "listedOn", "纳斯达克") not in facts and ("Maxeon", "listedOn", "纳斯达克") in facts


def test_an_event_names_each_party_once():
    _, ext = _facts("港股上市的石药集团1月12日晚间公告称，石药集团已与阿斯利康签署独家许可协议，将SYS6043的全球权利授予阿斯利康。", "2026-01-13")
    parts = [(p.role, p.mention.text) for e in ext.events if e.type == "Partnership" for p in e.participants]
    assert sorted(parts) == sorted(set(parts)) and ("partner", "阿斯利康") in parts


@pytest.mark.parametrize("text,expected", [
    ("欧特克的AutoDraft至今仍占据过半份额。", ("欧特克", "develops", "AutoDraft")),
    ("腾讯的《三角洲行动》（Delta Force）海外版在Steam平台长期位居畅销榜前列。", ("腾讯", "develops", "三角洲行动")),
    ("莉莉丝游戏的《万国觉醒》（Rise of Kingdoms）则凭借长线运营保持稳定收入。", ("莉莉丝游戏", "develops", "万国觉醒")),
    ("中科宇航的力箭一号固体运载火箭今年已多次执行发射任务。", ("中科宇航", "develops", "力箭一号")),
    ("蓝箭航天（LandSpace）的朱雀三号可重复使用运载火箭已完成全部地面试验。", ("蓝箭航天", "develops", "朱雀三号")),
])
def test_a_companys_named_product(text, expected):
    facts, _ = _facts(text, "2026-01-10")
    assert expected in facts


def test_no_product_in_a_building_a_verb_or_a_kind_of_cloud():
    assert not {n for n, t in _names("他住在三号楼，周一号召大家开会。") if t == "PRODUCT"}
    facts, _ = _facts("与阿里云相比，火山引擎的IaaS规模仍小。", "2026-01-10")
    assert not {f for f in facts if f[1] == "develops"}


def test_a_rival_as_others_see_it():
    facts, _ = _facts("名创优品旗下潮玩品牌TOP TOY被视为泡泡玛特最直接的竞争对手。", "2026-01-10")
    assert ("TOP TOY", "competesWith", "泡泡玛特") in facts
    facts, _ = _facts("在海外市场，垣信卫星将SpaceX的星链（Starlink）视为最主要的竞争对手。", "2026-01-10")
    assert ("垣信卫星", "competesWith", "SpaceX") in facts
    facts, _ = _facts("而在手机端，三星电子与华为围绕“三折叠”和“阔折叠”的新品竞赛从去年底一直延续至今。", "2026-01-10")
    assert ("三星电子", "competesWith", "华为") in facts


@pytest.mark.parametrize("text", [
    "三星电子上周四（1月8日）发布2025年第四季度初步业绩，合并营业利润约20万亿韩元，同比增长逾两倍。",
])
def test_consolidated_profit_is_no_merger_and_preliminary_results_are_results(text):
    _, ext = _facts(text, "2026-01-12")
    types = {e.type for e in ext.events}
    assert "Merger" not in types and "Earnings" in types


@pytest.mark.parametrize("text,etype", [
    ("答：长鑫存储的科创板IPO仍在审核中，业内预计最早于2026年年中挂牌。", "Listing"),
    ("有媒体报道称，联电正在评估与格芯合并的可能性，但双方均未证实。", "Merger"),
    ("在技术路线上，SK海力士的HBM4已进入量产准备阶段。", "ProductLaunch"),
    ("目前，隆基绿能的HPBC 2.0组件量产效率已超过24.8%。", "ProductLaunch"),
])
def test_a_listing_under_review_a_merger_weighed_and_mass_production_metrics_are_no_events(text, etype):
    _, ext = _facts(text, "2026-01-12")
    assert etype not in {e.type for e in ext.events}


def test_a_kind_of_company_a_control_verb_and_an_ended_cooperation_or_post():
    facts, _ = _facts("Summit Therapeutics是一家在纳斯达克上市的生物技术公司，其股价走势备受关注。", "2026-01-10")
    assert ("Summit Therapeutics", "listedOn", "纳斯达克") in facts
    assert not {n for n, t in _names("这是一家在纳斯达克上市的生物技术公司。") if n == "生物技术公司"}
    assert ("小米公司", "ORG") not in _names("芯片设计公司与汽车企业")  # (kinds of companies)
    facts, _ = _facts("网易此前已出售多家海外工作室，曾由网易控股的Worlds Untold已独立运营。", "2026-01-10")
    assert not {f for f in facts if f[0] == "网易控股"}
    facts, _ = _facts("但随着长安汽车转向巧克力换电体系，蔚来与长安汽车的换电合作已实质性终止。", "2026-01-10")
    assert not {f for f in facts if f[1] == "partnerOf"}
    facts, ext = _facts("星河科技董事长王立已于今年1月离任。", "2026-01-10")
    assert ("王立", "chairOf", "星河科技") not in facts and "Resignation" in {e.type for e in ext.events}


def test_an_analysts_firm_before_the_analyst_is_an_organization():
    # a firm the model calls a person, with the kind of firm after its name
    names = _names("据星野咨询首席分析师王敏介绍，该市场规模扩大。")
    assert ("王敏", "PERSON") in names and not any(t == "PERSON" and n.startswith("星野") for n, t in names)
    text = "对于股价表现，澄海分析师李锦清告诉记者，市场仍看好。"
    assert {text[a:b] for a, b in role_orgs(text)} == {"澄海"}
    facts, _ = _facts("据星野咨询首席分析师王敏介绍，该市场规模扩大。", "2026-01-10")
    assert any(s == "王敏" and p == "worksFor" and o.startswith("星野") for s, p, o in facts)
    # a common word before the title, or no person after it, is none
    for text in ("业内人士分析师李明认为，行业仍有空间。", "对此，行业分析师普遍认为价格将上涨。"):
        assert not role_orgs(text)


def test_a_person_with_a_staff_title_before_another_person_is_the_firm():
    from kg.extract.zh_names import retyped_by_context
    from kg.records import Mention, Segment

    def retyped(text, name):
        a = text.index(name)
        m = Mention("t", a, a + len(name), name, "PERSON", "zh", "ner")
        got = retyped_by_context(m, text, [Segment("t", 0, len(text), "zh")])
        return got.text, got.type

    assert retyped("据易观分析师李明介绍，该市场规模扩大。", "易观") == ("易观", "ORG")
    assert retyped("艾川咨询分析师张毅表示，市场仍有空间。", "艾川") == ("艾川咨询", "ORG")
    assert retyped("王小明分析师认为不妥。", "王小明") == ("王小明", "PERSON")  # no person after the title


def test_a_funds_parent_named_before_it_is_no_investor():
    _, ext = _facts("1月15日，星陶能源宣布完成约15亿元新一轮融资，本轮由上汽集团旗下的尚颀资本领投，北汽产投跟投。", "2026-01-20")
    funding = [e for e in ext.events if e.type == "Funding"]
    assert funding
    investors = {p.mention.text for e in funding for p in e.participants if p.role == "investor"}
    assert "尚颀资本" in investors and "上汽集团" not in investors


def test_the_exchange_a_company_is_listed_on_reports_no_earnings():
    _, ext = _facts("星野医疗在纳斯达克上市，公司上周公布了2025年第四季度财报。", "2026-01-20")
    assert not [p for e in ext.events if e.type == "Earnings" for p in e.participants
                if p.mention.text == "纳斯达克"]


def _retyped(text, name, typ, source):
    """The type kg.extract.zh_names.retyped_by_context gives the ``typ`` mention ``name`` in ``text``."""
    from kg.extract.zh_names import retyped_by_context
    from kg.records import Mention, Segment

    a = text.index(name)
    m = Mention("t", a, a + len(name), name, typ, "zh", source)
    return retyped_by_context(m, text, [Segment("t", 0, len(text), "zh")]).type


def test_a_party_that_signs_a_supply_deal_or_memorandum_is_an_organization():
    def retyped(text, name):
        return _retyped(text, name, "PERSON", "ner")

    assert retyped("2024年10月，星河科技与安达签署谅解备忘录，双方将合作提供封装服务。", "安达") == "ORG"
    assert retyped("今年4月，星河能源与阿联酋马尔达（Marda）签署19GWh储能电池供应协议。", "马尔达") == "ORG"
    # people sign sponsorships and contracts of employment
    assert retyped("星河运动与梅森签署终身代言协议。", "梅森") == "PERSON"
    assert retyped("梅森与星河运动签署供应协议。", "梅森") == "PERSON"  # no 与 before the name


def test_an_agreement_signed_with_a_partner_is_a_partnership_of_the_two():
    from test_event_relations import _run as _events_and_relations

    names = [("星河半导体", "ORG", "company"), ("云帆材料", "ORG", "company"), ("碳化硅", "ORG", None)]
    events, rels = _events_and_relations("2023年7月，星河半导体与云帆材料签订为期十年的碳化硅晶圆供应协议。", names, "2026-01-20")
    (ev,) = [e for e in events if e.type == "Partnership"]
    assert {p.mention.text for p in ev.participants} == {"星河半导体", "云帆材料"}  # not what the deal supplies
    assert ev.date == "2023-07"
    assert ("星河半导体", "partnerOf", "云帆材料") in rels or ("云帆材料", "partnerOf", "星河半导体") in rels
    # a sale, an investment or a settlement is no partnership
    for deal in ("股权转让协议", "投资协议", "和解协议"):
        events, _ = _events_and_relations(f"2023年7月，星河半导体与云帆材料签订{deal}。", names, "2026-01-20")
        assert not [e for e in events if e.type == "Partnership"], deal


def test_a_partnership_names_each_party_once_when_its_relation_reads_other_mentions():
    from kg.extract.events import extract_events
    from kg.extract.relations import extract_relations
    from kg.records import Document, ParsedSegment
    from kg.segment import split_segments
    from test_relations import mentions_of

    text = "云帆封装则在美国市场与星河电子展开合作：2024年10月，星河电子与云帆封装签署谅解备忘录。"
    mentions, _ = mentions_of(text, [("星河电子", "ORG", "company"), ("云帆封装", "ORG", "company")])
    parsed = [ParsedSegment(s, (), tuple(m for m in mentions if s.start <= m.start < s.end))
              for s in split_segments(Document("d", text))]
    relations = extract_relations(text, parsed, mentions)
    (ev,) = [e for e in extract_events(text, parsed, mentions, "2026-01-20", relations) if e.type == "Partnership"]
    names = [p.mention.text for p in ev.participants]
    assert sorted(names) == ["云帆封装", "星河电子"]


def test_a_joint_venture_set_up_with_several_partners_is_a_partnership_of_all():
    from test_relations import _run as _relations

    names = [("星河出行", "ORG", "company"), ("云帆集团", "ORG", "company"), ("东岳能源", "ORG", "company")]
    text = "2025年6月，星河出行与云帆集团、东岳能源联合成立合资公司，专门研发自动驾驶车辆。"
    rels = _relations(text, names)
    assert {("星河出行", "partnerOf", "云帆集团"), ("星河出行", "partnerOf", "东岳能源")} <= rels


def test_an_outlook_or_preliminary_results_published_are_earnings():
    from test_events import _events

    for text in ("上周，星河软件发布的业绩指引引发了市场担忧。", "星河软件1月20日披露业绩预告，预计全年净利润扭亏。"):
        evs = [e for e in _events(text, [("星河软件", "ORG", "company")], "2026-01-22") if e.type == "Earnings"]
        assert [p.mention.text for e in evs for p in e.participants] == ["星河软件"], text
    # results no one publishes are none ("业绩指引" as a topic)
    assert not [e for e in _events("星河软件的业绩指引一向保守。", [("星河软件", "ORG", "company")], "2026-01-22")
                if e.type == "Earnings"]


def test_results_several_companies_report_at_once_are_each_ones_own():
    from test_events import _events

    names = [("星河汽车", "ORG", "company"), ("云帆汽车", "ORG", "company"), ("东岳汽车", "ORG", "company")]
    evs = [e for e in _events("星河汽车、云帆汽车和东岳汽车均公布了第三季度财报。", names, "2025-11-20") if e.type == "Earnings"]
    assert sorted(p.mention.text for e in evs for p in e.participants) == ["东岳汽车", "云帆汽车", "星河汽车"]
    assert all(len(e.participants) == 1 and e.date == "2025-11-20" for e in evs)
    # names listed in an aside before the subject's report are no reporters
    names = [("Guoxin Holdings", "ORG", "company"), ("Tellmar", "ORG", "company"), ("Brisko", "ORG", "company")]
    evs = [e for e in _events("Guoxin Holdings, created through the merger of Tellmar and Brisko earlier this year, "
                              "said on Tuesday its first-half revenue rose 78% to 23.9 billion yuan.", names, "2025-08-26")
           if e.type == "Earnings"]
    assert len(evs) <= 1


def test_a_brand_that_signs_a_deal_or_a_strategic_partnership_is_the_business_behind_it():
    def retyped(text, name):
        return _retyped(text, name, "PRODUCT", "ruler")

    assert retyped("本月初，星河乳业已与鲜盒签署独家首发协议。", "鲜盒") == "ORG"
    assert retyped("同日，星河宠物宣布与鲜盒达成战略合作。", "鲜盒") == "ORG"
    assert retyped("星河汽车与鲜盒地图展开合作。", "鲜盒地图") == "ORG"
    assert retyped("星河宠物的产品已进驻鲜盒门店。", "鲜盒") == "PRODUCT"  # no deal with it
    assert retyped("用户可与鲜盒对话。", "鲜盒") == "PRODUCT"
