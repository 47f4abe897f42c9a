/*
 * A button with data-copy="<id of a field>" copies the field's text to the clipboard and says so in the element
 * its aria-describedby names. The button is hidden until this script shows it; without script the field stays
 * there to select and copy by hand.
 */
(function () {
    "use strict";

    function say(button, text) {
        var status = document.getElementById(button.getAttribute("aria-describedby"));
        if (status) {
            status.textContent = text || "";
        }
    }

    function copyBySelection(field) {
        field.focus();
        field.select();
        try {
            return document.execCommand("copy");
        } catch (e) {
            return false;
        }
    }

    function copy(button) {
        var field = document.getElementById(button.getAttribute("data-copy"));
        if (!field) {
            return;
        }
        var copied = function () {
            say(button, button.getAttribute("data-copied"));
        };
        var failed = function () {
            field.focus();
            field.select();
            say(button, button.getAttribute("data-copy-failed"));
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(copied, function () {
                if (copyBySelection(field)) {
                    copied();
                } else {
                    failed();
                }
            });
        } else if (copyBySelection(field)) {
            copied();
        } else {
            failed();
        }
    }

    Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            copy(button);
        });
    });
}());
