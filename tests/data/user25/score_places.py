"""Compare a report's places table per year (places_by_year.csv) with truth.json (added by mend26).

score.py scores the entity SPANS (entities.csv); this scores the TABLE a township-governance user reads:
mentions per printed name and year, TOWNSHIP and VILLAGE (truth: every full name printed, counted on the
unwrapped text). A row is matched by its `name` (the official name when printed as such, else the printed
name: 浦阳镇 stays 浦阳镇), so a former name folded into today's unit counts as a miss of the former name and
an extra of today's. Also prints how each former name of the truth is linked (link, linked_to).
usage: python score_places.py REPORT_DIR"""
import collections
import json
import pathlib
import sys

import pandas as pd

here = pathlib.Path(__file__).parent
truth = json.loads((here / "truth.json").read_text(encoding="utf-8"))
rep = pathlib.Path(sys.argv[1])
t = pd.read_csv(rep / "places_by_year.csv", dtype={"admin_code": str})
years = [c for c in t.columns if c.isdigit()]

for label, key in (("TOWNSHIP", "townships"), ("VILLAGE", "villages")):
    want = collections.Counter()
    for page in truth.values():
        for name, c in page[key].items():
            want[(page["date"][:4], name)] += c
    got = collections.Counter()
    for r in t[t["label"] == label].rename(columns={y: f"y{y}" for y in years}).itertuples(index=False):
        d = r._asdict()
        for y in years:
            n = int(d.get(f"y{y}", 0) or 0)
            if n:
                got[(y, r.name)] += n
    tp = sum(min(c, got[k]) for k, c in want.items())
    fn = sum(max(0, c - got[k]) for k, c in want.items())
    fp = sum(max(0, g - want[k]) for k, g in got.items())
    print(f"{label}: table mentions truth {tp + fn}, found {tp}, extra {fp}: "
          f"P {tp / (tp + fp) if tp + fp else 0:.3f} R {tp / (tp + fn) if tp + fn else 0:.3f}")
    print("  missed (year name found/truth):",
          "; ".join(f"{y} {n} {got[(y, n)]}/{c}" for (y, n), c in sorted(want.items()) if got[(y, n)] < c))
    print("  extra:", "; ".join(f"{y} {n} {g - want[(y, n)]}" for (y, n), g in sorted(got.items()) if g > want[(y, n)]))

print("\nformer names in the table (name, link, linked_to, admin_code, county)")
formers = {}
for page in truth.values():
    formers.update(page["former_townships"])
    formers.update({k: v[0] for k, v in page["former_villages"].items()})
for name, succ in formers.items():
    rows = t[t["name"] == name]
    if rows.empty:
        print(f"  {name} (truth successor {succ}): no row of its own")
    for r in rows.itertuples(index=False):
        d = r._asdict()
        print(f"  {name} (truth successor {succ}): link {d.get('link', '-')}, linked_to {d.get('linked_to', '-')}, "
              f"code {d.get('admin_code')}, county {d.get('county')}")
