// Actor pickers that search as you type: an <input list="..."> whose <datalist> is filled from
// /api/search with the actors matching what was typed (id as the value, name and type as the label).
(function () {
  var ACTORS = ["State", "InternationalOrganisation", "GovernmentBody", "Company", "CivilSocietyOrganisation",
    "Person", "ActorGroup"];
  function slug(path) { return path && path.indexOf("/id/") === 0 ? path.substring(4) : null; }
  function attach(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var lang = input.dataset.lang === "zh" ? "zh" : "en";
    var timer = null, asked = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 1 || q === asked) return;
        asked = q;
        fetch("/api/search?q=" + encodeURIComponent(q)).then(function (r) { return r.ok ? r.json() : { hits: [] }; })
          .then(function (answer) {
            if (q !== asked) return;
            list.textContent = "";
            (answer.hits || []).forEach(function (h) {
              var id = slug(h.path);
              if (!id || id === input.dataset.except || ACTORS.indexOf(h.type) < 0) return;
              var o = document.createElement("option");
              o.value = id;
              o.label = (h.label[lang] || h.label[lang === "zh" ? "en" : "zh"] || id) + " (" + (h.typeLabel[lang] || h.type) + ")";
              list.appendChild(o);
            });
          });
      }, 200);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[list][data-lang]").forEach(attach);
  });
})();
