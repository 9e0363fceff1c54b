// Loaded only through load-pdfjs.ts, by dynamic import: pdf.js weighs about 2.5 MB and the
// first screen must not wait for it. The worker is a file of our own origin (CSP worker-src).
import * as pdfjs from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl

export { pdfjs }
