// Rendering a register of thousands of rows takes seconds. Until it moves to a worker thread,
// the renderers hand the event loop back every few tens of milliseconds (ARCHITECTURE §2: the
// loop that answers the UI should not stall for more than ~50 ms).

const SLICE_MS = 25

/** Returns a function to await often: it yields to the event loop once the slice is used up. */
export function sliceYielder(sliceMs: number = SLICE_MS): () => Promise<void> {
  let start = performance.now()
  return async () => {
    if (performance.now() - start < sliceMs) {
      return
    }
    await new Promise<void>((resolve) => setImmediate(resolve))
    start = performance.now()
  }
}
