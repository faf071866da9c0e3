"""The graph of the seed pages, as a reader of the pages judges it."""
import pytest

from kg.graph import build_graph
from kg.lexicons import Lexicons
from kg.mentions import extract_articles
from kg.articles import segment
from kg.records import Page

from .conftest import node, node_key


def labels(graph, kind):
    return {d["label"] for _, d in graph.nodes(data=True) if d["type"] == kind}


def graph_of(page, lex, nlp, home):
    """The graph a user sees of one page read with its paper's home."""
    return build_graph(extract_articles(segment(page, lex), nlp), lex, home=home).to_networkx()


def role(graph, person, org):
    edge = graph.edges[node_key(graph, person), node_key(graph, org)]
    assert edge["relation"] == "HOLDS_ROLE"
    return edge["title"]


def test_people_include_reporters_with_their_role(seed_graph):
    people = labels(seed_graph, "PERSON")
    assert {"庄悦群", "王雄飞", "肖军", "李清泳", "王琛", "习近平", "黄坤明", "王土瑞", "王小慧", "梁荣杰",
            "王长青", "吴卫华", "孙睿君", "邓国忠"} <= people
    assert {"赵艺", "董玉奎", "黄月华", "尹兆平", "邹玉芳", "吴京伟", "杜燕盛", "廖海燕", "梁雪玲", "胡东",
            "董天忠", "邓义深", "许巨滔"} <= people
    assert not {"茂新", "茂政协信", "林长"} & people
    assert "记者" in node(seed_graph, "赵艺")["titles"]
    assert "通讯员" in node(seed_graph, "胡东")["titles"]


def test_titles_and_roles_at_organisations(seed_graph):
    assert {"市委书记", "市人大常委会主任"} <= set(node(seed_graph, "庄悦群")["titles"])
    assert "市委书记" in role(seed_graph, "庄悦群", "茂名市委")
    assert "市人大常委会主任" in role(seed_graph, "庄悦群", "茂名市人大常委会")
    assert role(seed_graph, "王琛", "玉林市委") == ["市委书记"]
    assert role(seed_graph, "肖军", "茂名市政协") == ["市政协副主席"]
    assert role(seed_graph, "李清泳", "中国联通茂名市分公司") == ["总经理"]
    assert {"市领导"} == set(node(seed_graph, "王小慧")["titles"])


def test_programmes(seed_graph):
    assert {"百千万工程", "乡村振兴", "制造业当家", "一镇一品", "千万工程", "林长制", "河长制", "绿美广东生态建设",
            "“信”字号公用品牌"} <= labels(seed_graph, "PROGRAMME")


def test_resolution_merges_names_and_keeps_aliases(seed_graph):
    city = node(seed_graph, "茂名市")
    assert {"我市", "茂名"} <= set(city["aliases"])
    assert "茂名" not in labels(seed_graph, "PLACE") and "我市" not in labels(seed_graph, "PLACE")
    assert "茂名联通" in node(seed_graph, "中国联通茂名市分公司")["aliases"]
    assert "市政协" in node(seed_graph, "茂名市政协")["aliases"]
    assert "区农业农村局" in node(seed_graph, "茂南区农业农村局")["aliases"]
    assert "高州" in node(seed_graph, "高州市")["aliases"]
    assert "石湾" in node(seed_graph, "石湾街道")["aliases"]
    assert "“信”字号" in node(seed_graph, "“信”字号公用品牌")["aliases"]


def test_no_junk_nodes(seed_graph):
    for _, data in seed_graph.nodes(data=True):
        assert len(data["label"]) >= 2
        # 、 joins the phrases of a quoted slogan (“因质而优、因特而优”), never the parts of a name.
        assert not set(data["label"]) & set("◀▶■，。" if data["type"] == "PROGRAMME" else "◀▶■，。、")
    assert not {"林长", "市", "总书记", "新时代"} & {d["label"] for _, d in seed_graph.nodes(data=True)}


def test_cooccurrence_edges_count_sentences_and_trace_articles(seed_build):
    knowledge = seed_build.knowledge
    graph = knowledge.to_networkx()
    edge = graph.edges[node_key(graph, "庄悦群"), node_key(graph, "王雄飞")]
    assert edge["count"] >= 1 and 0 < edge["weight"] <= 1
    article_ids = {a.id for a in knowledge.articles}
    for _, _, data in graph.edges(data=True):
        assert data["article_ids"] and set(data["article_ids"]) <= article_ids
        assert data["relation"] == data["relations"][-1]
        assert (data["count"] >= 1) == ("CO_OCCURS" in data["relations"])


def test_home_is_overridable_and_named_place_wins(lex, nlp):
    page = Page("p.txt", "■记者 张伟\n\n本报讯 市委书记陈明会见玉林市委书记王琛。市政协主席李强参加。\n")
    results = extract_articles(segment(page, lex), nlp)
    graph = build_graph(results, Lexicons.load(), home="湛江市").to_networkx()
    assert role(graph, "陈明", "湛江市委") == ["市委书记"]
    assert role(graph, "王琛", "玉林市委") == ["市委书记"]
    assert role(graph, "李强", "湛江市政协") == ["市政协主席"]


def test_a_place_ending_a_road_section_is_kept(lex):
    from kg.records import ArticleMentions, Mention
    article = segment(Page("p.txt", "本报讯 青禾高速河口至柳塘段建成，青川迎客。\n"), lex)[0]
    text = article.sentences[0].text
    mentions = tuple(Mention(name, "PLACE", 0, text.index(name), text.index(name) + len(name))
                     for name in ("河口", "柳塘", "青川"))
    names = {n.name for n in build_graph([ArticleMentions(article, mentions)], lex, home="湛江市").nodes}
    assert {"河口", "柳塘"} <= names and "青川" not in names  # a bare place seen once stays out


def test_members_with_no_body_belong_to_the_assembly_in_session(lex, nlp):
    page = Page("p.txt", "本报讯 政协第七届青川市委员会第二次会议举行全体会议。会上，王建国、李明华、陈晓东3名委员作大会发言。"
                         "何静等委员作书面发言。\n")
    graph = graph_of(page, lex, nlp, "湛江市")
    assert "青川市政协" in labels(graph, "ORG")
    assert all(role(graph, name, "青川市政协") == ["委员"] for name in ("王建国", "李明华", "陈晓东", "何静"))


def test_a_sessions_presiding_members_belong_to_the_assembly_in_session(lex, nlp):
    page = Page("p.txt", "本报讯 白沙县第十届人民代表大会第三次会议开幕。本次会议执行主席是：王建国、李明华、陈晓东。\n")
    graph = graph_of(page, lex, nlp, "白沙县")
    assert all(role(graph, name, "白沙县人大") == ["执行主席"] for name in ("王建国", "李明华", "陈晓东"))


def test_an_assembly_with_its_short_term_is_the_assembly_and_its_members_belong_to_it(lex, nlp):
    page = Page("p.txt", "本报讯 市委书记王建国参加市六届人大一次会议分组审议。李明华、陈晓东等代表先后发言。\n")
    graph = graph_of(page, lex, nlp, "通辽市")
    assert "市六届人大" in node(graph, "通辽市人大")["aliases"]
    assert "" not in node(graph, "通辽市人大")["aliases"]  # a member's assembly inferred: no alias ""
    assert role(graph, "李明华", "通辽市人大") == ["代表"]
    page = Page("p.txt", "本报讯 桂林市五届人大五次会议应出席代表433名。\n")
    graph = graph_of(page, lex, nlp, "通辽市")
    assert "桂林市人大" in labels(graph, "ORG") and "桂林市" in labels(graph, "PLACE")


def test_members_stay_without_a_body_when_the_article_names_two_assemblies(lex, nlp):
    page = Page("p.txt", "本报讯 青川市政协与白沙县政协举行座谈。王建国、李明华等委员参加。\n")
    graph = graph_of(page, lex, nlp, "湛江市")
    assert not any(d.get("relation") == "HOLDS_ROLE" and graph.nodes[v]["label"] in ("青川市政协", "白沙县政协")
                   for _, v, d in graph.edges(node_key(graph, "王建国"), data=True))


def test_the_province_printed_before_a_citys_body_is_a_place_of_the_article(lex, nlp):
    page = Page("p.txt", "本报讯 昨日，湖南省岳阳市委书记王建国率岳阳市党政代表团来我市考察。\n")
    graph = graph_of(page, lex, nlp, "湛江市")
    assert "岳阳市委" in labels(graph, "ORG") and "湖南省" in labels(graph, "PLACE")
    assert graph.has_edge(node_key(graph, "王建国"), node_key(graph, "湖南省"))


def test_a_city_papers_counties_printed_bare_are_kept_under_their_full_names(lex, nlp):
    page = Page("p.txt", "本报讯 市长王建国先后到商水、郸城等地调研。\n")
    names = labels(graph_of(page, lex, nlp, "周口市"), "PLACE")
    assert {"商水县", "郸城县"} <= names
    elsewhere = labels(graph_of(page, lex, nlp, "湛江市"), "PLACE")
    assert not {"商水县", "郸城县"} & elsewhere


def test_an_ethnic_township_printed_short_is_one_place(lex, nlp):
    page = Page("p.txt", "本报讯 县长王建国深入青岭瑶族乡调研。王建国指出，青岭要以建乡30周年为契机，加快发展。\n")
    names = labels(graph_of(page, lex, nlp, "全州县"), "PLACE")
    assert "青岭瑶族乡" in names and "青岭" not in names


def test_a_reporter_works_for_the_one_outlet_the_article_credits(lex, nlp):
    page = Page("p.txt", "来源:青川日报\n■记者 王建国\n本报讯 近日，市政协主席何静到城东镇调研。\n")
    graph = graph_of(page, lex, nlp, "湛江市")
    assert role(graph, "王建国", "青川日报") == ["记者"]


def test_a_papers_name_drops_the_province_before_its_city(lex, nlp):
    page = Page("p.txt", "本报讯 辽宁本溪日报副总编、首席记者王家本在论坛上发言。\n")
    graph = graph_of(page, lex, nlp, "湛江市")
    assert "本溪日报" in labels(graph, "ORG") and "辽宁省" not in labels(graph, "PLACE")
    assert role(graph, "王家本", "本溪日报") == ["副总编", "首席记者"]


def test_congress_and_conference_printed_with_no_level_are_the_papers_own(lex, nlp):
    page = Page("p.txt", "本报讯 近日，政协主席王建国到郭坡村人大代表联络站调研。\n")
    graph = graph_of(page, lex, nlp, "渠县")
    assert role(graph, "王建国", "渠县政协") == ["主席"]


def test_a_town_printed_before_its_village_s_party_branch_is_a_place_of_its_own(lex, nlp):
    page = Page("p.txt", "本报讯 城东镇东湾村党支部书记王建国介绍了村里的变化。\n")
    graph = graph_of(page, lex, nlp, "湛江市")
    assert "东湾村党支部" in labels(graph, "ORG") and "城东镇" in labels(graph, "PLACE")
    assert role(graph, "王建国", "东湾村党支部") == ["书记"]


def test_a_chain_of_divisions_before_a_body_names_the_body_by_the_lowest_and_each_division_a_place(lex, nlp):
    page = Page("p.txt", "本报讯 近日，德阳市广汉市高坪镇党委书记王建国、泰兴市新街镇鞠山村党总支副书记李明华一同调研。\n")
    graph = graph_of(page, lex, nlp, "德阳市")
    assert {"高坪镇党委", "鞠山村党总支"} <= labels(graph, "ORG")
    assert {"德阳市", "广汉市", "泰兴市", "新街镇"} <= labels(graph, "PLACE")
    assert role(graph, "李明华", "鞠山村党总支") == ["副书记"]


def test_a_province_printed_short_before_an_organisation_keeps_its_printed_form(lex, nlp):
    page = Page("p.txt", "本报讯 近日，福建漳州市工商联主席王建国到青川县参观。\n")
    graph = graph_of(page, lex, nlp, "广元市")
    assert "福建" in node(graph, "福建省")["aliases"]


def test_a_given_name_printed_alone_is_the_one_person_of_the_article_it_ends(lex, nlp):
    page = Page("p.txt", "本报讯 副县长刘衍志、县委常委邓晓兰出席会议。会后，晓兰、衍志同志分别带队检查。\n")
    graph = graph_of(page, lex, nlp, "石城县")
    people = labels(graph, "PERSON")
    assert {"刘衍志", "邓晓兰"} <= people and not {"衍志", "晓兰"} & people
    assert "衍志" in node(graph, "刘衍志")["aliases"]


def test_an_autonomous_prefecture_printed_as_its_short_name_and_州_is_the_prefecture(lex, nlp):
    page = Page("p.txt", "本报讯 考察团赴湖北省恩施土家族苗族自治州调研。在恩施州期间，考察团走访了三家企业。\n")
    graph = graph_of(page, lex, nlp, "安庆市")
    assert "恩施州" in node(graph, "恩施土家族苗族自治州")["aliases"] and "恩施州" not in labels(graph, "PLACE")


def test_a_committee_s_department_printed_after_中共_is_the_department(lex, nlp):
    page = Page("p.txt", "本报讯 中共青川县委宣传部近日组织志愿者走进社区。\n")
    graph = graph_of(page, lex, nlp, "广元市")
    assert "青川县委宣传部" in labels(graph, "ORG") and "中共青川县委宣传部" not in labels(graph, "ORG")


def test_an_outlet_named_as_a_body_is_read_as_its_mentions_are(lex, nlp):
    page = Page("p.txt", "时间:2024-05-17  来源:区政协\n本报讯 近日，区政协主席何静到城东镇调研。\n")
    graph = graph_of(page, lex, nlp, "青川区")
    assert "青川区政协" in labels(graph, "ORG") and "区政协" not in labels(graph, "ORG")


def test_a_programme_and_its_contraction_are_one_node(lex, nlp):
    page = Page("p.txt", "本报讯 青川县召开“百县千镇万村高质量发展工程”推进会。会议要求，全力推进“百千万工程”，"
                         "以“百千万工程”统领全县工作。\n")
    graph = graph_of(page, lex, nlp, "湛江市")
    programmes = {data["label"]: data for _, data in graph.nodes(data=True) if data.get("type") == "PROGRAMME"}
    assert "百千万工程" in programmes and "百县千镇万村高质量发展工程" not in programmes
    assert "百县千镇万村高质量发展工程" in programmes["百千万工程"]["aliases"]


def test_bare_bodies_a_titled_person_speaks_for_are_those_of_the_place_the_title_names(lex, nlp):
    page = Page("p.txt", "本报讯 考察团一行来到青川县。青川县委书记王建国代表县委、县政府对考察团的到来表示欢迎。"
                         "县委书记李明华代表县委、县政府致辞。\n")
    graph = graph_of(page, lex, nlp, "白沙县")
    assert {"青川县委", "青川县政府", "白沙县委", "白沙县政府"} <= labels(graph, "ORG")
    assert role(graph, "李明华", "白沙县委") == ["县委书记"]


def test_an_outlet_s_short_form_is_the_outlet_and_its_editor_works_there(lex, nlp):
    """来源:甲县融媒体中心 over 甲融媒: two names of one outlet left the editor with none."""
    page = Page("p.txt", "来源:青川县融媒体中心 编辑:罗晓文\n青川融媒\n\n近日，县委书记何静到城东镇调研。\n")
    graph = graph_of(page, lex, nlp, "青川县")
    assert "青川融媒" not in labels(graph, "ORG")
    assert role(graph, "罗晓文", "青川县融媒体中心") == ["编辑"]


def test_a_mayor_listed_after_a_place_s_secretary_leads_that_place(lex, nlp):
    """甲市市委书记乙、市长丙: 丙 was given the paper's own city government."""
    page = Page("p.txt", "本报讯 近日，云阳市市委书记何静、市长罗晓文率党政代表团来我县考察。\n")
    graph = graph_of(page, lex, nlp, "青川县")
    assert role(graph, "罗晓文", "云阳市政府") == ["市长"]


def test_a_bare_body_of_a_carried_title_is_the_carried_body(lex, nlp):
    """甲市委统战部副部长、市工商联党组书记乙 named the paper's own 市工商联党组 too."""
    page = Page("p.txt", "本报讯 近日，宜宾市委统战部副部长、市工商联党组书记罗晓文一行来我市调研。\n")
    graph = graph_of(page, lex, nlp, "青川市")
    assert "青川市工商联党组" not in labels(graph, "ORG")
    assert role(graph, "罗晓文", "宜宾市工商联党组") == ["党组书记"]


def test_an_autonomous_prefecture_before_its_county_s_body_is_dropped_from_its_name(lex, nlp):
    page = Page("p.txt", "本报讯 近日，新疆博尔塔拉蒙古自治州精河县党委副书记罗晓文一行来我市考察。\n")
    graph = graph_of(page, lex, nlp, "荆门市")
    assert "博尔塔拉蒙古自治州精河县党委" not in labels(graph, "ORG")
    assert role(graph, "罗晓文", "精河县党委") == ["县党委副书记"]


def test_posts_a_session_elects_people_to_are_their_titles_in_the_committee_of_its_place(lex, nlp):
    page = Page("p.txt", "本报讯 中国共产党青川市第九届委员会第一次全体会议选举王建国为市委书记，李明华、陈晓东为市委副书记。\n")
    graph = graph_of(page, lex, nlp, "青川市")
    assert "中国共产党青川市第九届委员会" in node(graph, "青川市委")["aliases"]
    assert role(graph, "王建国", "青川市委") == ["市委书记"]
    assert role(graph, "李明华", "青川市委") == role(graph, "陈晓东", "青川市委") == ["市委副书记"]


def test_a_people_s_organisation_printed_bare_is_the_paper_s_own(lex, nlp):
    page = Page("p.txt", "本报讯 近日，县工商联召开会议，部署新时期工商联工作。\n")
    graph = graph_of(page, lex, nlp, "渠县")
    assert "渠县工商联" in labels(graph, "ORG") and "工商联" not in labels(graph, "ORG")


def test_an_association_s_officers_printed_bare_belong_to_the_one_association_the_article_names(lex, nlp):
    page = Page("p.txt", "本报讯 近日，青川省白沙商会召开理事会。常务副会长何文凯、秘书长吴丽燕出席，副监事长童明中主持。\n")
    graph = graph_of(page, lex, nlp, "青川市")
    assert role(graph, "何文凯", "青川省白沙商会") == ["常务副会长"]
    assert role(graph, "吴丽燕", "青川省白沙商会") == ["秘书长"]
    page = Page("p.txt", "本报讯 青川省白沙商会与青川市红石协会座谈。常务副会长何文凯出席。\n")
    graph = graph_of(page, lex, nlp, "湛江市")  # two associations, neither the paper's own: whose is unknown
    assert not any(d.get("relation") == "HOLDS_ROLE" for _, _, d in graph.edges(node_key(graph, "何文凯"), data=True))


def test_a_bare_post_of_an_institution_is_of_the_one_the_article_names_most(lex, nlp):
    text = ("本报讯 青川职教中心举行技能大赛表彰大会。青川职教中心学生在青川省中等职业学校技能大赛中获奖。"
            "校长张文仁出席并讲话，青川职教中心全体师生参加。\n")
    graph = graph_of(Page("p.txt", text), lex, nlp, "青川市")
    assert role(graph, "张文仁", "青川职教中心") == ["校长"]  # its subject, printed three times to the other's once


def test_an_institution_a_source_line_names_is_the_outlet_and_holds_its_bare_posts(lex, nlp):
    text = ("我院举行护士节表彰大会\n作者:青川市第二人民医院 发布日期:2020年05月12日 信息来源:青川市第二人民医院 点击量:\n"
            "近日，我院举行护士节表彰大会。医院院长王建国致辞，向全院护士表示感谢。\n")
    graph = graph_of(Page("p.txt", text), lex, nlp, "青川市")
    assert "青川市第二人民医院" in labels(graph, "ORG")
    assert role(graph, "王建国", "青川市第二人民医院") == ["医院院长"]


def test_editing_credits_at_an_article_s_end_are_people_with_their_role(lex, nlp):
    page = Page("p.txt", "本报讯 近日，青川市检察院开展公益诉讼工作。\n供稿:叶志文\n核稿人:储登明\n")
    graph = graph_of(page, lex, nlp, "青川市")
    people = {d["label"]: d["titles"] for _, d in graph.nodes(data=True) if d["type"] == "PERSON"}
    assert people == {"叶志文": ["供稿"], "储登明": ["核稿人"]}


def test_a_court_or_procuratorate_printed_as_该院_is_the_one_the_article_names(lex, nlp):
    page = Page("p.txt", "本报讯 青川县人民检察院召开座谈会。该院党组书记、检察长张文仁汇报了工作。\n")
    graph = graph_of(page, lex, nlp, "青川县")
    assert role(graph, "张文仁", "青川县检察院") == ["检察长"]  # the short name papers print beside the formal one
    assert role(graph, "张文仁", "青川县检察院党组") == ["该院党组书记"]


def test_a_court_s_party_group_printed_with_its_one_character_院_is_the_court_s(lex, nlp):
    page = Page("p.txt", "本报讯 青川县人民法院设立巡回法庭。院党组书记、院长张文仁参与。\n")
    graph = graph_of(page, lex, nlp, "青川县")
    assert role(graph, "张文仁", "青川县法院党组") == ["院党组书记"]
    assert role(graph, "张文仁", "青川县法院") == ["院长"]


@pytest.mark.parametrize("text, home, held", [
    ("本报讯 青川县石岭蔬菜种植专业合作社今年增收。合作社负责人张文仁介绍了经验。青川县作家协会举行年会，作协副主席李明华主持。\n",
     "青川县", [("张文仁", "青川县石岭蔬菜种植专业合作社", "负责人"), ("李明华", "青川县作家协会", "副主席")]),
    ("本报讯 青川市农业农村局组织专家下乡。副局长何文凯带队，在白沙镇查看春耕。\n"
     "本报讯 青川市农业科学研究所与企业签约。所长吴丽燕介绍了新品种。\n"
     "本报讯 患者将锦旗送到青川市中医医院，交到何静、罗晓文两位医生手中。\n",
     "青川市", [("何文凯", "青川市农业农村局", "副局长"), ("吴丽燕", "青川市农业科学研究所", "所长"),
               ("罗晓文", "青川市中医院", "医生")]),
])
def test_a_body_or_a_post_printed_bare_is_of_the_one_organisation_of_its_kind_the_article_names(lex, nlp, text, home,
                                                                                               held):
    """合作社负责人, 作协副主席, 副局长, 所长, 医生: the cooperative, the writers' association, the bureau, the institute
    and the hospital the article names in full."""
    graph = graph_of(Page("p.txt", text), lex, nlp, home)
    for person, org, title in held:
        assert [printed[-len(title):] for printed in role(graph, person, org)] == [title]


def test_a_cppcc_by_its_formal_name_with_no_term_is_the_division_s_cppcc_and_its_list_shares_it(lex, nlp):
    text = ("本报讯 政协青川市东山区委员会党组书记、主席王建国，党组副书记、副主席李明华，副主席陈晓东、"
            "刘志远出席会议。\n")
    graph = graph_of(Page("p.txt", text), lex, nlp, "青川市")
    assert "政协青川市东山区委员会" in node(graph, "东山区政协")["aliases"]
    assert role(graph, "王建国", "东山区政协党组") == ["党组书记"]
    assert role(graph, "李明华", "东山区政协党组") == ["党组副书记"]
    assert role(graph, "李明华", "东山区政协") == role(graph, "刘志远", "东山区政协") == ["副主席"]


def test_an_institution_word_on_an_institution_s_own_site_is_that_institution(lex, nlp):
    text = "本院讯 近日，市检察院一行到我院调研。我院党组书记、检察长王建国参加座谈。\n"
    articles = extract_articles(segment(Page("p.txt", text), lex), nlp)
    graph = build_graph(articles, lex, home="青川县", paper="青川县人民检察院网站").to_networkx()
    assert role(graph, "王建国", "青川县检察院") == ["检察长"]
    assert role(graph, "王建国", "青川县检察院党组") == ["我院党组书记"]
    text = "近日，省督查组来我院指导工作，听取了我院党委书记王建国、院长李明华的汇报。\n"
    articles = extract_articles(segment(Page("p.txt", text), lex), nlp)
    graph = build_graph(articles, lex, home="青川市", paper="青川市妇幼保健院网站").to_networkx()
    assert role(graph, "王建国", "青川市妇幼保健院党委") == ["党委书记"]  # a 保健院 is a hospital too
    assert role(graph, "李明华", "青川市妇幼保健院") == ["院长"]


def test_a_first_secretary_printed_bare_leads_the_branch_of_the_village_the_article_names(lex, nlp):
    page = Page("p.txt", "本报讯 近日，青川大学到青川县石岭镇上坝村调研。驻村第一书记陈晓东汇报了帮扶工作。\n")
    graph = graph_of(page, lex, nlp, "青川县")
    assert role(graph, "陈晓东", "上坝村党支部") == ["驻村第一书记"]
    page = Page("p.txt", "本报讯 近日，青川大学到青川县石岭镇上坝村调研。调研组在村书记何文凯带领下查看了田间。\n")
    assert role(graph_of(page, lex, nlp, "青川县"), "何文凯", "上坝村党支部") == ["村书记"]  # titles.tsv: 村书记


def test_a_name_run_into_the_verb_after_it_once_is_the_name_the_article_prints_elsewhere(lex, nlp):
    page = Page("p.txt", "本报讯 近日，副县长陈民带领县水利局负责人巡河。陈民巡河先后来到绵江文武坝镇段。\n")
    people = labels(graph_of(page, lex, nlp, "会昌县"), "PERSON")
    assert "陈民" in people and "陈民巡" not in people


def test_the_youth_league_s_committee_printed_short_is_the_league_s_not_the_party_s(lex, nlp):
    page = Page("p.txt", "本报讯 活动由团市委、市妇联主办。团市委书记陈晓东、市委副书记王建国出席。\n")
    graph = graph_of(page, lex, nlp, "青川市")
    assert "团市委" in node(graph, "共青团青川市委")["aliases"]
    assert role(graph, "陈晓东", "共青团青川市委") == ["团市委书记"]
    assert role(graph, "王建国", "青川市委") == ["市委副书记"]


@pytest.mark.parametrize("text, home, roles", [
    # a standing committee and a party group printed bare are the county paper's own
    ("人大常委会主任陈晓东出席会议。人大党组书记王建国主持。市委书记、人大常委会主任李明华讲话。", "青川县",
     {("陈晓东", "青川县人大常委会"): ["人大常委会主任"], ("王建国", "青川县人大党组"): ["党组书记"]}),
    # a body printed after 我市 is the home's, even after another city's title
    ("九江市退役军人事务局副局长陶建明，我市人武部政委瞿新华，我市政协副主席王建国参加发放仪式。", "瑞昌市",
     {("瞿新华", "瑞昌市人武部"): ["市人武部政委"], ("王建国", "瑞昌市政协"): ["市政协副主席"]}),
    # an armed forces department printed bare after a county post is the county's
    ("县委常委、人武部部长王占军参加会议，县人武部政委张磊主持会议。", "镇安县",
     {("王占军", "镇安县人武部"): ["部长"], ("王占军", "镇安县委"): ["县委常委"]}),
    # an autonomous region's chairman and deputies head its government; its 政协 is the region's
    ("自治区主席马文在桂林主持召开汇报会，自治区常务副主席秦明、自治区政协主席陈际华出席。", "广西壮族自治区",
     {("马文", "广西壮族自治区政府"): ["自治区主席"], ("秦明", "广西壮族自治区政府"): ["自治区常务副主席"],
      ("陈际华", "广西壮族自治区政协"): ["区政协主席"]}),
    # the government's office printed bare is the county paper's own
    ("参加会议的有：县委调研员黄汉生、政府办副主任覃兆桂、政府办公室主任罗瑞贤。", "青川县",
     {("覃兆桂", "青川县政府办"): ["副主任"], ("罗瑞贤", "青川县政府办公室"): ["主任"]}),
    # a town's people's congress has a presidium, no standing committee: its bare 人大 stays itself
    ("县人大常委会副主任陈晓东到青禾镇调研，镇人大主席王建国陪同。", "青川县",
     {("陈晓东", "青川县人大常委会"): ["县人大常委会副主任"], ("王建国", "青禾镇人大"): ["镇人大主席"]}),
    # a bare bureau's party group is the article's one bureau's
    ("近日，宝城市自然资源局召开耕地保护工作座谈会。会议由局党组成员、副局长肖明主持，局党组书记、局长朱文作总结讲话。",
     "宝城市", {("肖明", "宝城市自然资源局党组"): ["局党组成员"], ("朱文", "宝城市自然资源局"): ["局长"]}),
])
def test_the_organisation_a_bare_or_home_body_names(lex, nlp, text, home, roles):
    graph = graph_of(Page("p.txt", f"本报讯 {text}\n"), lex, nlp, home)
    assert {key: role(graph, *key) for key in roles} == roles
    assert "九江市人武部" not in labels(graph, "ORG")


def test_a_zone_s_bodies_printed_bare_are_the_zone_s_its_paper_s_or_the_one_the_article_names(lex, nlp):
    page = Page("p.txt", "本报讯 7月30日，市委书记杨鲁明到高新区视察。党工委书记、管委会主任刘卫民参加会议。\n")
    graph = graph_of(page, lex, nlp, "泰安高新区")
    assert role(graph, "刘卫民", "泰安高新区党工委") == ["书记"]
    assert role(graph, "刘卫民", "泰安高新区管委会") == ["管委会主任"]
    assert role(graph, "杨鲁明", "泰安市委") == ["市委书记"]  # a zone's paper: 市委 is its city's
    page = Page("p.txt", "本报讯 聊城高新区考察团在党工委副书记、管委会副主任周兆明的带领下来我县考察。\n")
    graph = graph_of(page, lex, nlp, "冠县")
    assert role(graph, "周兆明", "聊城高新区管委会") == ["管委会副主任"]
    page = Page("p.txt", "本报讯 党工委副书记、管委会副主任周兆明来我县考察。\n")  # which zone's: none the reader can tell
    graph = graph_of(page, lex, nlp, "冠县")
    person = node_key(graph, "周兆明")
    assert not [n for n in graph.neighbors(person) if graph.edges[person, n]["relation"] == "HOLDS_ROLE"]
