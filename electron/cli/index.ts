import { runCli } from './program'

// The built `vanthu` command (out/main/cli.js). electron/cli/launcher.mjs builds it when needed.
await runCli(process.argv)
