"""Wordings of analysis pieces on suppliers, licences and rivals, and the staff quoted in them
(session 26; invented names throughout): a supplier and its customer are partners, a licence
taken or granted is a partnership, a company whose product rivals another's competes with its
maker, and a firm's analyst or partner works for it even where the model calls the firm a person."""
import pytest

from test_funding_wordings import _names
from test_relations import ORG, PER, PROD, _run
from test_report_wordings import _facts


@pytest.mark.parametrize("text,names,expected", [
    ("Quorra Computer, which builds AI servers for Acme and Beta, completed a deal on March 3.",
     [("Quorra Computer", ORG, None), ("Acme", ORG, None), ("Beta", ORG, None)],
     {("Quorra Computer", "partnerOf", "Acme"), ("Quorra Computer", "partnerOf", "Beta")}),
    ("Tarvik, which manufactures Acme's Halo chips, will raise capacity.",
     [("Tarvik", ORG, None), ("Acme", ORG, None), ("Halo", PROD, None)], {("Tarvik", "partnerOf", "Acme")}),
    ("Corvid agreed last October to supply Acme with 6 gigawatts of chips.",
     [("Corvid", ORG, None), ("Acme", ORG, None)], {("Corvid", "partnerOf", "Acme")}),
    ("Wivern signed a three-year agreement last month to supply rack servers to Acme.",
     [("Wivern", ORG, None), ("Acme", ORG, None)], {("Wivern", "partnerOf", "Acme")}),
    ("Nolan Cloud signed an agreement on January 20 to license Halo X to Siam Bank in Thailand.",
     [("Nolan Cloud", ORG, None), ("Halo X", PROD, None), ("Siam Bank", ORG, None)],
     {("Nolan Cloud", "partnerOf", "Siam Bank")}),
    ("Kanvas taps Acme's Halo for complex queries under a partnership Kavo and Acme signed last year.",
     [("Acme", ORG, None), ("Halo", PROD, None), ("Kavo", ORG, None)], {("Kavo", "partnerOf", "Acme")}),
    ("Lumen Research open-sourced its Exa 4.0 model last July and has since licensed it to Lumen Plus for agents.",
     [("Lumen Research", ORG, None), ("Exa 4.0", PROD, None), ("Lumen Plus", ORG, None)],
     {("Lumen Research", "partnerOf", "Lumen Plus")}),
    ("Sorrel Corp said last week it had licensed Acme models to run its support centres.",
     [("Sorrel Corp", ORG, None), ("Acme", ORG, None)], {("Sorrel Corp", "partnerOf", "Acme")}),
    ("Gotu jointly released the model Sahaja with Indra Telecom in November 2024.",
     [("Gotu", ORG, None), ("Sahaja", PROD, None), ("Indra Telecom", ORG, None)], {("Gotu", "partnerOf", "Indra Telecom")}),
    # a rival by its product, and a product its owner is named for
    ("MiniVox, whose Hailo video app rivals Kuaishan's Kline, made its debut a day later.",
     [("MiniVox", ORG, None), ("Hailo", PROD, None), ("Kuaishan", ORG, None), ("Kline", PROD, None)],
     {("MiniVox", "competesWith", "Kuaishan"), ("MiniVox", "develops", "Hailo")}),
    ("The deals pit Acme directly against Beta in the handset market.",
     [("Acme", ORG, None), ("Beta", ORG, None)], {("Acme", "competesWith", "Beta")}),
    ("In Japan, Line Yaho, the Sorrel-controlled operator of the messenger, launched an assistant.",
     [("Line Yaho", ORG, None), ("Sorrel", ORG, None)], {("Line Yaho", "subsidiaryOf", "Sorrel")}),
])
def test_english_supply_licence_and_rivalry_wordings(text, names, expected):
    assert expected <= _run(text, names)


@pytest.mark.parametrize("text,names", [
    # a service to a market or a plan is no supply deal
    ("Quorra Computer, which builds AI servers for the cloud market, grew.", [("Quorra Computer", ORG, None)]),
    ("Corvid agreed last October to a plan that Acme opposed.", [("Corvid", ORG, None), ("Acme", ORG, None)]),
])
def test_no_partner_without_a_customer(text, names):
    assert not {r for r in _run(text, names) if r[1] == "partnerOf"}


def test_a_standing_supply_is_no_partnership_event():
    facts, ext = _facts("Quanta Computer, which builds AI servers for Google, opened a plant in Mexico on March 3.",
                        "2026-03-19")
    assert ("Quanta Computer", "partnerOf", "Google") in facts
    assert not [e for e in ext.events if e.type == "Partnership"]


def test_a_unit_in_apposition_is_a_company():
    assert ("Wivern", "ORG") in _names("Wivern, a Wistron subsidiary, signed a three-year agreement last month.")


@pytest.mark.parametrize("text,expected", [
    # a firm the model calls a person, before its staff title and a person
    ("弗若斯特沙利文大中华区合伙人黄浩表示，全景影像正在走向日常记录。", ("黄浩", "worksFor", "弗若斯特沙利文")),
    ("罗兰贝格合伙人周锦认为，低空经济规模有望突破1.2万亿元。", ("周锦", "worksFor", "罗兰贝格")),
    ("TrendForce集邦咨询分析师龚明德认为，液冷机柜渗透率将提升。", ("龚明德", "worksFor", "TrendForce集邦咨询")),
    ("QuestMobile高级分析师刘晓指出，IP角色最能提升留存。", ("刘晓", "worksFor", "QuestMobile")),
    # a line of business between the company and the post
    ("华为智能穿戴与运动健康产品线总裁李江表示，手表的价值在于健康数据。", ("李江", "worksFor", "华为")),
    ("惠普宣布由前戴尔高管陈敬之出任惠普大中华区个人系统业务总裁。", ("陈敬之", "worksFor", "惠普")),
    # a corporate vice-president, a group's CTO, a return and a move
    ("微软企业副总裁Jared Spataro在博客中写道。", ("Jared Spataro", "worksFor", "微软")),
    ("中国电信集团CTO、首席科学家李学龙对记者表示，很好。", ("李学龙", "worksFor", "中国电信集团")),
    ("上月，猫箱产品负责人陈默离职，随后加入MiniMax，出任星野产品负责人。", ("陈默", "worksFor", "MiniMax")),
    # what the person says afterwards is theirs to tell: the post stays
    ("洛图科技研究总监许晴说，Kindle离开后，用户并没有离开墨水屏。", ("许晴", "worksFor", "洛图科技")),
])
def test_staff_of_firms_and_lines_of_business(text, expected):
    facts, _ = _facts(text, "2026-03-18")
    assert expected in facts


def test_a_unit_head_is_no_chief_executive_and_a_conditional_stays_hedged():
    facts, _ = _facts("华为智能穿戴与运动健康产品线总裁李江表示。", "2026-03-18")
    assert not {f for f in facts if f[1] == "ceoOf"}
    facts, _ = _facts("苹果若想完全自研对标Gemini Ultra的模型，需要付出巨大的成本。", "2026-03-18")
    assert not {f for f in facts if f[1] == "develops" and f[0] == "苹果"}


@pytest.mark.parametrize("text,expected", [
    # rivals who target, take on or take share from another (a market named is no rival)
    ("中兴通讯则剑指拉美市场，直接对标诺基亚。", {("中兴通讯", "competesWith", "诺基亚")}),
    ("大疆去年7月发布首款全景相机Osmo 360，正式杀入影石最核心的市场。", {("大疆", "competesWith", "影石")}),
    ("字节跳动正以旗下应用汽水音乐抢夺腾讯音乐和网易云音乐的下沉市场用户。",
     {("字节跳动", "competesWith", "腾讯音乐"), ("字节跳动", "competesWith", "网易云音乐")}),
    ("火山引擎在东南亚的主要对手包括阿里云和谷歌云。", {("火山引擎", "competesWith", "阿里云")}),
    ("美的集团则是海尔智家在全屋智能领域最直接的竞争对手。", {("美的集团", "competesWith", "海尔智家")}),
    ("随着该作拿到版号，腾讯在开放世界赛道与米哈游正面竞争的格局基本成型。", {("腾讯", "competesWith", "米哈游")}),
    # suppliers and contract makers, each of a list
    ("广达则继续为苹果代工MacBook系列。", {("广达", "partnerOf", "苹果")}),
    ("舜宇光学同时为大疆与影石供应镜头模组。", {("舜宇光学", "partnerOf", "大疆"), ("舜宇光学", "partnerOf", "影石")}),
    ("恒玄科技则是华为、三星等品牌耳机与手表主控芯片的供应商。", {("恒玄科技", "partnerOf", "三星")}),
    ("华为以约55%的份额成为中国移动最大的基站供应商。", {("华为", "partnerOf", "中国移动")}),
    ("供应链端，华勤技术、龙旗科技均已进入联想AI PC的ODM供应商名单。",
     {("华勤技术", "partnerOf", "联想"), ("龙旗科技", "partnerOf", "联想")}),
    ("3月26日，耳机ODM厂商华声智联登陆深交所创业板，募资12亿元，其前两大客户为小米和漫步者。",
     {("华声智联", "partnerOf", "小米"), ("华声智联", "partnerOf", "漫步者"), ("华声智联", "listedOn", "深交所创业板")}),
    # a company described by its listing, and a bullet's label described so
    ("深交所上市公司遥望科技近日与硅基智能签署战略合作协议。", {("遥望科技", "listedOn", "深交所")}),
    ("- **金山办公：** 这家科创板上市公司拥有超过6亿月活用户。", {("金山办公", "listedOn", "科创板")}),
    # 苹果 as a rival, a customer or a launcher with a date between
    ("华为本周一发布新款MatePad Pro 13.2，直接对标苹果去年10月推出的iPad Pro。", {("华为", "competesWith", "苹果")}),
    ("苹果去年9月9日发布Apple Watch Series 11与AirPods Pro 3。", {("苹果", "develops", "AirPods Pro 3")}),
])
def test_chinese_rivals_suppliers_and_listed_companies(text, expected):
    facts, _ = _facts(text, "2026-04-22")
    assert expected <= facts


def test_what_is_no_rivalry_supply_or_listing_event():
    facts, _ = _facts("华为云则剑指印尼政务云市场。", "2026-04-22")
    assert not {f for f in facts if f[1] == "competesWith"}
    facts, ext = _facts("华为云推出CloudMatrix384超节点，张平安称其算力规模可“对标英伟达NVL72”。", "2026-04-22")
    assert not {f for f in facts if f[1] == "competesWith"}
    # the supply list is no partnership of the suppliers with each other, and no event
    facts, ext = _facts("华勤技术、龙旗科技均已进入联想的ODM供应商名单。", "2026-04-22")
    assert ("华勤技术", "partnerOf", "龙旗科技") not in facts and ("龙旗科技", "partnerOf", "华勤技术") not in facts
    assert not [e for e in ext.events if e.type == "Partnership"]
    # a listed company named in passing lists nothing now
    facts, ext = _facts("北交所上市的并行科技11月任命孙立为首席运营官。", "2026-04-22")
    assert not [e for e in ext.events if e.type == "Listing"]
    # the fruit stays a fruit
    assert not {n for n, t in _names("他每天吃一个苹果，价格为五元。") if n == "苹果"}


@pytest.mark.parametrize("text,expected", [
    # a launched name with a version, or a code that looks like a quarter
    ("生数科技则在当年9月发布了Vidu Q2，主打多参考图生成。", ("生数科技", "develops", "Vidu Q2")),
    ("字节跳动本周一（1月19日）上线猫箱3.0，新增多人群聊剧场。", ("字节跳动", "develops", "猫箱3.0")),
    ("阶跃星辰则在昨日发布了冒泡鸭2.0。", ("阶跃星辰", "develops", "冒泡鸭2.0")),
    # a service a company owns, named by its kind of service, alone or in a list
    ("京东旗下的言犀数字人已服务超过1.5万个品牌直播间。", ("京东", "develops", "言犀数字人")),
    ("中国电信的星辰大模型也已完成多模态升级。", ("中国电信", "develops", "星辰大模型")),
    ("腾讯音乐旗下拥有酷狗音乐和酷我音乐两大平台。", ("腾讯音乐", "develops", "酷我音乐")),
])
def test_launched_versions_and_owned_services(text, expected):
    facts, _ = _facts(text, "2026-01-20")
    assert expected in facts


def test_a_report_a_kind_of_service_and_the_rivals_of_two_are_none():
    assert not {n for n, t in _names("腾讯发布了Apple Q2财报。") if "Q2" in n}
    assert not {n for n, t in _names("腾讯旗下的数字音乐业务增长很快。") if n == "数字音乐"}
    facts, _ = _facts("字节跳动旗下的红果短剧已成为爱奇艺和优酷最直接的竞争对手。", "2026-01-20")
    assert ("爱奇艺", "competesWith", "优酷") not in facts and ("优酷", "competesWith", "爱奇艺") not in facts


def test_table_products_under_a_platform_column_and_names_of_common_words():
    text = ("| 平台 | 厂商 | 定价模式 |\n|------|------|---------|\n| 星帆智能体 | 云帆科技 | 按次计费 |\n\n"
            "| 产品 | 所属公司 | 主打场景 |\n|------|---------|---------|\n| 海螺视频 | 星河科技 | 创意短片 |\n")
    facts, _ = _facts(text, "2026-01-20")
    assert {("云帆科技", "develops", "星帆智能体"), ("星河科技", "develops", "海螺视频")} <= facts
    # what a column describes stays no name: "自研" beside a model
    text = "| 产品 | 厂商 | 底层模型 |\n|------|------|---------|\n| 星帆AI | 云帆科技 | 自研 + GLM-4.6 |\n"
    assert not {n for n, t in _names(text) if n == "自研"}


@pytest.mark.parametrize("text,expected,etype", [
    # the parties to a signed agreement no dictionary knows, on either side of 与
    ("2026年1月6日，快手与蓝色光标签署战略合作协议，双方将展开合作。", ("快手", "partnerOf", "蓝色光标"), "Partnership"),
    ("云鲸上月还与京东签署战略合作协议，双方将共建线下体验店。", ("云鲸", "partnerOf", "京东"), "Partnership"),
    # a brand that signs is the business behind it
    ("阿里巴巴旗下飞猪上月与中国东方航空签署战略合作协议。", ("飞猪", "partnerOf", "中国东方航空"), "Partnership"),
    # an agreement signed, then a joint launch: a partnership of its own beside the launch
    ("1月8日，汉王科技与科大讯飞签署战略合作协议，并联合发布手写电纸本N10 Max。", ("汉王科技", "partnerOf", "科大讯飞"), "Partnership"),
    # another's model brought into one's own product
    ("微软去年9月宣布在Microsoft 365 Copilot中引入Anthropic的Claude模型。", ("微软", "partnerOf", "Anthropic"), "Partnership"),
    # the target of a stake or a deal, with its country and its alias
    ("今年3月初，英维克以4.6亿元收购了快接头厂商苏州酷冷精密80%的股权。", ("英维克", "acquires", "苏州酷冷精密"), "Acquisition"),
    ("万丰奥威早在2020年就完成了对奥地利钻石飞机（Diamond Aircraft）的收购。", ("万丰奥威", "acquires", "钻石飞机"), "Acquisition"),
    # a unit that lists, a bullet label described as a company, a versioned Latin name
    ("吉利控股集团旗下的曹操出行去年6月在港交所上市。", ("曹操出行", "listedOn", "港交所"), "Listing"),
    ("- **容联云：** 这家纽交所上市公司在年初发布了赤兔大模型3.0。", ("容联云", "develops", "赤兔大模型3.0"), "ProductLaunch"),
    ("本周一（3月9日），金山办公发布WPS AI 3.0，首次嵌入智能体模式。", ("金山办公", "develops", "WPS AI 3.0"), "ProductLaunch"),
])
def test_parties_targets_and_launchers_no_dictionary_knows(text, expected, etype):
    facts, ext = _facts(text, "2026-04-16")
    assert expected in facts
    assert [e for e in ext.events if e.type == etype]


def test_what_is_no_party_stake_or_appointee_of_a_company():
    facts, _ = _facts("华大基因回复称，公司未与高瓴资本签署任何投资协议。", "2026-04-16")
    assert not {f for f in facts if f[1] == "partnerOf"}
    facts, _ = _facts("科伦博泰公告，就其ADC药物SKB571与默沙东达成独家许可协议。", "2026-04-16")
    assert ("SKB571", "partnerOf", "默沙东") not in facts
    # control bought is an acquisition, no stake; a controlling stake held is one
    facts, ext = _facts("华能国际已完成以42.3亿元收购山东鲁北风电100%股权。", "2026-04-16")
    assert ("华能国际", "acquires", "山东鲁北风电") in facts and ("华能国际", "investsIn", "山东鲁北风电") not in facts
    assert not [e for e in ext.events if e.type == "Funding"]
    facts, _ = _facts("交易完成后，华西装备集团合计持有华西重工51.3%的股份。", "2026-04-16")
    assert ("华西装备集团", "investsIn", "华西重工") in facts
    # the person appointed "为集团副总裁" is a person, not a group
    assert ("庄建华", "PERSON") in _names("科沃斯本月初任命庄建华为集团副总裁兼海外事业部总经理。")


@pytest.mark.parametrize("text,expected", [
    # a person named before a post in apposition at a sentence's start
    ("Kenji Sato, a professor of information science at Keio University, said the test is close.",
     ("Kenji Sato", "worksFor", "Keio University")),
    ("Won Jae-hyun, vice president of AI strategy at Samsung Electronics' mobile division, said so.",
     ("Won Jae-hyun", "worksFor", "Samsung Electronics")),
    ("Chung Shin-a, Kakao's chief executive, said Kanana would reach 10 million users.", ("Chung Shin-a", "ceoOf", "Kakao")),
    # a product after its kind and its maker, shipments begun, a launch the model called a company
    ("Kimi K2 Thinking, the open-weight model Moonshot released last November, has been downloaded widely.",
     ("Moonshot", "develops", "Kimi K2 Thinking")),
    ("SK Hynix started volume shipments of HBM4, its sixth-generation memory, in February.", ("SK Hynix", "develops", "HBM4")),
    ("Rakuten Group rolled out Rakuten AI across its shopping and banking apps last December.",
     ("Rakuten Group", "develops", "Rakuten AI")),
])
def test_english_people_by_their_posts_and_products_launched(text, expected):
    facts, _ = _facts(text, "2026-02-12")
    assert expected in facts


def test_a_name_listed_with_a_person_is_one_and_a_partnership_is_no_post():
    facts, _ = _facts("Sakana AI, co-founded by former Google researchers David Ha and Llion Jones, has since signed "
                      "a multi-year partnership with MUFG Bank.", "2026-01-15")
    assert ("Llion Jones", "founderOf", "Sakana AI") in facts
    assert not {f for f in facts if f[0] == "Llion Jones" and f[1] in ("worksFor", "partnerOf")}


@pytest.mark.parametrize("text,value,currency", [
    ("Naver reported fourth-quarter revenue of 3.2 trillion won last week.", 3.2e12, "KRW"),
    ("Foxconn said fourth-quarter revenue rose 22% to NT$2.6 trillion.", 2.6e12, "TWD"),
    ("该公司去年营收达到1.2万亿新台币。", 1.2e12, "TWD"),
])
def test_amounts_in_won_and_taiwan_dollars(text, value, currency):
    from kg.extract.temporal import find_amounts
    assert [(a.value, a.currency) for _, _, a in find_amounts(text, 0, len(text))] == [(value, currency)]


def test_a_founder_titled_twice_with_a_transliterated_name_and_two_launches():
    facts, ext = _facts("GoPro创始人兼首席执行官尼克·伍德曼（Nick Woodman）去年9月推出MAX2全景相机和LIT HERO。", "2026-04-08")
    assert {("尼克·伍德曼", "ceoOf", "GoPro"), ("尼克·伍德曼", "founderOf", "GoPro"), ("GoPro", "develops", "LIT HERO")} <= facts
    names = {(m.text, m.type) for m in ext.mentions}
    assert ("Nick Woodman", "PERSON") in names and not {n for n, t in names if n.startswith("GoPro") and n != "GoPro"}


@pytest.mark.parametrize("text,expected", [
    ("伽马数据首席分析师王旭对记者表示，版号节奏已经高度可预期。", ("王旭", "worksFor", "伽马数据")),
    ("京东科技年初任命前花旗中国数字银行负责人许蔚为旗下京东支付总经理。", ("许蔚", "worksFor", "京东科技")),
])
def test_staff_speaking_to_reporters_and_appointed_after_a_former_post(text, expected):
    facts, _ = _facts(text, "2026-04-08")
    assert expected in facts


def test_a_publishers_title_and_a_latin_name_with_a_chinese_note_after_a_company():
    facts, _ = _facts("近期星河古籍出版社出版的《西厢记》也被指出存在错误。", "2026-01-08")
    assert ("星河古籍出版社", "develops", "西厢记") in facts
    facts, _ = _facts("随着礼来Orforglipron（小分子口服）的上市，市场将扩容。", "2026-01-08")
    assert ("礼来", "develops", "Orforglipron") in facts
    # a ticker in brackets after the company's Latin name stays no product
    assert not {n for n, t in _names("礼来（LLY.US）股价上涨。") if t == "PRODUCT"}


def test_a_cited_entry_gives_the_day_of_an_event_dated_to_its_month():
    text = ("去年9月，迪士尼和环球影业联合起诉MiniMax，指控其未经授权生成角色形象[3]。今年1月，星河科技发布星帆2.0[4]。\n\n"
            "参考资料\n[3] Reuters.《Disney, Universal sue MiniMax》. 2025-09-16.\n[4] 36氪.《星河科技发布星帆2.0》. 2025-12-30.\n")
    _, ext = _facts(text, "2026-01-16")
    dates = {e.type: e.date for e in ext.events}
    assert dates["Lawsuit"] == "2025-09-16"
    assert dates["ProductLaunch"] == "2026-01"  # an entry outside the event's month gives no day


def test_a_shows_year_is_the_less_exact_date_before_a_clause():
    _, ext = _facts("今年3月初的MWC 2026上，华为发布了面向5G-A的“星河AI核心网”。", "2026-04-08")
    assert [e.date for e in ext.events if e.type == "ProductLaunch"] == ["2026-03"]


def test_a_source_in_brackets_dates_the_event_it_reports():
    _, ext = _facts("星河科技宣布完成10亿元B轮融资，由红杉中国领投（来源：中国新闻网，2025年10月15日）。", "2025-12-22")
    assert [e.date for e in ext.events if e.type == "Funding"] == ["2025-10-15"]


@pytest.mark.parametrize("text,names,expected", [
    ("The app settles bills through Kavo Mobility and KavoPay, both Kavo subsidiaries.",
     [("Kavo Mobility", ORG, None), ("KavoPay", ORG, None), ("Kavo", ORG, None)],
     {("Kavo Mobility", "subsidiaryOf", "Kavo"), ("KavoPay", "subsidiaryOf", "Kavo")}),
    ("Futo Holdings, the Nasdaq-listed online broker behind the moomo app, grew.",
     [("Futo Holdings", ORG, None), ("moomo", PROD, None)], {("Futo Holdings", "develops", "moomo")}),
])
def test_units_named_both_and_a_broker_behind_its_app(text, names, expected):
    assert expected <= _run(text, names)


def test_what_a_company_is_told_before_it_after_zuowei():
    facts, _ = _facts("作为网易旗下、在港交所上市的音乐平台，网易云音乐近年来持续加码独立音乐人。", "2026-03-19")
    assert {("网易云音乐", "subsidiaryOf", "网易"), ("网易云音乐", "listedOn", "港交所")} <= facts


def test_a_partners_conference_is_no_partnership():
    _, ext = _facts("小米昨日在合作伙伴大会上发布了基于大模型的米家智能中枢。", "2025-12-19")
    assert not [e for e in ext.events if e.type == "Partnership"]


def test_a_colon_opens_a_statement_of_its_own_and_a_contract_maker_is_a_partner():
    facts, _ = _facts("但挑战者并未停步：阿里巴巴旗下的高德正以聚合打车模式叫板滴滴。", "2026-04-16")
    assert {("高德", "subsidiaryOf", "阿里巴巴"), ("高德", "competesWith", "滴滴")} <= facts
    facts, _ = _facts("据传：腾讯将收购网易。", "2026-04-16")
    assert not facts
    facts, _ = _facts("歌尔股份同时也是灵犀智能戒指产品的代工方。", "2026-04-16")
    assert ("歌尔股份", "partnerOf", "灵犀智能") in facts


def test_a_debut_on_the_same_bourse_a_day_later():
    _, ext = _facts("Zhipu AI listed on the Hong Kong Stock Exchange on January 8. MiniMax made its debut on the same "
                    "bourse a day later, raising HK$4.2 billion.", "2026-01-15")
    assert {(e.date, p.mention.text) for e in ext.events if e.type == "Listing" for p in e.participants
            if p.role == "company"} == {("2026-01-08", "Zhipu AI"), ("2026-01-09", "MiniMax")}


@pytest.mark.parametrize("text,expected", [
    ("通信世界网记者 张丽娜", {("张丽娜", "worksFor", "通信世界网")}),
    ("每日经济新闻记者 罗琪 实习记者 王芳", {("罗琪", "worksFor", "每日经济新闻"), ("王芳", "worksFor", "每日经济新闻")}),
    ("本报记者 张三", set()),  # "this paper" names no outlet
])
def test_a_bylines_outlet(text, expected):
    facts, _ = _facts(text, "2026-04-08")
    assert {f for f in facts if f[1] == "worksFor"} == expected
