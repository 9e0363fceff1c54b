/** A one-line counter on a terminal's stderr; silent when stderr is not a terminal. */
export function progress(
  label: string,
  total: number | null,
): { tick: (done: number) => void; end: () => void } {
  const tty = process.stderr.isTTY === true
  let last = 0
  return {
    tick(done) {
      const now = Date.now()
      if (!tty || now - last < 100) {
        return
      }
      last = now
      process.stderr.write(`\r${label}: ${done}${total !== null ? `/${total}` : ''}   `)
    },
    end() {
      if (tty) {
        process.stderr.write('\r\u001b[K')
      }
    },
  }
}
