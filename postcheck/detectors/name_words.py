"""Where the gazetteer's first names can be in a post, found from the folded text's runs of
letters rather than by walking every word: names.py's _gazetteer_names looks at those words
only, with the same WORD matches (and the same next words) as one pass over the whole text."""
from __future__ import annotations

from . import name_patterns as np

_RUN_CHARS = frozenset(np.RUN_LETTERS)  # what np.LETTER_RUNS takes


def whole_runs(folded, keys):
    """Where the keys stand in the folded text as whole runs of letters (np.LETTER_RUNS), in
    order."""
    found = []
    for key in keys:
        size, at = len(key), folded.find(key)
        while at >= 0:
            stop = at + size
            if (not at or folded[at - 1] not in _RUN_CHARS) and folded[stop:stop + 1] not in _RUN_CHARS:
                found.append(at)
            at = folded.find(key, stop)
    found.sort()
    return found


def word_at(text, at, seen):
    """The first WORD match ending after `at` and the iterator it came from (for the next
    words), exactly as one WORD.finditer over the whole text gives them: the search starts
    after the last space or line break before `at` (never inside a match: WORD takes letters,
    "'" and "-" only), or at `seen`, the end of a match of that same pass."""
    start = max(text.rfind(" ", seen, at), text.rfind("\n", seen, at)) + 1 or seen
    words = np.WORD.finditer(text, start)
    for w in words:
        if w.end() > at:
            return w, words
    return None, words
