// Intake station: a keyboard-wedge scanner types each code then Enter. Every scan is queued the moment Enter
// arrives and handled in order, so nothing typed is lost while the server answers. A serial creates the
// device in the current lot and prints its label; an asset tag shows its device; a lot code switches lot.
"use strict";
(function () {
  const root = document.getElementById("intake");
  if (!root) return;

  const DOUBLE_READ_MS = 1000;   // the same code again this soon is the scanner reading twice
  const CATEGORY_HOLD_MS = 300;  // a digit followed this soon by more keys was the start of a scan
  const BURST_GAP_MS = 60;       // keys closer than this come from a scanner, not from fingers
  const BURST_MIN_KEYS = 6;     // serial numbers are longer; a person typing a word that fast is rare

  // Milliseconds since the epoch, precise: scans waiting across a lot switch keep their timing.
  const now = () => performance.timeOrigin + performance.now();
  const words = JSON.parse(document.getElementById("intake-words").textContent || "{}");
  function say(key, ...args) {
    return (words[key] || key).replace(/\{(\d+)\}/g, (_, index) => (args[Number(index)] ?? ""));
  }
  const el = Refurb.element;
  const scan = document.getElementById("scan");
  const scanForm = document.getElementById("scan-form");
  const feedback = document.getElementById("feedback");
  const note = document.getElementById("note");
  const printFeedback = document.getElementById("print-feedback");
  // The lot's parts are replaced when the lot changes: always looked up, never kept.
  const byId = (id) => document.getElementById(id);
  const scansBody = () => document.querySelector("#scans tbody");
  const devicePanel = document.getElementById("device");
  const reprint = document.getElementById("reprint");
  const settingsPanel = document.getElementById("settings");
  const radios = Array.from(document.querySelectorAll("input[name=category]"));
  let lot = root.dataset.lot || "";

  // ---- Station settings, kept per browser ------------------------------------------------------------
  // Only what belongs to this station: the scanner's prefix and suffix, and a printer other than the default
  // (or none). The printer's model and label are the office's printer settings.
  const SETTINGS_KEY = "refurb.intake.settings";
  const settings = Object.assign({ printer: "", prefix: "", suffix: "", category: "" }, readSettings());
  function readSettings() {
    try { return JSON.parse(localStorage.getItem(SETTINGS_KEY) || "{}") || {}; } catch (_) { return {}; }
  }
  function saveSettings() {
    try { localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings)); } catch (_) { /* private mode: kept for this page */ }
  }
  const controls = {
    printer: document.getElementById("setting-printer"),
    prefix: document.getElementById("setting-prefix"),
    suffix: document.getElementById("setting-suffix"),
  };
  for (const [name, control] of Object.entries(controls)) {
    if (!control) continue;
    if (control.tagName === "SELECT" && !Array.from(control.options).some((option) => option.value === settings[name])) {
      settings[name] = control.value;  // a printer or template that went away: fall back to what the page offers
    }
    control.value = settings[name];
    control.addEventListener(control.tagName === "SELECT" ? "change" : "input", () => {
      settings[name] = control.value;
      saveSettings();
      document.getElementById("settings-saved").textContent = say("field.saved");
      if (name === "printer") updateMissing();
    });
  }

  // ---- Category keys ---------------------------------------------------------------------------------
  function category() {
    const checked = radios.find((radio) => radio.checked);
    return checked ? checked.value : "other";
  }
  function setCategory(value) {
    const radio = radios.find((candidate) => candidate.value === value);
    if (!radio) return;
    radio.checked = true;
    settings.category = value;
    saveSettings();
  }
  if (settings.category) setCategory(settings.category);
  for (const radio of radios) {
    radio.addEventListener("change", () => { setCategory(radio.value); focusScan(); });
  }

  // ---- The scan field keeps the focus ----------------------------------------------------------------
  function focusScan() {
    if (document.activeElement === scan) return;
    scan.focus({ preventScroll: true });
    // Only scroll when the field is out of sight: the person must see what the scanner types.
    const box = scan.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) scan.scrollIntoView({ block: "center" });
  }
  const deliberate = "input:not([type=radio]):not([type=hidden]), select, textarea, summary, a[href], button";
  scan.addEventListener("blur", () => {
    // Let the person work in another field they chose; anything else (a click on the page, a closed
    // dialog, a button that has done its job) brings the focus back.
    setTimeout(() => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.matches(deliberate)) focusScan();
    }, 0);
  });
  document.addEventListener("click", (event) => {
    if (event.target.closest(deliberate + ", label, .settings")) return;
    if (String(window.getSelection ? window.getSelection() : "")) return;  // leave a text selection alone
    focusScan();
  });
  window.addEventListener("focus", () => setTimeout(() => {
    if (document.activeElement === document.body) focusScan();
  }, 0));
  settingsPanel.addEventListener("toggle", () => { if (!settingsPanel.open) focusScan(); });

  // ---- Keys in the scan field ------------------------------------------------------------------------
  let held = null;        // a category digit that may yet turn out to be the first character of a scan
  let firstKeyAt = null;  // when the code being typed started, to tell a double read from a new scan

  scan.addEventListener("keydown", (event) => {
    if (event.isComposing) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    const printable = plain && event.key.length === 1;
    if (held && (printable || event.key === "Enter")) {
      // More keys right behind the digit: a scanner is typing a code that starts with a digit.
      clearTimeout(held.timer);
      setCategory(held.previous);
      scan.value = held.digit + scan.value;
      held = null;
    }
    if (event.key === "Enter") {
      event.preventDefault();
      take();
      return;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      scan.value = "";
      firstKeyAt = null;
      return;
    }
    if (event.ctrlKey && !event.altKey && event.key.toLowerCase() === "z" && scan.value === "") {
      event.preventDefault();
      enqueue({ kind: "undo" });
      return;
    }
    if (printable && scan.value === "") {
      firstKeyAt = now();
      const radio = radios.find((candidate) => candidate.dataset.key === event.key);
      if (radio) {
        event.preventDefault();
        const previous = category();
        setCategory(radio.value);
        held = { digit: event.key, previous, timer: setTimeout(() => {
          held = null;
          firstKeyAt = null;
          showNote(say("category", say("category." + radio.value)));
        }, CATEGORY_HOLD_MS) };
      }
    }
  });
  scan.addEventListener("input", () => {
    if (firstKeyAt === null && scan.value !== "") firstKeyAt = now();
  });
  scanForm.addEventListener("submit", (event) => {
    event.preventDefault();
    take();
    focusScan();
  });

  function take() {
    const raw = scan.value;
    const startedAt = firstKeyAt ?? now();
    scan.value = "";
    firstKeyAt = null;
    if (raw.trim() !== "") enqueue({ kind: "scan", raw, startedAt, endedAt: now() });
  }

  // ---- A scanner typing into another field: its Enter must not submit that field's form ---------------
  let burst = null;
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (target === scan) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    const isText = target.matches && target.matches("input:not([type=radio]):not([type=checkbox]):not([type=hidden]), textarea");
    if (!isText) {
      // Focus on a button, a link or the page: send the characters to the scan field, so that the
      // scanner's Enter never presses that button. Space still presses it, for people on a keyboard.
      if (plain && event.key.length === 1 && event.key !== " " && !target.matches("select")) focusScan();
      return;
    }
    const at = now();
    if (plain && event.key.length === 1) {
      if (!burst || burst.target !== target || at - burst.last > BURST_GAP_MS) {
        burst = { target, before: target.value, text: "", count: 0, last: at };
      }
      burst.text += event.key;
      burst.count += 1;
      burst.last = at;
    } else if (event.key === "Enter") {
      if (burst && burst.target === target && burst.count >= BURST_MIN_KEYS && at - burst.last <= BURST_GAP_MS * 2) {
        event.preventDefault();
        event.stopPropagation();
        target.value = burst.before;
        enqueue({ kind: "scan", raw: burst.text, startedAt: at, endedAt: at });
        focusScan();
      }
      burst = null;
    } else if (event.key !== "Shift") {
      burst = null;
    }
  }, true);
  document.addEventListener("submit", (event) => {
    // Belt and braces: while the scan field has the focus, no other form goes anywhere.
    if (event.target !== scanForm && document.activeElement === scan) event.preventDefault();
  }, true);

  // ---- The queue: one scan at a time, in the order they came -----------------------------------------
  const queue = [];
  let working = false;
  let last = { code: null, at: -Infinity };

  function enqueue(item) {
    queue.push(item);
    if (!working) work();
  }
  async function work() {
    working = true;
    while (queue.length) {
      const item = queue.shift();
      try {
        if (item.kind === "undo") await undoLast();
        else if (item.kind === "lot") await chooseLot(item.code);
        else await handleScan(item);
      } catch (_) {
        show("error", say("offline", item.raw || ""));
        Refurb.beep("bad");
      }
    }
    working = false;
  }

  function cleaned(raw) {
    let code = raw;
    if (settings.prefix && code.startsWith(settings.prefix)) code = code.slice(settings.prefix.length);
    if (settings.suffix && code.endsWith(settings.suffix)) code = code.slice(0, code.length - settings.suffix.length);
    return code.trim();
  }
  function looksLikeLot(code) { return code.trim().toUpperCase().startsWith("LOT-"); }
  function looksLikeTag(code) {
    const normalized = code.toUpperCase().replace(/[ \t-]/g, "");
    return normalized[0] === "R" && normalized.length >= 8 && /^[0-9]+$/.test(normalized.slice(1, -1));
  }

  async function handleScan(item) {
    const code = cleaned(item.raw);
    if (!code) return;
    if (code === last.code && item.startedAt - last.at < DOUBLE_READ_MS) {
      last.at = item.endedAt;
      showNote(say("doubleRead", code));
      return;
    }
    last = { code, at: item.endedAt };
    showNote("");
    if (looksLikeLot(code) || looksLikeTag(code)) return lookUp(code);
    if (!lot) {
      show("error", say("needLot", code));
      Refurb.beep("bad");
      return;
    }
    const confirmUnusual = byId("confirm-unusual");
    const body = { lot, category: category(), serial: code };
    if (confirmUnusual && confirmUnusual.checked) { body.confirmUnusualSerial = true; confirmUnusual.checked = false; }
    const answer = await Refurb.api("POST", "/api/devices", body);
    if (answer.status === 201 && answer.data) {
      const device = answer.data;
      const row = addRow(device);
      show("good", say("created", device.assetTag, say("category." + device.category), device.serial || "—"));
      Refurb.beep("good");
      showDevice(device);
      offerUndo(device.assetTag);
      count(+1);
      print(device.assetTag, row);
    } else if (answer.status === 409 && answer.data && answer.data.existingAssetTag) {
      const existing = answer.data.existingAssetTag;
      const link = el("a", { href: "/intake?lot=" + encodeURIComponent(lot) + "&tag=" + encodeURIComponent(existing), text: say("duplicateLink", existing) });
      show("error duplicate", answer.data.detail, link, { existing });
      Refurb.beep("bad");
    } else if (answer.data && answer.data.code === "scanner-keyboard-layout") {
      // The scanner's worst habit: unmistakable (its own colour and a longer alarm), with the setup code opened.
      const setup = byId("scanner-setup");
      if (setup) setup.open = true;
      show("error scanner-layout", answer.data.detail, el("a", { href: "#scanner-setup", text: say("scannerLayout") }));
      Refurb.beep("alarm");
    } else if (answer.data && answer.data.code === "unusual-serial") {
      show("error unusual", answer.data.detail);
      Refurb.beep("bad");
      const confirmUnusual = byId("confirm-unusual");
      if (confirmUnusual) confirmUnusual.parentElement.classList.add("asked");
    } else {
      show("error", problem(answer));
      Refurb.beep("bad");
    }
  }

  async function lookUp(code) {
    const answer = await Refurb.api("GET", "/api/scan/" + encodeURIComponent(code));
    if (answer.ok && answer.data && answer.data.kind === "lot") {
      const found = answer.data.lot.code;
      if (found === lot) { showNote(say("sameLot", found)); Refurb.beep("good"); return; }
      await chooseLot(found);
    } else if (answer.ok && answer.data && answer.data.device) {
      const device = answer.data.device;
      show("good", say("found", device.assetTag, say("category." + device.category), device.lot, say("stage." + device.stage)));
      Refurb.beep("good");
      showDevice(device);
    } else {
      show("error", problem(answer));
      Refurb.beep("bad");
    }
  }

  function problem(answer) {
    return (answer.data && answer.data.detail) || ("HTTP " + answer.status);
  }

  // ---- What the page shows ---------------------------------------------------------------------------
  function show(kind, text, link, data) {
    const message = el("p", { class: "message " + kind }, text);
    if (link) message.append(" ", link);
    if (data && data.existing) message.dataset.existing = data.existing;
    feedback.replaceChildren(message);
  }
  function showNote(text) { note.textContent = text; }

  const timeFormat = (() => {
    const options = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    try { return new Intl.DateTimeFormat(Refurb.lang, Object.assign({ timeZone: root.dataset.timeZone }, options)); }
    catch (_) { return new Intl.DateTimeFormat(Refurb.lang, options); }
  })();

  function rowOf(tag) {
    const body = scansBody();
    return body ? body.querySelector(`tr[data-tag="${CSS.escape(tag)}"]`) : null;
  }

  function addRow(device) {
    const body = scansBody();
    if (!body) return null;
    for (const fresh of body.querySelectorAll("tr.fresh")) fresh.classList.remove("fresh");
    const row = el("tr", { "data-tag": device.assetTag, "data-mine": "true", class: "fresh" },
      el("td", { class: "tag" }, el("a", { href: "/intake?lot=" + encodeURIComponent(lot) + "&tag=" + encodeURIComponent(device.assetTag), text: device.assetTag })),
      el("td", { class: "serial", text: device.serial || "—" }),
      el("td", { text: say("category." + device.category) }),
      el("td", { text: timeFormat.format(new Date()) }),
      el("td", { class: "print-state" }));
    body.prepend(row);
    if (byId("scans-empty")) byId("scans-empty").hidden = true;
    return row;
  }

  // The count moves at once, then the store's count (kept by its triggers, other stations' scans included)
  // replaces it; only the answer to the latest ask is shown, so a slow answer never brings an old count back.
  let countAsked = 0;
  function count(delta) {
    const counter = byId("lot-count");
    if (counter) showCount(Math.max(0, Number(counter.textContent || "0") + delta));
    const asked = ++countAsked;
    const code = lot;
    Refurb.api("GET", "/api/lots/" + encodeURIComponent(code)).then((answer) => {
      if (asked === countAsked && code === lot && answer.ok && answer.data && typeof answer.data.deviceCount === "number") {
        showCount(answer.data.deviceCount);
      }
    }).catch(() => {});
  }
  // The count and, past the declared number, the warning that says by how many.
  function showCount(value) {
    const counter = byId("lot-count");
    if (!counter) return;
    counter.textContent = String(value);
    // The lot's line in the lots list ends with its count too.
    const choice = byId("choose-lot-select");
    const option = choice && Array.from(choice.options).find((o) => o.value === lot);
    if (option) option.textContent = option.textContent.replace(/\(\d+\)$/, "(" + value + ")");
    const declared = byId("lot-declared");
    const over = byId("lot-over");
    if (!declared || !over) return;
    const limit = Number(declared.textContent);
    over.hidden = !(value > limit);
    if (!over.hidden) byId("lot-over-text").textContent = say("overCount", value, limit, value - limit);
  }

  function previewURL(tag) {
    return "/api/devices/" + encodeURIComponent(tag) + "/label";  // on the default printer's label
  }

  function showDevice(device) {
    const facts = el("dl", { class: "facts" });
    const add = (term, value, className) => facts.append(el("dt", { text: term }), el("dd", { text: value, class: className }));
    add(say("field.tag"), device.assetTag, "tag");
    add(say("field.lot"), device.lot);
    add(say("field.category"), say("category." + device.category));
    add(say("field.serial"), device.serial || "—");
    const model = [device.manufacturer, device.model].filter(Boolean).join(" ");
    if (model) add(say("field.model"), model);
    add(say("field.stage"), say("stage." + device.stage));
    const image = el("img", { src: previewURL(device.assetTag), alt: say("field.previewAlt", device.assetTag), "data-tag": device.assetTag });
    const back = "/intake?lot=" + encodeURIComponent(device.lot) + "&tag=" + encodeURIComponent(device.assetTag);
    const correct = el("a", { class: "button", id: "correct-device", text: say("correct"),
      href: "/devices/" + encodeURIComponent(device.assetTag) + "/correct?back=" + encodeURIComponent(back) });
    devicePanel.replaceChildren(facts, el("div", { class: "preview" }, image), el("p", {}, correct));
    reprint.hidden = false;
    reprint.dataset.tag = device.assetTag;
  }

  function refreshPreview() {
    const image = devicePanel.querySelector("img[data-tag]");
    if (image) image.src = previewURL(image.dataset.tag);
  }
  const shown = devicePanel.querySelector("img[data-tag]");
  if (shown) {
    reprint.hidden = false;
    reprint.dataset.tag = shown.dataset.tag;
    refreshPreview();
  }
  reprint.addEventListener("click", () => {
    if (reprint.dataset.tag) print(reprint.dataset.tag, rowOf(reprint.dataset.tag));
    focusScan();
  });

  // ---- Printing: one label at a time, never in the way of the next scan ------------------------------
  // The service prints on the default printer in its language and on its label (the office's printer
  // settings) unless this station chose another printer, and keeps each label's print beside the device.
  const noPrinter = root.dataset.noPrinter === "true";
  let printing = Promise.resolve();
  function mark(row, state, label, kind) {
    if (!row) return;
    row.dataset.print = state;
    const cell = row.querySelector(".print-state");
    if (cell) cell.replaceChildren(el("span", { class: kind ? "badge " + kind : "muted", text: label }));
  }
  function print(tag, row) {
    if (noPrinter || settings.printer === "none") {
      mark(row, "none", say("notPrinted"), "warn");
      printFeedback.replaceChildren(el("p", { class: "message warn", text: say(noPrinter ? "noPrinterYet" : "printerOff", tag) }));
      updateMissing();
      return printing;
    }
    mark(row, "pending", say("printing"));
    const job = { copies: 1 };
    if (settings.printer) job.printer = settings.printer;
    const printer = settings.printer || say("defaultPrinter");
    printing = printing.then(async () => {
      let answer;
      try {
        answer = await Refurb.api("POST", "/api/devices/" + encodeURIComponent(tag) + "/label/print", job);
      } catch (_) {
        answer = { ok: false, status: 0, data: { detail: say("offline", tag) } };
      }
      if (answer.ok && answer.data) {
        const at = answer.data.printedAt ? timeFormat.format(new Date(answer.data.printedAt)) : timeFormat.format(new Date());
        mark(row, "ok", say("printedAt", at, answer.data.printer), "good");
        if (row) row.dataset.bytes = String(answer.data.bytesSent);
        printFeedback.replaceChildren(el("p", { class: "message good", text: say("printedOn", tag, answer.data.printer) }));
      } else {
        mark(row, "failed", say("printFailedShort"), "bad");
        printFeedback.replaceChildren(el("p", { class: "message error print-error", role: "alert",
          text: say("printFailed", tag, printer, problem(answer)) }));
      }
      updateMissing();
      return answer.ok;
    });
    return printing;
  }

  // ---- The labels not printed yet (no printer then, a failed print): printed again in one go ----------
  function missingRows() {
    const body = scansBody();
    return body ? Array.from(body.querySelectorAll("tr[data-tag]")).filter((row) => row.dataset.print === "none" || row.dataset.print === "failed") : [];
  }
  function updateMissing() {
    const button = byId("print-missing");
    if (!button || button.disabled) return;
    const count = missingRows().length;
    button.textContent = count === 1 ? say("missingOne") : say("missing", count);
    button.hidden = count === 0 || noPrinter || settings.printer === "none";
  }
  document.addEventListener("click", async (event) => {
    const button = event.target.closest("#print-missing");
    if (!button) return;
    const rows = missingRows().reverse();  // in the order they were scanned
    button.disabled = true;
    let printed = 0;
    for (const row of rows) {
      print(row.dataset.tag, row);
      if (await printing) printed += 1;
    }
    button.disabled = false;
    updateMissing();
    if (printed > 1) printFeedback.replaceChildren(el("p", { class: "message good", text: say("missingDone", printed, settings.printer || say("defaultPrinter")) }));
    focusScan();
  });

  // ---- No printer at all: a choice before the first scan ------------------------------------------------
  const NO_PRINTER_KEY = "refurb.intake.withoutLabels";
  const noPrinterDialog = byId("no-printer");
  if (noPrinterDialog && noPrinterDialog.showModal) {
    let chosen = false;
    try { chosen = sessionStorage.getItem(NO_PRINTER_KEY) === "yes"; } catch (_) { /* private mode: asked again */ }
    noPrinterDialog.addEventListener("cancel", (event) => event.preventDefault());  // Escape is not a choice
    noPrinterDialog.addEventListener("close", () => {
      try { sessionStorage.setItem(NO_PRINTER_KEY, "yes"); } catch (_) { /* kept for this page */ }
      // Focused again once the page is no longer inert: a field focused while the dialog closes takes keys
      // without taking their text (Chromium), and a scan right after the choice lost its first characters.
      requestAnimationFrame(() => { scan.blur(); focusScan(); });
    });
    if (!chosen) noPrinterDialog.showModal();
  }

  // ---- Undo of the last scan -------------------------------------------------------------------------
  function offerUndo(tag) {
    const form = byId("undo-form");
    if (!form) return;
    byId("undo-tag").value = tag || "";
    byId("undo-label").textContent = tag || "";
    form.hidden = !tag;
  }
  document.addEventListener("submit", (event) => {
    if (event.target.id !== "choose-lot") return;
    // In turn with the scans, and in place, like a lot code scanned.
    event.preventDefault();
    enqueue({ kind: "lot", code: byId("choose-lot-select").value });
    focusScan();
  });
  document.addEventListener("submit", (event) => {
    if (event.target.id !== "undo-form") return;
    event.preventDefault();
    enqueue({ kind: "undo" });
    focusScan();
  });
  async function undoLast() {
    const tag = byId("undo-tag") ? byId("undo-tag").value : "";
    if (!tag) { showNote(say("nothingToUndo")); return; }
    showNote(say("undoing", tag));
    const answer = await Refurb.api("POST", "/api/devices/" + encodeURIComponent(tag) + "/void");
    showNote("");
    if (answer.ok) {
      const row = rowOf(tag);
      if (row) row.remove();
      count(-1);
      show("good", say("voided", tag));
      Refurb.beep("good");
      const next = scansBody() && scansBody().querySelector("tr");
      offerUndo(next && next.dataset.mine === "true" ? next.dataset.tag : "");
      if (byId("scans-empty") && !next) byId("scans-empty").hidden = false;
      const image = devicePanel.querySelector("img[data-tag]");
      if (image && image.dataset.tag === tag) { devicePanel.replaceChildren(); reprint.hidden = true; }
      last = { code: null, at: -Infinity };
    } else {
      show("error", problem(answer));
      Refurb.beep("bad");
    }
  }

  async function chooseLot(code) {
    if (!code || code === lot) { if (code) showNote(say("sameLot", code)); return; }
    await switchLot(code);
    show("good", say("lotSwitch", code));
    Refurb.beep("good");
  }

  // ---- Switching lot in place: the scan field stays, so nothing typed meanwhile is lost ---------------
  async function switchLot(code) {
    const address = "/intake?lot=" + encodeURIComponent(code);
    const response = await fetch(address, { credentials: "same-origin", headers: { Accept: "text/html" } });
    if (!response.ok) throw new Error("lot page " + response.status);
    const next = new DOMParser().parseFromString(await response.text(), "text/html");
    for (const id of ["lot-slot", "scans-slot"]) {
      const fresh = next.getElementById(id);
      if (fresh && byId(id)) byId(id).replaceWith(document.importNode(fresh, true));
    }
    // With a lot open, the lots go back after the scans (they came first while none was).
    const lots = byId("lots-card");
    const freshLots = next.getElementById("lots-card");
    if (lots && freshLots && lots.classList.contains("lots-first")) {
      lots.remove();
      document.querySelector(".intake-grid").after(document.importNode(freshLots, true));
    }
    for (const input of document.querySelectorAll("input[name=lot], input[name=current]")) input.value = code;
    for (const stale of document.querySelectorAll(".scan-card > p.message.error")) stale.remove();
    const choice = byId("choose-lot-select");
    if (choice && Array.from(choice.options).some((option) => option.value === code)) choice.value = code;
    lot = code;
    root.dataset.lot = code;
    updateMissing();
    history.replaceState(null, "", address);
    last = { code: null, at: -Infinity };
  }

  updateMissing();
  focusScan();
})();
