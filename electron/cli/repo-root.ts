import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The app's root folder (where package.json is): from the bundle in out/main or from the
 * sources in electron/cli alike.
 */
export function appRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'vanthu') {
          return dir
        }
      } catch {
        // keep walking up
      }
    }
    const parent = dirname(dir)
    if (parent === dir) {
      throw new Error('Không tìm thấy thư mục gốc của ứng dụng Văn Thư (package.json)')
    }
    dir = parent
  }
}

export const rendererDir = (root: string = appRoot()): string => join(root, 'out', 'renderer')
