// The field app's shared ground, loaded first of js/field/*.js: who is signed in, the texts, the
// dates as the pages write them. Every file of the app hangs what it offers on window.NgoSo.field,
// plain scripts in one namespace rather than ES modules: the layout lists them with their static
// addresses, the service worker caches them like any script, and a file only defines functions;
// js/field.js starts the app once all are loaded (see docs/field-app.md).
(function () {
  'use strict';
  var bar = document.getElementById('field-status');
  if (!bar || !window.indexedDB || !window.fetch) {
    return;
  }
  var shellText = document.getElementById('field-text');
  var T = shellText ? JSON.parse(shellText.textContent) : {};

  function t(key) {
    var text = bar.getAttribute('data-t-' + key) || T[key] || key;
    for (var i = 1; i < arguments.length; i++) {
      text = text.split('{' + (i - 1) + '}').join(arguments[i]);
    }
    return text;
  }

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function uuid() {
    if (crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function today() {
    var d = new Date();
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }

  function vnDate(iso) {
    return iso ? iso.slice(8, 10) + '/' + iso.slice(5, 7) + '/' + iso.slice(0, 4) : '';
  }

  // A moment as the pages show one (dd/MM/yyyy HH:mm, as platform.web.VietnamTime), whatever the
  // phone's language; the phone's clock is in Vietnam for the people who use it.
  function vnMoment(ms) {
    var d = new Date(ms);
    return String(d.getDate()).padStart(2, '0') + '/' + String(d.getMonth() + 1).padStart(2, '0') + '/' + d.getFullYear()
      + ' ' + String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0');
  }

  // A day typed into a date field (dd/mm/yyyy, day first, as platform.web.DateText reads it; ISO
  // too) as the ISO text the sync API takes; '' when blank, null when it is not a real day.
  function isoDay(text) {
    var s = (text || '').trim();
    if (!s) {
      return '';
    }
    var m = /^(\d{1,2})([\/.-])(\d{1,2})\2(\d{4})$/.exec(s);
    var y, mo, d;
    if (m) {
      y = +m[4]; mo = +m[3]; d = +m[1];
    }
    else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
      y = +m[1]; mo = +m[2]; d = +m[3];
    }
    else {
      return null;
    }
    var date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
      return null;
    }
    return y + '-' + String(mo).padStart(2, '0') + '-' + String(d).padStart(2, '0');
  }

  window.NgoSo = window.NgoSo || {};
  window.NgoSo.field = {
    bar: bar, user: bar.getAttribute('data-user'), lang: bar.getAttribute('data-lang') || 'vi',
    // the offline shell (sync/shell.html) is the page: it carries the texts and the place to draw in
    shell: !!shellText, texts: T, app: document.getElementById('field-app'),
    t: t, esc: esc, uuid: uuid, today: today, vnDate: vnDate, vnMoment: vnMoment, isoDay: isoDay
  };
})();
