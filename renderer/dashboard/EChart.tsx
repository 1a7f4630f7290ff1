// One ECharts chart on a div: created on mount (in ECharts' zh or en locale), given each new
// option, resized with its box, disposed on unmount. Charts of one `group` are exported together
// (getConnectedDataURL). `onFinished` reports each finished drawing of the current option. The
// dashboard loads this module (and ECharts with it) while its worker counts, not before.
import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;
export type ChartInstance = echarts.ECharts;
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
}

interface Props {
  option: ChartOption;
  locale: 'ZH' | 'EN';
  group: string;
  onClick: (click: ChartClick) => void;
  onFinished: () => void;
  testId: string;
}

export default function EChart({ option, locale, group, onClick, onFinished, testId }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const handlers = useRef({ onClick, onFinished });
  handlers.current = { onClick, onFinished };

  useEffect(() => {
    const instance = echarts.init(element.current!, null, { locale, renderer: 'canvas' });
    instance.group = group;
    echarts.connect(group);
    instance.on('click', (params) => handlers.current.onClick({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex }));
    instance.on('finished', () => handlers.current.onFinished());
    chart.current = instance;
    const box = element.current!;
    // The observer also reports the size the chart was just drawn at: only a new size redraws.
    const resize = new ResizeObserver(() => {
      if (box.clientWidth !== instance.getWidth() || box.clientHeight !== instance.getHeight()) instance.resize();
    });
    resize.observe(box);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [locale, group]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, locale]);

  return <div ref={element} className="db-chart" data-testid={testId} />;
}

/** The charts of `group` as one PNG, as they are laid out on screen. */
export function connectedPng(group: string): string | null {
  const any = document.querySelector<HTMLElement>('.db-chart');
  const instance = any && echarts.getInstanceByDom(any);
  if (!instance || instance.group !== group) return null;
  return instance.getConnectedDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
}
