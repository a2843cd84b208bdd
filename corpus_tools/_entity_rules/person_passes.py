"""The PERSON passes of :func:`corpus_tools.entities.find_entities` after the model's names are in.

Names vouched for by their frame (titles, speech verbs, roll calls, credits, anonymised and familiar
forms) are added where no entity stands; lists of people are completed; names the text repeats where
persons stand, and other mentions of the names it spells in full, are added; then every name gets one
reading (:func:`~corpus_tools._entity_rules.person_forms.settle_persons`).
"""

from __future__ import annotations

from corpus_tools._entity_rules.assemble import resolve
from corpus_tools._entity_rules.lexicon import Cand
from corpus_tools._entity_rules.person_anonymised import anonymised
from corpus_tools._entity_rules.person_cadres import cadre_names
from corpus_tools._entity_rules.person_context import familiar_mentions, titled_speakers
from corpus_tools._entity_rules.person_forms import settle_persons
from corpus_tools._entity_rules.person_framed_names import framed_full_names
from corpus_tools._entity_rules.person_frames import (office_names, roll_call_names, segmenter_dot_ends, spaced_roll_names,
                                                      titled_speech_names)
from corpus_tools._entity_rules.person_repeats import repeated_persons
from corpus_tools._entity_rules.person_roles import is_role, is_surname
from corpus_tools._entity_rules.person_parts import sound_name_parts
from corpus_tools._entity_rules.person_slot_names import addressed_names, only_surname, person_slot, slot_names
from corpus_tools._entity_rules.person_unit_lists import unit_list_names
from corpus_tools._entity_rules.person_unit_signatures import unit_signatures
from corpus_tools._entity_rules.person_worker_slots import worker_slot_names
from corpus_tools._entity_rules.person_sound_runs import sound_runs, widen_persons
from corpus_tools._entity_rules.person_full_names import spoken_full_names
from corpus_tools._entity_rules.person_staff import photo_credit_names, staff_line_names
from corpus_tools._entity_rules.persons import (consistent_names, list_people, noun_titled_names, plausible_person,
                                                speaker_names)
from corpus_tools._entity_rules.sound_chars import sound_names
from corpus_tools._entity_rules.sound_names import appointed_sound_names, slotted_sound_names, sound_span


def resolve_with_model(rules: list[Cand], model: list[Cand], text: str) -> list[Cand]:
    """Rule spans first; a model span is added only where it overlaps no rule span."""
    taken = [False] * len(text)
    for c in rules:
        for i in range(c.start, c.end):
            taken[i] = True
    added = [c for c in model if not any(taken[c.start:c.end]) and c.end - c.start >= 2]
    return sorted(rules + resolve(added, len(text)), key=lambda c: c.start)


def framed_persons(ents: list[Cand], text: str, feats: "list[str] | None",
                   model_tags: "list[tuple[int, int, str]] | None", sound: list[Cand]) -> list[Cand]:
    """*ents* with the names their frames vouch for, the lists and repeats completed and one reading
    per name; *sound* are the names of sound characters added before the model (they vouch too).

    Examples
    --------
    >>> text = "镇长那日松说，今年秸秆全部离田。"
    >>> [(text[c.start:c.end], c.label) for c in framed_persons([], text, None, None, [])]
    [('那日松', 'PERSON')]
    """
    slots = slot_names(text)
    addressed = addressed_names(text, sound_span)
    # a place inside a name whose surname is nothing else gives way to it (农民庹|长江), and a place inside a name
    # before a word of address (苏桂|芳阿婆: 苏桂 is no pair of provinces there)
    rare = [(s, e) for s, e in slots if only_surname(text[s])]
    ents = [c for c in ents if not (c.label in ("LOC", "GPE") and (any(s < c.start and c.end <= e for s, e in rare)
                                                                   or any(s <= c.start and c.end <= e and c.end - c.start < e - s
                                                                          for s, e in addressed)))]
    anon = [Cand(s, e, "PERSON", prio=-1, source="rule")
            for s, e in anonymised(text, is_surname) + speaker_names(text, plausible_person) + sound_names(text)
            + appointed_sound_names(text)
            + titled_speakers(text) + familiar_mentions(text)
            + noun_titled_names(text, feats)
            + office_names(text, feats, model_tags) + roll_call_names(text) + spaced_roll_names(text)
            + cadre_names(text, feats)  # 驻村干部帅杰、庹文 (user27)
            + titled_speech_names(text) + staff_line_names(text)
            + unit_signatures(text)  # （玄武镇　乜红梅）: the unit's signature vouches for a rare surname
            + slotted_sound_names(text, person_slot)  # 搬迁户阿苦木呷, 彝族女孩阿西古莫
            + addressed  # 古宅里的劳桂英阿婆, 嘎查的朝鲁老人
            + worker_slot_names(text)  # 工人向美玲说, 打工15年的程大福， (user37)
            + slots]  # 果农佴志强: the slot and the given name vouch for a rare surname
    if anon:
        ents = resolve_with_model(ents, anon, text)
    ents = unit_list_names(list_people(ents, text, resolve, feats), text, resolve)  # 钟文斌（县教育局）、海来拉格（高卓营乡）
    ents = framed_full_names(ents, text, feats)  # 搬迁户韩国华说, 村的苏桂兰种植: the frame beats 韩国, 苏桂
    runs = sound_runs(text) + [(s, e, False) for s, e in photo_credit_names(text)]  # 那顺乌日图; 降央卓玛　摄
    ents = widen_persons(ents, runs)
    doc_person = lambda s, e: Cand(s, e, "PERSON", prio=-1, source="document")  # noqa: E731
    # names the text repeats where persons stand (通伦, 闹布才仁)
    before = {(c.start, c.end, c.source) for c in ents}
    ents = repeated_persons(ents, text, doc_person, feats)
    # names a rule or the repetitions propose as well as the model: its stray-name filters spare them
    vouched = frozenset([text[c.start:c.end] for c in anon + sound
                         + [c for c in ents if c.source == "document" and (c.start, c.end, c.source) not in before]]
                        + [text[s:e] for s, e, _ in runs])
    ents = consistent_names(segmenter_dot_ends(ents, text, feats), text, doc_person, feats)
    ents = sound_name_parts(ents, text, doc_person)  # 马海阿呷 … 阿呷主席说
    ents = settle_persons(ents, text, is_role, is_surname, doc_person, word_feats=feats, vouched=vouched)
    return spoken_full_names(ents, text, feats)  # 玄光|日用 … 玄光日/n 说: the document's full name
