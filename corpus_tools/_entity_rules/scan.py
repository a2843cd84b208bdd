"""Per-text scanning state: which characters stop a name from growing leftwards."""

from __future__ import annotations

import re

from corpus_tools._entity_rules.admin_levels import UPPER_LEVELS
from corpus_tools._entity_rules.lexicon import CN_QTY_RE, DIGIT_UNIT_RE, all_stops, is_name_char, words

# --------------------------------------------------------------------------- text scan helpers

NOT_STOP_PAIRS = words("not_stop_pairs")
#: Last characters of organisation heads (局, 委, 会, 院 …): 和 right after one joins two bodies.
BODY_END_CHARS = "局委部办厅院会司队社所站心府组"


class Scanner:
    """Per-text state: which characters block a name from growing leftwards."""

    def __init__(self, text: str):
        self.text = text
        #: filled by the assembler once places are found: starts, start -> (end, label), and the
        #: segmenter's word tags (for the ORG span model); empty when a rule runs on its own
        self.place_starts: set[int] = set()
        self.place_ends: dict[int, tuple[int, str]] = {}
        self.words: list[str] | None = None
        n = len(text)
        self.block = [not is_name_char(ch) for ch in text]
        for m in DIGIT_UNIT_RE.finditer(text):
            if m.end() > m.start():
                # keep 200周年 inside names (纪念日昇昌票号创立 200周年主题展)
                if text[m.start():m.end()].rstrip().endswith("周年"):
                    continue
                for i in range(m.start(), min(m.end(), n)):
                    self.block[i] = True
        for m in re.finditer(r"[0-9]{1,2}·[0-9]{1,2}", text):
            for i in range(m.start(), m.end()):
                self.block[i] = False
        for m in CN_QTY_RE.finditer(text):
            for i in range(m.start(), m.end()):
                self.block[i] = True

    def joiner_in_word(self, i: int) -> bool:
        """``text[i]`` is 和 inside a segmenter word that is a name, not the conjunction.

        仁和|医院, 和平村|卫生室, 祥和|家园: the segmenter (``self.words``, per-character
        ``B-n``-style features, when the caller set them) puts 和 inside a longer word; a word
        that ends in a level character (和县, 和市) may open the next body of a list and still stops.
        """
        feats = getattr(self, "words", None)
        if self.text[i] != "和" or not feats or i >= len(feats):
            return False
        pos, _, tag = feats[i].partition("-")
        if pos not in ("B", "I", "E") or tag in ("c", "p"):
            return False
        if pos == "B" and i and self.text[i - 1] in BODY_END_CHARS:
            return False  # 工作委员会|和美团: a body ends before 和, the segmenter glued the conjunction on
        e = i
        while e < len(feats) and feats[e][:1] in ("B", "I"):
            e += 1
        return self.text[e:e + 1] not in UPPER_LEVELS

    @staticmethod
    def _inside_long_word(feats: list[str], k: int) -> bool:
        """Whether the boundary before ``text[k]`` lies inside a segmenter word of three or more characters
        (一体|化 of 一体化; not 以|上 of the two-character 以上)."""
        if k >= len(feats) or feats[k][:1] not in ("I", "E") or feats[k - 1][:1] not in ("B", "I"):
            return False
        b, e = k - 1, k
        while b > 0 and feats[b][:1] == "I":
            b -= 1
        while e < len(feats) and feats[e][:1] == "I":
            e += 1
        return e - b + 1 >= 3

    def left(self, head_start: int, *, max_len: int, stops=None, extra_stops=frozenset(), quotes: bool = True,
             in_word: bool = False) -> int:
        """Start of the name body before ``text[head_start]``: scan left up to *max_len* characters until
        a block, a stop word or an unclosed quote; with *in_word*, a stop that ends inside a longer
        segmenter word (一体 of 城乡供水|一体化|项目) does not stop the scan."""
        text = self.text
        feats = getattr(self, "words", None) if in_word else None
        if feats is not None and len(feats) != len(text):
            feats = None
        if stops is None:
            stops = all_stops()
        k = head_start
        while k > 0 and head_start - k < max_len:
            ch = text[k - 1]
            if ch in "”’\"" and quotes:
                opener = {"”": "“", "’": "‘", '"': '"'}[ch]
                j = text.rfind(opener, max(0, k - 24), k - 1)
                if j < 0 or any(c in text[j:k] for c in "。\n；;"):
                    break
                k = j
                continue
            if self.block[k - 1] and not (ch == " " and k >= 2 and (text[k - 2].isascii() and text[k - 2].isalnum()
                                                                    or text[k:k + 1].isdigit())):
                break
            stop = False
            if text[k - 1:k + 1] in NOT_STOP_PAIRS or self.joiner_in_word(k - 1):
                k -= 1
                continue
            for L in (5, 4, 3, 2, 1):
                if k - L < 0:
                    continue
                w = text[k - L:k]
                if (w in stops or w in extra_stops) and not (feats is not None and self._inside_long_word(feats, k)):
                    stop = True
                    break
            if stop:
                break
            k -= 1
        # do not start inside a quote pair that was not closed in the span
        return k


def strip_quotes(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop quotes around a whole name: “平遥中国年” -> 平遥中国年."""
    while e - s >= 2 and text[s] in "“‘\"" and text[e - 1] in "”’\"":
        s, e = s + 1, e - 1
    while e - s >= 2 and text[s] in "“‘\"" and text.find("”", s, e) < 0:
        s += 1
    return s, e



def generic_only(body: str, vocab: frozenset[str]) -> bool:
    """True when *body* can be split entirely into words of *vocab* (or is empty)."""
    if not body:
        return True
    n = len(body)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for j in range(i + 1, min(n, i + 8) + 1):
            if body[i:j] in vocab:
                ok[j] = True
    return ok[n]
