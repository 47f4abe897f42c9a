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

    /* Messages from the server are the form's messages: the browser's own checks, in its own language, stay off. */
    Array.prototype.forEach.call(document.forms, function (form) {
        form.noValidate = true;
    });

    /* On narrow screens the menus fold behind a button; without script they stay open. */
    var toggle = document.querySelector(".menu-toggle");
    var menu = document.getElementById("site-menu");
    if (toggle && menu) {
        toggle.hidden = false;
        document.documentElement.classList.add("has-menu-toggle");
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") !== "true";
            toggle.setAttribute("aria-expanded", String(open));
            menu.classList.toggle("is-open", open);
        });
    }

    /* After a failed submit the summary of errors takes the focus; each of its links focuses its field. */
    var summary = document.querySelector(".error-summary");
    if (summary) {
        summary.focus();
        summary.addEventListener("click", function (event) {
            var link = event.target.closest ? event.target.closest("a[data-field]") : null;
            var field = link ? document.getElementById(link.getAttribute("data-field")) : null;
            if (field) {
                event.preventDefault();
                field.scrollIntoView({block: "center"});
                field.focus();
            }
        });
    }

    /*
     * Two minutes before a signed-in session would end, a notice offers to keep it: one request to the session
     * extends it, so that what is being typed into a form is not lost to an expired session.
     */
    var warning = document.getElementById("session-warning");
    if (warning) {
        var seconds = parseInt(warning.getAttribute("data-seconds"), 10);
        var timer = null;
        var schedule = function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                warning.hidden = false;
                document.getElementById("session-extend").focus();
            }, Math.max(seconds - 120, 10) * 1000);
        };
        document.getElementById("session-extend").addEventListener("click", function () {
            fetch(warning.getAttribute("data-ping"), {credentials: "same-origin", headers: {"Accept": "application/json"}})
                .then(function (response) {
                    if (response.ok) {
                        warning.hidden = true;
                        schedule();
                    }
                });
        });
        if (seconds > 0) {
            schedule();
        }
    }
}());
