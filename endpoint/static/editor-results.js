// What the results pane shows: errors with the server's status and message, and a table
// that names things. The table asks /api/labels for the IRIs of a result set once it is
// drawn (one POST per 500 IRIs, cached), then redraws its cells with the label first and
// the IRI beside it; typed literals show their value alone (`1`, the datatype in a
// tooltip). IRIs under the base link to this server's pages (links.js); the IRI shown
// stays the canonical one, so what a user copies is the real identifier.
(function () {
  "use strict";
  if (!window.Yasgui || !Yasgui.Yasr) return;
  const box = document.getElementById("yasgui");
  const cache = new Map(); // IRI -> label, or null when the graph has none
  const BATCH = 500;

  function escape(text) {
    return String(text).replace(/[&<>"']/g, (c) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  }
  // Resolves once every IRI given has a cache entry (a failed look-up leaves IRIs bare).
  function fetchLabels(iris) {
    const missing = [...new Set(iris)].filter((iri) => !cache.has(iri));
    const batches = [];
    for (let i = 0; i < missing.length; i += BATCH) batches.push(missing.slice(i, i + BATCH));
    return Promise.all(batches.map((batch) => fetch(box.dataset.labelsApi, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ iris: batch }),
    }).then((r) => (r.ok ? r.json() : { labels: {} })).then((data) => {
      batch.forEach((iri) => cache.set(iri, data.labels[iri] || null));
    }).catch(() => batch.forEach((iri) => cache.set(iri, null))))).then(() => cache);
  }
  function iriValues(results) {
    const rows = results && results.getBindings ? results.getBindings() || [] : [];
    const out = [];
    rows.forEach((row) => Object.values(row).forEach((cell) => {
      if (cell && cell.type === "uri") out.push(cell.value);
    }));
    return out;
  }
  function compact(iri, prefixes) {
    for (const [prefix, namespace] of Object.entries(prefixes || {})) {
      if (namespace && iri.startsWith(namespace)) return prefix + ":" + iri.slice(namespace.length);
    }
    return iri;
  }
  // An IRI as a link: its label when the graph has one, else its compact form.
  function iriHtml(iri, prefixes) {
    const label = cache.get(iri);
    const shown = compact(iri, prefixes);
    const href = window.PolicyKG.localHref(iri);
    const away = href === iri && !window.PolicyKG.isOurs(iri)
      ? " target='_blank' rel='noopener noreferrer'" : "";
    const link = `<a class='iri' href='${escape(href)}' title='${escape(iri)}'${away}>` +
      `${escape(label || shown)}</a>`;
    return label ? `${link} <small class='pkg-iri'>${escape(shown)}</small>` : link;
  }
  function literalHtml(cell) {
    const value = escape(cell.value);
    if (cell["xml:lang"]) return `${value}<sup class='pkg-lang'>@${escape(cell["xml:lang"])}</sup>`;
    if (cell.datatype) return `<span title='${escape(cell.datatype)}'>${value}</span>`;
    return value;
  }

  const Table = Yasgui.Yasr.plugins.table;
  class LabelledTable extends Table {
    getUriLinkFromBinding(cell, prefixes) { return iriHtml(cell.value, prefixes); }
    formatLiteral(cell) { return literalHtml(cell); }
    draw(config) {
      super.draw(config);
      const results = this.yasr.results;
      const iris = iriValues(results).filter((iri) => !cache.has(iri));
      if (!iris.length) return;
      fetchLabels(iris).then(() => {
        if (this.yasr.results !== results || !this.dataTable) return;
        this.dataTable.rows().invalidate("data").draw(false);
        this.yasr.rootEl.classList.add("pkg-labelled");
      });
    }
  }
  Yasgui.Yasr.registerPlugin("table", LabelledTable);

  // The server answers errors as {"status", "error", "message"} (JSON was asked for) or
  // as "400 Bad Request: message" text; YASQE hands us that body as the error's text.
  function parseError(error) {
    const text = error && error.text ? String(error.text) : "";
    try {
      const body = JSON.parse(text);
      if (body && typeof body === "object" && "message" in body) {
        return { status: body.status, title: body.error, message: body.message };
      }
    } catch (e) { /* not JSON: try the text form */ }
    const plain = /^(\d{3}) ([^:\n]+): ?([\s\S]*)$/.exec(text.trim());
    if (plain) return { status: Number(plain[1]), title: plain[2], message: plain[3] };
    if (error && error.status) return { status: error.status, title: error.statusText, message: text };
    return { status: null, title: null, message: text };
  }
  function renderError(error) {
    const parsed = parseError(error);
    const el = document.createElement("div");
    el.className = "pkg-error";
    const head = document.createElement("p");
    head.className = "pkg-error-status";
    const body = document.createElement("pre");
    body.className = "pkg-error-message";
    if (parsed.status) {
      head.textContent = `${parsed.status} ${parsed.title || ""}`.trim();
      body.textContent = parsed.message;
    } else {
      head.textContent = "Không kết nối được · No answer from the endpoint";
      body.textContent = parsed.message || "The request failed before the server answered.";
    }
    el.append(head, body);
    return Promise.resolve(el);
  }
  Yasgui.Yasr.defaults.errorRenderers = [renderError];

  window.PolicyKG = Object.assign(window.PolicyKG || {}, {
    fetchLabels: fetchLabels, labelOf: (iri) => cache.get(iri) || null,
  });
})();
