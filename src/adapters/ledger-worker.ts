// Worker for loadLedgerParallel: checks a share of the record files with the same code path.
import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles } from './ledger.ts';
import { indexConfig, type Config } from '../core/config.ts';

const { files, config, now, problemsOnly, dir } = workerData as { files: string[]; config: Config; now: number; problemsOnly: boolean; dir: string };
parentPort!.postMessage(checkFiles(files, indexConfig(config), now, problemsOnly, dir));
