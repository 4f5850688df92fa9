// Graph view: cytoscape.js over /api/graph, laid out to be read at first sight. fCoSE
// separates the communities; nodes without a visible link are set apart in a grid
// below (they said nothing in the middle of the picture); labels are outlined, sized
// by centrality and hidden while too small to read, so zooming in shows more of them.
// Click expands a node's neighbours, the type filters hide nodes, and the counter
// counts what is shown. Double-click opens the node's page on this server (links.js).
(function () {
  "use strict";
  const box = document.getElementById("cy");
  const status = document.getElementById("status");
  const colours = { Policy: "#b3261e", Organisation: "#1f6fb2", Person: "#2e7d32",
                    Event: "#ef8f00", Place: "#7b1fa2" };
  const href = (iri) => (window.PolicyKG ? window.PolicyKG.localHref(iri) : iri);
  const size = (n) => 16 + 70 * Math.sqrt(n.data("betweenness") || 0);
  let total = null;
  // Labels in screen pixels (sizes divided by the zoom), so they are as legible in the
  // overview as zoomed in; placed greedily from the most central node down and left
  // out where they would overlap one already placed, so zooming in shows more of them.
  let placed = new Set();
  const zoomedOut = () => Math.min(1, cy.zoom());
  const label = (n) => (placed.has(n.id()) ? n.data("label") : "");
  const cy = cytoscape({
    container: box,
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
          "label": label,
          "font-size": (n) => (12 + 6 * Math.sqrt(n.data("betweenness") || 0)) / zoomedOut(),
          "text-wrap": "ellipsis", "text-max-width": () => 170 / zoomedOut(),
          "text-valign": "bottom", "text-margin-y": 3, "color": "#1d2733",
          "text-outline-color": "#fff", "text-outline-width": () => 2.5 / zoomedOut(),
          "background-color": (n) => colours[n.data("type")] || "#888",
          "width": size, "height": size, "border-width": 1, "border-color": "#fff" } },
      { selector: "edge", style: { "width": 1.2, "line-color": "#c8d0d8", "curve-style": "bezier",
          "opacity": 0.8 } },
      { selector: "edge.near", style: { "label": "data(label)", "font-size": () => 10 / zoomedOut(),
          "color": "#556", "text-outline-color": "#fff", "text-outline-width": 2,
          "line-color": "#7a8a99" } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".focus", style: { "border-width": 4, "border-color": "#111" } },
    ],
  });
  let pending = null;
  cy.on("zoom", () => {
    clearTimeout(pending);
    pending = setTimeout(() => { rank(); cy.style().update(); }, 80);
  });
  function rank() {
    const order = visible().sort((a, b) => (b.data("betweenness") || 0) - (a.data("betweenness") || 0)
      || (b.data("degree") || 0) - (a.data("degree") || 0));
    const boxes = [];
    placed = new Set();
    order.forEach((n) => {
      const text = n.data("label") || "";
      const at = n.renderedPosition();
      const width = Math.min(text.length * 6.8, 170) + 8;
      const top = at.y + n.renderedHeight() / 2;
      const mine = { x1: at.x - width / 2, x2: at.x + width / 2, y1: top, y2: top + 18 };
      if (boxes.some((b) => mine.x1 < b.x2 && b.x1 < mine.x2 && mine.y1 < b.y2 && b.y1 < mine.y2)) return;
      boxes.push(mine);
      placed.add(n.id());
    });
  }
  const visible = () => cy.nodes().not(".hidden");
  function layout() {
    const shown = visible();
    const linked = shown.filter((n) => n.connectedEdges().some((e) =>
      !e.source().hasClass("hidden") && !e.target().hasClass("hidden")));
    const alone = shown.not(linked);
    const main = linked.union(linked.edgesWith(linked));
    if (main.length) {
      main.layout({ name: window.cytoscapeFcose ? "fcose" : "cose", animate: false,
        randomize: true, quality: "proof", nodeRepulsion: () => 25000,
        idealEdgeLength: () => 110, nodeSeparation: 120, gravity: 0.15, numIter: 2500,
        packComponents: true, fit: false, padding: 30 }).run();
    }
    if (alone.length) {
      const box = main.length ? main.boundingBox() : { x1: 0, y2: 0, w: 800 };
      const columns = Math.max(1, Math.floor(Math.max(box.w, 600) / 140));
      alone.sort((a, b) => (a.data("label") || "").localeCompare(b.data("label") || "", "vi"))
        .layout({ name: "grid", fit: false, avoidOverlap: true, cols: columns,
          boundingBox: { x1: box.x1, y1: box.y2 + 90, w: Math.max(box.w, 600),
            h: 60 * Math.ceil(alone.length / columns) } }).run();
    }
    cy.fit(shown, 30);
    rank();
    cy.style().update();
  }
  function count() {
    const shown = visible();
    const edges = shown.edgesWith(shown);
    const of = total && total > cy.nodes().length ? ` (${cy.nodes().length} loaded of ${total})` : "";
    status.textContent = `${shown.length} nút · nodes, ${edges.length} cạnh · edges shown${of}`;
    status.dataset.nodes = String(shown.length);
    status.dataset.edges = String(edges.length);
  }
  function applyFilters() {
    const on = new Set([...document.querySelectorAll("#filters input:checked")].map((i) => i.value));
    cy.nodes().forEach((n) => n.toggleClass("hidden", !on.has(n.data("type"))));
    count();
  }
  function add(elements, { relayout }) {
    const fresh = cy.add(elements.filter((e) => cy.getElementById(e.data.id).empty()));
    applyFilters();
    if (relayout) layout();
    else if (fresh.nodes().length) {
      fresh.nodes().layout({ name: "concentric", fit: false, animate: false,
        boundingBox: around(cy.getElementById(elements[0] && elements[0].data.id)) }).run();
      rank();
      cy.style().update();
    }
    count();
    return fresh;
  }
  function around(node) {
    const p = node && node.nonempty() ? node.position() : { x: 0, y: 0 };
    return { x1: p.x - 150, y1: p.y - 150, w: 300, h: 300 };
  }
  fetch(box.dataset.api).then((r) => r.json()).then((d) => {
    total = d.total_nodes;
    add(d.elements, { relayout: true });
    box.dataset.ready = "true";
  });
  cy.on("tap", "node", (event) => {
    const node = event.target;
    cy.edges().removeClass("near");
    node.connectedEdges().addClass("near");
    const url = box.dataset.neighbours + "?iri=" + encodeURIComponent(node.id());
    fetch(url).then((r) => (r.ok ? r.json() : { elements: [] })).then((d) => {
      const others = d.elements.filter((e) => e.data.id !== node.id());
      add(others.length ? [{ data: node.data() }, ...others] : [], { relayout: false });
      node.connectedEdges().addClass("near");
    });
  });
  cy.on("dbltap", "node", (event) => { window.location.href = href(event.target.id()); });
  document.querySelectorAll("#filters input").forEach((i) => i.addEventListener("change", () => {
    applyFilters();
    layout();
  }));
  document.getElementById("focus").addEventListener("change", (event) => {
    const needle = event.target.value.toLowerCase();
    cy.nodes().removeClass("focus");
    const hit = visible().filter((n) => (n.data("label") || "").toLowerCase().includes(needle));
    if (hit.length) { hit.addClass("focus"); cy.fit(hit, 80); }
  });
  document.getElementById("fit").addEventListener("click", () => cy.fit(visible(), 30));
  function download(name, url) {
    const a = document.createElement("a"); a.href = url; a.download = name; a.click();
  }
  document.getElementById("png").addEventListener("click", () =>
    download("policykg-graph.png", cy.png({ full: true, bg: "#fff", scale: 2 })));
  document.getElementById("json").addEventListener("click", () =>
    download("policykg-graph.json", "data:application/json;charset=utf-8," +
      encodeURIComponent(JSON.stringify(cy.json().elements))));
  window.policykgGraph = cy;
})();
