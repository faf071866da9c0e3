"""The graph stage on hand-made records: NPMI, home inference, resolution, the model and its views,
and the Neo4j writer's rows without a server."""
from __future__ import annotations

import math
from dataclasses import replace

import pytest

from kg.export.neo4j import CO_OCCURS, HOLDS_ROLE, LOCATED_IN, MENTIONED_IN, NODE_QUERIES, WROTE, rows
from kg.graph import build_graph, npmi
from kg.lexicons import Lexicons, longest_first
from kg.model import INDEPENDENT
from kg.records import ORG, PERSON, PLACE, PROGRAMME, Article, ArticleMentions, Credit, Mention, Sentence, Title
from kg.resolve import infer_home, resolve, stationing_body


def article(article_id: str, sentences: list[list[tuple[str, str]]], byline=()) -> ArticleMentions:
    """An article whose sentences hold the given (text, label) mentions; titles come as (text, label, Title)."""
    texts, mentions = [], []
    for index, found in enumerate(sentences):
        text = "".join(item[0] for item in found) or "。"
        offset = 0
        for item in found:
            name, label = item[0], item[1]
            titles = tuple(item[2:])
            mentions.append(Mention(name, label, index, offset, offset + len(name), titles))
            offset += len(name)
        texts.append(Sentence(text, ((0, 0),)))
    return ArticleMentions(Article(article_id, f"{article_id}.txt", "article", "", tuple(byline), (), tuple(texts)),
                           tuple(mentions))


@pytest.fixture(scope="module")
def lex():
    return Lexicons.load()


def test_npmi_is_one_for_pairs_always_together_zero_for_independent_and_negative_for_avoiding():
    assert npmi(10, 10, 10, 100) == pytest.approx(1.0)
    assert npmi(25, 50, 50, 100) == pytest.approx(0.0)
    assert npmi(1, 50, 50, 100) < 0
    assert npmi(100, 100, 100, 100) == 1.0
    assert -1 <= npmi(1, 99, 99, 100) <= 1 and not math.isnan(npmi(1, 1, 1, 2))


def test_home_is_the_most_named_city_and_its_province(lex):
    results = [article("a", [[("茂名市", PLACE), ("茂名市委", ORG)], [("玉林市", PLACE)]])]
    assert (infer_home(results, lex).city, infer_home(results, lex).province) == ("茂名市", "广东省")
    assert infer_home(results, lex, "玉林").city == "玉林市" and infer_home(results, lex, "玉林").province == "广西壮族自治区"


@pytest.mark.parametrize("given, city, province", [
    ("黔东南州", "黔东南苗族侗族自治州", "贵州省"),  # an autonomous prefecture by its short name
    ("永年区", "永年区", "河北省"),  # listed as 永年县, made a district since: the name the user gives stays
    ("夾江縣", "夹江县", "四川省"),  # typed in Traditional characters
    ("广西壮族自治区", "广西壮族自治区", "广西壮族自治区"),  # a province's paper: the province is its own
])
def test_a_home_given_by_its_short_current_or_traditional_name_finds_its_province(lex, given, city, province):
    home = infer_home([], lex, given)
    assert (home.city, home.province) == (city, province)


def test_a_renamed_county_s_paper_names_its_city_s_committee(lex):
    results = [article("a", [[("市委", ORG), ("区委", ORG)]])]
    _, resolved = resolve(results, lex, "永年区")
    assert [m.key for m in next(iter(resolved)).mentions] == [(ORG, "邯郸市委"), (ORG, "永年区委")]
    assert lex.county_of("沙县区") == lex.county_of("沙县") and lex.county_of("和平") == lex.county_of("") == ("", "")


def test_a_short_name_printed_as_often_for_a_county_as_for_its_city_is_the_city_s(lex):
    results = [article("a", [[("九江县", PLACE)], [("九江市", PLACE)], [("九江", PLACE)]])]
    _, resolved = resolve(results, lex, "九江县")
    assert [m.key[1] for m in next(iter(resolved)).mentions] == ["九江县", "九江市", "九江市"]
    assert longest_first(["县", "市", "自治县", "县"]) == ["自治县", "县", "市"]  # never in a set's order


def test_resolution_qualifies_merges_and_keeps_types_in_one_pass(lex):
    results = [
        article("a", [[("我市", PLACE), ("市政协", ORG)], [("高州", PLACE), ("高州市", PLACE)]]),
        article("b", [[("陈明", PERSON, Title("市委书记", "市委", ORG))], [("茂名联通", ORG)],
                      [("中国联通茂名市分公司", ORG)]], byline=(Credit("赵艺", "记者"),)),
    ]
    home, resolved = resolve(results, lex, "茂名市")
    resolved = list(resolved)
    keys = {m.surface: m.key for r in resolved for m in r.mentions}
    assert home.city == "茂名市"
    assert keys["我市"] == (PLACE, "茂名市") and keys["市政协"] == (ORG, "茂名市政协")
    assert keys["高州"] == keys["高州市"] == (PLACE, "高州市")
    assert keys["茂名联通"] == (ORG, "中国联通茂名市分公司")
    chen = next(m for r in resolved for m in r.mentions if m.surface == "陈明")
    assert chen.titles[0][1] == (ORG, "茂名市委")
    assert resolved[1].credits[0][0] == (PERSON, "赵艺") and resolved[1].credits[0][2] is None


def test_model_links_roles_places_and_co_occurrence_once_each(lex):
    results = [article("a", [[("陈明", PERSON, Title("市委书记", "市委", ORG)), ("百千万工程", PROGRAMME)],
                             [("高州市", PLACE), ("高州市人民医院", ORG)]])]
    knowledge = build_graph(results, lex, "茂名市")
    names = {n.id: n.name for n in knowledge.nodes}
    assert [(names[r.person], r.title, names[r.org]) for r in knowledge.roles] == [("陈明", "市委书记", "茂名市委")]
    assert [(names[l.org], names[l.place]) for l in knowledge.located_in] == [("高州市人民医院", "高州市")]
    pairs = {frozenset((names[c.a], names[c.b])) for c in knowledge.co_occurs}
    assert frozenset(("陈明", "茂名市委")) in pairs and frozenset(("高州市", "高州市人民医院")) in pairs
    view = knowledge.to_networkx()
    chen, party = "PERSON:陈明", "ORG:茂名市委"
    assert view.edges[chen, party]["relations"] == ["CO_OCCURS", "HOLDS_ROLE"]
    assert view.edges[chen, party]["relation"] == "HOLDS_ROLE" and view.edges[chen, party]["title"] == ["市委书记"]
    assert view.edges["ORG:高州市人民医院", "PLACE:高州市"]["relation"] == "LOCATED_IN"
    assert knowledge.summary()["edges"] == view.number_of_edges()


def test_location_comes_from_the_name_alone_and_needs_the_place_node(lex):
    alone = build_graph([article("a", [[("化州市人民医院", ORG), ("陈明", PERSON)]])], lex, "茂名市")
    assert alone.located_in == ()  # 化州市 is not a node of this graph
    apart = build_graph([article("a", [[("化州市人民医院", ORG), ("陈明", PERSON)]]),
                         article("b", [[("化州市", PLACE), ("李强", PERSON)]])], lex, "茂名市")
    edge = apart.to_networkx().edges["ORG:化州市人民医院", "PLACE:化州市"]
    assert (edge["relations"], edge["count"], edge["weight"], edge["article_ids"]) == (["LOCATED_IN"], 0, INDEPENDENT, ["a"])


def test_neo4j_rows_hold_names_labels_and_provenance_without_a_server(lex):
    results = [article("a", [[("陈明", PERSON, Title("市委书记", "市委", ORG)), ("高州市", PLACE),
                              ("高州市委", ORG)]], byline=(Credit("赵艺", "记者"),))]
    found = rows(build_graph(results, lex, "茂名市"))
    assert {(r["id"], r["name"]) for r in found["nodes:Person"]} == {("PERSON:陈明", "陈明"), ("PERSON:赵艺", "赵艺")}
    assert found["holds_role"] == [{"person": "PERSON:陈明", "org": "ORG:茂名市委", "title": "市委书记", "articles": ["a"],
                                    "first": None, "last": None}]  # undated
    assert found["located_in"] == [{"org": "ORG:高州市委", "place": "PLACE:高州市", "articles": ["a"]}]
    assert found["wrote"] == [{"id": "PERSON:赵艺", "article": "a", "role": "记者"}]
    pair = [r for r in found["co_occurs"] if "PERSON:陈明" in (r["a"], r["b"]) and "ORG" in r["a"] + r["b"]]
    assert {frozenset((r["a"], r["b"])) for r in pair} == {frozenset(("ORG:茂名市委", "PERSON:陈明")),
                                                          frozenset(("ORG:高州市委", "PERSON:陈明"))}
    assert all(r["articles"] == ["a"] and r["article_counts"] == [1] and 0 <= r["weight"] <= 1 for r in pair)
    for query in (HOLDS_ROLE, LOCATED_IN, CO_OCCURS, MENTIONED_IN, WROTE, *NODE_QUERIES.values()):
        assert "$rows" in query and "row." in query and "'" not in query  # every value is a parameter


def test_reporters_hold_their_role_at_the_newsroom_and_outlets_are_organisations(lex):
    result = article("a", [[("何静", PERSON)]], byline=(Credit("罗晓文", "全媒体记者", "江城日报社"),))
    result = ArticleMentions(replace(result.article, outlets=("江城日报社", "江城新闻网")), result.mentions)
    knowledge = build_graph([result], lex, "茂名市")
    names = {n.id: n.name for n in knowledge.nodes}
    assert {"江城日报社", "江城新闻网"} <= {n.name for n in knowledge.nodes if n.type == ORG}
    assert [(names[r.person], r.title, names[r.org]) for r in knowledge.roles] == [("罗晓文", "全媒体记者", "江城日报社")]


def test_an_article_that_credits_no_outlet_is_the_named_paper_s(lex):
    byline = (Credit("罗晓文", "记者"), Credit("石岩", "通讯员"))
    result = article("a", [[("陈明", PERSON)]], byline=byline)
    knowledge = build_graph([result], lex, "茂名市", paper="江城日报")
    names = {n.id: n.name for n in knowledge.nodes}
    assert [(names[r.person], r.title, names[r.org]) for r in knowledge.roles] == [("罗晓文", "记者", "江城日报")]
    assert not build_graph([result], lex, "茂名市").roles  # no paper named: no newsroom to guess


def test_reporters_and_editors_without_a_newsroom_work_for_the_one_outlet_credited(lex):
    byline = (Credit("罗晓文", "记者"), Credit("何静", "责任编辑"), Credit("石岩", "通讯员"))
    result = article("a", [[("陈明", PERSON)]], byline=byline)
    result = ArticleMentions(replace(result.article, outlets=("江城新闻网",)), result.mentions)
    knowledge = build_graph([result], lex, "茂名市")
    names = {n.id: n.name for n in knowledge.nodes}
    assert {(names[r.person], r.title, names[r.org]) for r in knowledge.roles} == {
        ("罗晓文", "记者", "江城新闻网"), ("何静", "责任编辑", "江城新闻网")}  # a correspondent works elsewhere


def test_formal_and_doubled_level_names_resolve_to_one_node(lex):
    results = [article("a", [[("中国共产党梧州市委员会", ORG)], [("中共梧州市委", ORG)], [("梧州市市委", ORG)],
                             [("梧州市人民政府", ORG)], [("梧州市人民代表大会常务委员会", ORG)]])]
    names = {n.name: n for n in build_graph(results, lex, "茂名市").nodes}
    assert set(names) == {"梧州市委", "梧州市政府", "梧州市人大常委会", "梧州市"}  # 梧州市 + 市委 names the city
    assert set(names["梧州市委"].aliases) == {"中国共产党梧州市委员会", "中共梧州市委", "梧州市市委"}


def test_a_zone_s_board_and_a_hospital_of_chinese_medicine_by_formal_name_resolve_to_their_short_names(lex):
    results = [article("a", [[("青川工业园区管理委员会", ORG)], [("青川工业园区管委会", ORG)],
                             [("白沙高新区党工作委员会", ORG)], [("青川县中医医院", ORG)], [("青川县中医院", ORG)]])]
    names = {n.name: n for n in build_graph(results, lex, "青川县").nodes if n.type == ORG}
    assert set(names) == {"青川工业园区管委会", "白沙高新区党工委", "青川县中医院"}
    assert names["青川工业园区管委会"].aliases == ("青川工业园区管理委员会",)
    assert names["青川县中医院"].aliases == ("青川县中医医院",)


def test_a_department_printed_with_its_level_twice_is_the_department(lex):
    results = [article("a", [[("江陵县县委组织部", ORG)], [("江陵县委组织部", ORG)], [("茂名市市场监督管理局", ORG)],
                             [("兴县县委宣传部", ORG)]])]
    names = {n.name for n in build_graph(results, lex, "荆州市").nodes if n.type == ORG}
    # 市场 starts 市场监督管理局 and 兴县 is a county of one character: neither is a level printed twice
    assert names == {"江陵县委组织部", "茂名市市场监管局", "兴县县委宣传部"}


def test_a_department_s_formal_and_short_names_are_one_node(lex):
    results = [article("a", [[("县应急管理局", ORG)], [("县应急局", ORG)], [("青川县人民法院", ORG)],
                             [("青川县法院", ORG)], [("青川县疾病预防控制中心", ORG)], [("县疾控中心", ORG)]])]
    names = {n.name: n for n in build_graph(results, lex, "青川县").nodes if n.type == ORG}
    assert set(names) == {"青川县应急局", "青川县法院", "青川县疾控中心"}
    assert set(names["青川县应急局"].aliases) == {"县应急管理局", "县应急局"}


def test_a_body_printed_after_its_place_s_short_name_is_the_one_printed_after_the_full_name(lex):
    results = [article("a", [[("青川县制笔行业协会", ORG)], [("青川制笔行业协会", ORG)], [("开封市贸促会", ORG)]]),
               article("b", [[("开封贸促会", ORG)], [("开封大学", ORG)], [("开封市委", ORG)]])]
    names = {n.name: n for n in build_graph(results, lex, "茂名市").nodes if n.type == ORG}
    assert set(names) == {"青川县制笔行业协会", "开封市贸促会", "开封大学", "开封市委"}  # no 开封市大学 is printed
    assert names["青川县制笔行业协会"].aliases == ("青川制笔行业协会",)


def test_a_programme_named_in_quotes_before_its_kind_is_the_name_it_quotes(lex):
    results = [article("a", [[("“三清三拆”行动", PROGRAMME)], [("三清三拆", PROGRAMME)], [("“信”字号公用品牌", PROGRAMME)]])]
    names = {n.name: n for n in build_graph(results, lex, "茂名市").nodes if n.type == PROGRAMME}
    assert set(names) == {"三清三拆", "“信”字号公用品牌"}  # a brand of one quoted character keeps its whole name
    assert set(names["三清三拆"].aliases) == {"“三清三拆”行动"}


def test_a_prefecture_s_committee_printed_bare_in_a_city_s_paper_is_the_prefecture_the_article_prints(lex):
    title = Title("州委书记", "州委", ORG)
    named = [article("a", [[("延吉市延边州委", ORG)], [("王青", PERSON, title)]])]
    _, resolved = resolve(named, lex, "长春市")
    assert next(iter(resolved)).mentions[-1].titles[0][1] == (ORG, "延边州委")
    _, resolved = resolve([article("b", [[("王青", PERSON, title)]])], lex, "长春市")
    assert next(iter(resolved)).mentions[0].titles[0][1] == (ORG, "州委")  # no 长春市委: a city is no prefecture


def test_a_commission_printed_with_its_level_only_is_the_home_s(lex):
    results = [article("a", [[("市卫健委", ORG)], [("吉川市卫健委", ORG)], [("市发改委", ORG)]])]
    names = {n.name for n in build_graph(results, lex, "吉川市").nodes if n.type == ORG}
    assert names == {"吉川市卫健委", "吉川市发改委"}  # no suffix ends 卫健委: the department list qualifies it


def test_a_county_printed_whole_before_its_own_committee_is_named_and_is_the_article_s_county(lex):
    results = [article("a", [[("山西省兴县县委", ORG)], [("我县", PLACE)]])]
    names = {(n.type, n.name) for n in build_graph(results, lex, "吕梁市").nodes}
    assert {(ORG, "兴县县委"), (PLACE, "兴县"), (PLACE, "山西省")} <= names
    assert (PLACE, "兴县县") not in names


def test_a_head_of_the_bare_company_works_for_the_one_company_the_article_names(lex):
    manager = Title("公司经理", "公司", ORG)
    one = [article("a", [[("青禾材料有限公司", ORG)], [("王青", PERSON, manager)]])]
    graph = build_graph(one, lex, "茂名市")
    names = {n.id: n.name for n in graph.nodes}
    assert [(names[r.person], names[r.org]) for r in graph.roles] == [("王青", "青禾材料有限公司")]
    two = [article("a", [[("青禾材料有限公司", ORG), ("石岭食品有限公司", ORG)], [("王青", PERSON, manager)]])]
    assert not build_graph(two, lex, "茂名市").roles  # which of the two: no guess


def test_a_bare_institution_word_is_the_one_school_or_group_the_article_names(lex):
    """学校党委书记甲，校长乙 on a page naming 青石大学: the school's committee and the school; 集团 is the group."""
    secretary, head = Title("党委书记", "学校党委", ORG), Title("校长", "学校", ORG)
    school = [article("a", [[("青石大学", ORG)], [("王青", PERSON, secretary), ("李白", PERSON, head)]])]
    graph = build_graph(school, lex, "茂名市")
    names = {n.id: n.name for n in graph.nodes}
    assert {(names[r.person], names[r.org]) for r in graph.roles} == {("王青", "青石大学党委"), ("李白", "青石大学")}
    printed = [article("a", [[("青石大学", ORG), ("学校党委", ORG)]])]
    assert {n.name for n in build_graph(printed, lex, "茂名市").nodes} == {"青石大学", "青石大学党委"}
    # two groups: 集团 names neither, and 集团党委 stays as printed rather than a guess
    groups = [article("a", [[("石岭港口集团", ORG), ("青禾控股集团", ORG)],
                            [("王青", PERSON, Title("集团总经理", "集团", ORG)),
                             ("李白", PERSON, Title("党委书记", "集团党委", ORG))]])]
    graph = build_graph(groups, lex, "茂名市")
    names = {n.id: n.name for n in graph.nodes}
    assert [(names[r.person], names[r.org]) for r in graph.roles] == [("李白", "集团党委")]


def test_a_bare_work_team_is_the_one_team_the_article_names_and_no_node_of_its_own(lex):
    """工作队队员甲 in two articles: each team's member, never one node 工作队 shared by every article."""
    member = Title("队员", "工作队", ORG)
    results = [article("a", [[("石岭镇驻镇帮镇扶村工作队", ORG)], [("王青", PERSON, member)]]),
               article("b", [[("青禾县乡村振兴工作队", ORG)], [("李白", PERSON, member)]])]
    graph = build_graph(results, lex, "茂名市")
    names = {n.id: n.name for n in graph.nodes}
    assert {(names[r.person], names[r.org]) for r in graph.roles} == {("王青", "石岭镇驻镇帮镇扶村工作队"),
                                                                       ("李白", "青禾县乡村振兴工作队")}
    alone = build_graph([article("c", [[("何静", PERSON, member)]])], lex, "茂名市")
    assert "工作队" not in {n.name for n in alone.nodes} and not alone.roles


def test_a_village_s_bare_branch_is_the_village_its_sentence_named(lex):
    secretary = Title("村党支部书记", "村党支部", ORG)
    results = [article("a", [[("石岭村", PLACE), ("王青", PERSON, secretary)],
                             [("青禾村", PLACE), ("李白", PERSON, secretary)]])]
    graph = build_graph(results, lex, "茂名市")
    names = {n.id: n.name for n in graph.nodes}
    assert {(names[r.person], names[r.org]) for r in graph.roles} == {("王青", "石岭村党支部"), ("李白", "青禾村党支部")}
    # no village in the sentence and several in the article: no branch of a guessed village, and no node 村党支部
    unnamed = [article("a", [[("石岭村", PLACE), ("青禾村", PLACE)], [("王青", PERSON, secretary)]])]
    graph = build_graph(unnamed, lex, "茂名市")
    assert not graph.roles and "村党支部" not in {n.name for n in graph.nodes}


def test_the_autonomous_region_printed_bare_is_the_paper_s_own(lex):
    results = [article("a", [[("自治区党委宣传部", ORG)], [("自治区", PLACE)]])]
    names = {(n.type, n.name) for n in build_graph(results, lex, "河池市").nodes}
    assert names == {(ORG, "广西壮族自治区党委宣传部"), (PLACE, "广西壮族自治区")}
    other = [article("a", [[("自治区党委宣传部", ORG)]])]  # a paper of a province: which region, unknown
    assert {n.name for n in build_graph(other, lex, "茂名市").nodes} == {"自治区党委宣传部"}


def test_a_section_of_a_provincial_department_is_the_home_province_s(lex):
    results = [article("a", [[("省林业局防灾处", ORG)], [("省林业局", ORG)]])]
    names = {n.name for n in build_graph(results, lex, "赣州市").nodes if n.type == ORG}
    assert names == {"江西省林业局防灾处", "江西省林业局"}


def test_a_stationed_office_names_the_body_it_belongs_to(lex):
    results = [article("a", [[("石岭日报驻青石记者站", ORG)]])]
    assert {n.name for n in build_graph(results, lex, "茂名市").nodes} == {"石岭日报驻青石记者站", "石岭日报"}
    assert stationing_body("青禾乡驻石岭村工作队", lex) == ""  # a place is no body whose office it is
    assert stationing_body("驻村工作队", lex) == ""


def test_a_member_printed_bare_belongs_to_the_paper_s_own_assembly_of_several(lex):
    member = Title("委员", "", "")
    results = [article("a", [[("石滩县政协", ORG), ("青石市政协", ORG)], [("王青", PERSON, member)]])]
    graph = build_graph(results, lex, "石滩县")
    names = {n.id: n.name for n in graph.nodes}
    assert [(names[r.person], names[r.org]) for r in graph.roles] == [("王青", "石滩县政协")]


def test_the_formal_name_of_a_district_s_cppcc_with_its_city_is_the_district_s(lex):
    results = [article("a", [[("政协南通市崇川区第二届委员会", ORG)]])]
    assert {n.name for n in build_graph(results, lex, "崇川区").nodes if n.type == ORG} == {"崇川区政协"}


def test_short_places_in_a_list_of_towns_are_kept_though_seen_once(lex):
    text = "深入到白岭、大桥、西港等乡镇调研。"
    mentions = tuple(Mention(name, PLACE, 0, text.index(name), text.index(name) + 2) for name in ("白岭", "大桥", "西港"))
    listed = ArticleMentions(Article("a", "a.txt", "article", "", (), (), (Sentence(text, ((0, 0),)),)), mentions)
    alone = article("b", [[("北岭", PLACE)]])
    names = {n.name for n in build_graph([listed, alone], lex, "修水县").nodes}
    assert {"白岭", "大桥", "西港"} <= names and "北岭" not in names  # a bare guess seen once goes


def test_a_government_printed_bare_after_its_committee_is_that_division_s(lex):
    results = [article("a", [[("石滩镇党委", ORG), ("政府", ORG)]])]
    names = {n.name for n in build_graph(results, lex, "茂名市").nodes if n.type == ORG}
    assert names == {"石滩镇党委", "石滩镇政府"}


def test_a_committee_of_the_congress_takes_the_home_s_name(lex):
    results = [article("a", [[("旗人大常委会选联委", ORG)], [("县政协文史委", ORG)]])]
    names = {n.name for n in build_graph(results, lex, "扎鲁特旗").nodes if n.type == ORG}
    assert "扎鲁特旗人大常委会选联委" in names


def test_the_committee_of_a_one_character_county_keeps_its_level_twice(lex):
    """代县委 would read 代 + 县委: every spelling is 代县县委, as papers print it."""
    results = [article("a", [[("中共代县委员会", ORG)], [("代县县委", ORG)], [("代县委宣传部", ORG)]])]
    nodes = {n.name: n for n in build_graph(results, lex, "忻州市").nodes if n.type == ORG}
    assert set(nodes) == {"代县县委", "代县县委宣传部"}
    assert "代县委" in nodes["代县县委"].aliases and "代县委宣传部" in nodes["代县县委宣传部"].aliases  # the other print


def test_a_company_printed_before_its_site_or_unit_is_named_too(lex):
    results = [article("a", [[("青禾集团滨江物流产业园", PLACE)], [("青禾能源集团有限公司", ORG)],
                             [("红杉网南州分公司采访部", ORG)]])]
    names = {(n.type, n.name) for n in build_graph(results, lex, "茂名市").nodes}
    assert {(ORG, "青禾集团"), (PLACE, "青禾集团滨江物流产业园"), (ORG, "红杉网南州分公司")} <= names
    assert (ORG, "青禾能源集团") not in names  # 集团 + 有限公司 is one company's name


def test_the_party_centre_is_one_node_by_every_name(lex):
    results = [article("a", [[("中央", ORG)], [("党中央", ORG)], [("中国共产党中央委员会", ORG)]])]
    (node,) = build_graph(results, lex, "茂名市").nodes
    assert node.name == "中共中央" and set(node.aliases) == {"中央", "党中央", "中国共产党中央委员会"}


def test_a_name_cut_short_in_one_sentence_is_made_whole_by_the_article(lex):
    result = article("a", [[("古青举", PERSON, Title("市委书记", "市委", ORG))], [("古青", PERSON)]])
    text = result.article.sentences[1].text
    sentences = (result.article.sentences[0], replace(result.article.sentences[1], text=text + "举在调研"))
    result = ArticleMentions(replace(result.article, sentences=sentences), result.mentions)
    names = {n.name for n in build_graph([result], lex, "茂名市").nodes if n.type == PERSON}
    assert names == {"古青举"}


def test_a_name_run_into_the_word_after_it_is_cut_back_by_the_article(lex):
    result = article("a", [[("孙青", PERSON, Title("市委书记", "市委", ORG))], [("孙青作", PERSON)], [("石青明实地", PERSON)],
                           [("石青明", PERSON)], [("王明", PERSON)], [("王明亮", PERSON)]])
    names = {n.name for n in build_graph([result], lex, "茂名市").nodes if n.type == PERSON}
    assert names == {"孙青", "石青明", "王明", "王明亮"}  # 亮 follows no name: 王明亮 is someone else


def test_a_party_committee_and_government_printed_as_one_are_both_named(lex):
    results = [article("a", [[("青禾镇党委政府", ORG)], [("镇党委政府", ORG)]])]
    names = {(n.type, n.name) for n in build_graph(results, lex, "茂名市").nodes}
    assert {(ORG, "青禾镇党委"), (ORG, "青禾镇政府")} <= names and (ORG, "青禾镇党委政府") not in names


def test_a_banner_s_bare_bodies_take_the_banner_the_article_names(lex):
    results = [article("a", [[("乌审旗教育局", ORG)], [("旗政府办", ORG)]])]
    names = {(n.type, n.name) for n in build_graph(results, lex, "鄂尔多斯市").nodes}
    assert (ORG, "乌审旗政府办公室") in names


def test_a_bare_two_character_place_named_once_stays_only_when_a_lexicon_knows_it(lex):
    results = [article("a", [[("美国", PLACE)], [("港龙", PLACE)], [("亚洲", PLACE)]])]
    names = {n.name for n in build_graph(results, lex, "茂名市").nodes}
    assert {"美国", "亚洲"} <= names and "港龙" not in names  # 供港龙眼: the backbone's guess, named once


def test_a_district_printed_before_a_town_s_body_is_a_place_of_its_own(lex):
    results = [article("a", [[("青山区石滩镇党委", ORG)], [("石滩街道西塘社区党群服务中心", ORG)]])]
    names = {(n.type, n.name) for n in build_graph(results, lex, "茂名市").nodes}
    assert {(ORG, "石滩镇党委"), (PLACE, "青山区"), (ORG, "西塘社区党群服务中心"), (PLACE, "石滩街道")} <= names


def test_a_bare_department_and_zone_in_a_county_paper_are_the_county_s(lex):
    results = [article("a", [[("统战部", ORG)], [("县经济开发区管委会", ORG)], [("县人民医院", ORG)]])]
    names = {n.name for n in build_graph(results, lex, "盐山县").nodes if n.type == ORG}
    assert names == {"盐山县委统战部", "盐山县经济开发区管委会", "盐山县人民医院"}
    results = [article("a", [[("统战部", ORG)]])]
    assert {n.name for n in build_graph(results, lex, "沧州市").nodes} == {"沧州市委统战部"}


def test_a_county_of_the_home_city_taken_for_a_person_is_the_county(lex):
    results = [article("a", [[("徐闻", PERSON)], [("陈明", PERSON)]])]
    names = {(n.type, n.name) for n in build_graph(results, lex, "湛江市").nodes}
    assert {(PLACE, "徐闻县"), (PERSON, "陈明")} <= names and (PERSON, "徐闻") not in names


def test_a_level_printed_twice_is_dropped_only_after_a_place_of_that_level(lex):
    results = [article("a", [[("北石村镇党委", ORG)], [("南山镇镇党委", ORG)]])]
    names = {n.name for n in build_graph(results, lex, "茂名市").nodes if n.type == ORG}
    assert names == {"北石村镇党委", "南山镇党委"}  # a town named 北石村镇, not the village 北石村


def test_an_autonomous_prefecture_s_bodies_go_by_its_short_name(lex):
    results = [article("a", [[("黔南布依族苗族自治州人大", ORG)], [("中共黔南布依族苗族自治州委员会", ORG)],
                             [("迪庆藏族自治州人民医院", ORG)]])]
    names = {n.name for n in build_graph(results, lex, "都匀市").nodes if n.type == ORG}
    assert names == {"黔南州人大", "黔南州委", "迪庆藏族自治州人民医院"}  # a hospital keeps its name


def test_a_banner_s_bodies_printed_bare_are_the_home_banner_s(lex):
    results = [article("a", [[("旗委", ORG)], [("旗政府办", ORG)]])]
    names = {n.name for n in build_graph(results, lex, "乌审旗").nodes if n.type == ORG}
    assert names == {"乌审旗委", "乌审旗政府办公室"}


def test_a_bare_officer_on_an_association_s_own_site_belongs_to_it_though_no_sentence_names_it(lex):
    chair = Title("会长", "", "")
    graph = build_graph([article("a", [[("王青", PERSON, chair)]])], lex, "石滩市", paper="石滩市青禾商会网站")
    names = {n.id: n.name for n in graph.nodes}
    assert [(names[r.person], names[r.org]) for r in graph.roles] == [("王青", "石滩市青禾商会")]


def test_a_party_committee_printed_bare_on_an_institution_s_site_is_the_institution_s(lex):
    deputy = Title("党委副书记", "党委", ORG)
    graph = build_graph([article("a", [[("王青", PERSON, deputy)]])], lex, "石滩市", paper="石滩师范学院新闻网")
    names = {n.id: n.name for n in graph.nodes}
    assert [(names[r.person], names[r.org]) for r in graph.roles] == [("王青", "石滩师范学院党委")]


def test_a_bare_head_on_a_site_named_after_its_institution_is_that_institution_s(lex):
    head = Title("校长", "", "")
    graph = build_graph([article("a", [[("王青", PERSON, head)]])], lex, "石滩市", paper="石滩师范大学校友会网站")
    names = {n.id: n.name for n in graph.nodes}
    assert [(names[r.person], names[r.org]) for r in graph.roles] == [("王青", "石滩师范大学")]  # not 石滩师范大学校


def test_a_city_s_government_printed_bare_in_a_province_s_paper_is_the_city_s_it_names(lex):
    mayor = Title("市长", "市政府", ORG)
    results = [article("a", [[("石滩市", PLACE)], [("王青", PERSON, mayor)]])]
    names = {n.name for n in build_graph(results, lex, "广东省").nodes if n.type == ORG}
    assert names == {"石滩市政府"}  # never 广东省政府


def test_a_discipline_commission_joined_to_its_supervision_commission_is_two_organisations(lex):
    results = [article("a", [[("石滩县纪委监委", ORG)], [("市纪委监察局", ORG)]])]
    names = {n.name for n in build_graph(results, lex, "茂名市").nodes if n.type == ORG}
    assert names == {"石滩县纪委", "石滩县监委", "茂名市纪委", "茂名市监察局"}


def test_a_head_printed_bare_is_of_the_one_institution_of_that_kind_the_article_names(lex):
    head = Title("副院长", "", "")
    results = [article("a", [[("石滩县人民医院", ORG)], [("王青", PERSON, head)]])]
    graph = build_graph(results, lex, "石滩县")
    names = {n.id: n.name for n in graph.nodes}
    assert [(names[r.person], names[r.org]) for r in graph.roles] == [("王青", "石滩县人民医院")]
    two = [article("b", [[("石滩县人民医院", ORG), ("青禾县人民法院", ORG)], [("王青", PERSON, head)]])]
    assert not build_graph(two, lex, "茂名市").roles  # two institutions a 院长 may head: neither


def test_a_department_printed_bare_in_a_title_is_the_paper_s_own_place_s(lex):
    chief = Title("公安局长", "公安局", ORG)
    graph = build_graph([article("a", [[("王青", PERSON, chief)]])], lex, "石滩县")
    names = {n.id: n.name for n in graph.nodes}
    assert [(names[r.person], names[r.org]) for r in graph.roles] == [("王青", "石滩县公安局")]


def test_a_body_of_an_autonomous_county_keeps_the_short_name_papers_print_among_its_aliases(lex):
    results = [article("a", [[("维西傈僳族自治县纪委", ORG)], [("龙胜各族自治县政府", ORG)], [("代县县委", ORG)]])]
    aliases = {n.name: set(n.aliases) for n in build_graph(results, lex, "丽江市").nodes if n.type == ORG}
    assert "维西县纪委" in aliases["维西傈僳族自治县纪委"] and "龙胜县政府" in aliases["龙胜各族自治县政府"]
    assert "代县委" in aliases["代县县委"]
    # named after its people: no shorter name to print, only its formal one
    assert lex.other_spellings("东乡族自治县政府") == {"东乡族自治县人民政府"}


def test_a_government_node_carries_its_formal_name_whether_printed_or_not(lex):
    mayor = Title("县长", "县政府", ORG)
    graph = build_graph([article("a", [[("王青", PERSON, mayor)], [("石滩县政府", ORG)]])], lex, "石滩县")
    government = next(n for n in graph.nodes if n.name == "石滩县政府")
    assert "石滩县人民政府" in government.aliases
    assert lex.other_spellings("石滩县人民政府") == set() and lex.other_spellings("甲公司政府") == set()


def test_a_party_committee_printed_bare_on_a_city_s_news_site_is_no_committee_of_the_site(lex):
    deputy = Title("党委副书记", "党委", ORG)
    graph = build_graph([article("a", [[("王青", PERSON, deputy)]])], lex, "茂名市", paper="茂名新闻网")
    assert "茂名党委" not in {n.name for n in graph.nodes}


def test_a_party_post_printed_bare_on_an_institution_s_own_site_is_of_its_committee(lex):
    deputy, member = Title("党委副书记", "", ""), Title("党委委员", "党委", ORG)
    graph = build_graph([article("a", [[("王青", PERSON, deputy)], [("李明", PERSON, member)]])], lex, "潍坊市",
                        paper="青禾职业学院网站")
    names = {n.id: n.name for n in graph.nodes}
    assert {(names[r.person], names[r.org]) for r in graph.roles} == {("王青", "青禾职业学院党委"),
                                                                      ("李明", "青禾职业学院党委")}


def test_a_name_cut_one_character_short_wherever_printed_is_made_whole(lex):
    def printed(article_id: str, *sentences: tuple[str, str, tuple[Title, ...]]) -> ArticleMentions:
        """An article of one person mention per sentence: (text, name, titles)."""
        mentions = [Mention(name, PERSON, index, text.index(name), text.index(name) + len(name), titles)
                    for index, (text, name, titles) in enumerate(sentences)]
        texts = tuple(Sentence(text, ((0, 0),)) for text, _, _ in sentences)
        return ArticleMentions(Article(article_id, f"{article_id}.txt", "article", "", (), (), texts), tuple(mentions))

    secretary, head = (Title("校党委书记", "校党委", ORG),), (Title("院长", "", ""),)
    results = [printed("a", ("校党委书记石青令来到村里", "石青", secretary), ("石青令表示", "石青", ())),
               printed("b", ("严加亮院长出席", "严加", ())), printed("c", ("院长王博汇报工作", "王博", head))]
    names = {n.name for n in build_graph(results, lex, "茂名市").nodes if n.type == PERSON}
    assert names == {"石青令", "严加亮", "王博"}  # 王博汇报, printed once with no title after: 王博 stays


def test_a_supply_cooperative_printed_short_is_one_node_with_its_full_name(lex):
    results = [article("a", [[("廊坊市", PLACE)], [("市社", ORG)], [("廊坊市社", ORG)], [("廊坊市社党组", ORG)]])]
    names = {(n.type, n.name): set(n.aliases) for n in build_graph(results, lex, "廊坊市").nodes}
    assert names[(ORG, "廊坊市供销社")] == {"市社", "廊坊市社"}
    assert (ORG, "廊坊市供销社党组") in names


def test_a_bare_zone_s_board_is_the_board_of_the_one_zone_the_article_names(lex):
    results = [article("a", [[("青山经济开发区", PLACE)], [("开发区管委会", ORG)], [("开发区党工委", ORG)]])]
    names = {(n.type, n.name) for n in build_graph(results, lex, "茂名市").nodes}
    assert {(ORG, "青山经济开发区管委会"), (ORG, "青山经济开发区党工委"), (PLACE, "青山经济开发区")} <= names


def test_a_section_printed_bare_is_the_one_institution_s_of_its_article(lex):
    head = Title("科研处副处长", "科研处", ORG)
    one = build_graph([article("a", [[("青禾学院", ORG)], [("梁志慧", PERSON, head)]])], lex, "梧州市")
    names = {n.id: n.name for n in one.nodes}
    assert [(names[r.person], names[r.org]) for r in one.roles] == [("梁志慧", "青禾学院科研处")]
    two = build_graph([article("a", [[("青禾学院", ORG)], [("石岭医院", ORG)], [("梁志慧", PERSON, head)]])], lex, "梧州市")
    assert not two.roles  # two institutions: whose section is not known


def test_a_five_year_period_is_named_after_its_plan_and_keeps_the_printed_form(lex):
    graph = build_graph([article("a", [[("十四五", PROGRAMME)], [("十五五", PROGRAMME)]])], lex, "潮州市")
    programmes = {n.name: set(n.aliases) for n in graph.nodes if n.type == PROGRAMME}
    assert programmes == {"十四五规划": {"十四五"}, "十五五规划": {"十五五"}}
