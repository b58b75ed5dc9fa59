// Combines the status, category and building filters in place. The page's own filter (if any) is
// a pre-rendered subset, so changing that one loads the matching page, keeping the other two.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filters]')) {
  const base = form.dataset.base ?? '/';
  const dim = form.dataset.dim ?? '';
  const truncated = form.dataset.truncated !== undefined;
  const openSet = new Set((form.dataset.open ?? '').split(' '));
  const selects = [...form.querySelectorAll('select')];
  const out = form.querySelector('output')!;
  const items = [...document.querySelectorAll<HTMLElement>('ul.items > li')];
  const empty = document.querySelector<HTMLElement>('[data-empty]');
  const query = () => {
    const q = new URLSearchParams();
    for (const s of selects) if (s.value && s.name !== dim) q.set(s.name, s.value);
    return q.toString();
  };
  const apply = () => {
    const want = Object.fromEntries(selects.map((s) => [s.name, s.value]));
    let shown = 0;
    for (const li of items) {
      const st = li.dataset.status ?? '';
      const ok = (!want.status || (want.status === 'open' ? openSet.has(st) : st === want.status))
        && (!want.category || li.dataset.category === want.category)
        && (!want.building || li.dataset.building === want.building);
      li.hidden = !ok;
      if (ok) shown++;
    }
    out.textContent = `显示 ${shown} / ${items.length} 件 · showing ${shown} of ${items.length}`;
    if (empty) empty.hidden = shown > 0 || items.length === 0;
    const q = query();
    history.replaceState(null, '', location.pathname + (q ? `?${q}` : ''));
  };
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const v = params.get(s.name);
    if (v && s.name !== dim && [...s.options].some((o) => o.value === v)) s.value = v;
    s.addEventListener('change', () => {
      // On the full list, if it was cut short, a filter loads its own complete page instead.
      const to = s.name === dim ? dim : !dim && truncated && s.value ? s.name : '';
      if (to) {
        const q = new URLSearchParams();
        for (const o of selects) if (o.value && o.name !== to) q.set(o.name, o.value);
        const qs = q.toString();
        location.href = `${base}list/${s.value ? `${to}/${s.value}/` : ''}${qs ? `?${qs}` : ''}`;
        return;
      }
      apply();
    });
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); apply(); });
  form.hidden = false;
  apply();
}
