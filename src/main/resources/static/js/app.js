// Small behaviours without inline scripts (the Content-Security-Policy forbids them).
(function () {
  var root = document.documentElement;
  if (localStorage.getItem('tongxin.largeText') === '1') { root.classList.add('large-text'); }
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (t.closest('[data-toggle-large-text]')) {
      var on = root.classList.toggle('large-text');
      localStorage.setItem('tongxin.largeText', on ? '1' : '0');
    }
    if (t.closest('[data-toggle-menu]')) { document.body.classList.toggle('menu-open'); }
  });
  // htmx requests carry the CSRF token too.
  document.addEventListener('htmx:configRequest', function (e) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { e.detail.headers[header.content] = token.content; }
  });
  // Keep the export link in step with the filters after an htmx search.
  document.addEventListener('htmx:pushedIntoHistory', function () {
    var link = document.querySelector('[data-export-link]');
    if (link) { link.href = '/members/export' + window.location.search.replace(/([?&])page=\d+&?/, '$1'); }
  });
})();
