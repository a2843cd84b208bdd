"""Word-boundary checks of place names (``_entity_rules.place_bounds``): a township's suffix before a village
whose first character makes a word with it; invented sentences, real units of the 2023 gazetteer."""

from __future__ import annotations

import pytest

from corpus_tools._entity_rules.place_bounds import village_after_suffix
from corpus_tools.entities import find_entities


@pytest.mark.parametrize("text, k, expected", [
    ("沙石乡下茹村", 3, True),  # 乡|下茹村
    ("龙岭乡里仁村的路", 3, True),  # 乡|里仁村
    ("他住在乡下的村子里", 4, False),  # 乡下: the countryside, 的 is no name character
    ("乡里村民都来了", 1, False),  # 里|村民: no name between
    ("镇上乡村公路", 1, False),  # 上乡村: a level character, no name
])
def test_village_after_suffix(text, k, expected):
    assert village_after_suffix(text, k) is expected


def test_renamed_township_before_a_lower_village():
    # 沙石 is a 镇 in the 2023 gazetteer; a report written before the change calls it 沙石乡, and the
    # segmenter reads 乡下 (countryside) across the township and the village
    ents = [(e.text, e.label) for e in find_entities("记者来到章贡区沙石乡下茹村，村民正在收稻谷。")]
    assert ("沙石乡", "TOWNSHIP") in ents and ("下茹村", "VILLAGE") in ents
