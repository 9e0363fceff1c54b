// The screens whose features are not built yet. Each says plainly what it will do; none shows
// numbers or lists, because anything shown would be invented.
export type Placeholder = Readonly<{ path: string; title: string; purpose: string }>

export const placeholders: readonly Placeholder[] = [
  {
    path: 'tong-quan',
    title: 'Tổng quan',
    purpose:
      'Nơi đây sẽ tập hợp việc cần làm của bạn: văn bản chờ xử lý, sắp đến hạn, quá hạn, ' +
      'mỗi số liệu bấm vào là mở đúng danh sách.',
  },
  {
    path: 'van-ban-di',
    title: 'Văn bản đi',
    purpose: 'Cấp số, ban hành và phát hành văn bản đi theo sổ đăng ký của cơ quan.',
  },
  {
    path: 'cong-viec',
    title: 'Công việc',
    purpose:
      'Giao việc kèm ý kiến chỉ đạo và hạn xử lý, theo dõi chủ trì, phối hợp, ' +
      'xin gia hạn và hoàn thành.',
  },
  {
    path: 'tra-cuu',
    title: 'Tra cứu',
    purpose: 'Tìm văn bản qua mọi năm, gõ có dấu hay không dấu đều được.',
  },
  {
    path: 'bao-cao',
    title: 'Báo cáo',
    purpose: 'In sổ văn bản đến, văn bản đi theo Nghị định 30, phiếu xử lý và báo cáo định kỳ.',
  },
]
