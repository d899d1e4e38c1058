// Talking to the server: a bearer token for this phone, the pull of the working set, the push of
// the queue in small batches, and the bar that says what waits. Every record carries a UUID made on
// the phone, so sending it twice (a batch cut off half-way, a second tab) applies it once.
(function () {
  'use strict';
  var F = window.NgoSo && window.NgoSo.field;
  if (!F) {
    return;
  }
  var USER = F.user, LANG = F.lang, bar = F.bar, app = F.app, t = F.t, uuid = F.uuid;
  var tx = F.tx, meta = F.meta, setMeta = F.setMeta, queue = F.queue;
  var BATCH = 10;

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
  // With ifMissing, only when the phone has none: a page left while its pull was keeping the shell
  // (the member tapped on at once) leaves the data on the phone but no shell, and the next page,
  // finding the data fresh, does not pull.
  function keepShell(ifMissing) {
    if (!window.caches || F.shell) {
      return;
    }
    return caches.open('ngoso-pages').then(function (c) {
      return (ifMissing === true ? c.match('/offline') : Promise.resolve(null)).then(function (kept) {
        return kept || fetch('/offline', { credentials: 'same-origin' }).then(function (r) {
          if (r.ok && !r.redirected) {
            return c.put('/offline', r);
          }
        });
      });
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
        F.drawQueue();
      }
    });
  }

  Object.assign(F, { device: device, pull: pull, keepShell: keepShell, send: send, showStatus: showStatus,
    sending: function () { return !!sending; }, leftTeam: function () { return leftTeam; } });
})();
