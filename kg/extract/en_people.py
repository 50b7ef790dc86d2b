"""English people the models miss, found by their posts: a name right after a top title ("Chief Executive
Laurent Freixe") or before a post in apposition at a sentence's start ("Kenji Sato, a professor of information
science at Keio University, said")."""
from __future__ import annotations

import re

from ..lexicon import known_names
from ..records import Mention
from .en_names import DEMONYM, NOT_EMPLOYER, ORG_WORDS_EN

# A person named right after a top title: "dismissed Chief Executive Laurent Freixe", "CEO Jane Holt said"
_TITLED_PERSON = re.compile(r"\b(?:[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hief [A-Z]?[a-z]+ [Oo]fficer|CEO|CFO|CTO|COO|[Cc]hairman|[Cc]hairwoman|"
                            r"[Cc]o-founder|[Ff]ounder) ((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?: (?:de |van |von |da |di |le |la )?"
                            r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})(?![\w&'-])(?! (?:Inc|Corp|Group|Holdings|Ltd|Co)\b)")


# ... or before a post in apposition at a sentence's start: "Kenji Sato, a professor of information science at Keio
# University, said", "Won Jae-hyun, vice president of AI strategy at Samsung Electronics' mobile division," (a Korean
# given name may be hyphenated in lower case: "Chung Shin-a")
_NAME_THEN_POST = re.compile(r"(?:^|(?<=[.;:!?]\s)|(?<=\n))((?:[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?)(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]*)?){1,2}),"
                             r" (?:a |an |the |its |[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?(?:'s|’s) )?(?:former |senior |deputy |chief |executive |"
                             r"associate |assistant )*(?:professor|vice president|president|analyst|economist|researcher|director|"
                             r"head|partner|chief executive|CEO|CFO|CTO|COO|chairman|chairwoman|founder|co-founder|spokesperson|"
                             r"spokesman|spokeswoman|strategist|scientist|engineer|manager|correspondent|reporter)\b")


def titled_people_en(doc_id: str, text: str, start: int, end: int) -> list[Mention]:
    """People the English models miss right after a top title ("Chief Executive Laurent Freixe"), or
    before a post in apposition: two or three capitalized words that name no known organization or product."""
    out = []
    for m in [*_TITLED_PERSON.finditer(text, start, end), *_NAME_THEN_POST.finditer(text, start, end)]:
        name = m.group(1)
        words = name.split()
        if words[0] not in NOT_EMPLOYER and name not in known_names() and not DEMONYM.fullmatch(words[0]) and not (
                set(words) & ORG_WORDS_EN):
            out.append(Mention(doc_id, m.start(1), m.end(1), name, "PERSON", "en", "titlerule"))
    return out
