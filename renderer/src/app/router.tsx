import { Result } from 'antd'
import type { ReactElement, ReactNode } from 'react'
import { Navigate, RouterProvider, createHashRouter, type RouteObject } from 'react-router'
import { AccessScreen } from '../features/access/access-screen'
import { AgencyScreen } from '../features/admin/agency/agency-screen'
import { CalendarScreen } from '../features/admin/calendar/calendar-screen'
import { RegistersScreen } from '../features/admin/registers/registers-screen'
import { UnitsScreen } from '../features/admin/units/units-screen'
import { UsersScreen } from '../features/admin/users/users-screen'
import { AuditScreen } from '../features/audit/audit-screen'
import { ChangePasswordScreen } from '../features/auth/change-password-screen'
import { BackupScreen } from '../features/backup/backup-screen'
import { DashboardScreen } from '../features/dashboard/dashboard-screen'
import { DetailScreen } from '../features/incoming/detail/detail-screen'
import { EditScreen } from '../features/incoming/detail/edit-screen'
import { RegistrationScreen } from '../features/incoming/form/registration-screen'
import { IncomingIndex, IncomingLayout } from '../features/incoming/incoming-layout'
import { IntakeScreen } from '../features/incoming/intake/intake-screen'
import { InboxScreen } from '../features/inbox/inbox-screen'
import { RegisterScreen } from '../features/incoming/register/register-screen'
import { PlaceholderScreen } from '../features/placeholder/placeholder-screen'
import { ReportsScreen } from '../features/reports/reports-screen'
import { SearchScreen } from '../features/search/search-screen'
import { TaskDetailScreen } from '../features/tasks/detail/task-detail-screen'
import { TasksScreen } from '../features/tasks/list/tasks-screen'
import { placeholders } from '../features/placeholder/placeholders'
import { draftRoutes } from '../features/drafts/routes'
import { outgoingRoutes } from '../features/outgoing/routes'
import { useCurrentUser } from './current-user'
import { MainLayout } from './layout/main-layout'

/** The clerk's screens; the core refuses their calls from anyone else anyway. */
function ClerkOnly({ children }: { children: ReactNode }): ReactElement {
  const user = useCurrentUser()
  if (!user.roles.includes('van_thu')) {
    return (
      <Result
        status="403"
        title="Không có quyền truy cập"
        subTitle="Chỉ văn thư mới vào sổ văn bản đến."
      />
    )
  }
  return <>{children}</>
}

/** Hiding the menu is a courtesy; the core refuses admin calls from anyone else anyway. */
function AdminOnly({ children }: { children: ReactNode }): ReactElement {
  const user = useCurrentUser()
  if (!user.roles.includes('quan_tri')) {
    return (
      <Result
        status="403"
        title="Không có quyền truy cập"
        subTitle="Chỉ người có vai trò Quản trị mới dùng được chức năng này."
      />
    )
  }
  return <>{children}</>
}

const routes: RouteObject[] = [
  {
    path: '/',
    element: <MainLayout />,
    children: [
      { index: true, element: <Navigate to="/tong-quan" replace /> },
      { path: 'tong-quan', element: <DashboardScreen /> },
      ...placeholders.map((p) => ({ path: p.path, element: <PlaceholderScreen {...p} /> })),
      {
        path: 'van-ban-den',
        element: <IncomingLayout />,
        children: [
          { index: true, element: <IncomingIndex /> },
          {
            path: 'vao-so',
            element: (
              <ClerkOnly>
                <RegistrationScreen />
              </ClerkOnly>
            ),
          },
          {
            path: 'cho-vao-so',
            element: (
              <ClerkOnly>
                <IntakeScreen />
              </ClerkOnly>
            ),
          },
          { path: 'so', element: <RegisterScreen /> },
        ],
      },
      { path: 'van-ban-den/:id', element: <DetailScreen /> },
      ...draftRoutes,
      ...outgoingRoutes,
      { path: 'xu-ly', element: <InboxScreen /> },
      { path: 'cong-viec', element: <TasksScreen /> },
      { path: 'cong-viec/:id', element: <TaskDetailScreen /> },
      {
        path: 'van-ban-den/:id/sua',
        element: (
          <ClerkOnly>
            <EditScreen />
          </ClerkOnly>
        ),
      },
      { path: 'tra-cuu', element: <SearchScreen /> },
      { path: 'bao-cao', element: <ReportsScreen /> },
      { path: 'doi-mat-khau', element: <ChangePasswordScreen /> },
      { path: 'quan-tri', element: <Navigate to="/quan-tri/don-vi" replace /> },
      {
        path: 'quan-tri/don-vi',
        element: (
          <AdminOnly>
            <UnitsScreen />
          </AdminOnly>
        ),
      },
      {
        path: 'quan-tri/nguoi-dung',
        element: (
          <AdminOnly>
            <UsersScreen />
          </AdminOnly>
        ),
      },
      {
        path: 'quan-tri/phan-quyen',
        element: (
          <AdminOnly>
            <AccessScreen />
          </AdminOnly>
        ),
      },
      {
        path: 'quan-tri/so-van-ban',
        element: (
          <AdminOnly>
            <RegistersScreen />
          </AdminOnly>
        ),
      },
      {
        path: 'quan-tri/lich-lam-viec',
        element: (
          <AdminOnly>
            <CalendarScreen />
          </AdminOnly>
        ),
      },
      {
        path: 'quan-tri/co-quan',
        element: (
          <AdminOnly>
            <AgencyScreen />
          </AdminOnly>
        ),
      },
      {
        path: 'quan-tri/nhat-ky',
        element: (
          <AdminOnly>
            <AuditScreen />
          </AdminOnly>
        ),
      },
      {
        path: 'quan-tri/sao-luu',
        element: (
          <AdminOnly>
            <BackupScreen />
          </AdminOnly>
        ),
      },
      {
        path: '*',
        element: (
          <Result status="404" title="Không tìm thấy trang" subTitle="Hãy chọn một mục ở menu." />
        ),
      },
    ],
  },
]

// A hash router works the same under app:// in the desktop window and over http in a browser.
const router = createHashRouter(routes)

export function AppRouter(): ReactElement {
  return <RouterProvider router={router} />
}
