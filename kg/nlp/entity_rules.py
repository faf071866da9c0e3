"""``kg_entity_rules``: named rule patches over the backbone's entities.

Each rule proposes spans (``RULES``) and each filter drops spans
(``FILTERS``); both are switched one by one in the component's config
(``rules`` / ``filters``), which is how ``kg eval --ablate`` measures what each
one earns.  Overlaps between rule spans and backbone spans are settled by the
span filter named in ``overlap_filter``.  All words come from the lexicon
files (``kg/data`` plus the user's ``--lexicon`` folders).

Filters never judge a backbone person by its surname: foreign, minority and
rare-surname names are the backbone's to find.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import (ASSEMBLIES, ASSEMBLY_COMMITTEE, COMMUNITY, DIVISION_LIST_CLOSER, GOVERNMENTS, PARTY_COMMITTEES,
                        STATIONED, SUPPLY_COOP, YOUTH_LEAGUE, YOUTH_LEAGUE_FULL, alternation, is_ethnic_township_ending,
                        is_peoples_only_division)
from ..records import ORG, PERSON, PLACE, PROGRAMME
from .backbone import Span, Word, doc_text, set_entities
from .lexicon_component import LexiconComponent

NOMINAL_TAGS = {"n", "nz", "nt", "ns", "nw", "vn", "an", "j", "LOC", "ORG", "PER", "f", "s"}
OPENING_BRACKETS, CLOSING_BRACKETS = "(（", ")）"
JUNK_CHARS = re.compile(r"[◀▶■□▲●◆★※\[\]【】《》<>{}|。，；：！？,;:!?、\s\d]")
PROGRAMME_ALLOWED = re.compile(r"[\s\d+＋、]")  # inside a programme's name (“5+2”, “甲、乙”): not junk
EDGE_PUNCT = "“”‘’\"'（）()《》<>「」『』 "
DETERMINERS = "本我全各该此两每外整"
DUTIES = ("包联", "包保", "包抓", "挂点", "挂钩", "联系", "分管", "联点")  # 甲镇 + 挂点 + 县领导: who answers for it
# 包村干部, 镇包村领导, 驻村工作队: one character of duty between levels, the cadre a level answers for
DUTY_BETWEEN_LEVELS_RE = re.compile(r"(?:镇|乡|县|区|市)?[包驻](?:村|镇|乡|县|片)")
FOUNDING_RE = re.compile(r"建(?:州|县|市|区|省|旗)(?=\d*\s*周年|\d+年)")  # 建州70周年: the founding, no place
DATELINE_END = "讯"
CONJUNCTIONS = "和与及"
CONJUNCTION_WORDS = ("以及",)  # 甲乙以及丙: a conjunction of two characters, no given name glued to 及
# 甲地 + 第一银行/m: an ordinal and a suffix, nothing between (not 第二信托银行, 第一大银行, 第十届委员会)
ORDINAL_NAME_RE = re.compile(r"第[一二三四五六七八九十0-9]{1,3}")
NUMERAL_TAG = "m"
# 甲乙湖畔, 甲乙路东: a word of position after the last character of a name of a place (路 街 河 湖 …) is no part of it;
# names of three or more characters only, so that 湖南, 江西, 山东 and 河北 stay whole.
POSITION_WORDS = "畔边旁侧东西南北"
RIVER_ENDS = "河江溪"
DETERMINER_LEADS = ("全体", "该", "非")  # 全体镇人大代表, 该镇人大办公室, 非镇人大代表: which of a body's members
PREPOSITIONS = "以在向对由将把被从为给与同赴"  # never the first character of a place a level word follows
LEADING_VERBS = ("率", "带领", "陪同")  # 副市长甲乙率市政府副秘书长: a name, then the body its leader brought
DOTS = "·"  # between the parts of a transcribed name (买买提·艾力; simplified() folds the other dots into it)
TRANSCRIBED_TAIL_MAX = 6  # the most characters a dotted name's cut last part goes on over (阿不 + 都热西提)
DOTTED_GAP = 3  # characters the backbone may leave out between a dotted name's parts
NO_NAME_PART_TAGS = {"p", "u", "c", "d", "r"}  # 在/p, 的/u: no part of a dotted name (买买/v 提明/PER may be)
DOTTED_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8})+")  # 甲乙丙·丁戊, 甲乙·丙丁·戊己
LEADER_NAME_TAGS = {"nz", "nr", "n", "PER"}  # what the backbone may tag a leader's name as in a long sentence
LEADER_TITLE_MAX = 6  # 总书记, 副总理, 国务委员
UNIT_ENDINGS = "委室办处科局部队站所会社院组"  # what ends a unit's name, never a person's (史志室, 农牧委)
DOTTED_HEAD_MAX = 4  # characters of a dotted name's first part (热夏提, 阿不都)
# A school printed by its place and number (一中, 二小, 一高; 中学 in full too), not 三中全会, 一中心, 一小时, 中华
NUMBERED_SCHOOL_RE = re.compile(r"(?P<number>[一二三四五六七八九十]{1,2})(?:中学|小学|中|小|高)(?![全心时华国央间部文型等])")
SCHOOL_LEVELS = "县市区镇"  # 县一中: the level's own school
FORMER = "原"  # 原县人大常委会副主任: a past title, held in the same body
POSTED = "任"  # 新任/现任/曾任 + 州政协委员: the 任 of a post's tenure, glued before the body
POSTED_LEADS = "新现曾历兼担出"
RIVER = "河"
RIVER_SECTION = "河段"
PEOPLE = "族"  # 瑶族乡, 土家族乡: a township named after its people
RIVER_WORD_ENDS = "段长"  # 河段 (a river's section), 河长 (its chief): 甲镇 + 河段, 甲河 + 河长
DELIVERS = "作"  # 甲乙作工作报告: the verb of delivering a report or a speech
SAYS = "说"  # 甲乙·丙丁说“…”: the verb before a quote
QUOTE_OPENERS = "“\"：:，,"
DELIVERED_RE = re.compile("(?:工作报告|报告|重要讲话|讲话|典型发言|交流发言|表态发言|发言|说明|汇报|总结|部署|动员|推介|点评)")
PLACE_NAME_ENDS = "路街道河湖江海山岛谷岭桥港园村镇乡县区市省"
DIRECTIONS = "东南西北中"
LIST_END = ("；", ";")
SEGMENT_MARKS = "至段"
ROAD_CODE_RE = re.compile(r"[GSXYgsxy]\d{1,4}(?=[\u4e00-\u9fff])")  # S228甲乙: a numbered road and its name
ADVERB_TAGS = {"v", "vd", "vn", "a", "ad", "d"}  # 甲国 高速/d 发展/v: speed, not a road
LINE_NAME_RUNS_ON = {"n", "nz", "vn", "f", "s", "q"}  # 甲乙高铁 + 南站/n, 甲乙高速 + 口/n: a longer name
NOT_ROAD_NAME_TAGS = {"n", "vn", "v", "vd", "a", "ad", "d", "r", "p", "c", "u", "w", "m", "TIME"}  # 甲至乙段: a road section between two places
NAME_CLOSERS = "，,、；;。"
ELECTED_NAME_RE = re.compile(r"(?:选举|任命|聘请|聘任|推选|推举)(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?(?:为|担任)")
NAME_OPENERS = "、，,：:（( "  # what a name in a list or after a colon follows
CLAUSE_ENDS = "，,；;。"
PAUSES = "，,、；;。和与及）)"
LIST_PAUSES = "，,、；;"  # what closes one titled name of a list before the next
LIST_PAUSE = "、"
PAUSED_NAME_WORD_TAGS = {"v", "n", "nz", "vn", "PER"}  # 符/v 发胜/v; not 都/d 认真/a, 曾/d 平原/n (other rules')
NOT_GIVEN_NAME = set("了的着过是在和与及等说也都就又还")  # 主任也表示，: function characters, no given name's
LONGEST_PAUSED_NAME = 4  # 侃卓才让: a Tibetan name of four characters
NEXT_TITLE_WINDOW = 14  # how far after that pause the next person's title may end (市委常委、兰陵县委书记)
SESSION_BODY_OPENERS = ("政协", "中国人民政治协商会议", "中国共产党", "中共")
TERM_MARK = "届"  # in every body named with its term (第六届)
VILLAGE_ENDS = "村镇乡"
SUBDISTRICT = "街道"
COUNTY_ENDS = "区县"
VILLAGE_COMMITTEE = "村委"
DIVISION_ENDS = VILLAGE_ENDS + "县区市"
MINOR_LEVELS = ("town", "village")
VILLAGE_NAME_MAX = 6  # characters of a town's or village's name between its first piece and its level word
REGION_MODIFIER_MAX = 6  # characters between a place and its region's ending (长春 + 现代化 + 都市圈)
SHORT_NAME_LEVELS = "县市区旗"  # what a county's short name drops (开化县 -> 开化)
ZONE_ENDS = "区园"  # how a zone's name ends (工业区, 产业园): it lies inside no other site's name
LONG_NAME = 5  # characters: a Han name is shorter; a minority name of this length ends in no organisation suffix
DIVISION_LIKE_LEVELS = ("town", "county", "village")  # a person taken for one of these ends in its level word
MINORITY_NAME_MAX = 7  # 胡日沁必力格, 乌云其其格: Mongolian names run long
PAUSED_NAME_TAGS = {"n"}  # 副主席 + 甲乙丙/n 、: a name read as a common noun, before a pause only
PAUSED_NAME_CLOSERS = NAME_CLOSERS + "等"  # 市长 + 甲乙丙/n 等: 等 closes a list of people as a pause does
# 甲乙丙/d, 甲乙丙/nz, 向乙丙/p: a rare name the backbone read as one adverb, other noun or (no word) preposition
MODIFIER_TAGS = {"d", "a", "ad", "vd", "nz", "p"}
CENTRAL_TASK, TASK = "中心", "工作"  # 县委县政府中心工作: the bodies' central task
PARTY = "党"
# 党组, 党总支部: the rest of a body's party group or committee after its 党
PARTY_BODY_REST_RE = re.compile("组|总支部|总支|支部|委")
# 潘老, 王总, 李老师, 黄同学, 赵医生, 吕大姐, 谢局: honorifics and kin words after a surname address someone
DIVISION_NAME_LONGEST = 8  # characters of a division's name with its level word (甲乙丙自治县)
PLACE_AFTER_ERA_LONGEST = 7  # the same, read after an era word (新时代 + 甲县人大)
JOINT = "联合"  # 甲联合乙: 甲 together with 乙
JOINT_VERB_RE = re.compile("联合(?!会|社|国(?!家)|体|党|大学)")  # 联合 that starts no name (联合会; 联合 + 国家管网集团 does)
JOINT_FOLLOWERS = ("当地",)  # words the backbone runs on after 联合 (联合当地市政府)
PARTY_OF = "一行"  # 甲乙一行: the party 甲乙 led
ADDRESS_WORDS = {"老", "总", "局", "老师", "先生", "女士", "同志", "师傅", "同学", "医生", "大夫", "阿姨", "姨",
                 "大姐", "大哥", "大爷", "大妈", "奶奶", "爷爷"}
RESIDENT_BODY_RE = re.compile(r"(?<=[在住驻])[\u4e00-\u9fff](?=全国(?:人大|政协)|省(?:人大|政协))")
WORK_FIELDS = ("政协", "人大")  # 县委政协工作会议, 市委人大工作会议: a party committee's work with these bodies
COMMITTEE_END = "委"
DELEGATION = "代表团"
LIST_MARK = "、"
IDIOM = 4  # characters of a set idiom (成语)
SHORT_NAME_MAX = 4  # characters of a division printed by its short name (白岭, 太阳升)
# 政府 after a division's party committee (甲镇党委、政府), not 政府办, 政府网
GOVERNMENT_AFTER_RE = re.compile(rf"[、和]?(?P<government>{alternation(GOVERNMENTS)})(?![\u4e00-\u9fff]?[办网])")
PAIRED_COMMITTEE_RE = re.compile(rf"(?:[省市县区镇乡旗]|自治区)(?:{alternation(PARTY_COMMITTEES)})[、和]?$")  # right before
ASSEMBLY_COMMITTEE_RE = re.compile(ASSEMBLY_COMMITTEE + r"(?=[\u4e00-\u9fff])")  # 旗人大常委会 + 选联委 + 主任
# The kind of division a list names, not the cadres or people of it (等村干部, 等镇领导)
LISTED_DIVISIONS_RE = re.compile(DIVISION_LIST_CLOSER + r"(?!干部|民|两委|党|委|长|书记|负责|领导|医|级|集体|组|主任|干|支|官)")
OF = "的"
GLUED_FOLLOWERS = "率等"  # 甲乙丙率队, 甲乙平等参加: a name's last character and 率 or 等 read as one word (功率, 平等)
CLAUSE_CLOSING_FOLLOWERS = "说讲称等来去到了的也都在出走看"  # 甲乙说，: these can end a clause after a name
MEMBER, FULL_COMMITTEE = "委员", "委员会"  # 镇委员: a town's members; 镇委员会: its committee
VILLAGE = "村"  # no given name ends with it: 甲乙村/PER is a village wherever it stands
# What starts a village's or town's own body after its name (甲村党支部, 甲镇人民政府), never glued to it.
OWN_BODY_STARTS = ("党", "村委", "居委", "人民政府", "政府", "人大", "纪委", "卫生院", "中心", "派出所", "中学", "小学", "财政所",
                   "实验", "第", "初级")  # 甲镇实验小学, 甲镇第一小学: the town's own school
DOMESTIC_ENDINGS = ("省", "自治区", "市", "特别行政区")

# What each rule and filter does: the names are the config keys and the rows of the ablation table.
RULES = {
    "home_references": "我市, 本市 … are places (home_references.tsv)",
    "body_abbreviations": "unqualified bodies (市委, 镇党委) and the same after a place (玉林市委)",
    "joined_bodies": "joined bodies are two organisations (县委县政府 -> 县委, 县政府; 甲县委 + 县政府 stay two)",
    "conjoined_departments": "a department named for two fields joined by 和, which the backbone cut at the 和, is one "
                             "organisation (甲县文化/ORG 和 广电旅游体育局/ORG, 甲市文化/ORG 和 旅游行业协会/ORG): the first "
                             "part is a division and a field, with no organisation's suffix",
    "org_suffixes": "a place or organisation plus nominal words ending in an organisation suffix",
    "joined_field_names": "two fields joined by 与 or 和 before a college's, a bureau's or a committee's suffix are one "
                          "name (、生物资源/ORG 与 食品工程学院/ORG -> 生物资源与食品工程学院, 、新型工业化和数字经济局), "
                          "when the field before the conjunction follows a pause and ends in no suffix of its own",
    "stationed_offices": "an organisation, 驻 and where it is stationed, up to an organisation suffix, is one office "
                         "of it (甲日报 驻 乙市 记者站, 甲省政府 驻 乙市 办事处, 甲厅 驻 丙村 工作队)",
    "stationed_teams": "a work team named by where it is stationed or whom it helps (驻, 派驻, 帮扶, 援, 访惠聚 + "
                       "words + 工作队, 工作组, 服务队), verbs among the words, is one organisation, from the place or "
                       "organisation right before it (甲镇 驻镇帮镇扶村工作队, 乙大学 驻丙县访惠聚工作队, 驻村工作队)",
    "youth_league_committees": "团 printed as a word of its own before a division's committee is the Communist Youth "
                               "League's committee of that division, not the party's (由 团 + 市委 主办, 团 + 县委书记)",
    "level_led_orgs": "a level word printed alone after a verb, a preposition or a pause, then common words up to an "
                      "organisation suffix, is an organisation of that level (参观 市 未成年人保护中心, 要求 县 "
                      "生态环境分局): the home's, as 市委 is",
    "facility_names": "named sites cut short by the backbone (…物流产业园, …湿地公园)",
    "long_facility_names": "a site's whole name back from its suffix word, over places, adjectives and dates (甲县乙车桥丙新基地)",
    "village_plots": "common words and a site word after a village or town describe its plot, and name no site (甲村 + "
                     "花椒种植基地, 乙镇 + 食用菌基地)",
    "division_site_names": "a county or city before a site named by common words only is part of its name (甲县 + "
                           "规划展览馆 -> 甲县规划展览馆; 甲县 + 乙纪念园 and 甲村 + 种植基地 stay two): setting of "
                           "long_facility_names",
    "bracketed_places": "a name, a place in brackets and the words after it up to an organisation or site suffix are "
                        "one name (甲乙(丙市)有限公司, 丁戊(己县)食品产业园)",
    "org_suffix_verbs": "an organisation suffix the backbone tagged as a verb still ends the name (甲乡 + 同乡/n 会/v)",
    "task_groups": "a body named for a task right before its head's title is one organisation, back to its clause's "
                   "start (甲产业领导小组组长, 乙对口帮扶丙县工作组组长: group_suffixes.txt)",
    "departments": "a government department after a level word or a place is one organisation (县 + 林业和草原局, "
                   "甲县 + 自然资源和规划局: departments.txt)",
    "levels_before_orgs": "a level word printed alone before an organisation, after a pause, is its home's (，县 + "
                          "产业集聚区管委会/ORG -> 县产业集聚区管委会)",
    "paired_governments": "the government printed bare after a division's party committee is an organisation of that "
                          "division (甲镇党委、政府 -> 甲镇党委, 甲镇政府)",
    "assembly_committees": "a committee after a people's congress or a CPPCC, before a title, is part of its name (旗人大常委会 + "
                           "选联委 + 主任, 市政协 + 人口资源环境委 + 主任)",
    "listed_divisions": "the short names in a 、-list closed by 等 and a kind of division are places (到甲乙、丙丁等乡镇, "
                        "甲乙、丙丁等村), and so are those before a last item printed with its level (甲乙、丙丁、戊己镇)",
    "listed_departments": "a short department name after an organisation in a 、-list is one too (县发改局、住建局、城管局), "
                          "and a bureau a title of a title list names (市纪委常委、监察局副局长); in a list of two or more "
                          "bodies the backbone left untagged, each item that ends in an organisation's or a section's "
                          "suffix is one (，耕保处、用地处、执法大队等: the first only after a clause's break, the last up to 等)",
    "company_trades": "a name and a trade, closed by a pause, are a company (甲乙/PER 鞋业/n 、 -> 甲乙鞋业: "
                      "trade_words.txt)",
    "owned_businesses": "a person's name or a proper noun, trade words after it and a small business's ending are "
                        "one organisation, no person (甲乙/PER 种植/v 家庭/n 农场/n, 丙丁食用菌种植/nz 合作社/n: "
                        "owned_businesses.txt)",
    "listed_firms": "each name of a 、-list closed by 等 and 企业 is a company (前往 甲乙制药、丙丁科技等企业: "
                    "visit_verbs.txt), not a sector in common nouns (生物医药、食品饮料等企业)",
    "org_heads": "a backbone organisation with no suffix takes the one-word head after it (甲医学/ORG 会/v -> 甲医学会: "
                 "org_heads.txt)",
    "suffixes_across_words": "a name cut inside its organisation suffix (甲市军 + 分区 -> 甲市军分区)",
    "facilities_over_verbs": "a site's name the backbone cut with a verb (甲乙 拉/v 口岸, 甲乙 自驾游/v 营地, 甲西 互通/v)",
    "road_segments": "a place the backbone ran over a road segment is the places it names (甲至乙段丙 -> 甲, 乙, 丙)",
    "road_names": "roads, expressways and substations the backbone cut: a name, a grade and a road word (北沿江一级公路, "
                  "S228甲乙一级公路), a short name and 高速 before a place (甲乙高速丙至丁段), a voltage, a name and 变 "
                  "(220千伏甲乙变), two or three characters and a railway word (大临铁路, 广湛高铁)",
    "glued_posts": "an organisation, the backbone's or a rule's, holding a party post glued between two bodies, or "
                   "ending in one, is the body before the post and the body after it (甲社区党委 + 书记 + 居委会, 乙区委 + "
                   "常委, 丙市委 + 常委 + 组织部: titles printed with no 、 between them)",
    "glued_villages": "a village or town the backbone glued to the company, site or village after it is a place of its "
                      "own (甲村 + 山东乙纺织有限公司, 丙村 + 丁冷链物流生态园, 戊镇 + 己庚村, 戊街道 + 己庚村委), and so is a "
                      "district or county glued to a village or community in it (甲区 + 乙巷社区), and a listed county or "
                      "county-level city glued to a town or village (甲乙市 + 丙丁镇), and a listed province or city "
                      "glued to a listed division in it (四川省 + 绵阳市, 绵阳市 + 涪城区); not a village glued to its own "
                      "bodies (甲村党支部)",
    "villages_after_towns": "a word ending in 村 or 社区 right after a town is one of its villages, whatever the "
                            "backbone tagged it (甲镇 + 乙丙村/a)",
    "cut_village_names": "a town or village the backbone cut into a name and its end is one place (甲乙/PER 丙苏木/LOC, "
                         "甲/LOC 乙村/LOC, 甲乙丙/PER 嘎查), or into a place and words before the bare level word "
                         "(甲乙/LOC 丙丁/n 戊/v 嘎查/v)",
    "village_first_characters": "the first characters of a village's name the backbone gave to the town before it, "
                                "left as words of position after a pause or glued as a short place, are the "
                                "village's (甲镇西/LOC 乙村/LOC -> 甲镇, 西乙村; 、西/f 上/f 丙村; 丁戊/LOC 己村/LOC), "
                                "and so is a character glued after any division before another (甲县乙/LOC 丙镇/LOC), and a town "
                                "between a county and its village takes the one character before it (甲县 和/c 日镇 丙村), and a "
                                "town of one character the short place before it (甲乙/LOC 西镇/LOC)",
    "places_of_origin": "a place and 籍 the backbone took for a person or a place is the place (郁南籍/PER 乡亲 -> 郁南)",
    "cut_city_names": "a listed city or county the backbone cut after its first characters is one place (内/LOC 江市/LOC "
                      "-> 内江市, 蒸/v 湘区/LOC -> 蒸湘区, 昌都类/LOC 乌齐县/LOC -> 昌都, 类乌齐县), "
                      "and a listed county's body one organisation (离/v 石区委/ORG -> 离石区委)",
    "region_endings": "a place and the words after it up to a region's ending are one region (中原 + 城市群, 温州 + "
                      "都市圈, 长春 现代化 都市圈: region_endings.txt rows marked name)",
    "place_fragments": "a fragment word before a place (北部 + 湾城市群)",
    "place_suffix_words": "a short suffix word after a place (茂名综 + 试区)",
    "place_abbreviations": "two one-character short forms are two places (中美 -> 中, 美)",
    "place_trailing_words": "words after a place that are not its name go (新疆北部 -> 新疆, 成都晴 -> 成都)",
    "dotted_names": "names joined by · are one person (买买提·艾力)",
    "dotted_names_after_titles": "a dotted name right after a title is one person, whatever words the backbone cut "
                                 "it into (副主任 + 买买/v 提明/PER ·卡德/w 率): its last part runs over the characters "
                                 "that spell transcribed names (transcription_characters.txt)",
    "dotted_name_heads": "dotted_names also takes the one character the backbone cut from a dotted name's first part "
                         "between a title and the name (县长 + 甲/a 乙丙·丁戊/PER)",
    "dotted_name_tails": "dotted_names also takes the two or three characters the backbone cut from a dotted name's "
                         "last part, up to punctuation (甲乙·丙丁 + 戊己/v ，), or the word after the dot (甲乙/PER ·丙丁戊/w)",
    "ordinal_words": "an organisation or place name goes on over an ordinal word the backbone tagged a numeral "
                     "(台湾/LOC 第一银行/m -> 台湾第一银行)",
    "transcribed_tails": "dotted_names also takes the characters that spell transcribed names after a last part the "
                         "backbone cut (甲乙·阿不/PER 都/d 热西提 -> 甲乙·阿不都热西提: transcription_characters.txt)",
    "leader_names_in_words": "names_before_leader_titles also reads a name that starts a long word the backbone ran "
                             "over the title (甲乙丙总书记系列重要讲话精神/nz)",
    "elected_names": "the name between an election or appointment and its post is a person (选举甲乙为, 聘请甲乙丙同志为)",
    "names_after_titles": "a surname and one or two characters right after a title is a name the backbone missed (市长席小军率)",
    "names_before_semicolons": "names_after_titles also reads a three-character name the backbone cut into verbs when a "
                               "semicolon closes it, as in lists of leaders (…市政协主席甲乙丙；)",
    "paused_names_after_titles": "two or three characters between a title and a list's pause, a listed surname first, "
                                 "that the backbone cut into words of one or two characters, are a name (县监委主任 + "
                                 "符/v 发胜/v ，, 副主席 + 操/v 建民/n 、 + the next name), verbs and nouns only: the "
                                 "pause ends it, whatever its characters follow elsewhere",
    "names_tagged_as_verbs": "names_after_titles also reads a name the backbone took for one verb when punctuation, "
                             "一行 or 以及 closes it (副市长甲乙丙，, 市长包鸣/v ，, 书记包钢/v 一行, 副主席甲乙/v 以及), "
                             "unless its first character starts verbs (市长强调，), and a three-character one before 的 "
                             "or another verb (副县长甲乙丙/v 的陪同, 市长甲乙丙/v 回答/v)",
    "names_ending_in_followers": "names_after_titles also reads a name whose last character follows names elsewhere "
                                 "when a pause closes it (市委书记 + 申强/v 、: no 强调 there), unless that character "
                                 "can close a clause (说, 到)",
    "names_tagged_as_modifiers": "names_after_titles also reads a three-character name the backbone took for one adverb, "
                                 "adjective, other proper noun or preposition before a character that follows names or a "
                                 "pause (市长甲乙丙/d 主持, 部长向乙丙/p 陪同), or for a common noun before a pause "
                                 "(副主席甲乙丙/n 、)",
    "surnames_glued_to_titles": "names_after_titles also reads a name whose surname the backbone glued to the title "
                                "before it, the given name a word alone (副主席甲/n 乙丙/n 、)",
    "names_after_function_words": "names_after_titles also reads a surname the backbone took for a function word when "
                                  "a noun of one or two characters and punctuation follow (县长 + 曾/d 平原/n ，, 主任 + 于/p 兵/n ，), "
                                  "or any one character and a 、 before the next name of a list (副主任 + 曾/d 能/v 、乙丙)",
    "minority_names": "a Tibetan or Mongolian name after a title or a listed name, from a listed first part to a pause "
                      "or a character that follows names (部长扎西草, 主任乌云毕力格: minority_names.txt)",
    "names_before_titles": "a surname and one or two characters right before a title, as a report or a speech is cited "
                           "(审议甲乙丙州长所作的报告, 甲乙书记指出: title_citations.txt), is a name",
    "names_before_leader_titles": "a word of two or three characters, a surname first, right before the title of a "
                                  "national leader printed after names (甲乙丙/nz 总书记, 甲乙/n 总理) is a name",
    "names_between_titles": "a two-character word, a surname first, between a title and a pause the next person's "
                            "titles follow is a name (统战部部长 + 边峰/n ，市委常委、…)",
    "names_tagged_as_orgs": "a backbone organisation of two or three characters after a title, a surname first, closed "
                            "by a pause or a character that follows names, is a name (市委书记甲乙丙/ORG 、)",
    "names_tagged_as_places": "a backbone place of two or three characters after a title, a surname first, neither "
                              "a listed division nor ending in a level word, closed by a pause or a character that "
                              "follows names, is a name (市长 + 甲乙/LOC ，: 华东, 平原, 远洋 are names there)",
    "names_tagged_as_nouns": "a backbone noun of two or three characters after a title, a surname first and no "
                             "title or place in it, before a verb or a word that follows names, is a name (市长 + "
                             "甲乙/n 深入, 副主席 + 甲乙丙/n 出席; three characters may close with a pause)",
    "names_in_split_words": "three characters after a title that the backbone split into two or three common words, a "
                            "surname read as a noun or a word of place of its own first, closed by a pause or before what "
                            "a person does, are a name (主席 + 甲/n 乙丙/v ，, 检察长 + 甲/f 乙/v 丙/n 围绕): no word of "
                            "them is a pronoun, preposition or number, and the last is no verb a name is followed by "
                            "(记者 + 时/n 表示/v)",
    "names_ending_orgs": "a backbone organisation that runs on into a name before that name's title is the "
                         "organisation and the name (州交城投集团甲乙/ORG + 董事长 -> 州交城投集团, 甲乙)",
    "names_leading_bodies": "a backbone organisation right after a title that is a name, a verb of leading and a "
                            "body is the name and the body (副市长 + 甲乙率市政府/ORG -> 甲乙, 市政府)",
    "names_cut_short": "a two-character name after a title, or last in a list, that the backbone cut before its last "
                       "character (县委书记 + 谢宏/PER 有/v 、, 县长甲乙/PER 有/v 陪同, 、朱党/PER 其 出席), unless that "
                       "character follows names (说, 等, 在)",
    "names_cut_before_followers": "names_cut_short also takes a character that follows names when a pause closes it "
                                  "after a title (副市长甲乙/PER 前 ，), unless it can close a clause (说, 讲, 等)",
    "caption_names": "names_cut_short also takes the last character of a line that is a name alone, as captions "
                     "print them, though it could follow names elsewhere (雷惠/PER 强/a, 孔垂/PER 要/v)",
    "names_run_together": "a backbone person of six characters that is two names of common surnames is those names "
                          "(甲乙丙丁戊己作表态发言 -> 甲乙丙, 丁戊己), as headlines print them; never a foreign name",
    "names_over_places": "a one-character surname the backbone split from a place-like given name after a title is one "
                         "person (秘书长 + 甲 + 乙丙/LOC，), and so is a place that is no listed division and the one "
                         "character after it before a pause (书记 + 赵国/LOC 法，)",
    "org_title_tails": "a title the backbone glued to an organisation is cut off (民革潍坊市委会主委 -> 民革潍坊市委会), "
                       "also when it runs on into the next word (统战部部/ORG 长/n -> 统战部)",
    "host_committee_titles": "the party committee of a company, paper or school before a title is no name of its own: the "
                             "host is (甲日报社党委书记 -> 甲日报社: committee_hosts.txt)",
    "session_bodies": "a body named with its term is one organisation (政协第六届甲市委员会, 甲市第十届人民代表大会: "
                      "org_full_forms.tsv rows with {n})",
    "party_committees": "a committee of a party other than the Communist Party is one organisation with the party's "
                        "name (九三学社甲省委, 民进乙市支部, 民盟丙市委会: parties.txt)",
    "org_names": "organisations printed alone (国务院, 海军: org_names.txt), and 中央 listed with a province or city "
                 "(落实中央、省决策部署)",
    "numbered_schools": "a division, or a level word, a number and 中, 小 or 高 is a school (甲县一中, 乙城一高, 县二小), "
                        "not a plenary session (十届三中全会) nor a centre (一中心)",
    "dateline_papers": "the paper of a dateline is an organisation (湛江日报讯 -> 湛江日报, 某某在线9月3日讯 -> 某某在线)",
    "quoted_papers": "a paper's name in title marks is an organisation (《某某日报》)",
    "outlet_names": "national outlets printed alone (新华网, 中国网: outlet_names.txt)",
    "programmes": "programme names from programmes.txt",
    "programme_patterns": "programme patterns (programme_patterns.txt)",
    "campaign_names": "a campaign word and the name before it, back over nouns, adjectives and numbers to a verb or a "
                      "mark (实施 | 美丽集镇建设三年攻坚行动, 开展 | 党史学习教育: campaign_words.txt)",
    "slogans": "four-character slogans after a verb or another slogan (推进 工业强市, 坚持 旅游兴县: slogan_patterns.txt)",
    "place_slogans": "a two-character word and a place closed by 建设 are a campaign (美丽甲市、平安甲市建设)",
    "place_initial_slogans": "a quoted run of city and province initials is a corridor or campaign, not names (“甲乙丙”走廊)",
    "listed_names": "in a 、-run of items most of which are the backbone's persons (two at least), an item that looks "
                    "like a name is one, even one the backbone took for a word, a place or an organisation or cut "
                    "after its surname, the run's last included (甲、雷鸣、乙, 甲、吴国升/LOC、乙, 甲、占/v 卓夫/PER、乙, "
                    "甲、太史名华、乙, 甲、乙、连/d 天浪/n 参加), and a person the backbone cut short inside an item takes "
                    "the whole item (甲、莫日根/PER 巴图/n、乙)",
    "titled_run_heads": "listed_names also takes the first item of a run of persons when a title ends two or three "
                        "characters before its 、 (县领导 + 向东/v 、甲、乙): the backbone read the name as a word",
    "town_like_names": "listed_names also takes a three-character item between two persons that ends like a town but "
                       "is no listed county (甲、曾向镇/LOC、乙): towns are not listed, and a town among persons is rare",
    "listed_rare_surnames": "listed_names also takes a three-character name whose surname is not listed, or a "
                            "two-character one between two persons, when it is no word of the language (甲、篮挺佳、乙; "
                            "甲、能/v 荣/a 、乙)",
    "division_org_relabel": "a backbone organisation that is only a division's name is a place (甲州市 + 副市长: the "
                            "title names the government, the name the city)",
    "site_relabel": "a backbone organisation that ends like a site is a place (甲县博物馆, 乙食品产业园: "
                    "facility_suffixes.tsv rows marked site)",
    "person_org_relabel": "a backbone person of five or more characters that ends like an organisation or a site is "
                          "one (甲乙丙高科园党工委/PER, 丁戊己现代农业产业园/PER): no name ends so",
    "division_like_persons": "a backbone person that ends in a town's, county's or village's level word is that "
                             "division when it has four characters or more, or three with no surname first "
                             "(篁碧乡/PER, 甲乙屯镇/PER); no name of the gold sets is so",
    "central_tasks": "中心 before 工作 is the bodies' central task, not part of their name (县委县政府中心/ORG 工作 -> "
                     "县委, 县政府)",
    "committee_work": "a body printed after a party committee before 工作 is the committee's field of work, not part of "
                      "its name (县委政协/ORG 工作会议 -> 县委; 市委人大工作)",
    "not_org_tails": "a word that ends like an organisation but names none (协办, 大局: not_org_endings.txt) after a "
                     "backbone organisation's name goes (甲研究室协办/ORG -> 甲研究室)",
    "village_communities": "a village the backbone read before 社区 names the community (甲村/LOC 社区 -> 甲村社区)",
    "resident_members": "a place's one-character abbreviation after 在 before a national or provincial assembly is "
                        "where its members live, no part of the body (在甲全国人大代表, 住甲/ORG 全国政协委员)",
    "ethnic_townships": "a place right before a township's peoples and level is the township's name (甲乙/LOC "
                        "土家族乡/LOC -> 甲乙土家族乡)",
    "party_group_tails": "a party group or committee the backbone cut after its 党 takes the rest back (甲市政协党/ORG "
                         "组/n 成员 -> 甲市政协党组, 甲医院党/ORG 总支部 -> 甲医院党总支部)",
    "place_org_relabel": "a backbone place that ends like an organisation or a newsroom is one (玉林市委, 甲县融媒体中心)",
    "conjunction_tails": "a conjunction the backbone glued to a name before another name goes (甲分社和 乙分社)",
    "conjunction_levels": "a conjunction and a level word right after a name are no place (甲镇和县属企业, 甲局和县"
                          "水务局: 和县 is a county only after its province or city)",
    "places_before_bodies": "a division the backbone read as a person before its body is a place (甲乙镇/PER 党委), and so is a village anywhere (甲乙村/PER)",
    "zone_boards": "an organisation the backbone started at a zone word's last character takes the whole word "
                   "(开发/n 区管委会/ORG -> 开发区管委会: site_suffixes.tsv)",
    "names_before_conjunctions": "a person the backbone ran over a conjunction into a level-led body is the name "
                                 "before the conjunction (甲乙丙和县政府办/PER -> 甲乙丙)",
    "split_names": "a surname the backbone read as a person of its own before the given name joins it (时/PER 荣芬/PER), "
                   "and so does a given name of one or two characters the backbone read as a word when a pause or a "
                   "conjunction closes it (、申/PER 太平/a 、, 于/PER 长洪和/ORG 人民日报社)",
    "given_names_before_conjunctions": "a two-character name after a title whose next word is one character and a "
                                       "conjunction takes that character (部长 + 甲乙/PER 丙及/v -> 甲乙丙)",
    "cut_level_words": "a place the backbone ended inside a level word of several characters takes the rest of it "
                       "(甲乙自治/LOC 旗/n -> 甲乙自治旗)",
    "delegations": "a delegation named after a division is a mention of the division (甲市党政代表团 -> 甲市: delegations.txt)",
    "position_tails": "a word of position the backbone glued to a place goes (甲乙湖畔, 甲乙路东: beside, east of it)",
    "river_sections": "a river and the town of its section the backbone glued together are two places (甲乙河丙丁镇 + "
                      "河段 -> 甲乙河, 丙丁镇), and the 河 of 河段 or 河长 after a place is no part of it (甲乙镇河/LOC 段, "
                      "甲乙镇河段/LOC, 甲河河/LOC 长)",
    "trim_punctuation": "quotes and brackets around a name go, needed quotes stay (“信”字号)",
    "era_words": "a word of an era glued before an organisation goes (新时代 + 甲县人大: era_words.txt)",
    "preposition_starts": "a preposition, or 原 (former) or the 任 of 新任, 现任, glued before a level word that starts "
                          "an organisation goes (以 + 州人民代表大会, 向 + 县委, 原 + 县人大常委会, 新任 + 州政协), so does "
                          "a determiner glued before a level and a body or a body (全体 + 镇人大, 该 + 镇人大办公室, 全体 + "
                          "政协), and a preposition or a conjunction glued before a listed division (对容县/LOC -> "
                          "容县, 建设和容县/LOC -> 容县)",
    "listed_divisions_before_bodies": "body_abbreviations also takes the listed county or city the backbone left "
                                      "in a word before a body (南岸 + 区委书记/s -> 南岸区委)",
    "paused_given_names": "names_after_titles also reads a name whose given name the backbone took for a word of its "
                          "own when a list's 、 closes it (副监事长 + 甲/n 中/f 、, 副主任 + 莫/a 幸福/a 、)",
    "names_before_reports": "the verb of delivering a report the backbone glued to a name goes (甲乙作/PER 工作报告 -> 甲乙)",
    "village_word_tails": "the 村 of a village's post or body the backbone glued to the village goes (甲乙村村/LOC 主任, "
                          "甲乙村村/LOC 委会, 甲乙村村/LOC 民 -> 甲乙村)",
    "names_before_quotes": "the 说 before a quote or a colon that the backbone glued to a name of four characters or "
                           "more goes (甲乙·丙丁说/PER “… -> 甲乙·丙丁)",
    "names_before_trips": "the 来 or 赴 of a trip to a place printed short that the backbone glued to a name goes "
                          "(甲乙来/PER 茂调研 -> 甲乙: one or two characters, then a verb of visit_verbs.txt)",
    "names_before_leads": "the 率 of leading a group that the backbone glued to a name goes (甲乙丙率/PER 协会一行 -> "
                          "甲乙丙: a listed surname, then one or two characters)",
    "names_before_representing": "the 代表 (on behalf of) the backbone glued to a name it took for an organisation "
                                 "goes, and the name is a person's (甲乙丙代表/ORG 县委、县政府 -> 甲乙丙: a listed surname, "
                                 "then one or two characters)",
    "names_before_acting_posts": "the 代 (acting) of a post printed after a name that the backbone glued to the name "
                                 "goes (甲乙代/PER 省长在…的讲话 -> 甲乙: a listed surname, then one or two characters, "
                                 "then a post)",
    "names_before_etc": "the 等 closing a list that the backbone glued to the last name goes (甲乙丙、丁戊己等/PER 的欢迎 -> "
                        "丁戊己: 平等, 同等 are words)",
    "joint_verbs": "联合 (together with) glued to the organisation before it or to the level word after it is a "
                   "verb (甲分行联合/ORG 省委组织部 -> 甲分行; 联合县/ORG 人才办 -> 县人才办 for the body rules), and a name "
                   "run over it is the two it joins (甲社区联合乙局 -> 甲社区, 乙局)",
    "names_glued_to_parties": "the 一行 (the party a person led) the backbone glued to a name goes (甲乙一行/PER 来到 -> "
                              "甲乙)",
    "names_glued_to_conjunctions": "the 和, 与 or 及 the backbone glued to a three-character name as its fourth character "
                                   "goes (甲乙丙和/PER 市领导丁 -> 甲乙丙: no name of one surname and four characters "
                                   "ends so)",
}
# Rules that change how other rules work rather than proposing spans of their own.
SETTINGS_RULES = ("caption_names", "leader_names_in_words", "zone_boards", "names_before_conjunctions", "cut_level_words", "given_names_before_conjunctions", "titled_run_heads", "town_like_names", "village_plots", "conjunction_levels", "surnames_glued_to_titles", "division_site_names", "places_of_origin", "central_tasks", "ethnic_townships", "resident_members", "village_communities", "not_org_tails", "committee_work", "party_group_tails", "names_ending_in_followers", "paused_given_names", "person_org_relabel", "division_like_persons", "village_first_characters", "names_tagged_as_modifiers", "names_cut_before_followers", "road_segments", "joint_verbs", "glued_villages", "glued_posts", "site_relabel", "listed_rare_surnames", "dotted_name_heads", "dotted_name_tails", "transcribed_tails", "ordinal_words", "names_tagged_as_verbs", "names_after_function_words", "place_org_relabel", "division_org_relabel", "trim_punctuation", "conjunction_tails", "places_before_bodies", "delegations", "position_tails", "split_names", "names_before_semicolons", "names_before_reports", "names_before_trips", "names_before_leads", "names_before_representing", "names_before_quotes", "names_before_acting_posts", "names_before_etc", "names_glued_to_parties", "names_glued_to_conjunctions", "village_word_tails", "listed_divisions_before_bodies", "river_sections", "era_words", "preposition_starts")
# Rules measured to cost more than they earn on the evaluation sets (README, "Every rule in numbers"):
# kept for the pages they fit, switched on in the config.
OFF_BY_DEFAULT = {"place_suffix_words", "campaign_names"}
FILTERS = {
    "stop_entities": "generic words the backbone tags (stop_entities.txt) and peoples (哈尼族: peoples.txt)",
    "junk_characters": "spans with punctuation, digits or page marks, or a bracket left open or closed",
    "single_characters": "one character, unless a known short form of a place (美, 粤)",
    "titles_as_persons": "a title taken for a person (林长)",
    "titles_as_orgs": "a body and its post taken for an organisation (统战部长, 甲会总会长): a title, which the titles "
                      "component reads; no organisation's name ends in a post",
    "place_pairs": "two places' one-character short forms taken for a person (川渝, 郑汴: place_abbreviations.tsv)",
    "office_credits": "an office credited as a source or author is no person (供稿：侨政处, 来源：院办): a name of two "
                      "or three characters ending in 处, 部, 办 or 室",
    "surname_titles": "a surname and a title, an honorific or a kin word taken for a person (张书记, 王县长, 潘老, 王总, "
                      "赵医生, 吕大姐): an address, not a name",
    "implausible_places": "a determiner and a level are no place (本村镇, 各村, 两自治县, 整村搬迁), nor is a duty and a "
                          "level (包联县领导, 挂点县领导, 镇包村干部: the cadre in charge of a town or village), the "
                          "founding of a division (建州70周年), or peoples and an autonomous level with no place "
                          "before them (全国唯一的水族自治县)",
    "generic_orgs": "an organisation without suffix ending in a generic noun (企业品牌)",
    "plural_level_orgs": "an organisation named by two levels and a body is every such body, no one organisation "
                         "(乡镇卫生院, 村镇银行, 县区政府, 县乡人大, 县、乡人大), unless the second level starts a word "
                         "(县乡村振兴局, 省市场监管局)",
    "bodies_inside_titles": "the 市委 of 市委书记 is part of the title, not a mention",
    "set_phrases": "a place that starts a set phrase is no mention of it (中国特色社会主义, 中国式现代化: set_phrases.txt)",
    "countries_in_event_names": "a country's name that starts an event's is no mention of the country (中国农民丰收节, "
                                "中国-东北亚博览会: event_endings.txt)",
    "idioms": "no name lies inside or across a four-character idiom (踔厉奋发, 栉风沐雨: idioms.txt), nor a common word "
              "that holds a place's name (入海口: no 海口)",
    "honour_titles": "an honour printed like a place's name is no place (国家级旅游度假区, 世界地质公园: "
                     "honour_titles.txt)",
    "clan_names": "a surname and 氏 is a clan or a family's craft, not a person (岑氏家族, 蒋氏膏药)",
    "slogan_names": "no person lies inside a quoted slogan of several phrases (“甲乙丙丁·戊己庚辛”, “庆丰收 感党恩 "
                    "跟党走”, “以月保季、以季保年”): an event's or a campaign's name, not a name",
}


# What a level word printed alone follows when it starts a body's name (参观/v 市 …中心, 在/p 县 …局, 、县 …局),
# and the words of that name (未成年人/n 保护/vn 中心/n, 第四/m 督导组/n).
LEVEL_OPENERS = {"v", "p", "u", "c", "w"}
BODY_WORD_TAGS = {"n", "vn", "nz", "an", "a", "j", "m"}
# LAC tags of the words that lead into a task body's name (在/p 近日/TIME) and are none of it; so is a one-character
# verb (率/v), while a longer one is part of the name (对口帮扶丙县工作组, 创建丁度假区指挥部).
NATIVE_OF = "籍"  # 甲县籍: born in 甲县
WIDER_THAN_TOWN = {"county", "district", "city", "province"}  # the levels a town lies in
GROUP_LEAD_TAGS = {"p", "c", "d", "u", "r", "t", "TIME", "w", "xc"}
# LAC tags of a word that starts where a name would (关于/p, 干部/n; one character: 都/d, 来/v).
NOT_NAME_START = {"p", "c", "d", "r", "u", "n", "vn", "nz", "nw", "a", "ad", "f", "m", "q", "t", "s", "TIME"}
# Words inside a site's name before its suffix (高端/a, 现代/TIME besides the nouns).
FACILITY_TAGS = NOMINAL_TAGS | {"a", "TIME"}
RELATIVE_POSITIONS = {"内", "中", "里", "上", "下", "以来", "期间", "之间", "之中", "以内", "当中"}
RELATIVE_TIME_RE = re.compile(r"^(?:今|去|明|近|目前|日前|当前)|(?:以来|以后|期间|年来)$")  # not 现代/TIME 农业园
# Common words only, no proper noun (规划/vn 展览馆, 现代/TIME 农业 产业园): a site named by them takes the division
# before it into its name (甲县规划展览馆), where a proper noun names the site itself (甲县 + 乙纪念园).
COMMON_NAME_TAGS = {"n", "vn", "a", "an", "TIME"}
COMMON_WORD_TAGS = COMMON_NAME_TAGS | {"nz", "nw", "ad", "d", "f", "s", "t", "m", "q", "r"}  # a word, not a name
SLOGAN_WORD_TAGS = {"a", "an", "n", "vn", "ad"}
PLACE_SLOGAN_END = "建设"
CENTRAL = "中央"
# 中央 listed with a province or city is the party's centre (落实中央、省委部署), not in a list of media (中央、省、
# 市媒体记者: central media)
CENTRAL_RE = re.compile(r"(?<!党)中央(?=[、和及与](?:省|市|县|区))(?![^，。；]{0,14}?(?:媒体|新闻|记者|报社|电视|网站))")
# 甲乙、丙丁、戊己镇: short names listed before the last, which alone prints the level they share
SHARED_LEVEL_LIST_RE = re.compile(r"(?:^|(?<=[，,。：:；;\s]))((?:[\u4e00-\u9fff]{2}、)+)[\u4e00-\u9fff]{2}(?:镇|乡|县|街道)(?![长村城镇])")
LISTED_DEPARTMENT_RE = re.compile(r"(?<=、)([\u4e00-\u9fff]{1,4}(?:局|委|办))(?=[、和及与等]|负责)")
# 市纪委常委、监察局 + 副局长: a bureau named by the title its staff hold after it
TITLED_BUREAU_RE = re.compile(r"(?<=、)[\u4e00-\u9fff]{1,6}?局(?=副?局长|党组|总工程师|总经济师)")
PLACE_PREFIX_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:自治县|县|区|市|旗)")  # a county's name at a body's start
BRACKETED_RE = re.compile(r"[(（]([\u4e00-\u9fff]{2,8})[)）]")  # 甲乙(丙市)…: a place in brackets inside a name
BRAND_TAGS = {"PER", "ORG", "LOC", "nz", "nw", "j"}  # a name's own words, not the common ones before it
# Tags of the words that end a name's run after the brackets (甲(乙)公司 等, 甲(乙)产业园 ，).
NAME_RUN_ENDS = {"w", "p", "u", "c", "r", "d", "m", "q", "xc"}
NAME_RUN_RE = re.compile(r"[\u4e00-\u9fff·]+(?:、[\u4e00-\u9fff·]+){2,}")  # three items or more, the ends run on
OFFICE_ENDS = "处部办室"  # 侨政处, 经科部, 院办, 党政办公室: offices, whose short names credits print like names
GROUP_DETERMINERS = "各全诸"  # ，各区县政府主要领导: unnamed officials, no titled person whose list a name closes
LONGEST_RUN_ITEM = 6  # 莫日根巴图: a Mongolian name of five characters and more
OPENING_QUOTES, CLOSING_QUOTES = "“『「", "”』」"
SLOGAN_BREAK_RE = re.compile(r"[·、\s]+")  # between the phrases of a slogan: 甲乙丙丁·戊己庚辛, 甲乙丙 丁戊己
SLOGAN_PHRASE = 3  # characters of a slogan's shortest phrase (感党恩); a foreign name's parts may be shorter
LONGEST_SLOGAN = 24
TRIP_VERBS = "来赴莅"  # 甲乙来茂调研: the verb of a trip, before the place it goes to
LEADS = "率"  # 甲乙丙率协会一行: leading the group that follows
BODY_RUN_RE = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")  # items of a 、-list, the ends run on
CLAUSE_OPENERS = "，,。：:；;（("  # what a list's first item may follow for its start to be the list's
LISTED_BODY_LONGEST = 12
LISTED_SECTION_ENDS = ("处", "股", "部", "办", "站", "所")  # 耕保处, 党群工作部: sections, in a list
ROOM_ENDS = ("室", "厅", "方队", "团队", "专科")  # 活动室, 多功能厅, 彩旗方队, 运营团队: rooms and teams, listed as bodies are
FIELD_BODY_SUFFIXES = ("学院", "局", "系", "研究所", "研究院", "委员会")  # 生物资源与食品工程学院, 经济合作与对外开放局
FIELD_WORD_TAGS = {"n", "nz", "vn", "an", "a", "ORG"}  # the words of a field's name (新型/a 工业化/vn)
FIELD_LENGTH = 6
FIELD_OPENERS = "、，,；;：:（(“"  # what may come right before the first field of such a name
LEVEL_CHARACTERS = "乡村镇"  # what a word after a county's name may be made of (乡村, 村镇) that no town is named
REPRESENTS = "代表"  # 甲乙丙代表县委: speaking on behalf of the body that follows
ETC = "等"
ACTING = "代"  # 代省长: a post held until the election
CLAN = "氏"  # 岑氏: a family; no given name ends with it
AND = "和"
FIELD_LENGTH = 7  # 区 + 文化广电: the longest level and field printed untagged before a department's 和
DIVISION_LEVELS = "省市县区州旗"
FIELD_OF_DIVISION_RE = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?[{DIVISION_LEVELS}][\u4e00-\u9fff]{{2,6}}")  # 甲县文化, 县住房: a division's field
VILLAGE_WORD_RE = re.compile("主任|长|委|两委|民|党|支|干部|集体|史")  # 村 + 主任, 村 + 委会: a village's post, body or people
QUOTED_SHORT_RE = re.compile(r"“([\u4e00-\u9fff]{3,6})”")
QUOTED_PAPER_RE = re.compile(r"《([\u4e00-\u9fff]{1,10}(?:报|周刊))》")
CAMPAIGN_NAME_TAGS = {"n", "nz", "vn", "an", "a", "m", "TIME", "LOC", "ORG", "j", "nw", "s"}  # not v: 实施, 开展, 是
CAMPAIGN_NAME_LIMIT = 16
CAMPAIGN_NAME_VERBS = {"建设", "发展", "整治", "治理", "振兴", "改造", "提升", "创建", "保护"}  # nouns LAC tags as verbs
TRADE_MODIFIER_TAGS = {"n", "nz", "vn", "an"}
TRADE_VERBS = ("种植", "养殖", "种养", "加工", "生产")  # 甲乙 + 种植 + 家庭农场: what the business does
PROPER_NOUN_TAG = "nz"
# A 、-list of names closed by 等, a count or a kind (重点, 小微) and 企业: the companies visited.
FIRMS = "企业"
# 甲、乙等企业, 甲、乙等9家企业, 甲、乙9家企业: a list closed by 等 or by a count of firms
LISTED_FIRMS_RE = re.compile(r"((?:[\u4e00-\u9fffA-Za-z0-9·]{2,16}、)+[\u4e00-\u9fffA-Za-z0-9·]{2,12})"
                             r"(?:等(?:[\d一二三四五六七八九十几多余]+[家个])?|[\d一二三四五六七八九十几多余]+家)"
                             r"[\u4e00-\u9fff]{0,4}?" + FIRMS)
FIRM_LEAD_TAGS = {"p", "c", "d", "r", "u", "TIME", "ad", "vd"}  # 先后/d 到/v, 在/p: before the first name
COMMON_NOUN_TAGS = {"n", "vn", "an", "a", "m", "q"}  # 生物/n 医药/n, 精细/a 化工/n: a sector, not a name
LINE_NAME_TAGS = {"nz", "j", "LOC", "ns", "PER", "nw"}
CHINA = "中国"
COUNTRIES = (CHINA, "全国", "国家")
REPORTERS = ("记者", "通讯员")
PARTICLE_TAGS = {"u", "p", "c", "r", "d"}
NOT_NAME_ENDS = "家们处里店"  # 、甲乙家在: a home, not a name; 甲乙店: a shop
COMMON_SURNAMES = 150  # ranks of surnames.txt, most common first
TRANSLITERATION_CHARS = set("斯尔夫科里特德诺娃娜亚维奇基克拉罗莫茨")  # in foreign names (普里马科夫), never Chinese ones
TITLE_BEFORE_SURNAME = 6  # how far back a title ending right before a surname alone is looked for
GIVEN_NAME_TAGS = {"n", "nz", "nw", "PER", "nr", "LOC", "ns"}
PERSON_TAGS = {"PER", "nr"}
# two levels printed as one word: every division of them (乡镇卫生院, 市州科技局, 县乡人大); 县市, 省市 and 县乡 only
# where the second level starts no word (县 + 市场监管局, 县 + 乡村振兴局: LEVEL_WORDS_AFTER_LEVELS)
PLURAL_LEVELS = ("乡镇", "村镇", "镇村", "县区", "区县", "市县", "县乡", "县市", "省市", "市州", "州市", "省州", "镇街")
# Common words that end in a level character (省军区、市军分区: the 区 of 军区 lists no level)
WORDS_ENDING_IN_LEVELS = ("军区", "园区", "城区", "社区", "景区", "新区", "辖区", "片区", "小区", "山区", "湾区", "校区",
                          "城市", "超市", "城乡", "家乡", "城镇", "集镇", "古镇", "乡村", "农村", "新村")
LEVEL_WORDS_AFTER_LEVELS = ("乡村", "市场", "市民", "县域", "村民")  # 县乡村振兴局: the 乡 starts a word, not a level
NOUN_NAME_TAGS = {"n"}  # 庭长 + 甲乙/n: a name the backbone read as a common noun
ACT_AFTER_NAME_TAGS = {"v", "p", "c", "d", "vd", "m"}  # 出席/v, 与/p, 及/c, 先后/d, 一行/m
SPLIT_NAME_TAGS = {"n", "v", "a", "f", "d", "ad", "an", "vn", "nz", "s"}  # the common words a rare name splits into
GLUED_POST_RE = re.compile("(?:委|党组|党工委|党总支|党支部)(?P<post>副?书记|常委|委员)")
BODY_AFTER_POST = "会处"  # 常委会, 委员会, 书记处: a body, no post
SPLIT_NAME_LENGTH = 3
YOUTH_LEAGUE_COMMITTEE_RE = re.compile(rf"{YOUTH_LEAGUE}(?=[省市县区州旗盟镇乡]委)")  # 团 + 市委
STATIONED_TEAM_RE = re.compile(r"(?:驻|派驻|对口帮扶|帮扶|援[\u4e00-\u9fff]|访惠聚)[\u4e00-\u9fff]{0,10}?(?:工作队|工作组|服务队)")
TEAM_OPENERS = "的和与及为对在由向给是把将让被从"  # what a team printed with no place before may follow (为驻村工作队)
SURNAME_WORD_TAGS = {"n", "f", "nz", "s"}  # a surname read as a word of its own (弓/n, 后/f), not 都/d or 全/a; 祝/v
# starts the verbs names_tagged_as_verbs reads
FUNCTION_TAGS = {"v", "vd", "d", "p", "c", "u", "r", "ad", "f", "m", "q", "xc"}


def _balanced(name: str) -> bool:
    """Every bracket of ``name`` closes the one opened before it."""
    depth = 0
    for ch in name:
        depth += (ch in OPENING_BRACKETS) - (ch in CLOSING_BRACKETS)
        if depth < 0:
            return False
    return depth == 0


def _untagged_field(c: Context, position: int) -> int | None:
    """Where untagged words after a pause, a level word first, start right before ``position`` (、区文化); the
    caller checks that they are a level and a field (FIELD_OF_DIVISION_RE)."""
    opening = position
    while opening > 0 and _is_cjk(c.text[opening - 1]) and position - opening < FIELD_LENGTH:
        opening -= 1
    taken = any(s < position and opening < e for s, e, _ in c.backbone)
    return opening if (opening == 0 or not _is_cjk(c.text[opening - 1])) and not taken \
        and c.text[opening] in DIVISION_LEVELS else None


def _run_items(run: re.Match) -> list[tuple[int, int]]:
    """Where each item of a 、-run starts and ends in the sentence."""
    items, cursor = [], run.start()
    for item in run.group().split(LIST_PAUSE):
        items.append((cursor, cursor + len(item)))
        cursor += len(item) + 1
    return items


def _is_cjk(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


@dataclass
class Context:
    """What every rule reads: the sentence, the backbone's words and entities, the settings."""

    text: str
    words: list[Word]
    backbone: list[Span]
    org_window: int
    title_core_re: re.Pattern

    @cached_property
    def word_at(self) -> dict[int, tuple[int, str]]:
        return {start: (end, tag) for start, end, tag in self.words}

    @cached_property
    def title_starts(self) -> dict[int, int]:
        """Where each title core starts, by where it ends: one scan of the sentence for the rules that read titles."""
        return {m.end(): m.start() for m in self.title_core_re.finditer(self.text)}

    @cached_property
    def title_ends(self) -> set[int]:
        """Where a title core ends (before a name the backbone may have missed): read by several rules."""
        return set(self.title_starts)

    @cached_property
    def word_ending(self) -> dict[int, int]:
        return {end: start for start, end, _ in self.words}


@Language.factory(
    "kg_entity_rules",
    requires=["doc.ents", "doc._.kg_words"],
    assigns=["doc.ents"],
    default_config={
        "lexicon_dirs": [],
        "rules": {name: name not in OFF_BY_DEFAULT for name in RULES},
        "filters": {name: name not in OFF_BY_DEFAULT for name in FILTERS},
        "org_window": 14,
        "overlap_filter": {"@misc": "kg.rules_then_longest.v1"},
    },
)
def make_entity_rules(nlp: Language, name: str, lexicon_dirs: list[str], rules: dict[str, bool],
                      filters: dict[str, bool], org_window: int, overlap_filter: Callable) -> "EntityRules":
    return EntityRules(name, lexicon_dirs, rules, filters, org_window, overlap_filter)


class EntityRules(LexiconComponent):
    """Rule patches over the backbone's entities; patterns come from the lexicon files."""

    def __init__(self, name: str, lexicon_dirs: list[str], rules: dict[str, bool], filters: dict[str, bool],
                 org_window: int, overlap_filter: Callable) -> None:
        super().__init__(name, lexicon_dirs)
        unknown = (set(rules) - set(RULES)) | (set(filters) - set(FILTERS))
        if unknown:
            raise ValueError(f"{name}: unknown rule or filter {', '.join(sorted(unknown))}")
        # Whether each rule is on; settings rules change how other rules work instead of proposing spans.
        self.on = {rule: rules.get(rule, rule not in OFF_BY_DEFAULT) for rule in RULES}
        self.rules = [getattr(self, rule) for rule, on in self.on.items() if on and rule not in SETTINGS_RULES]
        self.filters_on = {kind: filters.get(kind, kind not in OFF_BY_DEFAULT) for kind in FILTERS}
        self.filters = [getattr(self, f"_{kind}") for kind, on in self.filters_on.items() if on]
        self.org_window = org_window
        self.overlap_filter = overlap_filter

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        backbone = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        if self.on["place_org_relabel"] or self.on["division_org_relabel"] or self.on["site_relabel"] \
                or self.on["person_org_relabel"] or self.on["division_like_persons"]:
            backbone = [(s, e, self._relabelled(text[s:e], label)) for s, e, label in backbone]
        if self.on["central_tasks"]:  # 县委县政府中心/ORG 工作: the central task of the bodies
            backbone = [(s, e - len(CENTRAL_TASK), label) if label == ORG and e - s > len(CENTRAL_TASK) + 1
                        and text.endswith(CENTRAL_TASK, s, e) and text.startswith(TASK, e) else (s, e, label)
                        for s, e, label in backbone]
        if self.on["committee_work"]:  # 县委政协/ORG 工作会议: the committee's work with the 政协, no body 县委政协
            backbone = [(s, e - _committee_work(text, s, e), label) if label == ORG else (s, e, label)
                        for s, e, label in backbone]
        if self.on["not_org_tails"]:  # 甲研究室协办/ORG: the organiser's role goes
            backbone = [self._without_not_org_tail(text, s, e) if label == ORG else (s, e, label)
                        for s, e, label in backbone]
        if self.on["village_communities"]:  # 甲村/LOC 社区/n: a community named after its village
            backbone = [(s, e + len(COMMUNITY), label) if label == PLACE and text.endswith(VILLAGE, s, e)
                        and text.startswith(COMMUNITY, e) else (s, e, label) for s, e, label in backbone]
        if self.on["places_of_origin"]:  # 郁南籍/PER 乡亲: people of a place, printed as the place and 籍
            backbone = [(s, e - 1, PLACE) if label in (PERSON, PLACE) and e - s > 2 and text[e - 1] == NATIVE_OF
                        and (self._known_division(text[s:e - 1]) or self._short_division(text[s:e - 1]))
                        else (s, e, label) for s, e, label in backbone]
        if self.on["resident_members"]:  # 在澄/ORG 全国政协委员: the members living in a place of one character
            backbone = [span for span in (_resident_body(text, *span) for span in backbone) if span]
        if self.on["ethnic_townships"]:  # 甲乙/LOC 土家族乡/LOC: the township's name and its peoples are one place
            backbone = _joined_townships(text, backbone)
        if self.on["party_group_tails"]:
            backbone = [(s, rest.end(), label) if label == ORG and e - s > 2 and text[e - 1] == PARTY
                        and (rest := PARTY_BODY_REST_RE.match(text, e)) else (s, e, label) for s, e, label in backbone]
        if self.on["conjunction_tails"]:  # 甲分社和/ORG 乙分社/ORG: the conjunction is no part of the first name
            starts = {s for s, _, _ in backbone}
            backbone = [(s, e - 1, label) if e in starts and e - s > 3 and text[e - 1] in CONJUNCTIONS
                        and label in (ORG, PLACE) else (s, e, label) for s, e, label in backbone]
        if self.on["conjunction_levels"]:  # 甲镇和县/LOC 属企业: and the county's
            ends = {e: text[s:e] for s, e, label in backbone}
            backbone = [span for span in backbone if not (
                span[2] == PLACE and span[1] - span[0] == 2 and text[span[0]] in CONJUNCTIONS
                and text[span[0] + 1] in self.lex.levels and span[0] in ends
                and self.lex.level_of(ends[span[0]]) not in ("province", "city"))]
        if self.on["village_first_characters"]:
            backbone = self._villages_given_back(text, doc._.kg_words or [], backbone)
        if self.on["position_tails"]:
            backbone = [(s, e - 1, label) if label == PLACE and e - s > 3 and text[e - 1] in POSITION_WORDS
                        and text[e - 2] in PLACE_NAME_ENDS else (s, e, label) for s, e, label in backbone]
        if self.on["river_sections"]:
            backbone = [piece for span in backbone for piece in self._river_pieces(text, span)]
        if self.on["names_before_reports"]:
            backbone = [(s, e - 1, label) if label == PERSON and e - s > 2 and text[e - 1] == DELIVERS
                        and DELIVERED_RE.match(text, e) and self.lex.surname_length(text[s:e - 1])
                        else (s, e, label) for s, e, label in backbone]
        if self.on["names_before_trips"]:
            backbone = [(s, e - 1, label) if label == PERSON and e - s == 3 and text[e - 1] in TRIP_VERBS
                        and self._trip_purpose_at(text, e) else (s, e, label) for s, e, label in backbone]
        if self.on["names_before_leads"]:
            backbone = [(s, e - 1, label) if label == PERSON and e - s in (3, 4) and text[e - 1] == LEADS
                        and self.lex.surname_length(text[s:e - 1]) and _is_cjk(text[e:e + 1])
                        else (s, e, label) for s, e, label in backbone]
        if self.on["names_before_representing"]:  # 甲乙丙代表/ORG 县委: the person who speaks for the body
            backbone = [(s, e - len(REPRESENTS), PERSON) if label == ORG and text.endswith(REPRESENTS, s, e)
                        and e - s - len(REPRESENTS) in (2, 3) and self.lex.surname_length(text[s:e - len(REPRESENTS)])
                        and _is_cjk(text[e:e + 1]) else (s, e, label) for s, e, label in backbone]
        if self.on["names_before_acting_posts"]:
            backbone = [(s, e - len(ACTING), label) if label == PERSON and e - s in (3, 4) and text.endswith(ACTING, s, e)
                        and self.lex.surname_length(text[s:e - len(ACTING)]) and self.lex.post_title_re.match(text[e:e + 6])
                        else (s, e, label) for s, e, label in backbone]
        if self.on["names_before_etc"]:
            backbone = [(s, e - 1, label) if label == PERSON and e - s > 3 and text[e - 1] == ETC
                        and self.lex.surname_length(text[s:e - 1]) else (s, e, label) for s, e, label in backbone]
        if self.on["names_glued_to_parties"]:  # 甲乙一行/PER 来到: the party the name led, no part of the name
            backbone = [(s, e - len(PARTY_OF), label) if label == PERSON and text.endswith(PARTY_OF, s, e)
                        and self.lex.surname_length(text[s:e - len(PARTY_OF)]) and e - s - len(PARTY_OF) >= 2
                        else (s, e, label) for s, e, label in backbone]
        if self.on["names_glued_to_conjunctions"]:
            backbone = [(s, e - 1, label) if label == PERSON and e - s == 4 and text[e - 1] in CONJUNCTIONS
                        and self.lex.surname_length(text[s:e]) == 1 and e < len(text) and _is_cjk(text[e])
                        else (s, e, label) for s, e, label in backbone]
        if self.on["names_before_quotes"]:  # 甲乙·丙丁说/PER “…: the verb of saying before a quote goes
            backbone = [(s, e - 1, label) if label == PERSON and e - s > 3 and text[e - 1] == SAYS
                        and e < len(text) and text[e] in QUOTE_OPENERS else (s, e, label) for s, e, label in backbone]
        if self.on["zone_boards"]:  # 开发/n 区管委会/ORG: the zone's board, cut inside the zone's word
            backbone = [self._zone_board(text, span) for span in backbone]
        if self.on["cut_level_words"]:  # 甲乙自治/LOC 旗/n: the division takes the rest of its level word
            backbone = [self._whole_level_word(text, span) for span in backbone]
        if self.on["names_before_conjunctions"]:  # 甲乙丙和县政府办/PER: the name, then 和 and a body
            backbone = [self._name_before_conjunction(text, span) for span in backbone]
        if self.on["split_names"]:
            backbone = self._joined_names(text, backbone, doc._.kg_words or [])
        if self.on["places_before_bodies"]:
            backbone = [(s, e, PLACE) if label == PERSON and text[e - 1] in DIVISION_ENDS
                        and (self.lex.body_start_re.match(text, e) or e - s > 2 and text[e - 1] == VILLAGE)
                        else (s, e, label) for s, e, label in backbone]
        if self.on["road_segments"]:
            backbone = [piece for span in backbone for piece in _segment_pieces(text, span)]
        if self.on["joint_verbs"]:
            backbone = [piece for span in backbone for piece in self._without_joint_verb(text, span)]
        if self.on["glued_villages"]:
            backbone = [piece for span in backbone for piece in self._unglued(text, span)]
        if self.on["glued_posts"]:
            backbone = [piece for span in backbone for piece in _without_glued_post(text, span)]
        context = Context(text, doc._.kg_words or [], backbone, self.org_window, self.lex.title_core_re)
        proposed = [span for rule in self.rules for span in rule(context)]
        if self.on["glued_posts"]:  # 市委/ORG 常委/n 组织部/n: org_suffixes runs over the post as over any word
            proposed = [piece for span in proposed for piece in _without_glued_post(text, span)]
        if self.on["joint_verbs"]:  # 区发改局/ORG 联合/ORG 甲集团/ORG: org_suffixes runs over the verb as over any word
            proposed = [piece for span in proposed for piece in self._without_joint_verb(text, span)]
        chosen = self.overlap_filter(proposed, backbone)
        if self.on["trim_punctuation"]:
            chosen = [span for span in (_trimmed(text, span) for span in chosen) if span]
        if self.on["village_word_tails"]:
            chosen = [(s, e - 1, label) if label == PLACE and e - s > 3 and text.endswith(VILLAGE + VILLAGE, s, e)
                      and VILLAGE_WORD_RE.match(text, e) else (s, e, label) for s, e, label in chosen]
        if self.on["era_words"] or self.on["preposition_starts"]:
            chosen = [self._without_lead(text, span) for span in chosen]
        if self.on["delegations"]:
            chosen = [self._delegation_place(text, piece) for span in chosen for piece in _delegation_pieces(text, span)]
        if self.filters_on["plural_level_orgs"]:
            chosen = self._listed_levels(text, chosen)
        set_entities(doc, [span for span in chosen if all(keep(text, span) for keep in self.filters)])
        return doc

    def _without_not_org_tail(self, text: str, start: int, end: int) -> Span:
        tail = next((w for w in self.lex.not_org_endings if text.endswith(w, start, end)), "")
        if tail and self.lex.org_suffix(text[start:end - len(tail)]):
            return start, end - len(tail), ORG
        return start, end, ORG

    def _delegation_place(self, text: str, span: Span) -> Span:
        """甲市党政代表团/ORG -> 甲市/PLACE: the group stands for its division in the graph."""
        start, end, label = span
        if label != ORG:
            return span
        delegation = self.lex.delegation_re.fullmatch(text, start, end)
        if delegation:
            return start, delegation.end("place"), PLACE
        for size in (3, 2):  # 巴中党政代表团, 蛟河代表团: a city's or a county's short name
            place = text[start:start + size]
            if end - start > size and self.lex.delegation_tail_re.fullmatch(text, start + size, end) \
                    and (self._known_division(place) or self._short_division(place)):
                return start, start + size, PLACE
        return span

    def _villages_given_back(self, text: str, words: list[Word], backbone: list[Span]) -> list[Span]:
        """A village right after a place: a town and one or two characters before it gives them back
        (甲镇镇/LOC 乙村 -> 甲镇, 镇乙村: villages are often named 镇东, 西上), as does any division and the one
        character it ends with before another division (甲县乙/LOC 丙镇/LOC -> 甲县, 乙丙镇), and a town between a
        county and a village the one character before it (甲县 和/c 日镇 丙村 -> 和日镇); a town of one character
        takes the short place of no level before it (甲乙/LOC 西镇/LOC -> 甲乙西镇); a short place of no level and
        no division's name before it is part of it (甲乙/LOC 丙村/LOC).  A village after a pause takes the
        one-character words of position before it (、西/f 上/f 丙村)."""
        given = list(backbone)
        if not any(label == PLACE and self.lex.level_of(text[s:e]) for s, e, label in given):
            return given
        word_ending = {e: (s, tag) for s, e, tag in words}
        for index in range(1, len(given)):
            (start, end, label), (v_start, v_end, v_label) = given[index - 1], given[index]
            level = self.lex.level_of(text[v_start:v_end]) if v_label == PLACE else ""
            if level and level != "village" and label == PLACE and end == v_start and end - start > 3 \
                    and not self.lex.level_of(text[start:end]) and self.lex.level_of(text[start:end - 1]):
                given[index - 1], given[index] = (start, end - 1, PLACE), (end - 1, v_end, PLACE)  # 甲县乙/LOC 丙镇
            if level == "town" and label == PLACE and v_start - end == 1 and _is_cjk(text[end]) \
                    and self.lex.level_of(text[start:end]) in WIDER_THAN_TOWN and index + 1 < len(given) \
                    and given[index + 1][0] == v_end and given[index + 1][2] == PLACE \
                    and self.lex.level_of(text[given[index + 1][0]:given[index + 1][1]]) == "village":
                given[index] = (end, v_end, PLACE)  # 甲县 将/p 台堡镇 丙村: a chain of divisions, no pause in it
            if level == "town" and v_end - v_start == 2 and label == PLACE and end == v_start and end - start == 2 \
                    and not self.lex.place_suffix(text[start:end]) and not self._known_division(text[start:end]):
                given[index - 1], given[index] = (start, end, ""), (start, v_end, PLACE)  # 中和/LOC 西镇/LOC
                continue
            if level != "village":
                continue
            if label == PLACE and end == v_start:
                cut = next((end - k for k in (1, 2) if end - k - start >= 3 and _is_cjk(text[end - k:end])
                            and self.lex.level_of(text[start:end - k]) == "town"), None)
                if cut is not None:
                    given[index - 1], given[index] = (start, cut, PLACE), (cut, v_end, PLACE)
                elif end - start == 2 and not self.lex.place_suffix(text[start:end]) \
                        and not self._known_division(text[start:end]):
                    given[index - 1], given[index] = (start, end, ""), (start, v_end, PLACE)
                continue
            first = v_start
            while first in word_ending and word_ending[first][1] == "f" and first - word_ending[first][0] == 1 \
                    and v_start - first < 2:
                first = word_ending[first][0]
            if first < v_start and text[first - 1:first] in PAUSES:
                given[index] = (first, v_end, PLACE)
        return [span for span in given if span[2]]

    def _joined_names(self, text: str, backbone: list[Span], words: list[Word]) -> list[Span]:
        """A one-character surname tagged as a person right before a person of one or two characters is
        one name (时/PER 荣芬/PER -> 时荣芬); before a word of one or two characters closed by a pause or a
        conjunction (申/PER 太平/a 、), or a name the backbone ran over that conjunction (长洪和/ORG), too."""
        joined: list[Span] = []
        for span in backbone:
            if joined and span[2] == PERSON and span[1] - span[0] <= 2 and joined[-1][2] == PERSON:
                start, end, _ = joined[-1]
                if end == span[0] and end - start == 1 and self.lex.surname_length(text[start]):
                    joined[-1] = (start, span[1], PERSON)
                    continue
            joined.append(span)
        glued = self.on["given_names_before_conjunctions"] and any(
            label == PERSON and end - start == 2 and text[end + 1:end + 2] in CONJUNCTIONS for start, end, label in joined)
        surname_alone = any(label == PERSON and end - start == 1 for start, end, label in joined)
        if not glued and not surname_alone:
            return joined  # most sentences: no word of them need be looked up
        word_end = {s: e for s, e, _ in words}
        word_start = {e: s for s, e, _ in words}
        if glued:  # it lengthens two-character names only: the surnames alone stay as they are
            joined = [self._given_before_conjunction(text, span, word_end, word_start) for span in joined]
        if not surname_alone:
            return joined
        tags = {s: tag for s, _, tag in words}
        given = []
        for start, end, label in joined:
            titled = self.lex.is_title(text[word_start.get(start, start):start]) \
                or bool(self.lex.pre_title_re.search(text, max(0, start - TITLE_BEFORE_SURNAME), start))  # 政法/n 委书记/n
            listed = text[start - 1:start] in NAME_OPENERS or titled
            # not 张/PER 表示/v ， but 副书记 笪/PER 乘胜/v ，: a surname alone never follows a title
            given_tags = GIVEN_NAME_TAGS | ({"a", "an", "ORG", "v"} if titled else {"a", "an", "ORG"})
            if label == PERSON and end - start == 1 and self.lex.surname_length(text[start]) and listed \
                    and tags.get(end) in given_tags and not (titled and text[end:word_end.get(end, end)] in self.lex.name_followers):
                close = word_end.get(end, end)
                if text[close - 1:close] in CONJUNCTIONS and close - end == 3:
                    close -= 1  # 于/PER 长洪和/ORG: the conjunction joins the next name
                if 1 <= close - end <= 2 and _is_cjk(text[end:close]) and text[close:close + 1] in PAUSES:
                    given.append((start, close, end))
        for start, close, end in given:
            joined = [span for span in joined if not start <= span[0] < close] + [(start, close, PERSON)]
        return sorted(joined)

    def _given_before_conjunction(self, text: str, span: Span, word_end: dict[int, int], word_start: dict[int, int]) -> Span:
        """部长 + 甲乙/PER 丙及/v: the backbone glued a titled name's last character to the conjunction after it."""
        start, end, label = span
        close = word_end.get(end, end)
        if label == PERSON and end - start == 2 and close - end == 2 and text[close - 1] in CONJUNCTIONS \
                and _is_cjk(text[end]) and text[end] not in self.lex.name_followers and text[end:close] not in CONJUNCTION_WORDS \
                and self.lex.surname_length(text[start:end]) and self.lex.is_title(text[word_start.get(start, start):start]):
            return start, end + 1, PERSON
        return span

    def _whole_level_word(self, text: str, span: Span) -> Span:
        """A place the backbone ended inside a level word of several characters takes the rest (甲乙自治 + 旗)."""
        start, end, label = span
        if label != PLACE:
            return span
        rest = next((rest for size in (4, 3, 2, 1) for rest in self.lex.level_rests.get(text[end - size:end], ())
                     if end - size > start and text.startswith(rest, end)), "")
        return start, end + len(rest), label

    def _trip_purpose_at(self, text: str, position: int) -> bool:
        """One or two Han characters (a place printed short: 茂, 湛江) and then a verb of a visit (调研, 考察)."""
        return any(_is_cjk(text[position:position + size])
                   and any(text.startswith(verb, position + size) for verb in self.lex.visit_verbs if len(verb) > 1)
                   for size in (1, 2))

    def _zone_board(self, text: str, span: Span) -> Span:
        """An organisation that starts with a zone word's last character takes the whole word (开发 + 区管委会)."""
        start, end, label = span
        if label != ORG or not start:
            return span
        cut = next((cut for cut in range(max(0, start - 4), start) if text[cut:start + 1] in self.lex.site_suffixes), start)
        return cut, end, label

    def _without_joint_verb(self, text: str, span: Span) -> list[Span]:
        """联合 (together with) the backbone glued to the organisation before it, or to the level word of the
        body after it, is a verb, no part of a name: 甲银行分行联合(当地)/ORG 市政府 -> 甲银行分行; 联合县/ORG
        人才办 -> nothing, the body rules read 县人才办; a name run over 联合 is the two names it joins (甲局联合乙公司).
        联合会, 联合社 and 联合国 stay names."""
        start, end, label = span
        verb = JOINT_VERB_RE.search(text, start) if text.find(JOINT, start, end) >= 0 else None
        if not verb or verb.end() > end:
            return [span]
        joint = verb.start()
        if joint == start and (end - start == len(JOINT) + 1 and text[end - 1] in self.lex.levels
                               or end - start == len(JOINT)):
            return []  # 联合 + 县 of 县人才办; 联合 alone
        before = text[start:joint]
        rest = text[joint + len(JOINT):end]
        if joint > start and (self.lex.org_suffix(before) or before in self.lex.org_abbreviations) \
                and rest in ("", *JOINT_FOLLOWERS):
            return [(start, joint, ORG)]
        if label == ORG and self.lex.org_suffix(rest):  # org_suffixes ran over 联合 between two names
            after = [(joint + len(JOINT), end, ORG)]
            if joint == start:
                return after  # 联合 + 乙公司
            if self.lex.org_suffix(before):
                return [(start, joint, ORG), *after]  # 甲局联合乙公司
            if self.lex.place_suffix(before):
                return [(start, joint, PLACE), *after]  # 甲社区联合乙办
        return [span]

    def _name_before_conjunction(self, text: str, span: Span) -> Span:
        """A person the backbone ran over a conjunction into a level-led body is the name before the conjunction
        (熊某某和县政府办/PER -> 熊某某, whatever the relabelling made of the run); the body is read by the
        organisation rules."""
        start, end, label = span
        if end - start < 5:
            return span
        cut = next((start + n for n in (2, 3) if text[start + n] in CONJUNCTIONS), 0)
        if cut and self.lex.surname_length(text[start:cut]) and text[cut + 1] in self.lex.levels \
                and (end - cut - 1 >= 3 or end == cut + 2 and end < len(text) and _is_cjk(text[end])):  # 甲乙丙和县/PER 长
            return start, cut, PERSON
        return span

    def _without_lead(self, text: str, span: Span) -> Span:
        """新时代甲县人大 -> 甲县人大, 以州人民代表大会 -> 州人民代表大会: what the backbone glued before a body."""
        start, end, label = span
        if label == PLACE and self.on["preposition_starts"] and text[start] in PREPOSITIONS and end - start > 2 \
                and (self._known_division(text[start + 1:end]) or text[start + 1:end] in self.lex.county_parent):
            return start + 1, end, label  # 对容县/LOC: the preposition before the county
        if label == PLACE and self.on["preposition_starts"] and text[start] in CONJUNCTIONS and end - start > 2 \
                and self._listed_division(text[start + 1:end]) and not self._listed_division(text[start:end]):
            return start + 1, end, label  # 建设和容县/LOC: the conjunction before the county (和平县 is one)
        if label != ORG:
            return span
        era = next((w for w in self.lex.era_words if text.startswith(w, start, end)
                    and self._body_or_place_at(text, start + len(w), end)), "") if self.on["era_words"] else ""
        posted = start > 0 and text[start] == POSTED and text[start - 1] in POSTED_LEADS  # 新任 + 州政协委员
        if not era and self.on["preposition_starts"] and (text[start] in PREPOSITIONS + FORMER or posted) \
                and end - start > 3 and text[start + 1] in self.lex.levels:
            era = text[start]
        determiner = next((w for w in DETERMINER_LEADS if text.startswith(w, start, end)), "")
        if not era and determiner and self.on["preposition_starts"] \
                and self._level_or_body_at(text, start + len(determiner), end):
            era = determiner  # 全体 + 镇人大代表, 该 + 镇人大办公室: which of them, not the body's name
        return (start + len(era), end, label) if era and end - start - len(era) >= 2 else span

    def _level_or_body_at(self, text: str, start: int, end: int) -> bool:
        """镇人大, 政协: a level word before a body, or a body, starts what follows a determiner."""
        rest = text[start:end]
        level = self.lex.leading_level(rest)
        return bool(self.lex.body_start_re.match(rest) or level and self.lex.body_start_re.match(rest, len(level)))

    def _body_or_place_at(self, text: str, start: int, end: int) -> bool:
        """What follows an era word is a name of its own: a body (人大, 政协) or a place with its level
        (新时代 + 甲县人大), not the rest of one name (新时代文明实践中心)."""
        rest = text[start:end]  # 下一步 + 镇党委: a level word and its body
        return self._level_or_body_at(text, start, end) or bool(self.lex.org_abbreviation_re.match(rest)) \
            or self._division_first(rest, PLACE_AFTER_ERA_LONGEST)

    def _river_pieces(self, text: str, span: Span) -> list[Span]:
        start, end, label = span
        if label != PLACE:
            return [span]
        def division_or_river_end(position: int) -> bool:
            return text[position] in RIVER_ENDS or text[position] in self.lex.level_characters

        if text[end - 1] == RIVER and text[end:end + 1] in RIVER_WORD_ENDS and end - start > 2 \
                and division_or_river_end(end - 2):
            end -= 1  # 甲镇河/LOC 段, 甲河河/LOC 长: the 河 starts the word after
        elif text.endswith(RIVER_SECTION, start, end) and end - start > 3 and division_or_river_end(end - 3):
            end -= len(RIVER_SECTION)  # 甲镇河段/LOC: the town's section of the river
        name = text[start:end]
        for cut in range(2, len(name) - 2):
            town = name[cut:]
            level = self.lex.place_suffix(town)
            if name[cut - 1] in RIVER_ENDS and self.lex.levels.get(level) == "town" and len(town) - len(level) >= 2 \
                    and not town[:-len(level)].endswith(PEOPLE):  # 甲乙江瑶族乡: an ethnic township's name
                return [(start, start + cut, PLACE), (start + cut, end, PLACE)]  # 甲乙河 + 丙丁镇
        return [(start, end, label)]

    def _unglued(self, text: str, span: Span) -> list[Span]:
        """甲村山东乙纺织有限公司 -> 甲村, 山东乙纺织有限公司: a village or town of two to four characters and,
        after it, a name of four or more that starts with a province or ends like a company or a site."""
        start, end, label = span
        name = text[start:end]
        if label == PLACE:
            for cut in range(2, len(name) - 1):  # 四川省绵阳市涪城区: a listed division, then one listed inside it
                head = name[:cut]
                if any(head in self.lex.county_parent.get(inner, ()) or self.lex.city_province.get(inner) == head
                       for inner in (name[cut:cut + size] for size in range(2, len(name) - cut + 1))):
                    return [(start, start + cut, PLACE), *self._unglued(text, (start + cut, end, PLACE))]
        for cut in range(3, min(6, len(name) - 2)):
            level, rest = self.lex.level_of(name[:cut]), name[cut:]
            village = rest[:-1] if rest.endswith(VILLAGE_COMMITTEE) else rest  # 乙丙村委: the village by its committee
            in_division = label == PLACE and self.lex.level_of(village) == "village"
            if in_division and level in ("county", "district") and name[cut - 1] in COUNTY_ENDS:
                return [(start, start + cut, PLACE), (start + cut, end, PLACE)]  # 甲区 + 乙巷社区
            if label == PLACE and name[:cut] in self.lex.county_parent and len(rest) >= 3 \
                    and self.lex.level_of(rest) in ("town", "village") and rest[-1] in VILLAGE_ENDS:
                return [(start, start + cut, PLACE), (start + cut, end, PLACE)]  # 甲乙市 + 丙丁镇: a listed county's town
            if not (name[cut - 1] in VILLAGE_ENDS or name.endswith(SUBDISTRICT, 0, cut)) or level not in ("village", "town") \
                    or name[:cut].rstrip(LEVEL_CHARACTERS) in self.lex.county_parent:
                continue  # 甲县 + 乡村文化…公司: a listed county and the word after it, no town of that name
            if rest.startswith(OWN_BODY_STARTS):
                return [span]  # 甲村党群服务中心, 甲镇人民政府: the place's own body
            if len(rest) > 3 and (self.lex.province_prefix(rest) or self.lex.org_suffix(rest)):
                return [(start, start + cut, PLACE), (start + cut, end, ORG)]
            if len(rest) > 3 and self.lex.site_suffix(rest) or in_division and level == "town":
                return [(start, start + cut, PLACE), (start + cut, end, PLACE)]  # 甲镇 + 乙丙村, 甲街道 + 乙丙村委
        return [span]

    def _division(self, name: str) -> bool:
        """A listed city or province, or a short name and a county, district or town level word (甲乙县)."""
        if name in self.lex.city_province or name in self.lex.provinces:
            return True
        level = self.lex.place_suffix(name)
        return bool(level) and self.lex.levels.get(level) in ("city", "county", "district", "town") \
            and len(name) - len(level) == 2 and not self.lex.org_suffix(name)

    def _listed_division(self, name: str) -> bool:
        return name in self.lex.county_parent or name in self.lex.city_province or name in self.lex.provinces

    def _short_division(self, name: str) -> bool:
        """A county's or city's short name, whatever the backbone tagged it (开化/v, the county 开化县)."""
        return len(name) >= 2 and (name in self.lex.city_short or any(name + level in self.lex.county_parent
                                                                      for level in SHORT_NAME_LEVELS))

    def _branch(self, name: str) -> bool:
        """A division's name and a branch word (天津分公司, 甲省记者站)."""
        word = next((w for w in self.lex.branch_words if name.endswith(w)), "")
        return bool(word) and self._known_division(name[:-len(word)])

    def _qualifier(self, name: str) -> bool:
        """A division or a site, which qualifies the name after it rather than starting it (甲县, 乙高新区)."""
        return bool(self.lex.level_of(name) or self.lex.site_suffix(name))

    def _known_division(self, name: str) -> bool:
        """A division by its full or short name (湛江市, 湛江, 广东): no brand, no railway's name."""
        return self._division(name) or name in self.lex.province_short or name in self.lex.city_short

    def _relabelled(self, name: str, label: str) -> str:
        if label == PERSON:
            if self.on["division_like_persons"] and self.lex.level_of(name) in DIVISION_LIKE_LEVELS \
                    and (len(name) > 3 or len(name) == 3 and not self.lex.surname_length(name)):
                return PLACE
            if not self.on["person_org_relabel"] or len(name) < LONG_NAME:
                return label
            return ORG if self.lex.org_suffix(name) else PLACE if self.lex.is_site(name) else label
        if self.on["division_org_relabel"] and label == ORG and self._division(name):
            return PLACE
        if self.on["site_relabel"] and label == ORG and self.lex.is_site(name):
            return PLACE
        if not self.on["place_org_relabel"] or label != PLACE or name in self.lex.county_parent:
            return label  # a listed district stays a place whatever it ends in (点军区)
        suffix = self.lex.org_suffix(name) or next((w for w in self.lex.paper_suffixes if name.endswith(w)
                                                      and len(name) > len(w) + 1), "")  # 甲县融媒体中心, 乙日报
        return ORG if suffix and len(name) > len(suffix) else label

    # -- rules: each proposes spans --------------------------------------------------------------
    def home_references(self, c: Context) -> list[Span]:
        return [(m.start(), m.end(), PLACE) for m in self.lex.home_reference_re.finditer(c.text)]

    def body_abbreviations(self, c: Context) -> list[Span]:
        found = []
        name_ends = {end: start for start, end, label in c.backbone if label in (PLACE, ORG) and not (
            self.on["joined_bodies"] and self._ends_in_body(c.text, start, end))}  # 省委 + 省政府, 甲县委 + 县政府: two bodies
        orgs = [span for span in c.backbone if span[2] == ORG]
        for match in self.lex.abbreviation_search_re.finditer(c.text):
            start, end = match.span()
            if _inside_longer(start, end, orgs):
                continue  # inside a longer organisation name (石湾街道党工委); joined_bodies splits 县委县政府
            if match.group().endswith(SUPPLY_COOP) and any(start < s < end < e for s, e, _ in c.backbone):
                continue  # 甲县 + 社冲乡: 社 starts a town's name, no supply cooperative
            if c.text.startswith(MEMBER, end - 1) and not c.text.startswith(FULL_COMMITTEE, end - 1):
                continue  # 甲镇委员联络站: the town's members (委员), not its committee (镇委; 镇委员会 is one)
            if start in name_ends:
                start = name_ends[start]
            elif start + 1 in name_ends and c.text[start] in self.lex.levels:
                start = name_ends[start + 1]  # 玉林市 + 市委
            elif self.on["listed_divisions_before_bodies"]:
                start -= self._listed_division_before(c.text, start)
            found.append((start, end, ORG))
        return found

    def _listed_division_before(self, text: str, start: int) -> int:
        """How many characters before a body starting with its level word (区委, 县政府) name a listed county or
        city with it (南岸 + 区委书记/s, a word the backbone did not read as a name)."""
        return next((n for n in (4, 3, 2) if n <= start and _is_cjk(text[start - n:start])
                     and (text[start - n:start + 1] in self.lex.county_parent
                          or text[start - n:start + 1] in self.lex.city_province)), 0)

    def _ends_in_body(self, text: str, start: int, end: int) -> bool:
        return any(m.end() == end for m in self.lex.abbreviation_search_re.finditer(text, start, end))

    def conjoined_departments(self, c: Context) -> list[Span]:
        ends = {end: start for start, end, label in c.backbone if label == ORG}
        found = []
        for start, end, label in c.backbone:
            first = ends.get(start - 1) if label == ORG and c.text[start - 1:start] == AND else None
            if first is None and label == ORG and c.text[start - 1:start] == AND:
                first = _untagged_field(c, start - 1)  # 、区文化 + 和 + 广电旅游体育局: a level and its field untagged
            if first is not None and self.lex.org_suffix(c.text[start:end]) \
                    and FIELD_OF_DIVISION_RE.fullmatch(c.text, first, start - 1) \
                    and not self.lex.org_suffix(c.text[first:start - 1]) and not self._division_first(c.text[start:end]):
                found.append((first, end, ORG))  # 甲县文化 + 和 + 广电旅游体育局
        return found

    def _division_first(self, name: str, longest: int = DIVISION_NAME_LONGEST) -> bool:
        """A name that starts with a division's of at most ``longest`` characters, with more after it (甲市委): a
        body of its own after 和, no second field of a department (甲党史办 + 和 + 乙市委 are two bodies; 甲县文化 +
        和 + 旅游局 is one), or a name of its own after an era word."""
        return any(self.lex.level_of(name[:cut]) for cut in range(2, min(len(name), longest + 1)))

    def joined_bodies(self, c: Context) -> list[Span]:
        """A backbone organisation made only of unqualified bodies (市委市政府) is split into them."""
        found = []
        for start, end, label in c.backbone:
            if label != ORG:
                continue
            if self._joined(c.text, start, end):  # a place before the first (甲省委省政府) stays with it
                pieces = list(self.lex.abbreviation_search_re.finditer(c.text, start, end))
                found += [(start if p is pieces[0] else p.start(), p.end(), ORG) for p in pieces]
        return found

    def _joined(self, text: str, start: int, end: int) -> bool:
        """Two or more unqualified bodies printed as one word (市委市政府, 省委省政府办, 县委和县政府) end ``text[start:end]``
        and make all of it after a name: joined_bodies splits them, no rule runs a name over them."""
        pieces = list(self.lex.abbreviation_search_re.finditer(text, start, end))
        while pieces and pieces[0].end() <= start:
            pieces.pop(0)
        return len(pieces) > 1 and pieces[-1].end() == end and all(
            a.end() == b.start() or b.start() - a.end() == 1 and text[a.end()] in CONJUNCTIONS
            for a, b in zip(pieces, pieces[1:])) and pieces[0].start() - start in (0, 2, 3)

    def _extended(self, c: Context, ending: Callable[[str], str], label: str) -> list[Span]:
        """A place or organisation followed by nominal words whose run ends in ``ending``, never over a title
        before a person."""
        found = []
        word_at = c.word_at
        person_starts = {s for s, _, label in c.backbone if label == PERSON}
        name_starts = {s for s, _, _ in c.backbone}
        for start, end, kind in c.backbone:
            if kind not in (PLACE, ORG):
                continue
            position, best = end, 0
            while position in word_at and position - end <= c.org_window:
                word_end, tag = word_at[position]
                if self.on["conjunction_tails"] and c.text[word_end - 1] in CONJUNCTIONS and word_end in name_starts:
                    break  # 市委 + 市政府与/ORG + 乙公司: the conjunction joins two names, it ends this one
                title = c.title_core_re.match(c.text, position)
                title_end = word_end if self.lex.is_title(c.text[position:word_end]) else title.end() if title else 0
                ordinal = self.on["ordinal_words"] and tag == NUMERAL_TAG and bool(ORDINAL_NAME_RE.fullmatch(
                    c.text[position:word_end - len(self.lex.org_suffix(c.text[position:word_end]))]))
                if tag not in NOMINAL_TAGS and not ordinal and not self._short_division(c.text[position:word_end]) \
                        or position < title_end and (
                        title_end in person_starts or self.lex.surname_length(c.text[title_end:title_end + 2])
                        or self.lex.minority_name_re.match(c.text, title_end)):
                    break  # 市委 副书记 甲乙队, 书记甲/n, 主任 次仁率/nz: a title before a person ends the name
                glued = c.title_core_re.search(c.text, position + 1, word_end) if word_end in person_starts \
                    and not title else None
                if glued and glued.end() == word_end and c.text[position:glued.start()] not in self.lex.bodies \
                        and ending(c.text[end:glued.start()]) \
                        and not self.lex.hosted_committee(c.text[start:glued.start()]):
                    best = glued.start()  # 九三学社 + 广西区委主委/ORG 甲: a title glued to the body's end ends the name
                    break
                position = word_end
                if ending(c.text[end:position]) \
                        and not (self.on["host_committee_titles"] and self._host_committee(c.text, start, position)) \
                        and not (self.on["joined_bodies"] and self._joined(c.text, start, position)) \
                        and not (self.on["committee_work"] and _committee_work(c.text, start, position)):
                    best = position
            if best:
                found.append((start, best, label))
        return found

    def org_suffixes(self, c: Context) -> list[Span]:
        return self._extended(c, self.lex.org_suffix, ORG)

    def joined_field_names(self, c: Context) -> list[Span]:
        """The conjunction joins the fields of one body (经济合作与对外开放局), not two bodies: the field before it
        is no organisation of its own, and nothing but a pause comes before that field."""
        found = []
        bodies = [(s, e) for s, e, label in c.backbone if label == ORG] \
            + [(s, e) for s, e, tag in c.words if tag in FIELD_WORD_TAGS and e - s >= 4]  # 数字经济局/n
        for start, end in bodies:
            name = c.text[start:end]
            if not name.endswith(FIELD_BODY_SUFFIXES) or c.text[start - 1:start] not in CONJUNCTIONS \
                    or self.lex.leading_level(name) or self._known_division(name[:2]) or self._known_division(name[:3]):
                continue
            first = start - 1
            while first in c.word_ending:
                w_start = c.word_ending[first]
                if c.word_at[w_start][1] not in FIELD_WORD_TAGS or start - 1 - w_start > FIELD_LENGTH:
                    break
                first = w_start
            field = c.text[first:start - 1]
            if 2 <= len(field) <= FIELD_LENGTH and (first == 0 or c.text[first - 1] in FIELD_OPENERS) \
                    and not self.lex.org_suffix(field) and not any(s < start - 1 and first < e and lab in (PERSON, PLACE)
                                                                   for s, e, lab in c.backbone):
                found.append((first, end, ORG))
        return found

    def stationed_offices(self, c: Context) -> list[Span]:
        found = []
        word_at = c.word_at
        for start, end, label in c.backbone:
            if label != ORG or not c.text.startswith(STATIONED, end):
                continue
            position, best = end + len(STATIONED), 0
            while position in word_at and position - end <= c.org_window:
                word_end, tag = word_at[position]
                if tag not in NOMINAL_TAGS:
                    break
                if any(character in CONJUNCTIONS for character in c.text[position:word_end]):
                    break  # 甲政府驻乙联络处和丙政协/ORG: two names
                if self.lex.org_suffix(c.text[end + len(STATIONED):word_end]):
                    best = word_end
                    break  # the nearest: 甲日报驻乙市记者站 | 站长
                position = word_end
            if best:
                found.append((start, best, ORG))
        return found

    def stationed_teams(self, c: Context) -> list[Span]:
        """A team's name holds the verbs of its charge (驻镇帮镇扶村, 对口帮扶), which end the nominal runs
        org_suffixes reads, so a stationed team is read from its verb to its suffix, and from the place or
        organisation right before the verb when there is one."""
        ending = {e: s for s, e, label in c.backbone if label in (PLACE, ORG)}
        found = []
        for m in STATIONED_TEAM_RE.finditer(c.text):
            start = ending.get(m.start(), m.start())
            if start == m.start() and _is_cjk(c.text[m.start() - 1:m.start()]) \
                    and c.text[m.start() - 1] not in TEAM_OPENERS:
                continue  # 进驻, 入驻: the verb is part of a word before
            found.append((start, m.end(), ORG))
        return found

    def youth_league_committees(self, c: Context) -> list[Span]:
        """团 is a word of its own before the committee (团/n 市委/ORG), never the end of another word (代表团, 集团):
        the backbone keeps it apart, so a word boundary on both sides of it is the test."""
        found = []
        for m in YOUTH_LEAGUE_COMMITTEE_RE.finditer(c.text):
            start = m.start()
            if c.text.endswith(YOUTH_LEAGUE_FULL, 0, start + 1):
                start -= len(YOUTH_LEAGUE_FULL) - 1  # 共青团 + 县委
            elif c.word_at.get(start, (0,))[0] != start + 1:
                continue
            if not _inside_longer(start, m.end() + 2, c.backbone):  # 郑州共青团市委/ORG: the backbone's whole name
                found.append((start, m.end() + 2, ORG))
        return found

    def level_led_orgs(self, c: Context) -> list[Span]:
        found = []
        entity_starts = {s for s, _, _ in c.backbone}
        for index, (start, end, _) in enumerate(c.words):
            if c.text[start:end] not in self.lex.qualified_levels or index and c.words[index - 1][2] not in LEVEL_OPENERS:
                continue
            best = 0
            for w_start, w_end, tag in c.words[index + 1:]:
                if tag not in BODY_WORD_TAGS or w_start in entity_starts or w_end - end > c.org_window:
                    break
                suffix = self.lex.org_suffix(c.text[end:w_end])
                if suffix and w_end - end - len(suffix) >= 2:  # 市 + 中心 is the city centre
                    best = w_end
            if best and not self.lex.delegation_tail_re.fullmatch(c.text, end, best):
                found.append((start, best, ORG))  # 县党政考察团 is a visit of the home, no body
        return found

    def facility_names(self, c: Context) -> list[Span]:
        found = []
        for label in (PLACE, ORG):
            def ending(tail: str, label: str = label) -> str:
                suffix = self.lex.facility_suffix(tail) or (tail if tail in self.lex.facility_suffixes else "")
                return suffix if suffix and self.lex.facility_suffixes[suffix] == label else ""
            found += self._extended(c, ending, label)
        # A division before another name only qualifies the site named from that name (甲县 + 乙丙纪念园).
        divisions = {s: e for s, e, label in c.backbone if label == PLACE and self.lex.level_of(c.text[s:e])}
        starts = {s for s, _, _ in c.backbone}
        sites = {s for s, e, _ in c.backbone if self.lex.site_suffix(c.text[s:e])}  # 甲工业园 + 乙工业区: two zones
        return [(s, e, label) for s, e, label in found if not (s in divisions and divisions[s] in starts)
                and not (s in sites and c.text[e - 1] in ZONE_ENDS)]

    def long_facility_names(self, c: Context) -> list[Span]:
        """A word ending in a facility suffix (基地, 产业园) takes the name before it: back over nominal words,
        adjectives and dates to the nearest place or organisation, and over names joined to that one
        (乙车桥丙新基地), but not over a place that only qualifies the next name (甲县|乙车桥); with no
        name before it, from the first of those words (农产品物流园)."""
        found = []
        starts = {s for s, _, label in c.backbone if label in (PLACE, ORG)}
        entity_at_end = {e: (s, label) for s, e, label in c.backbone if label in (PLACE, ORG)}
        for index, (start, end, tag) in enumerate(c.words):
            word = c.text[start:end]
            suffix = self.lex.site_suffix(word)
            if not suffix or tag not in NOMINAL_TAGS:
                continue
            first, entity, named = index, -1, False
            for back in range(index - 1, -1, -1):
                w_start, w_end, w_tag = c.words[back]
                if w_tag not in FACILITY_TAGS or end - w_start > c.org_window + 10 or suffix[-1] in ZONE_ENDS \
                        and w_start in starts and self.lex.site_suffix(c.text[w_start:w_end]):
                    break  # 甲工业园 | 乙工业区: a zone lies in no other site (甲示范区乙基地 is one name)
                if w_tag == "f" and c.text[w_start:w_end] in RELATIVE_POSITIONS \
                        or w_tag == "TIME" and RELATIVE_TIME_RE.search(c.text[w_start:w_end]):
                    break  # 辖区内 | 水库, 今年以来 | 水库: a position in or a time of what came before, no name's

                first = back
                inside = [s for s in range(w_start, w_end) if s in starts]  # a name split inside the word
                if inside:  # (甲段乙: road_segments) starts the site at its last piece
                    entity = inside[-1]
                    break
            while entity in entity_at_end:  # names joined to the one found
                before, label = entity_at_end[entity]
                if label == PLACE and self.lex.level_of(c.text[before:entity]):
                    break  # 甲县 before 乙车桥: a qualifier, not part of the name
                entity = before
            division = next((e for s, e, label in c.backbone if s == entity and label == PLACE
                             and self.lex.level_of(c.text[s:e])), -1)
            if division >= 0:  # 甲县 + 乙…基地: the county qualifies the site's name
                first = next((i for i in range(first, index + 1) if c.words[i][0] >= division), index)
                plain = all(c.words[i][2] in COMMON_NAME_TAGS for i in range(first, index))
                wide = self.lex.level_of(c.text[entity:division]) in WIDER_THAN_TOWN
                if plain and not wide and suffix not in self.lex.facility_suffixes and self.on["village_plots"]:
                    continue  # 甲村 + 花椒种植基地: a village's plot described, no site of a name
                common = division not in starts and plain and wide  # a village is a place of its own
                if not common or not self.on["division_site_names"]:
                    entity = division if division in starts else -1
                named = True
            name_start = entity if entity >= 0 else c.words[first][0]
            if entity < 0 and (end - name_start - len(suffix) < 3 or c.text[name_start - 1:name_start] == "“"
                               or suffix not in self.lex.facility_suffixes and not named):
                continue  # the suffix alone, after a generic word (产业园, 生产基地) or a quoted slogan; a site
                # word (基地, 营地) names a site only after a name (甲县乙公司生产基地, not 整车生产基地)
            if self.lex.honour_title_re.fullmatch(c.text, name_start, end):
                continue  # 国家全域旅游示范区: an honour, which names no site (a programme pattern reads it)
            found.append((name_start, end, self.lex.site_suffixes[suffix]))
        return found

    def org_suffix_verbs(self, c: Context) -> list[Span]:
        """A place or organisation, nominal words, then a word of any tag completing a suffix of two or more
        characters (香港甲乡 社团/n 总会/v)."""
        found = []
        word_at = c.word_at
        for start, end, kind in c.backbone:
            if kind not in (PLACE, ORG):
                continue
            position = end
            while position in word_at and position - end <= c.org_window:
                word_end, tag = word_at[position]
                suffix = self.lex.org_suffix(c.text[end:word_end])
                if tag not in NOMINAL_TAGS:
                    if len(suffix) >= 2 and len(suffix) >= word_end - position:
                        found.append((start, word_end, ORG))
                    break
                position = word_end
        return found

    def task_groups(self, c: Context) -> list[Span]:
        """The name starts after any person before it and the words that only lead into it (在, 近日, 率)."""
        person_ends = [end for _, end, label in c.backbone if label == PERSON]
        found = []
        for match in self.lex.group_re.finditer(c.text):
            start, end = match.span()
            start = max([start, *(e for e in person_ends if start < e < end)])
            while (word := c.word_at.get(start)) and word[0] < end and (word[1] in GROUP_LEAD_TAGS or (
                    word[1] in ("v", "vd") and word[0] - start == 1)):  # 率, not 对口帮扶
                start = word[0]
            if end - start > 2 and start in c.word_at:
                found.append((start, end, ORG))
        return found

    def bracketed_places(self, c: Context) -> list[Span]:
        """The name before the brackets runs back over nominal words to a verb or a mark (来到 | 益海嘉里);
        the name after them runs over words to the longest end in an organisation suffix or a site suffix
        within ``org_window``.  The bracketed part is a place the backbone found or a known division."""
        found = []
        places = {(s, e) for s, e, label in c.backbone if label == PLACE}
        for match in BRACKETED_RE.finditer(c.text):
            inner = match.group(1)
            if match.span(1) not in places and not self._known_division(inner) and not self._short_division(inner):
                continue
            start = match.start()
            while start in c.word_ending and c.word_at[c.word_ending[start]][1] in FACILITY_TAGS \
                    and match.start() - c.word_ending[start] <= c.org_window:
                if start < match.start() and self._qualifier(c.text[c.word_ending[start]:start]):
                    break  # 甲高新区 | 乙(丙)公司: the zone the company stands in
                if start < match.start() and c.word_at[start][1] in BRAND_TAGS \
                        and c.word_at[c.word_ending[start]][1] not in BRAND_TAGS and start - c.word_ending[start] > 1:
                    break  # 签约企业 | 甲乙/PER (丙): the name starts at the brand (not 山/n 海氢/nz: one name cut)
                start = c.word_ending[start]
            # the words after the brackets, one over the closing bracket counted from it (丁)科技有限公司/ORG)
            after = [(s, e, tag) for s, e, tag in c.words if e > match.end() and e - match.end() <= c.org_window
                     and (s >= match.end() or s < match.end() - 1)]
            # a suffix right after the brackets ends the name, whatever the words it was cut into (同/p 乡会/n)
            best = next(((start, e, ORG) for _, e, _ in after if start < match.start()
                         and self.lex.org_suffix(c.text[match.end():e]) == c.text[match.end():e]), None)
            for word_start, word_end, tag in after if start < match.start() else ():
                if word_start >= match.end() and (tag in NAME_RUN_ENDS or tag == "v" and (
                        word_end - word_start == 1 or best)):
                    break  # …片区 是/v; …有限公司 落户/v
                tail = c.text[match.end():word_end]
                if self.lex.org_suffix(tail):
                    best = (start, word_end, ORG)
                elif site := self.lex.site_suffix(tail):
                    best = (start, word_end, self.lex.site_suffixes[site])
            if best:
                found.append(best)
        return found

    def villages_after_towns(self, c: Context) -> list[Span]:
        found = []
        for start, end, label in c.backbone:
            word = c.word_at.get(end)
            if label == PLACE and word and word[0] - end > 2 and self.lex.level_of(c.text[start:end]) == "town" \
                    and self.lex.level_of(c.text[end:word[0]]) == "village":
                found.append((end, word[0], PLACE))
        return found

    def departments(self, c: Context) -> list[Span]:
        """The department starts at its level word or at the place the backbone found before it; a backbone
        organisation that runs on past it is one of its divisions and stays whole."""
        found = []
        place_ending = {end: start for start, end, label in c.backbone if label in (PLACE, ORG)}
        for match in self.lex.department_re.finditer(c.text):
            if any(s <= match.start() and match.end() < e for s, e, label in c.backbone if label == ORG):
                continue  # 省卫健委医政医管处/ORG: a division of the department, which the backbone read whole
            start = match.start()
            level = self.lex.trailing_level(c.text, start)
            # the backbone ran the division on into the department's first words (甲县教育/ORG 和科学技术局)
            inside = next((s for s, e, label in c.backbone if s < start < e < match.end() and label in (PLACE, ORG)
                           and self.lex.level_of(c.text[s:start])), None)
            if start in place_ending and self.lex.level_of(c.text[place_ending[start]:start]):
                # 甲中心和县/ORG + 招商局: a name joined to the level before the department is not its place
                joined = max(c.text.rfind(conjunction, place_ending[start], start) for conjunction in CONJUNCTIONS)
                found.append((joined + 1 if joined >= 0 else place_ending[start], match.end(), ORG))
            elif inside is not None:
                found.append((inside, match.end(), ORG))
            elif level and start - len(level) in c.word_at:  # 县 as a word of its own, not the end of 甲乙县
                found.append((start - len(level), match.end(), ORG))
        return found

    def levels_before_orgs(self, c: Context) -> list[Span]:
        found = []
        for start, end, label in c.backbone:
            level = c.word_ending.get(start)
            if label == ORG and level is not None and start - level == 1 and c.text[level] in self.lex.qualified_levels \
                    and (level == 0 or c.text[level - 1] in NAME_OPENERS) and self.lex.org_suffix(c.text[start:end]):
                found.append((level, end, ORG))
        return found

    def paired_governments(self, c: Context) -> list[Span]:
        """The government printed bare after a party committee of a division (甲镇党委、政府, 县委和政府) is an
        organisation of its own: the resolver gives it the committee's place.  A committee named by no division
        (地方党委、政府) leaves it a common noun (the stop_entities filter)."""
        found = []
        for start, end, label in c.backbone:
            if label != ORG:
                continue
            committee = next((k for k in PARTY_COMMITTEES if c.text.endswith(k, start, end)), "")
            government = GOVERNMENT_AFTER_RE.match(c.text, end)
            if committee and government and end - start > len(committee):
                found.append((government.start("government"), government.end(), ORG))
        return found

    def assembly_committees(self, c: Context) -> list[Span]:
        """A committee of a people's congress or a CPPCC before a title is part of the name the backbone ended at
        the assembly (旗人大常委会/ORG 选联委 主任, 市政协/ORG 人口资源环境委 主任)."""
        found = []
        for start, end, label in c.backbone:
            if label != ORG or not c.text.endswith(ASSEMBLIES, start, end):
                continue
            committee = ASSEMBLY_COMMITTEE_RE.match(c.text, end)
            if committee and self.lex.title_phrase_re.match(c.text, committee.end()) \
                    and not self.lex.title_phrase_re.match(c.text, end) \
                    and not any(end <= s < committee.end() for s, _, _ in c.backbone):
                found.append((start, committee.end(), ORG))  # not 市政协 + 主席甲乙在我市市委 + 书记
        return found

    def listed_divisions(self, c: Context) -> list[Span]:
        """Each word of a 、-list closed by 等 and a kind of division is a place of that kind, printed by its
        short name (深入到甲乙、丙丁、戊己等乡镇; 前往甲乙、丙丁等村); a list of persons only is of people."""
        found = []
        persons = {(start, end) for start, end, label in c.backbone if label == PERSON}
        for match in LISTED_DIVISIONS_RE.finditer(c.text):
            if c.words and match.end() < len(c.text) and match.end() not in c.word_at:
                continue  # 等乡村/n 基础设施: the kind is part of a longer word
            items, end = [], match.start()
            while (start := c.text.rfind("、", 0, end) + 1) and end - start <= SHORT_NAME_MAX:
                items.append((start, end, PLACE))  # 、甲乙、 or 、甲乙等: an item between the marks
                end = start - 1
            start = end  # the first item: back over the words of a name to the verb before it (到/v 甲乙)
            while start in c.word_ending and end - c.word_ending[start] <= SHORT_NAME_MAX \
                    and c.word_at[c.word_ending[start]][1] not in FUNCTION_TAGS:
                start = c.word_ending[start]
            items.append((start, end, PLACE))
            if len(items) > 1 and all(end - start >= 2 and _is_cjk(c.text[start:end]) for start, end, _ in items) \
                    and not all((start, end) in persons for start, end, _ in items):
                found += items
        taken = [(s, e) for s, e, label in c.backbone if label in (ORG, PLACE)]
        for match in SHARED_LEVEL_LIST_RE.finditer(c.text):
            items = [(start, start + 2, PLACE) for start in range(match.start(1), match.end(1), 3)]
            if not any(s < e_ and s_ < e for s, e, _ in items for s_, e_ in taken if (s_, e_) != (s, e)):
                found += items  # no item is part of a longer organisation or place
        return found

    def _body_or_section_suffix(self, name: str) -> str:
        """The organisation suffix ``name`` ends with, or else the ending of a section printed bare (处, 部 …)."""
        return self.lex.org_suffix(name) or next((w for w in LISTED_SECTION_ENDS if name.endswith(w)), "")

    def _first_name_end(self, c: Context, start: int, end: int) -> int:
        """Where the first word from ``start`` that ends an organisation's or a section's name ends, before ``end``."""
        word = c.word_at.get(start)
        while word and word[0] < end:
            if self._body_or_section_suffix(c.text[start:word[0]]):
                return word[0]
            word = c.word_at.get(word[0])
        return end

    def listed_departments(self, c: Context) -> list[Span]:
        org_ends = {end for _, end, label in c.backbone if label == ORG}
        found = []
        for match in LISTED_DEPARTMENT_RE.finditer(c.text):
            start, end = match.span(1)
            if start - 1 in org_ends or found and found[-1][1] == start - 1:
                found.append((start, end, ORG))
        for match in TITLED_BUREAU_RE.finditer(c.text):  # the title before the 、 ends a title list's first title
            start, end = match.span()
            if start - 1 in c.title_ends and not any(s < end and start < e for s, e, _ in c.backbone):
                found.append((start, end, ORG))
        return found + self._listed_sections(c)

    def _listed_sections(self, c: Context) -> list[Span]:
        """Items that end in a suffix, two at least and half of the list, printed bare as departments are
        (科技处、宣传部、校发规处); items the backbone read as persons or places are none."""
        found = []
        if LIST_PAUSE not in c.text:
            return found
        for run in BODY_RUN_RE.finditer(c.text):
            items = _run_items(run)
            last_start, last_end = items[-1]
            etc = c.text.find(ETC, last_start, last_end)
            if etc > last_start:
                items[-1] = (last_start, etc)
            else:  # the last item runs on into the clause (…、经济管理学院相关同志): up to the first word that ends a name
                items[-1] = (last_start, self._first_name_end(c, last_start, last_end))
            if run.start() and c.text[run.start() - 1] not in CLAUSE_OPENERS:
                items[0] = (items[0][0], items[0][0])  # 会议要求科技处、…: the first item's start is unknown
            bodies, named = [], 0
            for start, end in items:
                item = c.text[start:end]
                if not 3 <= len(item) <= LISTED_BODY_LONGEST or item.endswith(ROOM_ENDS):
                    continue
                suffix = self._body_or_section_suffix(item)
                if not suffix or len(item) == len(suffix) or self.lex.is_title(item) or self._known_division(item) \
                        or any(s < end and start < e and label != ORG for s, e, label in c.backbone) \
                        or any(start <= s < end and tag not in NOMINAL_TAGS for s, _, tag in c.words):
                    continue  # 本次活动由/p 市文旅局, 学院的/u 实验室: a clause, no name
                named += 1
                if not any(s < end and start < e for s, e, _ in c.backbone):
                    bodies.append((start, end, ORG))
            if named >= 2 and 2 * named >= len(items):
                found += bodies
        return found

    def company_trades(self, c: Context) -> list[Span]:
        """A run of backbone names (安踏/ORG 嘉晋/LOC) and the trade after it, with one two-character word
        between them or none (甲乙 智能 家居); a division, a region or a home reference before the trade is no
        brand (本市 农业, 湛江市 食品, 粤港澳 农业)."""
        found = []
        brand_start = {end: start for start, end, label in c.backbone if label in (ORG, PERSON)}
        for start, end, label in c.backbone:
            if label == PERSON and end - start >= 4 and any(c.text.endswith(t, start + 2, end) for t in self.lex.trade_words):
                found.append((start, end, ORG))  # 甲乙鞋业/PER: a company the backbone took for a person
                continue
            word = c.word_at.get(end)
            if word and word[1] in TRADE_MODIFIER_TAGS and word[0] - end == 2 and c.text[end:word[0]] not in self.lex.trade_words:
                trade_start, word = word[0], c.word_at.get(word[0])  # 甲乙 + 智能 + 家居: one modifier before the trade
            else:
                trade_start = end
            if not word or c.text[trade_start:word[0]] not in self.lex.trade_words \
                    or c.text[word[0]:word[0] + 1] not in PAUSES:
                continue
            name = c.text[start:end]
            if label == PLACE and (self._known_division(name) or name in self.lex.home_references
                                   or name in self.lex.regions or name in self.lex.countries or self.lex.place_suffix(name)):
                continue
            while start in brand_start:  # 安踏/ORG 嘉晋/LOC 鞋业: the brand before the name too
                start = brand_start[start]
            found.append((start, word[0], ORG))
        return found

    def owned_businesses(self, c: Context) -> list[Span]:
        """The nearest ending after the name, over nouns and the trade's verbs only (种植, 养殖): a verb of the
        sentence (走进, 来到) ends the run, so a person who visits a farm stays a person."""
        starts = [(s, e) for s, e, label in c.backbone if label == PERSON] \
            + [(s, e) for s, e, tag in c.words if tag == PROPER_NOUN_TAG and e - s >= 2]
        found = []
        for start, end in starts:
            position = end
            while position in c.word_at and position - end <= c.org_window:
                word_end, tag = c.word_at[position]
                if tag not in TRADE_MODIFIER_TAGS and c.text[position:word_end] not in TRADE_VERBS:
                    break
                position = word_end
                if self.lex.owned_business_re.search(c.text, start, position):
                    found.append((start, position, ORG))
                    break
        return found

    def listed_firms(self, c: Context) -> list[Span]:
        """Each name of a 、-list closed by 等 and 企业 is a company (前往 甲乙制药、丙丁科技等企业), from after the
        last verb of the visit (visit_verbs.txt) or function word; not a division, a site, a person, nor a
        sector printed in common nouns and adjectives only (生物医药、精细化工等企业)."""
        if FIRMS not in c.text:
            return []  # most sentences: the list's pattern need not scan them
        found = []
        persons = {(s, e) for s, e, label in c.backbone if label == PERSON}
        for match in LISTED_FIRMS_RE.finditer(c.text):
            start = match.start(1)
            words = [(s, e, tag) for s, e, tag in c.words if start <= s and e <= match.end(1)]
            lead = [e for s, e, tag in words if tag in FIRM_LEAD_TAGS or c.text[s:e] in self.lex.visit_verbs]
            position = max(lead, default=start)  # 甲、乙一行先后到 | 丙丁科技: the list starts after the visit
            for item in match.group(1)[position - start:].split("、"):
                end = position + len(item)
                tags = [tag for s, e, tag in words if position <= s and e <= end]
                if 3 <= len(item) <= 12 and position in c.word_at and c.word_ending.get(end) is not None \
                        and any(tag not in COMMON_NOUN_TAGS for tag in tags) and (position, end) not in persons \
                        and not self.lex.place_suffix(item) and not self.lex.site_suffix(item):
                    found.append((position, end, ORG))
                position = end + 1
        return found

    def org_heads(self, c: Context) -> list[Span]:
        found = []
        for start, end, label in c.backbone:
            word = c.word_at.get(end)
            if label == ORG and word and c.text[end:word[0]] in self.lex.org_heads \
                    and not self.lex.org_suffix(c.text[start:end]) and c.text[start:end] not in self.lex.org_names:
                found.append((start, word[0], ORG))
        return found

    def suffixes_across_words(self, c: Context) -> list[Span]:
        """A backbone name whose last characters and the next word make an organisation suffix of three or
        more characters is that organisation (甲市军/LOC 分区/n -> 甲市军分区)."""
        found = []
        for start, end, label in c.backbone:
            after = c.word_at.get(end) if label in (PLACE, ORG) else None
            if not after or after[1] not in NOMINAL_TAGS:
                continue
            name = c.text[start:after[0]]
            suffix = self.lex.org_suffix(name)
            if len(suffix) >= 3 and len(suffix) > after[0] - end and len(name) - len(suffix) >= 2:
                found.append((start, after[0], ORG))
        return found

    def facilities_over_verbs(self, c: Context) -> list[Span]:
        """A site's name the backbone cut with a verb: a name, then one-character words or words of three
        or more characters of any tag (拉/v, 自驾游/v), then a word ending in a site suffix (口岸, 营地), or
        the suffix alone tagged as a verb (甲西 + 互通/v).  Not after a division (甲县 建/v 基地) or an
        organisation with its suffix (甲公司 投/v 产业园)."""
        found = []
        names = {start for start, _, _ in c.backbone}
        for start, end, label in c.backbone:
            name = c.text[start:end]
            if label == PLACE and self.lex.level_of(name) or label == ORG and self.lex.org_suffix(name):
                continue
            position, verbs = end, 0
            while position in c.word_at and position - end <= 6 and position not in names:  # not over another name
                word_end, tag = c.word_at[position]
                word = c.text[position:word_end]
                suffix = self.lex.site_suffix(word)
                if suffix and (verbs or tag not in NOMINAL_TAGS) and (word == suffix or tag in NOMINAL_TAGS):
                    found.append((start, word_end, self.lex.site_suffixes[suffix]))
                    break
                if tag in ("w", "p", "u", "c", "r", "m", "q", "TIME") or 1 < len(word) < 3 or not _is_cjk(word):
                    break
                verbs += tag not in NOMINAL_TAGS
                position = word_end
        return found

    def road_names(self, c: Context) -> list[Span]:
        """One pass over the words: a road word after a name (a place, or a word opening with a road number)
        with grade words between, a direction character before the place joining it (北 + 甲乙); 高速 after
        a two-character word when a place or a pause follows (甲乙高速丙至丁段), or after a place when an opening
        word follows (甲乙高速建成); a voltage, a name and 变; the initials of the places a line joins."""
        if not self.lex.road_word_re.search(c.text):
            return []
        roads = self.lex.road_words
        places = {s: (e, label) for s, e, label in c.backbone}
        place_ending = {e: s for s, e, label in c.backbone if label == PLACE}
        words, found = c.words, []
        for index, (start, end, tag) in enumerate(words):
            word = c.text[start:end]
            if word in roads.get("road", ()) or word in roads.get("expressway", ()):
                back = index
                while back > 0 and c.text[words[back - 1][0]:words[back - 1][1]] in roads.get("grade", ()):
                    back -= 1
                if back == 0:
                    continue
                name_start, name_end, name_tag = words[back - 1]
                name = c.text[name_start:name_end]
                if name_end in place_ending and not self._division(c.text[place_ending[name_end]:name_end]) and not (
                        word in roads.get("expressway", ()) and c.word_at.get(end, (0, "w"))[1] in ADVERB_TAGS
                        and c.text[end:end + 2] not in roads.get("opening", ())):  # 甲乙/LOC 高速/d 建成: a road
                    first = place_ending[name_end]
                    if c.text[first - 1:first] in DIRECTIONS and c.word_ending.get(first) == first - 1 and \
                            c.word_at[first - 1][1] == "f":
                        first -= 1  # 北 + 沿江 + 一级公路
                elif ROAD_CODE_RE.match(name) and back < index:
                    first = name_start + ROAD_CODE_RE.match(name).end()  # the number is no part of the name
                elif word in roads.get("expressway", ()) and back == index and len(name) in (2, 3) and _is_cjk(name) \
                        and name_tag not in NOT_ROAD_NAME_TAGS and (name_start not in places or len(name) == 3):
                    if not self._pause_or_place(c, end, places) and c.text[end:end + 2] not in roads.get("opening", ()):
                        continue  # 甲乙高速 + 丙至丁段, before a pause or 建成; never 经济高速发展
                    first = name_start
                else:
                    continue
                if (word in roads.get("expressway", ())) == (back != index):
                    continue  # a road word needs its grade (甲乙 + 铁路 may be a country's railways), 高速 none
                found.append((first, end, PLACE))
            elif word in roads.get("line", ()) and index and self._line_name(c, *words[index - 1]) \
                    and c.word_at.get(end, (0, "w"))[1] not in ("n", "nz"):  # not 甲乙铁路 专用线: a longer name
                found.append((words[index - 1][0], end, PLACE))  # 甲乙/nz 铁路, 甲乙/LOC 高铁
            elif len(word) == 4 and word[2:] in roads.get("expressway", ()) and _is_cjk(word) \
                    and tag not in ("a", "ad", "d") and self._pause_or_place(c, end, places):
                found.append((start, end, PLACE))  # 甲乙高速 as one word
            elif word in roads.get("voltage", ()) or word.endswith(tuple(roads.get("voltage", ()))):
                position = end
                while position in c.word_at and c.word_at[position][1] not in ("w", "m") and position - end <= 4:
                    word_end, _ = c.word_at[position]
                    if c.text[position:word_end] in roads.get("substation", ()):
                        if position - end >= 2:
                            found.append((end, word_end, PLACE))
                        break
                    if any(c.text[position:word_end].endswith(w) and word_end - position > len(w) + 1
                           for w in roads.get("substation", ())) and position == end:
                        found.append((end, word_end, PLACE))  # 220千伏 + 甲乙变
                        break
                    position = word_end
        return found + self._initials_before_lines(c)

    def _initials_before_lines(self, c: Context) -> list[Span]:
        """Initials of the places a line joins, before its line word, are its name even where the backbone
        cut them apart (甲乙/LOC 丙铁路/LOC, 甲乙/v 丙/LOC 高铁/n): a run of place initials from a word's start,
        one of its words a place the backbone found, and no noun running on (甲乙高铁 + 南站/n: a station's name)."""
        found = []
        places = [(s, e) for s, e, label in c.backbone if label == PLACE]
        expressways = self.lex.road_words.get("expressway", ())
        for word in (*self.lex.road_words.get("line", ()), *expressways):
            for match in re.finditer(word, c.text):
                end = match.start()
                if word in expressways and c.word_at.get(match.end(), (0, "w"))[1] in ADVERB_TAGS \
                        and c.text[match.end():match.end() + 2] not in self.lex.road_words.get("opening", ()):
                    continue  # 甲乙 高速/d 发展/v: speed, not a road
                start = next((end - n for n in (4, 3, 2) if end - n in c.word_at and _is_cjk(c.text[end - n:end])
                              and set(c.text[end - n:end]) <= self.lex.place_initials), None)
                if start is not None and any(s < end and start < e for s, e in places) \
                        and c.word_at.get(match.end(), (0, "w"))[1] not in LINE_NAME_RUNS_ON:
                    found.append((start, match.end(), PLACE))
        return found

    def cut_village_names(self, c: Context) -> list[Span]:
        """The end is a place of the town or village level, or the bare level word, printed right after the
        name, and no title starts with it (甲乙/PER 村长 is a village head)."""
        spans = {s: (e, label) for s, e, label in c.backbone}
        found = []
        for start, end, label in c.backbone:
            if not (label == PERSON and end - start <= 3 or label == PLACE and end - start == 1) \
                    or c.text[start] in PREPOSITIONS and end - start == 1:
                continue  # 甲县 + 乙镇 are two places; 向/LOC + 乙村: a preposition the backbone tagged
            after = spans.get(end)
            tail = c.text[end:after[0]] if after else ""
            if after and after[1] == PLACE and self.lex.level_of(tail) in MINOR_LEVELS \
                    and tail[:-len(self.lex.place_suffix(tail))] not in self.lex.levels:  # 和美 + 乡村: no village
                found.append((start, after[0], PLACE))
                continue
            level = self.lex.leading_level(c.text[end:end + len(self.lex.levels_longest_first[0])])
            if label == PERSON and self.lex.levels.get(level) in MINOR_LEVELS and end + len(level) not in spans \
                    and not c.title_core_re.match(c.text, end) and end + len(level) in c.word_ending:
                found.append((start, end + len(level), PLACE))
        if not any(level in c.text for level in self.lex.long_minor_levels):
            return found
        place_starts = {s for s, e, label in c.backbone if label == PLACE and not self.lex.level_of(c.text[s:e])}
        for start, end, tag in c.words:  # 甲乙/LOC 丙丁/n 戊/v 嘎查/v: a transliterated name the backbone cut
            if tag in ("LOC", "ORG") or end - start < 2 or self.lex.levels.get(c.text[start:end]) not in MINOR_LEVELS:
                continue  # 村 alone may end a phrase (乡村振兴示范村); 嘎查, 社区 and 苏木 end names
            first = start
            while first in c.word_ending and start - c.word_ending[first] <= VILLAGE_NAME_MAX \
                    and c.word_at[c.word_ending[first]][1] not in NAME_RUN_ENDS | {"LOC", "PER", "ORG"}:
                first = c.word_ending[first]
            if first in c.word_ending and c.word_ending[first] in place_starts:
                found.append((c.word_ending[first], end, PLACE))
        return found

    def cut_city_names(self, c: Context) -> list[Span]:
        """Also a listed county's or district's body (离/v 石区委/ORG -> 离石区委)."""
        found = []
        for start, end, label in c.backbone:
            if label not in (PLACE, ORG) or end - start < 2 or c.text[start:end] in self.lex.city_province:
                continue
            for back in (1, 2):
                whole = c.text[start - back:end]
                # 昌都类/LOC 乌齐县/LOC: the place before took the county's first character
                before = next(((s, e) for s, e, kind in c.backbone if kind == PLACE and e == start and s < start - back),
                              None) if label == PLACE and back == 1 else None
                if before and (whole in self.lex.county_parent or whole in self.lex.city_province) \
                        and self._known_division(c.text[before[0]:start - back]):
                    found += [(before[0], start - back, PLACE), (start - back, end, PLACE)]
                    break
                if start - back < 0 or any(s < start - back < e or s < start < e and (s, e) != (start, end)
                                           for s, e, _ in c.backbone):
                    continue
                if label == PLACE and (whole in self.lex.city_province or whole in self.lex.county_parent):
                    found.append((start - back, end, PLACE))
                    break
                division = PLACE_PREFIX_RE.match(c.text, start - back, end)
                if label == ORG and division and start + 1 < division.end() < end \
                        and division.group() in self.lex.county_parent and self.lex.org_suffix(c.text[start - back:end]):
                    found.append((start - back, end, ORG))
                    break
        return found

    def _line_name(self, c: Context, start: int, end: int, tag: str) -> bool:
        """Two or three characters of a railway's name (大临, 广湛): a name-like word, not a division or a
        country whose railways they would be (中国铁路, 甲国铁路)."""
        name = c.text[start:end]
        return 2 <= len(name) <= 3 and _is_cjk(name) and tag in LINE_NAME_TAGS and not self._known_division(name) \
            and name not in COUNTRIES and not name.endswith("国")

    @staticmethod
    def _pause_or_place(c: Context, position: int, places: dict[int, tuple[int, str]]) -> bool:
        after = c.word_at.get(position)
        return after is None or after[1] == "w" or places.get(position, (0, ""))[1] == PLACE

    def region_endings(self, c: Context) -> list[Span]:
        found = []
        for start, end, label in c.backbone:
            position = end
            while label == PLACE and position in c.word_at and position - end <= REGION_MODIFIER_MAX:
                word_end, tag = c.word_at[position]
                ending = next((w for w in self.lex.region_names if c.text.startswith(w, position)), "")
                if ending:
                    found.append((start, position + len(ending), PLACE))
                    break
                if tag not in FACILITY_TAGS:
                    break
                position = word_end
        return found

    def place_fragments(self, c: Context) -> list[Span]:
        word_ending = c.word_ending
        return [(word_ending[start], end, PLACE) for start, end, label in c.backbone
                if label == PLACE and start in word_ending
                and c.text[word_ending[start]:start] in self.lex.place_fragments]

    def place_suffix_words(self, c: Context) -> list[Span]:
        found = []
        word_at = c.word_at
        for start, end, label in c.backbone:
            after = word_at.get(end) if label == PLACE else None
            if not after:
                continue
            tail = c.text[end : after[0]]
            if (after[1] in ("n", "nz", "j") and len(tail) <= 2 and self.lex.place_suffix(tail)
                    and tail not in self.lex.stop_entities):
                found.append((start, after[0], PLACE))
        return found

    def place_abbreviations(self, c: Context) -> list[Span]:
        return [(start + i, start + i + 1, PLACE) for start, end, label in c.backbone
                if label == PLACE and end - start == 2 and c.text[start:end] not in self.lex.place_short_forms
                and all(ch in self.lex.place_abbreviations for ch in c.text[start:end])
                and not (c.text[end - 1] in DIRECTIONS and self.lex.place_abbreviations[c.text[start]].endswith(
                    DOMESTIC_ENDINGS))  # 滇中, 苏北: a part of a province, not two places (中美 still splits)
                for i in range(2)]

    def elected_names(self, c: Context) -> list[Span]:
        """The one name between an election or appointment and the post it gives (选举甲乙为, 任命甲乙丙同志为): the
        backbone may glue it to the verb (选举许汇/v 为)."""
        found = []
        for match in ELECTED_NAME_RE.finditer(c.text):
            start, end = match.span("name")
            if self.lex.surname_length(match.group("name")) and not any(s < end and start < e for s, e, _ in c.backbone):
                found.append((start, end, PERSON))
        return found

    def names_after_titles(self, c: Context) -> list[Span]:
        """Rare surnames the backbone misses after a title: the name ends before a character that
        follows names (率, 在, 说: name_followers.txt) or punctuation; a dictionary word is no name."""
        title_ends = sorted(c.title_ends)
        if not title_ends:
            return []
        # a surname alone is no name: the backbone cut it from its given name (书记 + 章/PER 周/TIME 中/f 率)
        taken = [(start, end) for start, end, label in c.backbone if label != PERSON or end - start > 1]
        words = {(start, end) for start, end, tag in c.words if tag not in PERSON_TAGS}
        found = []
        for start in title_ends:  # a title (with any rank or level before it) ends here
            if start >= len(c.text) - 1 or not self.lex.surname_length(c.text[start:start + 2]):
                continue
            if any(s <= start < e for s, e in taken):
                continue
            word = c.word_at.get(start)
            listed = self.on["names_before_semicolons"] and c.text[start + 3:start + 4] in LIST_END  # …主席甲乙丙；
            three = self.on["names_tagged_as_modifiers"] and word is not None and word[0] - start == 3 \
                and (word[1] in MODIFIER_TAGS and self._name_ends(c.text, word[0])
                     or word[1] in PAUSED_NAME_TAGS and c.text[word[0]:word[0] + 1] in PAUSED_NAME_CLOSERS)
            read_as_word = self._surname_read_as_word(c, start)
            if word and (word[1] in NOT_NAME_START if word[0] - start > 1 else word[1] in FUNCTION_TAGS) \
                    and not three and not (listed and word[0] - start == 1 and word[1] == "v") and not read_as_word \
                    and not (word[0] - start == 1 and self._given_name_after(c, start + 1)):
                continue  # 关于, 干部, 都 认真: a word of the language, not a surname
            # 于/PER 红波/n 主持: the backbone read the surname as a person, and cut the given name from it
            surname_alone = word is not None and word[0] - start == 1 and word[1] in PERSON_TAGS
            # 副主席史/n 官元/n: the backbone glued the surname to the title, leaving the given name a word alone
            given_after_glue = c.word_at.get(start + 1, (0, ""))
            glued_to_title = self.on["surnames_glued_to_titles"] and c.word_ending.get(start + 1, start) < start \
                and (given_after_glue[0] - start - 1 >= 2 or given_after_glue[0] == start + 2
                     and self._name_ends(c.text, start + 2)) and given_after_glue[1] not in NOT_NAME_START - {"n"}
            given_word = listed or read_as_word or surname_alone or glued_to_title or bool(word) \
                and word[0] - start == 1 and self._given_name_after(c, start + 1)
            # 副县长甲乙丙/v 的 陪同, 市长甲乙丙/v 回答/v: a three-character verb before 的 or another verb
            verb_before_verb = self.on["names_tagged_as_verbs"] and word == (start + 3, "v") \
                and (c.text[start + 3:start + 4] == OF or c.word_at.get(start + 3, (0, ""))[1] == "v")
            length = 3 if verb_before_verb else next((n for n in (2, 3) if self._name_ends(c.text, start + n)), 0)
            end = start + length
            given = c.text[start + 1:end]
            verb_name = three and word[0] == end or verb_before_verb or self.on["names_tagged_as_verbs"] \
                and word == (end, "v") and (c.text[end:end + 1] in NAME_CLOSERS
                                            or c.text.startswith((PARTY_OF, *CONJUNCTION_WORDS), end)) \
                and (length == 3 or length == 2 and c.text[start] not in self.lex.name_followers  # not 强调, 出席
                     and not c.text.endswith(REPORTERS, 0, start))  # 记者关注，: what the reporter did
            # 于/p 景润/PER 一行: the backbone's person is the given name of the surname it left as a word
            given_person = given_word and (start + 1, end, PERSON) in c.backbone
            # a name's last character may be one that follows names when a pause closes it (申强、: not 强调)
            closed = self.on["names_ending_in_followers"] and c.text[end:end + 1] in NAME_CLOSERS \
                and given[-1:] not in CLAUSE_CLOSING_FOLLOWERS
            # 副监事长童/n 中/f 、, 副主任莫/a 幸福/a 、: a given name alone between a title and a list's pause
            paused_given = self.on["paused_given_names"] and c.text[end:end + 1] == LIST_PAUSE
            if length and _is_cjk(c.text[start:end]) and ((start, end) not in words or verb_name) \
                    and not any(s < end and start < e and ((s, e) != (start + 1, end) or not given_person)
                                for s, e in taken) \
                    and not set(given[:-1] if closed else given) & self.lex.name_followers \
                    and not any(start < s < end < e and not self._glued_follower(c.text, end, e)
                                or (s, e) == (start + 1, end) and not (given_word or paused_given)
                                for s, e, _ in c.words):
                found.append((start, end, PERSON))  # no word runs on past the name (干部平均), nor is its given name
        return found

    def names_before_leader_titles(self, c: Context) -> list[Span]:
        """The leader's title printed after the name is the sign (titles.tsv: a post title that implies a body);
        the backbone may read the name as another noun in a long sentence (贯彻 甲乙丙/nz 总书记 重要讲话); a rank
        is no name (常务 + 副市长)."""
        taken = [(start, end) for start, end, _ in c.backbone]
        found = []
        for start, word_end, tag in c.words:
            if tag not in LEADER_NAME_TAGS:
                continue
            # 甲乙丙总书记系列重要讲话精神/nz: the name starts a long word that runs on over the title
            ends = (word_end,) if word_end - start <= 3 else (start + 2, start + 3) if self.on["leader_names_in_words"] else ()
            end = next((e for e in ends if self._leader_title_at(c.text, e)), 0)
            if 2 <= end - start <= 3 and self.lex.surname_length(c.text[start:end]) \
                    and c.text[start:end] not in self.lex.title_ranks \
                    and _is_cjk(c.text[start:end]) and not any(s < end and start < e for s, e in taken):
                found.append((start, end, PERSON))
        return found

    def _leader_title_at(self, text: str, position: int) -> bool:
        title = self.lex.post_title_re.match(text[position:position + LEADER_TITLE_MAX])
        return bool(title) and bool(self.lex.titles.get(self.lex.title_core(title.group()), ""))

    def names_before_titles(self, c: Context) -> list[Span]:
        """A name printed before its title where a report or speech is cited; the name starts at a word's or a
        clause's start, never at a function word of one character (和甲乙书记: 和/c), and is no common word
        (相关/vn 负责人表示) nor starts with one (关爱/v 团 负责人表示)."""
        found = []
        taken = [(start, end) for start, end, label in c.backbone if label != PERSON]
        ranks = self.lex.title_rank_re
        for match in c.title_core_re.finditer(c.text):
            if not self.lex.title_citation_re.match(c.text, match.end()):
                continue
            rank = next((r for r in ranks.finditer(c.text[:match.start()]) if r.end() == match.start()), None)
            name_end = rank.start() if rank else match.start()
            for size in (3, 2):
                start = name_end - size
                name = c.text[max(start, 0):name_end]
                word = c.word_at.get(start)
                if start < 0 or not _is_cjk(name) or not self.lex.surname_length(name) \
                        or not (start == 0 or not _is_cjk(c.text[start - 1]) or word) \
                        or word and word[0] - start == 1 and word[1] in FUNCTION_TAGS \
                        or word == (name_end, word[1] if word else "") and word[1] in COMMON_WORD_TAGS \
                        or word and 2 <= word[0] - start < size and word[1] not in PERSON_TAGS \
                        or set(name[1:]) & set(CLAUSE_CLOSING_FOLLOWERS) or any(s < name_end and start < e for s, e in taken):
                    continue
                found.append((start, name_end, PERSON))
                break
        return found

    @staticmethod
    def _glued_follower(text: str, name_end: int, word_end: int) -> bool:
        """The backbone glued a name's last character to the 率 after it into one word (单坚 率 -> 坚率/n,
        甲乙丙 率 -> 丙率/n: 功率, 效率); other followers make common words that way (大会, 以来)."""
        return word_end == name_end + 1 and text[name_end:word_end] in GLUED_FOLLOWERS

    def _surname_read_as_word(self, c: Context, start: int) -> bool:
        """县长 祝/v 显成/v 在, 州长 迟/a 中华/ORG 同志: a surname read as a verb or adjective of one character, a
        word of two after it and a character that follows names, or a 、 before the next name of a list (参事
        关/v 保英/v 、乙丙/PER); a verb that follows names (到, 出) stays a verb."""
        word, given = c.word_at.get(start), c.word_at.get(start + 1)
        return self.on["names_tagged_as_verbs"] and word in ((start + 1, "v"), (start + 1, "a")) \
            and c.text[start] not in self.lex.name_followers and given is not None and given[0] == start + 3 \
            and (c.text[start + 3:start + 4] in self.lex.name_followers or c.text.startswith("、", start + 3)
                 and any(s == start + 4 and label == PERSON for s, _, label in c.backbone))

    def _given_name_after(self, c: Context, position: int) -> bool:
        """A noun of one or two characters closed by punctuation, as a given name after a surname read as a
        function word (曾/d 平原/n ，, 于/p 兵/n ，); a verb or adjective there (都/d 认真/a ，) makes the surname a
        word after all."""
        word = c.word_at.get(position)
        after = c.text[word[0]:word[0] + 1] if word else ""
        # one the backbone read as a person may go on to what follows names (于/p 景润/PER 一行)
        closed = after in NAME_CLOSERS or word is not None and word[1] in PERSON_TAGS and after in self.lex.name_followers
        # a character of any word before a 、 and the next name of a list (副主任 曾/d 能/v 、乙丙/PER)
        listed = word is not None and word[0] - position == 1 and after == "、" \
            and any(s == word[0] + 1 and label == PERSON for s, _, label in c.backbone)
        return self.on["names_after_function_words"] and word is not None and 1 <= word[0] - position <= 2 \
            and (word[1] in GIVEN_NAME_TAGS or listed) and closed \
            and c.text[position:word[0]] not in self.lex.levels  # 领导和/c 市/n 、区: a level, no given name

    def minority_names(self, c: Context) -> list[Span]:
        """A Tibetan or Mongolian name after a title or a listed name: a listed first part (扎西, 巴特尔:
        minority_names.txt), then the characters up to a pause or one that follows names, two to seven in all."""
        places = [(s, e) for s, e, label in c.backbone if label != PERSON]  # 乌兰察布/LOC: a place, no name
        listed = {e + 1 for _, e, label in c.backbone if label == PERSON and c.text[e:e + 1] == "、"}
        found = []
        for start in sorted(set(c.title_ends) | listed):
            part = self.lex.minority_name_re.match(c.text, start)
            if not part or any(s <= start < e and not (s == start and start in listed and self._unlisted_place(c, s, e))
                               for s, e in places):
                continue
            end = part.end()
            while part := self.lex.minority_name_re.match(c.text, end):  # 宝音 + 满都 + 呼: parts run on
                end = part.end()
            while end < len(c.text) and end - start < MINORITY_NAME_MAX and _is_cjk(c.text[end]) \
                    and c.text[end] not in self.lex.name_followers:
                end += 1
            if self._name_ends(c.text, end):
                found.append((start, end, PERSON))
        return found

    def _unlisted_place(self, c: Context, start: int, end: int) -> bool:
        """A place of the backbone between two pauses of a list of persons that no lexicon knows and no suffix
        makes a place (甲、格桑/LOC 、乙): a name the backbone took for a place."""
        name = c.text[start:end]
        return c.text[end:end + 1] == "、" and not self._known_division(name) and name not in self.lex.county_parent \
            and not self.lex.place_suffix(name) and not self.lex.site_suffix(name)

    def names_between_titles(self, c: Context) -> list[Span]:
        """A word of two characters, a surname first, between a title and a pause after which the next titled
        person's titles start (统战部部长 + 边峰/n ，市委常委、…书记乙) or the next name of its list (县领导 + 高峰/n
        、豆慧波/PER): a name of that list, whatever its tag."""
        title_ends = sorted(c.title_ends)
        taken = [(s, e) for s, e, _ in c.backbone]
        person_starts = {s for s, _, label in c.backbone if label == PERSON}
        found = []
        for start in title_ends:
            word = c.word_at.get(start)
            end = word[0] if word else start
            if end - start != 2 or word[1] not in NOMINAL_TAGS or c.text[end:end + 1] not in LIST_PAUSES \
                    or not self.lex.surname_length(c.text[start:end]) or any(s < end and start < e for s, e in taken):
                continue
            after = next((e for e in title_ends if e > end + 1), None)
            if after is not None and after - end <= NEXT_TITLE_WINDOW and not any(ch in NAME_CLOSERS for ch in c.text[end + 1:after]) \
                    and c.text[end + 1:end + 2] not in GROUP_DETERMINERS \
                    or c.text[end:end + 1] == LIST_MARK and end + 1 in person_starts:  # 县领导 + 高峰/n 、乙丙/PER
                found.append((start, end, PERSON))
        return found

    def names_tagged_as_orgs(self, c: Context) -> list[Span]:
        """A backbone organisation of two or three characters right after a title, a surname first and no
        organisation's ending, closed by a pause or a character that follows names, is a name (市委书记甲乙丙/ORG 、)."""
        title_ends = c.title_ends
        return [(start, end, PERSON) for start, end, label in c.backbone
                if label == ORG and start in title_ends and 2 <= end - start <= 3
                and self.lex.surname_length(c.text[start:end]) and not self.lex.org_suffix(c.text[start:end])
                and self._name_ends(c.text, end)]

    def names_tagged_as_places(self, c: Context) -> list[Span]:
        """甲乙 + 代表 + 丙港 is no title before a name: 代表 there is what the person named does."""
        person_ends = {e for _, e, label in c.backbone if label == PERSON}
        title_starts = c.title_starts
        return [(start, end, PERSON) for start, end, label in c.backbone
                if label == PLACE and start in title_starts and title_starts[start] not in person_ends
                and 2 <= end - start <= 3
                and self.lex.surname_length(c.text[start:end]) and not self.lex.place_suffix(c.text[start:end])
                and not self._known_division(c.text[start:end]) and self._name_ends(c.text, end)]

    def names_tagged_as_nouns(self, c: Context) -> list[Span]:
        """A title leaves room for a name only, so a common noun there before what a person does (高山/n 深入,
        盘石/n 等人) is the name the backbone read as a word; a pause closes only a name of three characters,
        since a noun of two closed by one is a title's kin (会长 + 单位 、)."""
        taken = {(start, end) for start, end, _ in c.backbone}
        title_cores = set(c.title_starts.values())
        found = []
        for start in c.title_ends:
            end, tag = c.word_at.get(start, (start, ""))
            after = c.word_at.get(end, (end, ""))
            if tag not in NOUN_NAME_TAGS or not 2 <= end - start <= 3 or start in title_cores \
                    or not self.lex.surname_length(c.text[start:end]) or any(s < end and start < e for s, e in taken) \
                    or self.lex.place_suffix(c.text[start:end]) or self.lex.org_suffix(c.text[start:end]):
                continue
            paused = end - start == 3 and c.text[end:end + 1] in NAME_CLOSERS
            acts = c.text[end:end + 1] in self.lex.name_followers \
                and (after[1] in ACT_AFTER_NAME_TAGS or c.text[end:end + 1] == ETC)  # 等人/n: whom the name led
            if paused or acts:
                found.append((start, end, PERSON))
        return found

    def names_in_split_words(self, c: Context) -> list[Span]:
        """A title leaves room for a name only, so three characters there that the backbone read as two or three
        common words (弓/n 爱萍/v, 后/f 振/v 国/n) are the name it did not know, when a surname comes first and a pause
        or what a person does follows."""
        taken = [(start, end) for start, end, _ in c.backbone]
        found = []
        for start in c.title_ends:
            end = start + SPLIT_NAME_LENGTH
            words, position = [], start
            while position < end and position in c.word_at:
                words.append(c.word_at[position])
                position = words[-1][0]
            after = c.word_at.get(end, (end, ""))
            if position != end or not 2 <= len(words) <= SPLIT_NAME_LENGTH or words[0][0] != start + 1 \
                    or words[0][1] not in SURNAME_WORD_TAGS or any(tag not in SPLIT_NAME_TAGS for _, tag in words) \
                    or not _is_cjk(c.text[start:end]) or not self.lex.surname_length(c.text[start:end]) \
                    or any(s < end and start < e for s, e in taken) \
                    or self.lex.title_core_re.search(c.text, start, end) or self.lex.place_suffix(c.text[start:end]) \
                    or self._act_after_name(c, words):
                continue
            if c.text[end:end + 1] in NAME_CLOSERS or after[1] == "v" and after[0] - end >= 2 \
                    or c.text[end:end + 1] in self.lex.name_followers and after[1] in ACT_AFTER_NAME_TAGS:
                found.append((start, end, PERSON))  # 围绕/v: a verb of two characters or more is no name's end
        return found

    def _act_after_name(self, c: Context, words: list[tuple[int, str]]) -> bool:
        """The last of the split words is a verb of two characters a name is often followed by (记者 + 时/n
        表示/v): what a person does, not the end of a name."""
        last_start = c.word_ending[words[-1][0]]
        return words[-1][1] == "v" and words[-1][0] - last_start >= 2 and c.text[last_start] in self.lex.name_followers

    def names_ending_orgs(self, c: Context) -> list[Span]:
        """The organisation keeps its suffix and the name its listed surname; the title after them is the sign
        (州交城投集团甲乙/ORG 董事长), so a name is never cut from an organisation that merely ends in one."""
        found = []
        for start, end, label in c.backbone:
            if label != ORG or not (c.title_core_re.match(c.text, end) or self.lex.closing_title_re.match(c.text, end)
                                    or self.lex.title_phrase_re.match(c.text, end)):  # 县政协甲乙/ORG + 副主席
                continue
            for length in (2, 3):
                cut = end - length
                name = c.text[cut:end]
                if cut - start >= 3 and self.lex.org_suffix(c.text[start:cut]) and self.lex.surname_length(name) \
                        and name[-1] not in UNIT_ENDINGS and _is_cjk(name) \
                        and name not in self.lex.bodies:  # 县委党校 + 副校长: 党校 is a body, no name
                    found += [(start, cut, ORG), (cut, end, PERSON)]
                    break
        return found

    def names_leading_bodies(self, c: Context) -> list[Span]:
        found = []
        for start, end, label in c.backbone:
            if label != ORG or start not in c.title_ends or not self.lex.surname_length(c.text[start:end]):
                continue
            for length in (2, 3):
                lead = next((verb for verb in LEADING_VERBS if c.text.startswith(verb, start + length)), "")
                body = start + length + len(lead)
                if lead and end - body >= 2 and self._body_or_place_at(c.text, body, end):
                    found += [(start, start + length, PERSON), (body, end, ORG)]
                    break
        return found

    def names_cut_short(self, c: Context) -> list[Span]:
        """After a title, or last in a 、-list of names, the one character the backbone left off a name
        closed by a pause or by a character that follows names (甲乙/PER 丙 、, 、甲乙/PER 其 出席); after a title,
        also a character that itself follows names when a pause closes it (副市长甲乙/PER 前 ，: no 前往 there);
        anywhere, a one-character verb, adverb, adjective or noun closed by a pause (老干部甲乙/PER 丙/v ，)."""
        title_ends = c.title_ends
        found = []
        for start, end, label in c.backbone:
            # a name of a compound surname and one character is cut the same way (欧阳颂/PER 东/f ，)
            short = 3 if self.lex.surname_length(c.text[start:end]) == 2 else 2
            if label != PERSON or end - start != short or not _is_cjk(c.text[end:end + 1]) or c.text[end] in NOT_NAME_ENDS:
                continue
            after = c.text[end + 1:end + 2]
            # the character is a word of its own (有/v, 之/u), or one with the 率 after it (功率)
            word_end = c.word_at.get(end, (0, ""))[0]
            alone = word_end == end + 1 or self._glued_follower(c.text, end + 1, word_end)
            if start == 0 and end + 1 == len(c.text) and self.on["caption_names"]:
                found.append((start, end + 1, PERSON))  # the line is the name alone: nothing follows it
                continue
            if c.text[end] in self.lex.name_followers:
                if start in title_ends and after in NAME_CLOSERS and c.text[end] not in CLAUSE_CLOSING_FOLLOWERS \
                        and self.on["names_cut_before_followers"]:
                    found.append((start, end + 1, PERSON))
                continue
            if start in title_ends and (after in NAME_CLOSERS or alone and after in self.lex.name_followers) \
                    or c.text[start - 1:start] == "、" and (after in NAME_CLOSERS or alone and after in self.lex.name_followers) \
                    or alone and after in NAME_CLOSERS and c.word_at[end][1] in ("v", "d", "a", "n"):
                found.append((start, end + 1, PERSON))
        return found

    def names_run_together(self, c: Context) -> list[Span]:
        found = []
        for start, end, label in c.backbone:
            name = c.text[start:end]
            names = self.lex.split_names(name) if label == PERSON and end - start == 6 else None
            if names and [len(n) for n in names] == [3, 3] and not set(name) & TRANSLITERATION_CHARS \
                    and all(self.lex.surname_rank.get(n[0], COMMON_SURNAMES) < COMMON_SURNAMES for n in names):
                for name in names:
                    found.append((start, start + len(name), PERSON))
                    start += len(name)
        return found

    def names_over_places(self, c: Context) -> list[Span]:
        title_ends = c.title_ends
        places = {s: e for s, e, label in c.backbone if label == PLACE}
        found = []
        for start, end, label in c.backbone:
            place_end = places.get(end, 0)
            if label == PERSON and end - start == 1 and start in title_ends and self.lex.surname_length(c.text[start]) \
                    and 2 <= place_end - start <= 3 and self._name_ends(c.text, place_end):
                found.append((start, place_end, PERSON))
            # 书记 + 赵国/LOC 法 ，: a place of old that starts a name, its last character a word alone
            elif label == PLACE and end - start == 2 and start in title_ends and self.lex.surname_length(c.text[start]) \
                    and not self._known_division(c.text[start:end]) and _is_cjk(c.text[end:end + 1]) \
                    and c.text[end + 1:end + 2] in NAME_CLOSERS and c.word_at.get(end, (0, ""))[0] == end + 1:
                found.append((start, end + 1, PERSON))
        return found

    def _name_ends(self, text: str, position: int) -> bool:
        return position >= len(text) or text[position] in self.lex.name_followers or not _is_cjk(text[position])

    def org_title_tails(self, c: Context) -> list[Span]:
        found = []
        for start, end, label in c.backbone:
            name = c.text[start:end]
            after = c.word_at.get(end, (end, ""))[0]  # 统战部部/ORG 长/n: the title runs on into the next word
            cut = next((i for i in range(2, len(name)) if label == ORG and self.lex.org_suffix(name[:i])
                        and (i < len(name) - 1 and self.lex.is_title(name[i:])
                             or i == len(name) - 1 and after > end and self.lex.is_title(c.text[start + i:after]))), 0)
            if cut:
                found.append((start, start + cut, ORG))
        return found

    def host_committee_titles(self, c: Context) -> list[Span]:
        """Backbone names; ``_extended`` does not run a name on over such a committee either."""
        return [(start, end - len(self._host_committee(c.text, start, end)), ORG) for start, end, label in c.backbone
                if label == ORG and self._host_committee(c.text, start, end)]

    def _host_committee(self, text: str, start: int, end: int) -> str:
        """The committee (党委) ending ``text[start:end]`` after a host (日报社) when a title follows, else ""."""
        committee = self.lex.hosted_committee(text[start:end])
        return committee if committee and _title_at(self.lex, text, end) else ""

    def place_trailing_words(self, c: Context) -> list[Span]:
        found = []
        for start, end, label in c.backbone:
            name = c.text[start:end]
            tail = next((w for w in self.lex.place_trailing_words if name.endswith(w)), "") if label == PLACE else ""
            if tail and len(name) - len(tail) >= 2:
                found.append((start, end - len(tail), PLACE))
        return found

    def session_bodies(self, c: Context) -> list[Span]:
        """A body whose name starts with its place starts where the backbone's place does, never earlier
        (出席甲市第十届人民代表大会: not 出席甲市…), and is none without one (主任甲乙主持召开县第十届人大常委会:
        only 县第十届人大常委会, read as a level's); an assembly printed with its term after a level or a place
        is one too (市六届人大, 甲县十七届人大常委会)."""
        if TERM_MARK not in c.text:
            return []
        found = []
        for match in self.lex.session_body_re.finditer(c.text):
            start = match.start()
            if not c.text.startswith(SESSION_BODY_OPENERS, start):
                start = next((s for s, e, label in sorted(c.backbone) if start <= s < e <= match.end()
                              and label in (PLACE, ORG) and self.lex.level_of(c.text[s:e])), None)
            if start is not None and self.lex.session_body_re.fullmatch(c.text, start, match.end()):
                found.append((start, match.end(), ORG))
        for match in self.lex.termed_body_re.finditer(c.text):  # 市六届人大, 甲市六届人大: from the place if printed
            place = next((s for s, e, label in c.backbone if label == PLACE and e == match.end("level") and s < e - 1
                          and self.lex.level_of(c.text[s:e])), match.start())
            found.append((place, match.end(), ORG))
        return found

    def party_committees(self, c: Context) -> list[Span]:
        """A committee of a party other than the Communist Party: the party, its division and the committee are
        one organisation (九三学社 + 甲省委, 民进 + 乙市支部), never the division's party committee."""
        return [(m.start(), m.end(), ORG) for m in self.lex.party_committee_re.finditer(c.text)]

    def org_names(self, c: Context) -> list[Span]:
        """Names of org_names.txt, and 中央 beside the province or city it is listed with (落实中央、省决策部署)."""
        found = [(m.start(), m.end(), ORG) for m in self.lex.org_name_re.finditer(c.text)]
        found += [(m.start(), m.end(), ORG) for m in CENTRAL_RE.finditer(c.text)]
        # no word runs on past the name but into a title: 联合/v 国家/n holds no 联合国, 公安部门/n no 公安部 (地委书记/n
        # holds 地委)
        return [span for span in found if not _inside_longer(span[0], span[1], c.backbone)
                and not any(s < span[1] < e and not self.lex.is_title(c.text[span[1]:e]) for s, e, _ in c.words)]

    def dotted_names(self, c: Context) -> list[Span]:
        """Persons and the · between them, with no other character, make one name."""
        persons = sorted((s, e) for s, e, label in c.backbone if label == PERSON)
        found, run = [], []
        for start, end in persons + [(-1, -1)]:
            between = c.text[run[-1][1]:start] if run and start >= 0 else ""
            if run and start >= 0 and (_only_dots(between) or self.on["dotted_name_tails"] and c.text[run[-1][1] - 1] in DOTS
                                       and len(between) <= DOTTED_GAP and _is_cjk(between)):
                run.append((start, end))  # 甲乙·/PER 丙丁/c 戊己/PER: a name the backbone ended at its dot goes on
                continue
            dotted_word = self._dotted_word_end(c, run[-1][1]) if run and self.on["dotted_name_tails"] else 0
            if dotted_word:
                found.append((self._dotted_head_start(c, run[0][0]), dotted_word, PERSON))
            elif run and "·" in c.text[run[0][0]:run[-1][1]]:
                end_of_name = self._dotted_tail_end(c, run[-1][1]) if self.on["dotted_name_tails"] else run[-1][1]
                if self.on["transcribed_tails"]:
                    end_of_name = self._transcribed_end(c.text, end_of_name)
                start_of_name = self._dotted_head_start(c, run[0][0])
                if len(run) > 1 or end_of_name > run[-1][1] or start_of_name < run[0][0]:
                    found.append((start_of_name, end_of_name, PERSON))
            run = [(start, end)]
        return found

    def paused_names_after_titles(self, c: Context) -> list[Span]:
        """The pause is the evidence the backbone's words lack: a name ends there (主任符发胜，), which followers in
        its given name (发) cannot say elsewhere; one word of the language (表示/v) is never a name."""
        found = []
        taken = [(s, e) for s, e, label in c.backbone if label != PERSON or e - s > 1]  # 符/PER alone: a cut name
        persons = {s for s, _, label in c.backbone if label == PERSON}
        for start in c.title_ends:
            if c.text.endswith(REPORTERS, 0, start):
                continue  # 会见记者 + 时/n 表示/v ，: when the reporters were met, no name
            for end in (start + 3, start + 2):
                name = c.text[start:end]
                if end >= len(c.text) or c.text[end] not in LIST_PAUSES or not _is_cjk(name) \
                        or set(name[1:]) & NOT_GIVEN_NAME or not 0 < self.lex.surname_length(name) < len(name):
                    continue
                goes_on = self._list_goes_on(c, end + 1, persons)
                if c.text[end] == LIST_PAUSE and not goes_on:
                    break  # 、 + 出席: the list goes on to no name, so nothing says these words are one
                inside = [(s, tag) for s, _, tag in c.words if start <= s < end]  # 表示/v: one word, no name
                # where the next titled name follows the pause, even one word of three characters, or an adjective
                # among them, is a name (政法委书记 + 高为淼/a ，副县长乙; 县委书记 + 封/v 立/v 新/a 、县长乙)
                tags = PAUSED_NAME_WORD_TAGS | {"a"} if goes_on else PAUSED_NAME_WORD_TAGS
                if start in c.word_at and end in c.word_ending and (len(inside) > 1 or goes_on and end - start == 3) \
                        and all(tag in tags for _, tag in inside) \
                        and not any(s < end and start < e for s, e in taken):
                    found.append((start, end, PERSON))
                break
            found += self._cut_before_pause(c, start, persons)
        return found

    def _cut_before_pause(self, c: Context, start: int, persons: set[int]) -> list[Span]:
        """A person the backbone cut short after a title, one or two words of one character each left before a pause
        the next titled name follows (县人大常委会主任 + 侃卓/PER 才/d 让/v 、县政协副主席乙): those are the name's."""
        cut = next((e for s, e, label in c.backbone if s == start and label == PERSON), None)
        if cut is None:
            return []
        pause = next((p for p in (cut + 1, cut + 2) if c.text[p:p + 1] in tuple(LIST_PAUSES)), None)
        rest = c.text[cut:pause] if pause else ""
        if not rest or pause - start > LONGEST_PAUSED_NAME or set(rest) & NOT_GIVEN_NAME \
                or not all(c.word_at.get(p, (0, ""))[0] == p + 1 for p in range(cut, pause)):
            return []
        return [(start, pause, PERSON)] if self._list_goes_on(c, pause + 1, persons) else []

    def _list_goes_on(self, c: Context, start: int, persons: set[int]) -> bool:
        """A person's name starts at ``start``, or a title close after it ends where one starts, or a listed surname
        the backbone took for a word (、县长 + 乙, 、县政协副主席 + 车军利/n)."""
        return start in persons or any(start < end <= start + NEXT_TITLE_WINDOW and not set(c.text[start:end]) & set(LIST_PAUSES)
                                       and (end in persons or self.lex.surname_length(c.text[end:end + 2]))
                                       for end in c.title_ends)

    def dotted_names_after_titles(self, c: Context) -> list[Span]:
        """Only where the backbone found no person over the dot (司法部长 + 卡洛斯·阿马特/PER stays) and no function word
        lies before it (代表 + 聚集/v 在/p 乔治·梅森: no name)."""
        found = []
        persons = [(s, e) for s, e, label in c.backbone if label == PERSON]
        for start in c.title_ends:
            name = DOTTED_NAME_RE.match(c.text, start) if start in c.word_at else None  # not 常委 + 会主任…
            if not name:
                continue
            dot = c.text.index(DOTS, start, name.end())
            if any(s < dot < e for s, e in persons) \
                    or any(tag in NO_NAME_PART_TAGS for s, _, tag in c.words if start <= s < dot):
                continue
            last = c.text.rindex(DOTS, start, name.end()) + 1
            spelled = self._spelled(c.text, last)
            if spelled:  # 卡德 + 率: the name ends before what the person does
                found.append((start, last + spelled, PERSON))
        return found

    def _spelled(self, text: str, start: int) -> int:
        """How many characters from ``start`` spell a transcribed name (transcription_characters.txt), at most
        TRANSCRIBED_TAIL_MAX."""
        spelled = 0
        while start + spelled < len(text) and spelled < TRANSCRIBED_TAIL_MAX \
                and text[start + spelled] in self.lex.transcription_characters:
            spelled += 1
        return spelled

    def _transcribed_end(self, text: str, end: int) -> int:
        """Where a dotted name ends when the backbone cut its last part inside a transcription (甲乙·阿不/PER 都/d
        热西提): two or more characters that spell transcribed names, or one closed by punctuation (not 都参加)."""
        spelled = self._spelled(text, end)
        if spelled >= 2 or spelled == 1 and text[end + 1:end + 2] in NAME_CLOSERS:
            return end + spelled
        return end

    def _dotted_head_start(self, c: Context, start: int) -> int:
        """Where a dotted name starts when the backbone left its first character a word of its own after a
        title (县长 热/a 夏提·木沙江/PER): the first part stays at most DOTTED_HEAD_MAX characters."""
        head = start - 1
        dot = c.text.find("·", start)
        if self.on["dotted_name_heads"] and head in c.title_ends and c.word_at.get(head, (0, ""))[0] == start \
                and _is_cjk(c.text[head]) and 0 < dot - head <= DOTTED_HEAD_MAX:
            return head
        return start

    @staticmethod
    def _dotted_word_end(c: Context, end: int) -> int:
        """Where a name goes on after a dot the backbone left out as one word of its own (甲/PER ·乙丙丁/w)."""
        word_end = c.word_at.get(end, (0, ""))[0] if c.text[end:end + 1] == "·" else 0
        given = c.text[end + 1:word_end]
        return word_end if 2 <= len(given) <= 6 and _is_cjk(given) else 0

    @staticmethod
    def _dotted_tail_end(c: Context, end: int) -> int:
        """Where a dotted name ends when the backbone cut its last part: two or three more characters closed
        by punctuation, unless they are one word of the language (甲·乙 表示/v ，)."""
        closer = next((n for n in (2, 3) if c.text[end + n:end + n + 1] in PAUSED_NAME_CLOSERS
                       and c.text[end + n:end + n + 1]), 0)
        tail = c.text[end:end + closer]
        cut_after_one = c.text[end - 2:end - 1] in DOTS  # 甲乙·丙/PER 丁戊/v 等: one character is no last part
        if not closer or not _is_cjk(tail) or c.word_at.get(end, (0, ""))[0] == end + closer and not cut_after_one \
                or any(c.word_at.get(i, (0, ""))[1] in PARTICLE_TAGS for i in range(end, end + closer)):
            return end  # 甲·乙 的妹妹，: a particle is no part of a name
        return end + closer

    def numbered_schools(self, c: Context) -> list[Span]:
        found = []
        for match in NUMBERED_SCHOOL_RE.finditer(c.text):
            number = match.start("number")
            starts = range(max(0, number - SHORT_NAME_MAX), number)
            # a listed county first, whatever its length (来 + 寿县一中: not 来寿县, though shaped as a county)
            place = next((p for p in starts if c.text[p:number] in self.lex.county_parent), None)
            place = place if place is not None else next((p for p in starts if _is_cjk(c.text[p:number]) and (
                self._known_division(c.text[p:number]) or self._short_division(c.text[p:number]))), None)
            if place is None and c.text[number - 1:number] in SCHOOL_LEVELS:
                place = number - 1  # 县一中, 市三中
            if place is not None:
                found.append((place, match.end(), ORG))
        return found

    def dateline_papers(self, c: Context) -> list[Span]:
        """A newspaper name at the start of a dateline (金华日报讯, 温州晚报社讯, 某某在线9月3日讯)."""
        printed = self.lex.dateline_outlet_re.match(c.text)
        if printed:  # two outlets run together (某某日报社某某融媒讯) are two organisations
            start, end = printed.span("name")
            first = self.lex.outlet_re.match(c.text, start)
            if first and end - first.end() >= 3 and self.lex.outlet_re.fullmatch(c.text, first.end(), end):
                return [(start, first.end(), ORG), (first.end(), end, ORG)]
            return [(start, end, ORG)]
        for start, end, label in c.backbone:
            if start <= 1 and label in (ORG, PLACE):
                name = c.text[start:end]
                cut = name.rstrip(DATELINE_END)
                paper = self.lex.paper_re.search(cut)
                if paper and (name.endswith(DATELINE_END) or c.text[end:end + 1] == DATELINE_END):
                    return [(start, start + paper.end(), ORG)]
        return []

    def quoted_papers(self, c: Context) -> list[Span]:
        """A newspaper's name in title marks is an organisation (《某某日报》, 《某某报》)."""
        return [(m.start(1), m.end(1), ORG) for m in QUOTED_PAPER_RE.finditer(c.text)]

    def outlet_names(self, c: Context) -> list[Span]:
        """National outlets printed alone (新华网、中国网: outlet_names.txt), where no longer word runs on,
        and with the branch the backbone found after them (人民网 + 天津分公司/ORG: branch_words.txt)."""
        branches = {s: e for s, e, label in c.backbone if label == ORG and self._branch(c.text[s:e])}
        return [(m.start(), branches.get(m.end(), m.end()), ORG) for m in self.lex.outlet_name_re.finditer(c.text)
                if not _inside_longer(m.start(), m.end(), c.backbone)]

    def programmes(self, c: Context) -> list[Span]:
        return [(m.start(), m.end(), PROGRAMME) for m in self.lex.programme_re.finditer(c.text)]

    def programme_patterns(self, c: Context) -> list[Span]:
        found = []
        for pattern, needed in self.lex.programme_needs:
            if needed and needed not in c.text:
                continue  # most sentences hold no quote, and most patterns need one
            group = "name" if "name" in pattern.groupindex else 0
            found += [(m.start(group), m.end(group), PROGRAMME) for m in pattern.finditer(c.text)]
        # A list of phrases holding a name the backbone found (“关注甲河、志愿服务日”) is no slogan of its own, and
        # no programme starts inside a name (三水区 + 对口帮扶: not 水区对口帮扶).
        return [(s, e, label) for s, e, label in found if ("、" not in c.text[s:e]
                or not any(s <= a and b <= e for a, b, _ in c.backbone)) and not any(a < s < b for a, b, _ in c.backbone)]

    def campaign_names(self, c: Context) -> list[Span]:
        found = []
        for match in self.lex.campaign_word_re.finditer(c.text):
            start = match.start()
            while start in c.word_ending and start - match.start() > -CAMPAIGN_NAME_LIMIT:
                word_start = c.word_ending[start]
                tag, word = c.word_at[word_start][1], c.text[word_start:start]
                if not (tag in CAMPAIGN_NAME_TAGS and (tag != "a" or len(word) > 1) or word in CAMPAIGN_NAME_VERBS):
                    break  # 实施, 开展, 是, 打 好: the verb before the name
                start = word_start
            if match.start() - start >= 2:
                found.append((start, match.end(), PROGRAMME))
        return found

    def slogans(self, c: Context) -> list[Span]:
        """Slogans (产业立市, 旅游兴县) where a slogan can start: after a non-nominal word, a non-Chinese
        character or another slogan, at a word's start; not inside a noun phrase (经济文化生态强市) nor over
        the start of a name (66名 + 绍兴市)."""
        found: list[Span] = []
        ending = c.word_ending
        for pattern in self.lex.slogan_patterns:
            for m in pattern.finditer(c.text):
                start, end = m.span("name") if "name" in pattern.groupindex else m.span()
                before = ending.get(start)
                tag = c.word_at[before][1] if before is not None else ""
                if any(start < s < end < e for s, e, _ in c.backbone) or c.words and start not in c.word_at:
                    continue  # 66名/m 绍兴市/LOC: a word's tail and a place's name, no slogan
                if c.word_at.get(start, (0, ""))[1] in PARTICLE_TAGS:
                    continue  # 察看了/u 新兴县: a particle starts no slogan
                if (start == 0 or not _is_cjk(c.text[start - 1]) or tag and tag not in NOMINAL_TAGS
                        or any(e == start for _, e, _ in found)):
                    found.append((start, end, PROGRAMME))
        return found

    def place_slogans(self, c: Context) -> list[Span]:
        """创新甲市、文化甲市、幸福甲市建设 (any two-character word in a list of two or more) and 美丽甲市建设
        (a descriptive word alone); a verb alone (推动甲市建设) is no campaign."""
        items = []  # (start, end, tag of the word before the place), in order
        ending = c.word_ending
        for start, end, label in c.backbone:
            before = ending.get(start)
            if label == PLACE and before is not None and start - before == 2 and _is_cjk(c.text[before:start]):
                items.append((before, end, c.word_at[before][1]))
        found, run = [], []
        for item in items + [(-1, -1, "")]:
            if run and item[0] == run[-1][1] + 1 and c.text[run[-1][1]] == "、":
                run.append(item)
                continue
            if run and c.text.startswith(PLACE_SLOGAN_END, run[-1][1]) and (
                    len(run) > 1 or run[0][2] in SLOGAN_WORD_TAGS):
                found += [(s, e, PROGRAMME) for s, e, _ in run]
            run = [item]
        return found

    def place_initial_slogans(self, c: Context) -> list[Span]:
        """A quoted run of three to six one-character short forms of cities and provinces (“甲乙丙”) names a
        corridor or a regional campaign: a place before 城市群 / 都市圈 (regions.txt endings), else a programme;
        never persons or places of its own."""
        found = []
        for m in QUOTED_SHORT_RE.finditer(c.text):
            if set(m.group(1)) <= self.lex.place_initials:
                region = c.text.startswith(tuple(self.lex.region_endings), m.end())
                found.append((m.start(1), m.end(1), PLACE if region else PROGRAMME))
        return found

    def listed_names(self, c: Context) -> list[Span]:
        """Names in a 、-run of persons the backbone took for words, places or organisations, or cut short."""
        if "、" not in c.text:
            return []
        person_end = {s: e for s, e, label in c.backbone if label == PERSON}
        person_ends = set(person_end.values())
        found: list[Span] = []
        for run in NAME_RUN_RE.finditer(c.text):
            bounds = _run_items(run)
            (_, first_end), *inner, (last_start, _) = bounds
            is_person = [first_end in person_ends, *(person_end.get(s) == e for s, e in inner), last_start in person_end]
            of_persons = sum(is_person) >= 2 and 2 * sum(is_person) >= len(bounds)
            for index, (start, end) in enumerate(inner, 1):  # in a run of persons, or between two of them
                between = bounds[index - 1][1] in person_ends and bounds[index + 1][0] in person_end
                if not is_person[index] and (of_persons or between):
                    found += self._run_item(c, start, end, person_end.get(start), between)
            title_end = next((t for t in (first_end - 2, first_end - 3) if t in c.title_ends), None)
            if self.on["titled_run_heads"] and of_persons and not is_person[0] and title_end is not None:
                found += self._run_item(c, title_end, first_end, None)  # 县领导 向东/v 、甲、乙: the run's first name
            if of_persons and not is_person[-1]:
                length = next((n for n in (2, 3) if self._name_ends(c.text, last_start + n)), 0)
                found += self._run_item(c, last_start, last_start + length, None) if length else []
        return found

    def _run_item(self, c: Context, start: int, end: int, cut_person_end: int | None,
                  between: bool = False) -> list[Span]:
        """The item of a run of names as a person: a name, or a name the backbone cut short (莫日根/PER 巴图);
        between two persons, a name ending like a town that no listed division is (甲、曾向镇/LOC、乙)."""
        item = c.text[start:end]
        town_like = self.on["town_like_names"] and between and len(item) == 3 and item not in self.lex.county_parent \
            and self.lex.surname_length(item) == 1 and c.word_at.get(start, (0, ""))[0] != end - 1
        if "·" in item or self.lex.org_suffix(item) or self.lex.place_suffix(item) and not town_like \
                or self.lex.is_title(item):
            return []
        if self.lex.looks_like_name(item) and (len(item) < 4 or self.lex.surname_length(item) == 2):
            return [(start, end, PERSON)]  # 雷鸣, 吴国升/LOC, 占/v 卓夫/PER, 太史名华 (four: a compound surname's only)
        if self.lex.minority_name_re.match(item) and len(item) > 2 and self._unlisted_place(c, start, end):
            return [(start, end, PERSON)]  # 旦/n 增/v 群珠/n: a Tibetan or Mongolian name of no surname
        if self.on["listed_rare_surnames"] and (len(item) == 3 or len(item) == 2 and between) \
                and c.word_at.get(start, (0, ""))[0] != end:
            return [(start, end, PERSON)]  # 篮挺佳, 甲、能/v 荣/a 、乙: a surname not listed, and no word of the language
        rest = c.text[cut_person_end:end] if cut_person_end else ""
        if rest and end - start <= LONGEST_RUN_ITEM and not self.lex.is_title(rest) \
                and c.word_at.get(cut_person_end, (0, "p"))[1] not in FUNCTION_TAGS \
                and not any(cut_person_end <= s < end for s, _, _ in c.backbone):  # 甲乙对/p 丙丁/PER: two names
            return [(start, end, PERSON)]
        return []

    # -- filters: each keeps (True) or drops a span -------------------------------------------------
    def _stop_entities(self, text: str, span: Span) -> bool:
        """A stop word goes, except 中央 listed with a province or city (落实中央、省决策部署: org_names) and a
        government printed bare after its division's party committee (甲镇党委、政府)."""
        name = text[span[0]:span[1]]
        if CENTRAL_RE.match(text, span[0]) and span[1] - span[0] == len(CENTRAL):
            return True
        if name in GOVERNMENTS and PAIRED_COMMITTEE_RE.search(text, max(0, span[0] - 8), span[0]):
            return True  # 甲镇党委、政府: the division's government (paired_governments)
        return name not in self.lex.stop_entities and not self.lex.levels_only_re.fullmatch(name)  # 市县, not 苏州

    def _junk_characters(self, text: str, span: Span) -> bool:
        """Punctuation, digits and page marks, and a bracket left open or closed (乙)科技有限公司: a cut name)."""
        name = text[span[0]:span[1]]
        return not JUNK_CHARS.search(PROGRAMME_ALLOWED.sub("", name) if span[2] == PROGRAMME else name) \
            and _balanced(name)

    def _single_characters(self, text: str, span: Span) -> bool:
        return span[1] - span[0] > 1 or span[2] == PLACE and text[span[0]] in self.lex.place_abbreviations

    def _titles_as_persons(self, text: str, span: Span) -> bool:
        name = text[span[0]:span[1]]
        return span[2] != PERSON or not any(self.lex.is_title(name[:i]) for i in range(2, len(name) + 1))

    def _plural_level_orgs(self, text: str, span: Span) -> bool:
        start, end, label = span
        if label != ORG or end - start <= 2 or text.startswith(LEVEL_WORDS_AFTER_LEVELS, start + 1):
            return True  # 县 + 乡村振兴局, 省 + 市场监管局: one level, then a word
        return not text.startswith(PLURAL_LEVELS, start) and not text.startswith(PLURAL_LEVELS, max(start - 1, 0))

    def _listed_levels(self, text: str, spans: list[Span]) -> list[Span]:
        """县、乡人大: a body after two levels printed bare and listed is the county's and the townships', no
        one organisation; a level that ends a name (孙村镇、县旅游局, 省军区、市军分区) lists no level."""
        ends = {e for _, e, _ in spans}
        return [(s, e, label) for s, e, label in spans
                if not (label == ORG and s >= 2 and text[s - 1] == LIST_PAUSE and text[s - 2] in self.lex.levels
                        and text[s] in self.lex.levels and s - 1 not in ends
                        and text[max(s - 3, 0):s - 1] not in WORDS_ENDING_IN_LEVELS)]

    def _titles_as_orgs(self, text: str, span: Span) -> bool:
        name = text[span[0]:span[1]]
        return span[2] != ORG or not any(self.lex.is_title(name[i:]) for i in range(1, len(name) - 1))

    def _place_pairs(self, text: str, span: Span) -> bool:
        name = text[span[0]:span[1]]
        return span[2] != PERSON or len(name) != 2 or not all(c in self.lex.place_abbreviations for c in name)

    def _office_credits(self, text: str, span: Span) -> bool:
        """供稿：侨政处, 来源：院办: an office credited as a source or an author is no person."""
        return span[2] != PERSON or not 2 <= span[1] - span[0] <= 3 or text[span[1] - 1] not in OFFICE_ENDS

    def _surname_titles(self, text: str, span: Span) -> bool:
        """张书记, 王县长, 潘老: a surname and a title or an honorific address someone the article names
        elsewhere, and name no one."""
        name = text[span[0]:span[1]]
        surname = self.lex.surname_length(name)
        title = name[surname:]
        return span[2] != PERSON or not surname or not (title in ADDRESS_WORDS or len(title) >= 2 and (
            self.lex.is_title(title) or self.lex.title_core_re.fullmatch(title)))

    def _implausible_places(self, text: str, span: Span) -> bool:
        name = text[span[0]:span[1]]
        if span[2] != PLACE or len(name) < 2 or name in self.lex.home_references:
            return True
        return not (name[0] in DETERMINERS and (name[1] in self.lex.levels or name[1:] in self.lex.levels)
                    or name.startswith(DUTIES) and name[2:] in self.lex.levels
                    or DUTY_BETWEEN_LEVELS_RE.fullmatch(name) or FOUNDING_RE.match(text, span[0]) and len(name) == 2
                    or is_peoples_only_division(name))

    def _generic_orgs(self, text: str, span: Span) -> bool:
        name = text[span[0]:span[1]]
        return (span[2] != ORG or bool(self.lex.org_suffix(name)) or name in self.lex.org_short_forms
                or not name.endswith(tuple(self.lex.generic_tails)))

    def _set_phrases(self, text: str, span: Span) -> bool:
        return span[2] != PLACE or not self.lex.set_phrase_re.match(text, span[0])

    def _countries_in_event_names(self, text: str, span: Span) -> bool:
        start, end, label = span
        name = text[start:end]
        return label != PLACE or name not in self.lex.countries and name != CHINA or not self.lex.event_name_re.match(text, end)

    def _honour_titles(self, text: str, span: Span) -> bool:
        return span[2] != PLACE or not self.lex.honour_title_re.fullmatch(text, span[0], span[1])

    def _idioms(self, text: str, span: Span) -> bool:
        start, end, _ = span
        window = text[max(0, start - IDIOM + 1):end + IDIOM - 1]
        offset = max(0, start - IDIOM + 1)
        return not any(m.start() + offset < end and start < m.end() + offset
                       for m in self.lex.idiom_re.finditer(window))

    def _clan_names(self, text: str, span: Span) -> bool:
        return span[2] != PERSON or text[span[1] - 1] != CLAN

    def _slogan_names(self, text: str, span: Span) -> bool:
        if span[2] != PERSON:
            return True
        opening = max(text.rfind(q, 0, span[0]) for q in OPENING_QUOTES)
        closing = min((i for i in (text.find(q, span[1]) for q in CLOSING_QUOTES) if i >= 0), default=-1)
        if opening < 0 or closing < 0 or any(q in text[opening + 1:span[0]] for q in CLOSING_QUOTES):
            return True
        phrases = SLOGAN_BREAK_RE.split(text[opening + 1:closing])  # speech (甲说：“乙，丙。”) has no slogan's form
        return len(phrases) < 2 or any(len(phrase) < SLOGAN_PHRASE or not _is_cjk(phrase) for phrase in phrases) \
            or closing - opening > LONGEST_SLOGAN

    def _bodies_inside_titles(self, text: str, span: Span) -> bool:
        """市委 of 市委书记甲 goes; 市中级人民法院 of 市中级人民法院院长， stays, since no name holds the title."""
        name = text[span[0]:span[1]]
        if not (span[2] == ORG and name in self.lex.org_abbreviations and _title_at(self.lex, text, span[1])):
            return True
        title = self.lex.title_phrase_re.match(text, span[1])
        return bool(title) and text[title.end():title.end() + 1] in CLAUSE_ENDS and title.end() < len(text)


def _without_glued_post(text: str, span: Span) -> list[Span]:
    """甲社区党委书记居委会/ORG -> 甲社区党委, 居委会; 乙区委常委/ORG -> 乙区委: the post between is a title the
    titles component reads, never part of a name (常委会, 委员会, 书记处 are bodies, and stay)."""
    start, end, label = span
    glued = GLUED_POST_RE.search(text, start, end) if label == ORG else None
    if not glued or glued.start("post") - start < 2 or text[glued.end():glued.end() + 1] in BODY_AFTER_POST:
        return [span]
    rest = end - glued.end()
    if rest == 1:
        return [span]  # one character after the post names no body
    return [(start, glued.start("post"), ORG)] + ([(glued.end(), end, ORG)] if rest else [])


def _joined_townships(text: str, backbone: list[Span]) -> list[Span]:
    joined, skip = [], set()
    by_start = {s: (e, label) for s, e, label in backbone}
    for s, e, label in backbone:
        if s in skip:
            continue
        after = by_start.get(e)
        if label == PLACE and after and after[1] == PLACE and is_ethnic_township_ending(text[e:after[0]]):
            joined.append((s, after[0], PLACE))
            skip.add(e)
        else:
            joined.append((s, e, label))
    return joined


def _resident_body(text: str, start: int, end: int, label: str) -> Span | None:
    """在甲全国人大代表, 住甲全国政协委员: the abbreviation 甲 goes, alone or glued to the body."""
    if label not in (ORG, PLACE) or not RESIDENT_BODY_RE.match(text, start):
        return start, end, label
    return (start + 1, end, label) if end - start > 1 else None


def _committee_work(text: str, start: int, end: int) -> int:
    """The length of the field of work (政协, 人大) after a party committee that ends ``text[start:end]`` before
    工作 (县委政协工作会议), 0 for none."""
    if not text.startswith(TASK, end):
        return 0
    body = next((body for body in WORK_FIELDS if text.endswith(body, start, end)), "")
    return len(body) if body and end - start > len(body) + 1 and text[end - len(body) - 1] == COMMITTEE_END else 0


def _delegation_pieces(text: str, span: Span) -> list[Span]:
    """甲代表团乙市人大/ORG: a delegation and the body its members belong to, run together, are two names."""
    start, end, label = span
    cut = text.find(DELEGATION, start, end) + len(DELEGATION)
    if label != ORG or cut < len(DELEGATION) or end - cut < 2:
        return [span]
    return [(start, cut, ORG), (cut, end, ORG)]


def _segment_pieces(text: str, span: Span) -> list[Span]:
    """A place run over a road segment (甲至乙段丙, 甲段丙) splits at 至 and 段 into names of two or more
    characters; a piece ending in 段 keeps it for place_trailing_words."""
    start, end, label = span
    if label != PLACE or end - start < 5:
        return [span]
    pieces, cursor = [], start
    for position in range(start + 2, end - 2):
        if text[position] in SEGMENT_MARKS and position - cursor >= 2:
            pieces.append((cursor, position, PLACE))
            cursor = position + 1
    return pieces + [(cursor, end, PLACE)] if pieces else [span]


def _title_at(lex, text: str, position: int) -> bool:
    return any(text.startswith(title, position) for title in lex.pre_titles) or any(
        text.startswith(rank, position) for rank in lex.title_ranks)


def _inside_longer(start: int, end: int, spans: list[Span]) -> bool:
    return any(a <= start and end <= b and b - a > end - start for a, b, _ in spans)


def _only_dots(between: str) -> bool:
    return between == "" or set(between) <= set(DOTS)


def _trimmed(text: str, span: Span) -> Span | None:
    """Strip quotes and brackets around a name, but keep quotes it needs (“信”字号公用品牌)."""
    start, end, label = span
    inner_start, inner_end = start, end
    while inner_start < inner_end and text[inner_start] in EDGE_PUNCT:
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1] in EDGE_PUNCT:
        inner_end -= 1
    name = text[inner_start:inner_end]
    if name.count("”") > name.count("“") and inner_start > start:
        inner_start -= 1
    return (inner_start, inner_end, label) if inner_end > inner_start else None
