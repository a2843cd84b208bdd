"""The logistic scorer the slogan models share: a weighted sum of named features, squashed to a probability.

:class:`~corpus_tools.slogans.quotemodel.QuoteModel` (one regression over a quoted phrase) and
:class:`~corpus_tools.slogans.decision.DecisionModel` (one regression for the rules' finds, one for new
candidates) both score with :func:`logistic` and write their weights with :func:`rounded_weights`.
"""

from __future__ import annotations

import math
from typing import Mapping

__all__ = ["logistic", "rounded_weights"]


def logistic(weights: Mapping[str, float], bias: float, feats: Mapping[str, float]) -> float:
    """The probability ``1 / (1 + exp(-(bias + sum(weights[k] * feats[k]))))``, features without a weight
    counting 0 (the sum is clipped to ±30 first).

    Parameters
    ----------
    weights : mapping of str to float
        Weight by feature name.
    bias : float
        The intercept.
    feats : mapping of str to float
        Feature name -> value.

    Returns
    -------
    float
        A probability in (0, 1).

    Examples
    --------
    >>> round(logistic({"len=4": 2.0}, -1.0, {"len=4": 1.0, "other": 5.0}), 3)
    0.731
    """
    z = bias + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def rounded_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """The weights rounded to five places, sorted by name, zero weights (below 1e-6) left out: what the
    shipped JSON files hold.

    Parameters
    ----------
    weights : mapping of str to float
        Weight by feature name.

    Returns
    -------
    dict of str to float

    Examples
    --------
    >>> rounded_weights({"b": 0.1234567, "a": 1e-9})
    {'b': 0.12346}
    """
    return {k: round(v, 5) for k, v in sorted(weights.items()) if abs(v) > 1e-6}
