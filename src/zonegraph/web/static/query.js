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
  window.zonegraphChart = function () { return chart; };

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
  // charts of results (ECharts, served by the app): bars for a label and a number, a line over dates
  const chartBox = document.getElementById("chart");
  const chartNote = document.getElementById("chart-note");
  let chart = null;
  function chartable(yasr) {
    if (!yasr.results || !yasr.results.getBindings) return null;
    const rows = yasr.results.getBindings() || [];
    const vars = yasr.results.getVariables() || [];
    if (!rows.length) return null;
    const isNum = function (v) { return rows.every(function (r) { return r[v] && r[v].type !== "uri" && r[v].value !== "" && !isNaN(Number(r[v].value)); }); };
    const isDate = function (v) { return rows.every(function (r) { return r[v] && /^(\d{4}-\d{2}(-\d{2})?|--\d{2}-\d{2})$/.test(r[v].value); }); };
    const y = vars.find(isNum);
    const x = vars.find(function (v) { return v !== y && rows.every(function (r) { return r[v]; }); });
    if (!x || !y) return null;
    return { rows: rows, x: x, y: y, line: isDate(x) };
  }
  function drawChart(spec) {
    chartBox.hidden = false;
    chart = chart || echarts.init(chartBox, null, { renderer: "canvas" });
    const rows = spec.line ? spec.rows.slice().sort(function (a, b) { return a[spec.x].value < b[spec.x].value ? -1 : 1; }) : spec.rows.slice(0, 40);
    const label = function (r) { const t = r[spec.x]; return t.type === "uri" ? t.value.split("/").pop() : t.value; };
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: "Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif" },
      tooltip: { trigger: "axis" },
      grid: { left: 90, right: 20, bottom: spec.line ? 40 : 120 },
      xAxis: { type: "category", data: rows.map(label), axisLabel: { rotate: spec.line ? 0 : 40, interval: 0 } },
      yAxis: { type: "value", name: spec.y },
      series: [{ type: spec.line ? "line" : "bar", name: spec.y, data: rows.map(function (r) { return Number(r[spec.y].value); }) }],
    }, true);
    chartNote.textContent = (spec.line ? "折线 / line: " : "柱状 / bars: ") + spec.x + " → " + spec.y;
  }
  document.getElementById("chart-toggle").addEventListener("click", function () {
    const spec = chartable(yasgui.getTab().getYasr());
    if (spec) drawChart(spec); else chartNote.textContent = "这个结果没有标签列和数值列 / no label and number columns to chart";
  });
  function watch(t) {
    t.getYasr().on("drawn", function (yasr) {
      readable(yasr);
      plainLiterals(yasr);
      // results of a query that aggregates open with their chart
      const q = t.getYasqe().getValue();
      const spec = /GROUP\s+BY|\b(SUM|COUNT|AVG)\s*\(|zg:totalInvestment/i.test(q) ? chartable(yasr) : null;
      if (spec) drawChart(spec); else chartBox.hidden = true;
    });
  }
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
