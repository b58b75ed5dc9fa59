// Child process for loadLedgerParallel: checks a share of the record files with the same code path.
// A process rather than a worker thread: Node keeps a finished worker's heap pages for reuse, so
// after a 100k-record load ~300 MB more stayed resident in the build; a process returns them on exit.
import { checkFiles } from './ledger.ts';
import { indexConfig, type Config } from '../core/config.ts';

interface Job { files: string[]; config: Config; now: number; problemsOnly: boolean; dir: string }

process.once('message', (job: Job) => {
  const result = checkFiles(job.files, indexConfig(job.config), job.now, job.problemsOnly, job.dir);
  process.send!(result, undefined, {}, () => process.disconnect());
});
