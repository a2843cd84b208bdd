"""Write the marked-layer truth in the gold format of shared/gold/slogans (one JSON list per page stem),
so that `corpus-tools eval slogans gold --pages pages` can score it. Derived from truth.json only."""
import json, pathlib
HERE = pathlib.Path(__file__).parent
KIND = {"三个代表": "numbered", "八荣八耻": "numbered", "四个全面": "numbered", "两学一做": "numbered",
        "两个确立": "numbered", "两个维护": "numbered", "两聚一高": "numbered",
        "产业强县、生态立县、文旅兴县": "parallel"}
NUMBERED_COUNTY = {"一镇一业", "一三五", "三城同创", "五比五争", "四个一批", "五个射阳"}
out = HERE / "gold"; out.mkdir(exist_ok=True)
truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
for name, t in truth.items():
    items = []
    for k, d in t["county_slogans"].items():
        if d["quoted"]:
            kind = "numbered" if k in NUMBERED_COUNTY else KIND.get(k, "quoted")
            items.append({"text": k, "kind": kind, "count": d["count"]})
    for k, d in t["formulae"].items():
        if d["quoted"]:
            # gold counting: occurrences of the text with quotes/whitespace deleted
            c = sum(n for f, n in d["forms"].items() if k in f)
            items.append({"text": k, "kind": KIND.get(k, "quoted"), "count": c})
    (out / (pathlib.Path(name).stem + ".json")).write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
