"""The learned quoted-phrase model: a logistic regression over the single-phrase features of
:mod:`~corpus_tools.slogans.singles`, shipped as ``data/slogan_quote_model.json`` (trained by
``training/slogans/quote_model.py``, model card ``docs/model_card_slogan_quote.md``), and how it and the
hand-written rule decide together (:func:`model_decision`).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Mapping

from corpus_tools.slogans.logistic import logistic, rounded_weights

__all__ = ["QuoteModel", "load_quote_model", "use_model", "active_quote_model", "model_decision", "NAME_VETOES"]


class QuoteModel:
    """A logistic regression over :func:`features`: ``weights`` by feature name, ``bias``, the
    probability a phrase needs when the hand-written rule rejects it (``threshold``), when the
    rule accepts it (``rule_threshold``) and when the page does not use it as a label
    (``free_threshold``; None, the default, never takes such a phrase; see :func:`model_decision`).

    Examples
    --------
    >>> m = QuoteModel({"len=4": 2.0}, bias=-1.0, threshold=0.5)
    >>> round(m.proba({"len=4": 1.0}), 3), m.accepts({"len=2": 1.0})
    (0.731, False)
    """

    def __init__(self, weights: Mapping[str, float], *, bias: float = 0.0, threshold: float = 0.5,
                 rule_threshold: float = 0.5, free_threshold: float | None = None) -> None:
        self.weights = dict(weights)
        self.bias = bias
        self.threshold = threshold
        self.rule_threshold = rule_threshold
        self.free_threshold = free_threshold

    def proba(self, feats: Mapping[str, float]) -> float:
        """The probability that the phrase of *feats* is a slogan.

        Parameters
        ----------
        feats : mapping of str to float
            The phrase's :func:`features`.

        Returns
        -------
        float
        """
        return logistic(self.weights, self.bias, feats)

    def accepts(self, feats: Mapping[str, float]) -> bool:
        """Whether :meth:`proba` reaches ``threshold``.

        Parameters
        ----------
        feats : mapping of str to float
            The phrase's :func:`features`.

        Returns
        -------
        bool
        """
        return self.proba(feats) >= self.threshold

    def to_json(self) -> str:
        """The model as JSON (:meth:`from_json` reads it back).

        Returns
        -------
        str
        """
        return json.dumps({"bias": self.bias, "threshold": self.threshold, "rule_threshold": self.rule_threshold,
                           "free_threshold": self.free_threshold,
                           "weights": rounded_weights(self.weights)},
                          ensure_ascii=False, indent=0)

    @classmethod
    def from_json(cls, text: str) -> "QuoteModel":
        """A model from the JSON of :meth:`to_json`.

        Parameters
        ----------
        text : str
            The JSON text.

        Returns
        -------
        QuoteModel
        """
        d = json.loads(text)
        return cls(d["weights"], bias=d["bias"], threshold=d["threshold"],
                   rule_threshold=d.get("rule_threshold", d["threshold"]), free_threshold=d.get("free_threshold"))


@functools.lru_cache(maxsize=1)
def load_quote_model() -> QuoteModel | None:
    """The shipped model (``data/slogan_quote_model.json``), or None when it is absent.

    Returns
    -------
    QuoteModel or None
        The model, or None without a model file.
    """
    path = resources.files("corpus_tools").joinpath("data", "slogan_quote_model.json")
    if not path.is_file():
        return None
    return QuoteModel.from_json(path.read_text(encoding="utf-8"))


#: The model in use: the shipped one unless :func:`use_model` replaced it (training and cross-validation).
_ACTIVE: list = []


def active_quote_model() -> "QuoteModel | bool | None":
    """The model :func:`~corpus_tools.slogans.singles.decide` uses: the one :func:`use_model` installed, else the
    shipped one.

    Returns
    -------
    QuoteModel, False or None
        False for the hand-written rules alone (``use_model(False)``); None without a model file.
    """
    return _ACTIVE[0] if _ACTIVE else load_quote_model()


def use_model(model: "QuoteModel | None | bool") -> None:
    """Replace the model :func:`decide` uses: a :class:`QuoteModel`, False for the hand-written rules
    only, or None to go back to the shipped model.

    Parameters
    ----------
    model : QuoteModel, bool or None
        The model; False for the rules alone; None for the shipped model.

    Returns
    -------
    None
    """
    _ACTIVE.clear()
    if model is not None:
        _ACTIVE.append(model)


#: Rule cues that mark the phrase as a name (of a place's product, venue, platform, honour ...):
#: the model never overrides them.
NAME_VETOES = ("flag=place_prefix", "flag=name_suffix", "flag=name_after", "flag=honour", "flag=role_name",
               "flag=division_start", "flag=place_practice", "flag=title_before", "flag=epithet", "flag=rank")


def model_decision(model: QuoteModel, feats: Mapping[str, float], rule: str | None) -> str | None:
    """Rule and model together: a phrase the rule accepts stays when the model gives it at least
    ``rule_threshold``; one the rule rejects (not as a name) is taken when the model gives it at
    least ``threshold``; one the page does not use as a label only at ``free_threshold`` (when set).

    Parameters
    ----------
    model : QuoteModel
        The quote model.
    feats : mapping of str to float
        The phrase's :func:`features`.
    rule : str or None
        The hand-written rule's evidence, or None when it rejects.

    Returns
    -------
    str or None
        The rule's evidence or ``"quote model"`` when taken, else None.

    Examples
    --------
    >>> m = QuoteModel({"len=4": 2.0}, bias=-1.0, threshold=0.5, rule_threshold=0.2)
    >>> model_decision(m, {"len=4": 1.0, "flag=label_use": 1.0}, None)
    'quote model'
    """
    p = model.proba(feats)
    if "flag=label_use" not in feats:
        # the page does not use the phrase as a label here: only a model trained to take such phrases
        # (free_threshold, chosen by leave-one-group-out) may, and never a name
        if model.free_threshold is None or any(v in feats for v in NAME_VETOES) or "flag=ordinary" in feats:
            return None
        return "quote model" if p >= model.free_threshold else None
    if rule is not None:
        return rule if p >= model.rule_threshold else None
    if any(v in feats for v in NAME_VETOES) or "flag=ordinary" in feats or "flag=plain_word" in feats:
        return None                  # a name, a word the corpus prints plain almost always, or a common word
    return "quote model" if p >= model.threshold else None
