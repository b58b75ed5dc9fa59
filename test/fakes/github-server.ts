// A fake GitHub over real HTTP: the issue, comment, label and permission endpoints the SLA watch
// and the intake use, with a request log and one-shot fault injection (e.g. a secondary rate
// limit with retry-after). `roles` sets a login's repository role; teams hold "org/team" members.
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

export interface FakeComment { id: number; issue: number; body: string; login: string }

export async function fakeGitHub() {
  const issues: FakeIssue[] = [];
  const comments: FakeComment[] = [];
  const roles = new Map<string, string>();
  const teams = new Map<string, Set<string>>();
  const tokenLogin = 'github-actions[bot]';
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
    const perm = /^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/.exec(url.pathname);
    if (perm) {
      const role = roles.get(decodeURIComponent(perm[1]!)) ?? 'read';
      return json(res, 200, { permission: role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role, role_name: role, user: { login: perm[1] } });
    }
    const team = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(url.pathname);
    if (team) {
      const members = teams.get(`${team[1]}/${team[2]}`);
      return members?.has(decodeURIComponent(team[3]!)) ? json(res, 200, { state: 'active', role: 'member' }) : json(res, 404, { message: 'Not Found' });
    }
    const editComment = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (editComment && method === 'PATCH') {
      const c = comments.find((x) => x.id === Number(editComment[1]));
      if (!c) return json(res, 404, { message: 'Not Found' });
      c.body = String((await read(req)).body);
      const i = issues.find((x) => x.number === c.issue);
      if (i) i.comments = comments.filter((x) => x.issue === i.number).map((x) => x.body);
      return json(res, 200, { id: c.id, body: c.body });
    }
    const labelPath = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/(labels|assignees)(?:\/([^/]+))?$/.exec(url.pathname);
    if (labelPath) {
      const i = issues.find((x) => x.number === Number(labelPath[1]));
      if (!i) return json(res, 404, { message: 'Not Found' });
      const list = labelPath[2] === 'labels' ? i.labels : i.assignees;
      if (method === 'DELETE') {
        const name = decodeURIComponent(labelPath[3] ?? '');
        if (!list.includes(name)) return json(res, 404, { message: 'Label does not exist' });
        list.splice(list.indexOf(name), 1);
      } else {
        const body = await read(req);
        for (const l of (body.labels ?? body.assignees ?? []) as string[]) if (!list.includes(l)) list.push(l);
      }
      touch(i);
      return json(res, 200, labelPath[2] === 'labels' ? i.labels.map((name) => ({ name })) : view(i));
    }
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
        number: Math.max(0, ...issues.map((x) => x.number)) + 1, title: String(body.title), body: String(body.body ?? ''), state: 'open',
        labels: (body.labels as string[]) ?? [], assignees: (body.assignees as string[]) ?? [], comments: [], updated_at: '',
      };
      touch(i);
      issues.push(i);
      return json(res, 201, view(i));
    }
    const issue = issues.find((i) => i.number === n);
    if (!issue) return json(res, 404, { message: 'Not Found' });
    if (method === 'GET' && m[4]) {
      const per = Number(url.searchParams.get('per_page') ?? 30), page = Number(url.searchParams.get('page') ?? 1);
      const mine = comments.filter((c) => c.issue === n);
      return json(res, 200, mine.slice((page - 1) * per, page * per).map((c) => ({ id: c.id, body: c.body, user: { login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' } })));
    }
    if (method === 'POST' && m[4]) {
      const c = { id: 9000 + comments.length + 1, issue: issue.number, body: String(body.body), login: tokenLogin };
      comments.push(c);
      issue.comments.push(c.body);
      touch(issue);
      return json(res, 201, { id: c.id, body: body.body });
    }
    if (method === 'GET') return json(res, 200, view(issue));
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
    comments,
    roles,
    teams,
    /** An issue as a filer would open it (no request logged). */
    addIssue: (i: Partial<FakeIssue> & { number: number }) => {
      const issue: FakeIssue = { title: '', body: '', state: 'open', labels: [], assignees: [], comments: [], updated_at: '', ...i };
      touch(issue);
      issues.push(issue);
      return issue;
    },
    /** A comment as a person would write it. */
    addComment: (issue: number, body: string, login: string) => {
      const c = { id: 5000 + comments.length + 1, issue, body, login };
      comments.push(c);
      issues.find((x) => x.number === issue)?.comments.push(body);
      return c;
    },
    log,
    writes: () => log.filter((l) => l.method !== 'GET').length,
    failNext: (method: string, path: RegExp, status: number, message: string, headers: Record<string, string> = {}) =>
      faults.push({ method, path, status, message, headers }),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
