"""End to end in a real browser: Debian's Chromium loads the demo extension
(examples/extension), a person types a draft naming a patient into a page's textarea, and
the underline must appear under exactly the words postcheck flags, with a tooltip giving the
message, the legal texts and the questions."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.browser

EXTENSION = ROOT / "examples" / "extension"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAGE = """<!doctype html><html lang="fr"><meta charset="utf-8"><title>Publier</title>
<body style="margin:40px">
<textarea id="post" rows="6" style="width:760px; font: 16px/1.5 'DejaVu Sans Mono', monospace;
  padding: 8px; border: 1px solid #888"></textarea></body></html>"""
DRAFT = "Nuit en réa 😵 Mme Perrault (ch. 14) a encore arraché sa perfusion à 3h."


@pytest.fixture(scope="module")
def test_page(tmp_path_factory):
    """The page with the post box, served on a free loopback port."""
    root = tmp_path_factory.mktemp("page")
    (root / "index.html").write_text(PAGE, encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser(chromium, tmp_path_factory, live_server):
    """Chromium with the extension loaded and pointed at the live postcheck server."""
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=chromium, headless=True,
            ignore_default_args=["--disable-extensions"],
            args=[*FLAGS, f"--disable-extensions-except={EXTENSION}",
                  f"--load-extension={EXTENSION}"])
        worker = (context.service_workers[0] if context.service_workers
                  else context.wait_for_event("serviceworker", timeout=30_000))
        worker.evaluate("url => chrome.storage.local.set({backend: url})", live_server.url)
        yield context
        context.close()


def test_typing_a_patients_name_underlines_it(browser, test_page, checker, tmp_path):
    page = browser.new_page()
    page.goto(test_page)
    box = page.locator("#post")
    box.click()
    page.keyboard.type(DRAFT, delay=5)
    page.wait_for_selector(".postcheck-layer[data-status='ok']", timeout=30_000)
    lines = page.locator(".postcheck-underline")
    lines.first.wait_for(timeout=10_000)
    page.screenshot(path=str(tmp_path / "underline.png"))

    # exactly the spans postcheck finds, as the library itself reports them
    expected = {s.text for f in checker.check(DRAFT).findings for s in f.spans}
    drawn = {lines.nth(i).get_attribute("data-text") for i in range(lines.count())}
    assert "Mme Perrault" in drawn and drawn == expected

    # geometry: the underline sits under those very words (measured with the page's font)
    for word in ("Mme Perrault", "ch. 14"):
        line = page.locator(f".postcheck-underline[data-text='{word}']").bounding_box()
        start = DRAFT.index(word)
        expect = page.evaluate(_MEASURE, [DRAFT[:start], word])
        assert abs(line["x"] - expect["left"]) <= 2, (word, line, expect)
        assert abs(line["width"] - expect["width"]) <= 2, (word, line, expect)
        assert expect["top"] < line["y"] <= expect["top"] + expect["lineHeight"] + 2

    # hovering the name shows the message, the law and the questions
    name = page.locator(".postcheck-underline[data-text='Mme Perrault']").bounding_box()
    page.mouse.move(name["x"] + name["width"] / 2, name["y"] - 6)
    tooltip = page.locator(".postcheck-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    page.screenshot(path=str(tmp_path / "tooltip.png"))
    text = tooltip.inner_text()
    assert "CSP L1110-4" in text and "CP 226-13" in text
    assert "informations privées" in text          # question 7
    assert "identifiable" in text                  # the rule's message

    # editing the text removes stale underlines at once
    page.keyboard.press("Control+A")
    page.keyboard.type("Bonne nuit à toute l'équipe !", delay=5)
    page.wait_for_selector(".postcheck-layer[data-verdict='ok']", timeout=30_000)
    assert page.locator(".postcheck-underline").count() == 0
    page.close()


# Where a word of the first line is drawn in the textarea: content box + text width before it
_MEASURE = """([before, word]) => {
  const el = document.getElementById('post');
  const s = getComputedStyle(el), box = el.getBoundingClientRect();
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = s.font;
  const left = box.left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft);
  const top = box.top + parseFloat(s.borderTopWidth) + parseFloat(s.paddingTop);
  return {left: left + ctx.measureText(before).width, width: ctx.measureText(word).width,
          top, lineHeight: parseFloat(s.lineHeight)};
}"""
