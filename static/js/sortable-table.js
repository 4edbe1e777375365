// Tables marked data-sortable: each column heading becomes a button that sorts the rows by it.
(function () {
  "use strict";
  function value(row, index, numeric) {
    const cell = row.children[index];
    const text = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
    return numeric ? (text === "" ? Infinity : Number(text)) : text.toLocaleLowerCase();
  }
  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    const headings = Array.from(table.tHead.rows[0].cells);
    headings.forEach(function (heading, index) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = heading.textContent;
      heading.textContent = "";
      heading.appendChild(button);
      button.addEventListener("click", function () {
        const ascending = heading.getAttribute("aria-sort") !== "ascending";
        const numeric = heading.dataset.sortType === "number";
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        rows.sort(function (a, b) {
          const x = value(a, index, numeric), y = value(b, index, numeric);
          const order = numeric ? x - y : x.localeCompare(y);
          return ascending ? order : -order;
        });
        headings.forEach(function (other) { other.removeAttribute("aria-sort"); });
        heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
