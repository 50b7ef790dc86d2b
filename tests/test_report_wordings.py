"""Wordings of wire and flash news: officers, founders, rivals, stakes, units, datelines and
the dates of results (invented names throughout)."""
import pytest

from kg.pipeline import extract_document
from kg.records import Document
from test_entities import _mentions
from test_events import _events
from test_relations import ORG, PER, PROD, _run


def _facts(text, date=None):
    ext = extract_document(Document("t", text, None, date))
    return {(r.subject.text, r.predicate, r.object.text) for r in ext.relations}, ext


@pytest.mark.parametrize("text,names,expected", [
    # a founders' list with a post before each name and an aside after one
    ("Quillo was co-founded in 2022 by CEO Dana Reyes and CTO Omar Haddad, who met at a bank.",
     [("Quillo", ORG, None), ("Dana Reyes", PER, None), ("Omar Haddad", PER, None)],
     {("Dana Reyes", "founderOf", "Quillo"), ("Omar Haddad", "founderOf", "Quillo"), ("Dana Reyes", "ceoOf", "Quillo")}),
    ("Brightwell Labs was founded in 2021 by Lena Kraus, a former director at Acme, and Tom Blake, who led research.",
     [("Brightwell Labs", ORG, None), ("Lena Kraus", PER, None), ("Acme", ORG, None), ("Tom Blake", PER, None)],
     {("Lena Kraus", "founderOf", "Brightwell Labs"), ("Tom Blake", "founderOf", "Brightwell Labs")}),
    ("Norvale now ranks alongside rivals Kestrel and Ambrose among the largest miners.",
     [("Norvale", ORG, None), ("Kestrel", ORG, None), ("Ambrose", ORG, None)],
     {("Norvale", "competesWith", "Kestrel"), ("Norvale", "competesWith", "Ambrose")}),
    ("Shares in Corvid rose 4% by noon, outperforming larger rival Haldane Bank, which gained 1%.",
     [("Corvid", ORG, None), ("Haldane Bank", ORG, None)], {("Corvid", "competesWith", "Haldane Bank")}),
    ("Tarlow, whose shares trade in Hong Kong, delivered 9,000 cars in May and competes with Velo and Pique.",
     [("Tarlow", ORG, None), ("Velo", ORG, None), ("Pique", ORG, None)],
     {("Tarlow", "competesWith", "Velo"), ("Tarlow", "competesWith", "Pique")}),
    ("Ferrox competes in Europe with Korea's Solenta and with Vantor, which makes its own cells.",
     [("Ferrox", ORG, None), ("Solenta", ORG, None), ("Vantor", ORG, None)],
     {("Ferrox", "competesWith", "Solenta"), ("Ferrox", "competesWith", "Vantor")}),
    ("Pellam is racing to catch up with rivals Orrin and Castell in the obesity market.",
     [("Pellam", ORG, None), ("Orrin", ORG, None), ("Castell", ORG, None)],
     {("Pellam", "competesWith", "Orrin"), ("Pellam", "competesWith", "Castell")}),
    ("Kimura Motor works with Daxin on electric sedans, and Oshiro Motor has run a joint venture with Fenglu Motor for years.",
     [("Kimura Motor", ORG, None), ("Daxin", ORG, None), ("Oshiro Motor", ORG, None), ("Fenglu Motor", ORG, None)],
     {("Kimura Motor", "partnerOf", "Daxin"), ("Oshiro Motor", "partnerOf", "Fenglu Motor")}),
    ("The deal is awkward for Halvard Holdings, which owns 27.5 per cent of Brisk Foods.",
     [("Halvard Holdings", ORG, None), ("Brisk Foods", ORG, None)], {("Halvard Holdings", "investsIn", "Brisk Foods")}),
    ("Velmont, the parent of Arlo and Pike, paid about 1.5 billion euros for roughly 21% of Zento in 2023.",
     [("Velmont", ORG, None), ("Arlo", ORG, None), ("Pike", ORG, None), ("Zento", ORG, None)],
     {("Velmont", "investsIn", "Zento")}),
    ("Larkspur itself sold a minority stake in Corda Studios, a new subsidiary, to Tenzo Holdings last year.",
     [("Larkspur", ORG, None), ("Corda Studios", ORG, None), ("Tenzo Holdings", ORG, None)],
     {("Tenzo Holdings", "investsIn", "Corda Studios")}),
    ("Early backers of Fotora include Rendell Capital and Xiyun.",
     [("Fotora", ORG, None), ("Rendell Capital", ORG, None), ("Xiyun", ORG, None)],
     {("Rendell Capital", "investsIn", "Fotora"), ("Xiyun", "investsIn", "Fotora")}),
    ("Ada Grant, who remains Marlow Holdings chairman, said she was disappointed.",
     [("Ada Grant", PER, None), ("Marlow Holdings", ORG, None)], {("Ada Grant", "chairOf", "Marlow Holdings")}),
    ("Ben Cole, who succeeded Grant as Marlow Holdings chief executive in January, declined to comment.",
     [("Ben Cole", PER, None), ("Grant", PER, None), ("Marlow Holdings", ORG, None)],
     {("Ben Cole", "ceoOf", "Marlow Holdings")}),
    ("Zhao Ming is chairman of Frostee Group and Zhao Lan is its chief executive.",
     [("Zhao Ming", PER, None), ("Frostee Group", ORG, None), ("Zhao Lan", PER, None)],
     {("Zhao Ming", "chairOf", "Frostee Group"), ("Zhao Lan", "ceoOf", "Frostee Group")}),
    # 古酿 and 迎驾 are listed with their stock codes; the rivals after the code count too
    ("在省内，星醴酒业长期与云泉贡酒（000596.SZ）、鹤川贡酒（603198.SH）争夺次高端市场份额。",
     [("星醴酒业", ORG, None), ("云泉贡酒", ORG, None), ("鹤川贡酒", ORG, None)],
     {("星醴酒业", "competesWith", "云泉贡酒"), ("星醴酒业", "competesWith", "鹤川贡酒")}),
    ("目前，星醴酒业旗下拥有两大产品系列，并通过子公司云溪文旅有限公司运营主题景区。",
     [("星醴酒业", ORG, None), ("云溪文旅有限公司", ORG, None)], {("云溪文旅有限公司", "subsidiaryOf", "星醴酒业")}),
    ("辰光能源18.6亿元控股拓源光电 光伏龙头加速整合", [("辰光能源", ORG, None), ("拓源光电", ORG, None)],
     {("辰光能源", "acquires", "拓源光电")}),
    ("冰屿热能成立于2019年，创始人兼CEO周屹曾任某公司首席工程师。", [("冰屿热能", ORG, None), ("周屹", PER, None)],
     {("周屹", "founderOf", "冰屿热能"), ("周屹", "ceoOf", "冰屿热能")}),
    ("氢拓科技总部位于上海，创始人为同济大学教授顾远。",
     [("氢拓科技", ORG, None), ("同济大学", ORG, None), ("顾远", PER, None)], {("顾远", "founderOf", "氢拓科技")}),
    ("茶语的茶联合创始人赵林继续担任董事会主席。", [("茶语的茶", ORG, None), ("赵林", PER, None)],
     {("赵林", "chairOf", "茶语的茶"), ("赵林", "founderOf", "茶语的茶")}),
    ("Halden names former Orso executive Mira Tan CEO, lays out a turnaround plan",
     [("Halden", ORG, None), ("Orso", ORG, None), ("Mira Tan", PER, None)], {("Mira Tan", "ceoOf", "Halden")}),
    ("Vexa competes with Tarrow Interactive, whose Redpine Games unit makes Skyfall, and with Ubiq.",
     [("Vexa", ORG, None), ("Tarrow Interactive", ORG, None), ("Redpine Games", ORG, None)],
     {("Redpine Games", "subsidiaryOf", "Tarrow Interactive")}),
    ("Founder Cal Wren, who owns about 8% of Lulo, launched a proxy fight.",
     [("Cal Wren", PER, None), ("Lulo", ORG, None)], {("Cal Wren", "investsIn", "Lulo")}),
    ("Cahill previously ran Kellan, the maker of Prings and Chezz that Marsh bought for about $36bn.",
     [("Kellan", ORG, None), ("Prings", PROD, None), ("Chezz", PROD, None), ("Marsh", ORG, None)],
     {("Marsh", "acquires", "Kellan")}),
    ("上海商报·财经网讯（记者 邵宇晨）1月9日晚间，华越制药公告称。", [("上海商报", ORG, None), ("邵宇晨", PER, None)],
     {("邵宇晨", "worksFor", "上海商报")}),
    ("财经网 记者 王涵 实习记者 刘一凡", [("财经网", ORG, None), ("王涵", PER, None), ("刘一凡", PER, None)],
     {("王涵", "worksFor", "财经网"), ("刘一凡", "worksFor", "财经网")}),
    ("北京市康泰律师事务所律师张蕊对记者表示。", [("北京市康泰律师事务所", ORG, None), ("张蕊", PER, None)],
     {("张蕊", "worksFor", "北京市康泰律师事务所")}),
    ("邓伟国是华越制药的创始人及实际控制人，现任华越制药董事长兼总经理。", [("邓伟国", PER, None), ("华越制药", ORG, None)],
     {("邓伟国", "chairOf", "华越制药")}),
    ("长丰马自达是长丰汽车与马自达各持股50%的合资企业。",
     [("长丰马自达", ORG, None), ("长丰汽车", ORG, None), ("马自达", ORG, None)],
     {("长丰汽车", "investsIn", "长丰马自达"), ("马自达", "investsIn", "长丰马自达")}),
    ("华晟药业（688562.SH）昨日晚间公告，与德国默瑞（Merra KGaA）就口服小分子药物HS-2031达成海外独家授权合作。",
     [("华晟药业", ORG, None), ("默瑞", ORG, None), ("Merra KGaA", ORG, None), ("HS-2031", PROD, None)],
     {("华晟药业", "partnerOf", "默瑞")}),
    ("晶幕科技（688609）诉竞争对手米光科技专利侵权一案今日获一审判决。", [("晶幕科技", ORG, None), ("米光科技", ORG, None)],
     {("晶幕科技", "competesWith", "米光科技")}),
    ("Ardent Teck's primary listing is on the London Stock Exchange, with secondary listings on the Toronto Stock "
     "Exchange and the Johannesburg Stock Exchange.",
     [("Ardent Teck", ORG, None), ("London Stock Exchange", ORG, "exchange"), ("Toronto Stock Exchange", ORG, "exchange"),
      ("Johannesburg Stock Exchange", ORG, "exchange")],
     {("Ardent Teck", "listedOn", x) for x in ("London Stock Exchange", "Toronto Stock Exchange", "Johannesburg Stock Exchange")}),
    ("Novo Auto, which is listed on the New York Stock Exchange, also trades on the Hong Kong Stock Exchange.",
     [("Novo Auto", ORG, None), ("New York Stock Exchange", ORG, "exchange"), ("Hong Kong Stock Exchange", ORG, "exchange")],
     {("Novo Auto", "listedOn", "New York Stock Exchange"), ("Novo Auto", "listedOn", "Hong Kong Stock Exchange")}),
    # a plan in the quote before is not the officer's
    ("\"This order is the backbone of our fleet plan to 2035,\" Lanh Airlines Chief Executive Le Van Ha said.",
     [("Lanh Airlines", ORG, None), ("Le Van Ha", PER, None)], {("Le Van Ha", "ceoOf", "Lanh Airlines")}),
    # a second listing told in the next clause, with the company left out
    ("中捷快递此前于2016年10月在纽约证券交易所上市，募资14亿美元，2020年9月又在港交所完成二次上市。",
     [("中捷快递", ORG, None), ("纽约证券交易所", ORG, "exchange"), ("港交所", ORG, "exchange")],
     {("中捷快递", "listedOn", "纽约证券交易所"), ("中捷快递", "listedOn", "港交所")}),
    ("金禾乳业正与伊禾股份、蒙源乳业以及新源乳业展开正面竞争。",
     [("金禾乳业", ORG, None), ("伊禾股份", ORG, None), ("蒙源乳业", ORG, None), ("新源乳业", ORG, None)],
     {("金禾乳业", "competesWith", "新源乳业")}),
])
def test_report_wordings(text, names, expected):
    assert expected <= _run(text, names)


@pytest.mark.parametrize("text,names,absent", [
    # the second name of the list starts a clause of its own: it holds its own stake
    ("Halvard owns 45 per cent of Brisk Air, Qinhai Air holds 30 per cent and Doha Air about 9 per cent.",
     [("Halvard", ORG, None), ("Brisk Air", ORG, None), ("Qinhai Air", ORG, None), ("Doha Air", ORG, None)],
     ("Halvard", "investsIn", "Qinhai Air")),
    # an analyst's view of rivals is no fact
    ("业内人士认为，云驰此举意在与宁拓争夺高端订单。", [("云驰", ORG, None), ("宁拓", ORG, None)],
     ("云驰", "competesWith", "宁拓")),
    # a chief executive appointed is no mere employee
    ("澄茶（02150.HK）公告，委任邓斌为首席执行官，即日生效。", [("澄茶", ORG, None), ("邓斌", PER, None)],
     ("邓斌", "worksFor", "澄茶")),
    # a chief executive named is no mere employee
    ("Halden named former Orso executive Mira Tan as CEO, effective immediately.",
     [("Halden", ORG, None), ("Orso", ORG, None), ("Mira Tan", PER, None)], ("Mira Tan", "worksFor", "Halden")),
    # a listing that ended
    ("瑞香咖啡曾于2019年5月在纳斯达克上市，2020年因财务造假被勒令退市。",
     [("瑞香咖啡", ORG, None), ("纳斯达克", ORG, "exchange")], ("瑞香咖啡", "listedOn", "纳斯达克")),
    # the publisher of a report is no party to what it tells
    ("快报社2月5日电，轨交供应商北辰交控今日在深交所创业板上市。",
     [("快报社", ORG, None), ("北辰交控", ORG, None), ("深交所创业板", ORG, "exchange")],
     ("快报社", "listedOn", "深交所创业板")),
])
def test_report_wordings_that_state_no_such_fact(text, names, absent):
    assert absent not in _run(text, names)


def test_company_names_told_by_context_in_english():
    facts, ext = _facts("\"We delivered,\" Morwen Chief Executive Petra Lindqvist told reporters. "
                        "Elsewhere, Halden Airlines' budget unit Skerry said it was evaluating more jets. "
                        "Harlow Holdings is recalling lamps sold under Harlow Holdings' Nestwell brand. "
                        "Pavilo Labs competes with Bill, Rampa and Brexo. "
                        "Shares rose 4% by 1020 GMT.")
    types = {(m.text, m.type) for m in ext.mentions}
    assert {("Morwen", "ORG"), ("Skerry", "ORG"), ("Nestwell", "ORG"), ("Rampa", "ORG"), ("Brexo", "ORG")} <= types
    assert ("GMT", "ORG") not in types  # a time zone
    assert {("Petra Lindqvist", "ceoOf", "Morwen"), ("Skerry", "subsidiaryOf", "Halden Airlines"),
            ("Nestwell", "subsidiaryOf", "Harlow Holdings"), ("Pavilo Labs", "competesWith", "Brexo")} <= facts


def test_chinese_names_a_list_or_a_description_shows():
    _, mentions, _ = _mentions("在电池片领域，拓源光电的主要竞争对手包括钧石股份（002865.SZ）和英睿能。"
                               "财联社2月5日电，信号系统供应商北辰交控今日在深交所创业板上市。"
                               "连锁零食品牌“嗨哆”母公司嗨哆集团今日在港交所主板挂牌上市。")
    names = {(m.text, m.type) for m in mentions}
    assert {("英睿能", "ORG"), ("北辰交控", "ORG"), ("嗨哆集团", "ORG")} <= names


@pytest.mark.parametrize("text,name,wrong", [
    ("会议同时聘任副总经理陈墨为星醴酒业总经理。", "陈墨", "陈墨为"),  # the 为 of 聘任…为… is no part of the name
    ("港股上市公司绿驰出行（02389.HK）公告，以3.6亿港元收购迅达电控。", None, "港元"),  # a currency
    ("晶拓能源是美股上市公司晶拓能源控股有限公司的控股子公司。", "晶拓能源控股有限公司", "美股上市公司晶拓能源控股有限公司"),
])
def test_chinese_name_edges(text, name, wrong):
    _, mentions, _ = _mentions(text)
    found = {m.text for m in mentions}
    assert wrong not in found
    assert name is None or name in found


def test_results_without_a_date_are_the_report_news_and_a_quarter_end_is_no_date():
    (ev,) = _events("For the second quarter ended Dec. 28, Kestra reported revenue of $5.3 billion.",
                    [("Kestra", "ORG", "company")], doc_date="2026-01-28")
    assert ev.type == "Earnings" and ev.date == "2026-01-28"


def test_today_in_a_flash_digest_is_the_day_of_the_digest_not_of_the_item_before():
    text = ("【甲公司发布新品】甲公司昨日晚间在深圳发布新一代洗地机X1。\n"
            "【乙公司完成融资】合成生物企业乙公司今日宣布完成1.2亿美元C轮融资。")
    events = _events(text, [("甲公司", "ORG", "company"), ("乙公司", "ORG", "company"), ("X1", "PRODUCT", None)],
                     doc_date="2025-11-20")
    dates = {ev.type: ev.date for ev in events}
    assert dates["ProductLaunch"] == "2025-11-19" and dates["Funding"] == "2025-11-20"


def test_a_model_number_after_a_space_in_chinese_text_is_part_of_the_name():
    _, mentions, _ = _mentions("影石创新今日发布运动相机Ace Pro 3，直接对标大疆Osmo Action 6。《OpenClaw 24小时不休》")
    names = {m.text for m in mentions if m.type == "PRODUCT"}
    assert {"Ace Pro 3", "Osmo Action 6"} <= names
    assert "OpenClaw 24" not in names  # hours, no model number


@pytest.mark.parametrize("text,iso", [
    ("who stepped down at the end of 2025 after two years", "2025"),
    ("who took over at the start of the year", "2026"),
])
def test_years_named_by_their_end_or_start(text, iso):
    from kg.extract.temporal import find_dates
    assert [d.iso for d in find_dates(text, 0, len(text), "2026-02-11", "2026-02-11")] == [iso]


def test_a_list_member_grown_from_a_model_name_replaces_it_only_when_kept():
    from kg.extract.brands import listed_orgs
    from kg.records import Mention

    def run(text, second):
        first = Mention("d", 6, 10, text[6:10], "ORG", "zh", "ner", "company")
        return {(m.text, m.source) for m in listed_orgs([first, Mention("d", 11, 11 + len(second), second, "ORG", "zh", "ner", "company")], text)}

    assert ("中博瑞", "orgrule") in run("竞争对手包括华辰科技、中博瑞。", "中博")
    assert ("中博", "ner") not in run("竞争对手包括华辰科技、中博瑞。", "中博")
    # the grown "中国市场" is a phrase of common words and refused: the model's own name is not lost
    assert ("中国", "ner") in run("竞争对手包括华辰科技、中国市场。", "中国")
