// GitHub behind one small interface: the real client (Octokit with throttling and retry) and a
// dry-run stand-in that reads like the real one and writes nothing, only says what it would do.
// Every request spends one unit of the run's operations budget.
import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import Bottleneck from 'bottleneck';
import type { AlertIssue } from '../core/alerts.ts';

export interface AlertPort {
  /** Issues carrying `label`: all open ones, and closed ones updated since `closedSince`. */
  listAlerts(label: string, closedSince: number): Promise<AlertIssue[]>;
  create(input: { title: string; body: string; labels: string[]; assignees: string[] }): Promise<number>;
  update(number: number, patch: { title?: string; body?: string; labels?: string[]; state?: 'open' | 'closed' }): Promise<void>;
  comment(number: number, body: string): Promise<void>;
  addLabels(number: number, labels: string[]): Promise<void>;
  removeLabel(number: number, label: string): Promise<void>;
  /** Remaining core rate limit, when known (does not count against the limit). */
  rateLimit(): Promise<{ remaining: number; limit: number } | undefined>;
}

export class BudgetExhausted extends Error {}

/** Counts requests; refuses the one past the budget so a run stops cleanly between operations. */
export class Budget {
  used = 0;
  readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  spend(): void {
    if (this.used >= this.limit) throw new BudgetExhausted(`operations budget of ${this.limit} used up`);
    this.used++;
  }
}

export interface OctokitOptions {
  token: string;
  baseUrl?: string;
  /** Pause between writes (and between requests that notify people). Unset: the throttling
   * plugin's defaults, which follow GitHub's advice (1 s between writes, 3 s between notifying ones). */
  writeIntervalMs?: number;
  /** Multiplies retry-after seconds (tests make waits short). */
  retryAfterBaseValue?: number;
  log?: (s: string) => void;
  userAgent?: string;
}

export function makeOctokit(o: OctokitOptions): Octokit {
  const JiesuOctokit = Octokit.plugin(throttling, retry);
  const log = o.log ?? ((s: string) => console.error(s));
  return new JiesuOctokit({
    auth: o.token,
    baseUrl: o.baseUrl,
    userAgent: o.userAgent ?? 'jiesu',
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    throttle: {
      retryAfterBaseValue: o.retryAfterBaseValue ?? 1000,
      ...(o.writeIntervalMs === undefined ? {} : {
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: o.writeIntervalMs }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: o.writeIntervalMs }),
      }),
      onRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, count: number) => {
        log(`rate limit on ${options.method} ${options.url}; retry ${count + 1} in ${after} s`);
        return count < 2;
      },
      onSecondaryRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, count: number) => {
        log(`secondary rate limit on ${options.method} ${options.url}; retry ${count + 1} in ${after} s`);
        return count < 2;
      },
    },
    retry: { doNotRetry: [400, 401, 404, 410, 422, 451] },
  } as ConstructorParameters<typeof Octokit>[0]);
}

const notFound = (e: unknown) => (e as { status?: number }).status === 404;

export function githubPort(octokit: Octokit, repo: { owner: string; repo: string }, budget: Budget): AlertPort {
  const pages = async (state: 'open' | 'closed', label: string, since?: string) => {
    const out: AlertIssue[] = [];
    for (let page = 1; ; page++) {
      budget.spend();
      const { data } = await octokit.rest.issues.listForRepo({ ...repo, labels: label, state, per_page: 100, page, ...(since ? { since } : {}) });
      for (const i of data)
        if (!i.pull_request)
          out.push({ number: i.number, state: i.state as 'open' | 'closed', title: i.title, body: i.body ?? '', labels: i.labels.map((l) => (typeof l === 'string' ? l : l.name ?? '')) });
      if (data.length < 100) return out;
    }
  };
  return {
    async listAlerts(label, closedSince) {
      const open = await pages('open', label);
      const closed = await pages('closed', label, new Date(closedSince).toISOString());
      return [...open, ...closed];
    },
    async create(input) {
      budget.spend();
      const { data } = await octokit.rest.issues.create({ ...repo, ...input });
      return data.number;
    },
    async update(number, patch) {
      budget.spend();
      await octokit.rest.issues.update({ ...repo, issue_number: number, ...patch });
    },
    async comment(number, body) {
      budget.spend();
      await octokit.rest.issues.createComment({ ...repo, issue_number: number, body });
    },
    async addLabels(number, labels) {
      budget.spend();
      await octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels });
    },
    async removeLabel(number, label) {
      budget.spend();
      try {
        await octokit.rest.issues.removeLabel({ ...repo, issue_number: number, name: label });
      } catch (e) {
        if (!notFound(e)) throw e;
      }
    },
    async rateLimit() {
      try {
        const { data } = await octokit.rest.rateLimit.get();
        return { remaining: data.resources.core.remaining, limit: data.resources.core.limit };
      } catch {
        return undefined;
      }
    },
  };
}

/** Dry run: reads through `reader` (or sees no alerts without one), counts every operation
 * against the budget like a real run, and writes nothing. */
export function dryRunPort(reader: AlertPort | undefined, budget: Budget, say: (s: string) => void): AlertPort {
  let next = -1;
  return {
    listAlerts: (label, since) => (reader ? reader.listAlerts(label, since) : Promise.resolve([])),
    async create(input) {
      budget.spend();
      say(`[dry-run] 将新建 would create issue "${input.title}" labels=${input.labels.join(',')}${input.assignees.length ? ` assignees=${input.assignees.join(',')}` : ''}`);
      return next--;
    },
    async update(number, patch) {
      budget.spend();
      say(`[dry-run] 将更新 would update #${number}${patch.state ? ` state=${patch.state}` : ''}${patch.title ? ` title="${patch.title}"` : ''}${patch.labels ? ` labels=${patch.labels.join(',')}` : ''}`);
    },
    async comment(number, body) {
      budget.spend();
      say(`[dry-run] 将评论 would comment on #${number}: ${body.split('\n').find((l) => l && !l.startsWith('<!--')) ?? ''}`);
    },
    async addLabels(number, labels) {
      budget.spend();
      say(`[dry-run] 将加标签 would label #${number}: ${labels.join(', ')}`);
    },
    async removeLabel(number, label) {
      budget.spend();
      say(`[dry-run] 将去标签 would unlabel #${number}: ${label}`);
    },
    rateLimit: () => (reader ? reader.rateLimit() : Promise.resolve(undefined)),
  };
}

// ---------------------------------------------------------------------------------------------
// Intake: who is staff, and the replies and labels on a complaint's issue.

export interface IssueComment {
  id: number;
  body: string;
  login: string;
}

export interface IntakePort {
  /** Repository role of a user ("admin", "maintain", "write", "triage", "read"), "none" if unknown. */
  role(login: string): Promise<string>;
  /** Active member of org/team? */
  inTeam(orgTeam: string, login: string): Promise<boolean>;
  comments(issue: number): Promise<IssueComment[]>;
  comment(issue: number, body: string): Promise<void>;
  updateComment(id: number, body: string): Promise<void>;
  updateIssue(issue: number, patch: { title?: string; body?: string; state?: 'open' | 'closed'; state_reason?: 'completed' | 'not_planned' | 'reopened' }): Promise<void>;
  addLabels(issue: number, labels: string[]): Promise<void>;
  removeLabel(issue: number, label: string): Promise<void>;
  assign(issue: number, logins: string[]): Promise<void>;
}

export function intakePort(octokit: Octokit, repo: { owner: string; repo: string }, budget: Budget): IntakePort {
  const call = async <T>(f: () => Promise<T>) => {
    budget.spend();
    return f();
  };
  return {
    async role(login) {
      try {
        const { data } = await call(() => octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login }));
        return (data as { role_name?: string }).role_name ?? data.permission ?? 'none';
      } catch (e) {
        if (notFound(e)) return 'none';
        throw e;
      }
    },
    async inTeam(orgTeam, login) {
      const [org, team_slug] = orgTeam.split('/');
      try {
        const { data } = await call(() => octokit.rest.teams.getMembershipForUserInOrg({ org: org!, team_slug: team_slug!, username: login }));
        return data.state === 'active';
      } catch (e) {
        if (notFound(e)) return false;
        throw e;
      }
    },
    async comments(issue) {
      const out: IssueComment[] = [];
      for (let page = 1; page <= 10; page++) {
        const { data } = await call(() => octokit.rest.issues.listComments({ ...repo, issue_number: issue, per_page: 100, page }));
        for (const c of data) out.push({ id: c.id, body: c.body ?? '', login: c.user?.login ?? '' });
        if (data.length < 100) break;
      }
      return out;
    },
    async comment(issue, body) {
      await call(() => octokit.rest.issues.createComment({ ...repo, issue_number: issue, body }));
    },
    async updateComment(id, body) {
      await call(() => octokit.rest.issues.updateComment({ ...repo, comment_id: id, body }));
    },
    async updateIssue(issue, patch) {
      await call(() => octokit.rest.issues.update({ ...repo, issue_number: issue, ...patch }));
    },
    async addLabels(issue, labels) {
      await call(() => octokit.rest.issues.addLabels({ ...repo, issue_number: issue, labels }));
    },
    async removeLabel(issue, label) {
      try {
        await call(() => octokit.rest.issues.removeLabel({ ...repo, issue_number: issue, name: label }));
      } catch (e) {
        if (!notFound(e)) throw e;
      }
    },
    async assign(issue, logins) {
      await call(() => octokit.rest.issues.addAssignees({ ...repo, issue_number: issue, assignees: logins }));
    },
  };
}

/** Dry run for intake: reads through `reader` when there is a token; every write is only said. */
export function dryRunIntakePort(reader: IntakePort | undefined, say: (s: string) => void): IntakePort {
  const first = (s: string) => s.split('\n').find((l) => l.trim() && !l.startsWith('<!--')) ?? '';
  return {
    role: async (login) => {
      if (reader) return reader.role(login);
      say(`[dry-run] 无令牌,假定 ${login} 为工作人员 / no token: assuming ${login} is staff`);
      return 'write';
    },
    inTeam: (t, login) => (reader ? reader.inTeam(t, login) : Promise.resolve(false)),
    comments: (issue) => (reader ? reader.comments(issue) : Promise.resolve([])),
    comment: async (issue, body) => say(`[dry-run] 将评论 would comment on #${issue}: ${first(body)}`),
    updateComment: async (id, body) => say(`[dry-run] 将修改评论 would edit comment ${id}: ${first(body)}`),
    updateIssue: async (issue, patch) => say(`[dry-run] 将修改 would edit #${issue}${patch.title ? ` title="${patch.title}"` : ''}${patch.body ? ' body (redacted)' : ''}${patch.state ? ` state=${patch.state}` : ''}`),
    addLabels: async (issue, labels) => say(`[dry-run] 将加标签 would label #${issue}: ${labels.join(', ')}`),
    removeLabel: async (issue, label) => say(`[dry-run] 将去标签 would unlabel #${issue}: ${label}`),
    assign: async (issue, logins) => say(`[dry-run] 将指派 would assign #${issue} to ${logins.join(', ')}`),
  };
}
