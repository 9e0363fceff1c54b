import { List, Tag, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { DraftVersion } from '../../../../../shared/api/outgoing-types'
import { formatDateTime } from '../../../ui/format'
import { EventFiles } from '../../tasks/detail/event-files'

type Props = Readonly<{ versions: readonly DraftVersion[]; current: number }>

/** Every version of the content, newest first, each with its files to download. */
export function DraftVersions({ versions, current }: Props): ReactElement {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version)
  return (
    <List<DraftVersion>
      size="small"
      dataSource={newestFirst}
      rowKey={(v) => v.version}
      renderItem={(v) => (
        <List.Item data-testid={`draft-version-${v.version}`}>
          <div>
            <Typography.Text strong>Phiên bản {v.version}</Typography.Text>
            {v.version === current ? (
              <Tag color="blue" style={{ marginLeft: 8 }}>
                Hiện hành
              </Tag>
            ) : null}
            <div className="draft-history__meta">
              <Typography.Text type="secondary">
                {v.by.name} · {formatDateTime(v.at)}
              </Typography.Text>
            </div>
            <EventFiles files={v.files} />
          </div>
        </List.Item>
      )}
    />
  )
}
