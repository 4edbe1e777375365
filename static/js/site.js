// Small progressive enhancements shared by every page. The site works without JavaScript.
(function () {
  "use strict";
  // Auto-submit filter forms that opt in, so facet checkboxes apply at once.
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function () { form.requestSubmit(); });
  });

  // Filter panels fold behind a "Filters (N)" button on a phone and stay open beside the results on a wide screen.
  var wide = window.matchMedia("(min-width: 48.01rem)");
  var toggles = document.querySelectorAll("details[data-filters-toggle]");
  function openOnWideScreens() {
    toggles.forEach(function (details) { if (wide.matches) { details.open = true; } });
  }
  openOnWideScreens();
  wide.addEventListener("change", openOnWideScreens);

  // A table wider than its box scrolls inside it; the box shows a cue (and a hint) only when it does.
  var wraps = document.querySelectorAll(".table-wrap");
  var hintText = document.body.dataset.scrollHint;
  wraps.forEach(function (wrap) {
    if (!hintText) { return; }
    var hint = document.createElement("p");
    hint.className = "table-scroll-hint";
    hint.hidden = true;
    hint.textContent = hintText;
    wrap.parentNode.insertBefore(hint, wrap);
    wrap.scrollHint = hint;
  });
  function markOverflow() {
    wraps.forEach(function (wrap) {
      var overflows = wrap.scrollWidth > wrap.clientWidth + 1;
      wrap.classList.toggle("is-overflowing", overflows);
      if (wrap.scrollHint) { wrap.scrollHint.hidden = !overflows; }
      var atEnd = Math.abs(wrap.scrollLeft) + wrap.clientWidth >= wrap.scrollWidth - 1;
      wrap.classList.toggle("is-scrolled-to-end", overflows && atEnd);
    });
  }
  wraps.forEach(function (wrap) { wrap.addEventListener("scroll", markOverflow, { passive: true }); });
  window.addEventListener("resize", markOverflow);
  markOverflow();
})();
