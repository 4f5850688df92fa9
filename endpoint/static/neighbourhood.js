// The entity's neighbourhood as a small graph; double-click a node to open its page.
(function () {
  "use strict";
  const box = document.getElementById("cy");
  if (!box || !window.cytoscape) return;
  fetch(box.dataset.api).then((r) => (r.ok ? r.json() : { elements: [] })).then((data) => {
    if (!data.elements.length) { box.remove(); return; }
    const cy = cytoscape({
      container: box, elements: data.elements, layout: { name: "cose", animate: false },
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 9, "width": 14,
          "height": 14, "background-color": "#1f6fb2", "text-max-width": 120,
          "text-wrap": "ellipsis" } },
        { selector: "edge", style: { "width": 1, "line-color": "#c8d0d8" } },
      ],
    });
    cy.on("dbltap", "node", (e) => { window.location.href = e.target.id(); });
    window.policykgNeighbourhood = cy;
  });
})();
