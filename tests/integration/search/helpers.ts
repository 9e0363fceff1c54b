import type { Core } from '../../../electron/core/core'
import type { Actor } from '../../../electron/core/context'
import { searchDocuments } from '../../../electron/core/search/search'
import { getUser } from '../../../electron/core/users/repo'
import type { SearchQuery, SearchResult } from '../../../shared/search/types'

/** A demo person as the core's search sees them (no session needed below the API). */
export function actorOf(core: Core, username: string): Actor {
  const id = core.db
    .prepare<[string], { id: number }>('SELECT id FROM users WHERE username = ?')
    .get(username)?.id
  const user = id === undefined ? null : getUser(core.db, id)
  if (!user) {
    throw new Error(`no user ${username}`)
  }
  return { kind: 'user', tokenHash: 'test', user }
}

export const SYSTEM: Actor = { kind: 'system', name: 'test' }

export function search(
  core: Core,
  who: Actor | string,
  q: string,
  more: Partial<SearchQuery> = {},
): SearchResult {
  const actor = typeof who === 'string' ? actorOf(core, who) : who
  return searchDocuments(core.db, actor, { q, limit: 20, offset: 0, ...more })
}

/** The số/ký hiệu of the hits, best first. */
export const numbers = (r: SearchResult): string[] => r.hits.map((h) => h.soKyHieu)
