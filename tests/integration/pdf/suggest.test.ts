// suggestFromText on synthetic first pages, written from the NĐ 30 templates (Mẫu 1.1–1.7)
// rather than from the corpus, plus the oddities real input has: NFD text, Cyrillic letters
// in the number, stray spaces, blank dates, header columns that were not split.

import { describe, expect, it } from 'vitest'
import { suggestFromText, type Suggestion } from '../../../electron/core/pdf/suggest'

const page = (text: string): string[] => text.trim().split('\n')

const QUYET_DINH = page(`
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
_______
Số: 15/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
_______________________
Quảng Ninh, ngày 05 tháng 01 năm 2026
QUYẾT ĐỊNH
Về việc phê duyệt Kế hoạch chuyển đổi số
của tỉnh Quảng Ninh năm 2026
_________
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch chuyển đổi số của tỉnh năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hùng
`)

const CONG_VAN = page(`
UBND TỈNH QUẢNG NAM
SỞ NỘI VỤ
_______
Số: 123/SNV-VP
V/v triển khai công tác văn thư,
lưu trữ năm 2026
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
_______________________
Quảng Nam, ngày 5 tháng 3 năm 2026
Kính gửi: Các cơ quan, đơn vị trực thuộc Sở.
Thực hiện Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh,
`)

const LUAT = page(`
QUỐC HỘI
_______
Luật số: 39/2024/QH15
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
LUẬT
THỦ ĐÔ
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Thủ đô.
Chương I
NHỮNG QUY ĐỊNH CHUNG
`)

describe('suggestFromText', () => {
  it('reads a Quyết định of a provincial People’s Committee', () => {
    expect(suggestFromText(QUYET_DINH)).toEqual({
      soKyHieu: '15/QĐ-UBND',
      so: '15',
      kyHieu: 'QĐ-UBND',
      ngayBanHanh: '2026-01-05',
      coQuanBanHanh: 'Ủy ban nhân dân tỉnh Quảng Ninh',
      loaiVanBan: 'quyet_dinh',
      trichYeu: 'Về việc phê duyệt Kế hoạch chuyển đổi số của tỉnh Quảng Ninh năm 2026',
      doKhan: null,
      nguoiKy: 'Nguyễn Văn Hùng',
    })
  })

  it('reads a Công văn: the issuer under its parent body, the trích yếu from "V/v"', () => {
    expect(suggestFromText(CONG_VAN)).toEqual({
      soKyHieu: '123/SNV-VP',
      so: '123',
      kyHieu: 'SNV-VP',
      ngayBanHanh: '2026-03-05',
      coQuanBanHanh: 'Sở Nội vụ',
      loaiVanBan: 'cong_van',
      trichYeu: 'V/v triển khai công tác văn thư, lưu trữ năm 2026',
      doKhan: null,
      nguoiKy: null,
    })
  })

  it('reads a Luật: "Luật số:", no date on page 1, the title in capitals', () => {
    expect(suggestFromText(LUAT)).toMatchObject({
      soKyHieu: '39/2024/QH15',
      kyHieu: '2024/QH15',
      ngayBanHanh: null,
      coQuanBanHanh: 'Quốc hội',
      loaiVanBan: 'Luật',
      trichYeu: 'Thủ đô',
    })
  })

  it('leaves a blank date and a blank number empty, but keeps the ký hiệu', () => {
    const blank = QUYET_DINH.map((l) =>
      l.startsWith('Số:')
        ? 'Số:        /QĐ-UBND'
        : l.startsWith('Quảng Ninh,')
          ? 'Quảng Ninh, ngày ... tháng ... năm 2026'
          : l,
    )
    expect(suggestFromText(blank)).toMatchObject({
      soKyHieu: null,
      so: null,
      kyHieu: 'QĐ-UBND',
      ngayBanHanh: null,
      loaiVanBan: 'quyet_dinh',
    })
    const noYear = blank.map((l) =>
      l.startsWith('Quảng Ninh,') ? 'Quảng Ninh, ngày tháng năm' : l,
    )
    expect(suggestFromText(noYear).ngayBanHanh).toBeNull()
  })

  it('finds urgency stamps near the top, the most urgent first, and not "khẩn trương" in prose', () => {
    const withStamp = (stamp: string): string[] => [
      ...CONG_VAN.slice(0, 4),
      stamp,
      ...CONG_VAN.slice(4),
    ]
    expect(suggestFromText(withStamp('HỎA TỐC')).doKhan).toBe('hoa_toc')
    expect(suggestFromText(withStamp('HOẢ TỐC')).doKhan).toBe('hoa_toc')
    expect(suggestFromText(withStamp('THƯỢNG KHẨN')).doKhan).toBe('thuong_khan')
    expect(suggestFromText(withStamp('KHẨN')).doKhan).toBe('khan')
    expect(suggestFromText([...withStamp('KHẨN'), 'HỎA TỐC']).doKhan).toBe('hoa_toc')
    expect(
      suggestFromText([...CONG_VAN, 'Đề nghị các đơn vị khẩn trương thực hiện.']).doKhan,
    ).toBeNull()
    // The stamp is not part of the issuer.
    expect(suggestFromText(withStamp('KHẨN')).coQuanBanHanh).toBe('Sở Nội vụ')
  })

  it('reads NFD text as NFC', () => {
    const nfd = QUYET_DINH.map((l) => l.normalize('NFD'))
    const s = suggestFromText(nfd)
    expect(s).toEqual(suggestFromText(QUYET_DINH))
    expect(s.coQuanBanHanh?.normalize('NFC')).toBe(s.coQuanBanHanh)
  })

  it('maps Cyrillic look-alikes and stray spaces in the number', () => {
    const lines = page(`
BỘ TÀI CHÍNH
Số:06 /2026/TT-BT\u0421
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 01 năm 2026
THÔNG TƯ
Hướng dẫn chế độ quản lý tài chính đối với cơ quan hành chính
Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;
`)
    expect(suggestFromText(lines)).toMatchObject({
      soKyHieu: '06/2026/TT-BTC',
      so: '06',
      kyHieu: '2026/TT-BTC',
      ngayBanHanh: '2026-01-20',
      coQuanBanHanh: 'Bộ Tài chính',
      loaiVanBan: 'Thông tư',
      trichYeu: 'Hướng dẫn chế độ quản lý tài chính đối với cơ quan hành chính',
    })
  })

  it('splits the number as the documents table does: the year stays with the ký hiệu', () => {
    const numberOf = (line: string): Pick<Suggestion, 'soKyHieu' | 'so' | 'kyHieu'> => {
      const { soKyHieu, so, kyHieu } = suggestFromText(['CHÍNH PHỦ', line, 'NGHỊ ĐỊNH'])
      return { soKyHieu, so, kyHieu }
    }
    expect(numberOf('Số: 49/2026/NĐ-CP')).toEqual({
      soKyHieu: '49/2026/NĐ-CP',
      so: '49',
      kyHieu: '2026/NĐ-CP',
    })
    expect(numberOf('Số:      /2026/NĐ-CP')).toEqual({
      soKyHieu: null,
      so: null,
      kyHieu: '2026/NĐ-CP',
    })
    expect(numberOf('Số 5/UBND-VX')).toEqual({
      soKyHieu: '05/UBND-VX',
      so: '05',
      kyHieu: 'UBND-VX',
    })
    expect(numberOf('Số: 16-NQ/TW')).toEqual({ soKyHieu: '16-NQ/TW', so: null, kyHieu: '16-NQ/TW' })
  })

  it('copes with header columns that were not split and a number glued to the date', () => {
    const lines = page(`
ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC NINH Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND Bắc Ninh, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Triển khai thực hiện Đề án 06 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
`)
    expect(suggestFromText(lines)).toMatchObject({
      soKyHieu: '45/KH-UBND',
      ngayBanHanh: '2026-02-10',
      coQuanBanHanh: 'Ủy ban nhân dân tỉnh Bắc Ninh',
      loaiVanBan: 'ke_hoach',
      trichYeu: 'Triển khai thực hiện Đề án 06 năm 2026',
    })
  })

  it('writes agency names the NĐ 30 way and joins a name wrapped over two lines', () => {
    const issuer = (...agency: string[]): string | null =>
      suggestFromText([...agency, 'Số: 01/BC-X', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])
        .coQuanBanHanh
    expect(issuer('BỘ GIÁO DỤC VÀ ĐÀO TẠO')).toBe('Bộ Giáo dục và Đào tạo')
    expect(issuer('BỘ NÔNG NGHIỆP VÀ', 'MÔI TRƯỜNG')).toBe('Bộ Nông nghiệp và Môi trường')
    expect(issuer('BỘ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI')).toBe(
      'Bộ Lao động - Thương binh và Xã hội',
    )
    expect(issuer('BỘ Y TẾ', 'BỆNH VIỆN NHI TRUNG ƯƠNG')).toBe('Bệnh viện Nhi Trung ương')
    expect(issuer('UBND THÀNH PHỐ HÀ NỘI')).toBe('Ủy ban nhân dân thành phố Hà Nội')
    expect(issuer('TÒA ÁN NHÂN DÂN TỐI CAO')).toBe('Tòa án nhân dân tối cao')
    expect(issuer('CHÍNH PHỦ')).toBe('Chính phủ')
  })

  it('reads types outside the 29 by name and those inside by code', () => {
    const typeOf = (line: string): string | null =>
      suggestFromText(['CHÍNH PHỦ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', line, 'Về việc X'])
        .loaiVanBan
    expect(typeOf('THÔNG TƯ LIÊN TỊCH')).toBe('Thông tư liên tịch')
    expect(typeOf('NGHỊ ĐỊNH')).toBe('Nghị định')
    expect(typeOf('NGHỊ QUYẾT')).toBe('nghi_quyet')
    expect(typeOf('CHỈ THỊ')).toBe('chi_thi')
    expect(typeOf('GIẤY MỜI')).toBe('giay_moi')
    expect(typeOf('TỜ TRÌNH')).toBe('to_trinh')
  })

  it('ends a Giấy mời trích yếu before the invitation', () => {
    const lines = page(`
SỞ TƯ PHÁP
Số: 20/GM-STP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đà Nẵng, ngày 12 tháng 5 năm 2026
GIẤY MỜI
Dự hội nghị sơ kết công tác 6 tháng đầu năm 2026
Sở Tư pháp trân trọng kính mời:
`)
    expect(suggestFromText(lines)).toMatchObject({
      coQuanBanHanh: 'Sở Tư pháp',
      loaiVanBan: 'giay_moi',
      trichYeu: 'Dự hội nghị sơ kết công tác 6 tháng đầu năm 2026',
    })
  })

  it('takes the signer only from a signature block on this page', () => {
    expect(suggestFromText(QUYET_DINH.slice(0, -4)).nguoiKy).toBeNull()
    const tm = [
      ...QUYET_DINH.slice(0, -4),
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      '(Đã ký)',
      'Trần Thị Mai',
    ]
    expect(suggestFromText(tm).nguoiKy).toBe('Trần Thị Mai')
  })

  it('ignores signature stamps and the Công báo frame around the page', () => {
    const lines = [
      'Ký bởi: Cổng Thông tin điện tử Chính phủ',
      'Cơ quan: Văn phòng Chính phủ',
      'Thời gian ký: 20.11.2020 10:56:02 +07:00',
      '64',
      'CÔNG BÁO/Số 1093 + 1094/Ngày 21-11-2020',
      ...LUAT,
    ]
    expect(suggestFromText(lines)).toEqual(suggestFromText(LUAT))
  })

  it('suggests nothing from nothing', () => {
    for (const input of [[], [''], ['   '], ['Trang 1']]) {
      expect(Object.values(suggestFromText(input)).every((v) => v === null)).toBe(true)
    }
  })
})
