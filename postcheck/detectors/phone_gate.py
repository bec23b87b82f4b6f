"""Which posts may hold a phone number phonenumbers would find (region FR, leniency
"possible"): nine digits close (a French number's significant ones), or a "+" / "00" then
eight. Most posts with nine digits close hold none: pairs that do not start with 0 ("17 28 39
40 51": a reference, a NIR), which phonenumbers reads in full, ten digits or more, too long
for France, then block by block, too short. Posts whose every such run is of that kind are
set aside here, so that the matcher (the costliest recognizer) only runs where it may find
something.
The runs are cut as phonenumbers joins digits (at most four signs apart), so that no digit
outside a run can take part in a number found in it.
"""
from __future__ import annotations

import regex

NINE_CLOSE = regex.compile(r"\d(?:[ ./()+-]{0,3}\d){8}")
ABROAD = regex.compile(r"(?:\+|00)[^\d]{0,3}\d(?:[ ./()+-]{0,3}\d){7}")
# digits at most four signs apart, none of them a letter but "x" (or "ー"): all the national
# digits of a number that phonenumbers finds lie in one such run (its separators between
# digits are at most four of its punctuation signs, where "x" and "ー" are the only letters)
_RUN = regex.compile(r"\d(?:(?:[^\p{L}\d]|[xXｘＸー]){0,4}\d)*")
# ASCII digits and spaces only: ten to seventeen digits in one block, or blocks of at most
# eight digits (phonenumbers then tries the whole run and each block, never two blocks)
_SPACED = regex.compile(r"[0-9]{10,17}|[0-9]{1,8}(?: {1,3}[0-9]{1,8}){1,9}")
_DIGIT = regex.compile(r"\d")
# what phonenumbers may read as a digit in a run: an "x" between digits becomes a 9 once the
# part it tries holds three letters (a number typed in letters)
_DIGIT_OR_X = regex.compile(r"[\dxXｘＸ]")
# an extension label after a run: its letters may be read as digits too ("...482EXT" is ten)
_LABEL_AFTER = regex.compile(r"[\s,;]*(?:e?xt|anexo|int|ｅ?ｘｔ|ｉｎｔ)", regex.IGNORECASE)
# Between the run and the digits before it, a letter that no extension label holds ("ext",
# "x", "int", "anexo", "extensión", "доб"): no number nor extension of phonenumbers crosses
# it. Without one, "7 x 123456789012" is read as 7 with an extension, then "123456789".
_BARRIER = regex.compile(r"[^\W\d_extnsióaoxдбｅｘｔｎｉſıİ]", regex.IGNORECASE)


def may_hold_phone(text: str) -> bool:
    """False only where the matcher of FrPhoneRecognizer cannot find a number."""
    if ABROAD.search(text):
        return True
    if not NINE_CLOSE.search(text):
        return False
    if "+" in text:  # a number from abroad may have fewer digits
        return True
    previous = 0  # where the run before the current one ends (0: none)
    for m in _RUN.finditer(text):
        # an extension of the number before may take the first blocks of this run
        reachable = previous and not _BARRIER.search(text, previous, m.start())
        if _readable(text, m, reachable):
            return True
        previous = m.end()
    return False


def _readable(text: str, m, reachable) -> bool:
    """Whether phonenumbers may read a French number in this run: nine digits (without
    their 0), ten from a 0, eleven or twelve from 33. When an extension before may take its
    first blocks, any rest is tried as phonenumbers would: a rest that starts a block, or
    (from a block of more digits than an extension takes) any part. A "#" after the run
    makes its last block an extension: kept."""
    run = m.group()
    if _LABEL_AFTER.match(text, m.end()):
        return True
    if len(run) < 9:
        return False
    if not _SPACED.fullmatch(run):
        return len(_DIGIT_OR_X.findall(run)) >= 9
    if text[m.end():m.end() + 1] == "#":
        return True
    blocks = run.split()
    if any(block.startswith("00") for block in blocks):  # from abroad: "004987" is one
        return True
    digits = "".join(blocks)
    if reachable and (len(blocks) == 1 or len(digits) < 10):
        return True
    tail = len(digits)
    for block in blocks:
        if tail < 9:
            return False
        rest = digits[len(digits) - tail:]
        if tail == 9 or rest[0] == "0" or rest[:2] == "33":
            return True
        if not reachable:  # only the whole run, then each block (too short), are tried
            return False
        tail -= len(block)
    return False
