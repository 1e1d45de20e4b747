/// Adds the live-reload script, and the error overlay while there are errors, to an HTML page
/// as it is served. Nothing is written to disk: `imprint build` output never has them.
enum PageDecorator {
    static let eventsPath = "/_imprint/events"

    static func decorate(_ html: String, status: PreviewStatus.Snapshot) -> String {
        let addition = status.overlayHTML + script(generation: status.generation)
        // Before the last </body>, or at the end of a page that has none.
        if let range = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            var result = html
            result.insert(contentsOf: addition, at: range.lowerBound)
            return result
        }
        return html + addition
    }

    /// Listens on `/_imprint/events`. Each event says whether the build succeeded, its
    /// generation, whether only stylesheets changed, and the overlay to show.
    static func script(generation: Int) -> String {
        """
        <script id="imprint-live-reload">
        (function () {
          var generation = \(generation);
          var overlayID = "\(ErrorOverlay.elementID)";
          function swapStylesheets(version) {
            var links = document.querySelectorAll('link[rel="stylesheet"]');
            for (var i = 0; i < links.length; i++) {
              var link = links[i];
              var url = new URL(link.href, location.href);
              if (url.origin !== location.origin) continue;
              url.searchParams.set("imprint", String(version));
              var fresh = link.cloneNode();
              fresh.href = url.pathname + url.search;
              fresh.onload = (function (old) { return function () { old.remove(); }; })(link);
              link.parentNode.insertBefore(fresh, link.nextSibling);
            }
          }
          function apply(state) {
            var overlay = document.getElementById(overlayID);
            if (!state.ok) {
              var holder = document.createElement("div");
              holder.innerHTML = state.overlay;
              var fresh = holder.firstElementChild;
              if (overlay && fresh) { overlay.replaceWith(fresh); }
              else if (fresh) { document.body.appendChild(fresh); }
              generation = state.generation;
              return;
            }
            if (overlay) { location.reload(); return; }
            if (state.generation <= generation) return;
            if (state.stylesheetsOnly && state.generation === generation + 1) {
              generation = state.generation;
              swapStylesheets(state.generation);
              return;
            }
            location.reload();
          }
          if (!window.EventSource) return;
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("build", function (event) {
            try { apply(JSON.parse(event.data)); } catch (e) { console.error("imprint serve:", e); }
          });
        })();
        </script>

        """
    }
}
