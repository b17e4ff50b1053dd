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
