// Service worker: the only part that talks to the postcheck server. Requests made here use
// the extension's host permissions, so the server needs no CORS for this extension.
// Nothing here logs or stores the text: it goes to the server and the answer comes back.
"use strict";

const DEFAULTS = { backend: "http://127.0.0.1:8765", token: "", profession: "", audience: "public" };

async function check(text) {
  const cfg = await chrome.storage.local.get(DEFAULTS);
  const headers = { "Content-Type": "application/json" };
  if (cfg.token) headers.Authorization = "Bearer " + cfg.token;
  const body = { text, audience: cfg.audience || "public" };
  if (cfg.profession) body.profession = cfg.profession;
  const answer = await fetch(cfg.backend.replace(/\/+$/, "") + "/v1/check", {
    method: "POST", headers, body: JSON.stringify(body), cache: "no-store",
  });
  const data = await answer.json().catch(() => ({}));
  if (!answer.ok) {
    return { error: (data.error && data.error.message) || "erreur HTTP " + answer.status };
  }
  return { result: data };
}

chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  if (!message || message.type !== "postcheck:check") return false;
  check(message.text).then(reply, () => reply({ error: "serveur postcheck injoignable" }));
  return true; // the answer comes asynchronously
});
