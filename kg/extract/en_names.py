"""English names the models call people that the text shows are companies or products.

The English models read many one-word company names as people: "Airwallex closed a $330
million round", "Stripe's Asia-Pacific business", "an analyst at Morningstar".  A person in
news is rarely named by one word, except by a surname after the full name ("Musk", after
"Elon Musk"), so a one-word "person" is retyped only when no longer person's name in the
document ends with it, and only by what companies alone do or have: rounds raised, valuations,
shares, business units, a listing, rivals competed with, analysts working there.  A "person"
before a kind of product ("Tang and Yuan Pro vehicles") or after its maker ("the maker of
Labubu dolls") is a product.
"""
from __future__ import annotations

import re
from typing import Iterable

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS

from ..lexicon import known_names, place_names
from ..records import Mention
from .en_products import KINDS as EN_KINDS

# nouns only for companies, in descriptions of a name ("X, the German owner of")
_COMPANY_NOUN = r"owner|parent|operator|company|firm|startup|retailer|carmaker|automaker|chipmaker|lender|insurer|conglomerate"
# a unit of another company, in apposition: "Wiwynn, a Wistron subsidiary,", "Naver Cloud, Naver's cloud subsidiary,",
# "LG AI Research, the research arm of LG Group"
_UNIT_OF = (r", (?:(?:a |an )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?(?:(?:'s|’s) (?:[a-z][\w-]* ){0,2}| (?:[a-z][\w-]* )?)|"
            r"(?:a|an|the) (?:[a-z][\w-]* ){0,2}?)(?:subsidiary|unit|affiliate|division|arm)\b(?! of (?:the )?(?:[A-Z][a-z]+ )?(?:Army|Navy|Police|Force)\b)")
# what a company says of itself: "Stryker said on Wednesday it had completed its acquisition", "Tesco said its sales rose"
_SAID_ITS = (r" (?:said|says|reported|announced)(?: on \w+| last \w+| \w+day)?,? (?:that )?(?:its (?!own\b)[a-z]|it (?:had|has) "
             r"(?:completed|agreed|closed|acquired|signed|raised|reached|launched|bought|sold|won|filed|recalled)\b)")
_COMPANY_AFTER = re.compile(
    r"(?:(?:'s|’s) (?:[A-Z][\w&.-]* ){0,3}(?:business|unit|arm|division|subsidiary|shares|stock|board|valuation|"
    r"chief executive|CEO|chairman|chairwoman|co-founders?|founders?|"
    r"IPO|listing|revenue|sales|profit|customers|investors|backers|rivals?)\b"
    r"| (?:has |have |had |also |on \w+ |last \w+ )*(?:closed|raised|secured|completed) (?:a |an |its |the )?"
    r"(?:[$€£¥][\d.,]+ ?(?:million|billion|bn|m)?|[\w$.-]+ (?:million|billion))? ?(?:[\w-]+ ){0,3}?(?:round|funding|financing)\b"
    r"| (?:competes|compete|competed|is competing) with\b"
    rf"|{_SAID_ITS}"
    rf"|, (?:the|a|an) (?:[\w-]+ ){{0,3}}?(?:maker|developer|{_COMPANY_NOUN}) (?:of|behind|that|which|based)\b"
    rf"|{_UNIT_OF}"
    r"| (?:is|was) (?:now )?valued at\b"
    r"| (?:was|is|had been|has been) (?:co-)?founded (?:in \d{4} )?by\b"  # "Payvera was co-founded in 2022 by"
    r"|,? (?:is |was )?headquartered in\b"
    r"| (?:filed|has filed) for (?:an |a )?(?:IPO|listing)\b"
    r"| (?:shares|stock) (?:rose|fell|jumped|surged|slumped|dropped|climbed)\b"
    r"| (?:has |had |on \w+ |last \w+ )*(?:appointed|named|hired) (?:[A-Z][\w.-]+ ){1,3}[^.;]{0,80}?\bas (?:its )?"
    r"(?:new |next |interim )?(?:president|CEO|chief|chair|head)\b"
    # "Anta chairman Ding Shizhong": a title and its holder's name after the company
    r"| (?:chairman|chairwoman|chief executive|CEO|founder|co-founder|president|spokesperson|spokesman|spokeswoman)"
    r" (?:and [\w -]{3,30}? )?[A-Z][a-z]+ [A-Z][a-z]+)")
# ... which, of a name of several words, only company-only descriptions show: "Multiverse Computing,
# a San Sebastian-based developer of", "German outdoor brand Jack Wolfskin"
_COMPANY_AFTER_LONG = re.compile(
    # "Kraft Heinz's rivals", "Kraft Heinz chair Miguel Patricio", "Kraft Heinz, the maker of Heinz ketchup"
    r"(?:'s|’s) (?:[a-z][\w-]* )?(?:business|unit|arm|division|subsidiary|board|chief executive|CEO|chairman|chairwoman|IPO|"
    r"listing|revenue|profit|rivals?)\b|"
    r" (?:chair|chairman|chairwoman|chief executive|CEO) [A-Z][a-z]+ [A-Z][a-z]+|, the maker of\b|"
    r", (?:the|a|an) (?:[\w-]+ ){0,3}?(?:[\w-]+-based (?:[\w-]+ ){0,2}?(?:developer|maker|provider|operator)|"
    rf"(?:{_COMPANY_NOUN}) (?:of|behind|that|which|based))\b|{_SAID_ITS}|"
    r" (?:has |have |had )?agreed (?:on \w+ )?to (?:buy|acquire|sell|merge|take over)\b|"
    r" (?:was|is|had been|has been) (?:co-)?founded (?:in \d{4} )?by\b|,? (?:is |was )?headquartered in\b|"
    r" (?:is|was) (?:exploring|reviewing|weighing) (?:strategic )?options for its\b|" + _UNIT_OF)
_COMPANY_BEFORE_LONG = re.compile(r"\b(?:rivals?|competitors?)(?: such as| like| including)? $|"
                                  r"\b(?:brand|startup|start-up|carmaker|automaker|chipmaker|retailer|lender|insurer|"
                                  r"conglomerate|subsidiary|chain|operator|provider|manufacturer|supplier|"
                                  r"(?:chip|software|processor|GPU) designer) $")
# Jobs held at an organization ("an analyst at Morningstar")
_JOB = r"analyst|economist|strategist|researcher|executive|engineer|director|head|manager|partner"
_COMPANY_BEFORE = re.compile(rf"(?i)\b(?:{_JOB}|investor)s? (?:at|with) $|"
                             r"\brivals? $|\bcompetitors? (?:like |such as )?$|\bmaker $|"  # "Ray-Ban maker EssilorLuxottica"
                             # "Singapore Airlines' budget unit Scoot", "identity-security startup Tessellate"
                             r"\b(?:unit|subsidiary|division|arm|affiliate|airline|carrier|startup|start-up|lender|insurer|"
                             r"carmaker|automaker|chipmaker|drugmaker|retailer) $|"
                             r"\b(?:partnered|partnering|teamed up|partnership|deal|agreement|contract|alliance|"
                             r"collaboration) with $|"
                             r"\bcompet(?:es|ed|ing|e) (?:directly |head-on )?with $")


# what follows or precedes a product: its kind ("Yuan Pro vehicles"), its maker ("the maker of Labubu")
_PRODUCT_AFTER = re.compile(r" (?:dolls?|toys?|figures?|vehicles?|cars?|sedans?|SUVs?|EVs?|smartphones?|phones?|handsets?|"
                            r"chips?|processors?|GPUs?|chatbots?|app|apps|robots?|robotaxis?|models?|glasses|headsets?|"
                            r"consoles?|laptops?|tablets?|smartwatch(?:es)?|earbuds|drones?|maker)\b")
# (one word, or a name and an edition or number: "Yuan Pro", "Reachy 2"; not "Jane Holt models")
_PRODUCT_SHAPE = re.compile(r"[A-Z][\w-]*(?: (?:[A-Z][\w-]* )*(?:Pro|Max|Plus|Ultra|Mini|Air|Lite|SE|\d[\w.]*))?")
# ... or described as one right after: "introduced Nova, a family of foundation models", "Reachy, its
# humanoid robot, ..."
_PRODUCT_APPOSITION = re.compile(r", (?:a|an|its|their|the) (?:new |latest |first )?(?:(?:family|series|line|range|suite) of|"
                                 r"(?:[\w-]+ ){0,3}?(?:model|chatbot|app|chip|processor|smartphone|robot|drone|sedan|SUV|"
                                 rf"vehicle|headset|console|assistant|{EN_KINDS})s?(?=[,.;]| (?:that|which|designed|built|aimed|in|for)\b))")
_PRODUCT_BEFORE = re.compile(r"\b(?:maker|makers|developer|creator|manufacturer) of (?:the |its )?$")
_LAUNCHED_BEFORE = re.compile(r"\b(?:launched|launches|rolled out|rolls out|released|releases|unveiled|unveils|introduced|debuted)"
                              r"(?: (?:its|their|the|a|an))?(?: new| latest)? $")


# An organization the English model names where a company hires someone for a post
_PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:[A-Z]\. )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_HIRED_BEFORE = re.compile(r"\b(?:hired|hires|appointed|appoints|named|poached|recruited|tapped|promoted|lured) $")
_HIRED_AFTER = re.compile(r",| as | to (?:run|lead|head|oversee|be|succeed)\b")


_RIVALS_BEFORE = re.compile(r"\b(?:rivals?|competitors?|peers?)(?: such as| like| including)? $")
_TWO_NAMES = re.compile(r"([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) and ([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})")


# What says a name is a business, not a product: a kind of business after it ("… Saturn electronics chains",
# "its Motorola unit"), an owner before it, an owner after it
_BUSINESS_AFTER = re.compile(r"(?: and [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)? (?:[a-z][\w-]* ){0,2}(?:units?|subsidiary|subsidiaries|"
                             r"divisions?|arm|affiliates?|studios?|chains?|retailers?|stores|airlines?|carriers?|banks?|lenders?|"
                             r"insurers?|operators?|businesses)\b")
_OWNER_BEFORE = re.compile(r"\b(?:owners?|parent|parents|owns|owned|controls) of (?:the )?(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?(?:, | and ))?$|"
                           r"\b(?:owns|controls|bought|acquired) (?:the )?$")
_OWNED_AFTER = re.compile(r",? (?:which is |which was )?(?:wholly |majority[- ]|fully )?(?:owned|controlled) by\b")


def _person_shaped_org(c: Mention) -> bool:
    """An organization the English model names that is shaped like a person's name and known as no name."""
    return (c.source == "ner" and c.type == "ORG" and c.lang == "en" and bool(_PERSON_NAME.fullmatch(c.text))
            and c.text.rsplit(" ", 1)[-1] not in ORG_WORDS_EN and c.text not in known_names())


def retyped_en(candidates: Iterable[Mention], text: str) -> list[Mention]:
    """The candidates, with the English models' "people" that the text shows are products or
    companies retyped (source "context", so the type holds for the name's other mentions)."""
    candidates = list(candidates)
    people = {c.text for c in candidates if c.type == "PERSON" and " " in c.text}
    orgs = [c.text for c in candidates if c.type == "ORG" and " " in c.text]
    out = []
    for c in candidates:
        if (c.source == "ner" and c.type == "ORG" and c.lang == "en" and _RIVALS_BEFORE.search(text, max(0, c.start - 30), c.start)
                and (pair := _TWO_NAMES.fullmatch(c.text))):
            # "from rivals Fujifilm and Pentax Medical": two companies the model read as one
            for g in (1, 2):
                a = c.start + pair.start(g)
                out.append(Mention(c.doc_id, a, a + len(pair.group(g)), pair.group(g), "ORG", c.lang, "context", None))
            continue
        if (c.source == "ner" and c.type == "PERSON" and c.lang == "en" and " " not in c.text and c.text not in known_names("PERSON")
                and any(o.startswith(c.text + " ") for o in orgs) and not text.startswith(",", c.end)):  # not "said Epps, owner of Epps Aviation"
            # "United was winning customers" after "United Airlines": a company's short name
            out.append(Mention(c.doc_id, c.start, c.end, c.text, "ORG", c.lang, "context", None))
            continue
        if _person_shaped_org(c) and (
                (_HIRED_BEFORE.search(text, max(0, c.start - 12), c.start) and _HIRED_AFTER.match(text, c.end))
                or any(p.type == "PERSON" and text[p.end:c.start] in (" and ", ", and ") for p in candidates)):
            # "OpenAI hired Fidji Simo, the former Instacart CEO": whom a company hires for a post is a person, and so
            # is a name listed with a person ("co-founded by former Google researchers David Ha and Llion Jones")
            out.append(Mention(c.doc_id, c.start, c.end, c.text, "PERSON", c.lang, "context", None))
            continue
        if c.source == "ner" and c.type == "PRODUCT" and c.lang == "en" and c.text not in known_names("PRODUCT", ambiguous=True) and (
                _BUSINESS_AFTER.match(text, c.end) or _OWNER_BEFORE.search(text, max(0, c.start - 30), c.start)
                or _OWNED_AFTER.match(text, c.end)):
            # "the owner of the MediaMarkt and Saturn electronics chains", "its Rockstar Games studio",
            # "iFood, owned by Prosus": a business the model took for a product
            out.append(Mention(c.doc_id, c.start, c.end, c.text, "ORG", c.lang, "context", None))
            continue
        if c.source == "ner" and c.type == "ORG" and c.lang == "en" and c.text not in known_names("ORG", ambiguous=True) and \
                _LAUNCHED_BEFORE.search(text, max(0, c.start - 30), c.start):
            # "Rakuten Group rolled out Rakuten AI across its apps": what a company launches is a product
            out.append(Mention(c.doc_id, c.start, c.end, c.text, "PRODUCT", c.lang, "context", None))
            continue
        if not (c.source in ("ner", "lac") and c.type == "PERSON" and c.lang == "en"):
            out.append(c)
            continue
        if (c.text[:1].isupper() and _PRODUCT_SHAPE.fullmatch(c.text) and c.text not in known_names() and (
                _PRODUCT_AFTER.match(text, c.end) or _PRODUCT_BEFORE.search(text, max(0, c.start - 30), c.start)
                or _PRODUCT_APPOSITION.match(text, c.end))):
            # "Tang and Yuan Pro vehicles", "the maker of Labubu dolls": a product the models took for a name
            out.append(Mention(c.doc_id, c.start, c.end, c.text, "PRODUCT", c.lang, "context", None))
            continue
        if c.text not in known_names("PERSON") and (
                (" " not in c.text and c.text[:1].isupper() and not any(p.endswith(" " + c.text) for p in people)
                 and (_COMPANY_AFTER.match(text, c.end) or _COMPANY_BEFORE.search(text, max(0, c.start - 40), c.start)))
                or (" " in c.text and (_COMPANY_AFTER_LONG.match(text, c.end)
                                       or _COMPANY_BEFORE_LONG.search(text, max(0, c.start - 20), c.start)))):
            c = Mention(c.doc_id, c.start, c.end, c.text, "ORG", c.lang, "context", None)
        out.append(c)
    return out


# A name after a job at an organization: "an analyst at Morningstar", "a partner at Hillhouse Capital",
# "chief executive of Target"
_AT_EMPLOYER = re.compile(rf"\b(?:(?:{_JOB}|professor|scientist)s? (?:at|with)|(?:head|director|(?:senior |executive )?vice president|manager) of (?:[\w-]+ ){{1,4}}?at|(?:chief executive|chief \w+ officer|"
                          rf"CEO|chairman|chairwoman|co-founder|founder) of) ((?:[A-Z][\w&.'-]*)(?: (?:[A-Z][\w&.'-]*|&)){{0,3}})"
                          r"(?![\w&'-])")


# ... and one a round or a stake is in: "led a $50 million Series B round in Lumora", "a 49% stake in Scale AI"
_INVESTEE = re.compile(r"\b(?:(?:round|stake|investment|invested|invests|investing) in(?! (?:January|February|March|April|May|June|July|"
                       r"August|September|October|November|December|[A-Z][a-z]+ \d))|(?:round|funding|financing)(?: [^.;,]{0,30}?)? led by)"
                       r" ((?:[A-Z][\w&.'-]*)(?: (?:[A-Z][\w&.'-]*|&)){0,3})(?![\w&'-])")


# ... and one a deal buys: "agreed to buy Windsurf for about $3 billion", "completed its acquisition of Ampere"
_ACQUIRED = re.compile(r"\b(?:to (?:buy|acquire)|acquired|acquires|bought|buys|snapped up|scooped up|(?:acquisition|takeover|purchase|buyout) of)"
                       r" ((?:[A-Z][\w&.'-]*)(?: (?:[A-Z][\w&.'-]*|&)){0,3})(?![\w&.'-])(?! (?:shares|stock|stake|products|chips)\b)")
_CALENDAR = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                       r"September|October|November|December|Today|Yesterday|Tomorrow")
DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ian)|French|Dutch|Swiss|Greek|Thai|Israeli|Saudi|Emirati|Iraqi|Kuwaiti|Qatari")


# ... and one before its officer's title and name: "Anta chairman Ding Shizhong", "Lumora CEO Jane Holt"
# (and "Healy president George Malina", "Former Pepco executive Sharon Pratt Dixon", "Edison spokesman Kevin
# Kelly": a lowercase post between a capitalized name and a person's two names)
_BEFORE_OFFICER = re.compile(r"(?<![\w&.'-])((?:[A-Z][\w&.'-]*)(?: [A-Z][\w&.'-]*){0,2}) (?:chairman|chairwoman|chief executive|"
                             r"CEO|founder|co-founder|president|executive|spokesman|spokeswoman|spokesperson|employee|"
                             r"Chairman|Chairwoman|(?:[Cc]o-)?Chief Executive(?: Officer)?|Co-[Ff]ounder|Founder) "
                             r"(?:and [\w -]{3,30}? )?[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+")
# Words that end an organization's name, never a person's
ORG_WORDS_EN = {"Capital", "Partners", "Ventures", "Group", "Holdings", "Fund", "Labs", "Technologies", "Technology",
                "Bank", "Motors", "Systems", "Investments", "Management", "Media", "Energy", "Health", "Network", "Networks",
                "Securities", "Financial", "Global", "International", "Industries", "Electronics", "Foundation", "Institute"}

NOT_EMPLOYER = {"The", "A", "An", "This", "That", "Its", "His", "Her", "Their", "Our", "Former", "Then", "Interim",
                 "Acting", "New", "Deputy", "Company", "Group", "Executive", "Chief", "Vice", "Another", "Senior",
                 "Assistant", "Associate", "Sales", "Marketing", "Press", "Media", "Campaign"}


def _opens_no_name(word: str) -> bool:
    """A word a company's name does not start with: a modifier or function word, a nationality, a
    day or month ("Former Pepco", "Japanese Nipro", "Monday")."""
    return word in NOT_EMPLOYER or word.lower() in EN_STOP_WORDS or bool(DEMONYM.fullmatch(word) or _CALENDAR.fullmatch(word))


# ... and the investors listed as joining a round: "with T. Rowe Price, Salesforce Ventures and Square Peg participating"
_JOINING = re.compile(r"\bwith (?:(?:existing|new|other|returning) )?(?:(?:investors|backers|shareholders) )?"
                      r"((?:[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})(?:(?:, (?:the|a|an) [^,;.]{1,40},)?(?:,| and|, and) (?:[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})){0,5})"
                      r"(?: \([^)]{1,40}\))? (?:also )?(?:participating|joining|taking part|investing)\b")
_JOINED_NAME = re.compile(r"[A-Z][\w&.'-]*(?: (?!and\b)[A-Z][\w&.'-]*){0,3}")


# ... and one a nationality and a kind of company describe: "Brazilian fintech Nuvora", "Danish biotech
# Orbion Therapeutics", "German cable maker Leoni"
_COMPANY_KIND_EN = (r"(?:fintech|biotech|startup|start-up|bank|lender|insurer|reinsurer|carrier|airline|retailer|grocer|"
                    r"supermarket chain|drugmaker|pharmaceutical company|company|firm|group|conglomerate|automaker|carmaker|"
                    r"chipmaker|miner|developer|operator|manufacturer|maker|supplier|brand|platform|studio|publisher|"
                    r"broker|brokerage|asset manager|utility|producer|refiner|shipper|shipping line|logistics firm|"
                    r"e-commerce firm|telecoms group|telecom operator|investor|fund|giant|rival|peer|unicorn)")
_DESCRIBED_EN = re.compile(rf"\b(?:(?:{DEMONYM.pattern})|([A-Z][a-z]+(?: [A-Z][a-z]+)?)|[A-Z][\w]+-based) (?:[a-z][\w-]* ){{0,3}}{_COMPANY_KIND_EN} "
                           r"((?:[A-Z][\w&.'-]*)(?: (?:[A-Z][\w&.'-]*|&)){0,3})(?![\w&'-])")
# ... and one an apposition after it calls a kind of company: "Tesco, Britain's biggest supermarket group, said",
# "Inditex, the world's largest fashion retailer, …", "Norvex, a Shanghai-based chipmaker that …" (no kinds a
# person may be: investor, developer, producer)
_APPOSITION_KIND_EN = (r"(?:fintech|biotech|startup|start-up|bank|lender|insurer|reinsurer|airline|retailer|grocer|"
                       r"supermarket (?:group|chain)|drugmaker|pharmaceutical company|company|firm|group|conglomerate|"
                       r"automaker|carmaker|chipmaker|miner|manufacturer|supplier|brokerage|utility|refiner|shipping line|"
                       r"e-commerce (?:firm|platform)|telecoms group|telecom operator|unicorn)")
_COMPANY_APPOSITION = re.compile(r"(?<![\w&'-])([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}), (?:the|a|an|([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'s|’s)) "
                                 rf"(?:[\w-]+ ){{0,3}}?{_APPOSITION_KIND_EN}(?=[,.;]| (?:that|which|with|in|by|and)\b)")
# ... and a place's company of one word or with a corporate word: "Vietnam's Techcombank", "Japan's Nipro Corporation"
CORPORATE_WORD = (r"(?:Corporation|Incorporated|Limited|Holdings|Group|Company|"
                   r"Therapeutics|Biopharma|Biopharmaceuticals?|Pharmaceuticals?|Pharma|Biosciences|Biologics|Biotech|"
                   r"Bank|Bancorp|Insurance|Assurance|Airlines|Airways|Motors|Industries|Technologies|Securities|Energy|"
                   r"Labs|Systems|Networks|Robotics|Semiconductors?|Electronics|Aerospace|Resources|Mining|Foods|Beverages|Brands|Entertainment|Studios|Interactive|Telecom|Communications|"
                   r"Logistics|Shipping|Properties|Realty|Capital|Partners|Ventures|Mutual|Health|Medical|International|Investors|Investments|Management|"
                   r"Appliances|Equipment|Materials|Chemicals|Automotive|Biotechnology|Environmental|Software)")
_PLACE_COMPANY = re.compile(r"(?<!\bof )\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'s|’s) "
                            rf"((?:[A-Z][\w&.-]*[a-z][\w&.-]*)(?:(?: [A-Z][\w&.-]*)*? {CORPORATE_WORD})?)(?![\w&'-]| [A-Z])")
# ... and one something was founded as: "Zepto, the Mumbai-based quick-commerce startup co-founded by …",
# "Corvane, founded in 2021 by former Genentech scientist Priya Raman"
_FOUNDED_BY = re.compile(r"(?<![\w&'-])([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}), (?:(?:the|a|an) (?:[\w-]+ ){0,5}?)?(?:co-)?founded "
                         r"(?:in \d{4} )?by\b|"
                         # ... or is a unit of, or backed by, another: "Pinecrest, a subsidiary of Heartland Bancorp",
                         # "Norvex, which is backed by Temasek"
                         r"(?<![\w&'-])([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}), (?:(?:a|an|the|its) (?:[\w.-]+ ){0,4}?"
                         r"(?:unit|subsidiary|division|arm|affiliate) of|which (?:is|was) (?:majority-|wholly )?(?:backed|owned|controlled) by)\b")
# ... and any name with a corporate word: "Kelun-Tao Biopharma", "United Laboratories International Holdings"
_CORPORATE_NAME = re.compile(rf"(?<![\w&.'-])((?:[A-Z][\w&.'-]*[a-z][\w&.'-]* ){{1,4}}{CORPORATE_WORD}(?![\w.])|"
                             r"(?:Banco|Banca|Grupo|Groupe|Compagnie|Société) [A-Z][\w&.-]*[a-z](?: [A-Z][\w&.-]*[a-z])?)(?![\w&-])(?!['’](?!s\b))")


# Words a company's short form may not be alone: common adjectives and nouns that open corporate
# names ("General Motors", "United Airlines", "Applied Materials", "Advanced Micro-Fabrication Equipment")
_COMMON_HEAD = {"General", "United", "American", "National", "International", "Global", "Advanced", "Applied", "First",
                "Digital", "Royal", "Standard", "Universal", "Western", "Eastern", "Southern", "Northern", "Pacific",
                "Atlantic", "Electric", "Central", "Federal", "Capital", "Public", "Private", "Asian", "European",
                "China", "Chinese", "Great", "Smart", "Green", "Energy", "Health", "Medical", "Power", "Home", "Future",
                "Open", "Blue", "Red", "Black", "White", "Golden", "Silver", "Summit", "Prime", "Alpha", "Delta", "Sun"}
_SHORT_FORM = re.compile(rf"([A-Z][a-z][A-Za-z]+(?: (?:&|and) [A-Z][a-z][A-Za-z]+)?)(?: [A-Z][A-Za-z]+)*? {CORPORATE_WORD}"
                         r"(?:,? (?:Inc|Corp|Co|Ltd|LLC|Plc|PLC|AG|SA|NV|SE|Limited)\.?){0,2}")


def short_form(name: str) -> str | None:
    """What a document calls an English company after naming it in full: "Kirana" for "Kirana Motors",
    "Harbor & Pine" for "Harbor & Pine Brands" (not a common word or a place: "General Motors")."""
    m = _SHORT_FORM.fullmatch(name)
    if m is None:
        return None
    head = m.group(1)
    first = head.split()[0]
    if _opens_no_name(first) or head in _COMMON_HEAD or first in _COMMON_HEAD or head.casefold() in place_names():
        return None
    return head


# ... and a business named before its kind after its owner: "sold under Target's Pillowfort brand", "its
# Rockstar Games studio"
BUSINESS_KIND_EN = r"(?:(?:[a-z][\w-]* )?brand|label|unit|subsidiary|division|studio|chain)s?\b"
_OWNED_KIND = re.compile(r"(?:['’]s|(?<=s)['’]|\bits) ((?:[A-Z][\w&.'-]*[a-z][\w&.'-]*)(?: [A-Z][\w&.'-]*[a-z][\w&.'-]*){0,2}) "
                         + BUSINESS_KIND_EN)


def described_companies_en(doc_id: str, text: str, start: int, end: int) -> list[Mention]:
    """Companies an English segment names by a nationality and a kind, after a place's possessive,
    or with a corporate word (:data:`_DESCRIBED_EN`, :data:`_PLACE_COMPANY`, :data:`_CORPORATE_NAME`)."""
    out = []
    for m in _DESCRIBED_EN.finditer(text, start, end):
        if m.group(1) and m.group(1).casefold() not in place_names():
            continue  # "London treasury software startup Ledgerly" (a place), not any capitalized word
        name = m.group(2).rstrip(".")
        if name.split()[0] not in NOT_EMPLOYER and not _CALENDAR.fullmatch(name.split()[0]):
            out.append(Mention(doc_id, m.start(2), m.start(2) + len(name), name, "ORG", "en", "context"))
    for m in _FOUNDED_BY.finditer(text, start, end):
        g = 1 if m.group(1) else 2
        name = m.group(g)
        if name.split()[0] not in NOT_EMPLOYER and name.split()[0].lower() not in EN_STOP_WORDS and not _CALENDAR.fullmatch(name):
            out.append(Mention(doc_id, m.start(g), m.end(g), name, "ORG", "en", "context"))
    for m in _COMPANY_APPOSITION.finditer(text, start, end):
        name, place = m.group(1), m.group(2)
        if (place is None or place == "World" or place.casefold() in place_names()) and name.split()[0] not in NOT_EMPLOYER \
                and name.split()[0].lower() not in EN_STOP_WORDS and not _CALENDAR.fullmatch(name) and name not in known_names("PERSON"):
            out.append(Mention(doc_id, m.start(1), m.end(1), name, "ORG", "en", "context"))
    for m in _PLACE_COMPANY.finditer(text, start, end):
        if m.group(1).casefold() in place_names() and m.group(2).split()[0] not in NOT_EMPLOYER and not _CALENDAR.fullmatch(m.group(2)):
            out.append(Mention(doc_id, m.start(2), m.end(2), m.group(2), "ORG", "en", "context"))
    for m in _OWNED_KIND.finditer(text, start, end):
        first = m.group(1).split()[0]
        if m.group(1) not in known_names("PRODUCT", ambiguous=True) and first not in NOT_EMPLOYER and not (
                DEMONYM.fullmatch(first) or first.casefold() in place_names()):  # not "VW's Spanish performance brand"
            out.append(Mention(doc_id, m.start(1), m.end(1), m.group(1), "ORG", "en", "context"))
    for m in _CORPORATE_NAME.finditer(text, start, end):
        name, at = m.group(1), m.start(1)
        cut = max((w.end() for w in re.finditer(r"\S+(?:['’]s|-[a-z]+) ", name)), default=0)
        name, at = name[cut:], at + cut  # "Alibaba Group's Cloud Intelligence Group", "Hong Kong-listed Pop Mart …": the last name
        if name.rsplit(" ", 1)[0] in known_names("ORG", ambiguous=True):
            continue  # "SoftBank Group", "Xiaomi Corporation": the lexicon's name and a corporate word
        while " " in name and (_opens_no_name(name.split()[0])
                               or name.split()[0][:-2].casefold() in place_names()):  # "Japan's Nipro Corporation"
            first = name.split()[0]
            name, at = name[len(first) + 1:], at + len(first) + 1
        if " " in name:
            out.append(Mention(doc_id, at, at + len(name), name, "ORG", "en", "context"))
    return out


# ... and the names of a list of rivals or backers: "competes with Bill, Ramp and Brex", "rivals such as Alo
# Yoga and Vuori", "early backers of Insta360 include IDG Capital and Xunlei"
_LISTED_AFTER = re.compile(r"\b(?:(?:rivals?|competitors?|peers?)(?:,? (?:such as|like|including))?|compet(?:es|ed|ing|e) (?:directly |head-on )?with|"
                           r"(?:backers|investors|shareholders) (?:of|in) [A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3} (?:include|includes|included))"
                           r" ((?:[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})(?:(?:, and |, | and )(?:[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})){1,5})")


def employer_mentions(doc_id: str, text: str, start: int, end: int) -> list[Mention]:
    """Organizations named as where someone works, as what a round or stake is in, before an
    officer's post or as what a deal buys, in English ``text[start:end]``."""
    out = []
    for m in _JOINING.finditer(text, start, end):
        for n in _JOINED_NAME.finditer(text, m.start(1), m.end(1)):
            name, at = n.group(0), n.start()
            owner = re.match(r".*?['’]s ", name)
            if owner:  # "Temasek's Vertex Ventures": the owner's unit
                name, at = name[owner.end():], at + owner.end()
            if name and name.split()[0] not in NOT_EMPLOYER:
                out.append(Mention(doc_id, at, at + len(name), name, "ORG", "en", "context"))
    for m in _LISTED_AFTER.finditer(text, start, end):
        for n in _JOINED_NAME.finditer(text, m.start(1), m.end(1)):
            name, words = n.group(0), n.group(0).split()
            if (len(words) == 1 or words[-1] in ORG_WORDS_EN) and not (
                    _opens_no_name(words[0]) or name.casefold() in place_names() or name in known_names("PERSON")):
                out.append(Mention(doc_id, n.start(), n.end(), name, "ORG", "en", "context"))
    for m in (*_AT_EMPLOYER.finditer(text, start, end), *_INVESTEE.finditer(text, start, end),
              *_BEFORE_OFFICER.finditer(text, start, end), *_ACQUIRED.finditer(text, start, end)):
        name, at = m.group(1).rstrip("."), m.start(1)
        owner = re.match(r"(.*?)['’]s ", name)
        if owner and owner.group(1).casefold() in place_names():
            name, at = name[owner.end():], at + owner.end()  # "a stake in India's Yes Bank": the place's company
        elif owner:
            name = owner.group(1)  # "to buy CATL's Shenxing batteries": the company is the owner
        if DEMONYM.fullmatch(name) and (m.re is _BEFORE_OFFICER or re.match(r" [a-z]", text[m.start(1) + len(name):m.start(1) + len(name) + 2])):
            continue  # "a stake in German cable maker Leoni": a nationality, then what the company is
        if m.re is _BEFORE_OFFICER:  # "Former Pepco executive": the name after a capitalized modifier
            while " " in name and name.split()[0] in NOT_EMPLOYER:
                first = name.split()[0]
                name, at = name[len(first) + 1:], at + len(first) + 1
        if m.re in (_BEFORE_OFFICER, _ACQUIRED) and ({name.casefold(), name.casefold() + ".", m.group(1).casefold()} & place_names() or _CALENDAR.fullmatch(name)):
            continue  # "Russia president Vladimir Putin", "U.S. president", "Monday spokesman"
        if " " not in name and name.lower() in EN_STOP_WORDS:
            continue  # "Under chief executive Satya Nadella": a capitalized function word
        if name.split()[0] not in NOT_EMPLOYER and not re.search(r"-[a-z]+\b", name):  # not "Beijing-based"
            out.append(Mention(doc_id, at, at + len(name), name, "ORG", "en", "context"))
    return out
