// As-you-type suggestions for the header search box (ARIA combobox with a listbox popup).
// Without JavaScript the box still submits to the search page.
(function () {
  "use strict";
  var input = document.getElementById("site-search");
  var list = document.getElementById("site-search-suggestions");
  if (!input || !list) return;
  var timer = null;
  var active = -1;
  var lastQuery = "";
  var controller = null;

  function options() { return list.querySelectorAll("[role=option]"); }

  function close() {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  // Close the list and drop any suggestion still on its way, so it does not reopen the list.
  function dismiss() {
    clearTimeout(timer);
    if (controller) controller.abort();
    controller = null;
    lastQuery = "";
    close();
  }

  function highlight(index) {
    var items = options();
    if (!items.length) return;
    active = (index + items.length) % items.length;
    items.forEach(function (item, i) { item.setAttribute("aria-selected", i === active ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  function render(suggestions) {
    list.replaceChildren();
    suggestions.forEach(function (s, i) {
      var li = document.createElement("li");
      li.id = "site-search-option-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      var link = document.createElement("a");
      link.href = s.url;
      link.tabIndex = -1;
      var title = document.createElement("span");
      title.textContent = s.title;
      // Screen readers pronounce a title in its own language, not the page's.
      if (s.language !== document.documentElement.lang) title.lang = s.language;
      link.appendChild(title);
      var kind = document.createElement("span");
      kind.className = "suggestion-kind";
      kind.textContent = s.kind_label;
      link.appendChild(kind);
      li.appendChild(link);
      li.addEventListener("mousedown", function (event) { event.preventDefault(); window.location.href = s.url; });
      list.appendChild(li);
    });
    var open = suggestions.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    active = -1;
  }

  function fetchSuggestions() {
    var query = input.value.trim();
    if (query.length < 2) { close(); return; }
    if (query === lastQuery) return;
    lastQuery = query;
    if (controller) controller.abort();
    controller = new AbortController();
    fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(query), {
      headers: { "Accept": "application/json" }, signal: controller.signal
    }).then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) { if (data.query === input.value.trim().slice(0, 200)) render(data.suggestions); })
      .catch(function () { /* aborted or offline: keep the plain search box */ });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (list.hidden) return;
    if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
    else if (event.key === "Escape") {
      // A search input clears itself on Escape: here Escape only closes the list, so keep the words.
      event.preventDefault();
      dismiss();
    }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = options()[active].querySelector("a").href;
    }
  });
  input.addEventListener("blur", function () { setTimeout(close, 100); });
})();
