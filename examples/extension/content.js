// Watches the text box that has the focus, sends its text to the postcheck server (through
// the service worker) once the person pauses typing, and underlines the spans that come
// back; hovering an underline shows the message, the legal texts and the questions.
// Nothing is logged, stored or sent anywhere but to the configured postcheck server.
"use strict";

const DEBOUNCE_MS = 400;
let target = null, timer = null, last = null;  // last: {text, result} drawn for target
const layer = document.createElement("div");
const tooltip = document.createElement("div");
layer.className = "postcheck-layer";
tooltip.className = "postcheck-tooltip";
tooltip.hidden = true;

function watchable(el) {
  return el && (el.tagName === "TEXTAREA" || el.isContentEditable);
}

document.addEventListener("focusin", (event) => {
  const el = event.target;
  if (!watchable(el) || el === target) return;
  target = el;
  last = null;
  if (!layer.isConnected) document.documentElement.append(layer, tooltip);
  clearUnderlines();
  schedule();
});
document.addEventListener("input", (event) => {
  if (event.target !== target) return;
  clearUnderlines();
  schedule();
}, true);
window.addEventListener("scroll", redraw, true);
window.addEventListener("resize", redraw);
document.addEventListener("mousemove", hover, { passive: true });

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(send, DEBOUNCE_MS);
}

function send() {
  const el = target;
  const text = elementText(el);
  if (!text.trim()) { layer.dataset.status = "vide"; return; }
  layer.dataset.status = "en-cours";
  chrome.runtime.sendMessage({ type: "postcheck:check", text }, (answer) => {
    if (el !== target || elementText(el) !== text) return;   // the text changed meanwhile
    if (!answer || answer.error) {
      layer.dataset.status = "erreur";
      layer.title = "postcheck : " + ((answer && answer.error) || "pas de réponse");
      return;
    }
    last = { text, result: answer.result };
    layer.dataset.status = "ok";
    layer.dataset.verdict = answer.result.verdict;
    redraw();
  });
}

function clearUnderlines() {
  layer.replaceChildren();
  tooltip.hidden = true;
}

function redraw() {
  clearUnderlines();
  if (!target || !last || elementText(target) !== last.text) return;
  const units = cpToUtf16(last.text);
  for (const finding of last.result.findings || []) {
    for (const span of finding.spans) {
      const start = units[span.start], end = units[span.end];
      for (const r of spanRects(target, start, end)) {
        const line = document.createElement("div");
        line.className = "postcheck-underline";
        Object.assign(line.style, { left: r.left + "px", top: r.bottom - 2 + "px",
                                    width: r.right - r.left + "px" });
        Object.assign(line.dataset, { rule: finding.rule, severity: finding.severity,
                                      text: span.text, start, end, textTop: r.top });
        line.postcheck = finding;
        layer.appendChild(line);
      }
    }
  }
}

function hover(event) {
  const x = event.clientX, y = event.clientY;
  const hit = Array.from(layer.children).find((line) => {
    const r = line.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= parseFloat(line.dataset.textTop) && y <= r.bottom + 2;
  });
  if (!hit) { tooltip.hidden = true; return; }
  showTooltip(hit.postcheck, hit.getBoundingClientRect());
}

function label(text) {
  const el = document.createElement("strong");
  el.className = "postcheck-label";
  el.textContent = text;
  return el;
}

function showTooltip(finding, rect) {
  const questions = new Map((last.result.questions || []).map((q) => [q.n, q.text]));
  const title = document.createElement("h4");
  title.textContent = finding.message;
  const laws = document.createElement("ul");
  laws.className = "postcheck-references";
  for (const ref of finding.references) {
    const item = document.createElement("li");
    item.textContent = ref.id + " — " + ref.title;
    laws.appendChild(item);
  }
  const asks = document.createElement("ul");
  asks.className = "postcheck-questions";
  for (const n of finding.questions) {
    const item = document.createElement("li");
    item.textContent = questions.get(n) || "Question " + n;
    asks.appendChild(item);
  }
  const advice = document.createElement("p");
  advice.className = "postcheck-advice";
  advice.textContent = finding.suggestion;
  tooltip.replaceChildren(title, label("Textes de loi"), laws,
                          label("Questions à se poser"), asks, advice);
  tooltip.dataset.rule = finding.rule;
  Object.assign(tooltip.style, { left: rect.left + "px", top: rect.bottom + 6 + "px" });
  tooltip.hidden = false;
}
