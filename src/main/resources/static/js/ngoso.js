// Asks before a form marked data-confirm is sent (leaving a team, for instance).
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Marks the menu entry for the section being shown, so people on a phone know where they are.
document.addEventListener('DOMContentLoaded', function () {
  var path = window.location.pathname;
  var best = null;
  document.querySelectorAll('.nav a[href]').forEach(function (link) {
    var target = new URL(link.href, window.location.href).pathname;
    if (link.classList.contains('lang')) {
      return;
    }
    var matches = target === '/' ? path === '/' : (path === target || path.indexOf(target + '/') === 0);
    if (matches && (best === null || target.length > best.target.length)) {
      best = { link: link, target: target };
    }
  });
  if (best !== null) {
    best.link.setAttribute('aria-current', 'page');
  }
});
