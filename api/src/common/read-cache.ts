/**
 * Short-lived answers of public reads (satisfaction per service and range, the first page of a
 * service's published comments), shared by all requests of one API process (decision record 0008).
 *
 * - An entry lives `ttlMs` (SUARA_READ_CACHE_MS, default 1 s): writes made by OTHER replicas (or by
 *   hand in the database) show within that time.
 * - This process's own writes show at once: the writer calls `touch(ids)` with the ids its change
 *   affects (a service, its unit, its region), and every entry that depends on one of them is stale
 *   from then on — also an entry whose read began before the write and ends after it, because an
 *   entry remembers when its read BEGAN (`begin()`), not when it was stored.
 * - At most `maxEntries`; the oldest go first.
 */
export class ReadCache {
  private readonly entries = new Map<string, { value: unknown; storedAt: number; begunAt: number; deps: readonly string[] }>();
  /** The version at which each id was last touched. */
  private readonly touched = new Map<string, number>();
  private version = 0;

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 20_000,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** Call before reading from the database; pass the result to `set`. */
  begin(): number {
    return this.version;
  }

  get<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (Date.now() - entry.storedAt >= this.ttlMs || entry.deps.some((id) => (this.touched.get(id) ?? -1) >= entry.begunAt)) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value as T;
  }

  set<T>(key: string, deps: readonly string[], value: T, begunAt: number): void {
    if (!this.enabled) return;
    if (deps.some((id) => (this.touched.get(id) ?? -1) >= begunAt)) return; // changed while being read
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, storedAt: Date.now(), begunAt, deps });
  }

  /** This process changed something these ids depend on. */
  touch(ids: Iterable<string | null | undefined>): void {
    const version = this.version++;
    for (const id of ids) if (id) this.touched.set(id, version);
    // The touch marks only need to outlive the entries they could invalidate.
    if (this.touched.size > this.maxEntries * 4) {
      this.touched.clear();
      this.entries.clear();
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
