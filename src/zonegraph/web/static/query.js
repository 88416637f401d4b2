// The query page: runs the query against /sparql and renders the results as a table.
// Labels are data: they are inserted with textContent, never as markup.
(function () {
  const form = document.getElementById("query-form");
  const area = document.getElementById("query");
  const out = document.getElementById("results");
  const params = new URLSearchParams(location.search);
  if (params.get("query")) area.value = params.get("query");
  if (params.get("entity")) {
    area.value = "SELECT ?p ?o WHERE { <" + params.get("entity") + "> ?p ?o }";
  }
  document.querySelectorAll(".examples a").forEach(function (a) {
    a.addEventListener("click", function (ev) { ev.preventDefault(); area.value = a.dataset.query; });
  });
  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const a = document.createElement("a");
      const base = "https://w3id.org/zonegraph/id/";
      a.href = term.value.startsWith(base) ? "/id/" + term.value.slice(base.length) : term.value;
      a.textContent = term.value.startsWith(base) ? decodeURIComponent(term.value.slice(base.length)) : term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
    }
    return td;
  }
  form.addEventListener("submit", async function (ev) {
    const fmt = form.elements.format.value;
    if (fmt !== "json") return; // other formats: let the browser show or download the response
    ev.preventDefault();
    out.textContent = "…";
    const body = new URLSearchParams({ query: area.value });
    const resp = await fetch("/sparql", { method: "POST", body: body,
      headers: { "Accept": "application/sparql-results+json, text/turtle;q=0.9" } });
    const text = await resp.text();
    out.textContent = "";
    if (!resp.ok) { const p = document.createElement("p"); p.className = "error"; p.textContent = text; out.appendChild(p); return; }
    if (!(resp.headers.get("content-type") || "").includes("json")) {
      const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre); return;
    }
    const data = JSON.parse(text);
    if ("boolean" in data) { out.textContent = String(data.boolean); return; }
    const table = document.createElement("table");
    const head = document.createElement("tr");
    data.head.vars.forEach(function (v) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
    table.appendChild(head);
    data.results.bindings.forEach(function (b) {
      const tr = document.createElement("tr");
      data.head.vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
      table.appendChild(tr);
    });
    const n = document.createElement("p"); n.textContent = data.results.bindings.length + " rows";
    out.appendChild(n); out.appendChild(table);
  });
})();
