"""`postcheck serve` options and settings; the CLI stays light without the server."""
from __future__ import annotations

import re
import subprocess
import sys

from postcheck.server.settings import ServerSettings, is_loopback

from .conftest import ROOT


def test_importing_the_cli_or_the_lt_format_does_not_import_the_server_stack():
    code = ("import sys, postcheck.cli, postcheck.server.ltformat; "
            "print(sorted(m for m in ('fastapi', 'uvicorn', 'starlette', 'spacy') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "[]"


def test_serve_help_is_in_french():
    out = subprocess.run([sys.executable, "-m", "postcheck", "serve", "--help"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    for option in ("--host", "--port", "--token", "--cors-origin", "--max-body", "--ruleset"):
        assert option in out
    assert "boucle locale" in out


def test_bad_ruleset_is_a_usage_error(tmp_path):
    broken = tmp_path / "charte.yaml"
    broken.write_text("rules: [{id: x}]\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "postcheck", "serve", "--port", "0",
                          "--ruleset", str(broken)], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 2 and "champs manquants" in run.stderr


def test_environment_gives_defaults_and_options_win(monkeypatch):
    monkeypatch.setenv("POSTCHECK_TOKEN", "from-env")
    monkeypatch.setenv("POSTCHECK_CORS_ORIGINS", "chrome-extension://*, moz-extension://*")
    settings = ServerSettings.from_env(host="127.0.0.1", token=None, cors_origins=())
    assert settings.token == "from-env"
    assert settings.cors_origins == ("chrome-extension://*", "moz-extension://*")
    assert ServerSettings.from_env(token="cli").token == "cli"


def test_cors_patterns_match_whole_origins_only():
    regex = re.compile(ServerSettings(cors_origins=("chrome-extension://*",)).cors_regex())
    assert regex.match("chrome-extension://abcdefghijklmnop")
    assert not regex.match("https://chrome-extension.evil.example")
    assert not regex.match("chrome-extension://abc/../x")
    assert ServerSettings().cors_regex() is None


def test_loopback_decides_which_host_headers_are_served():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert is_loopback("127.0.0.2") and not is_loopback("0.0.0.0")
    assert "*" in ServerSettings(host="0.0.0.0").trusted_hosts()
    assert "*" not in ServerSettings().trusted_hosts()
