"""Named entities for county news, linked to the official administrative divisions.

Labels (see ``docs/entities.md`` and the gold guideline): PERSON, ORG, GPE, TOWNSHIP,
VILLAGE, COMMUNITY, PROJECT, FAC, LOC, EVENT, DOC.

Two sources are combined:

* rules on the raw characters (:mod:`corpus_tools._entity_rules`): the shipped gazetteer
  of townships, villages and communities, head words for organisations, projects,
  facilities and events, 《》 titles, titles before personal names;
* a statistical character-level NER model (``corpus_tools/models/ner``, PER/LOC/ORG,
  trained on MSRA NER) that also reads our own segmentation (each character's word
  position and PKU tag from :func:`corpus_tools.nlp.load_pipeline`), which adds the
  people the rules miss.
  Rule spans win overlaps: on the gold pages they are far more precise for this genre.

Places are linked to 12-digit (village, community), 9-digit (township) or 2–6 digit
(province, city, county) statistical codes, using the page's ``county_code`` and the
surrounding text; names that stay ambiguous keep ``admin_code=None``.

Examples
--------
>>> ents = find_entities("平遥县岳壁乡梁村党支部召开会议。", county_code="140728", model=False)
>>> [(e.text, e.label, e.admin_code) for e in ents]
[('平遥县', 'GPE', '140728'), ('岳壁乡', 'TOWNSHIP', '140728202'), ('梁村党支部', 'ORG', None)]
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

import pandas as pd
from spacy.language import Language

from corpus_tools import gazetteer as gz
from corpus_tools._entity_rules import LABELS, Cand, arbiter, rule_entities
from corpus_tools._entity_rules.unit_passes import unit_passes
from corpus_tools._entity_rules.late_passes import late_passes
from corpus_tools._entity_rules.byline_names import byline_code, byline_entities, without_printed_credits
from corpus_tools._entity_rules.signers import signer_lines
from corpus_tools._entity_rules.signature_units import signature_lines, signature_rows
from corpus_tools._entity_rules.page_footers import FOOTER_PART, footer_lines
from corpus_tools._entity_rules.feature_checks import feature_checks
from corpus_tools._entity_rules.gpe_slots import word_slot
from corpus_tools._entity_rules.mastheads import masthead_rows
from corpus_tools._entity_rules.page_names import page_names
from corpus_tools._entity_rules.person_context import names_over_rules
from corpus_tools._entity_rules.person_contacts import contact_names
from corpus_tools._entity_rules.person_he_names import he_firms, he_surname_names
from corpus_tools._entity_rules.person_passes import framed_persons, resolve_with_model
from corpus_tools._entity_rules.sound_names import clause_word_names, sound_model_persons, spoken_sound_names, titled_sound_names
from corpus_tools._entity_rules.person_roles import is_surname
from corpus_tools._entity_rules.persons import line_end, plausible_person
from corpus_tools._entity_rules.lexicon import nature_names
from corpus_tools._entity_rules.words import grown_regions, nature_words
from corpus_tools._validate import check_grouping, check_labels
from corpus_tools.entity_store import BYLINE_NAME_ROWS
from corpus_tools.errors import check_corpus, check_type
from corpus_tools.org_owners import named_owner, owner_code, place_owner
from corpus_tools.entity_links import entity_norm, link_candidate
from corpus_tools.ner_model import NER_MODEL_ENV, inference_model, load_ner_model, ner_model_dir
from corpus_tools.pipeline import ENTITY_PIPE, PIPELINE_NAME
from corpus_tools.progress import progress_bar
from corpus_tools.text import sentence_around

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = [
    "LABELS",
    "ENTITY_COLUMNS",
    "Entity",
    "find_entities",
    "extract_entities",
    "entity_counts",
    "add_entity_pipes",
    "entity_component",
    "load_ner_model",
    "ner_model_dir",
    "NER_MODEL_ENV",
    "infer_county",
    "model_spans",
]

log = logging.getLogger(__name__)

#: Columns of :func:`extract_entities`.
ENTITY_COLUMNS = ["issue_id", "article_id", "part", "text", "label", "start", "end", "sentence", "norm", "admin_code",
                  "owner_code"]

_MODEL_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
#: Labels taken from the statistical model in :func:`find_entities`. On the gold pages the
#: model's ORG and LOC spans added only false positives (generic 党组织, directions such as
#: 东北) next to the rules, while its PERSON spans found every name the rules missed.
MODEL_LABELS = ("PERSON",)


@dataclass(frozen=True)
class Entity:
    """One entity mention: character offsets into the analysed text."""

    text: str
    label: str
    start: int
    end: int
    norm: str
    admin_code: str | None = None
    source: str = "rule"
    owner_code: str | None = None


# --------------------------------------------------------------------------- statistical model

def model_spans(texts: list[str], feats: list[list[str]] | None = None
                ) -> "list[tuple[list[tuple[int, int, str]], list[str] | None]] | None":
    """Spans of the statistical NER model, each with the per-character word features it read.

    :func:`find_entities` runs this for each text; call it directly to run the model once,
    batched, over many texts, and hand each result to ``find_entities(..., spans=...)``
    (e.g. to compare rule settings over the same model output).

    Parameters
    ----------
    texts : list of str
        The texts to run the model on.
    feats : list of list of str, optional
        Per-character word features of already parsed texts
        (:func:`corpus_tools._charner.doc_features`); else the texts are segmented and
        tagged here when the model reads word features.

    Returns
    -------
    list of (spans, features) or None
        Per text, the model's ``(start, end, label)`` spans (labels PER, LOC, ORG) and the
        features (``None`` when the model reads none); ``None`` when no model is installed.
        The features also let the rules align head-based names with word boundaries
        (:func:`corpus_tools._entity_rules.words.align_to_words`).
    """
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise TypeError("texts must be a list of str")
    if feats is not None and len(feats) != len(texts):
        raise ValueError(f"feats has {len(feats)} entries for {len(texts)} texts; give one per text")
    nlp = inference_model()
    if nlp is None:
        return None
    from corpus_tools._charner import char_entities, parse_features, uses_word_features

    if feats is None and uses_word_features(nlp):
        feats = parse_features(texts)
    spans = char_entities(nlp, texts, feats=feats)
    return [(sp, feats[k] if feats is not None else None) for k, sp in enumerate(spans)]


def _model_cands(text: str, spans: list[tuple[int, int, str]], words: list[str] | None = None) -> list[Cand]:
    out = []
    for s, e, lab in spans:
        label = _MODEL_LABELS.get(lab)
        if label is None:
            continue
        if label == "PERSON":
            e = line_end(text, s, e)  # 陈德贵|\n云街: a name ends at the end of its line
            if not plausible_person(text, s, e, words):
                continue
        name = text[s:e]
        if label == "LOC":
            label = "GPE" if _is_gpe(name) else "LOC"
            if label == "GPE" and word_slot(text, s, e, words):
                continue  # 科教|兴县, 长治久安, 蒙古语: a piece of another word
        out.append(Cand(s, e, label, prio=-1, source="model"))
    return out


def infer_county(text: str) -> str | None:
    """The county a page is about, read off its text (see :func:`corpus_tools.county.infer_county`).

    Its name, datelines, the paper's name and above all the townships and villages it names
    are scored against the national gazetteer; ``None`` (with one warning per session) when
    no county is clearly ahead.

    Examples
    --------
    >>> infer_county("岢岚县委书记来到宋家沟村。岢岚县的干部……")
    '140929'
    """
    from corpus_tools import county

    code = county.infer_county(text).code
    if code is None and len(text) >= 200:
        county.warn_undecided("text")  # short snippets (titles, examples) often name no place
    return code


def _is_gpe(name: str) -> bool:
    if name.endswith(("省", "市", "县", "区", "国", "州", "旗", "盟")):
        return True
    return any(d.level in ("province", "city", "county") for d in gz.lookup(name, level=None)[:5]) if len(name) >= 2 else False


# --------------------------------------------------------------------------- public functions

def find_entities(text: str, *, county_code: str | None = None, labels: Iterable[str] | None = None,
                  model: bool = True, infer: bool = True,
                  spans: "tuple[list[tuple[int, int, str]], list[str] | None] | None" = None) -> list[Entity]:
    """Entities of one text, flat and non-overlapping, in text order.

    Parameters
    ----------
    text : str
        Any text (an article, a page); line breaks end names.
    county_code : str, optional
        6-digit code of the page's county: enables its townships, villages and
        communities (with short forms), linking, and ``norm`` for 县/市/省 short forms.
    labels : iterable of str, optional
        Keep only these labels.
    model : bool, default True
        Add entities from the statistical NER model where the rules found nothing.
    infer : bool, default True
        Without *county_code*, use the county named most often in *text* (see
        :func:`infer_county`).
    spans : tuple, optional
        This text's entry of :func:`model_spans` (model spans and word features), computed
        beforehand, e.g. batched over many texts; the model is then not run again.

    Returns
    -------
    list of Entity
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if county_code is not None:
        county_code = str(county_code)
        if not (county_code.isdigit() and len(county_code) in (6, 9, 12)):
            raise ValueError(f"county_code = {county_code!r} is invalid; it must be a 6-digit county code")
        county_code = county_code[:6]
    keep = check_labels(labels, LABELS)
    if county_code is None and infer:
        county_code = infer_county(text)
    if model and spans is None:
        spans = (model_spans([text]) or [None])[0]
    feats, model_tags = (spans[1], spans[0]) if spans else (None, None)  # the segmenter's and the model's tags
    ents = rule_entities(text, county_code, keep_blockers=True, words=feats)
    if keep is None or "PERSON" in keep:  # names of sound characters (格列旺结): after the rules, before the model
        if spans is not None:
            ents = clause_word_names(ents, text, spans[1], spans[0])
        sound = [Cand(s, e, "PERSON", prio=-1, source="rule") for s, e in titled_sound_names(text) + spoken_sound_names(text)]
        if sound:
            ents = resolve_with_model(ents, sound, text)
    if spans is not None and spans[1] is not None and (keep is None or "LOC" in keep):
        regions = nature_words(text, spans[1], spans[0])
        locs = [Cand(s, e, "LOC", prio=-1, source="model") for s, e in regions]
        if locs:
            ents = resolve_with_model(grown_regions(ents, regions, text), locs, text)  # 南海 -> 南海诸岛
    if model and spans is not None and (keep is None or keep & set(MODEL_LABELS)):
        extra = [c for c in _model_cands(text, spans[0], spans[1]) if c.label in MODEL_LABELS]
        extra += sound_model_persons(text, spans[0], spans[1])
        if extra:
            ents = names_over_rules(ents, extra, text, is_surname)
            ents = resolve_with_model(ents, extra, text)
    ents = feature_checks(ents, text, nature_names(), feats)  # 钟南山院士, 其中|原委, 太行、吕梁
    if keep is None or "PERSON" in keep:
        ents = framed_persons(ents, text, feats, model_tags, sound)  # frames, lists, repeats, one reading per name
    if model and spans is not None and (keep is None or "ORG" in keep):
        ents = arbiter.arbitrate(ents, text, spans[1], spans[0])  # more ORG candidates, a learned keep/drop
    if keep is None or "PERSON" in keep:  # 县长和丽军, 联系人：曲比阿果
        ents = contact_names(he_surname_names(ents, text, feats), text)
    ents = he_firms(ents, text)  # 丽江和顺祥商贸有限公司
    ents = unit_passes(ents, text, county_code, feats, keep)  # villages, units, venues, mends after the spans are chosen
    ents = late_passes(ents, text, county_code, feats, keep)  # names, firms, waters, plants, chiefs, works, winds
    ents = sorted((c for c in ents if c.label != "_"), key=lambda c: c.start)
    out = []
    for c in ents:
        if keep is not None and c.label not in keep:
            continue
        name = text[c.start:c.end]
        code = link_candidate(c, text, county_code)
        owner = None if c.label != "ORG" else owner_code(name, county_code) or place_owner(  # 镇党委: the county's
            name, county_code, text[max(0, c.start - 40):c.end + 40], text) or named_owner(name, county_code)
        out.append(Entity(name, c.label, c.start, c.end, entity_norm(c, name, code, county_code), code, c.source, owner))
    return out


# --------------------------------------------------------------------------- tables

def _rows(issue_id, article_id, part, text, county_code, keep, model, spans=None):
    for e in find_entities(text, county_code=county_code, labels=keep, model=model, spans=spans):
        yield (issue_id, article_id, part, e.text, e.label, e.start, e.end,
               sentence_around(text, e.start, e.end), e.norm, e.admin_code, e.owner_code)


def _article_parts(article) -> list[tuple[str, str]]:
    parts = [("text", article.text)]
    if getattr(article, "kicker", None):
        parts.append(("kicker", article.kicker))
    captions = getattr(article, "captions", None) or []
    if captions:
        parts.append(("captions", "\n".join(captions)))
    return parts


def extract_entities(corpus_or_texts: Any, *, labels: Iterable[str] | None = None,
                     county_code: str | None = None, model: bool = True,
                     progress: bool = False) -> pd.DataFrame:
    """Tag entities in a corpus (or in plain texts) and return one row per mention.

    Parameters
    ----------
    corpus_or_texts : Corpus, Issue, list of Article, or iterable of str
        For a corpus (or one issue of it, ``corpus.issues[0]``), every article's ``text`` (title,
        subtitle and body) is tagged, and its kicker and captions; byline names are added as PERSON. Each issue's
        ``county_code`` (from the manifest) drives place linking; without it, each article's
        county is inferred from its text, and an article that decides nothing takes its issue's:
        the county its paper's name names (今日攸县), else the one inferred from the whole page
        (:func:`corpus_tools.county_tables.article_counties`).
    labels : iterable of str, optional
        Keep only these labels (see :data:`LABELS`).
    county_code : str, optional
        County for plain texts (ignored for a corpus, whose issues carry their own).
    model : bool, default True
        Use the statistical NER model as well as the rules.
    progress : bool, default False
        Show a tqdm progress bar over articles (only when stderr is a terminal or a notebook).

    Returns
    -------
    DataFrame
        Columns :data:`ENTITY_COLUMNS`: ``issue_id``, ``article_id`` (for plain texts:
        ``None`` and the text's position), ``part`` (``text``, ``kicker``, ``captions``,
        ``byline``, ``credit``: a notice's signer printed under its last sentence (a credit line of
        the page, :mod:`corpus_tools._entity_rules.signers`), ``furniture``: a footer line of no article
        — the paper's address, its app or account (本报地址：…, 扫码下载“X发布”客户端), read like body text and
        filed under the page's first article (:mod:`corpus_tools._entity_rules.page_footers`), ``masthead``: the page's banner
        lines, which belong to no article — the
        paper's name (ORG) and the editors a page line credits (PERSON) — listed under the page's
        first article), ``text`` (as written), ``label``,
        ``start``/``end`` (character offsets into that part; for ``text`` into
        ``Article.text``, for ``masthead`` into the banner line), ``sentence``, ``norm`` (official
        name for linked places, ``平遥县教育局`` for ``县教育局``, ``双城区委`` for ``区委`` in a
        district, a person's name without the padding spaces of ``王　刚`` …), ``admin_code``
        and ``owner_code``: for an ORG whose name starts with a level word and no place
        (县委, 区委, 镇党委, 村委会), the division it belongs to in the article's county, given or
        inferred (the county itself for county, township and village bodies; see
        :func:`corpus_tools.org_owners.owner_code`), so that two counties' 镇党委 stay apart; for an
        ORG opened by a township, village or community of that county (通江口镇党委), that place's code;
        None for other rows. ``attrs["byline_name_rows"]`` says how many of the last rows are the
        articles' byline names (a table streamed in pieces, as ``Corpus.save`` writes it, puts them
        last; a slice or concat of the frame keeps the attribute, not its meaning).

    Notes
    -----
    A corpus read back with :meth:`Corpus.load <corpus_tools.corpus.Corpus.load>` from a save
    that holds ``entities`` gets that table back, without running the recogniser, when neither
    the corpus nor the recogniser changed since (every label, ``model=True``; see
    :mod:`corpus_tools.entity_store`).

    Examples
    --------
    >>> df = extract_entities(["岳壁乡梁村党支部"], county_code="140728", model=False)
    >>> df[["text", "label", "norm", "admin_code"]].values.tolist()
    [['岳壁乡', 'TOWNSHIP', '岳壁乡', '140728202'], ['梁村党支部', 'ORG', '梁村党支部', None]]
    """
    if not (hasattr(corpus_or_texts, "raw") and hasattr(corpus_or_texts, "articles")):  # an Issue is no iterable
        check_type("corpus_or_texts", corpus_or_texts, Iterable, "a Corpus, an Issue or an iterable of texts")
    if isinstance(corpus_or_texts, str):
        raise ValueError("corpus_or_texts must be a Corpus or an iterable of texts, not a single string; "
                         "wrap it in a list: extract_entities([text])")
    keep = check_labels(labels, LABELS)
    if keep is None and model and hasattr(corpus_or_texts, "issues"):
        from corpus_tools.entity_store import stored_entities

        stored = stored_entities(corpus_or_texts)  # a loaded corpus whose saved table still holds
        if stored is not None:
            return stored
    if hasattr(corpus_or_texts, "issues"):  # a corpus read with an analysis cache: its pages' stored rows
        from corpus_tools.analysis_cache import cached_entities

        cached = cached_entities(corpus_or_texts, (tuple(sorted(keep)) if keep is not None else None, model),
                                 lambda sub: extract_entities(sub, labels=labels, model=model, progress=progress),
                                 byline_rows_attr=BYLINE_NAME_ROWS, table_columns=ENTITY_COLUMNS)
        if cached is not None:
            return cached
    articles = _as_articles(corpus_or_texts)
    rows: list[tuple] = []
    signatures: set[int] = set()  # the jobs that read a signature's place or post
    if articles is None:
        items = list(corpus_or_texts)
        for i, text in enumerate(items):
            if not isinstance(text, str):
                raise TypeError(f"corpus_or_texts[{i}] must be a str, got {type(text).__name__}")
        jobs = [(None, str(i), "text", text, county_code) for i, text in enumerate(items)]
    else:
        from corpus_tools.county_tables import article_counties

        # without a manifest, an article that decides nothing takes its issue's county
        issues = getattr(corpus_or_texts, "issues", None)
        if issues is None and hasattr(corpus_or_texts, "raw"):
            issues = [corpus_or_texts]  # one Issue
        codes = article_counties(articles, issues)
        jobs = [(art.issue_id, art.id, part, text, codes[(art.issue_id, art.id)])
                for art in articles for part, text in _article_parts(art)]
        # a notice's signer under its last sentence (a credit of the page, no words of the body); the place,
        # post or unit a signature prints before the writer's name (（玄武镇　乜红梅）), which the byline leaves out
        for issue in issues or []:
            jobs += [(issue.id, art_id, "credit", line, codes[(issue.id, art_id)])
                     for art_id, line in signer_lines(issue) if (issue.id, art_id) in codes]
            signed = [(issue.id, art_id, "credit", part, codes[(issue.id, art_id)])
                      for art_id, part in signature_lines(issue) if (issue.id, art_id) in codes]
            signatures.update(range(len(jobs), len(jobs) + len(signed)))
            jobs += signed
        # the page's footers (本报地址：…, 扫码下载“X发布”客户端): read like body text, filed under its first article
        jobs += [(issue.id, art_id, FOOTER_PART, line, codes[(issue.id, art_id)])
                 for issue in issues or [] for art_id, line in footer_lines(issue) if (issue.id, art_id) in codes]
    # the model runs batched over all texts first (much faster than one text at a time)
    use_model = model and bool(jobs) and (keep is None or bool(keep & set(MODEL_LABELS)))
    spans = model_spans([j[3] for j in jobs]) if use_model else None
    mastheads = masthead_rows(corpus_or_texts, keep)
    for k, job in enumerate(progress_bar(jobs, desc="entities", unit="article") if progress else jobs):
        if mastheads and (job[0], job[1]) in mastheads:  # before the page's first article (pop: once)
            rows.extend(row + (None,) for row in mastheads.pop((job[0], job[1])))
        found = list(_rows(*job, keep, model, spans[k] if spans is not None else None))
        rows.extend([r for r in signature_rows(found, *job[:2], job[3]) if keep is None or r[4] in keep]
                    if k in signatures else found)
    if articles is not None:  # 清江 or 靖宇矿泉水节 read in one part of a page: its other parts (evfac34)
        rows = page_names(rows, jobs, keep)
    bylines = ({(a.issue_id, a.id): byline_entities(getattr(a, "byline", None)) for a in articles}
               if articles is not None else {})  # each article's byline read once
    if articles is not None:  # a byline printed in the text (本报讯（记者 王磊）) is one mention: its byline row
        rows = without_printed_credits(rows, articles, bylines)
    n_front = len(rows)
    if articles is not None:
        for art in articles:
            for name, label in bylines[(art.issue_id, art.id)]:
                if keep is None or label in keep:  # a unit credit （县统计局供稿） is an ORG, not a person
                    code = byline_code(name, label, codes.get((art.issue_id, art.id)))  # （宁厂镇供稿）
                    rows.append((art.issue_id, art.id, "byline", name, label, 0, len(name), name, name, code, None))
    df = pd.DataFrame(rows, columns=ENTITY_COLUMNS)
    df.attrs[BYLINE_NAME_ROWS] = len(rows) - n_front
    for col in ("issue_id", "admin_code", "owner_code"):
        # missing values stay None (not NaN) so that `is None` and JSON export behave
        df[col] = pd.Series([v if isinstance(v, str) else None for v in df[col]], index=df.index, dtype=object)
    return df


def _as_articles(obj: Any):
    if hasattr(obj, "articles") and not isinstance(obj, (list, tuple)):
        arts = obj.articles
        return list(arts() if callable(arts) else arts)
    if isinstance(obj, (list, tuple)) and obj and all(hasattr(a, "issue_id") and hasattr(a, "text") for a in obj):
        return list(obj)
    if hasattr(obj, "issue_id") and hasattr(obj, "text") and hasattr(obj, "body"):
        return [obj]
    return None


_BY = ("issue", "article", "month", "year", "all")


def entity_counts(corpus: Any, *, by: str = "issue", labels: Iterable[str] | None = None,
                  entities: pd.DataFrame | None = None) -> pd.DataFrame:
    """Mentions per entity and issue (or article, month, year, or over the whole corpus).

    Parameters
    ----------
    corpus : Corpus
        The corpus (for dates); its entities are extracted unless *entities* is given.
    by : {"issue", "article", "month", "year", "all"}, default "issue"
    labels : iterable of str, optional
        Keep only these labels.
    entities : DataFrame, optional
        A table from :func:`extract_entities` to count instead of extracting again.

    Returns
    -------
    DataFrame
        Columns: the grouping key (``issue_id``, ``article_id``, ``month`` or ``year``;
        none for ``"all"``), then ``label``, ``norm``, ``admin_code``, ``owner_code``, ``count``,
        sorted by key and decreasing count. Entities are counted by ``norm`` so 县教育局 and
        平遥县教育局 are one entity, and by ``owner_code`` so two counties' 镇党委 are two. By article, the page's masthead (part ``masthead``, the
        paper's name, filed under the page's first article) and its footers (part ``furniture``) are left out: they
        belong to no article.
    """
    check_grouping(by, _BY)
    keep = check_labels(labels, LABELS)
    if entities is None:
        check_corpus(corpus)
    df = entities if entities is not None else extract_entities(corpus, labels=labels)
    if keep is not None:
        df = df[df["label"].isin(keep)]
    df = df.assign(admin_code=df["admin_code"].fillna(""),
                   owner_code=df["owner_code"].fillna("") if "owner_code" in df else "")
    keys: list[str] = []
    if by == "issue":
        keys = ["issue_id"]
    elif by == "article":
        keys = ["issue_id", "article_id"]
        df = df[~df["part"].isin(("masthead", FOOTER_PART))]
    elif by in ("month", "year"):
        dates = {i.id: i.date for i in corpus}
        d = pd.to_datetime(df["issue_id"].map(dates))
        df = df.assign(**{by: d.dt.to_period("M" if by == "month" else "Y").astype(str).where(d.notna(), None)})
        keys = [by]
    cols = keys + ["label", "norm", "admin_code", "owner_code"]
    out = df.groupby(cols, dropna=False).size().rename("count").reset_index()
    for col in ("admin_code", "owner_code"):
        out[col] = out[col].replace("", None)
    return out.sort_values(keys + ["count"], ascending=[True] * len(keys) + [False], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- spaCy integration

@Language.factory(ENTITY_PIPE, default_config={"county_code": None, "model": True})
def entity_component(nlp: "Language", name: str, county_code: str | None, model: bool) -> "EntityTagger":
    """The registered entity component (``corpus_tools_entities``; entry point in ``pyproject.toml``).

    Registers the ``Span._.admin_code`` and ``Span._.norm`` extensions when first built.
    """
    from spacy.tokens import Span

    for attr in ("admin_code", "norm"):
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=None)
    return EntityTagger(county_code=county_code, model=model,
                        segmenter=nlp.meta.get("segmenter") if nlp.meta.get("name") == PIPELINE_NAME else None)


class EntityTagger:
    """spaCy component: sets ``doc.ents`` from :func:`find_entities` (rules + char NER model).

    The county comes from the ``county_code`` call argument (``nlp.pipe(texts,
    component_cfg={"corpus_tools_entities": {"county_code": "140728"}})``), else from
    ``doc.user_data["county_code"]``, else from the component config, else it is inferred
    from the text. Character spans are widened to token boundaries when the
    segmenter split differently; ``span._.admin_code`` and ``span._.norm`` are set.
    In :func:`corpus_tools.nlp.load_pipeline`'s pkuseg pipeline the NER model reads the
    Doc's own words and tags; elsewhere the text is segmented and tagged for it.
    """

    def __init__(self, *, county_code: str | None = None, model: bool = True, segmenter: str | None = None):
        self.county_code = county_code
        self.model = model
        self.segmenter = segmenter

    def _doc_spans(self, doc: "Doc") -> "tuple[list[tuple[int, int, str]], list[str] | None] | None":
        """Model spans from the Doc's own pkuseg words and tags, or None to parse the text again."""
        if not (self.model and self.segmenter == "pkuseg" and doc.has_annotation("TAG")):
            return None
        from corpus_tools._charner import doc_features

        got = model_spans([doc.text], feats=[doc_features(doc)])
        return got[0] if got is not None else None

    def __call__(self, doc: "Doc", county_code: str | None = None) -> "Doc":
        from spacy.util import filter_spans

        county = county_code or doc.user_data.get("county_code", self.county_code)
        spans, extras = [], {}
        for e in find_entities(doc.text, county_code=county, model=self.model, spans=self._doc_spans(doc)):
            span = doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
                extras[(span.start_char, span.end_char)] = (e.admin_code, e.norm)
        doc.ents = filter_spans(spans)
        for ent in doc.ents:
            code, norm = extras.get((ent.start_char, ent.end_char), (None, ent.text))
            ent._.admin_code = code
            ent._.norm = norm
        return doc


def add_entity_pipes(nlp: "Language", *, county_code: str | None = None, model: bool = True) -> "Language":
    """Add the entity component to a pipeline (called by ``load_pipeline(entities=True)``).

    One component, ``corpus_tools_entities`` (:func:`entity_component`), runs the domain
    rules and the shipped character-level NER model on ``doc.text`` and writes ``doc.ents``.
    It works with any tokenisation (pkuseg, jieba, characters); the model's word features
    come from the Doc in the pkuseg pipeline and from a pkuseg parse of the text otherwise.

    Examples
    --------
    >>> import spacy
    >>> nlp = add_entity_pipes(spacy.blank("zh"), county_code="140728", model=False)
    >>> doc = nlp("平遥县岳壁乡梁村")
    >>> [(e.text, e.label_, e._.admin_code) for e in doc.ents]
    [('平遥县', 'GPE', '140728'), ('岳壁乡', 'TOWNSHIP', '140728202'), ('梁村', 'VILLAGE', '140728202207')]
    """
    if ENTITY_PIPE not in nlp.pipe_names:
        nlp.add_pipe(ENTITY_PIPE, config={"county_code": county_code, "model": model})
    return nlp
