"""The one library call behind the CLI, the HTTP server and the batch runner."""
from __future__ import annotations

from itertools import islice
from operator import attrgetter
from typing import Iterable, Iterator, Mapping

from .analysis import Analysis
from .model import AUDIENCES, PLATFORMS, PROFESSIONS, CheckError, Post, Result
from .textnorm import normalize

MAX_CHARS = 200_000     # far beyond any social-media post; beyond, we refuse clearly
_CHUNK = 20_000         # spaCy runs on pieces of this size for long drafts
_BATCH = 128
_READING_ORDER = attrgetter("start", "end", "kind")   # how a Result lists its signals


class InputError(ValueError):
    """A post that cannot be checked as given. The message names the field, never the text."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class Checker:
    """Loads the model, detectors and rules once; then checks posts.

    `rulesets`: extra YAML files or folders (an establishment's charter) on top of the
    built-in rules. `detectors`: replace the default detector list (tests, experiments).
    """

    def __init__(self, rulesets: Iterable[str] = (), detectors=None):
        from .detectors import build_detectors
        from .nlp import get_nlp
        from .rules.engine import apply_rules
        from .rules.loader import load_ruleset

        self._apply_rules = apply_rules   # imported here, not on every post
        self.ruleset = load_ruleset(rulesets)
        self.nlp = get_nlp()
        self.detectors = detectors if detectors is not None else build_detectors()

    # -- public API ----------------------------------------------------------------------
    def check(self, text: str, profession: str | None = None, audience: str | None = "public",
              platform: str | None = None, id: str | None = None,
              attachments: Iterable[str] = ()) -> Result:
        post = make_post({"text": text, "profession": profession, "audience": audience,
                          "platform": platform, "id": id, "attachments": list(attachments)})
        norm = normalize(post.text)
        return self._check_with_doc(post, norm, self._doc(norm.text))

    def check_many(self, posts: Iterable[Mapping | Post]) -> Iterator[Result]:
        """Check posts in input order; a post that cannot be checked yields a Result whose
        `error` says why, and the others go on."""
        iterator = iter(posts)
        while batch := list(islice(iterator, _BATCH)):
            prepared = []
            for raw in batch:
                try:
                    prepared.append(raw if isinstance(raw, Post) else make_post(raw))
                except InputError as exc:
                    prepared.append(CheckError(exc.code, str(exc)))
            norms = [normalize(p.text) if isinstance(p, Post) else None for p in prepared]
            docs = iter(self.nlp.pipe([n.text for n in norms if n and len(n.text) <= _CHUNK]))
            analyses = [None if isinstance(item, CheckError) else Analysis(
                item, norm, next(docs) if len(norm.text) <= _CHUNK else self._doc(norm.text))
                for item, norm in zip(prepared, norms)]
            signals = self._detect_each([a for a in analyses if a is not None])
            for raw, item, analysis in zip(batch, prepared, analyses):
                yield self._result(raw, item, analysis, signals)

    # -- internals -----------------------------------------------------------------------
    def _doc(self, norm_text: str):
        """One spaCy pass; long drafts go through in pieces joined back into one doc."""
        if len(norm_text) <= _CHUNK:
            return self.nlp(norm_text)
        from spacy.tokens import Doc

        return Doc.from_docs(list(self.nlp.pipe(_chunks(norm_text))), ensure_whitespace=False)

    def _check_with_doc(self, post: Post, norm, doc) -> Result:
        analysis = Analysis(post, norm, doc)
        return self._finish(analysis, [s for d in self.detectors for s in d.detect(analysis)])

    def _detect_each(self, analyses: list[Analysis]) -> Iterator[list]:
        """Each post's signals, detector by detector over the whole batch: a detector's code
        and tables stay in the processor's caches from one post to the next (same signals,
        in the same order, as one post at a time)."""
        found: list[list] = [[] for _ in analyses]
        for detector in self.detectors:
            for signals, analysis in zip(found, analyses):
                signals.extend(detector.detect(analysis))
        return iter(found)

    def _result(self, raw, item, analysis, signals: Iterator[list]) -> Result:
        if analysis is None:
            return Result(_raw_id(raw), (), (), item)
        try:
            return self._finish(analysis, next(signals))
        except InputError as exc:  # an unreadable attachment: this post only
            return Result(item.id, (), (), CheckError(exc.code, str(exc)))

    def _finish(self, analysis: Analysis, signals: list) -> Result:
        post = analysis.post
        if post.attachments:  # images are opened only when there are some
            from .attachments import attachment_signals

            signals += attachment_signals(post, self.nlp, self.detectors)
        signals.sort(key=_READING_ORDER)
        findings = self._apply_rules(self.ruleset, post, signals)
        if not findings:
            return Result(post.id, (), (), None, tuple(signals))
        numbers = sorted({q for f in findings for q in f.questions})
        questions = tuple((n, self.ruleset.questions.get(n, "")) for n in numbers)
        return Result(post.id, tuple(findings), questions, None, tuple(signals))


def _chunks(text: str) -> list[str]:
    """Cut at whitespace so that the pieces join back into exactly `text`."""
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            end = cut + 1 if cut > start else end
        pieces.append(text[start:end])
        start = end
    return pieces


def _raw_id(raw) -> str | None:
    if isinstance(raw, Mapping) and raw.get("id") is not None:
        return str(raw["id"])
    return None


def make_post(raw: Mapping) -> Post:
    """Validate a record (API call, HTTP body, batch row) into a Post."""
    if not isinstance(raw, Mapping):
        raise InputError("invalid_record", "l'enregistrement n'est pas un objet JSON")
    text = raw.get("text")
    if not isinstance(text, str):
        raise InputError("missing_text", "champ « text » absent ou qui n'est pas du texte")
    if not text or text.isspace():   # what strip() would empty, without the copy
        raise InputError("empty_text", "le texte est vide")
    if len(text) > MAX_CHARS:
        raise InputError("text_too_long", f"texte de {len(text)} caractères : postcheck vérifie "
                                          f"des publications jusqu'à {MAX_CHARS} caractères")
    if "\x00" in text:
        raise InputError("binary_text", "le texte contient des octets nuls (fichier binaire ?)")
    profession = raw.get("profession") or None
    if profession is not None and profession not in PROFESSIONS:
        raise InputError("bad_profession", f"profession inconnue « {profession} » "
                                           f"(attendu : {', '.join(PROFESSIONS)})")
    audience = raw.get("audience") or "public"
    if audience not in AUDIENCES:
        raise InputError("bad_audience", f"audience inconnue « {audience} » (public ou restreint)")
    platform = raw.get("platform") or None
    if platform is not None and platform not in PLATFORMS:
        raise InputError("bad_platform", f"plateforme inconnue « {platform} »")
    attachments = raw.get("attachments") or ()
    if isinstance(attachments, (str, bytes, bytearray)) or hasattr(attachments, "__fspath__"):
        attachments = (attachments,)
    post_id = raw.get("id")
    return Post(text=text, profession=profession, audience=audience, platform=platform,
                id=None if post_id is None else str(post_id), attachments=tuple(attachments))
