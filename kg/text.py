"""Character classes shared by page repair and the entity rules."""
from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = "\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u00b7"
CJK_RE = re.compile(f"[{CJK}]")
SENTENCE_END = "。！？；!?;…"
CLOSERS = "”’」』）)》〉"
# a reading a web page prints in brackets after a character (鎮(zhèn), 农(nóng)业(yè)): no part of the text
PINYIN_GLOSS_RE = re.compile(f"(?<=[{CJK}])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{{1,6}}[)）]")


def is_cjk(char: str) -> bool:
    return bool(CJK_RE.match(char))


def is_cjk_or_punct(char: str) -> bool:
    return is_cjk(char) or bool(re.match(f"[{CJK_PUNCT}]", char))


def has_cjk(text: str) -> bool:
    return CJK_RE.search(text) is not None


def is_control(char: str) -> bool:
    """Control characters that PDF extraction leaves behind (form feeds ...), not line breaks."""
    code = ord(char)
    return (code < 32 and char not in "\n\t") or 0x7F <= code < 0xA0 or char in "\ufeff\ufffe\uffff"


def without_pinyin_glosses(text: str) -> str:
    return PINYIN_GLOSS_RE.sub("", text)
