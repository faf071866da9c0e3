"""Property-based tests: page repair and article splitting never crash and never lose Chinese text."""
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.articles import repair, segment, sentences_of, split_lines
from kg.records import Page
from kg.text import CJK_RE

PIECES = ["■记者 张伟 通讯员 茂新", "本报讯", "◀上接01版", "图为", "今日天气：晴", "市委书记庄悦", "群", "。", "，",
          "“", "”", " ", "\n", "\n\n", "\x0c", "\r\n", "\t", "　", "A", "5G", "习", "近平", "担 当 源 自 责 任", "◀", "■"]
page_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)


def chinese(text: str) -> str:
    return "".join(CJK_RE.findall(text))


@given(page_text)
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_repair_keeps_every_chinese_character_in_order(text):
    repaired, offsets = repair(split_lines(text))
    assert chinese(repaired) == chinese(text)
    assert len(offsets) == len(repaired)
    assert all(text[o] == c for o, c in zip(offsets, repaired) if c != " ")


@given(page_text)
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_sentences_keep_every_character_in_order(text):
    repaired, offsets = repair(split_lines(text))
    joined = "".join(s.text for s in sentences_of(repaired, offsets))
    assert re.sub(r"\s", "", joined) == re.sub(r"\s", "", repaired)


@given(text=page_text)
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_segmentation_never_crashes_and_offsets_point_into_the_page(text, lex):
    for article in segment(Page("p.txt", text), lex):
        for sentence in article.sentences:
            assert all(text[o] == c for o, c in zip(sentence.offsets, sentence.text) if c != " ")
