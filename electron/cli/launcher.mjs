#!/usr/bin/env node
// The `vanthu` command as installed by npm (package.json "bin"). It runs the built CLI in
// out/main/cli.js and builds it first when the build is missing or older than the sources,
// so `npx vanthu --help` works straight after `npm install`. Plain JavaScript: it must run
// before anything is compiled.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const built = join(root, 'out', 'main', 'cli.js')
const sources = ['electron', 'shared', 'renderer'].map((d) => join(root, d))

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) {
      newest = Math.max(newest, newestMtime(p))
    } else {
      newest = Math.max(newest, statSync(p).mtimeMs)
    }
  }
  return newest
}

function needsBuild() {
  if (!existsSync(built) || !existsSync(join(root, 'out', 'renderer', 'index.html'))) {
    return true
  }
  // A packaged copy has no sources and no build tools: run what is there.
  if (!existsSync(join(root, 'node_modules', 'electron-vite'))) {
    return false
  }
  const builtAt = statSync(built).mtimeMs
  return sources.some((dir) => existsSync(dir) && newestMtime(dir) > builtAt)
}

if (needsBuild()) {
  process.stderr.write('Văn Thư: đang build ứng dụng (lần đầu mất khoảng một phút)…\n')
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  // stdout stays clean for --json: the build talks on stderr.
  const r = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: ['ignore', 2, 2] })
  if (r.status !== 0) {
    process.stderr.write('Văn Thư: build thất bại; xem lỗi ở trên.\n')
    process.exit(r.status ?? 1)
  }
}

await import(pathToFileURL(built).href)
