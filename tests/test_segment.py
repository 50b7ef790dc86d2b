from kg.records import Document
from kg.segment import detect_lang, split_segments


def test_detect_lang_by_script():
    assert detect_lang("智谱在港交所上市") == "zh"
    assert detect_lang("Zhipu AI listed in Hong Kong") == "en"
    assert detect_lang("the CEO of NIO's sub-brand Onvo (乐道) lamented") == "en"
    assert detect_lang("智谱CEO张鹏表示，GLM-4.5已发布") == "zh"
    # Latin names in a Chinese sentence count as words, not letters
    assert detect_lang("OpenAI在2025年推出了Sora 2和SearchGPT。") == "zh"
    assert detect_lang("NIO launched the Onvo (乐道) L60 SUV in Shanghai.") == "en"
    assert detect_lang("2026") == "en"


def test_segments_cover_sentences_with_offsets_and_languages():
    text = "Zhipu AI listed on Jan. 8. It rose 10%.\n智谱在港交所上市。股价上涨！\nMixed: Onvo (乐道) grows."
    doc = Document("d", text)
    segs = split_segments(doc)
    pieces = [(text[s.start:s.end], s.lang) for s in segs]
    assert ("智谱在港交所上市。", "zh") in pieces
    assert ("股价上涨！", "zh") in pieces
    assert ("It rose 10%.", "en") in pieces
    assert pieces[-1] == ("Mixed: Onvo (乐道) grows.", "en")
    for s in segs:  # offsets are exact and trimmed
        assert text[s.start:s.end] == text[s.start:s.end].strip()


def test_decimal_points_do_not_split_and_table_cells_do():
    text = "Market cap crossed 1.1 trillion HKD today.\n| Brand | Q1 Sales | Growth |"
    segs = split_segments(Document("d", text))
    texts = [text[s.start:s.end] for s in segs]
    assert texts[0] == "Market cap crossed 1.1 trillion HKD today."
    assert "Brand" in texts and "Q1 Sales" in texts


def test_long_lines_are_cut():
    text = "，".join(["智谱发布新模型"] * 400)
    segs = split_segments(Document("d", text))
    assert len(segs) > 1
    assert all(s.end - s.start <= 1000 for s in segs)
    assert segs[0].start == 0 and segs[-1].end == len(text)


def test_titles_before_names_do_not_end_sentences():
    text = "Sen. Ann Lee met Mrs. Park and Capt. Roe. Gov. Bo Chan spoke. It ended."
    doc = Document("d", text)
    assert [text[s.start:s.end] for s in split_segments(doc)] == [
        "Sen. Ann Lee met Mrs. Park and Capt. Roe.", "Gov. Bo Chan spoke.", "It ended."]
