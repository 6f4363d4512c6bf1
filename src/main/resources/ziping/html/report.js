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

  // a link may preset the filters: report.html#severity=error,warning&rule=ZP203
  location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
    var kv = pair.split("=");
    if (kv[0] === "rule" && rules[kv[1]]) {
      rule.value = kv[1];
    } else if (kv[0] === "severity") {
      var wanted = kv[1].split(",");
      boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) >= 0; });
    }
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

  // a click on a finding brings its marked cell into view
  findings.forEach(function (f) {
    f.addEventListener("click", function () {
      var mark = Array.prototype.find.call(marks, function (m) {
        return m.dataset.findings.split(" ").indexOf(f.id) >= 0;
      });
      if (mark) {
        mark.scrollIntoView({block: "center"});
      }
    });
  });

  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  rule.addEventListener("change", apply);
  apply();
})();
