"""The timing harness of the user folders' ``run_library.py`` (user35, user36): each call timed, its warnings and
error kept, each CLI command's output logged to ``out/cli_log.txt``.

Use from a user folder (``sys.path`` holding this folder)::

    calls = Calls(message_chars=600, error_chars=400, print_chars=300)
    corpus = calls.tm("read_corpus", lambda: ct.read_corpus("pages/"))
    calls.cli("entities", ["entities", "pages/"])
    calls.save()   # out/timings.csv, out/warnings.csv
"""

from __future__ import annotations

import subprocess
import time
import traceback
import warnings
from typing import Any, Callable

import pandas as pd


class Calls:
    """Timed library calls and CLI commands of one run; ``T`` the timings, ``W`` the warnings (dict rows)."""

    def __init__(self, *, message_chars: int, error_chars: int, print_chars: int) -> None:
        self.message_chars, self.error_chars, self.print_chars = message_chars, error_chars, print_chars
        self.T: list[dict] = []
        self.W: list[dict] = []
        open("out/cli_log.txt", "w").close()

    def tm(self, name: str, f: Callable[[], Any]) -> Any:
        """Run ``f()`` timed; its warnings kept; an exception kept as the call's error (None returned)."""
        t = time.time()
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                r = f(); err = ""
            except Exception as e:  # noqa: BLE001
                r, err = None, f"{type(e).__name__}: {e}"; traceback.print_exc()
        dt = round(time.time() - t, 2)
        self.W.extend(dict(call=name, message=str(x.message)[:self.message_chars]) for x in w)
        self.T.append(dict(kind="py", call=name, seconds=dt, error=err[:self.error_chars]))
        print(f"{name}: {dt}s {err[:self.print_chars]}", flush=True)
        return r

    def cli(self, name: str, args: list[str]) -> None:
        """Run ``corpus-tools *args`` timed; its output appended to out/cli_log.txt."""
        t = time.time()
        r = subprocess.run(["corpus-tools"] + args, capture_output=True, text=True)
        dt = round(time.time() - t, 2)
        self.T.append(dict(kind="cli", call=name, seconds=dt,
                           error=f"rc {r.returncode}: " + r.stderr.strip()[-300:].replace("\n", " | ")))
        open("out/cli_log.txt", "a").write(f"\n=== {name} rc={r.returncode} {dt}s\n$ corpus-tools {' '.join(args)}\n"
                                           f"{r.stdout[-1500:]}\n--- stderr\n{r.stderr[-2000:]}\n")
        print(f"cli {name}: {dt}s rc {r.returncode}", flush=True)

    def save(self) -> pd.DataFrame:
        """out/timings.csv and out/warnings.csv; the timings as a frame."""
        pd.DataFrame(self.T).to_csv("out/timings.csv", index=False)
        pd.DataFrame(self.W).drop_duplicates().to_csv("out/warnings.csv", index=False)
        return pd.DataFrame(self.T)
