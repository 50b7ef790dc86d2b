"""Mentions + sentences -> typed relations, each with its evidence.

Two extractors, both bilingual in what they cover:

* ``pattern``: typed-slot patterns (:mod:`kg.extract.templates`) for the
  common wordings of each predicate, in both directions, in Chinese and
  English ("X's CEO Y", "Y, chief executive of X", "X董事长Y", "Y担任X董事长").
* ``dep`` (English): subject-verb-object over the dependency parse for verbs
  such as acquire, found, launch and invest.

A relation needs a subject and an object of the right types; hedged or
negated sentences ("was rumoured to", "否认") yield nothing.
"""
from __future__ import annotations

import re

from ..records import Evidence, Mention, ParsedSegment, Relation
from .tables import table_relations
from .templates import compile_pattern, doc_span, list_members, templatize
from .titles import ANY_TITLE_ZH, CHAIR_ZH, FOUNDER_ZH, ROLE_ZH, WORK_MODIFIER_ZH, WORK_ZH

# What may describe an organization's product: "英伟达更先进的Blackwell", "苹果最新的iPhone"
QUALITY_ZH = r"(?:(?:更|最)?(?:先进|强大|热门|知名|旗舰|主力|新一代|下一代|最新一代|新款|最新|新|自研|开源)的?)"
# Around the title that names the relation: other titles ("党委书记、董事长", "创始人兼CEO"),
# a leftover legal suffix after the organization, its China arm ("SOHO中国"), a department ("计算机系").
ORG_TAIL_ZH = (r"(?:[（(]集团[）)])?(?:股份有限公司|有限公司|集团|公司|控股)?(?:中国区?|大中华区|（中国）)?"
               r"(?:[\w]{1,8}?(?:系|学院|研究院|研究所|实验室|事业部|事业群)|[\w]{2,14}?中心)?")
PRE_TITLES_ZH = rf"(?:时任|现任|前任|首任|新任|原)?(?:{ANY_TITLE_ZH}[、兼及和 ]?)*?"
POST_TITLES_ZH = rf"(?:[兼、及和][\u4e00-\u9fff]{{0,2}}?{ANY_TITLE_ZH})*[，,、 ]?"  # 董事长、总经理、财务总监
# Verbs that give a person a post: "王滨当选为广发银行董事长", "张三出任乙公司总裁"
TAKES_POST_ZH = r"(?:担任|出任|现任|兼任|任|为|是|当选为?|被任命为|获任|升任|接任|就任)"
# A stock code in brackets after a company: "康哲药业(港股00867)", "辽宁成大(600739)"
TICKER_ZH = r"(?:\s?[（(][^\x01（）()。；]{0,6}?\d{4,6}(?:\.[A-Z]{2})?[）)])?"
ROLE_EN = r"(?:CEO|chief executive(?: officer)?)"
CHAIR_EN = r"(?:chairman|chairwoman|chairperson|chair)"
FOUNDER_EN = r"(?:co-?founder|founder)"
WORK_EN = (r"(?:president|vice president|CTO|CFO|COO|chief \w+ officer|director|general manager|"
           r"partner|executive|analyst|spokesperson|spokesman|spokeswoman|head of [\w ]{1,20}|"
           r"engineer|researcher|scientist|manager|comptroller|columnist|member|leader|commander|"
           r"secretary|official|attorney|lawyer|employee|professor|editor|correspondent|reporter|"
           r"economist|strategist|adviser|advisor|consultant|dean|treasurer|chancellor|publisher|judge|"
           r"justice|deputy|lieutenant|Lt\.|Sgt\.|Capt\.|Col\.|officer|aide|staffer|worker|members?|"
           r"teacher|lecturer|pilot|coach|\w+ologist|\w+ician|inspector|commissioner|anchor(?:man|woman)?|"
           r"minister|governor|ambassador|trader|agent|investigator|prosecutor|detective|superintendent|"
           r"assistant|(?:research )?fellow|head|curator|chief|administrator|lobbyist|physicist|chemist|anatomist)")
ADJ_EN = r"(?:(?:former|acting|deputy|senior|interim|current|then|longtime|veteran) )*"
THE = r"(?:[Tt]he )?"
# a lowercase word that is no preposition or conjunction: "Nvidia chips" names chips, not Nvidia
NOUN_AFTER_EN = r"(?!(?:in|on|at|for|from|with|to|by|and|or|last|this|earlier|after|before|that|which|was|is)\b)[a-z]"
AGE = r"(?:\d{1,3}, )?"  # "Joseph Cicippio, 58, was acting comptroller at ..."
POSS = r"(?:'s|’s)"
# Words between a company and "与": "小米宣布与宁德时代合作", "腾讯正式与…"
ANNOUNCES_ZH = r"(?:宣布|正式|已经|已|再次|首次|今日|近日|此前|还|也|此次){0,2}"
# What a product is called: "核心AI助理产品", "大模型", "App"
PRODUCT_NOUN_ZH = r"(?:产品|模型|大模型|应用|App|APP|app|助手|助理|平台|芯片|手机|汽车|车型|游戏|品牌|系统|软件|工具|智能体)"
# A gap that may hold products or dates but no other organization or person.
GAP_ZH = r"(?:[^\x01。；]|\x01PRODUCT:\d+\x02){0,40}?"
PEOPLE_GAP_ZH = r"(?:[^\x01。；]|\x01PERSON:\d+\x02){0,20}?"
# An alias in brackets after a name: "字节跳动（ByteDance）", "微软 (Bing)".
ALIAS_ZH = r"(?: ?[（(](?:原名|曾用名|原)?\x01[A-Z]+:\d+\x02[）)])?"  # "（ByteDance）", "（原Cici）" (a former name)
# "X董事长A、X总裁B及CEO C": a title after a list of X's officers is X's too.
OFFICERS_ZH = rf"(?:{ANY_TITLE_ZH}\x01PERSON:\d+\x02[、，,]?(?:\x01ORG:\d+\x02)?)+[及和、]"


def _title_first(title: str) -> str:
    """"{ORG}<titles>{PERSON}": 甲公司党委书记、董事长张三, 清华大学计算机系教授唐杰, 乙公司的创始人是李四."""
    # a deputy dean works there, so does a senior researcher; a vice-chair is no chair
    deputy = WORK_MODIFIER_ZH if title == WORK_ZH else ""
    return (rf"{{ORG:o}}{TICKER_ZH}[）)”\"]?{ORG_TAIL_ZH}\s?(?:在(?={PRE_TITLES_ZH}{title})|[（(](?={PRE_TITLES_ZH}{title}))?的?{PRE_TITLES_ZH}"
            rf"{deputy}{title}{POST_TITLES_ZH}\s?(?:[：:]\s?)?(?:是|为|名叫|叫)?{{PERSON:s}}")



def _two_posts(title: str) -> str:
    """"甲大学计算机系教授、乙公司首席科学家张三", "联想控股董事长、联想集团创始人柳传志": the
    person holds the first post too."""
    return (rf"{{ORG:o}}{ORG_TAIL_ZH}{title}[、，,]\x01ORG:\d+\x02{ORG_TAIL_ZH}{PRE_TITLES_ZH}{ANY_TITLE_ZH}"
            rf"\s?{{PERSON:s}}")


def _person_first(title: str) -> str:
    """"{PERSON}，<description>，{ORG}<title>" with no other person after the title:
    卢柏强，1962年生，深圳诺普信农化股份有限公司董事长 / 吕冬青职务：陕西惠森餐饮管理有限公司董事长."""
    return (rf"{{PERSON:s}}(?:[，,：:]|职务[：:])[^\x01。；]{{0,48}}?(?:现任|时任|曾任|担任|任|为|是)?"
            rf"{{ORG:o}}{ORG_TAIL_ZH}的?{PRE_TITLES_ZH}{title}(?![长会局]|[、兼及和]?\s?\x01PERSON)")


def _org_then_person(title: str) -> str:
    """"{ORG}{PERSON}任<公司><title>": 北京首都创业集团有限公司刘晓光任集团公司董事长, 小米集团宣布，
    卢伟冰出任集团总裁, 阿里巴巴宣布吴泳铭接替张勇担任CEO."""
    return (rf"{{ORG:o}}(?:[^\x01。；]{{0,8}}?(?:宣布|公告|表示)[，,：:]?)?\s?{{PERSON:s}}(?:先生|女士)?"
            rf"(?:接替\x01PERSON:\d+\x02)?(?:任|担任|出任|兼任|升任)(?:该|本)?(?:集团公司|集团|公司)?{PRE_TITLES_ZH}{title}")


# (pattern id, regex with {TYPE:s}/{TYPE:o} slots, predicate, confidence)
PATTERNS = [
    # --- Chinese ---
    ("zh.ceo.1", _title_first(ROLE_ZH), "ceoOf", 0.9),
    ("zh.ceo.2", rf"{{PERSON:s}}{TAKES_POST_ZH}{{ORG:o}}{ORG_TAIL_ZH}的?{PRE_TITLES_ZH}{ROLE_ZH}", "ceoOf", 0.9),
    ("zh.ceo.4", _person_first(ROLE_ZH), "ceoOf", 0.8),
    ("zh.chair.4", _person_first(CHAIR_ZH), "chairOf", 0.8),
    ("zh.founder.4", _person_first(FOUNDER_ZH), "founderOf", 0.8),
    ("zh.works.5", _person_first(WORK_ZH), "worksFor", 0.75),
    ("zh.ceo.5", _org_then_person(ROLE_ZH), "ceoOf", 0.8),
    ("zh.chair.5", _org_then_person(CHAIR_ZH), "chairOf", 0.8),
    ("zh.works.6", _org_then_person(WORK_ZH), "worksFor", 0.75),
    ("zh.ceo.3", rf"{{ORG:o}}{OFFICERS_ZH}{ROLE_ZH}{{PERSON:s}}", "ceoOf", 0.8),
    ("zh.chair.3", rf"{{ORG:o}}{OFFICERS_ZH}{CHAIR_ZH}{{PERSON:s}}", "chairOf", 0.8),
    ("zh.works.3", rf"{{ORG:o}}{OFFICERS_ZH}{WORK_ZH}{{PERSON:s}}", "worksFor", 0.75),
    # one person, two posts: "甲大学计算机系教授、乙公司首席科学家张三" -> works for both
    ("zh.works.4", _two_posts(WORK_ZH), "worksFor", 0.75),
    ("zh.chair.6", _two_posts(CHAIR_ZH), "chairOf", 0.8),
    ("zh.ceo.6", _two_posts(ROLE_ZH), "ceoOf", 0.8),
    ("zh.founder.7", _two_posts(FOUNDER_ZH), "founderOf", 0.8),
    ("zh.chair.1", _title_first(CHAIR_ZH), "chairOf", 0.9),
    ("zh.chair.2", rf"{{PERSON:s}}{TAKES_POST_ZH}{{ORG:o}}{ORG_TAIL_ZH}的?{PRE_TITLES_ZH}{CHAIR_ZH}", "chairOf", 0.9),
    ("zh.founder.1", _title_first(FOUNDER_ZH), "founderOf", 0.9),
    ("zh.founder.2", rf"{{PERSON:s}}{PEOPLE_GAP_ZH}(?:一手创办|联合创立|共同创办|创立|创办|创建|成立)了?[^\x01。；，,、（）()及和与]{{0,4}}?{{ORG:o}}", "founderOf", 0.85),
    ("zh.founder.3", rf"{{ORG:o}}[^\x01。；]{{0,8}}?由{{PERSON:s}}(?:先生|女士)?{PEOPLE_GAP_ZH}(?:创办|创立|创建|成立)", "founderOf", 0.85),
    # "X，是由“中国优秀民营企业家”施建祥先生创办的": a description before the founder, the verb right after
    ("zh.founder.6", rf"{{ORG:o}}[^\x01。；]{{0,8}}?由[^\x01。；]{{1,60}}?{{PERSON:s}}(?:先生|女士)?(?:一手|联合|共同)?(?:创办|创立|创建|成立)", "founderOf", 0.8),
    # "鸿海精密是郭台铭创立于1974年的…", "X系Y一手创办"
    ("zh.founder.5", rf"{{ORG:o}}{ALIAS_ZH}(?:是|为|系)由?{{PERSON:s}}(?:先生|女士)?(?:于\d{{4}}年)?(?:一手|联合|共同)?(?:创办|创立|创建|成立)", "founderOf", 0.85),
    ("zh.works.1", _title_first(WORK_ZH), "worksFor", 0.8),
    ("zh.works.2", rf"{{PERSON:s}}{TAKES_POST_ZH}{{ORG:o}}{ORG_TAIL_ZH}的?{PRE_TITLES_ZH}{WORK_ZH}(?![长会局])", "worksFor", 0.8),
    ("zh.sub.1", rf"{{ORG:o}}旗下的?(?:子品牌|品牌|子公司|公司|企业)?{{ORG:s}}", "subsidiaryOf", 0.9),
    ("zh.sub.2", rf"{{ORG:s}}(?:是|为|系|作为){{ORG:o}}(?:旗下|的)(?:子品牌|品牌|子公司|全资子公司|控股子公司)", "subsidiaryOf", 0.9),
    ("zh.sub.3", rf"{{ORG:o}}(?:的|之)?(?:子品牌|全资子公司|控股子公司|子公司){{ORG:s}}", "subsidiaryOf", 0.85),
    ("zh.sub.4", rf"{{ORG:s}}的?(?:母公司|控股股东|控股公司)(?:为|是)?{{ORG:o}}", "subsidiaryOf", 0.85),
    ("zh.dev.1", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；]{{0,12}}?(?:推出|发布|研发|开发|上线|打造|开源|亮相|交付|训练)了?[^\x01。；，,]{{0,10}}?{{PRODUCT:o}}", "develops", 0.85),
    ("zh.dev.2", rf"{{ORG:s}}(?:(?:的|旗下的?){QUALITY_ZH}?|{QUALITY_ZH}的)(?:[\u4e00-\u9fffA-Za-z]{{0,4}}?(?:产品|车型|模型|大模型|手机|汽车|芯片|应用|App|平台|游戏|品牌))?[“\"「《]?{{PRODUCT:o}}", "develops", 0.7),
    # "Y由X开发", "Y是X推出的"
    ("zh.dev.6", rf"{{PRODUCT:o}}[^\x01。；，,]{{0,8}}?(?:由|是){{ORG:s}}{ALIAS_ZH}(?:推出|开发|研发|打造|发布|开源)", "develops", 0.8),
    # "阿里巴巴（通义千问）", "腾讯 (元宝)": a company with its product in parentheses
    ("zh.dev.4", rf"{{ORG:s}} ?[（(]{{PRODUCT:o}}[）)]", "develops", 0.6),
    # brand + model code written together: 小米SU7, 华为Mate 60
    ("zh.dev.3", rf"{{ORG:s}} ?{{PRODUCT:o}}", "develops", 0.7),
    # a product with its maker in brackets, as in tables and lists: "通义千问（阿里巴巴）", "豆包 (火山引擎)"
    ("zh.dev.7", rf"{{PRODUCT:o}} ?[（(]{{ORG:s}}[）)]", "develops", 0.6),
    # "Dola作为字节跳动的核心AI助理产品", "Y是X旗下的一款应用"
    # "在字节跳动的全球版图中，Dola作为其核心AI助理产品": 其 is the organization just named
    ("zh.dev.9", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；]{{0,16}}?{{PRODUCT:o}}{ALIAS_ZH}(?:是|作为|为|系)其[^\x01。；，,]{{0,12}}?{PRODUCT_NOUN_ZH}", "develops", 0.65),
    ("zh.dev.8", rf"{{PRODUCT:o}}{ALIAS_ZH}(?:是|作为|为|系)\s?{{ORG:s}}(?:旗下|的|推出的|开发的)+[^\x01。；，,]{{0,12}}?{PRODUCT_NOUN_ZH}", "develops", 0.75),
    # "ChatGPT的开发商OpenAI", "Kimi背后的公司月之暗面"
    ("zh.dev.11", rf"{{PRODUCT:o}}的?(?:开发商|开发者|研发商|研发方|制造商|母公司|背后的公司|出品方|厂商)\s?{{ORG:s}}", "develops", 0.8),
    ("zh.invest.1", rf"{{ORG:s}}{ALIAS_ZH}(?:[、和与及]\x01ORG:\d+\x02)*(?:共同|联合|再次|追加)?(?:战略)?(?:领投|跟投|参投|投资|注资|入股)了?{{ORG:o}}", "investsIn", 0.85),
    # "智谱完成由阿里巴巴领投的融资", "月之暗面获腾讯、阿里巴巴投资", "MiniMax已获得阿里巴巴和腾讯的投资"
    ("zh.invest.3", rf"{{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,8}}?(?:完成|获得?|宣布)[^\x01。；，,]{{0,12}}?由{{ORG:s}}(?:[、和与及]\x01ORG:\d+\x02)*(?:联合)?领投", "investsIn", 0.85),
    ("zh.invest.4", rf"{{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,6}}?获得?了?{{ORG:s}}(?:[、和与及]\x01ORG:\d+\x02)*(?:的|等)?[^\x01。；，,]{{0,8}}?(?:投资|注资|入股|战略投资)", "investsIn", 0.8),
    ("zh.invest.2", rf"{{ORG:o}}[^\x01。；]{{0,30}}?融资[^。；]{{0,20}}?由{{ORG:s}}(?:[、和与及]\x01[A-Z]+:\d+\x02)*(?:联合)?领投", "investsIn", 0.85),
    # "腾讯投资的月之暗面": an investor's portfolio company
    ("zh.invest.5", rf"{{ORG:s}}{ALIAS_ZH}(?:领投|投资|参投|入股|注资)的{{ORG:o}}", "investsIn", 0.75),
    # "X完成5亿美元C轮融资，IDG资本领投，阿里巴巴、腾讯跟投": each investor of each clause
    ("zh.invest.6", rf"{{ORG:o}}{ALIAS_ZH}[^\x01。；]{{0,30}}?融资[^\x01。；]{{0,10}}?[，,]\s?{{ORG:s}}(?:[、和与及]\x01ORG:\d+\x02)*等?(?:联合)?(?:领投|跟投|参投)", "investsIn", 0.8),
    ("zh.invest.7", rf"{{ORG:o}}{ALIAS_ZH}[^\x01。；]{{0,30}}?融资[^。；]{{0,40}}?(?:领投|跟投|参投)[，,]\s?{{ORG:s}}(?:[、和与及]\x01ORG:\d+\x02)*等?(?:联合)?(?:领投|跟投|参投)", "investsIn", 0.8),
    ("zh.acq.1", rf"{{ORG:s}}{ALIAS_ZH}(?:宣布|完成|拟)?(?:全资)?(?:收购|并购)了?{{ORG:o}}", "acquires", 0.85),
    ("zh.partner.1", rf"{{ORG:s}}{ALIAS_ZH}{ANNOUNCES_ZH}(?:与|和|同|联合){{ORG:o}}{ALIAS_ZH}[^\x01。；]{{0,10}}?(?:达成|签署|签订|宣布|展开|开展|建立)?[^\x01。；]{{0,6}}?合作", "partnerOf", 0.85),
    # "A与B联合推出C": both develop C and they are partners
    ("zh.dev.5", rf"{{ORG:s}}[^\x01。；，,]{{0,10}}?(?:与|和|同)\x01ORG:\d+\x02(?:联合|共同|一起|合作)(?:推出|发布|研发|开发|打造|开源)了?[^\x01。；，,]{{0,10}}?{{PRODUCT:o}}", "develops", 0.8),
    ("zh.partner.3", rf"{{ORG:s}}[^\x01。；，,]{{0,10}}?(?:与|和|同){{ORG:o}}(?:联合|共同)(?:出资|投资)?(?:推出|研发|开发|打造|开源|成立|创办|组建|设立)", "partnerOf", 0.8),
    # "X联合Y发布…", "X与Y共建实验室", "X与Y签署协议"
    ("zh.partner.8", rf"{{ORG:s}}{ALIAS_ZH}{ANNOUNCES_ZH}联合{{ORG:o}}{ALIAS_ZH}(?:共同|一起)?(?:发布|推出|研发|开发|打造|开源|举办|成立)", "partnerOf", 0.8),
    ("zh.partner.9", rf"{{ORG:s}}{ALIAS_ZH}{ANNOUNCES_ZH}(?:与|和|同){{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,8}}?(?:共建|共创|共同建设|签约|(?:达成|签署|签订)[^\x01。；，,]{{0,8}}?(?:协议|合约|备忘录))", "partnerOf", 0.8),
    # a joint venture: "比亚迪与丰田汽车成立合资公司"
    ("zh.partner.6", rf"{{ORG:s}}{ALIAS_ZH}{ANNOUNCES_ZH}(?:与|和|同){{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,8}}?(?:成立|组建|设立|成立了)[^\x01。；，,]{{0,4}}?合资", "partnerOf", 0.85),
    # "苹果公司选择阿里巴巴作为其在中国的AI合作伙伴"
    ("zh.partner.7", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,4}}?(?:选择|选定|引入|确定){{ORG:o}}(?:作为|成为|为)其?[^\x01。；，,]{{0,10}}?合作伙伴", "partnerOf", 0.8),
    # "X联手Y", "X与Y联手", "X牵手Y"
    ("zh.partner.4", rf"{{ORG:s}}{ALIAS_ZH}(?:与|和|同){{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,4}}?(?:联手|牵手|结盟)", "partnerOf", 0.8),
    ("zh.partner.5", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,4}}?(?:联手|牵手|携手){{ORG:o}}", "partnerOf", 0.8),
    ("zh.partner.2", rf"{{ORG:s}}(?:是|为|成为|作为){{ORG:o}}的?[^\x01。；，,]{{0,6}}?合作伙伴", "partnerOf", 0.8),
    ("zh.compete.1", rf"{{ORG:s}}{ALIAS_ZH}(?:与|和|同){{ORG:o}}{ALIAS_ZH}(?:之间)?的?[^\x01。；，,]{{0,14}}?(?:竞争|正面交锋|打擂|争夺|较量|角逐|抗衡)", "competesWith", 0.8),
    # "Google对决Bing" ("X vs Y" may only compare them)
    ("zh.compete.3", rf"{{ORG:s}}{ALIAS_ZH} ?(?:对决|对阵) ?{{ORG:o}}", "competesWith", 0.75),
    ("zh.compete.2", rf"{{ORG:s}}的?(?:竞争对手|竞品|对手)(?:包括|有|如)?{{ORG:o}}", "competesWith", 0.8),
    ("zh.list.1", rf"{{ORG:s}}{ALIAS_ZH}{GAP_ZH}(?:于|在|登陆|登录|赴|成为){{EXCHANGE:o}}(?:主板)?(?:(?:正式)?挂牌(?:上市)?|上市)", "listedOn", 0.9),
    ("zh.list.3", rf"{{ORG:s}}(?:是|为|系|作为)[^\x01。；]{{0,6}}?{{EXCHANGE:o}}[^\x01。；]{{0,3}}?上市(?:公司|企业)", "listedOn", 0.85),
    ("zh.list.2", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；]{{0,12}}?(?:登陆|登录|挂牌){{EXCHANGE:o}}", "listedOn", 0.85),
    ("zh.list.4", rf"(?:在|于){{EXCHANGE:o}}(?:主板)?(?:挂牌)?上市的{{ORG:s}}", "listedOn", 0.85),
    # --- English ---
    ("en.ceo.1", rf"{{ORG:o}}{POSS}? {ROLE_EN},? {{PERSON:s}}", "ceoOf", 0.9),
    ("en.ceo.2", rf"{{PERSON:s}}, {AGE}(?:the )?{ADJ_EN}{ROLE_EN} (?:of|at) {THE}{{ORG:o}}", "ceoOf", 0.9),
    ("en.ceo.3", rf"{{PERSON:s}}, {{ORG:o}}{POSS} {ROLE_EN}", "ceoOf", 0.9),
    ("en.ceo.4", rf"{{PERSON:s}} (?:is|was|became|serves as|served as|as) (?:the )?{ROLE_EN} of {{ORG:o}}", "ceoOf", 0.85),
    ("en.ceo.5", rf"{ROLE_EN} of {{ORG:o}},? {{PERSON:s}}", "ceoOf", 0.85),
    # "Intel named Lip-Bu Tan as its new chief executive"
    ("en.ceo.6", rf"{{ORG:o}} (?:has )?(?:named|appointed|hired|tapped|picked|chose|elected) {{PERSON:s}},? (?:as |to be )?(?:its |the |a )?(?:new |next |interim )?{ROLE_EN}", "ceoOf", 0.85),
    ("en.chair.1", rf"{{ORG:o}}{POSS}? {CHAIR_EN},? {{PERSON:s}}", "chairOf", 0.9),
    ("en.chair.2", rf"{{PERSON:s}}, {AGE}(?:the )?{ADJ_EN}{CHAIR_EN} (?:of|at) {THE}{{ORG:o}}", "chairOf", 0.9),
    ("en.chair.3", rf"{{PERSON:s}}, {{ORG:o}}{POSS} {CHAIR_EN}", "chairOf", 0.9),
    ("en.chair.4", rf"{{ORG:o}} (?:has )?(?:named|appointed|tapped|picked|chose|elected) {{PERSON:s}},? (?:as |to be )?(?:its |the |a )?(?:new |next |interim )?{CHAIR_EN}", "chairOf", 0.85),
    ("en.founder.1", rf"{{ORG:o}}{POSS}? {FOUNDER_EN}(?: and \w+)?,? {{PERSON:s}}", "founderOf", 0.9),
    ("en.founder.2", rf"{{PERSON:s}}, {AGE}(?:the |a )?{FOUNDER_EN} of {THE}{{ORG:o}}", "founderOf", 0.9),
    ("en.founder.3", rf"{{PERSON:s}} (?:co-?)?founded {{ORG:o}}", "founderOf", 0.85),
    ("en.founder.4", rf"{{ORG:o}}, (?:which was |which is )?(?:co-?)?founded (?:in \d{{4}} )?by {{PERSON:s}}", "founderOf", 0.85),
    ("en.works.1", rf"{{ORG:o}}{POSS} (?:[\w-]+ ){{0,3}}(?i:{WORK_EN}),? (?:{WORK_EN} )?{{PERSON:s}}", "worksFor", 0.8),
    # "First Deputy Commander of the Russian Pacific Fleet Igor Khmelnov"
    ("en.works.9", rf"(?i:{WORK_EN}) (?:of|at) {THE}{{ORG:o}},? {{PERSON:s}}", "worksFor", 0.7),
    # "Anderson is Middle East correspondent for The Associated Press"
    ("en.works.10", rf"{{PERSON:s}},? (?:is|was|has been|had been|became) (?:the |a |an )?{ADJ_EN}(?:[\w-]+ ){{0,3}}{WORK_EN} (?:at|of|for|with) {THE}{{ORG:o}}", "worksFor", 0.75),
    # "Franca Chlistovsky, who heads the Brera institute", "David Foster is the AP's regional reporter",
    # "A University of Texas law professor, Wright ..."
    ("en.works.13", rf"{{PERSON:s}}, who (?:heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed) {THE}{{ORG:o}}", "worksFor", 0.75),
    ("en.works.14", rf"{{PERSON:s}} (?:is|was) {THE}{{ORG:o}}{POSS} (?:[\w-]+ ){{0,3}}{WORK_EN}", "worksFor", 0.75),
    ("en.works.15", rf"(?:^|\b)(?:[Aa]n?|[Tt]he) {{ORG:o}} (?:[\w-]+ ){{0,2}}{WORK_EN}, {{PERSON:s}}", "worksFor", 0.7),
    # "W. Dale Nelson covers the White House for The Associated Press"
    ("en.works.11", rf"{{PERSON:s}} (?:has |had )?(?:covers|covered|reports|reported|writes|wrote|has written) [^\x01.;]{{0,40}}?for {THE}{{ORG:o}}", "worksFor", 0.7),
    # "Knight-Ridder has named Larry Jinks publisher of the San Jose Mercury News"
    ("en.works.12", rf"(?:named|appointed|hired|elected|promoted) {{PERSON:s}},? (?:as )?(?:the |its |a )?(?:new )?(?:[\w-]+ ){{0,2}}{WORK_EN} (?:of|at|for) {THE}{{ORG:o}}", "worksFor", 0.75),
    ("en.works.2", rf"{{PERSON:s}}, {AGE}(?:the |a |an )?{ADJ_EN}(?:[\w-]+ ){{0,2}}{WORK_EN} (?:of|at|for|with) {THE}{{ORG:o}}", "worksFor", 0.8),
    ("en.works.3", rf"{{ORG:o}} (?:[A-Z][\w-]+ ){{0,2}}(?i:{WORK_EN}) (?:(?:Lt|Sgt|Capt|Col|Gen|Adm|Maj|Dr)\. )?{{PERSON:s}}", "worksFor", 0.75),
    ("en.works.4", rf"{{PERSON:s}}, (?:a|an|the|another) {ADJ_EN}{{ORG:o}} (?:[a-z][\w-]+ ){{0,2}}{WORK_EN}", "worksFor", 0.8),
    ("en.works.5", rf"{{PERSON:s}}, {AGE}(?:[^\x01,.;]{{0,40}}? )?{WORK_EN}[^\x01,.;]{{0,40}}? (?:at|of|for|with) {THE}(?:[A-Za-z][\w-]+ ){{0,4}}{{ORG:o}}", "worksFor", 0.7),
    ("en.works.6", rf"{{PERSON:s}}(?:, {AGE}| )(?:at|of|from) {THE}{{ORG:o}}", "worksFor", 0.6),
    # "James Blight and David Welch of Harvard University": the first of two people too
    # "OpenAI hired former Meta executive Fidji Simo as ...": the hiring organization
    ("en.works.8", rf"{{ORG:o}} (?:has )?(?:hired|hires|appointed|appoints|named|names|tapped|poached) (?:(?:[^\x01.;]|\x01ORG:\d+\x02){{0,40}} )?{{PERSON:s}},? (?:as|to (?:lead|head|run))", "worksFor", 0.75),
    ("en.works.7", rf"{{PERSON:s}} and \x01PERSON:\d+\x02,? (?:both )?(?:at|of|from) {THE}{{ORG:o}}", "worksFor", 0.6),
    ("en.sub.1", rf"{{ORG:o}}{POSS} (?:sub-brand|subsidiary|unit|division|brand|affiliate) {{ORG:s}}", "subsidiaryOf", 0.9),
    ("en.sub.2", rf"{{ORG:s}}(?: \([^)]*\))?, (?:a |an |the )?(?:[\w-]+ )?(?:unit|subsidiary|sub-brand|division|affiliate|brand) of {{ORG:o}}", "subsidiaryOf", 0.9),
    ("en.sub.3", rf"{{ORG:s}}(?: \([^)]*\))?, {{ORG:o}}{POSS} (?:sub-brand|subsidiary|unit|division)", "subsidiaryOf", 0.9),
    ("en.sub.5", rf"{{ORG:s}}(?:{POSS}| and its)? parent(?: company)?,? {{ORG:o}}", "subsidiaryOf", 0.85),
    ("en.sub.4", rf"{{ORG:s}} (?:is|was|became) (?:a |an )?(?:[\w-]+ )?(?:unit|subsidiary|sub-brand|division) of {{ORG:o}}", "subsidiaryOf", 0.85),
    ("en.sub.6", rf"{{ORG:o}}-owned {{ORG:s}}", "subsidiaryOf", 0.8),  # "Alibaba-owned Lazada"
    ("en.dev.1", rf"{{ORG:s}} (?:has |have )?(?:launched|launches|released|releases|unveiled|unveils|introduced|developed|develops|debuted|open-sourced|rolled out|ships|shipped) (?:its |their |the |a |an )?(?:new |latest |own )?{{PRODUCT:o}}", "develops", 0.85),
    ("en.dev.2", rf"{{ORG:s}}{POSS} (?:new |latest |flagship )?{{PRODUCT:o}}", "develops", 0.7),
    # brand + model: "Tesla Model 3", "Xiaomi SU7"
    ("en.dev.3", rf"{{ORG:s}} {{PRODUCT:o}}", "develops", 0.7),
    # "OpenAI (ChatGPT)", "ByteDance (Dola)": a company with its product in brackets
    ("en.dev.4", rf"{{ORG:s}} \({{PRODUCT:o}}\)", "develops", 0.6),
    # "Kimi (Moonshot AI)": a product with its maker in brackets
    ("en.dev.5", rf"{{PRODUCT:o}} \({{ORG:s}}\)", "develops", 0.6),
    # "ChatGPT maker OpenAI", "OpenAI, the developer of ChatGPT", "OpenAI, which makes ChatGPT"
    ("en.dev.6", rf"{{PRODUCT:o}}(?:-| )(?:maker|developer|creator|owner) {{ORG:s}}", "develops", 0.8),
    ("en.dev.7", rf"{{ORG:s}}, (?:the |a )?(?:[A-Za-z-]+ )?(?:maker|developer|creator|owner|operator) of (?:the )?{{PRODUCT:o}}", "develops", 0.8),
    ("en.dev.8", rf"{{ORG:s}}, which (?:makes|developed|develops|created|built|builds|runs|operates) (?:the )?{{PRODUCT:o}}", "develops", 0.75),
    ("en.invest.1", rf"{{ORG:s}} (?:led|co-led|joined|participated in) (?:the |a |an )?[^\x01.;]{{0,40}}?(?:round|financing|funding|investment)[^\x01.;]{{0,15}}?(?:in|of|for|into) {{ORG:o}}", "investsIn", 0.85),
    ("en.invest.2", rf"{{ORG:s}} (?:has )?(?:invested|invests|is investing) (?:[^\x01.;]|\.\d){{0,25}}?in {{ORG:o}}", "investsIn", 0.85),
    ("en.invest.3", rf"{{ORG:o}} (?:raised|secured|closed|completed) [^\x01.;]{{0,60}}?led by {{ORG:s}}", "investsIn", 0.85),
    ("en.invest.4", rf"{{ORG:s}}-backed {{ORG:o}}", "investsIn", 0.8),  # "Microsoft-backed OpenAI"
    ("en.invest.5", rf"{{ORG:o}}(?:,(?:[^\x01.;]|\x01PERSON:\d+\x02){{1,60}}?,)? (?:is|was|are|were|has been) (?:also )?(?:backed|funded) by {{ORG:s}}", "investsIn", 0.8),
    ("en.invest.6", rf"{{ORG:s}} (?:[^\x01.;]|\x01PERSON:\d+\x02){{0,60}}?(?:after|by|while) investing (?:[^\x01.;]|\.\d){{0,25}}?in {{ORG:o}}", "investsIn", 0.75),
    ("en.acq.1", rf"{{ORG:s}} (?:has )?(?:acquired|acquires|bought|buys|completed (?:its|the) acquisition of|agreed to acquire|agreed to buy) {{ORG:o}}", "acquires", 0.85),
    ("en.acq.3", rf"{{ORG:s}} (?:has )?(?:completed|closed|finalized|finished|announced) (?:its|the|a) (?:[^\x01.;]|\.\d){{0,25}}?(?:acquisition|purchase|takeover|buyout) of {{ORG:o}}(?!{POSS}? {NOUN_AFTER_EN})", "acquires", 0.85),  # not "purchase of Nvidia chips"
    ("en.acq.2", rf"{{ORG:s}}{POSS} (?:acquisition|purchase|takeover) of {{ORG:o}}", "acquires", 0.85),
    ("en.partner.1", rf"{{ORG:s}} (?:has )?(?:partnered|partners|teamed up|signed [^\x01.;]{{0,30}}?|formed [^\x01.;]{{0,30}}?|is partnering|struck [^\x01.;]{{0,30}}?) with {{ORG:o}}", "partnerOf", 0.85),
    # a headline: "Apple, Google Confirm Multiyear Deal for AI Technology"
    ("en.partner.7", rf"(?:^|[《\"“] ?){{ORG:s}}, {{ORG:o}} (?i:confirm|sign|ink|strike|reach|seal|announce|unveil|form)s? (?i:a |an |the )?(?:[\w-]+ ){{0,2}}?(?i:partnership|alliance|deal|pact|agreement|tie-up)", "partnerOf", 0.75),
    ("en.partner.4", rf"{{ORG:s}},? (?:and|&) {{ORG:o}} (?:have |has )?(?i:announced?|formed?|signed?|inked?|unveiled?|struck|strike|launched?|agreed|entered into|confirm(?:ed|s)?|reach(?:ed|es)?|seal(?:ed|s)?) (?i:a |an |the )?(?i:new |strategic |multi-?year |long-term |global |joint |licensing |commercial |AI |cloud )*(?i:partnership|alliance|collaboration|joint venture|agreement|deal|pact|memorandum|tie-up)", "partnerOf", 0.8),
    ("en.partner.6", rf"{{ORG:s}} (?:has )?(?:signed|inked|struck|reached|sealed) (?:a |an )?[^\x01.;]{{0,30}}?(?:agreement|deal|pact|partnership) with {{ORG:o}}", "partnerOf", 0.8),
    ("en.partner.5", rf"{{ORG:s}} (?:is|are|has been|have been) (?:working|collaborating|teaming up) with {{ORG:o}}", "partnerOf", 0.7),
    ("en.partner.2", rf"(?:partnership|alliance|collaboration) between {{ORG:s}} and {{ORG:o}}", "partnerOf", 0.85),
    ("en.partner.3", rf"{{ORG:s}} (?:has )?partnered with [^\x01.;]{{0,30}}?(?:including|such as|like) {{ORG:o}}", "partnerOf", 0.75),
    ("en.compete.1", rf"{{ORG:s}} (?:competes|compete|competing|competed) (?:directly |head-on )?(?:with|against) {{ORG:o}}", "competesWith", 0.85),
    ("en.compete.2", rf"{{ORG:s}}{POSS} (?:rivals?|competitors?) (?:such as |like |including )?{{ORG:o}}", "competesWith", 0.75),
    ("en.compete.3", rf"{{ORG:s}}(?:{POSS})?[^\x01.;]{{0,160}}?\b(?:competitors|rivals) (?:like|such as|including) {{ORG:o}}", "competesWith", 0.6),
    ("en.list.1", rf"{{ORG:s}} (?:listed|lists|debuted|debuts|went public|floated|began trading|started trading)[^\x01.;]{{0,20}}? on (?:the )?{{EXCHANGE:o}}", "listedOn", 0.9),
    ("en.list.2", rf"{{ORG:s}}{POSS} (?:listing|IPO|debut|flotation) on (?:the )?{{EXCHANGE:o}}", "listedOn", 0.85),
    ("en.list.3", rf"{{ORG:s}}[^\x01.;]{{0,30}}?(?:listed|traded) on (?:the )?{{EXCHANGE:o}}", "listedOn", 0.75),
    ("en.list.4", rf"{{EXCHANGE:o}}-listed {{ORG:s}}", "listedOn", 0.85),  # "Nasdaq-listed Pony.ai"
    ("en.list.5", rf"[Ss]hares of {{ORG:s}}(?:[^\x01.;]|\x01[A-Z]+:\d+\x02){{0,60}}? (?:began|started|opened|debuted|rose|jumped|soared|fell|closed)[^\x01.;]{{0,30}}? on (?:the )?{{EXCHANGE:o}}", "listedOn", 0.8),
]
COMPILED = [(pid, compile_pattern(rx), pred, conf) for pid, rx, pred, conf in PATTERNS]

# Subject and object types each predicate allows (kind "exchange" for listedOn objects).
SIGNATURES = {
    "ceoOf": ("PERSON", "ORG"), "chairOf": ("PERSON", "ORG"), "founderOf": ("PERSON", "ORG"),
    "worksFor": ("PERSON", "ORG"), "subsidiaryOf": ("ORG", "ORG"), "develops": ("ORG", "PRODUCT"),
    "investsIn": ("ORG|PERSON", "ORG"), "acquires": ("ORG", "ORG"), "partnerOf": ("ORG", "ORG"),
    "competesWith": ("ORG", "ORG"), "listedOn": ("ORG", "ORG"),
}
SYMMETRIC = {"partnerOf", "competesWith"}
LISTABLE = {"develops", "investsIn", "partnerOf", "competesWith"}
# Brand-and-name patterns: "Google Gemini 3、华为盘古" lists other brands' products, not Google's.
ADJACENT = {"zh.dev.3", "zh.dev.4", "zh.dev.7", "en.dev.3", "en.dev.4", "en.dev.5"}
# A name in brackets may be a gloss ("SKILL（技能插件）", "国际光网络（ION-2030）"), and a name
# before a code may be a product itself ("DeepEncoder V2"): these patterns need a known company
# (lexicon or legal suffix) on the organization side.
KNOWN_MAKER = ADJACENT
# Roles whose person slot can be a list after the title: "北京商报记者 陶凤 王天逸".
ROLES = {"ceoOf", "chairOf", "founderOf", "worksFor"}

HEDGES = re.compile(
    r"(?i)\b(?:rumou?red|reportedly|allegedly|may|might|could|would|plans? to|planning to|"
    r"considering|in talks|expected to|denied|denies|deny|not|never|no longer|if)\b|"
    r"传闻|据传|传言|或将|或许|拟|计划|有望|可能|否认|辟谣|不会|并未|未曾|没有|尚未|不是|若|如果")

DEP_VERBS = {"acquire": "acquires", "buy": "acquires", "found": "founderOf",
             "launch": "develops", "release": "develops", "unveil": "develops",
             "develop": "develops", "invest": "investsIn"}


TITLE_FIRST = {"zh.ceo.1", "zh.chair.1", "zh.founder.1", "zh.works.1"}


def _post_taken_before(t, m: re.Match, o_idx: int) -> bool:
    """"于洪臣担任中超公司董事长，郎效农出任总经理": the title after a verb of taking a post
    is that clause's, not the name after the comma."""
    token = f"\x01ORG:{o_idx}\x02"
    at = t.text.find(token, m.start())
    between = t.text[at + len(token):m.end()] if at >= 0 else ""
    return bool(re.search(r"[，,]", between)) and bool(re.search(r"(?:任|(?<!作)为|是)$", t.text[:at]))  # 作为X董事长，Y


def _typed(m: Mention, allowed: str, predicate: str, role: str) -> bool:
    if m.type not in allowed.split("|"):
        return False
    if predicate == "listedOn":
        return (m.kind == "exchange") == (role == "o")
    return m.kind != "exchange"


# Plans are no facts yet: "X将与Y合作", "X将于3月登陆港交所", "Acme will acquire Beta"
FUTURE_REL = re.compile(r"(?i)\bwill\b|\bis set to\b|\bare set to\b|即将|将(?:与|和|同|于|在|会|要|推出|发布|上线|开源|"
                        r"联合|携手|收购|投资|领投|登陆|成为|出任|担任|接任)")


def _hedged(sentence: str, a: int, b: int) -> bool:
    return bool(HEDGES.search(sentence, max(0, a - 15), b) or FUTURE_REL.search(sentence, max(0, a - 15), b))


def pattern_relations(doc_text: str, ps: ParsedSegment, mentions: list[Mention]) -> list[Relation]:
    seg = ps.segment
    t = templatize(doc_text, seg.start, seg.end, mentions)
    if len(t.mentions) < 2:
        return []
    out = []
    for pid, rx, predicate, conf in COMPILED:
        if not pid.startswith(seg.lang + "."):
            continue
        for m in rx.finditer(t.text):
            s_idx, o_idx = int(m.group("s")), int(m.group("o"))
            start, end = doc_span(t, m.start(), m.end())
            if _hedged(doc_text, start, end) or (pid in TITLE_FIRST and _post_taken_before(t, m, o_idx)):
                continue
            objects = [o_idx]
            if predicate in LISTABLE and pid not in ADJACENT:
                objects = list_members(t, o_idx, "、|和|及|与|,|，|, and |,? and | & ")
            subjects = [s_idx]
            if predicate in ROLES and s_idx > o_idx and seg.lang == "zh":
                subjects = list_members(t, s_idx, " +|、")
            elif predicate == "investsIn":  # "获腾讯、阿里巴巴投资", "阿里巴巴、腾讯共同投资了智谱": each investor
                subjects = list_members(t, s_idx, ", and |, | and |、|和|及|与")
            s_type, o_type = SIGNATURES[predicate]
            for si in subjects:
                subj = t.mentions[si]
                if not _typed(subj, s_type, predicate, "s") or (pid in KNOWN_MAKER and subj.kind != "company"):
                    continue
                for oi in objects:
                    obj = t.mentions[oi]
                    if obj is subj or not _typed(obj, o_type, predicate, "o"):
                        continue
                    a, b = min(start, subj.start, obj.start), max(end, subj.end, obj.end)
                    out.append(Relation(subj, predicate, obj,
                                        Evidence.in_segment(doc_text, seg, a, b, f"pattern.{pid}", conf)))
    return out


def _covering(tokens, idx, mentions):
    tok = tokens[idx]
    for m in mentions:
        if m.start <= tok.start and tok.end <= m.end:
            return m
    return None


def dep_relations(doc_text: str, ps: ParsedSegment, mentions: list[Mention]) -> list[Relation]:
    """English subject-verb-object relations from the dependency parse."""
    if ps.segment.lang != "en" or not ps.tokens:
        return []
    toks = ps.tokens
    local = [m for m in mentions if ps.segment.start <= m.start and m.end <= ps.segment.end]
    out = []
    for i, verb in enumerate(toks):
        predicate = DEP_VERBS.get(verb.lemma.lower())
        if predicate is None or not verb.pos == "VERB":
            continue
        subj = obj = None
        for j, tok in enumerate(toks):
            if tok.head != i or j == i:
                continue
            if tok.dep == "nsubj":
                subj = _covering(toks, j, local)
            elif tok.dep == "dobj":
                obj = _covering(toks, j, local)
            elif tok.dep == "prep" and tok.text == "in" and predicate == "investsIn":
                for k, t2 in enumerate(toks):
                    if t2.head == j and t2.dep == "pobj":
                        obj = _covering(toks, k, local)
        if not subj or not obj or subj is obj:
            continue
        s_type, o_type = SIGNATURES[predicate]
        if not (_typed(subj, s_type, predicate, "s") and _typed(obj, o_type, predicate, "o")):
            continue
        start, end = min(subj.start, obj.start), max(subj.end, obj.end)
        if _hedged(doc_text, start, end) or any(t.dep == "neg" and t.head == i for t in toks):
            continue
        out.append(Relation(subj, predicate, obj,
                            Evidence.in_segment(doc_text, ps.segment, start, end, f"dep.{verb.lemma.lower()}", 0.75)))
    return out


# After a brand, a product name goes on with a hyphen, a space or a digit:
# "DeepSeek-V4", "Apple Watch", "Qwen3" (not "Metaverse" after "Meta").
_BRAND_GAP = re.compile(r"[-\s\d]")


def brand_relations(doc_text: str, parsed: list[ParsedSegment],
                    mentions: list[Mention]) -> list[Relation]:
    """``brand develops "brand + model code"`` ("小米17" is made by 小米, "DeepSeek-V4" by
    DeepSeek, "Apple Watch" by Apple) when the brand is an organization named elsewhere in the
    document; the evidence is the product's sentence."""
    orgs = [m for m in mentions if m.type == "ORG" and m.kind != "exchange"]
    out = []
    for prod in mentions:
        if prod.type != "PRODUCT" or prod.source in ("ner", "lac"):
            continue  # a name the model called a product may be anything ("UCSF Edward" Chang)
        brands = [o for o in orgs if prod.text.startswith(o.text) and len(o.text) < len(prod.text) and (
            prod.kind == "model" or _BRAND_GAP.match(prod.text, len(o.text)))]
        if not brands:
            continue
        # the longest brand name, and of its mentions the nearest one before the product
        best = max(len(o.text) for o in brands)
        brands = [o for o in brands if len(o.text) == best]
        subj = min(brands, key=lambda o: (o.start > prod.start, abs(prod.start - o.start)))
        seg = next((ps.segment for ps in parsed
                    if ps.segment.start <= prod.start and prod.end <= ps.segment.end), None)
        if seg is not None:
            out.append(Relation(subj, "develops", prod, Evidence.in_segment(
                doc_text, seg, prod.start, prod.end, "pattern.zh.dev.brand", 0.7)))
    return out


_HIRE_PATTERNS = {"pattern.en.works.8"}


def extract_relations(doc_text: str, parsed: list[ParsedSegment],
                      mentions: list[Mention]) -> list[Relation]:
    """All relations of a document, one per (subject, predicate, object, sentence)."""
    found = [rel for ps in parsed
             for rel in pattern_relations(doc_text, ps, mentions) + dep_relations(doc_text, ps, mentions)]
    found += brand_relations(doc_text, parsed, mentions) + table_relations(doc_text, mentions)
    seen, out = set(), []
    for rel in found:
        key = (rel.subject.span, rel.predicate, rel.object.span)
        if rel.predicate in SYMMETRIC:
            key = (min(rel.subject.span, rel.object.span), rel.predicate, max(rel.subject.span, rel.object.span))
        if key not in seen:
            seen.add(key)
            out.append(rel)
    # a hire names no post of its own: "Intel named Lip-Bu Tan as its new chief executive" is
    # ceoOf only ("董事长兼总裁" states two posts and keeps both)
    specific = [r for r in out if r.predicate in ("ceoOf", "chairOf", "founderOf")]
    return [r for r in out if not (r.evidence.extractor in _HIRE_PATTERNS and any(
        s.subject.span == r.subject.span and s.object.span == r.object.span
        and s.evidence.start < r.evidence.end and r.evidence.start < s.evidence.end for s in specific))]
