// Character count for text areas with data-maxlength (GOV.UK pattern). Without this script the hint
// still says the limit and the server checks it; with it, the count updates as people type. There is
// no hard maxlength, so pasting a long text and then cutting it down loses nothing.
(function () {
    'use strict';
    function length(text) {
        return Array.from(text).length; // characters as people count them: an emoji is one
    }
    document.querySelectorAll('textarea[data-maxlength]').forEach(function (area) {
        var max = parseInt(area.getAttribute('data-maxlength'), 10);
        var info = document.getElementById(area.id + '-info');
        if (!info || !max) {
            return;
        }
        var live = document.createElement('p');
        live.className = 'visually-hidden';
        live.setAttribute('aria-live', 'polite');
        info.parentNode.insertBefore(live, info.nextSibling);
        var timer;
        function message() {
            var left = max - length(area.value);
            var text = left >= 0
                ? area.getAttribute('data-count-left').replace('{count}', left)
                : area.getAttribute('data-count-over').replace('{count}', -left);
            info.textContent = text;
            info.classList.toggle('character-count--over', left < 0);
            return text;
        }
        message();
        area.addEventListener('input', function () {
            message();
            clearTimeout(timer);
            // screen readers hear the count once typing pauses, not at every key
            timer = setTimeout(function () { live.textContent = message(); }, 1000);
        });
    });
})();
