"""The PNG overview: a real, large, non-blank picture."""
import struct
import warnings

import matplotlib.image

from kg.analysis import with_articles
from kg.export.png import cjk_family, draw_png


def test_seed_overview_is_a_large_drawn_png(seed_graph, tmp_path):
    path = tmp_path / "overview.png"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        draw_png(seed_graph, path, title="茂名日报")
    assert not [w for w in caught if "missing from font" in str(w.message)]  # no tofu boxes
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 800 and height >= 800
    assert len(data) > 30_000
    assert matplotlib.image.imread(path).std() > 0
    assert not list(tmp_path.glob(".*.tmp"))


def test_article_graph_draws_and_the_font_is_chinese(seed_build, tmp_path):
    assert "CJK" in cjk_family()
    path = tmp_path / "articles.png"
    draw_png(with_articles(seed_build.knowledge), path)
    assert matplotlib.image.imread(path).std() > 0


def test_browser_style_colours_match_the_picture():
    """cypher/style.grass gives each Neo4j label the colour the PNG and Gephi give its type."""
    import re

    from kg.analysis import PALETTE
    from kg.export.common import LABELS

    from .conftest import ROOT

    style = (ROOT / "cypher" / "style.grass").read_text(encoding="utf-8")
    blocks = dict(re.findall(r"^node\.(\w+) \{\n(.*?)^\}", style, re.M | re.S))
    for kind, label in {**LABELS, "ARTICLE": "Article"}.items():
        colour = re.search(r"\bcolor: #([0-9A-F]{6});", blocks[label]).group(1)
        assert tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4)) == PALETTE[kind]
    assert 'caption: "{name}"' in blocks["Person"] and 'caption: "{headline}"' in blocks["Article"]


def test_the_timeline_draws_dated_entities_and_refuses_undated_pages(seed_build, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    from .conftest import SEEDS

    for day, source in zip(("2024-01-05", "2024-03-02"), sorted(SEEDS.glob("*.txt"))):
        (tmp_path / "pages" / day).mkdir(parents=True)
        (tmp_path / "pages" / day / "page01.txt").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "timeline.png"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = CliRunner().invoke(main, ["build", str(tmp_path / "pages"), "--png-timeline", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert not [w for w in caught if "missing from font" in str(w.message)]
    picture = matplotlib.image.imread(out)
    assert picture.shape[0] >= 600 and picture.shape[1] >= 1200 and picture.std() > 0
    undated = CliRunner().invoke(main, ["build", str(SEEDS), "--png-timeline", str(tmp_path / "t.png")])
    assert undated.exit_code == 1
    assert undated.output.strip().endswith("nothing to draw on a time axis: no page has a date (see README, Time)")
