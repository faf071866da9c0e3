"""Lexicons: the data files that drive the rules.

Every list lives in ``kg/data`` as a plain text file (``#`` starts a comment).
Users extend them with ``--lexicon DIR``: a folder holding files of the same
names whose entries are added to the shipped ones.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .records import OWN_OUTLET_WORDS

DATA_DIR = Path(__file__).parent / "data"
STATION = "台"  # 南阳台: a city's radio and television station, printed short


# An autonomous prefecture printed whole before a party or government body of its own (黔南布依族苗族自治州人大):
# its bodies go by its short name and 州, as its papers print them (黔南州人大); its hospital keeps its name.
ALL_PEOPLES = "各族"
AUTONOMOUS_DIVISION_RE = re.compile(r"[\u4e00-\u9fff]{2,14}?自治[县州旗]")  # 维西傈僳族自治县, 临夏回族自治州
AUTONOMOUS_PREFECTURE_RE = re.compile(r"^([\u4e00-\u9fff]{2,12}?自治州)(?=[\u4e00-\u9fff])")
PLACE_SLOT = "{place}"  # where a place name goes in a body's formal form (org_full_forms.tsv)
PARTY_COMMITTEES = ("党工委", "党委", "委")  # a division's party committee, printed before its government
GOVERNMENTS = ("政府", "人民政府")  # a government printed bare (甲镇党委、政府)
VILLAGE = "village"  # the level of villages and communities (levels.tsv): their bare bodies (村党支部) are qualified apart
COMMUNITY = "社区"  # the level word of a community (甲社区), whose committee is a 居委会
STATIONED = "驻"  # 甲日报驻乙市记者站: an office of 甲日报 stationed in 乙市
# The Communist Youth League, printed before a division's committee: 团市委, 共青团县委 (its full name's start)
YOUTH_LEAGUE = "团"
YOUTH_LEAGUE_FULL = "共青团"
PARTY_GROUP = "党组"  # a body's party group (甲局党组, 人大党组), whose posts are its own
STATION_PLACE_LENGTH = 6  # characters of the place a stationed reporter covers (甲日报驻乙市记者)
# What a bare institution word may be printed with (学校党委, 集团工会): the unit of the one the article names.
DATE_FIELDS = ("发布时间", "发布日期", "时间", "日期")  # 作者:甲发布时间:…: a page's date field glued to a credit
NEXT_FIELDS = (*DATE_FIELDS, "来源", "浏览", "点击")  # the page's fields that may follow a credit with no space
INSTITUTION_UNITS = ("", "党委", "党组", "党总支", "党支部", "纪委", "工会", "团委", "党工委", "管委会")
ASSEMBLIES = ("人大常委会", "人大", "政协")  # bodies whose committees are named for their field
COUNTY_LEVELS = "县区市旗"  # the endings of a county-level division's name
CITY_NAME_LONGEST = 12  # characters of the longest city's name (黔东南苗族侗族自治州)
ZONE_BODIES = ("党工委", "管委会")  # a development zone's party working committee and board, printed bare in its news
ZONE_WORD = "开发区"  # the institution word (institution_words.tsv) whose endings name the zones
ASSEMBLY_COMMITTEE = r"[\u4e00-\u9fff]{1,10}?(?:工委|委员会|委)"  # one of those committees (选联委, 监察和司法委员会)
DOTTED_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")  # 买买提·艾力: one transcribed name
PARTY_COMMITTEE_ENDINGS = ("基层委员会", "基层委", "委员会", "委会", "总支", "支部", "委")
PARTY_DEPARTMENTS = ("组织部", "宣传部", "参政议政部", "社会服务部", "社会服务处", "办公室")  # 民盟甲省委 + 组织部
PARTY_CHAIR = "(?:专职)?(?:常务)?副?主委"  # 民盟广西 + 主委: the committee a chair's post implies
SUPPLY_COOP = "社"  # 省社, 市社: a supply cooperative printed short
SUPPLY_COOP_NOT_NEXT = "会区科团保工员交联群稷"  # 社会, 社区, 社科联 …: words 社 starts
EVENT_NAME_LENGTH = 12  # characters of an event's name after the country that starts it
HEAD_COUNT = r"(?:[0-9]{1,3}|[一二三四五六七八九十两]{1,3})"  # 66 名, 十八个
# 等 and the kind of division a list names (甲、乙等乡镇, 丙、丁等3个村)
DIVISION_LIST_CLOSER = rf"等{HEAD_COUNT}?个?(?:乡镇|镇街|街道|行政村|社区|镇|乡|村)"
DOUBLE_SURNAME_NAME = 4  # characters of a name printed with two surnames (高吕艳杏)
FIELD_REPORTERS = ("记者", "通讯员", "作者", "摄影")  # reporting credits a page's field line prints too (通讯员:甲)
# The party committee of a county named with one character and its level (代县委, 兴县委宣传部).
ONE_CHARACTER_COMMITTEE_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff][县区旗])委")
# The same body printed with the level twice (代县县委): papers print it both ways.
ONE_CHARACTER_DOUBLED_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff](?P<level>[县区旗]))(?P=level)(?=委)")


def _rows(name: str, dirs: tuple[str, ...]) -> list[list[str]]:
    """The rows of a lexicon file, from every folder in ``dirs`` (the shipped one first)."""
    rows = []
    for folder in dirs:
        path = Path(folder) / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append([cell.strip() for cell in line.split("\t")] if "\t" in line else [line.strip()])
    return rows


def _words(name: str, dirs: tuple[str, ...]) -> list[str]:
    return [word for row in _rows(name, dirs) for word in row[0].split()]


MARKED = "~"  # starts a word of a file's second list


def _two_lists(name: str, dirs: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A lexicon file of two lists, the second's words marked with ~ (committee_hosts.txt: hosts, ~committees)."""
    words = [row[0] for row in _rows(name, dirs)]
    return (tuple(w for w in words if not w.startswith(MARKED)),
            tuple(w.removeprefix(MARKED) for w in words if w.startswith(MARKED)))


TERM = "第[一二三四五六七八九十]{1,3}届"
# A place of two characters or more, its level printed again before its body (甲乙县县委宣传部, not 兴县县委)
DOUBLED_LEVEL_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,10}?(?P<level>市|县|区|旗))(?P=level)"
                              r"(?=委|政府|人民政府|人大|政协|纪委)")
STATION_RE = "(?:分站|站)"  # a portal's local station (红网甲站)
PREFECTURE_RE = re.compile(r"(?<=..)(?:地区|盟)$")
ETHNIC_RE = re.compile(r"(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$")


def short_form(name: str) -> str:
    """茂名市 -> 茂名, 广西壮族自治区 -> 广西, 黑龙江省 -> 黑龙江, 大理白族自治州 -> 大理, 阿勒泰地区 -> 阿勒泰."""
    short = _before_peoples(name) if "自治" in name else ETHNIC_RE.sub("", PREFECTURE_RE.sub("", name))
    return short if len(short) >= 2 else name


@lru_cache(maxsize=1)
def _peoples_re() -> re.Pattern:
    """The peoples of peoples.txt, read when a name first needs them rather than at import."""
    return re.compile(alternation(_words("peoples.txt", (str(DATA_DIR),))))


def _before_peoples(name: str) -> str:
    """The place before the peoples an autonomous division names (黔东南苗族侗族自治州 -> 黔东南)."""
    found = _peoples_re().search(name)
    if not found and ALL_PEOPLES + "自治" in name:
        return name[:name.index(ALL_PEOPLES)]  # 龙胜各族自治县: all its peoples
    return name[:found.start()] if found else ETHNIC_RE.sub("", name)  # 新疆维吾尔自治区, 内蒙古自治区


@lru_cache(maxsize=1)
def _ethnic_township_ending_re() -> re.Pattern:
    return re.compile(f"(?:{_peoples_re().pattern})+[乡镇]")


@lru_cache(maxsize=1)
def _peoples_only_division_re() -> re.Pattern:
    return re.compile(f"(?:{_peoples_re().pattern})+(?:自治州|自治县|自治旗)")


def is_peoples_only_division(name: str) -> bool:
    """水族自治县 with no place before it: the kind of division (全国唯一的水族自治县), not one of them."""
    return bool(_peoples_only_division_re().fullmatch(name))


def is_ethnic_township_ending(name: str) -> bool:
    """土家族乡, 回族镇: the peoples and the level of a township, with no name before them."""
    return bool(_ethnic_township_ending_re().fullmatch(name))


def ethnic_township_short_form(name: str) -> str:
    """蕉江瑶族乡 -> 蕉江 (a township named after its peoples, printed short as the place before them), "" for
    any other name."""
    found = _peoples_re().search(name)
    return name[:found.start()] if found and found.start() >= 2 and is_ethnic_township_ending(name[found.start():]) \
        else ""


def county_short_form(name: str) -> str:
    """商水县 -> 商水, 巴马瑶族自治县 -> 巴马 (the place before its peoples); the name itself when too little
    is left (忠县)."""
    short = _before_peoples(name) if "自治" in name else name[:-1] if name[-1] in "县区市旗" else name
    return short if len(short) >= 2 else name


def _opening_quote(pattern: str) -> str:
    """The quote a pattern must match first (“ of “(?P<name>…)” or (?P<name>“…), "" when it needs none."""
    first = re.sub(r"^(?:\(\?P<\w+>|\(\?:|\()*", "", pattern)[:1]
    return first if first in "“‘" else ""


def _form_pattern(form: str, place: str) -> str:
    """A body's formal form as a regex: {place} a place name, {n} a term (第六届)."""
    return re.escape(form).replace(re.escape("{place}"), place).replace(re.escape("{n}"), TERM)


def longest_first(words: Iterable[str]) -> list[str]:
    """Each word once, the longest first and words of one length in order, so that what a rule tries first
    never depends on the order a set happens to hold them in."""
    return sorted(set(words), key=lambda word: (-len(word), word))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation that tries longer words first."""
    return "|".join(re.escape(w) for w in longest_first(words))


@dataclass
class Lexicons:
    """All lexicons, loaded once per set of extra folders."""

    dirs: tuple[str, ...] = ()  # every folder read, the base (shipped or saved with a pipeline) first
    titles: dict[str, str] = field(default_factory=dict)  # title -> implied organisation
    post_titles: set[str] = field(default_factory=set)
    pre_titles: set[str] = field(default_factory=set)
    org_abbreviations: dict[str, tuple[str, str]] = field(default_factory=dict)  # printed -> (canonical, level)
    org_suffixes: list[str] = field(default_factory=list)
    place_suffixes: list[str] = field(default_factory=list)
    place_fragments: set[str] = field(default_factory=set)
    home_references: dict[str, str] = field(default_factory=dict)
    byline_roles: list[str] = field(default_factory=list)
    editing_roles: list[str] = field(default_factory=list)
    byline_role_prefixes: list[str] = field(default_factory=list)  # 全媒体, 首席: compose with the role after
    programmes: set[str] = field(default_factory=set)
    programme_patterns: list[re.Pattern] = field(default_factory=list)
    programme_needs: list[tuple[re.Pattern, str]] = field(default_factory=list)
    slogan_patterns: list[re.Pattern] = field(default_factory=list)
    stop_entities: set[str] = field(default_factory=set)
    minority_name_re: re.Pattern | None = None  # 扎西, 巴特尔: what starts a Tibetan or Mongolian given name
    transcription_characters: frozenset[str] = frozenset()  # 阿, 都, 提: what spells a transcribed name
    party_committee_re: re.Pattern | None = None  # 民盟甲市委会, 九三学社乙省委: another party's committee
    parties: tuple[str, ...] = ()  # 民革, 九三学社: the parties other than the Communist Party (parties.txt)
    set_phrase_re: re.Pattern | None = None  # 中国特色, 中国式: a place's name that starts a set phrase
    honour_title_re: re.Pattern | None = None  # 国家级旅游度假区: an honour printed like a place's name
    idiom_re: re.Pattern | None = None  # 踔厉奋发: idioms the backbone reads names in
    era_words: tuple[str, ...] = ()  # 新时代: words the backbone glues before a body (新时代甲县人大)
    generic_tails: list[str] = field(default_factory=list)
    surnames: set[str] = field(default_factory=set)
    surname_rank: dict[str, int] = field(default_factory=dict)  # 0 for the most common
    name_followers: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)  # 美国, 亚洲: two-character places no division list holds
    city_province: dict[str, str] = field(default_factory=dict)
    provinces: list[str] = field(default_factory=list)
    province_short: dict[str, str] = field(default_factory=dict)  # 广西 -> 广西壮族自治区
    org_short_forms: dict[str, str] = field(default_factory=dict)
    outlet_short_forms: dict[str, str] = field(default_factory=dict)  # 融媒 -> 融媒体中心
    levels: dict[str, str] = field(default_factory=dict)  # level word (市, 街道) -> level (city, town)
    qualified_levels: set[str] = field(default_factory=set)
    chained_bodies: set[str] = field(default_factory=set)  # 纪委 of 县委副书记、纪委书记: the committee's level
    body_only_levels: set[str] = field(default_factory=set)  # 州 of 州委: a name ending in it is no division (广州)
    bodies: dict[str, str] = field(default_factory=dict)  # body (人民政府) -> canonical form (政府)
    named_bodies: set[str] = field(default_factory=set)  # bodies printed only after a name (大湾区办)
    not_org_endings: tuple[str, ...] = ()  # 大局, 格局: they end like an organisation but name none
    not_sources: tuple[str, ...] = ()  # 本站, 未知: what a source line prints where it names no outlet
    branch_words: tuple[str, ...] = ()  # 分公司, 记者站: a branch named by its place after its parent
    long_minor_levels: tuple[str, ...] = ()  # 社区, 嘎查, 苏木: town and village levels that stand as words
    region_names: tuple[str, ...] = ()  # 城市群, 都市圈: the region endings that end a region's name
    group_suffixes: list[str] = field(default_factory=list)  # 领导小组, 指挥部: task bodies named before their heads
    listed_bodies: set[str] = field(default_factory=set)  # bodies named only by the title before (…、管委会主任)
    office_bodies: set[str] = field(default_factory=set)  # listed bodies that serve any body (…、办公室主任)
    board_bodies: set[str] = field(default_factory=set)  # listed bodies whose posts are their organisation's (理事会)
    title_ranks: list[str] = field(default_factory=list)
    title_rank_re: re.Pattern | None = None  # ranks run together before a title (常务副)
    title_citation_re: re.Pattern | None = None  # what follows a title printed after its name (所作, 指出)
    cited_title_re: re.Pattern | None = None  # a title printed after a name, then one of those (州长 + 所作)
    assembly_members: dict[tuple[str, str], str] = field(default_factory=dict)  # (人大, 代表) -> 人民代表大会
    org_heads: set[str] = field(default_factory=set)
    city_short: dict[str, str] = field(default_factory=dict)  # 茂名 -> 茂名市
    trade_words: set[str] = field(default_factory=set)
    owned_business_re: re.Pattern = re.compile("(?!)")  # 家庭农场, 合作社: what ends a business named after its owner
    visit_verbs: set[str] = field(default_factory=set)  # 前往, 深入: what leads into the firms or places visited
    company_posts: set[str] = field(default_factory=set)  # 董事长, 总经理: posts of a company, whatever its name
    campaign_word_re: re.Pattern = re.compile("(?!)")
    department_re: re.Pattern = re.compile("(?!)")
    county_cities: list[tuple[str, str]] = field(default_factory=list)  # (商水县, 周口市): counties.tsv
    county_parent: dict[str, tuple[str, str]] = field(default_factory=dict)  # 商水县 -> (周口市, 河南省)
    home_bodies: set[str] = field(default_factory=set)  # 人大, 政协 printed with no level: the paper's own
    member_bodies: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 委员 -> (政协,): a bare member's assembly
    institution_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 我校 -> (大学, …): the one the article names
    title_endings: list[str] = field(default_factory=list)
    place_abbreviations: dict[str, str] = field(default_factory=dict)  # 粤 -> 广东省 ("" when ambiguous)
    facility_suffixes: dict[str, str] = field(default_factory=dict)  # 产业园 -> PLACE
    site_endings: set[str] = field(default_factory=set)  # endings of names that are places whoever tagged them
    longest_site_ending: int = 0
    road_words: dict[str, set[str]] = field(default_factory=dict)  # kind (road, grade, …) -> words
    site_suffixes: dict[str, str] = field(default_factory=dict)  # the same and site words (基地), longest first
    paper_suffixes: list[str] = field(default_factory=list)
    place_trailing_words: list[str] = field(default_factory=list)
    org_names: set[str] = field(default_factory=set)
    org_full_forms: list[tuple[re.Pattern, str]] = field(default_factory=list)  # 中共{place}委 -> {place}委
    _short_forms: dict[str, str] = field(default_factory=dict, repr=False)
    _level_of: dict[str, str] = field(default_factory=dict, repr=False)
    _leading_levels: dict[tuple[str, bool], str] = field(default_factory=dict, repr=False)
    _titles: dict[str, bool] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, dirs: Iterable[str] = (), base: str | Path = DATA_DIR) -> "Lexicons":
        """The lexicons of ``base`` (the shipped folder, or one saved with a pipeline) plus ``dirs``."""
        return _load((str(base), *(str(d) for d in dirs)))

    def files(self) -> dict[str, str]:
        """Every lexicon file, merged over all folders: what a saved pipeline stores."""
        merged: dict[str, list[str]] = {}
        for folder in self.dirs:
            for path in sorted(Path(folder).glob("*")):
                if path.suffix in (".txt", ".tsv") and path.is_file():
                    merged.setdefault(path.name, []).append(path.read_text(encoding="utf-8-sig").rstrip("\n"))
        return {name: "\n".join(parts) + "\n" for name, parts in merged.items()}

    def __post_init__(self) -> None:
        if self.titles:
            return
        dirs = self.dirs
        for row in _rows("titles.tsv", dirs):
            title = row[0]
            self.titles[title] = row[1] if len(row) > 1 else ""
            position = row[2] if len(row) > 2 and row[2] else "pre"
            if position in ("pre", "both"):
                self.pre_titles.add(title)
            if position in ("post", "both"):
                self.post_titles.add(title)
        for row in _rows("levels.tsv", dirs):
            self.levels[row[0]] = row[1]
            if len(row) > 2 and row[2] == "qualify":
                self.qualified_levels.add(row[0])
            if len(row) > 3 and row[3] == "bodies-only":
                self.body_only_levels.add(row[0])
        self.levels_longest_first = sorted(self.levels, key=len, reverse=True)
        self.level_rests: dict[str, list[str]] = {}  # 自治 -> [区, 州, 县, 旗]: what ends a level word cut short
        for level in self.levels_longest_first:
            for cut in range(1, len(level)):
                self.level_rests.setdefault(level[:cut], []).append(level[cut:])
        self.level_characters = frozenset("".join(self.levels))  # 镇, 街, 道: what a division's name can end in
        self.levels_only_re = re.compile(f"(?:{alternation(self.levels)})+")  # 市县, 乡镇: level words and nothing else
        body_rows = _rows("bodies.tsv", dirs)
        # "named" bodies follow only a name (大湾区 + 办), never a bare level word (县办 is no body)
        self.named_bodies = {row[0] for row in body_rows if len(row) > 2 and row[2] == "named"}
        self.chained_bodies = {row[0] for row in body_rows if len(row) > 2 and row[2] == "chained"}
        # "listed" bodies name nothing alone, only the body of the title before them in a list; "office" ones
        # (办公室) are listed bodies that serve whichever body that title names
        self.office_bodies = {row[0] for row in body_rows if len(row) > 2 and row[2] == "office"}
        # "board" ones (理事会, 董事会) are listed bodies whose posts are the organisation's own
        self.board_bodies = {row[0] for row in body_rows if len(row) > 2 and row[2] == "board"}
        self.listed_bodies = {row[0] for row in body_rows if len(row) > 2 and row[2] == "listed"} \
            | self.office_bodies | self.board_bodies
        self.bodies = {row[0]: row[1] if len(row) > 1 and row[1] else row[0] for row in body_rows
                       if row[0] not in self.named_bodies | self.listed_bodies}
        # the levels whose body is no other body's short name (a town's 人大 has no standing committee)
        own_levels = {row[0]: set(row[3].split(",")) for row in body_rows if len(row) > 3 and row[3]}
        for level in self.qualified_levels:  # composed: 市 + 政协 -> 市政协, 镇 + 人民政府 -> 镇政府
            for body, canonical in self.bodies.items():
                named = body if self.levels[level] in own_levels.get(body, ()) else canonical
                self.org_abbreviations[level + body] = (level + named, self.levels[level])
        for row in _rows("org_abbreviations.tsv", dirs):
            self.org_abbreviations[row[0]] = (row[1], row[2])
        self.title_ranks = _words("title_ranks.txt", dirs)
        self.title_rank_re = re.compile(f"(?:{alternation(self.title_ranks)})+")
        self.title_citation_re = re.compile(alternation(_words("title_citations.txt", dirs)))
        self.assembly_members = {(row[0], row[1]): row[2] for row in _rows("assembly_members.tsv", dirs)}
        self.member_bodies = {row[0]: tuple(row[1].split(",")) for row in _rows("member_bodies.tsv", dirs)}
        self.institution_words = {row[0]: tuple(row[1].split(",")) for row in _rows("institution_words.tsv", dirs)}
        # a chained body printed bare (公安局长甲, 纪委书记乙) with no post before it to take a level from: the home's
        self.home_bodies = set(_words("home_bodies.txt", dirs)) | self.chained_bodies
        self.title_endings = _words("title_endings.txt", dirs)
        self.place_abbreviations = {row[0]: row[1] if len(row) > 1 else "" for row in _rows("place_abbreviations.tsv", dirs)}
        facility_rows = _rows("facility_suffixes.tsv", dirs)
        self.facility_suffixes = {row[0]: row[1] for row in facility_rows}
        self.site_endings = {row[0] for row in facility_rows if row[2:] == ["site"]}
        self.longest_site_ending = max(map(len, self.site_endings), default=0)
        sites = {**self.facility_suffixes, **{row[0]: row[1] for row in _rows("site_suffixes.tsv", dirs)}}
        self.site_suffixes = {word: sites[word] for word in sorted(sites, key=len, reverse=True)}
        paper_rows = _rows("paper_suffixes.txt", dirs)
        self.paper_suffixes = [word for row in paper_rows for word in row[0].split()]
        # endings that name a newsroom with nothing before them (融媒体中心记者), unlike 融媒体 of 融媒体记者
        self.standalone_newsrooms = [row[0] for row in paper_rows if len(row) > 1 and row[1] == "alone"]
        self.road_words = {}
        for row in _rows("road_words.tsv", dirs):
            self.road_words.setdefault(row[1], set()).add(row[0])
        # Every road, expressway and voltage word: a sentence without one has no road name to find.
        self.road_word_re = re.compile(alternation(w for kind in ("road", "expressway", "line", "voltage")
                                                   for w in self.road_words.get(kind, ())) or "(?!)")
        self.place_trailing_words = sorted(_words("place_trailing_words.txt", dirs), key=len, reverse=True)
        self.org_names = set(_words("org_names.txt", dirs))
        self.org_heads = set(_words("org_heads.txt", dirs))
        self.trade_words = set(_words("trade_words.txt", dirs))
        self.owned_business_re = re.compile(f"(?:{alternation(_words('owned_businesses.txt', dirs))})$")
        self.visit_verbs = set(_words("visit_verbs.txt", dirs))
        self.company_posts = set(_words("company_posts.txt", dirs))
        self.campaign_word_re = re.compile(alternation(_words("campaign_words.txt", dirs)) or "(?!)")
        self.department_re = re.compile(f"(?:{alternation(_words('departments.txt', dirs))})")
        self.org_suffixes = longest_first(_words("org_suffixes.txt", dirs))
        self.group_suffixes = _words("group_suffixes.txt", dirs)
        self.branch_words = tuple(_words("branch_words.txt", dirs))
        self.long_minor_levels = tuple(w for w, level in self.levels.items() if level in ("town", "village") and len(w) > 1)
        self.not_org_endings = tuple(_words("not_org_endings.txt", dirs))
        self.not_sources = tuple(_words("not_sources.txt", dirs))
        self.place_suffixes = longest_first(_words("place_suffixes.txt", dirs))
        self.place_fragments = set(_words("place_fragments.txt", dirs))
        self.home_references = {row[0]: row[1] for row in _rows("home_references.tsv", dirs)}
        self.editing_roles = _words("editing_roles.txt", dirs)
        self.byline_roles = _words("byline_roles.txt", dirs) + self.editing_roles
        self.byline_role_prefixes = _words("byline_role_prefixes.txt", dirs)
        self.programmes = {row[0] for row in _rows("programmes.txt", dirs)}
        rows = _rows("programme_patterns.txt", dirs)
        self.programme_patterns = [re.compile(row[0]) for row in rows]
        # Each pattern with a string its matches hold (its second column, or the quote it opens with):
        # a sentence without it is not searched.
        self.programme_needs = [(pattern, row[1] if row[1:] else _opening_quote(row[0]))
                                for pattern, row in zip(self.programme_patterns, rows)]
        self.slogan_patterns = [re.compile(row[0]) for row in _rows("slogan_patterns.txt", dirs)]
        self.stop_entities = set(_words("stop_entities.txt", dirs)) | set(_words("peoples.txt", dirs))  # 哈尼族: a people
        self.minority_name_re = re.compile(alternation(_words("minority_names.txt", dirs)))
        self.transcription_characters = frozenset(_words("transcription_characters.txt", dirs))
        self.set_phrase_re = re.compile(alternation(_words("set_phrases.txt", dirs)))
        # 中国 + 农民丰收节: a country's name that starts an event's, up to its first ending word, in one clause
        self.event_name_re = re.compile(f"[·\\-—]?[^\\W的在与和是中]{{1,{EVENT_NAME_LENGTH}}}?"
                                        f"(?:{alternation(_words('event_endings.txt', dirs))})(?![约能目点奏省])")
        self.idiom_re = re.compile(alternation(_words("idioms.txt", dirs)))
        self.era_words = tuple(longest_first(_words("era_words.txt", dirs)))
        self.generic_tails = _words("generic_tails.txt", dirs)
        self.surname_rank = {name: rank for rank, name in reversed(list(enumerate(_words("surnames.txt", dirs))))}
        self.surnames = set(self.surname_rank)
        self.name_followers = set(_words("name_followers.txt", dirs))
        self.city_province = {row[0]: row[1] for row in _rows("cities.tsv", dirs)}
        self.city_short = {short_form(city): city for city in self.city_province}
        county_rows = _rows("counties.tsv", dirs)
        self.county_cities = [(county, city) for county, city, _ in county_rows]
        self.county_parent = {}  # 潼南区 -> (重庆市, 重庆市): the first of namesakes (和平区) wins
        for county, city, province in county_rows:
            self.county_parent.setdefault(county, (city, province))
        by_short: dict[str, list[str]] = {}
        for county in self.county_parent:
            by_short.setdefault(county_short_form(county), []).append(county)
        # 永年县 listed, 永年区 since: a county renamed to a district or a city keeps its name before the level
        self._county_by_short = {short: names[0] for short, names in by_short.items() if len(names) == 1}
        self.provinces = [row[0] for row in _rows("provinces.txt", dirs)]
        self.province_short = {short_form(p): p for p in self.provinces}
        # 民盟 + 甲市 + 委会: a party other than the Communist Party, a division (or 中央), and its committee
        # (民盟广西 + 主委: a province printed short, its committee implied by the chair's post; 九三学社甲州委 +
        # 组织部: one of the committee's departments)
        self.parties = tuple(_words("parties.txt", dirs))
        self.party_committee_re = re.compile(
            f"(?:{alternation(self.parties)})"
            f"(?:中央|(?:(?![和与及])[\u4e00-\u9fff]){{1,8}}?[省市州县区旗盟]|(?P<short>{alternation(self.province_short)}))?"
            f"(?:(?:{alternation(PARTY_COMMITTEE_ENDINGS)})(?:{alternation(PARTY_DEPARTMENTS)})?|(?(short)(?={PARTY_CHAIR})|(?!)))")
        self.org_short_forms = {row[0]: row[1] for row in _rows("org_short_forms.tsv", dirs)}
        self.outlet_short_forms = {row[0]: row[1] for row in _rows("outlet_short_forms.tsv", dirs)}
        self.org_suffix_set, self.place_suffix_set = set(self.org_suffixes), set(self.place_suffixes)
        self.longest_org_suffix = max(map(len, self.org_suffixes), default=0)
        self.longest_place_suffix = max(map(len, self.place_suffixes), default=0)
        # A role, optionally after a newsroom (茂名日报社全媒体记者) or before a slash (文/记者, 记者/任龙).
        # 南阳台记者: a city's station by its short name and 台, as its own reporters say it on air
        station = f"(?:{alternation(self.city_short)}){STATION}"
        newsroom = (f"(?:[\u4e00-\u9fff]{{0,10}}?(?:{alternation(self.paper_suffixes)})|{station})?"
                    f"(?:{alternation(OWN_OUTLET_WORDS)})?")
        # Slash forms (文/, 图/) and slash prefixes start a byline or follow a space, never a name (甲乙/文).
        plain = [role for role in self.byline_roles if "/" not in role]
        slashed = [role for role in self.byline_roles if "/" in role]
        prefixes = f"(?:{alternation(self.byline_role_prefixes)})*" if self.byline_role_prefixes else ""
        stationed = f"(?:{STATIONED}[\u4e00-\u9fff]{{1,{STATION_PLACE_LENGTH}}}?)?"  # 甲日报 + 驻乙市 + 记者
        self.stationed_role_re = re.compile(f"^{STATIONED}[\u4e00-\u9fff]{{1,{STATION_PLACE_LENGTH}}}?"
                                            f"(?={prefixes}(?:{alternation(plain)}))")
        role = (f"(?:(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{{1,2}}/)+)?{newsroom}{stationed}{prefixes}"
                f"(?:{alternation(plain)})"
                f"|(?<![\u4e00-\u9fff])(?:{alternation(slashed)})")
        self.byline_role_re = re.compile(f"((?:{role})(?:/|\\s*[:：|｜丨︱])?)")
        # 责任编辑:甲, 责任编辑︱乙, 责任编辑  丙 丁: a bar, a colon or spaces before the names
        editing = f"(?:{alternation(self.editing_roles)})(?:\\s*[/:：|｜丨︱]|\\s+(?=[\u4e00-\u9fff]))"
        self.credit_line_re = re.compile(f"^[（(]?\\s*{editing}")  # 编辑/甲 值班主任/乙
        self.editing_credit_re = re.compile(f"(?<![\u4e00-\u9fff]){editing}")  # …记者/甲 编辑:乙 终审:丙
        # A web page's field of editing or reporting credit among its other fields (发布时间:… 编辑:甲 字体:, 【责任编辑:乙】,
        # 丨责编:丙丨校对:丁, 本版制图:戊): the role, a colon and the names, spaced, up to a bar, a bracket, the
        # next field (字体:, 发布时间 :) or the line's end; the shortest name a next field follows (甲乙 + 发布时间:).
        self.field_credit_re = re.compile(f"(?:(?<=丨)|(?<![\u4e00-\u9fff]))(?:本版)?(?:{alternation([*self.editing_roles, *FIELD_REPORTERS])})\\s*[:：]\\s*"
                                          f"[\u4e00-\u9fff·]{{2,4}}?(?:\\s+[\u4e00-\u9fff·]\\s?[\u4e00-\u9fff·]{{1,2}}(?![\u4e00-\u9fff]*[:：]))*"
                                          f"(?=$|[\\s丨|｜】\\]）)]|(?:{alternation(NEXT_FIELDS)})\\s*[:：])")
        # Roles printed with spaces between their characters (编 辑:甲, 记 者 乙): the spaces go.
        spaced = [role for role in {*self.byline_roles} if len(role) >= 2 and "/" not in role]
        self.spaced_role_re = re.compile("|".join("\\s".join(map(re.escape, role)) for role in
                                                  longest_first(spaced)))
        # A newsroom printed apart from its role (甲日报 首席记者乙): the space goes, so the role carries it.
        self.spaced_newsroom_re = re.compile(f"({alternation(self.paper_suffixes)})\\s+(?={role})")
        self.newsroom_re = re.compile(f"^(?:[\u4e00-\u9fff]{{1,2}}/)*图?([\u4e00-\u9fff]{{1,10}}?(?:{alternation(self.paper_suffixes)})|{station}"
                                      f"|{alternation(self.standalone_newsrooms)})")
        ranked_title = f"(?:{alternation(self.title_ranks)})*(?:{alternation(self.pre_titles)})"  # 常务副 + 市长
        title_phrase = f"{ranked_title}(?:{alternation(self.title_endings)})?"
        self.pre_title_re = re.compile(title_phrase + "$")
        self.title_phrase_re = re.compile(title_phrase)
        self.body_re = re.compile(f"(?:{alternation([*self.bodies, *self.named_bodies, *self.listed_bodies])})$")
        self.body_start_re = re.compile(alternation(body for body in self.bodies if len(body) > 1))  # 党支部, 人民政府
        self.title_core_re = re.compile(alternation(self.titles))
        # 甲产业领导小组 + 组长: a task body's name back to its clause's start, before its head's title
        self.group_re = re.compile(f"(?<![^，,、；;。：:\\s（(“])[^，,、；;。：:\\s（(“]{{1,24}}?(?:{alternation(self.group_suffixes)})"
                                   f"(?={title_phrase})")
        self.facility_suffix_set = set(self.facility_suffixes)
        self.longest_facility_suffix = max(map(len, self.facility_suffixes), default=0)
        self.longest_site_suffix = max(map(len, self.site_suffixes), default=0)
        self.site_suffix_ends = {word[-1] for word in self.site_suffixes}  # most words end otherwise
        self.paper_re = re.compile(f"(?:{alternation(self.paper_suffixes)})")
        place = f"(?P<place>[\u4e00-\u9fff]{{1,12}}?(?:{alternation(set(self.levels) - self.body_only_levels)}))"
        forms = [(row[0], row[1].replace("{place}", "\\g<place>")) for row in _rows("org_full_forms.tsv", dirs)]
        self.org_full_forms = [(re.compile(f"^{_form_pattern(form, self._place_before(form, place))}$"), short)
                               for form, short in forms]
        # An assembly printed with its term after a level or a place (市六届人大, 甲县第十七届人大常委会): the body.
        self.termed_body_re = re.compile(f"(?P<level>{alternation(set(self.levels) - self.body_only_levels)})"
                                         f"(?P<term>第?[一二三四五六七八九十]{{1,3}}届)(?P<body>人大常委会|人大|政协)")
        # Bodies named with their term (政协第六届甲市委员会) are found in the text as one organisation.
        self.session_body_re = re.compile("|".join(_form_pattern(form, place.replace("?P<place>", "?:"))
                                                   for form, _ in forms if "{n}" in form) or "(?!)")
        # A dateline's outlet at the start of a sentence, with the day before 讯 or not (某某在线9月3日讯).
        # 甲日报讯, 甲在线9月3日讯, and a portal's station before the day (红网甲站6月24日（记者 乙）): the article
        # stage keeps only the datelines it recognised
        self.dateline_outlet_re = re.compile(f"^\\s*(?P<name>(?!本)(?:[\u4e00-\u9fff]网|[\u4e00-\u9fff]{{2,12}}?(?:{alternation(self.paper_suffixes)}))"
                                             f"(?P<station>[\u4e00-\u9fff]{{2,4}}?{STATION_RE})?)"
                                             f"(?(station)\\d{{1,2}}月\\d{{1,2}}日讯?|(?:\\d{{1,2}}月\\d{{1,2}}日)?讯)")
        self.outlet_name_re = re.compile(f"(?:{alternation(_words('outlet_names.txt', dirs))})(?![络民友页站点购上])")
        self.outlet_re = re.compile(f"[\u4e00-\u9fff]{{1,10}}?(?:{alternation(self.paper_suffixes)})")
        self.org_name_re = re.compile(alternation(self.org_names))
        self.regions = set(_words("regions.txt", dirs))
        self.countries = set(_words("countries.txt", dirs))
        divisions = [word for word, level in self.levels.items() if level != "nation" and word not in self.body_only_levels]
        delegation = f"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(_words('delegations.txt', dirs))})"
        self.delegation_re = re.compile(f"(?P<place>[\u4e00-\u9fff]{{1,10}}?(?:{alternation(divisions)})){delegation}")
        self.delegation_tail_re = re.compile(delegation)  # after a short name (巴中党政代表团)
        self.place_short_forms = {name[: -len(self.place_suffix(name))] or name
                                  for name in [*self.city_province, *self.provinces]} | set(self.provinces) | self.regions
        # First characters of cities and provinces (武汉 -> 武) and one-character short forms (鄂): the letters of
        # regional slogans (“甲乙丙”); what follows such a run when it names a region (城市群).
        self.place_initials = {name[0] for name in [*self.city_province, *self.provinces]} | set(self.place_abbreviations)
        scopes, kinds = _two_lists("honour_titles.txt", dirs)
        self.honour_title_re = re.compile(f"(?:{alternation(scopes)})[\u4e00-\u9fff]{{0,8}}?(?:{alternation(kinds)})")
        self.committee_hosts, self.host_committees = _two_lists("committee_hosts.txt", dirs)
        region_rows = _rows("region_endings.txt", dirs)
        self.region_endings = [word for row in region_rows for word in row[0].split()]
        self.region_names = tuple(row[0] for row in region_rows if row[1:] == ["name"])
        self.cited_title_re = re.compile(f"{ranked_title}(?=(?:{self.title_citation_re.pattern}))")  # 甲乙州长 + 所作
        # 甲局 + 乙丙 + 局长、: any title right after a name the organisation before it names, up to a pause
        self.closing_title_re = re.compile(f"{ranked_title}(?=[，,、；;。]|$)")
        self.ranked_title_re = re.compile(ranked_title)  # 甲局 + 乙丙 + 副局长 + 的陪同: a title read up to a word's end
        self.post_title_re = re.compile(f"^(?:{alternation(self.title_ranks)})*(?:{alternation(self.post_titles)})")  # 甲副总理
        self.org_abbreviation_re = re.compile(f"(?:{alternation(self.org_abbreviations)})$")
        self.programme_re = re.compile(alternation(self.programmes))
        self.home_reference_re = re.compile(alternation(self.home_references))
        # 省社 of a supply cooperative, not of 省社科联 or 市社会保险
        self.abbreviation_search_re = re.compile("|".join(
            re.escape(name) + (f"(?![{SUPPLY_COOP_NOT_NEXT}])" if name.endswith(SUPPLY_COOP) else "")
            for name in sorted(self.org_abbreviations, key=len, reverse=True)))

    def _place_before(self, form: str, place: str) -> str:
        """The place pattern of a form: one whose body starts with a level word (the level printed twice:
        {place}镇党委) takes only a place of that level (甲镇 + 镇党委, never 甲村 + 镇党委 of 甲村镇党委)."""
        level = self.leading_level(form.removeprefix(PLACE_SLOT)) if form.startswith(PLACE_SLOT) else ""
        return place if not level else f"(?P<place>[\u4e00-\u9fff]{{1,12}}?{re.escape(level)})"

    def bare_department(self, name: str) -> bool:
        """A party department printed without its committee (宣传部, 政法委: 委 + 宣传部 is a body)."""
        return bool(name) and "委" + name in self.bodies

    def org_suffix(self, text: str) -> str:
        """The longest organisation suffix ``text`` ends with ("" for none, and for 大局: not_org_endings.txt)."""
        if text.endswith(self.not_org_endings):
            return ""
        return _longest_ending(text, self.org_suffix_set, self.longest_org_suffix, 0)

    def place_suffix(self, text: str) -> str:
        """The longest place suffix ``text`` ends with, leaving a name before it ("" for none)."""
        return _longest_ending(text, self.place_suffix_set, self.longest_place_suffix, 1)

    def facility_suffix(self, text: str) -> str:
        """The longest facility ending (湿地公园, 产业园) ``text`` ends with, leaving a name before it."""
        return _longest_ending(text, self.facility_suffix_set, self.longest_facility_suffix, 1)

    def county_of(self, name: str) -> tuple[str, str]:
        """A county-level division's city and province (商水县 -> 周口市, 河南省), also under its name since it was
        made a district or a city (永年区, listed as 永年县); ("", "") for any other name."""
        if name in self.county_parent:
            return self.county_parent[name]
        listed = self._county_by_short.get(county_short_form(name)) if name and name[-1] in COUNTY_LEVELS else None
        return self.county_parent[listed] if listed else ("", "")

    def home_counties(self, home: str) -> dict[str, str]:
        """The counties of a paper's city, or of the city of a county paper, by short name (商水 -> 商水县)."""
        city = home if home in self.city_province else self.county_of(home)[0]
        return {county_short_form(county): county for county, c in self.county_cities if c == city and city}

    def institution_word(self, printed: str) -> tuple[str, str] | None:
        """A bare 公司, 集团, 我校 … (institution_words.tsv), alone or before its unit (学校党委, 校党委), as
        (word, unit); None for any other name."""
        for unit in INSTITUTION_UNITS:
            word = printed[:len(printed) - len(unit)] if printed.endswith(unit) else ""
            if word in self.institution_words:
                return word, unit
        return None

    def hosted_committee(self, name: str) -> str:
        """The party committee ending an organisation's name after its host (甲日报社党委 -> 党委), else ""."""
        committee = next((c for c in self.host_committees if name.endswith(c)), "")
        return committee if committee and name[:-len(committee)].endswith(self.committee_hosts) else ""

    def host_of(self, name: str) -> str:
        """The host of a hosted party committee (甲日报社党委 -> 甲日报社); any other name as it is."""
        return name[:len(name) - len(self.hosted_committee(name))]

    def is_site(self, name: str) -> bool:
        """甲县博物馆: a name before an ending that makes it a place, whatever the backbone said."""
        return bool(_longest_ending(name, self.site_endings, self.longest_site_ending, 1))

    def site_suffix(self, word: str) -> str:
        """The longest facility or site ending (产业园, 基地) of a word, which may be the ending alone."""
        if not word or word[-1] not in self.site_suffix_ends:
            return ""
        return _longest_ending(word, self.site_suffixes.keys(), self.longest_site_suffix, 0)

    def city_before(self, name: str) -> str:
        """The prefecture-level city whose full or short name starts a longer name that is no listed division
        (泰安高新区 -> 泰安市, 苏州工业园区 -> 苏州市), "" for none."""
        if name in self.city_province or name in self.county_parent:
            return ""
        return next((city for size in range(min(len(name) - 2, CITY_NAME_LONGEST), 1, -1)
                     for city in [name[:size] if name[:size] in self.city_province else self.city_short.get(name[:size])]
                     if city), "")

    def province_prefix(self, name: str) -> str:
        """The province ``name`` starts with, as printed (广东省 or 广东), "" for none: the longest wins."""
        return max((prefix for short, full in self.province_short.items() for prefix in (full, short)
                    if name.startswith(prefix)), key=len, default="")

    def short_org_form(self, name: str) -> str:
        """中国共产党桂林市委员会 -> 桂林市委, 桂林市人民政府 -> 桂林市政府; other names unchanged."""
        if name not in self._short_forms:
            self._short_forms[name] = self._shortened(name)
        return self._short_forms[name]

    def _shortened(self, name: str) -> str:
        changed = True
        while changed:  # 高州市市人民政府 -> 高州市市政府 -> 高州市政府
            changed = False
            for pattern, short in self.org_full_forms:
                if pattern.match(name):
                    name, changed = pattern.sub(short, name), True
                    break
        termed = self.termed_body_re.search(name)
        if termed:  # 市六届人大 -> 市人大, 甲市第六届人大 -> 甲市人大, 甲市十五届政协党组 -> 甲市政协党组
            name = name[:termed.start("term")] + name[termed.end("term"):]
        prefecture = AUTONOMOUS_PREFECTURE_RE.match(name)
        if prefecture and prefecture.group(1) in self.city_province \
                and name.startswith(tuple(self.bodies), prefecture.end()):  # 黔南布依族苗族自治州人大 -> 黔南州人大
            short = _before_peoples(prefecture.group(1))
            if len(short) >= 2 and short != prefecture.group(1):
                name = short + "州" + name[prefecture.end():]
        doubled = DOUBLED_LEVEL_RE.match(name)
        if doubled:  # 甲县县委组织部 -> 甲县委组织部: the level printed twice before a body's department
            name = doubled.group("place") + name[doubled.end():]
        one_character = ONE_CHARACTER_COMMITTEE_RE.match(name)
        if one_character and one_character.group("place") in self.county_parent:
            return one_character.group("place") + name[1:]  # 代县委 reads 代 + 县委: 代县县委, as papers print it
        return name

    def other_spellings(self, name: str) -> set[str]:
        """The other way papers print a body of a county of one character (代县县委 is also 代县委), or a name
        starting with an autonomous county or prefecture (维西傈僳族自治县纪委 is also 维西县纪委); a division's
        government is also printed by its formal name (甲县政府 is 甲县人民政府), whether or not this article did."""
        spellings = set()
        bare, formal = GOVERNMENTS
        division = name.removesuffix(bare)
        if division != name and not name.endswith(formal) and self.level_of(division):
            spellings.add(division + formal)
        doubled = ONE_CHARACTER_DOUBLED_RE.match(name)
        if doubled and doubled.group("place") in self.county_parent:
            return spellings | {doubled.group("place") + name[doubled.end():]}
        autonomous = AUTONOMOUS_DIVISION_RE.match(name)
        place = autonomous.group() if autonomous else ""
        short = county_short_form(place) if place in self.county_parent or place in self.city_province else place
        return spellings | {short + place[-1] + name[len(place):]} if short != place else spellings

    def level_of(self, place: str) -> str:
        """The level of a division's name (高州市 -> city), "" for none (memoised: the resolver asks for
        every mention's place, twice)."""
        if place not in self._level_of:  # a listed county-level division ending otherwise (乌审旗) is a county
            self._level_of[place] = self.levels.get(self.place_suffix(place), "") \
                or ("county" if place in self.county_parent else "")
        return self._level_of[place]

    def leading_level(self, text: str, qualified_only: bool = False) -> str:
        """The level word ``text`` starts with (市委 -> 市, 街道党工委 -> 街道), "" for none;
        ``qualified_only``: only levels whose bare bodies take the home place (市政协, not 村委会)."""
        key = (text[: len(self.levels_longest_first[0])] if self.levels_longest_first else "", qualified_only)
        if key not in self._leading_levels:
            self._leading_levels[key] = next((w for w in self.levels_longest_first if text.startswith(w)
                                              and (not qualified_only or w in self.qualified_levels)), "")
        return self._leading_levels[key]

    def trailing_level(self, text: str, position: int) -> str:
        """The level word ``text`` ends with at ``position`` (市 before 领导 in 市领导), "" for none."""
        return next((w for w in self.levels_longest_first if text.endswith(w, 0, position)), "")

    def title_core(self, title: str) -> str:
        """The title of titles.tsv left when ranks and an ending are stripped (常务副市长 -> 市长, 镇长提名人选 ->
        镇长), "" for none."""
        ending = max((e for e in self.title_endings if title.endswith(e) and title != e), key=len, default="")
        title = title[:len(title) - len(ending)]
        level = self.leading_level(title)  # 自治区 + 副 + 主席: the ranks inside a title listed with its level
        return self._without_ranks("", title) or (self._without_ranks(level, title[len(level):]) if level else "")

    def _without_ranks(self, level: str, title: str) -> str:
        while level + title not in self.titles:
            rank = next((r for r in self.title_ranks if title.startswith(r) and title != r), "")
            if not rank:
                return ""
            title = title[len(rank):]
        return level + title

    def is_title(self, text: str) -> bool:
        """A title core, with or without a level and ranks before it (林长, 市林长, 副市长, 市第一林长); memoised:
        the rules ask of every word after a name."""
        if text not in self._titles:
            self._titles[text] = bool(self.title_core(text[len(self.leading_level(text)):]))
        return self._titles[text]

    def looks_like_name(self, name: str) -> bool:
        """A Chinese personal name: a known surname and one or two given characters (or a · name)."""
        if "·" in name:
            return len(name) >= 3
        surname = self.surname_length(simplified(name))
        return bool(surname) and 1 <= len(name) - surname <= 2

    def surname_length(self, name: str) -> int:
        if name[:2] in self.surnames:
            return 2
        return 1 if name[:1] in self.surnames else 0

    def unspaced_roles(self, text: str) -> str:
        """编 辑:甲 一 审:乙 -> 编辑:甲 一审:乙 (a role's characters spaced out for the layout)."""
        return self.spaced_role_re.sub(lambda m: m.group().replace(" ", "").replace("\u3000", ""), text)

    def split_names(self, chunk: str) -> list[str] | None:
        """Split an unspaced run of names (胡东董天忠 -> 胡东, 董天忠); None for a pen name (茂新).

        The fewest names win; between equally short splits, the one whose surnames are most common
        (surnames.txt is in order of frequency): 陈娟周文俊 -> 陈娟, 周文俊, not 陈娟周, 文俊.
        """
        if not re.fullmatch(r"[\u4e00-\u9fff·]+", chunk):
            return None
        if "·" in chunk:  # 阿娜古力·尼亚孜: a transcribed name has no surname to split at
            return [chunk] if DOTTED_NAME_RE.fullmatch(chunk) else None
        best: list[str] | None = None

        def cost(names: list[str]) -> tuple[int, int]:
            return len(names), sum(self.surname_rank.get(n[: self.surname_length(n)], 0) for n in names)

        def walk(rest: str, found: list[str]) -> None:
            nonlocal best
            if not rest:
                if best is None or cost(found) < cost(best):
                    best = list(found)
                return
            surname = self.surname_length(rest)
            if not surname:
                return
            for size in (surname + 2, surname + 1):
                if size <= len(rest):
                    walk(rest[size:], found + [rest[:size]])

        walk(chunk, [])
        if best is None and len(chunk) == DOUBLE_SURNAME_NAME and self.surname_length(chunk) == self.surname_length(chunk[1:]) == 1:
            return [chunk]  # 高吕艳杏: a husband's and her own surname before a given name, when no split reads
        return best


def _longest_ending(text: str, endings: set[str], longest: int, keep: int) -> str:
    for size in range(min(longest, len(text) - keep), 0, -1):
        if text[-size:] in endings:
            return text[-size:]
    return ""


# The other dots papers print between the parts of a transcribed name (吐尔洪•阿不拉, 阿不都・热西提): one name,
# one form
NAME_DOTS = {ord(dot): "·" for dot in "•・‧∙"}


@lru_cache(maxsize=1)
def _traditional_to_simplified() -> dict[int, str]:
    """OpenCC's table of Traditional characters (shipped in opencc-python-reimplemented), one-to-one mappings
    of characters outside the Simplified set (GB2312).  A table of variants would also fold the rare characters
    of given names into common ones (王堃 -> 王坤, 陶喆 -> 陶哲): OpenCC lists only true Traditional forms."""
    import opencc

    table = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0]
        if len(source) == len(target) == 1 and "\u4e00" <= source <= "\u9fff" and not _is_simplified(source):
            table[ord(source)] = target
    table.update(NAME_DOTS)
    return table


def _is_simplified(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def simplified(text: str) -> str:
    """Traditional characters in Simplified form, so Simplified lexicons still apply (陳 -> 陈), and a transcribed
    name's dot in one form (•, ・ -> ·), so the rules read every paper's and a name is one node however printed."""
    return text.translate(_traditional_to_simplified())


@lru_cache(maxsize=16)
def _load(dirs: tuple[str, ...]) -> Lexicons:
    return Lexicons(dirs=dirs)
