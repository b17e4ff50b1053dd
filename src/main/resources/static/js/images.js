/*
 * Images while writing: the upload form sends the file in the background and puts ![alt](/images/ID) where the
 * cursor was in the text last written in (a case section or a reply). Without script the form opens a page with
 * the Markdown to paste. Served from /js, as the Content-Security-Policy allows no inline script.
 */
(function () {
    'use strict';
    if (window.hrosImages) {
        return;
    }
    window.hrosImages = true;

    var lastArea = null;

    document.addEventListener('focusin', function (event) {
        var area = event.target;
        if (area && area.tagName === 'TEXTAREA' && area.closest('#case-form, .reply-form')) {
            lastArea = area;
        }
    });

    /** The text the image goes into: the one last written in, else the first one on the page. */
    function target() {
        if (lastArea && document.body.contains(lastArea)) {
            return lastArea;
        }
        return document.querySelector('#case-form textarea, .reply-form textarea');
    }

    function insert(area, markdown) {
        var start = area.selectionStart;
        var end = area.selectionEnd;
        var before = start > 0 && area.value.charAt(start - 1) !== '\n' ? '\n\n' : '';
        area.setRangeText(before + markdown + '\n', start, end, 'end');
        area.focus();
        // The autosave listens for typing; an inserted image is typing too.
        area.dispatchEvent(new Event('input', { bubbles: true }));
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.hasAttribute || !form.hasAttribute('data-image-upload') || !window.fetch || !window.FormData) {
            return;
        }
        event.preventDefault();
        var result = form.querySelector('[data-image-result]');
        var button = form.querySelector('button[type="submit"]');
        button.disabled = true;
        fetch(form.action, {
            method: 'POST',
            body: new FormData(form),
            headers: { 'HX-Request': 'true' },
            credentials: 'same-origin'
        }).then(function (response) {
            return response.text();
        }).then(function (html) {
            result.innerHTML = html;
            var done = result.querySelector('[data-image-markdown]');
            var area = target();
            if (done && area) {
                insert(area, done.getAttribute('data-image-markdown'));
                form.reset();
            }
        }).catch(function () {
            result.textContent = form.getAttribute('data-failed') || '';
        }).then(function () {
            button.disabled = false;
        });
    });
}());
