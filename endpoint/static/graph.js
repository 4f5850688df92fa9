// Graph view: cytoscape.js over /api/graph; click expands neighbours, filters hide types.
(function () {
  "use strict";
  const box = document.getElementById("cy");
  const colours = { Policy: "#b3261e", Organisation: "#1f6fb2", Person: "#2e7d32",
                    Event: "#ef8f00", Place: "#7b1fa2" };
  const cy = cytoscape({
    container: box,
    style: [
      { selector: "node", style: {
          "label": "data(label)", "font-size": 8, "text-wrap": "ellipsis", "text-max-width": 90,
          "background-color": (n) => colours[n.data("type")] || "#888",
          "width": (n) => 14 + 120 * (n.data("betweenness") || 0),
          "height": (n) => 14 + 120 * (n.data("betweenness") || 0) } },
      { selector: "edge", style: { "width": 1, "line-color": "#c8d0d8", "curve-style": "bezier" } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".focus", style: { "border-width": 4, "border-color": "#111" } },
    ],
  });
  const status = document.getElementById("status");
  function add(elements) {
    cy.add(elements.filter((e) => cy.getElementById(e.data.id).empty()));
    applyFilters();
    cy.layout({ name: "cose", animate: false, randomize: false }).run();
    status.textContent = cy.nodes().length + " nodes";
  }
  function applyFilters() {
    const on = new Set([...document.querySelectorAll("#filters input:checked")].map((i) => i.value));
    cy.nodes().forEach((n) => n.toggleClass("hidden", !on.has(n.data("type"))));
  }
  fetch(box.dataset.api).then((r) => r.json()).then((d) => add(d.elements));
  cy.on("tap", "node", (event) => {
    const url = box.dataset.neighbours + "?iri=" + encodeURIComponent(event.target.id());
    fetch(url).then((r) => r.json()).then((d) => add(d.elements));
  });
  cy.on("dbltap", "node", (event) => { window.location.href = event.target.id(); });
  document.querySelectorAll("#filters input").forEach((i) => i.addEventListener("change", applyFilters));
  document.getElementById("focus").addEventListener("change", (event) => {
    const needle = event.target.value.toLowerCase();
    cy.nodes().removeClass("focus");
    const hit = cy.nodes().filter((n) => (n.data("label") || "").toLowerCase().includes(needle));
    if (hit.length) { hit.addClass("focus"); cy.fit(hit, 80); }
  });
  function download(name, href) {
    const a = document.createElement("a"); a.href = href; a.download = name; a.click();
  }
  document.getElementById("png").addEventListener("click", () =>
    download("policykg-graph.png", cy.png({ full: true, bg: "#fff" })));
  document.getElementById("json").addEventListener("click", () =>
    download("policykg-graph.json", "data:application/json;charset=utf-8," +
      encodeURIComponent(JSON.stringify(cy.json().elements))));
  window.policykgGraph = cy;
})();
