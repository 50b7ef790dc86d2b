import pytest

from kg.extract.temporal import find_amounts, find_dates


def _dates(text, doc_date=None, anchor=None, recent=None):
    return [(d.text, d.iso) for d in find_dates(text, 0, len(text), doc_date, anchor, recent)]


@pytest.mark.parametrize("text,iso", [
    ("2026年1月8日", "2026-01-08"), ("January 8, 2026", "2026-01-08"), ("8 Jan 2026", "2026-01-08"),
    ("2026-01-08", "2026-01-08"), ("2026年1月", "2026-01"), ("June 2026", "2026-06"), ("2021年，", "2021"),
    # a quarter or a half gives its year
    ("in Q3 2025", "2025"), ("the fourth quarter of 2025", "2025"), ("2025 Q4 results", "2025"), ("H1 2026", "2026"),
])
def test_absolute_dates(text, iso):
    assert _dates(text)[0][1] == iso


def test_relative_dates_resolve_against_the_document_date():
    ref = "2026-01-08"  # a Thursday
    assert _dates("1月9日", ref) == [("1月9日", "2026-01-09")]
    assert _dates("周二发布", ref) == [("周二", "2026-01-06")]
    assert _dates("shares rose on Tuesday", ref) == [("on Tuesday", "2026-01-06")]
    assert _dates("上月", ref) == [("上月", "2025-12")]
    assert _dates("last month", ref) == [("last month", "2025-12")]
    assert _dates("次日", ref, anchor="2026-01-08") == [("次日", "2026-01-09")]
    assert _dates("the next day", ref, anchor="2026-01-31") == [("the next day", "2026-02-01")]
    assert _dates("去年", ref) == [("去年", "2025")]
    # a day or month without a year is at most a month after the document date (news tells the past)
    assert _dates("12月15日", ref) == [("12月15日", "2025-12-15")]
    assert _dates("3月3日", "2026-01-20") == [("3月3日", "2025-03-03")]
    assert _dates("2月10日", "2026-01-20") == [("2月10日", "2026-02-10")]
    assert _dates("It launched in March", "2026-01-20") == [("March", "2025-03")]


def test_relative_dates_stay_unresolved_without_a_document_date():
    assert _dates("周二发布，次日上涨，上月亏损") == [("周二", None), ("次日", None), ("上月", None)]


@pytest.mark.parametrize("text,value,currency", [
    ("116.2港元", 116.2, "HKD"), ("5亿美元", 500000000, "USD"), ("$1.75 trillion", 1.75e12, "USD"),
    ("1.1 trillion HKD", 1.1e12, "HKD"), ("1.75万亿美元", 1.75e12, "USD"), ("¥200,000", 200000, "CNY"),
    ("578.9亿港元", 57890000000, "HKD"), ("$35B", 35e9, "USD"), ("3.12亿元", 312000000, "CNY"),
    ("RMB 113.1 billion", 113.1e9, "CNY"), ("HKD 5bn", 5e9, "HKD"), ("USD500 million", 5e8, "USD"),
])
def test_amounts(text, value, currency):
    (_, _, amount), = find_amounts(text, 0, len(text))
    assert amount.value == pytest.approx(value)
    assert amount.currency == currency
    assert amount.text == text


def test_month_day_takes_the_year_nearest_the_document_date():
    from kg.extract.temporal import find_dates

    def iso(text, doc_date):
        return [d.iso for d in find_dates(text, 0, len(text), doc_date)]

    assert iso("12月15日，公司宣布", "2026-01-05") == ["2025-12-15"]
    assert iso("1月8日，公司宣布", "2025-12-20") == ["2026-01-08"]
    assert iso("1月8日，公司宣布", "2026-03-01") == ["2026-01-08"]


def test_english_years_after_a_preposition():
    from kg.extract.temporal import find_dates

    text = "It was founded in 2019, listed in March 2024, and grew in the 1990s and in 2022-23."
    assert [d.iso for d in find_dates(text, 0, len(text), None)] == ["2019", "2024-03"]


def test_months_of_relative_years_and_last_weeks_days():
    from kg.extract.temporal import find_dates

    def iso(text, doc_date="2026-01-28"):  # a Wednesday
        return [d.iso for d in find_dates(text, 0, len(text), doc_date)]

    assert iso("今年1月，甲公司上市。") == ["2026-01"]
    assert iso("去年12月15日，甲公司上市。") == ["2025-12-15"]
    assert iso("明年3月发布。") == ["2027-03"]
    assert iso("上周五，甲公司上市。") == ["2026-01-23"]
    assert iso("上周五，甲公司上市。", "2026-01-31") == ["2026-01-23"]  # a Saturday: not yesterday
    assert iso("本周一发布。") == ["2026-01-26"]
    assert iso("今年1月，甲公司上市。", None) == [None]


def test_a_month_alone_and_a_dateline_take_the_year_nearest_the_document_date():
    ref = "2026-01-08"
    assert _dates("12月，英伟达发布新品", ref) == [("12月", "2025-12")]
    assert _dates("1月中旬发布", ref) == [("1月", "2026-01")]
    assert _dates("In December, Acme agreed", ref) == [("December", "2025-12")]
    assert _dates("BEIJING, Jan 8 (Reuters) -", ref) == [("Jan 8", "2026-01-08")]
    assert _dates("3个月后，10.5月，1-11月利润下降，前3月累计增长", ref) == []
    assert _dates("12月") == [("12月", None)]  # no year to take it from


def test_the_same_day_month_or_year_is_the_date_named_last():
    assert _dates("12月5日上市，同月17日另一家上市", "2026-01-10") == [("12月5日", "2025-12-05"), ("同月17日", "2025-12-17")]
    assert _dates("同日，王小明被任命", "2026-02-01", anchor="2026-01-22", recent="2026-01-22") == [("同日", "2026-01-22")]
    assert _dates("同月，云帆完成融资", "2026-02-01", anchor="2025-11-02", recent="2026-01") == [("同月", "2026-01")]
    assert _dates("the same year", "2026-02-01", recent="2024-05") == [("the same year", "2024")]
    # a day needs a day named before it
    assert _dates("同日", "2026-02-01", anchor="2025-11-02", recent="2026-01") == [("同日", None)]
    assert _dates("同日") == [("同日", None)]


@pytest.mark.parametrize("text,doc_date,iso", [
    ("元旦当天，星河科技发布了新品。", "2026-01-10", "2026-01-01"),
    ("圣诞节，星河科技发布了新品。", "2026-01-03", "2025-12-25"),
    ("Vexaro released it on Christmas Day.", "2026-01-03", "2025-12-25"),
    ("春节当天，星河科技发布了新品。", "2026-02-20", "2026-02-17"),
    ("除夕，星河科技发布了新品。", "2025-02-02", "2025-01-28"),
])
def test_a_holiday_on_its_day_is_that_date(text, doc_date, iso):
    assert [d.iso for d in find_dates(text, 0, len(text), doc_date)] == [iso]


@pytest.mark.parametrize("text", ["春节期间，用户数增长。", "元旦假期出行人次创新高。", "圣诞节前夕，销量上升。"])
def test_a_holiday_period_is_no_day(text):
    assert find_dates(text, 0, len(text), "2026-01-10") == []


def test_a_holiday_without_a_document_date_stays_unresolved():
    assert [d.iso for d in find_dates("春节当天发布。", 0, 7, None)] == [None]


@pytest.mark.parametrize("text,iso", [("2025.12", "2025-12"), ("2026-01", "2026-01"), ("2025/12", "2025-12"),
                                      ("2010-2012", None), ("2025.12亿元", None), ("2025.12点", None), ("2025.1", None)])
def test_a_year_and_two_digit_month(text, iso):
    found = [d.iso for d in find_dates(text, 0, len(text), "2026-01-10")]
    assert found == ([iso] if iso else [])


@pytest.mark.parametrize("text,iso", [("年初，星河科技发布了新模型", "2026"), ("每年年底", None), ("前年底", None),
                                      ("本周，星河科技发布了新模型", "2026-02"), ("this week", "2026-02")])
def test_the_start_of_the_year_and_this_week(text, iso):
    found = [d.iso for d in find_dates(text, 0, len(text), "2026-02-10")]
    assert found == ([iso] if iso else [])


@pytest.mark.parametrize("text,iso", [("星河科技近日完成融资", "2026-02"), ("星河科技日前宣布", "2026-02"),
                                      ("其水平已接近日本同行", None), ("节日前夕", None), ("交易日前", None)])
def test_recently_gives_the_document_month(text, iso):
    found = [d.iso for d in find_dates(text, 0, len(text), "2026-02-10")]
    assert found == ([iso] if iso else [])


@pytest.mark.parametrize("text, doc_date, iso", [
    ("恒远科技昨晚公告称", "2026-01-21", "2026-01-20"),
    ("股价今晨高开", "2026-01-21", "2026-01-21"),
    ("星河电子已于本月18日发布年报", "2026-03-27", "2026-03-18"),
    ("双方上月28日签约", "2026-01-13", "2025-12-28"),
    ("他说，3日，公司与对方签约。", "2026-01-05", "2026-01-03"),
    ("the safety agency said Thursday.", "2025-11-21", "2025-11-20"),
    ("the company said in a statement late Monday.", "2026-01-13", "2026-01-12"),
    ("shares rose Tuesday morning", "2026-01-13", "2026-01-13"),
])
def test_news_relative_days(text, doc_date, iso):
    assert [d.iso for d in find_dates(text, 0, len(text), doc_date)] == [iso]


def test_that_day_and_a_bare_day_take_the_date_named_last():
    text = "新华网12月9日电 恒远科技9日在港交所挂牌。此前该公司11月8日晚间公告称，董事会当日通过议案。"
    assert [(d.text, d.iso) for d in find_dates(text, 0, len(text), "2025-12-10")] == [
        ("12月9日", "2025-12-09"), ("9日", "2025-12-09"), ("11月8日", "2025-11-08"), ("当日", "2025-11-08")]


@pytest.mark.parametrize("text", ["30日内完成交割", "5日均线", "三个交易日", "He said Monday, Jan. 5 was", "每月15日结算"])
def test_day_counts_and_dated_weekdays_are_no_bare_days(text):
    assert all(d.text not in ("30日", "5日", "15日", "Monday") for d in find_dates(text, 0, len(text), "2026-01-13"))


def test_a_month_of_the_year_named_last_or_of_the_year_after():
    assert _dates("2023年，星河入股云帆。同年8月，双方达成合作", "2026-01-15") == [("2023年", "2023"), ("同年8月", "2023-08")]
    assert _dates("2021年6月完成A轮，次年3月5日完成B轮", "2026-01-15") == [("2021年6月", "2021-06"), ("次年3月5日", "2022-03-05")]
    assert _dates("同年8月", "2026-01-15") == [("同年8月", None)]  # no year named before
