import type { Input, Output } from '../../../shared/api/contract'
import type { ApiReply } from '../../../shared/api/errors'
import type { MethodName } from '../../../shared/api/method-names'

/** What the desktop preload exposes: one function per contract method, same reply shape. */
export type DesktopApi = {
  readonly platform: 'desktop'
  /** Calls a method by name (the typed client uses the named functions instead). */
  readonly call: (method: unknown, input: unknown) => Promise<unknown>
} & {
  readonly [M in MethodName]: (input: Input<M>) => Promise<ApiReply<Output<M>>>
}

declare global {
  // Declaration merging onto the DOM's Window needs an interface; a type alias cannot merge.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    readonly api?: DesktopApi
  }
}
