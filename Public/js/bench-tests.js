// The bench's test checklist by keys alone: in a test's answers, 1 (works), 2 (fails) or 3 (not applicable)
// chooses and moves to the next test; after the last, to the save button. Arrows and Tab work as usual
// (a radio group is one stop, its note the next).
(function () {
  const form = document.getElementById('tests-form');
  if (!form) return;
  const groups = Array.from(form.querySelectorAll('li.test'));
  function focusGroup(index) {
    if (index >= groups.length) { document.getElementById('tests-submit').focus(); return; }
    const group = groups[index];
    const target = group.querySelector('input[type=radio]:checked') || group.querySelector('input[type=radio]');
    target.focus();
    group.scrollIntoView({ block: 'nearest' });
  }
  form.addEventListener('keydown', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || event.altKey || event.ctrlKey || event.metaKey) return;
    const group = input.closest('li.test');
    const choice = group.querySelector('input[data-shortcut="' + event.key + '"]');
    if (!choice) return;
    event.preventDefault();
    choice.checked = true;
    choice.dispatchEvent(new Event('change', { bubbles: true }));
    group.classList.toggle('failed', choice.value === 'fail');
    focusGroup(groups.indexOf(group) + 1);
  });
  form.addEventListener('change', (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.type === 'radio') {
      input.closest('li.test').classList.toggle('failed', input.value === 'fail' && input.checked);
    }
  });
})();
