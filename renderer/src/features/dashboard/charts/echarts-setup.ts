import { BarChart, LineChart, PieChart } from 'echarts/charts'
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import { use as registerEcharts, type ComposeOption } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Only what the overview draws is registered, so the bundle carries a doughnut, bars and a
// line, and none of ECharts' other fifty chart types.
registerEcharts([
  PieChart,
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
])

export type ChartOption = ComposeOption<
  | PieSeriesOption
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>

/** The page's font, so Vietnamese diacritics in labels look like the rest of the screen. */
export const chartFont = "'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif"
