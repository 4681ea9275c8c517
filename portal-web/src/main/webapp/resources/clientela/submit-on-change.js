/*
 * Submits a field's form as soon as its value changes: <select data-submit-on-change="true">.
 * A file rather than an onchange attribute, as the Content-Security-Policy allows no inline script.
 */
document.addEventListener('change', function (event) {
    var field = event.target;
    if (field.form && field.hasAttribute('data-submit-on-change')) {
        field.form.submit();
    }
});
