import { init, type ECharts } from 'echarts/core'
import { useEffect, useRef, type ReactElement } from 'react'
import { chartFont, type ChartOption } from './echarts-setup'

type Props = Readonly<{
  option: ChartOption
  height: number
  /** What the picture shows, for people who cannot see it. */
  label: string
  /** A click on a data item (slice, bar), by its index in the first series' data. */
  onItemClick?: (dataIndex: number) => void
}>

/** One ECharts instance on a div: sized by a ResizeObserver, disposed on unmount. */
export function EChart({ option, height, label, onItemClick }: Props): ReactElement {
  const host = useRef<HTMLDivElement>(null)
  const chart = useRef<ECharts | null>(null)
  const clickRef = useRef(onItemClick)

  useEffect(() => {
    clickRef.current = onItemClick
  }, [onItemClick])

  useEffect(() => {
    const el = host.current
    if (!el) {
      return
    }
    const instance = init(el, null, { renderer: 'canvas' })
    chart.current = instance
    instance.on('click', (params) => {
      if (typeof params.dataIndex === 'number') {
        clickRef.current?.(params.dataIndex)
      }
    })
    // The card changes width with the window and the menu; the canvas must follow it.
    const observer = new ResizeObserver(() => instance.resize())
    observer.observe(el)
    return () => {
      observer.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    chart.current?.setOption(
      { textStyle: { fontFamily: chartFont }, ...option },
      { notMerge: true },
    )
  }, [option])

  return (
    <div
      ref={host}
      role="img"
      aria-label={label}
      style={{ height, width: '100%', cursor: onItemClick ? 'pointer' : undefined }}
    />
  )
}
