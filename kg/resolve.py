"""Stage 3a: name resolution.

Names are resolved in two steps.  In an article's context, unqualified bodies
get their home place (市政协 -> 茂名市政协, 区农业农村局 in a 茂南区 article ->
茂南区农业农村局, 我市 -> 茂名市) and redundant province prefixes go
(广西壮族自治区玉林市委 -> 玉林市委).  Over the corpus, short and full forms
merge (高州 -> 高州市, 石湾 -> 石湾街道, 茂名联通 -> 中国联通茂名市分公司), and a
name seen with several types takes its most frequent one.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterable, Iterator, NamedTuple

from .lexicons import (ASSEMBLIES, ASSEMBLY_COMMITTEE, DIVISION_LIST_CLOSER, GOVERNMENTS, PARTY_COMMITTEES, STATIONED,
                       PARTY_GROUP, VILLAGE, YOUTH_LEAGUE, YOUTH_LEAGUE_FULL, ZONE_BODIES, ZONE_WORD, Lexicons,
                       alternation, ethnic_township_short_form, short_form, simplified)
from .model import Home
from .records import ORG, OWN_PAPER, PERSON, PLACE, PROGRAMME, Article, ArticleMentions, Credit, Mention, Title, is_staff_role
from .text import is_cjk

NOT_LEVEL_PREFIX = ("市场", "市民", "区域", "县域", "省级", "市级", "区级", "县级", "镇级", "镇村", "乡村", "乡镇", "市县", "省市")
DIVISION_ENDINGS = "自治区|特别行政区|街道|省|市|区|县|旗|镇|乡"  # how the name of a division before a body ends
# A committee of a people's congress or a CPPCC, named for its field (市人大常委会选工委, 县政协文史委)
ASSEMBLY_COMMITTEE_RE = re.compile(f"(?:{alternation(ASSEMBLIES)}){ASSEMBLY_COMMITTEE}$")
PREFECTURE_SHORT = "州"  # 黔东南州, 延边州: an autonomous prefecture by its short name
PLACE_PREFIX_RE = re.compile(rf"^([\u4e00-\u9fff]{{2,10}}?自治州|[\u4e00-\u9fff]{{2,6}}?(?:{DIVISION_ENDINGS}))")
SPEAKS_FOR = "代表"  # 甲县委书记乙代表县委、县政府: on behalf of them
SPOKEN_BODIES_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,8}、)*")  # the bodies listed before this one
CHILD_PREFIX_RE = re.compile(rf"^([\u4e00-\u9fff]{{2,6}}?(?:{DIVISION_ENDINGS}|村|社区))")  # a town's village too (甲镇乙村党支部)
# The rest of a list closed by 等 and a kind of division, after one of its places (、乙、丙等乡镇)
LISTED_DIVISION_TAIL_RE = re.compile(r"(?:、[\u4e00-\u9fff]{2,4})*" + DIVISION_LIST_CLOSER)
FORMAL_BODY_STARTS = ("政协", "中国人民政治协商会议", "中国共产党", "中共")  # the body before its place
COMPANY_ENDINGS = ("集团有限公司", "股份有限公司", "有限公司", "集团公司", "公司", "集团")
BRANCH_ENDINGS = ("分公司", "子公司")
SITE_WORDS = ("官方网站", "门户网站", "网站", "新闻网", "官网", "微信公众号", "公众号")  # 甲医院网站: the hospital's own site
AUTONOMOUS_REGION = "自治区"  # printed bare in an autonomous region's papers (自治区党委): the paper's own
VILLAGE_BODIES = ("委会", "民委员会", "居委会", "居民委员会")  # 村委会, 社区居委会: a village's committee
FIVE_YEAR_PERIOD_RE = re.compile("十[一二三四五六七八九]五")  # 十四五, printed for the plan or its years
FIVE_YEAR_PLAN = "规划"
# A programme's name in quotes and the kind of programme after them (“三清三拆”行动, “1571”工作部署); not a
# one-character brand's (“信”字号公用品牌)
QUOTED_NAME_RE = re.compile(r"[“\"‘]([^“”\"‘’]{2,})[”\"’][\u4e00-\u9fff]{1,6}")
SECTIONS = ("处", "科", "股")  # the endings of a body's sections (省甲厅乙处), named by their heads (处长)
SECTION_HOSTS = ("厅", "委", "院")  # besides the hosts of committees, what holds sections printed bare (科研处, 财务科)
LABEL_PRIORITY = {ORG: 3, PLACE: 2, PROGRAMME: 1, PERSON: 0}
SUBJECT_MENTIONS = 2  # of several institutions an article names, the one it prints this often and most is its subject
SHORT_PLACE_SIZES, SHORT_PLACE_LEVELS = (2, 3), ("市", "县", "区")  # 开封 + 市, 桐庐 + 县: a division's short name
PROGRAMME_WORK = "建设"
CONTRACTION_MIN, CONTRACTION_GAIN = 4, 4  # 千万工程: four characters or more, the whole name four more at least


def infer_home(results: Iterable[ArticleMentions], lex: Lexicons, override: str = "", paper: str = "") -> Home:
    """The most mentioned prefecture-level city, and its province (from the lexicon or the pages); ``paper``
    is the paper's name as the user gives it (the pages print it as 本报)."""
    texts: Counter[str] = Counter(m.text for result in results for m in result.mentions if m.label in (PLACE, ORG))
    cities: Counter[str] = Counter()
    provinces: Counter[str] = Counter()
    prefixes = {short_form(c): (c, cities) for c in lex.city_province}
    prefixes.update({short_form(p): (p, provinces) for p in lex.provinces})
    longest = max(map(len, prefixes), default=0)
    for name, n in texts.items():
        for size in range(2, min(longest, len(name)) + 1):  # a name starts with at most one short form
            found = prefixes.get(name[:size])
            if found:
                found[1][found[0]] += n
    city = simplified(override) or (cities.most_common(1)[0][0] if cities else "")
    if city and not city.endswith("市") and city + "市" in lex.city_province:
        city += "市"
    elif city.endswith(PREFECTURE_SHORT) and city not in lex.city_province:  # 黔东南州: an autonomous prefecture
        city = lex.city_short.get(city.removesuffix(PREFECTURE_SHORT), city)
    # a city's or a county's province; a province's paper, the province itself; a zone's, its city's
    province = lex.city_province.get(city) or lex.county_of(city)[1] or (city if city in lex.provinces else "") \
        or lex.city_province.get(lex.city_before(city), "") or (provinces.most_common(1)[0][0] if provinces else "")
    return Home(city, province, paper)


@dataclass
class ArticleContext:
    """The places of each level an article names, most mentioned first."""

    home: Home
    places: dict[str, Counter] = field(default_factory=dict)
    home_level: str = ""  # the level of the home place: a county paper's home is a county (长子县)
    parent_city: str = ""  # a county paper's city (潼南区 -> 重庆市: counties.tsv)
    villages: dict[int, list[str]] = field(default_factory=dict)  # sentence -> the villages it names, in order
    prefectures: Counter = field(default_factory=Counter)  # the autonomous prefectures it prints short (延边州)

    @classmethod
    def of(cls, result: ArticleMentions, home: Home, lex: Lexicons) -> "ArticleContext":
        home_level = lex.level_of(home.city)
        parent = lex.county_of(home.city)[0] if home_level in ("county", "district") else ""
        if not parent and home_level not in ("city", "province"):
            parent = lex.city_before(home.city)  # 泰安高新区: a zone's paper, whose 市委 is its city's
        context = cls(home, {}, home_level, parent)
        for mention in result.mentions:
            if mention.label not in (PLACE, ORG) or mention.text in lex.home_references:
                continue  # 我县 names no county of its own: the paper's home is the one
            prefix = PLACE_PREFIX_RE.match(mention.text)
            place = mention.text if mention.label == PLACE else division_before_own_body(mention.text, lex) \
                or (prefix.group(1) if prefix else "")  # 兴县县委 -> 兴县, not 兴县县
            level = lex.level_of(place) if place else ""
            if level in ("city", "district", "county", "town", VILLAGE):
                context.places.setdefault(level, Counter())[place] += 1
            if level == VILLAGE:
                context.villages.setdefault(mention.sentence, []).append(place)
            context.prefectures.update(_prefectures_in(mention.text, lex))
        return context

    def place_for(self, level: str, sentence: int = -1) -> str:
        """The place a bare body of ``level`` is of; a village's (村党支部) is the last village its sentence named
        before, or the one village of the article; a city's in a province's paper, the city the article names most
        (市政府 is never the province's)."""
        if level == "city" and self.home_level != "province":
            return self.parent_city or self.home.city  # 市委 in a county paper: the city above the county
        if level == "province":
            return self.home.province
        if level == self.home_level:
            return self.home.city  # 我县, 县委 in a county paper: the home county, whichever others it names
        found = self.places.get(level)
        if level == VILLAGE:
            named = self.villages.get(sentence)
            return named[-1] if named else next(iter(found)) if found and len(found) == 1 else ""
        return found.most_common(1)[0][0] if found else ""


def _prefectures_in(text: str, lex: Lexicons) -> list[str]:
    """The autonomous prefectures ``text`` prints by their short names (延吉市延边州委 -> 延边州)."""
    return [text[at - size:at + 1] for at, character in enumerate(text) if character == PREFECTURE for size in (2, 3)
            if at >= size and lex.city_short.get(text[at - size:at], "").endswith(AUTONOMOUS_PREFECTURE)]


def division_before_own_body(name: str, lex: Lexicons) -> str:
    """A division printed whole before a body of its own level (甲县县委, 乙市市委): the body's node drops the
    level printed twice (甲县委), and the division is named too."""
    province = lex.province_prefix(name)  # 河北省甲县县委 -> 甲县
    for level in REPEATED_LEVELS:
        cut = name.find(level + level, len(province) + 1)
        place = name[len(province):cut + len(level)]
        if cut > 0 and name.startswith(tuple(lex.bodies), cut + 2 * len(level)) \
                and (place in lex.city_province or place in lex.county_parent):
            return place  # a listed division: not 我县, nor the end of a name the backbone cut (乙族自治县)
    return ""


def _joined_bodies(name: str) -> tuple[str, str]:
    """The two bodies a name joins at its end (甲县纪委监委 -> 纪委, 监委), () for any other name."""
    return next((pair for pair in JOINED_BODIES if name.endswith(pair[0] + pair[1])), ())


def _paired_governments(mentions: tuple[Mention, ...]) -> list[str]:
    """Each mention's text, a bare government after a party committee given the committee's division (甲镇党委、政府
    -> 甲镇政府, 自治区党委、政府 -> 自治区政府)."""
    texts = [m.text for m in mentions]
    for index, (before, mention) in enumerate(zip(mentions, mentions[1:]), 1):
        committee = next((k for k in PARTY_COMMITTEES if before.text.endswith(k)), "")
        if mention.label == ORG and mention.text in GOVERNMENTS and before.label == ORG and committee \
                and before.sentence == mention.sentence and 0 <= mention.start - before.end <= 1 \
                and len(before.text) > len(committee):
            texts[index] = before.text[:-len(committee)] + mention.text
    return texts


def division_before_term(name: str, lex: Lexicons) -> str:
    """A listed division printed before an assembly's term (甲市五届人大): the division is named too, as the
    backbone reads it when the name is not taken whole."""
    termed = lex.termed_body_re.search(name)
    place = name[:termed.end("level")] if termed else ""
    return place if place in lex.city_province or place in lex.county_parent else ""


def _names_made_whole(names: list[tuple[str, str]], result: ArticleMentions, lex: Lexicons) -> list[tuple[str, str]]:
    """A person the backbone cut or ran on, where the article prints the name right elsewhere: a two-character
    name completed by the character after it (古正|举在调研 … 市委书记古正举), a name cut one character short
    wherever it is printed (:func:`_names_cut_short`), then a name run into the word after
    it cut back (孙简作|推介, 石录明实地 … 孙简, 石录明; 甲乙巡|河 printed so once … 甲乙), and a given name printed
    alone, as colleagues are named (副县长刘衍志 … 衍志同志), the one person of the article it ends."""
    def people() -> set[str]:
        return {name for label, name in names if label == PERSON} | {credit.name for credit in result.article.byline}

    sentences = [simplified(sentence.text) for sentence in result.article.sentences]
    followers = [sentences[m.sentence][m.end:m.end + 1] for m in result.mentions]
    whole = people()
    for index, ((label, name), following) in enumerate(zip(names, followers)):
        if label == PERSON and len(name) == 2 and following and name + following in whole:
            names[index] = (PERSON, name + following)
    for short, following in _names_cut_short(names, followers, sentences, result.mentions, lex).items():
        names = [(PERSON, short + following) if label == PERSON and name == short else (label, name)
                 for label, name in names]
    whole = people()
    printed = Counter(name for label, name in names if label == PERSON)
    for index, ((label, name), following) in enumerate(zip(names, followers)):
        if label == PERSON and "·" not in name and not lex.minority_name_re.match(name):
            glued = printed[name] == 1 and is_cjk(following)
            names[index] = (PERSON, next((name[:size] for size in (3, 2) if size < len(name) and name[:size] in whole and (
                name[size] in lex.name_followers or lex.surname_length(name) == 1
                and (len(name) - size > 1 or len(name) > 3 or glued))), name))
    whole = people()
    for index, (label, name) in enumerate(names):
        if label == PERSON and len(name) == GIVEN_NAME and not lex.surname_length(name):
            full = [person for person in whole if len(person) == GIVEN_NAME + 1 and person.endswith(name)
                    and lex.surname_length(person) == 1]
            if len(full) == 1:
                names[index] = (PERSON, full[0])
    return names


def _names_cut_short(names: list[tuple[str, str]], followers: list[str], sentences: list[str],
                     mentions: tuple[Mention, ...], lex: Lexicons) -> dict[str, str]:
    """Names the backbone cut one character short wherever the article prints them (石扬|令, 严加|亮院长): a
    surname and one character always followed by the same character, no word a name runs into, with a title
    printed right after that character, or printed twice or more with a title before it; the missing character
    of each."""
    following: dict[str, list[str]] = {}
    titled: dict[str, bool] = {}  # name -> whether a title follows the character after it
    for (label, name), after, mention in zip(names, followers, mentions):
        if label != PERSON or len(name) != lex.surname_length(name) + 1 or len(name) < 2:
            continue
        text = sentences[mention.sentence]
        # a title right after the name (刘亮副县长) ends it
        following.setdefault(name, []).append("" if lex.title_phrase_re.match(text, mention.end) else after)
        title_after = bool(lex.title_phrase_re.match(text, mention.end + 1))
        if mention.titles or title_after:
            titled[name] = titled.get(name, False) or title_after
    return {name: after[0] for name, after in following.items() if name in titled and len(set(after)) == 1
            and (titled[name] or len(after) > 1) and is_cjk(after[0]) and after[0] not in lex.name_followers}


def company_before_its_unit(name: str) -> str:
    """The company whose name starts a site's or unit's (甲集团乙产业园 -> 甲集团, 丙分公司采访部 -> 丙分公司), ""
    when the name is the company's own (甲集团有限公司)."""
    for match in COMPANY_END_RE.finditer(name):
        if match.start() >= 2 and match.end() < len(name) and not name.startswith(COMPANY_FORM_WORDS, match.end()):
            return name[:match.end()]
    return ""


def stationing_body(name: str, lex: Lexicons) -> str:
    """The body whose office a stationed office is (甲日报驻乙市记者站 -> 甲日报), "" for any other name."""
    body, stationed, _ = name.partition(STATIONED)
    return body if stationed and len(body) > 1 and (lex.org_suffix(body) or body in lex.org_abbreviations
                                                     or body.endswith(tuple(lex.paper_suffixes))) else ""


NodeKey = tuple[str, str]  # (type, canonical name)


class ResolvedMention(NamedTuple):
    """A mention with its node, and each title with the node of the organisation it names
    (a named tuple: a year of pages makes millions, and they live only inside the graph stage)."""

    key: NodeKey
    surface: str
    sentence: int
    titles: tuple[tuple[Title, NodeKey | None], ...] = ()


@dataclass(frozen=True)
class ResolvedArticle:
    article: Article
    mentions: tuple[ResolvedMention, ...]
    credits: tuple[tuple[NodeKey, Credit, NodeKey | None], ...]  # person, credit, their newsroom
    outlets: tuple[tuple[NodeKey, str], ...] = ()  # outlets credited, with the name as printed


def resolve(results: Iterable[ArticleMentions], lex: Lexicons, home: str = "",
            paper: str = "") -> tuple[Home, Iterator[ResolvedArticle]]:
    """Every mention's node: the one entry point, so the steps run in their only valid order.

    Names are read in their article's context first, counted over the corpus,
    merged once every name is counted, and only then mapped to nodes; mentions
    the corpus does not support (:meth:`Resolver.supported`) are dropped.
    ``results`` is read three times (home city, counts, nodes) and never held:
    a spill streaming records from disk keeps memory to the names, not the mentions.
    """
    found_home = infer_home(results, lex, home, paper)
    resolver = Resolver(found_home, lex)
    for result in results:
        names, titles, _, outlets = resolver.read(result)
        resolver.counts.update(names)
        resolver.counts.update(org for person_titles in titles for _, org in person_titles if org)
        resolver.counts.update((PERSON, credit.name) for credit in result.article.byline)
        resolver.counts.update((ORG, outlet) for outlet, _ in outlets)
    resolver.merge()
    return found_home, (resolver.resolved(result) for result in results)


SEGMENT_MARKS = ("至", "段")
# The divisions a body's name may print before its own (甲市 + 乙县委, 甲区 + 乙镇党委, 甲街道 + 乙社区党群服务中心):
# the node drops them.
CHILD_LEVELS = {"city": ("county", "district"), "county": ("town",), "district": ("town",), "town": ("village",)}
PREFECTURE, AUTONOMOUS_PREFECTURE = "州", "自治州"
GIVEN_NAME = 2  # characters of the given name a colleague is called by (衍志 of 刘衍志)
REPEATED_LEVELS = ("市", "县", "区", "旗")  # 甲县 + 县委: the division's level word starts its body's name again
PARTY_COMMITTEE, GOVERNMENT = "党委", "政府"
COMMITTEE = "委"  # 市委, 县委: a party committee after its level word
# Two bodies printed as one name, the second with no place of its own (甲镇党委政府, 甲县纪委监委, 乙市纪委监察局):
# the first keeps the name's place, the second is given it.
JOINED_BODIES = ((PARTY_COMMITTEE, GOVERNMENT), ("纪委", "监委"), ("纪委", "监察局"))
COMPANY_END_RE = re.compile("集团公司|集团|分公司|公司")  # what ends a company's name before its unit's
COMPANY_FORM_WORDS = ("有限", "股份", "控股", "公司", "集团", "总公司", "(", "（")  # …集团 + 有限公司: one name


class Resolver:
    """Maps mention texts to canonical names, first per article, then over the corpus (through :func:`resolve`)."""

    def __init__(self, home: Home, lex: Lexicons) -> None:
        self.home = home
        self.lex = lex
        self.province_short = lex.province_short
        self.city_short = lex.city_short
        self.home_counties = lex.home_counties(home.city)  # a city paper's counties, printed bare (商水, 郸城)
        # 甲县人民检察院网站: an outlet given as an institution's own site, and that institution's name
        self.site_owner = next((home.paper.removesuffix(word) for word in SITE_WORDS if home.paper.endswith(word)), "")
        self.counts: Counter[tuple[str, str]] = Counter()
        self.merged: dict[tuple[str, str], tuple[str, str]] = {}
        self._stripped: dict[str, str] = {}
        self._parents_dropped: dict[str, tuple[str, ...]] = {}
        self._place_prefix_counts: Counter[str] = Counter()
        self._listed_places: set[str] = set()  # printed in a list closed by 等 and a kind of division (甲、乙等乡镇)
        self._ethnic_townships: dict[str, str] = {}  # 蕉江 -> 蕉江瑶族乡
        self._supported: dict[tuple[str, str], bool] = {}
        self._unqualified: dict[str, tuple[str, str]] = {}
        zone = home.city.endswith(lex.institution_words[ZONE_WORD])
        self.home_zone = home.city if zone else ""  # 甲高新区: a zone's paper, whose bare 党工委 and 管委会 are its own

    # -- per article -------------------------------------------------------
    def local(self, text: str, label: str, context: ArticleContext, sentence: int = -1) -> tuple[str, str]:
        """The name in its article's context, before corpus-wide merging."""
        if label == PLACE and text in self.lex.home_references:
            return PLACE, context.place_for(self.lex.home_references[text]) or text
        if label == PLACE and text == AUTONOMOUS_REGION and context.home.province.endswith(AUTONOMOUS_REGION):
            return PLACE, context.home.province
        if label == PERSON and text in self.home_counties:
            return PLACE, self.home_counties[text]  # 徐闻/PER in a 湛江 paper: the county, printed short
        if label in (ORG, PLACE):
            text = self._strip_province(text)
        home = self.lex.home_reference_re.match(text) if label == ORG else None
        if home and home.end() < len(text):  # 我市政协: the home's
            text = (context.place_for(self.lex.home_references[home.group()]) or home.group()) + text[home.end():]
        if label == ORG:
            joined = _joined_bodies(text)
            text = text.removesuffix(joined[1]) if joined else text  # see resolved()
            if text.startswith(FORMAL_BODY_STARTS):  # 政协甲市乙区第二届委员会 -> 甲市乙区政协, before its parent goes
                text = self.lex.short_org_form(text)
            text = self.lex.short_org_form(self._qualify(text[len(self._parent_dropped(text)):], context, sentence))
        elif label == PROGRAMME and text.endswith(PROGRAMME_WORK) and text[:-len(PROGRAMME_WORK)] in self.lex.programmes:
            text = text[:-len(PROGRAMME_WORK)]  # 美丽乡村建设 -> 美丽乡村: the work of a listed programme is the programme
        elif label == PROGRAMME and FIVE_YEAR_PERIOD_RE.fullmatch(text):
            text += FIVE_YEAR_PLAN  # 十四五 -> 十四五规划: the period is named after its plan, the programme
        elif label == PROGRAMME and (quoted := QUOTED_NAME_RE.fullmatch(text)):
            text = quoted.group(1)  # “三清三拆”行动 -> 三清三拆: the name in quotes, also printed bare
        return label, text

    def _strip_province(self, name: str) -> str:
        if name not in self._stripped:
            self._stripped[name] = self._without_province(name)
        return self._stripped[name]

    def _without_province(self, name: str) -> str:
        """湖北省荆门市委 -> 荆门市委, 辽宁本溪日报 -> 本溪日报: the province before a city's name goes."""
        rest = name[len(self.lex.province_prefix(name)):]
        place = PLACE_PREFIX_RE.match(rest) if rest != name and len(rest) >= 3 else None
        if place and self.lex.level_of(place.group(1)) in ("city", "county", "district"):
            return rest
        if rest != name and len(rest) >= 4 and any(rest[:size] in self.city_short for size in (2, 3)):
            return rest  # 辽宁本溪日报 -> 本溪日报: a city's short name after the province
        return name

    def _province_dropped(self, name: str) -> str:
        """The province printed before a city's or county's organisation, which its node's name drops."""
        printed = self.lex.province_prefix(name)
        place = PLACE_PREFIX_RE.match(name[len(printed):]) if printed else None
        if not place or self._strip_province(name) == name or not self.lex.level_of(place.group(1)):
            return ""  # 辽宁本溪日报: a paper's name, not a place printed with its province
        return printed if printed in self.lex.provinces else self.province_short.get(printed, printed)

    def _parent_dropped(self, name: str) -> str:
        """The divisions printed before the body of one of their own (孝感市孝昌县委 -> 孝感市; 海口市秀英区东山镇
        东星村党支部 -> 海口市秀英区东山镇), which the body's node name drops, as the province goes before a city's."""
        return "".join(self._parents(name))

    def _parents(self, name: str) -> tuple[str, ...]:
        """Each division of :meth:`_parent_dropped`, from the highest (memoised: every pass asks)."""
        if name not in self._parents_dropped:
            self._parents_dropped[name] = self._parents_before_child(name)
        return self._parents_dropped[name]

    def _parents_before_child(self, name: str) -> tuple[str, ...]:
        """Each division followed by one of its own, down to the one whose body the name is: a city before its
        county (德阳市广汉市 as much as 孝感市孝昌县), a county or district before its town, a town before its village."""
        parents: list[str] = []
        rest = name
        while parent := PLACE_PREFIX_RE.match(rest):
            child = CHILD_PREFIX_RE.match(rest[parent.end():])
            if not child or child.end() == len(rest) - parent.end() \
                    or self._child_level(parent.group(1), child.group(1)) not in self._children_of(parent.group(1)):
                break
            parents.append(parent.group(1))
            rest = rest[parent.end():]
        return tuple(parents)

    def _child_level(self, parent: str, child: str) -> str:
        """The level of ``child`` under ``parent``: a county-level city under its own city is a county (德阳市广汉市)."""
        if self.lex.county_parent.get(child, ("",))[0] == parent:
            return "county"
        return self.lex.level_of(child)

    def _children_of(self, place: str) -> tuple[str, ...]:
        """The levels of the divisions a place holds; a listed county-level city (泰兴市) holds towns."""
        children = CHILD_LEVELS.get(self.lex.level_of(place), ())
        return children + CHILD_LEVELS["county"] if place in self.lex.county_parent else children

    def _qualify(self, name: str, context: ArticleContext, sentence: int = -1) -> str:
        """Prefix an unqualified body with the place of its level (市政协 -> 茂名市政协); a party department
        printed alone belongs to the home's committee (宣传部 -> 茂名市委宣传部, 甲县委宣传部 in a county's paper)."""
        if self.lex.bare_department(name) and context.home.city:
            return context.home.city + COMMITTEE + name
        league = next((prefix for prefix in (YOUTH_LEAGUE_FULL, YOUTH_LEAGUE) if name.startswith(prefix)), "")
        if league and self._unqualified_of(name[len(league):])[1]:  # 团市委 -> 共青团茂名市委: the League's committee
            return YOUTH_LEAGUE_FULL + self._qualify(name[len(league):], context, sentence)
        if name.startswith(AUTONOMOUS_REGION) and context.home.province.endswith(AUTONOMOUS_REGION):
            return context.home.province + name[len(AUTONOMOUS_REGION):]  # 自治区政府 in a 广西 paper: 广西壮族自治区政府
        body, word = self._unqualified_of(name)
        if name in ZONE_BODIES and self.home_zone:
            return self.home_zone + name  # 党工委 in a 甲高新区 paper: the zone's own
        if name.removesuffix(PARTY_GROUP) in self.lex.home_bodies:  # 人大, 政协, 人大党组: the paper's own
            return context.home.city + name if context.home.city else name
        place = context.place_for(self.lex.levels[word], sentence) if word else ""
        if word in self.lex.body_only_levels and not place.endswith(word):
            # 州委 in a city's paper: a prefecture's, the one the article prints (延边州), or none it can tell
            place = next(iter(context.prefectures)) if len(context.prefectures) == 1 else ""
        return place + body[len(word):] if place else body

    def _unqualified_of(self, name: str) -> tuple[str, str]:
        """:meth:`_unqualified_body`, memoised: every mention of a body asks, in both passes."""
        if name not in self._unqualified:
            self._unqualified[name] = self._unqualified_body(name)
        return self._unqualified[name]

    def _unqualified_body(self, name: str) -> tuple[str, str]:
        """The body's full form and the level word a place must replace ("" when the name is qualified)."""
        if self.lex.bare_department(name):
            name = "市委" + name  # no home: the city's, as most papers are a city's
        if name in self.lex.org_abbreviations:
            name = self.lex.org_abbreviations[name][0]
        elif name.startswith(NOT_LEVEL_PREFIX) or not (self.lex.org_suffix(name) or ASSEMBLY_COMMITTEE_RE.search(name)
                                                        or self._section_of_body(name) or self._level_department(name)):
            return name, ""
        word = self.lex.leading_level(name, qualified_only=True) or self._village_body(name)
        prefix = PLACE_PREFIX_RE.match(name)
        if not word or prefix and len(prefix.group(1)) > len(word) and not self.lex.site_suffix(prefix.group(1)[len(word):]):
            return name, ""  # 甲乙县委 is qualified; 县经济开发区党工委 is the home county's zone
        return name, word

    def _level_department(self, name: str) -> bool:
        """市卫健委, 县发改委: a listed department after its level word, though no organisation suffix ends it."""
        word = self.lex.leading_level(name, qualified_only=True)
        return bool(word) and bool(self.lex.department_re.fullmatch(name[len(word):]))

    def _village_body(self, name: str) -> str:
        """The village word of a village's bare body (村党支部, 村委会, 社区党委), "" for any other name."""
        word = self.lex.leading_level(name)
        rest = name[len(word):]
        return word if word and self.lex.levels[word] == VILLAGE and (rest in self.lex.bodies
                                                                      or rest in VILLAGE_BODIES) else ""

    def _section_of_body(self, name: str) -> bool:
        """省甲厅乙处: a section (处, 科, 股) of a body, qualified as the body is."""
        return name.endswith(SECTIONS) and any(self.lex.org_suffix(name[:cut]) for cut in range(len(name) - 2, 2, -1))

    def read(self, result: ArticleMentions) -> tuple[list[tuple[str, str]], list[list], ArticleContext,
                                                     list[tuple[str, str]]]:
        """Each mention's local name, each of its titles with the local name of its organisation, the article's
        context they were read in, and its outlets (:meth:`outlets`), read once for the titles and the callers."""
        context = ArticleContext.of(result, self.home, self.lex)
        names = _names_made_whole([self.local(text, m.label, context, m.sentence) for m, text in
                                   zip(result.mentions, _paired_governments(result.mentions))], result, self.lex)
        names = self._bodies_spoken_for(result, names)
        sentences = result.article.sentences
        self._listed_places.update(name for m, (label, name) in zip(result.mentions, names) if label == PLACE
                                   and m.sentence < len(sentences)
                                   and LISTED_DIVISION_TAIL_RE.match(simplified(sentences[m.sentence].text), m.end))
        names = [self._institution_of(name, names) or (label, name) if label == ORG else (label, name)
                 for label, name in names]
        outlets = self.outlets(result, context)
        sourced = names + [(ORG, name) for name, _ in outlets]  # 来源:甲医院 + 院长乙: the institution's own
        titles = [[(t, self._title_org(t, sourced, context, m.sentence)) for t in m.titles] for m in result.mentions]
        return self._bodies_of_titles(result, names, titles), titles, context, outlets

    def _bodies_of_titles(self, result: ArticleMentions, names: list[tuple[str, str]],
                          titles: list[list]) -> list[tuple[str, str]]:
        """A bare body printed in a title of its sentence is the body that title names, qualified by the place
        the title list carried (南通市委统战部副部长、市工商联党组书记甲 -> 南通市工商联党组), not the paper's."""
        named = list(names)
        orgs: dict[int, list[str]] = {}
        for mention, held in zip(result.mentions, titles):
            orgs.setdefault(mention.sentence, []).extend(org[1] for _, org in held if org and org[0] == ORG)
        for index, mention in enumerate(result.mentions):
            word = self._unqualified_of(mention.text)[1] if mention.label == ORG else ""
            rest = mention.text[len(word):]
            if not word or not rest:
                continue
            carried = [org for org in orgs.get(mention.sentence, ()) if org != names[index][1] and org.endswith(rest)
                       and org[:-len(rest)].endswith(word) and len(org) > len(mention.text)]
            if len(set(carried)) == 1:
                named[index] = (ORG, carried[0])
        return named

    def _bodies_spoken_for(self, result: ArticleMentions, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Bare bodies a titled person speaks for are the bodies of the place their title names (甲县委书记乙代表
        县委、县政府 -> 甲县委, 甲县政府), not the paper's, whose they would be when printed alone."""
        named = list(names)
        for index, mention in enumerate(result.mentions):
            if mention.label != ORG:
                continue
            text = result.article.sentences[mention.sentence].text
            body, word = self._unqualified_of(mention.text) if SPEAKS_FOR in text[:mention.start] else ("", "")
            if not word:
                continue
            speaker = next((m for m in reversed(result.mentions[:index]) if m.sentence == mention.sentence
                            and m.label == PERSON and m.end <= mention.start), None)
            between = text[speaker.end:mention.start] if speaker else ""
            if not between.startswith(SPEAKS_FOR) or not SPOKEN_BODIES_RE.fullmatch(between[len(SPEAKS_FOR):]):
                continue
            place = next((prefix.group(1) for title in speaker.titles for prefix in [PLACE_PREFIX_RE.match(title.org)]
                          if prefix and prefix.group(1).endswith(word) and len(prefix.group(1)) > len(word)), "")
            if place:
                named[index] = (ORG, self.lex.short_org_form(place + body[len(word):]))
        return named

    def _title_org(self, title: Title, names: list[tuple[str, str]], context: ArticleContext,
                   sentence: int) -> tuple[str, str] | None:
        """The local name of the organisation a title names, read in its article and sentence; None for none."""
        # 党委副书记甲 on 乙大学新闻网: the university's (not 茂名新闻网's), whether a title list named the committee or not
        committee = title.org or next((c for c in self.lex.host_committees if title.title.startswith(c)), "")
        if committee in self.lex.host_committees and self.site_owner.endswith(self.lex.committee_hosts):
            return ORG, self.site_owner + committee
        if not title.org:
            return self._assembly_of(title, names)
        if title.org.endswith(SECTIONS) and not self.lex.org_suffix(title.org) and not self._section_of_body(title.org):
            host = self._one_named(self.lex.committee_hosts + SECTION_HOSTS, names)  # 科研处 -> 甲学院科研处
            return (ORG, host[1] + title.org) if host else None  # of several institutions, or none: no one's
        if title.org in ZONE_BODIES:  # 党工委, 管委会 printed bare: the article's one zone's, or the paper's own zone's
            zone = self._one_named(self.lex.institution_words[ZONE_WORD], names)
            zone_name = zone[1] if zone else self.home_zone
            return (ORG, zone_name + title.org) if zone_name else None
        bare = self.lex.institution_word(title.org)
        named = self._named_institution(bare, names) if bare else None
        if named or bare and not bare[1]:
            return named  # a bare 集团 names nothing when the article names no group, or several
        local = self.local(title.org, title.org_type, context, sentence)  # 学校党委 stays as printed
        return None if self._village_body(local[1]) else local  # 村党支部 of which village: none

    def _assembly_of(self, title: Title, names: list[tuple[str, str]]) -> tuple[str, str] | None:
        """The one assembly the article names, for a member title printed with no name of it (甲、乙等委员), or
        the one association for an officer's (常务副会长甲: ranks stripped)."""
        body = self.lex.member_bodies.get(title.title) or self.lex.member_bodies.get(self.lex.title_core(title.title))
        return self._one_named(body, names) if body else None

    def _institution_of(self, printed: str, names: list[tuple[str, str]]) -> tuple[str, str] | None:
        """The one organisation the article names in full that a bare institution word stands for (集团 -> 甲集团;
        学校党委 -> 甲大学党委), None for any other name."""
        bare = self.lex.institution_word(printed)
        return self._named_institution(bare, names) if bare else None

    def _named_institution(self, bare: tuple[str, str], names: list[tuple[str, str]]) -> tuple[str, str] | None:
        word, unit = bare
        found = self._one_named(self.lex.institution_words[word], names)
        return (ORG, found[1] + unit) if found else None

    def _one_named(self, endings: tuple[str, ...], names: list[tuple[str, str]]) -> tuple[str, str] | None:
        """The one organisation the article names that ends with one of ``endings``; of several, the paper's own
        place's."""
        site_owner = self._site_owner(endings)
        if site_owner:  # 我院 on 甲县人民检察院网站: the institution whose site it is
            return ORG, self.lex.short_org_form(site_owner)
        candidates = {name for label, name in names if (label == ORG or label == PLACE and self.lex.site_suffix(name))
                      and name.endswith(endings)  # a zone (甲经济开发区) is a site, a place
                      and not self.lex.institution_word(name)}
        own = {name for name in candidates if self.home.city and name.startswith(self.home.city)}
        candidates = own if len(candidates) > 1 and len(own) == 1 else candidates  # several: the paper's own
        if len(candidates) > 1:  # or the article's subject, named more often than all the others together
            printed = Counter(name for _, name in names if name in candidates).most_common()
            lead, rest = printed[0][1], sum(n for _, n in printed[1:])
            candidates = {printed[0][0]} if lead > rest and lead >= SUBJECT_MENTIONS else candidates
        return (ORG, candidates.pop()) if len(candidates) == 1 else None

    def _site_owner(self, endings: tuple[str, ...]) -> str:
        """The institution an outlet given as its site is (甲大学党政办公室网站 -> 甲大学), when its name ends with one of
        ``endings``; "" for a paper or any other outlet."""
        owner = self.site_owner
        cuts = [cut for cut in range(len(owner), 2, -1) if owner[:cut].endswith(endings)]
        if len(cuts) > 1 and cuts[1] == cuts[0] - 1:  # 甲大学校友会网站: 甲大学, not 甲大学校 (大学 + 校友会)
            cuts.pop(0)
        return owner[:cuts[0]] if cuts else ""

    # -- over the corpus ---------------------------------------------------
    def merge(self) -> None:
        """Decide the corpus-wide merges once every local name has been counted."""
        by_name: dict[str, Counter] = {}
        for (label, name), n in self.counts.items():
            by_name.setdefault(name, Counter())[label] += n
        organisations = [name for label, name in self.counts if label == ORG]
        in_order = sorted(organisations)  # names sharing a start lie together: a company's short form finds them
        programmes = {name: n for (label, name), n in self.counts.items() if label == PROGRAMME}
        contracted = _contractions(programmes)
        for (label, name), n in self.counts.items():
            if label == PLACE:  # mentions of each two-character prefix, for supported()
                self._place_prefix_counts[name[:2]] += n
                if short := ethnic_township_short_form(name):
                    self._ethnic_townships[short] = name
        for (label, name) in self.counts:
            target = name
            if label == PLACE:
                target = self._full_place(name)
            elif label == ORG:
                target = self._branch(name, organisations)
                if target == name:
                    target = self._full_outlet(name)
                if target == name:
                    target = self._full_company(name, in_order)
                if target == name:
                    target = self._full_place_start(name)
            elif label == PROGRAMME:
                target = contracted.get(name) or self._longer_programme(name, programmes)
            votes = by_name.get(target) or Counter({label: 1})
            if label == PERSON or PERSON in votes and votes[PERSON] >= sum(votes.values()) - votes[PERSON]:
                best = label
            else:
                best = max((l for l in votes if l != PERSON), key=lambda l: (votes[l], LABEL_PRIORITY[l]))
            self.merged[(label, name)] = (best, target)

    def resolved(self, result: ArticleMentions) -> ResolvedArticle:
        """The article with every mention, credit and outlet mapped to its node (after :meth:`merge`)."""
        mentions = []
        names, titles, context, outlets = self.read(result)
        for mention, name, person_titles in zip(result.mentions, names, titles):
            key = self.canonical(*name)
            if self.supported(key) or key[0] == PLACE and _segment_end(result, mention):
                mentions.append(ResolvedMention(key, mention.text, mention.sentence, tuple(
                    (title, self.canonical(*org) if org else None) for title, org in person_titles)))
            if mention.label == ORG:  # 湖北省荆门市委 -> 荆门市委, 孝感市孝昌县委 -> 孝昌县委, and the place dropped
                stripped = self._strip_province(mention.text)
                province = self._province_dropped(mention.text)
                if province:  # printed as 台湾 or 广东省: the node keeps the printed form among its aliases
                    mentions.append(ResolvedMention(self.canonical(PLACE, province),
                                                    self.lex.province_prefix(mention.text), mention.sentence))
                for place in filter(None, (*self._parents(stripped), division_before_own_body(stripped, self.lex),
                                           division_before_term(stripped, self.lex))):
                    mentions.append(ResolvedMention(self.canonical(PLACE, place), place, mention.sentence))
            joined = _joined_bodies(mention.text) if mention.label == ORG else ()
            if joined and key[1].endswith(joined[0]):  # 甲镇党委政府: the committee and the government
                second = key[1].removesuffix(joined[0]) + joined[1]
                mentions.append(ResolvedMention(self.canonical(ORG, second), mention.text, mention.sentence))
            company = (company_before_its_unit(mention.text) or stationing_body(mention.text, self.lex)) \
                if mention.label in (ORG, PLACE) else ""
            if company:  # 甲集团乙基地, 丙日报驻丁市记者站: the company or body that runs the unit is named too
                mentions.append(ResolvedMention(self.canonical(ORG, company), company, mention.sentence))
        # an article that credits no outlet is the paper's own, when the user named the paper (as if 本报 were printed)
        outlets = outlets or ([(self.home.paper, OWN_PAPER)] if self.home.paper else [])
        # a reporter or editor with no newsroom printed works for the one outlet the article credits (来源:甲日报,
        # 本报讯): the outlet that reported, pictured and edited the article
        # (来源:甲县融媒体中心 over 甲县融媒: one outlet, printed twice)
        sole_outlet = outlets[0][0] if len({self.canonical(ORG, name) for name, _ in outlets}) == 1 else ""
        credits = tuple((self.canonical(PERSON, c.name), c, self.canonical(ORG, newsroom) if newsroom else None)
                        for c in result.article.byline
                        for newsroom in [c.org and self.outlet_name(c.org, context)
                                         or (sole_outlet if is_staff_role(c.role) else "")])
        newsrooms = {newsroom for _, _, newsroom in credits}
        # 本报 alone (本报讯) would make the paper a mention of every article: it is one where its reporters work
        outlets = tuple((key, printed) for name, printed in outlets for key in [self.canonical(ORG, name)]
                        if printed != OWN_PAPER or key in newsrooms)
        return ResolvedArticle(result.article, tuple(mentions), credits, outlets)

    def own_paper(self, outlet: str) -> str:
        """本报 is the paper being read: its name when the user gave it, else nothing (a node 本报 would merge papers)."""
        return self.home.paper if outlet == OWN_PAPER else outlet

    def outlets(self, result: ArticleMentions, context: ArticleContext) -> list[tuple[str, str]]:
        """The article's outlets as (name, name as printed), 本报 named or dropped (:meth:`own_paper`), each
        read in the article's context as its mentions are (来源:区政协 -> 甲区政协, 辽宁甲日报 -> 甲日报)."""
        return [(name, outlet) for outlet in result.article.outlets if (name := self.outlet_name(outlet, context))]

    def outlet_name(self, outlet: str, context: ArticleContext) -> str:
        """An outlet's or a newsroom's local name: 本报 is the paper's (:meth:`own_paper`), any other is read as
        a mention is."""
        return self.own_paper(outlet) if outlet == OWN_PAPER else self.local(outlet, ORG, context)[1]

    def canonical(self, label: str, name: str) -> tuple[str, str]:
        return self.merged.get((label, name), (label, name))

    def supported(self, key: tuple[str, str]) -> bool:
        """False for a bare two-character place seen once in the whole corpus, in no lexicon and in no list
        of divisions (甲、乙等乡镇): the backbone's weakest guesses (三华李 -> 三华, 供港龙眼 -> 港龙)."""
        if key not in self._supported:
            self._supported[key] = self._is_supported(key)
        return self._supported[key]

    def _is_supported(self, key: tuple[str, str]) -> bool:
        label, name = key
        if label != PLACE or len(name) > 2 or self.lex.place_suffix(name):
            return True
        known = name in self.province_short or name in self.city_short or name in self.lex.regions \
            or name in self.lex.countries \
            or name in self.home_counties or name == self.home.city_short
        return known or self._place_prefix_counts[name] > 1 or name in self._listed_places

    def _full_place(self, name: str) -> str:
        prefecture = self.city_short.get(name[:-1], "") if name.endswith(PREFECTURE) else ""
        if prefecture.endswith(AUTONOMOUS_PREFECTURE):
            return prefecture  # 恩施州 -> 恩施土家族苗族自治州: an autonomous prefecture as papers print it
        if self.lex.place_suffix(name):
            return name
        seen = [name + s for s in self.lex.place_suffixes if (PLACE, name + s) in self.counts]
        if seen:  # the most printed; of as many, the city (九江 of 九江县 and 九江市 printed once each: the city)
            return max(seen, key=lambda full: (self.counts[(PLACE, full)], full == self.city_short.get(name)))
        if name in self._ethnic_townships:
            return self._ethnic_townships[name]
        if name == self.home.city_short:
            return self.home.city
        return self.province_short.get(name) or self.city_short.get(name) or self.home_counties.get(name) or name

    def _branch(self, name: str, organisations: list[str]) -> str:
        """茂名联通 -> 中国联通茂名市分公司 when the full branch name is in the corpus."""
        for short, brand in self.lex.org_short_forms.items():
            if not name.endswith(short):
                continue
            place = name[: -len(short)]  # "" for the bare short form (联通): any one branch will do
            full_place = self._full_place(place) if place else ""
            matches = [n for n in organisations if n.startswith(brand) and (place in n or full_place in n)
                       and n.endswith(("分公司", "支行", "分行", "分局"))]
            if len(matches) == 1:
                return matches[0]
        return name

    def _full_outlet(self, name: str) -> str:
        """甲融媒 -> 甲县融媒体中心: an outlet's short form, when the corpus prints its full name."""
        for short, full in self.lex.outlet_short_forms.items():
            place = name.removesuffix(short)
            if place != name and place:
                for whole in (place + full, self._full_place(place) + full):
                    if (ORG, whole) in self.counts:
                        return whole
        return name

    def _full_place_start(self, name: str) -> str:
        """开封疾控中心 -> 开封市疾控中心, 桐庐制笔行业协会 -> 桐庐县制笔行业协会: a body printed after its place's
        short name is the one the corpus prints after the full name."""
        for size in SHORT_PLACE_SIZES:
            short, rest = name[:size], name[size:]
            if len(rest) < 2 or self.lex.leading_level(rest) or self.lex.level_of(short):
                continue
            for level in SHORT_PLACE_LEVELS:
                place = short + level
                if place not in self.lex.city_province and not self.lex.county_of(place)[0]:
                    continue  # no such division: no full form to build (and memoise) for every organisation
                whole = self.lex.short_org_form(place + rest)
                if (ORG, whole) in self.counts:
                    return whole
        return name

    def _full_company(self, name: str, in_order: list[str]) -> str:
        """东风公司, 中建三局 -> 东风汽车集团公司, 中建三局集团公司: a company's short form, bare or with 公司 /
        集团, is the one company in the corpus whose full name starts with it (not a place, not a body).
        ``in_order``: the corpus's organisations sorted, so only those starting with the stem are read."""
        stem = name[: -len(tail)] if (tail := next((t for t in COMPANY_ENDINGS if name.endswith(t)), "")) else name
        if len(stem) < 2 or self.lex.level_of(stem) or stem in self.lex.org_abbreviations:
            return name
        matches = []
        for other in islice(in_order, bisect_left(in_order, stem), None):
            if not other.startswith(stem):
                break
            if other != name and other.endswith(COMPANY_ENDINGS) and not other.endswith(BRANCH_ENDINGS):
                matches.append(other)
        return matches[0] if len(matches) == 1 else name

    @staticmethod
    def _longer_programme(name: str, programmes: dict[str, int]) -> str:
        """“信”字号 -> “信”字号公用品牌: a programme printed whole elsewhere, when the whole is more frequent."""
        longer = max((n for n in programmes if n != name and n.startswith(name)), key=programmes.get, default=None)
        if longer and programmes[longer] >= programmes[name]:
            return longer
        shorter = max((n for n in programmes if n != name and name.startswith(n)), key=programmes.get, default=None)
        if shorter and programmes[shorter] > programmes[name]:
            return shorter
        return name


def _contractions(programmes: dict[str, int]) -> dict[str, str]:
    """A programme and its contraction are one node, under the name printed more often: 百千万工程 takes the
    first characters of 百县千镇万村高质量发展工程 and its ending word, 千万工程 those of 千村示范万村整治工程.
    Only names sharing their first character and two last ones are compared, so a corpus's thousands stay cheap."""
    groups: dict[tuple[str, str], list[str]] = {}
    for name in programmes:
        if len(name) >= CONTRACTION_MIN:
            groups.setdefault((name[0], name[-2:]), []).append(name)
    merged = {}
    for names in groups.values():
        for short in names:
            whole = max((name for name in names if len(name) >= len(short) + CONTRACTION_GAIN
                         and _in_order(short, name)), key=programmes.get, default=None)
            if whole:
                merged[short] = merged[whole] = max((short, whole), key=lambda n: (programmes[n], -len(n)))
    return merged


def _in_order(short: str, name: str) -> bool:
    """Every character of ``short`` appears in ``name``, in order."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def _segment_end(result: ArticleMentions, mention) -> bool:
    """A place that ends a road section (甲至乙段: before or after 至, before 段) is no guess of the backbone's."""
    text = result.article.sentences[mention.sentence].text
    return text[mention.end:mention.end + 1] in SEGMENT_MARKS or mention.start > 0 and text[mention.start - 1] == "至"
