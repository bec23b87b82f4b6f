"""The pure parts of the LanguageTool adapter: UTF-16 offsets, context, sentences, `data`."""
from __future__ import annotations

import pytest

from postcheck.server.annotated import AnnotationError, parse_data
from postcheck.server.ltformat import CONTEXT_SIZE, context, sentence_ranges
from postcheck.server.utf16 import Utf16Index, utf16_len


def units(text: str, offset: int, length: int) -> str:
    """Slice `text` the way JavaScript or Java would: in UTF-16 code units."""
    raw = text.encode("utf-16-le")
    return raw[2 * offset:2 * (offset + length)].decode("utf-16-le")


@pytest.mark.parametrize("text", ["abc", "😵 Mme X", "a😵b🚑c", "é😵\u0301x", ""])
def test_utf16_index_agrees_with_the_encoder(text):
    index = Utf16Index(text)
    assert index.length == utf16_len(text) == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        unit = index.to_utf16(cp)
        assert unit == len(text[:cp].encode("utf-16-le")) // 2
        assert index.to_codepoint(unit) == cp


def test_a_unit_inside_a_surrogate_pair_rounds_to_the_whole_emoji():
    index = Utf16Index("a😵b")
    assert index.to_codepoint(2) == 1
    assert index.to_codepoint(2, round_up=True) == 2


@pytest.mark.parametrize("text,span", [
    ("Mme Perrault a arraché sa perfusion", "Mme Perrault"),
    ("😵" * 30 + " Mme Perrault " + "🚑" * 30, "Mme Perrault"),
    ("x" * 100 + "\nMme Perrault\n" + "y" * 100, "Mme Perrault"),
])
def test_context_frames_the_span_like_languagetool(text, span):
    start = text.index(span)
    index = Utf16Index(text)
    u_from, u_to = index.to_utf16(start), index.to_utf16(start + len(span))
    ctx = context(index, u_from, u_to)
    assert units(ctx["text"], ctx["offset"], ctx["length"]) == span
    assert ctx["length"] == u_to - u_from
    assert "\n" not in ctx["text"]
    assert ctx["text"].startswith("...") == (u_from - CONTEXT_SIZE >= 0)
    assert ctx["text"].endswith("...") == (u_to + CONTEXT_SIZE < index.length)
    ctx["text"].encode("utf-8")         # no lone surrogate: no emoji was cut in half


def test_sentences_are_not_cut_after_titles_or_initials():
    text = "M. Dupont va mieux. Mme. Leroy aussi !  Et le Dr. B. Martin ?\nFin"
    sentences = [text[a:b] for a, b in sentence_ranges(text)]
    assert sentences == ["M. Dupont va mieux.", "Mme. Leroy aussi !",
                         "Et le Dr. B. Martin ?", "Fin"]


def test_data_maps_plain_offsets_back_to_the_text_with_markup():
    annotated = parse_data('{"annotation": [{"markup": "<p>"}, {"text": "Bonjour "},'
                           '{"markup": "<br/>", "interpretAs": "\\n"}, {"text": "Mme X"}]}')
    assert annotated.plain == "Bonjour \nMme X"
    assert annotated.original == "<p>Bonjour <br/>Mme X"
    start = annotated.plain.index("Mme X")
    a, b = annotated.to_original(start, start + 5)
    assert annotated.original[a:b] == "Mme X"


@pytest.mark.parametrize("raw", ["not json", "[]", '{"annotation": 3}',
                                 '{"annotation": [{"text": 1}]}',
                                 '{"annotation": [{"markup": "<b>", "interpretAs": 2}]}'])
def test_bad_data_is_refused_in_french(raw):
    with pytest.raises(AnnotationError, match="data|annotation"):
        parse_data(raw)
