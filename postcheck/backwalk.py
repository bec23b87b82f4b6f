r"""Walking back from an anchor to where the alternatives that hold it can begin, for all
those alternatives at once (anchors.py reads each as pieces before its anchor).

The alternatives anchored on one string ("nuit": "ma\s+nuit", "(?:cette|ma|la|une)\s+nuit",
"(?:de|en|a|mes)\s+nuits?...") share their first steps back (the spaces before "nuit"): one
backward trie of their pieces walks them once. Each step tries only the strings ending with
the character met ("ma", "la" before an "a"), and only branches that lead to an alternative
possible in the post.
"""
from __future__ import annotations

from .anchors import SPACE
from .prefixgate import _is_word

# A node: (alternatives that begin here, as ((lexicon, alternatives), ...); its strings by
# last character, {char: ((string, node), ...)}; the node after an empty string, or None;
# its runs, ((characters or SPACE, fewest, most, node), ...); every alternative below it).


def build(walks) -> tuple:
    """The trie of `walks`: (pieces from anchors.chains, lexicon, alternative) triples."""
    root = _new()
    for pieces, lexicon, alternative in walks:
        _insert(root, pieces, lexicon, alternative)
    return _freeze(root)


def _new() -> dict:
    return {"ends": {}, "strings": {}, "runs": {}, "reach": set()}


def _insert(node: dict, pieces: tuple, lexicon: int, alternative: int) -> None:
    node["reach"].add(alternative)
    if not pieces:
        node["ends"].setdefault(lexicon, set()).add(alternative)
        return
    piece, rest = pieces[0], pieces[1:]
    if isinstance(piece, frozenset):  # one branch per string
        for s in piece:
            _insert(node["strings"].setdefault(s, _new()), rest, lexicon, alternative)
    else:
        _insert(node["runs"].setdefault(piece, _new()), rest, lexicon, alternative)


def _freeze(node: dict) -> tuple:
    by_last: dict[str, tuple] = {}
    for s, child in sorted(node["strings"].items()):
        if s:
            by_last[s[-1]] = by_last.get(s[-1], ()) + ((s, _freeze(child)),)
    empty = node["strings"].get("")
    return (tuple((i, frozenset(ns)) for i, ns in sorted(node["ends"].items())), by_last,
            None if empty is None else _freeze(empty),
            tuple(run + (_freeze(child),) for run, child in node["runs"].items()),
            frozenset(node["reach"]))


def walk(root: tuple, text: str, at: int, alive: set, starts: list, is_word=_is_word) -> None:
    """Add to starts[lexicon] each position where an alternative possible in the post (in
    `alive`) can begin, its pieces ending at `at`, unless `is_word` of the character before
    (the patterns begin at word starts)."""
    stack = [(root, at)] if not alive.isdisjoint(root[4]) else []
    while stack:
        (ends, by_last, empty, runs, _), end = stack.pop()
        if ends and not (end and is_word(text[end - 1])):
            for lexicon, alternatives in ends:
                if not alive.isdisjoint(alternatives):
                    starts[lexicon].add(end)
        if empty is not None and not alive.isdisjoint(empty[4]):
            stack.append((empty, end))
        for s, child in by_last.get(text[end - 1], ()) if end else ():
            if end >= len(s) and text.startswith(s, end - len(s)) \
                    and not alive.isdisjoint(child[4]):
                stack.append((child, end - len(s)))
        for chars, low, high, child in runs:
            if alive.isdisjoint(child[4]):
                continue
            if low == 0:
                stack.append((child, end))
            pos, count = end, 0
            while count < high and pos > 0 and (
                    text[pos - 1].isspace() if chars == SPACE else text[pos - 1] in chars):
                pos, count = pos - 1, count + 1
                if count >= low:
                    stack.append((child, pos))
