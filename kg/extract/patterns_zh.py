"""Chinese relation patterns of people's posts, and the vocabulary all Chinese patterns share: typed
slots over a sentence (:mod:`kg.extract.templates`).

Each entry is ``(pattern id, regex with {TYPE:s}/{TYPE:o} slots, predicate, confidence)``;
:mod:`kg.extract.relations` runs them on Chinese sentences.  The wordings: "X董事长Y", "Y担任X董事长",
"X成立于…，创始人兼CEO Y".  The patterns of deals and corporate structure ("X旗下Y", "X于港交所上市",
"X推出Y", "X领投", "X收购Y", "X与Y达成合作") are in :mod:`kg.extract.patterns_zh_deals`.
"""
from __future__ import annotations

from .titles import ANY_TITLE_ZH, CHAIR_ZH, FOUNDER_ZH, PRESENT_POST_ZH, ROLE_ZH, WORK_MODIFIER_ZH, WORK_ZH
from .zh_orgs import STOCK_CODE

# What may describe an organization's product: "英伟达更先进的Blackwell", "苹果最新的iPhone"
QUALITY_ZH = r"(?:(?:更|最)?(?:先进|强大|热门|知名|旗舰|主力|新一代|下一代|最新一代|新款|最新|新|自研|开源)的?)"
# Around the title that names the relation: other titles ("党委书记、董事长", "创始人兼CEO"),
# a leftover legal suffix after the organization, its China arm ("SOHO中国"), a department ("计算机系").
ORG_TAIL_ZH = (r"(?:[（(]集团[）)])?(?:股份有限公司|有限公司|集团|公司|控股)?(?:中国区?|大中华区|（中国）)?"
               r"(?:\x01PRODUCT:\d+\x02(?:大模型|模型)?(?=团队|项目组|(?:技术|产品|研发)?负责人))?"  # "阿里巴巴通义千问团队负责人林俊旸", "腾讯混元大模型负责人蒋杰"
               r"(?:负责(?:\x01PRODUCT:\d+\x02)?[\u4e00-\u9fffA-Za-z]{0,8}?的)?"  # "OpenAI负责ChatGPT的副总裁"
               r"(?:[\w]{1,8}?(?:系|学院|研究院|研究所|实验室|事业部|事业群|科室|(?<!学)科)|[\w]{2,14}?中心|团队|"
               r"[\w及和与]{1,10}?(?:处|部门|办公室|[\w]部|委员会|(?<!公)司|局))?")  # "外交部通讯和国家形象司司长"  # "比亚迪品牌及公关处总经理李云飞"  # "DeepSeek团队（含创始人梁文锋）"
# (a unit before a later title: "百度副总裁、智能驾驶事业群总经理王云鹏")
# ... and a line of business, whose head works for the company (a chief executive of it is no company's):
# "华为智能穿戴与运动健康产品线总裁李江", "出任惠普大中华区个人系统业务总裁"
LINE_TAIL_ZH = r"(?:[\w及和与]{1,12}?(?:业务|产品线|业务线|事业线))?"
PRE_TITLES_ZH = (rf"(?:时任|现任|前任|首任|新任|原|前)?(?:{ANY_TITLE_ZH}(?:[兼及和 ]|、(?:[\u4e00-\u9fffA-Za-z]{{1,8}}?"
                 rf"(?:事业群|事业部|业务部|部门|中心|实验室|BG|BU))?)?)*?")
POST_TITLES_ZH = rf"(?:[兼、及和][\u4e00-\u9fff]{{0,2}}?{ANY_TITLE_ZH})*[，,、 ]?"  # 董事长、总经理、财务总监
# Verbs that give a person a post: "王滨当选为广发银行董事长", "张三出任乙公司总裁"
# A stock code in brackets after a company: "星河药业(港股01234)", "辽宁成大(600739)"
TICKER_ZH = r"(?:\s?[（(](?:\x01EXCHANGE:\d+\x02)?[^\x01（）()。；]{0,6}?\d{4,6}(?:\.[A-Z]{2})?[）)])?"
# A board appointing in its company's announcement ("平安银行3月31日晚间公告，董事会已聘任…"), and what the
# post belongs to ("为该行行长", "为公司第五届董事会董事长")
_BOARD_ZH = (r"(?:[^\x01。；，,]{0,16}?(?:公告|宣布|披露|表示|消息)[，,：:]\s?)?"
             r"(?:公司|该行|该公司)?董事会(?:已|同意|正式)?"
             r"(?:聘任|选举|任命|委任|推选)")
_BOARD_POST_ZH = r"(?:公司|该行|本行|该公司|本公司|集团|该集团)?(?:第[一二三四五六七八九十\d]+届董事会)?(?:新任|新一任)?"
# A date or a venue as one step of a gap: "于2025年12月18日在FORCE原动力大会上发布了…"
WHEN_ZH = (r"(?:于?(?:\d{4}年|去年|今年|明年)?\d{1,2}月(?:\d{1,2}日)?(?:底|初|中旬|下旬|上旬)?|于?(?:去年|今年|\d{4}年)(?:底|初|年底|年初)?|"
           r"(?:上|本)(?:月|周[一二三四五六日]?)|近日|日前|当天|当日|同日|次日|周[一二三四五六日]|在(?:[^\x01。；，,]|\x01PRODUCT:\d+\x02){1,16}?"
           r"(?:大会|发布会|展会|峰会|活动|开发者大会)上)")
# (a date may come first: "吴泳铭于2023年9月出任阿里巴巴集团CEO")
TAKES_POST_ZH = rf"(?:(?:{WHEN_ZH})?(?:目前|现|现已|已经?|正式|同时|还|也|亦|随后|随即|此后|重新|继续|仍|空降|转而)?(?:担任|出任|兼任|任|为|是|当选为?|被任命为|获任|升任|晋升为|接任|就任|履新)|现任)"
PEOPLE_GAP_ZH = r"(?:[^\x01。；]|\x01PERSON:\d+\x02){0,20}?"
# An alias in brackets after a name: "字节跳动（ByteDance）", "微软 (Bing)".
# What joins founders named together: "陈欧和他的师弟戴雨森以及刘辉三人一起创立"
FOUNDERS_JOIN_ZH = r"(?:[和与及、]|以及)(?:(?:他|她)的|其)?[\u4e00-\u9fff]{0,3}?"
ALIAS_ZH = (r"(?:(?<=\x02)(?:先生|女士))?"  # a filing's honorific after a person: "王磊先生现任公司总经理"
            r"(?: ?[（(](?:原名|曾用名|原|以下简称|下称|简称)?[“\"]?(?:\x01[A-Z]+:\d+\x02(?:控股|集团|公司|股份)?[A-Za-zÀ-ÿ .'’-]{0,30}|[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 .&'’-]{0,30})[”\"]?[）)]"
            rf"|{STOCK_CODE.pattern})?")  # ... or a stock code: "古井贡酒（000596.SZ）"  # "（ByteDance）",
# "（原Cici）" (a former name), "（Kingsoft Cloud）" (a Latin name no mention covers), "（以下简称“歌尔”）", "（拼多多控股）"
# "X董事长A、X总裁B及CEO C": a title after a list of X's officers is X's too.
OFFICERS_ZH = rf"(?:{ANY_TITLE_ZH}\x01PERSON:\d+\x02[、，,]?(?:\x01ORG:\d+\x02)?)+[及和、]"


# The short name a document gives a company: "重庆星河工业集团股份有限公司(以下简称星河集团)"
SHORT_NAME_ZH = r"(?:\s?[（(](?:以下简称|以下称|简称|下称)[：:]?[“\"]?\x01ORG:\d+\x02[”\"]?[）)])?"


def _title_first(title: str) -> str:
    """"{ORG}<titles>{PERSON}": 甲公司党委书记、董事长张三, 清华大学计算机系教授唐杰, 乙公司的创始人是李四,
    乙公司及董事长李四被立案."""
    # a deputy dean works there, so does a senior researcher; a vice-chair is no chair
    deputy = WORK_MODIFIER_ZH if title == WORK_ZH else ""
    line = LINE_TAIL_ZH if title == WORK_ZH else ""
    return (rf"{{ORG:o}}{TICKER_ZH}{SHORT_NAME_ZH}[）)”\"]?{ORG_TAIL_ZH}{line}\s?(?:在(?={PRE_TITLES_ZH}{title})|(?:及|和|与)其?(?={PRE_TITLES_ZH}{title})|[（(](?:含|包括)?(?={PRE_TITLES_ZH}{title})|[：:]\s?(?={PRE_TITLES_ZH}{title}))?的?{PRE_TITLES_ZH}"
            rf"{deputy}{title}{POST_TITLES_ZH}\s?(?:[：:]\s?)?(?:是|为|名叫|叫|的)?{{PERSON:s}}")


def _bracketed_post(title: str) -> str:
    """"{PERSON}（{ORG}<titles>）": 王小明（星河科技创始人兼CEO）表示, 奥尔特曼（OpenAI CEO）."""
    deputy = WORK_MODIFIER_ZH if title == WORK_ZH else ""
    return (rf"{{PERSON:s}}\s?[（(]{{ORG:o}}{ORG_TAIL_ZH}\s?的?{PRE_TITLES_ZH}{deputy}{title}"
            rf"(?:[、兼及和]\s?{ANY_TITLE_ZH})*[）)]")


def _two_posts(title: str) -> str:
    """"甲大学计算机系教授、乙公司首席科学家张三", "联想控股董事长、联想集团创始人柳传志": the
    person holds the first post too."""
    # (not the parent of the one who holds it: "北京普思投资董事长、万达集团董事长王健林之子王思聪")
    return (rf"{{ORG:o}}{ORG_TAIL_ZH}{title}[、，,]\x01ORG:\d+\x02{ORG_TAIL_ZH}{PRE_TITLES_ZH}{ANY_TITLE_ZH}"
            rf"\s?{{PERSON:s}}(?!之[子女妻夫父母]|的(?:儿子|女儿|妻子|丈夫|父亲|母亲))")


def _person_first(title: str) -> str:
    """"{PERSON}，<description>，{ORG}<title>" with no other person after the title:
    张三，1962年生，深圳星河农化股份有限公司董事长 / 李四职务：陕西北辰餐饮管理有限公司董事长."""
    # (a successor and the one succeeded: "李华接棒张伟，成为京东集团首席执行官" is 李华's)
    return (rf"(?<!接棒)(?<!接替)(?<!接任)(?<!取代){{PERSON:s}}(?:(?:接棒|接替|接任|取代)\x01PERSON:\d+\x02)?"
            rf"(?:[，,：:]|职务[：:])[^\x01。；]{{0,48}}?(?:现任|时任|曾任|担任|任|为|是)?"
            rf"{{ORG:o}}{ORG_TAIL_ZH}的?{PRE_TITLES_ZH}{title}(?![长会局]|(?:[^\x01。；，,]|\x01ORG:\d+\x02){{0,16}}?\x01PERSON)")  # not a chain of posts before another name


def _org_then_person(title: str) -> str:
    """"{ORG}{PERSON}任<公司><title>": 北京星河创业集团有限公司王建国任集团公司董事长, 小米集团宣布，
    卢伟冰出任集团总裁, 阿里巴巴宣布吴泳铭接替张勇担任CEO."""
    # (the person's present post may come first: "燧人游戏宣布，联合创始人许嘉获任首席执行官"; then 该公司 is
    # another company: "新东方在线副总裁潘欣出任该公司CEO")
    return (rf"{{ORG:o}}(?:[^\x01。；]{{0,12}}?(?:宣布|公告|表示|聘请|任命|聘任|委任|决定由)[，,：:]?)?\s?"
            rf"(?P<post>{PRESENT_POST_ZH})?{{PERSON:s}}(?:先生|女士)?"
            rf"(?:接替\x01PERSON:\d+\x02)?(?:继续|仍|重新|正式)?(?:任|担任|出任|兼任|升任|获任|接任|就任|为)(?(post)|(?:该|本)?)(?:集团公司|集团|公司|俱乐部|银行|学校)?{PRE_TITLES_ZH}{title}(?![长会局])")


# A company's profile that opens a sentence, one or two clauses before its founder:
# "「薯小狸」成立于2021年，总部位于杭州，创始人兼CEO林晓舟…"
_PROFILE_OPENS = (r"^[「“\"]?{ORG:o}[」”\"]?" + ALIAS_ZH + r"(?:(?:[^\x01。；，,]|\x01(?:LOC|GPE):\d+\x02){0,16}[，,]\s?){1,2}")


# ... and one whose clauses name others before its officers: "智谱成立于2019年，由清华大学…转化而来，董事长刘德兵、CEO张鹏均…"
_PROFILE_OPENS_ANY = (r"^[「“\"]?{ORG:o}[」”\"]?" + ALIAS_ZH + r"(?:(?:[^\x01。；，,]|\x01(?:LOC|GPE|ORG|PRODUCT):\d+\x02){0,40}[，,]\s?){1,3}"
                      r"(?:公司)?(?:[^\x01。；，,]{1,8}\x01PERSON:\d+\x02、)?")  # (not 其 after two names: "A与B签约，其CEO…")


_APPOINTS_ZH = (r"(?:聘任|任命|聘请|委任|选举|推选)(?:[^\x01。；，,]){0,2}?{PERSON:s}" + ALIAS_ZH + r"(?:为|担任|出任){ORG:o}"
                + ORG_TAIL_ZH + r"的?(?:第[一二三四五六七八九十]+届)?(?:董事会)?" + PRE_TITLES_ZH)


def _now_holds(title: str) -> str:
    """"{PERSON}是…，现任{ORG}<title>": 邓卫国是华岳制药的创始人及实际控制人，现任华岳制药董事长兼总经理 (the post
    held now, after what the person is)."""
    return (rf"^{{PERSON:s}}(?:是|为)(?:[^\x01。；]|\x01ORG:\d+\x02){{1,30}}?[，,]\s?(?:现任|目前担任|现为|同时担任)"
            rf"{{ORG:o}}{ALIAS_ZH}的?(?:{ANY_TITLE_ZH}(?:兼|、|及))?{title}")


# (pattern id, regex with {TYPE:s}/{TYPE:o} slots, predicate, confidence)
PATTERNS_ZH = [
    ("zh.ceo.1", _title_first(ROLE_ZH), "ceoOf", 0.9),
    ("zh.ceo.bracket", _bracketed_post(ROLE_ZH), "ceoOf", 0.85),
    # "由李斌担任CEO的蔚来"
    ("zh.ceo.by", rf"由{{PERSON:s}}(?:担任|出任|执掌|领导)(?:{ROLE_ZH})?的{{ORG:o}}", "ceoOf", 0.8),
    ("zh.ceo.2", rf"{{PERSON:s}}{ALIAS_ZH}{TAKES_POST_ZH}{{ORG:o}}{ORG_TAIL_ZH}的?{PRE_TITLES_ZH}{ROLE_ZH}", "ceoOf", 0.9),
    ("zh.ceo.4", _person_first(ROLE_ZH), "ceoOf", 0.8),
    ("zh.chair.4", _person_first(CHAIR_ZH), "chairOf", 0.8),
    ("zh.founder.4", _person_first(FOUNDER_ZH), "founderOf", 0.8),
    ("zh.works.5", _person_first(WORK_ZH), "worksFor", 0.75),
    ("zh.ceo.5", _org_then_person(ROLE_ZH), "ceoOf", 0.8),
    # "陈立武（Lip-Bu Tan）由英特尔董事会任命为CEO"
    ("zh.ceo.7", rf"{{PERSON:s}}{ALIAS_ZH}(?:于?[^\x01。；，,]{{0,8}}?)?由{{ORG:o}}(?:董事会|董事局)?(?:任命|委任|聘任)为{PRE_TITLES_ZH}{ROLE_ZH}", "ceoOf", 0.8),
    ("zh.chair.5", _org_then_person(CHAIR_ZH), "chairOf", 0.8),
    ("zh.works.6", _org_then_person(WORK_ZH), "worksFor", 0.75),
    # "OpenAI聘请前Meta高管Fidji Simo担任应用业务CEO": the hiring organization
    ("zh.works.7", rf"{{ORG:o}}(?:于?(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日|[^\x01。；，,]){{0,4}}?(?:聘请|任命|聘任|委任|挖来|招募|邀请)(?:[^\x01。；，,]|\x01ORG:\d+\x02){{0,12}}?{{PERSON:s}}(?:先生|女士)?(?:担任|出任|为|加盟|加入)(?!(?:公司|集团)?(?:{ROLE_ZH}|{CHAIR_ZH}))", "worksFor", 0.75),
    ("zh.ceo.3", rf"{{ORG:o}}{OFFICERS_ZH}{ROLE_ZH}{{PERSON:s}}", "ceoOf", 0.8),
    ("zh.chair.3", rf"{{ORG:o}}{OFFICERS_ZH}{CHAIR_ZH}{{PERSON:s}}", "chairOf", 0.8),
    ("zh.works.3", rf"{{ORG:o}}{OFFICERS_ZH}{WORK_ZH}{{PERSON:s}}", "worksFor", 0.75),
    # one person, two posts: "甲大学计算机系教授、乙公司首席科学家张三" -> works for both
    ("zh.works.4", _two_posts(WORK_MODIFIER_ZH + WORK_ZH), "worksFor", 0.75),
    ("zh.chair.6", _two_posts(CHAIR_ZH), "chairOf", 0.8),
    ("zh.ceo.6", _two_posts(ROLE_ZH), "ceoOf", 0.8),
    ("zh.founder.7", _two_posts(FOUNDER_ZH), "founderOf", 0.8),
    # "冰川热能成立于2019年，创始人兼CEO周屹曾任…", "氢驰科技总部位于上海嘉定，创始人为同济大学教授顾明远": the sentence's company
    ("zh.founder.clause", rf"{_PROFILE_OPENS}(?:公司|其)?(?:联合)?创始人(?:兼[^\x01。；，,]{{1,8}}?)?(?:为|是)?(?:[^\x01。；，,]|\x01ORG:\d+\x02){{0,10}}?{{PERSON:s}}", "founderOf", 0.75),
    ("zh.ceo.clause", rf"{_PROFILE_OPENS}(?:公司|其)?(?:联合)?创始人兼{ROLE_ZH}{{PERSON:s}}", "ceoOf", 0.75),
    ("zh.chair.clause", rf"{_PROFILE_OPENS}(?:公司|其)?(?:联合)?创始人兼{CHAIR_ZH}{{PERSON:s}}", "chairOf", 0.75),
    ("zh.chair.profile", rf"{_PROFILE_OPENS_ANY}{CHAIR_ZH}{{PERSON:s}}", "chairOf", 0.7),
    ("zh.ceo.profile", rf"{_PROFILE_OPENS_ANY}{ROLE_ZH}{{PERSON:s}}", "ceoOf", 0.7),
    ("zh.chair.isnow", _now_holds(CHAIR_ZH), "chairOf", 0.8),
    ("zh.ceo.isnow", _now_holds(ROLE_ZH), "ceoOf", 0.8),
    # "长安马自达是长安汽车与马自达各持股50%的合资企业": each parent of a joint venture
    ("zh.invest.jv", rf"{{ORG:o}}{ALIAS_ZH}(?:是|为|系)(?:由)?{{ORG:s}}{ALIAS_ZH}(?:(?:[与和、]|以及)\x01ORG:\d+\x02{ALIAS_ZH})+(?:各|分别|共同)?(?:持股|出资|投资)?[^\x01。；，,]{{0,12}}?的合资(?:企业|公司)", "investsIn", 0.8),
    ("zh.chair.1", _title_first(CHAIR_ZH), "chairOf", 0.9),
    # "私立扬州中学创办后，王柏龄任校董会董事长": the clause before names what the board runs
    ("zh.chair.boardof", rf"{{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,10}}?[，,]\s?{{PERSON:s}}(?:先生|女士)?(?:任|担任|出任)(?:校董会|董事会|董事局|理事会){CHAIR_ZH}", "chairOf", 0.75),
    ("zh.chair.bracket", _bracketed_post(CHAIR_ZH), "chairOf", 0.85),
    ("zh.chair.2", rf"{{PERSON:s}}{ALIAS_ZH}{TAKES_POST_ZH}{{ORG:o}}{ORG_TAIL_ZH}的?{PRE_TITLES_ZH}{CHAIR_ZH}", "chairOf", 0.9),
    ("zh.founder.1", _title_first(FOUNDER_ZH), "founderOf", 0.9),
    ("zh.founder.bracket", _bracketed_post(FOUNDER_ZH), "founderOf", 0.85),
    ("zh.founder.2", rf"{{PERSON:s}}{PEOPLE_GAP_ZH}(?:一手创办|联合创立|共同创办|创立|创办|创建|成立)了?[^\x01。；，,、（）()及和与]{{0,6}}?{{ORG:o}}", "founderOf", 0.85),
    # ... and the founders named with the first: "李彦宏与徐勇共同创立了百度", "乔布斯与沃兹尼亚克一起创立了苹果公司"
    ("zh.founder.with", rf"\x01PERSON:\d+\x02(?:{FOUNDERS_JOIN_ZH}\x01PERSON:\d+\x02)*?{FOUNDERS_JOIN_ZH}{{PERSON:s}}(?:{FOUNDERS_JOIN_ZH}\x01PERSON:\d+\x02)*(?:[一二两三四五]人|等人)?"
                        rf"(?:一起|一手|联合|共同)?(?:创立|创办|创建)了?[^\x01。；，,、（）()及和与]{{0,6}}?{{ORG:o}}", "founderOf", 0.8),
    # "燧人游戏宣布，联合创始人许嘉获任首席执行官": a post named in the company's announcement
    ("zh.founder.announced", rf"{{ORG:o}}{ALIAS_ZH}(?:{WHEN_ZH})?(?:宣布|公告|表示)[，,：:]\s?(?:公司|集团)?{FOUNDER_ZH}(?:兼{ANY_TITLE_ZH})?{{PERSON:s}}", "founderOf", 0.75),
    ("zh.founder.3", rf"{{ORG:o}}[^\x01。；]{{0,8}}?由{{PERSON:s}}(?:先生|女士)?{PEOPLE_GAP_ZH}(?:创办|创立|创建|成立)", "founderOf", 0.85),
    # "X，是由“中国优秀民营企业家”施建祥先生创办的": a description before the founder, the verb right after
    # (or after the founders listed: "由两位前苹果员工A和B创立")
    ("zh.founder.6", rf"{{ORG:o}}[^\x01。；]{{0,8}}?由(?:[^\x01。；]|\x01ORG:\d+\x02){{1,60}}?{{PERSON:s}}(?:{FOUNDERS_JOIN_ZH}\x01PERSON:\d+\x02)*(?:先生|女士)?(?:[一二两三四五]人|等人)?(?:一起|一手|联合|共同)?(?:创办|创立|创建|成立)", "founderOf", 0.8),
    # "鸿海精密是郭台铭创立于1974年的…", "X系Y一手创办"
    # "Neuralink（马斯克创立）": the founder in brackets
    ("zh.founder.8", rf"{{ORG:o}} ?[（(]{{PERSON:s}}(?:一手|联合|共同)?(?:创立|创办|创建)的?[）)]", "founderOf", 0.8),
    # "Jony Ive创立的硬件公司io": an organization the founder created
    ("zh.founder.10", rf"{{PERSON:s}}{ALIAS_ZH}(?:同时|也|还|亦|正是|就是)*(?:是|为){{ORG:o}}的?(?:联合)?{FOUNDER_ZH}", "founderOf", 0.8),
    # a research team named by its lead: "清华大学张伟教授团队", "…研究所（下称“X”）陶虎团队"
    # "王小明目前在星河科技负责大模型研发", "来自星河科技的工程师王小明", "星河科技的王小明表示"
    ("zh.works.14", rf"{{PERSON:s}}(?:目前|现在|如今|现|一直)?在{{ORG:o}}{ALIAS_ZH}(?:负责|主管|领导|带领|任职|工作|从事)", "worksFor", 0.7),
    ("zh.works.15", rf"来自{{ORG:o}}{ALIAS_ZH}的?[^\x01。；，,]{{0,8}}?(?:工程师|研究员|科学家|专家|分析师|员工|负责人|高管|经理|总监|代表){{PERSON:s}}", "worksFor", 0.7),
    ("zh.works.16", rf"(?:^|(?<=[，,。；：:“”\s]))(?<![与和及、]){{ORG:o}}的{{PERSON:s}}(?:此前|日前|近日|也|则|还)?(?:表示|称|认为|指出|透露|介绍|坦言|强调|说)", "worksFor", 0.65),
    ("zh.works.13", rf"{{ORG:o}}{ALIAS_ZH}(?:[（(][^（）()\x01]{{0,20}}[）)])?{{PERSON:s}}(?:教授|博士|院士|研究员)?(?:团队|课题组)", "worksFor", 0.7),
    # a byline: "周启明（36氪研究院分析师）"
    ("zh.works.11", rf"{{PERSON:s}}\s?[（(]{{ORG:o}}[^\x01（）()]{{0,8}}?{WORK_ZH}[）)]", "worksFor", 0.75),
    ("zh.founder.9", rf"{{PERSON:s}}(?:一手|联合|共同)?(?:创立|创办|创建)的[^\x01。；，,]{{0,10}}?{{ORG:o}}", "founderOf", 0.8),
    ("zh.founder.5", rf"{{ORG:o}}{ALIAS_ZH}(?:是|为|系)由?{{PERSON:s}}(?:先生|女士)?(?:于\d{{4}}年)?(?:一手|联合|共同)?(?:创办|创立|创建|成立)", "founderOf", 0.85),
    # a board's appointment in a company's announcement: "平安银行公告，董事会已聘任冀光恒为该行行长"
    ("zh.ceo.board", rf"^{{ORG:o}}{ALIAS_ZH}{_BOARD_ZH}{{PERSON:s}}为{_BOARD_POST_ZH}{ROLE_ZH}", "ceoOf", 0.8),
    ("zh.chair.board", rf"^{{ORG:o}}{ALIAS_ZH}{_BOARD_ZH}{{PERSON:s}}为{_BOARD_POST_ZH}{CHAIR_ZH}", "chairOf", 0.8),
    # a board appoints a person to a post of a company named after: "董事会同意聘任王磊先生为公司总经理",
    # "选举沈雅琴女士为公司第五届董事会董事长"
    ("zh.ceo.appointed", rf"{_APPOINTS_ZH}(?!{CHAIR_ZH}){ROLE_ZH}", "ceoOf", 0.8),
    ("zh.chair.appointed", rf"{_APPOINTS_ZH}{CHAIR_ZH}", "chairOf", 0.8),
    ("zh.works.appointed", rf"{_APPOINTS_ZH}(?!{ROLE_ZH}|{CHAIR_ZH}){WORK_MODIFIER_ZH}{WORK_ZH}(?![长会局])", "worksFor", 0.75),
    ("zh.works.board", rf"^{{ORG:o}}{ALIAS_ZH}{_BOARD_ZH}{{PERSON:s}}为{_BOARD_POST_ZH}(?!{ROLE_ZH}|{CHAIR_ZH}){WORK_MODIFIER_ZH}{WORK_ZH}", "worksFor", 0.75),
    # a wire's dateline and its reporter: "财联社2月24日电（记者 王平）"
    ("zh.works.byline", rf"{{ORG:o}}(?:·?[\u4e00-\u9fffA-Za-z]{{2,6}}?)?(?:\d{{1,2}}月\d{{1,2}}日)?(?:电|讯)\s?[（(](?:记者|通讯员)\s?{{PERSON:s}}", "worksFor", 0.8),
    # ... and a paper's: "界面新闻记者 | 王晓雪", "每经编辑 孙婧"
    ("zh.works.byline2", rf"(?:^|(?<=\s)){{ORG:o}}(?:实习|特约|首席)?(?:记者|编辑|通讯员)\s*[|｜：:]\s*{{PERSON:s}}", "worksFor", 0.8),
    ("zh.works.1", _title_first(WORK_ZH), "worksFor", 0.8),
    ("zh.works.bracket", _bracketed_post(WORK_ZH), "worksFor", 0.75),
    # an analyst of a broker or research firm, with a sector or region between: "摩根士丹利中国互联网分析师陈嘉仪",
    # "瑞银（UBS）亚洲消费品研究主管黄欣然", "IDC中国研究经理王晓宁"
    ("zh.works.8", rf"{{ORG:o}}{ALIAS_ZH}(?:[^\x01。；，,、：:是为被对向让令据与和的]){{1,12}}?(?:首席)?(?:分析师|研究员|研究主管|研究总监|研究经理|"
                   rf"策略师|经济学家|负责人)\s?{{PERSON:s}}", "worksFor", 0.75),
    # the head of a business line works for its company: "OpenAI应用业务CEO菲吉·西莫", "现任微软AI CEO的苏莱曼",
    # "阿里巴巴国际数字商业集团CEO蒋凡"
    ("zh.works.unit", rf"{{ORG:o}}{ALIAS_ZH}(?:[\u4e00-\u9fff]{{1,8}}?(?:业务|商业集团|板块)|\s?AI)\s?(?:CEO|首席执行官|总裁|负责人|总经理)"
                      rf"的?\s?{{PERSON:s}}", "worksFor", 0.75),
    # "罗福莉去年11月加盟小米", "去年加盟小米的罗福莉", "Jonathan Ross等核心成员随后加入英伟达"
    ("zh.works.9", rf"{{PERSON:s}}(?:等[^\x01。；，,]{{0,6}}?)?(?:[^\x01。；，,]{{0,10}}?)(?<!将)(?:正式|已|随后|已经)?(?:加盟|加入|回归)了?{{ORG:o}}(?!旗下|[^。；，,]{{0,6}}?(?:董事会|顾问))", "worksFor", 0.7),
    # "陈默离职，随后加入MiniMax": the post is at the organization joined
    ("zh.works.moved", rf"{{PERSON:s}}[^\x01。；]{{0,12}}?(?:离职|辞职|卸任|离开\x01ORG:\d+\x02)[^\x01。；，,]{{0,6}}?[，,]\s?(?:随后|此后|之后|后|并|旋即)?(?:正式)?(?:加盟|加入|回归){{ORG:o}}(?!旗下)", "worksFor", 0.7),
    ("zh.works.10", rf"(?:加盟|加入){{ORG:o}}的{{PERSON:s}}", "worksFor", 0.7),
    # "王立恒目前任职于星河科技", "在腾讯工作的王立恒"
    ("zh.works.17", rf"{{PERSON:s}}(?:目前|现|现在|一直)?(?:任职|就职|供职|效力|工作)于{{ORG:o}}", "worksFor", 0.75),
    ("zh.works.18", rf"(?<![曾原前])在{{ORG:o}}{ORG_TAIL_ZH}(?:工作|任职|就职|供职)(?:多年|了\d+年)?的{{PERSON:s}}", "worksFor", 0.7),
    # "苹果12月1日宣布，…，前微软AI副总裁阿马尔·苏布拉马尼亚（Amar Subramanya）加盟": joins the announcer
    ("zh.works.announced", rf"{{ORG:o}}{ALIAS_ZH}(?:{WHEN_ZH})?(?:宣布|公告|官宣)[，,：:](?:[^\x01。；]|\x01(?:PERSON|ORG):\d+\x02){{0,60}}?{{PERSON:s}}{ALIAS_ZH}(?:已|正式|将)?(?:加盟|加入|入职)(?=[，,。；]|$)", "worksFor", 0.7),
    ("zh.works.2", rf"{{PERSON:s}}{ALIAS_ZH}{TAKES_POST_ZH}{{ORG:o}}{ORG_TAIL_ZH}{LINE_TAIL_ZH}的?{PRE_TITLES_ZH}{WORK_MODIFIER_ZH}{WORK_ZH}(?![长会局])", "worksFor", 0.8),
]
