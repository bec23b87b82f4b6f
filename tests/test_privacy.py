"""Health data stays put: nothing checked reaches a log, and a check opens no connection."""
import logging
import socket
import warnings

import pytest

DRAFT = ("Mme Zoé Quintard (ch. 7), née le 02/03/1951, IPP 5512345678, joignable au "
         "06 39 98 11 22 ou zoe.quintard@exemple.fr, refuse sa dialyse")
SECRETS = ["Quintard", "5512345678", "06 39 98 11 22", "zoe.quintard", "dialyse", "02/03/1951"]


def test_no_part_of_the_draft_reaches_any_log(checker, caplog):
    with caplog.at_level(logging.DEBUG):
        logging.getLogger().setLevel(logging.DEBUG)
        result = checker.check(DRAFT, profession="infirmier")
    assert result.findings
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in SECRETS:
        assert secret not in logged


def test_a_check_opens_no_network_connection(checker, monkeypatch):
    attempts = []

    def refuse(self, *args, **kwargs):
        attempts.append(args)
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, *a))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = checker.check("Écrivez à jeanne.martin@ch-exemple.fr, elle a son résultat de biopsie")
    assert any(s.kind == "id.email" for s in result.signals)
    assert attempts == []


def test_errors_name_the_problem_not_the_content(checker):
    from postcheck.checker import InputError, make_post

    with pytest.raises(InputError) as info:
        make_post({"text": DRAFT, "profession": "pompier"})
    assert "Quintard" not in str(info.value)
