import { Navigate, type RouteObject } from 'react-router'
import { RegisterScreen } from '../incoming/register/register-screen'
import { ClerkOnly } from './clerk-only'
import { OutgoingDetailScreen } from './detail/outgoing-detail-screen'
import { IssueScreen } from './issue/issue-screen'
import { OutgoingLayout } from './outgoing-layout'
import { ReservationsScreen } from './reservations/reservations-screen'

/** The outgoing register, issuing, reservations and the outgoing document (issue 5). */
export const outgoingRoutes: RouteObject[] = [
  {
    path: 'van-ban-di',
    element: <OutgoingLayout />,
    children: [
      { index: true, element: <Navigate to="so" replace /> },
      { path: 'so', element: <RegisterScreen direction="out" /> },
      {
        path: 'ban-hanh',
        element: (
          <ClerkOnly>
            <IssueScreen />
          </ClerkOnly>
        ),
      },
      {
        path: 'lay-so',
        element: (
          <ClerkOnly>
            <ReservationsScreen />
          </ClerkOnly>
        ),
      },
    ],
  },
  // The drafts' own routes (/van-ban-di/du-thao…) are static segments and win over this one.
  { path: 'van-ban-di/:id', element: <OutgoingDetailScreen /> },
]
