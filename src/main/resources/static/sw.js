// Ngõ Số service worker: keeps the field pages usable on a phone without signal.
// Pages come from the network when it answers; without it, the field pages ("Hộ cần thăm", a
// household, the visit and resident forms, the queue) get the shell that js/field/pages.js draws
// from the copy in IndexedDB. Scripts, styles and icons are served from the cache and refreshed behind.
'use strict';

var STATIC = 'ngoso-static-v2';
var PAGES = 'ngoso-pages';
// js/field.js and the files it starts, as templates/layout.html lists them
var ASSETS = ['/css/ngoso.css', '/js/ngoso.js', '/js/field/common.js', '/js/field/storage.js', '/js/field/sync.js',
  '/js/field/forms.js', '/js/field/pages.js', '/js/field.js', '/webjars/htmx.org/dist/htmx.min.js',
  '/manifest.webmanifest', '/img/icon-192.png'];
var FIELD_PAGE = /^\/(households\/to-visit|households\/[0-9a-f-]{36}(\/visits\/new|\/residents\/new|\/residents\/[0-9a-f-]{36}\/edit)?|sync|offline)\/?$/;
// On a line that connects but carries nothing, a field page falls back to the shell after this.
var FIELD_PAGE_PATIENCE = 8000;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(STATIC).then(function (cache) {
    return cache.addAll(ASSETS);
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) {
      return k.indexOf('ngoso-static-') === 0 && k !== STATIC;
    }).map(function (k) {
      return caches.delete(k);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf('/api/') === 0) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(page(request, url));
  }
  else if (/^\/(css|js|img|webjars)\//.test(url.pathname) || url.pathname === '/manifest.webmanifest') {
    event.respondWith(asset(event, request));
  }
});

function page(request, url) {
  var field = FIELD_PAGE.test(url.pathname);
  var network = fetch(request);
  var answer = field ? Promise.race([network, new Promise(function (resolve, reject) {
    setTimeout(reject, FIELD_PAGE_PATIENCE);
  })]) : network;
  return answer.catch(function () {
    return caches.open(PAGES).then(function (cache) {
      return cache.match('/offline');
    }).then(function (shell) {
      return shell || new Response('<!DOCTYPE html><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        + '<p style="font-family:sans-serif;padding:1rem">Ngõ Số: không có mạng. / No network.</p>',
        { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    });
  });
}

function asset(event, request) {
  return caches.open(STATIC).then(function (cache) {
    return cache.match(request, { ignoreSearch: true }).then(function (hit) {
      var refresh = fetch(request).then(function (response) {
        if (response.ok) {
          return cache.put(request, response.clone()).then(function () {
            return response;
          });
        }
        return response;
      });
      if (hit) {
        event.waitUntil(refresh.catch(function () { }));
        return hit;
      }
      return refresh;
    });
  });
}
