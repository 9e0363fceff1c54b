import { contextBridge, ipcRenderer } from 'electron'
import { isMethodName, methodNames, type MethodName } from '../../shared/api/method-names'

// Runs sandboxed (CommonJS, only `electron` may be required): it builds the frozen `window.api`
// from the method list and nothing else. The page gets plain functions; ipcRenderer, events and
// every other Electron object stay on this side of the bridge.

type Invoke = (input: unknown) => Promise<unknown>

const invoke =
  (method: MethodName): Invoke =>
  (input) =>
    ipcRenderer.invoke(`api:${method}`, input)

const methods: Record<string, Invoke> = {}
for (const method of methodNames) {
  methods[method] = invoke(method)
}

/** Calls a method by name; names off the list never reach the main process. */
function call(method: unknown, input: unknown): Promise<unknown> {
  if (!isMethodName(method)) {
    return Promise.resolve({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: `Không có chức năng "${String(method)}"` },
    })
  }
  return ipcRenderer.invoke(`api:${method}`, input)
}

contextBridge.exposeInMainWorld('api', Object.freeze({ ...methods, call, platform: 'desktop' }))
