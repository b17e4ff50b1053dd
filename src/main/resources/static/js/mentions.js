/*
 * @mention suggestions in the textareas that ask for them (data-mentions="<address to ask>"). Typing @ and the
 * start of a handle or name lists up to eight members under the field; ArrowDown/ArrowUp move through them, Enter or
 * Tab puts the chosen "@handle " in the text, Escape closes the list. The field keeps its native role and points at
 * the list (aria-controls) and at the option in focus (aria-activedescendant). Without JavaScript, mentions are
 * typed by hand as before.
 */
(function () {
  'use strict';

  var TYPED = /(^|[^\p{L}\p{N}@\/._\[-])@([\p{L}\p{N}-]{1,40})$/u;
  var timer = null;
  var asked = 0;

  function listFor(field) {
    var id = field.id + '-mentions';
    var list = document.getElementById(id);
    if (!list) {
      list = document.createElement('ul');
      list.id = id;
      list.className = 'mention-list';
      list.setAttribute('role', 'listbox');
      var label = field.labels && field.labels[0];
      if (label) {
        if (!label.id) {
          label.id = field.id + '-label';
        }
        list.setAttribute('aria-labelledby', label.id);
      }
      list.hidden = true;
      field.insertAdjacentElement('afterend', list);
      field.setAttribute('aria-autocomplete', 'list');
      field.setAttribute('aria-controls', id);
    }
    return list;
  }

  function typedPrefix(field) {
    if (field.selectionStart !== field.selectionEnd) {
      return null;
    }
    var before = field.value.slice(0, field.selectionStart);
    var match = TYPED.exec(before);
    return match ? match[2] : null;
  }

  function close(field) {
    var list = document.getElementById(field.id + '-mentions');
    if (list) {
      list.hidden = true;
      list.replaceChildren();
    }
    field.removeAttribute('aria-activedescendant');
  }

  function options(field) {
    var list = document.getElementById(field.id + '-mentions');
    return list && !list.hidden ? Array.prototype.slice.call(list.querySelectorAll('[role=option]')) : [];
  }

  function activate(field, index) {
    var all = options(field);
    if (all.length === 0) {
      return;
    }
    var next = (index + all.length) % all.length;
    all.forEach(function (option, i) {
      option.setAttribute('aria-selected', i === next ? 'true' : 'false');
    });
    field.setAttribute('aria-activedescendant', all[next].id);
    all[next].scrollIntoView({ block: 'nearest' });
  }

  function activeIndex(field) {
    var current = field.getAttribute('aria-activedescendant');
    return options(field).findIndex(function (option) {
      return option.id === current;
    });
  }

  function choose(field, handle) {
    var end = field.selectionStart;
    var before = field.value.slice(0, end);
    var match = TYPED.exec(before);
    if (!match) {
      close(field);
      return;
    }
    var start = end - match[2].length;
    var inserted = handle + ' ';
    field.value = field.value.slice(0, start) + inserted + field.value.slice(end);
    field.selectionStart = field.selectionEnd = start + inserted.length;
    close(field);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.focus();
  }

  function show(field, members) {
    var list = listFor(field);
    list.replaceChildren();
    if (!members.length) {
      close(field);
      return;
    }
    members.forEach(function (member, i) {
      var option = document.createElement('li');
      option.id = field.id + '-mention-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.className = 'mention-list__option';
      option.dataset.handle = member.handle;
      var name = document.createElement('span');
      name.className = 'mention-list__name';
      name.textContent = member.name;
      var handle = document.createElement('span');
      handle.className = 'handle';
      handle.textContent = '@' + member.handle;
      option.append(name, ' ', handle);
      list.append(option);
    });
    list.hidden = false;
    activate(field, 0);
  }

  function suggest(field) {
    var prefix = typedPrefix(field);
    if (!prefix) {
      close(field);
      return;
    }
    var ask = ++asked;
    fetch(field.dataset.mentions + '?q=' + encodeURIComponent(prefix), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin'
    })
      .then(function (response) {
        var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
        return response.ok && json ? response.json() : [];
      })
      .then(function (members) {
        if (ask === asked && document.activeElement === field) {
          show(field, Array.isArray(members) ? members : []);
        }
      })
      .catch(function () {
        close(field);
      });
  }

  document.addEventListener('input', function (event) {
    var field = event.target;
    if (!(field instanceof HTMLTextAreaElement) || !field.dataset.mentions || !field.id) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(function () {
      suggest(field);
    }, 150);
  });

  document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (!(field instanceof HTMLTextAreaElement) || !field.dataset.mentions || options(field).length === 0) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      activate(field, activeIndex(field) + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      var index = activeIndex(field);
      if (index >= 0) {
        event.preventDefault();
        choose(field, options(field)[index].dataset.handle);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(field);
    }
  });

  // A click on a suggestion: mousedown, so that the field keeps its focus and caret.
  document.addEventListener('mousedown', function (event) {
    var option = event.target instanceof Element ? event.target.closest('.mention-list [role=option]') : null;
    if (!option) {
      return;
    }
    event.preventDefault();
    var field = document.getElementById(option.parentElement.id.replace(/-mentions$/, ''));
    if (field) {
      choose(field, option.dataset.handle);
    }
  });

  document.addEventListener('focusout', function (event) {
    var field = event.target;
    if (field instanceof HTMLTextAreaElement && field.dataset.mentions && field.id) {
      setTimeout(function () {
        if (document.activeElement !== field) {
          close(field);
        }
      }, 100);
    }
  });
})();
