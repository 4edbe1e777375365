// Write / Preview tabs above a post's text. The preview comes from the site itself (POST, with the form's
// CSRF token), rendered exactly as the saved post will be. Without JavaScript the tabs stay hidden and
// the form posts as usual.
(function () {
  "use strict";
  document.querySelectorAll(".etisc-preview-tabs").forEach(function (tools, index) {
    var textarea = document.getElementById(tools.dataset.field);
    var form = tools.closest("form");
    var writePanel = textarea && textarea.closest(".field");
    if (!writePanel || !form || !form.elements.csrfmiddlewaretoken) return;
    var tabs = {
      write: tools.querySelector("[data-tab=write]"),
      preview: tools.querySelector("[data-tab=preview]")
    };
    var previewPanel = tools.querySelector("[data-panel=preview]");
    var prefix = "etisc-editor-" + index;
    var controller = null;

    tabs.write.id = prefix + "-write-tab";
    tabs.preview.id = prefix + "-preview-tab";
    writePanel.id = prefix + "-write";
    writePanel.classList.add("etisc-write");
    writePanel.setAttribute("role", "tabpanel");
    writePanel.setAttribute("aria-labelledby", tabs.write.id);
    previewPanel.id = prefix + "-preview";
    previewPanel.setAttribute("aria-labelledby", tabs.preview.id);
    tabs.write.setAttribute("aria-controls", writePanel.id);
    tabs.preview.setAttribute("aria-controls", previewPanel.id);
    writePanel.parentNode.insertBefore(tools, writePanel);

    function say(text) {
      var note = document.createElement("p");
      note.className = "muted";
      note.textContent = text;
      previewPanel.replaceChildren(note);
    }

    function load() {
      if (controller) controller.abort();
      if (!textarea.value.trim()) { say(tools.dataset.empty); return; }
      say(tools.dataset.loading);
      controller = new AbortController();
      var data = new FormData();
      data.append("csrfmiddlewaretoken", form.elements.csrfmiddlewaretoken.value);
      data.append("body", textarea.value);
      fetch(tools.dataset.previewUrl, {
        method: "POST", body: data, credentials: "same-origin",
        headers: { "Accept": "application/json" }, signal: controller.signal
      }).then(function (response) {
        return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
      }).then(function (result) {
        if (result.ok) {
          // Sanitized by the server with the same rules as every saved post shown on the thread.
          if (result.answer.html) { previewPanel.innerHTML = result.answer.html; } else { say(tools.dataset.empty); }
          return;
        }
        var errors = (result.answer.errors && result.answer.errors.body) || [];
        say(errors[0] || result.answer.detail || tools.dataset.failed);
      }).catch(function (error) {
        // A signed-out session answers with the sign-in page, not JSON: the same message covers it.
        if (error.name !== "AbortError") say(tools.dataset.failed);
      });
    }

    function select(name, focus) {
      var previewing = name === "preview";
      tabs.write.setAttribute("aria-selected", previewing ? "false" : "true");
      tabs.preview.setAttribute("aria-selected", previewing ? "true" : "false");
      tabs.write.tabIndex = previewing ? -1 : 0;
      tabs.preview.tabIndex = previewing ? 0 : -1;
      writePanel.hidden = previewing;
      previewPanel.hidden = !previewing;
      if (focus) tabs[name].focus();
      if (previewing) load();
    }

    tabs.write.addEventListener("click", function () { select("write", false); });
    tabs.preview.addEventListener("click", function () { select("preview", false); });
    tools.querySelector("[role=tablist]").addEventListener("keydown", function (event) {
      // Two tabs: either arrow key moves to the other one, in left-to-right and right-to-left pages alike.
      var keys = { ArrowLeft: "other", ArrowRight: "other", Home: "write", End: "preview" };
      var move = keys[event.key];
      if (!move) return;
      event.preventDefault();
      var current = tabs.preview.getAttribute("aria-selected") === "true" ? "preview" : "write";
      select(move === "other" ? (current === "write" ? "preview" : "write") : move, true);
    });
    // A hidden empty field would block the submit silently: show it so the browser can point at it.
    textarea.addEventListener("invalid", function () { select("write", false); });

    select("write", false);
    tools.hidden = false;
  });
})();
