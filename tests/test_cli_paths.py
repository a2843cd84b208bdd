"""The command line's PATH and --paper arguments (corpus_tools.cli_paths)."""

from __future__ import annotations

import pytest

from corpus_tools.cli_paths import paper_option


@pytest.fixture
def two_folders(tmp_path):
    folders = []
    for name in ("xunyi", "qingtian"):
        (tmp_path / name).mkdir()
        folders.append(str(tmp_path / name))
    return folders


def test_one_bare_paper_names_every_folder(two_folders):
    assert paper_option(None, two_folders) is None
    assert paper_option(["旬邑报"], two_folders) == "旬邑报"


def test_each_folder_named_on_either_side_of_the_equals_sign(two_folders):
    xunyi, qingtian = two_folders
    assert paper_option([f"旬邑报={xunyi}", f"{qingtian}=青田新闻"], two_folders) == {xunyi: "旬邑报",
                                                                                    qingtian: "青田新闻"}
    assert paper_option([f"青田新闻={qingtian}/"], two_folders) == {qingtian: "青田新闻"}  # trailing slash


def test_one_bare_paper_per_folder_in_order(two_folders):
    assert paper_option(["旬邑报", "青田新闻"], two_folders) == dict(zip(two_folders, ["旬邑报", "青田新闻"]))


def test_one_folder_named_with_its_path_is_that_folders_paper(two_folders):
    assert paper_option([f"旬邑报={two_folders[0]}"], two_folders[:1]) == "旬邑报"


@pytest.mark.parametrize("values, message", [
    (["旬邑报", "青田新闻", "咸阳日报"], "given 3 times"),
    (["旬邑报", "青田新闻={q}"], "mix NAME and NAME=FOLDER"),
    (["旬邑报=elsewhere/"], "neither side of '=' is one of the PATH folders"),
    (["={q}"], "no paper name beside the folder"),
    (["旬邑报={q}", "青田新闻={q}"], "twice"),
])
def test_bad_paper_options_say_what_to_write(two_folders, values, message):
    values = [v.format(q=two_folders[1]) for v in values]
    with pytest.raises(ValueError, match=message) as err:
        paper_option(values, two_folders)
    assert "--paper" in str(err.value)


def test_a_mistyped_folder_among_the_paths_is_not_taken_as_a_term(tmp_path):
    # user23 F9: `trends linquan/ taihi/ 招商引资` counted 'taihi/' as a term and left 今日太和 out silently
    from corpus_tools.cli_paths import split_paths_terms

    (tmp_path / "xianju").mkdir()
    good = str(tmp_path / "xianju")
    assert split_paths_terms([good, "乡村振兴"]) == ([good], ["乡村振兴"])
    with pytest.raises(ValueError, match="pengxii/' is written as a path but no such folder"):
        split_paths_terms([good, str(tmp_path / "pengxii") + "/", "乡村振兴"])
