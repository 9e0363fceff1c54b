// Classifies a failure to open the core under Electron, and words what the person is told.
// better-sqlite3 in node_modules is built for Node's ABI; Electron needs its own build in
// .desktop-native/ (made by `npm start`). A missing or mismatched build is the common case and
// gets its own explanation instead of a stack trace.

export type NativeProblem = 'missing' | 'abi-mismatch' | 'load-failed'

export type ErrorText = Readonly<{ title: string; content: string }>

const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err))

export function isAbiMismatch(err: unknown): boolean {
  const msg = errorMessage(err)
  return (
    msg.includes('NODE_MODULE_VERSION') ||
    msg.includes('was compiled against a different Node.js version')
  )
}

/** Which native-module problem an error from openCore is, or null when it is something else. */
export function nativeProblemOf(err: unknown, bindingPath: string): NativeProblem | null {
  if (isAbiMismatch(err)) {
    return 'abi-mismatch'
  }
  const msg = errorMessage(err)
  const code = (err as { code?: unknown } | null)?.code
  if (
    code === 'ERR_DLOPEN_FAILED' ||
    msg.includes(bindingPath) ||
    msg.includes('better_sqlite3.node')
  ) {
    return 'load-failed'
  }
  return null
}

const title = 'Văn Thư không khởi động được'

export function nativeProblemText(problem: NativeProblem, bindingPath: string): ErrorText {
  const what =
    problem === 'missing'
      ? 'Chưa có bản dựng dành cho ứng dụng máy tính (desktop) của mô-đun cơ sở dữ liệu (better-sqlite3).'
      : problem === 'abi-mismatch'
        ? 'Bản dựng desktop của mô-đun cơ sở dữ liệu (better-sqlite3) không khớp với phiên bản Electron đang chạy.'
        : 'Không nạp được bản dựng desktop của mô-đun cơ sở dữ liệu (better-sqlite3).'
  return {
    title,
    content: [
      what,
      '',
      'Cách khắc phục: chạy lại lệnh `npm start` (lệnh này tự dựng mô-đun cho Electron), hoặc chạy `npm run web` để dùng Văn Thư trong trình duyệt.',
      'Nếu lỗi vẫn còn, hãy xoá thư mục .desktop-native rồi chạy lại `npm start`.',
      '',
      `Tệp cần có: ${bindingPath}`,
    ].join('\n'),
  }
}

/** Any other failure to open the data (a database from a newer version, a locked folder…). */
export function startupErrorText(err: unknown, dataDir: string): ErrorText {
  return {
    title,
    content: [
      'Không mở được dữ liệu của Văn Thư.',
      '',
      errorMessage(err),
      '',
      `Thư mục dữ liệu: ${dataDir}`,
    ].join('\n'),
  }
}
