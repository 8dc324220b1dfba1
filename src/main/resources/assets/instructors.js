// Instructors' pages, enhancements only: without this script every link is still a plain, selectable text box and
// the question picker still sends the ticked questions.
// 1. A "Copy" button after each read-only link box (input.copy-link[data-copy-label]); the result is announced in a
//    live region next to it.
// 2. The question picker's live count: "3 questions ticked", updated as boxes are ticked, with a warning past the
//    limit (the server checks the limit again).
(function () {
  'use strict';

  function copyButtons() {
    var boxes = document.querySelectorAll('input.copy-link[data-copy-label]');
    Array.prototype.forEach.call(boxes, function (box) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary copy-button';
      button.textContent = box.getAttribute('data-copy-label');
      var status = document.createElement('span');
      status.className = 'copy-status';
      status.setAttribute('role', 'status');
      box.insertAdjacentElement('afterend', status);
      box.insertAdjacentElement('afterend', button);
      button.addEventListener('click', function () {
        function done(ok) {
          status.textContent = ok ? ' Copied.' : ' Select the link and copy it.';
        }
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(box.value).then(function () { done(true); }, function () { done(false); });
        } else {
          box.select();
          try {
            done(document.execCommand('copy'));
          } catch (e) {
            done(false);
          }
        }
      });
    });
  }

  function pickerCount() {
    var form = document.querySelector('form[data-picker]');
    var counter = document.getElementById('picked-count');
    if (!form || !counter) {
      return;
    }
    var max = parseInt(form.getAttribute('data-max'), 10);
    function update() {
      var n = form.querySelectorAll('input[name=questions]:checked').length;
      var text = n + (n === 1 ? ' question ticked' : ' questions ticked');
      if (n > max) {
        text += ': a class quiz can have at most ' + max + '. Untick ' + (n - max) + '.';
      }
      counter.textContent = text;
      counter.classList.toggle('over-limit', n > max);
    }
    form.addEventListener('change', update);
    counter.hidden = false;
    update();
  }

  copyButtons();
  pickerCount();
}());
