// The screens whose features are not built yet. Each says plainly what it will do; none shows
// numbers or lists, because anything shown would be invented.
export type Placeholder = Readonly<{ path: string; title: string; purpose: string }>

export const placeholders: readonly Placeholder[] = []
