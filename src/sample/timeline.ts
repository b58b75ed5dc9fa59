// What happens to a complaint after it is received: acknowledgement, progress, resolution, a reopen
// now and then, the follow-up call (satisfaction) and closing, as timeline entries. The whole life is
// built first and then cut off at `to`, so recent complaints come out open in whatever state they
// would have reached by then.
import type { ComplaintRecord, Status, TimelineEntry } from '../core/record.ts';
import { recordPath } from '../core/record.ts';
import { toShanghaiIso } from '../core/time.ts';
import { DAY, MIN, hourOf, hours, minutes, sec, workTime } from './calendar.ts';
import type { Draft, Env, GeneratedRecord } from './model.ts';
import { NOTES as N } from './notes.ts';
import { categoryTeam } from './places.ts';
import { fill, homeWording, nth } from './text.ts';
import type { Vars } from './text.ts';

/** Which kind of work a category is: it selects among the note pools of notes.ts. */
type Family = 'repair' | 'property' | 'cleaning' | 'dorm' | 'catering' | 'transport' | 'parcel';
const FAMILY: Record<string, Family> = {
  'dorm-repair': 'repair', 'water-power': 'repair', hvac: 'repair', laundry: 'repair', classroom: 'property', other: 'property',
  cleaning: 'cleaning', 'dorm-service': 'dorm', 'canteen-food': 'catering', 'canteen-hygiene': 'catering',
  'canteen-service': 'catering', shuttle: 'transport', parcel: 'parcel',
};

interface Stamp { ms: number; e: TimelineEntry }

/** How an acknowledgement reads, by where the complaint came in. */
function ackPool(d: Draft): string[] {
  if (d.channel === 'online') return N.ackOnline;
  if (d.channel === 'phone') return N.ackPhone;
  return d.source === 'suggestion-box' ? N.ackBox : d.source === 'patrol' ? N.ackPatrol : N.ackDesk;
}
type Sat = NonNullable<ComplaintRecord['satisfaction']>;

function lifecycle(env: Env, d: Draft): { stamps: Stamp[]; sat?: { ms: number; s: Sat }; teams: string[] } {
  const { r } = env;
  const p = d.problem;
  const v: Vars = { ...d.vars, dup: d.dupOf?.id ?? '', ackMin: String(env.ackMin) };
  const fam = FAMILY[p.cat] ?? 'property';
  const ext = !!d.contractor;
  const ownerTeam = env.staff.find((s) => s.handle === d.owner)?.team ?? categoryTeam(env, p.cat);
  const act = categoryTeam(env, p.cat);
  const stamps: Stamp[] = [];
  const teams = new Set<string>([ownerTeam, act]);
  let last = d.ms;
  const add = (at: number, e: { status?: Status; note?: string; public?: boolean; team?: string }): number => {
    at = sec(at);
    if (stamps.length && at <= last) at = last + minutes(r, 1, 4);
    last = at;
    const entry: TimelineEntry = { at: toShanghaiIso(at), public: e.public ?? false };
    if (e.status) entry.status = e.status;
    if (e.team && env.teams.has(e.team)) { entry.team = e.team; teams.add(e.team); }
    if (e.note) entry.note = e.note;
    stamps.push({ ms: at, e: entry });
    return at;
  };
  const home = (x: string) => (d.place.staffDorm ? homeWording(x, v.room!) : x);
  const note = (pool: string[]) => home(fill(r.pick(pool), v, r));
  // Paired problems, and diag/fix lists of equal length, keep the finding and the fix together.
  const together = p.pair || (p.diag && p.diag.length === p.fix.length);
  const fixNote = () => home(fill(together ? nth(p.fix, d.variant) : r.pick(p.fix), v, r));
  v.diag = p.diag ? fill(together ? nth(p.diag, d.variant) : r.pick(p.diag), v, r) : '';

  add(d.ms, { status: 'received' });

  // Duplicate: merged into the earlier complaint.
  if (d.dupOf) {
    if (d.urgent) {
      add(d.ms + minutes(r, 2, 8), { status: 'duplicate', note: note(N.dupUrgent), public: true, team: ownerTeam });
    } else {
      const ack = r.chance(0.5) ? add(d.ms + minutes(r, 3, 25), { status: 'acknowledged', note: note(ackPool(d)), public: true, team: ownerTeam }) : d.ms;
      add(workTime(ack + minutes(r, 20, 240), r), { status: 'duplicate', note: note(N.dup), public: true, team: ownerTeam });
    }
    return { stamps, teams: [...teams] };
  }

  // Out of the centre's scope.
  if (p.reject) {
    const ack = r.chance(0.6) ? add(d.ms + minutes(r, 3, 25), { status: 'acknowledged', note: note(ackPool(d)), public: true, team: ownerTeam }) : d.ms;
    add(workTime(ack + minutes(r, 30, 360), r), { status: 'rejected', note: note(p.reject), public: true, team: ownerTeam });
    return { stamps, teams: [...teams] };
  }

  let resolvedAt: number;
  let late = false;
  let reopened = false;

  if (d.urgent) {
    add(d.ms + minutes(r, 1, 3), { status: 'acknowledged', note: note(N.urgentAck), public: true, team: ownerTeam });
    const resp = env.urgentRespMin;
    add(d.ms + minutes(r, Math.max(3, resp * 0.4), r.chance(0.85) ? resp : resp * 1.8), { status: 'in_progress', note: note(p.control ?? N.urgentArrive[fam] ?? N.urgentArrive.repair!), public: true, team: act });
    add(d.ms + minutes(r, 18, 40), { note: note(N.urgentArrive[fam] ?? N.urgentArrive.repair!), public: true, team: act });
    const res = env.urgentResolveMin;
    resolvedAt = add(d.ms + minutes(r, res * 0.45, r.chance(0.8) ? res : res * 1.5), { status: 'resolved', note: fixNote(), public: true, team: act });
    if (p.extraTeam) add(resolvedAt + minutes(r, 10, 60), { note: note(p.extraNote ?? ['{office}已配合处理。']), public: r.chance(0.5), team: p.extraTeam });
    late = resolvedAt - d.ms > res * MIN;
  } else {
    const planted = !!d.cluster;
    const age = env.toMs - d.ms;
    const slowNow = !planted && age < 10 * DAY && r.chance(age < 3 * DAY ? 0.9 : 0.7);
    // Acknowledgement.
    let t = d.ms;
    const quick = !planted && d.source === 'desk' && p.speed === 'fast' && r.chance(0.25);
    if (quick) {
      resolvedAt = add(d.ms + minutes(r, 15, 50), { status: 'resolved', note: fill(N.quick[0]!, { ...v, fix: fixNote() }, r), public: true, team: act });
    } else {
      let lateAck = false;
      if (d.source === 'patrol' && r.chance(0.5)) {
        // Staff found it themselves: straight to work.
      } else {
        const h = hourOf(d.ms);
        let delay: number;
        let pool = ackPool(d);
        if (d.channel === 'online') {
          lateAck = r.chance(h < 7 || h >= 23 ? 0.45 : 0.1);
          delay = lateAck ? minutes(r, env.ackMin + 5, env.ackMin * 5) : minutes(r, 2, env.ackMin - 2);
          if (lateAck) pool = N.ackOnlineLate;
        } else if (d.channel === 'phone') delay = minutes(r, 1, 8);
        else if (d.source === 'suggestion-box') delay = minutes(r, 10, 90);
        else if (d.source === 'patrol') delay = minutes(r, 3, 30);
        else delay = minutes(r, 3, 40);
        t = add(d.ms + delay, { status: 'acknowledged', note: note(pool), public: true, team: ownerTeam });
        if (lateAck && r.chance(0.6)) add(t + minutes(r, 5, 60), { note: note(N.lateAckInternal), team: ownerTeam });
      }

      // Withdrawn before anything is done.
      if (!planted && r.chance(0.02)) {
        add(t + hours(r, 2, 40), { status: 'withdrawn', note: note(N.withdraw), public: true, team: ownerTeam });
        return { stamps, teams: [...teams] };
      }

      // Waiting for the complainant (appointment to enter a room, or missing details).
      // (an appointment to enter a room, or details asked for in the channel the complaint came from)
      const dormWait = d.place.kind === 'dorm' && !!d.room;
      const facility = fam === 'repair' || fam === 'property' || fam === 'cleaning';
      const canWait = !planted && t !== d.ms && (dormWait || d.channel === 'online') && r.chance(age < 10 * DAY ? 0.15 : 0.05);
      let resumed = false;
      if (canWait) {
        const [waitPool, resumePool] = dormWait ? [N.waitDorm, N.resumeDorm] : facility ? [N.waitInfo, N.resumeInfo] : [N.waitFacts, N.resumeFacts];
        t = add(workTime(t + hours(r, 0.5, 6), r), { status: 'waiting_complainant', note: note(waitPool), public: true, team: ownerTeam });
        if (r.chance(0.25)) {
          add(workTime(t + hours(r, 5 * 24, 7 * 24), r), { status: 'closed', note: note(N.waitClose), public: true, team: ownerTeam });
          return { stamps, teams: [...teams] };
        }
        t = add(workTime(t + hours(r, 8, 60), r), { status: 'in_progress', note: note(resumePool), public: true, team: act });
        resumed = true;
      }

      // Someone goes and looks (progress feedback, mostly within 24 h).
      if (!resumed) {
        // Late feedback now and then; the newest complaints often still wait for someone to go and look.
        const gap = age < 3 * DAY && r.chance(0.35) ? hours(r, 20, 96) : r.chance(0.08) ? hours(r, 24, 40) : hours(r, 0.3, 16);
        const key = ext ? (p.diag ? `${fam}ExtDiag` : `${fam}Ext`) : p.diag && (fam === 'repair' || fam === 'property') ? `${fam}Diag` : fam;
        const pool = N.progress[key] ?? N.progress[ext ? `${fam}Ext` : fam] ?? N.progress.repair!;
        t = add(workTime(t + gap, r), { status: 'in_progress', note: note(pool), public: true, team: act });
      }
      if (ext) add(t + minutes(r, 10, 120), { note: note(N.contractor), team: act });
      else if (r.chance(0.3)) {
        const pool = fam === 'property' && d.place.kind === 'teaching' ? N.coord.propertyTeaching!
          : [...(N.coord[fam] ?? []), ...(fam === 'repair' && d.place.kind === 'dorm' && !d.place.staffDorm ? N.coord.repairDorm! : [])];
        if (pool.length) add(t + minutes(r, 10, 180), { note: note(pool), team: ownerTeam });
      }

      // How long until it is fixed.
      late = !planted && r.chance(p.speed === 'slow' ? 0.25 : 0.12);
      const speed = p.speed ?? 'normal';
      let delayH: number;
      if (slowNow) delayH = r.between(4 * 24, 12 * 24);
      else if (late) delayH = r.between(5 * 24, 10 * 24);
      else if (speed === 'fast') delayH = r.chance(0.6) ? r.between(1, 6) : r.between(6, 30);
      else if (speed === 'slow') delayH = r.between(48, 96);
      else { const x = r.next(); delayH = x < 0.2 ? r.between(3, 10) : x < 0.78 ? r.between(18, 72) : r.between(72, 96); }
      const target = d.ms + Math.round(delayH * 3600) * 1000;
      if (late || slowNow) {
        const pool = ext ? N.slowExt : p.parts && (fam === 'repair' || fam === 'property') ? N.parts : N.slow;
        add(workTime(t + hours(r, 2, 20), r), { note: note(pool), public: true, team: act });
      }
      if (d.cluster?.rootNote) add(target - hours(r, 2, 8), { note: fill(d.cluster.rootNote, v, r), team: act });
      if (p.extraTeam && r.chance(0.5)) add(target - hours(r, 1, 3), { note: note(p.extraNote ?? ['{office}已配合处理。']), team: p.extraTeam });
      const fix = d.cluster ? fill(d.cluster.fix, v, r) : fixNote();
      resolvedAt = add(workTime(Math.max(target, last + minutes(r, 25, 90)), r), { status: 'resolved', note: fix, public: true, team: act });
    }

    // A fix that did not hold.
    const reopen = d.cluster?.reopen;
    if (d.cluster ? !!reopen : !quick && r.chance(ext ? 0.04 : 0.07)) {
      reopened = true;
      const t1 = add(workTime(resolvedAt + hours(r, 24, 6 * 24), r, 8, 22), { status: 'reopened', note: reopen ? fill(reopen.note, v, r) : note(ext ? N.reopenExt : N.reopen), public: true, team: ownerTeam });
      const t2 = add(workTime(t1 + hours(r, 1, 18), r), { status: 'in_progress', note: note(N.second[fam] ?? N.second.repair!), public: true, team: act });
      resolvedAt = add(workTime(t2 + hours(r, 3, 48), r), { status: 'resolved', note: reopen ? fill(reopen.fix, v, r) : note(ext ? N.refixExt : N.refix), public: true, team: act });
    }
  }

  // Follow-up (回访) and closing.
  let sat: { ms: number; s: Sat } | undefined;
  if (d.source === 'patrol') {
    add(workTime(resolvedAt + hours(r, 20, 72), r), { status: 'closed', note: note(N.closePatrol), team: ownerTeam });
  } else if (r.chance(0.88)) {
    const at = sec(workTime(resolvedAt + hours(r, 20, 72), r, 9, 17));
    const box = d.source === 'suggestion-box';
    const result = box && r.chance(0.7) ? 'unreachable'
      : late || reopened ? r.weighted([['satisfied', 0.45], ['neutral', 0.25], ['dissatisfied', 0.22], ['unreachable', 0.08]] as const)
      : r.weighted([['satisfied', 0.78], ['neutral', 0.13], ['dissatisfied', 0.04], ['unreachable', 0.05]] as const);
    const pool = result === 'unreachable' ? (box ? N.sat.unreachableBox! : d.channel === 'online' ? N.sat.unreachableOnline! : N.sat.unreachable!) : N.sat[result]!;
    const s: Sat = { at: toShanghaiIso(at), result };
    if (result !== 'satisfied' || r.chance(0.5)) s.note = note(pool);
    sat = { ms: at, s };
    add(workTime(at + hours(r, 0.5, 48), r), { status: 'closed', note: r.chance(0.5) ? note(N.close) : undefined, team: ownerTeam });
  } else {
    add(workTime(resolvedAt + 7 * DAY + hours(r, 0, 30), r), { status: 'closed', note: note(N.closeNoSat), team: ownerTeam });
  }
  return { stamps, sat, teams: [...teams] };
}

export function toRecord(env: Env, d: Draft): GeneratedRecord {
  const { stamps, sat, teams } = lifecycle(env, d);
  const kept = stamps.filter((s) => s.ms <= env.toMs);
  let status: Status = 'received';
  for (const s of kept) if (s.e.status) status = s.e.status;
  const data: ComplaintRecord = {
    id: d.id!,
    title: d.title,
    received_at: toShanghaiIso(d.ms),
    channel: d.channel,
    source: d.source,
    complainant: d.complainant,
    occurred_at: d.occurred,
    place: {
      building: d.place.id,
      ...(d.room ? { room: d.room } : {}),
      ...(d.window ? { window: d.window } : {}),
      ...(d.detail ? { detail: d.detail } : {}),
    },
    category: d.problem.cat,
    urgency: d.urgent ? 'urgent' : 'general',
    responsibility: d.contractor ? 'external' : 'internal',
    ...(d.contractor ? { contractor: d.contractor } : {}),
    demand: d.demand,
    ...(d.demandDetail ? { demand_detail: d.demandDetail } : {}),
    owner: d.owner,
    teams,
    status,
    timeline: kept.map((s) => s.e),
    ...(sat && sat.ms <= env.toMs && (status === 'resolved' || status === 'closed') ? { satisfaction: sat.s } : {}),
    ...(d.dupOf && status === 'duplicate' ? { duplicate_of: d.dupOf.id! } : {}),
    related: d.cluster ? d.cluster.members.filter((m) => m.ms < d.ms).slice(-4).map((m) => m.id!) : [],
  };
  return { path: recordPath(data.id, d.ms), data, body: d.body };
}
