"""Each rule of the spaCy pipeline on small texts written to exercise it."""
import pytest


def ents(nlp, text):
    doc = nlp(text)
    return {(e.text, e.label_) for e in doc.ents}, {e.text: e._.kg_titles for e in doc.ents if e._.kg_titles}


def titles_of(found, person):
    return [(t.title, t.org) for t in found[person]]


def test_two_titles_before_one_person(nlp):
    _, titles = ents(nlp, "市委书记、市人大常委会主任陈明主持会议。")
    assert titles_of(titles, "陈明") == [("市委书记", "市委"), ("市人大常委会主任", "市人大常委会")]


def test_unqualified_standing_committee_title_is_the_city_one(nlp):
    _, titles = ents(nlp, "市委书记、人大常委会主任陈明一同考察。")
    assert titles_of(titles, "陈明")[1] == ("人大常委会主任", "市人大常委会")  # the post as printed, the list's level


def test_group_title_goes_to_every_person_in_the_list(nlp):
    found, titles = ents(nlp, "市领导张伟、李强、王芳参加会议。")
    assert {"张伟", "李强", "王芳"} <= {t for t, label in found if label == "PERSON"}
    assert all(titles_of(titles, p) == [("市领导", "")] for p in ("张伟", "李强", "王芳"))


def test_place_in_front_of_the_title_names_that_place(nlp):
    found, titles = ents(nlp, "湖南省株洲市委书记刘强率团来访。")
    assert titles_of(titles, "刘强")[0][0] == "市委书记"
    assert "株洲市委" in titles_of(titles, "刘强")[0][1]


def test_title_after_an_organisation_names_it(nlp):
    _, titles = ents(nlp, "中国移动湛江分公司总经理黄伟介绍了情况。")
    assert titles_of(titles, "黄伟") == [("总经理", "中国移动湛江分公司")]


def test_implied_organisation_of_a_mayor(nlp):
    _, titles = ents(nlp, "市长林华出席活动。")
    assert titles_of(titles, "林华") == [("市长", "市政府")]


@pytest.mark.parametrize("text,expected", [
    ("湛江市文化广电旅游体育局开展检查。", ("湛江市文化广电旅游体育局", "ORG")),
    ("两地同处北部湾城市群。", ("北部湾城市群", "PLACE")),
    ("全力推进“百千万工程”落地见效。", ("百千万工程", "PROGRAMME")),
    ("把成效纳入湖长制考核。", ("湖长制", "PROGRAMME")),
    ("推动绿美湛江生态建设。", ("绿美湛江生态建设", "PROGRAMME")),
    ("打造“好”字号公用品牌。", ("“好”字号公用品牌", "PROGRAMME")),
    ("实施“粤菜师傅”工程。", ("“粤菜师傅”工程", "PROGRAMME")),
    ("研究我市贯彻落实意见。", ("我市", "PLACE")),
    ("全县开展“项目提速年”活动。", ("项目提速年", "PROGRAMME")),
    ("坚定实施“青川车都”战略。", ("青川车都", "PROGRAMME")),
    ("以“感恩奋进 共建家园”为主题开展宣讲。", ("感恩奋进 共建家园", "PROGRAMME")),
])
def test_entity_rules(nlp, text, expected):
    found, _ = ents(nlp, text)
    assert expected in found


def test_titles_are_not_people_and_junk_goes(nlp):
    found, titles = ents(nlp, "市委书记、市第一林长陈明签发第3号林长令◀。")
    people = {t for t, label in found if label == "PERSON"}
    assert people == {"陈明"}
    assert ("市第一林长", "") in titles_of(titles, "陈明")
    assert all(len(t) > 1 and "◀" not in t for t, _ in found)


def test_bare_body_inside_a_title_is_not_an_organisation_mention(nlp):
    found, _ = ents(nlp, "市政协副主席肖军率队视察。")
    assert ("市政协", "ORG") not in found


def test_programme_beside_a_place_stays_whole(nlp):
    found, _ = ents(nlp, "推进高州市乡村振兴。")
    assert ("乡村振兴", "PROGRAMME") in found and ("高州市", "PLACE") in found


def test_a_department_joined_by_and_and_a_contracted_armed_forces_title(nlp):
    found, titles = ents(nlp, "青山县文物和旅游局局长林华介绍情况，石滩镇武装部长陈明参加。")
    assert titles_of(titles, "林华") == [("局长", "青山县文物和旅游局")]
    assert titles_of(titles, "陈明")[0][1].endswith("镇武装部")


def test_a_prefecture_s_committee_and_office_printed_bare(nlp):
    found, titles = ents(nlp, "地委副书记、行署专员林华出席会议。")
    assert {("地委", "ORG"), ("行署", "ORG")} <= found
    assert titles_of(titles, "林华") == [("副书记", "地委"), ("专员", "行署")]


def test_raw_text_with_blank_lines_runs_and_no_name_spans_a_line_break(nlp):
    """LAC tags blank lines and glues names across them; the page must still run (it failed)."""
    doc = nlp("编委名单\n\n 张立新\n \n\n王晓梅\n\n王晓梅来到甲乙村。\n")
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert persons and all(name.strip() == name and "\n" not in name for name in persons)
    assert "王晓梅" in persons


def test_a_site_s_name_keeps_the_modern_the_backbone_reads_as_a_time(nlp):
    found, _ = ents(nlp, "今年以来，市蔬菜产业集团现代农业示范园区建成投产，辖区内水库全部达标。")
    places = {t for t, label in found if label == "PLACE"}
    assert any(name.endswith("现代农业示范园区") for name in places)
    assert not any(name.endswith("水库") for name in places)  # 辖区内 + 水库 names no reservoir
