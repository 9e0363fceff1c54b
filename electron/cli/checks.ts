import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { electronBinary, electronVersion, nativeBinding, nativePresent } from './desktop-build'

// Facts about this machine for `vanthu doctor`: each check says what it found, never guesses.

export type ElectronStatus = {
  installedPackage: string | null
  binary: string | null
  binaryPresent: boolean
  error: string | null
}

export function electronStatus(root: string): ElectronStatus {
  const pkgFile = join(root, 'node_modules', 'electron', 'package.json')
  if (!existsSync(pkgFile)) {
    return {
      installedPackage: null,
      binary: null,
      binaryPresent: false,
      error: 'electron package not installed',
    }
  }
  const binary = electronBinary(root)
  return {
    installedPackage: electronVersion(root),
    binary,
    binaryPresent: binary !== null,
    error: binary === null ? 'Electron binary not downloaded (npm start tries once)' : null,
  }
}

export type SqliteStatus = {
  ok: boolean
  sqliteVersion: string | null
  fts5: boolean
  nodeBuild: string | null
  desktopBuild: { path: string; present: boolean }
  error: string | null
}

export function sqliteStatus(root: string): SqliteStatus {
  const nodeBuild = join(
    root,
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  )
  const base = {
    nodeBuild: existsSync(nodeBuild) ? nodeBuild : null,
    desktopBuild: { path: nativeBinding(root), present: nativePresent(root) },
  }
  try {
    const db = new Database(':memory:')
    try {
      const version = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
      let fts5 = true
      try {
        db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
      } catch {
        fts5 = false
      }
      return { ok: true, sqliteVersion: version, fts5, error: null, ...base }
    } finally {
      db.close()
    }
  } catch (err) {
    return { ok: false, sqliteVersion: null, fts5: false, error: firstLine(err), ...base }
  }
}

export type ChromiumStatus = { path: string | null; version: string | null }

/** Debian's Chromium, which the e2e tests and `vanthu serve` users may drive. */
export function chromiumStatus(): ChromiumStatus {
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(path)) {
      const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000 })
      return { path, version: r.status === 0 ? r.stdout.trim() : null }
    }
  }
  return { path: null, version: null }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? ''
}
