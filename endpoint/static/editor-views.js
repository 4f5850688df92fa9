// Result views beyond the table, all drawn here from vendored libraries (YASR's own chart
// plugin loads Google Charts from the network): a bar chart whose label and value
// columns the user picks, a graph of the IRIs in each row (cytoscape, fCoSE layout) and
// a timeline of the rows' date columns (vis-timeline). Names come from the same label
// look-up as the table (editor-results.js).
(function () {
  "use strict";
  if (!window.Yasgui || !Yasgui.Yasr) return;
  const XSD = "http://www.w3.org/2001/XMLSchema#";
  const NUMERIC = ["integer", "decimal", "double", "float", "int", "long", "short",
    "nonNegativeInteger", "positiveInteger", "unsignedInt"].map((t) => XSD + t);
  const DATES = ["date", "dateTime", "gYear", "gYearMonth"].map((t) => XSD + t);
  const DATE_TEXT = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

  function table(yasr) {
    const results = yasr.results;
    if (!results || !results.getBindings || !results.getBindings()) return { vars: [], rows: [] };
    return { vars: results.getVariables() || [], rows: results.getBindings() };
  }
  const isNumber = (cell) => Boolean(cell) && cell.type !== "uri" && !DATES.includes(cell.datatype) &&
    (NUMERIC.includes(cell.datatype) || (cell.value.trim() !== "" && !isNaN(Number(cell.value))));
  const isDate = (cell) => Boolean(cell) && cell.type !== "uri" &&
    (DATES.includes(cell.datatype) || DATE_TEXT.test(cell.value.trim()));
  const isNode = (cell) => Boolean(cell) && (cell.type === "uri" || cell.type === "bnode");
  // Columns whose every filled cell passes the test (and at least one is filled).
  function columns(data, test) {
    return data.vars.filter((v) => {
      const cells = data.rows.map((row) => row[v]).filter(Boolean);
      return cells.length > 0 && cells.every(test);
    });
  }
  function name(cell) {
    if (!cell) return "";
    if (cell.type === "uri") return window.PolicyKG.labelOf(cell.value) || shortIri(cell.value);
    return cell.value;
  }
  function shortIri(iri) { return iri.replace(/[/#]$/, "").split(/[/#]/).pop() || iri; }
  function withLabels(data) {
    const iris = [];
    data.rows.forEach((row) => Object.values(row).forEach((c) => c.type === "uri" && iris.push(c.value)));
    return window.PolicyKG.fetchLabels(iris);
  }
  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }
  function picker(label, options, chosen, onChange) {
    const wrap = element("label", "pkg-picker", label + " ");
    const select = element("select");
    options.forEach((o) => { const opt = element("option", "", "?" + o); opt.value = o; select.append(opt); });
    select.value = chosen;
    select.addEventListener("change", () => onChange(select.value));
    wrap.append(select);
    return wrap;
  }
  function icon(text) { return element("span", "", text); }

  class ChartPlugin {
    constructor(yasr) { this.yasr = yasr; this.priority = 5; this.label = "Chart"; this.axes = {}; }
    canHandleResults() {
      const data = table(this.yasr);
      return data.rows.length > 0 && columns(data, isNumber).length > 0 && data.vars.length > 1;
    }
    draw() {
      const data = table(this.yasr);
      const values = columns(data, isNumber);
      const value = values.includes(this.axes.value) ? this.axes.value : values[values.length - 1];
      const labels = data.vars.filter((v) => v !== value);
      const label = labels.includes(this.axes.label) ? this.axes.label : labels[0];
      const root = element("div", "pkg-chart");
      const tools = element("div", "pkg-tools");
      tools.append(
        picker("Nhãn · label", labels, label, (v) => { this.axes.label = v; this.redraw(); }),
        picker("Giá trị · value", values, value, (v) => { this.axes.value = v; this.redraw(); }));
      root.append(tools);
      this.yasr.resultsEl.append(root);
      withLabels(data).then(() => {
        const bars = this.bars(data, label, value);
        const max = Math.max(...bars.map((b) => Math.abs(b.amount)), 1);
        bars.forEach((b) => {
          const line = element("div", "bar-row");
          const bar = element("span", "bar");
          bar.style.width = Math.max(2, (100 * Math.abs(b.amount)) / max) + "%";
          const track = element("span", "bar-track");
          track.append(bar);
          line.append(element("span", "bar-label", b.name), track,
            element("span", "bar-value", b.amount.toLocaleString("vi-VN")));
          line.title = b.name + ": " + b.amount;
          root.append(line);
        });
      });
    }
    // One bar per row, or per label with the values summed when labels repeat (a
    // column of organisations in pairs gives each organisation's total).
    bars(data, label, value) {
      const rows = data.rows.filter((row) => row[value]);
      const names = rows.map((row) => name(row[label]));
      if (new Set(names).size === names.length) {
        return rows.slice(0, 200).map((row, i) => ({ name: names[i], amount: Number(row[value].value) }));
      }
      const sums = new Map();
      rows.forEach((row, i) => sums.set(names[i], (sums.get(names[i]) || 0) + Number(row[value].value)));
      return [...sums].map(([n, amount]) => ({ name: n, amount: amount }))
        .sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name, "vi")).slice(0, 200);
    }
    redraw() { this.yasr.resultsEl.replaceChildren(); this.draw(); }
    getIcon() { return icon("▮"); }
  }

  // The columns whose cells become nodes: the IRI columns when some row has two of them;
  // in a result without IRIs, the text columns (names, as in the co-participation
  // example), so a result of pairs of names is a graph too.
  function nodeColumns(data) {
    const iris = (row) => data.vars.filter((v) => isNode(row[v]));
    if (data.rows.some((row) => iris(row).length >= 2)) {
      return { vars: data.vars, test: isNode };
    }
    if (data.rows.some((row) => iris(row).length > 0)) return { vars: [], test: isNode };
    const text = (cell) => Boolean(cell) && cell.type === "literal" && !isNumber(cell) && !isDate(cell);
    const vars = columns(data, text);
    return { vars: vars.length >= 2 ? vars : [], test: text };
  }
  class GraphPlugin {
    constructor(yasr) { this.yasr = yasr; this.priority = 4; this.label = "Graph"; }
    canHandleResults() {
      const data = table(this.yasr);
      return Boolean(window.cytoscape) && data.rows.length > 0 && nodeColumns(data).vars.length >= 2;
    }
    // Each row links its first node to every other node in it; a predicate-like column
    // (?p) or else a number column names the edge.
    elements(data) {
      const predicate = data.vars.find((v) => /^(p|pred|predicate|property|relation)$/i.test(v));
      const numbers = columns(data, isNumber);
      const pick = nodeColumns(data);
      const nodes = new Map();
      const edges = new Map();
      data.rows.forEach((row) => {
        const cells = pick.vars.filter((v) => v !== predicate && pick.test(row[v]));
        cells.forEach((v) => nodes.set(row[v].value, row[v]));
        const [first, ...rest] = cells;
        rest.forEach((v) => {
          const id = row[first].value + "|" + row[v].value;
          const label = predicate && row[predicate] ? name(row[predicate])
            : numbers.length && row[numbers[0]] ? row[numbers[0]].value : v;
          edges.set(id, { data: { id: id, source: row[first].value, target: row[v].value, label: label } });
        });
      });
      return [...[...nodes.values()].map((cell) => ({ data: { id: cell.value, label: name(cell),
        iri: cell.type === "uri", ours: window.PolicyKG.isOurs(cell.value) } })), ...edges.values()];
    }
    draw() {
      const data = table(this.yasr);
      const el = element("div", "pkg-result-graph");
      this.yasr.resultsEl.append(el);
      withLabels(data).then(() => {
        const cy = cytoscape({
          container: el, elements: this.elements(data),
          style: [
            { selector: "node", style: { "label": "data(label)", "font-size": 11,
              "text-outline-color": "#fff", "text-outline-width": 2, "text-max-width": 140,
              "text-wrap": "ellipsis", "width": 16, "height": 16, "background-color": "#1f6fb2" } },
            { selector: "node[!ours]", style: { "background-color": "#999" } },
            { selector: "edge", style: { "width": 1, "line-color": "#b7c2cc", "curve-style": "bezier",
              "target-arrow-shape": "triangle", "target-arrow-color": "#b7c2cc", "label": "data(label)",
              "font-size": 8, "color": "#667", "text-rotation": "autorotate" } },
          ],
          layout: { name: window.cytoscapeFcose ? "fcose" : "cose",
            animate: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 90 },
        });
        cy.on("dbltap", "node[?iri]", (e) => { window.location.href = window.PolicyKG.localHref(e.target.id()); });
        window.policykgResultGraph = cy;
      });
    }
    destroy() { if (window.policykgResultGraph) window.policykgResultGraph.destroy(); window.policykgResultGraph = undefined; }
    getIcon() { return icon("◉"); }
  }

  class TimelinePlugin {
    constructor(yasr) { this.yasr = yasr; this.priority = 3; this.label = "Timeline"; }
    canHandleResults() {
      const data = table(this.yasr);
      return Boolean(window.vis) && data.rows.length > 0 && columns(data, isDate).length > 0;
    }
    draw() {
      const data = table(this.yasr);
      const dates = columns(data, isDate);
      const [start, end] = dates;
      const label = data.vars.find((v) => !dates.includes(v));
      const el = element("div", "pkg-result-timeline");
      this.yasr.resultsEl.append(el);
      withLabels(data).then(() => {
        const items = data.rows.filter((row) => row[start]).map((row, i) => {
          const item = { id: i, start: asDate(row[start].value), content: escapeHtml(name(row[label]) || row[start].value) };
          if (end && row[end] && asDate(row[end].value) > item.start) {
            item.end = asDate(row[end].value);
          }
          return item;
        });
        this.timeline = new vis.Timeline(el, new vis.DataSet(items), { zoomable: true, stack: true, maxHeight: 520 });
        window.policykgResultTimeline = this.timeline;
      });
    }
    destroy() { if (this.timeline) this.timeline.destroy(); this.timeline = undefined; }
    getIcon() { return icon("⏱"); }
  }
  function asDate(text) {
    const t = text.trim();
    return /^\d{4}$/.test(t) ? t + "-01-01" : /^\d{4}-\d{2}$/.test(t) ? t + "-01" : t;
  }
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (c) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  }

  Yasgui.Yasr.registerPlugin("Chart", ChartPlugin);
  Yasgui.Yasr.registerPlugin("Graph", GraphPlugin);
  Yasgui.Yasr.registerPlugin("Timeline", TimelinePlugin);
  Yasgui.Yasr.defaults.pluginOrder = ["table", "Chart", "Graph", "Timeline", "response"];
})();
