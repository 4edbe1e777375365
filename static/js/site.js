// Small progressive enhancements shared by every page. The site works without JavaScript.
(function () {
  "use strict";
  // Auto-submit filter forms that opt in, so facet checkboxes apply at once.
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function () { form.requestSubmit(); });
  });
})();
