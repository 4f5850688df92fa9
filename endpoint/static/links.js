// Local dereferencing for the pages' scripts, as LodView does: an IRI under the base
// (https://w3id.org/policykg/ by default) is linked to this server's own page for it
// (/id/...) unless the app is served at the namespace host itself, while the IRI shown
// and copied stays the canonical one. base.html states both facts on <body>
// (data-base-iri, data-local-ids); a page without them falls back to a
// data-base-iri on any element, then to the default base, deciding locality from
// the page's own origin.
(function () {
  "use strict";
  const DEFAULT_BASE = "https://w3id.org/policykg/";
  function settings() {
    const body = document.body ? document.body.dataset : {};
    const holder = document.querySelector("[data-base-iri]");
    const base = body.baseIri || (holder && holder.dataset.baseIri) || DEFAULT_BASE;
    let local = body.localIds;
    if (local === undefined && holder) local = holder.dataset.localIds;
    const atHome = base.startsWith(window.location.origin + "/");
    return { base: base, local: local === undefined ? !atHome : local === "true" };
  }
  // This server's path for an IRI under the base that it has a page for (resources
  // under id/, ontology terms, gazetteer concepts under vocab/), else the IRI itself.
  const SERVED = /^(id\/|ontology(#|$)|vocab\/.)/; // the same rule as the pages' local_href
  function localHref(iri) {
    const s = settings();
    if (!s.local || typeof iri !== "string" || !iri.startsWith(s.base)) return iri;
    const path = iri.slice(s.base.length);
    return SERVED.test(path) ? "/" + path : iri;
  }
  // True when an IRI names something this graph describes (its page is ours).
  function isOurs(iri) {
    return typeof iri === "string" && iri.startsWith(settings().base);
  }
  window.PolicyKG = Object.assign(window.PolicyKG || {}, {
    localHref: localHref, isOurs: isOurs, baseIri: () => settings().base,
  });
})();
