"""Write the invented pages of layout_pages38 and their layout truth (run from this folder).

Pages as pdftotext prints a county paper that indents its paragraphs: per article a blank line, an
unindented title line, an optional byline line, paragraphs indented (two spaces, a full-width indent or
four spaces) and wrapped at a fixed width. One page prints its headlines AFTER their bodies. Text and
people are invented; places are real. Written by hand before any code change of round 26 (layout38).
"""

from __future__ import annotations

import json
from pathlib import Path

PAGES = [
    {"dir": "anji_zhejiang", "page": "2024-04-18_p2.txt", "paper": "安吉新闻", "head": ["安吉新闻", "2024年4月18日 星期四 第2版 乡镇"],
     "county": "安吉县", "county_code": "330523", "province": "浙江省", "indent": "  ", "width": 26, "after": False,
     "articles": [
         ("溪龙乡白茶开采 茶农喜迎丰收年", ["记者", "沈佳怡"], [
             "本报讯 4月15日，溪龙乡白茶基地里一片繁忙，采茶工们背着竹篓穿梭在茶垄间。今年全乡开采面积达2.1万亩，预计产量比去年增加一成。",
             "“今年雨水均匀，芽头饱满，价格也稳。”黄杜村茶农钟国强一边称茶一边说。",
             "乡里组织了12支技术服务队，帮助茶企做好炒制和包装。"]),
         ("孝丰镇老旧小区改造开工", None, [
             "日前，孝丰镇横溪坞小区改造工程正式开工，涉及住户386户。",
             "改造内容包括雨污分流、屋顶防水、加装路灯和停车位，计划10月底前完工。镇里还将在小区内新建一处老年活动室。"]),
         ("天荒坪镇：民宿管家持证上岗", None, [
             "近日，天荒坪镇首批43名民宿管家领到了职业技能等级证书。",
             "培训为期一个月，内容涵盖客房服务、餐饮卫生、消防安全和线上运营。",
             "大溪村民宿主人潘晓燕说，拿了证，心里更有底了，游客也更放心。"]),
         ("梅溪镇企业用工对接会举行", ["通讯员", "王文斌"], [
             "4月12日，梅溪镇举办春季企业用工对接会，32家企业提供岗位1100余个，现场达成意向420人。",
             "镇人社服务站还为求职者提供政策咨询和技能培训报名服务。"]),
         ("余村“两山”讲堂开讲", None, [
             "4月16日，余村“两山”讲堂迎来今年第一批学员，来自省内外的60多名基层干部在这里听课、走村、座谈。",
             "讲堂设在村文化礼堂内，由村干部和返乡青年轮流授课。"]),
     ]},
    {"dir": "liuyang_hunan", "page": "2019-09-03_p3.txt", "paper": "浏阳日报", "head": ["浏阳日报", "2019年9月3日　星期二　第3版　镇村"],
     "county": "浏阳市", "county_code": "430181", "province": "湖南省", "indent": "\u3000\u3000", "width": 22, "after": False,
     "articles": [
         ("大瑶镇花炮企业安全培训全覆盖", ["记者", "刘慧敏"], [
             "8月以来，大瑶镇对辖区78家花炮生产企业开展安全培训，参训员工达5600余人次。",
             "培训采取集中授课和现场演练相结合的方式，重点讲解药物混合、装药压药等危险工序的操作规程。",
             "镇安监站负责人说，培训考核不合格的员工一律不得上岗。"]),
         ("官渡镇竹筷加工带富乡邻", None, [
             "在官渡镇竹联村，一家竹筷加工厂机器轰鸣，20多名村民正在分拣、打包。",
             "厂长黄志刚介绍，工厂年加工楠竹3000吨，每年为村民增收100多万元。"]),
         ("沙市镇秋粮收购有序开展", None, [
             "眼下正值中稻收购时节，沙市镇粮站门前排起了送粮的长队。",
             "为方便群众，粮站延长了收购时间，并开通了手机预约服务。今年全镇预计收购中稻1.2万吨。",
             "种粮大户周建华说：“价格公道，结账也快。”"]),
         ("永安镇开展“敬老月”活动", ["通讯员", "张　璐", "李　强"], [
             "9月1日起，永安镇在全镇开展“敬老月”活动，为80岁以上老人免费体检。",
             "各村还组织志愿者上门为独居老人打扫卫生、理发。"]),
         ("古港镇梅田湖村：稻田里养出“致富鱼”", None, [
             "走进古港镇梅田湖村，稻田里禾苗青青，不时有鱼儿跃出水面。",
             "村里推广稻鱼共生模式，今年发展到800亩，每亩增收1500元左右。",
             "村支书邓国平说，明年还要再扩大200亩。"]),
         ("中和镇新建村级卫生室5个", None, [
             "今年以来，中和镇投入资金180万元，新建标准化村级卫生室5个，配齐了基本诊疗设备。",
             "村民在家门口就能看上病、拿到药。"]),
     ]},
    {"dir": "xingguo_jiangxi", "page": "2021-06-08_p2.txt", "paper": "今日兴国", "head": ["今日兴国", "2021年6月8日 星期二 第二版"],
     "county": "兴国县", "county_code": "360732", "province": "江西省", "indent": "  ", "width": 24, "after": True,
     "articles": [
         ("潋江镇脐橙园里忙疏果", None, [
             "连日来，潋江镇各脐橙基地里，果农们正忙着疏果、施肥、防病虫害。",
             "镇农技站派出技术人员分片包干，上门指导果农科学管护。今年全镇脐橙挂果面积达1.5万亩。"]),
         ("长冈乡红色研学游持续升温", ["记者", "钟小玲"], [
             "端午前后，长冈乡迎来研学旅行高峰，每天接待各地学生团队10余批。",
             "乡里开发了重走红军路、学做红军饭等体验项目，带动周边农家乐增收。"]),
         ("埠头乡油茶低改见成效", None, [
             "埠头乡今年完成油茶低产林改造3000亩，改造后的油茶林亩产茶油可提高一倍以上。",
             "乡里还引进一家油茶加工企业，与农户签订了收购协议。"]),
         ("高兴镇举办农民丰收技能赛", None, [
             "6月5日，高兴镇举办农民技能比赛，来自15个村的120名选手参加了插秧、挑担等比赛。",
             "比赛现场热闹非凡，吸引了上千名群众观看。"]),
     ]},
    {"dir": "yiliang_yunnan", "page": "2016-11-22_p2.txt", "paper": "宜良通讯", "head": ["宜良通讯", "2016年11月22日  第2版"],
     "county": "宜良县", "county_code": "530125", "province": "云南省", "indent": "    ", "width": 28, "after": False,
     "subheads": True,
     "articles": [
         ("狗街镇花卉产业提质增效", ["本报记者", "杨丽萍"], [
             "今年以来，狗街镇围绕花卉产业发展，新建标准化大棚1200亩，花卉种植面积稳定在3万亩以上。",
             "#品种更新换代快",
             "镇里与省农科院合作，引进新品种46个，淘汰了一批效益低的老品种。",
             "#销售渠道更宽了",
             "除了斗南市场，花农们还通过电商平台把鲜花卖到了北京、上海等地。"]),
         ("北古城镇开展冬季农田水利建设", None, [
             "入冬以来，北古城镇组织群众清淤沟渠46公里，修复小水窖120口。",
             "镇水务站负责人说，这些工程完工后可新增和改善灌溉面积5000亩。"]),
         ("匡远街道社区服务中心投入使用", None, [
             "11月18日，匡远街道社区服务中心正式投入使用，设有便民服务大厅、日间照料室和图书阅览室。",
             "中心开放首日就接待居民300多人次。"]),
         ("汤池街道：温泉小镇迎来客流高峰", ["通讯员", "李建国"], [
             "进入冬季，汤池街道的温泉度假区迎来客流高峰，周末日均接待游客8000余人次。",
             "街道加强了交通疏导和食品安全检查，确保游客玩得开心、吃得放心。"]),
         ("马街镇村民学用微信缴费", None, [
             "“以前交电费要跑到镇上，现在手机一点就好了。”马街镇可保村村民王秀英说。",
             "镇里组织志愿者进村，手把手教村民用手机缴纳水电费、医保费。"]),
     ]},
    {"dir": "renshou_sichuan", "page": "2018-03-27_p3.txt", "paper": "仁寿报", "head": ["仁寿报", "2018年3月27日 星期二 第3版 民生"],
     "county": "仁寿县", "county_code": "511421", "province": "四川省", "indent": "  ", "width": 25, "after": False,
     "articles": [
         ("春风吹暖返乡路", ["记者", "罗小川"], [
             "开春以来，在外务工多年的青年陆续回到文林街道，有人开起了网店，有人办起了家庭农场。",
             "街道为他们设立了创业服务窗口，办理执照、申请贷款都能一次办好。"]),
         ("老支书的新账本", None, [
             "清晨六点，视高镇白鹤村的刘德明就出了门。他今年六十三岁，当了二十年的村支书。",
             "他的本子上记着每户人家的收入、孩子上学和老人看病的情况，哪一家有困难，他心里都有数。",
             "村民说，有事找他，准没错。"]),
         ("一碗面里的乡愁", None, [
             "在籍田镇的老街上，有一家开了三十多年的面馆，每天天不亮就排起了长队。",
             "店主张秀芬说，汤是用猪骨熬了一整夜的，面是自己手工擀的。不少在外工作的人回来，第一件事就是来吃一碗。"]),
         ("小院里飘出书香", ["通讯员", "陈　静"], [
             "汪洋镇新民村的农家书屋里，几位老人正戴着老花镜看报纸，孩子们围坐在一起读绘本。",
             "书屋有图书三千多册，每天开放八小时，由村里的大学生志愿者轮流值守。"]),
         ("雨后送来“及时雨”", None, [
             "3月20日一场大雨过后，方家镇的农技员们就下到了田间，查看小麦和油菜的长势。",
             "他们一边查看，一边给农户讲解追肥和防病的要点，发放技术资料五百多份。"]),
     ]},
    {"dir": "lankao_henan", "page": "2013-07-09_p2.txt", "paper": "兰考报", "head": ["兰考报", "2013年7月9日  星期二  第2版"],
     "county": "兰考县", "county_code": "410225", "province": "河南省", "indent": "\u3000\u3000", "width": 23, "after": False,
     "articles": [
         ("泡桐树下话变迁", ["本报记者", "赵　磊"], [
             "在东坝头乡张庄村，几位老人坐在树荫下拉起了家常，说起这些年的变化，个个脸上带着笑。",
             "“过去风沙大，庄稼种不住，如今家家住上了新房。”七十八岁的李大爷说。"]),
         ("琴声里的致富经", None, [
             "堌阳镇徐场村家家户户都在做乐器，一块块泡桐板在村民手中变成了古筝、琵琶。",
             "全村乐器年产量达到三万多台，产品卖到了全国各地，还出口到了东南亚。"]),
         ("夏夜里的“纳凉课堂”", None, [
             "每到傍晚，城关镇的社区广场上就热闹起来，社区干部把政策宣讲搬到了这里。",
             "居民们一边乘凉，一边听讲，有问题当场就能得到解答。"]),
         ("一块麦田的“体检单”", ["通讯员", "孙建华"], [
             "麦收过后，三义寨乡的农技人员对全乡耕地进行了土壤检测，为每块地开出了施肥“处方”。",
             "农户拿着检测结果，就知道秋季该施什么肥、施多少。"]),
         ("汗水浇开幸福花", None, [
             "七月的红庙镇，骄阳似火，工人们正在加紧铺设农村公路的最后一段。",
             "这条路修通后，沿线五个村的群众出行将更加方便。施工负责人说，月底前就能通车。"]),
     ]},
]


def wrap(text: str, width: int, indent: str) -> list[str]:
    """A paragraph as printed lines: the first with the indent, a line never opening with closing punctuation."""
    first = width - (1 if indent == "\u3000\u3000" else len(indent) // 2 + 1)
    out, cur, room = [], "", max(first, 4)
    for ch in text:
        if len(cur) >= room and ch not in "，。、；：！？”）":
            out.append(cur)
            cur, room = "", width
        cur += ch
    out.append(cur)
    return [indent + out[0]] + out[1:]


def byline_text(by: list[str]) -> str:
    return " ".join(by)


def main() -> None:
    for p in PAGES:
        lines = list(p["head"])
        arts = []
        for title, by, paras in p["articles"]:
            block = []
            body_paras = []
            for para in paras:
                if para.startswith("#"):  # an in-body subhead: unindented, no blank line
                    block.append(para[1:])
                    body_paras.append(para[1:])
                    continue
                block.extend(wrap(para, p["width"], p["indent"]))
                body_paras.append(para)
            if p["after"]:
                block = ([byline_text(by)] if by else []) + block + [title]
            else:
                block = [title] + ([byline_text(by)] if by else []) + block
            lines.append("")
            lines.extend(block)
            byline = []
            if by:
                role, names = by[0], by[1:]
                byline = [[role, n] for n in names]
            first = body_paras[0].replace(" ", "")[:12]
            last = body_paras[-1][-10:]
            arts.append({"title": title, "byline": byline, "body_first": first, "body_last": last})
        folder = Path(p["dir"])
        folder.mkdir(exist_ok=True)
        (folder / p["page"]).write_text("\n".join(lines) + "\n", encoding="utf-8")
        truth = {"page": p["page"], "county": p["county"], "county_code": p["county_code"], "province": p["province"],
                 "layout": f"{p['paper']}: paragraphs indented {p['indent']!r}, titles unindented, "
                           f"{'headlines after their bodies' if p['after'] else 'headlines above their bodies'}",
                 "articles": arts}
        (folder / p["page"].replace(".txt", ".json")).write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                                                 encoding="utf-8")


if __name__ == "__main__":
    main()
