/*
 * Checks the chosen files' sizes in the browser, on choosing and before sending:
 * <form data-max-file-bytes="…" data-max-total-bytes="…" data-file-too-large="…"
 *       data-files-too-large="…" data-size-message="id of the message's element">.
 * The page refuses a file over its own limit with a message, but the server stops a request over
 * its post size limit before the page sees it, answering nothing the page could show.
 * A file rather than inline script, as the Content-Security-Policy allows none.
 */
(function () {
    function tooLarge(form) {
        var maxFile = Number(form.getAttribute('data-max-file-bytes'));
        var maxTotal = Number(form.getAttribute('data-max-total-bytes'));
        var total = 0;
        var fields = form.querySelectorAll('input[type=file]');
        for (var i = 0; i < fields.length; i++) {
            var files = fields[i].files || [];
            for (var j = 0; j < files.length; j++) {
                if (files[j].size > maxFile) {
                    return {field: fields[i], text: form.getAttribute('data-file-too-large')};
                }
                total += files[j].size;
            }
        }
        if (total > maxTotal) {
            return {field: fields[fields.length - 1], text: form.getAttribute('data-files-too-large')};
        }
        return null;
    }

    /** Shows or clears the message; returns whether the form may be sent. */
    function check(form) {
        var message = document.getElementById(form.getAttribute('data-size-message'));
        var fields = form.querySelectorAll('input[type=file]');
        for (var i = 0; i < fields.length; i++) {
            fields[i].removeAttribute('aria-invalid');
        }
        var problem = tooLarge(form);
        message.textContent = problem ? problem.text : '';
        message.parentNode.hidden = !problem;
        if (problem) {
            problem.field.setAttribute('aria-invalid', 'true');
        }
        return !problem;
    }

    document.addEventListener('change', function (event) {
        var form = event.target.form;
        if (event.target.type === 'file' && form && form.hasAttribute('data-max-file-bytes')) {
            check(form);
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.hasAttribute('data-max-file-bytes') && !check(form)) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);
})();
