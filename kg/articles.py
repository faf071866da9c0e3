"""Stage 1: page repair and article segmentation.

A PDF-extracted page is a sequence of text blocks.  Hard wraps every 12-17
characters and blank lines (column breaks) are joined, justified-spacing
artefacts between Chinese characters removed, and the page is cut into
articles at bylines (■记者 …), 本报讯 and continuation markers (◀上接01版).
Headlines are printed after the body, so the lines after an article's last
complete sentence become its headline.  Every repaired character keeps its
offset in the page so mentions can be traced back to the page.
"""
from __future__ import annotations

import re
from itertools import takewhile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from .lexicons import DATE_FIELDS, STATION_RE, Lexicons, alternation, simplified
from .records import AUTHOR, OWN_OUTLET_WORDS, OWN_PAPER, REPORTER, Article, Credit, Page, Sentence, is_staff_role
from .text import CLOSERS, PINYIN_GLOSS_RE, SENTENCE_END, is_cjk_or_punct, is_control

MAX_SENTENCE = 300
HEADLINE_MAX = 40  # characters: a longer line is body text
PARAGRAPH_LINE = 60  # characters: no column is this wide; a page with such a line prints a paragraph per line
PARAGRAPH_ENDS = "\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029"  # line breaks repaired text keeps between paragraphs
HEADLINE_PUNCT_RE = re.compile(r"[，。；：！？,;:!?、]")  # none in a headline over its article
CONTINUATION_RE = re.compile(r"^[◀<]?\s*上\s*接\s*[0-9０-９A-Za-z]+\s*版\s*")
JUMP_RE = re.compile(r"[▶>]?\s*下\s*转\s*[0-9０-９A-Za-z]+\s*版")
LISTED_RUN = 3  # byline-like lines in a row that make a list of people
POST_LINE_RE = re.compile(r"(?P<post>[^\s，。；！？,]{2,30}?)\s+(?P<name>[\u4e00-\u9fff·]{2,5})")
CJK_NAME_RE = re.compile(r"[\u4e00-\u9fff]+")
CREDITED_BODY_LENGTH = (4, 12)  # 甲市台办 + 通讯员: how long the body before a credit's role may be
BRAND_JOINT = "·"  # 新甲·甲日报记者: an app's brand and its paper
BYLINE_MARK_RE = re.compile(r"^[■□▲●]\s*")
CAPTION_MARKS = ("▲", "●")  # marks of bylines in some papers, of photo captions and points in most
BYLINE_MAX = 30  # characters of an unmarked byline, unless every chunk after its role is a name
# A break inside a short bracket (本网甲县讯 (记者⏎乙)): no line's end, on a page whose every paragraph is a line too.
BRACKETED_BREAK_RE = re.compile(r"[(（][^()（）\r\n]{0,20}(?:\r\n|[\r\n])[^()（）\r\n]{0,20}[)）]")
# Datelines: 本报讯 and 本网讯 (dropped), or another paper's or agency's (kept: the paper is a mention), each with
# optional credits in brackets: 本报讯（记者 甲）, 晚报讯（记者 甲）, 金华日报讯(记者/乙), 新华社北京3月5日电（记者 丙）;
# web outlets too, with the day before 讯 or not (某某信息港讯, 某某在线9月3日讯), or a place and the day before
# 电 or 消息 (某某网甲地6月29日电, 某某客户端10月3日消息) or before its reporters' brackets (红网甲站6月24日（记者
# 甲 乙）); credits without brackets are
# closed by 报道 (某某网讯 记者 甲 乙 通讯员 丙 报道:); a media centre's with no 讯 before its reporters'
# brackets (某某融媒（记者 甲）); any outlet's 讯 before its reporters' brackets (某某讯（甲日报记者 乙）, 海都讯（记者
# 甲）: a paper's short name of two characters, unless a place's: 柳州讯 is where the news comes from).
DATELINE_RE = re.compile(
    r"^\s*(?:(?P<site>[\u4e00-\u9fff]{2,10}网)\s*[-—－]\s*)?(?P<line>本报讯|本[报网][\u4e00-\u9fff]{2,8}[电讯]"
    r"|(?P<own_short>本网|日报|晚报|早报|今报|时报|商报|都市报)(?:讯|消息(?=\s*[（(【]))"
    r"|(?P<outlet>(?!本)(?:[\u4e00-\u9fff]网|[\u4e00-\u9fff]{2,12}?(?:融媒体中心|传媒中心|新闻中心|信息港|客户端|日报|晚报|时报|商报|在线|融媒|云媒|报|网|台))(?:[\u4e00-\u9fff]{2,4}?" + STATION_RE + ")?)"
    r"(?:(?:[\u4e00-\u9fff]{2,4}?)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:讯|电|消息|(?=\s*[（(【]\s*(?:[\u4e00-\u9fff]{0,6}记者|通讯员)))|(?:[\u4e00-\u9fff]{2,4}?)?讯"
    r"|消息(?=\s*[（(【]\s*(?:[\u4e00-\u9fff]{0,6}记者|通讯员)))"
    r"|新华社[\u4e00-\u9fff0-9]{2,16}电"
    r"|[\u4e00-\u9fff]{2,12}?(?:融媒|融媒体中心|新闻网)(?=\s*[（(【]\s*(?:[\u4e00-\u9fff]{0,4}记者|通讯员))"
    r"|(?!本)[\u4e00-\u9fff]{2,8}?(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)?讯(?=\s*[（(【]\s*(?:[\u4e00-\u9fff]{0,6}记者|通讯员)))"
    r"[:：]?\s*(?:[（(【](?P<credits>[^）)】]{1,60})[）)】]"
    r"|(?P<reported>(?:[\u4e00-\u9fff]{0,4}记者|通讯员)[^，。,:：（()）]{1,50}?)\s*报道[:：]?)?\s*")
PLACE_DATELINE = 3  # 柳州讯: a place's short name and 讯, no outlet named
DATELINE_PLACE_KEPT_RE = re.compile(r"[\u4e00-\u9fff]{2,4}(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日|讯)")  # 东北网 + 绥化 + 2月13日讯
# What a dateline prints after its outlet's name: the day and 讯 (甲日报9月3日讯), the place and day of an agency's 电.
DATELINE_PLACE_RE = re.compile(r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)?讯$|(?<=新华社)[\u4e00-\u9fff0-9]{2,16}电$")
# 本报记者甲 摄, （乙 丙 摄）, 图为记者丁 摄: the photo's credit ends its line
PHOTO_CREDIT_RE = re.compile(r"[（(]?\s*(?:图片?为\s*)?(?P<credit>[\u4e00-\u9fff/]{0,12}?\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{1,4})*)"
                             r"\s*摄\s*[）)]?\s*$")
# A bracketed credit closing a paragraph whose names carry what they made (（记者 甲/文 乙/摄）, （文/甲 图/乙）).
WORK_CREDIT_RE = re.compile(r"[（(]\s*(?P<credit>[^（）()，。,；;！？:：]{1,12}[:：]?[^（）()，。,；;！？:：]{2,50}?)\s*[）)]\s*$")
EDITOR_AFTER_OUTLET_RE = re.compile(r"(?:责任)?编辑\s*[:：]")  # 来源:甲在线编辑:乙
# A bracketed run of credit fields closing a paragraph (…。（撰稿:甲、乙,审核:丙 丁）, （撰稿:甲;摄影:乙）): a role and a colon first.
CREDIT_FIELDS_RE = re.compile(r"[（(]\s*(?P<credit>(?:[\u4e00-\u9fff]{2,4}|[文图]/[文图])\s*[:：][^（）()。！？]{2,60}?)\s*[）)]\s*$")
WORK_MARK_RE = re.compile(r"[\u4e00-\u9fff]\s*/\s*[文图摄](?![\u4e00-\u9fff])|(?<![\u4e00-\u9fff])[文图摄]\s*/\s*[\u4e00-\u9fff]")
SOURCE_LINE_RE = re.compile(r"(?:来源|稿源|作者)\s*[:：丨｜|]")  # 来源:甲日报, 来源丨甲融媒
# The outlets of a source line (来源:茂名日报, 稿源:慈溪新闻网-慈溪日报) or of a line that is only an
# outlet and a date (绵阳日报 2018-11-30).
# 来源:甲日报, 来源: 2021-10-09 08:27 甲报社融媒体, and after a mark with no colon (■ /来源甲日报).
SOURCE_OUTLETS_RE = re.compile(r"(?:(?:来源|稿源)\s*[:：丨｜|]|(?<![\u4e00-\u9fff])(?:来源|稿源))\s*"
                               r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*)?"
                               r"([\u4e00-\u9fff][\u4e00-\u9fff\-—/、]{1,30}[+＋]?)")
BYLINE_SOURCE_RE = re.compile(r"(?:文章|新闻|信息|稿件|图片)?" + SOURCE_OUTLETS_RE.pattern)  # 文章来源:甲在线
# A source credit in brackets closing a paragraph's last sentence (…参加座谈。（来源:甲网 记者 乙）).
CLOSING_SOURCE_RE = re.compile(r"(?<=[。！？”])\s*[（(](?P<credit>(?:来源|稿源)\s*[:：][^（）()]{2,60})[）)]\s*$")
# Where a body line may run on into its article's credits (…座谈。 记者/甲 编辑:乙 终审:丙): a sentence's end
# and a space.
CREDITS_AFTER_SENTENCE_RE = re.compile(r"(?<=[。！？”])(?:\s+(?=\S)|(?=[（(][\u4e00-\u9fff\s]{2,12}[）)]\s))")
SIGNATURE_BEFORE_CREDITS_RE = re.compile(r"[（(](?P<names>[\u4e00-\u9fff\s]{2,12})[）)]\s+")  # (甲乙) 编辑:丙
SOURCE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,8}[+＋]?")  # 精彩甲县, 甲山+: an app's name
SOURCE_BODY_LENGTH = 20  # 来源:甲市第二人民医院: a longer source, named with an organisation suffix, is the institution
SOURCE_FIELD_RE = re.compile(r"时间|作者|发布|点击|编辑|浏览")  # the next field of a source line, run on
OUTLET_DATE_RE = re.compile(r"^([\u4e00-\u9fff]{2,12})\s+\d{4}[-年./]\d{1,2}[-月./]\d{1,2}(?=\D|$).{0,30}$")
OUTLET_SEPARATOR_RE = re.compile(r"[\-—/、]")
# 作者:甲, 作者丨甲, 作者:甲发布时间:…: the author, up to the line's end or a date field printed right after the name
AUTHOR_RE = re.compile(rf"作者\s*[:：丨｜|]\s*(?:([\u4e00-\u9fff·]{{2,4}}?)(?:{alternation(DATE_FIELDS)})\s*[:：].*|(.+))$")
# A page's field that credits no one, spaced after the author's names on a source line (作者:甲 乙 点击: 收藏,
# 作者:丙 文章来源:丁).
NEXT_FIELD_RE = re.compile(r"\s+[\u4e00-\u9fff]{0,2}(?:来源|稿源|点击|浏览|阅读|发布|时间|日期|字号|字体|更新|录入)")
AUTHOR_OUTLET_RE = re.compile(r"作者\s*[:：]\s*([\u4e00-\u9fff]{2,12})(?![\u4e00-\u9fff])")
# A note on the name, no part of it: 甲乙(见习), 丙丁(甲镇信息调研员) of 编辑 | 丙丁(…): the person's rank or post
NAME_NOTE_RE = re.compile(r"[（(](?:见习|实习|实习生|特约|特约记者|[\u4e00-\u9fff]{2,16}?(?:员|长|主任|记者))[）)]?")
PROVIDED_RE = re.compile(r"\s*(?:图片|照片|视频|图)(?:均)?由[^\s（）()]{1,16}?提供\s*")  # 图片由学校提供: no one credited
REPORTED_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s*报道\s*[:：]?\s*$")
MADE_MARK_RE = re.compile(r"/\s*(?:文图|图文|[文图摄])(?![\u4e00-\u9fff/])")
WORK_MARKS = {"文", "图", "摄", "文图", "图文"}
# Names signing a paragraph after its last sentence, bracketed or spaced off (…。（甲乙 丙丁）, …。 甲乙).
SIGNED_NAME = r"(?:[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,4})"  # 甲乙; 阿娜古力·尼亚孜 is longer
SIGNATURE_RE = re.compile(rf"(?<=[。！？”])(?:\s*[（(](?P<bracketed>{SIGNED_NAME}(?:\s+{SIGNED_NAME}){{0,5}})[）)]"
                          r"|\s+(?P<spaced>[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,2}))\s*$")
# Two to four names alone on a paragraph's line after a sentence (one alone may be a subheading: 高质量).
SIGNATURE_LINE_RE = re.compile(r"\s*(?P<spaced>[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){1,3})\s*")
CAPTION_RE = re.compile(r"^(图为|图片为|上图|下图|左图|右图|图[:：])")
FURNITURE_RE = re.compile(
    r"^(今日天气|明日天气|天气预报|本版编辑|责任编辑|编辑[:：]|校对|美编|版式|新闻热线|广告热线|邮发代号)"
    r"|^\d{1,3}$|^第?\s*[0-9０-９]{1,3}\s*版"
)
LINE_BREAK_RE = re.compile(r"\r\n|[\n\r\f\v\x1c-\x1e\x85\u2028\u2029]")
SPACED_SLOGAN_RE = re.compile(r"^(?:\S\s+){3,}\S$")
# A line that stands alone and must not run into the next one: a name printed with a space inside at the
# end of a line after a word (镇党委书记 程 亮; not the justified 合 格 率), or a caption of two to four characters with a blank line after it.
SPACED_NAME_END_RE = re.compile(r"(?:^\s*|[\u4e00-\u9fff]{2}\s+)[\u4e00-\u9fff]\s+[\u4e00-\u9fff]\s*$")
SHORT_CAPTION_RE = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}\s*$")


@dataclass
class _Line:
    text: str
    start: int  # offset of text[0] in the page
    brk: str = "\n"  # the line break before it in the page (its last character)

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not any(not c.isspace() and not is_control(c) for c in self.text)


def split_lines(text: str) -> list[_Line]:
    """Lines with their page offsets; form feeds and other breaks end a line too."""
    lines = []
    start = 0
    for brk in LINE_BREAK_RE.finditer(text):
        lines.append(_Line(text[start : brk.start()], start, text[start - 1] if start else "\n"))
        start = brk.end()
    lines.append(_Line(text[start:], start, text[start - 1] if start else "\n"))
    return lines


def repair(lines: list[_Line]) -> tuple[str, tuple[int, ...]]:
    """Join wrapped lines into running text, keeping each character's page offset.

    Spaces between Chinese characters are typesetting artefacts and go; a run of
    spaces next to Latin letters or digits is kept as one space.  Lines are
    joined without a separator except between two Latin words; where each
    paragraph is one line (a web page: some line is longer than a column's),
    a line break ends a sentence (captions of one title and name each).  The pinyin a web page prints after a
    rare character (鎮(zhèn)) goes too.
    """
    chars: list[str] = []
    offsets: list[int] = []
    paragraphs = any(len(line.stripped) > PARAGRAPH_LINE for line in lines)
    for number, line in enumerate(lines):
        if line.blank:
            continue
        if chars and paragraphs:
            chars.append(line.brk)  # the page's line break ends the paragraph's sentence
            offsets.append(line.start - 1)
        elif chars and chars[-1] != " " and _stands_alone(lines, number - 1):
            chars.append(" ")
            offsets.append(offsets[-1])
        if chars and chars[-1].isascii() and chars[-1].isalnum():
            first = line.stripped[:1]
            if first.isascii() and first.isalpha():
                chars.append(" ")
                offsets.append(offsets[-1])
        pending_space = -1
        glossed = {i for gloss in PINYIN_GLOSS_RE.finditer(line.text) for i in range(*gloss.span())}
        for i, char in enumerate(line.text):
            if is_control(char) or i in glossed:
                continue
            if char.isspace():
                if chars and pending_space < 0:
                    pending_space = line.start + i
                continue
            if pending_space >= 0:
                if not (is_cjk_or_punct(chars[-1]) and is_cjk_or_punct(char)) and chars[-1] != " ":
                    chars.append(" ")
                    offsets.append(pending_space)
                pending_space = -1
            chars.append(char)
            offsets.append(line.start + i)
    return "".join(chars), tuple(offsets)


def _stands_alone(lines: list[_Line], number: int) -> bool:
    """The last non-blank line up to ``number`` ends in a spaced name, or is a short caption followed by
    a blank line."""
    blank_after = False
    while number >= 0 and lines[number].blank:
        number, blank_after = number - 1, True
    if number < 0:
        return False
    text = lines[number].text
    return bool(SPACED_NAME_END_RE.search(text) or blank_after and SHORT_CAPTION_RE.match(text))


def sentences_of(text: str, offsets: tuple[int, ...], headline: bool = False) -> list[Sentence]:
    """Split repaired text at sentence-final punctuation (with closing quotes) and before a caption's ▲."""
    pieces = []
    start = 0
    i = 0
    while i < len(text):
        if text[i] in PARAGRAPH_ENDS:
            pieces.append((start, i))
            start = i = i + 1
            continue
        if text[i] in CAPTION_MARKS and i > start:  # ▲ opens a caption or a point: a sentence of its own
            pieces.append((start, i))
            start = i
        if text[i] in SENTENCE_END:
            end = i + 1
            while end < len(text) and (text[end] in CLOSERS or text[end] in SENTENCE_END):
                end += 1
            pieces.append((start, end))
            start = i = end
            continue
        # Text without sentence ends (tables, lists) is cut at a comma, or at any character past
        # twice the limit, so that one huge line never becomes one huge model input.
        if i - start >= MAX_SENTENCE and text[i] in "，,、：: " or i - start >= 2 * MAX_SENTENCE:
            pieces.append((start, i + 1))
            start = i + 1
        i += 1
    if start < len(text):
        pieces.append((start, len(text)))
    result = []
    for a, b in pieces:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            result.append(Sentence.from_offsets(text[a:b], offsets[a:b], headline))
    return result


def _is_byline(line: str, lex: Lexicons) -> bool:
    body = BYLINE_MARK_RE.sub("", line)
    if len(body) > 60 or re.search(r"[，。；！？,]", body):
        return False
    role = lex.byline_role_re.match(body)
    if BYLINE_MARK_RE.match(line):  # ▲ marks captions and points too (▲镇党委书记甲为乙颁奖): a role must follow it
        return not line.lstrip().startswith(CAPTION_MARKS) or bool(role)
    # Without the ■ mark, only a line that is nothing but roles and names.
    if not role or len(role.group()) < 2:
        return False
    credits, rejected = parse_byline(body, lex)
    if len(body) > BYLINE_MAX:  # a long line only where every chunk is a name (甲日报记者 + a dozen reporters)
        return bool(credits) and not rejected
    return bool(credits) and all(len(chunk) <= 4 for chunk in rejected)


def _listed_people(lines: list[_Line], lex: Lexicons) -> set[int]:
    """Lines of a run of three or more that each look like a byline (甲日报副总编 乙): a list of people
    with their posts, as in a forum's speakers or a list of appointments, whose names are content."""
    listed: set[int] = set()
    run: list[int] = []
    for number, line in enumerate([*lines, _Line("", 0)]):
        text = line.stripped
        if not line.blank and not BYLINE_MARK_RE.match(text) and (_is_byline(text, lex) or _is_post_line(text, lex)) \
                and not _is_credit_line(text, lex):  # the cheap tests first: most lines are body text
            run.append(number)
            continue
        if len(run) >= LISTED_RUN:
            listed.update(run)
        run = []
    return listed


def _is_post_line(line: str, lex: Lexicons) -> bool:
    """A post and a name, spaced apart, on a line of their own (甲日报副总编、首席记者 乙)."""
    post = POST_LINE_RE.fullmatch(line)
    return bool(post) and bool(lex.pre_title_re.search(post.group("post")))


def _is_credit_line(line: str, lex: Lexicons) -> bool:
    """Credits of the making of an article, closing it: a line that starts with an editing role (编辑/甲),
    or one of credits alone that names an editing role after the others (记者/甲 编辑:乙 终审:丙)."""
    line = lex.unspaced_roles(line)
    if lex.credit_line_re.match(line):
        return True
    if not lex.editing_credit_re.search(line) or re.search(r"[，。；！？,]", line) \
            or not lex.byline_role_re.match(BYLINE_MARK_RE.sub("", line).strip("（()")):
        return False
    credits, rejected = parse_byline(line.strip("（）()"), lex)
    return bool(credits) and not rejected


def _field_credits(line: str, lex: Lexicons) -> list[Credit]:
    """The editing credits of a web page's field line (2021-12-29 编辑: 甲 审核人:乙 阅读次数:9, 【责任编辑:丙】,
    丨责编:丁丨校对:戊): fields, never a sentence; [] for any other line."""
    if re.search(r"[，。；！？]", line):
        return []
    return [credit for field in lex.field_credit_re.finditer(line) for credit in parse_byline(field.group(), lex)[0]]


def _credits_after_source(line: str, lex: Lexicons) -> str:
    """The credits a source line prints after its outlet (来源: 甲新闻网-甲日报 记者 乙 丙), "" for none."""
    source = SOURCE_OUTLETS_RE.search(line)
    if not source:
        return ""
    # 来源: 记者 乙: a role where the outlet goes, and no outlet; 来源:甲在线编辑:乙 责编:丙: the outlet's name ran
    # on into its editor's role, the first of the credits
    roles = [lex.byline_role_re.search(line, source.start(1) if _is_role(source.group(1), lex) else source.end()),
             EDITOR_AFTER_OUTLET_RE.search(line, source.start(1) + 1)]
    starts = [role.start() for role in roles if role]
    return line[min(starts):] if starts else ""


def _is_role(text: str, lex: Lexicons) -> bool:
    """来源: 记者 甲: a role alone where a source line's outlet goes (not 记者观察网, an outlet's name); the
    byline roles hold the editing roles too."""
    return text in lex.byline_roles


def _ends_sentence(line: str) -> bool:
    line = line.rstrip()
    while line and line[-1] in CLOSERS:
        line = line[:-1]
    return bool(line) and line[-1] in SENTENCE_END


def _is_furniture(line: str) -> bool:
    text = line.strip()
    return bool(FURNITURE_RE.match(text) or SPACED_SLOGAN_RE.match(text) and not _ends_sentence(text))


def _role(printed: str, lex: Lexicons) -> tuple[str, str]:
    """The role and newsroom of a printed role: 文/茂名日报社全媒体记者 -> (全媒体记者, 茂名日报社)."""
    printed = printed.rstrip(":：|｜丨︱ ")
    newsroom = lex.newsroom_re.match(printed)
    core = printed.strip("/")[newsroom.end():] if newsroom else printed.strip("/").rsplit("/", 1)[-1]
    own = next((word for word in OWN_OUTLET_WORDS if core.startswith(word) and len(core) > len(word)), "")
    core = lex.stationed_role_re.sub("", core.removeprefix(own) if own else core)  # 驻乙市记者: a reporter
    if newsroom and newsroom.group(1) in OWN_OUTLET_WORDS:
        return core, OWN_PAPER  # 本网记者: the site being read, as 本报记者 is the paper
    return core, newsroom.group(1) if newsroom else OWN_PAPER if own else ""


def _chunks(part: str) -> list[str]:
    """Names of a byline part; one-character pieces left by spacing artefacts are joined (刘 空 -> 刘空,
    向 炜 徐 冉 -> 向炜, 徐冉)."""
    part = MADE_MARK_RE.sub(" ", part)  # 甲/文 乙/摄: what each made, never part of a name
    part = NAME_NOTE_RE.sub(" ", part)  # 甲乙(见习): a note on the name, no part of it
    chunks = [c.strip("（）() ") for c in re.split(r"[\s、，,;；/_|｜丨︱]+", part)]
    chunks = [c for c in chunks if c]
    joined: list[str] = []
    index = 0
    while index < len(chunks):
        run = len(list(takewhile(lambda c: len(c) == 1, chunks[index:])))
        if run >= 4 and run % 2 == 0:  # 向 炜 徐 冉 李 宇: two-character names, each spaced out
            joined += [chunks[i] + chunks[i + 1] for i in range(index, index + run, 2)]
            index += run
            continue
        chunk = chunks[index]
        if joined and (len(joined[-1]) == 1 or len(chunk) == 1) and len(joined[-1]) + len(chunk) <= 3:
            joined[-1] += chunk
        else:
            joined.append(chunk)
        index += 1
    return joined


def parse_byline(text: str, lex: Lexicons) -> tuple[list[Credit], list[str]]:
    """Names credited in a byline, with their roles and newsrooms; pen names are returned apart."""
    text = BYLINE_SOURCE_RE.sub(" ", BYLINE_MARK_RE.sub("", lex.unspaced_roles(text.strip())))  # ■ /来源甲日报: no names
    text = REPORTED_RE.sub("", PROVIDED_RE.sub(" ", text))  # □记者甲报道: the credit closes with what the reporter did
    text = lex.spaced_newsroom_re.sub(r"\1", text)
    credits: list[Credit] = []
    rejected: list[str] = []
    parts = lex.byline_role_re.split(text)
    # split() with one group gives [before, role, names, role, names, ...]
    role, newsroom, outer = "", "", None
    brand, newsrooms = "", [""]  # 新甲·甲日报记者: an app's brand joined to its paper; the reporter is both's
    unit = ""  # 甲市台办通讯员 乙: the body printed before a role is the credited name's
    for index, part in enumerate(parts):
        if index % 2 == 1:
            printed = _role(part, lex)
            if printed[0].strip("/") in WORK_MARKS and outer:
                continue  # 记者:文/甲 图/乙: what each made, under the role printed before
            role, newsroom = printed[0], printed[1] or unit
            unit = ""
            newsrooms, brand = [newsroom, brand] if brand and newsroom else [newsroom], ""
            outer = printed if index + 1 < len(parts) and not parts[index + 1].strip(" :：") else None
            continue
        chunks = _chunks(part)
        if chunks and index + 1 < len(parts) and len(chunks[-1]) > 3 and lex.org_suffix(chunks[-1]) \
                and chunks[-1] not in lex.stop_entities:
            unit = chunks.pop()  # 甲市台办 + 通讯员: the role's body, no name
            outlet = lex.newsroom_re.match(unit)
            unit = unit[outlet.end():] if outlet and lex.org_suffix(unit[outlet.end():]) else unit  # 乙网 + 甲省台办
        for chunk in chunks:
            if chunk in WORK_MARKS:
                continue  # 邵光耀/文: what the person made, not a name
            if chunk.endswith(BRAND_JOINT) and CJK_NAME_RE.fullmatch(chunk[:-1]) and index + 1 < len(parts):
                brand = chunk[:-1]
                continue
            suffix = lex.org_suffix(chunk)
            if suffix and (len(chunk) > 3 or len(suffix) > 1) or chunk in lex.stop_entities:
                rejected.append(chunk)  # 作者:区委宣传部: a body, not the names 区委, 宣传部; 审核:办公室; 作者:管理员: no one
                continue
            names = lex.split_names(chunk)
            if names is None and CJK_NAME_RE.fullmatch(chunk) and (is_staff_role(role) and 2 <= len(chunk) <= 4
                                                                   or lex.minority_name_re.match(chunk) and len(chunk) <= 7):
                names = [chunk]  # 记者 戢姗, 摄像:才项仁增: the newsroom signs its names; pen names go with 通讯员
            if names is None:
                rejected.append(chunk)
            else:
                credits.extend(Credit(name, role or AUTHOR, org) for name in names for org in newsrooms)
    return credits, rejected


def _photo_credit(line: _Line, lex: Lexicons) -> tuple[_Line, list[Credit]]:
    """A photo credit at the end of a line (本报记者甲 摄, （乙 丙 摄）) becomes credits, blanked from the text;
    so does a bracketed credit of names marked with what they made (（记者 甲/文 乙/摄）) or after a role
    (（记 者 甲）, （撰稿:甲、乙,审核:丙 丁）)."""
    for match in (WORK_CREDIT_RE.search(line.text), CREDIT_FIELDS_RE.search(line.text)):
        if match and (WORK_MARK_RE.search(match.group("credit"))
                      or _led_by_role(lex.unspaced_roles(match.group("credit")).strip(), lex)):
            credits, rejected = parse_byline(match.group("credit"), lex)
            if credits and not rejected:
                return replace(line, text=line.text[: match.start()] + " " * (match.end() - match.start())), credits
    match = PHOTO_CREDIT_RE.search(line.text)
    if not match:
        return line, []
    printed = match.group("credit").strip()
    credits, rejected = parse_byline(printed, lex)  # names with no role before them must be names of a surname
    if not credits or rejected:
        return line, []
    credits = [Credit(c.name, "摄影" if c.role == AUTHOR else c.role, c.org) for c in credits]
    blanked = line.text[: match.start()] + " " * (match.end() - match.start())
    return replace(line, text=blanked), credits


def _led_by_role(credit: str, lex: Lexicons) -> bool:
    """A credit that starts with a role, or with the body the role is of (（甲市台办通讯员 乙）)."""
    return bool(lex.byline_role_re.match(credit)) or any(
        lex.org_suffix(credit[:cut]) and lex.byline_role_re.match(credit[cut:])
        for cut in range(CREDITED_BODY_LENGTH[0], min(len(credit), CREDITED_BODY_LENGTH[1]) + 1))


def _signature(line: _Line, lex: Lexicons, draft: "_Draft") -> tuple[_Line, list[Credit]]:
    """Names signing a paragraph after its last sentence (…。（甲乙）, …。 甲乙 丙丁) on the paragraph's last
    line, or two or more alone on that line after a sentence (甲乙 丙丁), become its authors, blanked from the text, when
    every one of them is a name of a listed surname."""
    match = SIGNATURE_RE.search(line.text) or SIGNATURE_LINE_RE.fullmatch(line.text)
    if match and match.re is SIGNATURE_LINE_RE and not _ends_sentence(
            next((earlier.text for earlier in reversed(draft.lines) if not earlier.blank), "")):
        return line, []  # names alone on a line sign only after a sentence
    if not match:
        return line, []
    signed = match.groupdict().get("bracketed") or match.group("spaced")
    names = [lex.split_names(chunk) for chunk in signed.split()]
    if any(found is None or len(found) != 1 for found in names):
        return line, []
    blanked = line.text[: match.start()] + " " * (match.end() - match.start())
    return replace(line, text=blanked), [Credit(found[0], AUTHOR) for found in names]


@dataclass
class _Draft:
    kind: str
    lines: list[_Line]
    byline: str = ""
    credits: list[Credit] = field(default_factory=list)  # photo credits, editors, 作者: lines
    outlets: list[str] = field(default_factory=list)


def _outlets(text: str, lex: Lexicons) -> list[str]:
    """The outlets a source line or an outlet-and-date line names; [] for any other line.

    A source line names its outlet whatever its form (来源:精彩甲县, 来源:甲县委宣传部, 来源:甲山+), so
    there any name goes but a word that names no outlet (本站, 未知: not_sources.txt) and a place (来源:甲镇);
    an author may be an outlet too (作者:甲新闻网). 本网 and 本报 there are the outlet being read (本报).
    """
    source = SOURCE_OUTLETS_RE.search(text)
    found = source or OUTLET_DATE_RE.match(text)
    author = AUTHOR_OUTLET_RE.search(text)
    outlets = [author.group(1)] if author and lex.outlet_re.fullmatch(author.group(1)) else []  # 作者:甲新闻网
    if not found:
        return outlets
    for part in OUTLET_SEPARATOR_RE.split(found.group(1)):
        if _is_role(part, lex):
            break  # 来源: 记者 甲 乙: the credits, printed where the outlet goes
        if part.startswith(OWN_OUTLET_WORDS):
            outlets.append(OWN_PAPER)  # 来源:本网, 本网原创稿件: the outlet being read, as 本网记者 names it
            continue
        named = lex.outlet_re.match(part)
        if named and (named.end() == len(part) or source and SOURCE_FIELD_RE.match(part, named.end())):
            outlets.append(named.group())  # 甲日报, and 甲日报 of 甲日报时间:…
        elif source and (SOURCE_NAME_RE.fullmatch(part) or _named_body(part, lex)) \
                and not part.startswith(lex.not_sources) and not lex.place_suffix(part) \
                and part not in lex.place_short_forms and not SOURCE_FIELD_RE.search(part):
            outlets.append(part)
    return outlets


def _named_body(part: str, lex: Lexicons) -> bool:
    """A source too long for an app's name that names an institution by its suffix (来源:甲市第二人民医院)."""
    return len(part) <= SOURCE_BODY_LENGTH and bool(CJK_NAME_RE.fullmatch(part)) and bool(lex.org_suffix(part))


def _drafts(lines: list[_Line], lex: Lexicons) -> tuple[list[_Draft], list[list[_Line]]]:
    """Cut the page into article drafts and caption blocks; drop page furniture."""
    drafts: list[_Draft] = [_Draft("preamble", [])]
    captions: list[list[_Line]] = []
    in_caption = False
    listed = _listed_people(lines, lex)
    for number, line in enumerate(lines):
        text = line.stripped
        if number in listed:  # 甲日报副总编 乙 on line after line: people listed, not bylines
            drafts[-1].lines.append(replace(line, text=line.text.rstrip() + "；"))
            continue
        if line.blank:
            in_caption = False
            drafts[-1].lines.append(line)
            continue
        if in_caption and (CAPTION_RE.match(text) or DATELINE_RE.match(text)):
            in_caption = False  # a caption printed without a full stop ends where the next caption or a dateline starts
        if in_caption:
            captions[-1].append(line)
            in_caption = not _ends_sentence(text)
            continue
        outlets = _outlets(text, lex)
        drafts[-1].outlets += outlets
        if outlets and OUTLET_DATE_RE.match(text):
            continue
        if lex.outlet_re.fullmatch(text) and not SOURCE_LINE_RE.match(text) \
                and (CJK_NAME_RE.fullmatch(text) or _credits_follow(lines, number, lex)):
            drafts[-1].outlets.append(text)  # 甲广电 over 记者:乙 编辑:丙, 甲融媒 over the article: the outlet signs
            continue
        line, trailing = _trailing_credits(line, lex)
        drafts[-1].credits += trailing
        closing = CLOSING_SOURCE_RE.search(line.text)
        if closing and line.text[:closing.start()].strip():  # …参加座谈。(来源:甲政府网 记者 乙 丙): the sentence stays
            drafts[-1].credits += parse_byline(_credits_after_source(closing.group("credit"), lex), lex)[0]
            line = replace(line, text=line.text[:closing.start()])
            text = line.stripped
        source = SOURCE_LINE_RE.search(text)
        if _is_credit_line(text, lex) or source and len(text) <= 120 and not _ends_sentence(text):
            # 来源:… 作者:… credits only its author; (编辑/甲 值班主任/乙) credits the whole line
            author = AUTHOR_RE.search(text)
            author_name = author and (author.group(1) or NEXT_FIELD_RE.split(author.group(2))[0])  # up to a field
            credited = author_name if author else _credits_after_source(text, lex) if source else text.strip("（）()")
            credits, rejected = parse_byline(credited, lex) if credited else ([], [])
            fields = _field_credits(text, lex)
            if rejected or not credits:
                drafts[-1].credits += fields or credits  # 编辑 :甲发布时间 :…: a field line after all
            else:  # 编辑:甲 点击: … 作者:乙: the editor's field besides the author
                drafts[-1].credits += credits + [credit for credit in fields if credit not in credits]
            continue
        fields = _field_credits(text, lex)
        if fields:
            drafts[-1].credits += fields
            continue
        line, photo = _photo_credit(line, lex)
        closes_paragraph = number + 1 == len(lines) or lines[number + 1].blank  # not …。 下一步⏎，全县…
        line, signed = _signature(line, lex, drafts[-1]) if closes_paragraph else (line, [])
        text = line.stripped
        if text and DATELINE_RE.match(text) and drafts[-1].lines and any(not l.blank for l in drafts[-1].lines):
            drafts.append(_Draft("article", []))  # the credits at the end of a dateline's line are its article's
        drafts[-1].credits += photo + signed
        if not text:
            continue
        if CAPTION_RE.match(text):  # a caption runs on over its broken lines to the end of its sentence
            captions.append([line])
            in_caption = not photo and not _ends_sentence(text)
            continue
        if _is_furniture(text):
            continue
        if _is_byline(text, lex):
            drafts.append(_Draft("article", [], text))
            continue
        marker = CONTINUATION_RE.match(text)
        if marker:
            offset = len(line.text) - len(line.text.lstrip()) + marker.end()
            drafts.append(_Draft("continuation", [replace(line, text=line.text[offset:], start=line.start + offset)]))
            continue
        jump = JUMP_RE.search(line.text)
        if jump:
            line = replace(line, text=line.text[: jump.start()] + " " * (jump.end() - jump.start()) + line.text[jump.end() :])
        drafts[-1].lines.append(line)
    return drafts, captions


def _trailing_credits(line: _Line, lex: Lexicons) -> tuple[_Line, list[Credit]]:
    """A body line that runs on into its article's credits (…座谈。 记者/甲 编辑:乙 终审:丙): the sentences, and
    the credits; the line as it was, and none, when what follows its last sentence is no credit line."""
    ends = list(CREDITS_AFTER_SENTENCE_RE.finditer(line.text))
    tail = line.text[ends[-1].end():].strip() if ends else ""
    signature = SIGNATURE_BEFORE_CREDITS_RE.match(tail)  # …分红。(甲乙) 编辑:丙: the author's name, then the credits
    authors, rejected = parse_byline(signature.group("names"), lex) if signature else ([], [])
    if rejected:
        authors = []  # no names: the bracket is part of the tail
    elif signature:
        tail = tail[signature.end():]
    if not tail or not _is_credit_line(tail, lex):
        return line, []
    return replace(line, text=line.text[:ends[-1].start()]), authors + parse_byline(tail.strip("（）()"), lex)[0]


def _credits_follow(lines: list[_Line], number: int, lex: Lexicons) -> bool:
    """The next line with text is a byline or a credit line."""
    following = next((line.stripped for line in lines[number + 1:] if not line.blank), "")
    return bool(following) and (_is_byline(following, lex) or _is_credit_line(following, lex))


def _split_headline(lines: list[_Line]) -> tuple[list[_Line], list[list[_Line]]]:
    """Body lines, and the headline blocks printed after the last complete sentence.

    Headline lines are short and do not end a sentence; a long line is body text
    even without a sentence end (a page cut off mid-sentence, a one-line page).
    """
    start = len(lines)
    while start > 0:
        line = lines[start - 1]
        if not line.blank and (_ends_sentence(line.text) or len(line.stripped) > HEADLINE_MAX):
            break
        start -= 1
    blocks: list[list[_Line]] = [[]]
    for line in lines[start:]:
        if line.blank:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line)
    lead = _leading_headline(lines[:start])
    return lines[lead:start], [lines[:lead]] * bool(lead) + [b for b in blocks if b]


def _leading_headline(lines: list[_Line]) -> int:
    """The lines of a headline printed over its article: a block of one or two short lines with no
    punctuation, a blank line after it, and a sentence's end somewhere below (甲一行走访乙⏎⏎11月3日，…。).
    Where each paragraph is one line (a web page), a paragraph's line right after a block of up to three
    ends it too: a wrapped column's lines are all short."""
    first = next((i for i, line in enumerate(lines) if not line.blank), len(lines))
    end = next((i for i in range(first, len(lines)) if lines[i].blank
                or i > first and len(lines[i].stripped) > HEADLINE_MAX), len(lines))
    block = lines[first:end]
    most = 3 if end < len(lines) and not lines[end].blank else 2  # over a paragraph's line, three (a web page's)
    if not 1 <= len(block) <= most or end == len(lines) or any(
            len(line.stripped) > HEADLINE_MAX or HEADLINE_PUNCT_RE.search(line.stripped)
            or DATELINE_RE.match(line.stripped) for line in block):
        return 0
    return end if any(_ends_sentence(line.text) for line in lines[end:]) else 0


def _as_printed(sentence: Sentence, page_text: str) -> Sentence:
    """The sentence with the page's own characters where segmentation read their Simplified forms."""
    printed = "".join(page_text[o] if c != " " else c for o, c in zip(sentence.offsets, sentence.text))
    return sentence if printed == sentence.text else replace(sentence, text=printed)


def _with_newsrooms(outlets: Iterable[str], byline: Iterable[Credit]) -> tuple[str, ...]:
    """The outlets, then the newsrooms of the credits, each once, in order."""
    return tuple(dict.fromkeys([*outlets, *(credit.org for credit in byline if credit.org)]))


def segment(page: Page, lex: Lexicons) -> list[Article]:
    """All articles of a page, in reading order; a page printed in Traditional characters is read in
    Simplified ones (character for character, so offsets hold), as the lexicons and the graph's names are,
    and its sentences keep the characters as printed (the pipeline reads them Simplified: sentence_texts)."""
    read = simplified(page.text)
    traditional = read != page.text
    read = BRACKETED_BREAK_RE.sub(lambda m: re.sub(r"[\r\n]", " ", m.group()), read)
    drafts, captions = _drafts(split_lines(read), lex)
    # Archives file pages by day (2024-01-05/page01.txt, 2024-01-06/page01.txt): the day keeps ids apart.
    stem = f"{page.date}/{Path(page.source).stem}" if page.date else Path(page.source).stem
    articles: list[Article] = []

    def add(kind, headline, byline, rejected, sentences, byline_text="", outlets=()):
        if not sentences:
            return
        if traditional:  # Traditional characters: the sentences keep them as printed
            sentences = [_as_printed(sentence, page.text) for sentence in sentences]
        outlets = _with_newsrooms(outlets, byline)
        articles.append(
            Article(f"{stem}#{len(articles) + 1}", page.source, kind, headline, tuple(byline), tuple(rejected),
                    tuple(sentences), page.date, page.page, byline_text, outlets)
        )

    carried: list[str] = []  # outlets of a preamble that holds no article: the page's first article's
    carried_credits: list[Credit] = []  # its credits (来源:甲网 作者:乙 编辑:丙, a photo's 丁 摄 over the article)
    carried_headline = ""  # and its headline

    for draft in drafts:
        body, headline_blocks = _split_headline(draft.lines)
        text, offsets = repair(body)
        byline, rejected = parse_byline(draft.byline, lex) if draft.byline else ([], [])
        byline_text = BYLINE_MARK_RE.sub("", draft.byline).strip()
        byline += carried_credits + draft.credits
        dateline = DATELINE_RE.match(text)
        dated = dateline.group("line") if dateline else ""
        if len(dated) == PLACE_DATELINE and dated[:-1] in lex.place_short_forms:
            dateline = None  # 柳州讯（记者 甲）: the place the news comes from, read as prose
        if dateline:
            # the credits as printed, spaces between names kept, when the first line holds them whole
            printed = DATELINE_RE.match(next((line.stripped for line in body if not line.blank), ""))
            credited = printed if printed and (printed.group("credits") or printed.group("reported")) else dateline
            credits = credited.group("credits") or credited.group("reported")
            own = dateline.group("line").startswith(OWN_OUTLET_WORDS) or bool(dateline.group("own_short"))
            # 本报讯, 本网讯, 晚报讯, 日报消息: the paper's own, whatever its name (resolved with --paper); 甲日报讯: 甲日报's
            paper = OWN_PAPER if own else dateline.group("outlet") or DATELINE_PLACE_RE.sub("", dateline.group("line"))
            recorded = own or not (carried or draft.outlets)  # a source line's outlet (来源:甲日报) is the surer one
            if recorded:
                draft.outlets.append(paper)
            if dateline.group("site"):  # 甲新闻网-乙日报丙市讯: the site that carries the paper's article
                draft.outlets.append(dateline.group("site"))
            if credits:
                byline_text = (byline_text + " " + credits).strip()
                extra, extra_rejected = parse_byline(credits, lex)
                byline += [replace(c, org=paper) if not c.org and c.role.endswith(REPORTER) else c for c in extra]
                rejected += extra_rejected
            # an outlet recorded leaves the text (read as prose, 新甲讯 was a name), the place it reports from stays
            # (东北网甲市2月13日讯 -> 甲市); one not recorded stays to be read
            place = DATELINE_PLACE_KEPT_RE.match(text, dateline.end("outlet")) if dateline.group("outlet") else None
            if not recorded:
                kept = 0, dateline.end("line")
            else:
                kept = place.span() if place else (0, 0)
            gap = " " * (kept[1] > kept[0])  # what stays of the dateline stands apart from the sentence after it
            text = text[kept[0]:kept[1]] + gap + text[dateline.end():]
            offsets = offsets[kept[0]:kept[1]] + offsets[kept[1] - 1:kept[1]] * len(gap) + offsets[dateline.end():]
        sentences = sentences_of(text, offsets)
        if not sentences and byline and articles and draft.kind == "article":
            # A byline printed after its article (…正文。\n潍坊日报社全媒体记者: 甲/文) credits the article above.
            last = articles[-1]
            articles[-1] = replace(last, byline=last.byline + tuple(byline),
                                   outlets=_with_newsrooms([*last.outlets, *draft.outlets], byline),
                                   byline_text=(last.byline_text + " " + byline_text).strip())
            continue
        if draft.kind == "preamble" and not sentences:
            carried, carried_credits = draft.outlets, draft.credits
            # the lines over the first article's dateline: its headline, kept as text (read as sentences they
            # gave more wrong names than right ones: 访州人大, 川滇结合)
            carried_headline = " ".join(repair(block)[0] for block in headline_blocks)
            continue  # slogans, mastheads: no article before the first byline
        headlines = [repair(block) for block in headline_blocks]
        headline_sentences = [s for h_text, h_offsets in headlines for s in sentences_of(h_text, h_offsets, True)]
        kind = "article" if draft.kind == "preamble" else draft.kind
        headline = " ".join(filter(None, [carried_headline, *(h for h, _ in headlines)]))
        add(kind, headline, byline, rejected, sentences + headline_sentences, byline_text, carried + draft.outlets)
        carried, carried_credits, carried_headline = [], [], ""
    for block in captions:
        text, offsets = repair(block)
        add("caption", "", [], [], sentences_of(text, offsets))
    return articles
