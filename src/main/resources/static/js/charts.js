// Draws every [data-chart] (the fragment chart(spec), cn.tongxin.web.Chart) with Apache ECharts.
// CSP-safe: no inline script, no eval; ECharts draws on canvas and its tooltip is drawn on the canvas too (richText),
// so no inline style attribute is ever parsed. ECharts itself (/vendor/echarts) is loaded only on a page with a chart.
(function () {
  'use strict';
  var ECHARTS_SRC = '/vendor/echarts/echarts.min.js';
  var loading = null;
  var drawn = [];

  function script() {
    var own = document.querySelector('script[src*="/js/charts.js"]');
    var src = own && own.getAttribute('data-echarts');
    return src || ECHARTS_SRC;
  }

  function withEcharts(callback) {
    if (window.echarts) { callback(window.echarts); return; }
    if (!loading) {
      loading = [];
      var s = document.createElement('script');
      s.src = script();
      s.async = true;
      s.onload = function () { var queued = loading; loading = null; queued.forEach(function (f) { f(window.echarts); }); };
      document.head.appendChild(s);
    }
    loading.push(callback);
  }

  function isDark(el) {
    return !!el.closest('[data-chart-theme="dark"]');
  }

  function unitSuffix(unit) {
    return unit ? ' ' + unit : '';
  }

  function format(value, unit) {
    if (value === null || value === undefined || value === '-') { return '—'; }
    var n = Number(value);
    var text = Math.round(n) === n ? String(n) : n.toFixed(1).replace(/\.0$/, '');
    return text + unitSuffix(unit);
  }

  function longest(categories) {
    return categories.reduce(function (m, c) { return Math.max(m, String(c).length); }, 0);
  }

  function option(spec, el) {
    var narrow = el.clientWidth < 480;
    var dark = isDark(el);
    var unit = spec.unit || '';
    var base = {
      backgroundColor: 'transparent',
      animation: false,
      aria: { enabled: false },
      textStyle: { fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' },
      tooltip: {
        renderMode: 'richText',
        trigger: spec.kind === 'pie' ? 'item' : 'axis',
        confine: true,
        valueFormatter: function (v) { return format(v, unit); }
      },
      legend: { show: spec.series.length > 1 || spec.kind === 'pie', type: 'scroll', bottom: 0, itemGap: 12,
        textStyle: { fontSize: dark ? 16 : 12 } }
    };
    if (spec.kind === 'pie') {
      var s = spec.series[0] || { name: spec.title, values: [] };
      base.series = [{
        type: 'pie', name: s.name, radius: narrow ? ['30%', '60%'] : ['35%', '68%'], center: ['50%', '45%'],
        avoidLabelOverlap: true,
        label: { show: !narrow, formatter: '{b}\n{d}%' },
        data: spec.categories.map(function (c, i) { return { name: c, value: s.values[i] }; })
      }];
      return base;
    }
    var horizontal = spec.kind === 'hbar';
    var category = {
      type: 'category', data: spec.categories,
      axisLabel: {
        interval: horizontal ? 0 : 'auto', hideOverlap: true,
        rotate: !horizontal && narrow && longest(spec.categories) > 3 ? 40 : 0,
        width: horizontal ? (narrow ? 84 : 160) : 90, overflow: 'truncate'
      }
    };
    if (horizontal) { category.inverse = true; }
    var value = { type: 'value', name: unit, minInterval: unit === '%' ? 0 : 1,
      axisLabel: { hideOverlap: true } };
    if (unit === '%') { value.max = function (v) { return Math.max(100, Math.ceil(v.max)); }; }
    // outerBoundsMode 'same' (ECharts 6; was containLabel): the axis labels stay inside the grid, clear of the legend
    base.grid = { left: 8, right: narrow ? 16 : 28, top: unit ? 36 : 20, bottom: base.legend.show ? 36 : 8,
      outerBoundsMode: 'same' };
    base.xAxis = horizontal ? value : category;
    base.yAxis = horizontal ? category : value;
    base.series = spec.series.map(function (s) {
      var one = {
        name: s.name,
        type: spec.kind === 'line' ? 'line' : 'bar',
        data: s.values.map(function (v) { return v === null ? '-' : v; }),
        barMaxWidth: 36,
        connectNulls: false
      };
      if (spec.kind === 'stacked') { one.stack = 'total'; }
      if (spec.kind === 'line') { one.symbolSize = 6; }
      return one;
    });
    return base;
  }

  function height(spec, el) {
    if (spec.kind === 'hbar') {
      return Math.max(200, spec.categories.length * 28 + (spec.series.length > 1 ? 90 : 60));
    }
    return el.clientWidth < 480 ? 260 : 320;
  }

  function empty(el, echarts, spec) {
    var chart = echarts.init(el, isDark(el) ? 'dark' : null, { renderer: 'canvas' });
    chart.setOption({
      backgroundColor: 'transparent',
      title: { text: '暂无数据', left: 'center', top: 'middle', textStyle: { fontSize: 14, fontWeight: 'normal', color: '#8a94a3' } }
    });
    return chart;
  }

  function drawOne(el, echarts) {
    var old = echarts.getInstanceByDom(el);
    if (old && el.hasAttribute('data-chart-drawn')) { return; } // drawn already (htmx:load on the first page too)
    if (old) {
      drawn = drawn.filter(function (chart) { return chart !== old; });
      old.dispose();
    }
    var spec;
    try {
      spec = JSON.parse(el.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    var chart;
    if (!spec.categories || spec.categories.length === 0 || !spec.series || spec.series.length === 0) {
      el.style.height = '72px';
      chart = empty(el, echarts, spec);
    } else {
      el.style.height = height(spec, el) + 'px';
      chart = echarts.init(el, isDark(el) ? 'dark' : null, { renderer: 'canvas' });
      chart.setOption(option(spec, el));
      chart.spec = spec;
      links(el, chart);
    }
    el.setAttribute('data-chart-drawn', '');
    drawn.push(chart);
  }

  // Drill-down: inside [data-chart-links] (a JSON array parallel to the categories), a bar opens its records.
  function links(el, chart) {
    var holder = el.closest('[data-chart-links]');
    if (!holder) { return; }
    var urls;
    try { urls = JSON.parse(holder.getAttribute('data-chart-links')); } catch (e) { return; }
    el.style.cursor = 'pointer';
    chart.on('click', function (p) {
      var url = urls[p.dataIndex];
      if (typeof url === 'string' && url.charAt(0) === '/') { window.location.assign(url); }
    });
  }

  function drawIn(root) {
    var els = [];
    if (root.matches && root.matches('[data-chart]')) { els.push(root); }
    if (root.querySelectorAll) { els = els.concat(Array.prototype.slice.call(root.querySelectorAll('[data-chart]'))); }
    if (els.length === 0) { return; }
    withEcharts(function (echarts) { els.forEach(function (el) { drawOne(el, echarts); }); });
  }

  function prune() {
    drawn = drawn.filter(function (chart) {
      var dom = chart.getDom();
      if (!dom || !dom.isConnected) { chart.dispose(); return false; }
      return true;
    });
  }

  var pending = null;
  window.addEventListener('resize', function () {
    if (pending) { clearTimeout(pending); }
    pending = setTimeout(function () {
      pending = null;
      prune();
      drawn.forEach(function (chart) {
        var el = chart.getDom();
        if (chart.spec) {
          el.style.height = height(chart.spec, el) + 'px';
          chart.resize();
          chart.setOption(option(chart.spec, el), true);
        } else {
          chart.resize();
        }
      });
    }, 150);
  });

  // htmx swaps: draw the new content's charts and let go of the removed ones.
  document.addEventListener('htmx:load', function (e) { prune(); drawIn(e.target); });

  function start() { drawIn(document); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
