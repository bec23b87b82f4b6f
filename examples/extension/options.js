"use strict";
const FIELDS = ["backend", "token", "profession", "audience"];
const DEFAULTS = { backend: "http://127.0.0.1:8765", token: "", profession: "", audience: "public" };

chrome.storage.local.get(DEFAULTS).then((cfg) => {
  for (const f of FIELDS) document.getElementById(f).value = cfg[f];
});
document.getElementById("save").addEventListener("click", async () => {
  const cfg = {};
  for (const f of FIELDS) cfg[f] = document.getElementById(f).value.trim();
  await chrome.storage.local.set(cfg);
  document.getElementById("status").textContent = "Enregistré.";
});
