// Lists with "compare" ticks (databases, policies): the compare button works only with 2 to 4 ticked
// rows, and says how many are ticked. Without JavaScript the server checks the same rule and explains it.
(function () {
  "use strict";
  var form = document.querySelector("form.compare-form");
  if (!form) { return; }
  var button = form.querySelector("button[type=submit]");
  var status = form.querySelector("[data-compare-status]");
  function update() {
    var count = form.querySelectorAll("input.compare-tick:checked").length;
    button.disabled = count < 2 || count > 4;
    status.textContent = status.getAttribute("data-message").replace("{count}", String(count));
  }
  form.addEventListener("change", update);
  update();
})();
