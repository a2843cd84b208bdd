"""Works and facilities a one-character clause verb opens before a kind: no name (evfac36, round 35).

The head rules take the words before 工程, 项目, 行动, 路 … as the name, so a verb that governs the
works runs in: 搞|形象工程, 承接|园区外溢项目, 走|几步路.
:func:`~corpus_tools._entity_rules.fac_clauses.cut_clauses` cuts such verbs inside FAC spans of the head
rules but keeps a one-character verb that opens the span (解放|路 may be the name), and nothing cuts them
from PROJECT spans. :func:`verb_led_works` runs once the spans are chosen: a FAC or PROJECT span whose
first segmenter word is tagged as a verb (``v``) and is a verb, adverb or preposition of People's Daily
1998 (``org_clause_words.txt``, mined by ``training/ner/build_org_words.py``) is dropped when that verb has
one character and what is left after it is a kind (搞|形象工程, 走|几步路: a category, reproach or count, no one
undertaking). Everything else stays: a one-character verb before a name opens too many names (退耕还林工程,
兴边富民工程, 望天鹅, 临淮岗工程: open gold), and so does a longer one (富民安居工程, pages28o; 产粮大县奖补农田基础工程,
seed 001), and a span right after a verb word is its object, whose verb-like start is its name. Listed
names (prio 2), quoted names and spans of the gazetteer are left alone.
"""

from __future__ import annotations

from corpus_tools._entity_rules.fac_clauses import clause_words, generic_body
from corpus_tools._entity_rules.lexicon import CN_NUM, Cand, FAC_HEADS, PROJECT_GENERIC, PROJECT_HEADS, left_as_chosen
from corpus_tools._entity_rules.project_idioms import plain_projects
from corpus_tools._entity_rules.scan import generic_only
from corpus_tools._entity_rules.word_bounds import word_end, word_start

__all__ = ["kind_bodied_projects", "verb_led_works"]

#: the labels this pass reads
_LABELS = frozenset(("FAC", "PROJECT"))
#: marks that make a span a quoted or titled name, which holds any words
_MARKS = "“”‘’《》\"'"


def _head(name: str) -> str:
    """The longest FAC or PROJECT head *name* ends in ('' for none)."""
    heads = PROJECT_HEADS + FAC_HEADS
    return max((h for h in heads if name.endswith(h)), key=len, default="")


def _kind(rest: str, label: str, head: str) -> bool:
    """Whether *rest* (the span without its verb) names a kind, not one undertaking or site: a five-year
    plan or reproach (:func:`plain_projects`), only generic words, or a count before the head (几步路)."""
    body = rest[:len(rest) - len(head)] if head else rest
    if not body or body[0] in CN_NUM + "几":
        return True
    if label == "PROJECT":
        return rest in PROJECT_GENERIC or not plain_projects([Cand(0, len(rest), "PROJECT")], rest) \
            or generic_only(body, PROJECT_GENERIC | generic_body())
    return generic_only(body, generic_body())


def _lead_verb(text: str, feats: list[str], c: Cand) -> int:
    """End of the clause verb that opens *c* (``c.start`` when none does, or when a verb word ends right before
    *c*: the span is its object, 实施|富民安居工程)."""
    if feats[c.start][:1] not in ("B", "S") or feats[c.start][2:] != "v":
        return c.start
    if c.start > 0 and feats[word_start(feats, c.start - 1)][2:] == "v":
        return c.start
    j = word_end(feats, c.start)
    return j if j < c.end and text[c.start:j] in clause_words() else c.start


def verb_led_works(ents: list[Cand], text: str, feats: "list[str] | None") -> list[Cand]:
    """*ents* without the FAC and PROJECT spans a one-character clause verb opens before a kind (module docstring).

    Examples
    --------
    >>> t = "村里搞形象工程，新建迎宾大道，沿着解放路走"
    >>> feats = ["B-n", "E-n", "S-v", "B-n", "E-n", "B-n", "E-n", "S-w", "B-v", "E-v", "B-v", "E-v", "B-n", "E-n",
    ...          "S-w", "B-p", "E-p", "B-ns", "I-ns", "E-ns", "S-v"]
    >>> ents = [Cand(2, 7, "PROJECT"), Cand(8, 14, "FAC"), Cand(17, 20, "FAC")]
    >>> [t[c.start:c.end] for c in verb_led_works(ents, t, feats)]
    ['新建迎宾大道', '解放路']
    """
    if feats is None or len(feats) != len(text):
        return ents
    out = []
    for c in ents:
        name = text[c.start:c.end]
        if left_as_chosen(c, name, _LABELS, _MARKS):
            out.append(c)
            continue
        j = _lead_verb(text, feats, c)
        head = _head(name)
        rest = text[j:c.end]
        if j - c.start == 1 and rest != head and len(rest) >= 2 and _kind(rest, c.label, head):
            continue  # 搞|形象工程, 走|几步路: a verb and a kind
        out.append(c)  # 退|耕还林工程, 望|天鹅; 富民|安居工程; 解放路: the verb-like word is the name's
    return out


def kind_bodied_projects(ents: list[Cand], text: str) -> list[Cand]:
    """*ents* without the PROJECT spans whose body before the head is one kind word of facilities or works
    (自来水工程 of one village: the kind of the works, not its name; open gold leaves every 自来水工程 bare). A body
    of several kind words may name a programme (通村公路项目 pages31o, 边境小康村工程 dev9) and stays.

    Examples
    --------
    >>> t = "村里的自来水工程竣工，沙河大桥建设项目开工"
    >>> [t[c.start:c.end] for c in kind_bodied_projects([Cand(3, 8, "PROJECT"), Cand(11, 19, "PROJECT")], t)]
    ['沙河大桥建设项目']
    """
    out = []
    for c in ents:
        name = text[c.start:c.end]
        if c.label == "PROJECT" and c.prio < 2 and c.source not in ("list", "gazetteer") \
                and not any(ch in _MARKS for ch in name):
            head = _head(name)
            if head and len(name) > len(head) and name[:len(name) - len(head)] in generic_body():
                continue
        out.append(c)
    return out
