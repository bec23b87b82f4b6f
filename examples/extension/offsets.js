// postcheck's JSON counts code points (like Python); the DOM counts UTF-16 code units
// (an emoji is 2). cpToUtf16(text)[i] is the UTF-16 offset of code point i.
"use strict";

function cpToUtf16(text) {
  const map = [0];
  let unit = 0;
  for (const ch of text) {
    unit += ch.length;
    map.push(unit);
  }
  return map;
}
