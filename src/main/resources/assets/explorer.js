// Explorers (/explore/...): when a choice changes, fetch that view's page and swap in its result, so the picture
// follows the control without a reload. Without this script the form's button does the same by loading the page;
// with it, the address still changes, so every view stays linkable. The sentence sits in a live region, so screen
// readers announce the new result.
(function () {
  'use strict';
  var form = document.querySelector('form[data-explorer]');
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams || !window.FormData) {
    return;
  }
  var latest = 0;

  function swap(doc) {
    var fresh = doc.getElementById('explorer-result');
    var current = document.getElementById('explorer-result');
    if (!fresh || !current) {
      return false;
    }
    document.getElementById('result').textContent = fresh.querySelector('#result').textContent;
    current.querySelector('.explorer-figures').replaceWith(fresh.querySelector('.explorer-figures'));
    var notes = current.querySelector('.explorer-notes');
    var freshNotes = fresh.querySelector('.explorer-notes');
    if (notes && freshNotes) {
      notes.replaceWith(freshNotes);
    }
    var link = document.getElementById('explorer-link');
    var freshLink = fresh.querySelector('#explorer-link');
    link.setAttribute('href', freshLink.getAttribute('href'));
    link.textContent = freshLink.textContent;
    // Last, so the announcement comes when the picture already matches it.
    document.querySelector('#explorer-live .explorer-sentence').textContent =
        fresh.querySelector('#explorer-live .explorer-sentence').textContent;
    document.title = doc.title;
    return true;
  }

  form.addEventListener('change', function () {
    // A page showing a problem has no result to update: the button reloads it properly.
    if (!document.getElementById('explorer-result')) {
      return;
    }
    var action = form.getAttribute('action').split('#')[0];
    var url = action + '?' + new URLSearchParams(new FormData(form)).toString();
    var request = ++latest;
    fetch(url, { headers: { Accept: 'text/html' } })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        // Arrow keys move through the choices quickly: only the newest answer is drawn.
        if (html === null || request !== latest) {
          return;
        }
        if (swap(new DOMParser().parseFromString(html, 'text/html'))) {
          history.replaceState(null, '', url);
        }
      })
      .catch(function () {
        // Offline or the server is gone: the button still works.
      });
  });
}());
