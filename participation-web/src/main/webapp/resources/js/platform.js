/* Small enhancements; every page works without them. */
(function () {
    "use strict";

    /* Buttons with data-confirm ask before they submit. */
    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("[data-confirm]") : null;
        if (button && !window.confirm(button.getAttribute("data-confirm"))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    /* Fields with data-counter show how many characters they hold, e.g. "42 of 150 characters". */
    function count(field) {
        var counter = document.getElementById(field.getAttribute("data-counter"));
        if (counter && counter.getAttribute("data-template")) {
            counter.textContent = counter.getAttribute("data-template")
                .replace("{0}", String(field.value.length))
                .replace("{1}", field.getAttribute("maxlength") || "");
        }
    }

    document.addEventListener("input", function (event) {
        if (event.target.hasAttribute && event.target.hasAttribute("data-counter")) {
            count(event.target);
        }
    });
}());
