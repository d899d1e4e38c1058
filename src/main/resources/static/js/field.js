// The field app for team members and leaders: keeps the team's households on the phone
// (IndexedDB), queues the visits and new residents recorded there, sends the queue in small
// batches when a network answers, and draws the field pages from the phone's copy when the
// service worker serves the offline shell. Every record carries a UUID made here, so sending
// it twice (a batch cut off half-way, a second tab) applies it once.
(function () {
  'use strict';
  var bar = document.getElementById('field-status');
  if (!bar || !window.indexedDB || !window.fetch) {
    return;
  }
  var USER = bar.getAttribute('data-user');
  var LANG = bar.getAttribute('data-lang') || 'vi';
  var BATCH = 10;
  var PULL_EVERY = 60 * 1000;
  var shellText = document.getElementById('field-text');
  var T = shellText ? JSON.parse(shellText.textContent) : {};
  var app = document.getElementById('field-app');

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

  // This phone's id, kept across sign-ins (the meta store is emptied when the member changes):
  // each push names it, so that one phone sending for several accounts shows in the data flags.
  function device() {
    try {
      var id = localStorage.getItem('ngoso.device');
      if (!id) {
        id = uuid();
        localStorage.setItem('ngoso.device', id);
      }
      return { 'X-Ngoso-Device': id };
    } catch (e) {
      return {};
    }
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

  // Marks the date fields of a form that hold no real day; true when all are readable.
  function datesReadable(form) {
    var ok = true;
    form.querySelectorAll('input[data-date="day"]').forEach(function (input) {
      var bad = isoDay(input.value) === null;
      var next = input.nextElementSibling;
      var shown = next && next.classList.contains('date-error') ? next : null;
      input.classList.toggle('invalid', bad);
      if (bad && !shown) {
        shown = document.createElement('p');
        shown.className = 'field-error date-error';
        shown.setAttribute('role', 'alert');
        shown.textContent = input.getAttribute('data-invalid') || t('date.invalid');
        input.parentNode.insertBefore(shown, input.nextSibling);
      }
      else if (!bad && shown) {
        shown.remove();
      }
      ok = ok && !bad;
    });
    return ok;
  }

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

  // --- talking to the server --------------------------------------------------------------------

  function csrfHeaders() {
    try {
      return JSON.parse(document.body.getAttribute('hx-headers') || '{}');
    }
    catch (e) {
      return {};
    }
  }

  // A bearer token for this phone, asked for with the session the page was loaded with.
  function token(renew) {
    return meta('token').then(function (stored) {
      if (stored && !renew && stored.expiresAt > new Date(Date.now() + 60000).toISOString()) {
        return stored.token;
      }
      var headers = csrfHeaders();
      if (!Object.keys(headers).length) {
        return stored && !renew ? stored.token : null;
      }
      return fetch('/account/device-token', { method: 'POST', headers: headers, credentials: 'same-origin' })
        .then(function (r) {
          if (!r.ok || r.redirected) {
            return null;
          }
          return r.json().then(function (issued) {
            return setMeta('token', issued).then(function () { return issued.token; });
          });
        });
    });
  }

  // The member must sign in again: the token that failed (revoked at sign-out, its account
  // disabled, or expired) is of no more use. The queue stays for the next sign-in.
  function signIn() {
    return tx(['meta'], 'readwrite', function (s) { s.meta.delete('token'); }).then(function () {
      throw new Error('signin');
    });
  }

  var LEFT_TEAM = 'https://ngoso.vn/problems/left-team';
  var leftTeam = null;

  // The commune recorded that this member left the team: the team's households leave the phone
  // with the token; the queue stays, each waiting record showing why it is not sent.
  function leaveTeam(problem) {
    leftTeam = problem.detail || problem.title || 'HTTP 403';
    return tx(['households', 'meta'], 'readwrite', function (s) {
      s.households.clear();
      ['token', 'cursor', 'members', 'tasks', 'pulledAt'].forEach(function (k) { s.meta.delete(k); });
    }).then(function () {
      throw new Error('left');
    });
  }

  function api(path, options, renewed) {
    return token(renewed).then(function (bearer) {
      if (!bearer) {
        return renewed ? signIn() : Promise.reject(new Error('signin'));
      }
      // the bearer token speaks for the phone: the session cookie stays out of API calls
      var o = Object.assign({ headers: {}, credentials: 'omit' }, options);
      o.headers = Object.assign({ 'Authorization': 'Bearer ' + bearer, 'Accept-Language': LANG }, o.headers);
      return fetch(path, o).then(function (r) {
        if (r.status === 401 && !renewed) {
          return api(path, options, true);
        }
        if (r.status === 401) {
          return signIn();
        }
        if (r.status === 403) {
          return r.json().catch(function () { return {}; }).then(function (problem) {
            if (problem.type === LEFT_TEAM) {
              return leaveTeam(problem);
            }
            throw new Error('HTTP 403');
          });
        }
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      });
    });
  }

  var pulling = null;

  // The working set: all of it the first time, then what changed since the cursor.
  function pull() {
    if (pulling) {
      return pulling;
    }
    pulling = meta('cursor').then(function next(cursor) {
      var url = '/api/v1/sync/pull?limit=250' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '');
      return api(url, {}).then(function (page) {
        return tx(['households', 'meta'], 'readwrite', function (s) {
          if (page.reset) {
            s.households.clear();
          }
          page.households.forEach(function (h) { s.households.put(h); });
          page.removed.forEach(function (id) { s.households.delete(id); });
          s.meta.put(page.cursor, 'cursor');
          s.meta.put(page.members, 'members');
          s.meta.put(page.tasks || [], 'tasks');
          s.meta.put(Date.now(), 'pulledAt');
        }).then(function () {
          return page.more ? next(page.cursor) : null;
        });
      });
    }).then(keepShell).then(function () {
      document.documentElement.setAttribute('data-field-ready', 'yes');
    }).finally(function () {
      pulling = null;
    });
    return pulling;
  }

  // The shell needs the session, so the page (not the service worker) fetches it for the cache.
  function keepShell() {
    if (!window.caches || shellText) {
      return;
    }
    return fetch('/offline', { credentials: 'same-origin' }).then(function (r) {
      if (r.ok && !r.redirected) {
        return caches.open('ngoso-pages').then(function (c) { return c.put('/offline', r); });
      }
    }).catch(function () { });
  }

  var sending = null;
  var lastRun = null;

  function wire(r) {
    var out = { id: r.id, type: r.type, at: r.at };
    out[r.type === 'resident-edit' ? 'edit' : r.type] = r.data;
    return out;
  }

  // Sends the queue in order, BATCH records at a time; each answered record leaves the queue for
  // the results. Cut off half-way, what was answered is out; what was not is sent again and the
  // server answers "duplicate" for any that had gone through.
  function send() {
    if (sending) {
      return sending;
    }
    var run = { sent: 0, refused: 0, error: null };
    showStatus('sending');
    sending = (function next() {
      return queue().then(function (waiting) {
        var batch = waiting.slice(0, BATCH);
        if (!batch.length) {
          return;
        }
        return api('/api/v1/sync/push', {
          method: 'POST', headers: Object.assign({ 'Content-Type': 'application/json' }, device()),
          body: JSON.stringify({ records: batch.map(wire) })
        }).then(function (answer) {
          var bySeq = {};
          batch.forEach(function (r) { bySeq[r.id] = r; });
          return tx(['queue', 'results'], 'readwrite', function (s) {
            answer.results.forEach(function (res) {
              var r = bySeq[res.id];
              if (!r) {
                return;
              }
              s.queue.delete(r.seq);
              s.results.put({ id: r.id, user: USER, type: r.type, label: r.label, code: r.code, household: r.household,
                status: res.status, reason: res.reason, note: res.note, errors: res.errors, at: Date.now() });
              run.sent++;
              if (res.status === 'rejected') {
                run.refused++;
              }
            });
          }).then(next);
        });
      });
    })().catch(function (e) {
      run.error = e.message;
    }).then(function () {
      lastRun = run;
      sending = null;
      showStatus();
      if (!run.error) {
        return pull().catch(function () { });
      }
    });
    return sending;
  }

  function enqueue(record) {
    record.user = USER;
    record.at = new Date().toISOString();
    return tx(['queue'], 'readwrite', function (s) { s.queue.add(record); }).then(showStatus);
  }

  // --- the bar: offline, how many wait, the button ---------------------------------------------

  function showStatus(state) {
    return queue().then(function (waiting) {
      var offline = !navigator.onLine;
      var net = bar.querySelector('.net');
      var link = bar.querySelector('.queue');
      var button = bar.querySelector('.send');
      net.hidden = !offline;
      var text = waiting.length ? t('queued', waiting.length) : '';
      if (state === 'sending' && waiting.length) {
        text = t('sending');
      }
      else if (!waiting.length && lastRun && lastRun.sent) {
        text = t('sent', lastRun.sent) + (lastRun.refused ? ' · ' + t('refused', lastRun.refused) : '');
      }
      else if (lastRun && lastRun.error === 'signin' && waiting.length) {
        text += ' · ' + t('signin');
      }
      else if (leftTeam) {
        text += (text ? ' · ' : '') + leftTeam;
      }
      link.textContent = text;
      link.hidden = !text;
      button.hidden = !waiting.length || offline;
      bar.classList.toggle('offline', offline);
      bar.classList.toggle('refused', !!(lastRun && lastRun.refused) || !!leftTeam);
      bar.hidden = !offline && !text;
      bar.setAttribute('data-queued', String(waiting.length));
      // the same count wherever a page asks for it (the home page's "waiting to send")
      document.querySelectorAll('[data-field-queued]').forEach(function (el) {
        el.textContent = waiting.length ? t('queued', waiting.length) : (el.getAttribute('data-t-none') || '');
      });
      if (app && location.pathname === '/sync') {
        drawQueue();
      }
    });
  }

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
    if (navigator.onLine && !sending && !leftTeam) {
      queue().then(function (w) { if (w.length) { send(); } });
    }
  }, 30000);

  // --- a message carried to the next page ------------------------------------------------------

  function flashNext(kind, text) {
    sessionStorage.setItem('ngoso-flash', JSON.stringify({ kind: kind, text: text }));
  }

  function showFlash() {
    var stored = sessionStorage.getItem('ngoso-flash');
    var main = document.querySelector('main.page');
    if (!stored || !main) {
      return;
    }
    sessionStorage.removeItem('ngoso-flash');
    var f = JSON.parse(stored);
    var div = document.createElement('div');
    div.className = 'flash ' + f.kind;
    div.setAttribute('role', f.kind === 'ok' ? 'status' : 'alert');
    div.textContent = f.text;
    main.insertBefore(div, main.firstChild);
  }

  // --- forms: the record goes to the queue first, then out if the network answers -----------

  function householdOf(form) {
    var m = /\/households\/([0-9a-f-]{36})/.exec(form.getAttribute('action') || location.pathname);
    return m && m[1];
  }

  function values(form, name) {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.name === name && (e.type !== 'checkbox' || e.checked);
    }).map(function (e) { return e.value; });
  }

  function visitRecord(form) {
    var outcomes = {};
    values(form, 'outcome').forEach(function (v) {
      var i = v.indexOf(':');
      (outcomes[v.slice(0, i)] = outcomes[v.slice(0, i)] || []).push(v.slice(i + 1));
    });
    // a Bình dân học vụ số certificate's date says the item too (the server implies it as well)
    var certificates = {};
    Array.prototype.forEach.call(form.elements, function (e) {
      if (e.name && e.name.indexOf('certificate:') === 0 && e.value.trim()) {
        var r = e.name.slice(12);
        certificates[r] = isoDay(e.value);
        outcomes[r] = outcomes[r] || [];
        if (outcomes[r].indexOf('DIGITAL_LITERACY') < 0) {
          outcomes[r].push('DIGITAL_LITERACY');
        }
      }
    });
    var household = householdOf(form);
    return {
      id: form.elements.visitId.value, type: 'visit', household: household,
      code: form.getAttribute('data-code') || '', label: form.getAttribute('data-code') || '',
      data: {
        householdId: household, date: isoDay(form.elements.date.value),
        memberIds: values(form, 'memberIds').map(Number),
        outcomes: Object.keys(outcomes).map(function (r) {
          return certificates[r] ? { residentId: r, items: outcomes[r], certificateDate: certificates[r] }
            : { residentId: r, items: outcomes[r] };
        }),
        note: form.elements.note.value
      }
    };
  }

  function residentRecord(form) {
    var f = form.elements;
    var household = householdOf(form);
    var id = form.getAttribute('data-record') || uuid();
    form.setAttribute('data-record', id);
    var data = {
      householdId: household, fullName: f.fullName.value, birthDate: isoDay(f.birthDate.value) || null,
      birthYear: f.birthYear.value ? Number(f.birthYear.value) : null, sex: f.sex.value || null,
      relation: f.relation.value || null, phone: f.phone.value || null,
      cccd: f.cccd ? f.cccd.value || null : null, consentMethod: f.consentMethod.value || null
    };
    return { id: id, type: 'resident', household: household, label: f.fullName.value,
      code: form.getAttribute('data-code') || '', data: data };
  }

  function editRecord(form) {
    var f = form.elements;
    var household = householdOf(form);
    var id = form.getAttribute('data-record') || uuid();
    form.setAttribute('data-record', id);
    var name = f.fullName.value.trim();
    return { id: id, type: 'resident-edit', household: household, code: form.getAttribute('data-code') || '',
      label: name || form.getAttribute('data-name'), data: {
        householdId: household, residentId: form.getAttribute('data-resident'),
        fullName: name && name !== form.getAttribute('data-name') ? name : null,
        phone: f.phone.value.trim() || null } };
  }

  // Waits for the send that starts now, if the network answers, and tells what became of the record.
  function sendAndFind(id) {
    if (!navigator.onLine) {
      return Promise.resolve(null);
    }
    return send().then(function () {
      return tx(['results'], 'readonly', function (s) { return s.results.get(id); });
    });
  }

  function showRefusal(form, result) {
    var box = form.querySelector('.sync-error') || document.createElement('div');
    box.className = 'flash error sync-error';
    box.setAttribute('role', 'alert');
    box.textContent = result.reason;
    form.insertBefore(box, form.firstChild);
    (result.errors || []).forEach(function (e) {
      var input = form.elements[e.field];
      if (input && input.classList) {
        input.classList.add('invalid');
      }
    });
    tx(['results'], 'readwrite', function (s) { s.results.delete(result.id); });
    box.scrollIntoView({ block: 'center' });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var kind = { 'visit-form': 'visit', 'resident-form': 'resident', 'edit-form': 'edit' }[form.id];
    if (!kind || event.defaultPrevented) {
      return;
    }
    // a visit with a photo goes to the server as the page's own form, online only: photos never
    // enter the offline queue (offline, the visit is queued and the photo left behind)
    var photo = kind === 'visit' && form.elements.photo;
    if (photo && photo.files && photo.files.length && navigator.onLine) {
      return;
    }
    event.preventDefault();
    if (kind !== 'edit' && !datesReadable(form)) {
      return;
    }
    var record = kind === 'visit' ? visitRecord(form) : kind === 'edit' ? editRecord(form) : residentRecord(form);
    var another = event.submitter && event.submitter.name === 'another';
    var button = form.querySelector('button[type=submit]');
    button.disabled = true;
    enqueue(record).then(function () {
      return sendAndFind(record.id);
    }).then(function (result) {
      button.disabled = false;
      if (result && result.status === 'rejected') {
        showRefusal(form, result);
        return;
      }
      if (!result) {
        flashNext('ok', t('saved'));
      }
      else if (kind === 'visit') {
        flashNext('ok', t(result.status === 'duplicate' ? 'duplicate' : 'recorded'));
      }
      else if (kind === 'edit') {
        flashNext('ok', result.note || t('field.edited', record.label));
      }
      else {
        flashNext('ok', t('added', record.label));
      }
      location.href = '/households/' + record.household + (another ? '/residents/new' : '');
    }).catch(function () {
      button.disabled = false;
      flashNext('ok', t('saved'));
      location.href = '/households/' + record.household;
    });
  });

  // --- the offline pages, drawn from the phone's copy ------------------------------------------

  function pendingByHousehold() {
    return queue().then(function (waiting) {
      var by = {};
      waiting.forEach(function (r) { (by[r.household] = by[r.household] || []).push(r); });
      return by;
    });
  }

  // Completed years today, as the server counts them (platform.Ages): someone born on 29 February
  // turns a year older on 28 February of a common year; a birth year alone counts from 1 January.
  function ageToday(birthDate, birthYear) {
    var now = new Date(), y = now.getFullYear(), m = now.getMonth() + 1, d = now.getDate();
    if (!birthDate) { return y - birthYear; }
    var by = Number(birthDate.slice(0, 4)), bm = Number(birthDate.slice(5, 7)), bd = Number(birthDate.slice(8, 10));
    var lastDay = new Date(y, bm, 0).getDate();
    var turned = m > bm || (m === bm && d >= Math.min(bd, lastDay));
    return y - by - (turned ? 0 : 1);
  }

  // Residents as the phone knows them: the server's copy plus those added here and not sent yet.
  function residentsOf(h, pending) {
    var list = h.residents.slice();
    (pending || []).filter(function (r) { return r.type === 'resident'; }).forEach(function (r) {
      var d = r.data;
      var year = d.birthDate ? Number(d.birthDate.slice(0, 4)) : d.birthYear;
      list.push({ id: r.id, fullName: d.fullName, birthDate: d.birthDate, birthYear: year,
        age: ageToday(d.birthDate, year), sex: d.sex, relation: d.relation || 'OTHER', profile: {}, pending: true });
    });
    return list;
  }

  function lastVisit(h, pending) {
    return (pending || []).filter(function (r) { return r.type === 'visit'; })
      .reduce(function (d, r) { return !d || r.data.date > d ? r.data.date : d; }, h.lastVisitOn);
  }

  function coveredBadge(h) {
    return h.covered ? '<span class="badge youth">' + esc(t('households.covered')) + '</span>'
      : '<span class="badge warn">' + esc(t('households.notCovered')) + '</span>';
  }

  function draw(title, html) {
    document.title = title + ' · Ngõ Số';
    app.innerHTML = html;
  }

  // Text as the server's search compares it (platform.SearchText.fold): no diacritics, đ read as d.
  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  }

  var TO_VISIT_PAGE = 20;

  // The search, filters and page of "Hộ cần thăm" from the address, as the server reads them: the
  // same bookmark works offline, and a value the server would leave out is left out here too.
  function toVisitQuery(hamlets) {
    var p = new URLSearchParams(location.search);
    var on = function (v) { return v === 'true' || v === 'on' || v === '1'; };
    var unit = Number(p.get('unitId'));
    var page = parseInt(p.get('page'), 10);
    return { q: (p.get('q') || '').trim().slice(0, 100), notCovered: on(p.get('notCovered')),
      neverVisited: on(p.get('neverVisited')),
      unitId: hamlets.some(function (x) { return x.id === unit; }) ? unit : null, page: page > 0 ? page : 0 };
  }

  function toVisitLink(query, page) {
    var p = new URLSearchParams();
    if (query.q) { p.set('q', query.q); }
    if (query.unitId) { p.set('unitId', query.unitId); }
    if (query.notCovered) { p.set('notCovered', 'true'); }
    if (query.neverVisited) { p.set('neverVisited', 'true'); }
    p.set('page', page);
    return '/households/to-visit?' + p.toString();
  }

  function toVisitForm(query, hamlets) {
    return '<form class="filters to-visit-filters" id="to-visit-filters" action="/households/to-visit" method="get" role="search">'
      + '<input type="search" name="q" maxlength="100" value="' + esc(query.q) + '" placeholder="' + esc(t('households.toVisit.search'))
      + '" aria-label="' + esc(t('households.toVisit.search')) + '">'
      + (hamlets.length > 1 ? '<select name="unitId" aria-label="' + esc(t('households.toVisit.hamlet')) + '"><option value="">'
        + esc(t('households.toVisit.allHamlets')) + '</option>' + hamlets.map(function (x) {
          return '<option value="' + x.id + '"' + (x.id === query.unitId ? ' selected' : '') + '>' + esc(x.name) + '</option>';
        }).join('') + '</select>' : '')
      + '<label class="check"><input type="checkbox" name="notCovered" value="true"' + (query.notCovered ? ' checked' : '')
      + '> <span>' + esc(t('households.toVisit.notCovered')) + '</span></label>'
      + '<label class="check"><input type="checkbox" name="neverVisited" value="true"' + (query.neverVisited ? ' checked' : '')
      + '> <span>' + esc(t('households.toVisit.neverVisited')) + '</span></label>'
      + '<button type="submit">' + esc(t('households.toVisit.find')) + '</button></form>';
  }

  function drawToVisit() {
    return Promise.all([getAll('households'), pendingByHousehold(), meta('pulledAt'), meta('tasks')]).then(function (got) {
      var pending = got[1];
      var hamlets = [];
      got[0].forEach(function (h) {
        if (!hamlets.some(function (x) { return x.id === h.hamletId; })) {
          hamlets.push({ id: h.hamletId, name: h.hamlet });
        }
      });
      hamlets.sort(function (a, b) { return a.name.localeCompare(b.name); });
      var query = toVisitQuery(hamlets);
      var wanted = fold(query.q);
      var list = got[0].map(function (h) {
        return { h: h, last: lastVisit(h, pending[h.id]) };
      }).filter(function (x) {
        var h = x.h;
        return (!query.unitId || h.hamletId === query.unitId) && (!query.notCovered || !h.covered)
          && (!query.neverVisited || !x.last)
          && (!wanted || fold(h.code).indexOf(wanted) >= 0 || fold(h.address).indexOf(wanted) >= 0
            || h.residents.some(function (r) { return fold(r.fullName).indexOf(wanted) >= 0; }));
      });
      list.sort(function (a, b) {
        return (a.h.covered - b.h.covered) || ((a.last ? 1 : 0) - (b.last ? 1 : 0))
          || String(a.last || '').localeCompare(String(b.last || '')) || a.h.hamlet.localeCompare(b.h.hamlet)
          || a.h.code.localeCompare(b.h.code);
      });
      var pages = Math.max(1, Math.ceil(list.length / TO_VISIT_PAGE));
      var page = Math.min(query.page, pages - 1);
      var items = list.slice(page * TO_VISIT_PAGE, (page + 1) * TO_VISIT_PAGE).map(function (x) {
        var h = x.h;
        var waiting = (pending[h.id] || []).length;
        // the phone keeps the residents head first, as the server orders them
        var head = h.residents.length ? h.residents[0].fullName : t('households.noHead');
        return '<li class="person"><div class="split"><div class="grow">'
          + '<a class="code" href="/households/' + h.id + '"><strong>' + esc(h.code) + '</strong> · <span class="head-name">'
          + esc(head) + '</span></a> ' + coveredBadge(h)
          + (waiting ? ' <span class="badge pending">' + esc(t('field.pending')) + '</span>' : '')
          + '<div class="muted small">' + esc(h.address) + (hamlets.length > 1 ? ' · ' + esc(h.hamlet) : '')
          + '</div><div class="muted small"><span class="nowrap">'
          + esc(x.last ? t('households.visitedOn', vnDate(x.last)) : t('households.neverVisited'))
          + '</span> · <span class="nowrap">' + esc(t('households.residentsCount', h.residents.length)) + '</span></div></div>'
          + '<a class="button primary visit" href="/households/' + h.id + '/visits/new">' + esc(t('households.toVisit.visit'))
          + '</a></div></li>';
      }).join('');
      var narrowed = query.q || query.unitId || query.notCovered || query.neverVisited;
      var pager = pages > 1 ? '<nav class="pager" id="to-visit-pager">'
        + (page > 0 ? '<a rel="prev" href="' + esc(toVisitLink(query, page - 1)) + '">' + esc(t('common.previous')) + '</a>' : '')
        + '<span>' + esc(t('common.page', page + 1, pages)) + '</span>'
        + (page + 1 < pages ? '<a rel="next" href="' + esc(toVisitLink(query, page + 1)) + '">' + esc(t('common.next')) + '</a>' : '')
        + '</nav>' : '';
      draw(t('households.toVisit'), '<h1>' + esc(t('households.toVisit')) + '</h1>'
        + '<p class="muted small">' + esc(t('field.offlineNote')) + (got[2] ? ' ' + esc(t('field.lastSync',
          vnMoment(got[2]))) : '') + '</p>'
        + openTasks(got[3] || [])
        + (got[0].length ? toVisitForm(query, hamlets) : '')
        + '<div id="to-visit-list">'
        + (list.length ? '<p class="muted small">' + esc(t('households.toVisit.count', list.length)) + '</p>'
          + '<ul class="people to-visit" id="to-visit">' + items + '</ul>' + pager
          : narrowed ? '<p class="muted"><span>' + esc(t('households.toVisit.noMatch')) + '</span> <a href="/households/to-visit">'
            + esc(t('households.toVisit.clear')) + '</a></p>'
          : '<p class="muted">' + esc(t('field.noData')) + '</p>') + '</div>');
    });
  }

  // The member's open tasks as of the last pull: a reminder only, changed online on /tasks/mine.
  function openTasks(tasks) {
    if (!tasks.length) {
      return '';
    }
    var late = today();
    return '<details class="card field-tasks" id="field-tasks" open><summary><strong>' + esc(t('field.tasks', tasks.length))
      + '</strong></summary><ul class="list small">' + tasks.map(function (k) {
        var overdue = k.status === 'OVERDUE' || k.dueOn < late;
        return '<li class="task"><strong>' + esc(k.title) + '</strong>'
          + (overdue ? ' <span class="badge warn">' + esc(t('field.tasks.overdue')) + '</span>' : '')
          + '<div class="muted"><span class="nowrap">' + esc(t('field.tasks.due', vnDate(k.dueOn)))
          + '</span> · <span class="nowrap">' + esc(t('field.tasks.progress', k.progress)) + '</span></div></li>';
      }).join('') + '</ul></details>';
  }

  function withHousehold(id, then) {
    return Promise.all([tx(['households'], 'readonly', function (s) { return s.households.get(id); }),
      pendingByHousehold(), meta('members')]).then(function (got) {
      if (!got[0]) {
        draw(t('households.toVisit'), '<p class="flash error">' + esc(t('field.notLoaded')) + '</p>'
          + '<p><a class="button" href="/households/to-visit">' + esc(t('households.toVisit')) + '</a></p>');
        return;
      }
      then(got[0], got[1][id] || [], got[2] || []);
    });
  }

  function relationLine(r) {
    return t('relation.' + r.relation) + (r.sex ? ' · ' + t('sex.' + r.sex) : '') + ' · ' + t('households.age', r.age);
  }

  function drawHousehold(id) {
    return withHousehold(id, function (h, pending) {
      var items = Object.keys(T).filter(function (k) { return k.indexOf('readiness.') === 0; })
        .map(function (k) { return k.slice(10); });
      var people = residentsOf(h, pending).map(function (r) {
        var chips = r.age >= 15 && !r.erased ? '<div class="chips">' + items.map(function (i) {
          var since = r.profile[i];
          return '<span class="chip-item ' + (since ? 'on' : 'off') + '"><span>' + (since ? '✓ ' : '') + '</span><span>'
            + esc(t('readiness.' + i)) + '</span>' + (since ? ' <span class="muted">' + vnDate(since) + '</span>' : '')
            + '</span>';
        }).join('') + '</div>' : '<div class="muted small">' + esc(t('households.under15')) + '</div>';
        return '<li class="person resident" id="resident-' + r.id + '"><div><strong>' + esc(r.fullName) + '</strong> '
          + '<span class="muted small">' + esc(relationLine(r)) + '</span>'
          + (r.pending ? ' <span class="badge pending">' + esc(t('field.pending')) + '</span>' : '')
          + (r.erased ? ' <span class="badge">' + esc(t('households.erased')) + '</span>' : '')
          + (r.pending || r.erased ? '' : ' <a class="small edit" href="/households/' + h.id + '/residents/' + r.id + '/edit">'
            + esc(t('field.edit.short')) + '</a>') + '</div>'
          + (r.phone || r.cccd ? '<div class="muted small ids">' + (r.phone ? '<span class="nowrap">' + esc(t('households.phone'))
            + ': ' + esc(r.phone) + '</span> ' : '') + (r.cccd ? '<span class="nowrap">' + esc(t('households.cccd')) + ': '
            + esc(r.cccd) + '</span>' : '') + '</div>' : '')
          + chips + '</li>';
      }).join('');
      var visits = pending.filter(function (r) { return r.type === 'visit'; }).map(function (r) {
        var n = r.data.outcomes.reduce(function (s, o) { return s + o.items.length; }, 0);
        return '<li><strong>' + vnDate(r.data.date) + '</strong> · ' + esc(t('field.items', n)) + '</li>';
      }).join('');
      var last = lastVisit(h, pending);
      draw(h.code, '<h1><span>' + esc(t('households.code')) + ' ' + esc(h.code) + '</span> ' + coveredBadge(h) + '</h1>'
        + '<p class="muted">' + esc(h.address) + ' · ' + esc(h.hamlet) + ' · <span class="nowrap">'
        + esc(last ? t('households.lastVisit') + ': ' + vnDate(last) : t('households.neverVisited')) + '</span></p>'
        + '<p class="actions"><a class="button primary" id="record-visit" href="/households/' + h.id + '/visits/new">'
        + esc(t('households.recordVisit')) + '</a> <a class="button" id="add-resident" href="/households/' + h.id
        + '/residents/new">' + esc(t('households.addResident')) + '</a></p>'
        + (visits ? '<h2>' + esc(t('field.visitsPending')) + '</h2><ul class="list small" id="pending-visits">' + visits + '</ul>' : '')
        + '<ul class="people">' + people + '</ul>');
    });
  }

  function drawVisitForm(id) {
    return withHousehold(id, function (h, pending, members) {
      var items = Object.keys(T).filter(function (k) { return k.indexOf('readiness.') === 0; })
        .map(function (k) { return k.slice(10); });
      var adults = residentsOf(h, pending).filter(function (r) { return r.age >= 15 && !r.erased; });
      var checks = members.map(function (m) {
        return '<label class="check"><input type="checkbox" name="memberIds" value="' + m.id + '"'
          + (members.length === 1 ? ' checked' : '') + '> <span>' + esc(m.fullName) + '</span></label>';
      }).join('');
      var sets = adults.map(function (r) {
        return '<fieldset class="outcomes"><legend><span class="resident-name">' + esc(r.fullName) + '</span> '
          + '<span class="muted small">' + esc(t('relation.' + r.relation) + ' · ' + t('households.age', r.age)) + '</span></legend>'
          + '<div class="toggles">' + items.map(function (i) {
            return '<label class="toggle' + (r.profile[i] ? ' done' : '') + '"><input type="checkbox" name="outcome" value="'
              + r.id + ':' + i + '"> <span>' + esc(t('readiness.' + i)) + '</span></label>';
          }).join('') + '</div><div class="certificate"><label for="certificate-' + r.id + '" class="small">'
          + esc(t('visits.certificate')) + '</label>' + dayInput('certificate-' + r.id, 'certificate:' + r.id, '', false)
          + '</div></fieldset>';
      }).join('');
      draw(t('visits.title'), '<h1>' + esc(t('visits.title')) + '</h1><p class="muted"><a href="/households/' + h.id + '">'
        + esc(t('households.code')) + ' ' + esc(h.code) + '</a> · ' + esc(h.address) + ' · ' + esc(h.hamlet) + '</p>'
        + '<form action="/households/' + h.id + '/visits" method="post" class="form card visit-form" id="visit-form" data-code="'
        + esc(h.code) + '"><input type="hidden" name="visitId" value="' + uuid() + '">'
        + '<label for="date">' + esc(t('visits.date')) + '</label>' + dayInput('date', 'date', vnDate(today()), true)
        + '<fieldset><legend>' + esc(t('visits.members')) + '</legend><div class="checks">' + checks + '</div></fieldset>'
        + (adults.length ? '<p class="muted small hint">' + esc(t('visits.hint')) + '</p>' + sets
          : '<p class="muted">' + esc(t('visits.noAdults')) + '</p>')
        + '<label for="note">' + esc(t('visits.note')) + '</label><textarea id="note" name="note" rows="2" maxlength="2000"></textarea>'
        + '<div class="buttons sticky"><button type="submit" class="primary" id="save-visit">' + esc(t('visits.submit'))
        + '</button> <a href="/households/' + h.id + '">' + esc(t('common.cancel')) + '</a></div></form>');
    });
  }

  // The offline twin of the pages' date fragment (templates/fragments/dates.html).
  function dayInput(id, name, value, required) {
    return '<input type="text" id="' + id + '" name="' + name + '" value="' + esc(value) + '" placeholder="dd/mm/yyyy"'
      + ' inputmode="numeric" autocomplete="off" maxlength="10" class="date-input" data-date="day"'
      + ' pattern="[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}" title="' + esc(t('date.input.hint'))
      + '" data-invalid="' + esc(t('date.invalid')) + '"' + (required ? ' required' : '') + '>';
  }

  function options(prefix, values, empty) {
    return (empty ? '<option value="">' + esc(empty) + '</option>' : '') + values.map(function (v) {
      return '<option value="' + v + '">' + esc(t(prefix + v)) + '</option>';
    }).join('');
  }

  function drawResidentForm(id) {
    return withHousehold(id, function (h) {
      var relations = ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'GRANDPARENT', 'SIBLING', 'OTHER'];
      draw(t('households.addResident'), '<h1>' + esc(t('households.addResident')) + '</h1><p class="muted"><a href="/households/'
        + h.id + '">' + esc(t('households.code')) + ' ' + esc(h.code) + '</a> · ' + esc(h.address) + '</p>'
        + '<form action="/households/' + h.id + '/residents" method="post" class="card form" id="resident-form" novalidate data-code="'
        + esc(h.code) + '">'
        + '<label for="fullName">' + esc(t('households.fullName')) + '</label><input id="fullName" name="fullName" maxlength="100" autocomplete="off">'
        + '<div class="two"><div><label for="birthDate">' + esc(t('households.birthDate')) + '</label>' + dayInput('birthDate', 'birthDate', '', false) + '</div>'
        + '<div><label for="birthYear">' + esc(t('households.birthYear')) + '</label><input id="birthYear" name="birthYear" type="number" inputmode="numeric" min="1900"></div></div>'
        + '<div class="two"><div><label for="sex">' + esc(t('households.sex')) + '</label><select id="sex" name="sex">'
        + options('sex.', ['MALE', 'FEMALE'], '—') + '</select></div><div><label for="relation">' + esc(t('households.relation'))
        + '</label><select id="relation" name="relation">' + options('relation.', relations) + '</select></div></div>'
        + '<label for="phone">' + esc(t('households.phone')) + '</label><input id="phone" name="phone" type="tel" inputmode="numeric" maxlength="15">'
        + '<p class="muted small">' + esc(t('field.noCccdOffline')) + '</p>'
        + '<label for="consentMethod">' + esc(t('households.consent')) + '</label><select id="consentMethod" name="consentMethod">'
        + options('consent.', ['PAPER', 'VERBAL', 'APP'], t('households.consent.notYet')) + '</select>'
        + '<div class="buttons"><button type="submit" class="primary">' + esc(t('common.save')) + '</button> <a href="/households/'
        + h.id + '">' + esc(t('common.cancel')) + '</a></div></form>');
    });
  }

  function drawEditForm(id, residentId) {
    return withHousehold(id, function (h) {
      var r = h.residents.filter(function (x) { return x.id === residentId; })[0];
      if (!r) {
        draw(t('field.edit'), '<p class="flash error">' + esc(t('field.notLoaded')) + '</p>');
        return;
      }
      draw(t('field.edit'), '<h1>' + esc(t('field.edit')) + '</h1><p class="muted"><a href="/households/' + h.id + '">'
        + esc(t('households.code')) + ' ' + esc(h.code) + '</a> · ' + esc(r.fullName) + '</p>'
        + '<form action="/households/' + h.id + '/residents/' + r.id + '/edit" method="post" class="card form" id="edit-form"'
        + ' novalidate data-code="' + esc(h.code) + '" data-resident="' + r.id + '" data-name="' + esc(r.fullName) + '">'
        + '<label for="fullName">' + esc(t('households.fullName')) + '</label><input id="fullName" name="fullName" maxlength="100"'
        + ' autocomplete="off" value="' + esc(r.fullName) + '">'
        + '<label for="phone">' + esc(t('households.phone')) + '</label><input id="phone" name="phone" type="tel" inputmode="numeric"'
        + ' maxlength="15"><p class="muted small">' + esc(t('field.edit.phoneHelp', r.phone || '—')) + '</p>'
        + '<p class="muted small">' + esc(t('field.edit.help')) + '</p>'
        + '<div class="buttons"><button type="submit" class="primary">' + esc(t('common.save')) + '</button> <a href="/households/'
        + h.id + '">' + esc(t('common.cancel')) + '</a></div></form>');
    });
  }

  function drawQueue() {
    return Promise.all([queue(), getAll('results')]).then(function (got) {
      var waiting = got[0].map(function (r) {
        return '<li>' + esc(label(r)) + ' <span class="badge pending">' + esc(t('field.pending')) + '</span>'
          + (leftTeam ? '<div class="small">' + esc(leftTeam) + '</div>' : '') + '</li>';
      }).join('');
      var results = got[1].filter(function (r) { return r.user === USER; })
        .sort(function (a, b) { return b.at - a.at; }).slice(0, 50).map(function (r) {
          return '<li class="result ' + r.status + '">' + esc(label(r)) + ' <span class="badge ' + (r.status === 'rejected'
            ? 'warn' : 'youth') + '">' + esc(t('field.status.' + r.status)) + '</span>'
            + (r.reason ? '<div class="small">' + esc(r.reason) + '</div>' : '')
            + (r.note ? '<div class="muted small">' + esc(r.note) + '</div>' : '') + '</li>';
        }).join('');
      draw(t('field.title'), '<h1>' + esc(t('field.title')) + '</h1>'
        + '<h2>' + esc(t('field.queue')) + '</h2>' + (waiting ? '<ul class="list" id="queue">' + waiting + '</ul>'
          : '<p class="muted">' + esc(t('field.queuedNone')) + '</p>')
        + (waiting && navigator.onLine ? '<p><button type="button" class="primary" id="send-now">' + esc(t('field.send')) + '</button></p>' : '')
        + (results ? '<h2>' + esc(t('field.results')) + '</h2><ul class="list" id="results">' + results + '</ul>' : ''));
      var button = document.getElementById('send-now');
      if (button) {
        button.addEventListener('click', function () { send(); });
      }
    });
  }

  function label(r) {
    return t('field.kind.' + r.type, r.code || r.label || '', r.label || '');
  }

  function route() {
    var p = location.pathname.replace(/\/$/, '');
    var m;
    if (p === '/households/to-visit') {
      return drawToVisit();
    }
    if ((m = /^\/households\/([0-9a-f-]{36})$/.exec(p))) {
      return drawHousehold(m[1]);
    }
    if ((m = /^\/households\/([0-9a-f-]{36})\/visits\/new$/.exec(p))) {
      return drawVisitForm(m[1]);
    }
    if ((m = /^\/households\/([0-9a-f-]{36})\/residents\/new$/.exec(p))) {
      return drawResidentForm(m[1]);
    }
    if ((m = /^\/households\/([0-9a-f-]{36})\/residents\/([0-9a-f-]{36})\/edit$/.exec(p))) {
      return drawEditForm(m[1], m[2]);
    }
    if (p === '/sync' || p === '/offline') {
      return drawQueue();
    }
    draw('Ngõ Số', '<p class="flash error">' + esc(t('field.needsNetwork')) + '</p><p><a class="button primary" '
      + 'href="/households/to-visit">' + esc(t('households.toVisit')) + '</a></p>');
  }

  // --- start -----------------------------------------------------------------------------------

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () { });
  }
  showFlash();
  ownStore().then(function () {
    var drawn = app ? route() : null;
    return Promise.resolve(drawn).then(showStatus).then(function () {
      if (!navigator.onLine) {
        return;
      }
      return queue().then(function (waiting) {
        return waiting.length ? send() : meta('pulledAt').then(function (at) {
          return !at || Date.now() - at > PULL_EVERY || shellText ? pull() : null;
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
})();
