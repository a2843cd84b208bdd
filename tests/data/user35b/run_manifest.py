"""The student's workaround for F1: a manifest written by hand (file, paper from the file name) passed as a DataFrame,
then the same per-paper calls.  Writes out/m_*.csv (timed in out/m_timings.csv).  python run_manifest.py"""
import os, re, time, warnings
import pandas as pd
import corpus_tools as ct

warnings.simplefilter("ignore")
T = []


def tm(name, f):
    t = time.time(); r = f(); T.append(dict(call=name, seconds=round(time.time() - t, 2))); print(name, T[-1]["seconds"], flush=True)
    return r


files = sorted(f for f in os.listdir("pages") if f.endswith(".txt"))
man = pd.DataFrame({"file": files, "paper": [re.match(r"(.+?报)", f).group(1) for f in files]})
c = tm("read_corpus manifest", lambda: ct.read_corpus("pages/", manifest=man))
iss = tm("issues_frame", c.issues_frame); iss.to_csv("out/m_issues.csv", index=False)
ents = tm("extract_entities", lambda: ct.extract_entities(c))
pm = tm("place_mentions", lambda: ct.place_mentions(ents, c)); pm.to_csv("out/m_place_mentions.csv", index=False)
ct.county_table(c, level="article").to_csv("out/m_county_articles.csv", index=False)
subs = tm("split_by_paper", lambda: ct.split_by_paper(c))
print({k: len(v) for k, v in subs.items()})
tm("keyness_by_paper", lambda: ct.keyness_by_paper(subs, top_n=30)).to_csv("out/m_keyness_by_paper.csv", index=False)
tm("slogans per paper", lambda: ct.per_paper(c, lambda s: ct.extract_slogans(s), what="slogans")).to_csv("out/m_slogans_by_paper.csv")
pd.DataFrame(T).to_csv("out/m_timings.csv", index=False)
