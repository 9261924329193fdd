// Media Access pages: small, dependency-free behaviour on top of server-rendered HTML.
// Every text that came from a person is set with textContent, never as markup.
'use strict';
(function () {
  const prefix = document.body.dataset.prefix || '';

  async function api(method, path, body) {
    const init = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(prefix + path, init);
    } catch (offline) {
      return { ok: false, status: 0, data: { detail: 'The server could not be reached. Check your connection and try again.' } };
    }
    const text = await response.text();
    let data = null;
    if (text) {
      try { data = JSON.parse(text); } catch (notJson) { data = null; }
    }
    return { ok: response.ok, status: response.status, data: data };
  }

  function byId(id) { return document.getElementById(id); }

  // describeField turns a field path such as 'invitees[2].role' into words for the person; optional.
  function showError(boxId, result, describeField) {
    const box = byId(boxId);
    if (!box) { return; }
    const problem = result.data || {};
    box.textContent = '';
    const detail = document.createElement('p');
    const fieldErrors = Array.isArray(problem.errors) && problem.errors.length > 0;
    detail.textContent = fieldErrors ? 'Please check:' : (problem.detail || ('The request failed (' + result.status + ').'));
    box.appendChild(detail);
    if (Array.isArray(problem.errors) && problem.errors.length) {
      const list = document.createElement('ul');
      problem.errors.forEach(function (error) {
        const item = document.createElement('li');
        item.dataset.field = error.field;
        item.dataset.code = error.code;
        item.textContent = (describeField ? describeField(error.field) : error.field) + ': ' + error.message;
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    box.dataset.code = problem.code || '';
    box.hidden = false;
  }

  function clearError(boxId) {
    const box = byId(boxId);
    if (box) { box.hidden = true; box.textContent = ''; box.dataset.code = ''; }
  }

  function mediaId() {
    const holder = document.querySelector('[data-media-id]');
    return holder ? holder.dataset.mediaId : '';
  }

  function mediaPath(suffix) { return '/api/media/' + encodeURIComponent(mediaId()) + suffix; }

  function mediaPage(id) { return prefix + '/media/' + encodeURIComponent(id); }

  // Reloads the page and reopens the panel the person was working in.
  function reloadAt(hash) {
    if (hash) { history.replaceState(null, '', '#' + hash); }
    location.reload();
  }

  // 'PT1H', 'P7D' ... as the ISO instant that far from now; '' means none.
  function instantAfter(duration) {
    const match = /^P(?:(\d+)D)?(?:T(\d+)H)?$/.exec(duration || '');
    if (!duration || !match) { return null; }
    const millis = (Number(match[1] || 0) * 24 + Number(match[2] || 0)) * 3600 * 1000;
    return new Date(Date.now() + millis).toISOString();
  }

  async function run(button, work) {
    if (button) { button.disabled = true; }
    try { await work(); } finally { if (button) { button.disabled = false; } }
  }

  function openPanel(id) {
    const panel = byId(id);
    if (!panel) { return; }
    document.querySelectorAll('.menu-items').forEach(function (menu) { menu.hidden = true; });
    panel.hidden = false;
    const first = panel.querySelector('input, select, textarea, button');
    if (first) { first.focus(); }
  }

  function showTab(id) {
    document.querySelectorAll('.tab-panel').forEach(function (panel) { panel.hidden = panel.id !== id; });
    document.querySelectorAll('[data-action="tab"]').forEach(function (tab) {
      tab.setAttribute('aria-selected', String(tab.dataset.target === id));
    });
  }

  const PANEL_BY_HASH = { 'guest-access': 'guest-access-panel', 'invite-users': 'invite-users-panel' };

  function restoreFromHash() {
    const hash = location.hash.replace('#', '');
    if (hash === 'participants' && byId('participants-panel')) { showTab('participants-panel'); }
    if (PANEL_BY_HASH[hash]) { openPanel(PANEL_BY_HASH[hash]); }
  }

  async function act(button, method, path, body, errorBox, hash, describeField) {
    await run(button, async function () {
      clearError(errorBox);
      const result = await api(method, path, body);
      if (result.ok) { reloadAt(hash); } else { showError(errorBox, result, describeField); }
    });
  }

  function copyText(input, status) {
    const done = function () { if (status) { status.textContent = 'Copied'; } };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () { input.select(); done(); });
    } else {
      input.select();
      try { document.execCommand('copy'); } catch (unsupported) { /* the URL stays selected for a manual copy */ }
      done();
    }
  }

  document.addEventListener('click', function (event) {
    const el = event.target.closest('[data-action]');
    if (!el || el.tagName === 'SELECT' || el.tagName === 'INPUT' || el.tagName === 'FORM') { return; }
    const action = el.dataset.action;
    const row = el.closest('tr, li, .invitee-row');
    switch (action) {
      case 'toggle': {
        const target = byId(el.dataset.target);
        target.hidden = !target.hidden;
        el.setAttribute('aria-expanded', String(!target.hidden));
        break;
      }
      case 'open-panel': openPanel(el.dataset.target); break;
      case 'close-panel': byId(el.dataset.target).hidden = true; break;
      case 'tab': showTab(el.dataset.target); break;
      case 'copy-link':
        copyText(row.querySelector('[data-testid="guest-link-url"]'), row.querySelector('[data-testid="copy-status"]'));
        break;
      case 'edit-link': {
        const editRow = byId('guest-link-edit-' + el.dataset.linkId);
        editRow.hidden = !editRow.hidden;
        el.setAttribute('aria-expanded', String(!editRow.hidden));
        if (!editRow.hidden) { editRow.querySelector('input, select').focus(); }
        break;
      }
      case 'cancel-edit-link': {
        const editRow = byId('guest-link-edit-' + el.dataset.linkId);
        editRow.querySelector('form').reset();
        clearError('edit-guest-link-error-' + el.dataset.linkId);
        editRow.hidden = true;
        break;
      }
      case 'rotate-link':
        act(el, 'POST', mediaPath('/guest-links/' + encodeURIComponent(el.dataset.linkId) + '/rotate'), undefined,
          'guest-link-error', 'guest-access');
        break;
      case 'revoke-link':
        act(el, 'DELETE', mediaPath('/guest-links/' + encodeURIComponent(el.dataset.linkId)), undefined,
          'guest-link-error', 'guest-access');
        break;
      case 'add-invitee': {
        const template = byId('invitee-row-template');
        byId('invitee-rows').appendChild(template.content.cloneNode(true));
        const rows = document.querySelectorAll('#invitee-rows [data-testid="invitee-email"]');
        rows[rows.length - 1].focus();
        break;
      }
      case 'remove-invitee':
        if (document.querySelectorAll('#invitee-rows .invitee-row').length > 1) { row.remove(); }
        break;
      case 'resend-invitation':
        act(el, 'POST', mediaPath('/invitations/' + encodeURIComponent(el.dataset.invitationId) + '/resend'), undefined,
          'invite-error', 'invite-users');
        break;
      case 'revoke-invitation':
        act(el, 'DELETE', mediaPath('/invitations/' + encodeURIComponent(el.dataset.invitationId)), undefined,
          'invite-error', 'invite-users');
        break;
      case 'admit':
      case 'deny':
        act(el, 'POST', mediaPath('/lobby/' + encodeURIComponent(el.dataset.participantId) + '/' + action), undefined,
          'participants-error', 'participants');
        break;
      case 'remove-participant':
        act(el, 'DELETE', mediaPath('/participants/' + encodeURIComponent(el.dataset.participantId)), undefined,
          'participants-error', 'participants');
        break;
      case 'accept-signed-in':
        acceptInvitation(el, {});
        break;
      case 'request-code':
        requestCode(el);
        break;
      default:
        break;
    }
  });

  document.addEventListener('change', function (event) {
    const el = event.target;
    if (el.dataset.action === 'guest-access') {
      act(el, 'PUT', mediaPath('/guest-access'), { enabled: el.checked }, 'guest-link-error', 'guest-access');
    } else if (el.dataset.action === 'change-role') {
      act(el, 'PATCH', mediaPath('/invitations/' + encodeURIComponent(el.dataset.invitationId)), { role: el.value },
        'invite-error', 'invite-users');
    }
  });

  // The settings a guest link form holds, as the API takes them; the expiry is left to the caller.
  function linkSettingsFrom(form) {
    const maxJoins = form.elements.maxJoins.value.trim();
    const domains = form.elements.allowedDomains.value.split(',').map(function (d) { return d.trim(); })
      .filter(function (d) { return d.length > 0; });
    const body = {
      label: form.elements.label.value.trim() || null,
      maxJoins: maxJoins ? Number(maxJoins) : null,
      allowedDomains: domains
    };
    if (form.elements.admission) { body.admission = form.elements.admission.value; }
    return body;
  }

  const submitters = {
    'create-guest-link-form': function (form, button) {
      const body = linkSettingsFrom(form);
      body.expiresAt = instantAfter(form.elements.expires.value);
      return act(button, 'POST', mediaPath('/guest-links'), body, 'guest-link-error', 'guest-access');
    },
    // A merge patch: 'keep' leaves the expiry out, so it stays as it is.
    'edit-guest-link': function (form, button) {
      const body = linkSettingsFrom(form);
      if (form.elements.expires.value !== 'keep') { body.expiresAt = instantAfter(form.elements.expires.value); }
      const link = form.dataset.linkId;
      return act(button, 'PATCH', mediaPath('/guest-links/' + encodeURIComponent(link)), body,
        'edit-guest-link-error-' + link, 'guest-access');
    },
    'invite-form': function (form, button) {
      const invitees = [];
      const rowOf = []; // the on-screen row of each invitee sent (empty rows are left out)
      form.querySelectorAll('#invitee-rows > .invitee-row').forEach(function (row, index) {
        const email = row.querySelector('[data-testid="invitee-email"]').value.trim();
        if (email) {
          invitees.push({ email: email, role: row.querySelector('[data-testid="invitee-role"]').value });
          rowOf.push(index);
        }
      });
      const message = form.elements.message.value;
      const body = { invitees: invitees, message: message.trim() ? message : null, expiresAt: instantAfter(form.elements.expires.value) };
      return act(button, 'POST', mediaPath('/invitations'), body, 'invite-error', 'invite-users', function (field) {
        return field.replace(/^invitees\[(\d+)\]\.(\w+)$/, function (whole, i, part) {
          return 'Person ' + (rowOf[Number(i)] + 1) + ', ' + part;
        });
      });
    },
    'join-form': function (form, button) {
      return run(button, async function () {
        clearError('join-error');
        const result = await api('POST', '/api/join', {
          token: form.dataset.token, name: form.elements.name.value, email: form.elements.email.value
        });
        if (result.ok) {
          location.assign(mediaPage(result.data.mediaId));
        } else if (result.data && ['guest-link-expired', 'guest-link-exhausted', 'guest-link-not-found',
          'guest-access-disabled'].indexOf(result.data.code) >= 0) {
          location.reload(); // the page itself says what became of the link
        } else {
          showError('join-error', result);
        }
      });
    },
    'code-form': function (form, button) {
      return acceptInvitation(button, { code: form.elements.code.value, name: form.elements.name.value || null });
    }
  };

  document.addEventListener('submit', function (event) {
    const form = event.target;
    const submit = submitters[form.id] || submitters[form.dataset.form];
    if (!submit) { return; }
    event.preventDefault();
    submit(form, form.querySelector('[type="submit"]'));
  });

  function invitationToken() { return byId('invitation').dataset.token; }

  function acceptInvitation(button, proof) {
    return run(button, async function () {
      clearError('invitation-error');
      const body = Object.assign({ token: invitationToken() }, proof);
      const result = await api('POST', '/api/invitations/accept', body);
      if (result.ok) { location.assign(mediaPage(result.data.mediaId)); } else { showError('invitation-error', result); }
    });
  }

  function requestCode(button) {
    return run(button, async function () {
      clearError('invitation-error');
      const result = await api('POST', '/api/invitations/code', { token: invitationToken() });
      if (!result.ok) { showError('invitation-error', result); return; }
      const sent = byId('code-sent');
      sent.textContent = 'We sent a code to ' + result.data.sentTo + '. Enter it below.';
      sent.hidden = false;
      byId('code-form').hidden = false;
      byId('invitation-code').focus();
    });
  }

  function pollLobby() {
    const waiting = byId('lobby-waiting');
    if (!waiting) { return; }
    const timer = setInterval(async function () {
      const result = await api('GET', mediaPath('/access'));
      if (!result.ok || !result.data) { return; }
      if (result.data.allowed) {
        clearInterval(timer);
        location.reload();
      } else if (['pass-ended', 'pass-unknown', 'pass-expired'].indexOf(result.data.reason) >= 0) {
        clearInterval(timer);
        byId('lobby-waiting-detail').hidden = true;
        byId('lobby-denied').hidden = false;
      }
    }, 2000);
  }

  window.addEventListener('hashchange', restoreFromHash);
  restoreFromHash();
  pollLobby();
}());
