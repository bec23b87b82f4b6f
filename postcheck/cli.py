"""Command line: `postcheck draft.txt` and its subcommands. A thin shell over Checker.

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad usage or
unreadable input (one line on stderr saying what and where; never the draft's content).
"""
from __future__ import annotations

import json
import sys

import click

from . import __version__
from .model import AUDIENCES, PLATFORMS, PROFESSIONS, severity_rank

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class DefaultToCheck(click.Group):
    """`postcheck FILE...` means `postcheck check FILE...` (a file named like a subcommand
    can still be checked with `postcheck check NAME`)."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


def check_options(f):
    """Options shared by `check` and (as defaults for rows) by `batch`."""
    options = [
        click.option("--profession", type=click.Choice(PROFESSIONS),
                     help="Profession de l'auteur : elle change les codes de déontologie qui s'appliquent."),
        click.option("--audience", type=click.Choice(AUDIENCES), default=None,
                     help="Qui peut lire le message (défaut : public)."),
        click.option("--platform", type=click.Choice(PLATFORMS), help="Où le message sera publié."),
        click.option("--attach", "attachments", multiple=True, type=click.Path(),
                     help="Image jointe au message (répétable)."),
        click.option("--ruleset", "rulesets", multiple=True, type=click.Path(),
                     help="Fichier ou dossier YAML de règles en plus (charte d'établissement)."),
        click.option("--fail-on", type=click.Choice(["error", "warning", "never"]),
                     default="error", show_default=True,
                     help="Gravité à partir de laquelle le code de sortie vaut 1."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def fail(message: str) -> None:
    click.echo(f"postcheck: {message}", err=True)
    sys.exit(EXIT_USAGE)


def make_checker(rulesets):
    from .checker import Checker
    from .rules.model import RuleError

    _quiet_third_party_logs()
    try:
        return Checker(rulesets=rulesets)
    except RuleError as exc:
        fail(str(exc))


def _quiet_third_party_logs():
    import logging

    for name in ("presidio-analyzer", "presidio_analyzer"):
        logging.getLogger(name).setLevel(logging.ERROR)


@click.group(cls=DefaultToCheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="postcheck")
def main():
    """Relit un message avant publication : secret médical, injure, diffamation, harcèlement.

    \b
    postcheck brouillon.txt            vérifier un brouillon
    postcheck - < brouillon.txt        lire l'entrée standard
    postcheck batch export.jsonl -o rapport.html   vérifier un export
    postcheck rules                    lister les règles
    postcheck explain PC101            documentation d'une règle
    postcheck serve --port 8765        serveur HTTP pour les extensions
    """
    from .blas import no_blas_thread_pool

    no_blas_thread_pool()   # before numpy is loaded: spaCy runs faster (blas.py)


@main.command("check")
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default=None,
              help="Format de sortie (texte sur un terminal, sinon au choix).")
@check_options
def check_cmd(files, fmt, profession, audience, platform, attachments, rulesets, fail_on):
    """Vérifie un ou plusieurs brouillons (FILE '-' lit l'entrée standard)."""
    from .inputs import DraftError, read_draft

    drafts, problems = [], 0
    for source in files:
        try:
            drafts.append((source, read_draft(source)))
        except DraftError as exc:
            click.echo(f"postcheck: {source}: {exc}", err=True)
            problems += 1
    for image in attachments:
        from pathlib import Path

        if not Path(image).is_file():
            fail(f"{image}: image jointe introuvable")
    if not drafts:
        sys.exit(EXIT_USAGE)
    checker = make_checker(rulesets)
    fmt = fmt or "text"
    color = fmt == "text" and sys.stdout.isatty()
    worst, payload = -1, []
    from .checker import InputError

    for source, text in drafts:
        try:
            result = checker.check(text, profession=profession, audience=audience or "public",
                                   platform=platform, id=source, attachments=attachments)
        except InputError as exc:  # an unreadable attachment: say which, exit 2
            fail(str(exc))
        for finding in result.findings:
            worst = max(worst, severity_rank(finding.severity))
        if fmt == "json":
            payload.append(result.to_dict())
        else:
            from .render.text import render_result

            click.echo(render_result("<stdin>" if source == "-" else source, text, result, color))
    if fmt == "json":
        data = payload[0] if len(payload) == 1 else payload
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    if problems:
        sys.exit(EXIT_USAGE)
    threshold = None if fail_on == "never" else severity_rank(fail_on)
    sys.exit(EXIT_FINDINGS if threshold is not None and worst >= threshold else EXIT_OK)


@main.command("rules")
@click.option("--ruleset", "rulesets", multiple=True, type=click.Path())
def rules_cmd(rulesets):
    """Liste les règles actives."""
    from .render.explain import render_rule_list

    click.echo(render_rule_list(_load_ruleset(rulesets)))


@main.command("explain")
@click.argument("rule_id")
@click.option("--ruleset", "rulesets", multiple=True, type=click.Path())
def explain_cmd(rule_id, rulesets):
    """Documentation d'une règle : pourquoi, textes, exemples, que faire."""
    from .render.explain import render_explanation

    ruleset = _load_ruleset(rulesets)
    rule = ruleset.rule(rule_id)
    if rule is None:
        fail(f"règle inconnue « {rule_id} » (voir « postcheck rules »)")
    click.echo(render_explanation(rule, ruleset))


def _load_ruleset(rulesets):
    from .rules.loader import load_ruleset
    from .rules.model import RuleError

    try:
        return load_ruleset(rulesets)
    except RuleError as exc:
        fail(str(exc))


from . import cli_more  # noqa: E402,F401  (registers `batch` and `serve` on `main`)

if __name__ == "__main__":
    main()
