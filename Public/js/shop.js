// The shop station: keeps the scan field ready, remembers the station's printer and label in this
// browser, updates the suggested price when another grade is picked, previews and prints the price
// label, moves the focus to the next thing to do, and keeps the pages true around Back, F5 and old
// tabs (see fresh()). The pages work without it, except printing, which needs the station's printer.
"use strict";
(function () {
  const settingsKey = "refurb.shop.";
  const setting = (name) => localStorage.getItem(settingsKey + name) || "";
  const fill = (template, ...values) => values.reduce((text, value, index) => text.replace("{" + index + "}", value), template);

  function keepScanFocus() {
    const scan = document.getElementById("shop-scan");
    if (!scan) return;
    // A scanner types into whatever has focus: when nothing else was chosen, that is the scan field.
    document.addEventListener("click", (event) => {
      if (!event.target.closest("a, button, input, select, textarea, label, summary")) scan.focus();
    });
    scan.form.addEventListener("submit", (event) => {
      if (!scan.value.trim()) { event.preventDefault(); Refurb.beep("bad"); scan.focus(); }
    });
  }

  function stationSettings() {
    const root = document.getElementById("shop");
    if (!root) return;
    const status = document.getElementById("settings-status");
    for (const select of root.querySelectorAll("select[data-setting]")) {
      const saved = setting(select.dataset.setting);
      if (saved && [...select.options].some((option) => option.value === saved)) select.value = saved;
      // The first template is the default: keep it so that device pages show the same one.
      if (!saved && select.dataset.setting === "template") localStorage.setItem(settingsKey + "template", select.value);
      select.addEventListener("change", () => {
        localStorage.setItem(settingsKey + select.dataset.setting, select.value);
        status.textContent = root.dataset.msgSaved;
      });
    }
  }

  function devicePage() {
    const root = document.getElementById("shop-device");
    if (!root) return;
    const tag = root.dataset.tag;
    const messages = root.dataset;

    // The suggestion follows the grade picked, before anything is saved.
    const lines = document.getElementById("suggestion-lines");
    const suggestionStatus = document.getElementById("suggestion-status");
    for (const radio of document.querySelectorAll("#price-form input[name=grade]")) {
      radio.addEventListener("change", async () => {
        const answer = await Refurb.api("GET", `/api/devices/${tag}/suggested-price?grade=${radio.value}`).catch(() => null);
        if (!answer || !answer.ok) { suggestionStatus.textContent = answer?.data?.detail || messages.msgFailed; return; }
        document.getElementById("suggested-price").textContent = Refurb.money(answer.data.priceCents);
        document.getElementById("suggested-solidarity").textContent = Refurb.money(answer.data.solidarityPriceCents);
        lines.replaceChildren(...answer.data.lines.map((line) => {
          const tone = line.rule === "base" || !line.amountCents ? null : (line.amountCents > 0 ? "up" : "down");
          return Refurb.element("tr", { "data-rule": line.rule, class: tone }, Refurb.element("td", { text: line.text }));
        }));
        suggestionStatus.textContent = fill(messages.msgSuggestionFor, radio.value);
      });
    }

    // The price label: the station's template in the preview, printed on the station's printer.
    const preview = document.getElementById("label-preview");
    const printButton = document.getElementById("print-label");
    if (preview && printButton) {
      const template = setting("template") || root.dataset.defaultTemplate;
      const printer = setting("printer");
      const source = `/api/devices/${tag}/label?template=${encodeURIComponent(template)}`;
      if (preview.getAttribute("src") !== source) preview.src = source;
      document.getElementById("label-printer").textContent = printer || document.getElementById("label-printer").textContent;
      const status = document.getElementById("label-status");
      const say = (kind, text) => status.replaceChildren(Refurb.element("p", { class: "message " + kind, role: kind === "error" ? "alert" : null, text }));
      printButton.hidden = false;
      printButton.addEventListener("click", async () => {
        if (!printer) { say("warn", messages.msgNoPrinter); Refurb.beep("bad"); return; }
        printButton.disabled = true;
        say("good", messages.msgPrinting);
        const body = { template, printer, copies: 1 };
        if (setting("format")) body.format = setting("format");
        const answer = await Refurb.api("POST", `/api/devices/${tag}/label/print`, body).catch(() => null);
        printButton.disabled = false;
        // Printed: the device can go on the shelf; the next thing is the next device.
        if (answer && answer.ok) { say("good", fill(messages.msgPrinted, printer)); Refurb.beep("good"); document.getElementById("shop-scan")?.focus(); }
        else { say("error", fill(messages.msgPrintFailed, answer?.data?.detail || messages.msgFailed)); Refurb.beep("bad"); }
      });
    }

    // Put up for sale: the next thing is the price label, when this station can print it.
    if (params().get("done") === "ready" && document.getElementById("done-notice") && printButton && !printButton.hidden) {
      printButton.focus();
    }

    // A sale form is sent once: a second click while the first is on its way does nothing.
    for (const form of document.querySelectorAll("form[data-once]")) {
      form.addEventListener("submit", (event) => {
        if (form.dataset.sent) { event.preventDefault(); return; }
        form.dataset.sent = "1";
        setTimeout(() => form.querySelectorAll("button[type=submit]").forEach((button) => { button.disabled = true; }), 0);
      });
    }

    // A tab left open while someone else changed the device (sold it, changed its price) reloads itself
    // when it is looked at again, and says what changed, before anyone acts on what it showed.
    const checkVersion = async () => {
      if (document.visibilityState !== "visible") return;
      const answer = await Refurb.api("GET", `/api/devices/${tag}`).catch(() => null);
      const current = answer && answer.ok ? answer.data?.device?.version : null;
      if (current !== null && current !== undefined && String(current) !== root.dataset.version) {
        window.location.replace(`${root.dataset.path}?since=${root.dataset.seen}`);
      }
    };
    document.addEventListener("visibilitychange", checkVersion);
  }

  function receiptPage() {
    const button = document.getElementById("print-receipt");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", () => window.print());
    // Just sold: the next thing is the customer's receipt.
    if (document.getElementById("done-notice")) button.focus();
  }

  function params() { return new URLSearchParams(window.location.search); }

  // Back, F5 and stale tabs. Every form is answered with a redirect, so the browser never offers to
  // post one again; what remains is the address and the copy of the page the browser keeps:
  // - a "done" notice is about the moment of the change: it is taken out of the address once shown,
  //   so that F5 or coming back does not say it again (the server also shows it only while the device
  //   is at the version the change made);
  // - "what changed" is said once, the same way;
  // - a page restored from the back-forward cache is the page as it was: it is loaded again.
  function fresh() {
    if (!document.querySelector(".shop")) return;
    const query = params();
    const dropped = query.has("done") ? ["done", "v"] : [];
    if (query.has("since") && !query.has("sale")) dropped.push("since", "conflict");
    if (dropped.length) {
      dropped.forEach((name) => query.delete(name));
      const search = query.toString();
      history.replaceState(history.state, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    }
  }

  keepScanFocus();
  stationSettings();
  devicePage();
  receiptPage();
  fresh();
})();
