"""English patterns for a person named with several posts at once.

Press releases and wire reports give a leader all his posts in one apposition or relative clause:
"Cheng Yixiao, Kuaishou's co-founder, chairman and CEO", "Zhou Weiming (周伟明), founder and Chairman
of Hengrun Environmental", "Gree, whose chairwoman Dong Mingzhu …", "James Liang, who co-founded
Trip.com in 1999 and serves as its executive chairman".  Each post of the list gives its own
relation (:mod:`kg.extract.patterns_en` reads one post at a time).
"""
from __future__ import annotations

from .patterns_en import ADJ_EN, ASIDE_EN, CHAIR_EN, FOUNDER_EN, POSS, ROLE_EN, THE, WORK_EN

# any post of a list, and what joins two of them
_ANY_POST = (rf"(?:{ADJ_EN}(?:executive |non-executive )?(?:{ROLE_EN}|{CHAIR_EN}|{FOUNDER_EN}|[Pp]resident|CTO|CFO|COO|"
             r"chief [a-z]+ officer))")
_SEP = r"(?:, |,? and )"
_ALIAS = (r"(?: \([^)]{1,20}\))?"  # "Zhou Wenbin (周文斌)", "Elena Marchetti, M.D., Ph.D.,"
          r"(?:,? (?:M\.D\.|Ph\.D\.|PhD|MD|MBA|M\.B\.A\.|CPA|CFA|J\.D\.|Esq\.|Jr\.|Sr\.)(?=,))*")
# "X has served as chief executive officer of Y since 2018", "X now serves as vice president of governance products at Y"
_SERVES = r"(?: (?:now|currently|also|still))? (?:serves|served|has served|has been serving|is serving|had served) as (?:the |its |a |an )?"


def _post_list(post: str) -> str:
    """``post`` anywhere in a list of posts: first, inside or last."""
    return rf"(?:{_ANY_POST}{_SEP})*{ADJ_EN}(?:executive |non-executive )?{post}(?![\w-])"


def _patterns(short: str, post: str, predicate: str) -> list[tuple]:
    posts = _post_list(post)
    return [
        # "Cheng Yixiao, Kuaishou's co-founder, chairman and CEO"
        (f"en.{short}.posts", rf"{{PERSON:s}}{_ALIAS}, (?:the )?{{ORG:o}}{POSS} {posts}", predicate, 0.8),
        # "Zhou Weiming (周伟明), founder and Chairman of Hengrun Environmental"
        (f"en.{short}.postsof", rf"{{PERSON:s}}{_ALIAS}, (?:the |its )?{posts}(?:{_SEP}{_ANY_POST})* of {THE}{{ORG:o}}", predicate, 0.8),
        (f"en.{short}.serves", rf"{{PERSON:s}}{_ALIAS}{_SERVES}{posts}(?:{_SEP}{_ANY_POST})* (?:of|at) {THE}{{ORG:o}}", predicate, 0.8),
        # "Gree, whose chairwoman Dong Mingzhu has long resisted …"
        (f"en.{short}.whoseposts", rf"{{ORG:o}}{ASIDE_EN}, whose {ADJ_EN}(?:executive )?{post} {{PERSON:s}}", predicate, 0.8),
        # "James Liang, who co-founded Trip.com in 1999 and serves as its executive chairman"
        (f"en.{short}.whoposts", rf"{{PERSON:s}}{_ALIAS}, who (?:[^\x01.;]|\.\d){{0,60}}?{{ORG:o}}(?:[^\x01.;]|\.\d){{0,40}}? and "
                            rf"(?:serves|served|remains|is|has been) (?:as )?its {posts}", predicate, 0.75),
        # "Qingyan, founded in 2016 by dermatologist Zhang Ruoxi, who remains its chief executive, sells …"
        (f"en.{short}.remains", rf"^{{ORG:o}}(?:[^\x01.;]|\.\d|\x01(?:LOC|GPE|PRODUCT):\d+\x02){{0,100}}?{{PERSON:s}}{_ALIAS}, who "
                                rf"(?:remains|is|serves as|became|has been) its {posts}", predicate, 0.7),
    ]


POST_PATTERNS_EN = (_patterns("ceo", ROLE_EN, "ceoOf") + _patterns("chair", CHAIR_EN, "chairOf")
                    + _patterns("founder", FOUNDER_EN, "founderOf") + [
    ("en.works.serves", rf"{{PERSON:s}}{_ALIAS}{_SERVES}{ADJ_EN}(?:[\w-]+ ){{0,3}}?(?!{ROLE_EN}\b|{CHAIR_EN}\b){WORK_EN}"
                        rf"(?: of [\w ,&-]{{1,40}}?)? (?:at|of|for|with) {THE}{{ORG:o}}", "worksFor", 0.75)])
