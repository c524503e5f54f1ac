/*
 * The SPARQL editor page (/query): YASGUI against this server's /sparql, the query library as
 * named examples, and links that share the query in the editor.
 *
 * Reads its data from <script type="application/json" id="examples">:
 *   {"start": "PREFIX ... SELECT ...", "examples": [{"name", "title", "description", "sparql"}]}
 * and from data attributes of #yasgui (data-endpoint, data-example, data-tab-name).
 * Opening /query?example=NAME or /query?query=SPARQL (or YASGUI's own #query=... links) loads
 * that query and runs it; clicking an example sets the current tab's query.
 */
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  var dataEl = document.getElementById("examples");
  if (!root || !dataEl || typeof Yasgui === "undefined") return;

  var data = JSON.parse(dataEl.textContent);
  var byName = {};
  data.examples.forEach(function (e) { byName[e.name] = e; });
  var endpoint = new URL(root.getAttribute("data-endpoint") || "/sparql", window.location.href).href;

  // Only the local autocompleter: the others would send what is typed to outside services.
  Yasgui.defaults.yasqe.autocompleters = ["variables"];

  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    populateFromUrl: false, // handled below, so no URL parameter can change the endpoint or request
    autofocus: false,
    tabName: root.getAttribute("data-tab-name") || "Query",
    persistenceId: "normgraph-sparql",
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { value: data.start },
    yasr: { prefixes: {} }
  });
  window.normgraphYasgui = yasgui;

  // Result IRIs of this dataset open this server's pages (the canonical host may not serve them).
  var base = root.getAttribute("data-base");
  function localise(node) {
    if (!base || !node.querySelectorAll) return;
    node.querySelectorAll("a[href^='" + base + "']").forEach(function (a) {
      a.setAttribute("href", "/" + a.getAttribute("href").substring(base.length));
      a.removeAttribute("target");
    });
  }
  // YASGUI's own controls get the names and roles assistive technology needs.
  function label() {
    root.querySelectorAll("textarea:not([aria-label])").forEach(function (t) {
      t.setAttribute("aria-label", root.getAttribute("data-editor-label") || "SPARQL query");
    });
    root.querySelectorAll("input.autocomplete:not([aria-label])").forEach(function (i) {
      i.setAttribute("aria-label", root.getAttribute("data-endpoint-label") || "SPARQL endpoint");
    });
    root.querySelectorAll(".tabsList button.addTab:not([role])").forEach(function (b) {
      b.setAttribute("role", "tab");   // the only kind of child a tab list may have
      b.setAttribute("aria-selected", "false");
    });
  }
  label();
  new MutationObserver(function (changes) {
    changes.forEach(function (c) { c.addedNodes.forEach(localise); });
    label();
  }).observe(root, { childList: true, subtree: true });

  function isFresh(tab) {
    var q = (tab.getQuery() || "").trim();
    return q === "" || q === data.start.trim();
  }

  /** Puts a query in the current tab, or in a new one if the current tab holds the user's work. */
  function open(query, name) {
    var tab = yasgui.getTab();
    if (!tab || !isFresh(tab)) {
      tab = yasgui.addTab(true, { name: name || undefined, yasqe: { value: query } });
    } else {
      tab.setQuery(query);
      if (name) tab.setName(name);
    }
    tab.setEndpoint(endpoint);
    return tab;
  }

  function exampleFor(query) {
    var q = (query || "").trim();
    for (var i = 0; i < data.examples.length; i++) {
      if (data.examples[i].sparql.trim() === q) return data.examples[i];
    }
    return null;
  }

  function shareUrl() {
    var tab = yasgui.getTab();
    var query = tab ? tab.getQuery() : "";
    var ex = exampleFor(query);
    return "/query?" + (ex ? "example=" + encodeURIComponent(ex.name) : "query=" + encodeURIComponent(query));
  }

  var share = document.getElementById("share-link");
  function updateShare() {
    if (share) share.setAttribute("href", shareUrl());
  }
  if (share) {
    ["click", "focus", "mouseenter", "contextmenu"].forEach(function (ev) {
      share.addEventListener(ev, updateShare);
    });
  }
  ["tabChange", "tabSelect", "query"].forEach(function (ev) {
    yasgui.on(ev, function () { updateShare(); });
  });

  function markCurrent(name) {
    document.querySelectorAll("a.example").forEach(function (a) {
      a.classList.toggle("current", a.getAttribute("data-example") === name);
    });
  }

  document.querySelectorAll("a.example[data-example]").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      var ex = byName[a.getAttribute("data-example")];
      if (!ex || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
      ev.preventDefault();
      var tab = yasgui.getTab();
      tab.setQuery(ex.sparql);
      tab.setName(ex.title);
      markCurrent(ex.name);
      updateShare();
      history.replaceState(null, "", "/query?example=" + encodeURIComponent(ex.name));
      root.scrollIntoView({ behavior: "smooth", block: "start" });
    });
  });

  // A link to a query: ?example=NAME (checked by the server), ?query=..., or YASGUI's #query=...
  var params = new URLSearchParams(window.location.search);
  var hash = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  var fromExample = byName[root.getAttribute("data-example") || ""];
  var fromUrl = params.get("query") || hash.get("query");
  var tab = null;
  if (fromExample) {
    tab = open(fromExample.sparql, fromExample.title);
    markCurrent(fromExample.name);
  } else if (fromUrl) {
    tab = open(fromUrl, hash.get("tabTitle"));
  }
  if (hash.has("query")) history.replaceState(null, "", window.location.pathname + window.location.search);
  if (tab) tab.query().catch(function () { /* YASR shows the error */ });
  updateShare();
})();
