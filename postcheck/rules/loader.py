"""Find and load rulesets: the built-in `rulesets/` folder plus any `--ruleset PATH`.

A ruleset file is YAML with any of these keys:
- `rules`: a list of rules (see rulesets/README.md); a rule whose id already exists replaces it;
- `disable`: ids of rules to switch off (an establishment's charter may not want one);
- `references`: legal references (id, title, url, summary, penalty);
- `questions`: the self-check questions, by number.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

from .model import Rule, RuleError, parse_rule


# libyaml's safe loader when PyYAML was built with it (five times faster at start-up).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Ruleset:
    rules: tuple[Rule, ...]
    references: dict          # id -> {"title", "url", "summary", "penalty", ...}
    questions: dict           # n -> text

    def rule(self, key: str) -> Rule | None:
        key = key.strip()
        for rule in self.rules:
            if key in (rule.id, rule.code) or key.lower() == rule.code.lower():
                return rule
        return None


def builtin_dir() -> Path:
    """rulesets/ inside an installed wheel, or at the root of a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_rulesets", here.parent / "rulesets"):
        if candidate.is_dir():
            return candidate
    raise RuleError("dossier rulesets/ introuvable : installation incomplète de postcheck")


def _yaml_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
    if path.is_file():
        return [path]
    raise RuleError(f"{path}: ruleset introuvable")


def _read(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: lecture impossible ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: un ruleset est un document YAML de type clé: valeur")
    return data


def load_ruleset(extra: Iterable[str | Path] = ()) -> Ruleset:
    files = _yaml_files(builtin_dir())
    for item in extra:
        files += _yaml_files(Path(item))
    documents = [(path, _read(path)) for path in files]
    references: dict = {}
    questions: dict = {}
    for path, data in documents:
        for ref in data.get("references") or []:
            references[ref["id"]] = ref
        for n, text in (data.get("questions") or {}).items():
            questions[int(n)] = text
    rules: dict[str, Rule] = {}
    for path, data in documents:
        for raw in data.get("rules") or []:
            rule = parse_rule(raw, str(path.name), set(references))
            rules[rule.id] = rule
        for rule_id in data.get("disable") or []:
            rules.pop(rule_id, None)
    codes = [r.code for r in rules.values()]
    duplicates = {c for c in codes if codes.count(c) > 1}
    if duplicates:
        raise RuleError(f"codes de règle en double : {', '.join(sorted(duplicates))}")
    return Ruleset(tuple(rules.values()), references, questions)
