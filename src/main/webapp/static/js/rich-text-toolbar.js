// A small toolbar above rich-text fields (textareas with data-toolbar): heading, paragraph, list,
// bold and link wrap the selected words in the few tags the portal keeps. Without this script the
// field still takes the same HTML typed by hand; the server keeps only the allowed tags either way.
(function () {
    'use strict';
    var actions = {
        heading: function (text) { return '<h2>' + (text || '') + '</h2>'; },
        paragraph: function (text) { return '<p>' + (text || '') + '</p>'; },
        list: function (text) {
            var items = (text || '').split(/\n+/).filter(function (line) { return line.trim() !== ''; });
            if (items.length === 0) { items = ['']; }
            return '<ul>\n' + items.map(function (line) { return '  <li>' + line.trim() + '</li>'; }).join('\n') + '\n</ul>';
        },
        bold: function (text) { return '<strong>' + (text || '') + '</strong>'; },
        link: function (text) { return '<a href="https://">' + (text || '') + '</a>'; }
    };
    document.querySelectorAll('textarea[data-toolbar]').forEach(function (area) {
        var bar = document.createElement('div');
        bar.className = 'toolbar';
        bar.setAttribute('role', 'toolbar');
        bar.setAttribute('aria-label', area.getAttribute('data-toolbar'));
        bar.setAttribute('aria-controls', area.id);
        Object.keys(actions).forEach(function (name) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'button button--secondary button--small toolbar__button';
            button.textContent = area.getAttribute('data-toolbar-' + name);
            button.addEventListener('click', function () {
                var start = area.selectionStart, end = area.selectionEnd;
                var wrapped = actions[name](area.value.substring(start, end));
                area.setRangeText(wrapped, start, end, 'select');
                area.focus();
                area.dispatchEvent(new Event('input'));
            });
            bar.appendChild(button);
        });
        area.parentNode.insertBefore(bar, area);
    });
})();
