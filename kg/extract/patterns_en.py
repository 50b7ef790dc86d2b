"""English relation patterns of people's posts, and the vocabulary all English patterns share: typed
slots over a sentence (:mod:`kg.extract.templates`).

Each entry is ``(pattern id, regex with {TYPE:s}/{TYPE:o} slots, predicate, confidence)``;
:mod:`kg.extract.relations` runs them on English sentences.  The wordings: "X's CEO Y",
"Y, chief executive of X", "X named Y its chief scientific officer".  The patterns of deals and
corporate structure ("Y, a unit of X", "X listed on the STAR Market", "X launched Y", "X led the round
in Y", "X acquired Y", "X and Y signed a partnership") are in :mod:`kg.extract.patterns_en_deals`.
A post may be one of several given at once, in an apposition or a relative clause: "Cheng Yixiao,
Kuaishou's co-founder, chairman and CEO", "Zhou Weiming (周伟明), founder and Chairman of Hengrun
Environmental", "James Liang, who co-founded Trip.com in 1999 and serves as its executive chairman";
each post of the list gives its own relation.
"""
from __future__ import annotations

from .en_products import KINDS as EN_KINDS

# titles are written lowercase or in title case: "Chairman and Chief Executive Daniel Levy"
ROLE_EN = r"(?:(?i:co-)?CEO|(?i:(?:co-)?chief executive)(?: (?i:officer))?)"
CHAIR_EN = r"(?:(?<![Vv]ice )(?<![Vv]ice-)(?:[Cc]o-)?[Cc]hair(?:man|woman|person)?)"
FOUNDER_EN = r"(?:[Cc]o-?[Ff]ounder|[Ff]ounder)"
WORK_EN = (r"(?:[Pp]resident|[Vv]ice [Pp]resident|CTO|CFO|COO|[Cc]hief (?![Ee]xecutive )\w+ [Oo]fficer|director|general manager|"
           r"partner|(?<!chief )executive|analyst|spokesperson|spokesman|spokeswoman|head of [\w ]{1,20}|"
           r"engineer|researcher|scientist|manager|comptroller|columnist|member|leader|commander|"
           r"secretary[- ]general|secretary|official|attorney|lawyer|employee|professor|editor|correspondent|reporter|"
           r"economist|strategist|adviser|advisor|consultant|dean|treasurer|chancellor|publisher|judge|"
           r"justice|deputy|lieutenant|Lt\.|Sgt\.|Capt\.|Col\.|(?<![Ee]xecutive )officer|aide|staffer|worker|members?|"
           r"teacher|lecturer|pilot|coach|\w+ologist|\w+ician|inspector|commissioner|anchor(?:man|woman)?|"
           r"minister|governor|ambassador|trader|agent|investigator|prosecutor|detective|superintendent|"
           r"assistant|(?:research )?fellow|head|curator|chief(?! executive\b)|administrator|lobbyist|physicist|chemist|anatomist)")
ADJ_EN = r"(?:(?:former|acting|deputy|senior|interim|current|then|longtime|veteran) )*"
THE = r"(?:[Tt]he )?"
# a post's holder, new or for now: "Intel's new CEO Lip-Bu Tan", "Nestle's interim chairman"
NEW_EN = r"(?:(?:new|interim|acting|incoming|current|longtime|outgoing) )?"
AGE = r"(?:\d{1,3}, )?"  # "Joseph Cicippio, 58, was acting comptroller at ..."
POSS = r"(?:'s|’s|'(?= )|’(?= ))"  # "Vietnam Airlines' rival"
# What joins the founders a sentence lists: "by CEO Amara Nwosu and CTO Jonas Lindqvist", "by A, a former
# director at Okta, and B" (a post before each, an aside after each)
FOUNDERS_JOIN_EN = (r"(?:, and |, | and )(?:(?:its |former )?(?:(?i:co-)?CEO|CTO|CFO|COO|(?i:chief) \w+(?: (?i:officer))?|"
                    r"(?i:president|chairman|chairwoman)) )?")
FOUNDER_ASIDE_EN = r"(?:, (?:a|an|the|who) (?:[^\x01.;,]|\x01ORG:\d+\x02){1,80}?(?=, and | and |,? \x01))?"
# Posts written together: "founder and chairman of Xiaomi", "Xiaomi co-founder, chairman and CEO Lei Jun",
# "co-founder and executive chairman"
POST_EN = (rf"(?:{ADJ_EN}(?:executive |non-executive )?(?:{ROLE_EN}|{CHAIR_EN}|{FOUNDER_EN}|[Pp]resident|CTO|CFO|COO|"
           r"chief [a-z]+ officer))")
PRE_POSTS_EN = rf"(?:{POST_EN}(?:,| and| &) (?:and )?)*"
POST_POSTS_EN = rf"(?:(?:,| and| &) (?:and )?{POST_EN})*"


def post_list(post: str) -> str:
    """``post`` first, inside or last in a list of posts: "CEO", "co-founder, chairman and CEO"."""
    return rf"{PRE_POSTS_EN}{ADJ_EN}(?:executive |non-executive )?{post}"


# What may follow a person's name before the post: a name in brackets or a release's credentials
# ("Zhou Wenbin (周文斌)", "Elena Marchetti, M.D., Ph.D.,")
NOTE_EN = (r"(?: \([^)]{1,20}\))?"
           r"(?:,? (?:M\.D\.|Ph\.D\.|PhD|MD|MBA|M\.B\.A\.|CPA|CFA|J\.D\.|Esq\.|Jr\.|Sr\.)(?=,))*")
# "X has served as chief executive officer of Y since 2018", "X now serves as vice president of governance products at Y"
SERVES_EN = (r"(?: (?:now|currently|also|still))? (?:serves|served|has served|has been serving|is serving|had served) as "
             r"(?:the |its |a |an )?")
# What a company that acts may carry between its name and the verb: an aside ("Moonshot AI,
# the Beijing-based startup behind Kimi, raised ...", with no other organization or person
# in it) or the announcement ("Nvidia said on Tuesday it agreed to buy ...").
ASIDE_EN = (r"(?: \([^)]{1,40}\))?"  # "CATL (宁德时代), the world's largest battery maker, sued …": an alias first
            r"(?:,? (?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|SE)\b\.?)?"  # "Xiaomi Corp. said ..."
            r"(?:, (?:[^\x01.;,]|\.\d|\x01(?:PRODUCT|LOC|GPE):\d+\x02){1,80}?,"
            # ... with other names in it when it starts lowercase ("Anthropic, founded in 2021 by
            # former OpenAI researchers, has raised"), unlike a list of names ("X, Y and Z")
            r"|, (?=[a-z\d])(?:[^\x01.;,]|\.\d|\x01[A-Z]+:\d+\x02){1,100}?,"
            r"|, \x01ORG:\d+\x02(?:'s|’s) [^\x01.;,]{1,60}?,)?")  # "Volcano Engine, ByteDance's cloud unit, is"
SAID_IT_EN = r"(?: (?:said|says|announced|confirmed)(?: on \w+| last \w+| \w+day)?,? (?:that )?(?:it|he|she|they)(?: has| had)?)?"
# "Nestle named Philipp Navratil, who heads its Nespresso coffee unit, as CEO"
WHO_ASIDE_EN = r"(?:, who [^;.]{1,80}?(?=,))?"
# "Walmart said on Friday that": what its own officer is named after
SAID_THAT_EN = r"(?: \([^)]{1,40}\))? (?:said|says|announced)(?: on \w+| last \w+| \w+day)?,? (?:that )?"
# lowercase words of a noun phrase (no preposition, conjunction or verb): "its first electric vehicle"
NOUN_WORD_EN = (r"(?:(?!(?:in|into|on|at|for|from|with|to|by|of|and|or|against|after|before|that|which|"
                r"was|is|are|were|as|than|over)\b)(?:[a-z][\w-]*|AI|EV|LLM|GPU|CPU|SUV|API))")
# ... before the product's name: "its first electric vehicle, the SU7", "a new AI model called Gemini 3"
# ... whose head before an apposition is a kind of product ("its first electric vehicle, the SU7"; not
# "released its quarterly results, ChatGPT ...")
PRODUCT_KIND_EN = (r"(?:vehicle|car|sedan|SUV|EV|model|phone|smartphone|handset|chip|processor|GPU|app|chatbot|"
                   r"assistant|platform|system|device|tablet|laptop|glasses|headset|robot|tool|service|browser|"
                   r"game|console|agent|engine|software|product|drone|satellite|rocket|accelerator)s?")
# ... and of goods in other trades: "its heart failure drug Entresto" (see kg.extract.en_products)
KIND_WORD_EN = rf"(?:{PRODUCT_KIND_EN}|{EN_KINDS}s?)"

# Taking a post: "took over as chief executive of Target", "was appointed as chairman of"
TOOK_POST_EN = (r"(?:(?:took|takes|has taken) over as|(?:stepped|steps) in as|(?:was|is|has been) (?:named|appointed|"
                r"promoted|elevated)(?: as| to)?)")
# "Brian Cornell, who stepped down after 11 years and is now Target's executive chairman"
# ... a post the sentence then ends: "who became Acme's CEO in 2000 and left in 2014", "until 2023"
UNTIL_EN = (r"(?![^\x01.;]{0,40}?\b(?:until|till|before (?:stepping down|leaving|resigning|retiring|being ousted)|"
            r"(?:and|but) (?:later |then |eventually )?(?:left|resigned|stepped down|retired|quit|was ousted|was fired)))")
WHO_NOW_EN = r"(?:, who(?: [^\x01.;]{0,60}?)??(?: and)?(?= (?:is now|now is|remains|became)))?(?: now)?"  # ", who became"

# a day or period between a company and its verb: "Kering on Monday named …"
WHEN_EN = r"(?: (?:on|last|this|earlier|late|in) (?:\w+day|week|month|year|January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?,?)?"
# What a relative clause did with the company before it gives the post: "who co-founded Trip.com in 1999
# and serves as its executive chairman"
WHO_DID_EN = r"(?:[^\x01.;]|\.\d){0,60}?"
WHO_SERVES_EN = r"(?:now )?(?:serves|served|acts|remains|is|has been) (?:as )?(?:its|the company's) "
# ... and a company's description up to a person who remains its officer
BEFORE_WHO_EN = r"(?:[^\x01.;]|\.\d|\x01(?:LOC|GPE|PRODUCT):\d+\x02){0,100}?"
REMAINS_EN = r"(?:remains|is|serves as|became|has been) its "
# (pattern id, regex with {TYPE:s}/{TYPE:o} slots, predicate, confidence)
PATTERNS_EN = [
    ("en.ceo.1", rf"{{ORG:o}}(?: \([^)]{{1,20}}\))?{POSS}? {NEW_EN}{PRE_POSTS_EN}{ROLE_EN}{POST_POSTS_EN},? {{PERSON:s}}", "ceoOf", 0.9),
    # "Zhou Weiming (周伟明), founder and Chairman of Hengrun Environmental"
    ("en.ceo.2", rf"{{PERSON:s}}{NOTE_EN}, {AGE}(?:the |a |its )?{post_list(ROLE_EN)}{POST_POSTS_EN} (?:of|at) {THE}{{ORG:o}}", "ceoOf", 0.9),
    # "Cheng Yixiao, Kuaishou's co-founder, chairman and CEO"
    ("en.ceo.3", rf"{{PERSON:s}}{NOTE_EN}, (?:the [^\x01,.;]{{1,40}}? and |the )?{{ORG:o}}{POSS} {post_list(ROLE_EN)}", "ceoOf", 0.9),
    # "Under chief executive Satya Nadella, Microsoft has …", "Andy Jassy took over from Jeff Bezos as Amazon CEO"
    ("en.ceo.under", rf"(?:^|[.;] )(?i:under) (?:{ROLE_EN}|(?:its|the) {ROLE_EN}) {{PERSON:s}}, {{ORG:o}}", "ceoOf", 0.8),
    ("en.ceo.as", rf"{{PERSON:s}} (?:took over|takes over|has taken over|succeeded|succeeds|replaced|replaces|returned|returns|became|becomes)(?: from \x01PERSON:\d+\x02)?(?: in \d{{4}})? as {{ORG:o}}{POSS}? (?:new |next |interim |permanent )?{ROLE_EN}", "ceoOf", 0.85),
    # "Arm, whose chief executive Rene Haas joined in 2013", "Gree, whose chairwoman Dong Mingzhu has long resisted …"
    ("en.ceo.whose", rf"{{ORG:o}}{ASIDE_EN},? whose (?:new )?{ADJ_EN}(?:executive )?{ROLE_EN},? {{PERSON:s}}", "ceoOf", 0.8),
    ("en.chair.whose", rf"{{ORG:o}}{ASIDE_EN},? whose (?:new )?{ADJ_EN}(?:executive )?{CHAIR_EN},? {{PERSON:s}}", "chairOf", 0.8),
    ("en.founder.whose", rf"{{ORG:o}}{ASIDE_EN},? whose (?:new )?{ADJ_EN}{FOUNDER_EN},? {{PERSON:s}}", "founderOf", 0.8),
    # "X is the CEO of Y", "X has served as chief executive officer of Y since 2018"
    ("en.ceo.4", rf"{{PERSON:s}}{NOTE_EN}(?: (?:is|was|became|as|{TOOK_POST_EN}) (?:the )?(?:new |interim )?|{SERVES_EN}){post_list(ROLE_EN)}{POST_POSTS_EN} (?:of|at) {THE}{{ORG:o}}", "ceoOf", 0.85),
    # "Lip-Bu Tan became Intel's CEO", "X was named Acme's new chief executive"
    ("en.ceo.7", rf"{{PERSON:s}}{WHO_NOW_EN}(?:, (?:a|the) (?:[^\x01,.;]|\x01[A-Z]+:\d+\x02){{1,60}},)? (?:became|becomes|was named|was appointed|is|was|{TOOK_POST_EN}) (?:now )?{{ORG:o}}{POSS}? (?:new |next |interim |first )?{PRE_POSTS_EN}{ROLE_EN}{UNTIL_EN}", "ceoOf", 0.85),
    # "Versant Media Group is led by chief executive Mark Lazarus"
    ("en.ceo.led", rf"{{ORG:o}}{ASIDE_EN}(?:,[^\x01.;]{{1,60}},)? (?:is|was|has been|will be) (?:led|run|headed) by (?:its )?(?:{PRE_POSTS_EN}{ROLE_EN}|chief executive officer) {{PERSON:s}}", "ceoOf", 0.8),
    ("en.chair.6", rf"{{PERSON:s}}{WHO_NOW_EN} (?:became|becomes|was named|was appointed|is|was|{TOOK_POST_EN}) (?:now )?{{ORG:o}}{POSS} (?:new |next |interim |first |executive |non-executive )?{PRE_POSTS_EN}{CHAIR_EN}{UNTIL_EN}", "chairOf", 0.85),
    ("en.ceo.5", rf"{ROLE_EN} of {{ORG:o}},? {{PERSON:s}}", "ceoOf", 0.85),
    # "Intel named Lip-Bu Tan as its new chief executive"
    ("en.ceo.6", rf"{{ORG:o}}{ASIDE_EN}{WHEN_EN} (?:has )?(?:named|names|appointed|appoints|hired|tapped|taps|picked|picks|chose|elected) (?:(?:former|ex-) (?:[^\x01.;,]|\x01ORG:\d+\x02){{1,40}}? )?{{PERSON:s}}{WHO_ASIDE_EN},? (?:as |to be )?(?:its |the |a )?(?:new |next |interim )?{ROLE_EN}(?! of (?:\x01|(?-i:[A-Z])))", "ceoOf", 0.85),
    # "Walmart said on Friday that chief executive Doug McMillon will retire on Jan. 31": its own officer
    ("en.ceo.9", rf"{{ORG:o}}{SAID_THAT_EN}(?:its )?(?:{ADJ_EN}){ROLE_EN},? {{PERSON:s}}", "ceoOf", 0.8),
    ("en.chair.7", rf"{{ORG:o}}{SAID_THAT_EN}(?:its )?(?:{ADJ_EN}){CHAIR_EN},? {{PERSON:s}}", "chairOf", 0.8),
    ("en.chair.1", rf"{{ORG:o}}{POSS}? {NEW_EN}(?:board )?{PRE_POSTS_EN}{CHAIR_EN}{POST_POSTS_EN},? {{PERSON:s}}", "chairOf", 0.9),
    ("en.chair.2", rf"{{PERSON:s}}{NOTE_EN}, {AGE}(?:the |a |its )?{post_list(CHAIR_EN)}{POST_POSTS_EN} (?:of|at) {THE}{{ORG:o}}", "chairOf", 0.9),
    ("en.chair.3", rf"{{PERSON:s}}{NOTE_EN}, (?:the )?{{ORG:o}}{POSS} {post_list(CHAIR_EN)}", "chairOf", 0.9),
    # "Buffett, who is well-known as a long-term investor, is chairman of Berkshire Hathaway Inc"
    ("en.chair.5", rf"{{PERSON:s}}{ASIDE_EN}{NOTE_EN}(?: (?:is|was|became|{TOOK_POST_EN}) (?:the )?|{SERVES_EN}){ADJ_EN}(?:new )?{post_list(CHAIR_EN)}{POST_POSTS_EN} (?:of|at) {THE}{{ORG:o}}", "chairOf", 0.85),
    ("en.founder.5", rf"{{PERSON:s}}{ASIDE_EN}{NOTE_EN}(?: (?:is|was) (?:the |a )?|{SERVES_EN}){post_list(FOUNDER_EN)}{POST_POSTS_EN} (?:of|at) {THE}{{ORG:o}}", "founderOf", 0.85),
    ("en.chair.4", rf"{{ORG:o}}{ASIDE_EN}{WHEN_EN} (?:has )?(?:named|appointed|tapped|picked|chose|elected) {{PERSON:s}},? (?:as |to be )?(?:its |the |a )?(?:new |next |interim )?{CHAIR_EN}", "chairOf", 0.85),
    ("en.founder.1", rf"{{ORG:o}}(?: \([^)]{{1,20}}\))?{POSS}? {PRE_POSTS_EN}{FOUNDER_EN}{POST_POSTS_EN},? {{PERSON:s}}", "founderOf", 0.9),
    ("en.founder.2", rf"{{PERSON:s}}{NOTE_EN}, {AGE}(?:the |a |its )?{post_list(FOUNDER_EN)}{POST_POSTS_EN} of {THE}{{ORG:o}}", "founderOf", 0.9),
    ("en.founder.3", rf"{{PERSON:s}}(?:, who)? (?:co-?)?founded {{ORG:o}}", "founderOf", 0.85),
    # "Sam Altman, OpenAI's co-founder and chief executive"
    ("en.founder.6", rf"{{PERSON:s}}{NOTE_EN}, (?:the )?{{ORG:o}}{POSS} {post_list(FOUNDER_EN)}", "founderOf", 0.9),
    ("en.founder.4", rf"{{ORG:o}}, (?:which was |which is |(?:the |a |an )(?:[\w-]+ ){{0,5}}?)?(?:co-?)?founded (?:in \d{{4}} )?by (?:(?:[^\x01.;,]|\x01ORG:\d+\x02){{1,60}}? )?{{PERSON:s}}", "founderOf", 0.85),
    # ... and the founder who now runs it: "Anthropic, founded in 2021 by former OpenAI executives including Chief Executive Dario Amodei"
    ("en.ceo.founders", rf"{{ORG:o}}, (?:which was |which is |(?:the |a |an )(?:[\w-]+ ){{0,5}}?)?(?:co-?)?founded (?:in \d{{4}} )?by (?:(?:[^\x01.;,]|\x01ORG:\d+\x02){{1,60}}? )?(?:its |current |now )?{ROLE_EN} {{PERSON:s}}", "ceoOf", 0.8),
    # "Tessellate Labs was founded in 2022 by Priya Natarajan, a former …, and Daniel Okafor"
    # a release's boilerplate, the founders first: "Founded in 2014 by Marcus Feld and Lena Kovac, Tessellate Software is …"
    ("en.founder.fronted", rf"^(?:[Cc]o-)?[Ff]ounded (?:in \d{{4}} )?by {{PERSON:s}}(?:(?:{FOUNDERS_JOIN_EN})\x01PERSON:\d+\x02)*(?:,? [^\x01.;,]{{1,60}})?, {{ORG:o}}", "founderOf", 0.8),
    ("en.founder.was", rf"{{ORG:o}}{ASIDE_EN} (?:was|is|had been|has been) (?:co-?)?founded (?:in \d{{4}} )?by (?:(?:[^\x01.;,]|\x01ORG:\d+\x02){{1,40}}? )?{{PERSON:s}}", "founderOf", 0.85),
    ("en.works.1", rf"{{ORG:o}}{POSS} (?:[\w-]+ ){{0,3}}(?i:{WORK_EN}),? (?:{WORK_EN} )?{{PERSON:s}}", "worksFor", 0.8),
    # "First Deputy Commander of the Russian Pacific Fleet Igor Khmelnov"
    ("en.works.9", rf"(?i:{WORK_EN}) (?:of|at) {THE}{{ORG:o}},? {{PERSON:s}}", "worksFor", 0.7),
    # "Anderson is Middle East correspondent for The Associated Press", "X now serves as vice president of
    # governance products at Y" (a chief executive or chair is no other post)
    ("en.works.10", rf"{{PERSON:s}}{NOTE_EN}(?:,? (?:is|was|has been|had been|became) (?:the |a |an )?|{SERVES_EN}){ADJ_EN}(?:[\w-]+ ){{0,3}}?(?!{ROLE_EN}\b|{CHAIR_EN}\b){WORK_EN}(?: of [\w ,&-]{{1,40}}?)? (?:at|of|for|with) {THE}{{ORG:o}}", "worksFor", 0.75),
    # "Franca Chlistovsky, who heads the Brera institute", "David Foster is the AP's regional reporter",
    # "A University of Texas law professor, Wright ..."
    # "Wang Liheng, who joined Tencent in 2024, said"
    ("en.works.19", rf"{{PERSON:s}}, who (?:joined|has joined|rejoined|works for|works at|worked at) {THE}{{ORG:o}}", "worksFor", 0.7),
    # "Zhou Lan, who headed …, left in January to join Huawei Cloud as a vice president"
    ("en.works.20", rf"{{PERSON:s}}{WHO_ASIDE_EN},? (?:has |had )?(?:left [^\x01.;]{{0,30}}? to join|joined|joins|rejoined) {THE}{{ORG:o}} as\b", "worksFor", 0.75),
    # a headline: "Huaibei Mining: Director and General Manager Qiu Dan Resigns"
    ("en.works.21", rf"{{ORG:o}}: (?:(?i:{WORK_EN})(?:,? and | & |, )?){{1,3}} ?{{PERSON:s}}", "worksFor", 0.7),
    # "Colette Kress, Nvidia's chief financial officer, told analysts"
    ("en.works.22", rf"{{PERSON:s}}, {THE}{{ORG:o}}{POSS} (?:[\w-]+ ){{0,3}}?(?i:{WORK_EN})\b", "worksFor", 0.75),
    # "Sam Kadet of the corporate law firm of Skadden, Arps said"
    ("en.works.23", rf"{{PERSON:s}} (?:of|at|from) the (?:[a-z][\w-]+ ){{0,3}}(?:firm|company|bank|agency|group|office|department|ministry|newspaper|university|college) (?:of )?{{ORG:o}}", "worksFor", 0.65),
    ("en.works.13", rf"{{PERSON:s}}, who (?:has |had )?(?:heads|headed|leads|led|runs|ran|run|chairs|chaired|directs|directed) {THE}{{ORG:o}}", "worksFor", 0.75),
    # "Albrecht, 54, is a former University of Iowa professor"
    ("en.works.16", rf"{{PERSON:s}},? {AGE}(?:is|was|has been) (?:the |a |an )?{ADJ_EN}{{ORG:o}} (?:[a-z][\w-]+ ){{0,2}}{WORK_EN}\b", "worksFor", 0.75),
    ("en.works.14", rf"{{PERSON:s}} (?:is|was) {THE}{{ORG:o}}{POSS} (?:[\w-]+ ){{0,3}}{WORK_EN}", "worksFor", 0.75),
    ("en.works.15", rf"(?:^|\b)(?:[Aa]n?|[Tt]he) {{ORG:o}} (?:[\w-]+ ){{0,2}}{WORK_EN}, {{PERSON:s}}", "worksFor", 0.7),
    # "W. Dale Nelson covers the White House for The Associated Press"
    ("en.works.11", rf"{{PERSON:s}} (?:has |had )?(?:covers|covered|reports|reported|writes|wrote|has written) [^\x01.;]{{0,40}}?for {THE}{{ORG:o}}", "worksFor", 0.7),
    # "Knight-Ridder has named Larry Jinks publisher of the San Jose Mercury News"
    ("en.works.12", rf"(?:named|appointed|hired|elected|promoted) {{PERSON:s}},? (?:as )?(?:the |its |a )?(?:new )?(?:[\w-]+ ){{0,2}}{WORK_EN} (?:of|at|for) {THE}{{ORG:o}}", "worksFor", 0.75),
    ("en.works.2", rf"{{PERSON:s}}, {AGE}(?:the |a |an |\x01PERSON:\d+\x02{POSS} )?{ADJ_EN}(?:[\w-]+ ){{0,2}}{WORK_EN} (?:of|at|for|with) {THE}{{ORG:o}}", "worksFor", 0.8),  # "Oded Ben-Ami, Rabin's spokesman at the Defense Ministry"
    # "U.N. financial spokesman Fred Eckhard", "CHP (Republican People's Party) leader Deniz Baykal"
    ("en.works.3", rf"{{ORG:o}}(?: \([^\x01)]*\))? (?:(?:[A-Z][\w-]+|{NOUN_WORD_EN}) ){{0,2}}(?i:{WORK_EN}) (?:(?:Lt|Sgt|Capt|Col|Gen|Adm|Maj|Dr)\. )?{{PERSON:s}}", "worksFor", 0.75),
    ("en.works.4", rf"{{PERSON:s}}, (?:a|an|the|another) {ADJ_EN}{{ORG:o}} (?:[a-z][\w-]+ ){{0,2}}{WORK_EN}", "worksFor", 0.8),
    ("en.works.5", rf"{{PERSON:s}}, {AGE}(?:[^\x01,.;]{{0,40}}? )?{WORK_EN}\b[^\x01,.;]{{0,40}}? (?:at|of|for|with) {THE}(?:[A-Za-z][\w-]+ ){{0,4}}{{ORG:o}}", "worksFor", 0.7),
    ("en.works.6", rf"{{PERSON:s}}(?:, {AGE}| )(?:at|of|from) {THE}(?:(?:smaller|larger|new|former) )?(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s )?{{ORG:o}}", "worksFor", 0.6),  # "of New York's Mount Sinai School of Medicine"
    # "James Blight and David Welch of Harvard University": the first of two people too
    # "OpenAI hired former Meta executive Fidji Simo as ...": the hiring organization
    ("en.works.8", rf"{{ORG:o}}{ASIDE_EN}{SAID_IT_EN} (?:has |had |also )?(?:hired|hires|appointed|appoints|named|names|tapped|poached) (?:(?:[^\x01.;]|\x01ORG:\d+\x02){{0,40}} )?{{PERSON:s}}(?:, (?:[^\x01.;,]|\x01ORG:\d+\x02){{1,80}},)?,? (?:as|to (?:lead|head|run))(?! (?:its |the |a )?(?:new |next |interim )?(?:{ROLE_EN}|{CHAIR_EN})(?! of\b))", "worksFor", 0.75),  # (a chief executive is one)
    # a byline: "By Kane Wu and Julie Zhu, Reuters", "By Coco Feng, South China Morning Post"
    ("en.works.17", rf"^\s*(?:[Bb]y|BY) {{PERSON:s}}(?:(?:,| and| &) \x01PERSON:\d+\x02)*(?:,| -| —| for) {THE}{{ORG:o}}", "worksFor", 0.8),
    # "Apple said on Tuesday that Sabih Khan, its senior vice president of operations, ..."
    ("en.works.18", rf"{{ORG:o}}{ASIDE_EN}(?:[^\x01.;]|\x01PRODUCT:\d+\x02){{0,50}}?{{PERSON:s}}, its {ADJ_EN}(?:[\w-]+ ){{0,3}}?(?i:{WORK_EN})\b", "worksFor", 0.7),
    # "James Peng, who co-founded Pony.ai in 2016 and serves as its chief executive"
    ("en.ceo.10", rf"{{PERSON:s}}{NOTE_EN}, who {WHO_DID_EN}{{ORG:o}}{WHO_DID_EN} and {WHO_SERVES_EN}{post_list(ROLE_EN)}", "ceoOf", 0.8),
    ("en.chair.8", rf"{{PERSON:s}}{NOTE_EN}, who {WHO_DID_EN}{{ORG:o}}{WHO_DID_EN} and {WHO_SERVES_EN}{post_list(CHAIR_EN)}", "chairOf", 0.8),
    ("en.founder.8", rf"{{PERSON:s}}{NOTE_EN}, who {WHO_DID_EN}{{ORG:o}}{WHO_DID_EN} and {WHO_SERVES_EN}{post_list(FOUNDER_EN)}", "founderOf", 0.8),
    # "Qingyan, founded in 2016 by dermatologist Zhang Ruoxi, who remains its chief executive, sells …"
    ("en.ceo.remains", rf"^{{ORG:o}}{BEFORE_WHO_EN}{{PERSON:s}}{NOTE_EN}, who {REMAINS_EN}{post_list(ROLE_EN)}", "ceoOf", 0.7),
    ("en.chair.remains", rf"^{{ORG:o}}{BEFORE_WHO_EN}{{PERSON:s}}{NOTE_EN}, who {REMAINS_EN}{post_list(CHAIR_EN)}", "chairOf", 0.7),
    ("en.founder.remains", rf"^{{ORG:o}}{BEFORE_WHO_EN}{{PERSON:s}}{NOTE_EN}, who {REMAINS_EN}{post_list(FOUNDER_EN)}", "founderOf", 0.7),
    # "PDD Holdings said it had appointed co-chief executive Zhao Jiazhen as co-chairman"
    ("en.ceo.11", rf"{{ORG:o}}{ASIDE_EN}{SAID_IT_EN} (?:has |had )?(?:appointed|named|promoted|elevated) (?:its )?{ROLE_EN} {{PERSON:s}}", "ceoOf", 0.8),
    # "Jason Droege, Scale AI's chief strategy officer, was named interim CEO"
    ("en.ceo.12", rf"{{PERSON:s}}, {{ORG:o}}{POSS} [^\x01.;,]{{1,40}}, (?:was|has been|is being) (?:named|appointed|promoted to) (?:as )?(?:its |the )?(?:new |next |interim |acting )?{ROLE_EN}", "ceoOf", 0.8),
    # "Jane Holt (Northwind's chief executive) said"
    ("en.ceo.bracket", rf"{{PERSON:s}} \({{ORG:o}}{POSS} (?:{ADJ_EN}){PRE_POSTS_EN}{ROLE_EN}{POST_POSTS_EN}\)", "ceoOf", 0.85),
    ("en.chair.bracket", rf"{{PERSON:s}} \({{ORG:o}}{POSS} (?:{ADJ_EN}){PRE_POSTS_EN}{CHAIR_EN}{POST_POSTS_EN}\)", "chairOf", 0.85),
    # "BYD, founded by chairman Wang Chuanfu in 1995": the founder's post now
    ("en.chair.founded", rf"{{ORG:o}}(?: \([^)]{{1,40}}\))?,? (?:which was |that was |was |is )?(?:co-)?founded (?:in \d{{4}} )?by (?:its )?(?:current )?(?:executive )?(?:chairman|chairwoman|chair) {{PERSON:s}}", "chairOf", 0.8),
    ("en.ceo.founded", rf"{{ORG:o}}(?: \([^)]{{1,40}}\))?,? (?:which was |that was |was |is )?(?:co-)?founded (?:in \d{{4}} )?by (?:its )?(?:current )?{ROLE_EN} {{PERSON:s}}", "ceoOf", 0.8),
    ("en.ceo.who", rf"{{PERSON:s}}, who (?:remains|is|became|serves as|(?:succeeded|replaced) \x01PERSON:\d+\x02 as) (?:the )?{{ORG:o}}{POSS}? {ADJ_EN}(?:new )?{ROLE_EN}(?! of)", "ceoOf", 0.8),
    ("en.chair.who", rf"{{PERSON:s}}, who (?:remains|is|became|serves as|(?:succeeded|replaced) \x01PERSON:\d+\x02 as) (?:the )?{{ORG:o}}{POSS}? {ADJ_EN}(?:new |executive |non-executive )?{CHAIR_EN}(?! of)", "chairOf", 0.8),
    ("en.ceo.andits", rf"{{ORG:o}}(?:[^\x01.;]|\x01PERSON:\d+\x02){{0,60}}? and {{PERSON:s}} (?:is|was|became|serves as) its {ADJ_EN}(?:new )?{ROLE_EN}", "ceoOf", 0.75),
    ("en.chair.andits", rf"{{ORG:o}}(?:[^\x01.;]|\x01PERSON:\d+\x02){{0,60}}? and {{PERSON:s}} (?:is|was|became|serves as) its {ADJ_EN}(?:new |executive |non-executive )?{CHAIR_EN}", "chairOf", 0.75),
    ("en.chair.its", rf"{{ORG:o}}{ASIDE_EN}(?:[^\x01.;]|\x01PRODUCT:\d+\x02){{0,50}}?{{PERSON:s}}, its {ADJ_EN}(?:new |executive |non-executive )?{PRE_POSTS_EN}{CHAIR_EN}", "chairOf", 0.75),
    ("en.ceo.8", rf"{{ORG:o}}{ASIDE_EN}(?:[^\x01.;]|\x01PRODUCT:\d+\x02){{0,50}}?{{PERSON:s}}, its {ADJ_EN}(?:new )?{PRE_POSTS_EN}{ROLE_EN}", "ceoOf", 0.75),
    ("en.works.7", rf"{{PERSON:s}} and \x01PERSON:\d+\x02,? (?:both )?(?:at|of|from) {THE}{{ORG:o}}", "worksFor", 0.6),
]


# Posts read from the sentence's subject, tried after the deal patterns of :mod:`kg.extract.patterns_en_deals`
SUBJECT_PATTERNS_EN = [
    # (last, so that a pattern naming the organization at the post keeps its own evidence)
    # "Pfizer on Monday named Chris Boshoff its chief scientific officer": any other post
    ("en.works.named", rf"{{ORG:o}}{ASIDE_EN}{WHEN_EN} (?:has )?(?:named|appointed|hired|tapped|picked|promoted|elected) {{PERSON:s}}{WHO_ASIDE_EN},? (?:as |to be )?(?:its |the |a )?(?:new |next |interim )?(?:[\w-]+ ){{0,3}}?(?!(?i:chief executive|CEO|chair))(?i:{WORK_EN})\b(?! of (?:\x01|(?-i:[A-Z])))", "worksFor", 0.8),
    # A post with no organization before it, in a sentence an organization opens: "UniCredit has no plans
    # to raise its offer for Banco BPM, Chief Executive Andrea Orcel said" (the sentence's subject's officer)
    ("en.ceo.subject", rf"^(?:Shares (?:of|in) )?{{ORG:o}}{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01(?:PRODUCT|ORG|PERSON):\d+\x02){{0,200}}?(?:, |\bas |\band |\bbut |\bwhile |\bsaid (?:that )?){ADJ_EN}(?:(?:its|the company's) )?(?:(?-i:Co-))?(?:Chief Executive(?: Officer)?|CEO|chief executive(?: officer)?),? {{PERSON:s}}", "ceoOf", 0.75),
    ("en.chair.subject", rf"^(?:Shares (?:of|in) )?{{ORG:o}}{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01(?:PRODUCT|ORG|PERSON):\d+\x02){{0,200}}?(?:, |\bas |\band |\bbut |\bwhile |\bsaid (?:that )?|\b(?:led|run|headed) by ){ADJ_EN}(?:(?:its|the company's) )?(?:executive |rotating |board )?(?:Chairman|Chairwoman|Chair|chairman|chairwoman|chair),? {{PERSON:s}}", "chairOf", 0.75),
    # "Embracer Group said that co-founder Lars Wingefors had stepped down as chief executive and become executive chair"
    ("en.chair.become", rf"^{{ORG:o}}{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01(?:PRODUCT|ORG):\d+\x02){{0,80}}?{{PERSON:s}} (?:had |has )?(?:[^\x01.;]{{0,60}}? and )?(?:become|became|becomes) (?:the |its )?(?:executive |non-executive )?(?:chairman|chairwoman|chair)\b(?! of)", "chairOf", 0.7),
    ("en.works.subject", rf"^(?:Shares (?:of|in) )?{{ORG:o}}{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01(?:PRODUCT|ORG|PERSON):\d+\x02){{0,200}}?(?:, |\bas |\band |\bbut |\bwhile |\bsaid (?:that )?){ADJ_EN}(?:(?:its|the company's) )?(?:President|Chief (?!Executive)[A-Z]\w+ Officer|CFO|COO|CTO),? {{PERSON:s}}", "worksFor", 0.7),
    # ... and one that opens the sentence and speaks of an organization: "Chief Executive Vas Narasimhan said Novartis expected …"
    ("en.ceo.said", rf"^{ADJ_EN}(?:(?-i:Co-))?(?:Chief Executive(?: Officer)?|CEO),? {{PERSON:s}} (?:said|told|says|added|noted|warned)(?: on \w+| last \w+)?,? (?:that )?{{ORG:o}}(?!{POSS})", "ceoOf", 0.7),
    ("en.chair.said", rf"^{ADJ_EN}(?:Chairman|Chairwoman|Chair),? {{PERSON:s}} (?:said|told|says|added|noted|warned)(?: on \w+| last \w+)?,? (?:that )?{{ORG:o}}(?!{POSS})", "chairOf", 0.7),
    ("en.works.said", rf"^{ADJ_EN}(?:President|Chief (?!Executive)[A-Z]\w+ Officer|CFO|COO|CTO),? {{PERSON:s}} (?:said|told|says|added|noted|warned)(?: on \w+| last \w+)?,? (?:that )?{{ORG:o}}(?!{POSS})", "worksFor", 0.7),
]
