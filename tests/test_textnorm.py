from postcheck.textnorm import normalize


def test_apostrophes_spaces_and_zero_width_are_normalised_with_offsets_kept():
    original = "l\u2019abru\u200bti\u00a0!"
    norm = normalize(original)
    assert norm.text == "l'abruti !"
    start = norm.text.index("abruti")
    a, b = norm.to_original(start, start + len("abruti"))
    assert original[a:b] == "abru\u200bti"


def test_decomposed_accents_are_composed_and_map_back():
    original = "he\u0301pital"  # e + combining acute
    norm = normalize(original)
    assert norm.text == "hépital"
    assert norm.to_original(0, len(norm.text)) == (0, len(original))


def test_cyrillic_lookalikes_inside_latin_words_are_folded_but_cyrillic_text_is_kept():
    assert normalize("c\u043ennard").text == "connard"     # Cyrillic o
    assert normalize("\u043f\u0440\u0438\u0432\u0435\u0442").text == "\u043f\u0440\u0438\u0432\u0435\u0442"


def test_emoji_and_plain_text_are_untouched():
    original = "Mme Lemaire 🙄 #IDE"
    norm = normalize(original)
    assert norm.text == original
    assert norm.to_original(0, 11) == (0, 11)
