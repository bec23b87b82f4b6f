"""Registry of detectors, in the order they run. Each entry is "module:Class" so that nothing
is imported until a Checker is built (postcheck --help stays instant).

To add a detector: write one module in this package with one class that has a `name` and a
`detect(analysis)` method, then add it here.
"""
from __future__ import annotations

import importlib

DETECTORS = (
    "postcheck.detectors.presidio_bridge:PresidioDetector",  # names and identifiers
    "postcheck.detectors.context:CareContextDetector",
    "postcheck.detectors.media:MediaDetector",
    "postcheck.detectors.profession:ProfessionDetector",
    "postcheck.detectors.establishments:EstablishmentDetector",
    "postcheck.detectors.clues:ClueDetector",
    # language (issue 4): insults, targets, defamation, harassment, professional conduct
    "postcheck.detectors.insults:InsultDetector",
    "postcheck.detectors.hostility:HostilityDetector",
    "postcheck.detectors.targets:TargetDetector",
    "postcheck.detectors.defamation:DefamationDetector",
    "postcheck.detectors.harassment:HarassmentDetector",
    "postcheck.detectors.conduct:ConductDetector",
)


def build_detectors(names=DETECTORS):
    detectors = []
    for entry in names:
        module_name, _, cls_name = entry.partition(":")
        cls = getattr(importlib.import_module(module_name), cls_name)
        detectors.append(cls())
    return detectors
