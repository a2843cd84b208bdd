"""A page without a masthead takes the one paper its folder's other pages name (user27 F11)."""

import warnings

import corpus_tools as ct


def test_page_without_masthead_takes_its_folders_paper(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    (d / "2019-05-10_p1.txt").write_text("英山报\n2019年5月10日 星期五 第01版\n\n温泉镇召开春耕动员会\n"
                                         "本报讯（记者 方芳）5月9日，英山县温泉镇召开春耕动员会。\n", encoding="utf-8")
    (d / "2019-05-11_p2.txt").write_text("红山镇茶园新建步道\n本报讯（通讯员 周晓）英山县红山镇新建茶园步道3公里。\n",
                                         encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = ct.read_corpus(d).issues_frame().set_index("issue_id")
    assert f.loc["2019-05-10_p1", ["paper", "paper_source"]].tolist() == ["英山报", "text"]
    assert f.loc["2019-05-11_p2", ["paper", "paper_source"]].tolist() == ["英山报", "folder"]


def test_two_papers_in_a_folder_give_none(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    for name, paper in (("2019-05-10_p1.txt", "英山报"), ("2019-05-10_p2.txt", "罗田报")):
        (d / name).write_text(f"{paper}\n2019年5月10日 星期五 第01版\n\n镇里召开动员会\n本报讯 5月9日，镇里召开动员会。\n",
                              encoding="utf-8")
    (d / "2019-05-11_p3.txt").write_text("镇里新建步道\n本报讯 镇里新建步道3公里。\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = ct.read_corpus(d).issues_frame().set_index("issue_id")
    assert f.loc["2019-05-11_p3", "paper"] is None or f.loc["2019-05-11_p3", "paper"] != f.loc["2019-05-11_p3", "paper"]


def test_filter_by_paper_keeps_the_page_its_folder_names(tmp_path):
    """Corpus.filter and the issue table read the same paper: the folder's, for a page without a masthead."""
    d = tmp_path / "pages"
    d.mkdir()
    (d / "2021-03-02_p1.txt").write_text("罗田报\n2021年3月2日 星期二 第01版\n\n凤山镇启动春季植树\n"
                                         "本报讯 罗田县凤山镇3月1日启动春季植树活动。\n", encoding="utf-8")
    (d / "2021-03-03_p2.txt").write_text("三里畈镇修缮古桥\n本报讯 罗田县三里畈镇修缮古桥两座。\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = ct.read_corpus(d)
        kept = [i.id for i in c.filter(paper="罗田报").issues]
        f = c.issues_frame().set_index("issue_id")
    assert kept == ["2021-03-02_p1", "2021-03-03_p2"]
    assert f.loc["2021-03-03_p2", ["paper", "paper_source"]].tolist() == ["罗田报", "folder"]
