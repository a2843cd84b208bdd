"""Compare a corpus-tools report's entities.csv / issues.csv with truth.json.
usage: python score.py REPORT_DIR   (report made with `corpus-tools report pages -o REPORT_DIR`)"""
import json, sys, pathlib, collections
import pandas as pd

here = pathlib.Path(__file__).parent
truth = json.loads((here / "truth.json").read_text(encoding="utf-8"))
rep = pathlib.Path(sys.argv[1])
ent = pd.read_csv(rep / "entities.csv", dtype=str)
iss = pd.read_csv(rep / "issues.csv", dtype=str)

# articles per page
ok = 0
for f, t in truth.items():
    row = iss[iss.issue_id == f[:-4]]
    n = int(row.n_articles.iloc[0]) if len(row) else None
    ok += n == t["articles"]
    if n != t["articles"]:
        print("articles", f, "truth", t["articles"], "got", n)
print(f"pages with the right article count: {ok}/{len(truth)}")
dates = sum(1 for f, t in truth.items() if (iss[iss.issue_id == f[:-4]].date == t["date"]).any())
print(f"pages with the right date: {dates}/{len(truth)}")

for label, key in (("TOWNSHIP", "townships"), ("VILLAGE", "villages")):
    tp = fp = fn = 0
    wrong_label = collections.Counter()
    misses = []
    for f, t in truth.items():
        e = ent[(ent.issue_id == f[:-4]) & (ent.part == "text")]
        got = collections.Counter(e[e.label == label].text)
        other = collections.Counter(e[e.label != label].text)
        for name, c in t[key].items():
            g = got.get(name, 0)
            tp += min(c, g); fn += max(0, c - g)
            if g < c:
                misses.append(f"{f[3:13]} {name} {g}/{c}" + (f" (as {sorted(set(e[e.text == name].label))})" if other.get(name) else ""))
            if g < c and other.get(name):
                wrong_label[(name, tuple(sorted(set(e[e.text == name].label))))] += 1
        for name, g in got.items():
            c = t[key].get(name, 0)
            if g > c:
                fp += g - c
                print(f"  extra {label} {f}: {name} x{g - c}")
    p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
    print(f"{label}: mentions truth {tp + fn}, found {tp}, extra {fp}: P {p:.3f} R {r:.3f}")
    print("  missed (found/truth):", "; ".join(misses))
    for (name, labels), n in wrong_label.items():
        print(f"  {name} printed but tagged {labels} on {n} page(s)")

# former names: what norm / code does the library give them?
print("\nformer names -> library's norm and code")
for f, t in truth.items():
    for name, succ in list(t["former_townships"].items()) + list(t["former_villages"].items()):
        e = ent[(ent.issue_id == f[:-4]) & (ent.text == name)]
        print(f"  {f[3:13]} {name} (truth successor {succ}): " +
              (", ".join(sorted({f'{r.label}:{r.norm}:{r.admin_code}' for r in e.itertuples()})) or "NOT FOUND"))
