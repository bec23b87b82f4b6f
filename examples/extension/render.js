// Where a span of text is drawn on screen. A <textarea> has no DOM for its text, so we lay
// the same text out in an invisible "mirror" with the same box and font, and measure there.
// A contenteditable element has text nodes: a Range gives the rectangles directly.
"use strict";

const MIRRORED = ["boxSizing", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
  "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "borderStyle",
  "fontFamily", "fontSize", "fontWeight", "fontStyle", "fontVariant", "fontStretch",
  "letterSpacing", "wordSpacing", "lineHeight", "textTransform", "textIndent", "tabSize",
  "textAlign", "direction"];

function textareaRects(el, start, end) {
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const mirror = document.createElement("div");
  for (const p of MIRRORED) mirror.style[p] = style[p];
  const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
  Object.assign(mirror.style, {
    position: "fixed", left: box.left + "px", top: box.top + "px", visibility: "hidden",
    boxSizing: "border-box", width: el.clientWidth + borders + "px",
    height: box.height + "px", overflow: "hidden", whiteSpace: "pre-wrap",
    overflowWrap: "break-word", borderColor: "transparent", margin: "0",
  });
  const text = el.value;
  const mark = document.createElement("span");
  mark.textContent = text.slice(start, end);
  mirror.append(text.slice(0, start), mark, text.slice(end) + "\u200b");
  document.documentElement.appendChild(mirror);
  mirror.scrollTop = el.scrollTop;
  mirror.scrollLeft = el.scrollLeft;
  const rects = Array.from(mark.getClientRects());
  mirror.remove();
  return clip(rects, el);
}

function editableRects(el, start, end) {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pos = 0, started = false, node;
  while ((node = walker.nextNode())) {
    const len = node.data.length;
    if (!started && start <= pos + len) { range.setStart(node, start - pos); started = true; }
    if (started && end <= pos + len) {
      range.setEnd(node, end - pos);
      return clip(Array.from(range.getClientRects()), el);
    }
    pos += len;
  }
  return [];
}

// Keep only what is visible inside the element's own box (its text may be scrolled).
function clip(rects, el) {
  const box = el.getBoundingClientRect();
  return rects
    .filter((r) => r.width > 0 && r.bottom > box.top && r.top < box.bottom)
    .map((r) => ({ left: Math.max(r.left, box.left), right: Math.min(r.right, box.right),
                   top: r.top, bottom: Math.min(r.bottom, box.bottom) }));
}

function elementText(el) {
  return el.tagName === "TEXTAREA" ? el.value : el.textContent;
}

function spanRects(el, start, end) {
  return el.tagName === "TEXTAREA" ? textareaRects(el, start, end) : editableRects(el, start, end);
}
