// The shop station: keeps the scan field ready, remembers the station's printer and label in this
// browser, updates the suggested price when another grade is picked, previews and prints the price
// label, and asks for the partner only for a solidarity sale. The pages work without it, except
// printing, which needs the station's printer.
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
        if (answer && answer.ok) { say("good", fill(messages.msgPrinted, printer)); Refurb.beep("good"); }
        else { say("error", fill(messages.msgPrintFailed, answer?.data?.detail || messages.msgFailed)); Refurb.beep("bad"); }
      });
    }

    // The partner is asked for a solidarity sale only.
    const partnerField = document.getElementById("partner-field");
    const kinds = document.querySelectorAll("#sale-form input[name=kind]");
    if (partnerField && kinds.length) {
      const partner = document.getElementById("partner");
      const update = () => {
        const solidarity = document.getElementById("kind-solidarity").checked;
        partnerField.hidden = !solidarity;
        partner.required = solidarity;
      };
      kinds.forEach((radio) => radio.addEventListener("change", update));
      update();
    }
  }

  function receiptPage() {
    const button = document.getElementById("print-receipt");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }

  keepScanFocus();
  stationSettings();
  devicePage();
  receiptPage();
})();
