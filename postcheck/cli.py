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


@main.command("batch")
@click.argument("source", metavar="INPUT")
@click.option("--output", "-o", default="-", show_default=True,
              help="Fichier de sortie ('-' : sortie standard).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "html"]), default=None,
              help="jsonl (défaut), csv (une ligne par constat) ou html (rapport) ; "
                   "déduit de l'extension de --output sinon.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Nombre de processus (défaut : nombre de cœurs).")
@click.option("--input-format", type=click.Choice(["auto", "jsonl", "csv"]), default="auto",
              show_default=True, help="Format de l'entrée (auto : extension ou premier octet).")
@click.option("--text-column", help="Colonne du texte (défaut : text, texte, message…).")
@click.option("--id-column", help="Colonne de l'identifiant (défaut : id ; sinon « line-N »).")
@click.option("--profession-column", help="Colonne de la profession de l'auteur.")
@click.option("--audience-column", help="Colonne de l'audience (public, restreint).")
@click.option("--platform-column", help="Colonne de la plateforme.")
@click.option("--author-column", help="Colonne de l'auteur (défaut : author, auteur…).")
@click.option("--service-column", help="Colonne du service (défaut : service, unité…).")
@click.option("--date-column", help="Colonne de la date (AAAA-MM-JJ ou JJ/MM/AAAA).")
@click.option("--attachment-column", help="Colonne des pièces jointes (chemins séparés par ;).")
@click.option("--show-identifiers", is_flag=True,
              help="Ne pas masquer les noms et numéros repérés dans le rapport et le csv.")
@click.option("--resume", is_flag=True,
              help="Reprendre une vérification interrompue là où --output s'est arrêté.")
@click.option("--crosspost", "crosspost_output", type=click.Path(dir_okay=False),
              help="Écrire aussi les signaux entre publications (JSONL) dans ce fichier.")
@check_options
def batch_cmd(source, output, fmt, jobs, input_format, show_identifiers, resume,
              crosspost_output, profession, audience, platform, attachments, rulesets, fail_on,
              **columns):
    """Vérifie un export de publications (.jsonl ou .csv ; INPUT '-' lit l'entrée standard)."""
    from .batch.runner import BatchError, run

    if attachments:
        fail("--attach ne s'applique pas à batch : indiquez les pièces jointes avec "
             "--attachment-column")
    if fmt is None:
        suffix = str(output).lower().rsplit(".", 1)[-1]
        fmt = {"csv": "csv", "html": "html", "htm": "html"}.get(suffix, "jsonl")
    mapping = {name[:-len("_column")]: value for name, value in columns.items() if value}
    if "attachment" in mapping:
        mapping["attachments"] = mapping.pop("attachment")
    _quiet_third_party_logs()
    try:
        summary = run(source, output, fmt=fmt, jobs=jobs, columns=mapping,
                      profession=profession, audience=audience, platform=platform,
                      rulesets=rulesets, show_identifiers=show_identifiers, resume=resume,
                      crosspost_output=crosspost_output, input_format=input_format)
    except BatchError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        click.echo("postcheck batch : interrompu ; relancez avec --resume pour continuer.",
                   err=True)
        sys.exit(130)
    except BrokenPipeError:
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_OK)
    click.echo(summary.line(), err=True)
    if summary.interrupted:
        click.echo("postcheck batch : interrompu ; relancez avec --resume pour continuer.",
                   err=True)
        sys.exit(130)
    threshold = None if fail_on == "never" else severity_rank(fail_on)
    worst = max((severity_rank(s) for s in summary.severities), default=-1)
    worst = max(worst, max((severity_rank(f["severity"]) for f in summary.crosspost), default=-1))
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


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Adresse d'écoute (boucle locale par défaut).")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port d'écoute.")
@click.option("--token", default=None, metavar="JETON",
              help="Exige « Authorization: Bearer JETON » (défaut : $POSTCHECK_TOKEN).")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGINE",
              help="Origine autorisée en CORS, répétable, « * » permis "
                   "(ex. 'chrome-extension://*' ; défaut : $POSTCHECK_CORS_ORIGINS, sinon aucune).")
@click.option("--max-body", default=256 * 1024, show_default=True, type=click.IntRange(1024),
              help="Taille maximale d'une requête, en octets (au-delà : 413).")
@click.option("--ruleset", "rulesets", multiple=True, type=click.Path(),
              help="Fichier ou dossier YAML de règles en plus (charte d'établissement).")
def serve_cmd(host, port, token, cors_origins, max_body, rulesets):
    """Lance le serveur HTTP pour les extensions de navigateur (API /v1 et protocole
    LanguageTool /v2)."""
    try:
        from .server.run import serve
        from .server.settings import ServerSettings
    except ImportError:
        fail("le serveur demande des dépendances en plus : pip install 'postcheck[server]'")
    settings = ServerSettings.from_env(host=host, port=port, token=token,
                                       cors_origins=tuple(cors_origins), max_body=max_body,
                                       rulesets=tuple(rulesets))
    serve(settings, make_checker(rulesets))


def _load_ruleset(rulesets):
    from .rules.loader import load_ruleset
    from .rules.model import RuleError

    try:
        return load_ruleset(rulesets)
    except RuleError as exc:
        fail(str(exc))


if __name__ == "__main__":
    main()
