// The forms of the field pages (visit, new resident, name/phone edit), online or not: the record
// goes to the queue first, then out if the network answers; a message is carried to the next page.
(function () {
  'use strict';
  var F = window.NgoSo && window.NgoSo.field;
  if (!F) {
    return;
  }
  var t = F.t, uuid = F.uuid, isoDay = F.isoDay;
  var tx = F.tx, enqueue = F.enqueue, send = F.send;

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

  // One listener for the three forms, whether the server or the phone drew them.
  function listen() {
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
  }

  Object.assign(F, { showFlash: showFlash, listenToForms: listen });
})();
