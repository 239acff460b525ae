// The 大屏 refreshes its body every minute (hx-trigger on #dashboard). Should the session have ended, the refresh
// would bring the login page: load the whole page instead, so the screen shows the login rather than a login inside it.
(function () {
  'use strict';
  document.addEventListener('htmx:beforeSwap', function (e) {
    var xhr = e.detail.xhr;
    if (!xhr || !e.detail.target || e.detail.target.id !== 'dashboard') { return; }
    var redirected = xhr.responseURL && xhr.responseURL.indexOf('/dashboard/body') < 0;
    if (redirected || (xhr.responseText || '').indexOf('id="dashboard"') < 0) {
      e.detail.shouldSwap = false;
      window.location.reload();
    }
  });
})();
