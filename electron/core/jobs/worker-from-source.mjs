// Runs worker.ts through tsx when the pool works from the sources (tests, `node --import tsx`).
// The build has no use for this file: it ships worker.js, compiled.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
