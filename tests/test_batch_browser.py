"""The HTML report opens in a real browser (headless Chromium): it renders, draws its charts,
shows masked excerpts, and logs no console error. Skipped where Chromium or Playwright is
missing, except in CI (CI set), where .ci/run installs them and a skip would hide a failure."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from postcheck.batch import run

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def _browser_or_skip():
    problems = []
    if not os.path.exists(CHROMIUM):
        problems.append("chromium absent")
    try:
        from playwright.sync_api import sync_playwright  # noqa: F401
    except ImportError:
        problems.append("playwright absent")
    if problems:
        message = ", ".join(problems)
        if os.environ.get("CI"):
            pytest.fail(f"{message} : .ci/run doit les installer")
        pytest.skip(message)


@pytest.mark.slow
def test_report_renders_in_headless_chromium(tmp_path, dev_corpus):
    _browser_or_skip()
    from playwright.sync_api import sync_playwright

    authors = ["alice", "bruno", "chloe", "damien", "emma"]
    src = tmp_path / "export.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i, post in enumerate(dev_corpus[:80]):
            row = {k: post[k] for k in ("id", "text", "profession", "audience", "platform")}
            row.update(author=authors[i % 5], date=f"2024-{1 + i % 6:02d}-{1 + i % 28:02d}")
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        fh.write('{"id": "broken", "text": \n')
    report = tmp_path / "report.html"
    run(str(src), str(report), fmt="html", jobs=1)

    errors = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"])
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 1600})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: errors.append(f"requête {r.url}")
                    if not r.url.startswith(("file:", "data:")) else None)
            page.goto(report.as_uri())
            page.wait_for_load_state("load")
            assert page.locator("svg.chart").count() >= 2
            box = page.locator("svg.chart").first.bounding_box()
            assert box and box["width"] > 100 and box["height"] > 100
            assert page.locator("#to-review article.post").count() > 0
            marks = page.locator("#to-review mark").all_inner_texts()
            assert any("[NOM]" in m for m in marks)
            assert page.locator("#errors").count() == 1
            shot = tmp_path / "report.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 20_000
        finally:
            browser.close()
    assert errors == []
