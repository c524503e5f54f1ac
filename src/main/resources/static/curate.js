// Review page: "use selected text" copies the text selected in the source into the quote field,
// so a quote is adjusted by selecting it rather than by typing it.
(function () {
  "use strict";
  var text = document.getElementById("curate-text");
  var hint = document.getElementById("selection-hint");
  var last = "";
  document.addEventListener("selectionchange", function () {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || !text) return;
    var range = sel.getRangeAt(0);
    if (text.contains(range.commonAncestorContainer)) {
      var s = sel.toString().replace(/\s+/g, " ").trim();
      if (s) last = s;
    }
  });
  document.querySelectorAll("button.use-selection").forEach(function (b) {
    b.addEventListener("mousedown", function (e) { e.preventDefault(); });
    b.addEventListener("click", function () {
      var field = document.getElementById(b.getAttribute("data-target"));
      if (!field) return;
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
