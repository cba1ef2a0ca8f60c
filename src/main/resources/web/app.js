// The case form: builds a case (docs/spec/formato-caso.md) from the facts that are known, sends it to
// /api/check and shows the verdict. Texts from the server are inserted as text, never as HTML.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  let lang = "es";
  let law = null;          // the /api/law document of the chosen version
  let lastVerdict = null;  // re-rendered when the language changes
  let lastCase = null;
  let lastReference = "";  // the reference as typed: the memo prints «(sin referencia)» when it is empty
  let evaluations = 0;     // numbers each verdict shown, so a reader (or a test) can tell a new one

  function t(key, arg) {
    const text = (I18N[lang] && I18N[lang][key]) || I18N.es[key] || key;
    return arg === undefined ? text : text.replace("{0}", () => arg);  // a function: "$&" in arg stays as typed
  }

  function applyLabels() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
    document.querySelectorAll("[data-i18n-label]").forEach((el) => { el.setAttribute("aria-label", t(el.dataset.i18nLabel)); });
    const other = lang === "es" ? "en" : "es";
    $("lang-switch").textContent = t("switchTo");
    $("lang-switch").lang = other;
    document.title = t("title");
    fillEvents();
    if (lastVerdict) { render(lastVerdict, lastCase); }
    document.dispatchEvent(new Event("amnistia:lang"));  // the roster view renders its own texts again
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) { throw new Error(url + ": " + response.status); }
    return response.json();
  }

  async function loadVersions() {
    const data = await getJson("api/versions");
    const select = $("law");
    select.replaceChildren();
    data.versions.forEach((id) => {
      const option = new Option(id, id, id === data.default, id === data.default);
      select.add(option);
    });
  }

  async function loadLaw() {
    law = await getJson("api/law?law=" + encodeURIComponent($("law").value));
    fillEvents();
  }

  // The event select offers "not stated", "none" and the BY EVENT numerals of the chosen version.
  function fillEvents() {
    if (!law) { return; }
    const select = $("event");
    const chosen = select.value;
    while (select.options.length > 2) { select.remove(2); }
    law.numerals.filter((n) => n.byEvent).forEach((n) => {
      select.add(new Option(t("o.eventNumeral", n.numeral), n.numeral));
    });
    select.value = [...select.options].some((o) => o.value === chosen) ? chosen : "";
  }

  async function loadOffenses() {
    const offenses = await getJson("api/offenses");
    const list = $("offense-list");
    offenses.forEach((o) => {
      const option = document.createElement("option");
      option.value = o.code;
      option.label = o.name;
      option.textContent = o.name;
      list.appendChild(option);
    });
  }

  // How the catalogue reads a charge as it is typed, as «amnistia delitos TEXTO» does: the code it
  // names, the codes it mixes, or the closest codes — a suggestion, never a recognition.
  async function explainCharge(text, hint) {
    if (text.trim() === "") { hint.hidden = true; return; }
    let e;
    try {
      e = await getJson("api/offenses?q=" + encodeURIComponent(text));
    } catch (err) {
      hint.hidden = true;
      return;
    }
    const name = (o) => o.code + " — " + (lang === "en" ? o.nameEn : o.name);
    if (e.status === "RECOGNISED") {
      hint.textContent = t("h.recognised") + " " + name(e.offense);
    } else if (e.status === "AMBIGUOUS") {
      hint.textContent = t("h.ambiguous") + " " + e.candidates.join(", ");
    } else {
      hint.textContent = t("h.unrecognised") + (e.closest.length === 0 ? ""
        : " " + t("h.didYouMean") + " " + e.closest.map(name).join(" · ") + "?");
    }
    hint.dataset.status = e.status;
    hint.hidden = false;
  }

  let chargeCount = 0;
  function addCharge() {
    const row = $("charge-row").content.firstElementChild.cloneNode(true);
    const n = chargeCount++;
    row.querySelectorAll("input").forEach((input) => {
      input.id = "charge-" + n + "-" + input.className;
      const label = input.closest(".field").querySelector("label");
      if (!label.contains(input)) { label.htmlFor = input.id; }
    });
    row.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
    const offense = row.querySelector(".offense");
    const hint = row.querySelector(".offense-hint");
    hint.id = offense.id + "-hint";
    offense.setAttribute("aria-describedby", hint.id);
    offense.addEventListener("change", () => explainCharge(offense.value, hint));
    row.querySelector(".remove").addEventListener("click", () => {
      row.remove();
      $("add-charge").focus();
    });
    $("charges").appendChild(row);
    document.querySelector('input[name="charges-state"][value="list"]').checked = true;
    row.querySelector(".offense").focus();
  }

  const value = (id) => $(id).value.trim();
  const radio = (name) => document.querySelector('input[name="' + name + '"]:checked').value;
  function tri(text) { return text === "" ? undefined : text === "true"; }

  // Only what is known goes into the case: an unknown fact is absent, never false. The server needs
  // an id, so an empty reference travels as "caso-web"; the page never shows that id (see stamp()).
  function buildCase() {
    const c = { id: value("case-id") || "caso-web" };
    const conduct = {
      from: value("conduct-from") || undefined,
      to: value("conduct-to") || undefined,
      political: tri(radio("political")),
      event: $("event").value || undefined,
      assemblyMandate: tri($("assembly").value),
      ceased: tri(radio("ceased"))
    };
    if (Object.values(conduct).some((v) => v !== undefined)) { c.conduct = conduct; }
    const state = radio("charges-state");
    if (state === "none") {
      c.charges = [];
    } else if (state === "list") {
      const charges = [...document.querySelectorAll("#charges .charge")]
        .map((row) => {
          const charge = { offense: row.querySelector(".offense").value.trim() };
          if (row.querySelector(".attempt").checked) { charge.attempt = true; }
          const min = row.querySelector(".min-penalty").value;
          if (min !== "") { charge.minPenaltyYears = Number(min); }
          return charge;
        })
        .filter((charge) => charge.offense !== "");
      if (charges.length > 0) { c.charges = charges; }
    }
    const person = { location: $("location").value || undefined, detained: tri($("detained").value),
      military: tri($("military").value), minor: tri($("minor").value) };
    if (Object.values(person).some((v) => v !== undefined)) { c.person = person; }
    const proceeding = { stage: $("stage").value || undefined, aDerecho: tri($("a-derecho").value) };
    if (Object.values(proceeding).some((v) => v !== undefined)) { c.proceeding = proceeding; }
    const request = { filedOn: value("filed-on") || undefined, by: $("filed-by").value || undefined };
    if (Object.values(request).some((v) => v !== undefined)) { c.request = request; }
    if (value("as-of")) { c.asOf = value("as-of"); }
    return c;
  }

  function clearErrors() {
    $("form-error").hidden = true;
    $("form-error").replaceChildren();
    document.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
  }

  // The server names the field at fault (e.g. conduct.from, charges[1].offense): mark it and go there.
  function showError(error) {
    const box = $("form-error");
    const title = document.createElement("strong");
    title.textContent = t("err.title");
    const text = document.createElement("p");
    text.textContent = (error.field ? t("err.field") + " " + error.field + ": " : "") + (lang === "en" ? error.en : error.es);
    box.replaceChildren(title, text);
    box.hidden = false;
    const target = fieldElement(error.field);
    if (target) {
      target.setAttribute("aria-invalid", "true");
      const focusable = target.matches("input, select") ? target : target.querySelector("input, select");
      if (focusable) { focusable.focus(); }
    }
  }

  function fieldElement(field) {
    if (!field) { return null; }
    const charge = /^charges\[(\d+)\]\.(\w+)/.exec(field);
    if (charge) {
      const row = document.querySelectorAll("#charges .charge")[Number(charge[1])];
      if (!row) { return null; }
      return row.querySelector(charge[2] === "minPenaltyYears" ? ".min-penalty" : charge[2] === "attempt" ? ".attempt" : ".offense");
    }
    return document.querySelector('[data-field="' + CSS.escape(field) + '"]');
  }

  async function evaluate(event) {
    event.preventDefault();
    clearErrors();
    const c = buildCase();
    const params = "law=" + encodeURIComponent($("law").value) + "&reading=" + encodeURIComponent($("reading").value);
    let response;
    try {
      response = await fetch("api/check?" + params, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(c)
      });
    } catch (e) {
      showError({ field: "", es: t("err.network"), en: t("err.network") });
      return;
    }
    const body = await response.json();
    if (!response.ok) {
      showError(body.error);
      return;
    }
    lastVerdict = body;
    lastCase = c;
    lastReference = value("case-id");
    evaluations++;
    render(body, c);
    // Focus goes to the result's heading, not to the verdict: the verdict line is the live region
    // and is announced once from there; focusing it too would read it twice.
    $("result-title").focus();
  }

  function item(parent, ...parts) {
    const li = document.createElement("li");
    parts.forEach((p) => li.appendChild(p));
    parent.appendChild(li);
    return li;
  }

  function span(className, text) {
    const s = document.createElement("span");
    s.className = className;
    s.textContent = text;
    return s;
  }

  function textOf(entry) { return lang === "en" ? entry.en : entry.es; }

  const articleList = (articles) => (articles || []).map((a) => "Art. " + a).join(", ");

  function render(v, c) {
    $("placeholder").hidden = true;
    $("verdict-area").hidden = false;
    $("print").disabled = false;

    const box = $("verdict");
    box.className = "verdict verdict-" + v.verdict;
    box.dataset.verdict = v.verdict;
    box.dataset.evaluation = String(evaluations);
    box.querySelector(".verdict-icon").textContent = { ELIGIBLE: "✔", NOT_ELIGIBLE: "✘", UNDETERMINED: "?" }[v.verdict];
    $("verdict-label").textContent = t("verdict." + v.verdict);
    $("verdict-code").textContent = v.verdict;

    // «Applied» only when the case is covered; otherwise these are the articles that decide it.
    $("articles-label").textContent = t(v.verdict === "ELIGIBLE" ? "r.articlesApplied" : "r.articlesDeciding");
    $("articles").textContent = articleList(v.articles);
    $("articles-examined").textContent = articleList(v.articlesExamined);

    stamp(v, c);
    facts(v.facts || []);

    const doubts = $("doubts");
    doubts.replaceChildren();
    v.doubts.forEach((d) => {
      const description = law && law.doubts[d] ? textOf(law.doubts[d]) : d;
      // "D05 (8.12) Fin del numeral…" → "Art. 8.12: Fin del numeral…", the id standing beside it.
      const text = description.replace(/^D\d\d\s*\(([^)]*)\)\s*/, "Art. $1: ");
      const li = item(doubts, span("doubt-id", d), span("doubt-text", text));
      li.dataset.doubt = d;
      const other = v.alternatives && v.alternatives[d];
      if (other) {
        const p = document.createElement("p");
        p.className = "other-reading";
        p.append(t("r.otherReading") + " ", span("alt alt-" + other, t("verdict." + other)));
        li.appendChild(p);
      }
    });
    $("doubts-box").hidden = v.doubts.length === 0;

    const missing = $("missing");
    missing.replaceChildren();
    v.missing.forEach((m) => { item(missing, span("question", textOf(m)), span("fact", m.fact)).dataset.fact = m.fact; });
    $("missing-box").hidden = v.missing.length === 0;

    const findings = $("findings");
    findings.replaceChildren();
    v.findings.forEach((f) => {
      item(findings, span("art", "Art. " + f.article), span("outcome outcome-" + f.outcome, t("outcome." + f.outcome)),
        span("finding-text", textOf(f))).dataset.article = f.article;
    });

    const obligations = $("obligations");
    obligations.replaceChildren();
    v.obligations.forEach((o) => {
      const li = item(obligations, span("art", "Art. " + o.article), span("obligation-text", textOf(o)));
      if (o.article === "11") {
        li.classList.add("deadline");
        li.insertBefore(span("deadline-label", t("r.deadline")), li.children[1]);
      }
    });
    if (v.obligations.length === 0) { item(obligations, span("none", t("r.none"))); }
    // The court's deadline runs only for a covered case: said plainly for ELIGIBLE, as a condition
    // for UNDETERMINED (like the server's obligations), never for NOT_ELIGIBLE.
    const note = $("deadline-note");
    note.textContent = t(v.verdict === "UNDETERMINED" ? "r.noDeadlineIf" : "r.noDeadline");
    note.hidden = v.verdict === "NOT_ELIGIBLE" || v.obligations.some((o) => o.article === "11")
      || Boolean(c.request && c.request.filedOn);

    const timeline = $("timeline");
    const conduct = c.conduct || {};
    let src = "timeline.svg?law=" + encodeURIComponent(v.law) + "&lang=" + lang;
    if (conduct.from) {
      src += "&from=" + encodeURIComponent(conduct.from) + (conduct.to ? "&to=" + encodeURIComponent(conduct.to) : "");
    }
    timeline.src = src;
    $("timeline-link").href = src;
    timeline.alt = t("r.timelineAlt");
  }

  // The facts the verdict rests on, as the server restated them, in the page's language.
  function facts(list) {
    const dl = $("facts");
    dl.replaceChildren();
    list.forEach((f) => {
      const dt = document.createElement("dt");
      dt.textContent = lang === "en" ? f.label_en : f.label_es;
      const dd = document.createElement("dd");
      dd.textContent = lang === "en" ? f.en : f.es;
      dl.append(dt, dd);
    });
    $("facts-box").hidden = list.length === 0;
  }

  // The memo's stamp: the day it was made, the case reference, the law version and the reading.
  function stamp(v, c) {
    const dl = $("memo-stamp");
    dl.replaceChildren();
    const today = new Date();
    const iso = today.getFullYear() + "-" + String(today.getMonth() + 1).padStart(2, "0") + "-" + String(today.getDate()).padStart(2, "0");
    const reference = lastReference || t("stamp.noRef");
    [["stamp.date", iso], ["stamp.case", reference], ["stamp.law", v.law], ["stamp.reading", t("reading." + v.reading)],
      ["stamp.asOf", c.asOf || t("stamp.today")]].forEach(([key, text]) => {
      const dt = document.createElement("dt");
      dt.textContent = t(key);
      const dd = document.createElement("dd");
      dd.textContent = text;
      dd.dataset.stamp = key;
      dl.append(dt, dd);
    });
    dl.hidden = false;
    $("memo-notice").hidden = false;
    pageMargins(reference, iso);
  }

  // A CSS string that no text can break out of: everything but letters, digits and spaces escaped.
  function cssString(text) {
    let out = "";
    for (const ch of text) {
      out += /[A-Za-z0-9 ]/.test(ch) ? ch : "\\" + ch.codePointAt(0).toString(16) + " ";
    }
    return '"' + out + '"';
  }

  // Every printed page carries the case reference, the memo's date, its number and the notice, in the
  // @page margin boxes. The rule is written through the CSSOM into style.css: the page's
  // Content-Security-Policy refuses inline <style>, not the CSSOM.
  const MARGIN_FONT = 'font: 8pt "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #333;';
  let pageRule = null;
  function pageMargins(reference, iso) {
    const sheet = [...document.styleSheets].find((s) => s.href && s.href.endsWith("style.css"));
    if (!sheet) { return; }
    clearPageMargins();
    const [before, between, after] = t("page.number").split(/\{[01]\}/);
    const box = (where, content) => " @" + where + " { content: " + content + "; " + MARGIN_FONT + " }";
    const text = "@page {"
      + box("top-left", cssString(t("page.case", reference)))
      + box("top-right", cssString(t("memo.kicker") + " · " + iso))
      + box("bottom-left", cssString(t("page.notice")))
      + box("bottom-right", cssString(before) + " counter(page) " + cssString(between) + " counter(pages) " + cssString(after || ""))
      + " }";
    try {
      pageRule = sheet.cssRules[sheet.insertRule(text, sheet.cssRules.length)];
    } catch (e) {
      pageRule = null;  // a browser without margin boxes keeps style.css's plain @page
    }
  }

  function clearPageMargins() {
    if (!pageRule || !pageRule.parentStyleSheet) { pageRule = null; return; }
    const sheet = pageRule.parentStyleSheet;
    const index = [...sheet.cssRules].indexOf(pageRule);
    if (index >= 0) { sheet.deleteRule(index); }
    pageRule = null;
  }

  function reset() {
    setTimeout(() => {
      $("charges").replaceChildren();
      clearErrors();
      lastVerdict = null;
      lastCase = null;
      lastReference = "";
      const box = $("verdict");
      box.className = "verdict";
      delete box.dataset.verdict;
      box.querySelector(".verdict-icon").textContent = "";
      $("verdict-label").textContent = "";
      $("verdict-code").textContent = "";
      $("verdict-area").hidden = true;
      $("memo-stamp").hidden = true;
      $("memo-notice").hidden = true;
      clearPageMargins();
      $("placeholder").hidden = false;
      $("print").disabled = true;
    });
  }

  document.addEventListener("DOMContentLoaded", async () => {
    $("lang-switch").addEventListener("click", () => { lang = lang === "es" ? "en" : "es"; applyLabels(); });
    $("add-charge").addEventListener("click", addCharge);
    $("case-form").addEventListener("submit", evaluate);
    $("case-form").addEventListener("reset", reset);
    $("print").addEventListener("click", () => window.print());
    $("print-result").addEventListener("click", () => window.print());
    $("law").addEventListener("change", loadLaw);
    try {
      await loadVersions();
      await Promise.all([loadLaw(), loadOffenses()]);
      document.body.dataset.ready = "true";
    } catch (e) {
      showError({ field: "", es: t("err.network"), en: t("err.network") });
    }
  });
})();
