// Completion in the query editor (Ctrl+Space), all from this server, none from the
// network: pkg: classes and properties from the ontology, shown with their vi/en labels
// (after `a` only classes, in a predicate's place only properties), and entities from
// /api/search, as the Wikidata Query Service does: type a few words of a name, with or
// without diacritics (`bo lao dong`), and the words become the entity's IRI.
(function () {
  "use strict";
  if (!window.Yasgui || !Yasgui.Yasqe) return;
  const Yasqe = Yasgui.Yasqe;
  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const terms = read("pkg-terms");
  const ourPrefixes = read("pkg-prefixes");
  const box = document.getElementById("yasgui");
  const described = new Map();
  [...terms.classes, ...terms.properties].forEach((t) => described.set(t.iri, t));
  const KEYWORDS = new Set(["select", "where", "filter", "optional", "union", "graph",
    "limit", "offset", "order", "group", "by", "having", "distinct", "prefix", "bind",
    "values", "minus", "as", "construct", "describe", "ask", "from", "named", "not", "in",
    "exists", "service", "asc", "desc", "reduced", "a", "true", "false"]);

  function prefixes(yasqe) {
    return Object.assign({}, ourPrefixes, yasqe.getPrefixesFromQuery());
  }
  // The text typed at the cursor as an IRI: `pkg:Po` gives the ontology namespace + Po.
  function expand(yasqe, token) {
    const string = token.string.trim();
    const colon = string.indexOf(":");
    if (string.startsWith("<")) return { iri: string.slice(1), prefix: null };
    const prefix = string.slice(0, colon);
    const namespace = prefixes(yasqe)[prefix];
    if (colon < 0 || namespace === undefined) return null;
    return { iri: namespace + string.slice(colon + 1), prefix: prefix, namespace: namespace };
  }
  function place(yasqe) {
    const token = yasqe.getCompleteToken();
    const cursor = yasqe.getDoc().getCursor();
    const previous = yasqe.getPreviousNonWsToken(cursor.line, token);
    const afterA = previous && ["a", "rdf:type"].includes(previous.string);
    const predicate = token.state && (token.state.possibleCurrent || []).includes("a");
    return afterA ? "class" : predicate ? "property" : "any";
  }
  function pkgToken(yasqe) {
    const token = yasqe.getCompleteToken();
    return /^[A-Za-z][\w-]*:/.test(token.string) && expand(yasqe, token) !== null;
  }

  Yasqe.registerAutocompleter({
    name: "pkg-terms", bulk: false, autoShow: false, persistenceId: null,
    isValidCompletionPosition: (yasqe) => pkgToken(yasqe),
    preProcessToken: (yasqe, token) => Object.assign(token, { expanded: expand(yasqe, token),
      place: place(yasqe) }),
    get: (yasqe, token) => {
      const wanted = token.expanded.iri.toLowerCase();
      const lists = { class: terms.classes, property: terms.properties,
                      any: [...terms.classes, ...terms.properties] };
      return lists[token.place].map((t) => t.iri)
        .filter((iri) => iri.toLowerCase().startsWith(wanted));
    },
    postProcessSuggestion: (yasqe, token, iri) => {
      const e = token.expanded;
      return e.prefix !== null && iri.startsWith(e.namespace)
        ? e.prefix + ":" + iri.slice(e.namespace.length) : "<" + iri + ">";
    },
    postprocessHints: (yasqe, hints) => hints.map((hint) => {
      const iri = Object.entries(prefixes(yasqe)).reduce((found, [p, ns]) =>
        found || (hint.text.startsWith(p + ":") ? ns + hint.text.slice(p.length + 1) : null), null);
      const term = described.get(iri || hint.text.replace(/^<|>$/g, ""));
      const label = term ? [term.vi, term.en].filter(Boolean).join(" · ") : "";
      return Object.assign(hint, { displayText: label ? hint.text + "  — " + label : hint.text });
    }),
  });

  // The plain words just before the cursor (no variable, prefixed name, IRI or string),
  // so `?s pkg:issuedBy bo lao dong` gives "bo lao dong" and where those words start.
  function words(yasqe) {
    const cursor = yasqe.getDoc().getCursor();
    const line = yasqe.getDoc().getLine(cursor.line);
    if (line.slice(cursor.ch).match(/^[^\s.;,(){}]/)) return null;
    const before = line.slice(0, cursor.ch);
    if ((before.match(/"/g) || []).length % 2) return null; // inside a string literal
    const match = /(?<=^|[\s{}().;,])((?:[^\s?$<>":{}().;,#]+[ \t]+)*[^\s?$<>":{}().;,#]+)$/u
      .exec(before);
    if (!match) return null;
    let start = match.index;
    let text = match[1];
    for (;;) { // leading SPARQL keywords and numbers are not part of a name
      const first = /^(\S+)[ \t]+/.exec(text);
      if (!first || !(KEYWORDS.has(first[1].toLowerCase()) || /^\d+$/.test(first[1]))) break;
      start += first[0].length;
      text = text.slice(first[0].length);
    }
    if (KEYWORDS.has(text.toLowerCase()) || text.length < 2 || /^\d+$/.test(text)) return null;
    return { text: text, start: start, end: cursor.ch };
  }
  const found = new Map();
  Yasqe.registerAutocompleter({
    name: "pkg-entities", bulk: false, autoShow: false, persistenceId: null,
    isValidCompletionPosition: (yasqe) => !pkgToken(yasqe) && words(yasqe) !== null,
    preProcessToken: (yasqe, token) => {
      const w = words(yasqe);
      return Object.assign(token, { string: w.text, autocompletionString: w.text,
        from: { ch: w.start }, to: { ch: w.end } });
    },
    get: (yasqe, token) => {
      const url = box.dataset.searchApi + "?limit=15&q=" + encodeURIComponent(token.string);
      return fetch(url).then((r) => (r.ok ? r.json() : { results: [] })).then((data) => {
        data.results.forEach((hit) => found.set("<" + hit.iri + ">", hit));
        return data.results.map((hit) => "<" + hit.iri + ">");
      }).catch(() => []);
    },
    postprocessHints: (yasqe, hints) => hints.map((hint) => {
      const hit = found.get(hint.text);
      return Object.assign(hint, {
        displayText: hit ? hit.label + "  · " + hit.type + "  " + hint.text : hint.text });
    }),
  });
  // Our completers only: the LOV ones would call lov.linkeddata.es at run time.
  Yasqe.defaults.autocompleters = ["prefixes", "variables", "pkg-terms", "pkg-entities"];
})();
