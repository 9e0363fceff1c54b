// The screens whose features are not built yet. Each says plainly what it will do; none shows
// numbers or lists, because anything shown would be invented.
export type Placeholder = Readonly<{ path: string; title: string; purpose: string }>

export const placeholders: readonly Placeholder[] = [
  {
    path: 'tra-cuu',
    title: 'Tra cứu',
    purpose: 'Tìm văn bản qua mọi năm, gõ có dấu hay không dấu đều được.',
  },
]
