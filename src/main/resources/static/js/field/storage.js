// The phone's store (IndexedDB 'ngoso-field'): the team's households, the queue of records made
// here, the answers the server gave them, and meta (cursor, token, members, tasks, owner).
(function () {
  'use strict';
  var F = window.NgoSo && window.NgoSo.field;
  if (!F) {
    return;
  }
  var USER = F.user;

  // --- the phone's store ------------------------------------------------------------------------

  var opened = null;

  function db() {
    if (!opened) {
      opened = new Promise(function (resolve, reject) {
        var request = indexedDB.open('ngoso-field', 1);
        request.onupgradeneeded = function () {
          var d = request.result;
          d.createObjectStore('households', { keyPath: 'id' });
          d.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true });
          d.createObjectStore('results', { keyPath: 'id' });
          d.createObjectStore('meta');
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return opened;
  }

  // Runs fn(stores) in one transaction; resolves with what fn returned once it has committed.
  function tx(names, mode, fn) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var x = d.transaction(names, mode);
        var stores = {};
        names.forEach(function (n) { stores[n] = x.objectStore(n); });
        var out = fn(stores);
        x.oncomplete = function () { resolve(out && 'result' in out ? out.result : out); };
        x.onerror = x.onabort = function () { reject(x.error); };
      });
    });
  }

  function getAll(name) {
    return tx([name], 'readonly', function (s) { return s[name].getAll(); });
  }

  function meta(key) {
    return tx(['meta'], 'readonly', function (s) { return s.meta.get(key); });
  }

  function setMeta(key, value) {
    return tx(['meta'], 'readwrite', function (s) { s.meta.put(value, key); });
  }

  function queue() {
    return getAll('queue').then(function (all) {
      return all.filter(function (r) { return r.user === USER; });
    });
  }

  // Another member signed in on this phone: the previous team's households go (their queue
  // stays, sent when that member signs in again).
  function ownStore() {
    return meta('user').then(function (owner) {
      if (owner === USER) {
        return;
      }
      return tx(['households', 'meta', 'results'], 'readwrite', function (s) {
        s.households.clear();
        s.results.clear();
        s.meta.clear();
        s.meta.put(USER, 'user');
      });
    });
  }

  function enqueue(record) {
    record.user = USER;
    record.at = new Date().toISOString();
    return tx(['queue'], 'readwrite', function (s) { s.queue.add(record); }).then(function () { return F.showStatus(); });
  }

  Object.assign(F, { tx: tx, getAll: getAll, meta: meta, setMeta: setMeta, queue: queue, ownStore: ownStore, enqueue: enqueue });
})();
