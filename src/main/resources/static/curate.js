// Review page: "use selected text" copies the text selected in the source into the quote field,
// so a quote is adjusted by selecting it rather than by typing it.
(function () {
  "use strict";
  var text = document.getElementById("curate-text");
  var hint = document.getElementById("selection-hint");
  var last = "";
  function selectedInText() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || !text) return "";
    if (!text.contains(sel.getRangeAt(0).commonAncestorContainer)) return "";
    return sel.toString().replace(/\s+/g, " ").trim();
  }
  document.addEventListener("selectionchange", function () {
    var s = selectedInText();
    if (s) last = s;
  });
  document.querySelectorAll("button.use-selection").forEach(function (b) {
    b.addEventListener("mousedown", function (e) { e.preventDefault(); });
    b.addEventListener("click", function () {
      var field = document.getElementById(b.getAttribute("data-target"));
      if (!field) return;
      var now = selectedInText();
      if (now) last = now;
      if (!last) {
        if (hint) { hint.hidden = false; b.after(hint); }
        return;
      }
      field.value = last;
      if (hint) hint.hidden = true;
      field.focus();
    });
  });
})();
