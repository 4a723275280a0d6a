// Shared helpers for the stations: calls to the API with the page's CSRF token, feedback sounds, and
// text in the page's language. Pages work without this script; it makes them quicker.
"use strict";
window.Refurb = (function () {
  const csrf = document.body.dataset.csrf || "";
  const lang = document.body.dataset.lang || "fr";

  // A page restored from the back-forward cache shows what was true when it was left (a device sold since, a
  // lot's count, a form's version): on every station it loads again from the service (issue 13, item 10).
  window.addEventListener("pageshow", (event) => { if (event.persisted) window.location.reload(); });

  async function api(method, path, body) {
    const headers = { "Accept": "application/json", "Accept-Language": lang };
    if (csrf) headers["X-CSRF-Token"] = csrf;
    const init = { method, headers, credentials: "same-origin" };
    if (body !== undefined) { headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
    const response = await fetch(path, init);
    let data = null;
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("json")) { data = await response.json(); }
    return { ok: response.ok, status: response.status, data };
  }

  let audio = null;
  // A short tone: high for "done", low and double for "look here". No files to load, no autoplay issue
  // once the person has typed or scanned.
  function beep(kind) {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      // "alarm": a scanner set to the wrong keyboard, three falling tones that no other refusal makes.
      const tones = kind === "good" ? [[880, 0, 0.09]]
        : kind === "alarm" ? [[660, 0, 0.18], [440, 0.22, 0.18], [220, 0.44, 0.3]]
        : [[220, 0, 0.14], [220, 0.2, 0.14]];
      for (const [frequency, start, length] of tones) {
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.frequency.value = frequency;
        gain.gain.value = 0.15;
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start(audio.currentTime + start);
        oscillator.stop(audio.currentTime + start + length);
      }
    } catch (_) { /* no sound is not an error */ }
  }

  function money(cents) {
    return new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);
  }

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value; else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  return { api, beep, money, element, lang, csrf };
})();
