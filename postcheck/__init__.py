"""postcheck: a pre-publication linter for posts by French health and care staff.

    from postcheck import Checker
    checker = Checker()
    result = checker.check("texte…", profession="infirmier", audience="public")

Importing the package is cheap; the spaCy model loads when the first Checker is built.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Checker", "__version__"]


def __getattr__(name):
    if name == "Checker":
        from .checker import Checker

        return Checker
    raise AttributeError(name)
