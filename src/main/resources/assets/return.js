// Topic pages: a reader who followed a "Review" link from their quiz result gets a link back to it, right under the
// section the link marked (the section itself is highlighted by CSS, :target). Going back through the browser's
// history returns to the same place on the result; without this script the Back button does the same.
(function () {
  'use strict';
  var from;
  try {
    from = new URL(document.referrer);
  } catch (e) {
    return;
  }
  if (from.origin !== window.location.origin || !/^\/quiz\/results\/[0-9a-f-]{36}$/.test(from.pathname)) {
    return;
  }
  var id = window.location.hash ? decodeURIComponent(window.location.hash.slice(1)) : '';
  var target = (id && document.getElementById(id)) || document.getElementById('page-title');
  if (!target) {
    return;
  }
  var line = document.createElement('p');
  line.className = 'back-to-result';
  var link = document.createElement('a');
  link.href = from.pathname;
  link.textContent = 'Back to your quiz result';
  link.addEventListener('click', function (event) {
    if (window.history.length > 1) {
      event.preventDefault();
      window.history.back();
    }
  });
  line.appendChild(link);
  target.insertAdjacentElement('afterend', line);
})();
