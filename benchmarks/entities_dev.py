"""Entities benchmark, the development-set section (issue 15): per-label F1 of the gold pages 000/001 and
the 20 People's Daily county reports of ``gold/entities-dev`` by part, with the rules alone, and
``extract_entities`` throughput; the section's prose keeps every round's before/after figures.

    /work/venv/bin/python benchmarks/entities.py --dev-only [--no-write]

:func:`dev_section` is called by ``benchmarks/entities.py``, which prints and writes it
(``entities-dev`` section of docs/benchmarks.md).
"""

from __future__ import annotations

import time
from pathlib import Path

from _report import machine_line

__all__ = ["PARTS", "LABEL_ORDER", "dev_tables", "pku_throughput", "dev_section"]


PARTS = (("seed 000/001 (tune)", lambda d: d.source == "entities"),
         ("15 rmrb reports (tune)", lambda d: d.source == "entities-dev" and d.part == "tune"),
         ("all tune", lambda d: d.part == "tune"),
         ("5 rmrb reports HELD APART", lambda d: d.part == "held_apart"))
LABEL_ORDER = ("PERSON", "ORG", "GPE", "TOWNSHIP", "VILLAGE", "COMMUNITY", "PROJECT", "FAC", "LOC", "EVENT", "DOC", "micro")


def dev_tables(shared: Path, *, model: bool = True):
    """Per-label scores of the development set by part: seeds, rmrb tune, all tune, held apart."""
    from corpus_tools.scoring.entities import _default_extract, gold_documents, score_entities, tag_documents

    docs = gold_documents(shared / "gold" / "entities") + gold_documents(shared / "gold" / "entities-dev")
    pred = tag_documents(docs, _default_extract(model))
    out = {}
    for name, keep in PARTS:
        sub = [d for d in docs if keep(d)]
        out[name] = score_entities({d.stem: pred[d.stem] for d in sub}, {d.stem: d.gold for d in sub}).set_index("label")
    return out


def pku_throughput(shared: Path, n_lines: int = 400) -> dict:
    """``extract_entities`` (segmentation, model and rules) on the first *n_lines* of the SIGHAN PKU
    test text, in characters per CPU-second of this process (best of two runs; the machine is shared)."""
    from corpus_tools.entities import extract_entities, load_ner_model

    lines = [ln.strip() for ln in (shared / "data" / "sighan2005_icwb2" / "pku_test.utf8").read_text(encoding="utf-8").splitlines()
             if ln.strip()][:n_lines]
    n = sum(map(len, lines))
    load_ner_model()
    extract_entities(lines[:5])
    best = {}
    for _ in range(2):
        t0, w0 = time.process_time(), time.perf_counter()
        df = extract_entities(lines)
        cpu, wall = time.process_time() - t0, time.perf_counter() - w0
        if not best or n / cpu > best["cpu_rate"]:
            best = {"chars": n, "lines": len(lines), "entities": len(df), "cpu_rate": n / cpu, "wall_rate": n / wall}
    return best


def dev_section(shared: Path) -> str:
    tables = dev_tables(shared)
    rules = dev_tables(shared, model=False)
    speed = pku_throughput(shared)
    names = [n for n, _ in PARTS]
    lines = ["## Entities on the development set (issue 15)", "", machine_line(), "",
             "Command: `/work/venv/bin/python benchmarks/entities.py --dev-only` "
             "(error report: `corpus-tools eval entities ../shared/gold/entities ../shared/gold/entities-dev --part tune`).", "",
             "Development set: gold pages 000/001 (平遥, the seed county) and the 20 People's Daily county reports of "
             "`gold/entities-dev` (other provinces, 2019–2020). **Held apart** before any report was read: the reports "
             "`src_rmrb_NN` with NN divisible by 4 (16, 20, 24, 28, 32); their text and errors were never looked at "
             "and nothing was tuned on them, but their score has been computed several times (by the first round of "
             "this work, after its merge, at the end of the second round, and once by each entity helper of the third "
             "round), so it is no longer blind: read it as an optimistic estimate of unseen pages. The rules were "
             "revised by reading the errors of the other 15 reports and of 000/001, so the tune columns are optimistic. "
             "Almost nothing is *fitted* on the development gold — one exception since the fourth round: the policy that joins "
             "the ORG span model to the rules (`ORG_SPAN_POLICY`, three thresholds) was chosen by leave-one-report-out over "
             "the tune reports and dev2 (`training/ner/train_org_span.py --cv`, section org-span). The other learned parts (the character NER model, the name-length "
             "model `data/entities/name_model.json` and the generic-ORG filter `org_filter.json`) are trained on MSRA "
             "and People's Daily 1998 (training/ner/), and the word lists come from the gazetteer, People's Daily 1998 "
             "and jieba, so apart from that policy leave-one-report-out would refit nothing; the policy's own "
             "cross-validated figures are in the org-span section, not in this table. Instead, "
             "the third round checked each change on pages its authors wrote in other counties' style before the "
             "change (tests/test_entity_pages.py, tests/test_entity_places.py; first scores per batch, before the changes it led to: 0.82–0.89 micro F1 over all labels on entorg's 11 pages, 0.94–0.99 over the place labels on entplaces' 23), "
             "and the honest figure is the **blind set** section below: 10 reports annotated this session by a "
             "helper who never ran the tagger, scored only as aggregates.", "",
             "F1 per label (support in brackets), rules + shipped model (`find_entities` defaults; county inferred "
             "from the text, no manifest):", "",
             "| label | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for lab in LABEL_ORDER:
        cells = []
        for n in names:
            t = tables[n]
            cells.append(f"{t.loc[lab, 'f1']:.3f} ({t.loc[lab, 'support']})" if lab in t.index else "—")
        name = f"**{lab}**" if lab == "micro" else lab
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "Micro precision / recall, and micro F1 with rules only (`model=False`):", "",
              "| part | P | R | F1 | F1 rules only |", "|---|---:|---:|---:|---:|"]
    for n in names:
        t, r = tables[n].loc["micro"], rules[n].loc["micro"]
        lines.append(f"| {n} | {t['precision']:.3f} | {t['recall']:.3f} | {t['f1']:.3f} | {r['f1']:.3f} |")
    lines += ["", "Before this work (shipped tagger at commit 35e4fa9, same harness, measured 2026-12-03): micro F1 "
              "seed 0.973, 15 rmrb tune 0.722, all tune 0.819, held apart 0.674; on the 15 tune reports GPE 0.826, "
              "ORG 0.511, PERSON 0.859, PROJECT 0.439, TOWNSHIP 0.794, VILLAGE 0.725; on the 5 held-apart reports GPE 0.689, ORG 0.560, PERSON 0.833, PROJECT 0.727, TOWNSHIP 0.455, VILLAGE 0.714, LOC 0.000.", "",
              "Second round (after the merge, 2026-12-03): seeds 0.973, 15 rmrb tune 0.891, held apart 0.800 at the start; "
              "then one named-county mechanism (the rules ask corpus_tools.county), the issue's county for articles that "
              "decide nothing, and rules for firms (trade names, 家庭农场, a township in front), facilities after a "
              "township, scoped/attributive projects and titled speakers.", "",
              "Third round (2026-12-03, evening): the name-length model for titled speakers, bylines and rare or "
              "compound surnames; the ORG filter and head rules (a verb before the head is no organisation); county "
              "short forms and cities, townships and villages missing from the 2023 gazetteer (lists with a count "
              "head, old suffixes, natural villages), 13,026 verb/adjective stems that are no village, LOC from "
              "mountain and river context.", "",
              "Fourth round (2026-12-03, night): a sound-character model for names without a surname (dotted Uyghur and "
              "foreign names, Tibetan and Yi names after titles and before speech verbs) and for villages the 2023 "
              "gazetteer lacks; given-name re-mentions, kinship familiar forms and list names; an ORG span model "
              "(logistic regression over candidate starts left of each head, trained on People's Daily 1998 `[...]nt` "
              "spans). It moved the tune and held-apart columns by at most 0.004; its evidence is dev2 (12 fresh reports "
              "annotated this round: PERSON 0.949 → 0.995, ORG 0.529 → 0.609, studied after their first score) and the "
              "two blind sets below (dev2 and those blind folders lived outside the repository and were lost with "
              "that session's machine).", "",
              "Fifth round (2026-12-04): ORG starts from the segmenter's word tags (a verb, adverb or preposition that "
              "People's Daily 1998 tags so in ≥ 80 % of its uses cuts the clause off the name; lists mined by "
              "`training/ner/build_org_words.py`), village and township owners (X村党支部 keeps only its immediate "
              "owner), two bodies written together split (县委县政府); `sites.py` for lakes, rivers, mountains, scenic "
              "areas, road codes, stations and festivals (names mined by `training/ner/build_site_words.py`); familiar "
              "and anonymised person forms; names propagated in mention order (the result no longer depends on "
              "PYTHONHASHSEED). On this harness it moved held apart 0.852 → 0.863 (ORG 0.652 → 0.711, PERSON 0.972 → "
              "0.986) and the tune columns by ≤ 0.002. Its evidence is dev4 (`benchmarks/gold/dev4`, 12 reports "
              "annotated this round; section dev4: first score 0.837 on main, the kept-apart part d4_09–12 unread) "
              "and the blind4 section.", "",
              "Seventh round (2026-12-04, afternoon): names the model reads surname-first take their span back from "
              "rule spans cutting into them (`person_context.py`), given-name vocatives, names between a title and a "
              "speech verb; numbered events, Party plenums and quoted festivals (`events.py`); province short form + "
              "direction regions and river names (LOC); concept terms (中国梦, 美丽中国) no GPE 中国; firms named by "
              "trade name + mined industry word and quoted shop names (`firms.py`, `training/ner/build_firm_words.py`), "
              "co-operatives by their registered-name form, one-word PROJECT bodies are kinds. Held apart here 0.863 → "
              "0.877 (TOWNSHIP 0.727 → 0.783, VILLAGE 0.826 → 0.889). Its evidence: dev5 (14 fresh reports, section "
              "dev5: first score 0.842, apart part 0.830 → 0.871) and the blind sets: blind4 0.819 → 0.826, blind5 "
              "0.899 → 0.906 (both scored by the integrator only) — the tuned gains mostly did not carry over.", "",
              "Eighth round (2026-12-04, evening): a learned ORG candidate arbiter (`_entity_rules/arbiter.py`, "
              "leave-one-report-out ORG F1 0.879 → 0.887 over 45 open dev reports), events by form (congress sessions, "
              "全国两会, national festivals and games, mined event names), trade names mined before 集团/公司, names "
              "without a surname from a region syllable model (`sound_names.py`), former counties (`gpe_forms.py`); "
              "every crawl-mined list rebuilt without the gold pool (`training/crawl.py`). Tune reports 0.939 → 0.946, "
              "held apart 0.877 (=). Its evidence: dev6 (14 fresh reports: first score 0.893, apart part 0.861 → 0.894, "
              "not clean, see the dev6 section) and the blind sets: blind6 0.893 → 0.895, blind5 0.906 → 0.915, "
              "blind4 0.826 → 0.835.", "",
              "Ninth round (2026-12-04, late evening): no entity rule merged. The gold pool was widened to 477 "
              "articles for dev7/blind7 and every crawl-mined list rebuilt without it; the ORG arbiter counts names "
              "in one pass (linear on long texts: `extract_entities` on a 640k-character text 218 → 202 CPU-s, "
              "the same 17,679 entities). Two helper branches "
              "(ORG owners and facility kinds; a learned PERSON add/drop arbiter with a CLUENER + silver NER retrain) "
              "gained on the open reports and nothing on any kept-apart group, so they stayed unmerged. Fresh "
              "evidence: dev7 (14 reports, section dev7: 0.835 first score, apart 0.856) and blind7 (12 reports, "
              "scored twice by the integrator: 0.849 both times; PERSON precision 0.76 there).", "",
              "Tenth round (2026-12-04/05, night): PERSON forms of address (an anonymous 杨女士 or 戴师傅 is no name, "
              "address words mined from People's Daily 1998 by `training/ner/build_address_words.py`; kinship forms "
              "of a named person), stray list items and coined quoted names dropped (`person_forms.py`); a "
              "head-based name never ends inside a segmenter word unless a title follows (民政部|门); a surname + "
              "kinship word is no title before a name (王阿姨|都会来); two nature words in parallel (金山银山) and a "
              "bare village name inside an idiom (移风易俗) are no places; 苏木 townships count for county inference. "
              "Kept-apart groups of dev4–dev8 moved only on dev5 (ORG 0.667 → 0.686). Fresh evidence: dev8 "
              "(14 reports, section dev8: first score 0.803, apart 0.908) and blind8 (12 reports, scored twice by "
              "the integrator) and blind7 (scored a third time).", "",
              "Eleventh round (2026-12-05): project, facility and event names read from their bodies "
              "(`name_bodies.py`: a one-word kind before the head is no name, a count cuts the clause before it), "
              "world and province-group regions and region tails (LOC), bases owned by a place (FAC), numbered "
              "national meetings (EVENT), units written before a title and name (`titled_units.py`), province "
              "owners peeled off organisations (`owners.py`), doubled state words that are no names (金灿灿), "
              "fixes from a code review, and PERSON false positives found on unlabelled text (300 crawl articles "
              "judged by hand: a title followed by clause material, 老 + a word, model names that are plain words or "
              "county short forms; on a second, disjoint sample of 150 articles wrong PERSON mentions 134 → 120, "
              "`benchmarks/person_precision_sample.md`), and ORG forms from the open dev reports (a body found again without its level or place, 原 before a village, a class of firms before a firm's name, a village short form inside a body is part of the name; open ORG F1 over 48 reports 0.783 → 0.828, kept-apart ORG recall unchanged). Held apart here 0.877 → 0.880. Kept-apart groups of dev4–dev8: dev5 "
              "0.875 → 0.880, dev6 0.894 → 0.929, dev7 0.856 → 0.882, dev8 0.908 → 0.912 (one ORG false positive fewer), dev4 unchanged — but every gain "
              "there is in LOC, FAC and one GPE row, and a helper of this round printed the dev folders' gold LOC "
              "and FAC strings (kept-apart reports included) before writing those rules, so these gains are not "
              "evidence. The evidence is blind9 (section blind9) and the invented pages of the round.", "",
              "Twelfth round (2026-12-05): error discovery on unlabelled 2019-2020 crawl samples, each helper re-judging "
              "on a second sample (partly read while fixing, as each sample file says): ORG unit names kept at a lower arbiter bar, names found once "
              "spread to their other mentions and short forms, newspaper mastheads (`unit_names.py`, `org_repeats.py`, "
              "`mastheads.py`, `benchmarks/org_recall_sample.md`); PERSON candidates the crawl uses as plain words "
              "dropped unless a mention stands where a person stands, punctuation and run-on verbs out of names "
              "(`benchmarks/person_precision_sample.md`); bare place short forms judged against the segmenter's "
              "words, village and community stems that are words (`benchmarks/place_precision_sample.md`); FAC kind "
              "words, clauses and landmark words (`benchmarks/fac_sample.md`). Held apart here 0.880 → 0.890; "
              "kept-apart groups of dev4–dev8 moved only on dev7 (0.882 → 0.886). The evidence is "
              "blind10 (section blind10: 0.773 → 0.815, TOWNSHIP 0.680 → 0.919, VILLAGE 0.646 → 0.833, ORG and FAC "
              "unchanged), blind9 (0.825 → 0.826) and the invented pages pages14 (0.907 → 0.903).", "",
              "Thirteenth round (2026-12-05): errors studied on gold rather than on crawl judgements — the open "
              "reports of dev4–dev8, the new dev9 (14 reports annotated this round; its open part d9_01–10 was "
              "studied, so its open rows are not a clean check), this tune part and the studied invented pages "
              "(convention vs detection for ORG and FAC in `benchmarks/org_fac_errors.md` and "
              "`benchmarks/fac_event_errors.md`: most misses are detection, most false alarms convention). ORG: farms "
              "and homes as unit heads, a village's own unit kept, firms named in a list closed by a count of firms, "
              "clauses before a facility head; FAC: facilities and zones a place owns (`fac_places.py`), rail lines "
              "before 高铁, battles as events; LOC: economic belts, landform tails, river-source regions, traditional "
              "regional names; GPE: place words the segmenter reads as one name at word boundaries, datelines; "
              "PERSON: names the document repeats in person positions (`person_repeats.py`); region words inside "
              "species names (`region_words.py`). Held apart here 0.890 (=). Kept-apart groups: dev4 0.914 → 0.910, "
              "dev5 0.880 → 0.872 (one more wrong GPE there, the loc17 helper's reading), dev6 0.929 =, dev7 0.886 → "
              "0.890, dev8 0.912 =, dev9 0.721 =. The evidence is blind11 (section blind11: 0.792 → 0.800; LOC "
              "0.444 → 0.500, FAC 0.216 → 0.263, ORG 0.604 → 0.609), blind10 scored a fourth time (0.815 → 0.817), "
              "blind9 a fifth (0.826 → 0.837) and the invented pages pages15 (entities 0.875 → 0.875).", "",
              "Fourteenth round (2026-12-05): mechanisms meant to generalise, each judged on unlabelled crawl samples "
              "by hand and on the open reports: the page's masthead as an ORG row and departments joining two "
              "fields with 和 (a crawl-mined lexicon of organisations, document consistency, a learned FAC keep/drop "
              "and model spans as FAC were tried and not shipped: `benchmarks/org_fac_generalise.md`); LOC from a place "
              "or compass word + a landscape word and regions the segmenter grows a place into; no segmenter-word GPE "
              "after an organisation head; plain-word 《》 titles not spread; VILLAGE/TOWNSHIP false alarms the "
              "segmenter reads as plain words dropped (crawl sample precision 0.825 → 0.879); PERSON names after a "
              "noun for a person, place-suffix names, names ending at their line (`benchmarks/person_precision_sample.md`). "
              "Held apart here 0.890 (=). Kept-apart groups: dev4 0.910 → 0.921, dev5 0.872 → 0.876, dev6 0.929 =, "
              "dev7 0.890 → 0.893, dev8 0.912 → 0.924, dev9 0.721 → 0.723. The evidence is blind12 (section blind12: "
              "0.777 → 0.796; PERSON 0.881 → 0.950, VILLAGE 0.551 → 0.555, the rest unchanged), blind11 scored a "
              "third time (0.800 → 0.810), blind10 a fifth (0.817 → 0.810: VILLAGE recall 0.783 → 0.747), blind9 a "
              "sixth (0.837 → 0.842) and the invented pages pages16 (0.862 → 0.881; ORG 0.682 → 0.820, most likely "
              "from the masthead rows, not checked item by item).", "",
              "Fifteenth round (2026-12-05): two waves. The first took its rules from the studied invented pages "
              "pages16 (registered firm names with their whole place prefix, working groups, affiliated hospitals, "
              "hotline offices, banner editors, slash credits, appointment-list names, produce words the model reads "
              "as names, place names before a site or landscape word, lakes named after townships, river contexts, "
              "ancestral halls: `benchmarks/org_person_assembly.md`); the second from open reports and crawl samples "
              "judged by hand (model ORG spans that are ORG names of the model's 1998 lexicon, `benchmarks/"
              "org_model_only.md`, where model-only ORG spans in general were measured at 9 right of 97 on the open "
              "reports and not shipped; PERSON signature lines, 小X forms, names after 叫, titles ending in 长). "
              "Held apart here 0.890 (=). Kept-apart groups: dev4 0.921 =, dev5 0.876 =, dev6 0.929 =, dev7 0.893 =, "
              "dev8 0.924 =, dev9 0.723 → 0.731. The evidence is blind13 (section blind13: 0.854 → 0.854, identical "
              "on every label), blind12 scored a second time (0.796 → 0.801; ORG 0.577 → 0.601, TOWNSHIP 0.857 → "
              "0.909; this round's entity prompts named blind12's per-label aggregates), blind11 a fourth (0.810 → "
              "0.812), blind10 a sixth (0.810 → 0.816), blind9 a seventh (0.842 → 0.843) and the invented pages "
              "pages17 (0.859 → 0.855), against pages16, studied this round, 0.881 → 0.945: rules from studied pages "
              "again did not transfer.", "",
              "Sixteenth round (2026-12-05): blind9-blind11 (34 reports) were retired as blind sets and released as "
              "training and development data. The ORG arbiter was retrained on 159 open documents with its settings "
              "chosen by leave-one-report-out (pooled ORG F1 0.775 → 0.789, recall flat; `docs/model_card_org_arbiter.md`); "
              "PERSON: names a report repeats in person positions, an age before 的, two models agreeing before a speech "
              "verb (crawl: 20 names added, all right); places: dams, dikes and reserves named after a river or mountain, "
              "village lists closed by a count, 东北 as a region, named historic events. The errors these came from were "
              "read on the released sets (PERSON there 0.885 → 0.952, LOC 0.588 → 0.695: not a clean check). An "
              "in-domain fine-tune of the NER model (`benchmarks/ner_in_domain.md`) was better alone (held fold 0.685 → "
              "0.775) but not in the pipeline (kept-apart pooled 0.879 → 0.863) and was not shipped. Held apart here "
              "0.890 → 0.894. Kept-apart groups: dev4 0.921 → 0.932, dev5 0.876 =, dev6 0.929 =, dev7 0.893 → 0.889, "
              "dev8 0.924 =, dev9 0.731 → 0.734. The evidence is blind14 (section blind14, fresh: 0.831 → 0.831; ORG "
              "0.675 → 0.667, every other label identical), blind13 scored a fourth time (0.854 → 0.856), blind12 a "
              "third (0.801 → 0.807) and the invented pages pages18 (0.844 → 0.850): the mechanisms taken from the "
              "released reports' errors did not reach a fresh set either.", "",
              "Seventeenth round (2026-12-05): blind12 and blind13 (24 reports) were retired as blind sets and given to "
              "the helpers as a check fold (scored before and after each change, at most three times, no rules from "
              "their errors). ORG: a gazetteer place followed by an organisation head counted from People's Daily 1998 "
              "compounds is one ORG, head characters whose verb-stem words are almost never names (会, 台) are no heads "
              "(`benchmarks/org_place_units.md`; check fold ORG 0.622 → 0.629, crawl 25 added: 15 right, 9 wrong); "
              "places: a mined list of rivers, mountains and lakes, LOC names used where a person stands become PERSON, "
              "FAC names lose a verb read into their front (`benchmarks/loc_mechanisms17.md`; crawl 83 changes, 82 "
              "right); PERSON: fixes to where the pipeline lost a fine-tuned model's names (neutral with the shipped "
              "model). The fine-tuned NER model trained on all open data lost on the check fold (0.830 → 0.824, "
              "kept-apart pooled 0.879 =) and a document label-agreement step changed nothing on gold and 3 crawl names, "
              "all wrongly; neither was shipped. Held apart here 0.894 =. Kept-apart groups: dev4 0.932 → 0.936, dev5 "
              "0.876 =, dev6 0.929 =, dev7 0.889 =, dev8 0.924 =, dev9 0.734 =. The evidence is blind15 (section "
              "blind15, fresh: 0.872 → 0.873; FAC 0.182 → 0.200, every other label identical), blind14 scored a third "
              "time (0.831 → 0.833; ORG 0.667 → 0.684, VILLAGE 0.912 → 0.925), the check fold (blind12 0.807 → 0.810, "
              "blind13 0.856 =) and the invented pages pages19 (0.911 → 0.909).", "",
              "Eighteenth round (2026-12-05): blind14 (12 reports) was retired as a blind set and given to the helpers "
              "as the check fold; blind12 and blind13 joined the open data. ORG: the arbiter retrained on 203 open "
              "documents (blind12, blind13, pages18, pages19 added; leave-one-report-out pooled ORG F1 0.740 rules "
              "alone → 0.757, on the 44 reports the old model never saw 0.614 → 0.632) with a guard that it never adds a "
              "generic body, mastheads glued to the issue date, a verb word before a one-character head "
              "(`benchmarks/org_census18.md`; check fold ORG 0.684 → 0.727, but on a hand-judged crawl sample the new "
              "arbiter's changes were 10 right, 16 wrong); places: facility kinds a document counts are no names, named "
              "culture halls that act are organisations, compass regions before 地区/一带 (`benchmarks/loc_fac_census18.md`; "
              "check fold identical, crawl 270 changes: 257 right, 12 doubtful, 1 wrong). Held apart here "
              "0.894 =. Kept-apart groups: dev4 0.936 =, dev5 0.876 =, dev6 0.929 =, dev7 0.889 → 0.886, dev8 0.924 → 0.920, dev9 0.734 =. The evidence is blind16 (section blind16, fresh: 0.878 → 0.880; ORG 0.767 → 0.779, GPE 0.957 → 0.963, every other label identical), "
              "blind15 scored a second time (0.873 → 0.871; ORG 0.752 → 0.745, every other label identical), the check fold blind14 (0.833 → 0.837; ORG 0.684 → 0.727) and the "
              "invented pages pages20 (0.894 → 0.895; layout unchanged).", "",
              "Nineteenth round (2026-12-05/06): the machine was wiped before the round and the gold of blind9-blind16 "
              "and pages13-pages20 was lost (only main survives a wipe); blind15 and blind16 were re-annotated by one "
              "helper each and, with the new invented pages pages21, sealed into the repository (`benchmarks/sealed/`). "
              "ORG: trade names the segmenter breaks into single characters, made-up firm names before an industry word, "
              "a whole body cut from its verb, short names declared in brackets (以下简称); places: natural villages and "
              "villagers' groups after their village, rivers running through a place, lake and reservoir areas, X水库 as "
              "LOC, facility clauses cut from their subject (`benchmarks/places26.md`); a development-slogan frame is no "
              "county (文旅兴县 is not 兴县); a unit credit in a byline (县统计局供稿) is an ORG, not a person; a masthead "
              "naming a county decides its pages' county. Open dev4-dev9 ORG F1 0.853 → 0.861, VILLAGE 0.948 → 0.963, "
              "LOC 0.877 → 0.892 (studied). Kept-apart groups: dev4 0.936 =, dev5 0.876 =, dev6 0.929 =, dev7 0.886 =, "
              "dev8 0.920 =, dev9 0.734 =. The evidence is blind16 (re-annotated, 300 mentions: 0.888 → 0.886; ORG "
              "0.789 → 0.779), blind15 (re-annotated, 424 mentions: 0.872 → 0.877; LOC 0.655 → 0.759, ORG 0.772 → "
              "0.765, VILLAGE 0.911 → 0.900) and the invented pages pages21 (391 mentions: 0.877 → 0.875).", "",
              "Twentieth round (2026-12-06): the ORG arbiter refitted on the 85 documents the repository can rebuild "
              "(seeds, edev tune, open dev4-dev9, invented pages; leave-one-report-out nested ORG F1 0.864 without it → "
              "0.869; `docs/model_card_org_arbiter.md`), reproducible again; places: an unlisted village right after "
              "its township is not cut to a listed village of another township (上兴镇|牛|马塘村), villagers' groups and "
              "villages named by their own body license their bare forms, a bare village form inside a set phrase, "
              "idiom or dotted motto is none, a development slogan after a verb of course is no county; persons: a "
              "surname + title and a product noun + one character are no names; projects with a county prefix and a "
              "word-internal stop, the object of a one-character verb is no project (跑项目); roads named 快速通道. "
              "Held apart here 0.894 → 0.890 (the arbiter refit). Kept-apart groups: dev4 0.936 =, dev5 0.876 =, dev6 "
              "0.929 =, dev7 0.886 → 0.899, dev8 0.920 → 0.924, dev9 0.734 → 0.908 (its VILLAGE errors, 0.14 for seven "
              "rounds, were read by the integrator: one report's 22 mentions of one unlisted village; the group is "
              "studied material from now on). The evidence is blind16 (third scoring of the re-annotated gold: 0.886 "
              "=, every label identical), blind15 (0.877 → 0.878, GPE +1) and the invented pages, now read as a user "
              "reads them (`external_gold.py --read pages`): pages21 0.892 → 0.888 (TOWNSHIP 0.952 → 0.939), the new "
              "pages22 (486 mentions) 0.854 → 0.864 (PERSON precision 0.720 → 0.789). For the sixth round running, "
              "fresh text moves by noise only.", "",
              "Twenty-first round (2026-12-06): persons: an office title + a name + a verb, with the surname table, "
              "the model or the name model as evidence (县委副书记应晓明到现场调研), roll calls after 县领导 or 出席的领导有, "
              "dotted minority names in bylines and cut where the segmenter's name word ends, a mined product word is no "
              "person unless a mention stands where a person stands (`_entity_rules/person_frames.py`); ORG: county "
              "papers in running text and on the page line (桂东报记者, 第01版　蓬溪报), bodies a report sets up (成立/组建 "
              "…, `org_founding.py`), unit endings from mined job titles (…站长 → …站), bodies named after a person "
              "the report names (王飞家庭农场, `org_owned.py`; `benchmarks/org_recall22.md`, `org_recall23.md`). Each "
              "helper wrote invented reports of other counties before changing code and kept half of them unread: "
              "PERSON held half P / R 0.897 / 0.703 → 0.909 / 0.811, ORG held halves 28 → 33 of 38 and 14 → 15 of 15. "
              "Open dev4-dev9 reports without their kept-apart groups: ORG P / R 0.870 / 0.854 → 0.876 / 0.873 (267 "
              "mentions; the dev sections, and the same command on b483c89). Held apart here 0.890 =. Kept-apart groups: dev4 "
              "0.936 → 0.944, dev5 0.876 =, dev6 0.929 → 0.919 (two PERSON false positives), dev7 0.899 =, dev8 0.924 "
              "=, dev9 (studied) 0.908 → 0.915. The evidence is blind16 (0.886 =, every label identical), blind15 "
              "(0.878 → 0.879; ORG 0.765 → 0.816, PERSON 0.882 → 0.869), pages21 (0.888 → 0.887), pages22 (0.864 → "
              "0.865) and the new invented pages pages23 of 2013-2019 (417 mentions; 0.828 → 0.867: ORG 0.771 → "
              "0.871, PERSON 0.780 → 0.807, TOWNSHIP 0.932 → 0.954, VILLAGE 0.909 → 0.952). That gain comes from the "
              "layout, not the entity rules: read as one text a page, pages23 moved 0.846 → 0.848 (PERSON 0.798 → "
              "0.804, ORG and every other label identical); the layout's new reading of double-spaced extraction "
              "put the text of pages23's two double-spaced pages back into articles. For the seventh round running, "
              "the entity rules moved fresh text by noise only.", "",
              "Twenty-second round (2026-12-06): organisations: firms' and co-operatives' short forms after the "
              "document names them in full (`org_short_forms.py`), sub-units after an organisation (the longest noun "
              "run: 崇左市商务局市场科), a township that opens an ORG gives it its owner code; persons: names after a closed "
              "credit, a role and a colon, a media unit in a credit, label lists, sound-character names after a title "
              "before a speech verb; a byline printed inside the lead (本报讯（记者 …）) is one PERSON mention, not "
              "two (`benchmarks/ent_recall23.md`); the smaller labels: rivers, mountains, islands and caves named by "
              "the verb that takes them, sights in lists closed by 等景区, event short forms from the title (大马哈鱼节), "
              "projects the document counts are kinds, two works joined by 与/和 one project, ownerless plants are "
              "kinds (`benchmarks/minor_labels23.md`). Helpers' held halves: ORG/PERSON unchanged (0.922), the smaller "
              "labels 0.909 → 0.940 (LOC 0.889 → 0.973, EVENT 0.889 → 1.000). Kept-apart groups: dev4 0.944 =, dev5 "
              "0.876 =, dev6 0.919 =, dev7 0.899 → 0.902, dev8 0.924 =, dev9 (studied) 0.915 =. The evidence: blind16 "
              "0.886 = (every label identical), blind15 0.879 → 0.883 (ORG 0.816 → 0.835, LOC 0.759 → 0.772), and "
              "the invented pages read as pages: pages21 0.887 → 0.907, pages22 0.865 → 0.884, pages23 0.867 → 0.878 "
              "and the new pages24 of 2002-2012 (657 mentions) 0.830 → 0.841. Most of that is PERSON precision on "
              "pages (pages21 0.879 → 1.000, pages22 0.796 → 1.000, pages23 0.868 → 0.939, pages24 0.916 → 0.986): "
              "a byline inside a lead was counted twice when a page's articles were summed, a reading fix, not a new "
              "rule; read as one text a page the sets moved 0.870 → 0.881, 0.885 → 0.888, 0.848 → 0.856 and 0.802 → "
              "0.805. The one rule family that moved fresh text by more than noise is EVENT short forms from the "
              "title (pages21 EVENT 0.667 → 0.783, pages24 0.576 → 0.647).", "",
              "Twenty-third round (2026-12-06): facilities: head words mined by a script "
              "(`training/ner/build_fac_heads.py`) from People's Daily 1998 place compounds and CLUENER scene spans, "
              "landscape, administrative and business words left out; a river or lake before a bridge or park one "
              "FAC; a site and its part, a road with its two ends one FAC (`fac_joins.py`); full development-zone "
              "names FAC (`benchmarks/fac_project24.md`); organisations: a firm the learned filter took for a kind "
              "is kept when the text prints its trade name alone; projects, from a user's findings (user23): a "
              "township printed before a project split off after the spans are chosen (`project_townships.py`), "
              "计划 the verb of 计划投资, the product after an output quantity, a period is no project body "
              "(`project_bounds.py`). The facility helper's held half (ent_held24 h06-h10, aggregates only): micro 0.840 → 0.868 on the final code "
              "(FAC 0.667 → 0.741). Kept-apart groups identical (dev4 0.944, dev5 0.876, dev6 0.919, dev7 0.902, "
              "dev8 0.924). The evidence: blind16 0.886 and blind15 0.883, every label identical; the invented "
              "pages read as pages: pages21 0.907 → 0.927, pages22 0.884 → 0.889, pages23 0.878 → 0.880, pages24 "
              "0.841 → 0.848 and the new pages25 of 2016-2025 (545 mentions) 0.831 → 0.829 (PERSON 0.885 → 0.872). The gain is PROJECT "
              "and TOWNSHIP, from the user's finding, not from the facility work: a township printed before a "
              "project was inside the PROJECT span (pages21 PROJECT 0.545 → 0.848, TOWNSHIP 0.939 → 0.970; pages22 "
              "PROJECT 0.462 → 0.640; pages23 PROJECT 0.769 → 0.923; pages24 PROJECT 0.667 → 0.699, TOWNSHIP 0.946 → 0.957; pages25 PROJECT 0.739 "
              "→ 0.756). No open or kept-apart gold report prints that form, so it had never been measured. FAC "
              "moved on pages24 only (0.235 → 0.302).", "",
              "Twenty-fourth round (2026-12-06): two sets of invented pages by earlier blind writers were released "
              "as development material (pages21 studied, pages22 the helpers' check fold) and an open twin of the "
              "new sealed set was written from the same brief by a second writer (pages26o). Persons: whole "
              "minority and transliterated names of four to six sound characters closed by a title, a person word, "
              "speech or a credit (`person_sound_runs.py`), page-staff and photo credits with or without a colon "
              "(`person_staff.py`), the last two syllables of a minority name as a later mention, a padded byline "
              "name counted once (`benchmarks/person_recall25.md`); events: head words mined by a script "
              "(`training/ner/build_event_heads.py`), a name opened by a place, a listed river or mountain, an "
              "edition, a year or quotes, two events joined by 暨 one EVENT (`event_frames.py`), a local scope "
              "(全县) licensing a name but not part of it; places: rivers and mountains named by their side or "
              "bank, names the segmenter splits, the name before 景区 a FAC as the blind writers' gold has it "
              "(`benchmarks/minor_recall25.md`). The scorer now adds the counts of names equal without spaces "
              "(it had hidden a padded byline name counted twice); the base was re-scored with it. Helpers' held "
              "halves: PERSON recall 0.829 → 0.871 at precision 0.98 (person_held25); the smaller labels "
              "0.840 → 0.795 on the final code (minor_held25 s06-s10: EVENT 0.615 → 0.667, LOC 0.882 → 0.759, "
              "FAC 0.696 → 0.571; its gold writes mountains before 景区 as LOC; the helper measured 0.821 before the "
              "review's fixes and the 全县 scope change, 0.874 without the 景区 convention), so on the one held set "
              "written for them the smaller-label changes lost. Kept-apart groups identical (dev4 0.944, dev5 0.876, dev6 0.919, dev7 0.902, dev8 "
              "0.924); the check fold pages22 0.886 → 0.897. The evidence: blind16 0.886 =, blind15 0.883 = "
              "(every label identical), and the sealed invented pages read as pages: pages23 0.881 → 0.884, pages24 "
              "0.848 → 0.850, pages25 0.828 → 0.836 and the new pages26 of 1998-2024 (527 mentions) 0.836 → 0.848. "
              "PERSON rose on every sealed page set (pages23 0.843 → 0.856, pages24 0.901 → 0.909, pages25 0.869 → "
              "0.881, pages26 0.827 → 0.863), part of it through the layout's new reading of bylines and credits. "
              "The new event finder first lowered EVENT on three sealed sets (pages24 0.647 → 0.500) by taking 全县 "
              "into meeting names; the integrator found the cause on the open twin and mended it before the final "
              "scoring (pages24 EVENT back to 0.647, pages23 0.625 → 0.778, pages26 0.647 → 0.611), so the sealed "
              "EVENT figures took part in that one decision.", "",
              "Twenty-fifth round (2026-12-06): pages23 (a blind writer's, sealed four rounds) was released as "
              "development material; the new sealed pages27 and its open twin pages27o were written at the same time "
              "by two writers from one brief, and the integrator held pages27o (no helper saw it). Persons and "
              "organisations: the lines a page keeps out of every article are read for names (staff lines at the "
              "page's foot, the paper's name printed again, the owning committee, photo credits: `page_furniture.py`), "
              "a village before a co-operative with no trade name of its own one ORG (after the review: only then, as the GUIDE has it), a place joined to a following firm "
              "ending in 有限公司 and the firm ended at 公司 before its premises, a country before 族 no country, another "
              "county's short form the segmenter reads as a verb no GPE (`benchmarks/orgper_recall26.md`); the smaller "
              "labels: the name before 景区 a LOC again when it ends in a landform head (the GUIDE; pages21, pages22 and "
              "dev8's writers label 7 such names FAC, pages23's and every helper's LOC), 第N批, 党的 and province parts "
              "opening an event name (`benchmarks/minor_recall26.md`); places, from a user's findings (user25): a former "
              "township before a merger verb, a policy word (撤乡并镇) no township, a list head (三个街道) making a "
              "village short form a township. A two-character ns river rule was removed before the round's end: the "
              "sealed blind16's LOC precision had fallen 0.429 → 0.176 in the integrator's first final scoring, and a "
              "People's Daily sample confirmed it weak (2 of 5 right). Helpers' held halves on the final code: PERSON, "
              "ORG and GPE 0.832 → 0.972 (orgper_held26 h05-h08, written after the helper had listed its classes); "
              "the smaller labels 0.811 = (minor_held26 t05-t08: LOC recall 8 of 22 unmoved) and minor_held25's held "
              "half 0.795 → 0.848 (LOC 0.759 → 0.882, FAC 0.571 → 0.696: the 景区 rule undone). Kept-apart groups: dev4 "
              "0.944, dev5 0.876, dev6 0.919, dev7 0.902 identical, dev8 0.924 → 0.928; the 5 held-apart reports 0.890 "
              "= (0.879 before the review narrowed the village + co-operative join). The evidence: blind16 0.886 "
              "and blind15 0.883, every label identical; the sealed invented pages read as pages: pages24 0.850 → "
              "0.869, pages25 0.836 → 0.857, pages26 0.848 → 0.861 and the new pages27 of 1998-2023 (484 mentions) "
              "0.850 → 0.858, and the held twin pages27o 0.833 → 0.856; PERSON rose on each (pages24 0.909 → 0.958, "
              "pages25 0.881 → 0.955, pages26 0.863 → 0.904, pages27 0.901 → 0.925, pages27o 0.911 → 0.968) and ORG "
              "too (0.880 → 0.906, 0.805 → 0.818, 0.871 → 0.885, 0.875 → 0.894, 0.803 → 0.826), most of it from the "
              "page's furniture lines read for names, a class seen on four writers' pages. The studied sets: pages23 "
              "0.884 → 0.935, pages22 0.897 → 0.921, pages26o 0.876 → 0.892, pages21 0.948 → 0.941 (FAC and LOC: the "
              "GUIDE's 景区 reading against its writer's).", "",
              "Twenty-sixth round (2026-12-06): pages24 (a blind writer's, sealed four rounds) was released as "
              "development material, pages27o's odd pages were studied and its even pages held; the new sealed pages28 "
              "and its open twin pages28o were written at the same time by two writers from one brief, and the "
              "integrator held pages28o (no helper saw it). Events: bare Party congresses by number (十七大精神), "
              "campaign months, meetings the text holds (召开…推进会, 在…动员大会上), enlarged plenary sessions; places: "
              "rivers listed before one the context names, a county + 坝子/绿洲/盆地/平原 one LOC, the paper's name in a "
              "page line (`benchmarks/evloc_errors27.md`); facilities and projects: an item of a numbered list of works "
              "one PROJECT or FAC, a township + a generic facility one FAC, the site a works project is named after a "
              "FAC where it stands alone, X至Y between two facilities two FACs (`benchmarks/facproj_errors27.md`); "
              "organisations and persons: a hospital building no ORG head, working groups, county bodies written short "
              "(县农技站, 县防汛办), given names the segmenter reads as one word no longer cut, dotted names keeping "
              "trailing sound characters (`benchmarks/orgvil_errors27.md`); each class seen in two or more writers' "
              "pages. Held check: pages27o's even half 0.875 → 0.885 on the final code (its studied odd half 0.837 → "
              "0.890); the helpers' own held halves evloc_held27 0.848 → 0.863, facproj_held27 0.746 → 0.765, "
              "orgvil_held27 0.964 = . Kept-apart groups: dev4 0.944 → 0.936, dev5 0.876, dev6 0.919, dev7 0.902, dev8 "
              "0.928 identical; the 5 held-apart reports 0.890 =. The evidence: blind16 0.886 =, blind15 0.883 → 0.888 "
              "(PERSON 0.869 → 0.882); the sealed invented pages read as pages: pages25 0.857 → 0.866, pages26 0.861 → "
              "0.863, pages27 0.858 → 0.861 and the new pages28 of 1998-2024 (544 mentions) 0.873 → 0.881, and the "
              "held twin pages28o 0.888 → 0.893; EVENT rose on most (pages25 0.667 → 0.780, pages28 0.452 → 0.588, "
              "pages28o 0.769 → 0.837) and PROJECT (pages25 0.756 → 0.844, pages28 0.818 → 0.870). The studied sets: "
              "pages24 0.869 → 0.925, pages27o 0.856 → 0.887 (half of it studied), pages26o 0.892 → 0.922, pages22 "
              "0.921 → 0.931, pages23 0.935 → 0.943, pages21 0.941 =.", "",
              "Twenty-seventh round (2026-12-06): pages25 (a blind writer's, sealed four rounds) was released as "
              "development material, pages28o's odd pages were studied and its even pages held; the new sealed pages29 "
              "(front and inside pages) and its open twin pages29o were written at the same time by two writers from "
              "one brief, and the integrator held pages29o (no helper saw it); a user's 33 pages of 武穴报 (user27) were "
              "studied while fixing. Organisations and persons: the page's owning committee, publishing centre and "
              "edition note read as ORG, unit credits no PERSON, village and township teams (X村芦笙队) the place only, "
              "co-operatives named by a product the report prints alone one ORG, minority names closed by a plain word, "
              "cadres listed after 干部 (`benchmarks/orgper_errors28.md`); facilities and projects: a bare village or "
              "township + a facility word one FAC, power stations and development zones FAC, a project ended at its "
              "own head before a works stage, a quoted programme after 全县 keeping its qualifier, unreadable list items "
              "between projects (`benchmarks/facproj_errors28.md`); places, from the user's findings: a former township "
              "in a merger sentence, shared village names resolved by the article's townships, a village kind after 等 "
              "no name, a gazetteer place opening a name not cut by word alignment. Held check: pages28o's even half "
              "0.901 → 0.903 (its studied odd half 0.886 → 0.924); the helpers' own held halves orgper_held28 0.941 =, "
              "facproj_held28 0.933 → 0.946. Kept-apart groups: dev4 0.936, dev5 0.876, dev6 0.919, dev7 0.902, dev8 "
              "0.928, all identical; the 5 held-apart reports 0.890 =. The evidence: blind16 0.886 = and blind15 0.888 "
              "= (every label identical: nothing this round changed People's Daily report text); the sealed invented "
              "pages read as pages: pages26 0.863 → 0.868, pages27 0.861 → 0.868, pages28 0.881 → 0.883 and the new "
              "pages29 of 1998-2024 (458 mentions) 0.869 → 0.873, and the held twin pages29o 0.906 → 0.908. The "
              "studied sets: pages25 0.866 → 0.888, pages28o 0.893 → 0.914 (half of it studied), pages27o 0.887 → "
              "0.895, pages24 0.925 → 0.930, pages23 0.943 → 0.952, pages21 0.941 → 0.948, pages22 0.931 → 0.935, "
              "pages26o 0.922 → 0.926.", "",
              f"`extract_entities` throughput (segmentation + model + rules) on the first {speed['lines']} lines of the "
              f"SIGHAN PKU test text ({speed['chars']} chars, {speed['entities']} entities): "
              f"**{speed['cpu_rate']:.0f} chars per CPU-second** ({speed['wall_rate']:.0f} chars/s wall on the shared "
              "machine). At 35e4fa9 the same measurement gave 8,586 chars per CPU-second."]
    return "\n".join(lines)
