"""The SIGHAN segmentation scorer on hand-made cases."""

from __future__ import annotations

import pytest

from corpus_tools.scoring.segmentation import read_segmented, score_segmentation, word_spans


def test_perfect_prediction_scores_one():
    gold = ["平遥县  推进  乡村振兴", "梁村  ，  好"]
    s = score_segmentation(gold, gold)
    assert s.precision == s.recall == s.f1 == 1.0
    assert s.n_gold == s.n_pred == s.n_correct == 6
    assert s.oov_recall is None  # no training word list


def test_hand_counted_case():
    # gold: 平遥县|推进|乡村振兴|。   pred: 平遥|县|推进|乡村|振兴|。
    # correct words: 推进, 。 -> 2 of 4 gold, 2 of 6 predicted
    gold = [["平遥县", "推进", "乡村振兴", "。"]]
    pred = [["平遥", "县", "推进", "乡村", "振兴", "。"]]
    s = score_segmentation(gold, pred, training_words=["平遥县", "推进", "。", "乡村", "振兴"])
    assert (s.n_gold, s.n_pred, s.n_correct) == (4, 6, 2)
    assert s.precision == pytest.approx(2 / 6)
    assert s.recall == pytest.approx(2 / 4)
    assert s.f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    # 乡村振兴 is the only OOV gold word and it was missed; IV recall 2 of 3
    assert (s.n_oov, s.n_oov_correct) == (1, 0)
    assert s.oov_recall == 0.0
    assert s.iv_recall == pytest.approx(2 / 3)
    assert s.oov_rate == pytest.approx(1 / 4)


def test_same_word_at_other_position_is_not_correct():
    # 'ab' appears in both, but at different spans: the bakeoff rule compares spans
    gold = [["ab", "a", "b"]]
    pred = [["a", "b", "ab"]]
    s = score_segmentation(gold, pred)
    assert s.n_correct == 0


def test_files_with_crlf_and_two_spaces(tmp_path):
    g = tmp_path / "gold.utf8"
    p = tmp_path / "pred.utf8"
    g.write_bytes("共同  创造  美好  的  新  世纪  \r\n\r\n二○○一年  新年\r\n".encode("utf-8"))
    p.write_bytes("共同 创造 美好的 新 世纪\r\n\r\n二○○一年 新年\r\n".encode("utf-8"))
    assert read_segmented(g)[1] == []
    s = score_segmentation(g, p)
    assert (s.n_gold, s.n_pred, s.n_correct) == (8, 7, 6)
    assert s.n_sentences == 3


def test_text_mismatch_and_line_count_raise():
    with pytest.raises(ValueError, match="differs"):
        score_segmentation(["乡村 振兴"], ["乡村 振"])
    with pytest.raises(ValueError, match="sentences"):
        score_segmentation(["乡村 振兴", "好"], ["乡村 振兴"])


def test_pred_none_uses_a_callable_segmenter():
    gold = ["乡  村  振兴"]
    s = score_segmentation(gold, None, segmenter=lambda text: list(text))
    assert (s.n_correct, s.n_pred) == (2, 4)


def test_word_spans_ignore_whitespace():
    assert word_spans(["ab", " ", "c d"]) == [(0, 2), (2, 4)]
