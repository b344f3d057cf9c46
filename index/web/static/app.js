// zhnews: small conveniences; every page works without this script.
(function () {
  "use strict";
  // "/" focuses the query box, as on most search sites.
  document.addEventListener("keydown", function (e) {
    var q = document.getElementById("q");
    if (e.key === "/" && q && document.activeElement !== q && !/^(INPUT|TEXTAREA)$/.test(document.activeElement.tagName)) {
      e.preventDefault();
      q.focus();
      q.select();
    }
  });
  // "Back to search" returns to the results the reader came from.
  var back = document.getElementById("back");
  if (back && document.referrer) {
    try {
      var ref = new URL(document.referrer);
      if (ref.origin === location.origin && ref.pathname === "/") {
        back.href = ref.pathname + ref.search;
      }
    } catch (err) { /* keep the plain link */ }
  }
})();
