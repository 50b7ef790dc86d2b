"""Chinese drug names found by how medicines are named: a generic name ends in an INN stem
and may take a salt before it and a dosage form after it (苹果酸法米替尼胶囊, 注射用瑞康曲妥珠单抗,
替尔泊肽注射液).

The statistical NER sees almost no medicines (CLUENER has none), so the pharma news a business
graph reads ("恒瑞医药的…胶囊获批上市") would give no product at all. The word lists follow the
naming rules for generic drug names published by the Chinese Pharmacopoeia Commission
(国家药典委员会《中国药品通用名称命名原则》): the Chinese renderings of the WHO INN stems
(-tinib 替尼, -mab 单抗, -ciclib 西利, -lutamide 鲁胺, -gliptin 格列汀, …), the salts named
first (盐酸, 枸橼酸, …) and the dosage forms named last (胶囊, 片, 注射液, …). These are terms of
a public naming standard, not names of particular products.

A name needs a boundary before it (的, a list joiner, a bracket, a quote, a bullet, or a
pharma company's name ending in 生物/医药/药业/制药), at least two characters before its stem,
and no function word inside; a bare class ("单抗", "生长激素") is no name.
"""
from __future__ import annotations

import re

from ..records import Document, Mention
from .titles import jieba_words, word_freq

# The Chinese renderings of common WHO INN stems (longest first where one ends another)
STEMS = ("布替尼", "替尼", "珠单抗", "妥单抗", "单抗", "西利", "帕利", "鲁胺", "格列汀", "格列净", "沙坦", "他汀",
         "普利", "洛尔", "地平", "拉唑", "司他韦", "韦", "昔布", "培南", "沙星", "霉素", "西林", "康唑", "膦酸",
         "替康", "紫杉醇", "铂", "肽", "生长激素", "胰岛素", "疫苗", "替尼布", "西坦", "格雷", "曲坦", "司琼")
SALTS = ("盐酸", "硫酸", "磷酸", "苹果酸", "枸橼酸", "甲磺酸", "乙磺酸", "苯磺酸", "对甲苯磺酸", "马来酸", "富马酸",
         "酒石酸", "琥珀酸", "氢溴酸", "醋酸", "乳酸", "门冬氨酸", "注射用")
FORMS = ("肠溶胶囊", "缓释胶囊", "软胶囊", "胶囊", "缓释片", "控释片", "肠溶片", "分散片", "口崩片", "咀嚼片", "薄膜衣片",
         "片", "注射液", "注射剂", "颗粒", "口服溶液", "口服液", "滴眼液", "喷雾剂", "吸入剂", "吸入粉雾剂", "贴剂",
         "乳膏", "软膏", "混悬液", "干混悬剂", "冻干粉")

# What may stand before a name: "X的", a list, a bracket or quote, a bullet, a line start, or a
# pharma company's name ("信达生物玛仕度肽")
_BEFORE = r"(?:(?<=[的了、和与及为是剂药：:（(“\"「》>\n*|])|(?<=^)|(?<=生物|医药|药业|制药|药品|公司)|(?<=[*|] ))"
_NAME_CHAR = r"(?:(?![的了与和及或在是为对将把被从向于等获批用并其该此这那款种类项个]|生物|医药|药业|制药|公司|集团)[\u4e00-\u9fff])"
_COMMON = 1000  # jieba's count above which a word is a common word, not part of a transliteration
_ALT = lambda words: "|".join(sorted(words, key=len, reverse=True))  # noqa: E731

DRUG = re.compile(rf"{_BEFORE}((?:{_ALT(SALTS)})?{_NAME_CHAR}{{2,8}}?(?:{_ALT(STEMS)})(?:{_ALT(FORMS)})?)"
                  rf"(?![\u4e00-\u9fff]{{0,1}}(?:类|类药物|靶点|抑制剂|受体|通路|治疗|疗法(?!的)))", re.M)
# the class or mechanism a stem also names: "GLP-1类多肽", "胰高血糖素样肽", "双特异性单抗"
_CLASS = re.compile(r"(?:多|样|性|型|类|双|长效|短效|重组|人源化|全人源|靶向|口服|新型|同类)(?:{})$".format(_ALT(STEMS)))


# A brand name before its generic name in brackets: "其BTK抑制剂百悦泽（泽布替尼胶囊）"
_BRAND_BEFORE = re.compile(r"(?:药|剂|抗体|单抗|疫苗|其|的|了|为|、)([\u4e00-\u9fff]{2,4})[（(]$")


def drug_mentions(doc: Document, seg) -> list[Mention]:
    """Generic drug names in a Chinese segment (:data:`DRUG`), each a PRODUCT of kind "drug", and
    the brand named before one in brackets."""
    if seg.lang != "zh":
        return []
    out = []
    for m in DRUG.finditer(doc.text, seg.start, seg.end):
        name = m.group(1)
        if _CLASS.search(name) and not name.endswith(FORMS):
            continue  # "长效生长激素", "双特异性单抗": a kind of drug
        first = jieba_words(name.removeprefix(next((x for x in SALTS if name.startswith(x)), "")))[0]
        if len(first) >= 2 and word_freq(first) >= _COMMON:
            continue  # "信达生物公布玛仕度肽": a common word (a verb) is no part of a coined name
        out.append(Mention(doc.id, m.start(1), m.end(1), name, "PRODUCT", "zh", "rule", "drug"))
        brand = _BRAND_BEFORE.search(doc.text, max(seg.start, m.start(1) - 12), m.start(1))
        if brand and doc.text[m.end(1):m.end(1) + 1] in "）)" and word_freq(brand.group(1)) < _COMMON:
            out.append(Mention(doc.id, brand.start(1), brand.end(1), brand.group(1), "PRODUCT", "zh", "rule", "drug"))
    return out
