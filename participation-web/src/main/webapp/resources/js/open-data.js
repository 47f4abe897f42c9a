/* Lists the API's operations from the OpenAPI document the platform publishes; where operators keep that document
   inside, the page says so and the data sets above stay usable. */
(function () {
    "use strict";
    var section = document.getElementById("endpoints");
    var status = document.getElementById("endpoints-status");
    var list = document.getElementById("endpoint-list");
    if (!section || !window.fetch) {
        return;
    }
    fetch(section.getAttribute("data-openapi") + "?format=JSON", {headers: {"Accept": "application/json"}})
        .then(function (response) {
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            return response.json();
        })
        .then(function (document_) {
            var paths = document_.paths || {};
            Object.keys(paths).sort().forEach(function (path) {
                Object.keys(paths[path]).forEach(function (method) {
                    var operation = paths[path][method];
                    if (typeof operation !== "object" || !operation) {
                        return;
                    }
                    var item = document.createElement("li");
                    var code = document.createElement("code");
                    code.textContent = method.toUpperCase() + " " + path;
                    item.appendChild(code);
                    if (operation.summary || operation.description) {
                        item.appendChild(document.createTextNode(" · " + (operation.summary || operation.description)));
                    }
                    list.appendChild(item);
                });
            });
            status.hidden = true;
        })
        .catch(function () {
            status.textContent = section.getAttribute("data-unavailable");
        });
}());
