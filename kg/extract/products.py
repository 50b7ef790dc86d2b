"""Product names found by rules: model codes, names before a product noun, what Chinese text
launches, and Latin names an organization owns.

The statistical NER of both languages sees few products (the Chinese model learned only games
from CLUENER), so most product mentions come from here and from the lexicon. Each rule keeps
the codes and words that are no products out (quarters, counts, metrics, document titles).
"""
from __future__ import annotations

import re

from ..lexicon import entries_by_id, ids_by_name, known_names
from ..records import Document, Mention
from ..segment import is_han
from .en_names import DEMONYM
from .titles import common_words, jieba_words, word_freq
from .zh_orgs import NOT_BRAND_CHARS, NOT_NAME_TAGS

# Model codes and versions: GLM-4.5, SU7, L60, Qwen2.5-72B, GPT-5, H100, ERNIE 4.0, Mate 80 Pro, iPhone 17 Pro.
EDITION_WORD = (r"(?:Pro|Max|Ultra|Plus|Mini|mini|Air|SE|Turbo|Lite|Thinking|Flash|Edge|Fold|Flip|Omni|Preview|"
                r"Instruct|Coder|Nano|Sonnet|Opus|Haiku|Elite)")
_EDITION = rf"(?: {EDITION_WORD}(?![A-Za-z0-9]))*"

PRODUCT_CODE = re.compile(
    r"(?<![A-Za-z0-9_\-.])(?:[A-Z][A-Za-z]{1,14}-?\d+(?:\.\d+)?(?:-?[A-Za-z0-9]+)*" + _EDITION + r"(?! (?i:index|indices)\b)" +
    r"|[A-Z]{2,6} [A-Z]{1,2}\d{2,5}[A-Za-z]?" + _EDITION + r"|[A-Z]\d{1,4}(?:\.\d)?[A-Za-z]?(?!级)" + _EDITION +  # "MTT S4000"
    r"|[A-Z]{3,10} \d+(?:\.\d+)?(?![\d.]| [\d-])" +  # (not a row of figures: "DETROIT 44 82.349 28")
    r"|[ie]?[A-Z][a-z]{2,10}(?:[A-Z][a-z]{1,8})? (?:\d{1,3}|[A-Z]{1,2}\d{1,4})(?:\.\d)?[a-z]?(?![\d%]|\.\d| ?percent)"
    # "fined Google 2.4 billion euros", "Tesla 3 years ago": an amount or a count, no model
    r"(?! ?(?:billion|million|trillion|thousand|hundred|bn|mn|yuan|euros?|dollars?|pounds?|yen|won|"
    r"points?|years?|months?|weeks?|days?|hours?|times|per)\b)"
    r"(?! ?(?:[亿万千百元年月日个家倍台辆位名次天周岁秒]|小时|分钟))" + _EDITION +  # "获得Meta 140亿美元的订单"
    # a number and an edition after "the"/"its": "unveiled the 17 Ultra smartphone"
    r"|(?:(?<=\bthe )|(?<=\bits ))\d{1,3}(?: (?:Pro|Max|Ultra|Plus|Air|Fold|Flip|Edge|Mini|SE)(?![A-Za-z0-9]))+"
    # a name and a hyphenated code: DeepSeek-V4, DeepSeek-OCR 2, Qwen-VL, Hunyuan-T1
    r"|[A-Z][A-Za-z]{1,14}(?:-(?:[A-Z]{1,5}\d{0,3}(?:\.\d+)?[A-Za-z]?))+(?:-[A-Z][a-z]{1,12})*(?: \d+(?:\.\d+)?)?" + _EDITION +
    r")(?![A-Za-z0-9_\-])(?!\s*[:：])")

# Codes that are not products: quarters and halves, pandemic names, standards, dates, counts.
NOT_PRODUCT = re.compile(
    r"^(?:Q[1-4]|H[12]|FY\d+|COVID-?\d+|ISO ?\d+|Wi-Fi.*|[A-Z][a-z]+-(?:US|UK|EU|CN|HK|UN|AI|IT|EV|IP)|[A-Z]{3} \d+(?:\.\d+)?|[A-Z]+ 20\d\d|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d+|"
    r".+ (?:Q[1-4]|H[12]|FY\d+)|"
    r"(?:Top|Day|Days|Week|Phase|Level|Stage|Round|Chapter|Section|Article|Page|Vol|No|Number|"
    r"Figure|Table|Step|Part|Season|Episode|Class|Grade|Group|Room|Floor|Line|Route|Gate|Team|"
    r"Under|Over|About|Around|Nearly|Only|Just|All|The|And|With|For|From|Since|Until|Top) [A-Z]?\d+)$")

NUMBER_LIKE = re.compile(r"^[$¥€£]?\d[\d.,]*\s?[KMBTkmbt%]?$")

# Acronyms that spaCy's small English model often tags ORG but that name no organization.
GENERIC_ACRONYMS = {
    "AI", "AGI", "API", "APP", "CEO", "CFO", "COO", "CTO", "EV", "EVS", "GDP", "GPU", "CPU",
    "IPO", "LLM", "LLMS", "PR", "R&D", "SAAS", "IAAS", "PAAS", "USD", "HKD", "CNY", "RMB", "IT", "ESG", "B2B",
    "OS", "UI", "AR", "VR", "IOT", "5G", "PC", "SUV", "FSD", "ETF", "M&A", "VC", "PE",
    # business metrics and common technical abbreviations ("DAU破亿", "CAC远低于")
    "DAU", "MAU", "WAU", "CAC", "ARPU", "GMV", "LTV", "ROI", "KPI", "CPI", "PPI", "PMI", "EPS", "CAGR",
    "SKU", "B2C", "C2C", "SDK", "AIGC", "RAG", "NLP", "OCR", "TTS", "ASR", "CLI", "GUI", "UX", "OTA",
    # generic words of AI writing that Chinese text leaves in English ("Agent应用", "Token调用量")
    "AGENT", "AGENTS", "TOKEN", "TOKENS", "PROMPT", "PROMPTS",
    # ways of making things ("ODM厂商龙旗科技": a contract manufacturer)
    "ODM", "OEM", "EMS", "JDM", "IDM", "OSAT", "CDMO", "CRO",
    # kinds of vehicle and device ("发布长航程eVTOL机型VT35": the model is VT35; "TWS耳机", "AIPC")
    "EVTOL", "UAV", "AGV", "AMR", "TWS", "OWS", "AIPC", "MR", "XR",
    # kinds of chip, memory, screen and design software ("HBM供应商", "CPO交换芯片", "国产EDA")
    "HBM", "DRAM", "NAND", "CPO", "NPU", "ASIC", "FPGA", "SOC", "OLED", "LCD", "PCB", "EDA", "CAD", "CAE", "CAM",
    # drug targets, genes and kinds of therapy ("HER2高表达", "PD-1单抗", "GLP-1类药物")
    "HER2", "PD-1", "PD-L1", "EGFR", "GLP-1", "GLP-1R", "GIP", "GIPR", "GCGR", "BTK", "KRAS", "ALK", "BCMA", "VEGF", "PARP", "CDK4/6",
    "JAK", "HPV", "HIV", "RSV", "DNA", "RNA", "MRNA", "ADC", "CAR-T", "TCE", "BCL-2",
}

# Capitalized sentence starters that are no names: "The model uses ...", "Each platform ...".
FUNCTION_WORDS = {"The", "This", "That", "These", "Those", "Its", "Our", "Their", "His", "Her",
                   "Your", "Each", "Every", "Any", "Some", "New", "Next", "First", "Last", "One",
                   "Both", "Such", "Other", "Another", "Which", "What", "Whose", "My"}

# A Latin name right before a product noun is a product: "BALTO框架", "the Seal sedan".
_NAMED_PRODUCT = re.compile(
    r"(?<![A-Za-z0-9_\-.])([A-Z][A-Za-z0-9\-.+]{1,24}[A-Za-z0-9+])(?=\s?(?:框架|大模型|模型|平台|芯片|系统|手机|汽车|车型|应用)"
    r"|(?:\s\([^()]{1,40}\))?\s(?:model|series|architecture|chip|framework|platform|app|smartphone|phone|"
    r"sedan|SUV|car|processor|GPU|accelerator|toolkit|stack|robotaxi|chatbot|browser|headset)s?\b)"
    r"|(?:(?<=框架|模型|平台|芯片|系统|车型|应用|架构|产品|手机|眼镜|耳机|手表|助手|机型|药物|新药|疫苗)|(?<=机器人|无人机|智能体|注射剂)|(?<=药))"
    r"([A-Z][A-Za-z0-9\-.+]{0,24}[A-Za-z0-9+])(?![A-Za-z0-9])")

# English: a company's named product before a product noun ("Baidu's Apollo Go robotaxis", "Huawei's CANN
# toolkit"), and a name after a product noun ("the AI coding assistant Cursor", "its chatbot Ernie Bot")
_POSSESSED_PRODUCT = re.compile(
    r"(?:(?<=[A-Za-z0-9]'s |[A-Za-z0-9]’s )|(?<=\bits )|(?<=\btheir ))([A-Z][A-Za-z0-9.+-]*(?: [A-Z0-9][A-Za-z0-9.+-]*){1,3})"
    r"(?= (?:model|chip|"
    r"platform|app|smartphone|phone|sedan|SUV|car|processor|GPU|accelerator|toolkit|stack|robotaxi|chatbot|browser|"
    r"headset|glasses|assistant|software|service)s?\b)"
    # ... one capitalized word before a kind only a product is: "its Iron humanoid robot", "its Comet browser"
    r"|(?:(?<=[A-Za-z0-9]'s |[A-Za-z0-9]’s )|(?<=\bits )|(?<=\btheir ))([A-Z][a-z]{2,15}[0-9]?)"
    r"(?= (?:humanoid robot|robot|robotaxi|smartphone|sedan|SUV|processor|browser|chatbot|headset|smart glasses)s?\b)")
_AFTER_PRODUCT_NOUN = re.compile(
    r"\b(?:assistant|chatbot|browser|(?:app|model|chip|robot|platform|tool|agent|game|service|assistant|chatbot|browser)"
    r",? (?:called|named|dubbed|branded|codenamed|code-named)) ([A-Z][A-Za-z0-9.+-]*(?: [A-Z0-9][A-Za-z0-9.+-]*){0,2})(?![A-Za-z0-9])"
    # "develops the GLM family of models", "makes the Seal line of sedans"
    r"|\b(?:develops|developed|makes|made|builds|built|sells|sold) (?:the|its|their) ([A-Z][A-Za-z0-9.+-]*(?: [A-Z0-9][A-Za-z0-9.+-]*){0,2})"
    r"(?= (?:family|series|line|range) of\b)")

# What Chinese text launches is a product: "发布Kimi K2", "开源了新模型Wan", "推出Manus",
# "推出了Sora 2和SearchGPT", "发布《黑神话：悟空》", "上线“元宝”"; so is a Latin name Chinese text says was
# developed ("宇树科技研发的Unitree H2").
_LAUNCH_VERB = r"(?:推出|发布|上线|开源|亮相|首发|量产|交付|上市|官宣|(?<=上)带来)了?"

# (a name in lower case has a number: "gpt-oss-120b", "o3-mini")
# (and an edition or a version after two words: "MateBook X Pro", "ThinkSystem SR680a V4")
_LATIN_NAME = (r"(?:(?:[A-Z]|[a-z]{1,2}[A-Z])[A-Za-z0-9\-.+]*[A-Za-z0-9+](?: [A-Z0-9][A-Za-z0-9\-.+]*"
               r"(?: (?:Pro|Max|Ultra|Plus|Mini|Air|SE|Lite|V\d{1,2}|[A-Z]\d{1,3}|\d{1,2}\.\d{1,2})(?![A-Za-z0-9]))?)?|"
               r"(?=[a-z][a-z0-9\-.]*\d)[a-z][a-z0-9\-.]*[a-z0-9])")

# "的开源Wrapper": after 的 the verb is an adjective; markup may wrap the name ("发布了 **X**")
# (its kind may hold an acronym: "发布AI推理服务器X")
_KIND_ACRONYM = r"(?:(?:AI|AR|VR|5G|PC|GPU|CPU|SUV|MPV)(?=[\u4e00-\u9fff])|(?:GPU|CPU|NPU|SUV|MPV) (?=[A-Z]))"  # "…GPU MTT S5000"
_LAUNCHED = re.compile(r"(?<!的)(?:" + _LAUNCH_VERB + r"|(?:研发|开发|打造|自研)(?:了|的|出了?))(?:[\u4e00-\u9fff]|" + _KIND_ACRONYM + r"|\d+(?:\.\d+)?[A-Z](?=[\u4e00-\u9fff])){0,12}?[ *]{0,3}"
                       r"(?!" + _KIND_ACRONYM + r")(" + _LATIN_NAME + r")(?![A-Za-z0-9])")

_LAUNCHED_CODE = re.compile(r"[A-Z][a-z]{2,12} [QH][1-4]")  # ... even like a quarter: "发布了Vidu Q2" (not "Apple Q2财报")
_LAUNCHED_NEXT = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:相机|手机|耳机|手表|眼镜|平板|电脑|芯片|大模型|模型|机器人|无人机|汽车|系列))?"
                            r"\s?(?:、|和|及|与|以及|,|，)\s?(" + _LATIN_NAME + r")(?![A-Za-z0-9])")  # "推出MAX2全景相机和LIT HERO"

# (the kind may be described: "发布628Ah储能电芯“Mr.Big”", "发布了面向中小工厂的质检一体机“灵眸”", not a theme, a slogan or a work: a show, a film, a book)
_LAUNCHED_QUOTED = re.compile(r"(?<!的)" + _LAUNCH_VERB + r"(?:(?:(?!主题|口号|题为|标语|理念|倡议|活动|行动|计划|政策|措施|通知|文件|剧集|电视剧|网剧|电影|影片|纪录片|综艺|节目|专辑|单曲|歌曲|小说|新书|图书|话剧|动画|漫画)"
                              r"[^《》“”\"「」\n，、；。！？,;：:（）()]){0,18}?[\u4e00-\u9fff])?"
                              r"[《“\"「]([^《》“”\"「」\n，、；。！？,;]{2,20})[》”\"」]")

# A title in 《》 that the words around call software or a game: "雾屿工作室开发的《灯塔守夜人》",
# "代表作《原神》", "《逆水寒》手游", "《燕云十六声》海外版", "《心灵杀手3》正在开发中"
_MADE_TITLE = re.compile(r"(?:(?:开发|研发|运营|代理|出版|出品|制作|发行)的|代表作|新作|手游|端游|网游)《([^《》\n]{2,24})》")
_TITLE_OF_GAME = re.compile(r"《([^《》\n]{2,24})》(?=(?:[（(][A-Za-z0-9 :'’&\-]{2,30}[）)])?(?:手游|端游|网游|海外版|国际版|国服|全球版|公测|上线|版号|DLC|"
                            r"(?:正在|仍在)?(?:开发|研发)中)|"  # "《三角洲行动》（Delta Force）海外版"
                            r"由[^，。；《》\n]{1,30}?(?:开发|研发|制作)(?!的))")  # "《X》由法国工作室Y开发"

# ... each with its kind, if so: "蒸烤一体机“云岫”、智能油烟机“听澜”和嵌入式洗碗机“清泉”"
_AND_QUOTED = re.compile(r"(?:与|和|及|以及|、)(?:[\u4e00-\u9fff]{0,8}?(?<![的为是]))?[《“\"「]([^《》“”\"「」\n，、；。！？,;]{2,24})[》”\"」]")

# Quoted titles that name documents, not products: rules, reports, lists, plans, a policy's title ("大力推动…")
DOCUMENT_TITLE = re.compile(r"(?:指南|规定|办法|意见|报告|规则|目录|通知|条例|法|纲要|规划|方案|白皮书|公报|标准|名单|清单|稿|决定|计划|"
    r"政策|措施|文件|细则|准则|指引|声明|公告|倡议|宣言|研究|分析|皮书|月报|周报|季报|年报|简报|快报|年鉴|榜单|排行榜|指数|通告|说明|"
    r"备忘录|协议|协定|合同|合约|纪要|原则|方法|法案|公约|守则|章程|曲线|图谱|蓝图|路线图|展望|手册|导则|[）)])$"
    r"|^(?:关于|大力|加快|推动|推进|促进|深入|进一步|加强|深化|做好|实施)")

# A brand followed by a bare model code is one product name: "小米17", "问界M9", "理想L6".
MODEL_CODE = re.compile(
    r"(?:[A-Z]{1,3}\d{1,4}[A-Za-z]?\+?|[a-z]\d{1,3}\+?|\d{1,3}[A-Za-z]?\+?)" + _EDITION +
    r"(?![A-Za-z0-9.%．·]|,\d)(?![年月日号时分秒万亿千百元倍个家款台辆名位只次天周人岁度期届项条座所架套集季篇章楼层栋路线频折成胜平负场球轮级])")

NOT_MAKERS = {"government", "organization", "university", "exchange"}

NETWORK_GENERATION = re.compile(r"^\d[Gg]$")  # "中国移动6G": a technology, not a model

# (a coined phrase in quotes, with a product's name in it, is none: 人形机器人的“iPhone时刻”)
COINED_END = re.compile(r"(?:时刻|时代|效应|模式|路线|机制|之战|大战|元年|战略|计划|概念|理念)$")


# A rocket, spacecraft or satellite numbered in Chinese: "朱雀三号可重复使用运载火箭", "“吉林一号”星座", "力箭一号"
_NUMBERED_CRAFT = re.compile(r"(?:(?<=[的“\"、和与及，：])|(?<=发射|研制|推出|发布|搭载|采用)|^)([\u4e00-\u9fff]{2,3}?(?:[一二三四五六七八九]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?)号)"
                             r"(?=运载火箭|火箭|卫星|星座|飞船|探测器|空间站|系列|固体|液体|可重复|[”\"，。；、]|已|将|成功|首飞|发射|入轨|遥)")


# A name in corner brackets after a noun, the way 36氪 and LatePost mark a product: "低温烘焙薯片「轻脆坊」",
# "血流导向装置「织锦」", "能源管理平台「云枢EMS」" (after a kind of company it is the company's name,
# :data:`kg.extract.zh_orgs._QUOTED_AFTER_DESCRIPTION`; after a verb of saying, a quote; before 战略, a coinage)
_KIND_THEN_CORNER = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9])(?<!公司|企业|品牌|厂商|集团|机构|表示|认为|指出|强调|透露|写道|宣布)(?<![称说道为是])"
                               r"「([^「」“”\"\n，。；、：:！？]{1,14})」(?!\s?(?:战略|计划|模式|理念|概念|项目|活动|机制|行动|工程|政策))")


DATA_AFTER = re.compile(r"\s?(?:数据|报告|研报|白皮书|指数|榜单|论文|统计|(?:[一二三四1-4]|I{1,3}|IV|[ⅠⅡⅢⅣ])期(?:临床)?(?:试验|研究)|"
                        r"临床(?:试验|研究)|试验)")  # ... or a clinical trial: "REDEFINE 1三期临床试验"

def _noun_follows(text: str, end: int) -> bool:
    """A Chinese word other than a particle follows the closing quote at ``end``, or 的 and
    a word ("推出“厂家补税”的限时营销策略": the quote describes the strategy)."""
    if end < len(text) and text[end] == "的":
        end += 1
    return end < len(text) and is_han(text[end]) and text[end] not in "的了和与及等也"

NAME_AND_YEAR = re.compile(r"^[A-Za-z]+[- ]?(?:19|20)\d\d$")  # "WCG2011", "Expo 2020": an event and its year

# A lexicon product name, ambiguous ones too ("Claude"), before a model name ("Claude Opus 4.5")
# is the product family
_FAMILY_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z]{2,15}) $")

def plain_word_code(code: str) -> bool:
    """"High-NA", "Top-K": a common word and letters, no model name; "DeepSeek-OCR" (a known
    or CamelCase brand), "Hunyuan-T1" and "Qwen3-Coder" (a digit) are."""
    brand, dash, rest = code.partition("-")
    return bool(dash) and not re.search(r"\d", code) and not re.search(r"[a-z][A-Z]", brand) and \
        brand not in known_names()


_FAMILY_NUMBER = re.compile(r"(?<![A-Za-z0-9_\-.])([A-Z][a-z]{2,12}) (\d{4})(?![\d.,%]|\s?(?:年|亿|万|元|billion|million|units|yuan))")

# A range name in camel case (no company's) and its model codes: "ThinkSystem SR680a V4", "PowerEdge XE9680"
_CAMEL_RANGE = re.compile(r"(?<![A-Za-z0-9_\-.])([A-Z][a-z]+[A-Z][A-Za-z]+)((?: (?:[A-Z]{0,4}\d[A-Za-z0-9.]*|"
                          r"Pro|Max|Ultra|Plus|Mini|Air|SE|Lite|X)){1,3})(?![A-Za-z0-9_\-])"
                          r"(?!\s?(?:小时|分钟|秒|天|周|个|年|月|日|万|亿|倍|岁|家|款|次|人|%))")  # "OpenClaw 24小时": a count


def product_mentions(doc: Document, seg) -> list[Mention]:
    """Products rules find in a segment: model codes (GLM-4.5, Claude Opus 4.5), Latin names before a
    product noun ("BALTO框架", "the Seal sedan") and what Chinese text launches ("推出了Sora 2和SearchGPT",
    "发布《黑神话：悟空》")."""
    out = []
    text = doc.text[seg.start:seg.end]
    if seg.lang == "zh":
        for m in _LAUNCHED.finditer(doc.text, seg.start, seg.end):
            spans, pos = [m.span(1)], m.end(1)
            while (nxt := _LAUNCHED_NEXT.match(doc.text, pos, seg.end)):
                spans.append(nxt.span(1))
                pos = nxt.end(1)
            for a, b in spans:
                name = doc.text[a:b]
                if DATA_AFTER.match(doc.text, b):
                    continue  # "发布的COFER数据": a data set or report, not a product
                code = _LAUNCHED_CODE.fullmatch(name) and not is_han(doc.text[b:b + 1])  # "Vidu Q2", not "Q2财报"
                if len(name) >= 3 and name.upper() not in GENERIC_ACRONYMS and (code or not NOT_PRODUCT.match(name)):
                    out.append(Mention(doc.id, a, b, name, "PRODUCT", "zh", "rule"))
        for first in _LAUNCHED_QUOTED.finditer(doc.text, seg.start, seg.end):
            m = first
            while m:  # "发布了《…白皮书》与“…原型样机1.0”": each quoted name launched
                name = m.group(1).strip()
                modifier = _noun_follows(doc.text, m.end())  # "发布“拉眼角”照片": the quote describes a noun
                if name and not DOCUMENT_TITLE.search(name) and not NUMBER_LIKE.match(name) and not (
                        m.group(0)[-1] in "”\"" and modifier):
                    a = doc.text.index(name, m.start(1))
                    out.append(Mention(doc.id, a, a + len(name), name, "PRODUCT", "zh", "rule"))
                m = _AND_QUOTED.match(doc.text, m.end(), seg.end)
        for m in _LAUNCHED_HAN.finditer(doc.text, seg.start, seg.end):  # "正式发布真武810E"
            han = m.group(1)
            if common_words().get(han) not in NOT_NAME_TAGS and word_freq(han) < 500 and not han.endswith(_NOT_BRAND_END):
                out.append(Mention(doc.id, m.start(1), m.end(), doc.text[m.start(1):m.end()], "PRODUCT", "zh", "rule", "model"))
        for m in _KIND_THEN_HAN_MODEL.finditer(doc.text, seg.start, seg.end):
            han = m.group(1)
            if common_words().get(han) not in NOT_NAME_TAGS and word_freq(han) < 50 and not han.endswith(_NOT_BRAND_END):
                out.append(Mention(doc.id, m.start(1), m.end(), doc.text[m.start(1):m.end()], "PRODUCT", "zh", "rule", "model"))
        for m in _NUMBERED_CRAFT.finditer(doc.text, seg.start, seg.end):  # "朱雀三号", "吉林一号"
            stem = m.group(1)[:-3] if m.group(1)[-3] in "一二三四五六七八九十" else m.group(1)[:-2]
            if stem[0] not in NOT_BRAND_CHARS and common_words().get(stem) not in NOT_NAME_TAGS:
                out.append(Mention(doc.id, m.start(1), m.end(1), m.group(1), "PRODUCT", "zh", "rule", "model"))
        for m in _KIND_THEN_CORNER.finditer(doc.text, seg.start, seg.end):  # "低温烘焙薯片「轻脆坊」"
            name = m.group(1).strip()
            if name and not (DOCUMENT_TITLE.search(name) or COINED_END.search(name) or NUMBER_LIKE.match(name)
                             or NOT_PRODUCT.match(name)):
                out.append(Mention(doc.id, m.start(1), m.start(1) + len(name), name, "PRODUCT", "zh", "rule"))
        for rx in (_MADE_TITLE, _TITLE_OF_GAME):
            for m in rx.finditer(doc.text, seg.start, seg.end):
                name = m.group(1).strip()
                if name and not DOCUMENT_TITLE.search(name):
                    a = doc.text.index(name, m.start(1))
                    out.append(Mention(doc.id, a, a + len(name), name, "PRODUCT", "zh", "rule"))
    if seg.lang == "en":
        for rx in (_POSSESSED_PRODUCT, _AFTER_PRODUCT_NOUN):
            for m in rx.finditer(text):
                group = m.lastindex  # the one group of the alternative that matched
                name = m.group(group)
                if name.upper() not in GENERIC_ACRONYMS and not NOT_PRODUCT.match(name) and not (
                        name.split()[0] in known_names("ORG")):  # "its Nvidia H100 chips": the maker's name first
                    out.append(Mention(doc.id, seg.start + m.start(group), seg.start + m.end(group), name, "PRODUCT", "en", "rule"))
    for m in _NAMED_PRODUCT.finditer(text):
        group = 1 if m.group(1) else 2
        name = m.group(group)
        if (name.upper() in GENERIC_ACRONYMS or name in FUNCTION_WORDS or re.search(r"-[a-z]+$", name)
                or DEMONYM.fullmatch(name)  # "the Chinese smartphone maker"
                or re.fullmatch(EDITION_WORD, name)  # "Blackwell Ultra芯片": an edition alone
                or (NOT_PRODUCT.match(name) and not (group == 2 and re.fullmatch(r"[A-Z]\d{1,3}", name)))):
            continue  # "Open-source models", "Large-scale model" (but "人形机器人H2" is no half-year)
        s = seg.start + m.start(group)
        out.append(Mention(doc.id, s, s + len(name), name, "PRODUCT", seg.lang, "rule"))
    for m in _FAMILY_NUMBER.finditer(text):  # "Kirin 9030", "Dimensity 9400": a known chip family and its number
        if m.group(1) in known_names("PRODUCT", ambiguous=True) and not NAME_AND_YEAR.match(m.group(0)):
            out.append(Mention(doc.id, seg.start + m.start(), seg.start + m.end(), m.group(0), "PRODUCT", seg.lang, "rule"))
    for m in _CAMEL_RANGE.finditer(text):  # "ThinkSystem SR680a V4": a range name and its model
        if m.group(1) not in known_names("ORG", ambiguous=True) and re.search(r"\d", m.group(2)):
            out.append(Mention(doc.id, seg.start + m.start(), seg.start + m.end(), m.group(0), "PRODUCT", seg.lang, "rule"))
    for m in PRODUCT_CODE.finditer(text):
        code, s = m.group(0), seg.start + m.start()
        brand, _, rest = code.partition(" ")
        if rest and PRODUCT_CODE.fullmatch(rest) and (brand in known_names("ORG") or (
                brand.istitle() and brand in known_names("ORG", ambiguous=True) and re.search(r"[A-Z]\d", rest))):
            code, s = rest, s + len(brand) + 1  # "Xiaomi SU7", "Apple M4": the company and its product
            # (an ambiguous company name only before a letter-and-digit code: "Apple M5", not "Apple 17")
        if NOT_PRODUCT.match(code) or code.upper() in GENERIC_ACRONYMS or plain_word_code(code) or (
                NAME_AND_YEAR.match(code)):
            continue
        family = _FAMILY_BEFORE.search(doc.text, max(seg.start, s - 24), s)
        if family and family.group(1) in known_names("PRODUCT", ambiguous=True):
            s -= len(family.group(0))  # "Claude Opus 4.5", "Gemini Ultra 2": the family name and the model
            code = doc.text[s:s + len(family.group(0)) + len(code)]
        out.append(Mention(doc.id, s, s + len(code), code, "PRODUCT", seg.lang, "rule"))
    return out


def split_maker_prefix(candidates: list[Mention]) -> list[Mention]:
    """A lexicon product written with its maker's name ("华为昇腾", "腾讯混元", "Microsoft Bing")
    is the maker and the product, as in "英伟达H200": the compound gives way to an
    organization mention and a product mention (its own lexicon entry, confirmed by the maker)."""
    entries, ids = entries_by_id(), ids_by_name()
    out = []
    for c in candidates:
        entry = entries.get((c.kind or "").rstrip("~")) if c.source == "ruler" and c.type == "PRODUCT" else None
        split = None
        if entry is not None:
            for name in entry.names:
                cut = len(c.text) - len(name)
                maker = c.text[:cut].rstrip(" ")
                if cut > 0 and c.text.endswith(name) and ids.get(maker.casefold(), "").startswith("ORG:"):
                    split = (maker, cut)
                    break
            # ... and so is one whose rest begins another of its names: "华为盘古" (盘古大模型)
            for cut in range(1, len(c.text) - 1) if split is None else ():
                maker, rest = c.text[:cut], c.text[cut:]
                if len(rest) >= 2 and ids.get(maker.casefold(), "").startswith("ORG:") and any(
                        n != c.text and n.startswith(rest) for n in entry.names):
                    split = (maker, cut)
                    break
        if split is None:
            out.append(c)
            continue
        maker, cut = split
        out.append(Mention(c.doc_id, c.start, c.start + len(maker), maker, "ORG", c.lang, "ruler",
                           ids[maker.casefold()]))
        out.append(Mention(c.doc_id, c.start + cut, c.end, c.text[cut:], "PRODUCT", c.lang, "ruler", entry.id))
    return out


# After a company, its product may be a Chinese name and a number ("寒武纪思元590") or a Latin
# name before a product noun ("摩尔线程MUSA架构").
_HAN_NAME = r"(?![以每在于为将的和与及对向从按约近超达共旗])((?:(?![的了])[\u4e00-\u9fff]){2,3})"
_NOT_COUNT_AFTER = r"(?![\dA-Za-z.%．]|,\d|\s?(?:[年月日号万亿千百元倍个家款台辆名位次天人岁股届季期]|财年|美元|港元|欧元|日元|英镑))"
_HAN_MODEL = re.compile(_HAN_NAME + r"(\d{2,5}[A-Za-z]?)" + _NOT_COUNT_AFTER)
# ... and after a verb of launching, a Chinese name and a number is a model too: "正式发布真武810E", and so is
# one with a version: "发布日日新6.0大模型"
_LAUNCHED_HAN = re.compile(_LAUNCH_VERB + r"(?:全新|新一代|最新一代|最新|首款|新款)?的?" + _HAN_NAME
                           + r"(\d{2,5}[A-Za-z]?|(?:大模型|模型|智能体)?\d{1,2}\.\d{1,2}(?=大模型|模型|版|系列|[，。；、,;\s\[]|$))" + _NOT_COUNT_AFTER)
# ... and one right after a kind of product: "大型物流无人机丰舟90", "人形机器人天工2" (not a count: "手机销量10")
_KIND_THEN_HAN_MODEL = re.compile(r"(?:无人机|机器人|飞行汽车|汽车|新车|车型|机型|手机|芯片|处理器)" + _HAN_NAME + r"(\d{1,5}[A-Za-z]?)" + _NOT_COUNT_AFTER)
_KIND_AFTER = re.compile(r"\s?(?:芯片|处理器|GPU|加速卡|手机|平板|汽车|大模型|模型|眼镜|机器人|系列)")
_LATIN_BEFORE_NOUN = re.compile(r"([A-Z][A-Za-z0-9]{1,15})(?=架构|芯片|平台|操作系统|系统|大模型|模型|框架|App|APP)")


def maker_products(candidates: list[Mention], text: str) -> list[Mention]:
    """Products named right after a company of the lexicon, in Chinese text."""
    entries = entries_by_id()
    out = []
    for c in candidates:
        entry = entries.get(c.kind or "") if c.source == "ruler" and c.type == "ORG" else None
        if entry is None or entry.kind != "company" or c.lang != "zh":
            continue
        han = _HAN_MODEL.match(text, c.end)
        if han is None and text.startswith("的", c.end):  # "寒武纪的思元590芯片": with 的, a kind of product follows
            han = _HAN_MODEL.match(text, c.end + 1)
            han = han if han and _KIND_AFTER.match(text, han.end()) else None
        if han and common_words().get(han.group(1)) not in NOT_NAME_TAGS:
            out.append(Mention(c.doc_id, han.start(), han.end(), han.group(0), "PRODUCT", "zh", "rule", "model"))
        latin = _LATIN_BEFORE_NOUN.match(text, c.end)
        if latin and latin.group(1).upper() not in GENERIC_ACRONYMS:
            out.append(Mention(c.doc_id, c.end, latin.end(), latin.group(1), "PRODUCT", "zh", "rule"))
    return out


_NOT_BRAND_TAGS = {"v", "vn", "d", "q", "p", "c", "u", "r", "m", "f", "t", "a", "ad", "uj", "ul"}
_NOT_BRAND_END = ("款", "版", "型", "代", "号", "系列")
_NOT_BRAND_CHARS = NOT_BRAND_CHARS | set("款新")  # not "新款", "的X"


# How a product is made or launched, no brand (jieba's dictionary lacks 自研, 官宣): "自研Orbit-2", "官宣Seedance 2.0"
_MAKING_WORDS = {"自研", "自主", "自制", "国产", "原生", "开源", "全新", "新一代", "首发", "官宣", "发布", "推出", "上线", "带来"}


def _brand_word(w: str) -> bool:
    """A rare Chinese word before a model code is the product's own brand ("玄戒", "骁龙", "尚界"):
    jieba barely knows it, and it is no verb, adverb or word of kind ("首款", "车型", "搭载"; the
    tag of a word jieba has seen fewer than 10 times says little: 明视 is "v")."""
    return (2 <= len(w) <= 4 and all(is_han(ch) for ch in w) and not w.endswith(_NOT_BRAND_END) and w not in _MAKING_WORDS
            and word_freq(w) < 40 and (word_freq(w) < 10 or common_words().get(w) not in _NOT_BRAND_TAGS)
            and not any(word_freq(w[i:i + 2]) >= 500 for i in range(len(w) - 1) if len(w) > 2))  # 联合推出


def prefixed_models(candidates: list[Mention], text: str) -> list[Mention]:
    """A model code after a brand word no other name covers is one product with it: "小米自研的
    玄戒O1芯片", "搭载高通骁龙AR1芯片", "首款车型尚界H5", "“星镜Air 2”" (after a company the code
    stands alone: "英伟达H200", :func:`brand_models`)."""
    named_before = {c.end for c in candidates if c.type in ("ORG", "PERSON", "PRODUCT") and c.text and is_han(c.text[-1])}
    out = []
    for c in candidates:
        if c.type != "PRODUCT" or not c.text[:1].isascii() or not c.text[:1].isalnum() or c.start in named_before \
                or not any(ch.isdigit() for ch in c.text):  # a model code has a number ("O1", "Air 2"), a game's tag need not
            continue
        if c.start == 0 or not is_han(text[c.start - 1]):
            continue
        words = jieba_words(text[max(0, c.start - 6):c.start])
        brand = words[-1] if words else ""
        if len(brand) == 1 and len(words) >= 2 and len(words[-2]) == 1 and is_han(words[-2]) \
                and words[-2] not in _NOT_BRAND_CHARS:
            brand = words[-2] + brand  # a brand jieba does not know comes in characters: "云", "岫"
        if _brand_word(brand):
            a = c.start - len(brand)
            out.append(Mention(c.doc_id, a, c.end, text[a:c.end], "PRODUCT", "zh", "context", "model"))
    return out
