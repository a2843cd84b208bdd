"""Messages for a county code that names no county, and the county the pages point to (user27 F11)."""

import warnings

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.county_names import resolve_county

# an invented page of 英山县 (real township names)
PAGE = "温泉镇召开春耕动员会\n本报讯（记者 方芳）5月9日，英山县温泉镇召开春耕动员会，红山镇、石头咀镇干部参加。\n"


def test_six_digit_code_that_names_no_county():
    with pytest.raises(ValueError) as err:
        resolve_county("421183")
    msg = str(err.value)
    assert "not a county code of the 2023 division list" in msg and "武穴市 421182" in msg
    assert "has 6 digits" not in msg
    with pytest.raises(ValueError, match="黄冈市, a city"):
        resolve_county("421100")
    with pytest.raises(ValueError, match="has 5"):
        resolve_county("42118")


def test_wrong_code_names_the_county_the_text_points_to():
    with pytest.raises(ValueError, match=r"points to 英山县 \(421124\)"):
        ct.read_corpus(pd.DataFrame({"text": [PAGE]}), county="421129")


def test_wrong_county_warning_names_the_county_the_text_points_to():
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        ct.read_corpus(pd.DataFrame({"text": [PAGE]}), county="罗田县")
    assert any("points to 英山县 (421124)" in str(w.message) for w in got)
