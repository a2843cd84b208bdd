"""Every public regex-based finder finishes on hostile input in time that grows (near) linearly.

Layout joins the rows of a statistics table into one long digit run, and damaged pages hold
long runs of punctuation or of one character. A pattern that can split such a run in many
ways backtracks exponentially (``find_investments("1" * 24 + "年")`` took 6.5 s before
issue 19) or quadratically. This is a benchmark-style check, not a tight timer: each finder
runs on inputs of n and 4n characters and the test fails only when the CPU time grows much
faster than the input (quadratic growth is 16x, linear 4x) *and* is large in absolute terms,
or when one call exceeds a generous bound.
"""

from __future__ import annotations

import random
import time

import pytest

from corpus_tools import layout, slogans, text
from corpus_tools.county import context_names, infer_county
from corpus_tools.entities import find_entities
from corpus_tools.gazetteer import link_place
from corpus_tools.projects import find_investments, parse_amount
from corpus_tools.page_dates import date_from_masthead, date_from_name

N = 1250  # the long input is 4 * N = 5,000 characters

_rng = random.Random(19)

ADVERSARIAL = {
    "digits": lambda n: "1" * n + "年",
    "full-width digits": lambda n: "１" * n + "年",
    "digits then yuan-less unit": lambda n: "9" * n + "亿",
    "digits with commas": lambda n: "1," * (n // 2) + "x",
    "decimal runs": lambda n: "1.5" * (n // 3) + "万",
    "chinese numerals": lambda n: "一" * n + "年",
    "chinese decimal": lambda n: "一点" + "一" * n + "x",
    "amounts": lambda n: "投资1亿" * (n // 4) + "x",
    "commas": lambda n: "，" * n,
    "enumeration commas": lambda n: "、" * n,
    "dots": lambda n: "." * n,
    "one character": lambda n: "村" * n,
    "project words": lambda n: "项目" * (n // 2),
    "counted projects": lambda n: "1个" * (n // 2) + "项目",
    "equal pieces": lambda n: "甲乙，" * (n // 3),
    "random series": lambda n: "，".join("".join(_rng.choice("甲乙丙丁戊") for _ in range(3))
                                         for _ in range(n // 4)),
    "quotes": lambda n: "“" * n + "”",
    "whitespace": lambda n: " \n" * (n // 2) + "x",
    "page-line credits": lambda n: "第3版" + " 编辑：王 校对：李" * (n // 9) + " x",
}

FINDERS = {
    "find_investments": lambda s: find_investments(s, projects=[]),
    "find_investments (with entities)": lambda s: find_investments(s[:N]),
    "find_slogans": lambda s: slogans.find_slogans(s),
    "find_entities (rules)": lambda s: find_entities(s, model=False),
    "repair_text": lambda s: layout.repair_text(s),
    "split_page": lambda s: layout.split_page(s),
    "normalize_text": lambda s: text.normalize_text(s),
    "sentence_around": lambda s: text.sentence_around(s, len(s) // 2, len(s) // 2 + 1),
    "link_place": lambda s: link_place(s[:200] + "村"),
    "infer_county": lambda s: infer_county(s),
    "context_names": lambda s: context_names(s, "140728"),
    "date_from_name": lambda s: date_from_name(s[:255]),
    "date_from_masthead": lambda s: date_from_masthead(s),
}


def _cpu(fn, s: str) -> float:
    t = time.process_time()
    try:
        fn(s)
    except ValueError:  # a finder may refuse odd input; it must do so quickly
        pass
    return time.process_time() - t


def _too_slow(t_small: float, t_large: float) -> bool:
    return t_large > 5.0 or (t_large > 0.5 and t_large > 10 * max(t_small, 0.01))


@pytest.mark.parametrize("finder", list(FINDERS))
def test_finder_time_grows_linearly_on_adversarial_input(finder: str) -> None:
    fn = FINDERS[finder]
    fn("热身")  # load lexicons and compile patterns outside the measurement
    slow = []
    for name, make in ADVERSARIAL.items():
        small, large = make(N), make(4 * N)
        t_small = min(_cpu(fn, small) for _ in range(2))
        t_large = _cpu(fn, large)
        # quadratic growth is 16x; allow noise on a shared machine, ignore tiny absolute times
        if _too_slow(t_small, t_large):
            # one noisy measurement (another process on the same core) must not fail the check:
            # measure both sizes again and keep the fastest of each
            t_small = min(t_small, *(_cpu(fn, small) for _ in range(2)))
            t_large = min(t_large, *(_cpu(fn, large) for _ in range(2)))
        if _too_slow(t_small, t_large):
            slow.append(f"{name}: {t_small:.3f}s at {len(small)} chars, {t_large:.3f}s at {len(large)}")
    assert not slow, f"{finder} grows faster than linearly: " + "; ".join(slow)


def test_long_digit_run_before_yuan_is_an_amount_in_linear_time() -> None:
    # the case: 24 digits took 6.5 s; a table row run of 188 digits never returned
    t = time.process_time()
    for n in (24, 188, 5000):
        assert find_investments("1" * n + "年", projects=[]) == []
    assert time.process_time() - t < 5.0
    # ordinary amounts still read after the rewrite
    inv = find_investments("总投资1,200万元的南山项目", projects=[(10, 14, "南山项目")])
    assert [(i.project, i.amount_yuan) for i in inv] == [("南山项目", 12_000_000.0)]
    assert parse_amount("三点五亿元") == 350_000_000.0


def test_parse_amount_refuses_an_amount_that_overflows() -> None:
    with pytest.raises(ValueError, match="too large"):
        parse_amount("9" * 400 + "亿元")
