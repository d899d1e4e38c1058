// The field pages drawn from the phone's copy when the service worker serves the offline shell:
// "Hộ cần thăm", a household, the visit form, the resident forms and the queue (/sync).
(function () {
  'use strict';
  var F = window.NgoSo && window.NgoSo.field;
  if (!F) {
    return;
  }
  var USER = F.user, T = F.texts, app = F.app, t = F.t, esc = F.esc, uuid = F.uuid;
  var today = F.today, vnDate = F.vnDate, vnMoment = F.vnMoment;
  var tx = F.tx, getAll = F.getAll, meta = F.meta, queue = F.queue, send = F.send;

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

  // A copy of a form the server rendered empty into the shell (a <template>), for filling in.
  function fromTemplate(id) {
    var template = document.getElementById(id);
    return template ? document.importNode(template.content, true) : null;
  }

  function drawFrom(title, page) {
    document.title = title + ' · Ngõ Số';
    app.textContent = '';
    app.appendChild(page);
  }

  // The heading of a household's forms (outreach/visit-form.html :: heading).
  function fillHeading(page, h) {
    var link = page.querySelector('a.household');
    link.href = '/households/' + h.id;
    link.textContent = t('households.code') + ' ' + h.code;
    var head = page.querySelector('.head-name');
    if (head) {
      head.textContent = h.residents.length ? h.residents[0].fullName : t('households.noHead');
    }
    page.querySelector('.address').textContent = h.address;
    var hamlet = page.querySelector('.hamlet');
    if (hamlet) {
      hamlet.textContent = h.hamlet;
    }
  }

  // The visit form as the server renders it (outreach/visit-form.html :: visitForm), filled here.
  function drawVisitForm(id) {
    return withHousehold(id, function (h, pending, members) {
      var page = fromTemplate('field-visit');
      if (!page) {
        draw(t('visits.title'), '<p class="flash error">' + esc(t('field.needsNetwork')) + '</p>');
        return;
      }
      var adults = residentsOf(h, pending).filter(function (r) { return r.age >= 15 && !r.erased; });
      fillHeading(page, h);
      var form = page.querySelector('#visit-form');
      form.setAttribute('action', '/households/' + h.id + '/visits');
      form.setAttribute('data-code', h.code);
      form.querySelector('[name=visitId]').value = uuid();
      form.querySelector('[name=date]').value = vnDate(today());
      var memberTemplate = form.querySelector('template.member');
      members.forEach(function (m) {
        var label = document.importNode(memberTemplate.content, true);
        var box = label.querySelector('input');
        box.value = m.id;
        box.checked = members.length === 1;
        label.querySelector('span').textContent = m.fullName;
        memberTemplate.parentNode.insertBefore(label, memberTemplate);
      });
      var outcomesTemplate = form.querySelector('template.outcomes');
      adults.forEach(function (r) {
        var set = document.importNode(outcomesTemplate.content, true);
        set.querySelector('.resident-name').textContent = r.fullName;
        set.querySelector('legend .muted').textContent = t('relation.' + r.relation) + ' · ' + t('households.age', r.age);
        set.querySelectorAll('label.toggle').forEach(function (label) {
          var box = label.querySelector('input');
          label.classList.toggle('done', !!r.profile[box.value]);
          box.value = r.id + ':' + box.value;
        });
        set.querySelector('.certificate label').setAttribute('for', 'certificate-' + r.id);
        var certificate = set.querySelector('.certificate input');
        certificate.id = 'certificate-' + r.id;
        certificate.name = 'certificate:' + r.id;
        outcomesTemplate.parentNode.insertBefore(set, outcomesTemplate);
      });
      form.querySelector(adults.length ? '.no-adults' : '.hint').remove();
      memberTemplate.remove();
      outcomesTemplate.remove();
      form.querySelector('a.cancel').href = '/households/' + h.id;
      drawFrom(t('visits.title'), page);
    });
  }

  // The new-resident form as the server renders it (households/resident-form.html :: residentForm).
  function drawResidentForm(id) {
    return withHousehold(id, function (h) {
      var page = fromTemplate('field-resident');
      if (!page) {
        draw(t('households.addResident'), '<p class="flash error">' + esc(t('field.needsNetwork')) + '</p>');
        return;
      }
      fillHeading(page, h);
      var form = page.querySelector('#resident-form');
      form.setAttribute('action', '/households/' + h.id + '/residents');
      form.setAttribute('data-code', h.code);
      form.querySelector('a.cancel').href = '/households/' + h.id;
      drawFrom(t('households.addResident'), page);
    });
  }

  // The name and phone edit form (sync/shell.html, #field-edit), filled here.
  function drawEditForm(id, residentId) {
    return withHousehold(id, function (h) {
      var r = h.residents.filter(function (x) { return x.id === residentId; })[0];
      var page = fromTemplate('field-edit');
      if (!r || !page) {
        draw(t('field.edit'), '<p class="flash error">' + esc(t(r ? 'field.needsNetwork' : 'field.notLoaded')) + '</p>');
        return;
      }
      var link = page.querySelector('a.household');
      link.href = '/households/' + h.id;
      link.textContent = t('households.code') + ' ' + h.code;
      page.querySelector('.resident-name').textContent = r.fullName;
      var form = page.querySelector('#edit-form');
      form.setAttribute('action', '/households/' + h.id + '/residents/' + r.id + '/edit');
      form.setAttribute('data-code', h.code);
      form.setAttribute('data-resident', r.id);
      form.setAttribute('data-name', r.fullName);
      form.querySelector('[name=fullName]').value = r.fullName;
      var help = form.querySelector('.phone-help');
      help.textContent = help.getAttribute('data-text').split('{0}').join(r.phone || '—');
      form.querySelector('a.cancel').href = '/households/' + h.id;
      drawFrom(t('field.edit'), page);
    });
  }

  function drawQueue() {
    return Promise.all([queue(), getAll('results')]).then(function (got) {
      var waiting = got[0].map(function (r) {
        return '<li>' + esc(label(r)) + ' <span class="badge pending">' + esc(t('field.pending')) + '</span>'
          + (F.leftTeam() ? '<div class="small">' + esc(F.leftTeam()) + '</div>' : '') + '</li>';
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

  Object.assign(F, { route: route, drawQueue: drawQueue });
})();
