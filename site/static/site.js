/* policylabel: progressive enhancement only. Without this script every page still works: filters use
   CSS :target, and the source view highlights the start of a linked passage with CSS :has(). */
(function () {
  "use strict";

  function visibleRows(tbody) {
    return Array.prototype.filter.call(tbody.rows, function (tr) {
      return !tr.hidden && getComputedStyle(tr).display !== "none";
    });
  }

  /* Home page: free-text search over the catalogue, combined with the CSS filters. */
  function setupSearch() {
    var box = document.querySelector(".search[data-enhance]");
    var table = document.querySelector("table.catalogue");
    if (!box || !table) return;
    var input = box.querySelector("input");
    var status = box.querySelector("[role=status]");
    var empty = document.querySelector("[data-empty]");
    var tbody = table.tBodies[0];
    box.hidden = false;
    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(tbody.rows, function (tr) {
        var text = tr.textContent.toLowerCase();
        tr.hidden = !words.every(function (w) { return text.indexOf(w) !== -1; });
      });
      var n = visibleRows(tbody).length;
      status.textContent = n + " of " + tbody.rows.length + " documents shown";
      if (empty) empty.hidden = n !== 0;
    }
    input.addEventListener("input", apply);
    window.addEventListener("hashchange", apply);
    apply();
    if (box.getAttribute("data-index")) setupIndexSearch(box, input, status);
  }

  /* Paginated home page: the search also looks through the compact index of every document
     (search-index.json) and lists the matches on other pages as links. */
  function setupIndexSearch(box, input, status) {
    var list = box.querySelector(".search-results");
    var index = null, loading = false;
    function show() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      while (list.firstChild) list.removeChild(list.firstChild);
      if (!index || !words.length) { list.hidden = true; return; }
      var found = index.documents.filter(function (d) {
        var text = (d[0] + " " + d[1] + " " + (index.kinds[d[3]] || "")).toLowerCase();
        return words.every(function (w) { return text.indexOf(w) !== -1; });
      });
      found.slice(0, 50).forEach(function (d) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = d[2] + "index.html";
        a.textContent = d[0] + ": " + d[1];
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = found.length === 0;
      status.textContent = found.length + " of " + index.documents.length + " documents match in the whole catalogue" +
        (found.length > 50 ? " (first 50 listed)" : "");
    }
    input.addEventListener("input", function () {
      if (index || loading) { show(); return; }
      loading = true;
      fetch(box.getAttribute("data-index")).then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data && data.version === 1) { index = data; show(); } })
        .catch(function () { /* file:// or offline: the search stays on this page */ });
    });
  }

  /* Sortable tables: a button in each column heading; aria-sort tells assistive technology the order. */
  function setupSorting() {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
      var heads = table.tHead.rows[0].cells;
      var tbody = table.tBodies[0];
      Array.prototype.forEach.call(heads, function (th, index) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "sort";
        while (th.firstChild) button.appendChild(th.firstChild);
        var arrow = document.createElement("span");
        arrow.className = "arrow";
        arrow.setAttribute("aria-hidden", "true");
        arrow.textContent = "\u2195";
        button.appendChild(arrow);
        th.appendChild(button);
        button.addEventListener("click", function () {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          var numeric = th.getAttribute("data-type") === "number";
          var rows = Array.prototype.slice.call(tbody.rows);
          function key(tr) {
            var cell = tr.cells[index];
            var v = cell.getAttribute("data-sort") || cell.textContent.trim();
            return numeric ? parseFloat(v) || 0 : v.toLowerCase();
          }
          rows.sort(function (a, b) {
            var ka = key(a), kb = key(b);
            var c = numeric ? ka - kb : ka.localeCompare(kb);
            return ascending ? c : -c;
          });
          rows.forEach(function (tr) { tbody.appendChild(tr); });
          Array.prototype.forEach.call(heads, function (h) {
            h.removeAttribute("aria-sort");
            var a = h.querySelector(".arrow");
            if (a) a.textContent = "\u2195";
          });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          arrow.textContent = ascending ? "\u2191" : "\u2193";
        });
      });
    });
  }

  /* Source view: highlight every piece of the passage the address points to, not only its start. */
  function setupPassages() {
    var source = document.querySelector(".source");
    if (!source) return;
    function apply() {
      Array.prototype.forEach.call(source.querySelectorAll("mark.current"), function (m) {
        m.classList.remove("current");
      });
      var id = decodeURIComponent(location.hash.slice(1));
      if (!/^s\d+-\d+$/.test(id)) return;
      Array.prototype.forEach.call(source.querySelectorAll("mark"), function (m) {
        var passages = m.getAttribute("data-s") || m.id;  /* no data-s: the mark is its passage alone */
        if ((" " + passages + " ").indexOf(" " + id + " ") !== -1) m.classList.add("current");
      });
    }
    window.addEventListener("hashchange", apply);
    apply();
  }

  /* Label: a link into a folded section unfolds it (browsers that do not do so themselves), and printing
     unfolds every section (the print stylesheet does too, where ::details-content is supported). */
  function setupFolds() {
    var folds = document.querySelectorAll("details.fold");
    if (!folds.length) return;
    function reveal() {
      var id = decodeURIComponent(location.hash.slice(1));
      var target = id && document.getElementById(id);
      for (var el = target; el; el = el.parentElement) {
        if (el.tagName === "DETAILS") el.open = true;
      }
      if (target) target.scrollIntoView();
    }
    var closed = [];
    window.addEventListener("beforeprint", function () {
      closed = Array.prototype.filter.call(folds, function (d) { return !d.open; });
      closed.forEach(function (d) { d.open = true; });
    });
    window.addEventListener("afterprint", function () {
      closed.forEach(function (d) { d.open = false; });
      closed = [];
    });
    window.addEventListener("hashchange", reveal);
    if (location.hash) reveal();
  }

  setupSearch();
  setupSorting();
  setupPassages();
  setupFolds();
})();
