// The copy buttons beside a secret or a command (office-secret): shown only when this script runs, they
// copy the text of the element named by data-copy and say so in the status line. The clipboard API
// needs a secure page (https, or the server itself); on the workshop's plain http address the older
// select-and-copy is used instead, and when both fail the text is selected for copying by hand.
"use strict";
(function () {
  const status = document.getElementById("copy-status");

  function say(text) { if (status) { status.textContent = ""; status.textContent = text; } }

  function select(element) {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  async function copy(element) {
    const text = element.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      try { await navigator.clipboard.writeText(text); return true; } catch (_) { /* fall back below */ }
    }
    select(element);
    try { return document.execCommand("copy"); } catch (_) { return false; }
  }

  for (const button of document.querySelectorAll("button.copy[data-copy]")) {
    const target = document.getElementById(button.dataset.copy);
    if (!target) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const copied = await copy(target);
      if (copied) {
        say(status.dataset.copied);
      } else {
        select(target);
        say(status.dataset.failed);
      }
    });
  }
})();
