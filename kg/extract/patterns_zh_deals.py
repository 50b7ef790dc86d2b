"""Chinese relation patterns for deals and corporate structure: units and brands, products, stakes and
rounds, acquisitions, partnerships, rivals and listings.

They share the vocabulary of :mod:`kg.extract.patterns_zh` (the patterns of people's posts) and are tried
after those (:data:`kg.extract.relations.PATTERNS`).
"""
from __future__ import annotations

from .patterns_zh import ALIAS_ZH, QUALITY_ZH, WHEN_ZH
from .templates import VS_FIGURES

# Words between a company and "与": "小米宣布与宁德时代合作", "腾讯正式与…"
ANNOUNCES_ZH = r"(?:宣布|正式|已经|已|再次|首次|今日|近日|此前|还|也|又|此次|选择|决定){0,2}"

# what a joint publication that is no joint work names: "联合发布的报告/白皮书/数据"
REPORT_WORD_ZH = r"(?:报告|白皮书|蓝皮书|数据|声明|公告|倡议|榜单|指数|通知|意见|标准|指南|名单|研究|调查|评测|细则|办法|规定|政策|(?<!解决)方案|规划|措施|条例|目录)"

# what public bodies do together, and when: "联合印发", "近日联合部署"
JOINT_ACTS_ZH = r"(?:发布|印发|出台|部署|开展|推出|启动|召开|公布|下发|发文|实施|组织|制定|推进|深化|发力)(?!的)"  # (not "联合发布的数据")
JOINT_ADVERBS_ZH = r"(?:近日|日前|近期|今日|昨日|本月|上月|正式|再次|已|还|持续|此前)*"

# What a product is called: "核心AI助理产品", "大模型", "App"
PRODUCT_NOUN_ZH = r"(?:产品|模型|大模型|应用|App|APP|app|助手|助理|平台|芯片|手机|汽车|车型|游戏|品牌|系统|软件|工具|智能体|机器人|眼镜|无人机|耳机|药物|药|疫苗|注射剂|抑制剂|激动剂|抗体)"

# A gap that may hold products or dates but no other organization or person.
GAP_ZH = r"(?:[^\x01。；]|\x01PRODUCT:\d+\x02){0,40}?"

# Names set against each other: "A vs B", "A（老牌霸主） VS. B"; a short note in brackets after each
VS = r" ?(?:vs|VS|Vs|v\.s)\.? ?"

VS_NOTE = r"(?: ?[（(][^（）()\x01]{1,12}[）)])?"

# A partner after 与 may be another's unit or described by its kind: "与德国电信（Deutsche Telekom）旗下的
# T-Systems签署协议", "与大众汽车集团旗下软件公司CARIAD", "与巴西最大的电视网Globo签署内容合作协议"
# After a partner: its brand ("华为昇腾与科大讯飞深度合作") or the colon of a list item ("* **英伟达**：与诺和诺德合作")
BRAND_OR_ITEM_ZH = r"(?:\x01PRODUCT:\d+\x02|[：:]\s?(?=[与和同跟]))?"

PARTNER_DESC_ZH = (r"(?:\x01ORG:\d+\x02" + ALIAS_ZH + r"旗下的?(?:[\u4e00-\u9fff]{0,6}?(?:公司|品牌|子公司|平台|部门))?|"
                   r"\x01ORG:\d+\x02(?=\x01ORG:)|"  # a unit after its parent: "与亚马逊AWS签署"
                   # a country before a foreign company: "与德国默克（Merck KGaA）就…达成合作"
                   r"(?:[\u4e00-\u9fff]{1,2}国|日本|瑞士|瑞典|丹麦|荷兰|比利时|挪威|芬兰|西班牙|意大利|新加坡|以色列|沙特|阿联酋|"
                   r"印度|印尼|越南|巴西|墨西哥|澳大利亚|加拿大)(?=\x01ORG:)|"
                   r"[^\x01。；，,与和同]{0,10}?(?:公司|集团|平台|电视网|电视台|银行|车企|药企|巨头|媒体|企业|大学|研究院|"
                   r"[\u4e00-\u9fff]商))?")  # "与英国储能开发商Zenobe签署供货协议", "与法国百货集团SGM合作"

# when, where and on what two parties cooperate, between the second and the cooperation: "2023年10月宣布在硫化物
#固态电解质量产领域结成合作", "在先进工艺PDK（工艺设计套件）适配方面开展合作", "就EGFR×HER3双抗ADC药物BL-B01D1达成全球合作"
COOPERATES_ON_ZH = (r"(?:(?:" + WHEN_ZH + r")?(?:宣布|正式|已|还)?(?:在(?:[^\x01。；，,]|\x01PRODUCT:\d+\x02){1,24}?(?:领域|方面|业务|市场|项目)(?:上|中|内)?|"
                    r"就(?:[^\x01。；，,]|\x01PRODUCT:\d+\x02){1,30}?(?=达成|签署|签订|展开|开展)))?")

# how much of a rival: "最直接的竞争对手", "其主要对手"
_RIVAL_DEGREE_ZH = r"(?:其)?(?:最|更)?(?:主要|直接|大|头号|有力|强劲)?的?(?:竞争对手|对手)"

# A note before a rival's name: "竞争对手包括已在港交所上市的心玮医疗", "港交所上市公司巨子生物", "新锐品牌萌尾巴"
_RIVAL_NOTE_ZH = (r"(?:(?:已经?)?(?:在|于)\x01EXCHANGE:\d+\x02(?:主板)?上市的|\x01EXCHANGE:\d+\x02(?:主板)?上市(?:公司|企业)|"
                  r"[^\x01。；，,]{0,6}?(?:公司|企业|品牌|厂商|巨头|龙头|玩家))?")

# a company's listing, up to the words after it: "MiniMax正式登陆港交所主板，此次IPO"
_LISTING_ZH = rf"{{ORG:o}}{ALIAS_ZH}(?:[^\x01。；]|\x01(?:ORG|EXCHANGE):\d+\x02){{0,40}}?(?:上市|挂牌|登陆|IPO|发行)(?:[^\x01。；]|\x01(?:ORG|EXCHANGE):\d+\x02){{0,16}}?"

# more exchanges after the first, and how many: "在上交所、港交所和法兰克福证券交易所三地上市"
_EXCHANGES_ZH = r"(?:(?:、|和|及|与|以及)\x01EXCHANGE:\d+\x02)*(?:[两三四多]地)?"

# (pattern id, regex with {TYPE:s}/{TYPE:o} slots, predicate, confidence)
DEAL_PATTERNS_ZH = [
    ("zh.sub.as", rf"作为{{ORG:o}}{ALIAS_ZH}(?:旗下|的(?:全资|控股)?子公司)(?:[^\x01。；，,]|\x01EXCHANGE:\d+\x02){{0,20}}?(?:公司|平台|品牌|企业|机构)[，,]\s?{{ORG:s}}", "subsidiaryOf", 0.8),
    ("zh.sub.1", rf"{{ORG:o}}{ALIAS_ZH}旗下的?(?:子品牌|品牌|子公司|公司|企业)?{{ORG:s}}", "subsidiaryOf", 0.9),
    # "中国石化周二宣布，旗下子公司中石化新星与…": the announcing company's unit
    ("zh.sub.announce", rf"{{ORG:o}}{ALIAS_ZH}(?:{WHEN_ZH})?(?:宣布|表示|公告|披露)[，,：:]\s?(?:其|公司)?旗下的?(?:全资|控股)?(?:子公司|子品牌|品牌|公司)?{{ORG:s}}", "subsidiaryOf", 0.8),
    ("zh.sub.2", rf"{{ORG:s}}{ALIAS_ZH}(?:是|为|系|作为)(?:(?:[A-Z美港]股|科创板|创业板|纳斯达克|纽交所)?上市公司)?{{ORG:o}}{ALIAS_ZH}(?:(?:旗下的?|的)(?:[\u4e00-\u9fff]{{0,6}}?(?:上市公司|品牌)|子品牌|品牌|子公司|全资子公司|控股子公司)|旗下的?[\u4e00-\u9fff]{{0,8}}?公司)", "subsidiaryOf", 0.9),
    ("zh.sub.3", rf"{{ORG:o}}{ALIAS_ZH}(?:的|之|孵化的|控股的|全资控股的|新?成立的|新设立?的?|新组建的|(?:分拆|拆分)(?:出)?的)?(?:子品牌|全资子公司|控股子公司|子公司){{ORG:s}}", "subsidiaryOf", 0.85),
    # "雀巢旗下咖啡品牌Nespresso", "百度旗下自动驾驶出行平台萝卜快跑"
    ("zh.sub.5", rf"{{ORG:o}}{ALIAS_ZH}旗下的?(?:[^\x01。；，,、]|\x01EXCHANGE:\d+\x02){{1,10}}?(?:品牌|平台|公司|子公司|企业|工作室|厂商|业务|部门|机构|基金|资本|实验室)\s?{{ORG:s}}", "subsidiaryOf", 0.85),
    # "极氪正式成为吉利汽车的全资子公司", "天士力随即成为华润三九的控股子公司"
    ("zh.sub.6", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,8}}?成为了?{{ORG:o}}(?:的|旗下的?)?(?:全资|控股)?子公司", "subsidiaryOf", 0.85),
    # "华润三九为中国华润旗下的医药上市公司", "作为字节跳动旗下的云服务平台，火山引擎…"
    # "极氪随即从纽交所退市，正式成为吉利汽车的全资子公司": the subject of the clause before
    ("zh.sub.6b", rf"{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01EXCHANGE:\d+\x02){{0,24}}?[，,](?:[^\x01。；，,]){{0,6}}?成为了?{{ORG:o}}(?:的|旗下的?)?(?:全资|控股)?子公司", "subsidiaryOf", 0.75),
    # "由宁德时代及其旗下溥泉资本领投"
    ("zh.sub.12", rf"{{ORG:o}}{ALIAS_ZH}(?:及|和|与|以及)其(?:旗下的?|子公司|控股子公司|全资子公司)(?:[^\x01。；，,]{{0,6}}?(?:公司|基金|资本|品牌|平台))?{{ORG:s}}", "subsidiaryOf", 0.8),
    # (not a supplier: "卫蓝新能源为蔚来旗下多款车型供应电池包")
    ("zh.sub.7", rf"{{ORG:s}}{ALIAS_ZH}(?:是|为|系|隶属于|隶属|[：:]\s?){{ORG:o}}{ALIAS_ZH}旗下"
                 r"(?!的?(?:多款|部分|多个|全系|各|所有|[一二三四五六七八九十两几多\d]+[款个家辆台种]|[\u4e00-\u9fff]{0,4}?(?:车型|产品|门店|工厂)))",
     "subsidiaryOf", 0.85),
    # "阿里云是阿里巴巴集团的云计算子公司", "百度智能云隶属于百度"
    ("zh.sub.13", rf"{{ORG:s}}{ALIAS_ZH}(?:是|为|系|作为)(?:其)?{{ORG:o}}{ALIAS_ZH}(?:的|旗下的?)(?:[^\x01。；，,]|\x01ORG:\d+\x02){{0,8}}?(?:子公司|附属公司|控股公司)", "subsidiaryOf", 0.85),
    ("zh.sub.14", rf"{{ORG:s}}{ALIAS_ZH}(?:隶属于|隶属|归属于|从属于){{ORG:o}}(?!旗下)", "subsidiaryOf", 0.8),
    # "**百度：** 旗下昆仑芯已于…" (a list item's label), "安踏旗下目前拥有FILA、迪桑特等品牌"
    ("zh.sub.9", rf"{{ORG:o}}[：:]\s?旗下的?(?:[^\x01。；，,：:]{{0,8}}?(?:品牌|公司|平台|子公司))?{{ORG:s}}", "subsidiaryOf", 0.8),
    ("zh.sub.10", rf"{{ORG:o}}{ALIAS_ZH}旗下(?:目前|现|还|已)?(?:拥有|包括|有)[：:]?{{ORG:s}}", "subsidiaryOf", 0.8),
    # "古酿酒业旗下拥有…，并通过子公司亳州古酿文旅有限公司运营…", "奶粉业务由全资子公司金牧营养品有限公司运营"
    ("zh.sub.via", rf"{{ORG:o}}{ALIAS_ZH}(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,40}}?(?:通过|由)(?:其)?(?:旗下的?)?(?:全资|控股)?子公司{{ORG:s}}", "subsidiaryOf", 0.8),
    ("zh.sub.8", rf"作为{{ORG:o}}旗下的?[^\x01。；，,]{{0,12}}?[，,]\s?{{ORG:s}}", "subsidiaryOf", 0.75),
    ("zh.sub.11", rf"{{ORG:s}} ?[（(](?:\x01ORG:\d+\x02的?母公司)?{{ORG:o}}旗下[）)]", "subsidiaryOf", 0.85),
    ("zh.sub.4", rf"{{ORG:s}}的?(?:母公司|控股股东|控股公司)(?:为|是)?{{ORG:o}}", "subsidiaryOf", 0.85),
    ("zh.dev.1", rf"{{ORG:s}}(?!旗下){ALIAS_ZH}(?:{WHEN_ZH}|[^\x01。；]|(?<=在)\x01PRODUCT:\d+\x02){{0,12}}?(?:推出|发布|研发|开发|上线|打造|开源|亮相|交付|训练|自研|带来|展示|亮出|首发|发售|开售|量产|升级|迭代|出版|出品|制作|发行)了?(?!体系|中心|团队|人员|投入|费用|能力|部门|实力|基地|机构|流程|环节|成本)(?:(?!基于|搭载|采用|接入)[^\x01。；，,]){{0,10}}?{{PRODUCT:o}}", "develops", 0.85),
    # "MiniMax旗下产品包括视频生成应用海螺AI和AI陪伴应用Talkie"
    # "理想汽车首款纯电SUV理想i8": an ordinal, a short description, the product
    # "作为星河科技的旗舰产品，云岫X5销量领先"
    # "比亚迪宣布其仰望U8车型将于下月交付", "小米表示其新款手机小米17…": its product, in the company's clause
    # ... after a filing with a regulator: "礼来向美国食品药品监督管理局（FDA）提交了其新型口服减肥药X的上市申请"
    ("zh.dev.its", rf"(?<!在){{ORG:s}}{ALIAS_ZH}(?:[^\x01。；，,：:]|[向在]\x01ORG:\d+\x02{ALIAS_ZH}){{0,16}}?(?:(?:宣布|表示|透露|公告)[，,]\s?)?其(?:{QUALITY_ZH}|[\u4e00-\u9fffA-Za-z0-9*/-]{{0,16}}?{PRODUCT_NOUN_ZH})?[“\"「《]?{{PRODUCT:o}}", "develops", 0.7),
    # a filing for its approval: "诺和诺德宣布，已向FDA提交了…复方注射剂CagriSema的上市申请"
    ("zh.dev.filing", rf"{{ORG:s}}{ALIAS_ZH}(?:(?:宣布|表示|称)[，,]?)?(?:已|已经|正式|近日|日前)?向(?:[^\x01。；，,]|\x01ORG:\d+\x02{ALIAS_ZH}){{1,20}}?"
                      rf"(?:提交|递交)了?(?:[^\x01。；，,]|\x01PRODUCT:\d+\x02){{0,40}}?{{PRODUCT:o}}的?(?:上市|注册|新药|临床试验)申请", "develops", 0.75),
    ("zh.dev.as", rf"作为{{ORG:s}}{ALIAS_ZH}(?:旗下)?的?[^\x01。；，,]{{0,8}}?(?:产品|车型|模型|大模型|手机|芯片|应用|游戏|平台|品牌)[，,]\s?{{PRODUCT:o}}", "develops", 0.75),
    # "Perplexity转而押注自家的Comet浏览器", "阿里巴巴将自家的通义千问大模型装进了镜腿"
    ("zh.dev.own", rf"{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,30}}?(?:自家|自有|(?:坚持|选择|采用|基于|搭载|使用)(?:其|了)?自研)的?(?:[\u4e00-\u9fffA-Za-z]{{0,6}}?(?:产品|模型|大模型|芯片|应用|平台|浏览器|助手|App))?[“\"「《]?{{PRODUCT:o}}", "develops", 0.7),
    ("zh.dev.13", rf"{{ORG:s}}(?:首款|第[一二三四五六七八九十\d]+款|全新)[\u4e00-\u9fffA-Za-z]{{0,6}}?{{PRODUCT:o}}", "develops", 0.7),
    ("zh.dev.15", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,10}}?(?:设计|研发|开发|打造|推出|自研|生产|制造|出品|运营)的[^\x01。；，,]{{0,6}}?{{PRODUCT:o}}", "develops", 0.7),
    # a list item's label launches what each of its clauses names: "**阿里巴巴：** 4月29日开源Qwen3系列，9月在云栖大会上发布Qwen3-Max"
    ("zh.dev.14", rf"{{ORG:s}}{ALIAS_ZH}[：:](?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,40}}?[，,]\s?(?:{WHEN_ZH}|[^\x01。；，,]){{0,12}}?(?:推出|发布|开源|上线)了?{{PRODUCT:o}}", "develops", 0.75),
    ("zh.dev.12", rf"{{ORG:s}}{ALIAS_ZH}旗下的?(?:产品|应用|品牌|业务)(?:包括|有|涵盖)[：:]?[^\x01。；，,]{{0,10}}?{{PRODUCT:o}}", "develops", 0.75),
    # a product in corner brackets after its kind, in the company's clause: "薯小狸旗下拥有低温烘焙薯片「轻脆坊」、…「芋见」",
    # "聚能云储的核心产品包括工商业储能一体柜「方舟」", "爪爪鲜已推出犬用鲜粮「每日鲜」"
    ("zh.dev.corner", rf"{{ORG:s}}{ALIAS_ZH}(?:的|旗下|已?(?:推出|发布|上线)了?)[^\x01。；，,「」]{{0,30}}?「{{PRODUCT:o}}」", "develops", 0.75),
    ("zh.dev.2", rf"{{ORG:s}}(?:[（(]\x01ORG:\d+\x02[）)])?(?:宣布|表示|透露)?(?:(?:的|旗下的?|旗下(?:拥有|运营|包括|有)){QUALITY_ZH}?|{QUALITY_ZH}的|首款|第[一二三四五六七八九十\d]+款|全新)(?:[\u4e00-\u9fffA-Za-z]{{0,8}}?(?:产品|车型|模型|大模型|手机|汽车|芯片|应用|App|APP|平台|游戏|品牌|软件|工具|助手|浏览器|智能体|系统|机器人|眼镜|无人机|耳机|药物|药|疫苗|新车))?[“\"「《]?{{PRODUCT:o}}", "develops", 0.7),
    # "Y由X开发", "Y是X推出的"
    ("zh.dev.hand", rf"{{PRODUCT:o}}{ALIAS_ZH}[^\x01。；，,]{{0,4}}?出自{{ORG:s}}[^\x01。；，,]{{0,10}}?之手", "develops", 0.8),  # "Seedance 2.0出自字节跳动Seed团队之手"
    ("zh.dev.6", rf"{{PRODUCT:o}}[^\x01。；，,]{{0,8}}?(?:由|是)(?:[^\x01。；，,]{{0,8}}?(?:公司|工作室|团队|厂商|开发商|实验室))?{{ORG:s}}{ALIAS_ZH}(?:团队|公司)?(?:推出|开发|研发|打造|发布|开源)", "develops", 0.8),
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
    ("zh.invest.1", rf"{{ORG:s}}{ALIAS_ZH}(?:[、和与及]\x01ORG:\d+\x02)*(?:{WHEN_ZH}|本月初|上月|近日|日前|此前)?(?:还|也|已经?|均|都|又)*(?:共同|联合|再次|追加)?(?:战略)?(?:领投|跟投|参投|投资|注资|入股|增持)了?(?:[^\x01。；，,]{{0,10}}?(?:公司|企业|厂商|平台))?{{ORG:o}}", "investsIn", 0.85),
    # ... in the past, no event of its own: "美团曾多次投资智谱", "腾讯此前先后投资了X和Y"
    ("zh.invest.16", rf"{{ORG:s}}{ALIAS_ZH}(?:[、和与及]\x01ORG:\d+\x02)*(?:此前|过去|早年)?(?:均|都|也|还)?(?:曾经?|先后|多次|陆续)+(?:共同|联合|多次|先后)?(?:战略)?(?:领投|跟投|参投|投资|注资|入股)(?:过|了)?(?:[^\x01。；，,]{{0,10}}?(?:公司|企业|厂商|平台))?{{ORG:o}}", "investsIn", 0.8),
    # "智谱完成由阿里巴巴领投的融资", "月之暗面获腾讯、阿里巴巴投资", "MiniMax已获得阿里巴巴和腾讯的投资"
    ("zh.invest.3", rf"{{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,8}}?(?:完成|获得?|宣布)[^\x01。；，,]{{0,12}}?由{{ORG:s}}(?:[、和与及]\x01ORG:\d+\x02)*(?:联合)?领投", "investsIn", 0.85),
    ("zh.invest.4", rf"{{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,6}}?获得?[了过]?(?:来自)?{{ORG:s}}(?:[、和与及]\x01ORG:\d+\x02)*(?:的|等)?[^\x01。；，,]{{0,8}}?(?:投资|注资|入股|战略投资)", "investsIn", 0.8),
    ("zh.invest.2", rf"{{ORG:o}}(?!旗下|[：:]\s?[《“\"])(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,30}}?融资[^。；]{{0,20}}?由(?:[^\x01。；，,]{{0,10}}?(?:巨头|公司|集团|基金|资本|机构))?{{ORG:s}}(?:{ALIAS_ZH}[、和与及]\x01[A-Z]+:\d+\x02)*{ALIAS_ZH}(?:联合)?领投", "investsIn", 0.85),
    # "腾讯投资的月之暗面": an investor's portfolio company
    ("zh.invest.5", rf"{{ORG:s}}{ALIAS_ZH}(?:领投|投资|参投|入股|注资)的{{ORG:o}}", "investsIn", 0.75),
    # "X完成5亿美元C轮融资，IDG资本领投，阿里巴巴、腾讯跟投": each investor of each clause
    ("zh.invest.6", rf"{{ORG:o}}(?!旗下|[：:]\s?[《“\"]){ALIAS_ZH}(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,30}}?融资[^\x01。；]{{0,10}}?[，,]\s?{{ORG:s}}(?:[、和与及]\x01ORG:\d+\x02)*等?(?:联合)?(?:领投|跟投|参投)", "investsIn", 0.8),
    ("zh.invest.7", rf"{{ORG:o}}(?!旗下|[：:]\s?[《“\"]){ALIAS_ZH}(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,30}}?融资[^。；]{{0,40}}?(?:领投|跟投|参投)[，,]\s?{{ORG:s}}(?:{ALIAS_ZH}[、和与及]\x01ORG:\d+\x02)*{ALIAS_ZH}等?(?:联合)?(?:领投|跟投|参投)", "investsIn", 0.8),
    # "字节跳动以15亿美元收购了沐瞳科技", "X斥资Y亿元收购Z"
    # "X完成新一轮30亿元融资，投资方包括A、B等"
    ("zh.invest.8", rf"{{ORG:o}}(?!旗下|[：:]\s?[《“\"]){ALIAS_ZH}(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,30}}?融资[^\x01。；]{{0,8}}?[，,]\s?(?:本轮)?(?:投资方|投资者|投资人|投资机构|新股东)(?:包括|为|有)[：:]?{{ORG:s}}", "investsIn", 0.8),
    # "微软持有OpenAI约27%的股份", "Meta还在2025年取得了依视路陆逊梯卡约3%的股权"
    # a majority held makes a parent: "比亚迪持有比亚迪电子约65%的股份"
    ("zh.sub.15", rf"{{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,6}}?(?:持有|控制)(?:其|了)?{{ORG:s}}{ALIAS_ZH}(?:约|近|逾|超过)?(?:[5-9]\d|100)(?:\.\d+)?\s?%的?(?:股份|股权|权益)", "subsidiaryOf", 0.75),
    # shares bought on the market: "平安人寿披露，已于7月31日买入邮储银行H股"
    ("zh.invest.market", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；]{{0,16}}?(?:买入|增持|举牌)了?{{ORG:o}}{ALIAS_ZH}的?(?:H股|A股|港股|股份|股票)", "investsIn", 0.75),
    ("zh.invest.9", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,10}}?(?:持有|取得了?|获得了?|(?P<buy>收购了?|受让了?)|入股)(?:其|了)?{{ORG:o}}{ALIAS_ZH}"
                    rf"(?(buy)(?!(?:约|近|逾|超过)?(?:[5-9]\d|100)(?:\.\d+)?\s?%))(?:约|近|逾|超过)?\d+(?:\.\d+)?\s?%的?(?:股份|股权|权益)", "investsIn", 0.8),  # (control bought is no stake)
    # "美团、阿里巴巴和腾讯都曾参与智谱的早期融资", "北京市人工智能产业投资基金还对智谱进行了增资"
    ("zh.invest.10", rf"{{ORG:s}}{ALIAS_ZH}(?:[、和与及]\x01ORG:\d+\x02{ALIAS_ZH})*(?:都|均|也|亦|还|曾|都曾|均曾)*(?:参与|参投)了?{{ORG:o}}的?[^\x01。；，,]{{0,6}}?(?:融资|基石认购|认购)", "investsIn", 0.75),
    # "高瓴资本向蔚来投资了10亿美元", "软银向OpenAI注资400亿美元"
    ("zh.invest.14", rf"{{ORG:s}}{ALIAS_ZH}(?:[、和与及]\x01ORG:\d+\x02{ALIAS_ZH})*[^\x01。；，,]{{0,12}}?向{{ORG:o}}{ALIAS_ZH}(?:追加|再次|共同|联合|战略)?(?:投资|注资|增资)", "investsIn", 0.8),
    # ... and in a clause after the investor's first: "迪士尼与OpenAI达成授权合作，并向OpenAI投资10亿美元"
    ("zh.invest.and", rf"(?:^|(?<=[，,。；：:\s]))(?:{WHEN_ZH}[，,]?)?{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01(?:ORG|PRODUCT):\d+\x02){{0,30}}?[，,]\s?(?:并|同时|还|此外|另外)(?:宣布|已)?向{{ORG:o}}{ALIAS_ZH}(?:追加|再次|战略)?(?:投资|注资|增资)", "investsIn", 0.75),
    # "星河科技完成了对云帆科技的战略投资"
    ("zh.invest.17", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,8}}?(?:完成|宣布|进行|启动)了?对{{ORG:o}}{ALIAS_ZH}的(?:战略|股权)?(?:投资|注资|增资|入股)", "investsIn", 0.8),
    # "由阿里巴巴支持的月之暗面", "由腾讯和红杉投资的X"
    ("zh.invest.15", rf"由{{ORG:s}}{ALIAS_ZH}(?:[、和与及]\x01ORG:\d+\x02{ALIAS_ZH})*(?:等(?:企业|公司|机构|股东|方))?(?:共同|联合)?(?:支持|投资|注资|出资|孵化|领投|战略投资)的(?:[^\x01。；，,]{{0,8}}?)?{{ORG:o}}", "investsIn", 0.75),
    ("zh.invest.11", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,6}}?对{{ORG:o}}(?:进行了?|完成了?)[^\x01。；，,]{{0,8}}?(?:增资|注资|战略投资|投资)", "investsIn", 0.8),
    # "阿里巴巴和腾讯均为MiniMax上市前的重要股东"
    ("zh.invest.12", rf"{{ORG:s}}{ALIAS_ZH}(?:[、和与及]\x01ORG:\d+\x02{ALIAS_ZH})*(?:都|均|也|同)?(?:为|是)(?:(?:\x01EXCHANGE:\d+\x02)?[^\x01。；，,]{{0,8}}?(?:公司|企业|集团|机构))?{{ORG:o}}(?:[^\x01。；，,]{{0,8}}?)(?:股东|投资方|投资人|投资者)", "investsIn", 0.75),
    # the parents of a joint venture: "长江存储与湖北长晟三期投资发展有限公司共同出资设立长存三期（武汉）集成电路有限责任公司",
    # "世界先进与恩智浦于2024年6月宣布在新加坡合资设立VSMC"
    ("zh.invest.venture", rf"{{ORG:s}}{ALIAS_ZH}(?:(?:[、和与及]|以及)\x01ORG:\d+\x02{ALIAS_ZH})+{COOPERATES_ON_ZH}(?:共同|联合)?(?:出资|合资)(?:设立|成立|组建|创办)了?"
                          rf"(?:一家)?(?:合资公司|新公司)?{{ORG:o}}", "investsIn", 0.8),
    # "作为瑞幸咖啡的控股股东，大钲资本近年来…"
    ("zh.invest.as", rf"作为{{ORG:o}}{ALIAS_ZH}的(?:控股|最大|第一大|主要|重要)?股东[，,]\s?{{ORG:s}}", "investsIn", 0.75),
    # "阿里巴巴已于2024年12月将银泰百货出售给雅戈尔集团", "吉利汽车对极氪的私有化"
    ("zh.acq.3", rf"将{{ORG:o}}{ALIAS_ZH}(?:[^\x01。；，,]{{0,10}}?股份|[^\x01。；，,]{{0,4}}?)(?:出售|转让|卖)给了?{{ORG:s}}", "acquires", 0.8),
    ("zh.acq.4", rf"{{ORG:s}}{ALIAS_ZH}(?:完成了?)?对{{ORG:o}}{ALIAS_ZH}(?:的)?(?:私有化|全资收购|收购|并购)(?!要约|计划|方案|意向)", "acquires", 0.75),
    # "智谱的股东名单里已经有美团、蚂蚁集团和腾讯", "MiniMax的股东则包括阿里巴巴、腾讯和米哈游"
    ("zh.invest.13", rf"{{ORG:o}}{ALIAS_ZH}(?:[，,]\s?)?(?:背后)?的?(?:主要|外部|重要)?(?:股东|投资方|投资人|投资者)(?:名单)?(?:里|中)?(?:已经|还|则|主要|目前)?(?:有|包括|为|是)[：:]?(?:\x01PERSON:\d+\x02的)?{{ORG:s}}", "investsIn", 0.75),
    # a listing's cornerstone investors: "MiniMax登陆港交所，此次IPO引入阿里巴巴、腾讯等多家基石投资者"
    ("zh.invest.18", _LISTING_ZH + rf"(?:引入|引进|获得)了?{{ORG:s}}"
                     rf"(?:{ALIAS_ZH}[、和与及]\x01ORG:\d+\x02)*{ALIAS_ZH}等?[^\x01。；，,]{{0,8}}?基石投资[者方人]", "investsIn", 0.75),
    ("zh.invest.19", _LISTING_ZH + rf"基石投资[者方人](?:包括|为|有)[：:]?{{ORG:s}}", "investsIn", 0.75),
    # passives: "Neeva于2023年被Snowflake收购"
    ("zh.acq.5", rf"{{ORG:o}}{ALIAS_ZH}(?:{WHEN_ZH}|[^\x01。；，,]){{0,8}}?被{{ORG:s}}{ALIAS_ZH}(?:以[^\x01。；，,]{{1,12}}?)?(?:全资)?(?:收购|并购)(?!的)", "acquires", 0.8),  # (not "A以及已被X收购的B")
    # control taken by a transfer of shares: "受让了高鑫零售70%的股权"
    ("zh.acq.transfer", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,10}}?受让了?{{ORG:o}}{ALIAS_ZH}(?:约|近|逾|超过)?(?:5[1-9]|[6-9]\d|100)(?:\.\d+)?\s?%的?(?:股份|股权)", "acquires", 0.8),
    # "晶科能源18.6亿元控股赛拓光电": a company that takes control of another buys it
    ("zh.acq.control", rf"{{ORG:s}}{ALIAS_ZH}(?:以|斥资)?[\d.]+[万亿]+元?(?:人民币|美元|港元)?(?:现金)?控股{{ORG:o}}", "acquires", 0.75),
    ("zh.acq.1", rf"{{ORG:s}}{ALIAS_ZH}(?:宣布|完成|拟)?(?:(?:以|斥资|耗资)[^\x01。；，,]{{1,14}}?)?(?:全资)?(?:收购|并购)了?{{ORG:o}}(?!{ALIAS_ZH}(?:所持|持有的|手中))", "acquires", 0.85),
    # "德弘资本以约131亿港元收购阿里巴巴所持高鑫零售约78.7%的股份": the company whose shares change hands
    ("zh.acq.2", rf"{{ORG:s}}{ALIAS_ZH}(?:宣布|完成|拟)?(?:(?:以|斥资|耗资)[^\x01。；，,]{{1,14}}?)?收购\x01ORG:\d+\x02{ALIAS_ZH}(?:所持|持有的)(?:的)?{{ORG:o}}", "acquires", 0.8),
    # "英伟达以50亿美元认购英特尔普通股，并与英特尔达成…的合作协议": the first clause's subject
    ("zh.partner.10", rf"{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01ORG:\d+\x02){{0,30}}?[，,]\s?(?:并|同时|还|也|已)?(?:与|和|同){{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,20}}?(?:合作|协议)", "partnerOf", 0.7),
    ("zh.partner.1", rf"(?<![与和同跟]){{ORG:s}}{ALIAS_ZH}{BRAND_OR_ITEM_ZH}(?:{WHEN_ZH})?(?:(?:昨日|今日|昨晚|晚间){{0,2}}(?:公告|公告称|宣布)[，,：:]\s?)?{ANNOUNCES_ZH}(?:与|和|同|跟|联合){PARTNER_DESC_ZH}{{ORG:o}}{ALIAS_ZH}(?:[、和及与]\x01ORG:\d+\x02{ALIAS_ZH})*{COOPERATES_ON_ZH}(?:(?:[^\x01。；]|(?<=就)[^\x01。；，,]{{0,20}}\x01PRODUCT:\d+\x02){{0,10}}?(?:达成|签署|签订|宣布|展开|开展|建立|结成)?[^\x01。；]{{0,6}}?合作|(?:正式|再度|再次)?强强联合)", "partnerOf", 0.85),
    # "甲骨文与OpenAI签下为期五年、总额约3000亿美元的算力合同"; "苹果与谷歌于1月12日发布联合声明，宣布达成一项多年期合作"
    ("zh.partner.contract", rf"(?<![与和同跟、]){{ORG:s}}{ALIAS_ZH}{BRAND_OR_ITEM_ZH}(?:{WHEN_ZH})?{ANNOUNCES_ZH}(?:与|和|同|跟){PARTNER_DESC_ZH}{{ORG:o}}{ALIAS_ZH}(?:[、和及与]\x01ORG:\d+\x02{ALIAS_ZH})*(?:{WHEN_ZH})?(?:签下|签署|签订|续签|达成)了?[^\x01。；]{{0,24}}?(?:合同|订单|大单|协议|(?:授权|许可)(?!协议|合同)|(?<!收购|并购|出售|合并)交易)", "partnerOf", 0.8),
    ("zh.partner.joint", rf"(?<![与和同跟]){{ORG:s}}{ALIAS_ZH}(?:与|和|同){{ORG:o}}{ALIAS_ZH}(?:{WHEN_ZH})?[^\x01。；]{{0,8}}?(?:联合声明|共同宣布|联合宣布)[^\x01。；]{{0,16}}?(?:合作|协议)", "partnerOf", 0.8),
    # "A与B联合推出C": both develop C and they are partners
    ("zh.dev.5", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,10}}?(?:与|和|同)\x01ORG:\d+\x02{WHEN_ZH}?(?:在(?:[^\x01。；，,]|\x01(?:ORG|PRODUCT):\d+\x02){{1,16}}?(?:上|中))?(?:宣布|正式|已|将)?(?:联合|共同|一起|合作)(?:推出|发布|研发|开发|打造|开源)了?[^\x01。；，,]{{0,30}}?{{PRODUCT:o}}", "develops", 0.8),
    # ... and the second launcher
    ("zh.dev.5b", rf"\x01ORG:\d+\x02{ALIAS_ZH}[^\x01。；，,]{{0,10}}?(?:与|和|同){{ORG:s}}{WHEN_ZH}?(?:在(?:[^\x01。；，,]|\x01(?:ORG|PRODUCT):\d+\x02){{1,16}}?(?:上|中))?(?:宣布|正式|已|将)?(?:联合|共同|一起|合作)(?:推出|发布|研发|开发|打造|开源)了?[^\x01。；，,]{{0,30}}?{{PRODUCT:o}}", "develops", 0.8),
    ("zh.partner.3", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,10}}?(?:与|和|同){{ORG:o}}{ALIAS_ZH}{WHEN_ZH}?(?:在(?:[^\x01。；，,]|\x01(?:ORG|PRODUCT):\d+\x02){{1,16}}?(?:上|中))?(?:联合|共同)(?:(?:出资|投资)[^\x01。；，,]{{0,8}}?)?(?:推出|研发|开发|打造|开源|成立|创办|组建|设立|展示|亮相|发布(?!的)(?=了|《|[^\x01。；，,]{{0,30}}?\x01PRODUCT)|发布(?!的)(?![^\x01。；，,]{{0,30}}?{REPORT_WORD_ZH})|发起)", "partnerOf", 0.8),
    # "X联合Y发布…", "X与Y共建实验室", "X与Y签署协议"
    ("zh.partner.8", rf"{{ORG:s}}{ALIAS_ZH}{ANNOUNCES_ZH}联合{{ORG:o}}{ALIAS_ZH}(?:共同|一起)?(?:发布|推出|研发|开发|打造|开源|举办|成立)", "partnerOf", 0.8),
    # "A接入B的大模型，双方展开合作": the two parties of the clause before
    ("zh.partner.both", rf"{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01(?:PRODUCT|PERSON):\d+\x02){{0,30}}?{{ORG:o}}{ALIAS_ZH}(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,30}}?[，,]\s?双方(?:已|已经|正式|还|也|此前|随即|同时|并)?(?:在[^\x01，。；]{{1,15}}?)?(?:(?:展开|开展|达成|建立|深化|启动|进行)了?(?:全面|深度|战略|长期|深入)?的?合作|的?合作(?:已|已经)?(?:多年|已久|始于|已有|长达|延续)|(?:宣布)?(?:成立|组建|设立)了?合资公司)", "partnerOf", 0.7),
    # "通过与高通合作，小米…": the clause's subject after
    ("zh.partner.via", rf"(?:通过|借助|依托|凭借)(?:与|和|同){{ORG:o}}{ALIAS_ZH}(?:的)?(?:深度|战略|长期|紧密)?(?:的)?合作[，,]\s?{{ORG:s}}", "partnerOf", 0.75),
    ("zh.partner.9", rf"{{ORG:s}}{ALIAS_ZH}(?:{WHEN_ZH})?{ANNOUNCES_ZH}(?:与|和|同|跟){PARTNER_DESC_ZH}{{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,8}}?(?:共建|共创|共同建设|签约|(?:达成|签署|签订|续签)了?[^\x01。；，,]{{0,16}}?(?:协议|合约|备忘录))", "partnerOf", 0.8),
    # a joint venture or lab: "比亚迪与丰田汽车成立合资公司", "华为与清华大学共建联合实验室"
    ("zh.partner.6", rf"{{ORG:s}}{ALIAS_ZH}{ANNOUNCES_ZH}(?:与|和|同){{ORG:o}}{ALIAS_ZH}(?:[、和及]\x01ORG:\d+\x02{ALIAS_ZH})*(?:[^\x01。；，,]{{0,8}}?(?:成立|组建|设立|共建|揭牌)了?[^\x01。；，,]{{0,6}}?(?:合资|联合(?:实验室|研究院|研究中心|创新中心|创新实验室))|(?:{WHEN_ZH})?(?:宣布)?(?:在(?:[^\x01。；，,]|\x01(?:ORG|LOC|GPE):\d+\x02){{1,8}}?)?(?:共同|联合)?(?:合资|合作)(?:成立|设立|组建|创办|创立|建设|兴建|建厂))", "partnerOf", 0.85),
    # "苹果公司选择阿里巴巴作为其在中国的AI合作伙伴"
    ("zh.partner.7", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,4}}?(?:选择|选定|引入|确定){{ORG:o}}(?:作为|成为|为)其?[^\x01。；，,]{{0,10}}?(?:合作伙伴|供应商|供货商|代工厂|服务商)", "partnerOf", 0.8),
    # one company's product built on another's: "苹果的Siri将全面接入谷歌的Gemini模型", "荣耀手机全面接入阿里通义千问"
    ("zh.partner.integrate", rf"{{ORG:s}}{ALIAS_ZH}的?(?:\x01PRODUCT:\d+\x02|[\u4e00-\u9fff]{{0,4}}?(?:手机|汽车|App|APP|应用|助手|平台))?"
                             rf"[^\x01。；，,]{{0,8}}?(?:接入|集成|引入)了?{{ORG:o}}{ALIAS_ZH}的?\x01PRODUCT:\d+\x02", "partnerOf", 0.7),
    # "微软去年9月宣布在Microsoft 365 Copilot中引入Anthropic的Claude模型": in its own product
    ("zh.partner.into", rf"{{ORG:s}}{ALIAS_ZH}(?:{WHEN_ZH})?(?:宣布|正式|已)?在\x01PRODUCT:\d+\x02(?:[^\x01。；，,]{{0,6}}?)?(?:中|里|内|上)"
                        rf"(?:接入|集成|引入|嵌入|采用)了?{{ORG:o}}{ALIAS_ZH}的?\x01PRODUCT:\d+\x02", "partnerOf", 0.7),
    # "X联手Y", "X与Y联手", "X牵手Y"
    ("zh.partner.4", rf"(?<![与和同跟]){{ORG:s}}{ALIAS_ZH}(?:与|和|同|跟){{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,4}}?(?:联手|牵手|结盟|(?:结成|组成|组建|缔结)了?(?:战略|产业|技术|创新)?联盟)", "partnerOf", 0.8),
    # "X的合作伙伴包括A、B和C": X's partners (each of them; the list's members are not each other's)
    ("zh.partner.11", rf"{{ORG:s}}{ALIAS_ZH}的(?:[^\x01。；，,的]{{0,6}}?)(?:合作伙伴|合作方|合作企业|合作厂商)(?:还|则|已)?(?:包括|包含|涵盖|囊括|有)了?[：:]?{{ORG:o}}", "partnerOf", 0.75),
    # "A、B等企业共同发起成立人工智能产业联盟", "A、B和C组成的合资企业": every two of the founders
    ("zh.partner.group", rf"(?<![与和同跟、]){{ORG:s}}{ALIAS_ZH}、{{ORG:o}}{ALIAS_ZH}(?:[、和及与]\x01ORG:\d+\x02{ALIAS_ZH})*(?:等(?:[^\x01。；，,]{{0,6}}?))?(?:(?:共同|联合)(?:发起|成立|组建|创办|设立|推出|研发|开发|打造)|(?:共同)?组成的(?:合资企业|合资公司|财团|联合体|联盟))", "partnerOf", 0.75),
    ("zh.partner.5", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,4}}?(?:联手|牵手|携手){{ORG:o}}", "partnerOf", 0.8),
    # public bodies acting together: "国家发改委与财政部联合发布…细则", "科技部联合教育部开展…", "根据中国科学院与国家航天局的
    # 联合部署" (both must be public bodies, see relations.PUBLIC_BODIES: a joint report of two firms is no partnership)
    ("zh.partner.gov", rf"(?<![与和同跟]){{ORG:s}}{ALIAS_ZH}(?:、|与|和|同){{ORG:o}}{ALIAS_ZH}(?:[、和与及]\x01ORG:\d+\x02{ALIAS_ZH})*"
     rf"(?:等[^\x01。；，,]{{0,4}}?部门)?{JOINT_ADVERBS_ZH}的?(?:联合|共同|协同){JOINT_ACTS_ZH}", "partnerOf", 0.7),
    ("zh.partner.gov2", rf"{{ORG:s}}{ALIAS_ZH}(?:联合|会同){{ORG:o}}{ALIAS_ZH}(?:[、和与及]\x01ORG:\d+\x02{ALIAS_ZH})*"
     rf"(?:等[^\x01。；，,]{{0,4}}?部门)?{JOINT_ADVERBS_ZH}(?:共同)?{JOINT_ACTS_ZH}", "partnerOf", 0.7),
    # a supply, purchase or licence deal: "甲骨文将向OpenAI提供4.5吉瓦的算力，交易总额约3000亿美元", "OpenAI向亚马逊采购
    # 价值380亿美元的云服务", "CoreWeave获得Meta 140亿美元的算力订单", "英伟达获得Groq的技术授权"
    ("zh.partner.supply", rf"{{ORG:s}}{ALIAS_ZH}(?:将|已|还|也|则|继续|长期|一直|同时|均|都){{0,2}}(?:在[^\x01。；，,]{{1,12}}?)?(?:向|为){{ORG:o}}{ALIAS_ZH}(?:[、和与及]\x01ORG:\d+\x02{ALIAS_ZH})*(?:(?:提供|供应|供货|交付|代工)[^\x01。；]{{0,40}}?(?:交易|合同|协议|订单)|(?:旗下[^\x01。；，,]{{0,8}}?)?(?:供应|供货|代工)(?![商链])|(?:采购|订购|购买)了?(?:价值|总额|总价|金额)?(?:约|超|超过|高达|近|逾)?[\d.]+(?:亿|万))", "partnerOf", 0.7),
    # a licence granted: "三生制药将自研的PD-1/VEGF双抗SSGJ-707的海外权益授予辉瑞", "康方生物的依沃西单抗海外权益早在
    # 2022年就以5亿美元首付款授予了美国公司Summit Therapeutics"
    ("zh.partner.license", rf"{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,40}}?(?:权益|权利|开发权|商业化权|许可)"
                           rf"[^\x01。；，,]{{0,16}}?(?:授予|授权给|许可给|转让给|授出给?)了?(?:[^\x01。；，,]{{0,10}}?(?:公司|集团|药企|[\u4e00-\u9fff]商))?{{ORG:o}}",
     "partnerOf", 0.75),
    # "迪士尼授权OpenAI在Sora中使用其角色": a licence granted to use, make or sell
    ("zh.partner.grant", rf"{{ORG:s}}{ALIAS_ZH}(?:{WHEN_ZH})?(?:正式|已|已经|宣布|还|也)*(?:授权|许可){{ORG:o}}{ALIAS_ZH}(?:在|使用|开发|生产|销售|分销|运营|播出|播放|改编|制造)", "partnerOf", 0.75),
    ("zh.partner.order", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,12}}?(?:获得|拿下|斩获|赢得|收到|承接)了?{{ORG:o}}{ALIAS_ZH}(?:的)?(?:[^\x01。；，,]{{0,20}}?(?:订单|合同|大单)|的?(?:技术|专利)授权)", "partnerOf", 0.7),
    ("zh.partner.deal", rf"(?<![与和同跟]){{ORG:s}}{ALIAS_ZH}(?:与|和|同|跟){{ORG:o}}{ALIAS_ZH}(?:之间)?的[^\x01。；，,]{{0,8}}?(?:合同|协议|订单|供货|供应)(?!商)", "partnerOf", 0.7),
    # ... and a supplier: "京东方是华为Mate X7柔性OLED屏幕的主要供应商", "杉川机器人是iRobot的主要代工商"
    ("zh.partner.2", rf"{{ORG:s}}{ALIAS_ZH}(?:同时|则|也|还|一直|已|长期){{0,2}}(?:以[^\x01。；，,]{{1,12}}?)?(?:是|为|成为|作为){{ORG:o}}{ALIAS_ZH}(?:[、和与及]\x01ORG:\d+\x02{ALIAS_ZH})*的?"
                     rf"(?:[^\x01。；，,]|\x01PRODUCT:\d+\x02){{0,16}}?(?:合作伙伴|供应商|供货商|代工厂|代工商|代工方|供应方|供货方)", "partnerOf", 0.8),
    # "华勤技术、龙旗科技均已进入联想AI PC的ODM供应商名单" (each supplier, not partners of each other)
    ("zh.partner.list", rf"{{ORG:s}}{ALIAS_ZH}(?:均|都|也|已|还|则|先后|相继){{0,2}}(?:进入|入选|成为|跻身|纳入|加入)了?{{ORG:o}}{ALIAS_ZH}的?"
                        rf"(?:[^\x01。；，,]|\x01PRODUCT:\d+\x02){{0,16}}?(?:供应商|供货商|代工厂|代工商|合作伙伴)(?:名单|名录|体系|阵营|之一)", "partnerOf", 0.75),
    # "华声智联登陆深交所创业板，募资12亿元，其前两大客户为小米和漫步者"
    ("zh.partner.clients", rf"(?:^|(?<=[，,]))[^\x01。；，,]{{0,16}}?{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01(?:PRODUCT|EXCHANGE):\d+\x02){{0,60}}?[，,]\s?其(?:前[一二三四五两]大|主要|最大的?|核心|第一大)客户(?:为|是|包括|有)了?{{ORG:o}}", "partnerOf", 0.7),
    ("zh.compete.1", rf"(?<![与和同跟])(?<!来自){{ORG:s}}{ALIAS_ZH}(?:已经?|正|正在|也|还|再次|持续|则|直接|正面|一直|仍在|仍|长期)?(?:与|和|同){{ORG:o}}{ALIAS_ZH}(?:(?:[、和及与]|以及)\x01ORG:\d+\x02{ALIAS_ZH})*(?!等(?:主要|直接|国内|海外)?(?:竞争对手|对手|竞品)|[^\x01。；，,]{{0,6}}的(?:竞争对手|对手))(?:之间)?的?(?:[^\x01。；，,列]|(?<=围绕)\x01[A-Z]+:\d+\x02){{0,24}}?(?:竞争|正面交锋|交锋|短兵相接|贴身肉搏|肉搏|硬碰硬|掰手腕|打擂|争夺|较量|角逐|抗衡|激战|鏖战|厮杀|对垒|缠斗|混战|PK|价格战|大战|新品竞赛)", "competesWith", 0.8),
    # "Google对决Bing" ("X vs Y" may only compare them)
    ("zh.compete.3", rf"{{ORG:s}}{ALIAS_ZH} ?(?:对决|对阵) ?{{ORG:o}}", "competesWith", 0.75),
    # "SIMIT vs Neuralink vs UCSF", "诺和诺德（老牌霸主） vs 礼来（性能怪兽）": every two of them
    ("zh.compete.vs", rf"{{ORG:s}}{VS_NOTE}{VS}{VS_FIGURES}(?={{ORG:o}}(?![^。；]{{0,12}}?(?:两队|交战|比分|主胜|客胜|赔率|战平|进球)))", "competesWith", 0.7),  # (not a match: "那不勒斯队vs锡耶纳队两队…交战")
    ("zh.compete.vs2", rf"{{ORG:s}}{VS_NOTE}{VS}\x01ORG:\d+\x02{VS_NOTE}{VS}{VS_FIGURES}{{ORG:o}}", "competesWith", 0.7),
    # "小米叫板苹果", "字节跳动完成了对百度、月之暗面的全面反超": a rival overtaken or challenged
    ("zh.compete.4", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,8}}?(?:叫板|宣战|狙击|围剿|反超|赶超|超越|追赶|剑指|硬刚|PK|挑战(?!者)|(?<![可能以堪])(?<!可“)(?<!可\")对标)了?{{ORG:o}}(?![\u4e00-\u9fff]{{0,6}}?(?:市场|赛道|领域)(?:[，,。；]|$))", "competesWith", 0.7),
    # "OpenAI推出Sora以对抗谷歌的Veo": what a company does to fight another
    ("zh.compete.counter", rf"{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；，,]|\x01PRODUCT:\d+\x02){{0,24}}?(?:以|来|用以|意在|旨在)(?:对抗|抗衡|狙击|阻击|反击|追赶)了?{{ORG:o}}", "competesWith", 0.7),
    # "蔚来面临来自理想汽车和小鹏汽车的竞争压力", "京东向美团发起挑战"
    ("zh.compete.15", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,6}}?(?:面临|面对|受到|遭遇|迎来)(?:了|着)?(?:来自)?{{ORG:o}}{ALIAS_ZH}(?:[、和及与]\x01ORG:\d+\x02{ALIAS_ZH})*(?:等)?的?[^\x01。；，,]{{0,6}}?(?:竞争|挑战|冲击|围剿)", "competesWith", 0.7),
    ("zh.compete.16", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,6}}?(?:向|对){{ORG:o}}{ALIAS_ZH}(?:[、和及与]\x01ORG:\d+\x02{ALIAS_ZH})*(?:正式|全面)?(?:发起|发出)了?[^\x01。；，,]{{0,4}}?(?:挑战|进攻|攻势|价格战|冲击)", "competesWith", 0.7),
    # "与英伟达竞争的华为推出了…": a rival described
    ("zh.compete.17", rf"(?:与|和|同){{ORG:o}}{ALIAS_ZH}(?:[、和及与]\x01ORG:\d+\x02{ALIAS_ZH})*(?:正面|直接)?(?:竞争|抗衡)的{{ORG:s}}", "competesWith", 0.7),
    # "DeepSeek的出现对OpenAI构成了巨大挑战"
    ("zh.compete.13", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,8}}?对{{ORG:o}}{ALIAS_ZH}[^\x01。；，,]{{0,8}}?(?:构成|形成|带来)了?[^\x01。；，,]{{0,6}}?(?:挑战|威胁|冲击|压力)", "competesWith", 0.7),
    # "阿里、腾讯、字节形成三足鼎立格局": every two of the list
    ("zh.compete.14", rf"(?<![与和同跟、]){{ORG:s}}{ALIAS_ZH}[、和与及]{{ORG:o}}{ALIAS_ZH}(?:[、和及与]\x01ORG:\d+\x02{ALIAS_ZH})*(?:[^\x01。；，,]{{0,12}}?(?:三足鼎立|鼎立|争霸|双雄|两强|三强|群雄|双寡头|双巨头|寡头垄断)|的(?:新一轮|新一场|正面|直接|激烈)?(?:角逐|之争|混战|大战|竞赛|较量))", "competesWith", 0.7),
    # a rival as others see it: "TOP TOY被视为泡泡玛特最直接的竞争对手", "凯莱英和康龙化成都把药明康德视为最直接的竞争对手",
    # "垣信卫星将SpaceX的星链视为最主要的竞争对手"
    ("zh.compete.seen", rf"{{ORG:s}}{ALIAS_ZH}(?:[、和与及]\x01ORG:\d+\x02{ALIAS_ZH})*[^\x01。；，,]{{0,6}}?(?:把|将){{ORG:o}}{ALIAS_ZH}(?:的\x01PRODUCT:\d+\x02{ALIAS_ZH})?视为"
                         rf"{_RIVAL_DEGREE_ZH}", "competesWith", 0.75),
    ("zh.compete.seenby", rf"{{ORG:s}}{ALIAS_ZH}(?:一直|也|则|已)?被视为{{ORG:o}}{ALIAS_ZH}的?{_RIVAL_DEGREE_ZH}", "competesWith", 0.75),
    ("zh.compete.5", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；]{{0,16}}?对{{ORG:o}}(?:\x01[A-Z]+:\d+\x02|[、和及与（()）])*的?(?:全面|正式|直接)?(?:反超|超越|围剿|狙击|宣战|追赶)", "competesWith", 0.7),
    # "腾讯已将枪口对准了字节跳动", "华为是英伟达在中国非常强大的竞争对手", "壁仞科技将英伟达和AMD列为主要竞争对手"
    ("zh.compete.7", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,6}}?将(?:枪口|矛头|目标)对准了?{{ORG:o}}", "competesWith", 0.75),
    ("zh.compete.8", rf"{{ORG:s}}{ALIAS_ZH}(?:则|也|仍|一直|已)?(?:是|为|成为|已成为){{ORG:o}}{ALIAS_ZH}(?:在(?:[^\x01。；，,]|\x01[A-Z]+:\d+\x02){{1,12}}?(?:领域|市场|赛道|业务|方面))?[^\x01。；，,]{{0,16}}?(?:竞争对手|对手|劲敌|宿敌|死敌)", "competesWith", 0.75),
    ("zh.compete.9", rf"{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01(?:PRODUCT|PERSON):\d+\x02){{0,30}}?(?:将|把|视){{ORG:o}}(?:{ALIAS_ZH}[、和及与]\x01ORG:\d+\x02)*{ALIAS_ZH}(?:列为|视为|称为|看作|当作|为)[^\x01。；，,]{{0,12}}?(?:竞争对手|对手|劲敌)", "competesWith", 0.75),
    # products set against each other are their makers' rivalry: "字节跳动的豆包与阿里巴巴的通义千问展开激烈角逐"
    ("zh.compete.19", rf"(?<![与和同跟]){{ORG:s}}{ALIAS_ZH}的?\x01PRODUCT:\d+\x02{ALIAS_ZH}(?:与|和|同){{ORG:o}}{ALIAS_ZH}的?\x01PRODUCT:\d+\x02{ALIAS_ZH}(?:之间)?的?[^\x01。；，,]{{0,12}}?(?:竞争|正面交锋|交锋|短兵相接|争夺|较量|角逐|抗衡|激战|鏖战|厮杀|对垒|PK)", "competesWith", 0.65),
    # "京东推出外卖服务，直接挑战美团": the clause before's company takes it on
    ("zh.compete.18", rf"{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,30}}?[，,]\s?(?:以|旨在|意在|试图|意图)?(?:直接|正面|公开)?(?:挑战|叫板|狙击|围剿|对抗|对标(?:的是)?|剑指)(?:了)?(?:[^\x01。；，,]{{1,6}}?(?:公司|企业|巨头))?"
                      rf"{{ORG:o}}(?![\x01]|的?(?:地位|霸主|垄断)|[\u4e00-\u9fff]{{0,6}}?(?:市场|赛道|领域)(?:[，,。；]|$))", "competesWith", 0.7),
    # "小米则以小米平板8 Pro抢夺华为在3000元价位段的市场", "剑指微软在企业办公市场的地位", "正式杀入影石最核心的市场"
    ("zh.compete.grab", rf"(?:^|(?<=[，,。；：:\s]))(?![^\x01]{{0,2}}旗下){{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,50}}?(?:抢夺|蚕食|瓜分|抢占|切入|杀入|剑指|对标|分食)了?{{ORG:o}}"
                        rf"(?:[、和及与]\x01ORG:\d+\x02)*(?:在[^\x01。；，,]{{1,12}}?|[^\x01。；，,]{{0,6}}?)的[^\x01。；，,]{{0,10}}?(?:市场|用户|份额|基本盘|腹地|地盘|客户|蛋糕|地位|核心业务)", "competesWith", 0.7),
    # "阿里巴巴11月17日正式上线千问App，在AI助手市场与字节跳动、OpenAI正面竞争", "…拉开与竞争对手星巴克的差距"
    ("zh.compete.10", rf"{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01(?:PRODUCT|PERSON):\d+\x02){{0,40}}?[，,]\s?(?:(?:目前|如今|正|也|则|还)?在[^\x01。；，,]{{1,12}}?)?(?:与|和|同){{ORG:o}}(?:[、和及与]\x01ORG:\d+\x02)*(?:的?\x01PRODUCT:\d+\x02(?:系列)?)?(?:在[^\x01。；，,]{{1,12}}?)?(?:[^\x01。；，,]{{0,6}}?)(?:正面|直接|激烈)(?:竞争|交锋|角逐|抗衡)", "competesWith", 0.7),
    # "高通正凭借自家的骁龙X2 Elite在高端轻薄本市场与英特尔、AMD争夺份额" (the clause's subject)
    ("zh.compete.12", rf"(?:^|(?<=[，,。；：:])){{ORG:s}}{ALIAS_ZH}(?:[^\x01。；，,]|\x01PRODUCT:\d+\x02){{0,30}}?(?:与|和|同){{ORG:o}}(?:[、和及与]\x01ORG:\d+\x02)*[^\x01。；，,]{{0,6}}?(?:争夺|抢夺)", "competesWith", 0.7),
    ("zh.compete.11", rf"{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,80}}?(?:与|和|同|对|诉|起诉|状告)(?:主要|最大|直接)?竞争对手{{ORG:o}}", "competesWith", 0.7),
    # "作为在非洲手机市场短兵相接的竞争对手，传音控股与华为此前已多次对簿公堂"
    ("zh.compete.6b", rf"作为(?:[^\x01。；，,]|\x01PRODUCT:\d+\x02){{0,20}}?(?:竞争对手|对手|劲敌|宿敌)[，,]\s?{{ORG:s}}{ALIAS_ZH}(?:与|和|同){{ORG:o}}", "competesWith", 0.7),
    # "阿里云在国内云市场继续领先于华为云和腾讯云等竞争对手"
    ("zh.compete.lead", rf"{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,30}}?(?:领先于?|超过|超越|击败|压过)了?{{ORG:o}}(?:{ALIAS_ZH}[、和及与]\x01ORG:\d+\x02)*{ALIAS_ZH}等(?:主要|直接|国内|海外)?(?:竞争对手|对手|竞品)", "competesWith", 0.7),
    # "OpenAI推出AI浏览器ChatGPT Atlas，正式向谷歌Chrome发起挑战"
    ("zh.compete.16b", rf"{{ORG:s}}{ALIAS_ZH}(?:[^\x01。；]|\x01PRODUCT:\d+\x02){{0,30}}?[，,]\s?(?:正式|直接|全面|公开)?(?:向|对){{ORG:o}}{ALIAS_ZH}(?:的?\x01PRODUCT:\d+\x02)?(?:正式|全面|直接)?(?:发起|发出)了?[^\x01。；，,]{{0,4}}?(?:挑战|进攻|攻势|价格战|冲击)", "competesWith", 0.7),
    ("zh.compete.2", rf"{{ORG:s}}{ALIAS_ZH}(?:在(?:(?:[^\x01。；，,]|\x01PRODUCT:\d+\x02){{1,16}}?(?:领域|市场|赛道|业务|方面)|[^\x01。；，,的]{{1,6}}(?=的)))?的?(?:最|更)?(?:主要|最大|直接|头号|核心|老|强劲)?的?(?:竞争对手|竞品|对手)(?:之一)?(?:仍|依然|一直|还|也|则|主要|目前|则主要)?(?:包括|有|如|是|为|[^\x01。；，,]{{0,6}}?变成了?)?{_RIVAL_NOTE_ZH}{{ORG:o}}(?!{ALIAS_ZH}旗下|{ALIAS_ZH}的子)", "competesWith", 0.8),
    # "腾讯在开放世界赛道与米哈游正面竞争"
    ("zh.compete.in", rf"(?<![与和同跟]){{ORG:s}}{ALIAS_ZH}(?:则|正|也|还|已)?在[^\x01。；，,]{{1,12}}?(?:领域|市场|赛道|业务|方面|价位段|场景)(?:与|和|同){{ORG:o}}(?:[、和及与]\x01ORG:\d+\x02)*(?:正面|直接|激烈)?(?:竞争|交锋|角逐|抗衡|较量)", "competesWith", 0.75),
    # "作为DeepSeek在国内的主要竞争对手之一，由杨植麟创立的月之暗面近日推出…"
    ("zh.compete.6", rf"作为{{ORG:o}}(?:[^\x01。；，,]|\x01PRODUCT:\d+\x02){{0,16}}?(?:竞争对手|对手)(?:之一)?[，,](?:[^\x01。；，,]|\x01PERSON:\d+\x02){{0,20}}?{{ORG:s}}", "competesWith", 0.7),
    # "科伦博泰是科伦药业的控股子公司，于2023年7月在港交所上市": the sentence's subject lists, not its parent
    ("zh.list.6", rf"{{ORG:s}}{ALIAS_ZH}(?:是|为|系)\x01ORG:\d+\x02(?:的|旗下的?)[^\x01。；]{{0,16}}?[，,][^\x01。；]{{0,12}}?(?:于|在|登陆){{EXCHANGE:o}}[^\x01。；，,]{{0,8}}?上市", "listedOn", 0.8),
    ("zh.list.1", rf"(?<!品牌)(?<!品牌“)(?<!品牌「)(?<!品牌\")(?<!旗下){{ORG:s}}(?!{ALIAS_ZH}(?:的(?:控股|全资)?子公司|旗下)){ALIAS_ZH}{GAP_ZH}(?:于|在|登陆|登录|赴|成为){{EXCHANGE:o}}{_EXCHANGES_ZH}(?:主板)?(?:(?:正式)?挂牌(?:上市|交易)?|上市)(?!的[^\x01。；，,]{{0,10}}?\x01ORG)", "listedOn", 0.9),  # (not "X的竞争对手包括已在港交所上市的Y")
    ("zh.list.3", rf"{{ORG:s}}(?:是|为|系|作为)[^\x01。；]{{0,6}}?{{EXCHANGE:o}}(?:(?:、|和|及|与|以及)\x01EXCHANGE:\d+\x02)*[^\x01。；]{{0,3}}?上市的?(?:公司|企业)(?!\x01ORG)", "listedOn", 0.85),  # (not "X是纳斯达克上市公司Maxeon的控股股东")
    # "中通快递于2016年10月在纽交所上市，募资14亿美元，2020年9月又在港交所完成二次上市": each exchange
    ("zh.list.again", rf"{{ORG:s}}{ALIAS_ZH}{GAP_ZH}(?:于|在|登陆|登录)\x01EXCHANGE:\d+\x02[^\x01。；]{{0,30}}?[，,][^\x01。；，,]{{0,14}}?(?:又|再|随后|并|还)?(?:于|在|登陆|登录|赴)?{{EXCHANGE:o}}(?:主板)?(?:完成|实现)?(?:(?:二次|双重|第二)?(?:上市|挂牌)|(?<=主板)[，,。；])", "listedOn", 0.8),
    ("zh.list.2", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；]{{0,12}}?(?:登陆|登录|挂牌){{EXCHANGE:o}}", "listedOn", 0.85),
    ("zh.list.4", rf"(?:在|于)?{{EXCHANGE:o}}{_EXCHANGES_ZH}(?:主板)?(?:挂牌)?上市的(?:[^\x01。；，,]{{0,8}}?(?:公司|企业))?{{ORG:s}}", "listedOn", 0.85),
    # "顺丰控股成为在深交所和港交所两地上市的物流企业"
    ("zh.list.both", rf"{{ORG:s}}{ALIAS_ZH}[^\x01。；，,]{{0,8}}?(?:是|为|成为)在{{EXCHANGE:o}}{_EXCHANGES_ZH}(?:主板)?(?:挂牌)?上市的", "listedOn", 0.85),
    # "港股上市公司泡泡玛特", "北交所上市公司贝特瑞"
    # a bullet's label and its description: "- **金山办公：** 这家科创板上市公司拥有…", "- **汉王科技：** 深交所上市公司，…"
    ("zh.list.label", rf"^[-*•·]?\s?\*{{0,2}}{{ORG:s}}{ALIAS_ZH}\*{{0,2}}[：:]\*{{0,2}}\s?(?:这家|该|一家|作为)?(?:在)?{{EXCHANGE:o}}(?:主板)?上市(?:公司|企业|的)", "listedOn", 0.8),
    # "作为网易旗下、在港交所上市的音乐平台，网易云音乐…": what the subject is, told before it
    ("zh.list.as", rf"作为(?:[^\x01。；，,]|\x01ORG:\d+\x02){{0,12}}?(?:在|于){{EXCHANGE:o}}(?:主板)?(?:挂牌)?上市的[^\x01。；，,]{{0,16}}?(?:公司|平台|品牌|企业|机构)[，,]\s?{{ORG:s}}", "listedOn", 0.8),
    ("zh.list.5", rf"{{EXCHANGE:o}}(?:主板)?上市(?:公司|企业){{ORG:s}}", "listedOn", 0.85),
]
