// Draws each programme chart from the JSON beside it; the table below the chart holds the same numbers.
(function () {
  "use strict";
  var COLOURS = ["#0b4f8a", "#c25e00"];

  function draw(canvas) {
    var source = document.getElementById(canvas.dataset.chart);
    if (!source) { return; }
    var data = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.datasets.map(function (set, index) {
          var colour = COLOURS[index % COLOURS.length];
          return { label: set.label, data: set.values, backgroundColor: colour, borderColor: colour };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (typeof window.Chart === "undefined") { return; }
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
  });
})();
