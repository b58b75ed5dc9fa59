// The shapes the generator's modules pass between them. A Draft is one complaint whose facts are
// fixed but whose id (given after sorting by receipt) and timeline (built last) are not yet known;
// Env is everything derived once from the config. They live apart so that the modules that fill
// them need not import one another.
import type { Config } from '../core/config.ts';
import type { ComplaintRecord } from '../core/record.ts';
import type { Demand, Problem } from './problems.ts';
import type { Table, Rng } from './random.ts';
import type { Vars } from './text.ts';

export interface GeneratedRecord {
  /** complaints/YYYY/MM/<id>.md */
  path: string;
  data: ComplaintRecord;
  body: string;
}

export interface Place {
  id: string;
  name: string;
  short: string;
  kind: string;
  campus: string;
  windows: string[];
  staffDorm: boolean;
}

export interface Cluster {
  fix: string;
  rootNote?: string;
  reopen?: { note: string; fix: string };
  members: Draft[];
}

export interface Draft {
  ms: number;
  seq: number;
  problem: Problem;
  place: Place;
  room?: string;
  window?: string;
  detail?: string;
  vars: Vars;
  occurredMs: number;
  occurred: string;
  channel: 'onsite' | 'phone' | 'online';
  source: 'desk' | 'suggestion-box' | 'patrol' | 'hotline' | 'wechat' | 'mini-program';
  complainant: 'student' | 'staff' | 'visitor' | 'resident' | 'other';
  urgent: boolean;
  contractor?: string;
  demand: Demand;
  demandDetail?: string;
  title: string;
  body: string;
  owner: string;
  /** Which of the problem's paired alternatives this complaint is. */
  variant: number;
  dupOf?: Draft;
  cluster?: Cluster;
  id?: string;
}

export interface Env {
  r: Rng;
  config: Config;
  toMs: number;
  places: Place[];
  placesFor: Map<Problem, Place[]>;
  urgentPool: Table<Problem>;
  catPools: Map<string, Problem[]>;
  categories: Map<string, Config['categories'][number]>;
  teams: Map<string, Config['teams'][number]>;
  contractors: Map<string, Config['contractors'][number]>;
  staff: Config['staff'];
  ackMin: number;
  urgentRespMin: number;
  urgentResolveMin: number;
}

/** What a draft is made from: the background's draw, or a planted cluster member's fixed facts. */
export interface DraftSeed {
  ms: number;
  problem: Problem;
  place: Place;
  urgent: boolean;
  fixed?: { room?: string; fl?: string; window?: string };
  noExt?: boolean;
  forceExt?: boolean;
  /** Planted: which of the paired texts, and no anonymous suggestion box (it gets followed up). */
  variant?: number;
  noBox?: boolean;
}
