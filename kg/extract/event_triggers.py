"""The trigger words of each event type, in Chinese and English.

:mod:`kg.extract.events` finds them in a sentence and then decides, from what stands around each,
whether it states an event and who takes part.  English triggers are whole words, matched without
regard to case.
"""
from __future__ import annotations

import re

# Buying goods or capacity by the amount is no acquisition: "agreed to buy $30 billion of computing
# capacity from Oracle", "bought 10,000 GPUs" (but "bought 51% of X" is)
_BUYS_GOODS = r"(?! (?:up to |about |around |roughly |nearly |more than |some )?(?:US)?(?:[$€£¥]|\d[\d.,]*+(?! ?%| percent)))"

# the verbs of signing an agreement ("与Y签署…协议"); events.py and zh_names.py read them too
SIGNS_ZH = r"签署|签订|签下|达成|签约"
# ... and a signed agreement of any kind right after a party ("签署协议", "签订供应合同"): latin_zh and zh_names type
# the party by it
SIGNS_AGREEMENT_ZH = r"(?:" + SIGNS_ZH + r")了?[^。；，、\x01]{0,16}?(?:协议|合同|备忘录)"

_SIGNS_EN = r"(?:signed|signs|sign|signing|entered into|enters into|enter into|struck|strikes|inked|inks|reached|reaches)"
_DEAL_EN = r"(?:agreement|deal|contract|memorandum of understanding|MoU|pact)"
_NOT_PARTNER_DEAL = (r"(?:acquisition|acquire|merger|merge|purchase|buy|buyout|takeover|sale|sell|settlement|settle|loan|"
                     r"credit|financing|investment|invest|definitive|employment|plea|trade)\b")

# type -> (Chinese triggers, English triggers); English ones are whole-word, case-insensitive.
TRIGGERS = {
    # "上市公司" is a listed company (unless one "becomes" one), "获批上市" a drug's approval,
    # "上市药物" a drug on the market: no IPO
    "Listing": (r"(?<!获批|批准|全面)(?<!车型|新车|机型|新品|产品|手机|该车|该款)(?<!》)上市(?![^后首当以时前\W\d][\u4e00-\u9fff]{1,3}(?:公司|企业))(?!申请|辅导|公司|企业|许可|进程|计划|之路|准备|前夜|前|长跑|时间|价格|售价|药|新药|产品|新品|车型|机型|品种|[\u4e00-\u9fff]?企|银行|券商|房企|\d+小时|\d+天)|成为[^，。；\x01]{0,8}?上市(?:公司|企业)|挂牌(?!开业|成立|营业|运营|仪式)|(?<![Pp]re-)(?<!某)IPO(?!申请|辅导|招股|计划|前夜|进程|项目|审核|审批|排队|受理|问询|申报|获批|注册|被否|终止|暂停)|敲锣|(?:登陆|登录)(?=[^，。；\x01]{0,4}?(?:港交所|纳斯达克|纽交所|科创板|创业板|北交所|上交所|深交所|主板|A股|港股|美股|资本市场))", r"(?<!pre-)(?<!planned )(?<!proposed )(?<!potential )(?<!possible )IPO(?! (?:tutoring|application|filing|prospectus|plans?))|"
                                   r"(?<!is )(?<!are )(?<!remains )listed on|(?<!ending its )(?<!end its )(?<!ended its )listing on|(?<=completed a )(?:secondary |dual |primary )?listing in (?=Hong Kong|Shanghai|Shenzhen|New York|London|Singapore)|went public|goes public|debuted on|debuted in (?=Hong Kong|Shanghai|Shenzhen|New York|London|Singapore)|(?<!planned )(?<!proposed )(?<!potential )initial public offering|"
                                   r"(?:made|makes) (?:its |their |a )?(?:(?:[A-Z][\w-]+ ){0,2}(?:trading|stock market|market|public|share) debut|debut "
                                   r"(?=(?:on|in) (?:the )?(?-i:Nasdaq|NYSE|New York|Hong Kong|Shanghai|Shenzhen|STAR|London|"
                                   r"Singapore|[A-Z][\w ]{0,30}(?:Exchange|Market))|(?:on|in) the same (?:bourse|exchange|board)))|"
                                   r"(?:its|their) (?:[\w-]+ ){0,2}(?:trading|stock market|market|share|Hong Kong|Nasdaq|"
                                   r"NYSE|New York|Shanghai|Shenzhen|STAR Market|(?-i:[A-Z][\w ]{0,30}Stock Exchange)) debut|"
                                   r"(?<!is )(?<!are )listed in (?=Hong Kong|Shanghai|Shenzhen|New York|London|Singapore)|"
                                   # "rose 8% in its debut on the Hong Kong Stock Exchange", "on their first day of trading on"
                                   r"(?:its|their) (?:debut|first day of trading|first trading day)(?= (?:on|in) (?:the )?(?:[A-Z][a-z]+(?:'s|’s) )?"
                                   r"(?-i:Nasdaq|NYSE|New York|Hong Kong|Shanghai|Shenzhen|STAR|London|Singapore|[A-Z][\w ]{0,30}(?:Exchange|Market)))|"
                                   r"(?:began|started) trading (?=on (?:the )?(?-i:Nasdaq|NYSE|New York|Hong Kong|Shanghai|Shenzhen|STAR|[A-Z][\w ]{0,30}(?:Exchange|Market)))"),
    "Funding": (r"(?:完成|获得|宣布|获)(?![^。；，]{0,15}?(?:债券|发债|贷款|授信))[^。；，]{0,15}?融资|(?:完成|宣布)[^。；，]{0,12}?(?:新股配售|配售新股|配售|定向增发|定增)|(?<!债券)(?<!发债)(?<!贷款)融资(?=[超近逾约]?\d)|[A-K]\+?轮|天使轮|领投|跟投|募资|募集资金|(?<!进)入股|注资|增资|战略投资(?![部处室]|中心)|认购(?=[^，。；]{0,20}?(?:股|份额))", r"funding round|raised(?! on\b| in\b| by\b| concerns?\b| questions?\b| doubts?\b| prices?\b| rates?\b| (?:its|the|their) (?:\w+ )?(?:forecast|outlook|guidance|prices?|rates?|target|estimates?|limit|ceiling|bid|offer)\b)|financing round|series [A-K]\+?|led the round|fundraising|"
                r"raises [$€£¥][\d.,]+ ?(?:billion|million|bn|mn|m)\b(?! in (?:its |a |an |the )?(?:[\w-]+ ){0,3}?(?:IPO|initial public offering|listing))|(?:closes|closed|secures|secured|lands|landed|raises|bags|completes|completed) (?:an? |its )?[$€£¥]?[\d.,]+ ?(?:billion|million|bn|mn|m)? (?:[\w-]+ ){0,2}?(?:round|raise)\b"),
    "Acquisition": (r"收购(?!基金|贷款)|并购(?!重组|基金|贷款)|受让(?=[^。；，\x01]{0,20}?(?:股权|股份))|取得[^。；，\x01]{0,20}?控制权", r"acquired|acquires|acquisition of|takeover of|(?:(?<=\bits )|(?<=\bits \$)|(?<= billion )|(?<= million )|(?<=\dbn )|(?<=\dm ))purchase of|bought(?! (?:itself|themselves|time))" + _BUYS_GOODS
                    + r"|buyout of|agreed (?:on \w+ )?to buy" + _BUYS_GOODS + r"|agreed (?:on \w+ )?to acquire|took over(?! as)|snapped up|snaps up|scooped up|take-private of|"
                    r"(?:completes|completed|closes|closed) (?:its |the )?(?:[\w.&'-]+ ){0,3}?(?:takeover|acquisition|purchase|buyout)\b(?! of)"),
    "Merger": (r"(?<!吸收)合并(?!营收|收入|报表|净利|利润|营业|经营|毛利|现金|财务|口径|计算|范围|资产负债)|兼并|吸收合并", r"merger|merged with|merge with|agreed (?:on \w+ )?to merge|(?:has |have )?merged"),
    "Resignation": (r"(?:宣布|已经?|正式|决定|选择)离开(?=[A-Za-z]|[\u4e00-\u9fff]{2,10}?(?:创业|后|[，。；]|并|加入|转投|自立门户))|辞职|辞去|辞任|卸任|离任|请辞|离职|退休(?!干部|教师|老师|职工|人员|员工|工人|金|年龄|待遇|老人|医生|军人|生活|前|后|的|老干部)|不再担任(?=[^，。；]{0,12}?(?:官|总裁|董事长|主席|CEO|负责人|总经理|职务))|(?:解雇|免去|罢免)(?=[^，。；]{0,12}?(?:官|总裁|董事长|主席|CEO|负责人))", r"resigns|resigned|resignation|steps down|stepped down|left the company|"
                    r"(?:has |had )?(?:left|quit)(?= (?-i:[A-Z])[\w.&-]+(?: (?-i:[A-Z])[\w.&-]+){0,2}(?: (?:in|on|last|after|to|for|this|earlier)\b|[,.;]))|"
                    r"(?:dismissed|fired|ousted|sacked)(?= (?:its |the )?(?:chief executive|CEO|chairman|president|chief)\b)|"
                    r"(?<!\ba )(?<!\ban )(?<!\bthe )retired(?! (?:\d+|the|his|their|all|every|\w+ straight)\b| (?-i:[A-Z])| [a-z]+ (?:officer|general|judge|teacher|placekicker|player|executive|banker|professor)s?\b)|retires|(?:is|are) stepping down|quit|quits|was ousted|were ousted|was fired"),
    # (a hire with its post: "加入腾讯，任首席AI科学家", "挖走了苹果的…负责人")
    "Appointment": (r"任命|(?<=董事会)选举(?=[^，。；]{1,10}?为)|获委任|获任|出任|接任|接替|接棒|(?<=[\u4e00-\u9fff])(?<!直)接管(?!理|和|了?[^，。；]{0,3}(?:任务|工作|操作|控制))(?=[\u4e00-\u9fffA-Za-z])|当选|履新|升任|晋升为|聘请|聘任|委任|挖走|挖来|招揽|延揽|加盟(?=[，,。；])|(?:(?<=正式|已经|近日|日前)|(?<=已)|(?<=\d年|\d月|\d日))加盟(?=[^，。；]{1,20}?(?:[，,。；]|$))|(?:(?<=正式|已经|近日|日前)|(?<=已))加入(?=[^，。；]{1,20}?(?:[。；]|$))|加入(?=[^，。；]{1,20}[，,]\s?(?:负责|领导|主管|带领|执掌|出任|担任))|(?<!目前)(?<!同时)(?<!一直)(?<!现在)(?<![现仍还并亦也])兼任(?=[^，。；]{0,16}?(?:官|师|家|长|总裁|总监|主管|负责人|经理|CEO|CTO|CFO|COO))|(?<!自)上任(?!以来|后|之初|以后)|"
                    r"(?<=[，,])\s?任(?=[^，。；]{0,12}?(?:官|师|家|长|总裁|总监|主管|负责人|CEO|CTO|CFO|COO))", r"(?<!self-)appointed|appoints|named as|named the new|takes office as|took office as|names(?= (?-i:[A-Z])[\w.\'-]+(?: (?-i:[A-Z])[\w.\'-]+){1,3},? (?:as )?(?:its |new |the )?(?:[\w-]+ ){0,3}?(?:chief|CEO|CFO|CTO|COO|president|chair|chairman|head|director)\b)|takes over as|took over as|taken over as|hired|hires|(?:to )?join(?:ed|s)?(?= (?-i:[A-Z])[\w.&-]*(?: (?-i:[A-Z])[\w.&-]*){0,3}(?: in (?-i:[A-Z])[a-z]+| last (?:month|year|week))? as (?:a |an |the |its )?(?:new )?(?:vice president|president|chief|head|CEO|CFO|CTO|COO|chairman|director|partner|senior))|"
                    r"became(?= (?:the )?(?:[\w.&-]+(?:'s|’s) |(?:(?-i:[A-Z])[\w.&-]* ){1,3})?(?:new |next |interim |first )?(?:CEO|chief executive|chairman|chairwoman|president)\b)|"
                    # "whose CEO Mike Doustdar took over in August" (when, not what: "took over Twitter")
                    r"(?<=\w )took over(?=,? (?:in|on|last|this|earlier|at the start of) )|"
                    r"named(?= (?-i:[A-Z])[\w.-]+(?: (?:(?-i:[A-Z])[\w.-]+|de|da|di|van|von|le|la|bin|al)){0,3}(?:, [^,.;]{1,80},)?,? (?:as|to be|to succeed)\b)|"
                    # ... or right before the post: "Pfizer on Monday named Chris Boshoff its chief scientific officer"
                    r"(?:named|(?-i:Names))(?= (?-i:[A-Z])[\w.-]+(?: (?-i:[A-Z])[\w.-]+){1,2} (?:its |the company's |the bank's |the group's )?(?:new |next |interim )?"
                    r"(?:chief [a-z]+(?: [a-z]+)? officer|chief executive|CEO|CFO|COO|CTO|chair(?:man|woman)?|president|head of)\b)|"
                    # a person taken on or moved up: "poached Ruoming Pang from Apple", "tapped X to lead", "promoted
                    # X to vice chair", "took the helm of", "succeeded Steve Ballmer as CEO"
                    r"(?:poached|poaches|lured|recruited|recruits|tapped|taps|promoted|promotes|elevated|brought in|rehired|rehires)(?= (?-i:[A-Z])[\w.-]+ (?-i:[A-Z]))|"
                    # "Jason Droege … was named interim CEO", "had been named chief scientist of"
                    r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\b(?:has|had) been ))named(?= (?:as )?(?:the |its )?(?:new |interim |acting )?"
                    r"(?:chief|CEO|CFO|COO|CTO|president|chair|head)\b)|"
                    r"(?:was|has been) (?:elevated|promoted|appointed|named) to(?= (?:the )?(?:post|role|position|job) of| (?:\w+ ){0,2}(?:chief|CEO|chair|president|head)\b)|"
                    r"(?:took|takes|taking) the helm|(?:succeeded|succeeds|replaced|replaces)(?= (?-i:[A-Z])[^.;]{1,40}? as\b)"),
    # "召回率", "完美的召回": retrieval, not a product recall
    "Recall": (r"(?<!的)召回(?!率|算法|模型|阶段|策略)|主动回收|回收(?=一款|一批|部分|该款|共计|约\d|\d)", r"recalls|recalled(?! (?:that|how|when|what|his|her|its|their|the day)\b| (?:\w+ )?(?:ambassadors?|envoys?|diplomats?|consuls?)\b)|(?:is|are|was|were) recalling|recall of"),
    "ProductLaunch": (r"发布(?!会|到|至|日期|时间)|推出(?!日期|时间)|上线|亮相|开售|官宣(?![^，。；]{0,4}(?:合作|与|和|结婚|离))|(?:开启|开放|启动)(?:内测|公测)|(?<=上)带来了?|(?:全球|全国|国内|正式)首发|(?<!的)开源(?!的|榜|社区|生态|协议|许可|界|阵营|路线|策略|领域|排行|模型榜)|量产(?!效率|准备|爬坡|能力|计划|节奏|目标|时间|规模|良率|进度|阶段)|问世|面世|交付|上市(?!申请|辅导|公司|企业|日期|时间|前)|(?<!未)(?<!尚未)获批(?=用于|[，。；,;]|$)", r"(?:launched|launches)(?! (?:a |an )?(?:recall|investigation|probe|lawsuit|bid|campaign|appeal|offer|review|inquiry|tender))|"
                      r"unveiled|unveils|released|introduced|debuted|open-sourced|rolled out|rolls out|"
                      r"(?:began|begins|started|starts) (?:selling|shipping|deliveries of|(?:volume |mass )?shipments of)|went on sale"),
    # an agreement signed with a partner: a supply, licence or framework deal, a memorandum (not a sale,
    # an investment, a settlement or a merger, each its own event)
    "Partnership": (rf"(?<=[与和同])[^。；，、\x01]{{1,40}}?(?:{SIGNS_ZH})了?(?:(?!收购|并购|转让|买卖|投资|增资|认购|和解|合并|最终|表决|清算|借款|贷款|担保|对赌|回购)[^。；，]){{0,24}}?(?:协议|合同|备忘录|合约)|"
                    r"战略合作|达成合作|签署合作|合作协议|联手|牵手|结盟|强强联合|(?<=[与和同])[^。；，、\x01]{1,20}?(?:联合|共同)(?:推出|研发|开发|打造)|(?<=[与和同])[^。；，\x01]{1,30}?(?:联合|共同)(?:成立|设立|组建|共建|启动|开展|发起)(?:了|一[项个家所])?[^。；，]{0,16}?(?:实验室|研究院|研究中心|创新中心|合资公司|研究|项目|平台)|合作伙伴(?![^。；，,\x01]{0,2}?(?:包括|包含|涵盖|囊括|有|名单|之一)|大会|峰会|会议|计划|生态|体系)|(?<=[与和同])[^。；，、]{1,20}?(?:深度|全面|独家|正式)?(?:合作|携手)|"
                    r"(?<=[与和同])[^。；，、\x01]{1,20}?(?:组建|结成|组成|成立|建立)了?的?[^。；，、]{0,8}?联盟|"
                    # "与Y展开了为期10个月的…开发合作"
                    r"(?<=[与和同])[^。；，、\x01]{1,30}?(?:展开|开展|开启|启动|深化)了?[^。；，、]{0,30}?合作(?![^。；，]{0,4}(?:洽谈|谈判|意向))", r"(?<!in )partnership with|partnered with|teamed up with|strategic cooperation|"
                    # "signed an agreement with", "entered into an exclusive global license agreement with" (a
                    # deal to buy, sell, merge or settle is its own event)
                    rf"{_SIGNS_EN} (?:an? |the |its |their )?(?:(?!{_NOT_PARTNER_DEAL})[\w$.-]+ ){{0,5}}?{_DEAL_EN} with(?![^.;]{{1,60}}? to (?:buy|acquire|sell|merge|purchase|settle)\b)|"
                    r"(?:formed|forms|form|set up|sets up|established|establishes|launched) (?:an? |the )?(?:new )?(?:[\w-]+ ){0,2}?(?:joint venture|alliance) with|"
                    # "A and B formed a ¥100 billion joint venture", "signed a strategic partnership", "licensed Akeso's drug"
                    r"(?:formed|set up|established|launched) (?:an? |the )?(?:new )?(?:[\w¥$€£.,-]+ ){0,3}?joint venture(?! with)|"
                    r"(?:signed|signs|inked|inks|struck|strikes|formed|forms) (?:an? |the )?(?:[\w-]+ ){0,3}?partnership(?! with)|"
                    r"licensed(?= (?-i:[A-Z])[\w.&-]*(?: (?-i:[A-Z])[\w.&-]*)?(?:'s|’s) )|"
                    # a contract won: "Wiwynn lands three-year Microsoft server contract"
                    rf"(?:lands|landed|wins|won|secures|secured) (?:an? |the )?(?:(?!{_NOT_PARTNER_DEAL})[\w$.-]+ ){{0,4}}?(?:contract|supply deal)\b|"
                    # a headline's two parties and their deal: "Oracle and OpenAI sign $300 billion compute contract"
                    rf"(?<= and )(?-i:[A-Z])[\w.&-]*(?: (?-i:[A-Z])[\w.&-]*){{0,3}} (?:sign|signs|ink|inks|strike|strikes|seal|seals) "
                    rf"(?:an? |the )?(?:(?!{_NOT_PARTNER_DEAL})[\w$.-]+ ){{0,5}}?{_DEAL_EN}\b"),
    # (a Hong Kong filing's 收益 is its revenue; a quarterly 业务更新 reports it)
    "Earnings": (r"营收|营业收入|(?<!没收)(?:业务|主营业务|销售)收入|净利润|净亏损|财报|年报|季报|半年报|业绩|业务更新|(?:(?<=整体)|(?<=总)|(?<=全年)|(?<=季度))收益|(?:(?<=季度总)|(?<=年度总)|(?<=全年总)|(?<=季度)|(?<=全年))收入(?=为|达|约|同比|\d)", r"revenue|net profit|net loss|net income|earnings|quarterly results|"
                 r"(?:quarterly|annual|full-year|operating|(?:first|second|third|fourth)-quarter) (?:profit|sales)|"
                 r"(?<=reported )(?:(?!topline|top-line|trial|clinical|study|test|interim|positive|negative)[\w-]+ ){0,2}results(?! from| of)|"  # "reported better-than-expected results"
                 r"(?:profits?|sales) (?=(?:rose|fell|jumped|dropped|slumped|surged|declined|increased|grew|plunged|soared|tumbled) \d)"),
    "Lawsuit": (r"起诉|诉讼|诉至|告上法庭|状告|立案调查|反垄断调查|(?:启动|展开|发起|开展|开启)[^。；，\x01]{0,12}?(?<!问卷|反馈|市场|用户|意度|民意|抽样|观众|行业|社会|消费|田野)调查|罚款|处罚|仲裁|罚没|实体清单|黑名单|制裁|"
                # a case and its ruling: "爱奇艺诉短剧平台剧多多…一案", "法院判决X赔偿Y", "作出一审判决"; a regulator's
                # finding: "被欧盟委员会初步认定违反《数字服务法》"
                r"(?<=[\u4e00-\u9fffA-Za-z）)”\"])诉(?=[^。；，]{1,30}?案)|(?:判决|判令|裁定)(?=[^。；]{0,40}?(?:赔偿|罚|支付|停止|违法|侵权|败诉|胜诉))|"
                r"作出(?:一审|二审|终审|救济)?(?:判决|裁决)|认定(?=[^。；，]{0,16}?违反)|"
                # a party's or a state's investigation of an official: "接受纪律审查和监察调查", "对其实施“两规”措施",
                # "公安机关依法对X立案侦查"
                r"(?:接受|涉嫌)[^，。；]{0,6}?(?:纪律审查|监察调查|审查调查)|立案(?:审查|侦查)|"
                # ... and a trade remedy: "继续对美国太阳能级多晶硅征收反补贴税", "对X发起反倾销调查"
                r"(?:征收|加征|课征)[^，。；]{0,16}?(?:反补贴税|反倾销税)|反倾销调查|反补贴调查|(?<=[“\"])(?:两规|双规)(?=[”\"])|(?<=被)留置|采取留置措施",
                r"lawsuit|sued|sues|antitrust probe|(?<!after an )(?<!following an )(?<!internal )investigation into|fined|"
                r"(?:opened|launched|opens|launches) an? (?:[\w-]+ ){0,2}(?:investigation|probe)(?= (?:into|under|of|on)\b)"),
}
COMPILED = {t: (re.compile(zh), re.compile(rf"(?i)\b(?:{en})\b")) for t, (zh, en) in TRIGGERS.items()}
