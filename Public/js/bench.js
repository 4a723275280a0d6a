// The bench station, made quicker: the scan field keeps the focus, a move answers in place (with the
// rule that refuses it, in red, next to its button), and the board of wipes stays live. Every form
// still works without this script.
"use strict";
(function () {
  const board = document.getElementById("wipe-board");
  const moves = document.getElementById("moves");
  const summary = document.getElementById("summary");
  const scan = document.getElementById("scan");
  const pollEvery = 2000;

  // On the landing page scanning is the only thing to do: the focus comes back to the field whenever
  // it falls to the page itself, so that a scan is never typed into nowhere.
  if (scan && !moves) {
    const refocus = () => window.setTimeout(() => {
      if (document.activeElement === document.body || document.activeElement === null) scan.focus();
    }, 0);
    scan.addEventListener("blur", refocus);
    window.addEventListener("focus", refocus);
  }
  if (scan) {
    scan.form.addEventListener("submit", (event) => {
      scan.value = scan.value.trim();
      if (!scan.value) { event.preventDefault(); scan.focus(); }
    });
  }

  // A move goes through the API; a refusal shows the rule's words next to the button, nothing else moves.
  // The summary's next action is the same move, answered the same way.
  async function submitMove(event) {
    const form = event.target;
    if (!form.matches("form.move")) return;
    const area = form.closest("[data-tag]");
    event.preventDefault();
    const data = new FormData(form);
    const body = { to: data.get("to") };
    const version = Number(data.get("version"));
    if (version) body.version = version;
    const reason = String(data.get("reason") || "").trim();
    if (reason) body.reason = reason;
    const refusal = form.querySelector(".refusal");
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    let answer;
    try {
      answer = await Refurb.api("POST", "/api/devices/" + encodeURIComponent(area.dataset.tag) + "/moves", body);
    } catch (_) {
      // No answer at all: the plain form goes through the page, which says what happened.
      form.submit();
      return;
    } finally {
      button.disabled = false;
    }
    if (answer.ok) {
      Refurb.beep("good");
      // The stage in the address makes each move's address new, so that the page is loaded again
      // rather than only scrolled (an address differing only by its #fragment would not reload).
      // The summary says it is done and shows what comes next: that is where the page comes back.
      window.location.assign("/bench/" + encodeURIComponent(area.dataset.tag) + "?done=moved&stage="
        + encodeURIComponent(body.to) + "#summary");
      return;
    }
    refusal.textContent = (answer.data && answer.data.detail) || String(answer.status);
    refusal.hidden = false;
    // An earlier "done" would read as if this move had gone through.
    for (const done of document.querySelectorAll("#summary .message.good, #moves .message.good")) done.remove();
    Refurb.beep("bad");
    button.focus();
  }
  if (moves) moves.addEventListener("submit", submitMove);
  if (summary) summary.addEventListener("submit", submitMove);

  if (!board) return;
  const rows = document.getElementById("board-rows");
  const table = document.getElementById("board-table");
  const empty = document.getElementById("board-empty");
  const currentTag = board.dataset.currentTag || "";
  const offline = Refurb.element("p", { class: "message warn", role: "status", hidden: true, text: board.dataset.offline });
  board.insertBefore(offline, empty);
  let statesHere = currentTagStates(Array.from(rows.querySelectorAll("tr")).map((tr) => ({ assetTag: tr.dataset.tag, drive: tr.dataset.drive, state: tr.dataset.state })));

  // This device's drives on the board and the state of each (running, quiet, done, failed, refused).
  function currentTagStates(list) {
    return new Map(list.filter((row) => currentTag && row.assetTag === currentTag).map((row) => [row.drive, row.state]));
  }

  function statusCell(row) {
    const cell = Refurb.element("td", { class: "status" },
      Refurb.element("span", { class: "badge " + (row.tone || ""), text: row.statusText }));
    if (row.detailText) cell.append(" ", Refurb.element("span", { class: "detail", text: row.detailText }));
    if (row.certificateId) {
      const id = encodeURIComponent(row.certificateId);
      const who = " " + row.assetTag + " " + row.drive;
      cell.append(Refurb.element("span", { class: "certificate-links" },
        Refurb.element("a", { href: "/api/certificates/" + id + "/pdf", "aria-label": board.dataset.pdfLabel + who, text: board.dataset.pdfLabel }),
        " · ",
        Refurb.element("a", { href: "/api/certificates/" + id, "aria-label": board.dataset.jsonLabel + who, text: board.dataset.jsonLabel })));
    }
    return cell;
  }

  function cells(row) {
    const label = board.dataset.progressLabel + " " + row.assetTag + " " + row.drive;
    return [
      Refurb.element("td", {}, Refurb.element("a", { class: "tag", href: "/bench/" + encodeURIComponent(row.assetTag), text: row.assetTag })),
      Refurb.element("td", { class: "drive", text: row.drive }),
      Refurb.element("td", { text: row.phaseText }),
      Refurb.element("td", { class: "progress-cell" },
        Refurb.element("progress", { max: "100", value: String(row.percent), "aria-label": label }, row.percent + " %"),
        Refurb.element("span", { class: "progress-text", text: row.progressText })),
      Refurb.element("td", { text: row.speedText }),
      Refurb.element("td", { text: row.etaText }),
      statusCell(row),
    ];
  }

  // Rows are updated in place, keyed by device and drive, so that a focused link keeps its focus.
  function render(list) {
    const existing = new Map(Array.from(rows.querySelectorAll("tr")).map((tr) => [tr.dataset.tag + "\n" + tr.dataset.drive, tr]));
    const kept = new Set();
    let previous = null;
    for (const row of list) {
      const key = row.assetTag + "\n" + row.drive;
      kept.add(key);
      let tr = existing.get(key);
      if (!tr) {
        tr = Refurb.element("tr", { "data-tag": row.assetTag, "data-drive": row.drive }, ...cells(row));
      } else {
        const fresh = cells(row);
        const old = Array.from(tr.children);
        // The status cell is kept while its state is the same, so that a focused certificate link keeps its focus.
        const last = tr.dataset.state === row.state && row.state !== "running" && row.state !== "quiet" ? fresh.length - 1 : fresh.length;
        for (let index = 2; index < last; index += 1) old[index].replaceWith(fresh[index]);
        const detail = last < fresh.length ? old[last].querySelector(".detail") : null;
        if (detail && row.detailText) detail.textContent = row.detailText;
      }
      for (const state of ["running", "quiet", "done", "failed", "refused"]) tr.classList.toggle("state-" + state, row.state === state);
      tr.dataset.state = row.state || "running";
      tr.classList.toggle("stalled", Boolean(row.stalled));
      tr.classList.toggle("current", row.assetTag === currentTag);
      const anchor = previous ? previous.nextSibling : rows.firstChild;
      if (tr !== anchor) rows.insertBefore(tr, anchor);
      previous = tr;
    }
    for (const [key, tr] of existing) if (!kept.has(key)) tr.remove();
    table.hidden = list.length === 0;
    empty.hidden = list.length !== 0;

    // A wipe of this device changed state (ended, was refused, went quiet, left the board): its certificate may
    // have arrived, so the disks and the next stages (and the version the forms carry) are read again.
    const now = currentTagStates(list);
    const changed = now.size !== statesHere.size || Array.from(now).some(([drive, state]) => statesHere.get(drive) !== state);
    statesHere = now;
    if (changed) refreshDevice();
  }

  async function refreshDevice() {
    try {
      const response = await fetch(window.location.pathname, { headers: { "Accept": "text/html" }, credentials: "same-origin" });
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const active = document.activeElement;
      // Someone typing in a field keeps it; a focused move button gets the focus back once replaced.
      const typing = active && active.matches("input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea");
      const focusedStage = active && active.closest ? active.closest("#moves form.move") : null;
      for (const id of ["summary", "disks", "moves", "history"]) {
        const fresh = page.getElementById(id);
        const here = document.getElementById(id);
        if (fresh && here && !(typing && here.contains(active))) here.innerHTML = fresh.innerHTML;
      }
      if (focusedStage && !document.body.contains(focusedStage)) {
        const again = document.querySelector("#moves form.move[data-stage='" + focusedStage.dataset.stage + "'] button[type=submit]");
        if (again) again.focus();
      }
      const version = page.querySelector("input[name=version]");
      if (version) for (const input of document.querySelectorAll("input[name=version]")) input.value = version.value;
    } catch (_) { /* the next poll tries again */ }
  }

  async function poll() {
    if (!document.hidden) {
      try {
        const answer = await Refurb.api("GET", board.dataset.source);
        if (!answer.ok) throw new Error("status " + answer.status);
        render(Array.isArray(answer.data) ? answer.data : []);
        offline.hidden = true;
      } catch (_) {
        offline.hidden = false;
      }
    }
    window.setTimeout(poll, pollEvery);
  }
  window.setTimeout(poll, pollEvery);
})();
