"""Minimal reproductions of FINDINGS.md (invented text, 拜泉县 230231).  python repro.py > out_repro.txt"""
import pandas as pd
import corpus_tools as ct

CASES = {
    "F1 免去 (removal) gives no post row": "免去逄玉梅的县人民政府副县长职务。",
    "F1b 任命 with a rare-surname 2-char name": "任命亓东为县农业农村局局长；",
    "F2 compound surname 上官 in a list": "县领导禚春生、訾雪、上官红梅出席会议。",
    "F2b compound surname 上官 after a title": "县委常委、宣传部部长上官红梅到兴农镇星火村宣讲党的政策。",
    "F2c 上官博 in an appointment": "任命上官博为县人民政府副县长；",
    "F3 name that is a word (高山)": "永勤乡乡长高山陪同调研。",
    "F3b name holding a river (董长江)": "在光辉村，郗振宇详细察看玉米长势，与种植户董长江交谈。",
    "F3c 初明 after a title": "县委常委、宣传部部长初明到拜泉镇六合村宣讲党的政策。",
    "F4 five-name attendee list": "县领导佟立新、上官红梅、訾雪、亓晓峰、门建军出席会议。",
    "F5 obituary post with honorific": "中国共产党优秀党员、原县政协主席鄂文清同志，因病医治无效，于2007年2月14日逝世。",
    "F5b caption post with 图为": "图为县委书记欧阳志远（左二）在龙泉镇龙泉村查看春耕备耕。",
    "F7 short form": "司马县长要求，长春镇党委、镇政府要抓好粮食收储。",
    "F8 name + 新作": "县长佟立新作《政府工作报告》。",
}
for k, s in CASES.items():
    e = ct.extract_entities([s], county_code="230231")
    e["issue_id"] = "x"; e["article_id"] = "x-1"
    pp = ct.person_posts(e)
    print(f"== {k}\n   {s}\n   entities: {e[['text', 'label']].values.tolist()}\n   person_posts: {pp[['name', 'post', 'printed']].values.tolist()}")
# F6: an obituary's signature line and a notice after it
page = ("拜泉报　1999年2月15日　第2版\n\n讣　告\n原县政协主席鄂文清同志，因病医治无效，于1999年4月1日逝世。\n拜泉县委　拜泉县人民政府\n\n"
        "禚春生调研春耕生产\n通讯员　周建\n　　5月21日，县委常委、常务副县长禚春生深入龙泉镇朝阳村调研。\n\n"
        "拜泉县人大常委会任免名单\n（1999年2月10日县第十三届人大常委会第九次会议通过）\n任命亓东为县农业农村局局长；\n")
c = ct.read_corpus(pd.DataFrame({"text": [page], "date": ["1999-02-15"]}))
print("== F6 obituary signature / notice title")
for _, r in c.articles_frame(progress=False).iterrows():
    print("   title:", r["title"], "| byline:", r["byline"], "| body:", str(r["body"])[:60])
# F9: a caption wrapped at the column width cuts 长春镇 / 国富村 / 富强镇
page = ("拜泉报　2007年6月18日　第1版\n\n图为县长司马东升（左三）在长春\n镇幸福村查看大豆长势。\n张颖　摄\n\n"
        "图为县长欧阳丽娜（中）在富\n强镇文明村查看大豆长势。\n单秀英　摄\n")
c = ct.read_corpus(pd.DataFrame({"text": [page], "date": ["2007-06-18"], "county_code": ["230231"]}))
e = ct.extract_entities(c)
print("== F9 caption cut at the line break\n   ", e[["part", "text", "label", "admin_code"]].values.tolist())
print("   captions:", c.articles_frame(progress=False)["captions"].tolist())
