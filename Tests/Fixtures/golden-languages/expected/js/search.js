// Starts Pagefind's search UI on /search/. A query in the address (?q=water) is searched at once,
// so a search form elsewhere can point here.
window.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var element = document.getElementById("search");
  if (!element || typeof window.PagefindUI !== "function") return;
  var ui = new window.PagefindUI({
    element: "#search",
    baseUrl: element.getAttribute("data-base-url") || "/",
    showSubResults: true,
    showImages: false,
    autofocus: true,
    translations: { placeholder: element.getAttribute("data-placeholder") || "Search the briefs" }
  });
  // Pagefind's input has only a placeholder; the page heading is its visible label.
  var input = element.querySelector(".pagefind-ui__search-input");
  if (input) input.setAttribute("aria-labelledby", "search-heading");
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
});
