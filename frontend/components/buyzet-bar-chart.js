// A horizontal bar chart for comparisons (a solution against its baseline, contracts by footprint).
// Apache ECharts draws it as SVG; the figures are also on the page as text, and the host carries a
// role of img with a label that says what the bars show.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, AriaComponent, GridComponent, TooltipComponent, SVGRenderer]);

class BuyzetBarChart extends HTMLElement {
  static get observedAttributes() {
    return ['data'];
  }

  connectedCallback() {
    this.style.display = 'block';
    this.render();
    // labels get at most 40 % of the width, so that bars stay readable on a phone
    this.resizeObserver = new ResizeObserver(() => {
      if (this.chart) {
        this.chart.resize();
        this.render();
      }
    });
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    if (this.resizeObserver) {
      this.resizeObserver.disconnect();
    }
    if (this.chart) {
      this.chart.dispose();
      this.chart = null;
    }
  }

  attributeChangedCallback() {
    this.render();
  }

  render() {
    if (!this.isConnected) {
      return;
    }
    const data = JSON.parse(this.getAttribute('data') || '{"categories":[],"values":[]}');
    if (!this.chart) {
      this.chart = echarts.init(this, null, { renderer: 'svg' });
    }
    const style = getComputedStyle(this);
    // on a phone, fewer ticks on the value axis and long names wrapped onto more lines, so no label
    // runs into another; ECharts hides any value label that would still overlap
    const narrow = this.clientWidth < 480;
    const text = style.getPropertyValue('--lumo-body-text-color').trim() || '#1a1a1a';
    this.chart.setOption({
      animation: false,
      aria: { enabled: false },
      textStyle: { fontFamily: style.fontFamily, color: text },
      grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
      tooltip: { trigger: 'item', valueFormatter: (v) => `${v.toLocaleString(document.documentElement.lang)} ${data.unit}` },
      xAxis: { type: 'value', name: data.unit, nameLocation: 'middle', nameGap: 24,
        splitNumber: narrow ? 2 : 5,
        axisLabel: { color: text, hideOverlap: true, formatter: (v) => v.toLocaleString(document.documentElement.lang) } },
      yAxis: { type: 'category', data: data.categories, inverse: true,
        axisLabel: { color: text, width: Math.max(96, Math.round(this.clientWidth * 0.4)),
          overflow: narrow ? 'break' : 'truncate', lineHeight: 14 } },
      series: [{
        type: 'bar',
        data: data.values.map((value, i) => ({ value, itemStyle: { color: (data.colors || [])[i] || '#1a6b3c' } })),
        label: { show: true, position: 'right', color: text,
          formatter: (p) => p.value.toLocaleString(document.documentElement.lang) },
      }],
    }, true);
  }
}

customElements.define('buyzet-bar-chart', BuyzetBarChart);
