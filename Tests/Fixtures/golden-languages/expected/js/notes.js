// Note previews. Hovering, focusing (with the keyboard) or tapping a note number shows the note in
// a small box beside it, unless the notes already sit in the margin. Without this script the
// numbers are plain links to the endnotes, which keep their backlinks.
//
// WCAG 2.2 SC 1.4.13: Esc closes the box without moving focus or pointer; the pointer can move
// onto the box; it stays until the pointer leaves both, focus leaves the number, or it is closed.
// The box is aria-hidden and its links are out of the tab order: screen readers and keyboard users
// read each note once, in the Notes list, where Enter on the number takes them.
(function () {
  "use strict";
  var refs = document.querySelectorAll('a[role="doc-noteref"]');
  // "Go to note {n}" in the page's language, from the notes' data-go-to-note.
  var labelled = document.querySelector("[data-go-to-note]");
  var goToNote = (labelled && labelled.getAttribute("data-go-to-note")) || "Go to note {n}";
  if (!refs.length) return;

  var box = document.createElement("div");
  box.className = "note-popover";
  box.setAttribute("aria-hidden", "true");
  box.hidden = true;
  document.body.appendChild(box);

  var openRef = null;
  var onRef = false;
  var onBox = false;
  var lastPointer = "mouse";
  var timer = 0;

  function sidenotesShown() {
    var side = document.querySelector(".sidenote");
    return side !== null && window.getComputedStyle(side).display !== "none";
  }

  function noteFor(ref) {
    var href = ref.getAttribute("href") || "";
    return href.charAt(0) === "#" ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
  }

  function fill(ref, note) {
    var copy = note.cloneNode(true);
    copy.querySelectorAll('a[role="doc-backlink"]').forEach(function (a) { a.remove(); });
    copy.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    copy.querySelectorAll("a, button, input, select, textarea, [tabindex]").forEach(function (el) {
      el.setAttribute("tabindex", "-1");
    });
    box.textContent = "";
    // The box hangs from body: give it the language and direction of the text it comes from.
    var from = ref.closest("[lang]");
    box.lang = from ? from.lang : "";
    box.dir = window.getComputedStyle(ref).direction;
    var number = document.createElement("span");
    number.className = "note-popover-number";
    number.textContent = ref.textContent;
    box.appendChild(number);
    while (copy.firstChild) box.appendChild(copy.firstChild);
    var more = document.createElement("a");
    more.className = "note-popover-more";
    more.href = ref.getAttribute("href");
    more.setAttribute("tabindex", "-1");
    more.textContent = goToNote.replace("{n}", ref.textContent);
    more.addEventListener("click", hide);
    box.appendChild(more);
  }

  // Below the number, or above it when there is no room below; always inside the viewport. The box
  // starts a little before the number: to its left in left-to-right text, to its right in right-to-left.
  function place(ref) {
    var r = ref.getBoundingClientRect();
    var viewport = document.documentElement.clientWidth;
    var start;
    if (window.getComputedStyle(ref).direction === "rtl") {
      // Measured with room to the viewport's edge: its last position may have squeezed it.
      box.style.left = "0px";
      start = r.right + 24 - box.offsetWidth;
    } else {
      start = r.left - 24;
    }
    var left = Math.max(8, Math.min(start, viewport - box.offsetWidth - 8));
    var top = r.bottom + 6;
    if (top + box.offsetHeight > window.innerHeight - 8 && r.top - box.offsetHeight - 6 > 8) {
      top = r.top - box.offsetHeight - 6;
    }
    box.style.left = Math.round(left + window.scrollX) + "px";
    box.style.top = Math.round(top + window.scrollY) + "px";
  }

  function show(ref) {
    window.clearTimeout(timer);
    if (openRef === ref || sidenotesShown()) return;
    var note = noteFor(ref);
    if (!note) return;
    fill(ref, note);
    box.hidden = false;
    place(ref);
    openRef = ref;
  }

  function hide() {
    window.clearTimeout(timer);
    box.hidden = true;
    openRef = null;
  }

  function keyboardFocused(ref) {
    return document.activeElement === ref && ref.matches(":focus-visible");
  }

  // Persistent: closes only when neither the pointer nor keyboard focus is on the number or the box.
  function hideSoon() {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      if (openRef && !onRef && !onBox && !keyboardFocused(openRef)) hide();
    }, 300);
  }

  refs.forEach(function (ref) {
    ref.addEventListener("pointerenter", function (event) {
      if (event.pointerType === "touch") return;
      onRef = true;
      show(ref);
    });
    ref.addEventListener("pointerleave", function () {
      onRef = false;
      hideSoon();
    });
    ref.addEventListener("focus", function () {
      if (ref.matches(":focus-visible")) show(ref);
    });
    ref.addEventListener("blur", hideSoon);
    ref.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        event.preventDefault();
        if (openRef === ref) hide(); else show(ref);
      } else if (event.key === "Enter") {
        hide();
      }
    });
    // A first tap shows the note; a second tap on the same number goes to it.
    ref.addEventListener("click", function (event) {
      if (lastPointer === "touch" && openRef !== ref && !sidenotesShown()) {
        event.preventDefault();
        show(ref);
      } else {
        hide();
      }
    });
  });

  box.addEventListener("pointerenter", function () {
    onBox = true;
    window.clearTimeout(timer);
  });
  box.addEventListener("pointerleave", function () {
    onBox = false;
    hideSoon();
  });

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType || "mouse";
    if (openRef && !box.contains(event.target) && !openRef.contains(event.target)) hide();
  });
  document.addEventListener("keydown", function (event) {
    if ((event.key === "Escape" || event.key === "Esc") && openRef) hide();
  });
  window.addEventListener("resize", hide);
  // Focus scrolls the number into view (smoothly): keep the box beside it, below or above.
  var placing = false;
  window.addEventListener("scroll", function () {
    if (!openRef || placing) return;
    placing = true;
    window.requestAnimationFrame(function () {
      placing = false;
      if (openRef) place(openRef);
    });
  }, { passive: true });
})();
