// Tracking-number lookup. Each month's ids are in a small file c/ids/<YYMM>.json (written by the
// build), so found / not found is known without a 404 and without shipping every id to every visitor.
const ID = /^\d{2}(0[1-9]|1[0-2])-\d{4,5}$/;

/** Accepts what people type: full-width digits, spaces, no dash, other dashes. */
export function normalizeId(raw: string): string {
  const s = raw.normalize('NFKC').replace(/[\s\u2010-\u2015\u2212\uFF0D_]/g, '-').replace(/[^0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (/^\d{8,9}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4)}`;
  return s;
}

/** A message in both languages, the page's own language first. */
const say = (form: HTMLFormElement, zh: string, en: string) => (form.dataset.lang === 'en' ? `${en} ${zh}` : `${zh} ${en}`);

async function look(form: HTMLFormElement, raw: string) {
  const out = form.querySelector('output')!;
  const base = form.dataset.base ?? '/';
  const id = normalizeId(raw);
  out.className = '';
  if (!ID.test(id)) {
    out.className = 'bad';
    out.textContent = say(form, `“${raw}” 不是有效的投诉编号,格式如 2611-0427。`, `“${raw}” is not a tracking number (e.g. 2611-0427).`);
    return;
  }
  out.textContent = say(form, '正在查询…', 'Looking up…');
  const month = id.slice(0, 4);
  const months = (form.dataset.months ?? '').split(' ');
  if (months.includes(month)) {
    try {
      const res = await fetch(`${base}c/ids/${month}.json`);
      const ids = res.ok ? ((await res.json()) as string[]) : [];
      if (ids.includes(id)) {
        location.href = (form.dataset.page ?? `${base}c/{id}.html`).replace('{id}', id);
        return;
      }
    } catch {
      out.className = 'bad';
      out.textContent = say(form, '查询失败,请检查网络后重试。', 'Lookup failed; check the connection and try again.');
      return;
    }
  }
  out.className = 'bad';
  out.textContent = say(form, `未找到投诉 ${id}。请核对编号;新登记的投诉可能在几分钟后才出现。`, `Complaint ${id} not found. Check the number; a new complaint may take a few minutes to appear.`);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-lookup]')) {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const input = form.querySelector('input')!;
    void look(form, input.value);
  });
  const q = new URLSearchParams(location.search).get('id');
  if (q && form.dataset.auto !== undefined) {
    form.querySelector('input')!.value = q;
    void look(form, q);
  }
}
