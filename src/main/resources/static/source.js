// Source view: highlights the evidence span (or footnote) named by the URL fragment, e.g.
// #ev-china-budapest-cyber-sovereignty, by adding the class "target" to every element that
// belongs to it. The page works without this script; only the highlight needs it.
(function () {
  function highlight() {
    document.querySelectorAll(".source-text .target").forEach(function (e) { e.classList.remove("target"); });
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var own = document.getElementById(id);
    if (own) own.classList.add("target");
    document.querySelectorAll('[data-targets~="' + CSS.escape(id) + '"]').forEach(function (e) { e.classList.add("target"); });
  }
  window.addEventListener("hashchange", highlight);
  document.addEventListener("DOMContentLoaded", highlight);
})();
