// 问卷: shows a conditional question only when the earlier answer it depends on is given (data-show-if names that
// question, data-show-values the answers, one per line). A hidden question's fieldset is disabled, so its inputs are
// not sent; the server checks the conditions again and drops answers to questions it would not have asked.
(function () {
  'use strict';

  function given(form, key) {
    var out = [];
    form.querySelectorAll('[name="' + key + '"]').forEach(function (input) {
      if (input.type === 'radio' || input.type === 'checkbox') {
        if (input.checked && !input.matches(':disabled')) { out.push(input.value); }
      } else if (input.value && !input.matches(':disabled')) {
        out.push(input.value);
      }
    });
    return out;
  }

  function update(form) {
    form.querySelectorAll('[data-question]').forEach(function (question) {
      var on = question.getAttribute('data-show-if');
      if (!on) { return; }
      var wanted = (question.getAttribute('data-show-values') || '').split('\n');
      var have = given(form, on);
      var show = wanted.some(function (w) { return have.indexOf(w) >= 0; });
      question.hidden = !show;
      question.disabled = !show;
    });
  }

  function start() {
    document.querySelectorAll('form[data-questionnaire]').forEach(function (form) {
      update(form);
      form.addEventListener('change', function () { update(form); });
    });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
