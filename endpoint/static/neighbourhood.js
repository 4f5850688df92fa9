// The entity's neighbourhood as a small graph; double-click a node to open its page on
// this server (links.js, loaded here when the page has not loaded it). Resources
// outside the entity graph (articles, targets, posts) have no neighbourhood: the box goes.
(function () {
  "use strict";
  const box = document.getElementById("cy");
  if (!box || !window.cytoscape) return;
  const me = document.currentScript;
  if (!window.PolicyKG && me) {
    const links = document.createElement("script");
    links.src = me.src.replace(/neighbourhood\.js(\?.*)?$/, "links.js");
    document.head.append(links);
  }
  const href = (iri) => (window.PolicyKG ? window.PolicyKG.localHref(iri) : iri);
  const colours = { Policy: "#b3261e", Organisation: "#1f6fb2", Person: "#2e7d32",
                    Event: "#ef8f00", Place: "#7b1fa2" };
  fetch(box.dataset.api).then((r) => (r.ok ? r.json() : { elements: [] })).then((data) => {
    if (!data.elements.length) { box.remove(); return; }
    const cy = cytoscape({
      container: box, elements: data.elements,
      layout: { name: "cose", animate: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 70,
        padding: 20 },
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 11, "width": 14,
          "height": 14, "background-color": (n) => colours[n.data("type")] || "#888",
          "text-max-width": 140, "text-wrap": "ellipsis", "text-valign": "bottom",
          "text-margin-y": 2, "text-outline-color": "#fff", "text-outline-width": 2,
          "min-zoomed-font-size": 8 } },
        { selector: "edge", style: { "width": 1, "line-color": "#c8d0d8", "curve-style": "bezier" } },
      ],
    });
    cy.on("dbltap", "node", (e) => { window.location.href = href(e.target.id()); });
    window.policykgNeighbourhood = cy;
  });
})();
