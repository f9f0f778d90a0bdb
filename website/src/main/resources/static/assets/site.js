// Progressive enhancement only: every page works without this file.
// The search box proposes headlines while the reader types, through the site's own /soeg/forslag.
(function () {
  'use strict';
  var input = document.querySelector('input[list="soegeforslag"]');
  var list = document.getElementById('soegeforslag');
  var status = document.getElementById('forslag-status');
  if (!input || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var latest = 0;
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    var typed = input.value.trim();
    if (typed.length < 2) {
      list.replaceChildren();
      return;
    }
    timer = window.setTimeout(function () {
      var request = ++latest;
      fetch('/soeg/forslag?q=' + encodeURIComponent(typed), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (suggestions) {
          if (request !== latest) {
            return;
          }
          list.replaceChildren.apply(list, suggestions.map(function (suggestion) {
            var option = document.createElement('option');
            option.value = suggestion.headline;
            return option;
          }));
          if (status) {
            status.textContent = suggestions.length === 1 ? '1 forslag' : suggestions.length + ' forslag';
          }
        })
        .catch(function () { list.replaceChildren(); });
    }, 200);
  });
}());
