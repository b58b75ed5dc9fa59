// npm run intake [-- --event FILE --event-name issues|issue_comment] [--dry-run] [--repo owner/name]
// Runs the intake on a GitHub event file, as the workflow does (it reads GITHUB_EVENT_PATH and
// GITHUB_EVENT_NAME). The event is untrusted: it is read here as JSON, never through a shell.
import { readFileSync, statSync } from 'node:fs';
import { loadConfig } from '../adapters/config-file.ts';
import { Budget, dryRunIntakePort, intakePort, makeOctokit, type IntakePort } from '../adapters/github.ts';
import { dryRunWriter, gitWriter, tokenEnv } from '../adapters/git.ts';
import { handleComment, handleIssue, type CommentEvent, type IntakeDeps, type IssuesEvent } from '../app/intake.ts';
import { formatProblem } from '../core/problems.ts';
import { parseCli, nowFrom, run, UsageError } from './common.ts';

const USAGE = `用法 usage: npm run intake -- --event event.json --event-name issues|issue_comment [--dry-run] [--repo owner/name] [--repo-dir .] [--budget 40]
  在 Actions 中读取 GITHUB_EVENT_PATH / GITHUB_EVENT_NAME;需要 GITHUB_TOKEN(--dry-run 时可无)
  in Actions it reads GITHUB_EVENT_PATH and GITHUB_EVENT_NAME; needs GITHUB_TOKEN (optional with --dry-run)`;
const MAX_EVENT_BYTES = 2 * 1024 * 1024;

export interface IntakeIo {
  env?: NodeJS.ProcessEnv;
  out?: (s: string) => void;
  writeIntervalMs?: number;
  retryAfterBaseValue?: number;
}

export async function runIntake(argv: string[], io: IntakeIo = {}): Promise<number> {
  const env = io.env ?? process.env;
  const out = io.out ?? console.log;
  const { values } = parseCli(argv, {
    event: { type: 'string' }, 'event-name': { type: 'string' }, 'dry-run': { type: 'boolean', default: false },
    repo: { type: 'string' }, 'repo-dir': { type: 'string', default: '.' }, now: { type: 'string' }, budget: { type: 'string', default: '40' },
  });
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const eventPath = values.event ?? env.GITHUB_EVENT_PATH;
  const eventName = values['event-name'] ?? env.GITHUB_EVENT_NAME;
  if (!eventPath || !eventName) throw new UsageError('需要 --event 和 --event-name / --event and --event-name are required');
  let event: IssuesEvent & Partial<CommentEvent> & { repository?: { full_name?: string } };
  try {
    const st = statSync(eventPath);
    if (!st.isFile()) throw new Error('not a file');
    if (st.size > MAX_EVENT_BYTES) throw new UsageError(`事件文件过大 / event file larger than ${MAX_EVENT_BYTES} bytes`);
    event = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`无法读取事件文件 ${eventPath}(须为 JSON 文件)/ cannot read the event file ${eventPath} (a JSON file is expected): ${(e as Error).message}`);
  }
  if (!event?.issue || typeof event.issue.number !== 'number' || !event.sender?.login)
    throw new UsageError('事件文件不是 issues 或 issue_comment 事件 / not an issues or issue_comment event');

  const repoName = values.repo ?? env.GITHUB_REPOSITORY ?? event.repository?.full_name ?? '';
  const [owner, repo] = repoName.split('/');
  const token = env.GITHUB_TOKEN;
  const dry = values['dry-run'];
  if (!dry && (!token || !owner || !repo)) throw new UsageError('需要 GITHUB_TOKEN 和仓库名;只想看看会做什么请加 --dry-run / GITHUB_TOKEN and a repository are required; use --dry-run to preview');
  const limit = Number(values.budget);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--budget 须为正整数 / --budget must be a positive integer: ${values.budget}`);

  // The checkout's config decides who is staff and the limits; the record itself is checked
  // against the config at the tip of the branch, inside the ledger writer.
  const { config, problems } = loadConfig(`${values['repo-dir']}/jiesu.config.yaml`);
  if (!config) {
    for (const p of problems) out(formatProblem(p));
    return 1;
  }
  const budget = new Budget(limit);
  const real: IntakePort | undefined = token && owner && repo
    ? intakePort(makeOctokit({ token, baseUrl: env.GITHUB_API_URL, userAgent: 'jiesu-intake', writeIntervalMs: io.writeIntervalMs, retryAfterBaseValue: io.retryAfterBaseValue, log: out }), { owner, repo }, budget)
    : undefined;
  // In Actions the checkout keeps no credentials (persist-credentials: false): git gets the token here.
  const gitEnv = env.GITHUB_ACTIONS === 'true' && token ? tokenEnv(env.GITHUB_SERVER_URL ?? 'https://github.com', token) : undefined;
  const git = { repoDir: values['repo-dir'], branch: config.config.intake.branch, log: out, env: gitEnv };
  const deps: IntakeDeps = {
    github: dry ? dryRunIntakePort(real, out) : real!,
    ledger: dry ? dryRunWriter({ ...git, say: out }) : gitWriter(git),
    now: nowFrom(values.now),
    say: out,
  };
  try {
    const result = eventName === 'issues' ? await handleIssue(event, deps, config)
      : eventName === 'issue_comment' && event.comment ? await handleComment(event as CommentEvent, deps, config)
      : { outcome: 'ignored', why: `event ${eventName}` };
    out(`${dry ? '[dry-run] ' : ''}intake #${event.issue.number}: ${JSON.stringify(result)}; requests ${budget.used}/${limit}`);
    return 0;
  } catch (e) {
    // Nothing was published; say so on the issue so the filer knows to try again.
    out(`✗ intake #${event.issue.number} failed: ${(e as Error).message}`);
    await deps.github.comment(event.issue.number, '<!-- jiesu:error -->\n⚠ 系统暂时未能登记(未丢失,议题保持打开);请稍后编辑议题或重发命令重试,仍失败请联系管理员。\nIntake failed for a system reason; nothing was lost. Edit the issue (or send the command again) later; tell an admin if it keeps failing.').catch(() => {});
    return 1;
  }
}

if (import.meta.main) await run(() => runIntake(process.argv.slice(2)), USAGE);
