/*
 * Keeps a petition's count current without reloading: an element with data-count-url asks the public count
 * every few seconds and shows it once it has been folded after the page read its own (data-counted-at), so a
 * count that already holds the reader's signature never goes back. The page shows its count without this.
 */
(function () {
    "use strict";

    var INTERVAL = 5000;
    var LIMIT = 15 * 60 * 1000;

    function instant(text) {
        var parts = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(text || "");
        if (!parts) {
            return NaN;
        }
        return Date.parse(parts[1] + parts[3]) + (parts[2] ? Math.floor(Number("0." + parts[2]) * 1000) : 0);
    }

    function show(box, count) {
        var goal = Number(box.getAttribute("data-goal")) || 0;
        var template = box.getAttribute("data-template");
        var text = box.querySelector(".progress__text");
        var written = new Intl.NumberFormat(document.documentElement.lang || undefined).format(count);
        if (text && template) {
            text.textContent = template.replace("{0}", written);
        }
        var bar = box.querySelector("[role=progressbar]");
        if (bar) {
            bar.setAttribute("aria-valuenow", String(count));
            bar.setAttribute("aria-valuemax", String(Math.max(goal, count, 1)));
            bar.setAttribute("aria-valuetext", text ? text.textContent : written);
        }
        var fill = box.querySelector(".progress__fill");
        if (fill && goal > 0) {
            fill.style.width = Math.min(100, Math.floor(Math.max(0, count) * 100 / goal)) + "%";
        }
    }

    function follow(box) {
        var url = box.getAttribute("data-count-url");
        var since = instant(box.getAttribute("data-counted-at"));
        var started = Date.now();
        if (!url || !window.fetch || isNaN(since)) {
            return;
        }
        function ask() {
            if (Date.now() - started > LIMIT) {
                return;
            }
            if (document.hidden) {
                window.setTimeout(ask, INTERVAL);
                return;
            }
            window.fetch(url, {headers: {"Accept": "application/json"}, credentials: "omit"})
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(String(response.status));
                    }
                    return response.json();
                })
                .then(function (count) {
                    if (count && typeof count.signatures === "number" && instant(count.updatedAt) > since) {
                        show(box, count.signatures);
                    }
                    window.setTimeout(ask, INTERVAL);
                })
                .catch(function () {
                    window.setTimeout(ask, INTERVAL * 3);
                });
        }
        window.setTimeout(ask, INTERVAL);
    }

    Array.prototype.forEach.call(document.querySelectorAll("[data-count-url]"), follow);
}());
