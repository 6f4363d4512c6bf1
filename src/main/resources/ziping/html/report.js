"use strict";
(function () {
  var boxes = document.querySelectorAll("input[name=severity]");
  var rule = document.getElementById("rule-filter");
  var findings = document.querySelectorAll("li.finding");
  var marks = document.querySelectorAll("[data-findings]");
  var shown = document.getElementById("shown-count");

  var rules = {};
  findings.forEach(function (f) { rules[f.dataset.rule] = true; });
  Object.keys(rules).sort().forEach(function (id) {
    var option = document.createElement("option");
    option.value = id;
    option.textContent = id;
    rule.appendChild(option);
  });

  function apply() {
    var severities = {};
    boxes.forEach(function (b) { severities[b.value] = b.checked; });
    var visible = {};
    var count = 0;
    findings.forEach(function (f) {
      var on = severities[f.dataset.severity] && (rule.value === "" || rule.value === f.dataset.rule);
      f.classList.toggle("hidden", !on);
      if (on) { visible[f.id] = true; count++; }
    });
    marks.forEach(function (m) {
      var any = m.dataset.findings.split(" ").some(function (id) { return visible[id]; });
      m.classList.toggle("hit", any);
    });
    shown.textContent = String(count);
  }

  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  rule.addEventListener("change", apply);
  apply();
})();
