"""The one Checker behind the server, and the thread pool that runs it off the event loop.

Checks are CPU-bound (spaCy, regexes): running them on the event loop would freeze every
other connection. They run in a small pool (one thread by default: the GIL gives nothing to
more, and a single thread needs nothing of the Checker's thread safety). A bounded number
of checks may wait; beyond it the server answers 503 at once instead of queueing forever.
"""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from ..checker import Checker, InputError
from ..model import Result


class Busy(Exception):
    """Too many checks waiting."""


class CheckService:
    def __init__(self, checker: Checker, threads: int = 1, max_pending: int = 64):
        self.checker = checker
        self.ruleset = checker.ruleset
        self.max_pending = max_pending
        self._pending = 0
        self._pool = ThreadPoolExecutor(max_workers=max(1, threads),
                                        thread_name_prefix="postcheck-check")
        self.rules_payload = [_rule_dict(r) for r in self.ruleset.rules]
        self.references_payload = [_reference_dict(i, ref)
                                   for i, ref in self.ruleset.references.items()]

    def warm_up(self) -> None:
        """One check at start-up so that the first user does not pay for lazy caches."""
        self.checker.check("Bonjour Mme Exemple, chambre 12, bonne journée à l'équipe.")

    async def check(self, post: dict) -> Result:
        """Validate (InputError) then check in the pool (Busy when the queue is full)."""
        from ..checker import make_post

        valid = make_post(post)
        try:
            valid.text.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError("bad_text", "le texte contient des demi-paires UTF-16 isolées "
                                         "(caractères invalides)") from None
        if self._pending >= self.max_pending:
            raise Busy()
        self._pending += 1
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._pool, self._check_post, valid)
        finally:
            self._pending -= 1

    def _check_post(self, post) -> Result:
        return self.checker.check(post.text, profession=post.profession,
                                  audience=post.audience, platform=post.platform, id=post.id)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _rule_dict(rule) -> dict:
    return {
        "id": rule.id, "code": rule.code, "name": rule.name, "severity": rule.severity,
        "message": rule.message, "suggestion": rule.suggestion,
        "references": [{"id": r.id, "professions": list(r.professions),
                        "audiences": list(r.audiences)} for r in rule.references],
        "questions": list(rule.questions),
        "professions": list(rule.professions), "audiences": list(rule.audiences),
    }


def _reference_dict(ref_id: str, ref: dict) -> dict:
    return {"id": ref_id, "title": ref.get("title", ""), "url": ref.get("url", ""),
            "summary": ref.get("summary", ""), "penalty": ref.get("penalty", "")}
