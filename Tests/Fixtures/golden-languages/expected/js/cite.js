// "Cite this brief": shows the copy buttons and makes them copy the citation next to them.
// Without this script (or without a clipboard) the buttons stay hidden and the citation is
// plain text to select. Copies HTML too where the browser allows, so the title stays italic.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  var status = document.getElementById("imprint-cite-status");
  // The page's language gives the messages (data-copied, data-copy-failed).
  function text(name, fallback) {
    return (status && status.getAttribute(name)) || fallback;
  }

  function say(message) {
    if (status) status.textContent = message;
  }

  function copy(element) {
    var text = element.textContent.trim();
    if (window.ClipboardItem && navigator.clipboard.write) {
      var item = new ClipboardItem({
        "text/plain": new Blob([text], { type: "text/plain" }),
        "text/html": new Blob([element.innerHTML.trim()], { type: "text/html" })
      });
      return navigator.clipboard.write([item]).catch(function () {
        return navigator.clipboard.writeText(text);
      });
    }
    return navigator.clipboard.writeText(text);
  }

  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    if (!target) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      copy(target).then(function () {
        say(text("data-copied", "Copied to the clipboard."));
      }, function () {
        say(text("data-copy-failed", "Could not copy; select the text and copy it instead."));
      });
    });
  });
})();
