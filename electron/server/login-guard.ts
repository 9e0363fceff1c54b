import type { Clock } from '../core/clock'

export type LoginGuard = Readonly<{
  /** Seconds this client must wait before trying to log in again; 0 when it may try now. */
  secondsToWait: (client: string) => number
  /** A failed login from this client. */
  failed: (client: string) => void
}>

export type LoginGuardOptions = Readonly<{
  clock: Clock
  /** Failures allowed from one client within the window. */
  maxFailures?: number
  windowMs?: number
  /** Clients remembered at most; the oldest are forgotten first. */
  maxClients?: number
}>

/**
 * The core slows guessing at one account; this stops one client from guessing at many (a
 * password tried against every username). Per address and in memory: it only has to outlast an
 * attack, not a restart, and the core's per-username limit stays in the database regardless.
 */
export function createLoginGuard(opts: LoginGuardOptions): LoginGuard {
  const maxFailures = opts.maxFailures ?? 30
  const windowMs = opts.windowMs ?? 15 * 60 * 1000
  const maxClients = opts.maxClients ?? 10_000
  const failures = new Map<string, number[]>()

  const recent = (client: string, now: number): number[] => {
    const kept = (failures.get(client) ?? []).filter((t) => now - t < windowMs)
    if (kept.length === 0) {
      failures.delete(client)
    } else {
      failures.set(client, kept)
    }
    return kept
  }

  return {
    secondsToWait(client) {
      const now = opts.clock().getTime()
      const times = recent(client, now)
      if (times.length < maxFailures) {
        return 0
      }
      const oldest = times[times.length - maxFailures] ?? now
      return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000))
    },
    failed(client) {
      const now = opts.clock().getTime()
      const times = recent(client, now)
      // Re-inserting keeps the Map in least-recently-failed order for the eviction below.
      failures.delete(client)
      failures.set(client, [...times, now].slice(-maxFailures))
      if (failures.size > maxClients) {
        const first = failures.keys().next()
        if (!first.done) {
          failures.delete(first.value)
        }
      }
    },
  }
}
