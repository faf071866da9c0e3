"""Each named rule on a Doc built by hand: preset backbone entities and words on a blank ``zh`` Doc,
so a change in LAC's segmentation cannot break them.  Sentences are our own."""
import pytest
import spacy
from spacy.tokens import Doc

from kg.nlp import RULE_NAMES, add_rules, build_pipeline
from kg.nlp.backbone import set_entities

BLANK = spacy.blank("zh")


def doc_with(text, entities=(), words=()):
    """A Doc as a backbone would leave it: ``entities`` as (surface, label), ``words`` as (surface, tag)."""
    doc = BLANK.make_doc(text)
    spans, cursor = [], 0
    for surface, label in entities:
        start = text.index(surface, cursor)
        spans.append((start, start + len(surface), label))
        cursor = start + len(surface)
    set_entities(doc, spans)
    positions, cursor = [], 0
    for surface, tag in words:
        start = text.index(surface, cursor)
        positions.append((start, start + len(surface), tag))
        cursor = start + len(surface)
    doc._.kg_words = positions
    return doc


def run(doc, disabled=(), enabled=()):
    for _, component in add_rules(spacy.blank("zh"), disabled=disabled, enabled=enabled).pipeline:
        doc = component(doc)
    return doc


def found(doc):
    return {(e.text, e.label_) for e in doc.ents}


def titles(doc, name):
    ent = next(e for e in doc.ents if e.text == name)
    return [(t.title, t.org) for t in ent._.kg_titles]


def test_every_rule_is_named_and_can_be_switched_off():
    names = [name for _, _, name in RULE_NAMES]
    assert len(names) == len(set(names)) > 25
    with pytest.raises(ValueError, match="unknown rule"):
        add_rules(spacy.blank("zh"), disabled=["no_such_rule"])


def test_org_suffixes_run_over_a_county_s_short_name_whatever_its_tag():
    doc = doc_with("台州开化商会换届", [("台州", "ORG")], [("台州", "ORG"), ("开化", "v"), ("商会", "n"), ("换届", "vn")])
    assert ("台州开化商会", "ORG") in found(run(doc))


def test_org_suffixes_join_a_place_and_the_words_ending_in_a_suffix():
    doc = doc_with("南江县粮食局发布通知", [("南江县", "PLACE")],
                   [("南江县", "LOC"), ("粮食", "n"), ("局", "n"), ("发布", "v"), ("通知", "n")])
    assert ("南江县粮食局", "ORG") in found(run(doc.copy()))
    assert ("南江县粮食局", "ORG") not in found(run(doc.copy(), disabled=["org_suffixes"]))


def test_facility_names_take_the_whole_site():
    doc = doc_with("参观清河湾湿地公园", [("清河湾", "PLACE")],
                   [("参观", "v"), ("清河湾", "LOC"), ("湿地", "n"), ("公园", "n")])
    assert ("清河湾湿地公园", "PLACE") in found(run(doc))


@pytest.mark.parametrize("text, words, site", [
    ("游览青禾主题乐园", [("游览", "v"), ("青禾", "LOC"), ("主题", "n"), ("乐园", "n")], "青禾主题乐园"),
    ("走进石川古镇", [("走进", "v"), ("石川", "LOC"), ("古镇", "n")], "石川古镇"),
    ("察看了南湾路停车场", [("察看", "v"), ("了", "u"), ("南湾路", "LOC"), ("停车场", "n")], "南湾路停车场"),
    ("来到河口路环卫工人爱心驿站", [("来到", "v"), ("河口路", "LOC"), ("环卫", "n"), ("工人", "n"), ("爱心", "n"),
                                  ("驿站", "n")], "河口路环卫工人爱心驿站"),
])
def test_parks_old_towns_car_parks_and_rest_stations_are_sites_taken_whole(text, words, site):
    place = words[-2][0] if len(words) == 3 else next(w for w, tag in words if tag == "LOC")
    doc = doc_with(text, [(place, "PLACE")], words)
    assert (site, "PLACE") in found(run(doc.copy()))
    assert (site, "PLACE") not in found(run(doc.copy(), disabled=["facility_names", "long_facility_names"]))


def test_a_power_station_or_a_car_park_with_no_name_is_no_site():
    doc = doc_with("建设地面光伏电站和停车场", [], [("建设", "v"), ("地面", "n"), ("光伏", "n"), ("电站", "n"), ("和", "c"),
                                               ("停车场", "n")])
    assert found(run(doc)) == set()


def test_body_abbreviations_after_a_place_and_bare():
    doc = doc_with("岭南市委和县政协联合调研", [("岭南市", "PLACE")])
    assert {("岭南市委", "ORG"), ("县政协", "ORG")} <= found(run(doc))


def test_joined_bodies_are_two_organisations():
    doc = doc_with("县委县政府召开会议", [("县委县政府", "ORG")])
    assert {("县委", "ORG"), ("县政府", "ORG")} <= found(run(doc.copy()))
    assert ("县委县政府", "ORG") in found(run(doc.copy(), disabled=["joined_bodies"]))


def test_place_abbreviations_split_a_pair_but_not_a_province():
    assert {("中", "PLACE"), ("俄", "PLACE")} <= found(run(doc_with("中俄两国签署协议", [("中俄", "PLACE")])))
    assert ("辽宁", "PLACE") in found(run(doc_with("辽宁迎来降雪", [("辽宁", "PLACE")])))


def test_place_trailing_words_go():
    assert ("甘南", "PLACE") in found(run(doc_with("甘南地区降雨", [("甘南地区", "PLACE")])))
    assert ("石门村", "PLACE") in found(run(doc_with("整治石门村村庄环境", [("石门村村庄", "PLACE")])))
    assert ("青禾", "PLACE") in found(run(doc_with("本报青禾讯（记者 方立）", [("青禾讯", "PLACE")])))  # a dateline's 讯


def test_dotted_names_are_one_person():
    doc = doc_with("艾山·吐尔逊发言", [("艾山", "PERSON"), ("吐尔逊", "PERSON")])
    assert ("艾山·吐尔逊", "PERSON") in found(run(doc))


def test_foreign_and_rare_surname_names_the_backbone_found_are_kept():
    doc = doc_with("马尔科与笪红星会面", [("马尔科", "PERSON"), ("笪红星", "PERSON")])
    assert {("马尔科", "PERSON"), ("笪红星", "PERSON")} <= found(run(doc))


def test_org_names_alone_but_not_inside_a_longer_name():
    assert ("国务院", "ORG") in found(run(doc_with("国务院印发通知")))
    doc = doc_with("国务院新闻办公室发布", [("国务院新闻办公室", "ORG")])
    assert found(run(doc)) == {("国务院新闻办公室", "ORG")}


def test_a_ministry_the_backbone_left_as_common_nouns_is_an_organisation():
    words = [("优待证", "n"), ("由", "p"), ("退役军人", "n"), ("事务部", "n"), ("统一", "ad"), ("制发", "v")]
    assert found(run(doc_with("优待证由退役军人事务部统一制发", [], words))) == {("退役军人事务部", "ORG")}
    words = [("林业", "n"), ("公安部门", "n"), ("将", "p"), ("他", "r"), ("抓获", "v")]
    assert found(run(doc_with("林业公安部门将他抓获", [], words))) == set()  # 公安部门 is a word: no 公安部 in it


def test_dateline_paper_is_an_organisation():
    assert ("清江日报", "ORG") in found(run(doc_with("清江日报讯 昨日召开会议", [("清江日报讯", "ORG")])))


def test_programme_patterns_five_year_plans_and_numbered_campaigns():
    got = found(run(doc_with("编制“十五五”规划，落实“三促进”要求")))
    assert {("十五五", "PROGRAMME"), ("三促进", "PROGRAMME")} <= got


def test_a_post_taken_for_an_organisation_is_none():
    text = "县委常委、统战部长罗晓文和青禾商会总会长何静出席"
    ents = [("统战部长", "ORG"), ("罗晓文", "PERSON"), ("青禾商会总会长", "ORG"), ("何静", "PERSON")]
    got = found(run(doc_with(text, ents)))
    assert not {("统战部长", "ORG"), ("青禾商会总会长", "ORG")} & got and ("罗晓文", "PERSON") in got
    assert ("统战部长", "ORG") in found(run(doc_with(text, ents), disabled=["titles_as_orgs"]))


def test_programme_patterns_read_policy_documents_in_title_marks():
    text = "会议学习了《青禾县林长工作方案（试行）》和《南湾市志愿服务条例》，下发《关于开展安全检查的通知》"
    got = found(run(doc_with(text)))
    assert {("青禾县林长工作方案", "PROGRAMME"), ("南湾市志愿服务条例", "PROGRAMME")} <= got
    assert not any(name.endswith("通知") for name, _ in got)
    assert ("南湾市志愿服务条例", "PROGRAMME") not in found(run(doc_with(text), disabled=["programme_patterns"]))


def test_filters_single_characters_and_titles_as_persons():
    doc = doc_with("林长巡山，美方表示", [("林长", "PERSON"), ("美", "PLACE")])
    got = found(run(doc))
    assert ("林长", "PERSON") not in got and ("美", "PLACE") in got


def test_implausible_places_drop_a_determiner_and_a_level_only():
    got = found(run(doc_with("各村和高村都在行动", [("各村", "PLACE"), ("高村", "PLACE")])))
    assert ("高村", "PLACE") in got and ("各村", "PLACE") not in got


def test_river_sections_part_a_river_from_its_town_and_from_the_words_after_it():
    text = "青禾河石岭镇、白沙镇河段总河长，白沙镇河段和青禾河河长"
    ents = [("青禾河石岭镇", "PLACE"), ("白沙镇河段", "PLACE"), ("白沙镇河", "PLACE"), ("青禾河河", "PLACE")]
    got = found(run(doc_with(text, ents)))
    assert {("青禾河", "PLACE"), ("石岭镇", "PLACE"), ("白沙镇", "PLACE")} <= got
    assert not {("白沙镇河段", "PLACE"), ("白沙镇河", "PLACE"), ("青禾河河", "PLACE")} & got
    assert ("青禾河石岭镇", "PLACE") in found(run(doc_with(text, ents), disabled=["river_sections"]))
    township = "上青江瑶族乡召开会议"  # an ethnic township whose name ends like a river stays whole
    assert ("上青江瑶族乡", "PLACE") in found(run(doc_with(township, [("上青江瑶族乡", "PLACE")])))


def test_era_words_leave_the_organisation_they_were_glued_to():
    text = "开创新时代青山县人大工作新局面"
    got = found(run(doc_with(text, [("新时代青山县人大", "ORG")])))
    assert ("青山县人大", "ORG") in got and ("新时代青山县人大", "ORG") not in got
    assert ("新时代青山县人大", "ORG") in found(run(doc_with(text, [("新时代青山县人大", "ORG")]), disabled=["era_words"]))
    centre = "青山县新时代文明实践中心成立"  # the era word is part of this name
    assert ("新时代文明实践中心", "ORG") in found(run(doc_with(centre, [("新时代文明实践中心", "ORG")])))


def test_preposition_starts_leave_the_organisation_after_them():
    text = "报告提交以州人民代表大会常务委员会审议"
    ents = [("以州人民代表大会常务委员会", "ORG")]
    assert ("州人民代表大会常务委员会", "ORG") in found(run(doc_with(text, ents)))
    assert ("以州人民代表大会常务委员会", "ORG") in found(run(doc_with(text, ents), disabled=["preposition_starts"]))
    assert ("和县人民政府", "ORG") in found(run(doc_with("和县人民政府召开会议", [("和县人民政府", "ORG")])))
    text = "原县扶贫办主任方立和原平市委书记"  # a former title's body; a city named 原平
    doc = run(doc_with(text, [("原县扶贫办", "ORG"), ("方立", "PERSON"), ("原平市委", "ORG")]))
    assert titles(doc, "方立") == [("主任", "县扶贫办")]
    assert ("原平市委", "ORG") in found(doc)
    text = "该镇人大办公室组织全体政协委员视察"  # which of the bodies, not a part of their names
    ents = [("该镇人大办公室", "ORG"), ("全体政协", "ORG")]
    assert found(run(doc_with(text, ents))) == {("镇人大办公室", "ORG"), ("政协", "ORG")}
    assert ("该镇人大办公室", "ORG") in found(run(doc_with(text, ents), disabled=["preposition_starts"]))
    text = "推进基地建设和容县种子管理，和平县参加"  # 和平县 is a county of its own
    ents = [("和容县", "PLACE"), ("和平县", "PLACE")]
    assert found(run(doc_with(text, ents))) == {("容县", "PLACE"), ("和平县", "PLACE")}


def test_listed_divisions_share_the_level_the_last_item_prints():
    text = "市工信局，青禾、石岭、白沙镇主要负责同志参加"
    got = found(run(doc_with(text, [("市工信局", "ORG"), ("石岭", "PERSON"), ("白沙镇", "PLACE")])))
    assert {("青禾", "PLACE"), ("石岭", "PLACE"), ("白沙镇", "PLACE")} <= got
    assert not found(run(doc_with("推进精细管理、美丽乡村建设"))) & {("精细", "PLACE"), ("管理", "PLACE")}


def test_implausible_places_drop_a_duty_and_a_level():
    text = "青禾镇包联县领导方立，挂点县领导石岩出席"
    ents = [("青禾镇", "PLACE"), ("包联县", "PLACE"), ("方立", "PERSON"), ("挂点县", "PLACE"), ("石岩", "PERSON")]
    got = found(run(doc_with(text, ents)))
    assert ("青禾镇", "PLACE") in got and not {("包联县", "PLACE"), ("挂点县", "PLACE")} & got
    assert ("包联县", "PLACE") in found(run(doc_with(text, ents), disabled=["implausible_places"]))


def test_implausible_places_drop_kinds_of_division_foundings_and_cadres_in_charge():
    text = "两自治县和全国唯一的水族自治县，喜迎建州70周年，镇包村干部推进整村搬迁，青禾苗族自治县"
    ents = [("两自治县", "PLACE"), ("水族自治县", "PLACE"), ("建州", "PLACE"), ("镇包村", "PLACE"),
            ("整村", "PLACE"), ("青禾苗族自治县", "PLACE")]
    got = found(run(doc_with(text, ents)))
    assert ("青禾苗族自治县", "PLACE") in got
    assert not {("两自治县", "PLACE"), ("水族自治县", "PLACE"), ("建州", "PLACE"), ("镇包村", "PLACE"),
                ("整村", "PLACE")} & got
    assert ("水族自治县", "PLACE") in found(run(doc_with(text, ents), disabled=["implausible_places"]))
    assert ("建州", "PLACE") in found(run(doc_with("建州是古地名", [("建州", "PLACE")])))  # no founding after it


def test_place_suffix_words_is_off_by_default_and_can_be_enabled():
    doc = doc_with("南港综试区", [("南港综", "PLACE")], [("南港综", "LOC"), ("试区", "n")])
    assert ("南港综试区", "PLACE") not in found(run(doc.copy()))
    assert ("南港综试区", "PLACE") in found(run(doc.copy(), enabled=["place_suffix_words"]))


def test_composed_titles_name_the_right_body():
    doc = run(doc_with("县委常委、常务副县长欧阳明出席", [("欧阳明", "PERSON")]))
    assert titles(doc, "欧阳明") == [("县委常委", "县委"), ("常务副县长", "县政府")]


def test_government_title_after_a_place_names_its_government():
    doc = run(doc_with("岭南市副市长许文出席", [("岭南市", "PLACE"), ("许文", "PERSON")]))
    assert titles(doc, "许文") == [("副市长", "岭南市政府")]


def test_a_city_printed_without_its_level_keeps_it_before_the_government():
    doc = run(doc_with("岭南市长许文出席", [("岭南", "PLACE"), ("许文", "PERSON")]))
    assert titles(doc, "许文") == [("市长", "岭南市政府")]


def test_bare_committee_departments_and_commissions_in_a_title_list_take_the_committee_before():
    doc = run(doc_with("县委副书记、政法委书记方立，市委常委、纪委书记、监委主任石岩出席",
                       [("方立", "PERSON"), ("石岩", "PERSON")]))
    assert titles(doc, "方立") == [("县委副书记", "县委"), ("政法委书记", "县委政法委")]
    assert titles(doc, "石岩") == [("市委常委", "市委"), ("纪委书记", "市纪委"), ("监委主任", "市监委")]
    off = run(doc_with("县委副书记、纪委书记方立出席", [("方立", "PERSON")]), disabled=["chained_departments"])
    assert titles(off, "方立")[-1][1] != "县纪委"


@pytest.mark.parametrize("text, entities, expected", [
    ("石滩镇党委书记冯刚讲话", [("石滩镇", "PLACE")], [("镇党委书记", "石滩镇党委")]),  # a town's committee
    ("市委副书记、市长冯刚主持", [], [("市委副书记", "市委"), ("市长", "市政府")]),  # 市长: never the committee
    ("市委副书记、代理市长冯刚出席", [], [("市委副书记", "市委"), ("代理市长", "市政府")]),  # 代理 is a rank
    ("县委常委、县委办主任冯刚出席", [], [("县委常委", "县委"), ("县委办主任", "县委办")]),  # as printed
    ("党委副书记、镇长候选人冯刚出席", [], [("党委副书记", ""), ("镇长候选人", "镇政府")]),  # an ending kept
])
def test_titles_name_their_body(text, entities, expected):
    assert titles(run(doc_with(text, [*entities, ("冯刚", "PERSON")])), "冯刚") == expected


def test_prefecture_titles_name_the_prefecture_bodies():
    doc = run(doc_with("州委副书记、州长扎西卓玛，副州长白云出席", [("扎西卓玛", "PERSON"), ("白云", "PERSON")]))
    assert titles(doc, "扎西卓玛") == [("州委副书记", "州委"), ("州长", "州政府")]
    assert titles(doc, "白云") == [("副州长", "州政府")]


def test_bare_title_in_a_list_shares_the_organisation_before_it():
    doc = run(doc_with("市政协党组书记、主席候选人钱进出席", [("钱进", "PERSON")]))
    assert titles(doc, "钱进") == [("市政协党组书记", "市政协党组"), ("主席候选人", "市政协")]
    doc = run(doc_with("市政协党组书记、主席候选人钱进出席", [("钱进", "PERSON")]), disabled=["title_lists"])
    assert titles(doc, "钱进") == [("主席候选人", "")]


def test_closing_title_goes_to_every_name_in_the_list():
    doc = run(doc_with("陶然、贺文、尹川等市政协委员视察", [("陶然", "PERSON"), ("贺文", "PERSON"), ("尹川", "PERSON")]))
    assert all(titles(doc, name) == [("市政协委员", "市政协")] for name in ("陶然", "贺文", "尹川"))
    doc = run(doc_with("陶然、贺文等市政协委员视察", [("陶然", "PERSON"), ("贺文", "PERSON")]), disabled=["closing_titles"])
    assert titles(doc, "陶然") == []


def test_named_closing_titles_read_past_the_delegation_to_a_qualified_title():
    text = "陶然、贺文等66名青川代表团江城市人大代表出席会议"
    ents = [("陶然", "PERSON"), ("贺文", "PERSON"), ("青川代表团江城市人大", "ORG")]
    doc = run(doc_with(text, ents))
    assert {("青川", "PLACE"), ("江城市人大", "ORG")} <= found(doc)  # the delegation stands for its county
    assert all(titles(doc, name) == [("人大代表", "江城市人民代表大会")] for name in ("陶然", "贺文"))
    assert titles(run(doc_with(text, ents), disabled=["named_closing_titles"]), "陶然") == []


def test_a_member_of_a_city_s_congress_belongs_to_the_congress_not_its_standing_committee():
    doc = run(doc_with("江城市人大代表陶然发言", [("江城市人大", "ORG"), ("陶然", "PERSON")]))
    assert titles(doc, "陶然") == [("人大代表", "江城市人民代表大会")]


def test_slogans_never_start_inside_a_word_nor_run_over_a_name():
    text = "甲乙等66名绍兴市代表出席"
    words = [("甲乙", "PER"), ("等", "u"), ("66名", "m"), ("绍兴市", "LOC"), ("代表", "n"), ("出席", "v")]
    assert not any(label == "PROGRAMME" for _, label in found(run(doc_with(text, [("绍兴市", "PLACE")], words))))


def test_company_titles_keep_the_bare_company_word():
    doc = run(doc_with("公司经理王青说", [("王青", "PERSON")]))
    assert titles(doc, "王青") == [("公司经理", "公司")]
    assert titles(run(doc_with("公司经理王青说", [("王青", "PERSON")]), disabled=["company_titles"]), "王青") == [("经理", "")]


@pytest.mark.parametrize("text, expected", [
    ("会上，集团总经理王青作报告", ("集团总经理", "集团")),
    ("我会秘书长王青介绍", ("我会秘书长", "我会")),
    ("与商会秘书长王青座谈", ("商会秘书长", "商会")),
    ("校党委书记王青会见来访者", ("校党委书记", "校党委")),
    ("院党组书记王青出席", ("院党组书记", "院党组")),  # a party group's post reads 院 as a committee does
])
def test_company_titles_read_any_bare_institution_word(text, expected):
    assert titles(run(doc_with(text, [("王青", "PERSON")])), "王青") == [expected]


def test_a_bare_institution_word_must_be_a_word_of_its_own():
    """党校校长: 校 ends 党校 and names no school of the article."""
    doc = run(doc_with("石岭县委党校常务副校长王青讲课", [("石岭县委党校", "ORG"), ("王青", "PERSON")]))
    assert [org for _, org in titles(doc, "王青")] == ["石岭县委党校"]


def test_a_post_outside_the_party_listed_after_a_committee_post_is_the_host_s():
    text = "集团党委书记、董事长王青出席"
    doc = run(doc_with(text, [("集团党委", "ORG"), ("王青", "PERSON")]))
    assert titles(doc, "王青") == [("集团党委书记", "集团党委"), ("董事长", "集团")]
    off = run(doc_with(text, [("集团党委", "ORG"), ("王青", "PERSON")]),
              disabled=["host_committees", "posts_outside_committees"])  # the later rule reads this case too
    assert titles(off, "王青") == [("集团党委书记", "集团党委"), ("董事长", "集团党委")]


def test_a_bare_committee_after_a_comma_is_the_one_the_name_before_was_secretary_of():
    text = "石岭港口集团党委书记、董事长王青，党委副书记、总经理李白一行"
    ents = [("石岭港口集团", "ORG"), ("王青", "PERSON"), ("李白", "PERSON")]
    assert titles(run(doc_with(text, ents)), "李白") == [("党委副书记", "石岭港口集团党委"), ("总经理", "石岭港口集团")]
    hosts = run(doc_with(text, ents), disabled=["committee_posts"])
    assert titles(hosts, "李白") == [("党委副书记", "石岭港口集团"), ("总经理", "石岭港口集团")]
    # the name before held no party post there: the committee may be anyone's
    other = "副会长、石岭港口集团总裁王青，党委副书记、秘书长李白陪同"
    assert titles(run(doc_with(other, ents)), "李白")[0][1] != "石岭港口集团"


def test_association_title_names_the_association():
    doc = run(doc_with("岭南商会会长丁一发言", [("岭南商会", "ORG"), ("丁一", "PERSON")]))
    assert titles(doc, "丁一") == [("会长", "岭南商会")]


def test_saved_pipeline_keeps_its_lexicons(tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "programmes.txt").write_text("清风行动\n", encoding="utf-8")
    nlp = build_pipeline(lexicon_dirs=[str(extra)])
    nlp.to_disk(tmp_path / "pipeline")
    assert "清风行动" in (tmp_path / "pipeline" / "kg_entity_rules" / "programmes.txt").read_text(encoding="utf-8")
    loaded = spacy.load(tmp_path / "pipeline")
    assert ("清风行动", "PROGRAMME") in {(e.text, e.label_) for e in loaded("开展清风行动。").ents}


def test_names_after_titles_find_rare_surnames_the_backbone_missed():
    doc = doc_with("市委副书记、市长柯晓军率团考察", [], [("市委", "ORG"), ("副书记", "n"), ("、", "w"), ("市长柯", "n"),
                                                       ("晓", "a"), ("军", "n"), ("率团", "v"), ("考察", "v")])
    assert ("柯晓军", "PERSON") in found(run(doc.copy()))
    assert ("柯晓军", "PERSON") not in found(run(doc.copy(), disabled=["names_after_titles"]))
    words = [("市政协", "ORG"), ("副主席", "n"), ("操", "v"), ("建民", "n"), ("、", "w"), ("罗燕", "PER"), ("率", "v")]
    doc = doc_with("市政协副主席操建民、罗燕率团视察", [("市政协", "ORG"), ("罗燕", "PERSON")], words)
    assert ("操建民", "PERSON") in found(run(doc))  # 操, a surname few bear, is listed (surnames.txt)


def test_names_before_titles_read_a_leader_cited_by_name_then_title():
    text = "代表们审议向成强州长所作的政府工作报告"
    words = [("代表们", "n"), ("审议", "v"), ("向成强", "p"), ("州", "n"), ("长", "v"), ("所", "u"), ("作", "v"),
             ("的", "u"), ("政府", "n"), ("工作报告", "n")]
    doc = run(doc_with(text, [], words))
    assert ("向成强", "PERSON") in found(doc) and titles(doc, "向成强") == [("州长", "州政府")]
    assert ("向成强", "PERSON") not in found(run(doc_with(text, [], words), disabled=["names_before_titles"]))
    off = run(doc_with("听取储云好局长所作的报告", [("储云好", "PERSON")]), disabled=["cited_titles"])
    assert titles(off, "储云好") == []  # 局长 is printed after a name only where a report is cited
    assert titles(run(doc_with("听取储云好局长所作的报告", [("储云好", "PERSON")])), "储云好") == [("局长", "")]
    assert titles(run(doc_with("听取储云好代市长所作的报告", [("储云好", "PERSON")])), "储云好") == [("代市长", "市政府")]


@pytest.mark.parametrize("text, words", [
    ("相关负责人表示将加快建设", [("相关", "vn"), ("负责人", "n"), ("表示", "v")]),
    ("会上和李明书记指出", [("会上", "n"), ("和", "c"), ("李明", "PER"), ("书记", "n"), ("指出", "v")]),
    ("该关爱团负责人表示", [("该", "r"), ("关爱", "v"), ("团", "n"), ("负责人", "n"), ("表示", "v")]),
])
def test_names_before_titles_skip_common_words_and_function_words(text, words):
    names = {name for name, label in found(run(doc_with(text, [], words))) if label == "PERSON"}
    assert not any(name.startswith(("相关", "和", "关爱")) for name in names)


@pytest.mark.parametrize("text, words", [
    ("会议主席关于改革的讲话", [("会议", "n"), ("主席", "n"), ("关于", "p"), ("改革", "vn")]),
    ("市长都认真听取意见", [("市长", "n"), ("都", "d"), ("认真", "ad"), ("听取", "v")]),
    ("会长单位代表发言", [("会长", "n"), ("单位", "n"), ("代表", "n"), ("发言", "v")]),
])
def test_names_after_titles_skip_words_of_the_language(text, words):
    assert not {label for _, label in found(run(doc_with(text, [], words)))} & {"PERSON"}


def test_org_title_tails_cut_a_title_the_backbone_glued_on():
    doc = doc_with("民盟江城市委会主委何静发言", [("民盟江城市委会主委", "ORG"), ("何静", "PERSON")])
    result = run(doc.copy())
    assert ("民盟江城市委会", "ORG") in found(result) and titles(result, "何静") == [("主委", "民盟江城市委会")]
    unread = ["org_title_tails", "party_committees", "titles_as_orgs"]
    assert ("民盟江城市委会主委", "ORG") in found(run(doc.copy(), disabled=unread))


def test_a_division_s_level_character_printed_once_before_its_government_title_is_both():
    text = "青禾县委副书记、青禾县长方立在会上讲话"
    words = [("青禾县委", "ORG"), ("副书记", "n"), ("、", "w"), ("青禾县", "LOC"), ("长", "a"), ("方立", "PER"),
             ("在", "p"), ("会", "n"), ("上", "f"), ("讲话", "v")]
    ents = [("青禾县委", "ORG"), ("青禾县", "PLACE"), ("方立", "PERSON")]
    assert titles(run(doc_with(text, ents, words)), "方立") == [("县委副书记", "青禾县委"), ("县长", "青禾县政府")]
    assert titles(run(doc_with(text, ents, words), disabled=["shared_level_characters"]), "方立") == [("县长", "县政府")]


def test_a_zone_named_in_the_list_carries_to_no_bare_body_after_it():
    text = "区委副书记、区长韩平，白沙化工区党工委书记、管委会主任罗刚，区委常委、副区长何静参加调研"
    doc = doc_with(text, [("韩平", "PERSON"), ("白沙化工区党工委", "ORG"), ("罗刚", "PERSON"), ("何静", "PERSON")])
    assert titles(run(doc), "何静") == [("区委常委", "区委"), ("副区长", "区政府")]  # a zone has no 区委 of its own


def test_a_place_named_once_carries_to_the_bare_bodies_of_the_sentence():
    text = "梧州市市委书记韩平，市委副书记、市长罗刚率团来访"
    doc = doc_with(text, [("梧州市", "PLACE"), ("韩平", "PERSON"), ("罗刚", "PERSON")])
    result = run(doc.copy())
    assert titles(result, "罗刚") == [("市委副书记", "梧州市委"), ("市长", "梧州市政府")]
    assert titles(run(doc.copy(), disabled=["org_from_earlier_place"]), "罗刚") == [("市委副书记", "市委"),
                                                                                    ("市长", "市政府")]


def test_a_county_level_city_does_not_carry_to_the_papers_own_bodies():
    doc = doc_with("市委常委、寿光市委书记孙明亮，市委秘书长刘德成陪同",
                   [("寿光市委", "ORG"), ("孙明亮", "PERSON"), ("刘德成", "PERSON")])
    assert titles(run(doc), "刘德成") == [("市委秘书长", "市委")]


def test_a_county_level_city_named_after_its_prefecture_stops_the_prefecture_carrying():
    """Bug: 榆林市委常委、神木市委书记甲，市委副书记、市长乙 in a 神木 paper made 乙 榆林's mayor."""
    text = "潍坊市委常委、寿光市委书记方立，市委副书记、市长石岩出席"
    ents = [("潍坊市委", "ORG"), ("寿光市委", "ORG"), ("方立", "PERSON"), ("石岩", "PERSON")]
    assert titles(run(doc_with(text, ents), disabled=["leader_pairs"]), "石岩") == [("市委副书记", "市委"),
                                                                                   ("市长", "市政府")]


def test_a_county_level_city_s_leading_pair_leads_the_same_city():
    text = "青禾市委书记方立，市委副书记、市长石岩陪同"
    ents = [("青禾市委", "ORG"), ("方立", "PERSON"), ("石岩", "PERSON")]
    assert titles(run(doc_with(text, ents)), "石岩") == [("市委副书记", "青禾市委"), ("市长", "青禾市政府")]
    assert titles(run(doc_with(text, ents), disabled=["leader_pairs"]), "石岩") == [("市委副书记", "市委"),
                                                                                  ("市长", "市政府")]


def test_the_officials_listed_after_a_county_level_city_s_leading_pair_are_its_own():
    text = "青禾市委书记方立，市委副书记、市长石岩，市委常委罗文，副市长陈刚率团考察，市委秘书长刘成陪同"
    ents = [("青禾市委", "ORG"), ("方立", "PERSON"), ("石岩", "PERSON"), ("罗文", "PERSON"), ("陈刚", "PERSON"),
            ("刘成", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "罗文") == [("市委常委", "青禾市委")] and titles(doc, "陈刚") == [("副市长", "青禾市政府")]
    assert titles(doc, "刘成") == [("市委秘书长", "市委")]  # who accompanies them is the paper's own


def test_party_group_titles_name_the_party_group_and_the_next_title_the_body():
    doc = run(doc_with("县政协党组书记、主席邹明出席", [("邹明", "PERSON")]))
    assert titles(doc, "邹明") == [("县政协党组书记", "县政协党组"), ("主席", "县政协")]
    off = run(doc_with("县政协党组书记、主席邹明出席", [("邹明", "PERSON")]), disabled=["party_groups"])
    assert titles(off, "邹明")[0] == ("县政协党组书记", "县政协")


def test_a_party_group_title_after_the_bodys_own_title_names_its_party_group():
    doc = run(doc_with("市政协主席、党组书记邹明一行来调研", [("邹明", "PERSON")]))
    assert titles(doc, "邹明") == [("市政协主席", "市政协"), ("党组书记", "市政协党组")]
    off = run(doc_with("市政协主席、党组书记邹明一行来调研", [("邹明", "PERSON")]), disabled=["party_groups"])
    assert titles(off, "邹明")[1] == ("党组书记", "市政协")


@pytest.mark.parametrize("text, programme", [
    ("全面落实“两学一做”要求", "两学一做"),
    ("推行“一村一策”", "一村一策"),
    ("做好“六保”工作", "六保"),
    ("深化“大综合一体化”改革", "大综合一体化"),
    ("实施链长制", "链长制"),
    # numbered formulas and slogans, from the held-out pages (our own sentences)
    ("围绕“三个高地”“两个中心”的战略定位", "三个高地"),
    ("围绕“三个高地”“两个中心”的战略定位", "两个中心"),
    ("推动“四区”协同发展", "四区"),
    ("构建“1+3+N”产业格局", "1+3+N"),
    ("落实“1520”具体部署", "“1520”具体部署"),
    ("坚持“强基础、补短板”不动摇", "强基础、补短板"),
    ("他说，要抓好‘三农两改’工程", "三农两改"),
    ("深入开展主题教育", "主题教育"),
    # national strategies and campaigns printed without quotes, and a province's own five-year plan
    ("融入成渝地区双城经济圈建设", "成渝地区双城经济圈建设"),
    ("加快推进棚户区改造", "棚户区改造"),
    ("为“省十三五”规划编制做参考", "十三五"),
    ("推行“路面保洁责任制”", "路面保洁责任制"),
    # quoted numbered targets, and quoted themes named by what follows them
    ("擦亮“四张名片”，发挥区位优势", "四张名片"),
    ("围绕“喜迎党代会”主题开展采访", "喜迎党代会"),
    ("交流“院落+”建设经验", "院落+"),
    ("编制第十五个五年规划", "第十五个五年规划"),
    ("深化湘黔对口帮扶协作", "湘黔对口帮扶协作"),
    ("全面推进强县促镇带村", "强县促镇带村"),
    ("青禾对口帮扶南湾，开展对口援疆", "对口帮扶"),  # the aid alone, whatever place comes before it
    ("青禾对口帮扶南湾，开展对口援疆", "对口援疆"),
    ("推行科技特派员制度", "科技特派员制度"),
    ("全面推进广佛同城化", "广佛同城化"),
    ("深化粤桂扶贫协作", "粤桂扶贫协作"),
    ("推动闽宁协作走深走实", "闽宁协作"),
    ("深化沪滇劳务协作", "沪滇劳务协作"),
    ("扎实开展党史学习教育", "党史学习教育"),
    ("聚焦“项目攻坚年”工作", "项目攻坚年"),
    ("落实“2468”工作思路", "“2468”工作思路"),
    ("打造“372”现代制造业集群体系", "“372”现代制造业集群体系"),
    ("推进“527”兵团式作战行动", "“527”兵团式作战"),
    ("牢记“两个务必”、“三个敬畏”和“四个不”", "两个务必"),  # a list of quoted numbered phrases
    ("牢记“两个务必”、“三个敬畏”和“四个不”", "四个不"),
])
def test_programme_patterns(text, programme):
    assert (programme, "PROGRAMME") in found(run(doc_with(text)))


@pytest.mark.parametrize("text", ["迎来“新年”", "写于“2024年”", "评为“白沙县十佳青年”", "村“两委”成员参加", "形成“双核”布局", "增强“四个意识”，坚定信心", "要加快同城化进程", "加强两地协作", "深化区域协作"])
def test_one_part_numbered_quotes_need_a_campaign_word(text):
    assert not {label for _, label in found(run(doc_with(text)))} & {"PROGRAMME"}


@pytest.mark.parametrize("text,programme", [("拓展对口支援领域", "拓展对口支援"), ("全国对口支援工作", "全国对口支援"),
                                            ("省内对口帮扶持续推进", "省内对口帮扶")])
def test_paired_region_aid_needs_two_places_not_a_verb_or_a_scope(text, programme):
    got = found(run(doc_with(text)))
    assert (programme, "PROGRAMME") not in got and (programme[2:], "PROGRAMME") in got  # the aid alone


@pytest.mark.parametrize("text", ["发展“文化+旅游”新业态", "推行“公司+基地+农户”模式"])
def test_a_quoted_sum_of_words_names_no_programme(text):
    assert not {label for _, label in found(run(doc_with(text)))} & {"PROGRAMME"}


def test_generic_settlement_nouns_are_no_places():
    doc = doc_with("大城市和自然村都在变", [("大城市", "PLACE"), ("自然村", "PLACE")])
    assert not found(run(doc))
    doc = doc_with("改造老城区和城中村，建设智慧园区", [("老城区", "PLACE"), ("城中村", "PLACE"), ("智慧园区", "PLACE")])
    assert not found(run(doc))


def test_long_facility_names_take_the_name_back_from_the_suffix_word():
    words = [("其中", "c"), ("，", "w"), ("青石县", "LOC"), ("云岭重工", "LOC"), ("河口新基地", "LOC"), ("、", "w"),
             ("高端", "a"), ("精密", "n"), ("铸件", "n"), ("产业园", "n"), ("开工", "v")]
    doc = doc_with("其中，青石县云岭重工河口新基地、高端精密铸件产业园开工",
                   [("青石县", "PLACE"), ("云岭重工", "PLACE"), ("河口新基地", "PLACE")], words)
    assert {("云岭重工河口新基地", "PLACE"), ("高端精密铸件产业园", "PLACE")} <= found(run(doc.copy()))
    assert ("青石县", "PLACE") in found(run(doc.copy()))  # the county only qualifies the site
    assert ("高端精密铸件产业园", "PLACE") not in found(run(doc.copy(), disabled=["long_facility_names"]))


def test_division_site_names_keep_a_county_before_common_words_and_leave_a_village_alone():
    text = "考察了青石县现代农业产业园、河口村柑橘种植基地"
    ents = [("青石县", "PLACE"), ("河口村", "PLACE")]
    words = [("考察", "v"), ("了", "u"), ("青石县", "LOC"), ("现代", "TIME"), ("农业", "n"), ("产业园", "n"), ("、", "w"),
             ("河口村", "LOC"), ("柑橘", "n"), ("种植基地", "n")]
    result = found(run(doc_with(text, ents, words)))
    assert {("青石县现代农业产业园", "PLACE"), ("河口村", "PLACE")} <= result
    assert ("柑橘种植基地", "PLACE") in found(run(doc_with(text, ents, words), disabled=["village_plots"]))
    result = found(run(doc_with(text, ents, words), disabled=["division_site_names"]))
    assert ("青石县", "PLACE") in result and ("青石县现代农业产业园", "PLACE") not in result  # the kind alone: a stop entity


def test_caption_names_take_the_last_character_of_a_line_that_is_a_name_alone():
    doc = doc_with("雷惠强", [("雷惠", "PERSON")], [("雷惠", "PER"), ("强", "a")])
    assert found(run(doc.copy())) == {("雷惠强", "PERSON")}
    assert found(run(doc.copy(), disabled=["caption_names"])) == {("雷惠", "PERSON")}  # 强 could start 强调


def test_long_facility_names_take_zones_whole_but_never_over_another_site():
    text = "参观了青禾工业区、南湾工业园石川物流产业园"
    ents = [("青禾", "PLACE"), ("南湾工业园", "PLACE")]
    words = [("参观", "v"), ("了", "u"), ("青禾", "LOC"), ("工业区", "n"), ("、", "w"), ("南湾工业园", "LOC"),
             ("石川", "n"), ("物流", "n"), ("产业园", "n")]
    result = found(run(doc_with(text, ents, words)))
    assert {("青禾工业区", "PLACE"), ("南湾工业园", "PLACE"), ("石川物流产业园", "PLACE")} <= result  # a zone lies
    assert not any(name.startswith("南湾工业园石川") for name, _ in result)  # in no other site


def test_long_facility_names_skip_a_generic_word_before_the_suffix():
    doc = doc_with("新建生产基地", [], [("新建", "v"), ("生产", "vn"), ("基地", "n")])
    assert found(run(doc)) == set()


def test_org_suffix_verbs_end_a_name_with_a_suffix_tagged_as_a_verb():
    doc = doc_with("澳门青田同乡会会长", [("澳门", "PLACE"), ("青田", "PLACE")],
                   [("澳门", "LOC"), ("青田", "LOC"), ("同乡", "n"), ("会", "v"), ("会长", "n")])
    assert ("澳门青田同乡会", "ORG") in found(run(doc.copy()))
    assert ("澳门青田同乡会", "ORG") not in found(run(doc.copy(), disabled=["org_suffix_verbs"]))


def test_slogans_start_after_a_verb_not_inside_a_noun_phrase():
    words = [("坚持", "v"), ("工业", "n"), ("强", "a"), ("市", "n"), ("旅游", "n"), ("兴", "v"), ("市", "n"), ("，", "w"),
             ("建成", "v"), ("山水", "n"), ("生态", "n"), ("强", "a"), ("市", "n")]
    doc = run(doc_with("坚持工业强市旅游兴市，建成山水生态强市", [], words))
    assert {e.text for e in doc.ents if e.label_ == "PROGRAMME"} == {"工业强市", "旅游兴市"}
    doc = run(doc_with("坚持工业强市旅游兴市，建成山水生态强市", [], words), disabled=["slogans"])
    assert not doc.ents


def test_place_slogans_a_list_of_words_and_a_place_closed_by_construction():
    words = [("加快", "v"), ("开放", "v"), ("青州", "LOC"), ("、", "w"), ("美丽", "a"), ("青州", "LOC"), ("建设", "vn"),
             ("，", "w"), ("推动", "v"), ("青州", "LOC"), ("建设", "vn")]
    text = "加快开放青州、美丽青州建设，推动青州建设"
    doc = run(doc_with(text, [("青州", "PLACE")] * 3, words))
    assert [e.text for e in doc.ents if e.label_ == "PROGRAMME"] == ["开放青州", "美丽青州"]
    assert ("青州", "PLACE") in found(doc)  # a verb alone before the place is no campaign
    doc = run(doc_with(text, [("青州", "PLACE")] * 3, words), disabled=["place_slogans"])
    assert not [e for e in doc.ents if e.label_ == "PROGRAMME"]


def test_listed_names_between_two_names_of_a_list():
    people = [("方立", "PERSON"), ("石岩", "PERSON")]
    doc = run(doc_with("方立、雷鸣、石岩出席", people))
    assert ("雷鸣", "PERSON") in found(doc)
    assert ("雷鸣", "PERSON") not in found(run(doc_with("方立、雷鸣、石岩出席", people), disabled=["listed_names"]))
    assert ("雷鸣", "PERSON") not in found(run(doc_with("方立、雷鸣、会议", [("方立", "PERSON")])))


def test_listed_names_with_a_compound_surname_or_a_surname_the_backbone_cut_off():
    people = [("方立", "PERSON"), ("石岩", "PERSON")]
    assert ("太史明华", "PERSON") in found(run(doc_with("方立、太史明华、石岩出席", people)))
    assert ("青禾明华", "PERSON") not in found(run(doc_with("方立、青禾明华、石岩出席", people)))  # no compound surname
    text = "方立、占卓文、石岩出席"
    words = [("方立", "PER"), ("、", "w"), ("占", "v"), ("卓文", "PER"), ("、", "w"), ("石岩", "PER"), ("出席", "v")]
    ents = [("方立", "PERSON"), ("卓文", "PERSON"), ("石岩", "PERSON")]
    assert ("占卓文", "PERSON") in found(run(doc_with(text, ents, words)))
    assert ("卓文", "PERSON") in found(run(doc_with(text, ents, words), disabled=["listed_names"]))


@pytest.mark.parametrize("venue", ["青川市文化艺术中心", "东湾镇便民服务中心", "青川国际会展中心", "青川汽车博物馆"])
def test_venues_are_places_even_when_the_backbone_took_them_for_organisations(venue):
    text = f"代表们参观了{venue}。"
    assert (venue, "PLACE") in found(run(doc_with(text, [(venue, "ORG")], [(venue, "ORG")])))


def test_a_cultural_centre_and_a_library_are_institutions_with_posts():
    text = "青川县文化馆馆长周文斌、青川县图书馆副馆长陈丽出席。文化馆副馆长林家明主持"
    ents = [("青川县文化馆", "PLACE"), ("周文斌", "PERSON"), ("青川县图书馆", "PLACE"), ("陈丽", "PERSON"), ("林家明", "PERSON")]
    doc = run(doc_with(text, ents))
    assert {("青川县文化馆", "ORG"), ("青川县图书馆", "ORG")} <= found(doc)
    assert titles(doc, "周文斌") == [("馆长", "青川县文化馆")] and titles(doc, "林家明") == [("副馆长", "文化馆")]


def test_closing_title_runs_reach_names_with_titles_of_their_own():
    text = "县政协主席陶然，县委常委、宣传部部长贺文等市人大代表视察"
    people = [("陶然", "PERSON"), ("贺文", "PERSON")]
    doc = run(doc_with(text, people))
    assert ("市人大代表", "市人民代表大会") in titles(doc, "陶然")
    assert titles(doc, "贺文")[:2] == [("县委常委", "县委"), ("宣传部部长", "县委宣传部")]
    doc = run(doc_with(text, people), disabled=["closing_title_runs"])
    assert ("市人大代表", "市人民代表大会") not in titles(doc, "陶然")


def test_assembly_members_name_the_assembly_not_its_standing_committee():
    doc = run(doc_with("省人大代表尹川发言", [("尹川", "PERSON")]))
    assert titles(doc, "尹川") == [("省人大代表", "省人民代表大会")]
    doc = run(doc_with("省人大代表尹川发言", [("尹川", "PERSON")]), disabled=["assembly_members"])
    assert titles(doc, "尹川") != [("省人大代表", "省人民代表大会")]


def test_lines_that_stand_alone_do_not_run_into_the_next_one():
    from kg.articles import repair, split_lines
    text, _ = repair(split_lines("青石镇镇长 罗 川\n今年以来，全镇……\n\n方立\n\n方立\n\n会上"))
    assert text == "青石镇镇长罗川 今年以来，全镇……方立 方立 会上"
    text, _ = repair(split_lines("监 督 抽 查，合 格 率\n高"))
    assert text == "监督抽查，合格率高"


# -- rules from the held-out pages (issue #10): sentences and names are our own ---------------------------
@pytest.mark.parametrize("text", ["树牢“四个意识”、坚定信心", "打造“懂政策、懂产业”的队伍",
                                  "开展“关注清水河、志愿服务日”活动"])
def test_quoted_phrases_described_or_holding_a_name_are_no_programme(text):
    entities = [("清水河", "PLACE")] if "清水河" in text else []
    assert not {label for _, label in found(run(doc_with(text, entities)))} & {"PROGRAMME"}


def test_dateline_papers_read_web_outlets_and_the_day_before_xun():
    assert ("青山在线", "ORG") in found(run(doc_with("青山在线6月2日讯 昨日上午，全市召开会议")))
    assert ("青山信息港", "ORG") in found(run(doc_with("青山信息港讯(记者 方立)昨日")))
    both = found(run(doc_with("青山日报社青山融媒讯 昨日")))
    assert {("青山日报社", "ORG"), ("青山融媒", "ORG")} <= both
    assert ("青山在线", "ORG") not in found(run(doc_with("青山在线6月2日讯 昨日"), disabled=["dateline_papers"]))


def test_dateline_papers_read_a_portal_station_before_the_day():
    text = "红网青山站6月24日6月21日，县委书记方立到城东镇调研"
    assert ("红网青山站", "ORG") in found(run(doc_with(text, [("青山站", "PLACE")])))
    assert ("红网青山", "ORG") not in found(run(doc_with("红网青山6月21日，方立到城东镇调研")))  # no station, no 讯
    assert not found(run(doc_with("希望青山日报加强报道")))  # an outlet opening a sentence is no dateline


def test_listed_names_take_every_name_of_a_run_of_persons():
    text = "方立、韩平、米来、何静、万恒、罗晓文、莫日根巴图、柯晓、连天浪参加，林业局、水利局、韩平负责"
    ents = [("方立", "PERSON"), ("韩平", "PERSON"), ("米", "PERSON"), ("何静", "PERSON"), ("万恒", "ORG"),
            ("罗晓文", "PERSON"), ("莫日根", "PERSON"), ("柯晓", "PERSON"), ("林业局", "ORG"), ("水利局", "ORG"),
            ("韩平", "PERSON")]
    words = [("方立", "PER"), ("、", "w"), ("韩平", "PER"), ("、", "w"), ("米", "PER"), ("来", "v"), ("、", "w"),
             ("何静", "PER"), ("、", "w"), ("万恒", "ORG"), ("、", "w"), ("罗晓文", "PER"), ("、", "w"),
             ("莫日根", "PER"), ("巴图", "n"), ("、", "w"), ("柯晓", "PER"), ("、", "w"), ("连", "d"), ("天浪", "n"),
             ("参加", "v")]
    got = found(run(doc_with(text, ents, words)))
    assert {("米来", "PERSON"), ("万恒", "PERSON"), ("莫日根巴图", "PERSON"), ("连天浪", "PERSON")} <= got
    assert ("林业局", "ORG") in got and ("水利局", "ORG") in got  # a run mostly of bodies names no persons
    off = found(run(doc_with(text, ents, words), disabled=["listed_names"]))
    assert ("米来", "PERSON") not in off and ("莫日根巴图", "PERSON") not in off
    pairs = "方立对韩平、何静对罗晓文、柯晓对石岩"  # pairings: a person and the words after it are no longer name
    ents = [("方立", "PERSON"), ("韩平", "PERSON"), ("何静", "PERSON"), ("罗晓文", "PERSON"), ("柯晓", "PERSON"),
            ("石岩", "PERSON")]
    words = [("方立", "PER"), ("对", "p"), ("韩平", "PER"), ("、", "w"), ("何静", "PER"), ("对", "p"),
             ("罗晓文", "PER"), ("、", "w"), ("柯晓", "PER"), ("对", "p"), ("石岩", "PER")]
    assert all(label == "PERSON" and "对" not in name for name, label in found(run(doc_with(pairs, ents, words))))


def test_quoted_papers_and_outlet_names():
    doc = run(doc_with("《青山日报》、新华网、人民网等媒体参加"))
    assert {("青山日报", "ORG"), ("新华网", "ORG"), ("人民网", "ORG")} <= found(doc)
    assert ("青山日报", "ORG") not in found(run(doc_with("《青山日报》参加"), disabled=["quoted_papers"]))
    assert not found(run(doc_with("中国网民数量增长")))  # a longer word runs on: no outlet


def test_suffixes_across_words_join_a_name_cut_inside_its_suffix():
    words = [("青山军", "LOC"), ("分区", "n"), ("司令员", "n")]
    doc = doc_with("青山军分区司令员", [("青山军", "PLACE")], words)
    assert ("青山军分区", "ORG") in found(run(doc.copy()))
    assert ("青山军分区", "ORG") not in found(run(doc.copy(), disabled=["suffixes_across_words"]))


def test_facilities_over_verbs_take_a_site_cut_by_a_verb():
    doc = doc_with("在云岭拉口岸看望", [("云岭", "PLACE")], [("在", "p"), ("云岭", "LOC"), ("拉", "v"), ("口岸", "n")])
    assert ("云岭拉口岸", "PLACE") in found(run(doc.copy()))
    assert ("云岭拉口岸", "PLACE") not in found(run(doc.copy(), disabled=["facilities_over_verbs"]))
    doc = doc_with("青山县建设基地", [("青山县", "PLACE")], [("青山县", "LOC"), ("建设", "v"), ("基地", "n")])
    assert ("青山县建设基地", "PLACE") not in found(run(doc))  # a division and a verb: no site name


def test_site_words_need_a_name_before_them():
    words = [("整车", "n"), ("生产", "vn"), ("基地", "n")]
    assert not found(run(doc_with("整车生产基地", [], words)))


def test_place_initial_slogans_are_campaigns_not_persons():
    doc = run(doc_with("打造“汉荆宜”产业走廊", [("汉荆宜", "PERSON")]))
    assert found(doc) == {("汉荆宜", "PROGRAMME")}
    doc = run(doc_with("推进“汉荆宜”城市群建设", [("汉荆宜", "PERSON")]))
    assert ("汉荆宜", "PLACE") in found(doc)
    off = run(doc_with("打造“汉荆宜”产业走廊", [("汉荆宜", "PERSON")]), disabled=["place_initial_slogans"])
    assert ("汉荆宜", "PERSON") in found(off)


def test_place_abbreviations_keep_a_part_of_a_province():
    assert ("滇中", "PLACE") in found(run(doc_with("推动滇中发展", [("滇中", "PLACE")])))
    assert {("中", "PLACE"), ("美", "PLACE")} <= found(run(doc_with("中美关系", [("中美", "PLACE")])))


def test_conjunction_tails_go_before_another_name():
    words = [("青山分社和", "ORG"), ("白水日报社青山分社", "ORG"), ("座谈", "v")]
    ents = [("青山分社和", "ORG"), ("白水日报社青山分社", "ORG")]
    text = "青山分社和白水日报社青山分社座谈"
    assert {("青山分社", "ORG"), ("白水日报社青山分社", "ORG")} <= found(run(doc_with(text, ents, words)))
    assert ("青山分社", "ORG") not in found(run(doc_with(text, ents, words), disabled=["conjunction_tails"]))
    text = "市委市政府与青山供电公司长期合作"  # nor does an organisation's suffix pull the names together
    words = [("市委", "ORG"), ("市政府与", "ORG"), ("青山供电公司", "ORG"), ("长期", "a"), ("合作", "v")]
    ents = [("市委", "ORG"), ("市政府与", "ORG"), ("青山供电公司", "ORG")]
    assert {("市委", "ORG"), ("市政府", "ORG"), ("青山供电公司", "ORG")} <= found(run(doc_with(text, ents, words)))


@pytest.mark.parametrize("text, printed, place", [
    ("游客漫步青石湖畔赏花", "青石湖畔", "青石湖"),
    ("新店开在白沙路东侧", "白沙路东", "白沙路"),
    ("湖南客商来访", "湖南", "湖南"),  # a name of two characters keeps its last one
])
def test_position_tails_leave_the_place(text, printed, place):
    doc = doc_with(text, [(printed, "PLACE")])
    assert (place, "PLACE") in found(run(doc))
    assert (printed, "PLACE") in found(run(doc_with(text, [(printed, "PLACE")]), disabled=["position_tails"]))


def test_delegations_of_a_division_are_mentions_of_the_division():
    text = "青山市党政代表团到白水县考察，古川代表团、沛县考察团同行"
    ents = [("青山市党政代表团", "ORG"), ("白水县", "PLACE"), ("古川代表团", "ORG"), ("沛县考察团", "ORG")]
    assert {("青山市", "PLACE"), ("古川代表团", "ORG"), ("沛县", "PLACE")} <= found(run(doc_with(text, ents)))
    assert ("青山市党政代表团", "ORG") in found(run(doc_with(text, ents), disabled=["delegations"]))
    short = run(doc_with("湛江党政代表团到访", [("湛江党政代表团", "ORG")]))  # a city's short name
    assert found(short) == {("湛江", "PLACE")}


def test_a_division_read_as_a_person_before_its_body_is_a_place():
    text = "石滩村党支部书记冯刚说"
    ents = [("石滩村", "PERSON"), ("冯刚", "PERSON")]
    doc = run(doc_with(text, ents))
    assert ("石滩村", "PLACE") in found(doc) and titles(doc, "冯刚") == [("村党支部书记", "石滩村党支部")]
    assert ("石滩村", "PERSON") in found(run(doc_with(text, ents), disabled=["places_before_bodies"]))
    assert ("白石岭村", "PLACE") in found(run(doc_with("走进白石岭村，", [("白石岭村", "PERSON")])))  # a village anywhere
    assert ("王镇", "PERSON") in found(run(doc_with("王镇说，", [("王镇", "PERSON")])))  # a name ending in 镇 stays


def test_split_names_join_a_surname_read_as_a_person_of_its_own():
    text = "县委书记时荣芬带队调研"
    ents = [("时", "PERSON"), ("荣芬", "PERSON")]
    assert ("时荣芬", "PERSON") in found(run(doc_with(text, ents)))
    assert ("时荣芬", "PERSON") not in found(run(doc_with(text, ents), disabled=["split_names"]))
    assert ("王力平安", "PERSON") not in found(run(doc_with("王力平安出席", [("王力", "PERSON"), ("平安", "PERSON")])))  # two names


def test_names_before_semicolons_in_a_list_of_leaders():
    text = "市长方立，市政协主席游开山；县委书记石岩"
    words = [("市长", "n"), ("方立", "PER"), ("，", "w"), ("市政协", "ORG"), ("主席", "n"), ("游", "v"),
             ("开山", "v"), ("；", "w"), ("县委书记", "n"), ("石岩", "PER")]
    ents = [("方立", "PERSON"), ("市政协", "ORG"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert ("游开山", "PERSON") in found(doc)
    assert titles(doc, "游开山") == [("市政协主席", "市政协")]
    off = ["names_before_semicolons", "paused_names_after_titles"]  # the last reads any list's pause
    assert ("游开山", "PERSON") not in found(run(doc_with(text, ents, words), disabled=off))


def test_host_committees_name_the_company_for_its_posts_and_committee_posts_keep_the_committee():
    text = "青山重工集团公司党委书记、董事长方立出席"
    ents = [("青山重工集团公司", "ORG"), ("方立", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("党委书记", "青山重工集团公司党委"), ("董事长", "青山重工集团公司")]
    hosts = run(doc_with(text, ents), disabled=["committee_posts"])
    assert titles(hosts, "方立") == [("党委书记", "青山重工集团公司"), ("董事长", "青山重工集团公司")]
    off = run(doc_with(text, ents), disabled=["host_committees", "posts_outside_committees"])
    assert titles(off, "方立")[1] == ("董事长", "青山重工集团公司党委")
    text = "青山县公安局党委委员、交警大队大队长方立、政治教导员石岩参加"  # police units and ranks
    doc = run(doc_with(text, [("青山县公安局", "ORG"), ("方立", "PERSON"), ("石岩", "PERSON")]))
    assert titles(doc, "方立") == [("党委委员", "青山县公安局党委"), ("大队长", "交警大队")]
    assert titles(doc, "石岩") == [("政治教导员", "交警大队")]
    text = "青山县公安局党委书记、局长何静出席"  # a bureau hosts its committee too
    doc = run(doc_with(text, [("青山县公安局", "ORG"), ("何静", "PERSON")]))
    assert titles(doc, "何静") == [("党委书记", "青山县公安局党委"), ("局长", "青山县公安局")]
    text = "青山学院党委副书记、纪委书记何静出席"  # the host's discipline committee, not the paper's
    doc = run(doc_with(text, [("青山学院", "ORG"), ("何静", "PERSON")]))
    assert titles(doc, "何静") == [("党委副书记", "青山学院党委"), ("纪委书记", "青山学院纪委")]


def test_short_company_names_merge_with_the_one_full_name():
    from kg.lexicons import Lexicons
    from kg.resolve import Resolver
    from kg.model import Home
    resolver = Resolver(Home("青山市", ""), Lexicons.load())
    for name in ("青山重工集团公司", "青山重工公司", "白水三局集团公司", "白水三局", "市政府"):
        resolver.counts[("ORG", name)] += 1
    resolver.merge()
    assert resolver.canonical("ORG", "青山重工公司") == ("ORG", "青山重工集团公司")
    assert resolver.canonical("ORG", "白水三局") == ("ORG", "白水三局集团公司")
    assert resolver.canonical("ORG", "市政府") == ("ORG", "市政府")


def test_shared_body_characters_and_chained_departments():
    text = "区委副书记、组织部长方立，县公安局长石岩出席"
    ents = [("方立", "PERSON"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("区委副书记", "区委"), ("组织部长", "区委组织部")]
    assert titles(doc, "石岩") == [("县公安局长", "县公安局")]
    off = run(doc_with(text, ents), disabled=["shared_body_characters"])
    assert titles(off, "方立")[-1][1] != "区委组织部"
    unchained = run(doc_with(text, ents), disabled=["chained_departments"])
    assert titles(unchained, "方立")[-1] == ("市委组织部长", "市委组织部")


def test_named_offices_and_party_groups_inside_a_name():
    text = "省交通运输厅党组成员、副厅长、省珠江口办主任游开山调研"
    ents = [("省交通运输厅党组", "ORG"), ("珠江口", "PLACE"), ("游开山", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "游开山") == [("党组成员", "省交通运输厅党组"), ("副厅长", "省交通运输厅"),
                                  ("主任", "省珠江口办")]
    off = run(doc_with(text, ents), disabled=["named_offices"])
    assert ("主任", "省珠江口办") not in titles(off, "游开山")


def test_list_shared_orgs_and_comma_title_lists():
    text = "青山县茶叶协会会长方立、秘书长石岩，白水日报社社长，白水报业集团董事长游开山出席"
    ents = [("青山县茶叶协会", "ORG"), ("方立", "PERSON"), ("石岩", "PERSON"), ("白水日报社", "ORG"),
            ("白水报业集团", "ORG"), ("游开山", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "石岩") == [("秘书长", "青山县茶叶协会")]
    assert titles(doc, "游开山") == [("社长", "白水日报社"), ("董事长", "白水报业集团")]
    assert titles(run(doc_with(text, ents), disabled=["list_shared_orgs"]), "石岩") == [("秘书长", "")]
    assert titles(run(doc_with(text, ents), disabled=["comma_title_lists"]), "游开山") == [("董事长", "白水报业集团")]


def test_host_committee_titles_keep_the_paper_and_its_titles():
    text = "白水日报社党委书记、总编方立说"
    ents = [("白水日报社党委", "ORG"), ("方立", "PERSON")]
    doc = run(doc_with(text, ents))
    assert ("白水日报社", "ORG") in found(doc)
    assert titles(doc, "方立") == [("党委书记", "白水日报社党委"), ("总编", "白水日报社")]
    assert ("白水日报社党委", "ORG") in found(run(doc_with(text, ents), disabled=["host_committee_titles"]))


def test_division_org_relabel_names_the_government():
    text = "青山市副市长方立在会上讲话"
    ents = [("青山市", "ORG"), ("方立", "PERSON")]
    doc = run(doc_with(text, ents))
    assert ("青山市", "PLACE") in found(doc)
    assert titles(doc, "方立") == [("副市长", "青山市政府")]
    assert ("青山市", "ORG") in found(run(doc_with(text, ents), disabled=["division_org_relabel"]))


def test_names_tagged_as_verbs_and_names_over_places():
    text = "副市长游开山，秘书长宫青山分别陪同"
    words = [("副市长", "n"), ("游开山", "v"), ("，", "w"), ("秘书长", "n"), ("宫", "PER"), ("青山", "LOC"),
             ("分别", "d"), ("陪同", "v")]
    ents = [("宫", "PERSON"), ("青山", "PLACE")]
    doc = run(doc_with(text, ents, words))
    assert {("游开山", "PERSON"), ("宫青山", "PERSON")} <= found(doc)
    off = ["names_tagged_as_verbs", "paused_names_after_titles"]  # the last reads one word before a titled name too
    assert ("游开山", "PERSON") not in found(run(doc_with(text, ents, words), disabled=off))
    assert ("宫青山", "PERSON") not in found(run(doc_with(text, ents, words), disabled=["names_over_places"]))


def test_places_carried_from_leaders_to_bare_bodies():
    text = "三明市领导方立、石岩，市委秘书长游开山参加"
    ents = [("三明市", "PLACE"), ("方立", "PERSON"), ("石岩", "PERSON"), ("游开山", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "游开山") == [("市委秘书长", "三明市委")]
    assert titles(run(doc_with(text, ents), disabled=["places_carried_from_leaders"]), "游开山") == [("市委秘书长", "市委")]


def test_a_county_paper_home_qualifies_county_bodies():
    from kg.lexicons import Lexicons
    from kg.model import Home
    from kg.resolve import ArticleContext
    lex = Lexicons.load()
    context = ArticleContext(Home("青山县", ""), {}, lex.level_of("青山县"))
    assert context.place_for("county") == "青山县"  # 我县, 县委 in a county paper
    assert ArticleContext(Home("青山市", ""), {}, lex.level_of("青山市")).place_for("county") == ""


def test_a_county_paper_names_its_own_bodies_and_its_city_above_it():
    from collections import Counter
    from kg.lexicons import Lexicons
    from kg.model import Home
    from kg.records import Article, ArticleMentions, Mention
    from kg.resolve import ArticleContext
    lex = Lexicons.load()
    article = Article("p.txt", "", "article", "", (), (), ())
    visitor = ArticleMentions(article, (Mention("开州区", "PLACE", 0, 0, 3),))
    context = ArticleContext.of(visitor, Home("潼南区", "重庆市"), lex)
    assert context.place_for("district") == "潼南区"  # 区委 in a 潼南区 paper, whichever district visits
    assert context.place_for("city") == "重庆市"  # 市委: the city above the district
    assert ArticleContext.of(visitor, Home("茂名市", "广东省"), lex).places == {"district": Counter({"开州区": 1})}


def test_hosts_listed_before_the_last_name_of_the_clause_keep_the_papers_place():
    text = "白水县县委书记方立带领考察团来我县考察，县委副书记、县长石岩，县领导王平、任力陪同"
    ents = [("白水县县委", "ORG"), ("方立", "PERSON"), ("石岩", "PERSON"), ("王平", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("县委书记", "白水县县委")]
    assert titles(doc, "石岩") == [("县委副书记", "县委"), ("县长", "县政府")]
    off = run(doc_with(text, ents), disabled=["hosts_stay_home"])
    assert titles(off, "石岩") == [("县委副书记", "白水县委"), ("县长", "白水县政府")]


def test_a_host_who_accompanies_visitors_keeps_the_papers_place():
    text = "开州区人大常委会副主任方立率考察组前往柏梓镇调研，区人大常委会副主任石岩陪同"
    ents = [("开州区人大常委会", "ORG"), ("方立", "PERSON"), ("柏梓镇", "PLACE"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "石岩") == [("区人大常委会副主任", "区人大常委会")]
    off = run(doc_with(text, ents), disabled=["hosts_stay_home"])
    assert titles(off, "石岩") == [("区人大常委会副主任", "开州区人大常委会")]
    hosts = "省委常委、曲靖市委书记方立陪同考察，曲靖市委副书记、市长石岩陪同"
    doc = run(doc_with(hosts, [("曲靖市委", "ORG"), ("方立", "PERSON"), ("曲靖市委", "ORG"), ("石岩", "PERSON")]))
    assert titles(doc, "石岩")[-1] == ("市长", "曲靖市政府")


def test_joined_bodies_split_two_bodies_the_backbone_printed_apart_and_a_place_before_them():
    doc = doc_with("区委区政府高度重视", [("区委", "ORG"), ("区政府", "ORG")],
                   [("区委", "ORG"), ("区政府", "ORG"), ("高度", "d"), ("重视", "v")])
    assert {("区委", "ORG"), ("区政府", "ORG")} <= found(run(doc.copy()))
    assert ("区委区政府", "ORG") in found(run(doc.copy(), disabled=["joined_bodies"]))
    doc = doc_with("青川省委省政府作出部署", [("青川省委省政府", "ORG")])
    assert {("青川省委", "ORG"), ("省政府", "ORG")} <= found(run(doc.copy()))


def test_road_segments_split_a_place_run_over_a_section():
    doc = doc_with("新建河口至柳塘段石门隧道", [("河口至柳塘段石门", "PLACE")],
                   [("新建", "v"), ("河口至柳塘段石门", "LOC"), ("隧道", "n")])
    assert {("河口", "PLACE"), ("柳塘", "PLACE"), ("石门隧道", "PLACE")} <= found(run(doc.copy()))
    assert ("河口", "PLACE") not in found(run(doc.copy(), disabled=["road_segments"]))


def test_place_trailing_words_drop_a_section_mark():
    doc = doc_with("高速公路柳塘段通车", [("柳塘段", "PLACE")], [("高速公路", "n"), ("柳塘段", "LOC"), ("通车", "v")])
    assert ("柳塘", "PLACE") in found(run(doc))


def test_road_names_take_graded_roads_expressways_and_substations():
    doc = doc_with("S306青禾一级公路连接南沿溪一级公路", [("沿溪", "PLACE")],
                   [("S306青禾", "nz"), ("一级", "m"), ("公路", "n"), ("连接", "v"), ("南", "f"), ("沿溪", "LOC"),
                    ("一级", "m"), ("公路", "n")])
    assert {("青禾一级公路", "PLACE"), ("南沿溪一级公路", "PLACE")} <= found(run(doc.copy()))
    assert ("青禾一级公路", "PLACE") not in found(run(doc.copy(), disabled=["road_names"]))
    doc = doc_with("前往梅桐高速河口至柳塘段", [("河口", "PLACE"), ("柳塘段", "PLACE")],
                   [("前往", "v"), ("梅桐", "nz"), ("高速", "a"), ("河口", "LOC"), ("至", "v"), ("柳塘段", "LOC")])
    assert ("梅桐高速", "PLACE") in found(run(doc.copy()))
    doc = doc_with("110千伏红岭变投运", [], [("110千伏", "m"), ("红岭", "n"), ("变", "v"), ("投运", "v")])
    assert ("红岭变", "PLACE") in found(run(doc.copy()))


def test_road_names_leave_speed_and_countries_railways_alone():
    doc = doc_with("经济高速发展", [], [("经济", "n"), ("高速", "d"), ("发展", "v")])
    assert not found(run(doc.copy()))
    doc = doc_with("青川国铁路里程增长", [("青川国", "PLACE")],
                   [("青川国", "LOC"), ("铁路", "n"), ("里程", "n"), ("增长", "v")])
    assert ("青川国铁路", "PLACE") not in found(run(doc.copy()))
    doc = doc_with("220千伏线路改变走向", [], [("220千伏", "m"), ("线路", "n"), ("改变", "v"), ("走向", "n")])
    assert not found(run(doc.copy()))


def test_long_facility_names_take_a_site_named_after_a_person():
    doc = doc_with("参观王振华纪念园和李德明故居", [("王振华", "PERSON"), ("李德明故居", "PERSON")],
                   [("参观", "v"), ("王振华", "PER"), ("纪念园", "n"), ("和", "c"), ("李德明故居", "PER")])
    assert {("王振华纪念园", "PLACE"), ("李德明故居", "PLACE")} <= found(run(doc.copy()))
    assert ("王振华纪念园", "PLACE") not in found(run(doc.copy(), disabled=["long_facility_names"]))


def test_facility_names_leave_a_division_before_another_name():
    doc = doc_with("来到青川县王振华纪念园", [("青川县", "PLACE"), ("王振华", "PLACE")],
                   [("来到", "v"), ("青川县", "LOC"), ("王振华", "LOC"), ("纪念园", "n")])
    assert {("青川县", "PLACE"), ("王振华纪念园", "PLACE")} <= found(run(doc.copy()))


def test_facilities_over_verbs_stop_at_another_name():
    doc = doc_with("河口至柳塘隧道", [("河口", "PLACE"), ("柳塘", "PLACE")],
                   [("河口", "LOC"), ("至", "v"), ("柳塘", "LOC"), ("隧道", "n")])
    assert ("河口至柳塘隧道", "PLACE") not in found(run(doc.copy()))
    assert ("柳塘隧道", "PLACE") in found(run(doc.copy()))


def test_body_abbreviations_of_a_prefecture():
    doc = doc_with("州委和州政府联合调研", [], [("州委", "n"), ("和", "c"), ("州政府", "n"), ("联合", "vd"), ("调研", "v")])
    assert {("州委", "ORG"), ("州政府", "ORG")} <= found(run(doc.copy()))
    assert ("州委", "ORG") not in found(run(doc.copy(), disabled=["body_abbreviations"]))


def test_a_surname_read_as_a_function_word_after_a_title():
    text = "县委副书记、县长曾平原，县委常委方立参加"
    words = [("县委", "ORG"), ("副书记", "n"), ("、", "w"), ("县长", "n"), ("曾", "d"), ("平原", "n"), ("，", "w"),
             ("县委", "n"), ("常委", "n"), ("方立", "PER"), ("参加", "v")]
    ents = [("方立", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert ("曾平原", "PERSON") in found(doc)
    assert titles(doc, "曾平原") == [("县委副书记", "县委"), ("县长", "县政府")]
    assert ("曾平原", "PERSON") not in found(run(doc_with(text, ents, words), disabled=["names_after_function_words"]))
    text = "三级调研员于青禾一行到县"  # the given name the backbone read as a person, before what follows names
    words = [("三级", "m"), ("调研员", "n"), ("于", "p"), ("青禾", "PER"), ("一行", "m"), ("到", "v"), ("县", "n")]
    doc = run(doc_with(text, [("青禾", "PERSON")], words))
    assert ("于青禾", "PERSON") in found(doc) and ("青禾", "PERSON") not in found(doc)


def test_a_surname_read_as_a_function_word_before_a_one_character_given_name():
    text = "市人大常委会主任于兵，区领导和市、区部门负责人参加"
    words = [("市人大常委会", "ORG"), ("主任", "n"), ("于", "p"), ("兵", "n"), ("，", "w"), ("区", "n"), ("领导", "n"),
             ("和", "c"), ("市", "n"), ("、", "w"), ("区", "n"), ("部门", "n"), ("负责人", "n"), ("参加", "v")]
    result = found(run(doc_with(text, [("市人大常委会", "ORG")], words)))
    assert ("于兵", "PERSON") in result and ("和市", "PERSON") not in result  # 市: a level, no given name


def test_a_surname_read_as_a_function_word_before_any_character_and_the_next_name_of_a_list():
    text = "县人大常委会副主任曾能、潘思远参加"
    words = [("县人大常委会", "ORG"), ("副主任", "n"), ("曾", "d"), ("能", "v"), ("、", "w"), ("潘思远", "PER"), ("参加", "v")]
    ents = [("县人大常委会", "ORG"), ("潘思远", "PERSON")]
    assert {("曾能", "PERSON"), ("潘思远", "PERSON")} <= found(run(doc_with(text, ents, words)))
    assert ("曾能", "PERSON") not in found(run(doc_with(text, ents, words), disabled=["names_after_function_words"]))


def test_a_function_word_before_an_adjective_is_no_surname():
    text = "副县长都认真，方立讲话"
    words = [("副县长", "n"), ("都", "d"), ("认真", "a"), ("，", "w"), ("方立", "PER"), ("讲话", "v")]
    assert found(run(doc_with(text, [("方立", "PERSON")], words))) == {("方立", "PERSON")}


def test_a_list_closed_by_a_head_count_gives_each_name_the_title():
    text = "会上，方立、石岩、宫青山3名委员作大会发言"
    ents = [("方立", "PERSON"), ("石岩", "PERSON"), ("宫青山", "PERSON")]
    doc = run(doc_with(text, ents))
    assert all(titles(doc, name) == [("委员", "")] for name in ("方立", "石岩", "宫青山"))
    doc = run(doc_with("方立、石岩等两位市人大代表发言", ents[:2]))
    assert titles(doc, "石岩") == [("市人大代表", "市人民代表大会")]
    assert titles(run(doc_with(text, ents), disabled=["counted_lists"]), "方立") == []


def test_a_dotted_name_cut_inside_its_last_part_is_whole():
    text = "县人大常委会主任吐尔逊·买买提江、县政协主席古丽·阿依以及代表视察"
    words = [("县人大常委会", "ORG"), ("主任", "n"), ("吐尔逊", "PER"), ("·", "w"), ("买买", "PER"), ("提", "v"),
             ("江", "LOC"), ("、", "w"), ("县政协", "ORG"), ("主席", "n"), ("古丽·阿依", "PER"), ("以及", "c")]
    ents = [("县人大常委会", "ORG"), ("吐尔逊", "PERSON"), ("买买", "PERSON"), ("县政协", "ORG"), ("古丽·阿依", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert {("吐尔逊·买买提江", "PERSON"), ("古丽·阿依", "PERSON")} <= found(doc)
    off = ["dotted_name_tails", "transcribed_tails", "dotted_names_after_titles"]  # the last reads it after its title too
    assert ("吐尔逊·买买", "PERSON") in found(run(doc_with(text, ents, words), disabled=off))
    sister = "他是马克·卢布的妹妹，当时"
    doc = run(doc_with(sister, [("马克·卢布", "PERSON")], [("他", "r"), ("是", "v"), ("马克·卢布", "PER"), ("的", "u"),
                                                         ("妹妹", "n"), ("，", "w")]))
    assert ("马克·卢布", "PERSON") in found(doc)
    said = "古丽·阿依表示，要加强"
    doc = run(doc_with(said, [("古丽·阿依", "PERSON")], [("古丽·阿依", "PER"), ("表示", "v"), ("，", "w")]))
    assert ("古丽·阿依", "PERSON") in found(doc)
    one = "县长吐尔逊·买买提江等陪同"  # one character after the dot is no last part, even before 等
    doc = run(doc_with(one, [("吐尔逊·买", "PERSON")], [("县长", "n"), ("吐尔逊·买", "PER"), ("买提江", "v"), ("等", "u")]))
    assert ("吐尔逊·买买提江", "PERSON") in found(doc)
    ended = "村长古丽·如则阿依汇报"  # the backbone ended the name at its dot, and found its tail as another
    doc = run(doc_with(ended, [("古丽·", "PERSON"), ("阿依", "PERSON")],
                       [("村长", "n"), ("古丽·", "PER"), ("如", "c"), ("则", "c"), ("阿依", "PER"), ("汇报", "v")]))
    assert ("古丽·如则阿依", "PERSON") in found(doc)


def test_a_city_the_backbone_cut_after_its_first_character_is_one_place():
    text = "四川省内江市顺河镇冷家村"
    words = [("四川省", "LOC"), ("内", "LOC"), ("江市", "LOC"), ("顺河镇", "LOC"), ("冷家村", "LOC")]
    ents = [("四川省", "PLACE"), ("内", "PLACE"), ("江市", "PLACE"), ("顺河镇", "PLACE"), ("冷家村", "PLACE")]
    assert {("内江市", "PLACE"), ("顺河镇", "PLACE")} <= found(run(doc_with(text, ents, words)))
    assert ("江市", "PLACE") in found(run(doc_with(text, ents, words), disabled=["cut_city_names"]))


def test_a_county_the_backbone_cut_after_its_first_character_is_one_place():
    text = "青石市蒸湘区召开会议"
    words = [("青石市", "LOC"), ("蒸", "v"), ("湘区", "LOC"), ("召开", "v"), ("会议", "n")]
    ents = [("青石市", "PLACE"), ("湘区", "PLACE")]
    assert ("蒸湘区", "PLACE") in found(run(doc_with(text, ents, words)))
    assert ("湘区", "PLACE") in found(run(doc_with(text, ents, words), disabled=["cut_city_names"]))
    text = "工作队抵达昌都类乌齐县"  # the city before took the county's first character
    ents = [("昌都类", "PLACE"), ("乌齐县", "PLACE")]
    assert found(run(doc_with(text, ents))) == {("昌都", "PLACE"), ("类乌齐县", "PLACE")}


def test_a_county_s_body_the_backbone_cut_after_its_first_character_is_one_organisation():
    text = "离石区委副书记李明出席"
    words = [("离", "v"), ("石区委", "ORG"), ("副书记", "n"), ("李明", "PER"), ("出席", "v")]
    ents = [("石区委", "ORG"), ("李明", "PERSON")]
    assert ("离石区委", "ORG") in found(run(doc_with(text, ents, words)))
    assert ("石区委", "ORG") in found(run(doc_with(text, ents, words), disabled=["cut_city_names"]))


def test_a_listed_name_of_a_rare_surname_between_two_names():
    text = "区领导方立、篮挺佳、石岩参加"
    words = [("区领导", "n"), ("方立", "PER"), ("、", "w"), ("篮", "n"), ("挺佳", "a"), ("、", "w"), ("石岩", "PER")]
    ents = [("方立", "PERSON"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert titles(doc, "篮挺佳") == [("区领导", "")]
    assert ("篮挺佳", "PERSON") not in found(run(doc_with(text, ents, words), disabled=["listed_rare_surnames"]))


def test_a_body_whose_title_no_name_holds_is_an_organisation():
    text = "市委书记方立，市中级人民法院院长，市人民检察院检察长，市直单位负责人在主席台就座"
    ents = [("市委", "ORG"), ("方立", "PERSON"), ("市中级人民法院", "ORG"), ("市人民检察院", "ORG")]
    result = found(run(doc_with(text, ents)))
    assert {("市中级人民法院", "ORG"), ("市人民检察院", "ORG")} <= result and ("市委", "ORG") not in result


def test_an_assembly_printed_with_its_short_term_is_one_organisation():
    text = "参加市六届人大一次会议，白沙县十七届人大常委会召开"
    ents = [("人大", "ORG"), ("白沙县", "PLACE"), ("人大常委会", "ORG")]
    result = found(run(doc_with(text, ents)))
    assert {("市六届人大", "ORG"), ("白沙县十七届人大常委会", "ORG")} <= result
    assert ("市六届人大", "ORG") not in found(run(doc_with(text, ents), disabled=["session_bodies"]))


def test_a_body_named_with_its_term_is_one_organisation():
    text = "政协第七届青川市委员会第二次会议开幕，代表出席白沙县第十届人民代表大会"
    ents = [("政协", "ORG"), ("青川市委员会", "ORG"), ("白沙县", "PLACE")]
    result = found(run(doc_with(text, ents)))
    assert {("政协第七届青川市委员会", "ORG"), ("白沙县第十届人民代表大会", "ORG")} <= result
    assert ("青川市委员会", "ORG") in found(run(doc_with(text, ents), disabled=["session_bodies"]))
    standing = "政协白沙县第九届委员会常务委员会会议召开"
    assert ("政协白沙县第九届委员会常务委员会", "ORG") in found(run(doc_with(standing, [("白沙县", "PLACE")])))


def test_a_site_the_backbone_took_for_an_organisation_is_a_place():
    text = "参观了青川县博物馆和白沙现代食品产业园"
    ents = [("青川县博物馆", "ORG"), ("白沙现代食品产业园", "ORG")]
    assert found(run(doc_with(text, ents))) == {("青川县博物馆", "PLACE"), ("白沙现代食品产业园", "PLACE")}
    assert ("青川县博物馆", "ORG") in found(run(doc_with(text, ents), disabled=["site_relabel"]))
    assert found(run(doc_with("入住青川宾馆", [("青川宾馆", "ORG")]))) == {("青川宾馆", "ORG")}


def test_an_organisation_cut_before_its_head_word_takes_it():
    text = "被青川自然医学会认定，市政府会加强监管"
    words = [("被", "p"), ("青川自然医学", "ORG"), ("会", "v"), ("认定", "v"), ("，", "w"), ("市政府", "ORG"),
             ("会", "v"), ("加强", "v"), ("监管", "vn")]
    ents = [("青川自然医学", "ORG"), ("市政府", "ORG")]
    assert found(run(doc_with(text, ents, words))) == {("青川自然医学会", "ORG"), ("市政府", "ORG")}
    assert ("青川自然医学", "ORG") in found(run(doc_with(text, ents, words), disabled=["org_heads"]))


def test_a_business_named_after_its_owner_or_brand_is_one_organisation_and_no_person():
    text = "座谈会上，方华种植家庭农场、青禾食用菌种植合作社负责人发言，石岩走进合作社"
    words = [("座谈会", "n"), ("上", "f"), ("，", "w"), ("方华", "PER"), ("种植", "v"), ("家庭", "n"), ("农场", "n"),
             ("、", "w"), ("青禾食用菌种植", "nz"), ("合作社", "n"), ("负责人", "n"), ("发言", "v"), ("，", "w"),
             ("石岩", "PER"), ("走进", "v"), ("合作社", "n")]
    ents = [("方华", "PERSON"), ("石岩", "PERSON")]
    got = found(run(doc_with(text, ents, words)))
    assert got == {("方华种植家庭农场", "ORG"), ("青禾食用菌种植合作社", "ORG"), ("石岩", "PERSON")}
    assert ("方华", "PERSON") in found(run(doc_with(text, ents, words), disabled=["owned_businesses"]))


def test_a_brand_and_a_trade_closed_by_a_pause_are_a_company():
    text = "走访了青禾嘉晋鞋业、方华鞋业和湛江食品展"
    words = [("走访", "v"), ("了", "u"), ("青禾", "ORG"), ("嘉晋", "LOC"), ("鞋业", "n"), ("、", "w"), ("方华", "PER"),
             ("鞋业", "n"), ("和", "c"), ("湛江", "LOC"), ("食品", "n"), ("展", "n")]
    ents = [("青禾", "ORG"), ("嘉晋", "PLACE"), ("方华", "PERSON"), ("湛江", "PLACE")]
    result = found(run(doc_with(text, ents, words)))
    assert {("青禾嘉晋鞋业", "ORG"), ("方华鞋业", "ORG"), ("湛江", "PLACE")} <= result
    assert ("方华", "PERSON") in found(run(doc_with(text, ents, words), disabled=["company_trades"]))
    city = found(run(doc_with("湛江食品，畅销全国", [("湛江", "PLACE")], [("湛江", "LOC"), ("食品", "n"), ("，", "w")])))
    assert city == {("湛江", "PLACE")}
    text = "走访了青业智能家居、方华鞋业"
    words = [("走访", "v"), ("了", "u"), ("青业", "ORG"), ("智能", "n"), ("家居", "n"), ("、", "w"), ("方华鞋业", "PER")]
    result = found(run(doc_with(text, [("青业", "ORG"), ("方华鞋业", "PERSON")], words)))
    assert result == {("青业智能家居", "ORG"), ("方华鞋业", "ORG")}


def test_a_zone_takes_the_whole_name_before_it():
    text = "考察青禾半岛高端产业集聚区和白沙综合保税区"
    words = [("考察", "v"), ("青禾半岛", "LOC"), ("高端", "a"), ("产业", "n"), ("集聚区", "n"), ("和", "c"),
             ("白沙", "LOC"), ("综合保税区", "n")]
    ents = [("青禾半岛", "PLACE"), ("白沙", "PLACE")]
    result = found(run(doc_with(text, ents, words)))
    assert {("青禾半岛高端产业集聚区", "PLACE"), ("白沙综合保税区", "PLACE")} <= result
    assert ("青禾半岛", "PLACE") in found(run(doc_with(text, ents, words), disabled=["long_facility_names"]))


def test_a_two_character_name_taken_for_a_verb_after_a_title():
    text = "市委副书记、市长包鸣，市长强调，要抓落实"
    words = [("市委", "ORG"), ("副书记", "n"), ("、", "w"), ("市长", "n"), ("包鸣", "v"), ("，", "w"), ("市长", "n"),
             ("强调", "v"), ("，", "w"), ("要", "v"), ("抓", "v"), ("落实", "v")]
    result = found(run(doc_with(text, [("市委", "ORG")], words)))
    assert ("包鸣", "PERSON") in result and ("强调", "PERSON") not in result
    assert ("包鸣", "PERSON") not in found(run(doc_with(text, [("市委", "ORG")], words), disabled=["names_tagged_as_verbs"]))
    noticed = doc_with("引起记者关注，并进行采访", [], [("引起", "v"), ("记者", "n"), ("关注", "v"), ("，", "w")])
    assert not found(run(noticed))
    text = "市政协副主席赖平以及相关部门领导陪同"  # 以及 closes the name as punctuation does
    words = [("市政协", "ORG"), ("副主席", "n"), ("赖平", "v"), ("以及", "c"), ("相关", "vn"), ("部门", "n")]
    assert ("赖平", "PERSON") in found(run(doc_with(text, [("市政协", "ORG")], words)))


def test_a_three_character_name_taken_for_a_verb_before_de_or_another_verb():
    text = "在副县长包鸣远的陪同下，市长韩立新回答提问，书记强调指出"
    words = [("在", "p"), ("副县长", "n"), ("包鸣远", "v"), ("的", "u"), ("陪同", "vn"), ("下", "f"), ("，", "w"),
             ("市长", "n"), ("韩立新", "v"), ("回答", "v"), ("提问", "vn"), ("，", "w"), ("书记", "n"),
             ("强调指", "v"), ("出", "v")]
    result = found(run(doc_with(text, [], words)))
    assert {("包鸣远", "PERSON"), ("韩立新", "PERSON")} <= result and ("强调指", "PERSON") not in result
    assert not found(run(doc_with(text, [], words), disabled=["names_tagged_as_verbs"]))


def test_a_name_cut_before_its_last_character_after_a_title():
    text = "县委书记谢宏有、县委副书记方立说，要抓落实"
    words = [("县委书记", "n"), ("谢宏", "PER"), ("有", "v"), ("、", "w"), ("县委", "ORG"), ("副书记", "n"),
             ("方立", "PER"), ("说", "v"), ("，", "w")]
    ents = [("谢宏", "PERSON"), ("县委", "ORG"), ("方立", "PERSON")]
    result = found(run(doc_with(text, ents, words)))
    assert ("谢宏有", "PERSON") in result and ("方立", "PERSON") in result
    off = ["names_cut_short", "paused_names_after_titles"]  # the last reads a name cut before a titled name too
    assert ("谢宏", "PERSON") in found(run(doc_with(text, ents, words), disabled=off))


def test_bare_titles_after_commas_share_the_body_of_the_run():
    text = "市政协主席方立，副主席石岩、宫青山，党组成员何静，秘书长邹明在主席台就座"
    ents = [("方立", "PERSON"), ("石岩", "PERSON"), ("宫青山", "PERSON"), ("何静", "PERSON"), ("邹明", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "宫青山") == [("副主席", "市政协")]
    assert titles(doc, "何静") == [("党组成员", "市政协党组")]
    assert titles(doc, "邹明") == [("秘书长", "市政协")]
    assert titles(run(doc_with(text, ents), disabled=["comma_shared_orgs"]), "邹明") == [("秘书长", "")]
    text = "九三学社市委主委、市政协副主席刘君，副主委冯永明、王淑华，秘书长孙德明出席"  # the body of the same post
    ents = [("九三学社市委", "ORG"), ("刘君", "PERSON"), ("冯永明", "PERSON"), ("王淑华", "PERSON"), ("孙德明", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "王淑华") == [("副主委", "九三学社市委")] and titles(doc, "孙德明") == [("秘书长", "九三学社市委")]


def test_section_heads_name_the_section_of_the_organisation_before():
    text = "省民委财务处副处长方立、青山县科协科长何静出席"
    ents = [("省民委", "ORG"), ("方立", "PERSON"), ("青山县科协", "ORG"), ("何静", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("财务处副处长", "省民委财务处")]
    assert titles(doc, "何静")[0][1] == "青山县科协"  # no section between: the organisation's own
    assert titles(run(doc_with(text, ents), disabled=["section_heads"]), "方立") != [("财务处副处长", "省民委财务处")]


def test_committee_hosts_in_words_name_the_committee():
    text = "茶叶协会会长、青茶产业链联合党委书记方立和新当选的党委书记何静出席"
    ents = [("茶叶协会", "ORG"), ("方立", "PERSON"), ("何静", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("会长", "茶叶协会"), ("党委书记", "青茶产业链联合党委")]
    assert titles(doc, "何静")[0][1] != "新当选的党委"  # a clause, no name
    off = run(doc_with(text, ents), disabled=["committee_hosts_in_words"])
    assert titles(off, "方立")[-1][1] != "青茶产业链联合党委"
    text = "来校交流，受到党委常委、副校长方立接待"  # a verb before the committee: who was received, no host
    words = [("来", "v"), ("校", "n"), ("交流", "v"), ("，", "w"), ("受到", "v"), ("党委", "n"), ("常委", "n"), ("、", "w"),
             ("副校长", "n"), ("方立", "PER"), ("接待", "v")]
    assert all(not org.startswith("受到") for _, org in titles(run(doc_with(text, [("方立", "PERSON")], words)), "方立"))


def test_home_governments_and_work_committees_in_titles():
    text = "我市副市长方立、市委“两新”工委书记何静出席"
    ents = [("我市", "PLACE"), ("方立", "PERSON"), ("何静", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("副市长", "市政府")]
    assert titles(doc, "何静")[0][1] == "市委“两新”工委"
    assert titles(run(doc_with(text, ents), disabled=["home_governments"]), "方立") == [("副市长", "我市政府")]


def test_a_bare_title_joined_by_and_shares_the_body_of_the_run():
    text = "县政协副主席方立、石岩及秘书长邹明参加，市委书记何静和市长宫青山出席"
    ents = [("方立", "PERSON"), ("石岩", "PERSON"), ("邹明", "PERSON"), ("何静", "PERSON"), ("宫青山", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "邹明") == [("秘书长", "县政协")]
    assert titles(doc, "宫青山") == [("市长", "市政府")]  # a title that names its own body keeps it
    assert titles(run(doc_with(text, ents), disabled=["conjunction_shared_orgs"]), "邹明") == [("秘书长", "")]


def test_a_village_glued_to_the_company_after_it_is_a_place_of_its_own():
    text = "南湾村山东青禾纺织有限公司、北湾村党支部、青禾镇实验小学"
    ents = [("南湾村山东青禾纺织有限公司", "PLACE"), ("北湾村党支部", "ORG"), ("青禾镇实验小学", "ORG")]
    result = found(run(doc_with(text, ents)))
    assert {("南湾村", "PLACE"), ("山东青禾纺织有限公司", "ORG"), ("北湾村党支部", "ORG")} <= result
    assert ("青禾镇实验小学", "ORG") in result  # the town's own school, with no name of its own
    assert ("南湾村山东青禾纺织有限公司", "ORG") in found(run(doc_with(text, ents), disabled=["glued_villages"]))


def test_a_town_glued_to_one_of_its_villages_is_two_places():
    text = "来到青禾镇南湾村调研，又到杏花村镇"
    ents = [("青禾镇南湾村", "PLACE"), ("杏花村镇", "PLACE")]
    assert {("青禾镇", "PLACE"), ("南湾村", "PLACE"), ("杏花村镇", "PLACE")} <= found(run(doc_with(text, ents)))
    assert ("青禾镇南湾村", "PLACE") in found(run(doc_with(text, ents), disabled=["glued_villages"]))


def test_railways_and_expressways_of_short_names():
    text = "青临铁路、白禾丘高速建成通车，中国铁路发展迅速"
    words = [("青临", "nz"), ("铁路", "n"), ("、", "w"), ("白禾丘", "PER"), ("高速", "d"), ("建成", "v"), ("通车", "v"),
             ("，", "w"), ("中国", "LOC"), ("铁路", "n"), ("发展", "vn"), ("迅速", "ad")]
    ents = [("白禾丘", "PERSON"), ("中国", "PLACE")]
    result = found(run(doc_with(text, ents, words)))
    assert {("青临铁路", "PLACE"), ("白禾丘高速", "PLACE"), ("中国", "PLACE")} <= result
    assert ("白禾丘", "PERSON") in found(run(doc_with(text, ents, words), disabled=["road_names"]))


def test_ranked_titles_after_names_and_grade_ranks_before_them():
    doc = run(doc_with("传达方立副总理讲话精神，市政府一级巡视员石岩来调研", [("方立", "PERSON"), ("石岩", "PERSON")]))
    assert titles(doc, "方立") == [("副总理", "国务院")]
    assert titles(doc, "石岩") == [("市政府一级巡视员", "市政府")]


def test_an_inspection_group_is_the_organisation_of_its_leader():
    text = "省委第三巡回督导组组长方立出席"
    doc = run(doc_with(text, [("省委第三巡回督导组", "ORG"), ("方立", "PERSON")]))
    assert titles(doc, "方立") == [("组长", "省委第三巡回督导组")]


def test_government_departments_after_a_level_word_or_a_place():
    text = "县林业和草原局、白沙县自然资源和规划局负责人参加"
    words = [("县", "n"), ("林业", "n"), ("和", "c"), ("草原", "n"), ("局", "n"), ("、", "w"), ("白沙县", "LOC"),
             ("自然资源", "n"), ("和", "c"), ("规划", "n"), ("局", "n"), ("负责人", "n"), ("参加", "v")]
    ents = [("白沙县", "PLACE")]
    result = found(run(doc_with(text, ents, words)))
    assert {("县林业和草原局", "ORG"), ("白沙县自然资源和规划局", "ORG")} <= result
    assert ("白沙县", "PLACE") in found(run(doc_with(text, ents, words), disabled=["departments"]))


def test_an_organisation_never_runs_over_a_title_into_the_name_after_it():
    text = "市委副书记杨安队、市人大常委会副主任方立一同看望"
    words = [("市委", "ORG"), ("副书记", "n"), ("杨安队", "PER"), ("、", "w"), ("市人大常委会", "ORG"), ("副主任", "n"),
             ("方立", "PER"), ("一同", "d"), ("看望", "v")]
    ents = [("市委", "ORG"), ("杨安队", "PERSON"), ("市人大常委会", "ORG"), ("方立", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert titles(doc, "杨安队") == [("市委副书记", "市委")]


def test_short_forms_of_autonomous_divisions_and_prefectures():
    from kg.lexicons import county_short_form, short_form
    assert [short_form(n) for n in ("黔东南苗族侗族自治州", "新疆维吾尔自治区", "阿勒泰地区", "锡林郭勒盟")] == [
        "黔东南", "新疆", "阿勒泰", "锡林郭勒"]
    assert county_short_form("务川仡佬族苗族自治县") == "务川"


def test_a_listed_name_the_backbone_took_for_a_place_and_a_last_name_cut_short():
    text = "市领导方立、吴国升、石岩，区领导郑荣胜、朱党其出席"
    words = [("市", "n"), ("领导", "n"), ("方立", "PER"), ("、", "w"), ("吴国升", "LOC"), ("、", "w"), ("石岩", "PER"),
             ("，", "w"), ("区", "n"), ("领导", "n"), ("郑荣胜", "PER"), ("、", "w"), ("朱党", "PER"), ("其", "r"),
             ("出席", "v")]
    ents = [("方立", "PERSON"), ("吴国升", "PLACE"), ("石岩", "PERSON"), ("郑荣胜", "PERSON"), ("朱党", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert titles(doc, "吴国升") == [("市领导", "")] and titles(doc, "朱党其") == [("区领导", "")]
    off = found(run(doc_with(text, ents, words), disabled=["names_cut_short", "listed_names"]))
    assert {("吴国升", "PLACE"), ("朱党", "PERSON")} <= off


def test_a_campaign_name_runs_back_from_its_campaign_word_to_the_verb():
    text = "今年是美丽集镇建设三年攻坚行动的收官之年，要开展专项行动"
    words = [("今年", "TIME"), ("是", "v"), ("美丽", "a"), ("集镇", "n"), ("建设", "v"), ("三年", "TIME"), ("攻坚", "vn"),
             ("行动", "n"), ("的", "u"), ("收官", "v"), ("之", "u"), ("年", "q"), ("，", "w"), ("要", "v"), ("开展", "v"),
             ("专项", "n"), ("行动", "vn")]
    result = found(run(doc_with(text, [], words), enabled=["campaign_names"]))  # off by default: README, ablation
    assert result == {("美丽集镇建设三年攻坚行动", "PROGRAMME")}
    assert not found(run(doc_with(text, [], words)))


def test_two_names_run_together_in_a_headline_but_never_a_foreign_name():
    text = "王忠昆吴开华作表态发言，外长普里马科夫斯基到访"
    ents = [("王忠昆吴开华", "PERSON"), ("普里马科夫斯基", "PERSON")]
    result = found(run(doc_with(text, ents)))
    assert {("王忠昆", "PERSON"), ("吴开华", "PERSON"), ("普里马科夫斯基", "PERSON")} <= result
    assert ("王忠昆吴开华", "PERSON") in found(run(doc_with(text, ents), disabled=["names_run_together"]))


def test_short_departments_listed_after_an_organisation():
    text = "县政府办、县发改局、住建局、城管局负责人参加，方立、石岩、赵办等人"
    ents = [("县政府办", "ORG"), ("县发改局", "ORG"), ("方立", "PERSON"), ("石岩", "PERSON")]
    result = found(run(doc_with(text, ents)))
    assert {("住建局", "ORG"), ("城管局", "ORG")} <= result and ("赵办", "ORG") not in result
    assert ("住建局", "ORG") not in found(run(doc_with(text, ents), disabled=["listed_departments"]))


@pytest.mark.parametrize("word, label", [("工业园区", "PLACE"), ("连心桥", "PLACE"), ("核心竞争力", "ORG"), ("小城镇", "PLACE"),
                                         ("苹果", "ORG"), ("东风", "ORG"), ("奋楫", "PERSON"), ("三农", "PROGRAMME"),
                                         ("中共党员", "ORG"), ("镇街", "PLACE"), ("科普", "ORG")])
def test_generic_words_the_backbone_tags_are_no_names(word, label):
    text = f"进一步打造{word}，推动发展"
    assert found(run(doc_with(text, [(word, label)]))) == set()
    assert (word, label) in found(run(doc_with(text, [(word, label)]), disabled=["stop_entities"]))


def test_listed_divisions_are_places_by_their_short_names():
    text = "深入到白石、青岗、太阳坪等乡镇调研"
    words = [("深入", "v"), ("到", "v"), ("白石", "n"), ("、", "w"), ("青岗", "PER"), ("、", "w"), ("太阳坪", "n"),
             ("等", "u"), ("乡镇", "n"), ("调研", "v")]
    ents = [("青岗", "PERSON")]
    assert {("白石", "PLACE"), ("青岗", "PLACE"), ("太阳坪", "PLACE")} <= found(run(doc_with(text, ents, words)))
    assert ("白石", "PLACE") not in found(run(doc_with(text, ents, words), disabled=["listed_divisions"]))


@pytest.mark.parametrize("text, words, ents", [
    ("陶然、贺文等村干部参加", [("陶然", "PER"), ("、", "w"), ("贺文", "PER"), ("等", "u"), ("村干部", "n")],
     [("陶然", "PERSON"), ("贺文", "PERSON")]),
    ("改善公厕、自来水等乡村设施", [("改善", "v"), ("公厕", "n"), ("、", "w"), ("自来水", "n"), ("等", "u"), ("乡村", "n"),
                                ("设施", "n")], []),
])
def test_listed_divisions_leave_lists_of_people_and_things(text, words, ents):
    assert not any(label == "PLACE" for _, label in found(run(doc_with(text, ents, words))))


def test_assembly_committees_stay_in_the_name_before_a_title():
    text = "旗人大常委会选联委主任孟和巴图陪同"
    ents = [("旗人大常委会", "ORG"), ("孟和巴图", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "孟和巴图") == [("主任", "旗人大常委会选联委")]
    assert ("旗人大常委会", "ORG") in found(run(doc_with(text, ents), disabled=["assembly_committees"]))
    assert ("市政协常委", "ORG") not in found(run(doc_with("市政协常委李明出席", [("市政协", "ORG"), ("李明", "PERSON")])))
    text = "原青山市政协主席方立在我市市委书记何静陪同下调研"  # no committee runs over a title and a name
    doc = run(doc_with(text, [("青山市政协", "ORG"), ("方立", "PERSON"), ("何静", "PERSON")]))
    assert titles(doc, "方立") == [("市政协主席", "青山市政协")] and ("方立", "PERSON") in found(doc)


def test_paired_governments_after_a_division_s_committee():
    doc = run(doc_with("石滩镇党委、政府全体干部参加", [("石滩镇党委", "ORG")]))
    assert ("政府", "ORG") in found(doc)
    assert ("政府", "ORG") not in found(run(doc_with("石滩镇党委、政府全体干部参加", [("石滩镇党委", "ORG")]),
                                            disabled=["paired_governments"]))
    assert ("政府", "ORG") not in found(run(doc_with("希望地方党委、政府支持", [("地方党委", "ORG")])))  # no division


def test_departments_take_back_the_words_the_backbone_ran_the_county_into():
    text = "青石县教育和科学技术局举办活动"
    ents = [("青石县教育", "ORG")]
    assert ("青石县教育和科学技术局", "ORG") in found(run(doc_with(text, ents)))
    assert ("青石县教育", "ORG") in found(run(doc_with(text, ents), disabled=["departments"]))


def test_names_between_titles_take_a_word_before_the_next_name_of_the_list():
    text = "县领导高峰、豆慧波出席座谈会"
    ents = [("豆慧波", "PERSON")]
    words = [("县", "n"), ("领导", "n"), ("高峰", "n"), ("、", "w"), ("豆慧波", "PER"), ("出席", "v"), ("座谈会", "n")]
    assert ("高峰", "PERSON") in found(run(doc_with(text, ents, words)))
    assert ("高峰", "PERSON") not in found(run(doc_with(text, ents, words), disabled=["names_between_titles"]))
    other = words[:4] + [("企业家", "n"), ("出席", "v")]
    assert ("高峰", "PERSON") not in found(run(doc_with("县领导高峰、企业家出席", [], other)))  # no name after
    assert found(run(doc_with("县领导高峰", [], words[:3]))) <= {("高峰", "PERSON")}  # a text ending there: no error


def test_idioms_hold_no_names():
    text = "全县上下踔厉奋发，县长甲乙丙出席"
    ents = [("踔厉奋", "PERSON"), ("甲乙丙", "PERSON")]
    assert found(run(doc_with(text, ents))) == {("甲乙丙", "PERSON")}
    assert ("踔厉奋", "PERSON") in found(run(doc_with(text, ents), disabled=["idioms"]))


def test_stop_entities_drop_level_words_alone_but_not_a_city_made_of_level_characters():
    text = "苏州、市县和乡镇"
    ents = [("苏州", "PLACE"), ("市县", "PLACE"), ("乡镇", "PLACE")]
    assert found(run(doc_with(text, ents))) == {("苏州", "PLACE")}  # 苏 and 州 start and end level words (苏木)


def test_the_centre_listed_with_a_province_is_an_organisation_but_never_a_kitchen():
    text = "认真落实中央、省决策部署，党中央站在全局高度，推广中央厨房"
    words = [("认真", "ad"), ("落实", "v"), ("中央", "n"), ("、", "w"), ("省", "n"), ("决策", "vn"), ("部署", "vn"),
             ("，", "w"), ("党中央", "ORG"), ("站", "v"), ("在", "p"), ("全局", "n"), ("高度", "n"), ("，", "w"),
             ("推广", "v"), ("中央", "n"), ("厨房", "n")]
    assert found(run(doc_with(text, [("党中央", "ORG")], words))) == {("中央", "ORG"), ("党中央", "ORG")}
    text = "来自中央、省、市媒体的记者"  # central media: no organisation
    assert found(run(doc_with(text, [], [("来自", "v"), ("中央", "n"), ("、", "w"), ("省", "n")]))) == set()


def test_the_work_of_a_listed_programme_is_the_programme():
    from kg.lexicons import Lexicons
    from kg.model import Home
    from kg.resolve import ArticleContext, Resolver
    lex = Lexicons.load()
    resolver, context = Resolver(Home("青山市", ""), lex), ArticleContext(Home("青山市", ""), {}, "city")
    assert resolver.local("美丽乡村建设", "PROGRAMME", context) == ("PROGRAMME", "美丽乡村")
    assert resolver.local("新农村建设", "PROGRAMME", context)[1] == "新农村建设"  # 新农村 is no programme of its own


@pytest.mark.parametrize("text, entities, expected", [
    ("兰溪区委常委、办公室主任冯刚出席", [("兰溪区委", "ORG")], ("办公室主任", "兰溪区委办公室")),
    ("桐山经济开发区党工委书记、管委会主任冯刚出席", [("桐山经济开发区党工委", "ORG")], ("管委会主任", "桐山经济开发区管委会")),
    ("市人大常委会副秘书长、办公室主任冯刚出席", [], ("办公室主任", "市人大常委会办公室")),  # an office serves any body
])
def test_listed_bodies_name_the_body_of_the_title_before(text, entities, expected):
    doc = run(doc_with(text, [*entities, ("冯刚", "PERSON")]))
    assert titles(doc, "冯刚")[-1] == expected
    off = run(doc_with(text, [*entities, ("冯刚", "PERSON")]), disabled=["listed_bodies"])
    assert expected not in titles(off, "冯刚")


def test_a_bare_committee_after_a_titled_name_is_that_name_s_committee():
    doc = run(doc_with("镇党委书记丁一、党委副书记丁二、宣传委员丁三陪同",
                       [("丁一", "PERSON"), ("丁二", "PERSON"), ("丁三", "PERSON")]))
    assert titles(doc, "丁二") == [("党委副书记", "镇党委")]
    assert titles(doc, "丁三") == [("宣传委员", "镇党委")]


def test_a_bare_committee_out_of_a_list_is_the_last_the_sentence_named():
    doc = run(doc_with("青禾镇党委书记丁一讲话，会议由党委副书记丁二主持", [("青禾镇党委", "ORG"), ("丁一", "PERSON"),
                                                                 ("丁二", "PERSON")]))
    assert titles(doc, "丁二") == [("党委副书记", "青禾镇党委")]
    doc = run(doc_with("县委书记丁一讲话，党委副书记丁二主持", [("丁一", "PERSON"), ("丁二", "PERSON")]))
    assert titles(doc, "丁二") == [("党委副书记", "")]


def test_a_listed_body_alone_names_nothing():
    doc = run(doc_with("办公室主任冯刚、党委副书记丁二出席", [("冯刚", "PERSON"), ("丁二", "PERSON")]))
    assert titles(doc, "冯刚") == [("办公室主任", "")]
    assert titles(doc, "丁二") == [("党委副书记", "")]


def test_top_party_and_state_titles_name_their_body_before_or_after_the_name():
    doc = run(doc_with("吕方总书记强调，总理石岩出席", [("吕方", "PERSON"), ("石岩", "PERSON")]))
    assert titles(doc, "吕方") == [("总书记", "中共中央")]
    assert titles(doc, "石岩") == [("总理", "国务院")]


@pytest.mark.parametrize("text, entities, words, group", [
    ("市人大常委会副主任、市茶产业领导小组组长冯刚出席", [("冯刚", "PERSON")],
     [("市人大常委会", "ORG"), ("副主任", "n"), ("、", "w"), ("市", "n"), ("茶产业", "n"), ("领导小组", "n")],
     "市茶产业领导小组"),
    ("近日，省委第三巡回督导组组长冯刚到县督导", [("冯刚", "PERSON")],
     [("近日", "TIME"), ("省委", "ORG"), ("第三", "m"), ("巡回", "v"), ("督导组", "n")], "省委第三巡回督导组"),
    ("甲市对口帮扶乙县工作组组长冯刚参加", [("甲市", "PLACE"), ("乙县", "PLACE"), ("冯刚", "PERSON")],
     [("甲市", "LOC"), ("对口", "vd"), ("帮扶", "v"), ("乙县", "LOC"), ("工作组", "n")], "甲市对口帮扶乙县工作组"),
])
def test_task_groups_are_organisations_named_back_to_their_clause(text, entities, words, group):
    doc = run(doc_with(text, entities, words))
    assert (group, "ORG") in found(doc)
    assert titles(doc, "冯刚")[-1] == ("组长", group)
    off = ["task_groups", "level_led_orgs", "stationed_teams"]  # the last reads a team named by whom it helps too
    assert (group, "ORG") not in found(run(doc_with(text, entities, words), disabled=off))


def test_task_groups_leave_the_words_that_lead_into_them():
    text = "丁一率县委巡察组组长冯刚调研"
    doc = run(doc_with(text, [("丁一", "PERSON"), ("冯刚", "PERSON")],
                       [("丁一", "PER"), ("率", "v"), ("县委", "ORG"), ("巡察组", "n")]))
    assert ("县委巡察组", "ORG") in found(doc)


def test_a_committee_s_study_group_and_lecture_team_are_organisations():
    text = "3月6日，白沙县委中心组召开学习会议"
    ents = [("白沙县委", "ORG")]
    words = [("白沙县委", "ORG"), ("中心", "n"), ("组", "n"), ("召开", "v")]
    assert ("白沙县委中心组", "ORG") in found(run(doc_with(text, ents, words)))
    assert ("白沙县委中心组", "ORG") not in found(run(doc_with(text, ents, words), disabled=["org_suffixes"]))
    text = "县委宣讲团成员方立宣讲了全会精神"
    ents = [("县委", "ORG"), ("方立", "PERSON")]
    words = [("县委", "ORG"), ("宣讲", "v"), ("团", "n"), ("成员", "n"), ("方立", "PER"), ("宣讲", "v")]
    assert titles(run(doc_with(text, ents, words)), "方立") == [("成员", "县委宣讲团")]
    off = run(doc_with(text, ents, words), disabled=["suffixed_orgs_in_titles"])
    assert titles(off, "方立") != [("成员", "县委宣讲团")]


def test_a_secretariat_continues_a_title_list():
    text = "全国政协常委、青山作协党组成员、副主席、书记处书记方立出席"
    ents = [("全国政协", "ORG"), ("青山作协党组", "ORG"), ("方立", "PERSON")]
    assert [t for t, _ in titles(run(doc_with(text, ents)), "方立")] == ["常委", "党组成员", "副主席", "书记处书记"]


def test_numbered_schools_are_organisations():
    text = "青山一中、白水县二小，县一高的师生学习十届三中全会精神，设这一中心用了一小时"
    doc = run(doc_with(text, [("青山", "PLACE"), ("白水县", "PLACE")]))
    assert {("青山一中", "ORG"), ("白水县二小", "ORG"), ("县一高", "ORG")} <= found(doc)
    assert not {name for name, label in found(doc) if label == "ORG"} - {"青山一中", "白水县二小", "县一高"}
    assert ("青山一中", "ORG") not in found(run(doc_with(text, [("青山", "PLACE"), ("白水县", "PLACE")]),
                                                disabled=["numbered_schools"]))


def test_honour_titles_name_no_place():
    text = "青禾镇获评国家级旅游度假区，白水湖湿地公园和中国茶城开园"
    ents = [("青禾镇", "PLACE"), ("国家级旅游度假区", "PLACE"), ("白水湖湿地公园", "PLACE"), ("中国茶城", "PLACE")]
    doc = run(doc_with(text, ents))
    assert ("国家级旅游度假区", "PLACE") not in found(doc)
    assert {("青禾镇", "PLACE"), ("白水湖湿地公园", "PLACE"), ("中国茶城", "PLACE")} <= found(doc)  # names stay
    assert ("国家级旅游度假区", "PLACE") in found(run(doc_with(text, ents), disabled=["honour_titles"]))


def test_set_phrases_name_no_place():
    text = "学习新时代中国特色社会主义思想，中国建设者赴甲市"
    doc = run(doc_with(text, [("中国", "PLACE"), ("中国", "PLACE"), ("甲市", "PLACE")]))
    assert [e.start_char for e in doc.ents if e.text == "中国"] == [text.rindex("中国")]
    off = run(doc_with(text, [("中国", "PLACE"), ("中国", "PLACE"), ("甲市", "PLACE")]), disabled=["set_phrases"])
    assert len([e for e in off.ents if e.text == "中国"]) == 2


def test_a_village_after_its_town_is_a_place_whatever_the_backbone_tagged_it():
    text = "在青禾镇南湾家村调研"
    ents, words = [("青禾镇", "PLACE")], [("在", "p"), ("青禾镇", "LOC"), ("南湾家村", "a"), ("调研", "v")]
    assert ("南湾家村", "PLACE") in found(run(doc_with(text, ents, words)))
    assert ("南湾家村", "PLACE") not in found(run(doc_with(text, ents, words), disabled=["villages_after_towns"]))


@pytest.mark.parametrize("text, ents, words, place", [
    ("到格日青禾苏木调研", [("格日青", "PERSON"), ("禾苏木", "PLACE")],
     [("到", "v"), ("格日青", "PER"), ("禾苏木", "LOC"), ("调研", "v")], "格日青禾苏木"),
    ("下辖上/高村", [("上", "PLACE"), ("高村", "PLACE")], [("下辖", "v"), ("上", "LOC"), ("高村", "LOC")], "上高村"),
    ("走访萨如青嘎查牧民", [("萨如青", "PERSON")], [("走访", "v"), ("萨如青", "PER"), ("嘎查", "n"), ("牧民", "n")],
     "萨如青嘎查"),
])
def test_cut_village_names_join_a_name_and_its_level(text, ents, words, place):
    text = text.replace("/", "")
    assert (place, "PLACE") in found(run(doc_with(text, ents, words)))
    assert (place, "PLACE") not in found(run(doc_with(text, ents, words), disabled=["cut_village_names"]))


def test_cut_village_names_take_a_transliterated_name_cut_before_its_bare_level():
    text = "到乌兰图雅合嘎查调研"
    ents = [("乌兰", "PLACE")]
    words = [("到", "v"), ("乌兰", "LOC"), ("图雅", "n"), ("合", "v"), ("嘎查", "v"), ("调研", "v")]
    assert ("乌兰图雅合嘎查", "PLACE") in found(run(doc_with(text, ents, words)))
    assert ("乌兰图雅合嘎查", "PLACE") not in found(run(doc_with(text, ents, words), disabled=["cut_village_names"]))


def test_cut_village_names_leave_a_bare_village_word_after_a_phrase():
    text = "评为青山振兴示范村"  # 村 alone ends phrases as well as names
    ents = [("青山", "PLACE")]
    words = [("评为", "v"), ("青山", "LOC"), ("振兴", "vn"), ("示范", "vn"), ("村", "n")]
    assert not any(label == "PLACE" and name.endswith("村") for name, label in found(run(doc_with(text, ents, words))))


@pytest.mark.parametrize("text, ents, words, town, village", [
    ("走访青石镇西/塘村", [("青石镇西", "PLACE"), ("塘村", "PLACE")],
     [("走访", "v"), ("青石镇西", "LOC"), ("塘村", "LOC")], "青石镇", "西塘村"),
    ("来到白沙镇镇/东村", [("白沙镇镇", "PLACE"), ("东村", "PLACE")],
     [("来到", "v"), ("白沙镇镇", "LOC"), ("东村", "LOC")], "白沙镇", "镇东村"),
    ("先后到石门村、北/上/岗头村调研", [("石门村", "PLACE"), ("岗头村", "PLACE")],
     [("先后", "d"), ("到", "v"), ("石门村", "LOC"), ("、", "w"), ("北", "f"), ("上", "f"), ("岗头村", "LOC"),
      ("调研", "v")], "石门村", "北上岗头村"),
    ("走访青石镇杏花/坪上村", [("青石镇", "PLACE"), ("杏花", "PLACE"), ("坪上村", "PLACE")],
     [("走访", "v"), ("青石镇", "LOC"), ("杏花", "LOC"), ("坪上村", "LOC")], "青石镇", "杏花坪上村"),
])
def test_village_first_characters_go_back_to_the_village(text, ents, words, town, village):
    text = text.replace("/", "")
    doc = run(doc_with(text, ents, words))
    assert {(town, "PLACE"), (village, "PLACE")} <= found(doc)
    assert (village, "PLACE") not in found(run(doc_with(text, ents, words), disabled=["village_first_characters"]))


def test_village_first_characters_keep_a_division_before_a_village():
    text = "广东石门村发展旅游"
    doc = run(doc_with(text, [("广东", "PLACE"), ("石门村", "PLACE")],
                       [("广东", "LOC"), ("石门村", "LOC"), ("发展", "v"), ("旅游", "vn")]))
    assert {("广东", "PLACE"), ("石门村", "PLACE")} <= found(doc)


@pytest.mark.parametrize("text, ents, words, name, label", [
    ("走进青禾(岭南)现代农业产业园调研", [("青禾", "ORG"), ("岭南", "PLACE")],
     [("走进", "v"), ("青禾", "ORG"), ("(", "w"), ("岭南", "LOC"), (")", "w"), ("现代", "TIME"), ("农业", "n"),
      ("产业园", "n"), ("调研", "v")], "青禾(岭南)现代农业产业园", "PLACE"),
    ("考察了星河纸业（茂名）有限公司。", [("星河纸业", "ORG"), ("茂名", "PLACE")],
     [("考察", "v"), ("了", "u"), ("星河纸业", "ORG"), ("（", "w"), ("茂名", "LOC"), ("）", "w"), ("有限公司", "n"),
      ("。", "w")], "星河纸业（茂名）有限公司", "ORG"),
    ("会见石滩镇(香港)同乡会理事会主席", [("石滩镇", "PLACE"), ("香港", "PLACE")],
     [("会见", "v"), ("石滩镇", "LOC"), ("(", "w"), ("香港", "LOC"), (")", "w"), ("同", "p"), ("乡会", "n"),
      ("理事会", "n"), ("主席", "n")], "石滩镇(香港)同乡会", "ORG"),  # the suffix cut as 同/p 乡会/n
])
def test_bracketed_places_stay_inside_the_name(text, ents, words, name, label):
    assert (name, label) in found(run(doc_with(text, ents, words)))
    assert (name, label) not in found(run(doc_with(text, ents, words), disabled=["bracketed_places"]))


def test_bracketed_places_leave_the_zone_before_a_company_and_need_a_place_inside():
    text = "走访岭南高新区星河啤酒(茂名)公司"
    ents = [("岭南高新区", "PLACE"), ("星河啤酒", "ORG"), ("茂名", "PLACE")]
    words = [("走访", "v"), ("岭南高新区", "LOC"), ("星河啤酒", "nz"), ("(", "w"), ("茂名", "LOC"), (")", "w"),
             ("公司", "n")]
    assert ("星河啤酒(茂名)公司", "ORG") in found(run(doc_with(text, ents, words)))
    text = "建设星河产业园(一期)工程"
    doc = run(doc_with(text, [("星河产业园", "PLACE")], [("建设", "v"), ("星河产业园", "LOC"), ("(", "w"),
                                                          ("一期", "m"), (")", "w"), ("工程", "n")]))
    assert not any("(" in name for name, _ in found(doc))


def test_outlet_names_take_the_branch_after_them():
    text = "人民网湛江分公司总经理"
    ents = [("湛江分公司", "ORG")]
    words = [("人民网", "nz"), ("湛江分公司", "ORG"), ("总经理", "n")]
    assert ("人民网湛江分公司", "ORG") in found(run(doc_with(text, ents, words)))


def test_body_abbreviations_leave_the_members_of_a_town():
    text = "参观青石镇委员联络站"  # the town's committee members, not its party committee
    doc = run(doc_with(text, [("青石镇", "PLACE")], [("参观", "v"), ("青石镇", "LOC"), ("委员", "n"), ("联络", "vd"),
                                                     ("站", "n")]))
    assert ("青石镇委员联络站", "ORG") in found(doc)
    assert ("青石镇委", "ORG") not in found(doc)


def test_names_after_titles_take_a_name_whose_last_character_the_backbone_glued_to_lead():
    text = "县委书记单明率队调研"  # 明率/n: the name's last character and 率 as one word
    words = [("县委", "ORG"), ("书记", "n"), ("单", "a"), ("明率", "n"), ("队", "n"), ("调研", "v")]
    assert ("单明", "PERSON") in found(run(doc_with(text, [("县委", "ORG")], words)))


def test_names_after_titles_take_a_surname_the_backbone_read_as_a_person_alone():
    text = "宣传部部长于青波主持"  # 于/PER 青波/n: the given name cut from its surname
    words = [("宣传部", "ORG"), ("部长", "n"), ("于", "PER"), ("青波", "n"), ("主持", "v")]
    doc = run(doc_with(text, [("宣传部", "ORG"), ("于", "PERSON")], words))
    assert ("于青波", "PERSON") in found(doc) and titles(doc, "于青波") == [("宣传部部长", "宣传部")]
    words = [("部长", "n"), ("于", "p"), ("会议", "n"), ("主持", "v")]  # 于 a preposition: no name
    assert not found(run(doc_with("部长于会议主持", [], words)))


def test_levels_before_orgs_join_a_level_printed_alone_after_a_pause():
    text = "李明出席，县产业集聚区管委会副主任徐明介绍"
    ents = [("李明", "PERSON"), ("产业集聚区管委会", "ORG"), ("徐明", "PERSON")]
    words = [("李明", "PER"), ("出席", "v"), ("，", "w"), ("县", "n"), ("产业集聚区管委会", "ORG"), ("副主任", "n"),
             ("徐明", "PER"), ("介绍", "v")]
    assert ("县产业集聚区管委会", "ORG") in found(run(doc_with(text, ents, words)))
    assert ("产业集聚区管委会", "ORG") in found(run(doc_with(text, ents, words), disabled=["levels_before_orgs"]))


def test_region_endings_make_a_place_a_region():
    text = "融入中原城市群，建设长春现代化都市圈"
    ents = [("中原", "PLACE"), ("长春", "PLACE")]
    words = [("融入", "v"), ("中原", "LOC"), ("城市群", "n"), ("，", "w"), ("建设", "v"), ("长春", "LOC"),
             ("现代化", "vn"), ("都市圈", "n")]
    assert {("中原城市群", "PLACE"), ("长春现代化都市圈", "PLACE")} <= found(run(doc_with(text, ents, words)))
    assert ("中原", "PLACE") in found(run(doc_with(text, ents, words), disabled=["region_endings"]))


def test_central_tasks_are_no_part_of_the_bodies_names():
    text = "围绕县委县政府中心工作，融入青山经济社会发展大局"
    ents = [("县委县政府中心", "ORG"), ("青山", "PLACE")]
    words = [("围绕", "v"), ("县委县政府中心", "ORG"), ("工作", "v"), ("，", "w"), ("融入", "v"), ("青山", "LOC"),
             ("经济", "n"), ("社会", "n"), ("发展", "vn"), ("大局", "n")]
    doc = run(doc_with(text, ents, words))
    assert {("县委", "ORG"), ("县政府", "ORG")} <= found(doc)
    assert not any(name.endswith(("中心", "大局")) for name, _ in found(doc))  # 大局: no bureau (not_org_endings.txt)
    assert ("县委县政府中心", "ORG") in found(run(doc_with(text, ents, words), disabled=["central_tasks"]))


def test_committee_work_is_no_part_of_the_committee_s_name():
    text = "召开县委政协工作会议，贯彻市委人大工作会议精神"
    ents = [("县委政协", "ORG"), ("市委", "ORG"), ("人大", "ORG")]
    words = [("召开", "v"), ("县委政协", "ORG"), ("工作会议", "n"), ("，", "w"), ("贯彻", "v"), ("市委", "ORG"),
             ("人大", "ORG"), ("工作会议", "n"), ("精神", "n")]
    got = found(run(doc_with(text, ents, words)))
    assert {("县委", "ORG"), ("市委", "ORG")} <= got and not {("县委政协", "ORG"), ("市委人大", "ORG")} & got
    off = found(run(doc_with(text, ents, words), disabled=["committee_work"]))
    assert {("县委政协", "ORG"), ("市委人大", "ORG")} <= off


def test_not_org_tails_leave_the_organiser_s_role_off_its_name():
    text = "由市委宣传部主办，市委史志研究室协办的展览"
    ents = [("市委宣传部", "ORG"), ("市委史志研究室协办", "ORG")]
    got = found(run(doc_with(text, ents)))
    assert ("市委史志研究室", "ORG") in got and ("市委史志研究室协办", "ORG") not in got
    assert ("市委史志研究室协办", "ORG") in found(run(doc_with(text, ents), disabled=["not_org_tails"]))
    text = "落实市委统战部、市工商联关于商会建设的部署"  # what the body issues
    got = found(run(doc_with(text, [("市委统战部", "ORG"), ("市工商联关于", "ORG")])))
    assert ("市工商联", "ORG") in got and ("市工商联关于", "ORG") not in got
    text = "青山县政协组织委员视察，基层党组织参加"  # organising, not the body; 党组织 is a body's name
    ents = [("青山县政协组织", "ORG"), ("党组织", "ORG")]
    got = found(run(doc_with(text, ents)))
    assert ("青山县政协", "ORG") in got and ("青山县政协组织", "ORG") not in got and ("党组织", "ORG") in got


def test_village_first_characters_give_a_glued_character_to_any_next_division():
    text = "先后到青川县院东头镇、白水县城关镇调研"
    ents = [("青川县院", "PLACE"), ("东头镇", "PLACE"), ("白水县", "PLACE"), ("城关镇", "PLACE")]
    got = found(run(doc_with(text, ents)))
    assert {("青川县", "PLACE"), ("院东头镇", "PLACE"), ("白水县", "PLACE"), ("城关镇", "PLACE")} <= got
    assert ("青川县院", "PLACE") in found(run(doc_with(text, ents), disabled=["village_first_characters"]))


def test_village_communities_are_named_after_their_village():
    text = "来到白水县代村社区调研"
    ents = [("白水县", "PLACE"), ("代村", "PLACE")]
    words = [("来到", "v"), ("白水县", "LOC"), ("代村", "LOC"), ("社区", "n"), ("调研", "v")]
    assert ("代村社区", "PLACE") in found(run(doc_with(text, ents, words)))
    assert ("代村社区", "PLACE") not in found(run(doc_with(text, ents, words), disabled=["village_communities"]))


def test_resident_members_leave_the_place_abbreviation_off_the_assembly():
    text = "部分在青全国人大代表参加视察，住白全国政协委员方立出席"
    ents = [("青", "ORG"), ("全国人大", "ORG"), ("白全国政协", "ORG"), ("方立", "PERSON")]
    got = found(run(doc_with(text, ents)))
    assert {("全国人大", "ORG"), ("全国政协", "ORG")} <= got and not {("青", "ORG"), ("白全国政协", "ORG")} & got
    assert ("白全国政协", "ORG") in found(run(doc_with(text, ents), disabled=["resident_members"]))


def test_ethnic_townships_join_the_name_before_the_peoples():
    text = "其中，青岭土家族乡获评先进"
    ents = [("青岭", "PLACE"), ("土家族乡", "PLACE")]
    assert ("青岭土家族乡", "PLACE") in found(run(doc_with(text, ents)))
    assert ("土家族乡", "PLACE") in found(run(doc_with(text, ents), disabled=["ethnic_townships"]))


def test_place_pairs_are_no_persons():
    text = "深化川渝合作，方立出席"
    ents = [("川渝", "PERSON"), ("方立", "PERSON")]
    assert found(run(doc_with(text, ents))) == {("方立", "PERSON")}
    assert ("川渝", "PERSON") in found(run(doc_with(text, ents), disabled=["place_pairs"]))


def test_party_group_tails_give_the_party_group_its_group_back():
    text = "甲市政协党组成员、副主席乙丙丁一行来调研"
    ents = [("甲市政协党", "ORG"), ("乙丙丁", "PERSON")]
    words = [("甲市政协党", "ORG"), ("组", "n"), ("成员", "n"), ("、", "w"), ("副主席", "n"), ("乙丙丁", "PER")]
    assert ("甲市政协党组", "ORG") in found(run(doc_with(text, ents, words)))
    assert ("甲市政协党", "ORG") in found(run(doc_with(text, ents, words), disabled=["party_group_tails"]))


def test_person_org_relabel_turns_a_long_person_ending_like_a_body_or_site():
    text = "青石高科园党工委书记汤明、白水文化园和乌云毕力格参加"
    ents = [("青石高科园党工委", "PERSON"), ("汤明", "PERSON"), ("白水文化园", "PERSON"), ("乌云毕力格", "PERSON")]
    doc = run(doc_with(text, ents))
    assert {("青石高科园党工委", "ORG"), ("白水文化园", "PLACE"), ("乌云毕力格", "PERSON")} <= found(doc)
    assert ("青石高科园党工委", "PERSON") in found(run(doc_with(text, ents), disabled=["person_org_relabel"]))


def test_names_tagged_as_verbs_before_the_party_of_a_leader():
    text = "市委书记包刚一行来到石滩镇"
    words = [("市委书记", "n"), ("包刚", "v"), ("一行", "n"), ("来到", "v"), ("石滩镇", "LOC")]
    assert ("包刚", "PERSON") in found(run(doc_with(text, [("石滩镇", "PLACE")], words)))
    assert ("包刚", "PERSON") not in found(run(doc_with(text, [("石滩镇", "PLACE")], words),
                                                disabled=["names_tagged_as_verbs"]))


def test_names_cut_short_take_a_one_character_word_closed_by_a_pause():
    text = "慰问了老干部郑立进，和他拉家常"
    words = [("慰问", "v"), ("了", "u"), ("老干部", "n"), ("郑立", "PER"), ("进", "v"), ("，", "w"), ("和", "p")]
    assert ("郑立进", "PERSON") in found(run(doc_with(text, [("郑立", "PERSON")], words)))
    text = "来到农家小院蒲东店，品尝"  # a shop's name, not a person's
    words = [("来到", "v"), ("农家", "n"), ("小院", "n"), ("蒲东", "PER"), ("店", "n"), ("，", "w")]
    assert ("蒲东店", "PERSON") not in found(run(doc_with(text, [("蒲东", "PERSON")], words)))
    text = "主任欧阳青禾，副主任方立"  # a compound surname and a given name cut the same way
    words = [("主任", "n"), ("欧阳青", "PER"), ("禾", "f"), ("，", "w"), ("副主任", "n"), ("方立", "PER")]
    assert ("欧阳青禾", "PERSON") in found(run(doc_with(text, [("欧阳青", "PERSON"), ("方立", "PERSON")], words)))
    text = "县领导方立、何静以及相关部门负责人"  # 以 of 以及 after a listed name is no part of it
    words = [("县", "n"), ("领导", "n"), ("方立", "PER"), ("、", "w"), ("何静", "PER"), ("以及", "c"), ("相关", "vn")]
    assert ("何静", "PERSON") in found(run(doc_with(text, [("方立", "PERSON"), ("何静", "PERSON")], words)))


def test_names_cut_short_take_the_character_glued_to_lead_or_等():
    text = "县长盛安功率队考察"
    words = [("县长", "n"), ("盛安", "PER"), ("功率", "n"), ("队", "n"), ("考察", "v")]
    assert ("盛安功", "PERSON") in found(run(doc_with(text, [("盛安", "PERSON")], words)))
    text = "县委办主任盛安平等参加"  # 平等: the last character and the 等 closing the name
    words = [("县委办", "n"), ("主任", "n"), ("盛安", "PER"), ("平等", "ad"), ("参加", "v")]
    assert ("盛安平", "PERSON") in found(run(doc_with(text, [("盛安", "PERSON")], words)))
    text = "校长肖安以来访"  # 以来 is a word of its own: only 率 and 等 glue that way
    words = [("校长", "n"), ("肖安", "PER"), ("以来", "f"), ("访", "v")]
    assert ("肖安", "PERSON") in found(run(doc_with(text, [("肖安", "PERSON")], words)))


def test_org_suffixes_stop_at_a_title_glued_to_a_surname():
    text = "青山县委书记单明率党政代表团来访"
    ents = [("青山县委", "ORG")]
    words = [("青山县委", "ORG"), ("书记单", "n"), ("明率", "n"), ("党政", "n"), ("代表团", "n"), ("来访", "v")]
    doc = run(doc_with(text, ents, words))
    assert not any(name.startswith("青山县委书记") for name, _ in found(doc))
    assert ("单明", "PERSON") in found(doc)


def test_cut_village_names_leave_a_person_before_a_village_title():
    text = "萨如青村长说"
    doc = run(doc_with(text, [("萨如青", "PERSON")], [("萨如青", "PER"), ("村长", "n"), ("说", "v")]))
    assert ("萨如青", "PERSON") in found(doc)


@pytest.mark.parametrize("text, words, name", [
    ("副市长方立前，主任石岩出席", [("副市长", "n"), ("方立", "PER"), ("前", "f"), ("，", "w")], "方立前"),
    ("主任方立有陪同", [("主任", "n"), ("方立", "PER"), ("有", "v"), ("陪同", "v")], "方立有"),
])
def test_names_cut_short_before_a_character_that_may_follow_names(text, words, name):
    doc = run(doc_with(text, [("方立", "PERSON")], words))
    assert (name, "PERSON") in found(doc)


def test_names_cut_short_leave_a_character_that_closes_the_clause():
    doc = run(doc_with("县长方立说，要抓好", [("方立", "PERSON")], [("县长", "n"), ("方立", "PER"), ("说", "v"), ("，", "w")]))
    assert ("方立", "PERSON") in found(doc)
    off = run(doc_with("副市长方立前，", [("方立", "PERSON")], [("副市长", "n"), ("方立", "PER"), ("前", "f")]),
              disabled=["names_cut_before_followers"])
    assert ("方立", "PERSON") in found(off)


def test_names_tagged_as_modifiers_after_a_title():
    words = [("市长", "n"), ("曾青禾", "d"), ("主持", "v")]
    assert ("曾青禾", "PERSON") in found(run(doc_with("市长曾青禾主持", [], words)))
    assert ("曾青禾", "PERSON") not in found(run(doc_with("市长曾青禾主持", [], words),
                                                 disabled=["names_tagged_as_modifiers"]))
    words = [("书记", "n"), ("高标准", "d"), ("推进", "v")]
    assert not found(run(doc_with("书记高标准推进", [], words)))  # no character that follows names after it
    words = [("主任", "n"), ("蒙青禾", "nz"), ("、", "w")]  # a rare name read as some other proper noun
    assert ("蒙青禾", "PERSON") in found(run(doc_with("主任蒙青禾、副主任方立陪同", [("方立", "PERSON")], words)))
    words = [("部长", "n"), ("向青禾", "p"), ("陪同", "v")]  # read as a preposition, which has no three characters
    assert ("向青禾", "PERSON") in found(run(doc_with("部长向青禾陪同", [], words)))
    words = [("副主席", "n"), ("黄青禾", "n"), ("、", "w")]  # read as a common noun: only before a pause
    assert ("黄青禾", "PERSON") in found(run(doc_with("副主席黄青禾、方立出席", [("方立", "PERSON")], words)))
    words = [("市长", "n"), ("楼青禾", "n"), ("等", "u"), ("参加", "v")]  # or before the 等 that closes a list
    assert ("楼青禾", "PERSON") in found(run(doc_with("市长楼青禾等参加", [], words)))
    words = [("主席", "n"), ("团成员", "n"), ("出席", "v")]
    assert ("团成员", "PERSON") not in found(run(doc_with("主席团成员出席", [], words)))


def test_names_leading_bodies_split_from_the_body():
    text = "副市长方立率市政府副秘书长何静到县调研"
    ents = [("方立率市政府", "ORG"), ("何静", "PERSON")]
    doc = run(doc_with(text, ents))
    assert ("方立", "PERSON") in found(doc) and ("方立率市政府", "ORG") not in found(doc)
    assert titles(doc, "方立") == [("副市长", "市政府")] and titles(doc, "何静") == [("市政府副秘书长", "市政府")]
    assert ("方立率市政府", "ORG") in found(run(doc_with(text, ents), disabled=["names_leading_bodies"]))


def test_surnames_glued_to_titles_join_their_given_names():
    text = "县政协副主席史官元、方立带领委员调研"
    words = [("县政协", "ORG"), ("副主席史", "n"), ("官元", "n"), ("、", "w"), ("方立", "PER"), ("带领", "v")]
    doc = run(doc_with(text, [("县政协", "ORG"), ("方立", "PERSON")], words))
    assert ("史官元", "PERSON") in found(doc) and titles(doc, "史官元") == [("县政协副主席", "县政协")]
    off = run(doc_with(text, [("县政协", "ORG"), ("方立", "PERSON")], words),
              disabled=["surnames_glued_to_titles", "paused_given_names"])
    assert ("史官元", "PERSON") not in found(off)
    text = "其他成员国该月的产量"  # the glued word is no title and surname, nor is a name split into words
    words = [("其他", "r"), ("成员国", "n"), ("该月", "r"), ("的", "u"), ("产量", "n")]
    assert not found(run(doc_with(text, [], words)))


def test_names_tagged_as_orgs_after_a_title():
    text = "市委书记农青禾、代市长廖和明出席"
    ents = [("农青禾", "ORG"), ("廖和明", "PERSON")]
    doc = run(doc_with(text, ents))
    assert ("农青禾", "PERSON") in found(doc) and titles(doc, "农青禾") == [("市委书记", "市委")]
    assert ("农青禾", "ORG") in found(run(doc_with(text, ents), disabled=["names_tagged_as_orgs"]))


@pytest.mark.parametrize("text, ents, name", [
    ("州委宣传部部长扎西青草，副州长马丽出席", [("马丽", "PERSON")], "扎西青草"),
    ("旗领导伊达木、宝音满都青、王力平出席", [("伊达木", "PERSON"), ("王力平", "PERSON")], "宝音满都青"),
    ("主任斯琴高青一行调研", [], "斯琴高青"),
    ("执行主席方立、久美青禾、钟灵就座", [("方立", "PERSON"), ("钟灵", "PERSON")], "久美青禾"),
])
def test_minority_names_after_titles_and_in_lists(text, ents, name):
    assert (name, "PERSON") in found(run(doc_with(text, ents)))
    off = ["minority_names", "listed_names"]  # the last reads such a name between two listed persons too
    assert (name, "PERSON") not in found(run(doc_with(text, ents), disabled=off))


def test_minority_names_leave_places():
    doc = run(doc_with("市长乌兰察布市考察", [("乌兰察布市", "PLACE")]))
    assert ("乌兰察布市", "PLACE") in found(doc)


def test_place_org_relabel_makes_newsrooms_and_bodies_organisations():
    text = "青禾县融媒体中心、江城日报和南湾市委"
    ents = [("青禾县融媒体中心", "PLACE"), ("江城日报", "PLACE"), ("南湾市委", "PLACE")]
    assert {("青禾县融媒体中心", "ORG"), ("江城日报", "ORG"), ("南湾市委", "ORG")} <= found(run(doc_with(text, ents)))
    assert ("江城日报", "PLACE") in found(run(doc_with(text, ents), disabled=["place_org_relabel"]))


def test_military_districts_are_bodies_but_a_listed_district_stays_a_place():
    text = "省军区副政委方立和点军区区长"
    doc = run(doc_with(text, [("省军区", "ORG"), ("方立", "PERSON"), ("点军区", "PLACE")]))
    assert {("省军区", "ORG"), ("点军区", "PLACE")} <= found(doc)
    assert titles(doc, "方立") == [("副政委", "省军区")]


def test_listed_firms_are_companies_but_sectors_are_not():
    text = "一行先后前往青禾制药机械、天成车辆部件、长远钢铁等企业"
    words = [("一行", "m"), ("先后", "d"), ("前往", "v"), ("青禾", "ORG"), ("制药", "vn"), ("机械", "n"), ("、", "w"),
             ("天成", "ORG"), ("车辆", "n"), ("部件", "n"), ("、", "w"), ("长远", "a"), ("钢铁", "n"), ("等", "u"),
             ("企业", "n")]
    ents = [("青禾", "ORG"), ("天成", "ORG")]
    assert found(run(doc_with(text, ents, words))) == {("青禾制药机械", "ORG"), ("天成车辆部件", "ORG")}
    assert found(run(doc_with(text, ents, words), disabled=["listed_firms"])) == {("青禾", "ORG"), ("天成", "ORG")}
    text = "入驻青禾粮品、翱翔体育用品等小微企业"  # a brand the backbone read as a verb
    words = [("入驻", "v"), ("青禾", "ORG"), ("粮品", "n"), ("、", "w"), ("翱翔", "v"), ("体育", "n"), ("用品", "n"),
             ("等", "u"), ("小微企业", "nz")]
    assert found(run(doc_with(text, [("青禾", "ORG")], words))) == {("青禾粮品", "ORG"), ("翱翔体育用品", "ORG")}
    text = "走访生物医药、精细化工等企业"
    words = [("走访", "v"), ("生物", "n"), ("医药", "n"), ("、", "w"), ("精细", "a"), ("化工", "n"), ("等", "u"), ("企业", "n")]
    assert found(run(doc_with(text, [], words))) == set()


def test_a_village_s_party_branch_is_an_organisation():
    text = "东湾村党支部组织村民学习"
    words = [("东湾村", "LOC"), ("党支部", "n"), ("组织", "v"), ("村民", "n"), ("学习", "v")]
    assert found(run(doc_with(text, [("东湾村", "PLACE")], words))) == {("东湾村党支部", "ORG")}


@pytest.mark.parametrize("address", ["孙书记", "王县长", "欧阳主任", "潘老", "韩总", "黄同学", "赵医生", "吕大姐", "谢局"])
def test_a_surname_and_a_title_address_someone_and_name_no_one(address):
    text = f"{address}一行来到村里，王书华陪同"
    ents = [(address, "PERSON"), ("王书华", "PERSON")]
    assert found(run(doc_with(text, ents))) == {("王书华", "PERSON")}
    assert (address, "PERSON") in found(run(doc_with(text, ents), disabled=["surname_titles"]))


def test_a_name_after_a_title_may_end_in_a_character_that_follows_names_when_a_pause_closes_it():
    text = "市委书记申强、区委书记周勇陪同"
    words = [("市委书记", "n"), ("申强", "v"), ("、", "w"), ("区委", "ORG"), ("书记", "n"), ("周勇", "PER"), ("陪同", "v")]
    ents = [("区委", "ORG"), ("周勇", "PERSON")]
    assert ("申强", "PERSON") in found(run(doc_with(text, ents, words)))
    assert ("申强", "PERSON") not in found(run(doc_with(text, ents, words), disabled=["names_ending_in_followers"]))
    text = "市委书记申到，大家起立"  # 到 can close a clause
    words = [("市委书记", "n"), ("申到", "v"), ("，", "w"), ("大家", "r"), ("起立", "v")]
    assert ("申到", "PERSON") not in found(run(doc_with(text, [], words)))


def test_the_initials_of_the_places_a_line_joins_are_its_name():
    text = "黔渝常铁路龙溪站建成"
    words = [("黔渝", "LOC"), ("常铁路", "LOC"), ("龙溪站", "LOC"), ("建成", "v")]
    ents = [("黔渝", "PLACE"), ("常铁路", "PLACE"), ("龙溪站", "PLACE")]
    assert ("黔渝常铁路", "PLACE") in found(run(doc_with(text, ents, words)))
    assert ("黔渝常铁路", "PLACE") not in found(run(doc_with(text, ents, words), disabled=["road_names"]))
    text = "来到湛茂高铁南站参观"  # the station's longer name runs on
    words = [("来到", "v"), ("湛茂", "LOC"), ("高铁", "n"), ("南站", "n"), ("参观", "v")]
    assert ("湛茂高铁", "PLACE") not in found(run(doc_with(text, [("湛茂", "PLACE")], words)))


def test_an_expressway_after_a_place_before_an_opening_word():
    text = "兴赣高速建成通车"
    words = [("兴赣", "LOC"), ("高速", "d"), ("建成", "v"), ("通车", "v")]
    assert ("兴赣高速", "PLACE") in found(run(doc_with(text, [("兴赣", "PLACE")], words)))
    text = "兴赣高速发展"
    words = [("兴赣", "LOC"), ("高速", "d"), ("发展", "v")]
    assert ("兴赣高速", "PLACE") not in found(run(doc_with(text, [("兴赣", "PLACE")], words)))


def test_a_bracketed_place_with_the_backbone_s_word_over_its_closing_bracket():
    text = "签约企业青禾铝(湛江)科技有限公司落户园区"
    words = [("签约", "vn"), ("企业", "n"), ("青禾铝", "PER"), ("(", "w"), ("湛江)科技有限公司", "ORG"), ("落户", "v"),
             ("园区", "n")]
    ents = [("青禾铝", "PERSON"), ("湛江)科技有限公司", "ORG")]
    assert found(run(doc_with(text, ents, words))) == {("青禾铝(湛江)科技有限公司", "ORG")}
    # without the rule, the name cut at the bracket is junk and goes; the backbone's person stays
    assert found(run(doc_with(text, ents, words), disabled=["bracketed_places"])) == {("青禾铝", "PERSON")}
    text = "步行至山海青(湛江)新能源科技有限公司"  # one name the backbone cut in two before the bracket
    words = [("步行", "v"), ("至", "p"), ("山", "n"), ("海青", "nz"), ("(", "w"), ("湛江", "LOC"), (")", "w"),
             ("新能源科技有限公司", "ORG")]
    ents = [("湛江", "PLACE"), ("新能源科技有限公司", "ORG")]
    assert ("山海青(湛江)新能源科技有限公司", "ORG") in found(run(doc_with(text, ents, words)))


def test_village_first_characters_give_a_town_between_a_county_and_its_village_its_first_character():
    text = "来到青川县和日镇东坡村调研"
    ents = [("青川县", "PLACE"), ("日镇", "PLACE"), ("东坡村", "PLACE")]
    words = [("来到", "v"), ("青川县", "LOC"), ("和", "c"), ("日镇", "LOC"), ("东坡村", "LOC"), ("调研", "v")]
    assert ("和日镇", "PLACE") in found(run(doc_with(text, ents, words)))
    assert ("日镇", "PLACE") in found(run(doc_with(text, ents, words), disabled=["village_first_characters"]))
    # a conjunction between two divisions with no village after them joins nothing
    text = "来到青川县和白镇调研"
    ents = [("青川县", "PLACE"), ("白镇", "PLACE")]
    words = [("来到", "v"), ("青川县", "LOC"), ("和", "c"), ("白镇", "LOC"), ("调研", "v")]
    assert ("白镇", "PLACE") in found(run(doc_with(text, ents, words)))


def test_village_first_characters_join_a_one_character_town_to_the_short_place_before_it():
    text = "来到青和西镇调研"
    ents = [("青和", "PLACE"), ("西镇", "PLACE")]
    words = [("来到", "v"), ("青和", "LOC"), ("西镇", "LOC"), ("调研", "v")]
    assert found(run(doc_with(text, ents, words))) == {("青和西镇", "PLACE")}
    assert ("西镇", "PLACE") in found(run(doc_with(text, ents, words), disabled=["village_first_characters"]))


def test_bracketed_titles_before_a_name():
    text = "市工商联党组书记、常务副主席(副会长)方立一行来调研"
    doc = run(doc_with(text, [("市工商联党组", "ORG"), ("方立", "PERSON")]))
    assert titles(doc, "方立") == [("党组书记", "市工商联党组"), ("常务副主席", "市工商联"), ("副会长", "市工商联")]
    off = run(doc_with(text, [("市工商联党组", "ORG"), ("方立", "PERSON")]), disabled=["bracketed_titles"])
    assert ("常务副主席", "市工商联") not in titles(off, "方立")
    text = "省工商联副主席、青川市工商联主席(总商会会长)、青禾集团创始人方立出席"
    ents = [("省工商联", "ORG"), ("青川市工商联", "ORG"), ("青禾集团", "ORG"), ("方立", "PERSON")]
    got = titles(run(doc_with(text, ents)), "方立")  # the bracket in the list stops it no more than a title would
    assert ("省工商联副主席", "省工商联") in got and ("市工商联主席", "青川市工商联") in got


def test_chained_departments_follow_a_department_to_its_committee():
    doc = run(doc_with("县委常委、组织部部长、党校校长方立出席", [("方立", "PERSON")]))
    assert titles(doc, "方立") == [("县委常委", "县委"), ("组织部部长", "县委组织部"), ("党校校长", "县委党校")]
    doc = run(doc_with("市委副秘书长、政研室主任、改革办副主任方立出席", [("方立", "PERSON")]))
    assert titles(doc, "方立") == [("市委副秘书长", "市委"), ("政研室主任", "市委政研室"), ("改革办副主任", "市委改革办")]


def test_a_title_before_a_listed_minority_name_ends_an_organisation():
    text = "县人大常委会主任次仁率代表团来考察"
    ents = [("县人大常委会", "ORG")]
    words = [("县人大常委会", "ORG"), ("主任", "n"), ("次仁率", "nz"), ("代表团", "n"), ("来", "v"), ("考察", "v")]
    got = found(run(doc_with(text, ents, words)))
    assert ("次仁", "PERSON") in got and not any(name.endswith("代表团") for name, _ in got)


def test_split_names_join_a_surname_and_a_verb_after_a_title():
    text = "市委副书记笪乘胜，市长方立出席"
    ents = [("笪", "PERSON"), ("方立", "PERSON")]
    words = [("市委", "ORG"), ("副书记", "n"), ("笪", "PER"), ("乘胜", "v"), ("，", "w"), ("市长", "n"),
             ("方立", "PER"), ("出席", "v")]
    assert ("笪乘胜", "PERSON") in found(run(doc_with(text, ents, words)))
    # a surname before a verb with no title before it stays as the backbone left it
    text = "笪乘胜追击，方立出席"
    words = [("笪", "PER"), ("乘胜", "v"), ("追击", "v"), ("，", "w"), ("方立", "PER"), ("出席", "v")]
    assert ("笪乘胜", "PERSON") not in found(run(doc_with(text, ents, words)))


def test_a_banner_s_head_leads_its_government():
    doc = run(doc_with("旗委副书记、代理旗长方立出席", [("方立", "PERSON")]))
    assert titles(doc, "方立") == [("旗委副书记", "旗委"), ("代理旗长", "旗政府")]


def test_places_of_origin_are_the_place():
    lexicon_text = "广大郁南籍乡亲和武义籍人士"  # two listed counties' short names
    ents = [("郁南籍", "PERSON"), ("武义籍", "PLACE")]
    assert found(run(doc_with(lexicon_text, ents))) == {("郁南", "PLACE"), ("武义", "PLACE")}
    assert ("郁南籍", "PERSON") in found(run(doc_with(lexicon_text, ents), disabled=["places_of_origin"]))


def test_a_title_glued_to_a_body_ends_the_organisation_before_it():
    text = "九三学社广西区委主委方立出席"
    ents = [("九三学社", "ORG"), ("广西区委主委", "ORG"), ("方立", "PERSON")]
    words = [("九三学社", "ORG"), ("广西区委主委", "ORG"), ("方立", "PER"), ("出席", "v")]
    doc = run(doc_with(text, ents, words))
    assert ("九三学社广西区委", "ORG") in found(doc)
    assert titles(doc, "方立")[-1][1] == "九三学社广西区委"
    # a committee and its title as one word is the host's, never a name of its own
    text = "青川管委会党委书记方立出席"
    ents = [("青川管委会", "ORG"), ("方立", "PERSON")]
    words = [("青川管委会", "ORG"), ("党委书记", "n"), ("方立", "PER"), ("出席", "v")]
    assert ("青川管委会", "ORG") in found(run(doc_with(text, ents, words)))


def test_a_county_printed_after_its_city_qualifies_the_next_bare_body():
    doc = run(doc_with("山南市加查县委副书记、县长方立率团来考察", [("山南市加查县委", "ORG"), ("方立", "PERSON")]))
    assert titles(doc, "方立") == [("县委副书记", "山南市加查县委"), ("县长", "山南市加查县政府")]


def test_people_s_organisations_take_the_level_of_the_title_before_them():
    doc = run(doc_with("县委办主任、总工会主席方立出席", [("方立", "PERSON")]))
    assert titles(doc, "方立") == [("县委办主任", "县委办"), ("总工会主席", "县总工会")]


def test_a_bare_body_the_list_cannot_settle_is_the_one_the_sentence_named():
    text = "青川军分区司令员石岩，市委常委、军分区政委方立出席"
    doc = run(doc_with(text, [("青川军分区", "ORG"), ("石岩", "PERSON"), ("方立", "PERSON")]))
    assert titles(doc, "方立") == [("市委常委", "市委"), ("军分区政委", "青川军分区")]


def test_names_between_titles_whatever_their_tag():
    text = "市委常委、统战部部长边峰，市委常委、兰陵县委书记方立陪同"
    ents = [("统战部", "ORG"), ("方立", "PERSON")]
    words = [("市委", "n"), ("常委", "n"), ("、", "w"), ("统战部", "ORG"), ("部长", "n"), ("边峰", "n"), ("，", "w"),
             ("市委", "n"), ("常委", "n"), ("、", "w"), ("兰陵", "LOC"), ("县委书记", "n"), ("方立", "PER"), ("陪同", "v")]
    assert ("边峰", "PERSON") in found(run(doc_with(text, ents, words)))
    assert ("边峰", "PERSON") not in found(run(doc_with(text, ents, words), disabled=["names_between_titles"]))
    # the group a title names is no name: 镇领导班子、各单位负责人
    text = "石楼镇领导班子、各单位负责人参加"
    words = [("石楼镇", "LOC"), ("领导", "n"), ("班子", "n"), ("、", "w"), ("各", "r"), ("单位", "n"), ("负责人", "n"),
             ("参加", "v")]
    assert ("班子", "PERSON") not in found(run(doc_with(text, [("石楼镇", "PLACE")], words)))


@pytest.mark.parametrize("text,word", [("作为工业百强县，青川发展迅速", "百强县"), ("践行绿水青山就是金山银山理念", "金山银山")])
def test_honours_and_figures_of_speech_are_no_places(text, word):
    assert (word, "PLACE") not in found(run(doc_with(text, [(word, "PLACE")])))


def test_a_qualified_party_committee_and_the_government_after_it_stay_two_bodies():
    text = "在青川县委县政府的大力支持下"
    words = [("在", "p"), ("青川县委", "ORG"), ("县政府", "ORG"), ("的", "u"), ("大力", "d"), ("支持", "vn")]
    ents = [("青川县委", "ORG"), ("县政府", "ORG")]
    assert {("青川县委", "ORG"), ("县政府", "ORG")} <= found(run(doc_with(text, ents, words)))
    assert ("青川县委县政府", "ORG") in found(run(doc_with(text, ents, words), disabled=["joined_bodies"]))


def test_a_dotted_name_whose_last_part_the_backbone_left_as_one_word_is_whole():
    text = "公司经理阿布都·热合曼介绍了生产情况"
    words = [("公司", "n"), ("经理", "n"), ("阿布都", "PER"), ("·热合曼", "w"), ("介绍", "v"), ("了", "u")]
    ents = [("阿布都", "PERSON")]
    assert ("阿布都·热合曼", "PERSON") in found(run(doc_with(text, ents, words)))
    off = ["dotted_name_tails", "dotted_names_after_titles"]  # the last reads it after its title too
    assert ("阿布都", "PERSON") in found(run(doc_with(text, ents, words), disabled=off))


def test_the_verb_of_delivering_a_report_is_no_part_of_the_name_before_it():
    text = "县长邓明轩作工作报告，农民李振作说"
    words = [("县长", "n"), ("邓明轩作", "PER"), ("工作报告", "n"), ("，", "w"), ("农民", "n"), ("李振作", "PER"),
             ("说", "v")]
    ents = [("邓明轩作", "PERSON"), ("李振作", "PERSON")]
    assert {("邓明轩", "PERSON"), ("李振作", "PERSON")} <= found(run(doc_with(text, ents, words)))
    assert ("邓明轩作", "PERSON") in found(run(doc_with(text, ents, words), disabled=["names_before_reports"]))


@pytest.mark.parametrize("text, glued, parts", [
    ("调研组来到青禾街道南湾村", "青禾街道南湾村", {"青禾街道", "南湾村"}),
    ("走访白沙镇石岭村委", "白沙镇石岭村委", {"白沙镇", "石岭村委"}),
    ("走进东城区桂园社区", "东城区桂园社区", {"东城区", "桂园社区"}),
])
def test_a_subdistrict_or_district_and_a_village_in_it_are_two_places(text, glued, parts):
    assert {(part, "PLACE") for part in parts} <= found(run(doc_with(text, [(glued, "PLACE")])))
    assert (glued, "PLACE") in found(run(doc_with(text, [(glued, "PLACE")]), disabled=["glued_villages"]))


def test_institutions_named_by_their_work_and_leisure_sites_take_their_whole_name():
    text = "青川市茶叶产业发展中心主任余向东在青禾花海介绍"
    words = [("青川市", "LOC"), ("茶叶", "n"), ("产业", "n"), ("发展", "vn"), ("中心", "n"), ("主任", "n"),
             ("余向东", "PER"), ("在", "p"), ("青禾", "LOC"), ("花海", "n"), ("介绍", "v")]
    ents = [("青川市", "PLACE"), ("余向东", "PERSON"), ("青禾", "PLACE")]
    doc = run(doc_with(text, ents, words))
    assert {("青川市茶叶产业发展中心", "ORG"), ("青禾花海", "PLACE")} <= found(doc)
    assert titles(doc, "余向东") == [("主任", "青川市茶叶产业发展中心")]


def test_a_post_held_concurrently_still_names_its_holder():
    text = "重庆经开区党工委书记(兼)邓明轩率队调研"
    words = [("重庆经开区党工委", "ORG"), ("书记", "n"), ("(", "w"), ("兼", "v"), (")", "w"), ("邓明轩", "PER"),
             ("率队", "v"), ("调研", "vn")]
    ents = [("重庆经开区党工委", "ORG"), ("邓明轩", "PERSON")]
    assert [org for _, org in titles(run(doc_with(text, ents, words)), "邓明轩")] == ["重庆经开区党工委"]
    assert titles(run(doc_with(text, ents, words), disabled=["bracketed_titles"]), "邓明轩") == []


@pytest.mark.parametrize("note", ["(主持工作)", "（正处级）", "(挂职)"])
def test_a_note_on_how_a_post_is_held_stands_between_the_post_and_its_holder(note):
    text = f"省委党史研究室副主任{note}俞青山参加"
    ents = [("省委党史研究室", "ORG"), ("俞青山", "PERSON")]
    assert titles(run(doc_with(text, ents)), "俞青山") == [("副主任", "省委党史研究室")]


def test_a_listed_district_the_backbone_left_in_one_word_with_its_committee_names_it():
    text = "青禾区委书记、南岸区委书记邓明轩出席"
    words = [("青禾区委书记", "s"), ("、", "w"), ("南岸区委书记", "s"), ("邓明轩", "PER"), ("出席", "v")]
    ents = [("邓明轩", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert ("南岸区委", "ORG") in found(doc) and ("青禾区委", "ORG") not in found(doc)  # no listed 青禾区
    assert ("南岸区委", "ORG") not in found(run(doc_with(text, ents, words), disabled=["listed_divisions_before_bodies"]))


def test_a_surname_read_as_a_verb_before_a_two_character_word_is_a_name_after_a_title():
    text = "县长祝显成在会上讲话，市长到会指导"
    words = [("县长", "n"), ("祝", "v"), ("显成", "v"), ("在", "p"), ("会", "n"), ("上", "f"), ("讲话", "v"),
             ("，", "w"), ("市长", "n"), ("到", "v"), ("会", "n"), ("指导", "v")]
    doc = run(doc_with(text, [], words))
    assert ("祝显成", "PERSON") in found(doc) and not any(label == "PERSON" and name != "祝显成"
                                                        for name, label in found(doc))
    assert ("祝显成", "PERSON") not in found(run(doc_with(text, [], words), disabled=["names_tagged_as_verbs"]))


def test_a_department_after_a_name_joined_to_its_level_starts_at_the_level():
    text = "听取了县电商中心和县招商和经济合作局负责人汇报"
    words = [("听取", "v"), ("了", "u"), ("县电商中心和县", "ORG"), ("招商", "vn"), ("和", "c"), ("经济", "ORG"),
             ("合作局", "vn"), ("负责人", "n"), ("汇报", "v")]
    doc = run(doc_with(text, [("县电商中心和县", "ORG"), ("经济", "ORG")], words))
    assert ("县招商和经济合作局", "ORG") in found(doc)
    assert not any("中心和县" in name for name, _ in found(doc))


def test_a_title_the_backbone_split_between_an_organisation_and_the_next_word_is_cut_off():
    text = "县委常委、统战部部长邓明轩陪同调研"
    words = [("县委", "n"), ("常委", "n"), ("、", "w"), ("统战部部", "ORG"), ("长", "n"), ("邓明轩", "PER"),
             ("陪同", "v"), ("调研", "v")]
    ents = [("统战部部", "ORG"), ("邓明轩", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert ("统战部部", "ORG") not in found(doc) and ("统战部部长", "县委统战部") in titles(doc, "邓明轩")
    assert ("统战部部", "ORG") in found(run(doc_with(text, ents, words), disabled=["org_title_tails"]))


def test_a_government_printed_bare_before_a_government_title_is_the_one_the_title_implies():
    text = "县委副书记、政府县长邓明轩，政府副县长余向东出席"
    ents = [("邓明轩", "PERSON"), ("余向东", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "邓明轩") == [("县委副书记", "县委"), ("县长", "县政府")]
    assert titles(doc, "余向东") == [("副县长", "县政府")]


def test_a_county_of_one_character_printed_with_its_level_twice_qualifies_the_bodies_after_it():
    text = "潞县县委副书记邓明轩，县人大副主任余向东出席"
    ents = [("潞县县委", "ORG"), ("邓明轩", "PERSON"), ("余向东", "PERSON")]
    assert titles(run(doc_with(text, ents)), "余向东") == [("县人大副主任", "潞县人大")]


def test_a_secretary_printed_after_the_name_holds_the_title_of_the_committee_before_it():
    text = "邓明轩书记的讲话站位高，县委余向东书记作出批示"
    ents = [("邓明轩", "PERSON"), ("县委", "ORG"), ("余向东", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "邓明轩") == [("书记", "")] and titles(doc, "余向东") == [("书记", "县委")]
    assert titles(run(doc_with(text, ents), disabled=["titles_after"]), "余向东") == []


def test_appointed_titles_follow_the_names_elected_to_them():
    text = "会议选举方立、钟灵为县政协副主席，选举何静为政协白沙县第九届委员会秘书长。"
    ents = [("方立", "PERSON"), ("钟灵", "PERSON"), ("县政协", "ORG"), ("何静", "PERSON"), ("白沙县", "PLACE")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == titles(doc, "钟灵") == [("县政协副主席", "县政协")]
    assert titles(doc, "何静") == [("秘书长", "政协白沙县第九届委员会")]
    assert titles(run(doc_with(text, ents), disabled=["appointed_titles"]), "方立") == []


def test_an_appointed_post_may_be_closed_by_a_verb():
    text = "县委书记何静对方立同志当选县长表示祝贺"
    ents = [("何静", "PERSON"), ("方立", "PERSON")]
    words = [("当选", "v"), ("县长", "n"), ("表示", "v"), ("祝贺", "vn")]
    assert titles(run(doc_with(text, ents, words)), "方立") == [("县长", "县政府")]
    assert titles(run(doc_with(text, ents, words), disabled=["posts_before_verbs"]), "方立") == []


def test_an_appointed_post_may_be_taken_up_at_a_place_printed_before_the_appointment():
    text = "方立主动请缨到上坝村担任驻村第一书记，钟灵到石岭镇调研"
    ents = [("方立", "PERSON"), ("上坝村", "PLACE"), ("钟灵", "PERSON"), ("石岭镇", "PLACE")]
    assert titles(run(doc_with(text, ents)), "方立") == [("驻村第一书记", "村党支部")]  # the resolver names the village
    assert titles(run(doc_with(text, ents)), "钟灵") == []
    assert titles(run(doc_with(text, ents), disabled=["posted_appointees"]), "方立") == []


def test_appointed_titles_need_a_post_that_reaches_back_to_the_appointment():
    text = "方立为群众办实事，钟灵任务繁重。"
    doc = run(doc_with(text, [("方立", "PERSON"), ("钟灵", "PERSON")]))
    assert titles(doc, "方立") == titles(doc, "钟灵") == []


def test_a_bureau_a_listed_title_names_is_an_organisation():
    text = "市纪委常委、监察局副局长方立出席"
    doc = run(doc_with(text, [("市纪委", "ORG"), ("方立", "PERSON")]))
    assert ("监察局", "ORG") in found(doc) and titles(doc, "方立") == [("市纪委常委", "市纪委"), ("副局长", "监察局")]
    assert ("监察局", "ORG") not in found(run(doc_with(text, [("市纪委", "ORG"), ("方立", "PERSON")]),
                                            disabled=["listed_departments"]))


def test_suffixed_orgs_in_titles_name_the_untagged_organisation_and_keep_the_list_going():
    text = "县委常委、园区管委会主任方立陪同"
    doc = run(doc_with(text, [("方立", "PERSON")]))
    assert titles(doc, "方立") == [("县委常委", "县委"), ("主任", "园区管委会")]
    assert titles(run(doc_with(text, [("方立", "PERSON")]), disabled=["suffixed_orgs_in_titles"]), "方立") == [("主任", "")]
    assert titles(run(doc_with("我们都是好主任方立", [("方立", "PERSON")])), "方立") == [("主任", "")]  # no suffix
    doc = run(doc_with("座谈会上，与商会秘书长方立交流", [("方立", "PERSON")]))  # 与 starts no organisation:
    assert titles(doc, "方立") == [("商会秘书长", "商会")]  # the bare 商会 is the article's one chamber (company_titles)


def test_a_bare_body_listed_after_a_settled_title_takes_its_zone():
    text = "青禾经开区党工委书记方立，党工委副书记、管委会主任石岩出席"
    ents = [("青禾经开区党工委", "ORG"), ("方立", "PERSON"), ("石岩", "PERSON")]
    assert titles(run(doc_with(text, ents)), "石岩")[-1] == ("管委会主任", "青禾经开区管委会")
    doc = run(doc_with("区党工委副书记、管委会主任石岩带队", [("石岩", "PERSON")]))
    assert titles(doc, "石岩") == [("区党工委副书记", "区党工委"), ("管委会主任", "区管委会")]


def test_titles_before_colons_go_to_the_list_after_them():
    text = "本次会议执行主席是：方立、钟灵、何静。"
    ents = [("方立", "PERSON"), ("钟灵", "PERSON"), ("何静", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == titles(doc, "何静") == [("执行主席", "")]
    assert titles(run(doc_with(text, ents), disabled=["titles_before_colons"]), "方立") == []


def test_a_body_with_its_term_needs_a_place_the_backbone_found():
    """Bug: 主任甲乙丙主持召开县第十七届人大常委会 was one organisation, from 常委会 on, the words before the
    level taken for a place name."""
    text = "县人大常委会主任方立主持召开县第十七届人大常委会第六次会议"
    ents = [("县人大常委会", "ORG"), ("方立", "PERSON"), ("人大常委会", "ORG")]
    result = found(run(doc_with(text, ents)))
    assert ("方立", "PERSON") in result and ("县第十七届人大常委会", "ORG") in result
    assert not any(len(name) > len("县第十七届人大常委会") for name, _ in result)


def test_a_party_committee_named_with_its_term_is_one_organisation():
    text = "中国共产党青川市第九届委员会第一次全体会议召开"
    assert ("中国共产党青川市第九届委员会", "ORG") in found(run(doc_with(text, [("中国共产党", "ORG"), ("青川市", "PLACE")])))


def test_section_heads_name_the_section_of_an_organisation_the_backbone_left_untagged():
    text = "会上，省农业农村厅种植处处长方立介绍情况"
    doc = run(doc_with(text, [("方立", "PERSON")]))
    assert titles(doc, "方立") == [("种植处处长", "省农业农村厅种植处")]
    assert titles(run(doc_with(text, [("方立", "PERSON")]), disabled=["section_heads"]), "方立") != \
        [("种植处处长", "省农业农村厅种植处")]


def test_a_party_committee_s_formal_name_qualifies_bodies_without_the_party():
    text = "中共青山县委书记方立带领县人民政府副县长钟灵调研"
    doc = run(doc_with(text, [("中共青山县委", "ORG"), ("方立", "PERSON"), ("钟灵", "PERSON")]))
    assert titles(doc, "钟灵") == [("县人民政府副县长", "青山县人民政府")]


@pytest.mark.parametrize("text, programme", [
    ("深入实施人才强县战略", "人才强县战略"),
    ("全力推进古城保护提升行动", "古城保护提升行动"),
    ("启动乡贤回归工程", "乡贤回归工程"),
])
def test_programme_patterns_read_what_a_government_carries_out(text, programme):
    assert (programme, "PROGRAMME") in found(run(doc_with(text)))
    assert (programme, "PROGRAMME") not in found(run(doc_with(text), disabled=["programme_patterns"]))


@pytest.mark.parametrize("text, wrong", [("开展的专项行动", "的专项行动"), ("推进全县道路提升工程", "全县道路提升工程"),
                                         ("实施各项惠民工程", "各项惠民工程")])
def test_carried_out_programmes_start_at_a_name_not_a_scope_or_a_clause(text, wrong):
    assert (wrong, "PROGRAMME") not in found(run(doc_with(text)))


def test_surnames_glued_to_titles_take_a_one_character_given_name_before_a_pause():
    text = "区委副书记、区政府区长方矛出席会议"
    words = [("区委", "ORG"), ("副书记", "n"), ("、", "w"), ("区政府", "ORG"), ("区", "n"), ("长方", "n"), ("矛", "n"),
             ("出席", "v"), ("会议", "n")]
    doc = run(doc_with(text, [("区委", "ORG"), ("区政府", "ORG")], words))
    assert ("方矛", "PERSON") in found(doc)
    off = run(doc_with(text, [("区委", "ORG"), ("区政府", "ORG")], words),
              disabled=["surnames_glued_to_titles", "paused_given_names"])
    assert ("方矛", "PERSON") not in found(off)
    words = [("市长", "n"), ("方面", "n"), ("表示", "v")]  # a word of the language after the title: no name
    assert not found(run(doc_with("市长方面表示", [], words)))


def test_a_surname_read_as_a_verb_starts_the_first_name_of_a_list():
    text = "市政府参事关保英、钟灵出席"
    words = [("市政府", "ORG"), ("参事", "n"), ("关", "v"), ("保英", "v"), ("、", "w"), ("钟灵", "PER"), ("出席", "v")]
    doc = run(doc_with(text, [("市政府", "ORG"), ("钟灵", "PERSON")], words))
    assert ("关保英", "PERSON") in found(doc) and titles(doc, "关保英") == [("市政府参事", "市政府")]
    words[-2:] = [("出席", "v")]
    doc = run(doc_with("市政府参事关保英、出席", [("市政府", "ORG")], [w for w in words if w[0] != "钟灵"]))
    assert ("关保英", "PERSON") not in found(doc)  # no name follows the 、: nothing says the verbs are a name


def test_dotted_name_heads_take_the_character_left_between_the_title_and_the_name():
    text = "县委副书记、县长热夏提·木沙江出席"
    words = [("县委", "ORG"), ("副书记", "n"), ("、", "w"), ("县长", "n"), ("热", "a"), ("夏提·木沙江", "PER"), ("出席", "v")]
    ents = [("县委", "ORG"), ("夏提·木沙江", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert ("热夏提·木沙江", "PERSON") in found(doc) and titles(doc, "热夏提·木沙江")[-1] == ("县长", "县政府")
    assert ("夏提·木沙江", "PERSON") in found(run(doc_with(text, ents, words), disabled=["dotted_name_heads"]))
    words = [("他", "r"), ("很", "d"), ("热", "a"), ("夏提·木沙江", "PER"), ("说", "v")]  # no title before: no head
    assert ("夏提·木沙江", "PERSON") in found(run(doc_with("他很热夏提·木沙江说", [("夏提·木沙江", "PERSON")], words)))


def test_titles_of_a_level_s_chiefs_keep_the_title_list_going():
    doc = run(doc_with("区委书记、区级林长方立带队", [("区委", "ORG"), ("方立", "PERSON")]))
    assert titles(doc, "方立") == [("区委书记", "区委"), ("区级林长", "")]


def test_autonomous_levels_qualify_their_bare_bodies():
    doc = run(doc_with("自治县委书记方立主持仪式", [("方立", "PERSON")]))
    assert titles(doc, "方立") == [("自治县委书记", "自治县委")]


def test_minority_names_read_mongolian_names_the_backbone_cut():
    words = [("政府", "n"), ("副旗长", "n"), ("那", "r"), ("日", "q"), ("苏", "PER"), ("参加", "v"), ("调研", "vn")]
    doc = run(doc_with("政府副旗长那日苏参加调研", [("苏", "PERSON")], words))
    assert ("那日苏", "PERSON") in found(doc)


def test_org_name_titles_give_a_title_after_a_name_the_organisation_before_it():
    text = "与州交通运输局方立局长、州城投集团钟灵董事长座谈"
    ents = [("州交通运输局", "ORG"), ("方立", "PERSON"), ("州城投集团", "ORG"), ("钟灵", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("局长", "州交通运输局")]
    off = ["org_name_titles", "titles_after_before_acts"]  # the second reads the title with no organisation
    assert titles(run(doc_with(text, ents), disabled=off), "方立") == []
    doc = run(doc_with("州交通运输局方立局长表态", ents[:2]))  # no pause after the title: a clause, not a list
    assert titles(doc, "方立") == []


def test_names_ending_orgs_split_a_name_from_the_organisation_before_its_title():
    text = "州城投集团钟灵董事长、州公路局方立局长座谈"
    ents = [("州城投集团钟灵", "ORG"), ("州公路局", "ORG"), ("方立", "PERSON")]
    doc = run(doc_with(text, ents))
    assert {("州城投集团", "ORG"), ("钟灵", "PERSON")} <= found(doc)
    assert ("州城投集团钟灵", "ORG") in found(run(doc_with(text, ents), disabled=["names_ending_orgs"]))
    doc = run(doc_with("市委史志室主任方立到会", [("市委史志室", "ORG"), ("方立", "PERSON")]))
    assert ("市委史志室", "ORG") in found(doc)  # a unit's name ends in 室, never a person's
    ranked = doc_with("县政协方立副主席带队调研", [("县政协方立", "ORG")])  # a ranked title after the name
    assert {("县政协", "ORG"), ("方立", "PERSON")} <= found(run(ranked))


def test_long_orgs_in_titles_read_a_body_s_whole_name_from_its_level():
    text = "，区委非公有制企业和社会组织工作委员会书记方立，区社区建设和社会组织指导中心主任钟灵一行"
    ents = [("区委", "ORG"), ("方立", "PERSON"), ("钟灵", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("书记", "区委非公有制企业和社会组织工作委员会")]
    assert titles(doc, "钟灵") == [("主任", "区社区建设和社会组织指导中心")]
    off = run(doc_with(text, ents), disabled=["long_orgs_in_titles"])
    assert titles(off, "钟灵") == [("主任", "")]


def test_preposition_starts_drop_a_verb_of_going_glued_before_a_level_word():
    doc = run(doc_with("带队赴州交通运输局对接", [("赴州交通运输局", "ORG")]))
    assert ("州交通运输局", "ORG") in found(doc)


def test_a_dai_surname_glued_to_the_title_starts_a_name():
    text = "县人民政府县长刀建华讲话"
    words = [("县人民政府", "ORG"), ("县", "n"), ("长刀", "n"), ("建华", "PER"), ("讲话", "v")]
    doc = run(doc_with(text, [("县人民政府", "ORG"), ("建华", "PERSON")], words))
    assert ("刀建华", "PERSON") in found(doc)


def test_names_before_leader_titles_read_a_name_the_backbone_took_for_a_noun():
    text = "认真学习贯彻方立平总书记重要讲话精神"
    words = [("认真", "ad"), ("学习", "v"), ("贯彻", "v"), ("方立平", "nz"), ("总书记", "n"), ("重要讲话", "a"), ("精神", "n")]
    assert ("方立平", "PERSON") in found(run(doc_with(text, [], words)))
    assert not found(run(doc_with(text, [], words), disabled=["names_before_leader_titles"]))
    words = [("党委", "n"), ("书记", "n"), ("讲话", "v")]  # a title without a national body: no sign of a name
    assert not found(run(doc_with("党委书记讲话", [], words)))


def test_a_former_title_and_an_office_s_short_name_keep_a_title_list_going():
    text = "市政府参事、市信访办原主任方立一行调研"
    doc = run(doc_with(text, [("市政府", "ORG"), ("方立", "PERSON")]))
    assert titles(doc, "方立") == [("市政府参事", "市政府"), ("原主任", "市信访办")]


def test_an_inspection_team_is_the_organisation_its_leader_heads():
    words = [("省", "n"), ("第三", "m"), ("生态环境", "n"), ("保护", "v"), ("督察组", "n"), ("组长", "n"), ("方立", "PER"),
             ("带队", "v")]
    doc = run(doc_with("省第三生态环境保护督察组组长方立带队", [("方立", "PERSON")], words))
    assert ("省第三生态环境保护督察组", "ORG") in found(doc)
    assert titles(doc, "方立") == [("组长", "省第三生态环境保护督察组")]


def test_level_offices_name_an_office_by_its_short_name():
    text = "自治区园区办副主任方立、钟灵参加"
    ents = [("方立", "PERSON"), ("钟灵", "PERSON")]
    assert titles(run(doc_with(text, ents)), "方立") == [("副主任", "自治区园区办")]
    assert titles(run(doc_with(text, ents), disabled=["level_offices"]), "方立") == [("副主任", "")]
    doc = run(doc_with("大家一起办副主任方立参加", [("方立", "PERSON")]))  # no level word: no office
    assert titles(doc, "方立") == [("副主任", "")]


def test_minority_names_read_a_mongolian_name_the_backbone_cut_short():
    words = [("旗政协", "ORG"), ("副主席", "n"), ("额尔", "PER"), ("登木图", "n"), ("，", "w")]
    doc = run(doc_with("旗政协副主席额尔登木图，", [("旗政协", "ORG"), ("额尔", "PERSON")], words))
    assert ("额尔登木图", "PERSON") in found(doc)


def test_duty_phrases_keep_the_title_list_before_them():
    text = "县委常委、负责县政府常务工作的副县长方立出席"
    doc = run(doc_with(text, [("方立", "PERSON")]))
    assert titles(doc, "方立") == [("县委常委", "县委"), ("副县长", "县政府")]
    assert titles(run(doc_with(text, [("方立", "PERSON")]), disabled=["duty_phrases"]), "方立") == [("副县长", "县政府")]


def test_common_words_and_a_site_word_after_a_village_name_no_site():
    text = "来到石岭村花椒种植基地调研"
    words = [("来到", "v"), ("石岭村", "LOC"), ("花椒", "n"), ("种植基地", "n"), ("调研", "v")]
    ents = [("石岭村", "PLACE")]
    assert found(run(doc_with(text, ents, words))) == {("石岭村", "PLACE")}
    assert ("花椒种植基地", "PLACE") in found(run(doc_with(text, ents, words), disabled=["village_plots"]))
    # a county's plot is the county's site, named with it
    county = "来到石岭县花椒种植基地调研"
    words = [("来到", "v"), ("石岭县", "LOC"), ("花椒", "n"), ("种植基地", "n"), ("调研", "v")]
    assert ("石岭县花椒种植基地", "PLACE") in found(run(doc_with(county, [("石岭县", "PLACE")], words)))


def test_a_level_word_printed_alone_starts_an_organisation_of_that_level():
    text = "要求县生态环境分局和乡镇落实"
    words = [("要求", "v"), ("县", "n"), ("生态", "n"), ("环境", "n"), ("分局", "n"), ("和", "c"), ("乡镇", "n"),
             ("落实", "v")]
    assert ("县生态环境分局", "ORG") in found(run(doc_with(text, (), words)))
    assert not found(run(doc_with(text, (), words), disabled=["level_led_orgs"]))


@pytest.mark.parametrize("text, words", [
    ("率县党政考察团到青石考察", [("率", "v"), ("县", "n"), ("党政", "n"), ("考察团", "n")]),  # a visit, no body
    ("来到市中心", [("来到", "v"), ("市", "n"), ("中心", "n")]),  # the city centre
])
def test_a_level_word_before_a_visit_or_a_bare_suffix_is_no_organisation(text, words):
    assert not {e for e in found(run(doc_with(text, (), words))) if e[1] == "ORG"}


def test_an_organisation_stationed_somewhere_and_its_office_suffix_are_one_office():
    text = "石岭日报驻青石记者站站长王青说"
    ents = [("石岭日报", "ORG"), ("青石", "PLACE"), ("王青", "PERSON")]
    words = [("石岭日报", "ORG"), ("驻", "v"), ("青石", "LOC"), ("记者", "n"), ("站", "n"), ("站长", "n"), ("王青", "PER")]
    assert ("石岭日报驻青石记者站", "ORG") in found(run(doc_with(text, ents, words)))
    assert ("石岭日报驻青石记者站", "ORG") not in found(run(doc_with(text, ents, words), disabled=["stationed_offices"]))
    # a conjunction ends the office: the next name is another body
    text = "在青石政府驻石岭联络处和市政协的支持下"
    ents = [("青石政府", "ORG"), ("石岭联络处和市政协", "ORG")]
    words = [("在", "p"), ("青石政府", "ORG"), ("驻", "v"), ("石岭联络处和市政协", "ORG"), ("的", "u")]
    assert ("青石政府驻石岭联络处和市政协", "ORG") not in found(run(doc_with(text, ents, words)))


def test_a_conjunction_and_a_level_word_after_a_name_are_no_county():
    text = "石岭镇和县属企业负责人参加"
    ents = [("石岭镇", "PLACE"), ("和县", "PLACE")]
    assert found(run(doc_with(text, ents))) == {("石岭镇", "PLACE")}
    assert ("和县", "PLACE") in found(run(doc_with(text, ents), disabled=["conjunction_levels"]))
    county = "安徽省和县召开会议"  # after its province, the county of that name
    assert ("和县", "PLACE") in found(run(doc_with(county, [("安徽省", "PLACE"), ("和县", "PLACE")])))


def test_a_city_s_name_inside_a_set_phrase_of_a_speech_is_a_common_word():
    text = "向各位来宾表示欢迎"
    assert not found(run(doc_with(text, [("来宾", "PLACE")])))
    assert ("来宾", "PLACE") in found(run(doc_with(text, [("来宾", "PLACE")]), disabled=["idioms", "stop_entities"]))


def test_a_village_s_bare_branch_before_a_title_is_its_organisation():
    """村党支部书记王青: the resolver names the branch of the village the sentence names."""
    doc = run(doc_with("在石岭村，村党支部书记王青介绍", [("石岭村", "PLACE"), ("王青", "PERSON")]))
    assert titles(doc, "王青") == [("村党支部书记", "村党支部")]


def test_a_party_post_after_a_comma_takes_the_committee_the_name_before_held_a_post_of():
    text = "石岭县委副书记、县长王青，副书记李白出席"
    ents = [("石岭县委", "ORG"), ("王青", "PERSON"), ("李白", "PERSON")]
    assert titles(run(doc_with(text, ents)), "李白") == [("副书记", "石岭县委")]  # not the government the 县长 heads
    assert titles(run(doc_with(text, ents)), "王青")[-1][1] == "石岭县政府"


def test_a_zone_s_board_after_its_party_committee_is_the_same_zone_s():
    doc = run(doc_with("区党委副书记、管委会主任王青出席", [("王青", "PERSON")]))
    assert titles(doc, "王青") == [("区党委副书记", "区党委"), ("管委会主任", "区管委会")]


def test_slogan_names_are_no_persons_but_quoted_speech_keeps_its_names():
    text = "村里举办“桃枝映雪·汉韵流芳”游园会，“以周保月、以月保年”。王大伟说：“李明华、赵小兵都来了。”"
    ents = [("汉韵流芳", "PERSON"), ("月保年", "PERSON"), ("王大伟", "PERSON"), ("李明华", "PERSON"), ("赵小兵", "PERSON")]
    doc = run(doc_with(text, ents))
    assert found(doc) == {("王大伟", "PERSON"), ("李明华", "PERSON"), ("赵小兵", "PERSON")}
    assert ("汉韵流芳", "PERSON") in found(run(doc_with(text, ents), disabled=["slogan_names"]))


def test_names_before_acting_posts_leave_the_acting_mark_to_the_post():
    text = "会议传达了吴卫平代省长的讲话，方立代表县委发言"
    ents = [("吴卫平代", "PERSON"), ("方立代", "PERSON")]
    assert {("吴卫平", "PERSON"), ("方立代", "PERSON")} <= found(run(doc_with(text, ents)))  # 代表: no post
    assert ("吴卫平代", "PERSON") in found(run(doc_with(text, ents), disabled=["names_before_acting_posts"]))


def test_names_before_etc_leave_the_list_s_etc_out_of_the_last_name():
    text = "受到村主任陈志远和村委吴卫平等的欢迎"
    ents = [("陈志远", "PERSON"), ("吴卫平等", "PERSON")]
    assert found(run(doc_with(text, ents))) == {("陈志远", "PERSON"), ("吴卫平", "PERSON")}
    assert ("吴卫平等", "PERSON") in found(run(doc_with(text, ents), disabled=["names_before_etc"]))


def test_stop_entities_drop_a_people_the_backbone_took_for_an_organisation():
    text = "哈尼族群众和畲族同胞在青禾镇欢度节日"
    ents = [("哈尼族", "ORG"), ("畲族", "ORG"), ("青禾镇", "PLACE")]
    assert found(run(doc_with(text, ents))) == {("青禾镇", "PLACE")}
    assert ("哈尼族", "ORG") in found(run(doc_with(text, ents), disabled=["stop_entities"]))


def test_programme_patterns_read_honours_by_their_scope_and_kind():
    text = "青禾村先后荣获全国文明村、省级乡村振兴试点村，王大伟是“平川市农村科技示范户”，正在创建全国文明村镇"
    doc = run(doc_with(text, [("青禾村", "PLACE"), ("王大伟", "PERSON"), ("平川市", "PLACE")]))
    assert {("全国文明村", "PROGRAMME"), ("省级乡村振兴试点村", "PROGRAMME"), ("平川市农村科技示范户", "PROGRAMME")} <= found(doc)
    assert ("全国文明村镇", "PROGRAMME") not in found(doc)


def test_programme_patterns_read_honours_of_a_region_s_produce_and_of_tourism():
    text = "青川获评国家全域旅游示范区，是中国猕猴桃之乡，也是“竹编之乡”"
    doc = run(doc_with(text, [("青川", "PLACE")], [("青川", "LOC"), ("获评", "v"), ("国家", "n"), ("全域", "n"),
                                                    ("旅游", "vn"), ("示范区", "n")]))
    assert {("国家全域旅游示范区", "PROGRAMME"), ("中国猕猴桃之乡", "PROGRAMME"), ("竹编之乡", "PROGRAMME")} <= found(doc)


def test_village_word_tails_give_the_village_back_its_own_name():
    text = "青石村村主任赵明和白沙村村民一起劳动"
    ents = [("青石村村", "PLACE"), ("赵明", "PERSON"), ("白沙村村", "PLACE")]
    assert {("青石村", "PLACE"), ("白沙村", "PLACE")} <= found(run(doc_with(text, ents)))
    assert ("青石村村", "PLACE") in found(run(doc_with(text, ents), disabled=["village_word_tails"]))


def test_a_village_s_head_and_secretary_name_its_committee_and_its_party_branch():
    doc = run(doc_with("青石村村主任赵明、白沙村村支书钱亮出席", [("青石村", "PLACE"), ("赵明", "PERSON"), ("白沙村", "PLACE"), ("钱亮", "PERSON")]))
    assert titles(doc, "赵明") == [("村主任", "青石村委会")]
    assert titles(doc, "钱亮") == [("村支书", "白沙村党支部")]


def test_programmes_lexicon_holds_national_policies_printed_bare():
    got = found(run(doc_with("开展家电以旧换新，落实双减，做好一老一小服务，推进美丽圩镇建设")))
    assert {("以旧换新", "PROGRAMME"), ("双减", "PROGRAMME"), ("一老一小", "PROGRAMME"), ("美丽圩镇", "PROGRAMME")} <= got


@pytest.mark.parametrize("text", ["持续推进人居环境整治", "加快老旧小区改造", "推进新型城镇化", "守护菜篮子"])
def test_policy_phrases_the_gold_sets_leave_out_are_no_programmes(text):
    assert not {label for _, label in found(run(doc_with(text)))} & {"PROGRAMME"}


def test_conjoined_departments_take_both_fields_but_leave_two_bodies_two():
    text = "青川县文化和广电旅游体育局、中央党校和国家行政学院"
    ents = [("青川县文化", "ORG"), ("广电旅游体育局", "ORG"), ("中央党校", "ORG"), ("国家行政学院", "ORG")]
    got = found(run(doc_with(text, ents)))
    assert ("青川县文化和广电旅游体育局", "ORG") in got
    assert {("中央党校", "ORG"), ("国家行政学院", "ORG")} <= got
    assert ("青川县文化和广电旅游体育局", "ORG") not in found(run(doc_with(text, ents), disabled=["conjoined_departments"]))


def test_place_trailing_words_leave_the_city_of_its_directly_run_bodies():
    text = "青川市直相关部门负责人参加，推进乡村振兴驻镇帮镇扶村工作"
    got = found(run(doc_with(text, [("青川市直", "PLACE")])))
    assert {("青川市", "PLACE"), ("乡村振兴驻镇帮镇扶村", "PROGRAMME")} <= got


def test_a_title_printed_after_the_name_of_who_chairs_or_briefs_and_a_ministry_s_department_head():
    doc = run(doc_with("庄青山市长主持会议，寸文华副市长通报情况，国家文化部非遗司副司长刘一宁出席",
                       [("庄青山", "PERSON"), ("寸文华", "PERSON"), ("国家文化部非遗司", "ORG"), ("刘一宁", "PERSON")]))
    assert [t for t, _ in titles(doc, "庄青山")] == ["市长"] and [t for t, _ in titles(doc, "寸文华")] == ["副市长"]
    assert titles(doc, "刘一宁") == [("副司长", "国家文化部非遗司")]


def test_a_list_closed_by_the_leaders_of_the_four_bodies_gives_each_name_that_title():
    text = "陈浩然、张洪国等县四套班子领导参加"
    doc = run(doc_with(text, [("陈浩然", "PERSON"), ("张洪国", "PERSON")]))
    assert [t for t, _ in titles(doc, "陈浩然")] == [t for t, _ in titles(doc, "张洪国")] == ["县四套班子领导"]


def test_clan_names_are_no_persons():
    text = "岑氏家族和蒋氏膏药传承人王大伟"
    ents = [("岑氏", "PERSON"), ("蒋氏", "PERSON"), ("王大伟", "PERSON")]
    assert found(run(doc_with(text, ents))) == {("王大伟", "PERSON")}
    assert ("岑氏", "PERSON") in found(run(doc_with(text, ents), disabled=["clan_names"]))


def test_titled_run_heads_take_a_list_s_first_name_the_backbone_read_as_a_verb():
    text = "县领导向东、王丽英、谭文峰等出席"
    words = [("县", "n"), ("领导", "n"), ("向东", "v"), ("、", "w"), ("王丽英", "PER"), ("、", "w"), ("谭文峰", "PER")]
    ents = [("王丽英", "PERSON"), ("谭文峰", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert ("向东", "PERSON") in found(doc) and titles(doc, "向东") == [("县领导", "")]
    assert ("向东", "PERSON") not in found(run(doc_with(text, ents, words), disabled=["titled_run_heads"]))


def test_town_like_names_take_a_name_ending_like_a_town_between_two_persons():
    text = "在陈文忠、高晓君、曾向镇、陈立华等市领导的陪同下考察，途经黄坡镇、梅录镇、林头镇"
    ents = [("陈文忠", "PERSON"), ("高晓君", "PERSON"), ("曾向镇", "PLACE"), ("陈立华", "PERSON"),
            ("黄坡镇", "PLACE"), ("梅录镇", "PLACE"), ("林头镇", "PLACE")]
    doc = run(doc_with(text, ents))
    assert ("曾向镇", "PERSON") in found(doc) and titles(doc, "高晓君") == [("市领导", "")]
    assert {("黄坡镇", "PLACE"), ("梅录镇", "PLACE"), ("林头镇", "PLACE")} <= found(doc)
    assert ("曾向镇", "PLACE") in found(run(doc_with(text, ents), disabled=["town_like_names"]))


def test_names_before_conjunctions_cut_a_person_run_into_a_level_led_body():
    text = "县政协副主席、实验学校校长熊丽贤和县政府办负责同志陪同"
    ents = [("县政协", "ORG"), ("熊丽贤和县政府办", "PERSON")]
    doc = run(doc_with(text, ents))
    assert ("熊丽贤", "PERSON") in found(doc)
    assert [t for t, _ in titles(doc, "熊丽贤")] == ["县政协副主席", "校长"]
    assert ("熊丽贤", "PERSON") not in found(run(doc_with(text, ents), disabled=["names_before_conjunctions"]))


def test_names_over_places_take_a_place_of_old_and_the_character_after_it_as_a_name():
    text = "城关镇党委书记赵国法，县长黄州平出席"
    ents = [("城关镇党委", "ORG"), ("赵国", "PLACE"), ("黄州", "PLACE")]
    words = [("城关镇党委", "ORG"), ("书记", "n"), ("赵国", "LOC"), ("法", "n"), ("，", "w"), ("县长", "n"),
             ("黄州", "LOC"), ("平", "a")]
    doc = run(doc_with(text, ents, words))
    assert ("赵国法", "PERSON") in found(doc) and titles(doc, "赵国法") == [("镇党委书记", "城关镇党委")]
    assert ("黄州", "PLACE") in found(doc)  # a listed city starts no name
    assert ("赵国", "PLACE") in found(run(doc_with(text, ents, words), disabled=["names_over_places"]))


def test_zone_boards_take_the_zone_word_the_backbone_cut():
    text = "县政协副主席、开发区管委会主任赵明出席"
    ents = [("县政协", "ORG"), ("区管委会", "ORG"), ("赵明", "PERSON")]
    doc = run(doc_with(text, ents))
    assert ("开发区管委会", "ORG") in found(doc)
    assert titles(doc, "赵明") == [("县政协副主席", "县政协"), ("主任", "开发区管委会")]
    assert ("区管委会", "ORG") in found(run(doc_with(text, ents), disabled=["zone_boards"]))


def test_academic_posts_held_as_guests_or_for_life_and_court_posts_are_titles():
    text = "美国医学科学院外籍院士柯文杨、青川大学终身教授茅文琦、法官助理李丽娜和书记员陈宜出席"
    ents = [("美国医学科学院", "ORG"), ("柯文杨", "PERSON"), ("青川大学", "ORG"), ("茅文琦", "PERSON"),
            ("李丽娜", "PERSON"), ("陈宜", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "柯文杨") == [("外籍院士", "美国医学科学院")]
    assert titles(doc, "茅文琦") == [("终身教授", "青川大学")]
    assert [t for t, _ in titles(doc, "李丽娜")] == ["法官助理"] and [t for t, _ in titles(doc, "陈宜")] == ["书记员"]


def test_a_list_of_bearers_closed_by_a_head_count_of_heritage_bearers_gives_each_the_title():
    text = "苗福生、徐建文、王亚玲等10名传承人走进图书馆"
    doc = run(doc_with(text, [("苗福生", "PERSON"), ("徐建文", "PERSON"), ("王亚玲", "PERSON")]))
    assert all([t for t, _ in titles(doc, name)] == ["传承人"] for name in ("苗福生", "徐建文", "王亚玲"))


def test_comma_leader_lists_go_on_after_a_comma_with_untitled_names_listed_on():
    text = "县领导刘文琦、朱海明，周景刚、卢永明以及县直单位负责人参加。市领导王建国、李明华，陈晓东说，要抓落实"
    ents = [("刘文琦", "PERSON"), ("朱海明", "PERSON"), ("周景刚", "PERSON"), ("卢永明", "PERSON"),
            ("王建国", "PERSON"), ("李明华", "PERSON"), ("陈晓东", "PERSON")]
    doc = run(doc_with(text, ents))
    assert all(titles(doc, name) == [("县领导", "")] for name in ("刘文琦", "朱海明", "周景刚", "卢永明"))
    assert titles(doc, "陈晓东") == []  # a new clause's subject, not a listed leader
    assert titles(run(doc_with(text, ents), disabled=["comma_leader_lists"]), "周景刚") == []


def test_water_scopes_keep_a_title_list_going_past_the_river_a_chief_is_charged_with():
    text = "区委常委、组织部长、青溪水库和白沙港区级河长潘小军赴大王镇，富山乡乡长、赣江(主流段)富山段乡级河长陈金明汇报"
    ents = [("潘小军", "PERSON"), ("大王镇", "PLACE"), ("富山乡", "PLACE"), ("赣江", "PLACE"), ("陈金明", "PERSON")]
    doc = run(doc_with(text, ents))
    assert [t for t, _ in titles(doc, "潘小军")] == ["区委常委", "组织部长", "区级河长"]
    assert [t for t, _ in titles(doc, "陈金明")] == ["乡长", "乡级河长"]
    off = run(doc_with(text, ents), disabled=["water_scopes", "unread_org_posts"])  # the later rule reads it too
    assert [t for t, _ in titles(off, "潘小军")] == ["区级河长"]


def test_a_chief_over_the_others_of_a_post_is_a_ranked_title():
    doc = run(doc_with("县委书记、县级总林长项文跃调研", [("项文跃", "PERSON")]))
    assert [t for t, _ in titles(doc, "项文跃")] == ["县委书记", "县级总林长"]


def test_stop_entities_drop_a_city_whose_bare_name_is_a_common_word_but_keep_it_with_its_level():
    text = "对各级领导、来宾的光临表示感谢，祝大家幸福安康，来宾市代表团出席"
    ents = [("来宾", "PLACE"), ("安康", "PLACE"), ("来宾市", "PLACE")]
    assert found(run(doc_with(text, ents))) == {("来宾市", "PLACE")}
    assert ("来宾", "PLACE") in found(run(doc_with(text, ents), disabled=["stop_entities"]))


def test_association_suffixes_join_a_country_and_the_association_the_backbone_cut():
    text = "荷兰中国经济贸易促进会执行会长张文龙、青川县徐霞客研究会会长李国斌出席"
    ents = [("荷兰", "PLACE"), ("中国经济贸易促进会", "ORG"), ("张文龙", "PERSON"), ("青川县", "PLACE"), ("李国斌", "PERSON")]
    words = [("荷兰", "LOC"), ("中国经济贸易促进会", "ORG"), ("执行", "v"), ("会长", "n"), ("张文龙", "PER"), ("、", "w"),
             ("青川县", "LOC"), ("徐霞客", "PER"), ("研究会", "n")]
    doc = run(doc_with(text, ents, words))
    assert {("荷兰中国经济贸易促进会", "ORG"), ("青川县徐霞客研究会", "ORG")} <= found(doc)
    assert titles(doc, "张文龙") == [("执行会长", "荷兰中国经济贸易促进会")]


def test_rotating_senior_and_full_time_holders_and_association_members_are_ranked_titles():
    text = "青川商会轮值副会长王立明、青川集团高级副总裁李海风、县落实办专职副主任高兴宏、中国作协会员何少山出席"
    ents = [("青川商会", "ORG"), ("王立明", "PERSON"), ("青川集团", "ORG"), ("李海风", "PERSON"), ("县落实办", "ORG"),
            ("高兴宏", "PERSON"), ("中国作协", "ORG"), ("何少山", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "王立明") == [("轮值副会长", "青川商会")] and titles(doc, "李海风") == [("高级副总裁", "青川集团")]
    assert titles(doc, "高兴宏") == [("专职副主任", "县落实办")] and titles(doc, "何少山") == [("会员", "中国作协")]


def test_leader_names_in_words_read_a_leader_s_name_the_backbone_ran_into_a_long_word():
    text = "深入学习贯彻习近平总书记系列重要讲话精神"
    words = [("深入", "ad"), ("学习", "v"), ("贯彻", "v"), ("习近平总书记系列重要讲话精神", "nz")]
    doc = run(doc_with(text, (), words))
    assert ("习近平", "PERSON") in found(doc) and titles(doc, "习近平") == [("总书记", "中共中央")]
    assert not found(run(doc_with(text, (), words), disabled=["leader_names_in_words"]))


def test_listed_companies_take_the_untagged_words_before_a_company_s_post_in_a_title_list():
    text = "市政协原副主席、西部钻探副总经理尹兆明，市委常委、市政府副市长王明出席"
    ents = [("尹兆明", "PERSON"), ("王明", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "尹兆明") == [("市政协原副主席", "市政协"), ("副总经理", "西部钻探")]
    assert [t for t, _ in titles(doc, "王明")] == ["市委常委", "市政府副市长"]
    off = run(doc_with(text, ents), disabled=["listed_companies", "unread_org_posts"])  # the later rule goes on too
    assert titles(off, "尹兆明") == [("副总经理", "")]


def test_an_association_s_officers_and_a_farm_s_head_may_be_printed_after_the_name():
    text = "修文成会长首先对来宾表示欢迎，庞大德场长、杜远航副场长介绍了情况，周先胜理事长介绍了产业"
    ents = [("修文成", "PERSON"), ("庞大德", "PERSON"), ("杜远航", "PERSON"), ("周先胜", "PERSON")]
    doc = run(doc_with(text, ents))
    assert [t for t, _ in titles(doc, "修文成")] == ["会长"] and [t for t, _ in titles(doc, "周先胜")] == ["理事长"]
    assert [t for t, _ in titles(doc, "庞大德")] == ["场长"] and [t for t, _ in titles(doc, "杜远航")] == ["副场长"]


def test_glued_villages_part_a_listed_county_level_city_from_its_town():
    text = "赤水市长期镇五七村的村民"
    doc = run(doc_with(text, [("赤水市长期镇", "PLACE"), ("五七村", "PLACE")]))
    assert {("赤水市", "PLACE"), ("长期镇", "PLACE")} <= found(doc)
    assert ("赤水市长期镇", "PLACE") in found(run(doc_with(text, [("赤水市长期镇", "PLACE"), ("五七村", "PLACE")]),
                                                disabled=["glued_villages"]))
    text = "四川省绵阳市涪城区城厢街道铁牛街社区"  # a listed province, its city and the city's district
    got = found(run(doc_with(text, [("四川省绵阳市涪城区", "PLACE"), ("城厢街道", "PLACE")])))
    assert {("四川省", "PLACE"), ("绵阳市", "PLACE"), ("涪城区", "PLACE")} <= got


def test_programme_patterns_read_honours_a_place_is_made_and_campaign_years_printed_bare():
    text = "青川先后创成省级全域旅游示范区，大力实施文化旅游突破年，2019年项目建设突破年开工，推进全省污染防治攻坚战"
    got = found(run(doc_with(text, [("青川", "PLACE")])))
    assert {("省级全域旅游示范区", "PROGRAMME"), ("文化旅游突破年", "PROGRAMME"), ("项目建设突破年", "PROGRAMME"),
            ("污染防治攻坚战", "PROGRAMME")} <= got


def test_an_election_s_posts_of_a_numbered_term_held_together_and_shared_after_a_comma():
    text = "大会选举卫汉明为青川市侨联第十届委员会主席，甄绮丽为专职副主席兼秘书长，伍锦堂、丘清明为副主席"
    ents = [("卫汉明", "PERSON"), ("青川市侨联", "ORG"), ("甄绮丽", "PERSON"), ("伍锦堂", "PERSON"), ("丘清明", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "卫汉明") == [("主席", "青川市侨联")]
    assert titles(doc, "甄绮丽") == [("专职副主席", "青川市侨联"), ("秘书长", "青川市侨联")]
    assert titles(doc, "伍锦堂") == titles(doc, "丘清明") == [("副主席", "青川市侨联")]
    assert titles(run(doc_with(text, ents), disabled=["term_committees"]), "卫汉明") != [("主席", "青川市侨联")]
    assert titles(run(doc_with(text, ents), disabled=["appointed_shared_orgs"]), "伍锦堂") == [("副主席", "")]
    assert len(titles(run(doc_with(text, ents), disabled=["concurrent_posts"]), "甄绮丽")) < 2


def test_medical_grades_and_army_commands_are_titles_and_an_office_after_兼_names_the_second_post():
    text = "副主任医师刘忠明、主管护师胡玉兰、96742部队旅长陈守明出席，省卫计委副主任兼医改办主任魏新民讲话"
    ents = [("刘忠明", "PERSON"), ("胡玉兰", "PERSON"), ("96742部队", "ORG"), ("陈守明", "PERSON"), ("省卫计委", "ORG"),
            ("魏新民", "PERSON")]
    doc = run(doc_with(text, ents))
    assert [t for t, _ in titles(doc, "刘忠明")] == ["副主任医师"] and [t for t, _ in titles(doc, "胡玉兰")] == ["主管护师"]
    assert [t for t, _ in titles(doc, "陈守明")] == ["旅长"]
    assert titles(doc, "魏新民") == [("副主任", "省卫计委"), ("主任", "医改办")]


def test_listed_host_committees_give_an_institution_s_bare_committee_and_its_other_posts_to_it():
    text = "我院院长杨广明、党委书记伊乐平、副院长苏和明出席，青川市中级人民法院党组成员、工会主席田光明陪同"
    ents = [("杨广明", "PERSON"), ("伊乐平", "PERSON"), ("苏和明", "PERSON"), ("青川市中级人民法院", "ORG"), ("田光明", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "伊乐平") == [("党委书记", "我院党委")] and titles(doc, "苏和明") == [("副院长", "我院")]
    assert titles(doc, "田光明")[1] == ("工会主席", "青川市中级人民法院工会")
    off = run(doc_with(text, ents), disabled=["listed_host_committees", "host_units"])  # both read this list
    assert titles(off, "伊乐平") != [("党委书记", "我院党委")]


def test_an_institution_printed_as_我院_or_该院_names_its_party_group():
    doc = run(doc_with("该院党组书记、检察长张文仁汇报工作", [("张文仁", "PERSON")]))
    assert titles(doc, "张文仁") == [("该院党组书记", "该院党组"), ("检察长", "该院")]


def test_listed_firms_read_a_list_closed_by_a_count_of_firms_without_等():
    text = "四川九创投资、苏州奥斯玛电梯、郑州中泉路桥设备3家企业代表签约"
    ents = [("四川九创投资", "ORG"), ("苏州奥斯玛", "PLACE"), ("郑州", "PLACE"), ("中泉路桥", "PLACE")]
    words = [("四川九创投资", "ORG"), ("、", "w"), ("苏州奥斯玛", "LOC"), ("电梯", "n"), ("、", "w"), ("郑州", "LOC"),
             ("中泉路桥", "LOC"), ("设备", "n"), ("3", "m"), ("家", "q"), ("企业", "n")]
    got = found(run(doc_with(text, ents, words)))
    assert {("苏州奥斯玛电梯", "ORG"), ("郑州中泉路桥设备", "ORG")} <= got


def test_office_credits_are_no_persons_and_a_common_word_before_unnamed_officials_is_no_name():
    text = "供稿 | 侨政处、经科部 来源：院办"
    ents = [("侨政处", "PERSON"), ("经科部", "PERSON"), ("院办", "PERSON")]
    assert not found(run(doc_with(text, ents)))
    assert ("院办", "PERSON") in found(run(doc_with(text, ents), disabled=["office_credits"]))
    text = "及市医改办成员单位，各区县政府主要领导参会"
    words = [("及", "c"), ("市", "n"), ("医改办", "n"), ("成员", "n"), ("单位", "n"), ("，", "w"), ("各", "r"), ("区县", "n"),
             ("政府", "n"), ("主要", "b"), ("领导", "n"), ("参会", "v")]
    assert ("单位", "PERSON") not in found(run(doc_with(text, (), words)))


def test_a_company_s_post_after_its_committee_s_is_the_company_s_whatever_its_name_ends_in():
    text = "华锦联合石化党委书记、董事长任永强出席"
    doc = run(doc_with(text, [("华锦联合石化", "ORG"), ("任永强", "PERSON")]))
    assert titles(doc, "任永强") == [("党委书记", "华锦联合石化党委"), ("董事长", "华锦联合石化")]


def test_a_dotted_name_goes_on_over_the_characters_that_spell_transcriptions():
    text = "村党支部书记艾山·阿不都热合曼说，艾山·木沙都参加了"
    words = [("村党支部", "n"), ("书记", "n"), ("艾山", "PER"), ("·", "w"), ("阿不", "PER"), ("都", "d"), ("热合曼", "v"),
             ("说", "v"), ("，", "w"), ("艾山", "PER"), ("·", "w"), ("木沙", "PER"), ("都", "d"), ("参加", "v")]
    ents = [("艾山", "PERSON"), ("阿不", "PERSON"), ("艾山", "PERSON"), ("木沙", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert {("艾山·阿不都热合曼", "PERSON"), ("艾山·木沙", "PERSON")} <= found(doc)
    assert ("艾山·阿不", "PERSON") in found(run(doc_with(text, ents, words), disabled=["transcribed_tails"]))


def test_a_name_closed_by_a_list_pause_after_a_title_is_read_whatever_its_given_name_s_words():
    text = "副会长何青、副监事长童中、副主任莫幸福、秘书长吴江出席"
    words = [("副会长", "n"), ("何青", "PER"), ("、", "w"), ("副", "a"), ("监事", "n"), ("长", "a"), ("童", "n"),
             ("中", "f"), ("、", "w"), ("副主任", "n"), ("莫", "a"), ("幸福", "a"), ("、", "w"), ("秘书长", "n"),
             ("吴江", "PER"), ("出席", "v")]
    ents = [("何青", "PERSON"), ("吴江", "PERSON")]
    assert {("童中", "PERSON"), ("莫幸福", "PERSON")} <= found(run(doc_with(text, ents, words)))
    off = ["paused_given_names", "paused_names_after_titles"]  # the last reads adjectives before a titled name too
    assert not {("童中", "PERSON"), ("莫幸福", "PERSON")} & found(run(doc_with(text, ents, words), disabled=off))


def test_a_titled_name_takes_its_last_character_back_from_a_conjunction():
    text = "市委统战部部长罗梓健及县领导参加"
    words = [("市委统战部", "ORG"), ("部长", "n"), ("罗梓", "PER"), ("健及", "v"), ("县", "n"), ("领导", "n"), ("参加", "v")]
    ents = [("市委统战部", "ORG"), ("罗梓", "PERSON")]
    assert ("罗梓健", "PERSON") in found(run(doc_with(text, ents, words)))
    assert ("罗梓", "PERSON") in found(run(doc_with(text, ents, words), disabled=["given_names_before_conjunctions"]))
    plain = "市长罗梓健及各位代表"  # a word of the language closes no name here: 健及 is after a full name
    assert ("罗梓健", "PERSON") in found(run(doc_with(plain, [("罗梓健", "PERSON")],
                                                       [("市长", "n"), ("罗梓健", "PER"), ("及", "c"), ("各位", "r")])))


def test_a_place_cut_inside_its_level_word_takes_the_rest_of_it():
    text = "鄂伦自治旗副旗长石岩出席"
    words = [("鄂伦自治", "LOC"), ("旗", "n"), ("副旗长", "n"), ("石岩", "PER"), ("出席", "v")]
    ents = [("鄂伦自治", "PLACE"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert ("鄂伦自治旗", "PLACE") in found(doc)
    assert titles(doc, "石岩") == [("副旗长", "鄂伦自治旗政府")]
    assert ("鄂伦自治", "PLACE") in found(run(doc_with(text, ents, words), disabled=["cut_level_words"]))


def test_a_board_s_posts_are_its_organisation_s():
    text = "甲乙市供销社党组书记、理事会主任石岩，甲丙集团董事会主席方立出席"
    ents = [("甲乙市供销社", "ORG"), ("石岩", "PERSON"), ("甲丙集团董事会", "ORG"), ("方立", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "石岩") == [("党组书记", "甲乙市供销社党组"), ("理事会主任", "甲乙市供销社")]
    assert titles(doc, "方立") == [("董事会主席", "甲丙集团")]
    assert titles(run(doc_with(text, ents), disabled=["boards"]), "方立") == [("主席", "甲丙集团董事会")]


def test_appointees_counted_before_their_appointment_take_the_post():
    text = "侨联聘请方立、石岩等18人为荣誉主席"
    ents = [("方立", "PERSON"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == titles(doc, "石岩") == [("荣誉主席", "")]
    assert titles(run(doc_with(text, ents), disabled=["counted_appointees"]), "石岩") == []


def test_an_assistant_s_post_is_of_the_head_s_organisation():
    text = "甲乙县人民医院院长助理石岩参加"
    doc = run(doc_with(text, [("甲乙县人民医院", "ORG"), ("石岩", "PERSON")]))
    assert titles(doc, "石岩") == [("院长助理", "甲乙县人民医院")]


def test_a_session_s_presidium_keeps_a_comma_title_list_going():
    text = "区委副书记、区长，大会主席团常务主席方立作报告"
    doc = run(doc_with(text, [("方立", "PERSON")]))
    assert [t for t, _ in titles(doc, "方立")] == ["区委副书记", "区长", "大会主席团常务主席"]


def test_a_list_of_firms_starts_after_the_meeting_verb():
    text = "在会见甲乙集团、丙丁科技等企业负责人时"
    words = [("在", "p"), ("会见", "v"), ("甲乙集团", "ORG"), ("、", "w"), ("丙丁科技", "nz"), ("等", "u"), ("企业", "n"),
             ("负责人", "n"), ("时", "n")]
    doc = run(doc_with(text, [("甲乙集团", "ORG")], words))
    assert {("甲乙集团", "ORG"), ("丙丁科技", "ORG")} <= found(doc) and ("会见甲乙集团", "ORG") not in found(doc)


def test_the_name_between_an_election_and_its_post_is_a_person():
    text = "会议选举许汇为区总工会主席"
    words = [("会议", "n"), ("选举许汇", "v"), ("为", "v"), ("区总工会", "ORG"), ("主席", "n")]
    doc = run(doc_with(text, [("区总工会", "ORG")], words))
    assert ("许汇", "PERSON") in found(doc) and titles(doc, "许汇") == [("区总工会主席", "区总工会")]
    assert ("许汇", "PERSON") not in found(run(doc_with(text, [("区总工会", "ORG")], words), disabled=["elected_names"]))
    assert ("选举产生", "PERSON") not in found(run(doc_with("大会选举产生为期五年的委员会")))


def test_an_ordinal_word_goes_on_in_a_name_but_a_term_does_not():
    text = "甲乙第一银行副行长方立、甲乙侨联第十届委员会主席石岩出席"
    words = [("甲乙", "LOC"), ("第一银行", "m"), ("副行长", "n"), ("方立", "PER"), ("、", "w"), ("甲乙侨联", "ORG"),
             ("第十届委员会", "m"), ("主席", "n"), ("石岩", "PER"), ("出席", "v")]
    ents = [("甲乙", "PLACE"), ("方立", "PERSON"), ("甲乙侨联", "ORG"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert {("甲乙第一银行", "ORG"), ("甲乙侨联", "ORG")} <= found(doc)
    assert titles(doc, "方立") == [("副行长", "甲乙第一银行")] and titles(doc, "石岩") == [("主席", "甲乙侨联")]
    assert ("甲乙第一银行", "ORG") not in found(run(doc_with(text, ents, words), disabled=["ordinal_words"]))


def test_a_post_before_a_comma_that_an_election_gave_is_not_the_next_name_s():
    text = "方立当选为县残联第八届主席团主席，县委常委石岩当选为县残联第八届主席团副主席"
    ents = [("方立", "PERSON"), ("县残联", "ORG"), ("石岩", "PERSON"), ("县残联", "ORG")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("主席", "县残联")]
    assert titles(doc, "石岩") == [("县委常委", "县委"), ("副主席", "县残联")]


def test_another_party_s_committee_is_one_organisation_with_the_party_s_name():
    text = "九三学社甲乙省委专职副主委方立、民进丙丁市支部主委石岩出席"
    ents = [("九三学社甲乙省委专职", "ORG"), ("方立", "PERSON"), ("民进", "ORG"), ("丙丁市支部", "PLACE"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents))
    assert {("九三学社甲乙省委", "ORG"), ("民进丙丁市支部", "ORG")} <= found(doc)
    assert titles(doc, "石岩") == [("主委", "民进丙丁市支部")]
    assert ("民进丙丁市支部", "ORG") not in found(run(doc_with(text, ents), disabled=["party_committees"]))


def test_the_tenure_word_before_a_body_is_no_part_of_it():
    text = "走访新任州政协委员石岩"
    ents = [("任州政协", "ORG"), ("石岩", "PERSON")]
    assert titles(run(doc_with(text, ents)), "石岩") == [("州政协委员", "州政协")]
    assert titles(run(doc_with(text, ents), disabled=["preposition_starts"]), "石岩") == [("州政协委员", "任州政协")]


def test_no_slogan_starts_at_a_particle_nor_a_programme_inside_a_name():
    text = "察看了新兴县，介绍了三水区对口帮扶郁南的情况"
    words = [("察看", "v"), ("了", "u"), ("新兴县", "LOC"), ("，", "w"), ("介绍", "v"), ("了", "u"), ("三水区", "LOC"),
             ("对口", "vn"), ("帮扶", "v"), ("郁南", "LOC"), ("的", "u"), ("情况", "n")]
    ents = [("新兴县", "PLACE"), ("三水区", "PLACE"), ("郁南", "PLACE")]
    doc = run(doc_with(text, ents, words))
    assert {name for name, label in found(doc) if label == "PROGRAMME"} == {"对口帮扶"}  # not 水区对口帮扶
    assert {("新兴县", "PLACE"), ("三水区", "PLACE")} <= found(doc)


def test_the_verb_of_saying_glued_to_a_name_before_a_quote_goes():
    text = "温且木·艾海提说“很感谢大家”"
    ents = [("温且木·", "PERSON"), ("艾海提说", "PERSON")]
    assert ("温且木·艾海提", "PERSON") in found(run(doc_with(text, ents)))
    assert ("温且木·艾海提说", "PERSON") in found(run(doc_with(text, ents), disabled=["names_before_quotes"]))


def test_a_division_the_backbone_left_untagged_before_its_government_title_names_the_government():
    text = "船营区副区长方立出席，据该镇副镇长石岩介绍"
    ents = [("方立", "PERSON"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("区副区长", "船营区政府")]
    assert titles(doc, "石岩")[0][1] != "据该镇政府"
    assert titles(run(doc_with(text, ents), disabled=["untagged_divisions"]), "方立")[0][1] != "船营区政府"


def test_titles_listed_after_a_shared_one_across_a_comma_share_its_body():
    text = "甲县政协党组书记、主席方立，党组副书记、副主席石岩，副主席宫青出席"
    ents = [("甲县政协", "ORG"), ("方立", "PERSON"), ("石岩", "PERSON"), ("宫青", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "石岩") == [("党组副书记", "甲县政协党组"), ("副主席", "甲县政协")]
    assert titles(doc, "宫青") == [("副主席", "甲县政协")]


def test_a_post_printed_right_after_a_section_s_name_is_the_section_s():
    text = "甲市供销社现代流通科四级主任科员方立出席"
    ents = [("甲市供销社", "ORG"), ("方立", "PERSON")]
    assert titles(run(doc_with(text, ents)), "方立") == [("现代流通科四级主任科员", "甲市供销社现代流通科")]
    assert titles(run(doc_with(text, ents), disabled=["section_staff"]), "方立")[0][1] != "甲市供销社现代流通科"


def test_another_party_s_committee_by_a_province_s_short_name_or_with_a_department():
    text = "全国政协常委、民盟广西主委方立，九三学社甲乙州委组织部副部长石岩出席"
    ents = [("全国政协", "ORG"), ("民盟", "ORG"), ("广西主委", "PLACE"), ("方立", "PERSON"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("常委", "全国政协"), ("主委", "民盟广西")]
    assert titles(doc, "石岩")[0][1] == "九三学社甲乙州委组织部"
    assert ("民盟广西", "ORG") not in found(run(doc_with("民盟广西的同志"), ()))


def test_honorary_envoys_and_heritage_bearers_are_titles():
    text = "聘请方立、石岩2人为甲县招商大使，宫青、韩梅等12名非遗传承人走进校园"
    ents = [("方立", "PERSON"), ("石岩", "PERSON"), ("甲县", "PLACE"), ("宫青", "PERSON"), ("韩梅", "PERSON")]
    doc = run(doc_with(text, ents))
    assert "招商大使" in titles(doc, "石岩")[0][0] and titles(doc, "韩梅") == [("非遗传承人", "")]


def test_a_county_head_printed_after_the_name_holds_the_post():
    text = "我县方立县长、石岩副县长参加了会议"
    ents = [("我县", "PLACE"), ("方立", "PERSON"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("县长", "县政府")] and titles(doc, "石岩") == [("副县长", "县政府")]


def test_a_rank_before_a_leader_s_title_is_no_name():
    text = "贯彻常务副市长讲话精神"
    doc = run(doc_with(text, (), [("贯彻", "v"), ("常务", "n"), ("副市长", "n"), ("讲话", "n"), ("精神", "n")]))
    assert ("常务", "PERSON") not in found(doc)


def test_a_government_department_takes_the_level_of_the_post_before_it():
    text = "副县长、公安局长方立，县教育局长石岩出席"
    doc = run(doc_with(text, [("方立", "PERSON"), ("石岩", "PERSON")]))
    assert titles(doc, "方立") == [("副县长", "县政府"), ("公安局长", "县公安局")]
    assert titles(doc, "石岩") == [("县教育局长", "县教育局")]
    unchained = run(doc_with(text, [("方立", "PERSON"), ("石岩", "PERSON")]), disabled=["chained_departments"])
    assert ("公安局长", "县公安局") not in titles(unchained, "方立")


def test_a_body_s_leaders_by_its_last_character_end_its_name():
    text = "甲市公安局局领导方立出席"
    doc = run(doc_with(text, [("甲市公安局", "ORG"), ("方立", "PERSON")], [("甲市公安局", "ORG"), ("局", "n"),
                                                                          ("领导", "n"), ("方立", "PER")]))
    assert ("甲市公安局", "ORG") in found(doc) and ("甲市公安局局", "ORG") not in found(doc)
    assert [(title[-3:], org) for title, org in titles(doc, "方立")] == [("局领导", "甲市公安局")]


def test_a_rare_surname_after_a_title_starts_a_name():
    doc = run(doc_with("甲区委副书记、区长过青峰出席", [("甲区委", "ORG")]))
    assert ("过青峰", "PERSON") in found(doc)


def test_the_verb_of_a_trip_to_a_place_printed_short_leaves_the_name():
    text = "落实省委书记方立来茂调研讲话精神，石岩来主持"
    ents = [("方立来", "PERSON"), ("石岩来", "PERSON")]
    assert ("方立", "PERSON") in found(run(doc_with(text, ents)))
    assert ("石岩来", "PERSON") in found(run(doc_with(text, ents)))  # no place between: a name that ends in 来
    assert ("方立来", "PERSON") in found(run(doc_with(text, ents), disabled=["names_before_trips"]))


def test_a_village_s_secretary_is_of_its_party_branch_whatever_is_printed_between():
    text = "甲乡石岭村驻村第一书记方立、青禾村支部书记石岩、驻白沙村第一书记宫青出席"
    ents = [("甲乡", "PLACE"), ("石岭村", "PLACE"), ("方立", "PERSON"), ("青禾村", "PLACE"), ("石岩", "PERSON"),
            ("白沙村", "PLACE"), ("宫青", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("驻村第一书记", "石岭村党支部")]
    assert titles(doc, "石岩") == [("支部书记", "青禾村党支部")]
    assert titles(doc, "宫青") == [("第一书记", "白沙村党支部")]
    assert titles(run(doc_with(text, ents), disabled=["village_secretaries"]), "宫青")[0][1] != "白沙村党支部"


def test_a_party_committee_cut_after_its_party_takes_the_rest_back():
    text = "甲市第二人民医院党总支部书记方立出席"
    doc = run(doc_with(text, [("甲市第二人民医院党", "ORG"), ("方立", "PERSON")]))
    assert titles(doc, "方立") == [("书记", "甲市第二人民医院党总支部")]


def test_the_committee_named_by_the_title_before_is_named_once_across_a_comma():
    doc = run(doc_with("校党委书记方立，党委副书记石岩出席", [("方立", "PERSON"), ("石岩", "PERSON")]))
    assert titles(doc, "石岩") == [("党委副书记", "校党委")]


def test_a_commission_s_party_committee_after_its_head_s_post_is_the_commission_s():
    doc = run(doc_with("甲市卫健委主任、党委书记方立出席", [("甲市卫健委", "ORG"), ("方立", "PERSON")]))
    assert titles(doc, "方立") == [("主任", "甲市卫健委"), ("党委书记", "甲市卫健委党委")]


def test_a_two_character_conjunction_leaves_the_name_before_it_whole():
    text = "市中医院院长方立以及社区代表出席"
    doc = run(doc_with(text, [("市中医院", "ORG"), ("方立", "PERSON")], [("市中医院", "ORG"), ("院长", "n"),
                                                                      ("方立", "PER"), ("以及", "c")]))
    assert ("方立", "PERSON") in found(doc)


def test_a_department_named_for_two_fields_after_an_untagged_level_is_one():
    text = "、区文化和广电旅游体育局副局长方立出席"
    doc = run(doc_with(text, [("广电旅游体育局", "ORG"), ("方立", "PERSON")]))
    assert ("区文化和广电旅游体育局", "ORG") in found(doc)
    doc = run(doc_with("县委和县政府", [("县委和县政府", "ORG")]))
    assert found(doc) == {("县委", "ORG"), ("县政府", "ORG")}


def test_a_plan_s_next_step_is_no_part_of_the_body_after_it():
    doc = run(doc_with("下一步镇党委政府将加强管理", [("下一步镇党委政府", "ORG")]))
    assert ("镇党委政府", "ORG") in found(doc)
    assert ("本网", "ORG") not in found(run(doc_with("据本网报道", [("本网", "ORG")])))


def test_a_road_chief_is_a_title():
    text = "青禾村党支部书记、村级路长石岩出席"
    doc = run(doc_with(text, [("青禾村", "PLACE"), ("石岩", "PERSON")]))
    assert [title for title, _ in titles(doc, "石岩")] == ["村党支部书记", "村级路长"]


def test_a_surname_alone_after_a_title_the_backbone_cut_in_two_words_takes_its_given_name():
    text = "县委常委、政法委书记晋和平，县长石岩参加"
    words = [("县委", "n"), ("常委", "n"), ("、", "w"), ("政法", "n"), ("委书记", "n"), ("晋", "PER"), ("和平", "an"),
             ("，", "w")]
    doc = run(doc_with(text, [("晋", "PERSON"), ("石岩", "PERSON")], words))
    assert ("晋和平", "PERSON") in found(doc)
    assert ("晋和平", "PERSON") not in found(run(doc_with(text, [("晋", "PERSON"), ("石岩", "PERSON")], words),
                                               disabled=["split_names"]))


def test_a_first_secretary_printed_with_no_village_is_of_a_village_s_branch():
    doc = run(doc_with("驻村第一书记方立介绍了情况", [("方立", "PERSON")]))
    assert titles(doc, "方立") == [("驻村第一书记", "村党支部")]
    assert titles(run(doc_with("驻村第一书记方立介绍了情况", [("方立", "PERSON")]),
                      disabled=["village_secretaries"]), "方立")[0][1] != "村党支部"
    assert titles(run(doc_with("市委第一书记方立出席", [("方立", "PERSON")])), "方立")[0][1] != "村党支部"


def test_a_verb_before_a_bare_institution_word_is_no_part_of_the_organisation():
    text = "听取公司执行董事方立的汇报"
    words = [("听取", "v"), ("公司", "n"), ("执行", "v"), ("董事", "n"), ("方立", "PER"), ("的", "u"), ("汇报", "vn")]
    assert titles(run(doc_with(text, [("方立", "PERSON")], words)), "方立") == [("执行董事", "公司")]
    off = run(doc_with(text, [("方立", "PERSON")], words), disabled=["bare_words_after_verbs"])
    assert titles(off, "方立")[0][1] != "公司"


def test_a_bare_discipline_committee_or_union_after_an_institution_s_committee_is_the_institution_s():
    doc = run(doc_with("校党委委员、纪委书记方立出席", [("校党委", "ORG"), ("方立", "PERSON")]))
    assert titles(doc, "方立") == [("委员", "校党委"), ("纪委书记", "校纪委")]
    doc = run(doc_with("甲乙电力公司党委书记、工会主席石岩出席", [("甲乙电力公司", "ORG"), ("石岩", "PERSON")]))
    assert titles(doc, "石岩")[1] == ("工会主席", "甲乙电力公司工会")
    off = run(doc_with("校党委委员、纪委书记方立出席", [("校党委", "ORG"), ("方立", "PERSON")]),
              disabled=["host_units"])
    assert titles(off, "方立")[1] != ("纪委书记", "校纪委")


def test_a_bare_home_body_after_a_named_division_s_committee_is_the_division_s():
    text = "东城街道党工委委员、妇联主席方立陪同"
    ents = [("东城街道党工委", "ORG"), ("方立", "PERSON")]
    assert titles(run(doc_with(text, ents)), "方立")[1] == ("妇联主席", "东城街道妇联")
    assert titles(run(doc_with(text, ents), disabled=["host_units"]), "方立")[1] != ("妇联主席", "东城街道妇联")
    doc = run(doc_with("甲乙县委常委、纪委书记、监委主任石岩出席", [("甲乙县委", "ORG"), ("石岩", "PERSON")]))
    assert titles(doc, "石岩")[1:] == [("纪委书记", "甲乙县纪委"), ("监委主任", "甲乙县监委")]
    doc = run(doc_with("中共甲乙市委书记、人大主任宫青出席", [("中共甲乙市委", "ORG"), ("人大", "ORG"), ("宫青", "PERSON")]))
    assert titles(doc, "宫青")[1] == ("主任", "甲乙市人大")


def test_river_chiefs_and_supervision_commissioners_are_titles_of_their_own():
    doc = run(doc_with("甲县副县长、县级河(湖)长方立巡河", [("甲县", "PLACE"), ("方立", "PERSON")]))
    assert [title for title, _ in titles(doc, "方立")] == ["副县长", "县级河(湖)长"]
    doc = run(doc_with("区纪委书记、区监委主任、监察专员石岩出席", [("石岩", "PERSON")]))
    assert [title for title, _ in titles(doc, "石岩")] == ["区纪委书记", "区监委主任", "监察专员"]


def test_a_preposition_the_backbone_tagged_as_a_place_is_no_part_of_the_village_after_it():
    doc = run(doc_with("学校向上坝村捐赠经费", [("向", "PLACE"), ("上坝村", "PLACE")]))
    assert ("上坝村", "PLACE") in found(doc) and ("向上坝村", "PLACE") not in found(doc)


def test_a_conjunction_glued_to_a_three_character_name_goes():
    text = "副厅长方立平和市领导石岩出席"
    ents = [("方立平和", "PERSON"), ("石岩", "PERSON")]
    assert ("方立平", "PERSON") in found(run(doc_with(text, ents)))
    assert ("方立平和", "PERSON") in found(run(doc_with(text, ents), disabled=["names_glued_to_conjunctions"]))


def test_an_academic_rank_after_a_name_belongs_to_the_institution_before_it():
    text = "南州理工大学宋青岚教授、北山农科院吕思远研究员出席"
    ents = [("南州理工大学", "ORG"), ("宋青岚", "PERSON"), ("北山农科院", "ORG"), ("吕思远", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "宋青岚") == [("教授", "南州理工大学")]
    assert titles(doc, "吕思远") == [("研究员", "北山农科院")]
    assert titles(run(doc_with(text, ents), disabled=["org_name_titles"]), "吕思远") == [("研究员", "")]


def test_a_party_committee_post_listed_after_an_institution_s_post_is_its_committee():
    text = "县人民医院院长、党委书记邝文涛出席"
    ents = [("县人民医院", "ORG"), ("邝文涛", "PERSON")]
    assert titles(run(doc_with(text, ents)), "邝文涛") == [("院长", "县人民医院"), ("党委书记", "县人民医院党委")]
    assert titles(run(doc_with(text, ents), disabled=["host_units"]), "邝文涛")[1] != ("党委书记", "县人民医院党委")


def test_a_person_joined_by_yu_to_a_titled_person_does_not_share_the_title():
    doc = run(doc_with("县长邝文涛与宋青岚握手", [("邝文涛", "PERSON"), ("宋青岚", "PERSON")]))
    assert titles(doc, "邝文涛") == [("县长", "县政府")] and titles(doc, "宋青岚") == []
    doc = run(doc_with("市领导邝文涛、宋青岚和吕思远出席", [("邝文涛", "PERSON"), ("宋青岚", "PERSON"), ("吕思远", "PERSON")]))
    assert titles(doc, "吕思远") == titles(doc, "邝文涛") != []  # 和 closes a list of leaders


def test_division_like_persons_turns_a_person_ending_in_a_level_word_into_a_place():
    text = "篁溪乡俞方远书记、青石屯镇代表和孙殿镇出席"
    ents = [("篁溪乡", "PERSON"), ("俞方远", "PERSON"), ("青石屯镇", "PERSON"), ("孙殿镇", "PERSON")]
    doc = run(doc_with(text, ents))
    assert {("篁溪乡", "PLACE"), ("青石屯镇", "PLACE"), ("孙殿镇", "PERSON")} <= found(doc)  # 孙: a surname
    assert ("篁溪乡", "PERSON") in found(run(doc_with(text, ents), disabled=["division_like_persons"]))


def test_names_before_conjunctions_cut_a_name_run_into_a_county_word_whatever_its_label():
    text = "宣传部长贾红宇和县政府副县长王发明、副院长何国涛和县高新区主任王森出席"
    ents = [("宣传部", "ORG"), ("贾红宇和县政府", "PERSON"), ("王发明", "PERSON"), ("何国涛和县", "PERSON"), ("王森", "PERSON")]
    doc = run(doc_with(text, ents))
    assert {("贾红宇", "PERSON"), ("何国涛", "PERSON")} <= found(doc)
    assert ("贾红宇和县政府", "ORG") in found(run(doc_with(text, ents), disabled=["names_before_conjunctions"]))


def test_a_country_that_starts_an_event_s_name_is_no_mention_of_it():
    text = "庆祝中国农民丰收节，参加中国-东盟博览会，游客来自中国各地，中国日报记者报道"
    ents = [("中国", "PLACE")] * 3 + [("中国日报", "ORG")]
    doc = run(doc_with(text, ents))
    assert [e.start_char for e in doc.ents if e.text == "中国"] == [text.index("中国各地")]
    off = run(doc_with(text, ents), disabled=["countries_in_event_names"])
    assert len([e for e in off.ents if e.text == "中国"]) == 3


def test_a_post_outside_the_party_given_an_organisation_s_party_body_is_the_organisation_s():
    text = "青山卫生健康委党委委员、副主任吴建平，青山师范学校党委书记卢凤山、校长陈忠民出席"
    ents = [("青山卫生健康委党委", "ORG"), ("吴建平", "PERSON"), ("青山师范学校党委", "ORG"), ("卢凤山", "PERSON"),
            ("陈忠民", "PERSON")]
    doc = run(doc_with(text, ents))
    assert [org for _, org in titles(doc, "吴建平")] == ["青山卫生健康委党委", "青山卫生健康委"]
    assert titles(doc, "陈忠民") == [("校长", "青山师范学校")]
    off = run(doc_with(text, ents), disabled=["posts_outside_committees"])
    assert titles(off, "陈忠民") == [("校长", "青山师范学校党委")]
    town = run(doc_with("青石镇党委委员、副镇长王五出席", [("青石镇党委", "ORG"), ("王五", "PERSON")]))
    assert titles(town, "王五")[1][1] != "青石镇"  # a division's committee: the title names its government


def test_a_party_post_glued_to_the_post_after_it_is_a_post_of_its_own():
    text = "青山县林业局党组成员副局长郭兴民检查"
    ents = [("青山县林业局", "ORG"), ("郭兴民", "PERSON")]
    assert [org for _, org in titles(run(doc_with(text, ents)), "郭兴民")] == ["青山县林业局党组", "青山县林业局"]
    assert len(titles(run(doc_with(text, ents), disabled=["glued_party_posts"]), "郭兴民")) == 1


def test_a_supply_cooperative_printed_short_after_its_level_is_an_organisation():
    text = "省社副主任郭志民到县调研，省社科联主席李青、全市社会组织代表出席"
    doc = run(doc_with(text, [("郭志民", "PERSON"), ("李青", "PERSON")]))
    assert titles(doc, "郭志民") == [("省社副主任", "省社")]
    assert not {name for name, label in found(doc) if label == "ORG" and name.endswith("社")}  # 社科联, 社会
    town = run(doc_with("柳城县社冲乡政府", [("柳城县", "PLACE"), ("社冲乡", "PLACE")]))
    assert ("县社", "ORG") not in found(town) and ("柳城县社", "ORG") not in found(town)  # 社 starts the town's name


def test_the_party_a_person_led_is_no_part_of_the_name():
    text = "机关党总支专职副书记彭青一行来到南康区调研"
    ents = [("彭青一行", "PERSON"), ("南康区", "PLACE")]
    assert ("彭青", "PERSON") in found(run(doc_with(text, ents)))
    assert ("彭青一行", "PERSON") in found(run(doc_with(text, ents), disabled=["names_glued_to_parties"]))


def test_lianhe_glued_to_an_organisation_is_the_verb_joining_two():
    text = "青山银行南州分行联合当地市政府举办活动，南州残疾人联合会协办"
    ents = [("青山银行南州分行联合当地", "ORG"), ("市政府", "ORG"), ("南州残疾人联合会", "ORG")]
    assert {("青山银行南州分行", "ORG"), ("市政府", "ORG"), ("南州残疾人联合会", "ORG")} <= found(run(doc_with(text, ents)))
    assert ("青山银行南州分行", "ORG") not in found(run(doc_with(text, ents), disabled=["joint_verbs"]))
    text = "区发改局联合国家电网公司、市妇女联合会联合市总工会开展宣传"  # 联合 + 国家, not 联合国
    ents = [("区发改局", "ORG"), ("联合", "ORG"), ("国家电网公司", "ORG"), ("市妇女联合会联合市总工会", "ORG")]
    words = [("区发改局", "ORG"), ("联合", "ORG"), ("国家电网公司", "ORG")]
    got = found(run(doc_with(text, ents, words)))
    assert {("区发改局", "ORG"), ("国家电网公司", "ORG"), ("市妇女联合会", "ORG"), ("市总工会", "ORG")} <= got
    assert not any(name.startswith("联合") or "会联合" in name for name, _ in got)
    assert ("市妇女联合会联合市总工会", "ORG") in found(run(doc_with(text, ents), disabled=["joint_verbs"]))


def test_two_bodies_joined_by_he_stay_two():
    doc = run(doc_with("南州市委党史办和青川市委组织座谈", [("南州市委党史办", "ORG"), ("青川市委", "ORG")]))
    assert {("南州市委党史办", "ORG"), ("青川市委", "ORG")} <= found(doc)
    doc = run(doc_with("致公党和九三学社市委举办活动", [("致公党", "ORG"), ("九三学社市委", "ORG")]))
    assert {("致公党", "ORG"), ("九三学社市委", "ORG")} <= found(doc)
    assert ("区文化和广电旅游体育局", "ORG") in found(run(doc_with("区文化和广电旅游体育局举办活动", [("广电旅游体育局", "ORG")])))


def test_a_village_s_committee_after_its_party_branch_is_the_village_s():
    text = "青禾村党总支书记、村委会主任方立，南湾社区党委书记、居委会主任石岩出席"
    ents = [("青禾村党总支", "ORG"), ("方立", "PERSON"), ("南湾社区党委", "ORG"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立")[1] == ("主任", "青禾村委会") and titles(doc, "石岩")[1] == ("主任", "南湾社区居委会")
    assert titles(run(doc_with(text, ents), disabled=["host_units"]), "方立")[1] != ("主任", "青禾村委会")


def test_a_post_outside_the_party_after_a_village_branch_s_is_the_village_committee_s():
    text = "青禾村党支部书记、主任方立和南湾村村支书石岩陪同"
    ents = [("青禾村党支部", "ORG"), ("方立", "PERSON"), ("南湾村", "PLACE"), ("石岩", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("书记", "青禾村党支部"), ("主任", "青禾村委会")]
    assert titles(doc, "石岩") == [("村支书", "南湾村党支部")]  # a branch secretary stays with the branch
    off = run(doc_with(text, ents), disabled=["posts_outside_committees"])
    assert titles(off, "方立")[1] == ("主任", "青禾村党支部")


def test_names_tagged_as_places_after_a_title():
    text = "青石市委书记何静、市长华东，副县长平原出席，董事长石岩代表南通港发言"
    ents = [("青石市委", "ORG"), ("何静", "PERSON"), ("华东", "PLACE"), ("平原", "PLACE"), ("石岩", "PERSON"),
            ("南通港", "PLACE")]
    got = found(run(doc_with(text, ents)))
    assert {("华东", "PERSON"), ("平原", "PERSON"), ("南通港", "PLACE")} <= got  # 代表 after a name: a verb
    assert ("华东", "PLACE") in found(run(doc_with(text, ents), disabled=["names_tagged_as_places"]))


def test_a_headquarters_deputy_commander_and_a_team_s_leader_and_members_are_titles():
    text = "市委常委、援藏指挥部副指挥方立，协作工作队领队石岩、队员何静出席"
    ents = [("援藏指挥部", "ORG"), ("方立", "PERSON"), ("协作工作队", "ORG"), ("石岩", "PERSON"), ("何静", "PERSON")]
    doc = run(doc_with(text, ents))
    assert [title for title, _ in titles(doc, "方立")] == ["市委常委", "副指挥"]
    assert titles(doc, "石岩") == [("领队", "协作工作队")] and titles(doc, "何静")[0][0] == "队员"


def test_the_organisation_of_a_post_after_jian_starts_after_it():
    text = "青禾学院督导专员兼党委书记方立出席"
    ents = [("青禾学院", "ORG"), ("方立", "PERSON")]
    assert all("兼" not in org for _, org in titles(run(doc_with(text, ents)), "方立"))
    assert any("兼" in org for _, org in titles(run(doc_with(text, ents), disabled=["concurrent_posts"]), "方立"))


def test_prefecture_league_and_banner_committees_are_organisations():
    text = "青石州委、南湾盟委、河口旗委和北山地区行署参加"
    ents = [("青石州委", "PLACE"), ("南湾盟委", "PLACE"), ("河口旗委", "PLACE"), ("北山地区行署", "PLACE")]
    got = found(run(doc_with(text, ents)))
    assert {("青石州委", "ORG"), ("南湾盟委", "ORG"), ("河口旗委", "ORG"), ("北山地区行署", "ORG")} <= got


def test_an_idiom_holding_a_city_s_name_is_no_place():
    assert found(run(doc_with("维护社会稳定和长治久安", [("长治", "PLACE")]))) == set()
    text = "启东地处长江入海口北侧"  # an estuary, not 海口
    assert found(run(doc_with(text, [("启东", "PLACE"), ("长江", "PLACE"), ("海口", "PLACE")]))) == {
        ("启东", "PLACE"), ("长江", "PLACE")}


def test_names_tagged_as_nouns_after_a_title():
    text = "西溪法庭庭长平安介绍案情，商会副会长储理文出席，会长单位参加"
    words = [("西溪", "s"), ("法庭", "n"), ("庭长", "n"), ("平安", "n"), ("介绍", "v"), ("案情", "n"), ("，", "w"),
             ("商会", "n"), ("副会长", "n"), ("储理文", "n"), ("出席", "v"), ("，", "w"), ("会长", "n"), ("单位", "n"),
             ("参加", "v")]
    got = found(run(doc_with(text, [], words)))
    assert {("平安", "PERSON"), ("储理文", "PERSON")} <= got
    assert not any(name == "单位" for name, _ in got)  # a stop entity: what a title's holder heads, no name
    assert ("平安", "PERSON") not in found(run(doc_with(text, [], words), disabled=["names_tagged_as_nouns"]))


def test_a_name_before_yiji_ends_before_it():
    text = "市委副书记封树林以及农业局负责人陪同"
    words = [("市委", "ORG"), ("副书记", "n"), ("封树林", "n"), ("以及", "c"), ("农业局", "ORG"), ("负责人", "n"),
             ("陪同", "v")]
    assert ("封树林", "PERSON") in found(run(doc_with(text, [("市委", "ORG"), ("农业局", "ORG")], words)))


def test_a_department_the_backbone_read_with_its_division_stays_whole():
    text = "省卫健委医政医管处处长方立出席"
    doc = run(doc_with(text, [("省卫健委医政医管处", "ORG"), ("方立", "PERSON")]))
    assert ("省卫健委医政医管处", "ORG") in found(doc) and ("省卫健委", "ORG") not in found(doc)


def test_a_commission_printed_short_is_a_department():
    text = "会议由市卫生健康委主任刘成林主持"
    words = [("会议", "n"), ("由", "p"), ("市", "n"), ("卫生健康委", "n"), ("主任", "n"), ("刘成林", "PER"), ("主持", "v")]
    doc = run(doc_with(text, [("刘成林", "PERSON")], words))
    assert ("市卫生健康委", "ORG") in found(doc) and titles(doc, "刘成林") == [("主任", "市卫生健康委")]


def test_an_occupation_at_a_named_unit_is_a_title_there():
    text = "青禾小学教师钟小宇、县公安局民警何静获表彰"
    doc = run(doc_with(text, [("青禾小学", "ORG"), ("钟小宇", "PERSON"), ("县公安局", "ORG"), ("何静", "PERSON")]))
    assert titles(doc, "钟小宇") == [("教师", "青禾小学")] and [org for _, org in titles(doc, "何静")] == ["县公安局"]


def test_a_convener_and_a_liaison_are_titles():
    text = "调研组在界别小组召集人邓飞带队下出发，商会联络人何静陪同"
    doc = run(doc_with(text, [("邓飞", "PERSON"), ("何静", "PERSON")]))
    assert [t for t, _ in titles(doc, "邓飞")] == ["召集人"] and titles(doc, "何静")[0][0].endswith("联络人")


def test_a_post_of_an_unread_organisation_keeps_the_title_list_before_it_going():
    text = "青石州党委副书记、江苏援青总指挥方立，区委常委、统战部部长石岩及副部长何静出席"
    ents = [("青石州党委", "ORG"), ("方立", "PERSON"), ("石岩", "PERSON"), ("何静", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "方立") == [("州党委副书记", "青石州党委"), ("总指挥", "")]  # the unread words name no body
    assert [title for title, _ in titles(doc, "何静")] == ["副部长"]  # a name and a post between: no list
    assert titles(run(doc_with(text, ents), disabled=["unread_org_posts"]), "方立") == [("总指挥", "")]
    text = "学院党委书记、校区管理办公室主任方立出席"
    words = [("学院", "n"), ("党委", "n"), ("书记", "n"), ("、", "w"), ("校区", "n"), ("管理", "vn"), ("办公室", "n"),
             ("主任", "n"), ("方立", "PER"), ("出席", "v")]
    got = titles(run(doc_with(text, [("方立", "PERSON")], words)), "方立")
    assert got[-1] == ("办公室主任", "校区管理办公室") and len(got) == 2  # the words before 办公室 name the office


def test_a_level_s_four_leading_bodies_together_are_one_title_for_each_name():
    doc = run(doc_with("县四个班子领导方立、石岩出席", [("方立", "PERSON"), ("石岩", "PERSON")]))
    assert titles(doc, "方立") == titles(doc, "石岩") == [("县四个班子领导", "")]


def test_an_organisation_named_by_two_levels_is_every_such_body_and_no_node():
    text = "全县乡镇卫生院和村镇银行支持县市场监督管理局工作"
    ents = [("乡镇卫生院", "ORG"), ("村镇银行", "ORG"), ("县市场监督管理局", "ORG")]
    got = found(run(doc_with(text, ents)))
    assert got == {("县市场监督管理局", "ORG")}  # 县 + 市场监督管理局: one level and a department
    assert ("乡镇卫生院", "ORG") in found(run(doc_with(text, ents), disabled=["plural_level_orgs"]))
    text = "推进县乡人大建设，听取县、乡人大工作汇报，县乡村振兴局和省市场监管局参加"
    ents = [("县乡人大", "ORG"), ("乡人大", "ORG"), ("县乡村振兴局", "ORG"), ("省市场监管局", "ORG")]
    assert found(run(doc_with(text, ents))) == {("县乡村振兴局", "ORG"), ("省市场监管局", "ORG")}
    text = "听取孙村镇、县旅游局和省军区、市军分区党委汇报"  # each level ends a name: no levels listed
    ents = [("孙村镇", "PLACE"), ("县旅游局", "ORG"), ("市军分区党委", "ORG")]
    assert found(run(doc_with(text, ents))) == set(ents)


def test_a_road_round_a_village_and_reaching_rivers_and_seas_are_no_places():
    text = "硬化环村路，巩固通江达海的区位优势"
    got = found(run(doc_with(text, [("环村路", "PLACE"), ("通江达海", "PLACE")])))
    assert not any(label == "PLACE" for _, label in got)


def test_names_in_split_words_after_a_title():
    text = "青河县科协党组书记、主席弓秀萍，县检察院检察长后振邦围绕大局汇报"
    words = [("青河县科协", "ORG"), ("党组", "n"), ("书记", "n"), ("、", "w"), ("主席", "n"), ("弓", "n"), ("秀萍", "v"),
             ("，", "w"), ("县检察院", "ORG"), ("检察长", "n"), ("后", "f"), ("振", "v"), ("邦", "n"), ("围绕", "v"),
             ("大局", "n"), ("汇报", "v")]
    ents = [("青河县科协", "ORG"), ("县检察院", "ORG")]
    got = found(run(doc_with(text, ents, words)))
    assert {("弓秀萍", "PERSON"), ("后振邦", "PERSON")} <= got
    off = ["names_in_split_words", "paused_names_after_titles"]  # the last reads a name closed by a comma too
    assert ("弓秀萍", "PERSON") not in found(run(doc_with(text, ents, words), disabled=off))


def test_names_in_split_words_leave_adverbs_and_acts_alone():
    text = "班子成员都认真学习，记者时表示赞同"
    words = [("班子", "n"), ("成员", "n"), ("都", "d"), ("认真", "ad"), ("学习", "v"), ("，", "w"), ("记者", "n"),
             ("时", "n"), ("表示", "v"), ("赞同", "v")]
    assert not {label for _, label in found(run(doc_with(text, [], words)))} & {"PERSON"}


def test_org_name_titles_before_acts():
    text = "在县司法局张明远副局长的陪同下，县委组织部李华清部长出席"
    words = [("在", "p"), ("县司法局", "ORG"), ("张明远", "PER"), ("副局长", "n"), ("的", "u"), ("陪同", "vn"), ("下", "f"),
             ("，", "w"), ("县委组织部", "ORG"), ("李华清", "PER"), ("部长", "n"), ("出席", "v")]
    ents = [("县司法局", "ORG"), ("张明远", "PERSON"), ("县委组织部", "ORG"), ("李华清", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert titles(doc, "张明远") == [("副局长", "县司法局")]
    assert titles(doc, "李华清") == [("部长", "县委组织部")]
    assert titles(run(doc_with(text, ents, words), disabled=["org_name_titles_before_acts"]), "李华清") == [("部长", "")]
    off = ["org_name_titles_before_acts", "titles_after_before_acts"]
    assert titles(run(doc_with(text, ents, words), disabled=off), "李华清") == []


def test_place_name_titles_compose_the_place_and_the_title():
    text = "青禾县王立新副县长和石门乡雷海云书记出席"
    words = [("青禾县", "LOC"), ("王立新", "PER"), ("副县长", "n"), ("和", "c"), ("石门乡", "LOC"), ("雷海云", "PER"),
             ("书记", "n"), ("出席", "v")]
    ents = [("青禾县", "PLACE"), ("王立新", "PERSON"), ("石门乡", "PLACE"), ("雷海云", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert titles(doc, "王立新") == [("副县长", "青禾县政府")]
    assert titles(doc, "雷海云") == [("书记", "石门乡党委")]
    off = run(doc_with(text, ents, words), disabled=["place_name_titles"])
    assert titles(off, "王立新") == [("副县长", "县政府")]


def test_division_secretaries_name_the_division_s_party_committee():
    text = "石门乡书记雷海云、河西街道书记周立强出席，潢开区副书记李成出席"
    ents = [("石门乡", "PLACE"), ("雷海云", "PERSON"), ("河西街道", "PLACE"), ("周立强", "PERSON"), ("潢开区", "PLACE"),
            ("李成", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "雷海云") == [("书记", "石门乡党委")]
    assert titles(doc, "周立强") == [("书记", "河西街道党工委")]
    assert titles(doc, "李成")[0][1] != "潢开区委"  # a zone, no listed district: no committee guessed
    assert titles(run(doc_with(text, ents), disabled=["division_secretaries"]), "雷海云")[0][1] == "石门乡"


def test_list_shared_orgs_read_over_an_honorific():
    text = "泰国青山会馆理事长何立中先生、名誉理事长何秀桃女士带队"
    ents = [("泰国青山会馆", "ORG"), ("何立中", "PERSON"), ("何秀桃", "PERSON")]
    assert titles(run(doc_with(text, ents)), "何秀桃") == [("名誉理事长", "泰国青山会馆")]
    assert titles(run(doc_with(text, ents), disabled=["list_shared_orgs"]), "何秀桃") == [("名誉理事长", "")]


def test_a_school_s_committee_post_outside_the_party_is_the_school_s():
    text = "校党委书记、校长徐立华，党委副书记、副校长方清泉出席"
    ents = [("徐立华", "PERSON"), ("方清泉", "PERSON")]
    assert ("副校长", "校") in titles(run(doc_with(text, ents)), "方清泉")
    assert ("副校长", "校党委") in titles(run(doc_with(text, ents), disabled=["posts_outside_committees"]), "方清泉")


def test_glued_posts_split_an_organisation_at_a_post_printed_without_a_mark():
    text = "河东区委常委区委办公室主任郭立新、宏远社区党委书记居委会主任章文华出席，区人大常委会召开会议"
    ents = [("河东区委常委", "ORG"), ("区委办公室", "ORG"), ("郭立新", "PERSON"), ("宏远社区党委书记居委会", "ORG"),
            ("章文华", "PERSON"), ("区人大常委会", "ORG")]
    doc = run(doc_with(text, ents))
    assert {("河东区委", "ORG"), ("宏远社区党委", "ORG"), ("区人大常委会", "ORG")} <= found(doc)
    assert titles(doc, "郭立新") == [("区委常委", "河东区委"), ("区委办公室主任", "河东区委办公室")]
    assert ("主任", "宏远社区居委会") in titles(doc, "章文华")
    assert ("宏远社区党委书记居委会", "ORG") in found(run(doc_with(text, ents), disabled=["glued_posts"]))


def test_stationed_teams_hold_the_verbs_of_their_charge():
    text = "覃石镇驻镇帮镇扶村工作队队员李明出席，番禺区对口帮扶五华县工作队和驻村工作队参加，企业进驻工作组办公室"
    ents = [("覃石镇", "PLACE"), ("驻镇帮镇扶村", "PROGRAMME"), ("李明", "PERSON"), ("番禺区", "PLACE"),
            ("五华县", "PLACE")]
    got = found(run(doc_with(text, ents)))
    assert {("覃石镇驻镇帮镇扶村工作队", "ORG"), ("番禺区对口帮扶五华县工作队", "ORG"), ("驻村工作队", "ORG")} <= got
    assert not any("驻工作组" in name for name, _ in got)  # 进驻: a verb of the sentence, no team's
    assert ("覃石镇驻镇帮镇扶村工作队", "ORG") not in found(run(doc_with(text, ents), disabled=["stationed_teams"]))


def test_a_quoted_honour_before_the_word_for_one_is_a_programme():
    text = "他被授予“青山市劳动模范”荣誉称号，该县获“千年古县”称号"
    assert {("青山市劳动模范", "PROGRAMME"), ("千年古县", "PROGRAMME")} <= found(run(doc_with(text)))


def test_titles_after_before_acts_read_a_title_after_a_name_with_no_organisation_before_it():
    text = "听取了王立新校长关于开学工作的汇报，刘青副县长、那振华局长参加，张明代表公司发言"
    words = [("听取", "v"), ("了", "u"), ("王立新", "PER"), ("校长", "n"), ("关于", "p"), ("开学", "vn"), ("工作", "vn"),
             ("的", "u"), ("汇报", "vn"), ("，", "w"), ("刘青", "PER"), ("副县长", "n"), ("、", "w"), ("那振华", "PER"),
             ("局长", "n"), ("参加", "v"), ("，", "w"), ("张明", "PER"), ("代表", "v"), ("公司", "n"), ("发言", "v")]
    ents = [("王立新", "PERSON"), ("刘青", "PERSON"), ("那振华", "PERSON"), ("张明", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert titles(doc, "王立新") == [("校长", "")] and titles(doc, "那振华") == [("局长", "")]
    assert titles(doc, "张明") == []  # 代表/v: what he does, no title
    assert titles(run(doc_with(text, ents, words), disabled=["titles_after_before_acts"]), "王立新") == []


def test_titles_after_before_acts_read_a_title_before_an_adverb_and_the_last_of_a_list_before_a_pause():
    text = "刘文华站长详细介绍了历史，校领导张庆院长、梁德萍副院长，以及各部门负责人参加"
    words = [("刘文华", "PER"), ("站长", "n"), ("详细", "ad"), ("介绍", "v"), ("了", "u"), ("历史", "n"), ("，", "w"),
             ("校", "n"), ("领导", "n"), ("张庆", "PER"), ("院长", "n"), ("、", "w"), ("梁德萍", "PER"), ("副院长", "n"),
             ("，", "w"), ("以及", "c"), ("各", "r"), ("部门", "n"), ("负责人", "n"), ("参加", "v")]
    ents = [("刘文华", "PERSON"), ("张庆", "PERSON"), ("梁德萍", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert titles(doc, "刘文华") == [("站长", "")] and titles(doc, "梁德萍") == [("副院长", "")]
    alone = "刘文华院长，你好"  # a name and a title before a pause, in no list: an address
    assert titles(run(doc_with(alone, [("刘文华", "PERSON")], [("刘文华", "PER"), ("院长", "n"), ("，", "w"),
                                                                ("你好", "v")])), "刘文华") == []


def test_youth_league_committees_take_the_league_s_word_before_a_division_s_committee():
    text = "活动由团县委主办，团市委书记陈晓东出席，甲代表团县委书记王建国发言"
    words = [("活动", "n"), ("由", "p"), ("团", "n"), ("县委", "ORG"), ("主办", "v"), ("，", "w"), ("团", "n"),
             ("市委书记", "n"), ("陈晓东", "PER"), ("出席", "v"), ("，", "w"), ("甲代表团", "ORG"), ("县委书记", "n"),
             ("王建国", "PER"), ("发言", "v")]
    ents = [("县委", "ORG"), ("陈晓东", "PERSON"), ("甲代表团", "ORG"), ("王建国", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert ("团县委", "ORG") in found(doc) and ("团市委", "ORG") in found(doc)
    assert titles(doc, "陈晓东") == [("团市委书记", "团市委")]
    assert titles(doc, "王建国") == [("县委书记", "县委")]  # 代表团: the end of another word
    off = run(doc_with(text, ents, words), disabled=["youth_league_committees"])
    assert ("团县委", "ORG") not in found(off) and titles(off, "陈晓东") == [("市委书记", "市委")]


def test_own_committee_places_give_a_county_level_city_s_bare_bodies_to_its_own_officials():
    text = "昌河市委副书记、市长李玉祥一行来访"
    words = [("昌河市委", "ORG"), ("副书记", "n"), ("、", "w"), ("市长", "n"), ("李玉祥", "PER"), ("一行", "m"),
             ("来访", "v")]
    ents = [("昌河市委", "ORG"), ("李玉祥", "PERSON")]
    assert titles(run(doc_with(text, ents, words)), "李玉祥") == [("市委副书记", "昌河市委"), ("市长", "昌河市政府")]
    off = run(doc_with(text, ents, words), disabled=["own_committee_places"])
    assert titles(off, "李玉祥") == [("市委副书记", "昌河市委"), ("市长", "市政府")]


def test_a_standing_member_s_post_glued_to_a_department_s_is_two_posts():
    text = "县委常委宣传部长李明、市委常委组织部部长王强出席"
    words = [("县委常委", "n"), ("宣传部长", "n"), ("李明", "PER"), ("、", "w"), ("市委", "ORG"), ("常委", "n"),
             ("组织部", "n"), ("部长", "n"), ("王强", "PER"), ("出席", "v")]
    ents = [("李明", "PERSON"), ("市委", "ORG"), ("王强", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert titles(doc, "李明") == [("县委常委", "县委"), ("宣传部长", "县委宣传部")]
    assert titles(doc, "王强") == [("市委常委", "市委"), ("组织部部长", "市委组织部")]
    assert not any("常委组织部" in name for name, _ in found(doc))
    off = run(doc_with(text, ents, words), disabled=["glued_posts", "glued_party_posts"])
    assert ("委宣传部长", "") in titles(off, "李明")
    assert ("市委常委组织部", "ORG") in found(off)


def test_dotted_names_after_titles_take_a_transcribed_name_the_backbone_cut_into_words():
    text = "副主任买买提明·卡德率队，司法部长卡洛斯·阿马特发言，企业代表聚集在乔治·梅森大学"
    words = [("副主任", "n"), ("买买", "v"), ("提明", "PER"), ("·卡德", "w"), ("率队", "v"), ("，", "w"), ("司法部长", "n"),
             ("卡洛斯·阿马特", "PER"), ("发言", "v"), ("，", "w"), ("企业", "n"), ("代表", "n"), ("聚集", "v"), ("在", "p"),
             ("乔治", "PER"), ("·", "w"), ("梅森", "PER"), ("大学", "n")]
    ents = [("提明", "PERSON"), ("卡洛斯·阿马特", "PERSON"), ("乔治", "PERSON"), ("梅森", "PERSON")]
    got = found(run(doc_with(text, ents, words)))
    assert ("买买提明·卡德", "PERSON") in got and ("卡洛斯·阿马特", "PERSON") in got
    assert not any(name.startswith("聚集") for name, _ in got)
    assert ("买买提明·卡德", "PERSON") not in found(run(doc_with(text, ents, words),
                                                       disabled=["dotted_names_after_titles"]))


def test_bare_sections_name_a_section_of_common_nouns_after_a_list_mark():
    text = "学院院长陈明、科研处副处长梁志慧陪同，他曾任人事处处长"
    words = [("学院", "n"), ("院长", "n"), ("陈明", "PER"), ("、", "w"), ("科研", "n"), ("处", "n"), ("副处长", "n"),
             ("梁志慧", "PER"), ("陪同", "v"), ("，", "w"), ("他", "r"), ("曾", "d"), ("任", "v"), ("人事处", "n"),
             ("处长", "n")]
    ents = [("陈明", "PERSON"), ("梁志慧", "PERSON")]
    assert titles(run(doc_with(text, ents, words)), "梁志慧") == [("科研处副处长", "科研处")]
    assert titles(run(doc_with(text, ents, words), disabled=["bare_sections"]), "梁志慧") == [("副处长", "")]


def test_a_preposition_glued_before_a_listed_county_is_no_part_of_the_place():
    text = "对容县的发展表示祝贺，从江县举行活动"
    ents = [("对容县", "PLACE"), ("从江县", "PLACE")]
    got = found(run(doc_with(text, ents)))
    assert ("容县", "PLACE") in got and ("从江县", "PLACE") in got  # 从江县 is a county's own name
    assert ("对容县", "PLACE") in found(run(doc_with(text, ents), disabled=["preposition_starts"]))


def test_names_before_leads_cut_the_lead_of_a_group_off_a_name():
    text = "协会会长陈景旺率协会一行到访"
    words = [("协会", "n"), ("会长", "n"), ("陈景旺率", "PER"), ("协会", "n"), ("一行", "m"), ("到访", "v")]
    ents = [("陈景旺率", "PERSON")]
    assert ("陈景旺", "PERSON") in found(run(doc_with(text, ents, words)))
    assert ("陈景旺率", "PERSON") in found(run(doc_with(text, ents, words), disabled=["names_before_leads"]))


def test_a_democratic_party_s_branch_names_the_place_of_the_bare_bodies_after_it():
    text = "民革青川区支部主委、区政协副主席谭华林出席"
    words = [("民革青川区支部", "ORG"), ("主委", "n"), ("、", "w"), ("区政协", "ORG"), ("副主席", "n"), ("谭华林", "PER"),
             ("出席", "v")]
    ents = [("民革青川区支部", "ORG"), ("区政协", "ORG"), ("谭华林", "PERSON")]
    assert ("区政协副主席", "青川区政协") in titles(run(doc_with(text, ents, words)), "谭华林")
    off = run(doc_with(text, ents, words), disabled=["org_from_earlier_place"])
    assert ("区政协副主席", "区政协") in titles(off, "谭华林")


def test_paused_names_after_titles_read_a_name_the_backbone_cut_into_verbs_before_a_pause():
    text = "县监委主任符发胜，县长也表示，书记强调，他会见记者时表示，"
    words = [("县监委", "ORG"), ("主任", "n"), ("符", "v"), ("发胜", "v"), ("，", "w"), ("县长", "n"), ("也", "d"),
             ("表示", "v"), ("，", "w"), ("书记", "n"), ("强调", "v"), ("，", "w"), ("他", "r"), ("会见", "v"),
             ("记者", "n"), ("时", "n"), ("表示", "v"), ("，", "w")]
    ents = [("县监委", "ORG")]
    got = found(run(doc_with(text, ents, words)))
    assert ("符发胜", "PERSON") in got
    assert not {name for name, label in got if label == "PERSON"} - {"符发胜"}  # 也表示, 强调, 时表示: no names
    assert ("符发胜", "PERSON") not in found(run(doc_with(text, ents, words), disabled=["paused_names_after_titles"]))


def test_numbered_schools_start_at_a_listed_county_not_at_the_verb_before_it():
    text = "县长深入寿县一中看望教师"
    words = [("县长", "n"), ("深入", "v"), ("寿县", "LOC"), ("一", "m"), ("中", "f"), ("看望", "v"), ("教师", "n")]
    got = found(run(doc_with(text, [("寿县", "PLACE")], words)))
    assert ("寿县一中", "ORG") in got and ("入寿县一中", "ORG") not in got


def test_collective_levels_make_one_title_of_two_levels_officials():
    text = "市区领导陈明、王强出席，李华、赵云等县乡领导参加"
    words = [("市区", "n"), ("领导", "n"), ("陈明", "PER"), ("、", "w"), ("王强", "PER"), ("出席", "v"), ("，", "w"),
             ("李华", "PER"), ("、", "w"), ("赵云", "PER"), ("等", "u"), ("县乡", "n"), ("领导", "n"), ("参加", "v")]
    ents = [("陈明", "PERSON"), ("王强", "PERSON"), ("李华", "PERSON"), ("赵云", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert titles(doc, "王强") == [("市区领导", "")] and titles(doc, "赵云") == [("县乡领导", "")]
    off = run(doc_with(text, ents, words), disabled=["collective_levels"])
    assert titles(off, "王强") == [("区领导", "")] and titles(off, "赵云") == []
    text = "李华、赵云等市、区领导参加"  # the two levels printed apart
    ents = [("李华", "PERSON"), ("赵云", "PERSON")]
    assert titles(run(doc_with(text, ents)), "赵云") == [("市、区领导", "")]


def test_a_title_after_a_body_s_short_name_is_kept_as_printed():
    doc = run(doc_with("江城市人大副主任陶然出席", [("江城市人大", "ORG"), ("陶然", "PERSON")]))
    assert titles(doc, "陶然") == [("市人大副主任", "江城市人大")]  # not 市人大常委会副主任, a post never printed
    doc = run(doc_with("回乡的江城市人大副主任陶然", [("江城市", "PLACE"), ("陶然", "PERSON")]))
    assert titles(doc, "陶然")[0][0] == "市人大副主任"


def test_paused_names_after_titles_trust_a_pause_the_next_titled_name_follows():
    text = "县委书记封立新、县长刘严出席，政法委书记高为淼，副县长郑海良陪同"
    words = [("县委书记", "n"), ("封", "v"), ("立", "v"), ("新", "a"), ("、", "w"), ("县长", "n"), ("刘严", "PER"),
             ("出席", "v"), ("，", "w"), ("政法委书记", "n"), ("高为淼", "a"), ("，", "w"), ("副县长", "n"),
             ("郑海良", "PER"), ("陪同", "v")]
    ents = [("刘严", "PERSON"), ("郑海良", "PERSON")]
    got = found(run(doc_with(text, ents, words)))
    assert {("封立新", "PERSON"), ("高为淼", "PERSON")} <= got
    off = found(run(doc_with(text, ents, words), disabled=["paused_names_after_titles"]))
    assert ("封立新", "PERSON") not in off and ("高为淼", "PERSON") not in off
    # no titled name after the pause: an adjective stays a word (names_after_titles reads modifiers its own way)
    text = "县委书记封立新、出席"
    words = [("县委书记", "n"), ("封", "v"), ("立", "v"), ("新", "a"), ("、", "w"), ("出席", "v")]
    assert ("封立新", "PERSON") not in found(run(doc_with(text, [], words)))


def test_listed_rare_surnames_read_a_two_character_name_between_two_persons():
    text = "市领导罗茂明、能荣、陈洪安出席，陈洪安、工作、专班参加"
    words = [("市", "n"), ("领导", "n"), ("罗茂明", "PER"), ("、", "w"), ("能", "v"), ("荣", "a"), ("、", "w"),
             ("陈洪安", "PER"), ("出席", "v"), ("，", "w"), ("陈洪安", "PER"), ("、", "w"), ("工作", "vn"),
             ("、", "w"), ("专班", "n"), ("参加", "v")]
    ents = [("罗茂明", "PERSON"), ("陈洪安", "PERSON"), ("陈洪安", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert ("能荣", "PERSON") in found(doc) and ("工作", "PERSON") not in found(doc)  # no name after 工作's pause
    assert titles(doc, "陈洪安")[0] == ("市领导", "")  # the list's title reaches the names after the cut one
    assert ("能荣", "PERSON") not in found(run(doc_with(text, ents, words), disabled=["listed_rare_surnames"]))


def test_closing_titles_read_the_leaders_at_home():
    text = "周立明、侯桥训等在家县领导出席会议"
    ents = [("周立明", "PERSON"), ("侯桥训", "PERSON")]
    doc = run(doc_with(text, ents))
    assert titles(doc, "周立明") == [("县领导", "")] and titles(doc, "侯桥训") == [("县领导", "")]
    assert titles(run(doc_with(text, ents), disabled=["closing_titles"]), "周立明") == []


def test_national_strategies_and_the_work_of_supporting_the_army_are_listed_programmes():
    doc = run(doc_with("深入实施创新驱动发展战略，做好双拥和党管武装工作，建设双一流高校", []))
    programmes = {text for text, label in found(doc) if label == "PROGRAMME"}
    assert {"创新驱动发展战略", "双拥", "党管武装", "双一流"} <= programmes


def test_suffixed_orgs_in_titles_hold_no_preposition_or_particle():
    text = "会议由局党组成员、副局长肖明主持，听取了园区管委会主任艾志强的汇报"
    words = [("会议", "n"), ("由", "p"), ("局", "n"), ("党组", "n"), ("成员", "n"), ("、", "w"), ("副局长", "n"),
             ("肖明", "PER"), ("主持", "v"), ("，", "w"), ("听取", "v"), ("了", "u"), ("园区", "n"), ("管委会", "n"),
             ("主任", "n"), ("艾志强", "PER"), ("的", "u"), ("汇报", "vn")]
    ents = [("肖明", "PERSON"), ("艾志强", "PERSON")]
    doc = run(doc_with(text, ents, words))
    assert not any(org.startswith(("会议", "听取")) for _, org in titles(doc, "肖明") + titles(doc, "艾志强"))
    assert ("主任", "园区管委会") in titles(doc, "艾志强")


def test_long_facility_names_start_after_a_position_or_a_time_of_what_came_before():
    text = "今年以来青石岭水库蓄水增加，辖区内白沙坑水库全部达标"
    words = [("今年以来", "TIME"), ("青石岭", "n"), ("水库", "n"), ("蓄水", "vn"), ("增加", "v"), ("，", "w"),
             ("辖区", "n"), ("内", "f"), ("白沙坑", "n"), ("水库", "n"), ("全部", "n"), ("达标", "v")]
    got = {name for name, _ in found(run(doc_with(text, [], words)))}
    assert {"青石岭水库", "白沙坑水库"} <= got
    assert not got & {"今年以来青石岭水库", "辖区内白沙坑水库"}


def test_names_before_representing_give_the_name_back_from_the_body_it_speaks_for():
    text = "最后，封立明代表县委、县政府表示感谢，人大代表陈红发言"
    words = [("最后", "ad"), ("，", "w"), ("封立明代表", "ORG"), ("县委", "ORG"), ("、", "w"), ("县政府", "ORG"),
             ("表示", "v"), ("感谢", "vn"), ("，", "w"), ("人大代表", "n"), ("陈红", "PER"), ("发言", "v")]
    ents = [("封立明代表", "ORG"), ("县委", "ORG"), ("县政府", "ORG"), ("陈红", "PERSON")]
    got = found(run(doc_with(text, ents, words)))
    assert {("封立明", "PERSON"), ("县委", "ORG")} <= got and not any("代表" in name for name, _ in got)
    off = found(run(doc_with(text, ents, words), disabled=["names_before_representing"]))
    assert ("封立明", "PERSON") not in off


def test_glued_villages_leave_a_county_s_company_named_for_the_countryside_whole():
    text = "青川县乡村文化发展有限公司和白水镇青山纺织有限公司参加"
    ents = [("青川县乡村文化发展有限公司", "ORG"), ("白水镇青山纺织有限公司", "ORG")]
    got = found(run(doc_with(text, ents)))
    assert ("青川县乡村文化发展有限公司", "ORG") in got  # 县 + 乡村: no town 青川县乡
    assert {("白水镇", "PLACE"), ("青山纺织有限公司", "ORG")} <= got  # a town and the company after it


def test_joined_field_names_make_one_body_of_two_fields_and_leave_two_bodies_apart():
    text = "宣传部、生物资源与食品工程学院、新型工业化和数字经济局负责人出席，县公安局与县教育局联合行动"
    words = [("宣传部", "ORG"), ("、", "w"), ("生物资源", "ORG"), ("与", "p"), ("食品工程学院", "ORG"), ("、", "w"),
             ("新型", "a"), ("工业化", "vn"), ("和", "c"), ("数字经济局", "n"), ("负责人", "n"), ("出席", "v"),
             ("，", "w"), ("县公安局", "ORG"), ("与", "c"), ("县教育局", "ORG"), ("联合", "v"), ("行动", "vn")]
    ents = [("宣传部", "ORG"), ("生物资源", "ORG"), ("食品工程学院", "ORG"), ("县公安局", "ORG"), ("县教育局", "ORG")]
    got = found(run(doc_with(text, ents, words)))
    assert {("生物资源与食品工程学院", "ORG"), ("新型工业化和数字经济局", "ORG")} <= got
    assert {("县公安局", "ORG"), ("县教育局", "ORG")} <= got  # two bodies, each with its level
    off = found(run(doc_with(text, ents, words), disabled=["joined_field_names"]))
    assert ("生物资源与食品工程学院", "ORG") not in off


def test_zone_bodies_keep_a_bare_zone_body_for_resolution_and_switch_off():
    text = "党工委书记、管委会主任刘卫民参加会议"
    ents = [("刘卫民", "PERSON")]
    assert titles(run(doc_with(text, ents)), "刘卫民") == [("党工委书记", "党工委"), ("管委会主任", "管委会")]
    assert titles(run(doc_with(text, ents), disabled=["zone_bodies"]), "刘卫民") == [("党工委书记", ""), ("管委会主任", "")]


def test_minority_names_take_a_tibetan_name_the_backbone_took_for_a_place_in_a_list():
    text = "市委常委：张晓、赫沛、格桑、王友华、丹增等人"
    ents = [("张晓", "PERSON"), ("赫沛", "PERSON"), ("格桑", "PLACE"), ("王友华", "PERSON"), ("丹增", "PERSON")]
    words = [("市委", "n"), ("常委", "n"), ("：", "w"), ("张晓", "PER"), ("、", "w"), ("赫沛", "PER"), ("、", "w"),
             ("格桑", "LOC"), ("、", "w"), ("王友华", "PER"), ("、", "w"), ("丹增", "PER"), ("等", "u"), ("人", "n")]
    doc = run(doc_with(text, ents, words))
    assert ("格桑", "PERSON") in found(doc)
    assert titles(doc, "王友华") == [("市委常委", "市委")]  # the list goes on past the name
    assert ("格桑", "PLACE") in found(run(doc_with(text, ents, words), disabled=["minority_names"]))


def test_paused_names_after_titles_give_a_cut_name_its_last_characters_before_a_titled_name():
    text = "县人大常委会主任侃卓/PER才让、县政协副主席车军利出席".replace("/PER", "")
    words = [("县人大常委会", "ORG"), ("主任", "n"), ("侃卓", "PER"), ("才", "d"), ("让", "v"), ("、", "w"),
             ("县政协", "ORG"), ("副主席", "n"), ("车军利", "n"), ("出席", "v")]
    ents = [("县人大常委会", "ORG"), ("侃卓", "PERSON"), ("县政协", "ORG")]
    got = found(run(doc_with(text, ents, words)))
    assert ("侃卓才让", "PERSON") in got
    off = found(run(doc_with(text, ents, words), disabled=["paused_names_after_titles"]))
    assert ("侃卓才让", "PERSON") not in off
    text = "县人大常委会主任侃卓才让、出席"  # no titled name after the pause: the backbone's cut stands
    words = [("县人大常委会", "ORG"), ("主任", "n"), ("侃卓", "PER"), ("才", "d"), ("让", "v"), ("、", "w"), ("出席", "v")]
    assert ("侃卓才让", "PERSON") not in found(run(doc_with(text, ents[:2], words)))


def test_listed_departments_read_the_sections_a_list_prints_bare():
    text = "郭明主持，耕保处、用地处、执法大队等相关部门负责人参加，多功能厅、活动室开放，本次活动由市文旅局、市教育局承办"
    words = [("郭明", "PER"), ("主持", "v"), ("，", "w"), ("耕保处", "n"), ("、", "w"), ("用地处", "n"), ("、", "w"),
             ("执法大队", "n"), ("等", "u"), ("相关", "vn"), ("部门", "n"), ("负责人", "n"), ("参加", "v"), ("，", "w"),
             ("多功能厅", "n"), ("、", "w"), ("活动室", "n"), ("开放", "v"), ("，", "w"), ("本次", "r"), ("活动", "vn"),
             ("由", "p"), ("市文旅局", "n"), ("、", "w"), ("市教育局", "ORG"), ("承办", "v")]
    got = {name for name, label in found(run(doc_with(text, [("郭明", "PERSON"), ("市教育局", "ORG")], words)))
           if label == "ORG"}
    assert {"耕保处", "用地处", "执法大队"} <= got
    assert not got & {"多功能厅", "活动室", "本次活动由市文旅局"}  # rooms, and a clause before a body
    off = run(doc_with(text, [("郭明", "PERSON"), ("市教育局", "ORG")], words), disabled=["listed_departments"])
    assert ("耕保处", "ORG") not in found(off)
    text = "科技处、发展合作处、经济管理学院相关同志陪同"  # the last item runs on into the clause
    words = [("科技处", "n"), ("、", "w"), ("发展", "vn"), ("合作", "vn"), ("处", "n"), ("、", "w"), ("经济", "n"),
             ("管理", "vn"), ("学院", "n"), ("相关", "vn"), ("同志", "n"), ("陪同", "v")]
    got = {name for name, label in found(run(doc_with(text, [], words))) if label == "ORG"}
    assert got == {"科技处", "发展合作处", "经济管理学院"}
