// The query page: YASGUI pointed at this server only. Nothing here calls another host: the endpoint
// catalogue lists only /sparql, and the autocompleters that ask outside services are not enabled.
(function () {
  const el = document.getElementById("yasgui");
  const endpoint = new URL(el.dataset.endpoint, location.href).href;
  const params = new URLSearchParams(location.search);
  const shared = new URLSearchParams(location.hash.slice(1));  // YASGUI's share links: #query=…
  let initial = params.get("query") || shared.get("query");
  if (params.get("entity")) {
    initial = "SELECT ?p ?o WHERE {\n  <" + params.get("entity") + "> ?p ?o\n}";
  }
  const yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    persistenceId: "zonegraph",  // the queries being edited and the tabs survive a reload
    yasqe: { autocompleters: ["variables"], value: initial || el.dataset.initial },
    yasr: { prefixes: {} },
  });
  const tab = yasgui.getTab();
  tab.setEndpoint(endpoint);  // whatever was kept, queries go to this server only
  if (initial || !tab.getYasqe().getValue().trim()) tab.getYasqe().setValue(initial || el.dataset.initial);
  window.zonegraphYasgui = yasgui;

  // result tables that read: an entity links to its page here (not to w3id.org, dead offline) and shows its
  // label, with the IRI on hover
  const BASE = "https://w3id.org/zonegraph/id/";
  function readable(yasr) {
    const links = [...yasr.resultsEl.querySelectorAll("a.iri")].filter(function (a) {
      return a.getAttribute("href").startsWith(BASE);
    });
    links.forEach(function (a) {
      const iri = a.getAttribute("href");
      a.dataset.iri = iri;
      a.href = "/id/" + iri.slice(BASE.length);
      a.target = "_self";
      a.removeAttribute("ref");
      a.title = iri;
    });
    const iris = [...new Set(links.map(function (a) { return a.dataset.iri; }))].slice(0, 500);
    if (!iris.length) return;
    const q = "SELECT ?x ?l WHERE { VALUES ?x { " + iris.map(function (i) { return "<" + i + ">"; }).join(" ") +
      " } ?x rdfs:label ?l }";
    fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/sparql-query",
      Accept: "application/sparql-results+json" }, body: q })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        const label = new Map(data.results.bindings.map(function (b) { return [b.x.value, b.l.value]; }));
        links.forEach(function (a) { if (label.has(a.dataset.iri)) a.textContent = label.get(a.dataset.iri); });
      });
  }
  // literals without "…"@zh / ^^xsd:decimal noise: amounts in 亿元/万元 with the exact value on hover
  function money(v) {
    const n = Number(v);
    if (n >= 1e8) return (n / 1e8).toLocaleString("zh-CN", { maximumFractionDigits: 4 }) + " 亿元";
    return (n / 1e4).toLocaleString("zh-CN", { maximumFractionDigits: 4 }) + " 万元";
  }
  function plainLiterals(yasr) {
    yasr.resultsEl.querySelectorAll("span.nonIri").forEach(function (span) {
      const sup = span.querySelector("sup");
      if (!sup) return;
      const tag = sup.textContent;
      const raw = span.textContent.slice(0, span.textContent.length - tag.length).replace(/^"|"$/g, "");
      span.textContent = /decimal/.test(tag) && Number(raw) >= 1e4 ? money(raw) : raw;
      span.title = raw + " " + tag;
    });
  }
  function watch(t) { t.getYasr().on("drawn", function (yasr) { readable(yasr); plainLiterals(yasr); }); }
  document.querySelectorAll("a.download").forEach(function (a) {
    a.addEventListener("click", function () {
      const q = yasgui.getTab().getYasqe().getValue();
      a.href = endpoint + "?format=" + a.dataset.format + "&query=" + encodeURIComponent(q);
      a.download = "zonegraph-results." + a.dataset.format;
    });
  });
  watch(tab);
  yasgui.on("tabAdd", function (_y, id) { const t = yasgui.getTab(id); if (t) watch(t); });
  document.querySelectorAll(".examples a").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      yasgui.getTab().getYasqe().setValue(a.dataset.query);
      yasgui.getTab().query();
    });
  });
  const asGraph = document.getElementById("as-graph");
  asGraph.addEventListener("click", function (ev) {
    ev.preventDefault();
    const q = yasgui.getTab().getYasqe().getValue();
    location.href = "/graph?query=" + encodeURIComponent(q);
  });
})();
