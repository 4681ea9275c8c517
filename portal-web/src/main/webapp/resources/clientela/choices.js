/*
 * Shows a block only while a radio choice holds a value: <div data-shown-when="form:radio=0">.
 * Without JavaScript every block stays visible and the form still works; the server checks a
 * block's fields only when its choice is made.
 */
(function () {
    function update() {
        document.querySelectorAll('[data-shown-when]').forEach(function (block) {
            var rule = block.getAttribute('data-shown-when').split('=');
            var checked = document.querySelector('input[type=radio][name="' + rule[0] + '"]:checked');
            // a style, not the hidden attribute, which the blocks' own display rules would override
            block.style.display = checked && checked.value === rule[1] ? '' : 'none';
        });
    }
    // PrimeFaces styles its radios and checks the hidden input on click: look once it has
    document.addEventListener('change', update);
    document.addEventListener('click', function () { setTimeout(update, 0); });
    document.addEventListener('DOMContentLoaded', update);
})();
