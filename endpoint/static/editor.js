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
  // A bar chart of results with a label column and a numeric column (no remote chart
  // library: YASR's Google-charts plugin would need the network).
  class ChartPlugin {
    constructor(yasr) { this.yasr = yasr; this.priority = 5; this.label = "Chart"; }
    columns() {
      const data = this.yasr.results && this.yasr.results.getBindings
        ? this.yasr.results.getBindings() : [];
      const vars = this.yasr.results ? this.yasr.results.getVariables() : [];
      const numeric = vars.find((v) => data.length && data.every(
        (row) => row[v] && !isNaN(parseFloat(row[v].value))));
      const label = vars.find((v) => v !== numeric);
      return { data, numeric, label };
    }
    canHandleResults() {
      const c = this.columns();
      return Boolean(c.numeric && c.label && c.data.length);
    }
    draw() {
      const { data, numeric, label } = this.columns();
      const max = Math.max(...data.map((row) => parseFloat(row[numeric].value)), 1);
      const chart = document.createElement("div");
      chart.className = "pkg-chart";
      data.slice(0, 100).forEach((row) => {
        const value = parseFloat(row[numeric].value);
        const line = document.createElement("div");
        line.className = "bar-row";
        const name = document.createElement("span");
        name.textContent = row[label] ? row[label].value : "";
        const bar = document.createElement("span");
        bar.className = "bar";
        bar.style.width = Math.max(2, (300 * value) / max) + "px";
        const number = document.createElement("span");
        number.textContent = String(value);
        line.append(name, bar, number);
        chart.append(line);
      });
      this.yasr.resultsEl.append(chart);
    }
    getIcon() {
      const icon = document.createElement("span");
      icon.textContent = "▮";
      return icon;
    }
  }
  if (window.Yasgui && Yasgui.Yasr) Yasgui.Yasr.registerPlugin("Chart", ChartPlugin);
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
