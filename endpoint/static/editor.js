// The query editor: YASGUI on our endpoint, with our prefixes and example queries.
// Completion (editor-complete.js), the labelled table and error pane
// (editor-results.js) and the chart, graph and timeline views (editor-views.js) are
// registered before this runs.
(function () {
  "use strict";
  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const examples = read("pkg-examples");
  const prefixes = read("pkg-prefixes");
  const box = document.getElementById("yasgui");
  // An absolute URL: YASGUI's error renderers call `new URL(endpoint)`, which throws on
  // "/sparql" and left the results pane blank whenever a query failed.
  const endpoint = new URL(box.dataset.endpoint, window.location.href).href;
  const header = Object.entries(prefixes).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join("\n");
  const yasgui = new Yasgui(box, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: () => [] },
    persistenceId: null,
    yasqe: { value: header + "\n\nSELECT ?s ?label WHERE {\n  ?s a pkg:Policy ; rdfs:label ?label .\n} LIMIT 50\n" },
    yasr: { prefixes: prefixes },
  });
  // YASGUI rejects the promise of a failed query after showing the error in the pane:
  // the rejection is handled here so it never surfaces as an uncaught error.
  const run = (tab) => tab.query().catch(() => undefined);
  document.getElementById("examples").addEventListener("change", (event) => {
    const example = examples.find((e) => e.id === event.target.value);
    if (!example) return;
    const tab = yasgui.getTab();
    tab.setQuery(example.query);
    run(tab);
  });
  // How many times results have been drawn, on the editor's element: a script or a
  // test waiting for a new result waits for this number to grow, not for a table that
  // may still be the previous one.
  box.dataset.drawn = "0";
  yasgui.getTab().getYasr().on("drawn", () => {
    box.dataset.drawn = String(Number(box.dataset.drawn) + 1);
  });
  window.policykgEditor = yasgui;
  window.policykgRun = (query) => { const tab = yasgui.getTab(); tab.setQuery(query); return run(tab); };
})();
