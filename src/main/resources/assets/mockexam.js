// The mock exam's countdown. The deadline is the server's (data-deadline, in the signed attempt), and the page already
// states it in words; this only shows the minutes left. Updated each second on screen but not announced every second:
// the text is read when focused, and a status line speaks at 5 minutes left and at the end.
(function () {
  'use strict';
  var holder = document.getElementById('time-limit');
  var out = document.getElementById('countdown');
  if (!holder || !out) {
    return;
  }
  var deadline = Number(holder.getAttribute('data-deadline'));
  if (!deadline) {
    return;
  }
  var alert = document.createElement('p');
  alert.className = 'visually-hidden';
  alert.setAttribute('role', 'status');
  holder.insertAdjacentElement('afterend', alert);
  var warned = false;
  var timer;

  function tick() {
    var left = Math.round((deadline - Date.now()) / 1000);
    if (left <= 0) {
      out.textContent = 'Time is up: you can still submit, and your answers are marked late.';
      alert.textContent = 'Time is up.';
      window.clearInterval(timer);
      return;
    }
    var minutes = Math.floor(left / 60);
    var seconds = left % 60;
    out.textContent = 'Time left: ' + minutes + ' min ' + (seconds < 10 ? '0' : '') + seconds + ' s.';
    if (!warned && left <= 300) {
      warned = true;
      alert.textContent = 'Five minutes left.';
    }
  }

  tick();
  timer = window.setInterval(tick, 1000);
})();
