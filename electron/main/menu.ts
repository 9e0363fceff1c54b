import type { MenuItemConstructorOptions } from 'electron'

// The application menu in Vietnamese. Roles keep the platform's own accelerators and behaviour
// (undo in a text field, zoom, fullscreen); only the labels are ours.

export type MenuOptions = Readonly<{
  /** Adds "Công cụ phát triển": never in a packaged build. */
  devTools: boolean
  platform: NodeJS.Platform
  onAbout: () => void
}>

export const aboutLabel = 'Giới thiệu Văn Thư'

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: aboutLabel, click: options.onAbout }
  const view: MenuItemConstructorOptions[] = [
    { label: 'Tải lại', role: 'reload' },
    { type: 'separator' },
    { label: 'Phóng to', role: 'zoomIn' },
    { label: 'Thu nhỏ', role: 'zoomOut' },
    { label: 'Kích thước thật', role: 'resetZoom' },
    { type: 'separator' },
    { label: 'Toàn màn hình', role: 'togglefullscreen' },
  ]
  if (options.devTools) {
    view.push({ type: 'separator' }, { label: 'Công cụ phát triển', role: 'toggleDevTools' })
  }
  const template: MenuItemConstructorOptions[] = [
    { label: 'Tệp', submenu: [{ label: 'Thoát', role: 'quit' }] },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    { label: 'Xem', submenu: view },
    { label: 'Trợ giúp', role: 'help', submenu: [about] },
  ]
  if (options.platform === 'darwin') {
    // macOS names its first menu after the app whatever its label says; About and Quit live there.
    template.unshift({
      label: 'Văn Thư',
      submenu: [about, { type: 'separator' }, { label: 'Thoát Văn Thư', role: 'quit' }],
    })
  }
  return template
}

/** What the About box says: the product, its version and the runtime, for support calls. */
export function aboutDetail(
  version: string,
  versions: Readonly<Record<string, string | undefined>>,
): string {
  return [
    `Phiên bản ${version}`,
    'Quản lý văn bản đến, văn bản đi, chỉ đạo điều hành và theo dõi nhiệm vụ.',
    `Electron ${versions.electron ?? '?'} · Chromium ${versions.chrome ?? '?'} · Node ${versions.node ?? '?'}`,
  ].join('\n')
}
