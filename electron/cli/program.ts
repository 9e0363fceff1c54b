import { Command, Option } from 'commander'
import { roleLabels, roles } from '../../shared/api/roles'
import { seedDemo } from '../core/demo/seed'
import { inspectDataDir } from '../core/system/inspect'
import { appVersion } from '../core/version'
import { chromiumStatus, electronStatus, sqliteStatus } from './checks'
import { DEFAULT_PORT, serve, servingText, untilStopped } from './commands/serve'
import { start } from './commands/start'
import { addUser, listUsers } from './commands/users'
import { action, dataDirOf, withCore } from './command-kit'
import { addAuditCommands } from './commands/audit'
import { addBackupCommands } from './commands/backup'
import { addAccessCommands } from './commands/access'
import { addCalendarCommands } from './commands/calendar'
import { addCheckCommands } from './commands/check'
import { addDocumentCommands } from './commands/documents'
import { addOutgoingCommands } from './commands/outgoing'
import { addSearchCommands } from './commands/search'
import { addTaskCommands } from './commands/tasks'
import { emit } from './output'
import { appRoot } from './repo-root'

type ServeFlags = {
  port: number
  host: string
  insecureLan?: boolean
  tlsCert?: string
  tlsKey?: string
}

export function buildProgram(): Command {
  const program = new Command('vanthu')
    .description('Văn Thư — quản lý văn bản và điều hành (dòng lệnh)')
    .version(appVersion, '-v, --version', 'in phiên bản')
    .helpOption('-h, --help', 'hướng dẫn')
    .addOption(new Option('--data-dir <dir>', 'thư mục dữ liệu').env('VANTHU_DATA_DIR'))
    .option('--json', 'in kết quả dạng JSON cho máy đọc')
    .showHelpAfterError()

  program
    .command('init')
    .description('thiết lập cơ quan và tài khoản quản trị đầu tiên')
    .requiredOption('--agency <name>', 'tên cơ quan, ví dụ "Ủy ban nhân dân tỉnh Quảng Ninh"')
    .requiredOption('--agency-short <abbr>', 'tên viết tắt dùng trong ký hiệu, ví dụ UBND')
    .option('--agency-code <code>', 'mã định danh, ví dụ 000.00.00.H49')
    .requiredOption('--admin-user <username>', 'tên đăng nhập của quản trị')
    .requiredOption('--admin-password <password>', 'mật khẩu của quản trị (ít nhất 8 ký tự)')
    .option('--admin-name <name>', 'họ tên của quản trị', 'Quản trị hệ thống')
    .action(
      action(
        async (
          mode,
          g,
          o: {
            agency: string
            agencyShort: string
            agencyCode?: string
            adminUser: string
            adminPassword: string
            adminName: string
          },
        ) => {
          const result = await withCore(g, (core) =>
            core.invoke(
              'setup.init',
              {
                agencyName: o.agency,
                agencyShortName: o.agencyShort,
                agencyCode: o.agencyCode ?? null,
                adminUsername: o.adminUser,
                adminFullName: o.adminName,
                adminPassword: o.adminPassword,
              },
              { system: 'cli' },
            ),
          )
          emit(
            mode,
            { agency: result.agency, dataDir: dataDirOf(g) },
            () =>
              `Đã thiết lập ${result.agency.name} (${result.agency.shortName}) tại ${dataDirOf(g)}`,
          )
        },
      ),
    )

  program
    .command('serve')
    .description('chạy Văn Thư cho trình duyệt trên máy này (http://127.0.0.1)')
    .option('--port <n>', 'cổng', (v) => Number.parseInt(v, 10), DEFAULT_PORT)
    .option('--host <host>', 'địa chỉ lắng nghe', '127.0.0.1')
    .option('--insecure-lan', 'cho phép địa chỉ ngoài loopback khi không có TLS')
    .option('--tls-cert <file>', 'chứng chỉ TLS (PEM): phục vụ bằng HTTPS')
    .option('--tls-key <file>', 'khóa riêng TLS (PEM) đi cùng --tls-cert')
    .action(
      action(async (mode, g, o: ServeFlags) => {
        const serving = await serve({
          dataDir: dataDirOf(g),
          port: o.port,
          host: o.host,
          insecureLan: o.insecureLan === true,
          ...(o.tlsCert !== undefined ? { tlsCert: o.tlsCert } : {}),
          ...(o.tlsKey !== undefined ? { tlsKey: o.tlsKey } : {}),
        })
        emit(mode, { url: serving.url, dataDir: dataDirOf(g) }, () =>
          servingText(serving.url, dataDirOf(g)),
        )
        await untilStopped(serving)
      }),
    )

  program
    .command('start')
    .description('mở ứng dụng desktop; khi máy không có Electron thì chạy cho trình duyệt')
    .option(
      '--port <n>',
      'cổng cho chế độ trình duyệt',
      (v) => Number.parseInt(v, 10),
      DEFAULT_PORT,
    )
    .action(
      action(async (_mode, g, o: { port: number }) => {
        await start({ port: o.port, ...(g.dataDir ? { dataDir: g.dataDir } : {}) })
      }),
    )

  program
    .command('seed-demo')
    .description('tạo dữ liệu mẫu: một UBND tỉnh với các phòng và tài khoản demo')
    .action(
      action(async (mode, g) => {
        const result = await withCore(g, (core) => seedDemo(core.deps))
        emit(
          mode,
          result,
          () =>
            `Đã thêm ${result.unitsAdded} đơn vị và ${result.usersAdded} tài khoản` +
            (result.usersSkipped.length
              ? ` (bỏ qua ${result.usersSkipped.length} tài khoản đã có)`
              : '') +
            '. Mật khẩu demo: xem README.md.',
        )
      }),
    )

  const users = program.command('users').description('quản lý người dùng')
  users
    .command('add')
    .description('thêm người dùng')
    .requiredOption('--username <u>', 'tên đăng nhập')
    .requiredOption('--full-name <name>', 'họ tên')
    .requiredOption('--position <p>', 'chức vụ')
    .requiredOption('--unit <unit>', 'đơn vị: mã số hoặc tên viết tắt')
    .requiredOption('--roles <list>', `vai trò, cách nhau bằng dấu phẩy: ${roles.join(', ')}`)
    .requiredOption('--password <p>', 'mật khẩu ban đầu (người dùng phải đổi khi đăng nhập)')
    .option('--email <e>', 'email')
    .option('--phone <p>', 'số điện thoại')
    .action(
      action(
        async (
          mode,
          g,
          o: {
            username: string
            fullName: string
            position: string
            unit: string
            roles: string
            password: string
            email?: string
            phone?: string
          },
        ) => {
          const user = await withCore(g, (core) =>
            addUser(core, {
              ...o,
              roles: o.roles
                .split(',')
                .map((r) => r.trim())
                .filter(Boolean),
            }),
          )
          emit(mode, user, () => `Đã thêm ${user.fullName} (${user.username}), mã ${user.id}`)
        },
      ),
    )
  users
    .command('list')
    .description('liệt kê người dùng')
    .action(
      action(async (mode, g) => {
        const list = await withCore(g, (core) => listUsers(core))
        emit(mode, list, () =>
          list
            .map(
              (u) =>
                `${String(u.id).padStart(4)}  ${u.username.padEnd(16)} ${u.fullName.padEnd(24)} ` +
                `${u.roles.map((r) => roleLabels[r]).join(', ')}${u.disabled ? ' [đã khóa]' : ''}`,
            )
            .join('\n'),
        )
      }),
    )

  program
    .command('doctor')
    .description('kiểm tra máy và thư mục dữ liệu: Electron, better-sqlite3, Chromium')
    .action(
      action((mode, g) => {
        const root = appRoot()
        const report = {
          version: appVersion,
          node: process.version,
          platform: `${process.platform}-${process.arch}`,
          electron: electronStatus(root),
          betterSqlite3: sqliteStatus(root),
          chromium: chromiumStatus(),
          dataDir: inspectDataDir(dataDirOf(g)),
        }
        emit(mode, report, () => doctorText(report))
        return Promise.resolve()
      }),
    )

  addDocumentCommands(program)
  addOutgoingCommands(program)
  addCalendarCommands(program)
  addTaskCommands(program)
  addSearchCommands(program)
  addAccessCommands(program)
  addBackupCommands(program)
  addCheckCommands(program)
  addAuditCommands(program)
  return program
}

function doctorText(r: {
  version: string
  node: string
  electron: ReturnType<typeof electronStatus>
  betterSqlite3: ReturnType<typeof sqliteStatus>
  chromium: ReturnType<typeof chromiumStatus>
  dataDir: ReturnType<typeof inspectDataDir>
}): string {
  const yes = (b: boolean): string => (b ? 'có' : 'KHÔNG')
  return [
    `Văn Thư ${r.version} trên Node ${r.node}`,
    `Electron: gói ${r.electron.installedPackage ?? 'chưa cài'}, bản chạy ${r.electron.binaryPresent ? r.electron.binary : `không có (${r.electron.error})`}`,
    `better-sqlite3: ${r.betterSqlite3.ok ? `SQLite ${r.betterSqlite3.sqliteVersion}, FTS5 ${yes(r.betterSqlite3.fts5)}` : `lỗi: ${r.betterSqlite3.error}`}; bản cho desktop: ${yes(r.betterSqlite3.desktopBuild.present)}`,
    `Chromium: ${r.chromium.path ? `${r.chromium.path} ${r.chromium.version ?? ''}` : 'không có'}`,
    `Dữ liệu: ${r.dataDir.path} (tồn tại ${yes(r.dataDir.exists)}, ghi được ${yes(r.dataDir.writable)})`,
    `  Cơ sở dữ liệu: ${r.dataDir.database.status}, lược đồ ${r.dataDir.database.schemaVersion ?? '-'}/${r.dataDir.database.latestSchemaVersion}, đã thiết lập ${r.dataDir.database.setupDone === null ? '-' : yes(r.dataDir.database.setupDone)}`,
    ...searchIndexText(r.dataDir.database.searchIndex),
  ].join('\n')
}

function searchIndexText(
  c: ReturnType<typeof inspectDataDir>['database']['searchIndex'],
): string[] {
  if (c === null) {
    return []
  }
  if (c.ok) {
    return [
      `  Chỉ mục tìm kiếm: khớp với dữ liệu${c.pending ? ` (${c.pending} thay đổi chờ cập nhật)` : ''}`,
    ]
  }
  return c.problems.map((p) => `  Chỉ mục tìm kiếm: ${p}`)
}

export async function runCli(argv: readonly string[]): Promise<void> {
  await buildProgram().parseAsync([...argv])
}
