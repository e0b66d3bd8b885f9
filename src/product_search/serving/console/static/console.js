// product-search console: plain DOM over the public API. Every view renders from the URL alone; text from the
// API only ever becomes text nodes (never HTML).
"use strict";

const VIEWS = {};
const KEYS = { read: "product-search.read-key", admin: "product-search.admin-key" };

// -- DOM ---------------------------------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function field(label, input, cls) {
  return el("div", { class: "field" + (cls ? " " + cls : "") }, el("label", { for: input.id, text: label }), input);
}

function table(headers, rows) {
  return el("div", { class: "table" }, el("table", {},
    el("thead", {}, el("tr", {}, headers.map(([text, cls]) => el("th", { class: cls, scope: "col", text })))),
    el("tbody", {}, rows)));
}

function link(params, text) {
  return el("a", { href: "/?" + new URLSearchParams(params).toString(), onclick: navigate, text });
}

function when(seconds) {
  if (!seconds) return "";
  return new Date(seconds * 1000).toISOString().replace("T", " ").slice(0, 19) + " UTC";
}

// -- messages ----------------------------------------------------------------------------------------------

function say(text, details, ok) {
  const box = document.getElementById("message");
  box.className = ok ? "ok" : "";
  box.replaceChildren(...[el("strong", { text }), details ? el("span", { class: "details", text: details }) : null].filter(Boolean));
}

function clearMessage() { say(""); document.getElementById("message").replaceChildren(); }

// A JSON error of the API as lines a person reads: one per invalid field, as `products[3].description: ...`.
function describe(details) {
  const lines = [];
  const walk = (prefix, value) => {
    if (Array.isArray(value) && value.every((v) => typeof v !== "object")) lines.push(`${prefix}: ${value.join("; ")}`);
    else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        walk(/^\d+$/.test(key) ? `${prefix}[${key}]` : prefix && prefix !== "fields" ? `${prefix}.${key}` : key, inner);
      }
    } else lines.push(`${prefix}: ${value}`);
  };
  walk("", details || {});
  return lines.slice(0, 50).join("\n") + (lines.length > 50 ? `\n… and ${lines.length - 50} more` : "");
}

function fail(error) {
  if (error instanceof ApiError) say(`${error.message} (${error.status} ${error.code})`, describe(error.details));
  else say(`The request did not complete: ${error.message || error}`);
}

// -- API ---------------------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, body) {
    const err = (body && body.error) || {};
    super(err.message || `HTTP ${status}`);
    this.status = status;
    this.code = err.code || "error";
    this.details = err.details || {};
  }
}

function authHeader(role) {
  const admin = sessionStorage.getItem(KEYS.admin);
  const key = role === "admin" ? admin : sessionStorage.getItem(KEYS.read) || admin;
  return key ? { Authorization: `Bearer ${key}` } : {};
}

async function api(method, path, body, role) {
  const headers = { Accept: "application/json", ...authHeader(role || "read") };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  let data = null;
  try { data = await response.json(); } catch (_) { data = null; }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

// An upload with progress (fetch reports none): multipart with the file as `file`.
function uploadFile(catalog, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/v1/catalogs/${encodeURIComponent(catalog)}/products`);
    xhr.setRequestHeader("Accept", "application/json");
    for (const [name, value] of Object.entries(authHeader("admin"))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded, e.total); };
    xhr.onload = () => {
      let data = null;
      try { data = JSON.parse(xhr.responseText); } catch (_) { data = null; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data); else reject(new ApiError(xhr.status, data));
    };
    xhr.onerror = () => reject(new Error("network error"));
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

async function catalogNames() {
  try { return (await api("GET", "/v1/catalogs")).catalogs.map((c) => c.name); } catch (_) { return []; }
}

// -- navigation --------------------------------------------------------------------------------------------

function params() { return Object.fromEntries(new URLSearchParams(location.search)); }

function go(next) {
  const query = new URLSearchParams(Object.entries(next).filter(([, v]) => v !== "" && v !== undefined && v !== null));
  history.pushState(null, "", "/?" + query.toString());
  render();
}

function navigate(event) {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  history.pushState(null, "", event.currentTarget.getAttribute("href"));
  render();
}

async function render() {
  const p = params();
  const name = p.view || (p.q ? "search" : "catalogs");
  for (const a of document.querySelectorAll("nav a[data-view]")) {
    if (a.dataset.view === name) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
  const main = document.getElementById("view");
  main.setAttribute("aria-busy", "true");
  clearMessage();
  try {
    await (VIEWS[name] || VIEWS.catalogs)(main, p);
  } catch (error) {
    fail(error);
  } finally {
    main.removeAttribute("aria-busy");
    main.dataset.view = name;
    main.dataset.ready = String(Date.now());
  }
}

// -- views -------------------------------------------------------------------------------------------------

VIEWS.catalogs = async (main) => {
  main.replaceChildren(el("h1", { text: "Catalogs" }));
  const { catalogs } = await api("GET", "/v1/catalogs");
  if (!catalogs.length) {
    main.append(el("p", {}, "No catalog yet: ", link({ view: "upload" }, "upload one"), "."));
    return;
  }
  main.append(table(
    [["Catalog"], ["Products", "num"], ["Version", "num"], ["Language"], ["Model"], ["Last change"], [""]],
    catalogs.map((c) => el("tr", {},
      el("td", {}, link({ view: "products", catalog: c.name }, c.name)),
      el("td", { class: "num", text: c.product_count.toLocaleString("en") }),
      el("td", { class: "num", text: c.version }),
      el("td", { class: "language", title: "as its BMEcat file declared it", text: c.language || "" }),
      el("td", {}, c.model.ref,
        c.fingerprint_matches ? null : el("span", { class: "badge", title: "not servable by this backend" }, " stale")),
      el("td", { text: when(c.updated_at) }),
      el("td", {}, link({ view: "search", catalog: c.name }, "search"))))));
};

VIEWS.products = async (main, p) => {
  const catalog = p.catalog || "";
  main.replaceChildren(el("h1", {}, "Products of ", el("span", { class: "id", text: catalog })));
  const query = new URLSearchParams({ limit: p.limit || "50" });
  if (p.cursor) query.set("cursor", p.cursor);
  const page = await api("GET", `/v1/catalogs/${encodeURIComponent(catalog)}/products?${query}`);
  main.append(table(
    [["Id"], ["Description"], ["Class"], ["Features"], ["Metadata"], ["Updated"]],
    page.products.map((row) => {
      const { classes, features } = row.metadata || {};
      const rest = { ...(row.metadata || {}) };  // what is not shown as class and features, as metadata
      if (Array.isArray(classes)) delete rest.classes;
      if (Array.isArray(features)) delete rest.features;
      return el("tr", {},
        el("td", { class: "id", text: row.id }),
        el("td", { text: row.description }),
        el("td", { class: "classes" }, objects(classes).map((c) => el("div", { title: String(c.system ?? ""), text: [c.id, c.name].filter(Boolean).join(" ") }))),
        el("td", { class: "features" }, objects(features).map((f) => el("div", { text: `${f.name}: ${(Array.isArray(f.values) ? f.values : []).join(", ")}${f.unit ? " " + f.unit : ""}` }))),
        el("td", { class: "metadata", text: Object.keys(rest).length ? JSON.stringify(rest) : "" }),
        el("td", { text: when(row.updated_at) }));
    })));
  main.append(el("div", { class: "pager" },
    p.cursor ? link({ view: "products", catalog }, "First page") : null,
    page.next_cursor ? link({ view: "products", catalog, cursor: page.next_cursor }, "Next page") : null,
    el("span", { class: "muted", text: `${page.products.length} shown` })));
  main.append(synonymsEditor(catalog, await api("GET", `/v1/catalogs/${encodeURIComponent(catalog)}/synonyms`)));
};

// The objects of a list in metadata (a JSON upload may send any shape: other items are not shown as such).
function objects(value) { return Array.isArray(value) ? value.filter((v) => v && typeof v === "object" && !Array.isArray(v)) : []; }

// -- synonyms: one set of equivalent terms per line, its terms separated by commas -------------------------

function setsText(sets) { return sets.map((terms) => terms.join(", ")).join("\n"); }

// The sets of the editor's text with the line each came from (blank lines and empty terms skipped).
function textSets(text) {
  const found = [];
  text.split("\n").forEach((line, i) => {
    const terms = line.split(",").map((t) => t.trim()).filter(Boolean);
    if (terms.length) found.push({ line: i + 1, terms });
  });
  return found;
}

// The API names a field `sets.3.1` (fourth set, second term): the operator reads "line 7, term 2".
function synonymProblems(details, found) {
  const place = (path) => path.replace(/^sets\.(\d+)(?:\.(\d+))?$/, (_, set, term) =>
    `line ${found[Number(set)] ? found[Number(set)].line : Number(set) + 1}${term === undefined ? "" : `, term ${Number(term) + 1}`}`);
  return Object.entries(details.fields || {}).map(([path, messages]) =>
    `${place(path)}: ${[].concat(messages).join("; ").replace(/sets\.\d+(?:\.\d+)?/g, place)}`).join("\n");
}

function synonymsEditor(catalog, current) {
  const area = el("textarea", { id: "synonyms", name: "synonyms", rows: 8, spellcheck: "false",
    "aria-describedby": "synonyms-hint", placeholder: "non-return valve, check valve\nallen key, hex key" });
  area.value = setsText(current.sets);
  const status = el("p", { id: "synonyms-status", role: "status", class: "muted",
    text: `${current.sets.length} sets, catalog version ${current.version}` });
  const form = el("form", { class: "synonyms" },
    field("One set of equivalent terms per line, separated by commas", area, "wide"),
    el("button", { type: "submit", id: "save-synonyms", text: "Save synonyms" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearMessage();
    area.removeAttribute("aria-invalid");
    if (!sessionStorage.getItem(KEYS.admin)) { say("Saving synonyms needs an admin key: enter it under Keys."); return; }
    const found = textSets(area.value);
    try {
      const saved = await api("PUT", `/v1/catalogs/${encodeURIComponent(catalog)}/synonyms`, { sets: found.map((f) => f.terms) }, "admin");
      area.value = setsText(saved.sets);
      status.textContent = `${saved.sets.length} sets, catalog version ${saved.version}`;
      say(`${saved.catalog}: ${saved.sets.length} synonym sets saved, version ${saved.version}`, null, true);
    } catch (error) {
      if (!(error instanceof ApiError) || !error.details.fields) { fail(error); return; }
      area.setAttribute("aria-invalid", "true");
      say(`${error.message} (${error.status} ${error.code})`, synonymProblems(error.details, found));
    }
  });
  return el("section", { "aria-labelledby": "synonyms-title" },
    el("h2", { id: "synonyms-title", text: "Synonyms" }),
    el("p", { id: "synonyms-hint", class: "hint", text: "Terms match whole words, whatever their case, hyphens or plural. " +
      "A term may be in one set only. Saving replaces every set and gives the catalog a new version." }), form, status);
}

function searchForm(p, names, withQueries) {
  const catalog = el("select", { id: "catalog", name: "catalog", required: true },
    names.map((n) => el("option", { value: n, selected: n === p.catalog }, n)));
  if (p.catalog && !names.includes(p.catalog)) catalog.append(el("option", { value: p.catalog, selected: true }, p.catalog));
  const q = el(withQueries ? "textarea" : "input", { id: "q", name: "q", rows: 2, required: true, placeholder: "m8 hex bolt stainless" });
  q.value = p.q || "";
  const topK = el("input", { id: "top_k", name: "top_k", type: "number", min: 1, max: 100, value: p.top_k || 10 });
  const controls = [field("Catalog", catalog), field(withQueries ? "Queries (one per line)" : "Query", q, "wide"),
    field("Top k", topK)];
  if (withQueries) {
    const mode = el("select", { id: "mode", name: "mode" },
      ["hybrid", "dense", "lexical"].map((m) => el("option", { value: m, selected: m === (p.mode || "hybrid") }, m)));
    const filter = el("input", { id: "filter", name: "filter", placeholder: '{"brand": "Makita"}' });
    filter.value = p.filter || "";
    const minScore = el("input", { id: "min_score", name: "min_score", type: "number", step: "0.01", min: 0, max: 1 });
    minScore.value = p.min_score || "";
    controls.push(field("Mode", mode), field("Metadata filter (JSON)", filter, "wide"), field("Min score", minScore));
  }
  const form = el("form", { class: "query", role: "search" }, controls, el("button", { type: "submit" }, withQueries ? "Search" : "Compare"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go({ view: withQueries ? "search" : "compare", ...Object.fromEntries(new FormData(form)) });
  });
  return form;
}

function searchBody(p, mode) {
  const body = { queries: (p.q || "").split("\n").map((s) => s.trim()).filter(Boolean), top_k: Number(p.top_k || 10), mode };
  if (p.min_score) body.min_score = Number(p.min_score);
  if (p.filter) {
    try { body.filter = JSON.parse(p.filter); } catch (_) { throw new ApiError(400, { error: { code: "invalid_filter", message: "the metadata filter is not valid JSON", details: { filter: p.filter } } }); }
  }
  return body;
}

// The description as text with every identifier the query was read to hold marked where it occurs
// (its normalized value or its typed form, separators between characters optional).
function highlighted(description, reading) {
  const patterns = [];
  for (const id of (reading && reading.identifiers) || []) {
    for (const form of new Set([id.value, id.text])) {
      const chars = [...form.replace(/[\s\-./]/g, "")].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      if (chars.length) patterns.push(chars.join("[\\s\\-./]?"));
    }
  }
  if (!patterns.length) return [description];
  const re = new RegExp(`(${patterns.join("|")})`, "gi");
  return description.split(re).map((part, i) => (i % 2 ? el("mark", { text: part }) : part));
}

function signalBar(name, value) {
  const pct = Math.max(0, Math.min(1, value)) * 100;
  return el("span", {}, `${name} ${value.toFixed(3)} `,
    el("span", { class: "bar", role: "img", "aria-label": `${name} ${value.toFixed(3)}` }, el("span", { style: null, "data-pct": pct.toFixed(0) })));
}

function hitList(hits, reading) {
  if (!hits.length) return el("p", { class: "muted", text: "No product matched." });
  return el("ol", { class: "hits" }, hits.map((hit, i) => el("li", { class: "hit", "data-id": hit.id },
    el("div", { class: "head" },
      el("span", { class: "rank", text: `#${i + 1}` }),
      el("span", { class: "id", text: hit.id }),
      hit.matched.map((m) => el("span", { class: `badge ${m}`, text: m })),
      el("span", { class: "score", title: "the order's score (never rises down the list); the product's own similarity is a signal", text: hit.score.toFixed(4) })),
    el("p", { class: "description" }, highlighted(hit.description, reading)),
    el("div", { class: "signals" }, Object.entries(hit.signals).map(([n, v]) => signalBar(n, v))),
    hit.metadata ? el("div", { class: "metadata", text: JSON.stringify(hit.metadata) }) : null)));
}

function readingLine(reading) {
  if (!reading) return null;
  const chips = [
    ...reading.identifiers.map((id) => el("span", { class: "badge identifier", title: `${id.kind}${id.strong ? ", strong" : ""}`, text: `${id.text} → ${id.value}` })),
    ...reading.types.map((t) => el("span", { class: "badge type", text: t })),
    ...(reading.synonyms || []).map((s) => el("span", { class: "badge synonym", title: "a synonym of this catalog", text: `${s.term} = ${s.equivalents.join(", ")}` })),
  ];
  return el("div", { class: "reading" }, el("span", { class: "muted", text: "Read as:" }), chips.length ? chips : el("span", { class: "muted", text: "words only" }));
}

// Bars get their width after insertion: the page's policy forbids inline style attributes.
function sizeBars(root) {
  for (const bar of root.querySelectorAll(".bar > span[data-pct]")) bar.style.width = `${bar.dataset.pct}%`;
}

VIEWS.search = async (main, p) => {
  const names = await catalogNames();
  main.replaceChildren(el("h1", { text: "Search" }), searchForm({ catalog: names[0], ...p }, names, true));
  if (!p.catalog || !p.q) return;
  const mode = p.mode || "hybrid";
  const response = await api("POST", `/v1/catalogs/${encodeURIComponent(p.catalog)}/search`, searchBody(p, mode));
  const queries = searchBody(p, mode).queries;
  const out = el("section", { id: "results", "aria-label": "Results" },
    el("p", { class: "muted", text: `${response.catalog} v${response.version}, ${response.mode}, model ${response.model.ref} (${response.model.fingerprint})` }),
    response.results.map((hits, i) => el("div", { class: "query-results" },
      el("h2", { text: queries[i] }), readingLine(response.readings[i]), hitList(hits, response.readings[i]))));
  main.append(out);
  sizeBars(out);
};

VIEWS.compare = async (main, p) => {
  const names = await catalogNames();
  main.replaceChildren(el("h1", { text: "Compare modes" }), searchForm({ catalog: names[0], ...p }, names, false));
  if (!p.catalog || !p.q) return;
  const modes = ["dense", "lexical", "hybrid"];
  const path = `/v1/catalogs/${encodeURIComponent(p.catalog)}/search`;
  const answers = await Promise.all(modes.map((m) => api("POST", path, { ...searchBody({ ...p, q: p.q.split("\n")[0] }, m) })));
  const out = el("section", { class: "columns", id: "results", "aria-label": "Results by mode" },
    answers.map((a, i) => el("div", { "data-mode": modes[i] }, el("h2", { text: modes[i] }), readingLine(a.readings[0]), hitList(a.results[0], a.readings[0]))));
  main.append(out);
  sizeBars(out);
};

VIEWS.upload = async (main, p) => {
  const catalog = el("input", { id: "upload-catalog", name: "catalog", required: true, value: p.catalog || "" });
  const file = el("input", { id: "upload-file", name: "file", type: "file", accept: ".csv,.jsonl,.ndjson,.json,.xml,text/csv,application/xml,text/xml", required: true });
  const bar = el("progress", { id: "upload-progress", max: 1, value: 0, hidden: true, "aria-label": "Upload progress" });
  const status = el("p", { id: "upload-status", role: "status" });
  const form = el("form", { class: "query" }, field("Catalog", catalog), field("CSV (id, description, …), JSON Lines or BMEcat (XML) file", file, "wide"),
    el("button", { type: "submit", text: "Upload" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearMessage();
    if (!sessionStorage.getItem(KEYS.admin)) { say("Uploads need an admin key: enter it under Keys."); return; }
    bar.hidden = false; bar.value = 0; status.textContent = "Sending…";
    try {
      const result = await uploadFile(catalog.value, file.files[0], (done, total) => {
        bar.value = done / total;
        status.textContent = done < total ? `Sending ${Math.round((100 * done) / total)} %` : "Encoding and indexing…";
      });
      bar.value = 1;
      status.textContent = "";
      say(`${result.catalog}: ${result.upserted} products ${result.created ? "in a new catalog" : "upserted"}, version ${result.version}` +
        (result.truncated ? ` (${result.truncated} descriptions cut at the model's length)` : ""), null, true);
      status.append(link({ view: "products", catalog: result.catalog }, "Browse the catalog"), " · ", link({ view: "search", catalog: result.catalog }, "Search it"));
      if (result.bmecat) status.append(fileRead(result));
    } catch (error) {
      status.textContent = "";
      bar.hidden = true;
      fail(error);
    }
  });
  main.replaceChildren(el("h1", { text: "Upload products" }), form, bar, status,
    el("p", { class: "hint", text: "All or nothing: a file with an invalid row changes nothing and lists the rows to fix." }));
};

// What an uploaded BMEcat file was read as: its transaction, counts, products per class and feature, what was
// skipped and why, and warnings (a catalog not in English).
function fileRead(result) {
  const read = result.bmecat;
  const counts = (object, label) => table([[label], ["Products", "num"]],
    Object.entries(object).map(([name, n]) => el("tr", {}, el("td", { text: name }), el("td", { class: "num", text: n }))));
  return el("section", { id: "file-read", "aria-label": "What the file was read as" },
    el("h2", { text: "What was read" }),
    facts({
      "BMEcat": `${read.bmecat_version} ${read.transaction}`, "Catalog id": read.catalog_id || "", "Language": read.language || "",
      "Articles": read.articles, "Upserted": result.upserted, "Deleted": result.deleted, "Price updates": read.price_updates,
      "Skipped": read.skipped,
    }),
    read.warnings.length ? el("ul", { class: "warnings" }, read.warnings.map((w) => el("li", { text: w }))) : null,
    read.skipped_elements.length ? table([["Skipped"], ["Reason"]], read.skipped_elements.map((s) =>
      el("tr", {}, el("td", { class: "id", text: s.element }), el("td", { text: s.reason })))) : null,
    Object.keys(read.classes).length ? counts(read.classes, "Class") : el("p", { class: "muted", text: "No class given." }),
    Object.keys(read.features).length ? counts(read.features, "Feature") : null);
}

VIEWS.models = async (main) => {
  main.replaceChildren(el("h1", { text: "Models" }));
  const models = await api("GET", "/v1/models");
  main.append(el("p", { class: "muted", text: `Default: ${models.default}` }), table(
    [["Version"], ["Aliases"], ["Fingerprint"], ["Dimension", "num"], ["Loaded"], ["Added"]],
    models.models.map((m) => el("tr", {},
      el("td", { class: "id", text: m.ref }), el("td", { text: m.aliases.join(", ") }),
      el("td", { class: "id", text: m.fingerprint }), el("td", { class: "num", text: m.dimension }),
      el("td", { text: m.loaded ? "yes" : "no" }), el("td", { text: when(m.created_at) })))));
  main.append(el("h2", { text: "Migrations" }));
  const { catalogs } = await api("GET", "/v1/catalogs");
  const rows = [];
  for (const c of catalogs) {
    const { migrations } = await api("GET", `/v1/catalogs/${encodeURIComponent(c.name)}/migrations`);
    for (const m of migrations) {
      const shadow = m.shadow && m.shadow.queries
        ? `${m.shadow.queries} queries: top-1 agreement ${m.shadow.top1_agreement}, overlap@10 ${m.shadow.overlap_at_10}` : "";
      rows.push(el("tr", {},
        el("td", { text: c.name }), el("td", { text: `${m.from.ref} → ${m.to.ref}` }),
        el("td", { text: m.state }), el("td", {}, el("progress", { max: Math.max(m.total, 1), value: m.done, "aria-label": `${m.done} of ${m.total}` }), ` ${m.done}/${m.total}`),
        el("td", { text: m.eta_seconds ? `${Math.round(m.eta_seconds)} s` : "" }), el("td", { text: shadow || (m.error || "") })));
    }
  }
  main.append(rows.length ? table([["Catalog"], ["From → to"], ["State"], ["Progress"], ["ETA"], ["Shadow / error"]], rows)
    : el("p", { class: "muted", text: "No migration." }));
};

function facts(object) {
  return el("dl", { class: "facts" }, Object.entries(object || {}).flatMap(([k, v]) =>
    [el("dt", { text: k }), el("dd", { text: typeof v === "object" ? JSON.stringify(v) : String(v) })]));
}

VIEWS.keys = async (main) => {
  main.replaceChildren(el("h1", { text: "API keys" }),
    el("p", { class: "hint" }, "Keys kept in the store (create and rotate them with ",
      el("code", { text: "product-search keys" }), " or POST /v1/keys). A revoked key stops on every worker within a second."));
  const { keys } = await api("GET", "/v1/keys", undefined, "admin");
  if (!keys.length) { main.append(el("p", { text: "No stored key: only the environment's keys work." })); return; }
  main.append(table(
    [["Id"], ["Name"], ["State"], ["Actions"], ["Catalogs"], ["Created"], ["Expires"], ["Last used"], [""]],
    keys.map((k) => {
      const revoke = el("button", { type: "button", class: "revoke", text: "Revoke" });
      revoke.disabled = k.state === "revoked";
      revoke.addEventListener("click", async () => {
        if (!confirm(`Revoke key ${k.id} (${k.name})? Requests with it fail within a second.`)) return;
        try {
          await api("POST", `/v1/keys/${encodeURIComponent(k.id)}/revoke`, undefined, "admin");
          await render();
          say(`Key ${k.id} revoked.`, null, true);
        } catch (error) { fail(error); }
      });
      return el("tr", { "data-key": k.id },
        el("td", { class: "id", text: k.id }),
        el("td", { text: k.name }),
        el("td", { class: `state ${k.state}`, text: k.state }),
        el("td", { text: k.actions.join(", ") }),
        el("td", { text: k.catalogs.join(", ") }),
        el("td", { text: when(k.created_at) }),
        el("td", { text: k.expires_at ? when(k.expires_at) : "never" }),
        el("td", { text: k.last_used_at ? when(k.last_used_at) : "" }),
        el("td", {}, revoke));
    })));
};

VIEWS.health = async (main) => {
  main.replaceChildren(el("h1", { text: "Health" }));
  let ready;
  try { ready = await api("GET", "/readyz"); } catch (error) { ready = { status: `not ready: ${error.message}`, details: error.details }; }
  main.append(el("h2", { text: `Readiness: ${ready.status}` }), facts(ready.details));
  const info = await api("GET", "/v1/info");
  main.append(el("p", { class: "muted", text: `${info.service} ${info.version}` }),
    el("h2", { text: "Model" }), facts(info.model), el("h2", { text: "Limits" }), facts(info.limits),
    el("h2", { text: "This worker" }), facts(info.process));
};

// -- keys --------------------------------------------------------------------------------------------------

function setUpKeys() {
  const form = document.getElementById("keys");
  form.read.value = sessionStorage.getItem(KEYS.read) || "";
  form.admin.value = sessionStorage.getItem(KEYS.admin) || "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    for (const role of ["read", "admin"]) {
      if (form[role].value) sessionStorage.setItem(KEYS[role], form[role].value); else sessionStorage.removeItem(KEYS[role]);
    }
    form.closest("details").open = false;
    render();
  });
  document.getElementById("forget-keys").addEventListener("click", () => {
    sessionStorage.removeItem(KEYS.read);
    sessionStorage.removeItem(KEYS.admin);
    form.reset();
    render();
  });
}

document.addEventListener("DOMContentLoaded", () => {
  for (const a of document.querySelectorAll("nav a[data-view], a.brand")) a.addEventListener("click", navigate);
  window.addEventListener("popstate", render);
  setUpKeys();
  render();
});
