"""English name conventions the NER does not know, for the ``kg_en_ner_rules`` component
(:mod:`kg.nlp.en_ner`, step 7 of its rules): a name does not end in a function word or a title's
abbreviation; an AP state abbreviation after a comma and a dateline's city are places; a
nationality's adjective is no name; "<head> of ..." is an organization; a company ends at its
corporate suffix; an honorific or an age in apposition marks a person.
"""
from __future__ import annotations

# Words that end an organization's name ("Inc", "Holdings", "Therapeutics", "Ministry").
ORG_WORDS = {
    "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "LLC", "PLC", "Plc", "AG", "SA",
    "GmbH", "Co", "Co.", "Company", "Group", "Holdings", "Holding", "Technologies", "Technology",
    "Pharmaceuticals", "Pharma", "Therapeutics", "Biosciences", "Biotech", "Motors", "Automotive",
    "Auto", "Airlines", "Airways", "Bank", "Bancorp", "Securities", "Capital", "Ventures",
    "Partners", "Investment", "Investments", "Management", "Insurance", "Financial", "Electronics", "Semiconductor",
    "Semiconductors", "Robotics", "Systems", "Networks", "Telecom", "Communications", "Media",
    "Entertainment", "Studios", "Pictures", "Games", "Software", "Labs", "Laboratories",
    "Instruments", "Industries", "Logistics", "Energy", "Mining", "Chemicals", "Petroleum",
    "Solutions", "Dynamics", "Analytics", "Mobility", "Foods", "University", "Institute",
    "Foundation", "Association", "Council", "Commission", "Ministry", "Agency", "Bureau",
    "Party", "Exchange", "Intelligence", "Firm", "Cloud",
}

# Person titles written as abbreviations: a name never ends in one ("Texas Gov." cut off
# before "John Connally" by a sentence splitter is a place, not an organization).
_TITLE_ABBR = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Sen", "Rep", "Gov", "Gen", "Lt", "Col",
               "Capt", "Maj", "Sgt", "Cpl", "Adm", "Cmdr", "Supt", "Insp", "Det", "Msgr", "Fr", "Hon"}
_HONORIFIC = {"Mr", "Mrs", "Ms", "Dr", "Officer", "Sheik", "Sheikh", "Rev"}  # only people bear these
# AP-style US state abbreviations ("Memphis, Tenn."): places after a comma, never people.
_STATE_ABBR = {"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
               "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
               "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
               "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "R.I", "S.C", "S.D", "D.C"}
_WIRE = {"AP", "UPI", "Reuters", "AFP", "CNN"}  # "WASHINGTON (AP)": a dateline's agency
# Head nouns that make "<head> of ..." an organization ("Kennedy School of Government").
_ORG_HEAD_OF = {"School", "University", "College", "Institute", "Academy", "Center", "Centre",
                "Department", "Ministry", "Bank", "Museum", "Society", "Bureau", "Office",
                "Federation", "Union", "Council", "Committee", "Association", "Foundation"}
_CORP_SUFFIX = {"Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "Plc", "Bros"}
# Function words that end no name ("White House for The" is "White House").
_FUNCTION = {"the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "by", "with", "from"}
_DEMONYM_END = ("an", "ian", "ese", "ish", "ist", "ite", "ic")  # Guatemalan, Maltese, Marxist


def _bare(tok) -> str:
    return tok.text.rstrip(".")


def name_conventions(doc, ents) -> None:
    """7. English name conventions over unlocked PERSON/ORG spans, in place (``e[2]``: None
    drops an entity, "GPE" makes it a place)."""
    n = len(doc)
    for e in ents:
        if e[3] or e[2] not in ("PERSON", "ORG"):
            continue
        # 7a. names do not end in a function word ("White House for The", "Bank of")
        while e[1] - e[0] > 1 and (doc[e[1] - 1].lower_ in _FUNCTION or doc[e[1] - 1].is_punct):
            e[1] -= 1
        span = doc[e[0]:e[1]]
        last = _bare(span[-1])
        # 7b. a name never ends in a title abbreviation: "Sgt" alone is nothing, "Texas Gov" a place
        if last in _TITLE_ABBR and span[-1].text.endswith("."):
            e[1] -= 1
            e[2] = "GPE" if e[1] > e[0] else None
            continue
        # 7c. an AP state abbreviation after a comma ("Shenandoah, Penn.") is a place
        if len(span) == 1 and last in _STATE_ABBR and e[0] > 0 and doc[e[0] - 1].text == ",":
            e[2] = "GPE"
            continue
        # 7d. a dateline: an all-caps place opening the text, then ", Region" or "(AP)"
        if e[0] == 0 and span.text.isupper() and e[1] + 1 < n:
            nxt, after = doc[e[1]].text, doc[e[1] + 1]
            if ((nxt == "(" and after.text in _WIRE) or (
                    nxt == "," and (_bare(after) in _STATE_ABBR or after.ent_type_ == "GPE"))):
                e[2] = "GPE"
                continue
        # 7e. an adjective of nationality or creed ("Maltese liras", "a Marxist") is no name
        if len(span) == 1 and span[0].text[:1].isupper() and span[0].lower_.endswith(_DEMONYM_END) and (
                span[0].tag_ == "JJ" or (e[0] > 0 and doc[e[0] - 1].lower_ in ("a", "an"))):
            e[2] = None
            continue
        # 7f. "<head> of ..." inside a PERSON span is an organization ("Kennedy School of Government")
        if e[2] == "PERSON" and any(t.text in _ORG_HEAD_OF and i + 1 < len(span) and span[i + 1].lower_ == "of"
                                    for i, t in enumerate(span)):
            e[2] = "ORG"
        # 7g. "Larami Corp. of Philadelphia": the company ends at its suffix, the city is not in it
        elif e[2] == "ORG":
            cut = next((i for i, t in enumerate(span[:-2]) if _bare(t) in _CORP_SUFFIX
                        and span[i + 1].lower_ == "of"), None)
            if cut is not None:
                e[1] = e[0] + cut + 1
            # 7h. an honorific ("Dr.", "Mrs.", "Officer") before a capitalised word marks a person
            elif (last not in ORG_WORDS and len(span) > 1 and _bare(span[0]) in _HONORIFIC
                  and span[1].text[:1].isupper()):
                e[2] = "PERSON"
            # 7i. an age in apposition (", 44,", ", a 72-year-old ...") follows people, not organizations
            elif last not in ORG_WORDS and e[1] + 2 < n and doc[e[1]].text == "," and (
                    (doc[e[1] + 1].like_num and doc[e[1] + 2].text in (",", ";"))
                    or "year-old" in doc[e[1] + 1:e[1] + 4].text):
                e[2] = "PERSON"
