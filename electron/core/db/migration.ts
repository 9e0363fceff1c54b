import type { Db } from './open'

/**
 * One forward-only step of the schema. Files are `migrations/NNNN-kebab-name.ts`, numbered in
 * steps of 10, and never edited once landed: a change is a new migration.
 */
export type Migration = Readonly<{
  version: number
  name: string
  up: (db: Db) => void
}>
