/** Time source. Tests pass a fixed or stepping clock; production uses the system time. */
export type Clock = () => Date

export const systemClock: Clock = () => new Date()

export const isoNow = (clock: Clock): string => clock().toISOString()
