"""Write slogans/<stem>.json from gold_src.tsv (slogan_held32's builder, run on this folder).

    python tests/data/slogan_held36/build_gold.py

Counts: whitespace and quotation marks (“”‘’「」) deleted from page and text, then occurrences counted.
Also checks that every distractor of distractors.tsv is printed quoted on its page.
"""
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    runpy.run_path(str(HERE.parent / "slogan_held32" / "build_gold.py"))["main"](HERE)
