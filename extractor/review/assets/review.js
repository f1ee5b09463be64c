// The review page's behaviour, by event delegation, so that it works on a page rendered by
// the server and on one the web app filled in later.
(function () {
  "use strict";
  function flash(ref) {
    var pieces = document.querySelectorAll('.pc[data-refs~="' + ref + '"]');
    if (!pieces.length) { return false; }
    pieces[0].scrollIntoView({ block: "center", behavior: "auto" });
    pieces.forEach(function (piece) {
      piece.classList.remove("flash");
      void piece.offsetWidth; // restart the animation
      piece.classList.add("flash");
    });
    return true;
  }
  document.addEventListener("click", function (event) {
    var row = event.target.closest(".row[data-ref]");
    if (row) { event.stopPropagation(); flash(row.getAttribute("data-ref")); }
  });
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box.matches && box.matches(".legend input[data-kind]")) {
      document.body.classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked);
    }
  });
  window.reviewFlash = flash;
})();
