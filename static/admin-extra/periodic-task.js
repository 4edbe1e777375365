// django-celery-beat's crontab help, moved out of an inline script so the admin keeps a strict CSP.
(function ($) {
  "use strict";
  const readableCrontabs = JSON.parse($("#readable-crontabs").text());
  const originalHelp = document.getElementById("periodic-task-overrides").dataset.crontabHelp;
  $(".field-crontab_translation").hide();
  $(".field-crontab").change(function () {
    const help = $(".field-crontab .help").empty().text(originalHelp);
    help.append("<br>", document.createTextNode("Translation: " + (readableCrontabs[$("#id_crontab").val()] || "")));
  });
})(django.jQuery);
