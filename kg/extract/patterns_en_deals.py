"""English relation patterns for deals and corporate structure: units and brands, products, stakes and
rounds, acquisitions, partnerships, rivals and listings.

They share the vocabulary of :mod:`kg.extract.patterns_en` (the patterns of people's posts) and are tried
after those (:data:`kg.extract.relations.PATTERNS`).
"""
from __future__ import annotations

import re

from ..lexicon import place_names_en
from .en_names import DEMONYM
from .patterns_en import ASIDE_EN, KIND_WORD_EN, NOUN_WORD_EN, POSS, PRODUCT_KIND_EN, SAID_IT_EN, THE
from .templates import VS_FIGURES

# a lowercase word that is no preposition or conjunction: "Nvidia chips" names chips, not Nvidia
NOUN_AFTER_EN = r"(?!(?:in|on|at|for|from|with|to|by|and|or|last|this|earlier|after|before|that|which|was|is)\b)[a-z]"

# a deal's value before its noun: "a $10 billion agreement", "a multibillion-dollar deal", "a 300-billion-dollar contract"
DEAL_VALUE_EN = (r"(?:(?:US)?[$€£¥][\d.,]+ ?(?:billion|million|trillion|bn|m)?(?:-plus)? |(?:multi)?(?:billion|million)-"
                 r"(?:dollar|euro|pound|yuan) |[\d.,]+-(?:billion|million)-(?:dollar|euro|yuan) )")

# "... announced a strategic partnership", "... signed a deal"
AGREE_EN = (r"(?:(?:have |has )?(?i:announced?|formed?|signed?|inked?|unveiled?|struck|strike|launched?|agreed|entered into|"
            r"confirm(?:ed|s)?|reach(?:ed|es)?|seal(?:ed|s)?) (?i:a |an |the )?" + DEAL_VALUE_EN + r"?(?:(?i:new |strategic |multi-?year |long-term |"
            r"global |joint |licensing |commercial |AI |cloud )|(?!merger|acquisition|settlement|purchase|sale|takeover|buyout|"
            r"separation|non-?disclosure)[a-z][a-z-]+ ){0,3}?(?i:partnership|alliance|collaboration|joint venture|"
            r"agreement|deal|pact|memorandum|tie-up|letter of intent|MOU|MoU)|"
            r"(?:have |has )?(?:renegotiated|expanded|extended|deepened|renewed|restructured|strengthened|broadened) (?:their|its) "
            r"(?:[\w-]+ )?(?:partnership|alliance|agreement|deal|contract|collaboration|cooperation|ties))")

DEMONYM_EN = DEMONYM.pattern

# what a supplier or a contract maker does for its customer: "which builds AI servers for Google", "manufactures Nvidia's chips"
MAKES_EN = r"(?:builds|makes|manufactures|assembles|produces|packages|fabricates|supplies)"

# when a deal was made, between its verb and its terms: "agreed last October to", "an agreement on January 20 to"
WHEN_EN = r"(?: (?:on|in|last|earlier|this) [\w ]{1,12}?| \w+day)?"

PRODUCT_NP_EN = (rf"(?:its |their |the |a |an )?(?:{NOUN_WORD_EN} ){{0,4}}?"
                 rf"(?:(?:called|dubbed|named) |{PRODUCT_KIND_EN}, (?:the |a |an |called |dubbed |named )?)?")

# A word before a noun, also a name and a participle: "Nasdaq-listed", "Tencent-backed"
MOD_EN = r"(?:[\w-]+|\x01[A-Z]+:\d+\x02-[a-z]+)"

# What may describe an acquired company before its name: "Israeli automotive chip firm Autotalks", "startup Windsurf"
ACQUIRED_KIND_EN = r"(?:(?:[A-Z][a-z]+ )?(?:[a-z][\w-]* ){1,3}?(?=\x01))?"

# A description before a company's name: "Dutch tech investor Prosus", "German robot maker Kuka", "low-cost carrier HK Express"
OWNER_DESC_EN = r"(?:(?:" + DEMONYM.pattern + r") )?(?:[a-z][\w-]* ){0,3}?"

# "owned by China's Geely Holding": a place's possessive before the name
PLACE_POSS_EN = r"(?:(?:" + "|".join(re.escape(n) for n in place_names_en()) + r")(?:'s|’s) )?"

VS_EN = r" (?:vs\.?|VS\.?|versus) "  # "Google vs. Microsoft vs. OpenAI"

# what may describe a rival: "Snowflake's chief rival, Databricks", "its cloud rivals", "low-cost rival Vietjet"
_RIVAL_ADJ = r"(?:(?:main|chief|biggest|closest|key|major|arch|domestic|smaller|larger|longtime|low-cost|budget|cloud|online|"\
             r"U\.S\.|Chinese|American|European|Japanese|Korean|German|Indian|local|global|fast-growing|nearest|traditional) ){0,2}"


# (pattern id, regex with {TYPE:s}/{TYPE:o} slots, predicate, confidence)
DEAL_PATTERNS_EN = [
    ("en.sub.1", rf"{{ORG:o}}{POSS} (?:[\w-]+ ){{0,2}}(?:sub-brand|subsidiary|unit|division|brand|affiliate|arm),? {{ORG:s}}", "subsidiaryOf", 0.9),
    # "EA competes with Take-Two Interactive, whose Rockstar Games unit makes Grand Theft Auto"
    ("en.sub.whose", rf"{{ORG:o}}, whose {{ORG:s}} (?:[a-z][\w-]* )?(?:unit|subsidiary|division|arm|studio|brand|label)\b", "subsidiaryOf", 0.8),
    # "Crandall's subsidiaries include Prescott Valve Company and …", "Trip.com Group's brands include Ctrip, Qunar and Skyscanner"
    ("en.sub.include", rf"{{ORG:o}}{POSS} (?:(?:wholly[ -]owned|operating|main|other|consumer|key) )?(?:subsidiaries|units|brands|labels|divisions) "
                       rf"(?:include|includes|included|are|comprise) {THE}{{ORG:s}}", "subsidiaryOf", 0.75),
    ("en.sub.2", rf"{{ORG:s}}(?: \([^)]*\))?, (?:a |an |the |its )?(?:[\w.-]+ ){{0,4}}?(?:unit|subsidiary|sub-brand|division|affiliate|brand|arm) of {PLACE_POSS_EN}(?:(?:{DEMONYM_EN}) (?:[a-z][\w-]* ){{1,2}})?{{ORG:o}}", "subsidiaryOf", 0.9),
    # "Alibaba Group on Wednesday scrapped plans to list its logistics arm Cainiao": the sentence subject's unit
    ("en.sub.its", rf"^(?:Shares (?:of|in) )?{{ORG:o}}{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01(?:PRODUCT|PERSON):\d+\x02){{0,200}}?\bits (?:[\w-]+ ){{0,3}}?(?:unit|subsidiary|division|arm|affiliate|sub-brand)s?,? {{ORG:s}}", "subsidiaryOf", 0.75),
    # ... named before its kind: "smartphone sales at its Motorola unit", "developed by its Rockstar Games studio"
    ("en.sub.its2", rf"^(?:Shares (?:of|in) )?{{ORG:o}}{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01(?:PRODUCT|PERSON):\d+\x02){{0,200}}?\bits {{ORG:s}}(?: [a-z][\w-]*){{0,2}} (?:unit|subsidiary|division|arm|affiliate|sub-brand|studio)\b", "subsidiaryOf", 0.75),
    # "China CSSC Holdings and China Shipbuilding Industry Co, both units of state-owned China State Shipbuilding"
    ("en.sub.both", rf"{{ORG:s}}(?: \([^)]*\))?, both (?:units|subsidiaries|divisions|affiliates|brands|arms) of (?:state-owned |state-backed )?{PLACE_POSS_EN}{{ORG:o}}", "subsidiaryOf", 0.85),
    ("en.sub.both2", rf"{{ORG:s}}(?: \([^)]*\))?, both {{ORG:o}} (?:units|subsidiaries|divisions|affiliates|brands)\b", "subsidiaryOf", 0.85),  # "…, both Kakao subsidiaries"
    # "PDD Holdings, the parent company of Temu and Pinduoduo"
    ("en.sub.9", rf"{{ORG:o}}(?: \([^)]*\))?, (?:the |a )?(?:{MOD_EN} ){{0,2}}(?:parent|owner|holding company)(?: company| group)? of (?:the )?{{ORG:s}}", "subsidiaryOf", 0.85),
    # "ZA Bank, the virtual bank majority owned by ZhongAn Online", "iFood, which is controlled by Prosus"
    ("en.sub.11", rf"{{ORG:s}}(?: \([^)]*\))?, (?:a |an |the )(?:{MOD_EN} ){{0,5}}?(?:wholly |majority[- ]|fully )?(?:owned|controlled) by (?:state-owned |state-backed )?{PLACE_POSS_EN}{OWNER_DESC_EN}{{ORG:o}}", "subsidiaryOf", 0.8),
    # "Jack Wolfskin, now a wholly owned Anta subsidiary"
    ("en.sub.13", rf"{{ORG:s}}(?: \([^)]*\))?, (?:now |already |also )?(?:a |an |the (?:new |newly created |latest )?)(?:wholly[- ]owned |majority[- ]owned |fully[- ]owned )?{{ORG:o}} (?:subsidiary|unit|division|brand|affiliate)\b", "subsidiaryOf", 0.85),
    ("en.sub.3", rf"{{ORG:s}}(?: \([^)]*\))?, {{ORG:o}}{POSS} (?:[\w-]+ ){{0,4}}(?:sub-brand|subsidiary|unit|division|arm|lab|affiliate|brand)\b", "subsidiaryOf", 0.9),
    # "Opel and Peugeot are two of Stellantis's 14 brands"
    ("en.sub.brands", rf"{{ORG:s}} (?:is|are) (?:one|two|three|some|among|part) (?:of )?{{ORG:o}}{POSS} (?:\d+ |[a-z]+ )?(?:brands|units|subsidiaries|labels)\b", "subsidiaryOf", 0.8),
    ("en.sub.5", rf"{{ORG:s}}(?:{POSS}| and its)? parent(?: company)?,? {{ORG:o}}", "subsidiaryOf", 0.85),
    ("en.sub.4", rf"{{ORG:s}} (?:is|was|became) (?:now )?(?:a |an |the )?(?:[\w-]+ )?(?:unit|subsidiary|sub-brand|division|arm|affiliate|part) of {{ORG:o}}", "subsidiaryOf", 0.85),
    # "Norvex, which is backed by Temasek": an investor
    ("en.invest.backed", rf"{{ORG:o}},? which (?:is|was|has been) (?:also )?backed by {{ORG:s}}", "investsIn", 0.75),
    ("en.invest.counts", rf"{{ORG:o}},? which (?:counts|lists|names) {{ORG:s}}(?:(?:,| and|, and) \x01ORG:\d+\x02)* (?:among|as) its (?:[\w-]+ )?(?:backers|investors|shareholders)", "investsIn", 0.75),
    # "Instagram is owned by Meta", "Lazada, which is majority-owned by Alibaba"
    ("en.sub.8", rf"{{ORG:s}}(?:,? which (?:is|was|has been)|,| (?:is|was|has been)) (?:now )?(?:wholly |majority[- ]|fully )?(?:owned|controlled) by {PLACE_POSS_EN}{OWNER_DESC_EN}{{ORG:o}}", "subsidiaryOf", 0.8),
    # "Unitree, best known for its Go2 robot dog", "Zhipu, which develops the GLM family of models"
    ("en.dev.15", rf"{{ORG:s}}(?: \([^)]*\))?, (?:best |widely |perhaps best )?known for (?:its |the )?{{PRODUCT:o}}", "develops", 0.75),
    ("en.dev.16", rf"{{ORG:s}}(?: \([^)]*\))?, (?:which|that) (?:develops|developed|makes|made|builds|built) (?:the|its) {{PRODUCT:o}} (?:family|series|line|range) of\b", "develops", 0.75),
    ("en.dev.13", rf"{{PRODUCT:o}}(?:,? which (?:is|was|has been)|,| (?:is|was|has been)) (?:now )?(?:wholly |majority[- ]|fully )?owned by {{ORG:s}}", "develops", 0.7),
    # "SoftBank owns about 90% of Arm Holdings": a majority makes a parent
    ("en.sub.16", rf"{{ORG:o}}{ASIDE_EN} (?:still |now )?(?:owns|holds|controls|owned|held) (?:a |an )?(?:stake of )?(?:about |around |roughly |nearly |almost |more than |over |some )?(?:[5-9]\d|100)(?:\.\d+)?(?:%| percent)(?: stake)? (?:of|in) {{ORG:s}}", "subsidiaryOf", 0.75),
    # "Midea, which also owns German robot maker Kuka and the Toshiba Lifestyle business"
    ("en.sub.7", rf"{{ORG:o}}{ASIDE_EN}(?:,? which)? (?:also |still |now )?(?:owns|controls|wholly owns) (?:the )?{OWNER_DESC_EN}{{ORG:s}}"
                 r"(?!(?:(?:, |,? and )\x01[A-Z]+:\d+\x02)* (?:[\w-]+ )?(?:franchises?|games?|titles?|series|films?|movies?|shows?|products?|drugs?|models?|IPs?)\b)",
     "subsidiaryOf", 0.75),  # (not "owns the Tomb Raider and Kingdom Come franchises")
    ("en.sub.6", rf"{{ORG:o}}-(?:owned|controlled) (?:(?:operator|owner|maker|unit) of the \x01[A-Z]+:\d+\x02 (?:[a-z]+ )?|(?:[a-z][\w-]* ){{0,3}}?(?=\x01))?{{ORG:s}}", "subsidiaryOf", 0.8),
    ("en.sub.6b", rf"{{ORG:s}}, (?:the|a|an) {{ORG:o}}-(?:owned|controlled) ", "subsidiaryOf", 0.8),  # "Alibaba-owned Lazada", "LINE Yahoo, the SoftBank-controlled operator of"
    # "Alphabet's Google", "Comcast's Universal Pictures": a company's company is its unit
    ("en.sub.10", rf"{{ORG:o}}{POSS} {{ORG:s}}(?!{POSS}| (?:and|&|or) | (?:toolkit|stack|software|platform|app|model|chip|"
                  rf"chips|service|tool|framework|processor|system|assistant|browser)s?\b)", "subsidiaryOf", 0.6),
    # ... and so is a company's name its kind of unit follows ("Harlow Holdings' Nestwell brand")
    ("en.sub.10b", rf"{{ORG:o}}{POSS} {{ORG:s}} (?:brand|unit|division|subsidiary|arm|label|imprint)\b", "subsidiaryOf", 0.7),
    ("en.dev.14", rf"{{ORG:s}}-owned {{PRODUCT:o}}", "develops", 0.75),  # "ByteDance-owned TikTok"
    # "MiniMax, whose Hailuo video app rivals ...", "Tencent, whose Yuanbao assistant goes head-to-head with ..."
    ("en.dev.whose", rf"{{ORG:s}}(?: \([^)]*\))?, whose {{PRODUCT:o}}(?: [a-z][\w-]*)?(?: {PRODUCT_KIND_EN}s?)? (?!of\b|and\b|or\b)[a-z]", "develops", 0.75),
    ("en.dev.1", rf"{{ORG:s}}{ASIDE_EN}(?: brand| unit| division| subsidiary)?{SAID_IT_EN} (?:has |have )?(?:jointly |together |also |officially |quietly |formally )?(?:launched|launches|released|releases|unveiled|unveils|introduced|announced|announces|developed|develops|(?:is|are|has been) developing|debuted|showed off|shows off|showcased|showcases|demonstrated|demoed|previewed|open-sourced|rolled out|rolls out|ships|shipped|(?:began|begins|started|starts) (?:selling|shipping|deliveries of|(?:mass )?production of|(?:volume |mass )?shipments of)) {PRODUCT_NP_EN}{{PRODUCT:o}}", "develops", 0.85),
    # "OpenAI made GPT-5.1 available to all users", "the new Kimi K2 model from Moonshot AI"
    ("en.dev.17", rf"{{ORG:s}}{ASIDE_EN}(?: has| have)? (?:made|makes) {{PRODUCT:o}} (?:generally |widely |freely |publicly )?available", "develops", 0.8),
    ("en.dev.18", rf"{{PRODUCT:o}} {PRODUCT_KIND_EN} from {{ORG:s}}", "develops", 0.75),
    # "Ledgerly's products include Ledgerly Treasury, Ledgerly Pay and …", "Halcyra's pipeline includes ravemibart and HLC-311"
    ("en.dev.include", rf"{{ORG:s}}{POSS} (?:[\w-]+ )?(?:products|drugs|brands|portfolio|pipeline|lineup|line-up|models|offerings|platforms) "
                       rf"(?:include|includes|included) {THE}{{PRODUCT:o}}", "develops", 0.7),
    ("en.dev.2", rf"{{ORG:s}}{POSS} {PRODUCT_NP_EN}{{PRODUCT:o}}", "develops", 0.7),
    # brand + model: "Tesla Model 3", "Xiaomi SU7"
    ("en.dev.3", rf"{{ORG:s}} {{PRODUCT:o}}", "develops", 0.7),
    # "OpenAI (ChatGPT)", "ByteDance (Dola)": a company with its product in brackets
    ("en.dev.4", rf"{{ORG:s}} \({{PRODUCT:o}}\)", "develops", 0.6),
    # "Kimi (Moonshot AI)": a product with its maker in brackets
    ("en.dev.5", rf"{{PRODUCT:o}} \({{ORG:s}}\)", "develops", 0.6),
    # "ChatGPT maker OpenAI", "OpenAI, the developer of ChatGPT", "OpenAI, which makes ChatGPT"
    ("en.dev.6", rf"{{PRODUCT:o}}(?:-| )(?:maker|developer|creator|owner) {{ORG:s}}", "develops", 0.8),
    ("en.dev.7", rf"{{ORG:s}}(?: \([^)]*\))?, (?:the |a )?(?:[A-Za-z-]+ |\x01(?:ORG|EXCHANGE):\d+\x02-[a-z]+ )?(?:maker|developer|creator|owner|operator) of (?:the )?{{PRODUCT:o}}", "develops", 0.8),
    # "Moonshot AI, the startup behind the Kimi chatbot"
    ("en.dev.9", rf"{{ORG:s}}(?: \([^)]*\))?, (?:the |a |an )?(?:[\w-]+ |\x01ORG:\d+\x02-\w+ ){{0,3}}(?:startup|start-up|company|firm|developer|maker|lab|group|giant|team|broker|operator|lender|bank|insurer|retailer) behind (?:the |its )?(?:{NOUN_WORD_EN} ){{0,3}}?{{PRODUCT:o}}", "develops", 0.8),
    # "ChatGPT, developed by OpenAI", "Gemini, which was built by Google"
    # "The Mate 80, Huawei's latest flagship, sold out"
    ("en.dev.19", rf"{{PRODUCT:o}}(?: {PRODUCT_KIND_EN}s?)?, (?:the )?{{ORG:s}}{POSS} (?:(?:new|newest|latest|first|flagship|cheapest|most [\w-]+|best-selling|top-of-the-line|next-generation|upcoming|own)[ -])*(?:[\w-]+ )?(?:{PRODUCT_KIND_EN}|flagship|offering|device|handset|product|vehicle)s?\b", "develops", 0.75),
    ("en.dev.10", rf"{{PRODUCT:o}}(?: \([^\x01)]*\))?(?: {PRODUCT_KIND_EN}s?)?,? (?:(?:which|that) (?:was|is|has been) )?(?:developed|made|built|created|released|launched|designed|trained|unveiled|open-sourced) by {{ORG:s}}", "develops", 0.8),
    # "Kimi, the chatbot from Moonshot AI", "the Claude maker Anthropic", "Copilot is Microsoft's AI assistant",
    # "Nvidia-designed Blackwell GPUs"
    # "Kimi K2 Thinking, the open-weight model Moonshot released last November": the product, then its kind and its maker
    ("en.dev.kindmaker", rf"{{PRODUCT:o}}, (?:the|a|an|its) (?:[\w-]+ ){{0,3}}?{PRODUCT_KIND_EN} (?:that )?{{ORG:s}} (?:has |had )?(?:released|launched|unveiled|built|developed|introduced|open-sourced|debuted)\b", "develops", 0.75),
    ("en.dev.from", rf"{{PRODUCT:o}}, (?:the|a|an) (?:[\w-]+ ){{0,2}}?{PRODUCT_KIND_EN} (?:from|by|(?:made|built|developed|designed|created|operated|run) by) {{ORG:s}}", "develops", 0.75),
    ("en.dev.maker", rf"{{PRODUCT:o}}[ -](?:maker|developer|creator) {{ORG:s}}", "develops", 0.8),
    ("en.dev.is", rf"{{PRODUCT:o}} (?:is|was|remains) {{ORG:s}}{POSS} (?:[\w-]+ ){{0,3}}?(?:{PRODUCT_KIND_EN}|family|flagship|line|series)\b", "develops", 0.75),
    ("en.dev.made", rf"{{ORG:s}}-(?:made|designed|built|developed) (?:[\w-]+ ){{0,2}}?{{PRODUCT:o}}", "develops", 0.75),
    ("en.dev.11", rf"{{ORG:s}}{ASIDE_EN}(?:,? which)? (?:owns|operates|runs|makes|designs) (?:the )?{{PRODUCT:o}}", "develops", 0.7),
    # "Huawei and Seres (jointly) launched the Aito M9": each launcher develops it
    ("en.dev.12", rf"{{ORG:s}},? (?:and|&) \x01ORG:\d+\x02 (?:have |has )?(?:jointly |together )?(?:launched|released|unveiled|introduced|developed|debuted|open-sourced|rolled out) {PRODUCT_NP_EN}{{PRODUCT:o}}", "develops", 0.8),
    ("en.dev.8", rf"{{ORG:s}}(?: \([^)]*\))?,(?: (?:a |an |the )?(?:[\w-]+ ){{0,4}}?(?:startup|company|firm|maker|developer|group|lab))? (?:which|that) (?:makes|made|developed|develops|created|built|builds|runs|operates) {PRODUCT_NP_EN}{{PRODUCT:o}}", "develops", 0.75),
    # the sentence's subject and "its" product, no other organization between: "Xiaomi … reported revenue …,
    # helped by sales of its SU7 electric sedan", "Kuaishou said that Zhang Di, who led the development of its Kling"
    ("en.dev.its", rf"^(?:Shares (?:of|in) )?{{ORG:s}}{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01(?:PRODUCT|PERSON):\d+\x02){{0,200}}?\b(?:its) "
                   rf"(?:(?:own|new|newest|latest|next-generation|flagship|in-house|first|popular|best-selling)[ -])*"
                   rf"(?:(?:(?!(?:in|at|on|of|for|with|to|from|near)\b)[\w-]+|\x01ORG:\d+\x02) ){{0,3}}?(?:{KIND_WORD_EN} )?{{PRODUCT:o}}", "develops", 0.65),  # (not "its plant in Szeged")
    ("en.invest.1", rf"{{ORG:s}} (?:led|co-led|joined|participated in) (?:the |a |an )?[^\x01.;]{{0,40}}?(?:round|financing|funding|investment)[^\x01.;]{{0,15}}?(?:in|of|for|into) {{ORG:o}}", "investsIn", 0.85),
    ("en.invest.2", rf"{{ANY:s}}{ASIDE_EN}{SAID_IT_EN}(?:,? which)? (?:has |have |had )?(?:also |already |previously |since )?(?:invested|invests|is investing|agreed(?: on \w+)? to invest) (?:[^\x01.;]|\.\d){{0,25}}?in {{ORG:o}}", "investsIn", 0.85),
    ("en.invest.3", rf"{{ORG:o}}{ASIDE_EN}{SAID_IT_EN} (?:has )?(?:raised|secured|closed|completed) [^\x01.;]{{0,60}}?led by {{ORG:s}}", "investsIn", 0.85),
    ("en.invest.4", rf"{{ORG:s}}-backed {{ORG:o}}", "investsIn", 0.8),  # "Microsoft-backed OpenAI"
    # "Moonshot AI, the Alibaba-backed startup behind Kimi"
    ("en.invest.11", rf"{{ORG:o}}, (?:the |a |an )?(?:[\w-]+ ){{0,3}}?{{ORG:s}}-backed ", "investsIn", 0.8),
    # "accusing the Nvidia- and SoftBank-backed startup": the startup named before, its backers here
    ("en.invest.14", rf"{{ORG:o}}(?:[^\x01.;]|\x01PRODUCT:\d+\x02){{0,40}}? the (?:[\w-]+ )?{{ORG:s}}-? (?:and|&) \x01ORG:\d+\x02-backed (?:[\w-]+ ){{0,2}}?(?:startup|company|firm|developer|maker|lender)", "investsIn", 0.75),
    ("en.invest.15", rf"{{ORG:o}}(?:[^\x01.;]|\x01PRODUCT:\d+\x02){{0,40}}? the (?:[\w-]+ )?\x01ORG:\d+\x02-? (?:and|&) {{ORG:s}}-backed (?:[\w-]+ ){{0,2}}?(?:startup|company|firm|developer|maker|lender)", "investsIn", 0.75),
    ("en.invest.5", rf"{{ORG:o}}(?:,(?:[^\x01.;]|\x01PERSON:\d+\x02){{1,60}}?,|,? (?:which|that))? (?:is|was|are|were|has been) (?:also )?(?:backed|funded) by {{ORG:s}}", "investsIn", 0.8),
    # "MiniMax, the Shanghai startup backed by Alibaba and Tencent"
    ("en.invest.7", rf"{{ORG:o}}, (?:the |a |an )?(?:[\w-]+ ){{0,4}}(?:backed|funded) by {{ORG:s}}", "investsIn", 0.75),
    # "Amazon completed its $8 billion investment in Anthropic", "Meta took a 49% stake in Scale AI"
    ("en.invest.8", rf"{{ORG:s}}{ASIDE_EN}{SAID_IT_EN} (?:has )?(?:completed|made|closed|finalized|announced) (?:its|a|an|the) (?:[^\x01.;]|\.\d){{0,25}}?investment in {{ORG:o}}", "investsIn", 0.85),
    ("en.invest.9", rf"{{ANY:s}}{ASIDE_EN}{SAID_IT_EN}(?:,? which)? (?:has |have |also |now |still )?(?:bought|acquired|took|takes|taken|holds|(?:raised|increased|boosted|lifted) (?:its|his|her|their)|agreed to (?:buy|acquire|take|pay (?:[^\x01.;]|\.\d){{0,30}}? for)) (?:a |an )?(?:(?:[$€£¥]|US\$|HK\$)?\d+(?:\.\d+)?(?: ?(?:billion|million|bn|m))?[- ]|\d+(?:\.\d+)?% |minority |majority |controlling |strategic )*stake (?:of (?:about |around |roughly |nearly |some )?\d+(?:\.\d+)?% )?in {{ORG:o}}", "investsIn", 0.8),
    # "Waymo raised $5.6 billion from investors including Andreessen Horowitz and Fidelity"
    ("en.invest.10", rf"{{ORG:o}}{ASIDE_EN}{SAID_IT_EN} (?:has )?(?:raised|secured|closed|received) (?:[^\x01.;]|\.\d){{0,60}}? from (?:[a-z]+ )?(?:investors|backers|firms|funds)?,? ?(?:including |such as |like |led by )?{{ANY:s}}", "investsIn", 0.8),
    # "Temasek Holdings has backed Chinese humanoid robot startup AgiBot"
    # "SoftBank has poured billions into OpenAI", "Microsoft, an early backer of OpenAI", "Anthropic's investors
    # include Google and Amazon", "Amazon increased its investment in Anthropic"
    ("en.invest.17", rf"{{ORG:s}}{ASIDE_EN} (?:has |have |had )?(?:poured|pumped|injected|plowed|ploughed|sunk) (?:[^\x01.;]|\.\d){{0,30}}? into {{ORG:o}}", "investsIn", 0.75),
    ("en.invest.18", rf"{{ORG:s}}, (?:an?|the) (?:early |major |key |big |biggest |largest |main |existing |longtime |new )*(?:backer|investor|shareholder) (?:of|in) {{ORG:o}}", "investsIn", 0.8),
    ("en.invest.19", rf"{{ORG:o}}{POSS} (?:[\w-]+ )?(?:investors|backers|shareholders) (?:include|included|includes|are|such as)(?: the likes of)? {{ORG:s}}", "investsIn", 0.75),
    # "Google owns about 14% of Anthropic" (a majority makes a parent), "ASML became Mistral AI's largest shareholder", "Tencent is one of the
    # biggest shareholders of Moonshot AI"
    ("en.invest.21", rf"{{ANY:s}}{ASIDE_EN}(?:,? which|,? who)? (?:still |now |also )?(?:owns|holds|controls|owned|held) (?:a |an )?(?:stake of )?(?:about |around |roughly |nearly |almost |some |just under |less than )?[1-4]?\d(?:\.\d+)?(?:%| percent| per ?cent)(?: stake)? (?:of|in) {{ORG:o}}", "investsIn", 0.8),
    ("en.invest.22", rf"{{ORG:s}} (?:is|was|became|remains|has become|had become) (?:now |also |still )?(?:one of )?(?:the |a |an )(?:early |major |key |big |biggest |largest |main |existing |longtime |new |strategic |second-largest |single largest |minority |majority )*(?:backers?|investors?|shareholders?|stakeholders?) (?:of|in) {{ORG:o}}", "investsIn", 0.8),
    ("en.invest.23", rf"{{ORG:s}}(?:(?:,| and|, and| &) \x01ORG:\d+\x02)* (?:is|was|became|remains|has become|had become|are|were) (?:now |also |still )?(?:one of |among )?{{ORG:o}}{POSS} (?:early |major |key |big |biggest |largest |main |existing |longtime |new |strategic |second-largest |single largest |minority |majority )*(?:backers?|investors?|shareholders?|stakeholders?)\b", "investsIn", 0.8),
    ("en.invest.20", rf"{{ORG:s}} (?:has |have |had )?(?:increased|raised|boosted|doubled|expanded|upped) (?:its|their) (?:total )?investment in {{ORG:o}}", "investsIn", 0.8),
    ("en.invest.12", rf"{{ORG:s}} (?:has |have |also |had )*backed (?:[a-zA-Z-]+ ){{0,5}}?{{ORG:o}}", "investsIn", 0.75),
    # "DeepSeek, the Hangzhou-based AI lab founded by Liang Wenfeng and backed by his hedge fund High-Flyer"
    ("en.invest.13", rf"{{ORG:o}}, (?:the |a |an )?(?:[^\x01.;]|\x01PERSON:\d+\x02){{0,60}}? and (?:backed|funded) by (?:(?:his|her|its|their|the) )?(?:[a-z-]+ ){{0,3}}?{{ORG:s}}", "investsIn", 0.75),
    ("en.invest.6", rf"{{ORG:s}} (?:[^\x01.;]|\x01PERSON:\d+\x02){{0,60}}?(?:after|by|while) investing (?:[^\x01.;]|\.\d){{0,25}}?in {{ORG:o}}", "investsIn", 0.75),
    # "Kellanova, the maker of Pringles and Cheez-It that Mars bought for about $36bn"
    ("en.acq.that", rf"{{ORG:o}}, (?:the|a|an) (?:[^\x01.;,]|\x01PRODUCT:\d+\x02){{1,60}}? (?:that|which) {{ORG:s}} (?:bought|acquired|took over|snapped up)\b", "acquires", 0.75),
    ("en.acq.1", rf"{{ORG:s}}{ASIDE_EN}{SAID_IT_EN} (?:has )?(?:acquired|acquires|bought|buys|snapped up|snaps up|scooped up|completed (?:its|the) (?:acquisition|purchase|takeover|buyout) of|agreed(?: on \w+)? to (?:acquire|buy)) {{ORG:o}}", "acquires", 0.85),
    # "SoftBank's $6.5 billion deal to buy Ampere Computing", "the acquisition of Windsurf by Cognition"
    ("en.acq.6", rf"{{ORG:s}}{POSS} (?:(?:[^\x01.;,]|\.\d){{0,30}}? )?(?:deal|agreement|bid|offer|plan) to (?:buy|acquire|take over) {{ORG:o}}", "acquires", 0.8),
    ("en.acq.7", rf"(?:acquisition|purchase|takeover|buyout) of {{ORG:o}} by {{ORG:s}}", "acquires", 0.85),
    ("en.acq.3", rf"{{ORG:s}}(?:,? which)? (?:has )?(?:completed|closed|finalized|finished|announced) (?:its|the|a) (?:[^\x01.;]|\.\d){{0,25}}?(?:acquisition|purchase|takeover|buyout) of {ACQUIRED_KIND_EN}{{ORG:o}}(?!{POSS}? {NOUN_AFTER_EN})", "acquires", 0.85),
    # "an antitrust investigation into Qualcomm over its acquisition of Israeli automotive chip firm Autotalks"
    ("en.acq.its", rf"{{ORG:s}} (?:over|for|after|following|since|with) its (?:[^\x01.;]|\.\d){{0,25}}?(?:acquisition|purchase|takeover|buyout) of {ACQUIRED_KIND_EN}{{ORG:o}}(?!{POSS}? {NOUN_AFTER_EN})", "acquires", 0.8),
    # "Electronic Arts agreed to be taken private by a consortium of …", "Zeekr … was taken private by Geely"
    ("en.acq.private", rf"{{ORG:o}}{ASIDE_EN}(?:,? which)? (?:was|were|has been|had been|is being|agreed(?: on \w+)? to be) taken private by (?:a (?:[\w-]+ )?(?:consortium|group) (?:of|led by|including) )?{PLACE_POSS_EN}{{ORG:s}}", "acquires", 0.8),
    # "Edge Impulse, which Qualcomm bought in March 2025"
    ("en.acq.which", rf"{{ORG:o}}, which {{ORG:s}} (?:bought|acquired|purchased|took over)\b", "acquires", 0.8),  # not "purchase of Nvidia chips"
    # "Mellanox was acquired by Nvidia", "Activision Blizzard, which was bought by Microsoft in 2023"
    ("en.acq.4", rf"{{ORG:o}}(?:,? which)? (?:was|has been|were|had been) (?:acquired|bought|purchased|taken over) by {{ORG:s}}", "acquires", 0.85),
    ("en.acq.2", rf"{{ORG:s}}{POSS} (?:(?:[^\x01.;]|\.\d){{0,20}}? )?(?:acquisition|purchase|takeover) of {{ORG:o}}", "acquires", 0.85),
    ("en.partner.1", rf"{{ORG:s}}(?: unit| division| subsidiary| arm)?{ASIDE_EN}{SAID_IT_EN} (?:has )?(?:partnered|partners|teamed up|(?:joined|joins|joining) forces|collaborated|collaborates|cooperated|cooperates|(?:works|worked) closely|signed (?:[^\x01.;]|\.\d){{0,30}}?|formed (?:[^\x01.;]|\.\d){{0,30}}?|is partnering|(?:entered|enters) (?:into )?(?:a |an )?(?:[\w-]+ ){{0,2}}?(?:joint venture|partnership|alliance|agreement)|(?:set up|launched|created|established) (?:a |an )?(?:[\w-]+ ){{0,2}}?joint venture|(?:struck|inked) (?:[^\x01.;]|\.\d){{0,30}}?) with {PLACE_POSS_EN}(?:(?:{DEMONYM_EN}) (?:[a-z][\w-]* ){{1,2}}?|(?:[a-z][\w-]* ){{1,2}}?(?:maker|company|firm|group|operator|developer|supplier|provider|retailer|carrier|startup|bank|insurer|drugmaker|automaker|carmaker|chipmaker) )?{{ORG:o}}", "partnerOf", 0.85),
    # "Xiaomi said it had signed a multiyear agreement to buy CATL's batteries", "Adnoc signed a 15-year agreement to
    # supply Japan's Inpex with LNG": a supply deal; "Novo Nordisk had licensed United Laboratories' obesity drug"
    ("en.partner.supply", rf"{{ORG:s}}{ASIDE_EN}{SAID_IT_EN} (?:has |had )?(?:signed|inked|struck|reached) (?:a |an )?(?:[\w-]+ ){{0,3}}?(?:agreement|deal|contract|pact) "
                          rf"(?:on \w+ |last \w+ )?to (?:buy|purchase|source|supply|use|deploy) {PLACE_POSS_EN}{{ORG:o}}", "partnerOf", 0.75),
    ("en.partner.license", rf"{{ORG:s}}{ASIDE_EN}{SAID_IT_EN} (?:has |had )?(?:in-)?licensed (?:(?:global |worldwide |the )?rights (?:[^\x01.;,]{{0,30}}? )?to )?{{ORG:o}}(?:{POSS}|'|’) ", "partnerOf", 0.75),
    # "Carizon, Volkswagen Group's China software joint venture with Horizon Robotics"
    # a drug or technology licensed out: "In December 2024, Hansoh licensed its oral GLP-1 drug HS-10535 to Merck & Co.",
    # "Hansoh Licenses Cancer Drug to Bristol Myers in Deal Worth Up to $2 Billion"
    ("en.partner.licto", rf"{{ORG:s}}{ASIDE_EN} (?:has |had )?(?:out-)?(?i:licensed|licenses|licences|licenced) (?:(?:the )?(?:global |worldwide |ex-China |U\.S\. |exclusive )*rights to )?"
                         rf"(?:(?:its|a|an|the|[Cc]ancer|[Dd]rug)\b(?:[^\x01.;,]|\x01PRODUCT:\d+\x02){{0,50}}? )?to {{ORG:o}}", "partnerOf", 0.75),
    # "LG AI Research open-sourced its Exaone 4.0 model last July and has since licensed it to LG Uplus"
    ("en.partner.licit", rf"{{ORG:s}}{ASIDE_EN} (?:[^\x01.;]|\.\d|\x01PRODUCT:\d+\x02){{1,80}}? and (?:has |had )?(?:since |also |later |now )?(?:licensed|licenses) (?:it|them) to {{ORG:o}}", "partnerOf", 0.75),
    ("en.partner.jvof", rf"{{ORG:s}}{POSS} (?:[\w-]+ ){{0,3}}?joint venture with {{ORG:o}}", "partnerOf", 0.8),
    # "said partners including Seres, Avatr and Dongfeng", "production for customers including Li Auto and Xiaomi"
    ("en.partner.incl", rf"^{{ORG:s}}{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01(?:PRODUCT|PERSON):\d+\x02){{0,160}}?\b(?:its )?(?:partners|customers|clients) (?:such as|including|like) {{ORG:o}}", "partnerOf", 0.6),
    # a headline: "Apple, Google Confirm Multiyear Deal for AI Technology"
    ("en.partner.7", rf"(?:^|[《\"“] ?){{ORG:s}}, {{ORG:o}} (?i:confirm|sign|ink|strike|reach|seal|announce|unveil|form)s? (?i:a |an |the )?(?:[\w-]+ ){{0,2}}?(?i:partnership|alliance|deal|pact|agreement|tie-up)", "partnerOf", 0.75),
    # "OpenAI and Advanced Micro Devices (AMD) on Monday announced a multi-year deal"
    ("en.partner.4", rf"{{ORG:s}},? (?:and|&) {{ORG:o}}(?: \([^)]{{1,40}}\))?(?: on \w+| last \w+| \w+day)?"
                     rf"(?: said(?: on \w+| last \w+| \w+day)?(?: that)? they(?: had| have)?)? {AGREE_EN}", "partnerOf", 0.8),  # "A and B said on Monday they had struck a deal"
    # "Huawei and Seres jointly launched the Aito M9": a joint launch
    # "SoftBank and OpenAI formed SB OpenAI Japan, a 50-50 joint venture"
    # a release's lead: "Ampera Charging Holdings (NYSE: AMPC), one of …, and Kohl's Corporation (NYSE: KSS) today announced a
    # multi-year partnership"
    ("en.partner.4c", rf"{{ORG:s}}{ASIDE_EN} (?:and|&) {{ORG:o}}{ASIDE_EN}(?: on \w+(?: \d+)?| last \w+| \w+day)? {AGREE_EN}", "partnerOf", 0.75),
    ("en.partner.jv", rf"{{ORG:s}},? (?:and|&) {{ORG:o}} (?:have |has )?(?:formed|set up|created|established|launched) \x01ORG:\d+\x02,? (?:a|an|their) (?:[\w-]+ ){{0,2}}?joint venture", "partnerOf", 0.8),
    # one company's product built on another's: "Microsoft integrated Anthropic's Claude models into Copilot",
    # "Apple chose Google's Gemini to power the new Siri", "Samsung's Galaxy AI features are powered by Google's Gemini"
    # "Apple confirmed in January that it had partnered with Google"
    ("en.partner.it", rf"{{ORG:s}} (?:said|confirmed|announced|disclosed)(?: in \w+| on \w+(?: \d+)?| last \w+)? that it (?:had |has )?(?:partnered|teamed up|signed (?:[^\x01.;]|\.\d){{0,30}}?) with {{ORG:o}}", "partnerOf", 0.8),
    ("en.partner.integrate", rf"{{ORG:s}}{ASIDE_EN} (?:has |have )?(?:integrated|incorporated) {{ORG:o}}{POSS} (?:[\w-]+ ){{0,2}}?\x01PRODUCT:\d+\x02", "partnerOf", 0.75),
    ("en.partner.chose", rf"{{ORG:s}}{ASIDE_EN} (?:has |have )?(?:chose|selected|picked|tapped) {{ORG:o}}{POSS} (?:[\w-]+ ){{0,2}}?\x01PRODUCT:\d+\x02(?: [\w-]+)? (?:to power|to run|for its|as its)", "partnerOf", 0.75),
    ("en.partner.powered", rf"{{ORG:s}}{POSS} (?:[^\x01.;]|\x01PRODUCT:\d+\x02){{0,40}}? (?:is|are) (?:now |also )?(?:powered|driven) by "
                           rf"{{ORG:o}}{POSS} (?:[\w-]+ ){{0,2}}?\x01PRODUCT:\d+\x02", "partnerOf", 0.75),
    ("en.partner.9", rf"{{ORG:s}},? (?:and|&) {{ORG:o}} (?:(?:have |has )?agreed(?: in \w+| on \w+(?: \d+)?| last \w+)? to )?(?:jointly|together|co-)(?: |-)?(?:launched|released|unveiled|developed|built|introduced|develop|build|make|produce)\b", "partnerOf", 0.8),
    # "Samsung Electronics has signed a $16.5 billion contract to make AI chips for Tesla"
    ("en.partner.11", rf"{{ORG:s}} (?:has )?(?:signed|inked|won|secured|landed|struck) (?:a |an )?(?:[^\x01.;]|\.\d){{0,30}}?(?:(?:contract|supply deal|supply agreement|order) (?:to (?:make|supply|build|produce|provide|deliver) [^\x01.;]{{0,50}}? )?(?:with|for|from)|(?:deal|agreement) to (?:make|supply|build|produce|provide|deliver|sell) [^\x01.;]{{0,50}}? (?:to|for)) {{ORG:o}}", "partnerOf", 0.75),
    # "Stellantis paid €1.5 billion for about 21% of Leapmotor"
    ("en.invest.16", rf"{{ORG:s}}{ASIDE_EN} (?:has )?(?:paid|spent|invested) (?:[^\x01.;]|\.\d){{1,30}}? (?:for|in) (?:a |an )?(?:about |around |roughly |nearly |almost )?\d+(?:\.\d+)?(?:%| percent| per ?cent) (?:stake )?(?:of|in) {{ORG:o}}", "investsIn", 0.75),
    ("en.partner.6", rf"{{ORG:s}}{ASIDE_EN} (?:has )?(?:signed|inked|struck|reached|sealed) (?:a |an )?(?:[^\x01.;]|\.\d){{0,30}}?(?:agreement|deal|pact|partnership) with {PLACE_POSS_EN}{{ORG:o}}", "partnerOf", 0.8),
    # "Nvidia agreed to invest $5 billion in Intel …, and the two chipmakers will jointly develop …"
    ("en.partner.two", rf"{{ORG:s}}(?:[^\x01.;]|\.\d){{0,80}}?{{ORG:o}}(?:[^\x01.;]|\.\d){{0,80}}?,? and the two (?:companies|firms|groups|[a-z]+makers) "
                       rf"(?:will |would |have |also |agreed to |also agreed to |plan to )*(?:jointly|collaborate|cooperate|work together|co-develop|partner)", "partnerOf", 0.7),
    # "Seres Group, the carmaker that builds AITO-brand vehicles in partnership with Huawei"
    ("en.partner.10", rf"{{ORG:s}}(?: \([^)]*\))?(?:,? (?:the |a |an |which |that |who )?(?:[^\x01.;]|\x01(?:PRODUCT|ORG):\d+\x02){{0,80}}?)? in (?:close )?partnership with {{ORG:o}}", "partnerOf", 0.7),
    ("en.partner.5", rf"{{ORG:s}} (?:is|are|has been|have been) (?:working|collaborating|teaming up|cooperating) with {{ORG:o}}", "partnerOf", 0.7),
    # "Toyota Motor works with BYD on battery-electric sedans", "Nissan has run a joint venture with Dongfeng"
    ("en.partner.workson", rf"{{ORG:s}}{ASIDE_EN} (?:also |now )?(?:works|worked|has worked|have worked) (?:closely )?with {{ORG:o}} on\b", "partnerOf", 0.7),
    ("en.partner.runjv", rf"{{ORG:s}}{ASIDE_EN} (?:has |have |had )?(?:also )?(?:run|runs|ran|operates|operated|owns) (?:a|an|its) (?:[\w-]+ ){{0,2}}?joint venture with {{ORG:o}}", "partnerOf", 0.75),
    # "Ubisoft sold a minority stake in Vantage Studios, a new subsidiary, to Tencent Holdings"
    ("en.invest.soldto", rf"\x01ORG:\d+\x02(?: itself)?{ASIDE_EN} (?:has |had )?(?:sold|sells|agreed to sell) (?:a |an |its )?(?:[\w-]+ )?stake in {{ORG:o}}(?: \([^)]{{1,40}}\))?(?:, (?:[^\x01.;,]){{1,60}},)? to {{ORG:s}}", "investsIn", 0.75),
    # "activist investor Elliott Management disclosed a stake of more than $1 billion in Lululemon"
    ("en.invest.disclosed", rf"{{ORG:s}}{ASIDE_EN} (?:has |had )?(?:disclosed|built|amassed|taken|took|revealed) (?:a |an )?(?:[\w-]+ )?stake (?:of (?:[^\x01.;]|\.\d){{1,30}}? )?in {{ORG:o}}", "investsIn", 0.75),
    # "Early backers of Insta360 include IDG Capital and Xunlei"
    ("en.invest.backersof", rf"(?:[Bb]ackers|[Ii]nvestors|[Ss]hareholders) (?:of|in) {{ORG:o}} (?:include|includes|included|are|were)(?: the likes of)? {{ORG:s}}", "investsIn", 0.75),
    # "Vexa's partners include A, B and C", "Vexa counts Orlen among its partners", "Orlen, a longtime partner of Vexa,"
    ("en.partner.12", rf"{{ORG:s}}{POSS} (?:[\w-]+ ){{0,2}}?partners (?:include|includes|included|are|such as) (?:companies |firms |groups )?(?:such as |like )?{{ORG:o}}", "partnerOf", 0.75),
    ("en.partner.12b", rf"{{ORG:s}},? (?:which |who )?counts {{ORG:o}} (?:as|among) (?:one of )?its (?:[\w-]+ ){{0,2}}?partners", "partnerOf", 0.75),
    ("en.partner.12c", rf"{{ORG:s}}, (?:a|an|the|its) (?:[\w-]+ ){{0,2}}?partner of {{ORG:o}}", "partnerOf", 0.75),
    # "Vexa expanded its collaboration with Orlen"
    ("en.partner.13", rf"{{ORG:s}} (?:has |have )?(?:expanded|extended|deepened|renewed|strengthened|broadened) (?:its|their) (?:[\w-]+ ){{0,2}}?(?:partnership|alliance|collaboration|cooperation|ties|agreement|deal|contract) with {{ORG:o}}", "partnerOf", 0.8),
    # "In partnership with Orlen, Vexa launched …"
    ("en.partner.14", rf"(?:^|[.;] )(?i:in) (?:close )?(?:partnership|collaboration|cooperation) with {{ORG:s}}, {{ORG:o}}", "partnerOf", 0.7),
    ("en.partner.2", rf"(?:partnership|alliance|collaboration|joint venture) (?:between|of) {{ORG:s}} and {{ORG:o}}", "partnerOf", 0.85),
    ("en.partner.2b", rf"(?:contract|deal|agreement|pact|tie-up) between {{ORG:s}} and {{ORG:o}}", "partnerOf", 0.75),
    # "Nvidia's $20 billion licensing deal with Groq" (not a merger agreement or a settlement)
    ("en.partner.15", rf"{{ORG:s}}{POSS} (?:(?!merger|acquisition|takeover|buyout|purchase|settlement|sale)[^\x01.;,]|\.\d){{0,40}}?(?:deal|agreement|contract|partnership|alliance|collaboration|pact|tie-up) with {{ORG:o}}", "partnerOf", 0.75),
    # "AMD will supply OpenAI with six gigawatts of chips in a deal worth …", "Under the agreement, Oracle will host …"
    ("en.partner.16", rf"{{ORG:s}} (?:will |would |is to |has agreed to |agreed to )?(?:supply|provide|deliver|furnish) {{ORG:o}} with (?=(?:[^\x01.;]|\.\d){{0,120}}?\b(?:deal|agreement|contract|partnership|pact)\b)", "partnerOf", 0.7),
    ("en.partner.17", rf"(?:^|[.;] )(?i:under) (?:the|a|an|this|its|their) (?:[^\x01,.;]|\.\d){{0,40}}?(?:deal|agreement|contract|pact|partnership)(?: [^\x01,.;]{{0,30}})?, {{ORG:s}} (?:will|would|is to|agreed to) (?:supply|provide|deliver|host|buy|pay|build|make|manufacture|deploy|license|use)(?:[^\x01.;]|\.\d){{0,60}}?{{ORG:o}}", "partnerOf", 0.7),
    # a supplier or contract maker and its customer: "Quanta Computer, which builds AI servers for Google and Meta",
    # "TSMC, which manufactures Nvidia's Blackwell chips", "AMD agreed last October to supply OpenAI with ..."
    ("en.partner.supplier", rf"{{ORG:s}}{ASIDE_EN}(?:,? which)? (?:also |now )?{MAKES_EN} "
                            rf"(?:[^\x01.;,]|\x01PRODUCT:\d+\x02){{1,40}}? for {{ORG:o}}", "partnerOf", 0.7),
    ("en.partner.makes", rf"{{ORG:s}}{ASIDE_EN}(?:,? which)? (?:also |now )?{MAKES_EN} {{ORG:o}}{POSS} (?:[\w-]+ |\x01PRODUCT:\d+\x02 ){{0,3}}?(?:{PRODUCT_KIND_EN}|chips|servers|racks|panels|screens|displays|batteries|cells|modules|components|parts)s?\b", "partnerOf", 0.7),
    ("en.partner.agreedto", rf"{{ORG:s}}{ASIDE_EN} (?:has |had )?agreed{WHEN_EN} to (?:supply|provide|deliver|license) {{ORG:o}} with\b", "partnerOf", 0.75),
    # "signed a three-year agreement last month to supply rack servers to Microsoft", "signed an agreement on January 20 to
    # license HyperCLOVA X to Siam Commercial Bank", "an agreement to supply HBM4 memory for Nvidia's Vera Rubin platform"
    ("en.partner.toverb", rf"{{ORG:s}}{ASIDE_EN}{SAID_IT_EN} (?:has |had )?(?:signed|inked|struck|reached|sealed|won) (?:a |an )?(?:[^\x01.;]|\.\d){{0,30}}?(?:agreement|deal|contract|pact){WHEN_EN} "
                          rf"to (?:supply|provide|deliver|build|make|license|sell) (?:[^\x01.;,]|\x01(?:PRODUCT|PERSON):\d+\x02){{1,50}}? (?:to|for) {{ORG:o}}", "partnerOf", 0.75),
    # "under a partnership Grab and OpenAI signed in 2024", "a deal that Kakao and OpenAI struck"
    ("en.partner.signedby", rf"(?:partnership|agreement|deal|pact|alliance|contract) (?:that )?{{ORG:s}},? (?:and|&) {{ORG:o}} (?:had |have )?(?:signed|struck|sealed|inked|formed|reached|announced)\b", "partnerOf", 0.75),
    # "GoTo jointly released the model Sahabat-AI with Indosat Ooredoo Hutchison"
    ("en.partner.jointly", rf"{{ORG:s}}{ASIDE_EN} (?:has |have )?(?:jointly|together|co-)(?: |-)?(?:launched|released|unveiled|developed|built|introduced|debuted|open-sourced) (?:[^\x01.;]|\x01PRODUCT:\d+\x02){{1,60}}? with {{ORG:o}}", "partnerOf", 0.75),
    # "SoftBank Corp said it had licensed OpenAI models to run ...": a licence taken of a company's technology
    ("en.partner.licmodels", rf"{{ORG:s}}{ASIDE_EN}{SAID_IT_EN} (?:has |had )?(?:in-)?licensed {{ORG:o}} (?:[\w-]+ )?(?:models?|technology|technologies|patents?|software|chip designs?|designs?|IP)\b", "partnerOf", 0.75),
    ("en.partner.18", rf"{{ORG:s}} (?:has )?awarded {{ORG:o}} (?:a |an )?(?:[^\x01.;]|\.\d){{0,30}}?(?:contract|order|deal)\b", "partnerOf", 0.7),
    ("en.partner.3", rf"{{ORG:s}} (?:has )?partnered with [^\x01.;]{{0,30}}?(?:including|such as|like) {{ORG:o}}", "partnerOf", 0.75),
    # "Amazon, Google and Microsoft compete for cloud customers" (the names before, every two of them)
    ("en.compete.vs", rf"{{ORG:s}}{VS_EN}{VS_FIGURES}(?={{ORG:o}})", "competesWith", 0.7),
    ("en.compete.vs2", rf"{{ORG:s}}{VS_EN}\x01ORG:\d+\x02{VS_EN}{VS_FIGURES}{{ORG:o}}", "competesWith", 0.7),
    # "Google faces stiff competition from OpenAI"
    ("en.compete.11", rf"{{ORG:s}}(?:{POSS}(?: [\w-]+){{1,2}}?)?{ASIDE_EN} (?:faces|face|faced|is facing|are facing|was facing|has faced|have faced) (?:[\w-]+ ){{0,2}}(?:competition|pressure|challenges?) from {{ORG:o}}", "competesWith", 0.7),
    # "Moore Threads is among a handful of domestic chipmakers competing with Nvidia"
    ("en.compete.12", rf"{{ORG:s}}{ASIDE_EN} (?:is|was|remains) (?:among|one of) [^\x01.;]{{0,60}}? (?:competing|that compete|vying) (?:directly |head-on )?(?:with|against) {{ORG:o}}", "competesWith", 0.7),
    ("en.compete.4", rf"{{ORG:s}},? (?:and|&) {{ORG:o}} (?:compete|competed|are competing|vie|vied|are vying|(?:are|were|remain) (?:fierce |bitter |close |direct |longtime |long-time |arch-?)?(?:rivals|competitors)|battle|are battling|(?:are|were|remain) locked in (?:a |an )?(?:[\w-]+ )?(?:price war|battle|rivalry|fight|race))\b(?! (?:with|against)\b)", "competesWith", 0.75),
    # "BYD overtook Tesla as the world's largest EV maker", "Pinduoduo is taking on Alibaba"
    ("en.compete.13", rf"{{ORG:s}}{ASIDE_EN}(?:,? which)? (?:has |have |had )?(?:overtook|overtaken|overtakes|surpassed|surpasses|outsold|outsells|dethroned|unseated|(?:is |are )?taking on|takes on|took on)(?: rival| rivals)? {{ORG:o}}", "competesWith", 0.7),
    ("en.compete.battle", rf"{{ORG:s}}{ASIDE_EN} (?:is |are |was |were |has been |have been )?(?:also |still |now )?(?:battling|battles|battled) (?:rivals? )?{{ORG:o}}", "competesWith", 0.75),  # "Meituan is battling Alibaba and JD.com"
    ("en.compete.1", rf"{{ORG:s}}{ASIDE_EN}(?:,? which)? (?:has |have |had |is |are |was |were |has been |have been )?(?:also |still |now )?(?:competes|compete|competing|competed|racing|races|raced|battling|battles|battled|vie|vies|vied|vying|going head-to-head|goes head-to-head|went head-to-head|(?:is |are )?(?:racing|scrambling|trying|struggling|rushing) to catch up) (?:(?:most |more )?(?:directly|head-on|fiercely|closely|aggressively|effectively) )?(?:in (?:[A-Z][\w.]*(?: [A-Z][\w.]*)?|the [\w-]+(?: [\w-]+)? (?:market|business)) )?(?:with|against) (?:(?:its |larger |bigger )?rivals? )?{PLACE_POSS_EN}{{ORG:o}}", "competesWith", 0.85),
    ("en.compete.2", rf"{{ORG:s}}{POSS} {_RIVAL_ADJ}(?:-?rivals?|competitors?)(?: in [^\x01.;,]{{1,30}},)?(?:,? (?:such as|like|including)| (?:include|includes|are|were))?,? {{ORG:o}}", "competesWith", 0.75),
    # "Midea competes with A at home, while abroad its rivals include Samsung Electronics and LG Electronics"
    ("en.compete.its", rf"^{{ORG:s}}{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01[A-Z]+:\d+\x02){{0,160}}?\bits {_RIVAL_ADJ}(?:rivals|competitors) (?:include|includes|are|were) {{ORG:o}}", "competesWith", 0.7),
    # "Huawei is Cambricon's most direct rival", "Volcano Engine is taking share from Alibaba Cloud",
    # "Temu's rivalry with Shein"
    ("en.compete.8", rf"{{ORG:s}}(?: \([^)]*\))? (?:is|was|remains|has become|became) {{ORG:o}}{POSS} (?:[\w-]+ ){{0,3}}?(?:rival|competitor)\b", "competesWith", 0.75),
    ("en.compete.9", rf"{{ORG:s}}{ASIDE_EN} (?:is|are|has been|have been) (?:taking|winning|grabbing|stealing) (?:market )?share from {{ORG:o}}", "competesWith", 0.7),
    # "The move puts Alibaba in direct competition with ByteDance", "Samsung lost market share to Apple", "Huawei has
    # emerged as a strong competitor to Nvidia", "launched a delivery service to challenge Meituan", "the price war
    # between BYD and Tesla"
    ("en.compete.14", rf"(?:puts?|putting|places?|placing|brings?|bringing|pits?|pitting) {{ORG:s}} (?:(?:directly|squarely|head-to-head) )?(?:in|into|against) (?:(?:direct|head-to-head|fierce|stiff|closer) )?(?:competition with |rivalry with )?{{ORG:o}}", "competesWith", 0.7),
    ("en.compete.16", rf"{{ORG:s}}{ASIDE_EN} (?:has |have |had )?(?:lost|losing|loses|ceded|cedes|ceding) (?:market )?share to {{ORG:o}}", "competesWith", 0.7),
    ("en.compete.17", rf"{{ORG:s}}{ASIDE_EN} (?:has |have |had )?(?:emerged as|become|became|is|was|remains|is seen as|is viewed as|is regarded as) (?:a|an|the) (?:[\w-]+ ){{0,2}}?(?:rival|competitor|challenger) (?:to|of|for) {{ORG:o}}", "competesWith", 0.7),
    ("en.compete.18", rf"{{ORG:s}}{ASIDE_EN} (?:has |have |had )?(?:launched|unveiled|introduced|rolled out|cut|slashed|built|opened|expanded)(?:[^\x01.;]|\x01PRODUCT:\d+\x02){{0,60}}? (?:to|in a bid to|in an effort to|aiming to) (?:challenge|take on|compete with|rival|counter|fend off) {{ORG:o}}", "competesWith", 0.7),
    # products set against each other: "Xiaomi's SU7 competes directly with Tesla's Model 3"
    ("en.compete.20", rf"{{ORG:s}}{POSS} \x01PRODUCT:\d+\x02 (?:competes|competed|will compete|is competing|rivals|takes on|goes head-to-head) (?:(?:directly|head-on|fiercely) )?(?:with |against )?{{ORG:o}}{POSS} \x01PRODUCT:\d+\x02", "competesWith", 0.65),
    ("en.compete.whose", rf"{{ORG:s}}(?: \([^)]*\))?, whose \x01PRODUCT:\d+\x02(?: [a-z][\w-]*)?(?: {PRODUCT_KIND_EN}s?)? (?:competes|rivals|takes on|goes head-to-head|is going head-to-head|vies) "
                          rf"(?:(?:directly|head-on|fiercely) )?(?:with |against )?{{ORG:o}}{POSS} \x01PRODUCT:\d+\x02", "competesWith", 0.75),
    ("en.compete.19", rf"(?:price war|rivalry|competition|battle|race|fight|showdown) between {{ORG:s}} and {{ORG:o}}", "competesWith", 0.75),
    ("en.compete.10", rf"{{ORG:s}}{POSS} (?:[\w-]+ )?(?:rivalry|competition|price war) with {{ORG:o}}", "competesWith", 0.75),
    # "Zhipu, a rival of Moonshot", "Anthropic, OpenAI's main rival"
    # "Dexcom rival Abbott", "Shanghai-based Agibot rival Fourier"
    ("en.compete.rival", rf"{{ORG:o}}(?:{POSS})? {_RIVAL_ADJ}(?:rival|competitor) {{ORG:s}}", "competesWith", 0.7),
    # "Anglo Teck now ranks alongside rivals BHP and Rio Tinto", "Shares in X rose 4%, outperforming larger rival Y"
    ("en.compete.alongside", rf"{{ORG:s}}{ASIDE_EN} (?:now |still )?(?:ranks|sits|stands|competes) (?:alongside|among|with) {_RIVAL_ADJ}(?:rivals?|competitors?|peers?)(?: such as| like| including)? {{ORG:o}}", "competesWith", 0.7),
    ("en.compete.outperform", rf"^(?:Shares (?:of|in) )?{{ORG:s}}{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01[A-Z]+:\d+\x02){{0,200}}?\b(?:outperforming|outpacing|underperforming|lagging) (?:its )?{_RIVAL_ADJ}(?:rivals?|competitors?|peers?) {{ORG:o}}", "competesWith", 0.65),
    # "Leapmotor, whose shares trade on …, delivered 70,000 vehicles in November and competes with BYD and Xpeng"
    ("en.compete.and", rf"^{{ORG:s}}{ASIDE_EN} (?:[^\x01.;]|\.\d|\x01(?!ORG)[A-Z]+:\d+\x02){{1,100}}? and (?:also |still )?(?:competes|vies|battles) (?:(?:directly|head-on|fiercely) )?(?:with|against) {{ORG:o}}", "competesWith", 0.7),
    ("en.compete.5", rf"{{ORG:s}}(?: \([^)]{{1,40}}\))?, (?:a |an |the )?(?:[^\x01.;,]{{0,60}}? )?(?:rival|competitor|challenger) (?:of|to) {{ORG:o}}", "competesWith", 0.75),
    # the sentence's subject and the rivals it trails, gains on or challenges: "Chery still trails rivals BYD and
    # Geely", "helped it gain ground on rivals Tesla and Nio", "stepping up its challenge to Alibaba", "as it
    # competes with Samsung Electronics"
    ("en.compete.21", rf"(?:^(?:Shares of )?|\bsaid (?:that )?|\b(?:keeps|kept|puts|put|leaves|left|helps|helped) ){{ORG:s}}(?:{POSS})?{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01(?:PRODUCT|PERSON):\d+\x02){{0,240}}?\b(?:on|to|off|against|behind|trails?|trailing|lags?|lagging|than|over|from|outsold|overtook|overtaking|overtakes|ahead of) "
                      rf"(?:its |larger |bigger |domestic |local |Chinese |American |U\.S\. |foreign |global |established )*(?:rivals?|competitors?) (?:such as |like |including )?{{ORG:o}}", "competesWith", 0.65),
    ("en.compete.22", rf"^{{ORG:s}}(?:{POSS})?{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01(?:PRODUCT|PERSON|ORG):\d+\x02){{0,200}}?\b(?:its|a|the) (?:[\w-]+ ){{0,2}}?(?:challenge to|battle with|war with|fight with|rivalry with) "
                      rf"(?:(?:its |larger |bigger |domestic |local )*(?:rivals?|competitors?) )?{{ORG:o}}", "competesWith", 0.65),
    # ... and the rivals a participle after it takes on: "…, taking on Samsung Electronics' Galaxy S25 Edge",
    # "…, undercutting rivals such as UBTech Robotics", "pitting the Chinese carmaker squarely against Tesla's Model Y"
    ("en.compete.24", rf"^{{ORG:s}}(?:{POSS} \x01PRODUCT:\d+\x02)?{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01(?:PRODUCT|PERSON|ORG):\d+\x02){{0,200}}?, (?:taking on|challenging|undercutting|going after|"
                      rf"(?:piling|putting|heaping|ramping up|stepping up|increasing) (?:the |more )?pressure on|"
                      rf"pitting (?:[^\x01.;,]{{0,60}}? )?against) (?:(?:its |larger |bigger |domestic |local )*(?:rivals?|competitors?) (?:such as |like |including )?)?{{ORG:o}}", "competesWith", 0.65),
    # "an area in which Chery still trails rivals BYD and Geely"
    ("en.compete.21b", rf"{{ORG:s}}{ASIDE_EN} (?:still |now |also )?(?:trails?|trailed|lags?(?: behind)?|lagged(?: behind)?|undercuts?|undercut) "
                       rf"(?:its |larger |bigger |domestic |local )*(?:rivals?|competitors?) (?:such as |like |including )?{{ORG:o}}", "competesWith", 0.7),
    ("en.compete.23", rf"^{{ORG:s}}{ASIDE_EN}(?:[^\x01.;]|\.\d|\x01(?:PRODUCT|PERSON):\d+\x02){{0,160}}?,? as (?:it|the company) (?:competes|battles|vies|races|fights) (?:(?:directly|head-on|fiercely) )?(?:with|against) (?:(?:rivals?|competitors?) )?{{ORG:o}}", "competesWith", 0.65),
    ("en.compete.6", rf"{{ORG:s}}, (?:an? )?{{ORG:o}}(?:{POSS})? (?:[\w-]+ ){{0,2}}(?:rival|competitor)\b", "competesWith", 0.75),
    # "xAI ... sued rival OpenAI", "Xiaomi overtook rivals Tesla and BYD"
    ("en.compete.7", rf"{{ORG:s}}{ASIDE_EN}{SAID_IT_EN} (?:has |have |had )?[a-z]+(?: (?:up|on|out|down))? (?:its |their )?(?:(?:main|chief|biggest|closest|key|major|arch|domestic|local|U\.S\.|Chinese|American) )?(?:rivals?|competitors?) {{ORG:o}}", "competesWith", 0.7),
    ("en.compete.3", rf"(?<!and )(?<!counts ){{ORG:s}}(?:{POSS})?[^\x01.;]{{0,160}}?\b(?:competitors|rivals) (?:like|such as|including) {{ORG:o}}", "competesWith", 0.6),
    ("en.list.1", rf"{{ORG:s}}{ASIDE_EN}(?:,? which)? (?:listed|lists|debuted|debuts|made (?:its|a) (?:\w+ ){{0,2}}debut|went public|floated|began trading|started trading|completed (?:a|its) (?:[\w-]+ )?listing)[^\x01.;]{{0,20}}? (?:on (?:the )?|in ){{EXCHANGE:o}}", "listedOn", 0.9),
    # "Chery Automobile rose 8% in its debut on the Hong Kong Stock Exchange", "Shares of X quadrupled on their first
    # day of trading on Shanghai's STAR Market", "X raised HK$14.3 billion in its share sale and began trading on"
    ("en.list.9", rf"^(?:Shares of )?{{ORG:s}}{ASIDE_EN}(?:[^\x01.;]|\.\d){{0,100}}? (?:(?:in|on) (?:its|their) (?:[\w-]+ )?(?:debut|first day of trading|first trading day)|(?:and |, )(?:began|started) trading) (?:on|in) (?:the )?(?:[A-Z][a-z]+(?:'s|’s) )?{{EXCHANGE:o}}", "listedOn", 0.8),
    ("en.list.9b", rf"^(?:Shares of )?{{ORG:s}}{ASIDE_EN}(?:[^\x01.;]|\.\d){{0,100}}? (?:in|on|during) (?:its|their) {{EXCHANGE:o}} (?:debut|trading debut|market debut)", "listedOn", 0.8),  # "in their New York Stock Exchange debut"
    # "Anglo Teck's primary listing is on the London Stock Exchange, with secondary listings on the Johannesburg
    # Stock Exchange and the Toronto Stock Exchange", "NIO, which is listed on the NYSE, also trades on the HKEX"
    # a release names its company with its exchange and ticker: "Kohl's Corporation (NYSE: KSS)", "Novartis AG (SIX: NOVN, NYSE: NVS)"
    ("en.list.ticker", rf"{{ORG:s}},?(?: Inc\.| Corp\.| Ltd\.| plc| AG| SA| NV| SE| LLC)? \((?:(?:\x01EXCHANGE:\d+\x02|[A-Z]{{2,8}}): ?[A-Z0-9.]{{1,6}}, )*{{EXCHANGE:o}}: ?[A-Z0-9.]{{1,6}}(?:, (?:\x01EXCHANGE:\d+\x02|[A-Z]{{2,8}}): ?[A-Z0-9.]{{1,6}})*\)", "listedOn", 0.85),
    ("en.list.primary", rf"{{ORG:s}}{POSS} (?:primary |main |secondary |dual |first )?listings? (?:is|are|was) (?:on|in) (?:the )?{{EXCHANGE:o}}", "listedOn", 0.85),
    ("en.list.secondary", rf"{{ORG:s}}{POSS} (?:primary |main |first )?listing (?:is|was) (?:on|in) (?:the )?\x01EXCHANGE:\d+\x02, with (?:a )?(?:secondary|dual|further|other) listings? (?:on|in) (?:the )?{{EXCHANGE:o}}", "listedOn", 0.8),
    ("en.list.also", rf"{{ORG:s}}, which (?:is|was) listed (?:on|in) (?:the )?\x01EXCHANGE:\d+\x02, (?:also )?(?:trades|is listed|is traded) (?:on|in) (?:the )?{{EXCHANGE:o}}", "listedOn", 0.8),
    ("en.list.2", rf"{{ORG:s}}{POSS} (?:listing|IPO|debut|flotation) on (?:the )?{{EXCHANGE:o}}", "listedOn", 0.85),
    # (not a parent before its unit, "Porsche, a Volkswagen subsidiary listed on", nor the object of a preposition, "which
    # builds the Aito range in partnership with Huawei, listed on")
    ("en.list.3", rf"(?<!unit of )(?<!subsidiary of )(?<!division of )(?<!arm of )(?<!affiliate of )(?<!with )(?<!by )(?<!for )(?<!from )"
                  rf"{{ORG:s}}(?![^\x01.;]{{0,30}}?[a-z], (?:is|was|has been|are|were) (?:listed|traded))"
                  rf"(?![^\x01.;]{{0,30}}?\b(?:subsidiary|unit|affiliate|arm|division|spin-off)\b)[^\x01.;]{{0,30}}?(?:listed|traded|trades|trade|trading)(?: in (?:[A-Z][\w ]{{1,20}}?|\x01[A-Z]+:\d+\x02) and)? on (?:both )?(?:the )?{{EXCHANGE:o}}", "listedOn", 0.75),
    # a city as the market: "Baidu, which is listed in Hong Kong and on the Nasdaq", "X, the Hong Kong-listed chip designer"
    ("en.list.6", rf"{{ORG:s}}[^\x01.;]{{0,30}}?(?:listed|traded) in {{EXCHANGE:o}}", "listedOn", 0.75),
    ("en.list.7", rf"{{ORG:s}}(?: \([^)]*\))?, (?:the |a |an )?{{EXCHANGE:o}}-listed", "listedOn", 0.8),
    ("en.list.8", rf"{{ORG:s}}{POSS} {{EXCHANGE:o}}-listed (?:shares|stock|units|ADRs)\b", "listedOn", 0.85),  # "Alibaba's Hong Kong-listed shares"
    ("en.list.4", rf"{{EXCHANGE:o}}-listed (?:{NOUN_WORD_EN} ){{0,3}}?{{ORG:s}}", "listedOn", 0.85),  # "Nasdaq-listed Pony.ai"
    ("en.list.5", rf"[Ss]hares of {{ORG:s}}(?:[^\x01.;]|\x01[A-Z]+:\d+\x02){{0,60}}? (?:began|started|opened|debuted|rose|jumped|soared|fell|closed)[^\x01.;]{{0,30}}? on (?:the )?{{EXCHANGE:o}}", "listedOn", 0.8),
]
