import type { ReactElement } from 'react'
import type { Reservation } from '../../../../../shared/api/outgoing-types'
import { useRelease } from '../../../api/outgoing'
import { TextActionModal } from '../../tasks/actions/text-action-modal'

type Props = Readonly<{ reservation: Reservation; onClose: () => void }>

/** Trả số: the held number goes back and the next issue of that register and year takes it. */
export function ReleaseModal({ reservation, onClose }: Props): ReactElement {
  const release = useRelease()
  return (
    <TextActionModal
      title={`Trả số ${reservation.soKyHieu}`}
      label="Lý do trả số"
      submitLabel="Trả số"
      done={`Đã trả số ${reservation.soKyHieu}. Văn bản ban hành tiếp theo của sổ sẽ nhận số này.`}
      field="reason"
      maxLength={500}
      send={(reason) => release.mutateAsync({ id: reservation.id, reason })}
      onClose={onClose}
    />
  )
}
