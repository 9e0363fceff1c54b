// `npm run soak`: the crash proof with many rounds (SOAK_ROUNDS, default 100) and a seed from
// SOAK_SEED or the clock, printed first so a failure can be replayed. Prints the figures as JSON.

import { crashRounds } from '../crash/harness'

const rounds = Number(process.env.SOAK_ROUNDS ?? 100)
const seed = Number(process.env.SOAK_SEED ?? Date.now() % 2 ** 31)
console.log(`crash soak: ${rounds} rounds, seed ${seed} (replay with SOAK_SEED=${seed})`)
const started = Date.now()
const figures = await crashRounds({ rounds, seed, log: (line) => console.log(line) })
console.log(JSON.stringify({ ...figures, seconds: Math.round((Date.now() - started) / 1000) }))
