// The brief's "Print" button: shown only when this script runs, it opens the browser's print
// dialog, which lays the page out with the stylesheet's print rules (no navigation, notes at
// the end, links spelt out).
(function () {
  "use strict";
  if (typeof window.print !== "function") return;
  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
