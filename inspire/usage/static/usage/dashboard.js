// Draws each dashboard chart from the JSON next to it; the table below the chart holds the same numbers.
(function () {
  "use strict";
  var COLOUR = "#0b4f8a";

  function draw(canvas) {
    var source = document.getElementById(canvas.dataset.chart);
    if (!source) { return; }
    var data = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: data.type,
      data: {
        labels: data.labels,
        datasets: [{ label: data.label, data: data.values, backgroundColor: COLOUR, borderColor: COLOUR }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (typeof window.Chart === "undefined") { return; }
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
  });
})();
