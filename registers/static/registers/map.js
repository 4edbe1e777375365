// World map of patent registers: recolour by the chosen column without reloading, show the name of
// the country under the pointer or keyboard focus. Countries are plain SVG links, so opening a file
// by click or Enter works without this script.
(function () {
  "use strict";
  var svg = document.querySelector(".map-svg");
  var dataNode = document.getElementById("map-data");
  if (!svg || !dataNode) { return; }
  var data = JSON.parse(dataNode.textContent);
  var labels = JSON.parse(document.getElementById("map-labels").textContent);
  var select = document.getElementById("map-column");
  var form = document.getElementById("map-form");
  var legend = document.getElementById("map-legend-label");
  var tableUrl = document.getElementById("map-caption").getAttribute("data-table-url");
  var hover = document.getElementById("map-hover");
  var countries = svg.querySelectorAll("a[data-code]");

  var STATES = ["yes", "no", "unknown"];

  // Three states: a column in `on` is yes, in `off` recorded as absent, in neither not recorded.
  function stateOf(code, column) {
    var entry = data.jurisdictions[code];
    if (!entry) { return "unknown"; }
    if (entry.on.indexOf(column) !== -1) { return "yes"; }
    return entry.off.indexOf(column) !== -1 ? "no" : "unknown";
  }

  function isMembership(column) { return column.indexOf("member:") === 0; }

  // Member lists hold only the members the curator is sure of: there is no recorded "no" for them.
  function label(state, column) {
    if (isMembership(column)) { return state === "yes" ? labels.member : labels.not_member; }
    return labels[state];
  }

  // The table filtered to one state of a column; there is no filter for "not recorded as a member".
  function tableLink(state, column) {
    if (isMembership(column)) {
      return state === "yes" ? tableUrl + "?member_of=" + encodeURIComponent(column.slice("member:".length)) : null;
    }
    return tableUrl + "?" + encodeURIComponent(column) + "=" + state;
  }

  function updateLegend(column) {
    var counts = { yes: 0, no: 0, unknown: 0 };
    Object.keys(data.jurisdictions).forEach(function (code) { counts[stateOf(code, column)] += 1; });
    STATES.forEach(function (state) {
      var item = document.getElementById("map-legend-" + state);
      var link = item.querySelector(".legend-link");
      var href = tableLink(state, column);
      item.querySelector(".legend-count").textContent = String(counts[state]);
      item.querySelector(".legend-label").textContent = label(state, column);
      if (href) { link.setAttribute("href", href); } else { link.removeAttribute("href"); }
    });
    document.getElementById("map-legend-no").hidden = isMembership(column);
  }

  function colour(column) {
    if (!data.columns[column]) { return; }
    countries.forEach(function (link) {
      var code = link.getAttribute("data-code");
      var state = stateOf(code, column);
      STATES.forEach(function (name) { link.classList.toggle("state-" + name, name === state); });
      link.setAttribute("aria-label", data.jurisdictions[code].name + ": " + label(state, column));
    });
    select.value = column;
    legend.textContent = data.columns[column];
    updateLegend(column);
    document.querySelectorAll("[data-map-column]").forEach(function (heading) {
      heading.setAttribute("aria-pressed", String(heading.getAttribute("data-map-column") === column));
    });
    var url = new URL(window.location.href);
    url.searchParams.set("column", column);
    window.history.replaceState(null, "", url);
  }

  select.addEventListener("change", function () { colour(select.value); });
  form.addEventListener("submit", function (event) { event.preventDefault(); colour(select.value); });
  document.querySelectorAll("[data-map-column]").forEach(function (heading) {
    heading.setAttribute("role", "button");
    heading.addEventListener("click", function (event) {
      event.preventDefault();
      colour(heading.getAttribute("data-map-column"));
      document.getElementById("world-map").scrollIntoView({ block: "start" });
    });
  });

  function describe(event) {
    var link = event.target.closest ? event.target.closest("a[data-code]") : null;
    if (!link) { return; }
    var code = link.getAttribute("data-code");
    hover.textContent = data.jurisdictions[code].name + " (" + code + "): " + label(stateOf(code, select.value), select.value);
  }
  svg.addEventListener("mouseover", describe);
  svg.addEventListener("focusin", describe);
  svg.addEventListener("mouseleave", function () { hover.textContent = ""; });
})();
