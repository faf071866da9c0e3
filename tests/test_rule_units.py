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


def test_org_suffixes_join_a_place_and_the_words_ending_in_a_suffix():
    doc = doc_with("南江县水利局发布通知", [("南江县", "PLACE")],
                   [("南江县", "LOC"), ("水利", "n"), ("局", "n"), ("发布", "v"), ("通知", "n")])
    assert ("南江县水利局", "ORG") in found(run(doc.copy()))
    assert ("南江县水利局", "ORG") not in found(run(doc.copy(), disabled=["org_suffixes"]))


def test_facility_names_take_the_whole_site():
    doc = doc_with("参观清河湾湿地公园", [("清河湾", "PLACE")],
                   [("参观", "v"), ("清河湾", "LOC"), ("湿地", "n"), ("公园", "n")])
    assert ("清河湾湿地公园", "PLACE") in found(run(doc))


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


def test_dateline_paper_is_an_organisation():
    assert ("清江日报", "ORG") in found(run(doc_with("清江日报讯 昨日召开会议", [("清江日报讯", "ORG")])))


def test_programme_patterns_five_year_plans_and_numbered_campaigns():
    got = found(run(doc_with("编制“十五五”规划，落实“三促进”要求")))
    assert {("十五五", "PROGRAMME"), ("三促进", "PROGRAMME")} <= got


def test_filters_single_characters_and_titles_as_persons():
    doc = doc_with("林长巡山，美方表示", [("林长", "PERSON"), ("美", "PLACE")])
    got = found(run(doc))
    assert ("林长", "PERSON") not in got and ("美", "PLACE") in got


def test_implausible_places_drop_a_determiner_and_a_level_only():
    got = found(run(doc_with("各村和高村都在行动", [("各村", "PLACE"), ("高村", "PLACE")])))
    assert ("高村", "PLACE") in got and ("各村", "PLACE") not in got


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


def test_town_party_secretary_names_the_town_committee():
    doc = run(doc_with("石滩镇党委书记冯刚讲话", [("石滩镇", "PLACE"), ("冯刚", "PERSON")]))
    assert titles(doc, "冯刚") == [("镇党委书记", "石滩镇党委")]


def test_party_title_never_names_the_government():
    doc = run(doc_with("市委副书记、市长韩松主持", [("韩松", "PERSON")]))
    assert titles(doc, "韩松") == [("市委副书记", "市委"), ("市长", "市政府")]


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
    assert ("民盟江城市委会主委", "ORG") in found(run(doc.copy(), disabled=["org_title_tails"]))


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


def test_party_group_titles_name_the_party_group_and_the_next_title_the_body():
    doc = run(doc_with("县政协党组书记、主席邹明出席", [("邹明", "PERSON")]))
    assert titles(doc, "邹明") == [("县政协党组书记", "县政协党组"), ("主席", "县政协")]
    off = run(doc_with("县政协党组书记、主席邹明出席", [("邹明", "PERSON")]), disabled=["party_groups"])
    assert titles(off, "邹明")[0] == ("县政协党组书记", "县政协")


@pytest.mark.parametrize("text, programme", [
    ("全面落实“两学一做”要求", "两学一做"),
    ("推行“一村一策”", "一村一策"),
    ("做好“六保”工作", "六保"),
    ("深化“大综合一体化”改革", "大综合一体化"),
    ("实施链长制", "链长制"),
])
def test_programme_patterns(text, programme):
    assert (programme, "PROGRAMME") in found(run(doc_with(text)))


@pytest.mark.parametrize("text", ["村“两委”成员参加", "形成“双核”布局"])
def test_one_part_numbered_quotes_need_a_campaign_word(text):
    assert not {label for _, label in found(run(doc_with(text)))} & {"PROGRAMME"}


def test_generic_settlement_nouns_are_no_places():
    doc = doc_with("大城市和自然村都在变", [("大城市", "PLACE"), ("自然村", "PLACE")])
    assert not found(run(doc))
