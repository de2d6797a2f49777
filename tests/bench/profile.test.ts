import { describe, expect, it } from 'vitest';
import { frameName, packageOf, shortUrl, summarizeProfile, type CpuProfile } from './profile.js';

const ROOT = '/work/suara';
const frame = (functionName: string, url = '', lineNumber = -1) => ({ functionName, url, lineNumber, columnNumber: 0 });

/** root → a (ours) → b (graphql); plus the VM's idle and GC entries. */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4, 5] },
    { id: 2, callFrame: frame('resolve', `file://${ROOT}/api/dist/server.js`, 9), children: [3] },
    { id: 3, callFrame: frame('execute', `file://${ROOT}/node_modules/.pnpm/graphql@16.15.0/node_modules/graphql/execution/execute.js`, 99) },
    { id: 4, callFrame: frame('(idle)') },
    { id: 5, callFrame: frame('(garbage collector)') },
  ],
  startTime: 1_000,
  endTime: 1_000 + 6 * 1_000,
  // One sample per millisecond: execute, execute, resolve, idle, gc, execute.
  samples: [3, 3, 2, 4, 5, 3],
  timeDeltas: [0, 1_000, 1_000, 1_000, 1_000, 1_000],
};

describe('summarizeProfile', () => {
  it('adds self time per function, leaves idle out of the ranking and the percentages', () => {
    const summary = summarizeProfile(profile, { root: ROOT });
    expect(summary.windowMs).toBe(6);
    expect(summary.busyMs).toBe(5);
    expect(summary.top.map((l) => [l.name, l.selfMs, l.percent])).toEqual([
      ['execute graphql/execution/execute.js:100', 3, 60],
      ['resolve api/dist/server.js:10', 1, 20],
      ['(garbage collector)', 1, 20],
    ]);
  });

  it('groups the same self time by package', () => {
    const summary = summarizeProfile(profile, { root: ROOT });
    expect(summary.byPackage.map((l) => [l.name, l.selfMs])).toEqual([
      ['graphql', 3],
      ['api', 1],
      ['(vm)', 1],
    ]);
  });

  it('counts only the samples inside a window', () => {
    // The samples at 1,000 + 3,000 µs (idle) up to before 1,000 + 5,000 µs (execute): idle and gc.
    const summary = summarizeProfile(profile, { fromMicros: 4_000, toMicros: 6_000, root: ROOT });
    expect(summary.samples).toBe(2);
    expect(summary.top.map((l) => l.name)).toEqual(['(garbage collector)']);
  });

  it('keeps only the requested number of lines', () => {
    expect(summarizeProfile(profile, { top: 1 }).top).toHaveLength(1);
  });

  it('spreads the duration over hit counts when a profile has no per-sample data', () => {
    const old: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2, 3] },
        { id: 2, callFrame: frame('a', 'file:///x/a.js', 0), hitCount: 3 },
        { id: 3, callFrame: frame('b', 'file:///x/b.js', 0), hitCount: 1 },
      ],
      startTime: 0,
      endTime: 4_000,
    };
    expect(summarizeProfile(old).top.map((l) => [l.name, l.selfMs])).toEqual([
      ['a /x/a.js:1', 3],
      ['b /x/b.js:1', 1],
    ]);
  });
});

describe('names', () => {
  it('shortens a dependency to its own path and our code to the repository path', () => {
    expect(shortUrl(`file://${ROOT}/node_modules/.pnpm/@mikro-orm+core@6.6.16/node_modules/@mikro-orm/core/EntityManager.js`, ROOT)).toBe(
      '@mikro-orm/core/EntityManager.js',
    );
    expect(shortUrl(`file://${ROOT}/portal/build/server/index.js`, ROOT)).toBe('portal/build/server/index.js');
    expect(shortUrl('node:internal/async_hooks')).toBe('node:internal/async_hooks');
  });

  it('names VM entries alone and anonymous functions as such', () => {
    expect(frameName(frame('(program)'))).toBe('(program)');
    expect(frameName(frame('', 'node:events', 470))).toBe('(anonymous) node:events:471');
  });

  it('knows whose code a frame is', () => {
    expect(packageOf(`file://${ROOT}/node_modules/.pnpm/@apollo+server@5.5.1/node_modules/@apollo/server/dist/esm/x.js`, ROOT)).toBe('@apollo/server');
    expect(packageOf(`file://${ROOT}/packages/skm/dist/index.js`, ROOT)).toBe('packages/skm');
    expect(packageOf('node:internal/streams/writable', ROOT)).toBe('node');
    expect(packageOf('', ROOT)).toBe('(vm)');
  });
});
