// The graph view: vis-network over /graph/neighbours.json. Labels and sentences are data: tooltips are
// built with textContent, never as markup.
(function () {
  const box = document.getElementById("graph");
  const colours = JSON.parse(box.dataset.colours);
  const BASE = "https://w3id.org/zonegraph/id/";
  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const hidden = new Set();
  const offsets = new Map();   // node id → next offset for "more"
  const expanded = new Set();
  let moreFor = null;
  const status = document.getElementById("status");

  const nodeView = new vis.DataView(nodes, { filter: function (n) { return !hidden.has(n.kind); } });
  const edgeView = new vis.DataView(edges, {
    filter: function (e) {
      const a = nodes.get(e.from), b = nodes.get(e.to);
      return a && b && !hidden.has(a.kind) && !hidden.has(b.kind);
    },
  });
  const network = new vis.Network(box, { nodes: nodeView, edges: edgeView }, {
    nodes: { shape: "dot", size: 14, font: { face: "Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif", size: 13 },
             widthConstraint: { maximum: 140 } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.6 } }, font: { size: 10, align: "middle",
             face: "Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif" }, color: { color: "#99a", highlight: "#335" },
             smooth: { type: "dynamic" } },
    physics: { stabilization: { iterations: 150 }, barnesHut: { springLength: 140 } },
    interaction: { hover: true, tooltipDelay: 150 },
  });

  function tip(lines) {
    const div = document.createElement("div");
    lines.filter(Boolean).forEach(function (t, i) {
      const p = document.createElement(i === 0 ? "b" : "div");
      p.textContent = t;
      div.appendChild(p);
    });
    return div;
  }
  function pagePath(iri) { return iri.startsWith(BASE) ? "/id/" + iri.slice(BASE.length) : null; }

  function addData(data) {
    data.nodes.forEach(function (n) {
      if (nodes.get(n.id)) return;
      nodes.add({ id: n.id, label: n.label, fullLabel: n.label, kind: n.kind,
                  color: colours[n.kind] || "#aaa", title: tip([n.label, n.kind]) });
    });
    data.edges.forEach(function (e) {
      const id = e.from + "|" + e.predicate + "|" + e.to + "|" + e.label;
      if (edges.get(id)) return;
      edges.add({ id: id, from: e.from, to: e.to, label: e.label.length > 12 ? "" : e.label,
                  fullLabel: e.label, sentence: e.sentence || "",
                  title: tip([e.label, e.sentence ? "“" + e.sentence + "”" : ""]) });
    });
    status.textContent = nodes.length + " nodes, " + edges.length + " edges";
  }

  async function expand(iri) {
    const offset = offsets.get(iri) || 0;
    const resp = await fetch("/graph/neighbours.json?limit=50&offset=" + offset + "&iri=" + encodeURIComponent(iri));
    if (!resp.ok) { status.textContent = "not found"; return; }
    const data = await resp.json();
    addData(data);
    expanded.add(iri);
    offsets.set(iri, offset + data.limit);
    const more = document.getElementById("more");
    moreFor = data.more ? iri : null;
    more.hidden = !data.more;
  }

  const choices = document.getElementById("choices");
  async function start(text) {
    choices.textContent = "";
    if (text.startsWith("http")) { await expand(text); network.fit(); return; }
    const resp = await fetch("/api/search?q=" + encodeURIComponent(text));
    const data = await resp.json();
    if (!data.results.length) { status.textContent = "没有结果 / no results"; return; }
    const exact = data.results.filter(function (r) { return r.label === text; });
    const pick = exact.length === 1 ? exact : data.results;
    if (pick.length === 1) { await expand(pick[0].iri); network.fit(); return; }
    // a name several entities carry (运城: a city, a zone, a company …): the user chooses
    const label = document.createElement("span");
    label.textContent = "“" + text + "” 有 " + pick.length + " 个实体 / names " + pick.length + " entities: ";
    choices.appendChild(label);
    pick.slice(0, 12).forEach(function (r) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = r.label + " (" + r.kind + ")";
      b.addEventListener("click", async function () { choices.textContent = ""; await expand(r.iri); network.fit(); });
      choices.appendChild(b);
    });
  }

  // suggestions while typing, from the same search as the page's (labels and aliases)
  const input = document.getElementById("start-q");
  const list = document.getElementById("start-list");
  let timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text || text.startsWith("http")) return;
    timer = setTimeout(async function () {
      const resp = await fetch("/api/search?q=" + encodeURIComponent(text));
      if (!resp.ok) return;
      const data = await resp.json();
      list.textContent = "";
      data.results.slice(0, 20).forEach(function (r) {
        const o = document.createElement("option");
        o.value = r.label;
        o.label = r.kind;
        list.appendChild(o);
      });
    }, 200);
  });

  // the side panel: the clicked node's facts and the sentences they come from, without leaving the view
  const panel = document.getElementById("panel");
  function showPanel(id) {
    const n = nodes.get(id);
    if (!n) return;
    panel.hidden = false;
    document.getElementById("panel-title").textContent = n.fullLabel + " · " + n.kind;
    const link = document.getElementById("panel-link");
    const path = pagePath(id);
    link.hidden = !path;
    if (path) link.href = path;
    const ul = document.getElementById("panel-facts");
    ul.textContent = "";
    edges.get({ filter: function (e) { return e.from === id || e.to === id; } }).forEach(function (e) {
      const li = document.createElement("li");
      const other = nodes.get(e.from === id ? e.to : e.from);
      const fact = document.createElement("div");
      fact.textContent = (e.from === id ? "→ " : "← ") + e.fullLabel + " · " + (other ? other.fullLabel : "");
      li.appendChild(fact);
      if (e.sentence) {
        const s = document.createElement("div");
        s.className = "sentence";
        s.textContent = "“" + e.sentence + "”";
        li.appendChild(s);
      }
      ul.appendChild(li);
    });
  }

  async function construct(query) {
    const resp = await fetch("/graph/construct.json", { method: "POST", body: new URLSearchParams({ query: query }) });
    const data = await resp.json();
    if (!resp.ok) { status.textContent = data.error; return; }
    addData(data);
    network.fit();
  }

  network.on("click", async function (p) {
    if (!p.nodes.length) return;
    await expand(p.nodes[0]);
    showPanel(p.nodes[0]);
  });
  network.on("doubleClick", function (p) {
    if (!p.nodes.length) return;
    const path = pagePath(p.nodes[0]);
    if (path) location.href = path;
  });
  document.getElementById("more").addEventListener("click", function () { if (moreFor) expand(moreFor); });
  document.getElementById("fit").addEventListener("click", function () { network.fit(); });
  document.querySelectorAll("#legend input").forEach(function (cb) {
    cb.addEventListener("change", function () {
      if (cb.checked) hidden.delete(cb.value); else hidden.add(cb.value);
      nodeView.refresh(); edgeView.refresh();
    });
  });
  function download(name, blob) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob); a.download = name; a.click();
  }
  document.getElementById("png").addEventListener("click", function () {
    box.querySelector("canvas").toBlob(function (b) { download("zonegraph-view.png", b); });
  });
  async function exportAs(fmt, name) {
    const resp = await fetch("/graph/export?format=" + fmt, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ nodes: nodes.getIds() }) });
    download(name, await resp.blob());
  }
  document.getElementById("ttl").addEventListener("click", function () { exportAs("ttl", "zonegraph-view.ttl"); });
  document.getElementById("json").addEventListener("click", function () { exportAs("jsonld", "zonegraph-view.jsonld"); });
  document.getElementById("start").addEventListener("submit", function (ev) {
    ev.preventDefault(); start(document.getElementById("start-q").value.trim());
  });

  window.zonegraphGraph = { network: network, nodes: nodes, edges: edges, expand: expand, showPanel: showPanel,
    visibleNodes: function () { return nodeView.length; } };
  const params = new URLSearchParams(location.search);
  if (params.get("query")) construct(params.get("query"));
  else if (params.get("iri")) start(params.get("iri"));
  else if (params.get("q")) start(params.get("q"));
  else if (box.dataset.start) start(box.dataset.start);  // the zone with most projects
})();
