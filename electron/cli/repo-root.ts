import { join } from 'node:path'
import { appRoot } from '../core/app-root'

export { appRoot }

export const rendererDir = (root: string = appRoot()): string => join(root, 'out', 'renderer')
