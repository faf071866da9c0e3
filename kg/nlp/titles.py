"""``kg_titles``: titles printed with person names, and the organisation each names.

Titles are composed, not listed: ``[place] [level] [body] [rank ...] title [ending]``
from the lexicons (levels.tsv, bodies.tsv, title_ranks.txt, titles.tsv,
title_endings.txt), so 湖光镇党委书记, 县委常委, 常务副县长, 市政协主席候选人 and
化州市副市长 are all read by the same patterns.  Each pattern is a named rule,
switched in the config (``rules``), and every window is a named setting.

The result is on each person entity: ``ent._.kg_titles``, a tuple of ``Title``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan

from ..lexicons import (COMMUNITY, GOVERNMENTS, HEAD_COUNT, PARTY_GROUP, VILLAGE, YOUTH_LEAGUE, YOUTH_LEAGUE_FULL,
                        ZONE_BODIES, ZONE_WORD, alternation)
from ..records import ORG, PERSON, PLACE, Title
from ..text import is_cjk
from .backbone import Span, doc_text
from .lexicon_component import LexiconComponent

SpacySpan.set_extension("kg_titles", default=(), force=True)

CLAUSE_BREAKS = "，。；：,;:、"
# The posts of a party committee's own (书记, 支书, 委员, 常委), which the committee keeps when a title list goes on
# to its host's posts (甲集团党委书记、董事长).
PARTY_POST_RE = re.compile("书记|支书|委员$|常委$")
BARE_WORD_OPENERS = "该本其全原与和同及向对由在为据经"  # what a bare 公司 may follow (该公司经理, 与商会秘书长)
BARE_WORD_LENGTH = 2  # the longest bare institution word before a committee (学校, 集团)
LIST_JOINERS = ("、", "", "和", "及")
LIST_CLOSER = "等"
AT_HOME = "在家"  # 甲、乙等在家县领导: those of the leaders who are not away
LIST_MARK = "、"
HOST_NOT_FIRST_TAGS = {"v", "vd", "p", "d", "r"}  # 受到/v, 本所/r + 党委: no host's name starts so
PAUSES = "，,。；;"  # what ends a list of titled names (、丙丁副院长 + ，)
DELEGATION_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?代表团(?!团)")  # 甲代表团 + 乙市人大代表: the group they came in
# A head count closing a list, after 等 or alone: 甲、乙等3名委员, 甲、乙、丙8位代表.
COUNTED_CLOSER_RE = re.compile(rf"等?{HEAD_COUNT}[名位]")
RUN_JOINERS = ("，", ",", "、", "；")
COMMAS = ("，", ",")
CONJUNCTIONS = ("及", "以及", "和")  # …副主席乙、丙及秘书长丁: the last of a run, joined as an item
LEADERS = "领导"  # a collective title (县领导, 四套班子领导) that a list of names shares
LISTED_ON_RE = re.compile(r"[、，,]|等|以及|及|和")  # what follows a name a list goes on from
HONORIFICS = ("先生", "女士", "同志")  # printed after a name before the list goes on (理事长甲先生、名誉理事长乙)
CONCURRENTLY = "兼"  # 副主席兼秘书长: two posts held at once
HOST_VERB = "陪同"  # 乙陪同, 乙等陪同, 在乙的陪同下: a local host
HOST_WINDOW = 4
COLON_LEAD_RE = re.compile(r"(?:是|为)?[：:]$")  # 执行主席是：甲、乙: the title before a colon goes to the list
CJK_RE = re.compile(r"[\u4e00-\u9fff]+")
DUTY_RE = re.compile(r"负责[\u4e00-\u9fff]{2,16}?工作的?$")  # 负责县政府常务工作的: a duty printed before a title
DUTY_LENGTH = 21
UNREAD_ORG_RE = re.compile(r"、([\u4e00-\u9fff]{1,8})$")  # 、 + 江苏援伊 + 总指挥: the post's organisation, unread
UNREAD_ORG_LENGTH = 9
# The waters a river, lake or reservoir chief is charged with, printed before the post
# (甲乙河 + 市级河长, 丙江(主流段)丁段 + 乡级河长, 戊水库和己港 + 区级河长)
WATER_RE = r"[\u4e00-\u9fff]{1,8}?[河江湖溪渠港库](?:[（(][^（）()，,、]{1,8}[）)])?(?:[\u4e00-\u9fff]{1,4}?段)?"
WATER_SCOPE_RE = re.compile(rf"{WATER_RE}(?:[和及与]{WATER_RE})*$")
WATER_SCOPE_LENGTH = 30
CHIEF = "长"  # 河长, 湖长: a chief's post (checked with WATER_SCOPE_RE only after a river-chief title)
COMPANY_NAME_LENGTH = (2, 8)  # the untagged words a title list's company post may take as the company (伊利, 甲乙钻探)
TERM_RE = re.compile(r"第[一二三四五六七八九十]{1,3}届(?:委员会|理事会|常务委员会|主席团)?$")  # 甲侨联 + 第十届委员会 + 主席
TERM_LENGTH = 10
OFFICE = "办"  # ends an office's short name (园区办, 乡村振兴办)
DIVISION_NAME_MAX = 4  # the longest untagged division name read before a government title (船营 + 区)
PARTY_NAMES = ("中国共产党", "中共")  # printed before a place's committee in its formal name
PARTY_COMMITTEES = ("党总支", "党支部", "党委", "党工委")  # a committee the words before it may host
OF_CHARACTERS = "的了之"  # 新当选的 + 党委书记: a clause, no name
FUNCTION_CHARACTERS = "与和及在向对由将把被从为给同跟"  # ，与商会秘书长甲: 与 starts no organisation
DIVISION_NON_STARTS = FUNCTION_CHARACTERS + "该本我其据各全每此今昨明去"  # 据该镇副镇长, 今年市长: no division
SECTION_HEADS = {"处长": "处", "科长": "科", "股长": "股"}  # a section's head and the word its name ends in
NEW_DISTRICT = "新区"  # 浦东新区, 滨海新区: a city's new district may be a district with bodies of its own
SECTION_NAME_MAX = 8  # the longest section name between its organisation and its head (综合干部处)
LONG_ORG_LENGTH = 20  # the longest body read before a title from its level word (区委 + 非公有制企业和社会组织工作委员会)
SUFFIXED_ORG_LENGTH = 8  # the longest untagged organisation read before a title (园区管委会, 经济合作局)
PAUSE_RE = re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")
CLAUSE_END_RE = re.compile(r"[。；;！？!?]")
BRACKETED_TITLE_RE = re.compile(r"[（(][^（）()，,。]{2,12}[）)]$")
BRACKETED_TITLE_LENGTH = 14
# 党工委书记(兼)甲, 副主任(主持工作)乙, 副局长(正处级)丙: a note on how the post is held, between the post and the name
POST_NOTE_RE = re.compile(r"[（(](?:兼|主持工作|挂职|[正副][厅处科县局]级)[）)]$")
POST_NOTE_LENGTH = 6  # (主持工作)
LIST_BREAK_RE = re.compile(r"[，,。；;！？!?]")  # what ends a 、-list of titled names
VISIT_RE = re.compile(r"率|带领|带队|来|到|赴|考察|调研|参观|在")  # what visitors do before their hosts' 陪同
APPOINTMENT = "(?:当选为|当选|担任|出任|为|任)"
APPOINTED_RE = re.compile(rf"(?:同志)?{APPOINTMENT}")  # 选举甲为, 甲当选为, 甲任: the post follows
APPOINTMENT_END_RE = re.compile(rf"{APPOINTMENT}$")  # what a post an election gives follows
# 聘请甲等18人为, 甲、乙2位同志当选: the head count of a list of appointees, before the appointment
APPOINTEE_COUNT_RE = re.compile(rf"等?{HEAD_COUNT}[名位人]|等")
POSTED_TO_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:到|赴)")  # 甲(主动请缨)到 + 乙村 + 担任: where the post is taken up
APPOINTED_WINDOW = 40  # the longest post read after an appointment (政协某某县第十届委员会常务委员)

RULES = {
    "titles_before": "a title printed right before a name (市委书记庄某)",
    "titles_before_colons": "a title and a colon before a list of names (本次会议执行主席是：甲、乙、丙)",
    "title_lists": "several titles joined by 、 before one name (市委书记、市人大常委会主任庄某)",
    "water_scopes": "the river or lake a chief is charged with, printed between a title list's 、 and the chief's post, "
                    "keeps the list going (县委常委、甲河市级河长乙: 乙 holds both posts)",
    "term_committees": "a body's committee of a numbered term, printed before its post, is the body (甲市侨联第十届委员会"
                       "主席 -> 甲市侨联)",
    "appointed_shared_orgs": "bare posts an election gives after a comma are of the body the sentence's last election "
                             "named (选举甲为乙侨联主席，丙为副主席 -> 乙侨联)",
    "concurrent_posts": "two posts joined by 兼 are both the name's (专职副主席兼秘书长甲), and the organisation of "
                        "the post after 兼 starts after it (督导专员兼党委书记: not 督导专员兼党委)",
    "comma_leader_lists": "a list of names under one collective title goes on after a comma when the names after it "
                          "have no title and are listed on (县领导甲、乙，丙、丁以及…)",
    "person_lists": "the titles before a 、-list of names go to each name (市领导甲、乙、丙)",
    "closing_titles": "a title after a list closed by 等 goes to each name (甲、乙等政协委员)",
    "closing_title_runs": "a title after 等 also goes to the names before, each with its own titles, back to the "
                          "clause that starts the list (…主任甲，…主席乙等省人大代表)",
    "counted_lists": "closing_titles also reads a list closed by a head count, with 等 or without (甲、乙8名委员)",
    "named_closing_titles": "closing_titles also reads a title qualified by a place or an organisation, after the "
                            "delegation the list came in (甲、乙等66名丙代表团丁市人大代表)",
    "assembly_members": "a member title names the assembly, not its standing committee (省人大代表 -> 省人大)",
    "titles_after": "a title printed after a name (习近平总书记)",
    "appointed_titles": "the post a list of names is elected or appointed to, printed after them up to a pause "
                        "(选举甲、乙为市委副书记, 甲当选为政协某县第十届委员会主席, 甲任县委常委)",
    "posts_before_verbs": "appointed_titles also reads a post that a verb, not a pause, closes (甲同志当选县长 + 表示祝贺)",
    "counted_appointees": "appointed_titles also reads a list closed by 等 or a head count before the appointment "
                          "(聘请甲、乙等18人为荣誉主席)",
    "posted_appointees": "appointed_titles also reads a post taken up at a place or body printed between the name and "
                         "the appointment (甲到乙村担任驻村第一书记, 甲主动请缨到乙村任第一书记): the village's branch",
    "boards": "the posts of an organisation's board (理事会, 董事会: bodies.tsv) are the organisation's, printed after "
              "its name or bare after its other posts in a title list (甲供销社党组书记、理事会主任乙 -> 甲供销社)",
    "untagged_divisions": "a government title after an untagged name ending in the level of the body it implies names "
                          "that division's body (船营区副区长 -> 船营区政府)",
    "bare_sections": "section_heads also reads a section printed bare, of common nouns only, from a list's 、 or a "
                     "clause's start (、科研处 + 副处长): the resolver names it after the one institution of the article",
    "section_staff": "section_heads also reads any other post printed right after a section's name (甲厅资源开发处 + "
                     "三级调研员 -> 甲厅资源开发处)",
    "listed_companies": "in a title list, the untagged words between the 、 and a company's post are the company "
                        "(市政协原副主席、甲乙钻探副总经理丙 -> 甲乙钻探: company_posts.txt)",
    "company_titles": "a title after a bare 公司, 集团, 学校, 我会 … (公司经理甲, 集团总经理乙, 我会秘书长丙: "
                      "institution_words.tsv) is kept as printed and names the one such organisation the article names",
    "org_name_titles": "any title printed after a name, up to a pause, where the organisation it names is printed "
                       "right before the name (与州交通运输局甲乙丙局长、…)",
    "org_name_titles_before_acts": "org_name_titles also reads a title the name's next word follows with what the "
                                   "person does (司法局甲乙副局长 + 的陪同, 县委组织部丙丁部长 + 出席)",
    "titles_after_before_acts": "a title printed right after a name, with no organisation before the name, is the "
                                "name's when what the person does or the list's 、 follows it (甲乙校长 + 关于, 丙丁局长 + 、"
                                "戊己院长 + 参加了); not a title the backbone read as a verb (代表), nor one before a name",
    "place_name_titles": "a title after a name with a place right before the name is of the body the place and the "
                         "title compose, as if printed before the name (化州市甲乙市长 -> 化州市政府, 甲镇乙丙书记 -> "
                         "甲镇党委)",
    "division_secretaries": "a secretary printed right after a town, a county, a district or a city with no body "
                            "is of its party committee (甲乡书记 -> 甲乡党委, 乙街道书记 -> 乙街道党工委, 丙县书记 -> 丙县委); a "
                            "county, a district or a city only when listed (a zone's 甲开区 is none)",
    "cited_titles": "any title printed after a name where a report or speech is cited (甲乙丙州长所作的报告, 甲乙书记"
                    "指出: title_citations.txt)",
    "org_from_entity": "an organisation or place printed right before the title names it (化州市副市长)",
    "committee_hosts_in_words": "a party committee before a title takes the untagged words from the list's 、 "
                                "before it as its host (、茶产业链联合 + 党委书记甲 -> 茶产业链联合党委)",
    "home_governments": "a home printed as 我市 before a title names the home's body the title implies (我市副市长 "
                        "-> 市政府, not 我市政府)",
    "section_heads": "a section's head names the section, of the organisation before it (省民委 + 财务处 + 处长, "
                     "甲局新能源/ORG 处 处长 -> 甲局新能源处)",
    "org_from_body": "a body inside the title names it (市委书记 -> 市委, 湖光镇党委书记 -> 湖光镇党委)",
    "host_units": "a bare 纪委, 工会 or 团委 listed after a post of an institution or of its party committee is the "
                  "institution's (校党委委员、纪委书记 -> 校纪委; 甲公司党委书记、工会主席 -> 甲公司工会); a bare body "
                  "printed with no level (纪委, 妇联, 人大) after a named division's committee, the division's (甲街道党工委委员、"
                  "妇联主席 -> 甲街道妇联; 乙县委副书记、纪委书记 -> 乙县纪委); a village's committee after its party "
                  "branch, the village's (甲村党支部书记、村委会主任 -> 甲村委会; 乙社区党委书记、居委会主任 -> 乙社区居委会)",
    "bare_words_after_verbs": "suffixed_orgs_in_titles leaves out a verb, adverb or preposition the backbone cut before "
                              "a bare institution word or home body (听取 + 公司执行董事, 座谈会由 + 商会会长, 随后 + "
                              "文化馆馆长: the article's one company or chamber, the paper's 文化馆)",
    "village_secretaries": "a secretary printed after a village with no body, or after its 支部 or 驻村, is of the "
                           "village's party branch (甲村第一书记, 甲村驻村第一书记, 甲村支部书记, 驻甲村第一书记 -> 甲村党支部); "
                           "printed with no village, a 驻村 or 第一 secretary is of a bare 村党支部, which the resolver "
                           "gives the sentence's or the article's one village",
    "org_implied": "a bare government title implies its body (市长 -> 市政府)",
    "org_from_earlier_place": "a bare body takes the place an earlier title of the sentence named (长治市市委书记甲，市长乙 -> 长治市政府)",
    "hosts_stay_home": "org_from_earlier_place leaves the bare bodies of a host who accompanies the visitors to the "
                       "paper's place when the place came with a visitor (甲区…副主任乙率队…，区人大常委会副主任丙陪同)",
    "places_carried_from_leaders": "a place named as the leaders' (乙市领导甲) qualifies the sentence's bare bodies after "
                                   "it, as org_from_earlier_place does for bodies",
    "host_committees": "the party committee of a company, school or hospital names its host (甲集团公司党委书记 -> "
                       "甲集团公司: committee_hosts.txt), and a post outside the party listed after a post of that "
                       "committee is the host's (甲学院党委副书记、院长 -> 甲学院)",
    "listed_host_committees": "a bare party committee's post listed after a post of a company, school or hospital is "
                              "of that host's committee (我院院长甲、党委书记乙、副院长丙 -> 我院党委, 我院)",
    "glued_party_posts": "a post of an organisation's or a division's party body printed right before another post, "
                         "with no mark between, is a post of its own (甲局党组成员副局长乙: 党组成员 and 副局长; 区委常委区委"
                         "办公室主任丙, 区委副书记区长丁, 甲社区党委书记居委会主任戊)",
    "posts_outside_committees": "a post outside the party given a party committee of an organisation is the "
                                "organisation's (甲局党组成员副局长 -> 甲局; 乙学校党委书记丙、校长丁 -> 乙学校), "
                                "whichever rule gave it; a division's committee stays, but a village's names its "
                                "committee (甲村党总支书记、主任乙 -> 甲村委会)",
    "committee_posts": "host_committees leaves the party posts (书记, 委员) with the committee (甲学院党委书记 -> "
                       "甲学院党委), as the annotation guide asks; off, they name the host",
    "shared_body_characters": "a department's last character printed once before its title is both (宣传部长 -> 宣传部 + "
                              "部长, 公安局长 -> 公安局 + 局长)",
    "shared_level_characters": "a division's level character printed once before a title that starts with it is both "
                               "(梁山县/LOC 长 -> 梁山县 + 县长: the county's government)",
    "named_offices": "an office after a name is a body, with the level printed before the name (省大湾区办主任 -> "
                     "省大湾区办: bodies.tsv rows marked named)",
    "bracketed_titles": "a title in brackets right before a name is one of the name's titles, and the titles "
                        "before the bracket are too (常务副主席(副会长)甲); a note on how a post is held goes between the post and "
                        "the name (党工委书记(兼)甲, 副主任(主持工作)乙, 副局长(正处级)丙)",
    "chained_departments": "a bare party department in a title list belongs to the committee of the title before it, "
                           "or to that of its department (县委常委、宣传部长 -> 县委宣传部; …、组织部部长、党校校长 -> "
                           "县委党校)",
    "comma_title_lists": "a title list goes on over a comma when a title (with its organisation) closes the clause "
                         "before (甲日报社社长，乙集团董事长丙)",
    "list_shared_orgs": "in a 、-list of titled names, a bare title takes the organisation of the title before it "
                        "(甲协会会长甲、秘书长乙 -> 甲协会), an honorific after the name or not (会长甲先生、秘书长乙女士)",
    "comma_shared_orgs": "list_shared_orgs also reads a run of titled names joined by commas (市政协主席甲，副主席乙、丙，"
                         "秘书长丁 -> 市政协)",
    "conjunction_shared_orgs": "list_shared_orgs also reads a titled name joined to the run before by 及 or 和 "
                               "(县政协副主席甲、乙及秘书长丙 -> 县政协)",
    "party_groups": "a 党组 title names the body's party group (市政协党组书记 -> 市政协党组)",
    "suffixed_orgs_in_titles": "words the backbone left untagged between a title list's 、 (or a pause) and a title, "
                               "ending in an organisation suffix, are the organisation the title names "
                               "(县委常委、园区管委会主任甲: org_suffixes.txt)",
    "long_orgs_in_titles": "suffixed_orgs_in_titles also reads a long name that starts with a level word or a body "
                           "the backbone found (区委 + 非公有制企业和社会组织工作委员会, 区 + 社区建设和社会组织指导中心)",
    "level_offices": "suffixed_orgs_in_titles also reads an office a level word starts and 办 ends (自治区 + 园区办 + "
                     "副主任)",
    "duty_phrases": "a duty printed before a title (负责县政府常务工作的 + 副县长) keeps the title list before it going",
    "unread_org_posts": "a post whose organisation is words no rule reads (江苏援伊 + 总指挥) keeps the title list before "
                        "its 、 going; the post keeps no organisation",
    "org_nearby": "an organisation shortly before the title, in the same clause (…分公司“一把手”总经理)",
    "leader_pairs": "the deputy secretary and head of government right after a county-level city's party secretary "
                    "leads the same city (甲市委书记乙，市委副书记、市长丙 -> 甲市委, 甲市政府), and so do the officials "
                    "listed after them who do not accompany (，市委常委丁，副市长戊等), where org_from_earlier_place "
                    "keeps a county-level city's bare bodies at home; so does the next name of a 、-list (甲市市委书记"
                    "乙、市长丙)",
    "collective_levels": "two level words before a title that names no body are a collective title of both levels' "
                         "officials, before the names or after 等 (市区领导甲、乙; 甲、乙等县乡领导), not the second level's",
    "own_committee_places": "a bare body in one person's title list after that person's post at a county-level "
                            "city's or another division's committee is of that division (甲市委副书记、市长乙 -> 甲市政府, "
                            "not the paper's own city's), as leader_pairs reads it for the next person",
    "zone_bodies": "a development zone's 党工委 or 管委会 printed bare, with no title before it to name its zone, is of the one "
                   "zone the article names, or of the paper's own zone (党工委书记、管委会主任甲 in a 甲高新区 paper)",
    "listed_bodies": "a body printed bare in a title list names the body of the title before it (镇党委书记甲、党委副书记乙 "
                     "-> 镇党委; 县委常委、办公室主任 -> 县委办公室; 甲开发区党工委书记、管委会主任 -> 甲开发区管委会), "
                     "and out of a list the last of its kind the sentence named (甲镇党委书记乙讲话，党委副书记丙主持)",
}


WORK_COMMITTEE = "工委"  # a zone's or a street's party committee (区党工委): its 管委会 is the same zone's
ZONE_BOARD = "管委会"  # a zone's board, the same zone's whichever committee the title before names (区党委、管委会)
COMMITTEE = "委"  # how a party committee's name ends (市委, 县委)
DEPARTMENT_COMMITTEES = ("党委", PARTY_GROUP)  # a commission's own (甲市卫健委党委, 甲市发改委党组)
SECRETARY = "书记"
# 甲村驻村第一书记, 甲村支部书记: what a village's secretary may print between the village and the post
VILLAGE_SECRETARY_RE = re.compile("(?:驻村|支部)$")
VILLAGE_SECRETARY_LENGTH = 2
# the party committees a host's name is followed by (甲大学党委, 甲街道党工委, 甲县委)
HOST_COMMITTEES = ("党委", "党总支", "党支部", "党工委", COMMITTEE)
HOST_UNITS = ("纪委", "工会", "团委")  # an institution's own bodies besides its party committee
INSTITUTION_COMMITTEES = ("党委", "党总支", "党支部")  # 院长、党委书记: the institution's own committee
PARTY = "党"
# Two levels printed together before a collective title (市区领导, 甲、乙等县乡领导): the officials of both levels
COLLECTIVE_LEVELS = tuple(pair for levels in ("省市", "市县", "县市", "市区", "县区", "区县", "县乡", "乡镇", "镇村", "市州",
                                              "州市")
                          for pair in (levels, "、".join(levels)))  # 市区领导, 市、区领导
STANDING_MEMBER = "常委"  # 县委常委宣传部长: a standing member's post glued to the department's
# A post of an organisation's party body a post outside the party is printed right after (甲局党组成员副局长)
GLUED_PARTY_POST_RE = re.compile("(?:党组|党委|党工委|党总支|党支部|[省市县区州旗]委)(?:副?书记|成员|委员|常委)$")
GLUED_PARTY_POST_LENGTH = 6
ORGANISATION_COMMITTEES = ("党委", "党组", "党工委", "党总支", "党支部")  # an organisation's party body
VILLAGE_COMMITTEES = ("村委会", "村委", "村民委员会", "居委会", "居民委员会")  # printed bare after a village's branch
# what starts right after a title the person holds: 出席/v, 讲话/vn, 在/p, 和/c, 亲自/d, 详细/ad, 一行/m, 的/u
ACT_AFTER_TITLE_TAGS = {"v", "vd", "vn", "p", "c", "d", "ad", "m", "u"}
DIVISION_PARTY_COMMITTEES = {"乡": "党委", "镇": "党委", "街道": "党工委", "县": "委", "区": "委", "市": "委",
                             "旗": "委", "自治县": "委"}  # the party committee a bare secretary of that level leads
ACADEMIC_RANKS = ("教授", "研究员")  # printed after a name with the institution before it (甲大学乙教授)
SECTION_WORD_TAGS = {"n", "nz", "vn", "j"}  # 科研/n 处/n, 招生/vn 就业/vn 处/n: what a bare section is printed in
FUNCTION_WORD_TAGS = {"v", "vd", "d", "p", "c", "u", "r", "xc"}  # backbone tags of words no organisation name ends with
PARTICLE_TAGS = {"p", "u"}  # and of words none holds
VILLAGE_SECRETARY_RANKS = ("驻村", "第一")  # 驻村第一书记, 第一书记 printed bare: a village's branch secretary
VILLAGE_WORD = "村"
PARTY_BRANCH = "党支部"


@dataclass(frozen=True)
class _Found:
    title: Title
    start: int  # where the title (with its organisation) starts in the sentence


@Language.factory(
    "kg_titles",
    requires=["doc.ents"],
    assigns=["span._.kg_titles"],
    default_config={
        "lexicon_dirs": [],
        "rules": {name: True for name in RULES},
        "title_window": 16,
        "body_window": 10,
        "nearby_window": 10,
        "closing_window": 16,
    },
)
def make_titles(nlp: Language, name: str, lexicon_dirs: list[str], rules: dict[str, bool], title_window: int,
                body_window: int, nearby_window: int, closing_window: int) -> "TitleRules":
    return TitleRules(name, lexicon_dirs, rules, title_window, body_window, nearby_window, closing_window)


class TitleRules(LexiconComponent):
    """Titles before, around and after persons, with the organisation each names."""

    def __init__(self, name: str, lexicon_dirs: list[str], rules: dict[str, bool], title_window: int,
                 body_window: int, nearby_window: int, closing_window: int) -> None:
        super().__init__(name, lexicon_dirs)
        unknown = set(rules) - set(RULES)
        if unknown:
            raise ValueError(f"{name}: unknown rule {', '.join(sorted(unknown))}")
        self.on = {rule: rules.get(rule, True) for rule in RULES}
        self._function_word_ends: set[int] = set()  # of the Doc being read: where its function words end
        self._particle_ends: set[int] = set()  # and where its prepositions and particles end (会议 + 由/p + 局)
        self._word_tags: dict[int, str] = {}  # of the Doc being read: each word's tag, by where it starts
        self.title_window, self.body_window = title_window, body_window
        self.nearby_window, self.closing_window = nearby_window, closing_window
        lex = self.lex
        self.phrase_re = re.compile(
            f"(?P<level>{alternation(lex.levels)})?(?P<body>{alternation(lex.bodies)})?"
            f"(?:{alternation(lex.title_ranks)})*(?:{alternation(lex.pre_titles)})(?:{alternation(lex.title_endings)})?")

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._function_word_ends = {end for _, end, tag in doc._.kg_words or () if tag in FUNCTION_WORD_TAGS}
        self._particle_ends = {end for _, end, tag in doc._.kg_words or () if tag in PARTICLE_TAGS}
        self._word_tags = {start: tag for start, _, tag in doc._.kg_words or ()}
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        ent_ending = {end: (start, end, label) for start, end, label in ents}
        found: dict[tuple[int, int], list[Title]] = {}
        groups = self._person_groups(text, ents)
        closings: list[list[Title]] = [[] for _ in groups]
        starts: list[int] = []
        befores: list[list[Title]] = []
        for number, group in enumerate(groups):
            before, start = self._titles_before(text, group[0][0], ent_ending) if self.on["titles_before"] \
                else ([], group[0][0])
            if not before and self.on["titles_before"] and self.on["titles_before_colons"] \
                    and (colon := COLON_LEAD_RE.search(text, max(0, group[0][0] - 2), group[0][0])):
                before, start = self._titles_before(text, colon.start(), ent_ending)
            if before and number and self.on["list_shared_orgs"]:
                before = self._shared_org(text, before, start, groups[number - 1], befores[number - 1])
            if not before and number and self.on["comma_leader_lists"]:
                before = self._leaders_after_comma(text, group, groups[number - 1], befores[number - 1])
            befores.append(before)
            starts.append(start)
            runs = self.on["closing_title_runs"]
            if self.on["closing_titles"] and (len(group) > 1 or runs):
                closings[number] = self._closing_title(text, group[-1][1], ent_ending)
            if self.on["appointed_titles"] and not closings[number]:
                closings[number] = self._appointed(text, group[-1][1], ent_ending)
                if self.on["appointed_shared_orgs"]:  # 选举甲为乙侨联主席，丙为副主席: 乙侨联's
                    closings[number] = self._appointed_org(closings[number], closings[:number])
            if closings[number] and runs:
                for earlier in range(number - 1, -1, -1):  # …主任甲，…主席乙等代表: back over titled names
                    if text[groups[earlier][-1][1]:starts[earlier + 1]] not in RUN_JOINERS \
                            or closings[earlier]:
                        break
                    closings[earlier] = closings[number]
        named: list[str] = []  # the organisations the sentence's titles have named so far
        for group, before, closing in zip(groups, befores, closings):
            for index, (start, end, _) in enumerate(group):
                titles = before if index == 0 or self.on["person_lists"] else []
                last = index == len(group) - 1
                after = self._title_after(text, start, end, ent_ending) if last and self.on["titles_after"] else []
                if titles or closing or after:
                    found[(start, end)] = [self._outside_the_committee(t) for t in
                                           self._settled(list((*titles, *closing, *after)), named)]
                    named += [t.org for t in found[(start, end)] if t.org_type == ORG]
        if self.on["org_from_earlier_place"]:
            found = self._places_carried(text, found)
        for ent in doc.ents:
            ent._.kg_titles = tuple(found.get((ent.start_char, ent.end_char), ()))
        return doc

    def _places_carried(self, text: str, found: dict[tuple[int, int], list[Title]]) -> dict[tuple[int, int], list[Title]]:
        """Bare bodies (市委, 市政府) after a title qualified by a place of that level take that place:
        in a delegation's list the paper names the city once (长治市市委书记甲，市委副书记、市长乙); not
        those of a host who accompanies the visitors (甲区人大常委会副主任乙率队…，区人大常委会副主任丙陪同)."""
        qualifiers: dict[str, tuple[str, bool]] = {}  # level word -> the place before it and whether a host named it
        carried = {}
        hosts = self._hosts(text, found) if self.on["hosts_stay_home"] else set()
        partner: dict[str, str] = {}  # level word -> a county-level place of the previous person's committee title
        led: dict[str, str] = {}  # the same once its leading pair is named: the officials listed after are its own
        previous_end = -1
        for person in sorted(found):
            titles = []
            host = person in hosts
            listed = text.startswith("、", previous_end) and not LIST_BREAK_RE.search(text, previous_end, person[0])
            pair = self.on["leader_pairs"] and (self._leads_both(found[person]) or listed)
            previous_end = person[1]
            following: dict[str, str] = {}
            for title in found[person]:
                level = self.lex.leading_level(title.org, qualified_only=True) if title.org else ""
                if level and level in following and self.on["own_committee_places"]:
                    title = Title(title.title, following[level] + title.org, title.org_type)  # 甲市委副书记、市长乙
                elif level and pair and level in partner:  # 甲市委书记乙，市委副书记、市长丙: 丙 is 甲市's mayor
                    title = Title(title.title, partner[level] + title.org, title.org_type)
                    led = partner
                elif level and level in led and not host:  # …，市委常委丁，副市长戊等: 甲市's too
                    title = Title(title.title, led[level] + title.org, title.org_type)
                elif level and level in qualifiers and (qualifiers[level][1] == host or not self.on["hosts_stay_home"]):
                    title = Title(title.title, qualifiers[level][0] + title.org, title.org_type)
                elif title.org_type == PLACE and self.on["places_carried_from_leaders"]:
                    word = self.lex.place_suffix(title.org)  # 乙市领导甲、丙，市委秘书长丁 -> 乙市委
                    if word in self.lex.qualified_levels and self._peer_place(title.org):
                        qualifiers[word] = (title.org[:-len(word)], host)
                elif title.org and not level:
                    for word in self.lex.qualified_levels:
                        cut = title.org.find(word, 2)
                        if cut > 0 and title.org.startswith(word, cut - len(word)):
                            cut -= len(word)  # 兴县县委: a county of one character printed with its level twice
                        if cut > 0 and self._zone(title.org[:cut + len(word)]):
                            continue  # 甲化工区党工委书记乙，区委常委丙: a zone has no 区委, the bare bodies are not its
                        if cut > 0 and len(title.org) > cut + len(word) and self._peer_place(title.org[:cut + len(word)]):
                            qualifiers[word] = (self._without_party(title.org[:cut]), host)
                        elif cut > 0:
                            # 榆林市委常委、神木市委书记甲，…市委副书记乙: the city named last is no peer, and the
                            # one before it no longer qualifies the bare bodies after it
                            qualifiers.pop(word, None)
                            if title.org.endswith(COMMITTEE):
                                following[word] = self._without_party(title.org[:cut])
                titles.append(title)
            carried[person] = titles
            partner = following
        return carried

    def _zone(self, place: str) -> bool:
        """A development or industrial zone (甲化工区, 乙高新区), led by a 党工委 and a 管委会, not a division; a
        city's 新区 may be a district with bodies of its own (浦东新区)."""
        zones = self.lex.institution_words[ZONE_WORD]
        return (bool(self.lex.site_suffix(place)) or place.endswith(zones)) and not place.endswith(NEW_DISTRICT)

    def _without_party(self, place: str) -> str:
        """The place a party committee's formal name prints after the party (中共甲县委 -> 甲县, 民革甲区支部 -> 甲区),
        for the bare bodies after it: 区政协 after 民革甲区支部主委 is 甲区政协, no 民革's."""
        parties = (*PARTY_NAMES, *self.lex.parties)
        return next((place[len(party):] for party in parties if place.startswith(party)), place)

    def _leads_both(self, titles: list[Title]) -> bool:
        """A deputy secretary who heads the government (市委副书记、市长): the second of a place's leading pair."""
        bare = [t for t in titles if t.org and self.lex.leading_level(t.org, qualified_only=True)]
        return any(t.org.endswith(COMMITTEE) for t in bare) and any(self._implied(t.title)[0] == t.org for t in bare)

    @staticmethod
    def _leaders_after_comma(text: str, group: list[Span], previous: list[Span], titles: list[Title]) -> list[Title]:
        """县领导甲、乙，丙、丁以及…: untitled names after a comma go on with a list of leaders named by one
        collective title, when the names are listed on (a pause, 等, 以及 after them), not a new clause's subject."""
        if len(titles) != 1 or not titles[0].title.endswith(LEADERS) or text[previous[-1][1]:group[0][0]] not in COMMAS:
            return []
        return titles if LISTED_ON_RE.match(text, group[-1][1]) else []

    @staticmethod
    def _hosts(text: str, found: dict[tuple[int, int], list[Title]]) -> set[tuple[int, int]]:
        """The titled persons who accompany the visitors: 陪同 closes their clause with nothing of a visit
        between (县委副书记、县长甲，县领导乙、丙陪同; not 市长甲率队来我市考察，市委书记乙陪同)."""
        hosts = set()
        for person in found:
            clause = CLAUSE_END_RE.split(text[person[1]:], maxsplit=1)[0]
            host = clause.find(HOST_VERB)
            if 0 <= host and (host < HOST_WINDOW or not VISIT_RE.search(clause, 0, host)):
                hosts.add(person)
        return hosts

    @staticmethod
    def _person_groups(text: str, ents: list[Span]) -> list[list[Span]]:
        groups: list[list[Span]] = []
        for span in ents:
            if span[2] != PERSON:
                continue
            if groups and text[groups[-1][-1][1] : span[0]] in LIST_JOINERS:
                groups[-1].append(span)
            else:
                groups.append([span])
        return groups

    def _peer_place(self, place: str) -> bool:
        """A place (after any province and city) whose bare bodies the sentence may go on naming: a prefecture-level
        city, or a short county, district or town name; not a county-level city (寿光市 under 潍坊, named
        beside the paper's own 市委) and not an organisation's prefix (九三学社潍坊市)."""
        prefix = self.lex.province_prefix(place)
        if prefix and len(place) > len(prefix) + 1:
            place = place[len(prefix):]
        city = next((place[:cut] for cut in range(3, min(len(place) - 1, 9)) if place[:cut] in self.lex.city_province), "")
        if city and not place.endswith("市"):  # 山南市加查县: the county, printed after its city
            place = place[len(city):]
        if place.endswith("市"):
            return place in self.lex.city_province
        return len(place) <= 5

    def _titles_before(self, text: str, position: int, ent_ending: dict[int, Span]) -> tuple[list[Title], int]:
        """Titles before a name, read backwards, and where the first starts; in a 、-list a bare title
        shares the organisation of the title before it (市政协党组书记、主席)."""
        found: list[Title] = []
        post_note = POST_NOTE_RE.search(text, max(0, position - POST_NOTE_LENGTH), position) if self.on["bracketed_titles"] else None
        start = position = post_note.start() if post_note else position
        after_comma = False
        unread_posts: set[int] = set()  # posts whose organisation is words no rule read: they share none
        while True:
            note = BRACKETED_TITLE_RE.search(text, max(0, position - BRACKETED_TITLE_LENGTH), position) \
                if self.on["bracketed_titles"] else None
            if note:  # 常务副主席(副会长)甲, 、甲工商联主席(总商会会长)、: the same post in the body's other name
                bracketed = self._one_title(text, note.end() - 1, ent_ending, first=not found)
                if bracketed is not None and bracketed.start == note.start() + 1:
                    found.append(bracketed.title)
                    position = start = note.start()
                elif found:  # a note no title reads stops no list: the post before it is read on
                    position = note.start()
            one = self._one_title(text, position, ent_ending, first=not found)
            if one is None or after_comma and APPOINTMENT_END_RE.search(text, max(0, one.start - 3), one.start):
                break  # 甲当选为乙会主席，县委常委丙: the post before the comma is the one 甲 was elected to
            after_comma = False
            found.append(one.title)
            post_start = position - len(one.title.title)  # where the post is printed, after any organisation
            position = start = one.start
            scope = WATER_SCOPE_RE.search(text, max(0, post_start - WATER_SCOPE_LENGTH), post_start) \
                if self.on["water_scopes"] and self.lex.title_core(one.title.title).endswith(CHIEF) else None
            if scope and scope.start() > 0 and text[scope.start() - 1] == "、":
                position = start = scope.start()  # 县委常委、甲河(主流段)市级河长乙: the river is the chief's charge
            duty = DUTY_RE.search(text, max(0, position - DUTY_LENGTH), position) if self.on["duty_phrases"] else None
            if duty and duty.start() > 0 and text[duty.start() - 1] in RUN_JOINERS:
                position = start = duty.start()  # 县委常委、负责县政府常务工作的副县长甲: the duty is no title
            glued = next((end for end in (post_start, start) if GLUED_PARTY_POST_RE.search(
                text, max(0, end - GLUED_PARTY_POST_LENGTH), end)), None) \
                if self.on["glued_party_posts"] and len(found) == 1 else None
            if glued is not None:  # 甲局党组成员副局长乙, 甲社区党委书记 + 居委会主任乙: no mark between two posts
                position = glued
            elif position > 0 and text[position - 1] == "、" and self.on["title_lists"]:
                position -= 1
            elif position > 0 and text[position - 1] == CONCURRENTLY and self.on["concurrent_posts"]:
                position -= 1  # 专职副主席兼秘书长: a post held with the one before it
            elif position > 0 and text[position - 1] in "，," and self.on["comma_title_lists"] and found[-1].org:
                position -= 1  # 甲日报社社长，乙集团董事长丙: a title closing the clause before goes on
                after_comma = True
            elif (not found[-1].org or self._printed_body(found[-1])) and self.on["unread_org_posts"] \
                    and (unread := UNREAD_ORG_RE.search(text, max(0, position - UNREAD_ORG_LENGTH), position)) \
                    and not self.lex.title_core_re.search(unread.group(1)) and not self.lex.org_suffix(unread.group(1)) \
                    and not any(unread.start() < end <= position for end in ent_ending):  # no name, no post in them
                position = unread.start()  # 州党委副书记、江苏援伊总指挥甲: the list goes on if a post ends at the 、
                if found[-1].org:  # 、管理 + 办公室主任: the words name the office the post prints
                    found[-1] = Title(found[-1].title, unread.group(1) + found[-1].org, ORG)
                else:
                    unread_posts.add(len(found) - 1)
            else:
                break
        ordered = list(reversed(found))
        if self.on["title_lists"]:
            for index in range(1, len(ordered)):
                title, before = ordered[index], ordered[index - 1]
                if len(found) - 1 - index in unread_posts:
                    continue
                if self._bare_body(title.org) or self._host_unit(title.org, before.org):
                    ordered[index] = self._listed(title, before)
                elif not title.org and before.org and not self.lex.leading_level(title.title):
                    ordered[index] = self._shared_with(title, before)
                elif self.on["chained_departments"] and self.lex.bare_department(title.org) and before.org_type == ORG \
                        and (committee := self._committee_of(before.org)):
                    ordered[index] = Title(title.title, committee + title.org, ORG)  # 县委常委、宣传部长
                elif self.on["chained_departments"] and title.org in self.lex.chained_bodies and before.org_type == ORG \
                        and (level := self.lex.leading_level(before.org, qualified_only=True)):
                    ordered[index] = Title(title.title, self._canonical_body(level + title.org), ORG)  # 县委副书记、纪委书记
                elif self.on["chained_departments"] and title.org in self.lex.chained_bodies and before.org_type == ORG \
                        and self.lex.hosted_committee(before.org):  # 甲学院党委副书记、纪委书记: the college's 纪委
                    ordered[index] = Title(title.title, self.lex.host_of(before.org) + title.org, ORG)
        return ordered, start

    def _shared_with(self, title: Title, before: Title) -> Title:
        """A bare title listed after one that names a body is of that body (市政协党组书记、主席 -> 市政协), or of its
        party group when it is a 党组 post (市政协主席、党组书记 -> 市政协党组)."""
        org = self._host_for(title, before.org.removesuffix(PARTY_GROUP))
        if title.title.startswith(PARTY_GROUP):
            org = org + PARTY_GROUP if self.on["party_groups"] and before.org_type == ORG else before.org
        return Title(title.title, org, before.org_type)

    def _secretary_host(self, title: Title, previous_titles: list[Title]) -> str:
        """甲集团党委书记、董事长乙，党委副书记丙: the bare committee is the one the name before was secretary of,
        named by its host; "" when the name before held no party post of a host."""
        if title.org not in self.lex.host_committees or not self.on["host_committees"]:
            return ""
        return next((self.lex.host_of(t.org) for t in previous_titles if PARTY_POST_RE.search(t.title)
                     and (t.org.endswith(self.lex.committee_hosts) or self.lex.hosted_committee(t.org))), "")

    def _hosted_by(self, committee: str, host: str) -> bool:
        """A bare party committee listed after a post of a company, school or hospital (or of one printed as
        我院, 该校) is that host's."""
        return self.on["listed_host_committees"] and committee in self.lex.host_committees and bool(host) \
            and (host.endswith(self.lex.committee_hosts) or bool(self.lex.institution_word(host))
                 or bool(self.lex.hosted_committee(host)))

    def _committee_post(self, title: str) -> bool:
        """A party post (书记, 委员) that, by committee_posts, stays with a company's or school's committee."""
        return self.on["committee_posts"] and bool(PARTY_POST_RE.search(title))

    def _host_for(self, title: Title, org: str) -> str:
        """The organisation a title shares from the one before: a post outside the party (董事长, 校长) is of the
        company or school whose party committee the title before named (甲集团党委书记、董事长乙 -> 甲集团)."""
        bare = self.lex.institution_word(org)  # 集团党委, printed with a bare institution word
        committee = self.lex.hosted_committee(org) or (bare[1] if bare and bare[1] in self.lex.host_committees else "")
        if not committee and self.lex.title_core(title.title) in self.lex.company_posts:  # 甲乙石化党委书记、董事长
            committee = next((c for c in self.lex.host_committees if org.endswith(c) and len(org) > len(c) + 1), "")
        if not committee or not self.on["host_committees"] or PARTY_POST_RE.search(title.title):
            return org
        return org[:-len(committee)]

    def _outside_the_committee(self, title: Title) -> Title:
        """A post outside the party given a party committee of an organisation is the organisation's (甲局党组成员副局长
        -> 甲局, 乙学校党委书记丙、校长丁 -> 乙学校 for 丁, 戊委党委委员、副主任 -> 戊委, 校党委 + 副校长 -> 校, which
        the resolver names); a division's committee stays
        (甲镇党委委员、副镇长 names its government by the title)."""
        committee = next((c for c in ORGANISATION_COMMITTEES if title.org.endswith(c)), "")
        host = title.org[:-len(committee)] if committee else ""
        if not self.on["posts_outside_committees"] or len(host) < 2 and host not in self.lex.institution_words \
                or PARTY_POST_RE.search(title.title) \
                or PARTY in title.title:  # 党组成员, 党工委主任: posts of the party
            return title
        level = self.lex.level_of(host)
        if level == VILLAGE:  # 甲村党支部书记、主任乙: the village committee's director
            return Title(title.title, self._village_committee(host), title.org_type)
        return title if level else Title(title.title, host, title.org_type)

    @staticmethod
    def _village_committee(village: str) -> str:
        """A village's committee as the resolver names it: 甲村 -> 甲村委会, 乙社区 -> 乙社区居委会."""
        return village + ("居委会" if village.endswith(COMMUNITY) else "委会")

    def _committee_of(self, org: str) -> str:
        """The party committee a body is or belongs to (县委, 县委组织部 -> 县委), "" for any other body."""
        if org.endswith(COMMITTEE):
            return org
        return next((org[:cut] for cut in range(2, len(org)) if org[cut - 1] == COMMITTEE
                     and self.lex.bare_department(org[cut:])), "")

    def _shared_org(self, text: str, before: list[Title], start: int, previous: list[Span],
                    previous_titles: list[Title]) -> list[Title]:
        """甲协会会长甲、秘书长乙: a bare title right after the 、 that closes a titled name shares its organisation;
        so does one after a comma, whatever the list before it (市政协主席甲，副主席乙、丙，党组成员丁，秘书长戊)."""
        first = before[0]
        last = previous_titles[-1] if previous_titles else None
        joiner = text[previous[-1][1]:start]
        joiner = next((joiner[len(word):] for word in HONORIFICS if joiner.startswith(word)), joiner)  # 甲先生、
        comma = self.on["comma_shared_orgs"] and joiner in COMMAS \
            or self.on["conjunction_shared_orgs"] and joiner in CONJUNCTIONS
        listed = (joiner == "、" and len(previous) == 1 or comma) and last is not None and last.org_type == ORG
        host = self._secretary_host(first, previous_titles) if comma else ""
        if host:  # and the titles listed after the committee's post that name nothing (党委副书记、总经理)
            committee = host + first.org if self._committee_post(first.title) else host
            return [Title(first.title, committee, ORG),
                    *(Title(t.title, host, ORG) if t.org in ("", first.org) else t for t in before[1:])]
        if listed and self._hosted_by(first.org, last.org):  # 我院院长甲、党委书记乙: the hospital's committee
            host = self.lex.host_of(last.org)  # 校党委书记甲，党委副书记乙: that committee, named once
            return [Title(first.title, host if host.endswith(first.org) else host + first.org, ORG), *before[1:]]
        if self._bare_body(first.org):
            return [self._listed(first, last) if listed else first, *before[1:]]
        if first.org or self.lex.leading_level(first.title) or not listed:
            return before
        body = last.org.removesuffix(PARTY_GROUP) if comma else last.org  # …党组成员甲，秘书长乙: the body itself
        core = self.lex.title_core(first.title) if comma else ""
        if core:  # 九三学社市委主委、市政协副主席甲，副主委乙: the body of the same post, not the last one's
            body = next((t.org for t in reversed(previous_titles) if t.org_type == ORG and t.title.endswith(core)
                         and t.title != core), body)
        body = self._host_for(first, body)
        if comma and PARTY_POST_RE.search(first.title):  # 县委副书记、县长乙，副书记丙: the committee's, not the government's
            body = next((t.org for t in reversed(previous_titles) if PARTY_POST_RE.search(t.title)
                         and t.org_type == ORG), body)
            body = body.removesuffix(PARTY_GROUP) if first.title.startswith(PARTY_GROUP) else body
        org = body + PARTY_GROUP if comma and self.on["party_groups"] and first.title.startswith(PARTY_GROUP) else body
        shared = [Title(first.title, org, ORG)]
        for title in before[1:]:  # 主席甲，党组副书记、副主席乙: the bare titles listed after it share the body too
            shared.append(self._shared_with(title, shared[-1]) if self.on["title_lists"] and not title.org
                          and not self.lex.leading_level(title.title) else title)
        return shared

    def _host_unit(self, body: str, previous: str) -> str:
        """A bare 纪委, 工会 or 团委 listed after a post of an institution or of its party committee is the
        institution's (校党委委员、纪委书记 -> 校纪委; 甲公司党委书记、工会主席 -> 甲公司工会), and so is a bare party
        committee after the institution's own post (甲医院院长、党委书记 -> 甲医院党委); a bare home body
        after a named division's committee, the division's (甲街道党工委委员、妇联主席 -> 甲街道妇联); "" otherwise."""
        if not self.on["host_units"] or not body or previous.endswith(body):
            return ""
        host = next((previous[:-len(c)] for c in HOST_COMMITTEES if previous.endswith(c)), previous)
        if body in VILLAGE_COMMITTEES and host != previous and self.lex.level_of(host) == VILLAGE:
            return self._village_committee(host)  # 甲村党支部书记、村委会主任
        institution = host in self.lex.institution_words or host.endswith(self.lex.committee_hosts)
        own_committee = body in INSTITUTION_COMMITTEES and host == previous and self.on["committee_posts"]
        if (body in HOST_UNITS or own_committee) and host and institution:
            return host + body
        # 甲市纪委书记、监委主任: the division of the home body before
        host = next((previous[:-len(b)] for b in self.lex.home_bodies if previous.endswith(b)), host)
        host = next((host[len(p):] for p in PARTY_NAMES if host.startswith(p)), host)  # 中共甲市委书记、人大主任: 甲市人大
        division = host != previous and len(host) > 1 and self.lex.level_of(host)
        return host + body if division and body in self.lex.home_bodies else ""

    def _printed_body(self, title: Title) -> bool:
        """A bare body the title prints as its own start (办公室 of 办公室主任), which the words before it may name; a
        party committee's host is committee_hosts_in_words' to read."""
        return title.title.startswith(title.org) and self._bare_body(title.org) and title.org not in PARTY_COMMITTEES

    def _bare_body(self, org: str) -> bool:
        """A body printed with no level or place before it that names nothing alone (党委副书记, 管委会主任)."""
        lex = self.lex
        return org in lex.listed_bodies or len(org) > 1 and org in lex.bodies and org not in lex.org_abbreviations \
            and org not in lex.home_bodies and org not in lex.chained_bodies and not self.lex.bare_department(org)

    def _settled(self, titles: list[Title], named: list[str]) -> list[Title]:
        """Each bare body the last of its kind the sentence named; one listed after a title so settled takes that
        title's zone (甲开发区党工委书记乙，党工委副书记、管委会主任丙 -> 甲开发区管委会)."""
        settled: list[Title] = []
        for title in titles:
            if self._bare_body(title.org):
                bare = title
                earlier = self._named_earlier(title, named)
                zoned = self._listed(title, settled[-1]) if settled and self.on["title_lists"] else title
                title = earlier if earlier.org or zoned.org == title.org else zoned
                if not title.org and bare.org in ZONE_BODIES and self.on["zone_bodies"]:
                    title = bare  # 党工委书记 with no zone before: the article's one zone's, or its paper's (resolution)
            settled.append(title)
        return settled

    def _named_earlier(self, title: Title, named: list[str]) -> Title:
        """A bare body no title list named is the last one of its kind the sentence named (甲镇党委书记乙出席，
        会议由党委副书记丙主持 -> 甲镇党委), or nothing."""
        org = next((o for o in reversed(named) if o.endswith(title.org) and o != title.org), "")
        return Title(title.title, org, ORG) if org else Title(title.title)

    def _listed(self, title: Title, before: Title | None) -> Title:
        """The body a bare body of a title list names, from the title before it: the same body (镇党委书记、党委
        副书记), the office of its committee (县委常委、办公室主任 -> 县委办公室), or the same zone's (甲开发区党工委
        书记、管委会主任 -> 甲开发区管委会); nothing when no title before names a body, and the bare body, for
        the sentence's earlier names to settle (:meth:`_named_earlier`), when the one before names another."""
        body = title.org
        previous = before.org.removesuffix(PARTY_GROUP) if before and before.org_type == ORG else ""
        if not previous:
            return Title(title.title)
        unit = self._host_unit(body, previous)
        if unit:
            return Title(title.title, unit, ORG)
        if body in self.lex.board_bodies and self.on["boards"]:  # 甲供销社党组书记、理事会主任: 甲供销社's own
            return Title(title.title, self.lex.host_of(previous), ORG)
        if previous.endswith(body):
            return Title(title.title, previous, ORG)
        tails = [previous[cut:] for cut in range(len(previous)) if previous[cut:] in self.lex.bodies
                 or previous[cut:] in self.lex.listed_bodies]
        if tails and body in self.lex.office_bodies or any(tail + body in self.lex.bodies for tail in tails):
            return Title(title.title, previous + body, ORG)  # 县委 + 办公室, 市人大常委会 + 办公室
        zone = previous[:-len(tails[0])] if tails else ""
        if tails == [COMMITTEE] and body in DEPARTMENT_COMMITTEES and zone \
                and zone[-1] not in self.lex.level_characters:
            return Title(title.title, previous + body, ORG)  # 甲市卫计委主任、党委书记: the commission's own committee
        if len(zone) > 1 and self.lex.leading_level(zone) != zone \
                or zone in self.lex.qualified_levels and (previous.endswith(WORK_COMMITTEE) or body == ZONE_BOARD):
            return Title(title.title, zone + body, ORG)  # 甲开发区 + 管委会; 区党工委副书记、管委会主任: 区管委会
        return title  # 甲军分区司令员乙，市委常委、军分区政委丙: the sentence named it

    def _one_title(self, text: str, position: int, ent_ending: dict[int, Span], first: bool) -> _Found | None:
        window_start = max(0, position - self.title_window)
        core = self.lex.pre_title_re.search(text, window_start, position)
        if not core:
            return None
        start, core_text = core.start(), core.group()
        shared = self._shared_level(text, start, core_text, ent_ending)
        if shared:
            return shared
        for pattern in (self._org_from_section, self._org_from_term, self._village_branch, self._org_from_entity,
                        self._org_from_body, self._level_only, self._org_from_suffix):
            found = pattern(text, start, core_text, ent_ending)
            if found:
                return self._party_group(self._after_concurrent(text, found, start), core_text)
        # 院 + 党组书记: a party group's post makes a word of one character its institution, as a committee does
        institution = self._institution_before(text, window_start, start, committee=core_text.startswith(PARTY_GROUP))
        if institution and start - len(institution) not in ent_ending and self.on["company_titles"]:
            # the resolver names the one company, school or chamber of the article
            return self._party_group(_Found(Title(institution + core_text, institution, ORG), start - len(institution)),
                                     core_text)  # 我院 + 党组书记: the party group of the institution
        listed_company = self._listed_company(text, start, core_text, ent_ending)
        if listed_company:
            return _Found(Title(core_text, listed_company, ORG), start - len(listed_company))
        org, org_type = self._implied(core_text) if self.on["org_implied"] else ("", "")
        if not org and self._bare_village_secretary(core_text):
            org, org_type = VILLAGE_WORD + PARTY_BRANCH, ORG
        if not org and first and self.on["org_nearby"]:
            org, org_type = self._organisation_nearby(text, start, ent_ending)
        return _Found(Title(core_text, org, org_type), start)

    def _shared_level(self, text: str, start: int, core: str, ent_ending: dict[int, Span]) -> _Found | None:
        """梁山县/LOC 长 -> 梁山县 + 县长: a division's level character printed once before a title that starts with
        it is both, and the title is the division's."""
        place = ent_ending.get(start + 1)
        if not self.on["shared_level_characters"] or not place or place[2] != PLACE or place[0] >= start \
                or not self.lex.leading_level(core):
            return None
        composed = self._composed(text[:start + 1] + core[1:], start + 1, core, ent_ending)
        return _Found(composed, place[0]) if composed else None

    def _after_concurrent(self, text: str, found: _Found, start: int) -> _Found:
        """甲学院督导专员兼党委书记: the post after 兼 is held besides the one before it, so its organisation
        starts after 兼 (党委, which the title list then settles), never over the post before."""
        cut = text.rfind(CONCURRENTLY, found.start, start)
        org = found.title.org
        if cut < 0 or CONCURRENTLY not in org or not self.on["concurrent_posts"]:
            return found
        return _Found(Title(found.title.title, org[org.rindex(CONCURRENTLY) + 1:], found.title.org_type), cut + 1)

    def _listed_company(self, text: str, start: int, core: str, ent_ending: dict[int, Span]) -> str:
        """、甲乙钻探 + 副总经理: the untagged words between a title list's 、 and a company's post are the company
        (company_posts.txt), "" otherwise."""
        if not self.on["listed_companies"] or self.lex.title_core(core) not in self.lex.company_posts:
            return ""
        words = _untagged_before(text, start, ent_ending)
        first = start - len(words)
        if not COMPANY_NAME_LENGTH[0] <= len(words) <= COMPANY_NAME_LENGTH[1] or text[first - 1:first] != "、" \
                or words[0] in FUNCTION_CHARACTERS or self.lex.leading_level(words) or self.lex.is_title(words):
            return ""
        return words

    def _institution_before(self, text: str, window_start: int, start: int, committee: bool = False) -> str:
        """A bare 公司, 集团, 我校 … printed as a word of its own right before the title (，集团总经理; 与商会
        秘书长), not the end of a longer name (党校 + 校长); one of one character (校) only before a committee; the
        longest that is printed (该院, not 院)."""
        return max((word for word in self.lex.institution_words
                    if (len(word) > 1 or committee) and (before := start - len(word)) >= window_start
                    and text.startswith(word, before)
                    and (before == 0 or not is_cjk(text[before - 1]) or text[before - 1] in BARE_WORD_OPENERS)),
                   key=len, default="")

    def _org_from_section(self, text: str, start: int, core: str, ent_ending: dict[int, Span]) -> _Found | None:
        head = SECTION_HEADS.get(self.lex.title_core(core)) if self.on["section_heads"] else None
        if not head and self.on["section_heads"] and self.on["section_staff"] \
                and text[start - 1:start] in SECTION_HEADS.values():
            head = text[start - 1]  # 甲厅资源开发处 + 三级调研员: the section's staff, as its head is
        if not head or not text.endswith(head, 0, start):
            return None
        for cut in range(start - 1, max(0, start - SECTION_NAME_MAX) - 1, -1):
            ent = ent_ending.get(cut)
            if ent and ent[2] == ORG:
                return _Found(Title(text[cut:start] + core, text[ent[0]:start], ORG), ent[0]) \
                    if CJK_RE.fullmatch(text[cut:start]) else None
        # 省文化和旅游厅 + 文物处 + 处长: an organisation the backbone left untagged, named by its suffix
        words = _untagged_before(text, start, ent_ending, SUFFIXED_ORG_LENGTH + SECTION_NAME_MAX)
        if not words or words[0] in FUNCTION_CHARACTERS:
            return None
        for cut in range(max(3, len(words) - SECTION_NAME_MAX), len(words) - 1):
            if self.lex.org_suffix(words[:cut]):
                return _Found(Title(words[cut:] + core, words, ORG), start - len(words))
        if self.on["bare_sections"] and len(words) <= SECTION_NAME_MAX and self._nouns_only(start - len(words), start):
            return _Found(Title(words + core, words, ORG), start - len(words))  # 、科研处 + 副处长
        return None

    def _nouns_only(self, start: int, end: int) -> bool:
        """The backbone's words from ``start`` to ``end`` are nouns, the first starting there (科研/n 处/n; not
        曾/d 任/v)."""
        tags = [tag for position, tag in self._word_tags.items() if start <= position < end]
        return start in self._word_tags and all(tag in SECTION_WORD_TAGS for tag in tags)

    def _appointed_org(self, posts: list[Title], earlier: list[list[Title]]) -> list[Title]:
        """Bare posts an election gives after a comma are of the body the sentence's last election named."""
        body = next((t for titles in reversed(earlier) for t in reversed(titles) if t.org and t.org_type == ORG), None)
        if body is None:
            return posts
        return [Title(t.title, body.org, ORG) if not t.org and not self.lex.leading_level(t.title)
                and not self._implied(t.title)[0] else t for t in posts]

    def _org_from_term(self, text: str, start: int, core: str, ent_ending: dict[int, Span]) -> _Found | None:
        """甲市侨联|第十届委员会|主席: a body's committee of a numbered term, before its post, is the body."""
        term = TERM_RE.search(text, max(0, start - TERM_LENGTH), start) if self.on["term_committees"] else None
        ent = ent_ending.get(term.start()) if term else None
        if not ent or ent[2] != ORG:
            return None
        return _Found(Title(core, text[ent[0]:ent[1]], ORG), ent[0])

    def _org_from_entity(self, text: str, start: int, core: str, ent_ending: dict[int, Span]) -> _Found | None:
        """玉林市委|书记, 中国联通湛江分公司|总经理, 化州市|副市长 (place + the body the title implies)."""
        ent = ent_ending.get(start)
        if not ent:  # 甲委党组|成员: an organisation that ends inside the title's ranks (its party group)
            rank = next((r for r in self.lex.title_ranks if core.startswith(r) and r in self.lex.org_suffix_set), "")
            inner = ent_ending.get(start + len(rank)) if rank else None
            if inner and inner[2] == ORG and inner[0] < start and self.on["org_from_entity"]:
                return _Found(Title(core, text[inner[0]:inner[1]], ORG), inner[0])
        if not self.on["org_from_entity"] or not ent or ent[2] not in (ORG, PLACE):
            return None
        name = text[ent[0]:start]
        if ent[2] == ORG and self.on["host_committees"] and not self._committee_post(core):
            committee = self.lex.hosted_committee(name)  # 甲日报社党委|社长: the committee names its host
            if committee:
                return _Found(Title(committee + core, name[:-len(committee)], ORG), ent[0])
        board = next((b for b in self.lex.board_bodies if name.endswith(b) and len(name) > len(b)), "")
        if ent[2] == ORG and board and self.on["boards"]:  # 甲集团董事会/ORG + 主席: the company's
            return _Found(Title(board + core, name[:-len(board)], ORG), ent[0])
        if ent[2] == ORG:
            tail = self.lex.org_abbreviation_re.search(name)
            level = self.lex.leading_level(tail.group()) if tail else ""
            member = self._assembly(name[:tail.start() + len(level)], tail.group()[len(level):], core) if tail else ""
            if member:  # 甲市人大|代表 -> 人大代表 of 甲市人民代表大会, not of its standing committee
                return _Found(Title(tail.group()[len(level):] + core, member, ORG), ent[0])
            printed = tail.group() if tail else ""  # the title as printed (市人大副主任)
            if tail and name[:tail.start()] in (YOUTH_LEAGUE, YOUTH_LEAGUE_FULL):
                printed = YOUTH_LEAGUE + printed  # 团市委 + 书记: the League's post, printed as such
            home = self._home_before(text, ent[0], self.lex.leading_level(name))  # 我 + 市政协|副主席: the home's
            return _Found(Title(printed + core, home + name, ORG), ent[0] - len(home))
        implied, _ = self._implied(core)
        level = self.lex.place_suffix(name)
        if self.on["division_secretaries"] and self.lex.title_core(core) == SECRETARY and core.endswith(SECRETARY) \
                and level in DIVISION_PARTY_COMMITTEES and name not in self.lex.home_references \
                and (self.lex.levels[level] == "town"  # a county's, a district's or a city's only when listed (潢开区)
                     or name in self.lex.county_parent or name in self.lex.city_province):
            return _Found(Title(core, name + DIVISION_PARTY_COMMITTEES[level], ORG), ent[0])  # 甲乡 + 书记 -> 甲乡党委
        if implied and name in self.lex.home_references and self.on["home_governments"]:
            return _Found(Title(core, implied, ORG), ent[0])  # 我市 + 副市长 -> 市政府, the home's
        if implied:
            level = self.lex.leading_level(implied)  # 化州市 + 市长 -> 化州市政府; 泰州 + 市长 -> 泰州市政府
            return _Found(Title(core, name + (implied[len(level):] if name.endswith(level) else implied), ORG), ent[0])
        return _Found(Title((level if level in self.lex.levels else "") + core, name, PLACE), ent[0])

    def _org_from_suffix(self, text: str, start: int, core: str, ent_ending: dict[int, Span]) -> _Found | None:
        """县委常委、园区管委会|主任: the words from the list's 、 or the clause's start to the title, when they end
        in an organisation suffix and hold no entity."""
        if not self.on["suffixed_orgs_in_titles"]:
            return None
        name = _untagged_before(text, start, ent_ending)
        if len(name) < 3 and self.on["long_orgs_in_titles"]:
            name = self._long_org_before(text, start, ent_ending)
        if self.on["concurrent_posts"]:
            name = name.rsplit(CONCURRENTLY, 1)[-1]  # 副主任兼 + 医改办 + 主任: the post before 兼 is no part of it
        bare = self._bare_word_after_function_word(name, start)
        if bare:
            return _Found(Title(core, bare, ORG), start - len(bare))
        first = start - len(name)
        cut = max((end - first for end in self._particle_ends if first < end < start), default=0)
        name = name[cut:]  # 会议 + 由/p + 局党组: no organisation's name holds a preposition or a particle
        home_body = name in self.lex.home_bodies  # 文化馆 + 馆长: the paper's own place's
        if len(name) < 3 or not home_body and (name[0] in FUNCTION_CHARACTERS
                                               or not (self.lex.org_suffix(name) or self._level_office(name))):
            return None
        return _Found(Title(core, name, ORG), start - len(name))

    def _bare_word_after_function_word(self, name: str, start: int) -> str:
        """听取/v + 公司 + 执行董事, 随后/d + 文化馆 + 馆长: a bare institution word or home body after a verb, adverb
        or preposition of the backbone, alone (the article's one company, the paper's 文化馆); "" for none."""
        if not self.on["bare_words_after_verbs"]:
            return ""
        return next((name[cut:] for cut in range(1, len(name) - 1) if start - len(name) + cut in self._function_word_ends
                     and (name[cut:] in self.lex.institution_words or name[cut:] in self.lex.home_bodies)), "")

    def _level_office(self, name: str) -> bool:
        """An office a level word starts and 办 ends (自治区园区办, 县乡村振兴办): a body's office by its short name."""
        level = self.lex.leading_level(name)
        return self.on["level_offices"] and name.endswith(OFFICE) and bool(level) and len(name) - len(level) >= 3

    def _long_org_before(self, text: str, position: int, ent_ending: dict[int, Span]) -> str:
        """A long body's name before a title, from a pause on: a level word or a body the backbone found first,
        no other entity (区委 + 非公有制企业和社会组织工作委员会)."""
        words = _clause_words(text, position, LONG_ORG_LENGTH)
        if not words:
            return ""
        first = position - len(words)
        inside = [(s, e, label) for s, e, label in ent_ending.values() if s < position and first < e]
        lead = inside[0] if len(inside) == 1 and inside[0][0] == first and inside[0][2] == ORG else None
        if inside and not lead or not lead and not self.lex.leading_level(words, qualified_only=True):
            return ""
        return words

    def _org_from_body(self, text: str, start: int, core: str, ent_ending: dict[int, Span]) -> _Found | None:
        """市委|书记, 市人大常委会|主任, 湖光镇 + 党委|书记, 甲村 + 党支部|书记; 宣传|部长 (宣传部 + 部长, the
        shared character printed once); 大湾区 + 办|主任 (an office after a name)."""
        if not self.on["org_from_body"]:
            return None
        body = self._body_before(text, start, core)
        if not body:
            return None
        body_start, body_end, body_text = body
        ent = ent_ending.get(body_start)
        if ent and ent[2] == ORG and self.on["host_committees"] and body_text in self.lex.host_committees \
                and text[ent[0]:body_start].endswith(self.lex.committee_hosts) and not self._committee_post(core):
            return _Found(Title(body_text + core, text[ent[0]:body_start], ORG), ent[0])  # 甲集团公司|党委|书记
        if ent and ent[2] == ORG and body_text in self.lex.board_bodies and self.on["boards"]:
            return _Found(Title(body_text + core, text[ent[0]:body_start], ORG), ent[0])  # 甲集团|董事会|主席
        if ent and ent[2] in (PLACE, ORG):
            place = text[ent[0]:body_start]
            first = ent[0]
            if body_text in self.lex.named_bodies and self.on["named_offices"]:
                level = self.lex.trailing_level(text, ent[0])  # 省 + 大湾区 + 办: the level names whose office
                if level in self.lex.qualified_levels and ent[0] - len(level) not in ent_ending \
                        and (ent[0] == len(level) or text[ent[0] - len(level) - 1] in CLAUSE_BREAKS):
                    place, first = level + place, ent[0] - len(level)
            elif body_text in self.lex.named_bodies:
                return None
            level = self.lex.place_suffix(place)
            printed = (level if level in self.lex.levels else "") + body_text
            if body_text in self.lex.named_bodies:
                printed = ""
            return _Found(Title(printed + core[body_end - start:], place + body_text, ORG), first)
        if body_text in self.lex.named_bodies:
            return None
        level = self.lex.trailing_level(text, body_start)
        member = self._assembly(level, body_text, core)
        if member and body_end == start:  # 市人大代表 -> 市人民代表大会
            return _Found(Title(level + body_text + core, member, ORG), body_start - len(level))
        core = core[body_end - start:]
        department = self.on["chained_departments"] and body_text not in self.lex.listed_bodies \
            and (self.lex.bare_department(body_text) or body_text in self.lex.chained_bodies)
        if not level and (body_text in self.lex.org_abbreviations or department):  # 人大常委会 -> 市人大常委会
            # 宣传部, 政法委: its committee is the one the title list names (县委常委、宣传部长, 县委副书记、政法委书记)
            printed = body_text if department else self._canonical_body(body_text)
            return _Found(Title(printed + core, printed, ORG), body_start)
        institution = self._institution_before(text, max(0, body_start - BARE_WORD_LENGTH), body_start, committee=True) \
            if not level and body_text in self.lex.host_committees and self.on["company_titles"] else ""
        if institution:  # 校 + 党委 + 书记: the committee of the one school the article names
            return _Found(Title(institution + body_text + core, institution + body_text, ORG),
                          body_start - len(institution))
        implied = self._implied(core)[0]
        host = self._committee_host(text, body_start, ent_ending) if not level and body_text in PARTY_COMMITTEES \
            and self.on["committee_hosts_in_words"] else ""
        if host:  # 、茶产业链联合 + 党委 + 书记: the words before the committee name its host
            return _Found(Title(body_text + core, host + body_text, ORG), body_start - len(host))
        long_name = self._long_org_before(text, start, ent_ending) if not level and self.on["long_orgs_in_titles"] \
            and self.on["suffixed_orgs_in_titles"] else ""
        if len(long_name) > len(body_text) + 2 and self.lex.org_suffix(long_name):
            return _Found(Title(core, long_name, ORG), start - len(long_name))  # 区委 + 非公有制…工作委员会
        if not level and self.on["listed_bodies"] and self._bare_body(body_text) and not implied:
            return _Found(Title(body_text + core, body_text, ORG), body_start)  # named by the title before it
        if not level and self.on["org_implied"] and body_text in GOVERNMENTS and implied.endswith(GOVERNMENTS[0]):
            return _Found(Title(core, implied, ORG), body_start)  # 县委副书记、政府县长: the government 县长 implies
        if not level or body_text in self.lex.listed_bodies:
            return None
        printed = level + body_text  # 县委办主任: as printed; resolution names the body in full (县委办公室)
        # 村党支部书记: the village's branch, which the resolver names when the article is about one village
        org = printed if level in self.lex.qualified_levels or self.lex.levels[level] == VILLAGE else ""
        home = self._home_before(text, body_start - len(level), level) if org else ""  # 我 + 市政协 + 副主席
        return _Found(Title(printed + core, home + org, ORG if org else ""), body_start - len(level) - len(home))

    def _home_before(self, text: str, start: int, level: str) -> str:
        """The 我 or 本 printed before a bare body at ``start`` that makes its level the paper's home (我市政协), so
        that no place an earlier title named is carried to it; "" for none."""
        home = text[start - 1:start] if start else ""
        return home if self.on["home_governments"] and level and home + level in self.lex.home_references else ""

    def _committee_host(self, text: str, body_start: int, ent_ending: dict[int, Span]) -> str:
        """The untagged words before a party committee, when they may name its host: two characters at least,
        no function word among them, and no verb first (，受到 + 党委常委: who was received)."""
        host = _untagged_before(text, body_start, ent_ending)
        verb_first = self._word_tags.get(body_start - len(host)) in HOST_NOT_FIRST_TAGS
        return host if len(host) >= 2 and not verb_first \
            and not set(host) & set(FUNCTION_CHARACTERS + OF_CHARACTERS) else ""

    def _body_before(self, text: str, start: int, core: str) -> tuple[int, int, str] | None:
        """The body printed right before a title core, or sharing its first character (宣传 + 部长 -> 宣传部)."""
        window = max(0, start - self.body_window)
        body = self._body_search(text, window, start)
        if body:
            return body.start(), start, body.group()
        if not self.on["shared_body_characters"] or len(core) < 2 or core in self.lex.title_ranks:
            return None
        shared = self._body_search(text[:start + 1], window, start + 1)
        if shared and len(shared.group()) > 1 and shared.group() not in self.lex.named_bodies:
            return shared.start(), start + 1, shared.group()
        return None

    def _body_search(self, text: str, window: int, end: int) -> re.Match | None:
        """The first body in ``text[window:end]``, not one whose 委 ends a standing member's post glued before it
        (县委常委 + 宣传部长: the department is 宣传部, the 委 is 常委's)."""
        body = self.lex.body_re.search(text, window, end)
        if body and self.on["glued_party_posts"] and text.endswith(STANDING_MEMBER, 0, body.start() + 1):
            return self.lex.body_re.search(text, body.start() + 1, end)
        return body

    def _party_group(self, found: _Found, core: str) -> _Found:
        title = found.title
        if self.on["party_groups"] and core.startswith(PARTY_GROUP) and title.org_type == ORG \
                and not title.org.endswith(PARTY_GROUP):
            return _Found(Title(title.title, title.org + PARTY_GROUP, ORG), found.start)
        return found

    def _village_branch(self, text: str, start: int, core: str, ent_ending: dict[int, Span]) -> _Found | None:
        """甲村 + (驻村 | 支部) + 第一书记: the village's party branch, whose secretaries they are."""
        if not self.on["village_secretaries"] or self.lex.title_core(core) != SECRETARY:
            return None
        between = VILLAGE_SECRETARY_RE.search(text, max(0, start - VILLAGE_SECRETARY_LENGTH), start)
        position = between.start() if between else start
        village = ent_ending.get(position)
        if not village or village[2] != PLACE or self.lex.level_of(text[village[0]:village[1]]) != VILLAGE:
            return None
        return _Found(Title(text[village[1]:start] + core, text[village[0]:village[1]] + PARTY_BRANCH, ORG), village[0])

    def _bare_village_secretary(self, core: str) -> bool:
        """驻村第一书记甲 with no village or body before it: the branch secretary of a village the article names."""
        return self.on["village_secretaries"] and core.startswith(VILLAGE_SECRETARY_RANKS) \
            and self.lex.title_core(core) == SECRETARY

    def _level_only(self, text: str, start: int, core: str, ent_ending: dict[int, Span]) -> _Found | None:
        """市领导, 市第一林长: a level word right before a title that names no body."""
        level = self.lex.trailing_level(text, start)
        if not level or self.lex.leading_level(core):
            return None
        org, org_type = self._implied(level + core) if self.on["org_implied"] else ("", "")
        collective = self._collective_level(text, start, core)
        if collective:  # 市区 + 领导: no one level's officials
            return _Found(Title(collective + core, "", ""), start - len(collective))
        name = self._untagged_division(text, start - len(level), ent_ending) if self.on["untagged_divisions"] else ""
        implied = self._implied(core)[0] if name else ""
        if implied.startswith(level):  # 船营 + 区 + 副区长: the division the backbone left untagged, and its body
            return _Found(Title(level + core, name + implied, ORG), start - len(level) - len(name))
        return _Found(Title(level + core, org, org_type), start - len(level))

    def _collective_level(self, text: str, start: int, core: str) -> str:
        """The two level words right before a title that names no body (市区 + 领导), "" for any other."""
        if not self.on["collective_levels"] or self._implied(core)[0]:
            return ""
        return next((levels for levels in COLLECTIVE_LEVELS if text.endswith(levels, 0, start)), "")

    @staticmethod
    def _untagged_division(text: str, position: int, ent_ending: dict[int, Span]) -> str:
        """The untagged name of a division right before its level word (船营 + 区副区长): two to four characters from
        the clause's start or a list's 、, no function word or pronoun first (据该 + 镇副镇长 is none)."""
        words = _untagged_before(text, position, ent_ending)
        return words if 2 <= len(words) <= DIVISION_NAME_MAX and words[0] not in DIVISION_NON_STARTS else ""

    def _canonical_body(self, printed: str) -> str:
        return self.lex.org_abbreviations.get(printed, (printed, ""))[0]

    def _implied(self, title: str) -> tuple[str, str]:
        """The body a bare title implies (副市长 -> 市政府), from titles.tsv, ranks stripped."""
        implied = self.lex.titles.get(self.lex.title_core(title), "")
        return (implied, ORG) if implied else ("", "")

    def _organisation_nearby(self, text: str, start: int, ent_ending: dict[int, Span]) -> tuple[str, str]:
        for end in range(start, max(0, start - self.nearby_window) - 1, -1):
            if end < start and text[end] in CLAUSE_BREAKS:
                break
            span = ent_ending.get(end)
            if span and span[2] == ORG:
                return text[span[0] : span[1]], ORG
        return "", ""

    def _closing_title(self, text: str, end: int, ent_ending: dict[int, Span]) -> list[Title]:
        """甲、乙、丙等政协委员, 甲、乙8名委员: the title after 等 or a head count closes the list; after the
        delegation they came in, a title qualified by a place or organisation too (等66名甲代表团乙市人大代表)."""
        counted = COUNTED_CLOSER_RE.match(text, end) if self.on["counted_lists"] else None
        if counted:
            end = counted.end()
        elif text.startswith(LIST_CLOSER, end):
            end += 1
        else:
            return []
        if text.startswith(AT_HOME, end):  # 等在家县领导: the leaders not away, a title all the same
            end += len(AT_HOME)
        collective = next((levels for levels in COLLECTIVE_LEVELS if text.startswith(levels, end)), "") \
            if self.on["collective_levels"] else ""
        core = self.lex.title_phrase_re.match(text, end + len(collective)) if collective else None
        if core and not self._implied(core.group())[0]:
            return [Title(text[end:core.end()], "", "")]  # 甲、乙等 + 县乡 + 领导
        match = self.phrase_re.match(text, end, end + self.closing_window)
        if not match and self.on["named_closing_titles"]:
            delegation = DELEGATION_RE.match(text, end)
            start = delegation.end() if delegation else end
            named = next((e for s, e, label in ent_ending.values() if s == start and label in (ORG, PLACE)), None)
            core = self.lex.title_phrase_re.match(text, named) if named else None
            found = self._one_title(text, core.end(), ent_ending, False) if core else None
            return [found.title] if found and found.title.org else []
        if not match:
            return []
        printed = match.group()
        level, body = match.group("level") or "", match.group("body") or ""
        org = self._canonical_body(level + body) if level in self.lex.qualified_levels and body else ""
        member = self._assembly(level, body, printed[len(level + body):])
        return [Title(printed, member or org, ORG if member or org else "")]

    def _appointed(self, text: str, end: int, ent_ending: dict[int, Span]) -> list[Title]:
        """The titles between an appointment (为, 当选为, 任) after a list of names and a pause or a verb (甲当选县长
        表示祝贺): read back from each pause or verb in reach, the titles must reach back to the appointment, or the
        words there are no post (甲为群众办实事，)."""
        counted = APPOINTEE_COUNT_RE.match(text, end) if self.on["counted_appointees"] else None
        end = counted.end() if counted else end
        posted = POSTED_TO_RE.match(text, end) if self.on["posted_appointees"] else None
        place = next((span for span in ent_ending.values() if span[0] == posted.end()), None) if posted else None
        appointment = APPOINTED_RE.match(text, place[1] if place and place[2] in (PLACE, ORG) else end)
        if not appointment:
            return []
        posts: list[Title] = []
        reach = min(len(text), appointment.end() + APPOINTED_WINDOW)
        pauses = [pause.start() for pause in PAUSE_RE.finditer(text, appointment.end() + 1, reach)] + [reach]
        if self.on["posts_before_verbs"]:
            pauses = sorted({*pauses, *(position for position, tag in self._word_tags.items()
                                        if tag == "v" and appointment.end() + 1 < position < reach)})
        for pause in pauses:  # the pauses (and verbs) after the appointment, and where the window ends
            titles, start = self._titles_before(text, pause, ent_ending)
            if titles and start == appointment.end():
                posts = titles
        return posts

    def _assembly(self, level: str, body: str, title: str) -> str:
        """The assembly a member title names (省 + 人大 + 代表 -> 省人民代表大会), "" for other titles."""
        assembly = self.lex.assembly_members.get((body, self.lex.title_core(title) or title), "")
        if not self.on["assembly_members"] or not assembly or not level:
            return ""
        return level + assembly

    def _title_after(self, text: str, start: int, end: int, ent_ending: dict[int, Span]) -> list[Title]:
        """习近平总书记 -> 中共中央; 县委甲乙书记: a secretary of the party committee printed before the name;
        甲局乙丙局长: a title of the organisation printed before the name; 甲镇乙丙书记: the body the place and
        the title compose."""
        match = self.lex.post_title_re.match(text[end : end + 6]) \
            or self.on["cited_titles"] and self.lex.cited_title_re.match(text, end)
        org_before = ent_ending.get(start)
        if not match and self.on["org_name_titles"] and org_before and org_before[2] == ORG:
            match = self.lex.closing_title_re.match(text, end)
            if match:  # 州交通运输局 + 甲乙丙 + 局长、: the organisation before the name is the title's
                return [Title(match.group(), text[org_before[0]:start], ORG)]
            match = self._title_before_act(text, end) if self.on["org_name_titles_before_acts"] else None
            if match:  # 司法局 + 甲乙 + 副局长 + 的陪同
                return [self._composed(text, start, match.group(), ent_ending) or Title(match.group(), "", "")]
        if not match and self.on["titles_after_before_acts"]:  # 甲乙校长 + 关于, 丙丁局长 + 、
            match = self._title_before_act(text, end, listed=True, list_end=text.startswith(LIST_MARK, start - 1))
            if match and (self._word_tags.get(end) == "v" or any(
                    s == match.end() and label == PERSON for s, _, label in ent_ending.values())):
                match = None  # 甲乙代表/v 乙方, 甲乙主任丙丁: a verb, or the title of the name after it
        if not match:
            return []
        if org_before and org_before[2] == PLACE and self.on["place_name_titles"] \
                and (composed := self._composed(text, start, match.group(), ent_ending)):
            return [composed]  # 甲镇 + 乙丙 + 书记 -> 甲镇党委
        org, org_type = self._implied(match.group()) if self.on["org_implied"] else ("", "")
        if not org and org_before and org_before[2] == ORG and (
                text.endswith(COMMITTEE, org_before[0], start) and match.group().endswith(SECRETARY)
                or self.on["org_name_titles"] and self.lex.title_core(match.group()) in ACADEMIC_RANKS):
            org, org_type = text[org_before[0]:start], ORG  # 甲大学乙丙教授: the university before the name
        return [Title(match.group(), org, org_type)]

    def _title_before_act(self, text: str, end: int, listed: bool = False, list_end: bool = False) -> re.Match | None:
        """A title right after a name that ends where a word of what the person does starts (副局长 + 的陪同,
        部长 + 出席), or, ``listed``, where a list goes on (局长 + 、), or, ``list_end`` (the name follows a 、),
        where the list ends at a pause (、丙丁副院长 + ，); and ends no longer word (主任 + 务 is none)."""
        match = self.lex.ranked_title_re.match(text, end)
        if match and listed and text.startswith(LIST_MARK, match.end()):
            return match
        if match and list_end and text[match.end():match.end() + 1] in PAUSES:
            return match
        return match if match and self._word_tags.get(match.end()) in ACT_AFTER_TITLE_TAGS else None

    def _composed(self, text: str, start: int, title: str, ent_ending: dict[int, Span]) -> Title | None:
        """The title as if printed right after the entity that ends at ``start`` (甲镇 + 书记), when that names
        an organisation; it keeps its own printed form."""
        found = self._org_from_entity(text[:start] + title, start, title, ent_ending)
        return Title(title, found.title.org, ORG) if found and found.title.org_type == ORG else None


def _clause_words(text: str, position: int, longest: int) -> str:
    """The words from a list's 、 or a clause's start to ``position``: Han characters only, at most
    ``longest`` of them ("" otherwise)."""
    opening = max(text.rfind(mark, max(0, position - longest - 1), position) for mark in CLAUSE_BREAKS)
    words = text[opening + 1:position]
    return "" if opening < 0 and position > longest or not CJK_RE.fullmatch(words) else words


def _untagged_before(text: str, position: int, ent_ending: dict[int, Span], longest: int = SUFFIXED_ORG_LENGTH) -> str:
    """:func:`_clause_words` with no entity among them ("" otherwise)."""
    words = _clause_words(text, position, longest)
    first = position - len(words)
    return "" if any(s < position and first < e for s, e, _ in ent_ending.values()) else words
