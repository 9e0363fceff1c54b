import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let cached: string | undefined

/**
 * The app's root folder (the package.json named "vanthu", beside resources/ and out/), found
 * by walking up from this module: the same from the sources and from the bundle in out/main.
 */
export function appRoot(start?: string): string {
  if (cached !== undefined && start === undefined) {
    return cached
  }
  let dir = start ?? dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'vanthu') {
          if (start === undefined) {
            cached = dir
          }
          return dir
        }
      } catch {
        // An unreadable package.json of some other package: keep walking up.
      }
    }
    const parent = dirname(dir)
    if (parent === dir) {
      throw new Error('Không tìm thấy thư mục gốc của ứng dụng Văn Thư (package.json)')
    }
    dir = parent
  }
}
