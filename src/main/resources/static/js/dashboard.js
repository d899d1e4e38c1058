// Draws the dashboard's charts from the data each chart element carries (data-chart), with the
// small ECharts build (bars and lines only); legends are plain HTML beside the charts. Runs on
// load and again after htmx swaps in another period.
(function () {
  var BLUE = '#0b5394', GREY = '#c9d3df', GREEN = '#15803d';

  function numbers(locale) {
    var format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'vi-VN');
    return function (value) { return format.format(value); };
  }

  function bars(data) {
    var n = numbers(data.locale);
    return {
      aria: { enabled: true },
      animation: false,
      grid: { left: 8, right: 72, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: n } },
      yAxis: { type: 'category', inverse: true, data: data.names,
        axisLabel: { width: 120, overflow: 'truncate', interval: 0 } },
      series: [
        { name: data.series[0], type: 'bar', stack: 'households', data: data.covered, itemStyle: { color: BLUE },
          barMaxWidth: 22, cursor: 'pointer' },
        { name: data.series[1], type: 'bar', stack: 'households', data: data.notCovered, itemStyle: { color: GREY },
          barMaxWidth: 22, cursor: 'pointer',
          label: { show: true, position: 'right', color: '#1d2733',
            formatter: function (p) {
              var covered = data.covered[p.dataIndex], all = covered + data.notCovered[p.dataIndex];
              return all > 0 ? n(covered) + ' / ' + n(all) : '';
            } } }
      ]
    };
  }

  function trend(data) {
    var n = numbers(data.locale);
    return {
      aria: { enabled: true },
      animation: false,
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.months, boundaryGap: false },
      yAxis: [
        { type: 'value', minInterval: 1, axisLabel: { formatter: n, color: BLUE } },
        { type: 'value', minInterval: 1, axisLabel: { formatter: n, color: GREEN }, splitLine: { show: false } }
      ],
      series: [
        { name: data.series[0], type: 'line', data: data.covered, yAxisIndex: 0, itemStyle: { color: BLUE },
          lineStyle: { width: 3 }, symbolSize: 6 },
        { name: data.series[1], type: 'line', data: data.visits, yAxisIndex: 1, itemStyle: { color: GREEN },
          lineStyle: { width: 2, type: 'dashed' }, symbolSize: 5 }
      ]
    };
  }

  function draw(root) {
    if (!window.echarts) {
      return;
    }
    root.querySelectorAll('[data-chart]').forEach(function (element) {
      var data = JSON.parse(element.getAttribute('data-chart'));
      var previous = echarts.getInstanceByDom(element);
      if (previous) {
        previous.dispose();
      }
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(data.type === 'bars' ? bars(data) : trend(data));
      if (data.links) {
        // A bar opens its unit's dashboard, like the name in the table below.
        chart.on('click', function (p) { window.location.href = data.links[p.dataIndex]; });
      }
    });
  }

  var resizing = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      document.querySelectorAll('[data-chart]').forEach(function (element) {
        var chart = window.echarts && echarts.getInstanceByDom(element);
        if (chart) {
          chart.resize();
        }
      });
    }, 150);
  });
  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function (event) { draw(event.target || document); });
})();
