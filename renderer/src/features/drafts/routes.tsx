import type { RouteObject } from 'react-router'
import { DraftDetailScreen } from './detail/draft-detail-screen'
import { DraftCreateScreen } from './form/draft-create-screen'
import { DraftEditScreen } from './form/draft-edit-screen'
import { DraftsScreen } from './list/drafts-screen'

/** The drafts' screens under /van-ban-di/du-thao (issue 5). */
export const draftRoutes: RouteObject[] = [
  { path: 'van-ban-di/du-thao', element: <DraftsScreen /> },
  { path: 'van-ban-di/du-thao/moi', element: <DraftCreateScreen /> },
  { path: 'van-ban-di/du-thao/:id', element: <DraftDetailScreen /> },
  { path: 'van-ban-di/du-thao/:id/sua', element: <DraftEditScreen /> },
]
