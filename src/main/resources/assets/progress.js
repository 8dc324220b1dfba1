// Progress the reader keeps: topics read and quizzed, in this browser's localStorage only (never sent to the site).
// The script tag says what this page does:
//   data-read     a topic page: mark the topic in the address as read
//   data-quizzed  a quiz or mock exam result: the topics it lists ("/topics/slug" addresses or slugs) were quizzed
//   data-marks    a topic list (/topics, /for-students): write "Read" / "Quizzed" after each topic link, and offer
//                 "Forget this", which clears it all
// Without JavaScript, or with storage blocked, nothing is stored and nothing is shown.
(function () {
  'use strict';
  var KEY = 'msk-guide-progress';
  var script = document.currentScript;
  var store;
  try {
    store = window.localStorage;
    store.getItem(KEY);
  } catch (e) {
    return;
  }

  function load() {
    try {
      var data = JSON.parse(store.getItem(KEY) || '{}');
      return { read: data.read || {}, quizzed: data.quizzed || {} };
    } catch (e) {
      return { read: {}, quizzed: {} };
    }
  }

  function save(data) {
    try {
      store.setItem(KEY, JSON.stringify(data));
    } catch (e) {
      // Storage full or blocked: progress is a nicety, the page works the same.
    }
  }

  function slugOf(text) {
    var m = /(?:^|\/topics\/)([a-z0-9][a-z0-9-]*)(?:[#?].*)?$/.exec(text);
    return m ? m[1] : null;
  }

  var data = load();
  if (script.hasAttribute('data-read')) {
    var read = slugOf(window.location.pathname);
    if (read) {
      data.read[read] = true;
      save(data);
    }
  }
  if (script.hasAttribute('data-quizzed')) {
    script.getAttribute('data-quizzed').split(/\s+/).forEach(function (item) {
      var slug = slugOf(item);
      if (slug) {
        data.quizzed[slug] = true;
      }
    });
    save(data);
  }
  if (!script.hasAttribute('data-marks')) {
    return;
  }

  var marks = [];
  var links = document.querySelectorAll('main a[href^="/topics/"]');
  var topics = {};
  Array.prototype.forEach.call(links, function (link) {
    var slug = slugOf(link.getAttribute('href'));
    if (!slug || link.closest('.breadcrumb')) {
      return;
    }
    topics[slug] = true;
    var words = [];
    if (data.read[slug]) {
      words.push('Read');
    }
    if (data.quizzed[slug]) {
      words.push('Quizzed');
    }
    if (words.length) {
      var mark = document.createElement('span');
      mark.className = 'progress-mark';
      mark.textContent = ' (' + words.join(', ') + ')';
      link.insertAdjacentElement('afterend', mark);
      marks.push(mark);
    }
  });
  var names = Object.keys(topics);
  var readCount = names.filter(function (s) { return data.read[s]; }).length;
  var quizCount = names.filter(function (s) { return data.quizzed[s]; }).length;

  var panel = document.createElement('div');
  panel.className = 'progress-panel';
  panel.id = 'progress-panel';
  var text = document.createElement('p');
  text.setAttribute('role', 'status');
  text.textContent = 'Your progress: ' + readCount + ' of ' + names.length + ' topics read, ' + quizCount
      + ' quizzed. It is kept in this browser only (local storage), never sent to the site.';
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.id = 'forget-progress';
  button.textContent = 'Forget this';
  button.addEventListener('click', function () {
    try {
      store.removeItem(KEY);
    } catch (e) {
      // Nothing stored after all.
    }
    marks.forEach(function (m) { m.remove(); });
    text.textContent = 'Forgotten: this browser no longer keeps which topics you read or quizzed.';
    button.remove();
  });
  panel.appendChild(text);
  if (readCount + quizCount > 0) {
    panel.appendChild(button);
  }
  var lead = document.querySelector('main .lead');
  if (lead) {
    lead.insertAdjacentElement('afterend', panel);
  }
})();
