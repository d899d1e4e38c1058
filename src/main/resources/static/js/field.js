// The field app for team members and leaders: keeps the team's households on the phone
// (IndexedDB), queues the visits and new residents recorded there, sends the queue in small
// batches when a network answers, and draws the field pages from the phone's copy when the
// service worker serves the offline shell. The work is in js/field/*.js (docs/field-app.md); this
// file, loaded last, starts it.
(function () {
  'use strict';
  // in the order the layout lists them (templates/layout.html) and the service worker keeps them
  var FILES = ['common', 'storage', 'sync', 'forms', 'pages'];
  var PULL_EVERY = 60 * 1000;

  if (!document.getElementById('field-status') || !window.indexedDB || !window.fetch) {
    return;
  }
  var ready = window.NgoSo && window.NgoSo.field && window.NgoSo.field.route;
  if (ready) {
    start(window.NgoSo.field);
    return;
  }
  // A shell kept on the phone before the app was split names this file only: load the others.
  var left = FILES.length;
  FILES.forEach(function (name) {
    var script = document.createElement('script');
    script.src = '/js/field/' + name + '.js';
    script.async = false;
    script.onload = function () {
      if (--left === 0 && window.NgoSo && window.NgoSo.field) {
        start(window.NgoSo.field);
      }
    };
    document.head.appendChild(script);
  });

  function start(F) {
    var bar = F.bar, app = F.app, route = F.route, tx = F.tx, meta = F.meta, queue = F.queue;
    var send = F.send, showStatus = F.showStatus, pull = F.pull;

    bar.querySelector('.send').addEventListener('click', function () { send(); });

    // Signing out of a shared phone leaves nothing of the team on it: the households, the token
    // (the server revokes it too), the results and the offline shell go; the queue stays for this
    // member's next sign-in.
    document.querySelectorAll('form[action$="/logout"]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var cleared = tx(['households', 'results', 'meta'], 'readwrite', function (s) {
          s.households.clear();
          s.results.clear();
          s.meta.clear();
        }).then(function () {
          return window.caches ? caches.delete('ngoso-pages') : null;
        });
        var patience = new Promise(function (resolve) { setTimeout(resolve, 2000); });
        Promise.race([cleared, patience]).catch(function () { }).then(function () { form.submit(); });
      });
    });
    window.addEventListener('online', function () { showStatus().then(send); });
    window.addEventListener('offline', function () { showStatus(); });
    setInterval(function () {
      if (navigator.onLine && !F.sending() && !F.leftTeam()) {
        queue().then(function (w) { if (w.length) { send(); } });
      }
    }, 30000);
    F.listenToForms();

    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/sw.js').catch(function () { });
    }
    F.showFlash();
    F.ownStore().then(function () {
      var drawn = app ? route() : null;
      return Promise.resolve(drawn).then(showStatus).then(function () {
        if (!navigator.onLine) {
          return;
        }
        return queue().then(function (waiting) {
          return waiting.length ? send() : meta('pulledAt').then(function (at) {
            return !at || Date.now() - at > PULL_EVERY || F.shell ? pull() : F.keepShell(true);
          });
        });
      });
    }).then(function () {
      // lists drawn again with what the pull brought; never a form, which may hold what was typed
      if (app && /^\/households\/(to-visit|[0-9a-f-]{36})$/.test(location.pathname)) {
        return route();
      }
    }).catch(function () { }).finally(function () {
      if (!document.documentElement.hasAttribute('data-field-ready')) {
        meta('cursor').then(function (c) {
          if (c) {
            document.documentElement.setAttribute('data-field-ready', 'yes');
          }
        });
      }
    });
  }
})();
