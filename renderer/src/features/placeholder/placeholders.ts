// The screens whose features are not built yet. Each says plainly what it will do; none shows
// numbers or lists, because anything shown would be invented.
export type Placeholder = Readonly<{ path: string; title: string; purpose: string }>

export const placeholders: readonly Placeholder[] = [
  {
    path: 'van-ban-di',
    title: 'Văn bản đi',
    purpose: 'Cấp số, ban hành và phát hành văn bản đi theo sổ đăng ký của cơ quan.',
  },
  {
    path: 'tra-cuu',
    title: 'Tra cứu',
    purpose: 'Tìm văn bản qua mọi năm, gõ có dấu hay không dấu đều được.',
  },
]
