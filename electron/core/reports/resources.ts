import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// The core cannot import the CLI's appRoot(), so it does the same walk itself: up from this
// module (sources in electron/core/reports, or the bundle in out/main) to the package.json named
// "vanthu", which is where resources/ lives.
function findAppRoot(start: string): string {
  let dir = start
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'vanthu') {
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

let cachedRoot: string | undefined

/** The app's root folder, found once per process. */
export function resourcesRoot(): string {
  cachedRoot ??= findAppRoot(dirname(fileURLToPath(import.meta.url)))
  return cachedRoot
}

export function fontsDir(): string {
  return join(resourcesRoot(), 'resources', 'fonts')
}

export type ReportFonts = Readonly<{ regular: Buffer; bold: Buffer; italic: Buffer }>

let cachedFonts: ReportFonts | undefined

/** The Noto Serif faces embedded in printed reports, read from disk once per process. */
export function reportFonts(): ReportFonts {
  if (cachedFonts === undefined) {
    const dir = fontsDir()
    cachedFonts = {
      regular: readFileSync(join(dir, 'NotoSerif-Regular.ttf')),
      bold: readFileSync(join(dir, 'NotoSerif-Bold.ttf')),
      italic: readFileSync(join(dir, 'NotoSerif-Italic.ttf')),
    }
  }
  return cachedFonts
}
