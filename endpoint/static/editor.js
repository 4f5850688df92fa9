// The query editor: YASGUI on our endpoint, our prefixes, example queries, and class and
// property completion from the local ontology (the remote LOV autocompleter is removed:
// no network at run time).
(function () {
  "use strict";
  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const examples = read("pkg-examples");
  const prefixes = read("pkg-prefixes");
  const terms = read("pkg-terms");
  const box = document.getElementById("yasgui");
  const local = (name, list) => ({
    name: name, bulk: true, autoShow: false, persistenceId: null,
    get: () => list,
  });
  if (window.Yasgui && Yasgui.Yasqe) {
    Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
    Yasgui.Yasqe.registerAutocompleter(local("pkg-classes", terms.classes));
    Yasgui.Yasqe.registerAutocompleter(local("pkg-properties", terms.properties));
  }
  const header = Object.entries(prefixes).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join("\n");
  const yasgui = new Yasgui(box, {
    requestConfig: { endpoint: box.dataset.endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: () => [] },
    persistenceId: null,
    yasqe: { value: header + "\n\nSELECT ?s ?label WHERE {\n  ?s a pkg:Policy ; rdfs:label ?label .\n} LIMIT 50\n" },
  });
  document.getElementById("examples").addEventListener("change", (event) => {
    const example = examples.find((e) => e.id === event.target.value);
    if (!example) return;
    const tab = yasgui.getTab();
    tab.setQuery(example.query);
    tab.query();
  });
  window.policykgEditor = yasgui;
})();
