// Progressive enhancements that the strict Content-Security-Policy allows: no inline script, nothing the page
// needs in order to be read. Without this file every control still works as plain HTML.
(function () {
    'use strict';

    // Copy-link: the address is always in a read-only field anyone can select; with script, a button copies it.
    function copy(button) {
        var field = document.getElementById(button.getAttribute('data-copy-link'));
        var status = button.parentNode.querySelector('.share-link__status');
        if (!field) {
            return;
        }
        function report(ok) {
            if (status) {
                status.textContent = button.getAttribute(ok ? 'data-copied' : 'data-failed');
            }
            if (!ok) {
                field.focus();
                field.select();
            }
        }
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(function () { report(true); }, function () { report(false); });
            return;
        }
        field.focus();
        field.select();
        var ok = false;
        try {
            ok = document.execCommand('copy');
        } catch (e) {
            ok = false;
        }
        report(ok);
    }

    function enhance() {
        var buttons = document.querySelectorAll('[data-copy-link]');
        for (var i = 0; i < buttons.length; i++) {
            buttons[i].hidden = false;
        }
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copy-link]') : null;
        if (button) {
            event.preventDefault();
            copy(button);
        }
    });

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', enhance);
    } else {
        enhance();
    }
})();
/*
 * HROS's own progressive enhancements. Every page works without this file: the Markdown toolbar stays hidden
 * (the text areas are plain), and a destructive action opens its confirmation page instead of a dialog.
 * Served from /js, as the Content-Security-Policy allows no inline script.
 */
(function () {
    'use strict';

    /** Puts before and after around the selection (or around the placeholder when nothing is selected). */
    function wrap(area, before, after, placeholder) {
        var start = area.selectionStart;
        var end = area.selectionEnd;
        var selected = area.value.slice(start, end) || placeholder || '';
        area.setRangeText(before + selected + after, start, end, 'end');
        area.setSelectionRange(start + before.length, start + before.length + selected.length);
    }

    /** Starts every line the selection touches with prefix. */
    function prefixLines(area, prefix) {
        var start = area.selectionStart;
        var end = area.selectionEnd;
        var lineStart = area.value.lastIndexOf('\n', start - 1) + 1;
        var lines = area.value.slice(lineStart, end).split('\n');
        area.setRangeText(lines.map(function (line) { return prefix + line; }).join('\n'), lineStart, end, 'end');
    }

    var ACTIONS = {
        bold: function (area) { wrap(area, '**', '**'); },
        italic: function (area) { wrap(area, '_', '_'); },
        list: function (area) { prefixLines(area, '- '); },
        quote: function (area) { prefixLines(area, '> '); },
        link: function (area, bar) { wrap(area, '[', '](https://)', bar.getAttribute('data-link-text')); }
    };

    function initToolbars(root) {
        root.querySelectorAll('[data-md-toolbar]').forEach(function (bar) {
            var area = document.getElementById(bar.getAttribute('data-md-toolbar'));
            if (!area || bar.hasAttribute('data-ready')) {
                return;
            }
            bar.setAttribute('data-ready', '');
            bar.hidden = false;
            bar.addEventListener('click', function (event) {
                var button = event.target.closest('button[data-md]');
                if (!button || !ACTIONS[button.getAttribute('data-md')]) {
                    return;
                }
                event.preventDefault();
                area.focus();
                ACTIONS[button.getAttribute('data-md')](area, bar);
                // The autosave listens for typing; a toolbar edit is typing too.
                area.dispatchEvent(new Event('input', { bubbles: true }));
            });
        });
    }

    function initDialogs(root) {
        root.querySelectorAll('a[data-confirm-dialog]').forEach(function (link) {
            var dialog = document.getElementById(link.getAttribute('data-confirm-dialog'));
            if (!dialog || typeof dialog.showModal !== 'function' || link.hasAttribute('data-ready')) {
                return;
            }
            link.setAttribute('data-ready', '');
            link.addEventListener('click', function (event) {
                event.preventDefault();
                dialog.showModal();
            });
            dialog.querySelectorAll('[data-dialog-close]').forEach(function (button) {
                button.addEventListener('click', function () { dialog.close(); });
            });
        });
    }

    // The first autosave of a new case created its draft: from now on the form saves that draft.
    document.addEventListener('hros:draft-created', function (event) {
        var form = document.getElementById('case-form');
        var path = event.detail && event.detail.path;
        if (!form || typeof path !== 'string' || path.indexOf('/my/cases/') !== 0) {
            return;
        }
        form.setAttribute('action', path);
        form.setAttribute('hx-post', path);
        if (window.htmx) {
            window.htmx.process(form);
        }
    });

    // An autosave always goes to the draft the form edits: not to create a second draft when it was queued
    // before the first one existed, and not to a preview button's formaction, which htmx would otherwise borrow
    // from the last button clicked.
    document.addEventListener('htmx:configRequest', function (event) {
        var form = document.getElementById('case-form');
        if (!form || event.detail.elt !== form) {
            return;
        }
        event.detail.path = form.getAttribute('action');
        delete event.detail.parameters.preview;
    });

    // "Save draft" pressed while an autosave is on its way waits for it: the autosave's answer carries the
    // draft's new version, which the plain save must be based on. Once the form is sent, autosaves stop.
    var autosaving = 0;
    var submitted = false;
    var waiting = null;

    document.addEventListener('htmx:beforeRequest', function (event) {
        if (event.detail.elt.id !== 'case-form') {
            return;
        }
        if (submitted || waiting) {
            event.preventDefault();
            return;
        }
        autosaving++;
    });

    document.addEventListener('htmx:afterRequest', function (event) {
        if (event.detail.elt.id !== 'case-form') {
            return;
        }
        autosaving = Math.max(0, autosaving - 1);
        if (autosaving === 0 && waiting) {
            var submitter = waiting.submitter;
            waiting = null;
            submitted = true;
            event.detail.elt.requestSubmit(submitter || undefined);
        }
    });

    document.addEventListener('submit', function (event) {
        if (event.target.id !== 'case-form' || submitted && !waiting) {
            return;
        }
        if (autosaving > 0) {
            event.preventDefault();
            waiting = { submitter: event.submitter };
            return;
        }
        submitted = true;
    });

    function init(root) {
        initToolbars(root);
        initDialogs(root);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { init(document); });
    } else {
        init(document);
    }
    document.addEventListener('htmx:load', function (event) { init(event.target); });
}());
/*
 * Profile: offer the browser's own time zone for the time zone list. Without script the member picks it.
 */
(function () {
    'use strict';

    function suggestZone() {
        var holder = document.querySelector('[data-zone-suggest]');
        var zone;
        try {
            zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        } catch (e) {
            zone = null;
        }
        var field = holder ? document.getElementById(holder.getAttribute('data-zone-suggest')) : null;
        if (!holder || !field || !zone || field.value === zone) {
            return;
        }
        if (field.options && !Array.prototype.some.call(field.options, function (o) { return o.value === zone; })) {
            return;
        }
        var button = holder.querySelector('button');
        button.textContent = button.textContent + ' (' + zone + ')';
        button.addEventListener('click', function () {
            field.value = zone;
            holder.hidden = true;
            field.focus();
        });
        holder.hidden = false;
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', suggestZone);
    } else {
        suggestZone();
    }
}());
/*
 * The header. The account menu is a <details> that opens and closes without script; with script it also closes
 * on Escape (focus back on its toggle) and on a click outside it. On a phone, where the main links scroll
 * sideways, the current one is scrolled into view.
 */
(function () {
    'use strict';

    function openMenus() {
        return document.querySelectorAll('details.account-menu[open]');
    }

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        var menus = openMenus();
        for (var i = 0; i < menus.length; i++) {
            menus[i].open = false;
            var toggle = menus[i].querySelector('summary');
            if (toggle && menus[i].contains(document.activeElement)) {
                toggle.focus();
            }
        }
    });

    document.addEventListener('click', function (event) {
        var menus = openMenus();
        for (var i = 0; i < menus.length; i++) {
            if (!menus[i].contains(event.target)) {
                menus[i].open = false;
            }
        }
    });

    function showCurrentLink() {
        var list = document.querySelector('.nav ul');
        var current = list ? list.querySelector('[aria-current="page"]') : null;
        if (!current || list.scrollWidth <= list.clientWidth) {
            return;
        }
        var item = current.getBoundingClientRect();
        var box = list.getBoundingClientRect();
        list.scrollLeft += item.left - box.left - (box.width - item.width) / 2;
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', showCurrentLink);
    } else {
        showCurrentLink();
    }

    // A phone turned on its side: only a change of width, not the address bar hiding while the page scrolls.
    var width = window.innerWidth;
    window.addEventListener('resize', function () {
        if (window.innerWidth !== width) {
            width = window.innerWidth;
            showCurrentLink();
        }
    });
}());
