// The roster view: an NGO's sheet (CSV, XLSX or JSONL) is dropped, its column map proposed by the
// server (/api/roster/columns) and shown, editable, then the roster evaluated on this machine
// (/api/roster/evaluate), summarised, and offered back as the annotated sheet and the rejects.
// Texts from the server are inserted as text, never as HTML; the file never leaves this computer.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  let file = null;        // {name, bytes} of the roster chosen
  let proposal = null;    // the last /api/roster/columns answer, re-rendered when the language changes
  let result = null;      // the last /api/roster/evaluate answer

  const lang = () => (document.documentElement.lang === "en" ? "en" : "es");
  function t(key, arg) {
    const text = (I18N[lang()] && I18N[lang()][key]) || I18N.es[key] || key;
    return arg === undefined ? text : text.replace("{0}", () => arg);
  }
  const pick = (pair) => (lang() === "en" ? pair.en : pair.es);

  function show(view) {
    const roster = view === "roster";
    $("case-form").hidden = roster;
    $("result").hidden = roster;
    $("roster-view").hidden = !roster;
    $("view-case").setAttribute("aria-pressed", String(!roster));
    $("view-roster").setAttribute("aria-pressed", String(roster));
    document.querySelector("main").classList.toggle("roster-shown", roster);
    (roster ? $("roster-title") : $("case-form").querySelector("input, select")).focus();
  }

  function error(message) {
    const box = $("roster-error");
    if (!message) { box.hidden = true; box.replaceChildren(); return; }
    const strong = document.createElement("strong");
    strong.textContent = t("roster.errorTitle");
    const p = document.createElement("p");
    p.textContent = message;
    box.replaceChildren(strong, p);
    box.hidden = false;
  }

  function errorOf(body) {
    const e = body && body.error;
    return e ? (e.field ? e.field + ": " : "") + pick(e) : t("err.network");
  }

  async function choose(chosen) {
    if (!chosen) { return; }
    error(null);
    $("roster-result").hidden = true;
    file = { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) };
    let response;
    try {
      response = await fetch("api/roster/columns?name=" + encodeURIComponent(file.name), {
        method: "POST", headers: { "Content-Type": "application/octet-stream" }, body: file.bytes
      });
    } catch (e) {
      error(t("err.network"));
      return;
    }
    const body = await response.json();
    if (!response.ok) { error(errorOf(body)); return; }
    proposal = body;
    $("mapping-yaml").value = body.yaml;
    renderMapping();
    $("mapping").hidden = false;
    $("mapping-title").focus();
  }

  function cell(row, text, header) {
    const c = document.createElement(header ? "th" : "td");
    if (header) { c.scope = "row"; }
    c.textContent = text;
    row.appendChild(c);
    return c;
  }

  function renderMapping() {
    if (!proposal) { return; }
    const body = $("mapping-table").tBodies[0];
    body.replaceChildren();
    proposal.columns.forEach((c) => {
      const row = document.createElement("tr");
      row.dataset.header = c.header;
      cell(row, c.letter, true);
      cell(row, c.header);
      cell(row, c.field || t("mapping.ignored")).className = c.field ? "field-name" : "ignored";
      cell(row, pick(c));
      body.appendChild(row);
    });
    if (proposal.format === "jsonl") {
      const row = document.createElement("tr");
      const td = document.createElement("td");
      td.colSpan = 4;
      td.textContent = t("mapping.jsonl");
      row.appendChild(td);
      body.appendChild(row);
    }
    const doubts = $("mapping-doubts");
    doubts.replaceChildren();
    proposal.doubts.forEach((d) => {
      const li = document.createElement("li");
      li.textContent = pick(d);
      doubts.appendChild(li);
    });
    $("mapping-doubts-box").hidden = proposal.doubts.length === 0;
    offer($("mapping-download"), new Blob([$("mapping-yaml").value], { type: "application/yaml" }), "mapa-columnas.yaml");
  }

  // base64 of the file's bytes, in slices (a 10 MiB sheet is too long for one String.fromCharCode call).
  function base64(bytes) {
    let text = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(text);
  }

  function bytesOf(data) {
    const text = atob(data);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
    return bytes;
  }

  function offer(link, blob, name) {
    const url = URL.createObjectURL(blob);
    const old = link.dataset.url;
    if (old) { URL.revokeObjectURL(old); }
    link.href = url;
    link.dataset.url = url;
    link.download = name;
  }

  async function evaluate() {
    if (!file) { return; }
    error(null);
    const button = $("roster-evaluate");
    button.disabled = true;
    const params = "law=" + encodeURIComponent($("roster-law").value) + "&reading=" + encodeURIComponent($("roster-reading").value);
    let response;
    try {
      response = await fetch("api/roster/evaluate?" + params, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name: file.name, file: base64(file.bytes), columns: $("mapping-yaml").value })
      });
    } catch (e) {
      button.disabled = false;
      error(t("err.network"));
      return;
    }
    const body = await response.json();
    button.disabled = false;
    if (!response.ok) { error(errorOf(body)); return; }
    result = body;
    offer($("sheet-download"), new Blob([bytesOf(body.sheet.data)],
      { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), body.sheet.name);
    offer($("rejects-download"), new Blob([bytesOf(body.rejects.data)], { type: "text/csv" }), body.rejects.name);
    renderResult();
    $("roster-result").hidden = false;
    $("roster-result-title").focus();
  }

  function table(id, counts, label) {
    const body = $(id).tBodies[0];
    body.replaceChildren();
    const entries = Object.entries(counts || {});
    entries.forEach(([key, n]) => {
      const row = document.createElement("tr");
      row.dataset.key = key;
      cell(row, label ? label(key) : key, true);
      cell(row, n.toLocaleString(lang())).className = "count";
      body.appendChild(row);
    });
    if (entries.length === 0) {
      const row = document.createElement("tr");
      cell(row, t("r.none"));
      body.appendChild(row);
    }
  }

  function renderResult() {
    if (!result) { return; }
    const s = result.summary;
    $("roster-counts").textContent = t("sum.counts").replace("{rows}", s.rows.toLocaleString(lang()))
      .replace("{verdicts}", s.verdicts.toLocaleString(lang())).replace("{rejects}", s.rejects.toLocaleString(lang()));
    $("roster-counts").dataset.rows = s.rows;
    $("roster-counts").dataset.verdicts = s.verdicts;
    $("roster-counts").dataset.rejects = s.rejects;
    table("by-verdict", s.byVerdict, (v) => t("verdict." + v) + " (" + v + ")");
    table("by-article", s.byArticle, (a) => "Art. " + a);
    table("by-doubt", s.byDoubt);
    table("by-reject", s.byRejectReason);
    const columns = s.columns;
    const note = $("roster-columns-note");
    note.textContent = "";
    if (columns) {
      const ignored = Object.keys(columns.ignored);
      note.textContent = (ignored.length ? t("sum.ignored", ignored.map((h) => "«" + h + "»").join(", ")) + " " : "")
        + (columns.conductDateFrom ? t("sum.conductDateFrom", columns.conductDateFrom) : "");
    }
    note.hidden = note.textContent === "";
  }

  async function loadVersions() {
    const response = await fetch("api/versions", { headers: { Accept: "application/json" } });
    const data = await response.json();
    const select = $("roster-law");
    data.versions.forEach((id) => select.add(new Option(id, id, id === data.default, id === data.default)));
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("view-case").addEventListener("click", () => show("case"));
    $("view-roster").addEventListener("click", () => show("roster"));
    $("roster-file").addEventListener("change", (e) => choose(e.target.files[0]));
    const zone = $("drop-zone");
    zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      zone.classList.remove("over");
      choose(e.dataTransfer.files[0]);
    });
    $("mapping-yaml").addEventListener("input", () => offer($("mapping-download"),
      new Blob([$("mapping-yaml").value], { type: "application/yaml" }), "mapa-columnas.yaml"));
    $("roster-evaluate").addEventListener("click", evaluate);
    document.addEventListener("amnistia:lang", () => { renderMapping(); renderResult(); });
    loadVersions().catch(() => error(t("err.network")));
  });
})();
