// Draws each chart from the JSON beside it. The table under every chart holds the same numbers,
// so the page says everything without this script (and to screen readers).
(function () {
  "use strict";
  var COLOURS = ["#0b4f8a", "#e08a00", "#1e6b37", "#7a3b8f", "#a3201b", "#4a5563"];

  function draw(canvas) {
    var source = document.getElementById(canvas.dataset.chart);
    if (!source) { return; }
    var data = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: data.type || "bar",
      data: {
        labels: data.labels,
        datasets: data.datasets.map(function (set, index) {
          var colour = COLOURS[index % COLOURS.length];
          return { label: set.label, data: set.values, backgroundColor: colour, borderColor: colour };
        })
      },
      options: {
        indexAxis: data.horizontal ? "y" : "x",
        locale: document.documentElement.lang,
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // Arabic pages read right to left: the category axis and the legend follow.
        plugins: { legend: { display: data.datasets.length > 1, rtl: document.dir === "rtl" } },
        scales: {
          x: { stacked: Boolean(data.stacked), beginAtZero: true },
          y: { stacked: Boolean(data.stacked), beginAtZero: true, ticks: { precision: 0 } }
        }
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (typeof window.Chart === "undefined") { return; }
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
  });
})();
