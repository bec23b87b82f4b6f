"""`postcheck batch` and `postcheck serve`: thin shells over postcheck.batch and
postcheck.server, kept apart from cli.py so that each module stays readable."""
from __future__ import annotations

import sys

import click

from .cli import (EXIT_FINDINGS, EXIT_OK, _quiet_third_party_logs, check_options, fail, main,
                  make_checker)
from .model import severity_rank

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
