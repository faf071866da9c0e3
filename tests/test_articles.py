"""Page repair and article segmentation on the seed pages and on small pages that exercise each rule."""
import pytest

from kg.articles import parse_byline, repair, segment, split_lines
from kg.mentions import sentence_texts
from kg.records import OWN_PAPER, Credit, Page

from .conftest import SEEDS


def articles_of(name, lex):
    path = SEEDS / name
    return segment(Page(str(path), path.read_text(encoding="utf-8")), lex)


def test_seed_pages_split_into_articles_with_bylines(lex):
    first = articles_of("000_d332767d08246bff.txt", lex)
    kinds = [a.kind for a in first]
    assert kinds.count("article") == 6 and kinds.count("continuation") == 2 and kinds.count("caption") == 1
    assert [(c.name, c.role) for c in first[0].byline] == [("董玉奎", "记者")]
    assert first[0].rejected_byline == ("茂政协信",)
    unspaced = next(a for a in first if any(c.name == "梁雪玲" for c in a.byline))
    assert [(c.name, c.role) for c in unspaced.byline] == [("梁雪玲", "记者"), ("胡东", "通讯员"), ("董天忠", "通讯员")]
    assert first[0].headline == "市政协视察我市乡村振兴情况 打造城乡联动的优势特色产业集群"
    assert first[0].sentences[0].text.startswith("近日，市政协副主席肖军率领")  # 本报讯 stripped


def test_wrapped_names_and_spacing_artefacts_are_repaired(lex):
    second = articles_of("003_b22435f0da40d994.txt", lex)
    text = "".join(s.text for a in second for s in a.sentences)
    assert "市委书记庄悦群主持会议" in text and "习近平总书记" in text
    assert "担当源自责任" not in text  # spaced slogan is page furniture
    assert "今日天气" not in text
    assert all("■" not in s.text for a in second for s in a.sentences)


def test_offsets_point_back_into_the_page(lex):
    page_text = (SEEDS / "003_b22435f0da40d994.txt").read_text(encoding="utf-8")
    for article in segment(Page("p.txt", page_text), lex):
        for sentence in article.sentences:
            assert all(page_text[o] == c for o, c in zip(sentence.offsets, sentence.text) if c != " ")


def test_repair_keeps_spaces_next_to_latin_words_only():
    text, _ = repair(split_lines("利用\n5G+智能 AI 技术，监 督 抽 查 164 批 次 ，合 格 率\n高"))
    assert text == "利用5G+智能 AI 技术，监督抽查 164 批次，合格率高"


def test_article_without_mark_and_caption(lex):
    page = ("■记者 张伟 通讯员 李明\n\n本报讯 近日，市长王\n强到高州调研。\n\n王强调研高州\n\n"
            "图为调研现\n场\n\n◀上接 02 版 陈东\n说，要做好工作。\n")
    articles = segment(Page("x/2024-01-05_page03.txt", page), lex)
    assert [a.kind for a in articles] == ["article", "continuation", "caption"]
    assert articles[0].sentences[0].text == "近日，市长王强到高州调研。"
    assert articles[0].headline == "王强调研高州"
    assert articles[1].sentences[0].text == "陈东说，要做好工作。"
    assert articles[2].sentences[0].text == "图为调研现场"


def test_byline_pen_names_rejected(lex):
    credits, rejected = parse_byline("■记者 赵艺 通讯员 茂新", lex)
    assert [c.name for c in credits] == ["赵艺"] and rejected == ["茂新"]


def test_credits_take_tibetan_and_mongolian_names_without_surnames(lex):
    credits, rejected = parse_byline("摄像:才让青禾 撰稿:张娜 编辑:巴特尔青", lex)
    assert [c.name for c in credits] == ["才让青禾", "张娜", "巴特尔青"] and rejected == []


def test_an_outlet_signing_over_the_closing_credits_is_the_article_s_outlet(lex):
    page = Page("p.txt", "近日，市政协主席何静到城东镇调研乡村振兴工作。\n青禾广电\n记者:罗晓文 方立\n"
                         "(图文:石岩 审核:宫青山)\n")
    (article,) = segment(page, lex)
    assert article.outlets == ("青禾广电",)
    assert [(c.name, c.role) for c in article.byline] == [("罗晓文", "记者"), ("方立", "记者"), ("石岩", "图文"),
                                                         ("宫青山", "审核")]
    assert all("青禾广电" not in s.text for s in article.sentences)


def test_source_lines_and_outlet_date_lines_name_the_outlets(lex):
    page = Page("p.txt", "江城晚报 2025-03-08 09:12\n来源:江城新闻网-江城晚报  【打印】\n"
                         "本报讯 近日，市政协主席何静到城东镇调研。\n")
    (article,) = segment(page, lex)
    assert article.outlets == ("江城晚报", "江城新闻网", "本报")  # 本报讯: the paper itself, named by --paper
    assert all("2025" not in s.text for s in article.sentences)


@pytest.mark.parametrize("line,outlets", [
    ("来源:精彩青川", ("精彩青川",)),  # an app or account named without an outlet's ending
    ("时间:2024-05-17  来源:青川宣传 | 作者:admin", ("青川宣传",)),
    ("来源:青川+", ("青川+",)),
    ("来源:江城日报时间:2024-05-17", ("江城日报",)),  # the next field run on
    ("来源:未知 作者:青川新闻网", ("青川新闻网",)),  # an author that is an outlet
    ("来源:本站原创", ()),
    ("来源:城东镇", ()),  # a place
    ("来源:县直部门和单位", ()),
    ("来源:本网", ("本报",)),  # the site being read names itself, as 本网记者 does: --paper names it
    ("来源:本网原创稿件", ("本报",)),
    ("来源:记者观察网", ("记者观察网",)),  # an outlet whose name starts with a role
])
def test_a_source_line_names_its_outlet_whatever_its_form(lex, line, outlets):
    (article,) = segment(Page("p.txt", f"{line}\n近日，市政协主席何静到城东镇调研乡村振兴工作。\n"), lex)
    assert article.outlets == outlets


@pytest.mark.parametrize("dateline,outlet", [
    ("北疆网青川6月29日电", "北疆网"),
    ("江城新闻客户端10月3日消息", "江城新闻客户端"),
    ("青川县融媒体中心5月3日讯", "青川县融媒体中心"),  # the longest ending, not 融媒 and a place 体中心
])
def test_an_outlet_s_dateline_with_a_place_and_a_day(lex, dateline, outlet):
    (article,) = segment(Page("p.txt", f"{dateline}（记者 罗晓文）近日，市政协主席何静到城东镇调研。\n"), lex)
    assert article.outlets == (outlet,)
    assert [c.name for c in article.byline] == ["罗晓文"]


def test_a_portal_station_s_dateline_with_only_a_day_before_the_credits(lex):
    """红网甲站6月24日（分站记者 甲乙 丙丁）: the station is the outlet, the names stay two names (they ran together)."""
    (article,) = segment(Page("p.txt", "红网青川站6月24日(分站记者 罗晓文 何静)6月21日，县委书记韩平到城东镇调研。\n"), lex)
    assert article.outlets == ("红网青川站",)
    assert [(c.name, c.org) for c in article.byline] == [("罗晓文", "红网青川站"), ("何静", "红网青川站")]
    assert article.sentences[0].text == "6月21日，县委书记韩平到城东镇调研。"  # the outlet recorded leaves the text


@pytest.mark.parametrize("line,credits", [
    ("发布时间:2024-05-17 09:00:00 编辑:罗晓文 字体:", [("罗晓文", "编辑")]),
    ("【责任编辑:韩平】", [("韩平", "责任编辑")]),
    ("2024-05-17 16:06:00 编辑: 罗晓文 审核人:柯晓 阅读次数:1766", [("罗晓文", "编辑"), ("柯晓", "审核人")]),
    ("丨责编:罗晓文丨审核:柯晓 韩平", [("罗晓文", "责编"), ("柯晓", "审核"), ("韩平", "审核")]),
    ("本版制图:罗晓文", [("罗晓文", "制图")]),
    ("编辑 :罗晓文发布时间 :2018-01-22浏览次数 :209", [("罗晓文", "编辑")]),  # a space before each colon
])
def test_a_web_page_s_field_line_credits_its_editors(lex, line, credits):
    body = "近日，县委书记何静到城东镇调研，察看了项目建设情况。\n"
    for page in (line + "\n" + body, body + line + "\n"):
        (article,) = segment(Page("p.txt", page), lex)
        assert [(c.name, c.role) for c in article.byline] == credits
        assert [s.text for s in article.sentences] == ["近日，县委书记何静到城东镇调研，察看了项目建设情况。"]


def test_a_source_credit_closing_a_paragraph_leaves_its_sentence(lex):
    """…参加座谈。(来源:甲政府网 记者 乙 丙) was read as a credit line, and the sentence before it was lost."""
    page = "本报讯 近日，县委书记何静到城东镇调研。\n市政府秘书长罗晓文，市直部门负责同志参加座谈。(来源:青川政府网 记者 韩平 柯晓)\n"
    (article,) = segment(Page("p.txt", page), lex)
    assert [s.text for s in article.sentences][-1] == "市政府秘书长罗晓文，市直部门负责同志参加座谈。"
    assert [(c.name, c.role) for c in article.byline] == [("韩平", "记者"), ("柯晓", "记者")]
    assert "青川政府网" in article.outlets


def test_an_author_that_is_a_body_is_no_names(lex):
    """作者: 区委宣传部 split by surnames gave the persons 区委 and 宣传部."""
    page = "文章来源: 区委宣传部 发布时间:2020-11-06 15:28 作者: 区委宣传部\n近日，区委书记何静到城东镇调研。\n"
    (article,) = segment(Page("p.txt", page), lex)
    assert article.byline == ()
    assert [c.name for c in parse_byline("作者: 区志强", lex)[0]] == ["区志强"]  # a name of three characters stays


def test_a_sentence_naming_an_editor_is_no_field_line(lex):
    (article,) = segment(Page("p.txt", "编辑部主任:罗晓文表示，将加强报道。\n"), lex)
    assert article.byline == () and len(article.sentences) == 1


def test_a_byline_after_its_article_credits_it(lex):
    page = Page("p.txt", "本报讯 近日，市政协主席何静到城东镇调研，察看了污水处理设施建设情况。\n"
                         "江城日报社全媒体记者: 罗晓文/文\n编辑:邹明 值班主任:柯晓、韩平\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role, c.org) for c in article.byline] == [
        ("罗晓文", "全媒体记者", "江城日报社"), ("邹明", "编辑", ""), ("柯晓", "值班主任", ""), ("韩平", "值班主任", "")]
    assert article.outlets == ("本报", "江城日报社")


def test_a_closing_line_of_reporter_and_editing_credits_credits_its_article(lex):
    page = Page("p.txt", "本报讯 近日，县人大常委会主任何静到河东乡调研，察看了牧民定居点建设情况。\n"
                         "融媒体中心记者/马立克 编辑:邹明 初审:柯晓 终审:韩 平\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role, c.org) for c in article.byline] == [
        ("马立克", "记者", "融媒体中心"), ("邹明", "编辑", ""), ("柯晓", "初审", ""), ("韩平", "终审", "")]
    assert "邹明" not in "".join(s.text for s in article.sentences)


def test_a_site_s_closing_line_of_who_drafted_and_posted_the_page_credits_its_article(lex):
    page = Page("p.txt", "本报讯 近日，县科协召开全体干部会议，部署下半年重点工作。\n"
                         "拟稿人:马立克 核稿人:邹明 审核:办公室 发布人:柯晓\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role) for c in article.byline] == [("马立克", "拟稿人"), ("邹明", "核稿人"), ("柯晓", "发布人")]
    # 办公室: a body that checked the page, no person


def test_a_poster_s_name_glued_to_the_page_s_date_field_ends_before_it(lex):
    page = Page("p.txt", "本报讯 近日，县科协召开全体干部会议，部署下半年重点工作。\n发布者:马立克发布时间:2024-05-01 浏览:12\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role) for c in article.byline] == [("马立克", "发布者")]


def test_an_opening_byline_of_reporters_alone_still_starts_an_article(lex):
    page = Page("p.txt", "■记者 罗晓文 通讯员 韩平 何静\n本报讯 近日，县人大常委会主任何静到河东乡调研。\n")
    (article,) = segment(page, lex)
    assert [c.name for c in article.byline] == ["罗晓文", "韩平", "何静"]


def test_a_caption_marked_with_a_triangle_is_text_of_its_own_unless_a_role_follows(lex):
    page = Page("p.txt", "本报讯 近日，石滩镇召开座谈会。\n\n▲视察民宿经营情况\n\n▲镇人大主席方立主持会议\n\n▲记者 罗晓文\n")
    (article,) = segment(page, lex)
    assert [s.text for s in article.sentences][1:] == ["▲视察民宿经营情况", "▲镇人大主席方立主持会议"]
    assert [(c.name, c.role) for c in article.byline] == [("罗晓文", "记者")]


def test_spaced_out_two_character_names_pair_up(lex):
    assert [c.name for c in parse_byline("□本报记者 向 炜 徐 冉 李 宇", lex)[0]] == ["向炜", "徐冉", "李宇"]
    assert [c.name for c in parse_byline("记者 刘 空 王小明", lex)[0]] == ["刘空", "王小明"]


def test_a_caption_ends_with_its_sentence_and_never_swallows_the_article(lex):
    page = Page("p.txt", "村貌时时新\n图:村里在建的老人活动中心。王建国 摄\n■ /来源青川日报 本报记者/刘 空\n"
                         "25日上午，市政协主席何静到城东镇调研，察看了污水处理设施建设情况。\n")
    articles = [a for a in segment(page, lex) if a.kind == "article"]
    assert len(articles) == 1 and "何静" in articles[0].sentences[0].text
    # the photo over the article is its photo: the photographer is credited with it
    assert [(c.name, c.org) for c in articles[0].byline] == [("刘空", "本报"), ("王建国", "")]
    assert articles[0].outlets == ("青川日报", "本报")


def test_a_source_line_with_a_date_names_its_outlet(lex):
    page = Page("p.txt", "来源: 2021-10-09 08:27 青川报社融媒体\n本报讯 近日，市政协主席何静到城东镇调研。\n")
    assert segment(page, lex)[0].outlets == ("青川报社融媒体", "本报")


def test_dateline_credits_closed_by_reported_keep_their_names_apart(lex):
    page = Page("p.txt", "今日青川网讯 记者 李硕 高书文 戢姗 通讯员 王桂云 报道:3月29日，市政协主席何静到城东镇调研。\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role) for c in article.byline] == [
        ("李硕", "记者"), ("高书文", "记者"), ("戢姗", "记者"), ("王桂云", "通讯员")]
    assert "李硕" not in article.sentences[0].text and "3月29日" in article.sentences[0].text


def test_reporters_after_a_source_and_a_newsroom_printed_apart_from_its_role(lex):
    page = Page("p.txt", "2017年07月11日 来源: 青川新闻网-青川日报 记者 方利军 倪晗\n"
                         "本报讯 近日，市政协主席何静到城东镇调研。\n")
    assert [c.name for c in segment(page, lex)[0].byline] == ["方利军", "倪晗"]
    credits, _ = parse_byline("青川日报 首席记者贾献培 通讯员韦子庆", lex)
    assert (credits[0].name, credits[0].org) == ("贾献培", "青川日报")


def test_roles_spaced_out_for_the_layout_still_credit(lex):
    page = Page("p.txt", "本报讯 近日，县长王明到城东镇调研，察看了污水处理设施。(记 者 马得明)\n"
                         "编 辑:苏 伟 一 审:魏 倩 终 审:罗兴美\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role) for c in article.byline] == [
        ("马得明", "记者"), ("苏伟", "编辑"), ("魏倩", "一审"), ("罗兴美", "终审")]
    assert "马得明" not in article.sentences[0].text


def test_a_list_of_posts_and_names_is_content_not_bylines(lex):
    page = Page("p.txt", "论坛发言摘登\n青川日报副总编 于航\n白沙晚报副总编、首席记者 郝文秀\n青禾日报社纪委书记 王生江\n"
                         "本报讯 近日，论坛在白城举行。\n编辑:杨萍萍\n审核:欧秀芬\n终审:范晔\n")
    articles = segment(page, lex)
    text = "".join(s.text for a in articles for s in a.sentences)
    assert all(name in text for name in ("于航", "郝文秀", "王生江"))
    assert [(c.name, c.role) for c in articles[-1].byline] == [("杨萍萍", "编辑"), ("欧秀芬", "审核"), ("范晔", "终审")]


def test_run_together_names_split_at_the_more_common_surname(lex):
    assert [c.name for c in parse_byline("记者陈娟周文俊", lex)[0]] == ["陈娟", "周文俊"]
    assert [c.name for c in parse_byline("文/图江城日报社全媒体记者 罗晓文 韩平", lex)[0]] == ["罗晓文", "韩平"]


def test_a_bracketed_credit_of_names_and_their_work_closes_the_article(lex):
    page = Page("p.txt", "青川新区三座桥梁建成通车，各部门要加强协调。（全媒体记者 王振华/文 李德明/摄）\n")
    article = segment(page, lex)[0]
    assert [(c.name, c.role) for c in article.byline] == [("王振华", "全媒体记者"), ("李德明", "全媒体记者")]
    assert "李德明" not in "".join(s.text for s in article.sentences)
    page = Page("p.txt", "青川新区三座桥梁建成通车。（文/王振华 图/李德明）\n")
    assert [c.name for c in segment(page, lex)[0].byline] == ["王振华", "李德明"]
    page = Page("p.txt", "青川新区三座桥梁建成通车。(青川融媒记者 王振华 通讯员 李德明 图片由学校提供)\n")
    article = segment(page, lex)[0]  # who provided the photos is credited to no one
    assert [(c.name, c.role) for c in article.byline] == [("王振华", "记者"), ("李德明", "通讯员")]
    assert article.outlets == ("青川融媒",)


def test_a_bracketed_credit_whose_roles_follow_their_bodies_closes_the_article(lex):
    page = Page("p.txt", "两岸青年交流活动在青川举行。（青川市台办通讯员 王振华 东山区台办通讯员 李德明）\n")
    article = segment(page, lex)[0]
    assert [(c.name, c.role, c.org) for c in article.byline] == [("王振华", "通讯员", "青川市台办"),
                                                                 ("李德明", "通讯员", "东山区台办")]
    assert "李德明" not in "".join(s.text for s in article.sentences)
    assert [c.org for c in parse_byline("青川网东山区台办通讯员 李德明", lex)[0]] == ["东山区台办"]  # not the site


def test_a_dateline_credit_after_a_space_and_a_chief_reporter(lex):
    page = Page("p.txt", "本报讯 (记者赖振华)青川新区三座桥梁建成通车。\n")
    assert [(c.name, c.role) for c in segment(page, lex)[0].byline] == [("赖振华", "记者")]
    assert [(c.name, c.role) for c in parse_byline("主任记者 王振华", lex)[0]] == [("王振华", "主任记者")]


@pytest.mark.parametrize("closing, credits", [
    ("记者|陶小川\n图片|范文\n编辑|韩松\n", [("陶小川", "记者"), ("范文", "图片"), ("韩松", "编辑")]),
    ("编辑丨冯刚\n", [("冯刚", "编辑")]),
    ("作者|陶小川 范文\n", [("陶小川", "作者"), ("范文", "作者")]),
    ("2020/04/24 来源:  记者 陶小川 范文\n", [("陶小川", "记者"), ("范文", "记者")]),  # credits where the outlet goes
    ("(撰稿:陶小川;摄影:范文;审核:韩松)\n", [("陶小川", "撰稿"), ("范文", "摄影"), ("韩松", "审核")]),
    ("总编辑:许文\n副总编辑:罗晓文\n编辑:邹明 柯晓(见习)\n",
     [("许文", "总编辑"), ("罗晓文", "副总编辑"), ("邹明", "编辑"), ("柯晓", "编辑")]),
])
def test_closing_credits_with_bars_notes_and_chief_editors(lex, closing, credits):
    page = Page("p.txt", "本报讯 近日，市政协主席何静到城东镇调研，察看了污水处理设施建设情况。\n" + closing)
    (article,) = segment(page, lex)
    assert [(c.name, c.role) for c in article.byline] == credits
    assert article.rejected_byline == ()


@pytest.mark.parametrize("field_line, credits", [
    ("编辑:陶小川    点击:     2024-05-17 09:12     作者:范文     来源:学生工作处\n",
     [("范文", "作者"), ("陶小川", "编辑")]),  # the editor's field besides the author's
    ("来源: 青川融媒 作者:陶小川 实习生范文 点击: 收藏\n", [("陶小川", "作者"), ("范文", "实习生")]),  # no 收藏
    ("作者:陶小川 文章来源:青川中学 点击数: 发布时间:2024-05-17\n", [("陶小川", "作者")]),  # no 文章
    ("05-17 16:56:31来源:青川广电网编辑:陶小川责编:范文\n", [("陶小川", "编辑"), ("范文", "责编")]),  # the first role
])
def test_a_web_page_s_field_line_credits_every_name_of_its_credit_fields(lex, field_line, credits):
    page = Page("p.txt", "本报讯 近日，市政协主席何静到城东镇调研，察看了污水处理设施建设情况。\n" + field_line)
    (article,) = segment(page, lex)
    assert [(c.name, c.role) for c in article.byline] == credits


def test_a_byline_closed_by_reported_credits_the_reporter(lex):
    page = Page("p.txt", "□记者陶小川报道\n近日，市政协主席何静到城东镇调研，察看了污水处理设施建设情况。\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role) for c in article.byline] == [("陶小川", "记者")]


@pytest.mark.parametrize("text, credits, outlets", [
    ("白水时报讯(通讯员 陶小川 记者 范文)8月28日，县委书记韩松到石滩镇调研。\n",
     [("陶小川", "通讯员", ""), ("范文", "记者", "白水时报")], ("白水时报",)),
    ("青山新闻网讯 10月26日，县委书记韩松到石滩镇调研。\n(记者 范文)\n", [("范文", "记者", "")], ("青山新闻网",)),
    ("来源:青山日报\n青山新闻网讯 10月26日，县委书记韩松到石滩镇调研。\n", [], ("青山日报",)),
    ("本报讯(融媒体记者 范文 融媒体中心记者 冯刚)近日，县长韩松到石滩镇调研。\n",
     [("范文", "融媒体记者", "本报"), ("冯刚", "记者", "融媒体中心")], ("本报", "融媒体中心")),
])
def test_a_datelines_outlet_employs_its_reporters_unless_a_source_line_names_another(lex, text, credits, outlets):
    (article,) = segment(Page("p.txt", text), lex)
    assert [(c.name, c.role, c.org) for c in article.byline] == credits
    assert article.outlets == outlets


def test_a_page_in_traditional_characters_is_read_in_simplified_ones(lex):
    text = "本報訊（記者 陳三）縣委書記佘立原到石灘鎮調研鄉村振興。"
    (article,) = segment(Page("trad.txt", text), lex)
    assert [(c.name, c.role) for c in article.byline] == [("陈三", "记者")]  # 三 stays 三: it is Simplified too
    assert article.sentences[0].text == "縣委書記佘立原到石灘鎮調研鄉村振興。"  # the sentence as printed
    assert text[article.sentences[0].offsets[0]] == "縣"  # offsets still point into the page as printed
    assert sentence_texts([article]) == ["县委书记佘立原到石滩镇调研乡村振兴。"]  # 佘 and 原 are no variants to fold


def test_a_transcribed_name_s_dot_is_read_in_one_form_whatever_the_paper_prints(lex):
    (article,) = segment(Page("p.txt", "本报讯 县长吐尔洪•阿不拉、副县长阿不都・热西提出席。"), lex)
    assert sentence_texts([article]) == ["县长吐尔洪·阿不拉、副县长阿不都·热西提出席。"]


def test_a_headline_over_a_paragraph_line_is_no_part_of_its_first_sentence(lex):
    """A web page prints each paragraph on one line: a short line with no punctuation over a long one is the
    headline, though no blank line follows it (its last words glued to the body read 莅濮视察 as a name)."""
    text = ("驻青石市省人大代表莅云视察\n"
            "根据省人大常委会统一安排，11月25日至27日，青石市人大常委会主任王堃带领部分省人大代表莅临我市开展视察。\n")
    (article,) = segment(Page("p.txt", text), lex)
    assert article.headline == "驻青石市省人大代表莅云视察"
    assert article.sentences[0].text.startswith("根据省人大常委会统一安排")


def test_a_wrapped_column_s_first_line_stays_in_its_sentence(lex):
    text = "市委书记庄明到石滩镇调研乡村\n振兴工作，他强调要抓好产业。\n"
    (article,) = segment(Page("p.txt", text), lex)
    assert article.headline == ""
    assert article.sentences[0].text == "市委书记庄明到石滩镇调研乡村振兴工作，他强调要抓好产业。"


@pytest.mark.parametrize("line, outlet, credits", [
    ("青石城市网消息 (记者李志明) 昨日，区长黄一到石滩镇调研。", "青石城市网", [("李志明", "记者", "青石城市网")]),
    ("新青石讯【记者辛闻】7月12日，区长黄一到石滩镇调研。", "新青石", [("辛闻", "记者", "新青石")]),
    ("青石日报讯(新青石·青石日报记者 马放)7月12日，区长黄一到石滩镇调研。", "青石日报",
     [("马放", "记者", "青石日报"), ("马放", "记者", "新青石")]),
])
def test_datelines_with_news_in_square_brackets_and_joint_brands(lex, line, outlet, credits):
    """甲网消息 (记者乙), 新甲讯【记者乙】, 新甲·甲日报记者乙: an app's brand and its paper both credit the reporter."""
    (article,) = segment(Page("p.txt", line + "\n"), lex)
    assert outlet in article.outlets
    assert [(c.name, c.role, c.org) for c in article.byline] == credits
    assert article.sentences[0].text.startswith(("昨日", "7月12日"))


def test_a_web_page_s_lines_are_paragraphs_and_its_captions_stand_alone(lex):
    """Each line of a page with a paragraph per line ends a sentence: photo captions of one title and name each
    no longer run into each other (县政协主席甲乙县委副书记丙丁 gave 甲乙县委)."""
    text = ("青石县政协\n第十届委员会\n第一次会议闭幕\n"
            "12月17日下午，青石县政协第十届委员会第一次会议圆满完成各项议程，在县文化艺术中心闭幕，县委书记杨启明，"
            "县委副书记、县长田兴国出席。\n"
            "县委书记杨启明\n县政协主席黎滨江\n"
            "会议选举黎滨江为县政协主席。 图片为记者 谢骏 摄\n")
    (article,) = segment(Page("p.txt", text), lex)
    assert article.headline == "青石县政协第十届委员会第一次会议闭幕"
    assert [s.text for s in article.sentences[1:4]] == ["县委书记杨启明", "县政协主席黎滨江", "会议选举黎滨江为县政协主席。"]
    assert [(c.name, c.role) for c in article.byline] == [("谢骏", "记者")]


def test_the_place_a_dateline_reports_from_stays_in_the_text(lex):
    (article,) = segment(Page("p.txt", "东北网青石2月13日讯 ( 特约记者 高伟 ) 人勤春来早，奋进正当时。\n"), lex)
    assert article.outlets == ("东北网",) and [(c.name, c.org) for c in article.byline] == [("高伟", "东北网")]
    assert article.sentences[0].text.startswith("青石 人勤春来早")


def test_a_source_line_s_reporting_and_editing_fields_are_credits(lex):
    text = ("青石文化建设新图景\n发布时间:2024-07-29 10:32:35 通讯员:赵昕 编辑:雷丽娜 来源:青石日报\n"
            "近日，走进青石镇合作社养殖基地，整齐的马厩一字排开，一捆捆草料整齐码放在棚内，堆得像小山一样高。\n")
    (article,) = segment(Page("p.txt", text), lex)
    assert [(c.name, c.role) for c in article.byline] == [("赵昕", "通讯员"), ("雷丽娜", "编辑")]


def test_a_name_with_two_surnames_is_one_name_when_no_split_reads(lex):
    assert lex.split_names("高吕艳杏") == ["高吕艳杏"]
    assert lex.split_names("王李张三") == ["王李", "张三"]  # two names read first
    (article,) = segment(Page("p.txt", "县政协委员视察了石滩镇。（程卓 高吕艳杏）\n"), lex)
    assert [c.name for c in article.byline] == ["程卓", "高吕艳杏"]


def test_a_signature_in_brackets_then_editing_credits_after_the_last_sentence(lex):
    text = "合作社将菜籽油作为社员的分红。(段青) 编辑:何晓 责任编辑:赵雄 邹锦 值班编辑:沈贵 审核:杨葵\n"
    (article,) = segment(Page("p.txt", text), lex)
    assert [(c.name, c.role) for c in article.byline] == [("段青", "作者"), ("何晓", "编辑"), ("赵雄", "责任编辑"),
                                                          ("邹锦", "责任编辑"), ("沈贵", "值班编辑"), ("杨葵", "审核")]
    assert article.sentences[-1].text == "合作社将菜籽油作为社员的分红。"


def test_rare_characters_of_given_names_are_no_traditional_forms_to_fold(lex):
    """王堃 and 陶喆 are printed that way in Simplified text too; a table of variants made them 王坤 and 陶哲."""
    (article,) = segment(Page("p.txt", "本报讯（记者 王堃）市长陶喆到石滩镇調研。"), lex)
    assert [c.name for c in article.byline] == ["王堃"]
    assert sentence_texts([article]) == ["市长陶喆到石滩镇调研。"]


@pytest.mark.parametrize("closing, credits", [
    ("全县上下干劲十足。（林海 周小川）", [("林海", "作者"), ("周小川", "作者")]),
    ("全县上下干劲十足。 林海", [("林海", "作者")]),
    ("全县上下干劲十足。\n（记者：文/林海 图/周小川）", [("林海", "记者"), ("周小川", "记者")]),
    ("全县上下干劲十足。\n摄像:才让多吉 撰稿:林海", [("才让多吉", "摄像"), ("林海", "撰稿")]),
    ("全县上下干劲十足。(林海 古丽米拉·吐尔洪)", [("林海", "作者"), ("古丽米拉·吐尔洪", "作者")]),
])
def test_names_signing_an_article_at_its_end_are_its_credits(lex, closing, credits):
    text = "石滩镇推进乡村振兴\n本报讯 石滩镇召开动员会。" + closing
    (article,) = segment(Page("p.txt", text), lex)
    assert [(c.name, c.role) for c in article.byline] == credits
    assert article.sentences[-1].text.rstrip().endswith("干劲十足。")


def test_words_after_a_sentence_or_in_brackets_are_no_signature(lex):
    text = "石滩镇推进乡村振兴\n本报讯 市委书记韩松（左）到石滩镇调研。他说：“要抓紧。” 这是关键。"
    (article,) = segment(Page("p.txt", text), lex)
    assert article.byline == () and "（左）" in article.sentences[0].text
    text = "石滩镇推进乡村振兴\n本报讯 采访团到石滩镇采访、发稿 记者 林海 摄\n石滩镇召开动员会。"
    (article,) = segment(Page("p.txt", text), lex)
    assert "发稿" not in [c.name for c in article.byline]


def test_a_spaced_word_after_a_sentence_inside_a_paragraph_is_no_signature(lex):
    text = "石滩镇推进乡村振兴\n本报讯 全县上下干劲十足。 林海\n书记说，全县将继续努力。"
    (article,) = segment(Page("p.txt", text), lex)
    assert article.byline == () and "林海" in "".join(s.text for s in article.sentences)


def test_a_county_media_centre_s_dateline_carries_its_credits(lex):
    text = "石滩镇推进乡村振兴\n青山县融媒体中心3月2日讯（全媒体记者 林海 周小川）3月1日，石滩镇召开动员会。"
    (article,) = segment(Page("p.txt", text), lex)
    assert [(c.name, c.role) for c in article.byline] == [("林海", "全媒体记者"), ("周小川", "全媒体记者")]


def test_names_alone_on_a_paragraph_s_line_after_a_sentence_sign_it(lex):
    text = "石滩镇推进乡村振兴\n本报讯 石滩镇召开动员会。\n林海 周小川\n"
    (article,) = segment(Page("p.txt", text), lex)
    assert [(c.name, c.role) for c in article.byline] == [("林海", "作者"), ("周小川", "作者")]
    text = "石滩镇推进乡村振兴\n本报讯 石滩镇召开动员会。\n\n高质量\n\n全镇上下干劲十足。"  # a subheading
    (article,) = segment(Page("p.txt", text), lex)
    assert article.byline == ()


def test_a_headline_printed_over_its_article_is_its_headline(lex):
    text = "林海一行走访石滩镇\n来源:清江日报\n\n3月1日，市委书记林海一行来到石滩镇调研。\n"
    (article,) = segment(Page("p.txt", text), lex)
    assert article.headline == "林海一行走访石滩镇"
    assert article.sentences[0].text.startswith("3月1日")  # not run into the headline
    text = "本报讯 3月1日，市委书记林海\n\n一行来到石滩镇调研。"  # a break inside a sentence has punctuation around
    (article,) = segment(Page("p.txt", text), lex)
    assert article.headline == ""


def test_the_paper_s_own_dateline_with_a_place(lex):
    text = "石滩镇推进乡村振兴\n\n本报清江讯（通讯员 林海）近年来，石滩镇推进乡村振兴。"
    (article,) = segment(Page("p.txt", text), lex)
    assert [(c.name, c.role) for c in article.byline] == [("林海", "通讯员")]
    assert article.sentences[0].text.startswith("近年来")


def test_a_media_centre_s_dateline_without_xun(lex):
    text = "石滩镇推进乡村振兴\n\n青山融媒（记者 林海）3月1日，石滩镇召开动员会。"
    (article,) = segment(Page("p.txt", text), lex)
    assert [(c.name, c.role) for c in article.byline] == [("林海", "记者")] and "青山融媒" in article.outlets


def test_an_outlet_alone_on_a_line_and_a_barred_source_line_sign_the_article(lex):
    text = "青山融媒\n石滩镇推进乡村振兴\n\n3月1日，石滩镇召开动员会。\n\n编辑丨林海\n\n来源丨白水日报\n"
    (article,) = segment(Page("p.txt", text), lex)
    assert {"青山融媒", "白水日报"} <= set(article.outlets)
    assert not any("来源" in s.text for s in article.sentences)


def test_any_outlet_s_dateline_before_its_reporters_brackets(lex):
    text = "石滩镇推进乡村振兴\n\n青山风讯（白水融媒记者 林海 周小川）3月1日，石滩镇召开动员会。"
    (article,) = segment(Page("p.txt", text), lex)
    assert [c.name for c in article.byline] == ["林海", "周小川"]
    text = "石滩镇推进乡村振兴\n\n本网5月6日讯（记者 林海）3月1日，石滩镇召开动员会。"  # 本网: no outlet's name
    assert "本网" not in segment(Page("p.txt", text), lex)[0].outlets


def test_a_paper_s_two_character_short_name_is_a_dateline_and_a_place_s_is_not(lex):
    text = "石滩镇推进乡村振兴\n\n青风讯（记者 林海）3月1日，石滩镇召开动员会。"
    (article,) = segment(Page("p.txt", text), lex)
    assert [(c.name, c.org) for c in article.byline] == [("林海", "青风")] and "青风" in article.outlets
    assert all(not s.text.startswith("青风") for s in article.sentences)
    text = "石滩镇推进乡村振兴\n\n柳州讯（记者 林海）3月1日，石滩镇召开动员会。"  # where the news comes from
    (article,) = segment(Page("p.txt", text), lex)
    assert "柳州" not in article.outlets and any("柳州" in s.text for s in article.sentences)


def test_a_headline_over_a_dateline_is_the_article_s_headline_text(lex):
    text = "林海在石滩镇调研\n青山融媒3月1日讯（记者 周小川）3月1日，县委书记林海到石滩镇调研。"
    (article,) = segment(Page("p.txt", text), lex)
    assert article.headline == "林海在石滩镇调研"
    assert all("调研" != s.text for s in article.sentences) and len(article.sentences) == 1  # text, not read


def test_credits_run_on_after_the_last_sentence_of_a_line(lex):
    """…抓好落实。 记者/甲 编辑:乙 终审:丙 on the body's last line lost every credit."""
    page = "本报讯 近日，县委书记何静到城东镇调研。他强调要抓好落实。 融媒体中心记者/韩平 编辑:罗晓文 终审:柯 晓\n"
    (article,) = segment(Page("p.txt", page), lex)
    assert [(c.name, c.role) for c in article.byline] == [("韩平", "记者"), ("罗晓文", "编辑"), ("柯晓", "终审")]
    assert [s.text for s in article.sentences][-1] == "他强调要抓好落实。"


def test_credits_over_the_first_article_are_its_credits(lex):
    """来源:甲网 作者:乙 编辑:丙 in the page's header was dropped with the header."""
    page = "县委书记到城东镇调研\n发表时间:2023-08-30 10:36 来源:青川新闻网 作者:韩平 编辑:罗晓文\n\n近日，县委书记何静到城东镇调研。\n"
    (article,) = segment(Page("p.txt", page), lex)
    assert ("罗晓文", "编辑") in [(c.name, c.role) for c in article.byline]


@pytest.mark.parametrize("byline,credits", [
    ("全媒体首席记者 韩平", [("韩平", "全媒体首席记者")]),
    ("首席摄影记者 罗晓文 通讯员 柯晓", [("罗晓文", "首席摄影记者"), ("柯晓", "通讯员")]),
    ("作者:管理员", []),
])
def test_roles_compose_and_signatures_that_name_no_one_are_no_names(lex, byline, credits):
    assert [(c.name, c.role) for c in parse_byline(byline, lex)[0]] == credits


def test_captions_without_full_stops_end_at_the_next_caption_or_dateline(lex):
    page = Page("p.txt", "图为县委书记方立在青石公路建设项目查看进度\n图为方立听取汇报\n"
                         "青山融媒体中心10月30日讯(记者 钟灵 何静)10月29日，县委书记方立带队到乡镇调研。\n")
    articles = [a for a in segment(page, lex) if a.kind == "article"]
    captions = [a for a in segment(page, lex) if a.kind == "caption"]
    assert len(articles) == 1 and len(captions) == 2
    assert [(c.name, c.org) for c in articles[0].byline] == [("钟灵", "青山融媒体中心"), ("何静", "青山融媒体中心")]


@pytest.mark.parametrize("line", ["晚报讯(记者方立通讯员钟灵)近日，全县召开会议。", "日报消息(全媒体记者方立)近日，全县召开会议。",
                                  "今报讯 (今报全媒体记者 方立)近日，全县召开会议。", "本网讯(记者 方立 钟灵)近日，全县召开会议。"])
def test_a_paper_s_short_name_before_its_dateline_is_the_paper_s_own(lex, line):
    """本网讯 too: a site's own dateline, its reporters the site's staff (resolved with --paper)."""
    (article,) = segment(Page("p.txt", line + "\n"), lex)
    assert article.byline[0].name == "方立" and article.byline[0].org == "本报"
    assert "讯" not in article.sentences[0].text[:3] and "消息" not in article.sentences[0].text[:3]


@pytest.mark.parametrize("line, names", [("责任编辑  方立 钟灵", ["方立", "钟灵"]), ("责任编辑︱何静", ["何静"]),
                                         ("责任编辑 方立", ["方立"])])
def test_an_editor_s_credit_takes_spaces_or_a_bar_after_the_role(lex, line, names):
    page = Page("p.txt", "本报讯 近日，全县召开会议，部署工作。\n" + line + "\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role) for c in article.byline] == [(name, "责任编辑") for name in names]


@pytest.mark.parametrize("byline, newsroom", [("本台记者 郑一鸣 高远", "本报"), ("本网记者 郑一鸣 高远", "本报"),
                                               ("南阳台记者 郑一鸣 高远", "南阳台")])
def test_a_station_s_or_a_site_s_own_reporters_are_credited_to_it(lex, byline, newsroom):
    credits, rejected = parse_byline(byline, lex)
    assert [(c.name, c.role, c.org) for c in credits] == [("郑一鸣", "记者", newsroom), ("高远", "记者", newsroom)]
    assert not rejected


def test_an_author_s_credit_ends_where_the_page_s_next_field_begins(lex):
    page = Page("p.txt", "青川县开展专项督查\n\n作者:蒋文慧发布时间:2021-11-19 14:32\n\n11月1日，青川县安委办成立督查组开展督查检查工作。\n")
    credits = [c for a in segment(page, lex) for c in a.byline]
    assert [(c.name, c.role) for c in credits] == [("蒋文慧", "作者")]


def test_pinyin_glosses_a_web_page_prints_after_characters_are_dropped():
    line = "赤坎鎮(zhèn)紅溪村和农(nóng)业(yè)园区(NBA球场)"
    text, offsets = repair(split_lines(line))
    assert text == "赤坎鎮紅溪村和农业园区(NBA球场)"
    assert [line[o] for o in offsets] == list(text)


def test_a_stationed_reporter_writes_for_the_paper_before_the_station(lex):
    assert parse_byline("读创/南州商报驻青山记者 郑煜明", lex)[0] == [Credit("郑煜明", "记者", "南州商报")]
    assert parse_byline("本报驻京记者 柯文青", lex)[0] == [Credit("柯文青", "记者", OWN_PAPER)]


def test_closing_credits_with_notes_spaced_names_and_bracketed_fields(lex):
    assert parse_byline("编辑 | 孟青琦(滨湖镇信息调研员)", lex)[0] == [Credit("孟青琦", "编辑")]  # the note is no name
    assert parse_byline("校审 | 杨 勇", lex)[0] == [Credit("杨勇", "校审")]
    assert parse_byline("审读:喻方明", lex)[0] == [Credit("喻方明", "审读")]
    page = Page("p.txt", "近日，县委书记王明到红光村调研，双方达成意向。(撰稿:黄宁青、张立成,审核:姚敏 张苒)\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role) for c in article.byline] == [("黄宁青", "撰稿"), ("张立成", "撰稿"), ("姚敏", "审核"),
                                                          ("张苒", "审核")]
    assert article.sentences[-1].text.endswith("意向。")


def test_an_editor_credited_on_the_source_line_after_the_outlet(lex):
    (article,) = segment(Page("p.txt", "2019-03-22 18:22:08来源:青山在线编辑:邓青强\n近日，县委书记王明到村里调研。\n"), lex)
    assert [(c.name, c.role) for c in article.byline] == [("邓青强", "编辑")] and article.outlets == ("青山在线",)
    (article,) = segment(Page("p.txt", "来源:记者观察网\n近日，县委书记王明到村里调研。\n"), lex)
    assert not article.byline  # an outlet whose name starts with a role credits no one


def test_a_long_unmarked_byline_of_names_alone_credits_every_reporter(lex):
    page = Page("p.txt", "青川日报记者 朱明 龚严伟 李安 韩臻 林雪 陈小帆 胡明慧 蒋新会 宋新 颜子舒 季方\n"
                         "国庆假期，位于城东镇的产业园比往日更显忙碌。\n")
    (article,) = segment(page, lex)
    assert [c.name for c in article.byline] == ["朱明", "龚严伟", "李安", "韩臻", "林雪", "陈小帆", "胡明慧",
                                                "蒋新会", "宋新", "颜子舒", "季方"]
    assert {c.org for c in article.byline} == {"青川日报"}
    assert "蒋新会" not in article.sentences[0].text


def test_a_long_line_that_starts_with_a_role_but_holds_more_than_names_is_no_byline(lex):
    page = Page("p.txt", "记者节当天 县委书记王明 到县融媒体中心 看望慰问 全体新闻工作者 并召开座谈会\n"
                         "会上，王明充分肯定了一年来的工作。\n")
    text = "".join(s.text for a in segment(page, lex) for s in a.sentences)
    assert "看望慰问" in text


def test_a_field_line_of_reporters_keeps_a_name_spaced_to_fill_its_column(lex):
    page = Page("p.txt", "近日，县政协召开协商会议。\n记者:杨睿娟 张 雪\n编辑:付京迪 刘晶宇\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role) for c in article.byline] == [("杨睿娟", "记者"), ("张雪", "记者"), ("付京迪", "编辑"),
                                                          ("刘晶宇", "编辑")]


def test_bracketed_credits_that_open_with_what_was_made(lex):
    page = Page("p.txt", "此次调研对学校推进“双高”建设起到了推动作用。（图/文：明新 编辑：陈瑜）\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role) for c in article.byline] == [("明新", "文"), ("陈瑜", "编辑")]
    assert article.sentences[-1].text.endswith("推动作用。")


def test_a_site_dateline_whose_reporter_bracket_breaks_over_a_line(lex):
    body = "8月14日，柳江市委常委、宣传部部长曾红到我县调研指导宣传文化工作，察看了农家书屋建设和村村通工程。"
    page = Page("p.txt", f"本网鹿山讯 (记者\n陶洁){body}\n在县委副书记刘庆宁的陪同下，曾红来到黄冕乡。\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role, c.org) for c in article.byline] == [("陶洁", "记者", OWN_PAPER)]
    assert article.sentences[0].text.startswith("8月14日") and not article.headline


def test_a_paper_s_dateline_with_its_place_carried_by_a_news_site(lex):
    page = Page("p.txt", "广西新闻网-南国晨报柳江讯(记者 黄远安)11月17日上午，三江侗族自治县举行新闻发布会。\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.org) for c in article.byline] == [("黄远安", "南国晨报")]
    assert article.outlets == ("南国晨报", "广西新闻网")
    assert article.sentences[0].text.startswith("柳江 11月17日上午")  # the place it reports from stays


def test_a_dateline_that_prints_the_year_and_where_its_reporters_filed_from(lex):
    page = Page("p.txt", "南方视野2018年8月15日讯(记者 罗珍 特约通讯员 陈佳杰 深圳报道)8月15日，龙岗区宝龙街道党工委书记杨旭光率队检查。\n")
    (article,) = segment(page, lex)
    assert [(c.name, c.role, c.org) for c in article.byline] == [("罗珍", "记者", "南方视野"),
                                                                 ("陈佳杰", "特约通讯员", "")]
    assert article.outlets == ("南方视野",) and article.sentences[0].text.startswith("8月15日")
