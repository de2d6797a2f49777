/**
 * Where a Node process spent its CPU, from the `.cpuprofile` that `node --cpu-prof` writes when it
 * exits: self time per function (`functionName file:line`), optionally only inside a time window.
 *
 * The window is in microseconds of CLOCK_MONOTONIC, the clock of V8's profile timestamps and of
 * `process.hrtime` in any process of the machine: take `monotonicMicros()` before and after a load in
 * the bench process to see only what the server did under that load (not its start-up).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based, -1 for native and VM entries. */
  lineNumber: number;
  columnNumber?: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  /** µs, CLOCK_MONOTONIC. */
  startTime: number;
  endTime: number;
  /** Node id of each sample, in order; absent in old profiles that only carry hitCount. */
  samples?: number[];
  /** µs since the previous sample (the first: since startTime). */
  timeDeltas?: number[];
}

export interface ProfileLine {
  /** `functionName file:line`, or a VM entry such as `(garbage collector)`. */
  name: string;
  selfMs: number;
  /** Of the busy time (everything but `(idle)`) in the window. */
  percent: number;
}

export interface ProfileSummary {
  /** Time covered by the samples in the window, ms. */
  windowMs: number;
  /** Of which the process was busy (not `(idle)`), ms. */
  busyMs: number;
  samples: number;
  top: ProfileLine[];
  /** The same self time by where the code lives: a dependency (`graphql`, `@mikro-orm/core`), ours, Node's, the VM's. */
  byPackage: ProfileLine[];
}

export interface SummaryOptions {
  /** µs (CLOCK_MONOTONIC): count only samples taken at or after this moment. */
  fromMicros?: number;
  toMicros?: number;
  /** How many lines to keep. */
  top?: number;
  /** The repository root: file names are printed relative to it. */
  root?: string;
}

export const monotonicMicros = (): number => Number(process.hrtime.bigint() / 1000n);

/**
 * A short file name: a dependency by its own path (`graphql/execution/execute.js`), our code relative
 * to the repository (`api/dist/...`); Node's internals as they are.
 */
export function shortUrl(url: string, root?: string): string {
  if (!url) return '';
  let file = url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
  const dependency = file.lastIndexOf('/node_modules/');
  if (dependency >= 0) return file.slice(dependency + '/node_modules/'.length);
  if (root && file.startsWith(`${root}/`)) file = file.slice(root.length + 1);
  return file;
}

/**
 * Where a frame's code lives: the npm package (scoped ones with their scope), `api/…` or `portal/…`
 * for ours (by the repository's top folder), `node` for Node's internals, `(vm)` for native and VM
 * entries (`(garbage collector)`, `(program)`, socket writes).
 */
export function packageOf(url: string, root?: string): string {
  if (!url) return '(vm)';
  if (url.startsWith('node:')) return 'node';
  const file = url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
  const dependency = file.lastIndexOf('/node_modules/');
  if (dependency >= 0) {
    const [first = '', second = ''] = file.slice(dependency + '/node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const local = root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
  const [top = '', next = ''] = local.split('/');
  return top === 'packages' ? `${top}/${next}` : top || local;
}

export function frameName(frame: CallFrame, root?: string): string {
  const fn = frame.functionName || '(anonymous)';
  const file = shortUrl(frame.url, root);
  return file ? `${fn} ${file}:${frame.lineNumber + 1}` : fn;
}

/**
 * Self time per function. With per-sample data each sample counts for the time until the next one
 * (as Chrome's DevTools does); without it, the profile's duration is spread evenly over the hits.
 */
export function summarizeProfile(profile: CpuProfile, options: SummaryOptions = {}): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<string, number>();
  const packageMicros = new Map<string, number>();
  let windowMicros = 0;
  let counted = 0;
  const add = (node: ProfileNode | undefined, micros: number) => {
    if (!node || micros <= 0) return;
    const name = frameName(node.callFrame, options.root);
    selfMicros.set(name, (selfMicros.get(name) ?? 0) + micros);
    if (name !== '(idle)') {
      const where = packageOf(node.callFrame.url, options.root);
      packageMicros.set(where, (packageMicros.get(where) ?? 0) + micros);
    }
    windowMicros += micros;
    counted++;
  };

  const from = options.fromMicros ?? Number.NEGATIVE_INFINITY;
  const to = options.toMicros ?? Number.POSITIVE_INFINITY;
  if (profile.samples && profile.timeDeltas && profile.samples.length === profile.timeDeltas.length) {
    let at = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      at += profile.timeDeltas[i]!;
      const next = i + 1 < profile.samples.length ? at + profile.timeDeltas[i + 1]! : profile.endTime;
      if (at >= from && at < to) add(byId.get(profile.samples[i]!), Math.max(0, next - at));
    }
  } else {
    const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
    const perHit = hits ? (profile.endTime - profile.startTime) / hits : 0;
    for (const node of profile.nodes) for (let h = 0; h < (node.hitCount ?? 0); h++) add(node, perHit);
  }

  const idleMicros = selfMicros.get('(idle)') ?? 0;
  const busyMicros = windowMicros - idleMicros;
  const lines = (entries: Iterable<[string, number]>, keep: number) =>
    [...entries]
      .filter(([name]) => name !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, keep)
      .map(([name, micros]) => ({ name, selfMs: micros / 1000, percent: busyMicros ? (100 * micros) / busyMicros : 0 }));
  return {
    windowMs: windowMicros / 1000,
    busyMs: busyMicros / 1000,
    samples: counted,
    top: lines(selfMicros, options.top ?? 25),
    byPackage: lines(packageMicros, 12),
  };
}

/** Every `.cpuprofile` in a folder (one per process that exited with `--cpu-prof`). */
export function readProfiles(dir: string): CpuProfile[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  } catch {
    return [];
  }
  return files.sort().map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CpuProfile);
}

/** The summary as lines of text: a heading, then `self ms  %  function`. */
export function formatProfile(title: string, summary: ProfileSummary): string {
  const head = `${title}: ${summary.busyMs.toFixed(0)} ms busy of ${summary.windowMs.toFixed(0)} ms sampled (${summary.samples} samples)`;
  const line = (l: ProfileLine) => `${l.selfMs.toFixed(0).padStart(8)} ms ${l.percent.toFixed(1).padStart(5)} %  ${l.name}`;
  return [head, '   self ms      %  function', ...summary.top.map(line), '   self ms      %  by package', ...summary.byPackage.map(line)].join('\n');
}
