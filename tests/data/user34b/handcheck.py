"""The 26 hand-made pages: truth articles (title, byline, body ends) beside the library's articles.
python handcheck.py > out_handcheck.txt"""
import json
T = json.load(open("truth.json", encoding="utf-8"))
rows = [json.loads(l) for l in open("out/articles.jsonl", encoding="utf-8")]
for p in T["pages"]:
    if not p["hand"]:
        continue
    print(f"\n===== {p['issue']}  opts={p['opts']}")
    for a in p["articles"]:
        print(f"  TRUTH [{a['kind']}] sec={a['section']!r} kick={a['kicker']!r} title={a['title']!r} sub={a['subtitle']!r} "
              f"by={a['byline_pairs']} body={a['body_first']}…{a['body_last']}")
    for r in rows:
        if r["issue_id"] == p["issue"]:
            b = r["body"].replace("\n", "")
            print(f"  LIB   sec={r['section']!r} kick={r['kicker']!r} title={r['title']!r} sub={r['subtitle']!r} "
                  f"by={r['byline']} body={b[:12]}…{b[-12:]} caps={r['captions']}")
