// CSRF token on every htmx request (Spring Security refuses a POST without it); one submission per form.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// A plain form (no htmx) is sent once: its buttons are disabled after the first submit.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.hasAttribute("hx-post") || form.method.toLowerCase() === "get") {
    return;
  }
  if (form.dataset.sent === "true") {
    event.preventDefault();
    return;
  }
  form.dataset.sent = "true";
  setTimeout(function () {
    form.querySelectorAll("button[type=submit]").forEach(function (button) { button.disabled = true; });
  }, 0);
});
// A date input shows its day as dd/MM/yyyy beside it (element "<id>-day"), whatever the browser's own format is.
function showDay(input) {
  var day = document.getElementById(input.id + "-day");
  if (!day) {
    return;
  }
  var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.value);
  day.textContent = parts ? parts[3] + "/" + parts[2] + "/" + parts[1] : "";
}
document.addEventListener("input", function (event) {
  if (event.target.matches && event.target.matches("input[type=date]")) {
    showDay(event.target);
  }
});
// A refused form swapped in by htmx: its error summary (far above the button) is brought into view and focused.
document.addEventListener("htmx:afterSettle", function () {
  var summary = document.querySelector("[data-focus-after-swap]");
  if (summary) {
    summary.removeAttribute("data-focus-after-swap");
    summary.scrollIntoView({block: "start"});
    summary.focus();
  }
});
