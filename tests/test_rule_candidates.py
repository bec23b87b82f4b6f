"""engine._candidates keeps each rule's preparation per the kinds that rule looks at: the
rules it returns must be those a direct reading of every condition gives, for any kinds."""
import random

from postcheck.model import Signal
from postcheck.rules import conditions, engine
from postcheck.rules.compiled import SignalIndex, compile_condition
from postcheck.rules.loader import load_ruleset

KINDS = ["person", "person.handle", "person.initials", "insult", "contempt", "threat", "swear",
         "target", "health", "care.act", "care.setting", "patient.cue", "id.nir", "id.phone",
         "id.room", "id.email", "establishment", "clue.age", "doxxing", "defamation.claim",
         "conduct.contempt", "profession.self", "image.face", "unknown.kind"]


def test_candidates_match_a_direct_reading_of_every_rule():
    ruleset = load_ruleset()
    draw = random.Random(7)
    for _ in range(400):
        kinds = frozenset(draw.sample(KINDS, draw.randint(0, 7)))
        profession = draw.choice([None, "infirmier", "medecin", "communication"])
        audience = draw.choice(["public", "restreint"])
        expected = [r.id for r in ruleset.rules if r.applies_to(profession, audience)
                    and conditions.may_hold(r.when, kinds)
                    and compile_condition(r.when, kinds) is not None]
        got = engine._candidates(ruleset, profession, audience, kinds)
        assert [p.rule.id for p in got] == expected
        attrs = {"use": "direct", "aim": draw.choice(["person", "none", "group"]),
                 "form": "work", "role": draw.choice(["patient", "staff"]), "occupant": True,
                 "specific": True, "anonymous": False, "group": False, "severity": 3}
        signals = [Signal(kind, 5 * n, 5 * n + 4, 0.9, "", "test", attrs)
                   for n, kind in enumerate(sorted(kinds))]
        for prepared in got:
            direct = compile_condition(prepared.rule.when, kinds)
            assert prepared.test(SignalIndex(signals)) == direct(SignalIndex(signals))
        for prepared in got:
            spans = [p for p in map(conditions.parse_pattern, prepared.rule.spans)
                     if conditions._present(p.kind, kinds)]
            assert len(prepared.spans) == len(spans)
