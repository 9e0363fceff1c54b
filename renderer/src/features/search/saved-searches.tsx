import { DeleteOutlined } from '@ant-design/icons'
import { App, Button, Card, Popconfirm, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { SavedSearch } from '../../../../shared/api/search-types'
import { useDeleteSavedSearch, useSavedSearches, type SavedQuery } from '../../api/search'
import { describeQuery } from './describe-query'
import { writeSearch } from './search-params'

type Props = Readonly<{
  /** The query on screen, to mark the saved search it came from. */
  current: SavedQuery
  typeName: (code: string) => string
  onRun: (query: SavedQuery) => void
}>

const sameQuery = (a: SavedQuery, b: SavedQuery): boolean =>
  writeSearch({ query: a, page: 1 }).toString() === writeSearch({ query: b, page: 1 }).toString()

/** The person's own saved searches: a click runs one again, the bin deletes it. */
export function SavedSearches({ current, typeName, onRun }: Props): ReactElement {
  const saved = useSavedSearches()
  const remove = useDeleteSavedSearch()
  const { message } = App.useApp()

  const onDelete = async (s: SavedSearch): Promise<void> => {
    try {
      await remove.mutateAsync({ id: s.id })
      void message.success(`Đã xóa tìm kiếm «${s.name}»`)
    } catch (err) {
      void message.error(err instanceof Error ? err.message : 'Không xóa được tìm kiếm')
    }
  }

  return (
    <Card
      size="small"
      title="Tìm kiếm đã lưu"
      loading={saved.isPending}
      className="search-side-card"
    >
      {saved.isError ? (
        <Typography.Text type="danger">{saved.error.message}</Typography.Text>
      ) : (saved.data ?? []).length === 0 ? (
        <Typography.Text type="secondary">
          Chưa có tìm kiếm nào được lưu. Bấm «Lưu tìm kiếm» để giữ lại một tìm kiếm hay dùng.
        </Typography.Text>
      ) : (
        <ul className="search-saved" aria-label="Tìm kiếm đã lưu">
          {(saved.data ?? []).map((s) => (
            <li
              key={s.id}
              className={sameQuery(s.query, current) ? 'search-saved__item--current' : undefined}
            >
              <div className="search-saved__text">
                <Button type="link" className="search-saved__name" onClick={() => onRun(s.query)}>
                  {s.name}
                </Button>
                <Typography.Text type="secondary" className="search-saved__query">
                  {describeQuery(s.query, typeName) || 'Mọi văn bản'}
                </Typography.Text>
              </div>
              <Popconfirm
                title={`Xóa tìm kiếm «${s.name}»?`}
                okText="Xóa"
                cancelText="Không"
                okButtonProps={{ danger: true }}
                onConfirm={() => void onDelete(s)}
              >
                <Button
                  type="text"
                  size="small"
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`Xóa tìm kiếm ${s.name}`}
                />
              </Popconfirm>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
