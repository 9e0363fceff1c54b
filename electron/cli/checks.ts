import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

// Facts about this machine for `vanthu doctor`: each check says what it found, never guesses.

export type ElectronStatus = {
  installedPackage: string | null
  binary: string | null
  binaryPresent: boolean
  error: string | null
}

/**
 * Where the electron package put its binary: `dist/` + the name in `path.txt`. Read from the
 * files, because `require('electron')` in Electron 45 starts a download when the binary is
 * missing (and prints to stdout).
 */
export function electronStatus(root: string): ElectronStatus {
  const dir = join(root, 'node_modules', 'electron')
  const pkgFile = join(dir, 'package.json')
  if (!existsSync(pkgFile)) {
    return { installedPackage: null, binary: null, binaryPresent: false, error: 'electron package not installed' }
  }
  const installedPackage = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version?: string }).version ?? null
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) {
    return { installedPackage, binary: null, binaryPresent: false, error: 'Electron binary not downloaded (no path.txt)' }
  }
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary)
    ? { installedPackage, binary, binaryPresent: true, error: null }
    : { installedPackage, binary: null, binaryPresent: false, error: `Electron binary missing at ${binary}` }
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
  const desktopPath = join(root, '.desktop-native', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
  const nodeBuild = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
  const base = {
    nodeBuild: existsSync(nodeBuild) ? nodeBuild : null,
    desktopBuild: { path: desktopPath, present: existsSync(desktopPath) },
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
