import { createPrivateKey, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { CoreError } from '../core/errors'

export type TlsFiles = Readonly<{ cert: Buffer; key: Buffer }>

function readPem(path: string, what: string): Buffer {
  try {
    return readFileSync(path)
  } catch (err) {
    const reason = err instanceof Error && 'code' in err ? String(err.code) : String(err)
    throw new CoreError('VALIDATION', `Không đọc được ${what} ${path} (${reason}).`)
  }
}

/**
 * The certificate and key for `vanthu serve --tls-cert --tls-key`, checked before the server
 * starts: both given, both readable, both PEM that Node understands, and the key belongs to the
 * certificate. Null when neither flag is given. A mistake here would otherwise surface only as
 * a browser's vague "connection reset".
 */
export function loadTls(
  certPath: string | undefined,
  keyPath: string | undefined,
): TlsFiles | null {
  if (certPath === undefined && keyPath === undefined) {
    return null
  }
  if (!certPath || !keyPath) {
    throw new CoreError(
      'VALIDATION',
      'Cần cả --tls-cert (chứng chỉ) và --tls-key (khóa riêng) để chạy HTTPS.',
    )
  }
  const cert = readPem(certPath, 'tệp chứng chỉ TLS')
  const key = readPem(keyPath, 'tệp khóa riêng TLS')
  let x509: X509Certificate
  try {
    x509 = new X509Certificate(cert)
  } catch {
    throw new CoreError('VALIDATION', `Tệp ${certPath} không phải chứng chỉ X.509 dạng PEM hợp lệ.`)
  }
  let privateKey: ReturnType<typeof createPrivateKey>
  try {
    privateKey = createPrivateKey(key)
  } catch {
    throw new CoreError(
      'VALIDATION',
      `Tệp ${keyPath} không phải khóa riêng dạng PEM hợp lệ (hoặc đang được đặt mật khẩu).`,
    )
  }
  if (!x509.checkPrivateKey(privateKey)) {
    throw new CoreError('VALIDATION', `Khóa riêng ${keyPath} không khớp với chứng chỉ ${certPath}.`)
  }
  return { cert, key }
}
