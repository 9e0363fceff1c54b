import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const root = import.meta.dirname

// One build for every runtime: the Node side (desktop main process, the `vanthu` CLI with its
// HTTP server, and the worker threads) goes to out/main as sibling files, the sandboxed
// preload to out/preload as CommonJS, and the renderer to out/renderer, which serves both the
// desktop window (app://) and browsers (`vanthu serve`).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          cli: resolve(root, 'electron/cli/index.ts'),
          worker: resolve(root, 'electron/core/jobs/worker.ts'),
        },
      },
      rollupOptions: {
        output: {
          // Shared chunks sit beside the entries so `new URL('./worker.js')`-style lookups hold.
          chunkFileNames: '[name]-[hash].js',
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(root, 'electron/preload/index.ts') },
      rollupOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; browsers served by `vanthu serve` load it too.
      minify: true,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
      chunkSizeWarningLimit: 3000,
    },
  },
})
