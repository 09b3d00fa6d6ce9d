// Forms are sent once (below: tables wider than the screen, and the session's end). After the
// first submit the form's buttons are marked busy and further submits of the same form are
// ignored (a double click); work that takes longer than a moment says so in a status line.
// Without JavaScript the server's one-time form token does the same job.
//
// Browser back then „Speichern“ again: the browser fetches the form anew (with a new one-time
// token) but refills what was typed. When the same form goes out again unchanged after coming
// back, it goes with the token of its first sending, so the server sends the user to that result
// instead of saving twice; a changed form is a new one.
(function () {
  'use strict';
  var busyText = document.body.getAttribute('data-busy-text') || '…';
  var navigation = window.performance && performance.getEntriesByType
    ? performance.getEntriesByType('navigation')[0] : null;
  var cameBack = !!navigation && navigation.type === 'back_forward';

  function storageKey(form) {
    var index = Array.prototype.indexOf.call(document.forms, form);
    return 'fahrplan.form:' + location.pathname + location.search + ':' + index + ':' +
      form.getAttribute('action');
  }

  function fingerprint(form) {
    var parts = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== '_csrf' && name !== '_formToken') {
        parts.push(name + '=' + (typeof value === 'string' ? value : value.name));
      }
    });
    return parts.join('&');
  }

  function rememberToken(form) {
    var field = form.querySelector('input[name="_formToken"]');
    if (!field) {
      return;
    }
    try {
      var key = storageKey(form);
      var print = fingerprint(form);
      var earlier = JSON.parse(window.sessionStorage.getItem(key) || 'null');
      if (cameBack && earlier && earlier.print === print) {
        field.value = earlier.token;
      }
      window.sessionStorage.setItem(key, JSON.stringify({ token: field.value, print: print }));
    } catch (e) {
      // no session storage (private mode, blocked): the fresh token goes
    }
  }

  function reset(form) {
    delete form.dataset.sending;
    form.querySelectorAll('[data-busy]').forEach(function (b) {
      b.removeAttribute('aria-disabled');
      b.removeAttribute('data-busy');
    });
    form.querySelectorAll('.app-progress').forEach(function (p) { p.remove(); });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) {
      return;
    }
    if (form.dataset.sending) {
      event.preventDefault();
      return;
    }
    form.dataset.sending = 'true';
    rememberToken(form);
    // aria-disabled, not disabled: a disabled button would not send its own name and value
    form.querySelectorAll('button, input[type=submit]').forEach(function (b) {
      b.setAttribute('aria-disabled', 'true');
      b.setAttribute('data-busy', 'true');
    });
    window.setTimeout(function () {
      if (form.dataset.sending && !form.querySelector('.app-progress')) {
        var status = document.createElement('p');
        status.className = 'kern-body app-progress';
        status.setAttribute('role', 'status');
        status.textContent = form.getAttribute('data-progress') || busyText;
        form.appendChild(status);
      }
    }, 700);
    // a form that answers with a download stays on its page: give it back after a while
    window.setTimeout(function () { reset(form); }, 30000);
  });

  // a form that came back with errors: its summary first, read out, its links lead to the fields
  // (WCAG 3.3.1; the page's title says „Fehler:“ as well)
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }

  // back to a page kept by the browser: its forms are ready again
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-sending]').forEach(reset);
  });

  // A table wider than the screen scrolls in its own box (app.css). While it does, the box is a
  // group named by the table's caption (not a landmark: the section around it is one) and in the
  // tab order, so that it can be scrolled with the keyboard; a table that fits adds no stop.
  var captions = 0;
  function tableBoxes() {
    document.querySelectorAll('.kern-table-responsive').forEach(function (box) {
      var table = box.querySelector('table');
      if (table && box.scrollWidth > box.clientWidth + 1) {
        var caption = table.querySelector('caption');
        var name = table.getAttribute('aria-labelledby');
        if (!name && caption) {
          caption.id = caption.id || 'app-table-caption-' + (++captions);
          name = caption.id;
        }
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'group');
        if (name) {
          box.setAttribute('aria-labelledby', name);
        }
      } else {
        ['tabindex', 'role', 'aria-labelledby'].forEach(function (a) { box.removeAttribute(a); });
      }
    });
  }
  tableBoxes();
  // asked again whenever a box or its table changes size: a narrower window, and the web font,
  // which arrives after this script and makes a table narrower or wider than in the fallback font
  if ('ResizeObserver' in window) {
    var resized = new ResizeObserver(tableBoxes);
    document.querySelectorAll('.kern-table-responsive, .kern-table-responsive > table').forEach(
      function (element) { resized.observe(element); });
  } else {
    window.addEventListener('resize', tableBoxes);
  }

  // A signed-in session ends after a long time without a request (the layout says how long). A
  // reader who types on a page keeps it: a quiet request at most every ten minutes. Five minutes
  // before it would end, a warning offers to extend it (WCAG 2.2.1); once it has ended, the page
  // says so and sends no form – what was typed stays on the page – until its reader has signed in
  // again in another window: then its forms go with the new sign-in's token. The tabs of one
  // browser share the time of the last request (local storage), so that a tab left alone does not
  // warn while another one is in use – and never extends the session by itself.
  var session = document.getElementById('session');
  if (session) {
    var seconds = Number(session.getAttribute('data-seconds'));
    var warnAfter = Math.max(seconds - 300, seconds / 2) * 1000;
    var warning = document.getElementById('session-warning');
    var ended = document.getElementById('session-ended');
    var back = document.getElementById('session-back');
    var account = session.getAttribute('data-account');
    var contactKey = 'fahrplan.lastContact';
    var lastContact = 0;
    var timer;
    var sharedContact = function () {
      try {
        return Math.max(lastContact, Number(window.localStorage.getItem(contactKey)) || 0);
      } catch (e) {
        return lastContact;
      }
    };
    var noteContact = function () {
      lastContact = Date.now();
      try {
        window.localStorage.setItem(contactKey, String(lastContact));
      } catch (e) {
        // no local storage: this tab keeps its own time
      }
    };
    var end = function () {
      window.clearTimeout(timer);
      warning.hidden = true;
      back.hidden = true;
      ended.hidden = false;
    };
    // signed in again in another window, as the same account: the new sign-in's form token goes
    // into this page's forms, so that what was typed here can be saved after all
    var resume = function (answer) {
      var token = answer.headers.get('X-CSRF-TOKEN');
      if (ended.hidden || !token || answer.headers.get('X-Fahrplan-Account') !== account) {
        return;
      }
      document.querySelectorAll('input[name="_csrf"]').forEach(function (field) {
        field.value = token;
      });
      ended.hidden = true;
      back.hidden = false;
      noteContact();
    };
    // the warning and the end, from the last request of any tab
    var schedule = function () {
      window.clearTimeout(timer);
      if (!ended.hidden) {
        return;
      }
      var quiet = Date.now() - sharedContact();
      if (quiet >= seconds * 1000) {
        end();
      } else if (quiet >= warnAfter) {
        warning.hidden = false;
        timer = window.setTimeout(schedule, seconds * 1000 - quiet);
      } else {
        warning.hidden = true;
        timer = window.setTimeout(schedule, warnAfter - quiet);
      }
    };
    var keepAlive = function () {
      // a page whose sign-in has ended only asks: its question is no contact the other tabs count
      if (ended.hidden) {
        noteContact();
      }
      // an ended session answers with the way to the login page instead of 204; marked as a
      // script's request, it is not the page the next sign-in returns to
      return window.fetch(session.getAttribute('data-keepalive'), {
        credentials: 'same-origin', redirect: 'manual', cache: 'no-store',
        headers: { 'X-Requested-With': 'XMLHttpRequest' }
      }).then(function (answer) {
        if (answer.status === 204) {
          resume(answer);
          schedule();
        } else {
          end();
        }
      }, function () { /* offline: the timers stay as they are */ });
    };
    document.getElementById('session-extend').addEventListener('click', keepAlive);
    document.addEventListener('input', function () {
      if (ended.hidden && Date.now() - lastContact > 600000) {
        keepAlive();
      }
    });
    window.addEventListener('storage', function (event) {
      if (event.key === contactKey) {
        if (ended.hidden) {
          schedule();
        } else {
          keepAlive(); // another tab has been in contact: perhaps signed in again
        }
      }
    });
    // a form sent while the sign-in has ended would be refused and what was typed lost: first
    // asked whether the reader has signed in again meanwhile; if so, it goes with the new token,
    // if not, it stays on the page and the notice is read out again
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (ended.hidden || !(form instanceof HTMLFormElement)
          || form.method.toLowerCase() !== 'post' || /\/logout$/.test(form.action)) {
        return;
      }
      event.preventDefault();
      var submitter = event.submitter;
      keepAlive().then(function () {
        if (ended.hidden) {
          form.requestSubmit(submitter);
        } else {
          ended.focus();
        }
      });
    }, true);
    noteContact();
    schedule();
  }
})();
