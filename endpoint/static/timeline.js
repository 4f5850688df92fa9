// /timeline: vis-timeline (vendored) over the page's own JSON (GET with Accept:
// application/json). A policy's period (start and end years) is a range in the
// "periods" lane, its issue date a point in the "issued" lane, an event a point (or a
// range when it has an end date) in the "events" lane. The kind checkboxes filter,
// the buttons and the mouse wheel zoom, a click shows the item and links its page.
(function () {
  "use strict";
  const box = document.getElementById("timeline");
  const detail = document.getElementById("timeline-detail");
  const counter = document.getElementById("timeline-count");
  const href = (iri) => (window.PolicyKG ? window.PolicyKG.localHref(iri) : iri);
  if (!window.vis || !box) return;
  const groups = new vis.DataSet([
    // events and issue dates first: a lane of periods stacks tall and would push them
    // below the fold of the opening window
    { id: "events", content: "Sự kiện · events", order: 1 },
    { id: "issued", content: "Ban hành · issued", order: 2 },
    { id: "periods", content: "Giai đoạn · periods", order: 3 },
  ]);
  const escape = (text) => String(text).replace(/[&<>"']/g, (c) =>
    ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

  function toItems(entries) {
    const items = [];
    entries.forEach((e, i) => {
      const base = { kind: e.kind, iri: e.s, label: e.label, title: escape(`${e.kind}: ${e.label}`),
        content: escape(e.label) };
      if (e.what === "policy" && e.from) {
        items.push(Object.assign({}, base, { id: "p" + i, group: "periods", type: "range",
          className: "policy-period", start: `${e.from}-01-01`, end: `${e.to || e.from}-12-31`,
          when: `${e.from}–${e.to || ""}` }));
      }
      if (e.what === "policy" && e.date) {
        items.push(Object.assign({}, base, { id: "d" + i, group: "issued", type: "point",
          className: "policy-issued", start: e.date, when: e.date }));
      }
      if (e.what === "event" && e.date) {
        const ranged = e.end && e.end > e.date;
        items.push(Object.assign({}, base, { id: "e" + i, group: "events",
          type: ranged ? "range" : "point", className: "event", start: e.date,
          end: ranged ? e.end : undefined, when: ranged ? `${e.date} → ${e.end}` : e.date }));
      }
    });
    return items;
  }
  function kindBoxes(items, onChange) {
    const holder = document.getElementById("kinds");
    const counts = new Map();
    items.forEach((it) => counts.set(it.kind, (counts.get(it.kind) || 0) + 1));
    [...counts.keys()].sort((a, b) => a.localeCompare(b, "vi")).forEach((kind) => {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "checkbox"; input.value = kind; input.checked = true;
      input.addEventListener("change", onChange);
      label.append(input, ` ${kind} (${counts.get(kind)}) `);
      holder.append(label);
    });
    [["Tất cả · all", true], ["Bỏ hết · none", false]].forEach(([text, checked]) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = checked ? "kinds-all" : "kinds-none";
      button.textContent = text;
      button.addEventListener("click", () => {
        holder.querySelectorAll("input").forEach((i) => { i.checked = checked; });
        onChange();
      });
      holder.append(button, " ");
    });
  }
  // A few items decades old (a ministry founded in 1945) would squeeze every recent one
  // into a sliver: open on the years holding most items (5th to 95th percentile of their
  // starts and ends, a year of margin); "Toàn cảnh · Fit" still shows them all.
  const YEAR = 1000 * 60 * 60 * 24 * 365;
  function mostItems(items) {
    const times = items.flatMap((it) => [it.start, it.end || it.start])
      .map((t) => new Date(t).getTime()).filter((t) => !isNaN(t));
    times.sort((a, b) => a - b);
    if (times.length < 40) return {};
    const at = (q) => times[Math.floor(q * (times.length - 1))];
    box.dataset.window = "most";
    return { start: new Date(at(0.05) - YEAR), end: new Date(at(0.95) + YEAR) };
  }
  fetch(box.dataset.api, { headers: { Accept: "application/json" } })
    .then((r) => r.json()).then((data) => {
      const all = new vis.DataSet(toItems(data.items));
      const on = () => new Set([...document.querySelectorAll("#kinds input:checked")].map((i) => i.value));
      kindBoxes(all.get(), () => { chosen = on(); view.refresh(); count(); });
      let chosen = on();
      const view = new vis.DataView(all, { filter: (it) => chosen.has(it.kind) });
      const timeline = new vis.Timeline(box, view, groups, Object.assign({
        stack: true, zoomable: true, orientation: "top", maxHeight: 640, margin: { item: 6 },
        zoomMin: 1000 * 60 * 60 * 24 * 30, tooltip: { followMouse: true },
      }, mostItems(all.get())));
      const count = () => {
        counter.textContent = `${view.length} mục · items shown of ${all.length}`;
        counter.dataset.shown = String(view.length);
      };
      count();
      timeline.on("select", (props) => {
        const item = props.items.length ? all.get(props.items[0]) : null;
        detail.replaceChildren();
        if (!item) return;
        const link = document.createElement("a");
        link.href = href(item.iri);
        link.textContent = item.label;
        detail.append(`${item.kind} · ${item.when} · `, link);
      });
      timeline.on("doubleClick", (props) => {
        const item = props.item !== null && props.item !== undefined ? all.get(props.item) : null;
        if (item) window.location.href = href(item.iri);
      });
      document.getElementById("zoom-in").addEventListener("click", () => timeline.zoomIn(0.5));
      document.getElementById("zoom-out").addEventListener("click", () => timeline.zoomOut(0.5));
      // "Fit" at once: a zoom clicked while its animation still ran was undone by it (seen
      // once the corpus held a 1959 directive, when the fit jumped decades)
      document.getElementById("zoom-fit").addEventListener(
        "click", () => timeline.fit({ animation: false }));
      box.dataset.ready = "true";
      window.policykgTimeline = timeline;
    });
})();
