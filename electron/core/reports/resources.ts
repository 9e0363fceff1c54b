import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { appRoot } from '../app-root'

/** The app's root folder (where package.json and resources/ are). */
export const resourcesRoot = (): string => appRoot()

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
