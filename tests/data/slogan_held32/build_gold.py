"""Write slogans/<stem>.json from gold_src.tsv, counting each text on its page as the guide counts.

    python tests/data/slogan_held32/build_gold.py

Counts: whitespace and quotation marks (“”‘’「」) deleted from page and text, then occurrences counted.
Also checks that every distractor of distractors.tsv is printed quoted on its page.
"""
import json
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
STRIP = re.compile(r"[\s“”‘’「」]")


def main(here: Path = HERE) -> None:
    """Build *here*/slogans from *here*/gold_src.tsv (slogan_held33's builder calls this with its own folder)."""
    pages = {p.stem: p.read_text(encoding="utf-8") for p in sorted((here / "texts").glob("*.txt"))}
    gold = defaultdict(list)
    for line in (here / "gold_src.tsv").read_text(encoding="utf-8").splitlines():
        stem, text, kind = line.split("\t")
        count = STRIP.sub("", pages[stem]).count(STRIP.sub("", text))
        if count == 0:
            raise ValueError(f"{stem}: {text!r} not on the page")
        gold[stem].append({"text": text, "kind": kind, "count": count})
    for line in (here / "distractors.tsv").read_text(encoding="utf-8").splitlines():
        stem, text, _ = line.split("\t")
        if f"“{text}”" not in pages[stem] and f"‘{text}’" not in pages[stem]:
            raise ValueError(f"{stem}: distractor {text!r} not printed quoted")
    (here / "slogans").mkdir(exist_ok=True)
    for stem in pages:
        (here / "slogans" / f"{stem}.json").write_text(
            json.dumps(gold[stem], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
