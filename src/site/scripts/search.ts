// Full-text search with the Pagefind index in <base>pagefind/ (same origin; nothing third-party).
// Result text is record text: it is only ever set as textContent; Pagefind's <mark> highlights
// are rebuilt from an inert <template>, never inserted as HTML.
interface PagefindResult { url: string; excerpt: string; meta: { title?: string; status?: string; category?: string; place?: string } }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

/** Results shown at first and added by each "more". */
const PAGE = 20;

/** Text of a Pagefind excerpt with its <mark>s, as safe DOM nodes. */
function excerptNodes(excerpt: string): Node[] {
  const t = document.createElement('template');
  t.innerHTML = excerpt;
  const out: Node[] = [];
  for (const n of t.content.childNodes) {
    if (n instanceof HTMLElement && n.tagName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      out.push(m);
    } else out.push(document.createTextNode(n.textContent ?? ''));
  }
  return out;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) {
  const base = form.dataset.base ?? '/';
  const input = form.querySelector('input')!;
  const status = form.querySelector('output')!;
  const list = document.querySelector<HTMLOListElement>('[data-results]')!;
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (p: Pagefind) => {
      await p.options({ baseUrl: base, excerptLength: 40 });
      return p;
    }));
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'more';
  more.hidden = true;
  list.after(more);
  let seq = 0;
  let pending: { data(): Promise<PagefindResult> }[] = [];
  let total = 0;

  const item = (d: PagefindResult) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    const title = document.createElement('span');
    title.className = 'title';
    title.textContent = d.meta.title ?? d.url;
    a.append(title);
    li.append(a);
    const labels = [d.meta.status, d.meta.category, d.meta.place].filter(Boolean).join(' · ');
    if (labels) {
      const m = document.createElement('span');
      m.className = 'meta';
      m.textContent = labels;
      li.append(m);
    }
    const p = document.createElement('span');
    p.className = 'excerpt';
    p.append(...excerptNodes(d.excerpt));
    li.append(p);
    return li;
  };

  const showNext = async (mine: number) => {
    const batch = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== seq) return;
    list.append(...data.map(item));
    const shown = list.children.length;
    more.hidden = pending.length === 0;
    more.textContent = `再显示 ${Math.min(PAGE, pending.length)} 条 · Show ${Math.min(PAGE, pending.length)} more`;
    status.textContent = total === 1
      ? '找到 1 条 · 1 result'
      : `找到 ${total} 条${shown < total ? `,已显示 ${shown} 条` : ''} · ${total} results${shown < total ? `, ${shown} shown` : ''}`;
  };

  const run = async (q: string) => {
    const mine = ++seq;
    list.replaceChildren();
    more.hidden = true;
    const query = q.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query) { status.textContent = ''; return; }
    status.textContent = '正在搜索… Searching…';
    try {
      const found = await (await load()).search(query);
      if (mine !== seq) return;
      pending = found?.results ?? [];
      total = pending.length;
      if (!total) {
        status.textContent = `没有找到与“${query}”相关的内容。可换个词,或按编号查询。No results.`;
        return;
      }
      await showNext(mine);
    } catch {
      if (mine === seq) status.textContent = '搜索暂时不可用,请稍后重试。Search is unavailable; try again later.';
      last = undefined; // the same query may be tried again
    }
  };

  more.addEventListener('click', () => { void showNext(seq); });
  // Typing searches after a pause; Enter searches at once and cancels the pending one, and the
  // same query is never run twice in a row (a second run would clear the list being read).
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: string | undefined;
  const runOnce = (q: string) => {
    clearTimeout(timer);
    if (q.trim() === last) return;
    last = q.trim();
    void run(q);
  };
  form.addEventListener('submit', (ev) => { ev.preventDefault(); runOnce(input.value); });
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => runOnce(input.value), 250); });
  form.hidden = false;
  const q = new URLSearchParams(location.search).get('q');
  if (q) { input.value = q; runOnce(q); }
}
