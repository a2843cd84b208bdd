"""Township short forms that are common words, once the text names the township in full (places31, round 30).

The gazetteer tables leave out a township's short form when it is a common word (石壁 of 石壁镇, 采花 of 采花乡,
花田 of 花田乡, 棠口 of 棠口镇): read everywhere, such forms would tag every rock face and flower field. A report
that names the township in full (石壁镇客家公祠前 … 我们的祖先是从石壁出来的; 采花乡 … “采花毛尖”) uses the bare
form for the same township: the open page gold tags it TOWNSHIP in headlines, product names and running text
(石壁 ×3, 采花 ×3, 高沟, 花田, 棠口, 紫城, 寨英: five writers). :func:`established_townships` opens those forms
for one text; :func:`~corpus_tools._entity_rules.places.find_places` reads them like its other short forms
(:func:`~corpus_tools._entity_rules.place_filters.bare_form_ok` still drops one inside an idiom or set phrase).
"""

from __future__ import annotations

from functools import lru_cache

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules.lexicon import common_words
from corpus_tools._entity_rules.names import is_word

__all__ = ["common_township_forms", "established_townships"]


@lru_cache(maxsize=256)
def common_township_forms(county: str) -> tuple[tuple[str, str, str], ...]:
    """``(short form, code, official name)`` of the townships of *county* (six digits) whose short form of two
    or more characters is a common word of the news (:func:`~corpus_tools._entity_rules.lexicon.common_words`:
    石壁, 采花) but no word of the People's Daily dictionary (城郊, 和平, 长征 stay words); 街道 stay out (their
    short forms are left out whatever they are).

    Examples
    --------
    >>> ("石壁", "350424103", "石壁镇") in common_township_forms("350424")
    True
    """
    common = common_words()
    out = []
    for name, codes in gz.county_index(county).items():
        if len(name) < 2 or name not in common or is_word(name):
            continue  # 城郊 (城郊镇), 和平 (和平乡): a word of the dictionary stays a word
        for c in codes:
            d = gz.division(c)
            if d.level == "township" and d.name != name and not d.name.endswith("街道") and d.name.startswith(name):
                out.append((name, c, d.name))
    return tuple(sorted(out))


def established_townships(text: str, county_code: "str | None") -> tuple[tuple[str, str], ...]:
    """``(short form, code)`` of the page county's townships whose short form is a common word and whose
    official name *text* writes (石壁镇 … 石壁).

    Examples
    --------
    >>> established_townships("石壁：一座公祠连起四海乡情。石壁镇客家公祠前鼓乐齐鸣", "350424")
    (('石壁', '350424103'),)
    >>> established_townships("悬崖石壁上长满青苔", "350424")
    ()
    """
    if not county_code or len(county_code) < 6:
        return ()
    return tuple((short, code) for short, code, name in common_township_forms(county_code[:6]) if name in text)
