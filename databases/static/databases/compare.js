// Compare: "Show columns" hides or shows a database's column, so a phone can keep two side by side.
(function () {
  "use strict";
  var picker = document.querySelector("[data-compare-columns]");
  var matrix = document.querySelector(".compare-matrix");
  if (!picker || !matrix) { return; }
  picker.hidden = false;
  picker.addEventListener("change", function (event) {
    var box = event.target;
    if (!box.dataset.column) { return; }
    var column = Number(box.dataset.column);
    matrix.querySelectorAll("tr:not(.group-row)").forEach(function (row) {
      var cell = row.children[column];
      if (cell) { cell.classList.toggle("column-hidden", !box.checked); }
    });
    window.dispatchEvent(new Event("resize"));
  });
})();
