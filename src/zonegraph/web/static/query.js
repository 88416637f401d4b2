// The query page: YASGUI pointed at this server only. Nothing here calls another host: the endpoint
// catalogue lists only /sparql, and the autocompleters that ask outside services are not enabled.
(function () {
  const el = document.getElementById("yasgui");
  const endpoint = new URL(el.dataset.endpoint, location.href).href;
  const params = new URLSearchParams(location.search);
  let initial = params.get("query") || el.dataset.initial;
  if (params.get("entity")) {
    initial = "SELECT ?p ?o WHERE {\n  <" + params.get("entity") + "> ?p ?o\n}";
  }
  localStorage.removeItem("yagui__config");
  const yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    persistenceId: null,
    yasqe: { autocompleters: ["variables"], value: initial, createShareableLink: null },
    yasr: { prefixes: {} },
  });
  const tab = yasgui.getTab();
  tab.setEndpoint(endpoint);
  tab.getYasqe().setValue(initial);
  window.zonegraphYasgui = yasgui;
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
