// Asks before a form marked data-confirm is sent (leaving a team, for instance).
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Marks the menu entry for the section being shown, so people on a phone know where they are: in
// the full menu, in the phone's row of most-used pages and in its "Thêm" panel, each on its own.
document.addEventListener('DOMContentLoaded', function () {
  var path = window.location.pathname;
  ['.nav a[href]', '.quick > a[href]', '.more-links a[href]'].forEach(function (selector) {
    var best = null;
    document.querySelectorAll(selector).forEach(function (link) {
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
});

// Small behaviours declared in the markup, since the Content-Security-Policy runs no inline
// handler: data-print prints, data-back goes back, data-fill="id" data-value="v" fills a field,
// data-submit-on-change sends its form when the choice changes. Delegated, so htmx swaps work too.
document.addEventListener('click', function (event) {
  var element = event.target.closest && event.target.closest('[data-print], [data-back], [data-fill]');
  if (!element) {
    return;
  }
  if (element.hasAttribute('data-print')) {
    event.preventDefault();
    window.print();
  } else if (element.hasAttribute('data-back')) {
    event.preventDefault();
    window.history.back();
  } else {
    var field = document.getElementById(element.getAttribute('data-fill'));
    if (field) {
      field.value = element.getAttribute('data-value');
    }
  }
});

document.addEventListener('change', function (event) {
  var element = event.target;
  if (element.matches && element.matches('[data-submit-on-change]') && element.form) {
    element.form.submit();
  }
});

// Date fields are typed day first (dd/mm/yyyy, mm/yyyy; templates/fragments/dates.html): the
// slashes come by themselves after the day and the month, so a phone's number pad is enough.
// Only while typing forward, so deleting or pasting is left alone.
document.addEventListener('input', function (event) {
  var input = event.target;
  var kind = input.getAttribute && input.getAttribute('data-date');
  if (!kind || event.inputType !== 'insertText' || input.selectionStart !== input.value.length) {
    return;
  }
  if (event.data === '/' && /\/\/$/.test(input.value)) {
    // the slash typed after the one put in already
    input.value = input.value.slice(0, -1);
    return;
  }
  var full = kind === 'day' ? /^(\d{2}|\d{1,2}\/\d{2})$/ : /^\d{2}$/;
  if (full.test(input.value)) {
    input.value += '/';
  }
});
