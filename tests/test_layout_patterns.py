"""corpus_tools.layout.patterns: where a run of text turns to a heading's words (turn_point)."""

from __future__ import annotations

import random

import pytest

from corpus_tools.layout.patterns import cjk_bigrams, turn_point


def _turn_by_unions(grams: set[str], parts: list[set[str]], cuts: list[int], floor: int) -> int | None:
    """The definition, written out: the unions above and below every cut, taken anew."""
    best, at = floor, None
    for c in cuts:
        below, above = set().union(*parts[c:]), set().union(*parts[:c])
        gain = len(grams & below - above) - len(grams & above - below)
        if gain > best:
            best, at = gain, c
    return at


@pytest.mark.parametrize("seed", range(40))
def test_turn_point_matches_its_definition(seed: int) -> None:
    rng = random.Random(seed)
    chars = "菜园开共享村民认领春耕"
    parts = [cjk_bigrams("".join(rng.choice(chars) for _ in range(rng.randint(0, 8)))) for _ in range(rng.randint(1, 7))]
    grams = cjk_bigrams("".join(rng.choice(chars) for _ in range(6)))
    cuts = sorted(rng.sample(range(1, len(parts)), k=rng.randint(0, len(parts) - 1))) if len(parts) > 1 else []
    floor = rng.choice([0, 1, 2])
    assert turn_point(grams, parts, cuts, floor=floor) == _turn_by_unions(grams, parts, cuts, floor)


def test_turn_point_at_the_paragraph_that_names_the_heading() -> None:
    parts = [cjk_bigrams("春耕备耕有序"), cjk_bigrams("共享菜园开园"), cjk_bigrams("居民认领菜园")]
    assert turn_point(cjk_bigrams("共享菜园开园"), parts, [1, 2]) == 1
    assert turn_point(cjk_bigrams("共享菜园开园"), [], []) is None
