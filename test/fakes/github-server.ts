// A fake GitHub over real HTTP: just the issue endpoints the SLA watch uses, with a request log
// and one-shot fault injection (e.g. a secondary rate limit with retry-after).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  comments: string[];
  updated_at: string;
}

interface Fault { method: string; path: RegExp; status: number; message: string; headers: Record<string, string> }

export async function fakeGitHub() {
  const issues: FakeIssue[] = [];
  const log: { method: string; path: string }[] = [];
  const faults: Fault[] = [];
  let clock = Date.parse('2026-12-01T00:00:00Z');
  const touch = (i: FakeIssue) => { i.updated_at = new Date((clock += 1000)).toISOString(); };
  const json = (res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999', ...headers });
    res.end(JSON.stringify(data));
  };
  const view = (i: FakeIssue) => ({
    number: i.number, title: i.title, body: i.body, state: i.state, updated_at: i.updated_at,
    labels: i.labels.map((name) => ({ name })), assignees: i.assignees.map((login) => ({ login })),
  });
  const read = (req: IncomingMessage) => new Promise<Record<string, unknown>>((ok) => {
    let s = '';
    req.on('data', (c) => (s += c));
    req.on('end', () => ok(s ? JSON.parse(s) : {}));
  });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    log.push({ method, path: url.pathname + url.search });
    const fault = faults.findIndex((f) => f.method === method && f.path.test(url.pathname));
    if (fault >= 0) {
      const f = faults.splice(fault, 1)[0]!;
      return json(res, f.status, { message: f.message, documentation_url: 'https://docs.github.com/rest' }, f.headers);
    }
    if (url.pathname === '/rate_limit') return json(res, 200, { resources: { core: { limit: 5000, remaining: 4990, reset: 0, used: 10 } }, rate: {} });
    const m = /^\/repos\/([^/]+)\/([^/]+)\/issues(?:\/(\d+))?(\/comments)?$/.exec(url.pathname);
    if (!m) return json(res, 404, { message: 'Not Found' });
    const n = m[3] ? Number(m[3]) : undefined;
    if (method === 'GET' && n === undefined) {
      const state = url.searchParams.get('state') ?? 'open';
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const since = url.searchParams.get('since');
      const per = Number(url.searchParams.get('per_page') ?? 30), page = Number(url.searchParams.get('page') ?? 1);
      const all = issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.includes(l)))
        .filter((i) => !since || i.updated_at >= since);
      return json(res, 200, all.slice((page - 1) * per, page * per).map(view));
    }
    const body = await read(req);
    if (method === 'POST' && n === undefined) {
      const i: FakeIssue = {
        number: issues.length + 1, title: String(body.title), body: String(body.body ?? ''), state: 'open',
        labels: (body.labels as string[]) ?? [], assignees: (body.assignees as string[]) ?? [], comments: [], updated_at: '',
      };
      touch(i);
      issues.push(i);
      return json(res, 201, view(i));
    }
    const issue = issues.find((i) => i.number === n);
    if (!issue) return json(res, 404, { message: 'Not Found' });
    if (method === 'POST' && m[4]) {
      issue.comments.push(String(body.body));
      touch(issue);
      return json(res, 201, { id: issue.comments.length, body: body.body });
    }
    if (method === 'PATCH') {
      if (typeof body.title === 'string') issue.title = body.title;
      if (typeof body.body === 'string') issue.body = body.body;
      if (Array.isArray(body.labels)) issue.labels = body.labels as string[];
      if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
      touch(issue);
      return json(res, 200, view(issue));
    }
    return json(res, 405, { message: 'Method not allowed' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    issues,
    log,
    writes: () => log.filter((l) => l.method !== 'GET').length,
    failNext: (method: string, path: RegExp, status: number, message: string, headers: Record<string, string> = {}) =>
      faults.push({ method, path, status, message, headers }),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
