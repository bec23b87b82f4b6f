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


def test_safe_blocks_hold_nothing_the_exact_scans_look_for():
    """normalize() skips its exact scans when a post has characters of these blocks only."""
    import re

    from postcheck import textnorm

    for low, high in re.findall(r"(.)-(.)", textnorm.SAFE_BLOCKS, flags=re.S):
        block = "".join(map(chr, range(ord(low), ord(high) + 1)))
        assert textnorm._LENGTH_CHANGING.search(block) is None, hex(ord(low))
        assert textnorm._NON_LATIN_LETTER.search(block) is None, hex(ord(low))
        assert textnorm._UNSAFE.search(block) is None, hex(ord(low))


def test_variation_selectors_and_joiners_after_emoji_still_take_the_exact_path():
    original = "bravo \u2764\ufe0f l\u2019\u00e9quipe \U0001f469\u200d\u2695\ufe0f"
    norm = normalize(original)
    assert norm.text == "bravo \u2764\ufe0f l'\u00e9quipe \U0001f469\u2695\ufe0f"
    start = norm.text.index("\u2695")
    assert norm.to_original(start, start + 1) == (original.index("\u2695"),
                                                  original.index("\u2695") + 1)
