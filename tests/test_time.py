"""Dates of pages, --since/--until, and time on nodes and links."""
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import BuildOptions, build
from kg.cli import main
from kg.pages import masthead_date, page_facts, read_source

from .conftest import SEEDS

FIRST, SECOND = sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("path, date, page", [
    ("2024-01-05/page03.txt", "2024-01-05", "3"),
    ("mmrb/20171221/B2.txt", "2017-12-21", "B2"),
    ("茂名日报2024年1月5日第3版.txt", "2024-01-05", "3"),
    ("archive/2024_02_30/p1.txt", "", "1"),  # no such day
    ("seeds/000_d332767d08246bff.txt", "", ""),
])
def test_dates_and_pages_from_paths(path, date, page):
    assert page_facts(Path(path)) == (date, page)


def test_dates_from_the_masthead_only_near_the_top():
    assert masthead_date("江城日报\n2024年1月5日 星期五\n第03版 要闻\n") == "2024-01-05"
    assert masthead_date("第2017-12-21期 第B2版\n") == "2017-12-21"
    assert masthead_date("本报讯 " + "正文" * 200 + "2024年1月5日 星期五") == ""


def test_date_from_mtime_only_when_asked(tmp_path):
    page = tmp_path / "undated.txt"
    page.write_text(FIRST.read_text(encoding="utf-8"), encoding="utf-8")
    os.utime(page, (time.mktime((2023, 6, 1, 12, 0, 0, 0, 0, -1)),) * 2)
    assert read_source(page).date == ""
    assert read_source(page, date_from_mtime=True).date == "2023-06-01"


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    """The two seed pages filed on two days, plus one undated page."""
    root = tmp_path_factory.mktemp("dated")
    for day, source in (("2024-01-05", FIRST), ("2024-03-02", SECOND)):
        (root / day).mkdir()
        (root / day / "page01.txt").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "loose.txt").write_text(SECOND.read_text(encoding="utf-8"), encoding="utf-8")
    return root


def test_a_period_gives_the_graph_of_only_its_pages(dated, tmp_path):
    period = build([str(dated)], BuildOptions(use_cache=False, workers=1, since="2024-02-01", until="2024-12-31"))
    only = build([str(dated / "2024-03-02")], BuildOptions(use_cache=False, workers=1))
    assert period.knowledge.nodes == only.knowledge.nodes and period.knowledge.co_occurs == only.knowledge.co_occurs
    assert (period.pages, period.undated, period.outside_period) == (1, 1, 2)
    result = CliRunner().invoke(main, ["build", str(dated), "--since", "2024-02-01", "--graphml",
                                       str(tmp_path / "g.graphml"), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "pages without a date: 1 (left out: outside --since/--until)" in result.output
    assert "pages dated outside 2024-02-01 – …: 1" in result.output


def test_nodes_and_links_carry_first_and_last_dates_and_counts_per_period(dated):
    knowledge = build([str(dated / "2024-01-05"), str(dated / "2024-03-02")],
                      BuildOptions(use_cache=False, workers=1)).knowledge
    nodes = {n.name: n for n in knowledge.nodes}
    city = nodes["茂名市"]
    assert (city.first_seen, city.last_seen) == ("2024-01-05", "2024-03-02")
    assert [p for p, _ in city.periods] == ["2024-01", "2024-03"] and sum(c for _, c in city.periods) <= city.mentions
    assert all(c.first_seen <= c.last_seen and c.periods for c in knowledge.co_occurs)
    assert all(sum(n for _, n in c.periods) == c.count for c in knowledge.co_occurs)
    weekly = build([str(dated / "2024-01-05")], BuildOptions(use_cache=False, workers=1, period="week")).knowledge
    assert {p for n in weekly.nodes for p, _ in n.periods} == {"2024-W01"}


def test_pages_of_the_same_name_on_different_days_keep_their_articles_apart(dated):
    knowledge = build([str(dated / "2024-01-05"), str(dated / "2024-03-02")],
                      BuildOptions(use_cache=False, workers=1)).knowledge
    ids = [a.id for a in knowledge.articles]
    assert len(ids) == len(set(ids)) and {i.split("/")[0] for i in ids} == {"2024-01-05", "2024-03-02"}


def test_two_years_of_pages_play_as_24_months(tmp_path):
    """Generated pages, one a month for 24 months, each naming the month's mayor beside a programme."""
    from kg.export.gexf import write_gexf

    mayors = ["陈明", "李强", "王刚", "张伟"]
    for month in range(24):
        year, number = 2023 + month // 12, month % 12 + 1
        folder = tmp_path / "pages" / f"{year}-{number:02d}-15"
        folder.mkdir(parents=True)
        mayor = mayors[month // 6]
        (folder / "page01.txt").write_text(
            f"■记者 赵艺\n\n本报讯 {number}月14日，市长{mayor}到高州市调研乡村振兴工作，强调要推进“百千万工程”。\n",
            encoding="utf-8")
    knowledge = build([str(tmp_path / "pages")], BuildOptions(use_cache=False, workers=1)).knowledge
    nodes = {n.name: n for n in knowledge.nodes}
    programme = nodes["百千万工程"]
    assert (programme.first_seen, programme.last_seen, len(programme.periods)) == ("2023-01-15", "2024-12-15", 24)
    assert [(nodes[m].first_seen, nodes[m].last_seen) for m in mayors] == [
        ("2023-01-15", "2023-06-15"), ("2023-07-15", "2023-12-15"), ("2024-01-15", "2024-06-15"),
        ("2024-07-15", "2024-12-15")]
    yearly = build([str(tmp_path / "pages")], BuildOptions(use_cache=False, workers=1, period="year")).knowledge
    assert dict(next(n for n in yearly.nodes if n.name == "百千万工程").periods) == {"2023": 12, "2024": 12}
    write_gexf(knowledge, tmp_path / "g.gexf")
    text = (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert text.count('<spell start="2023-01-01" end="2023-01-31"/>') >= 2  # the programme, the city …
