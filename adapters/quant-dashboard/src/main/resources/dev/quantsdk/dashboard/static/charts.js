/*
 * Quant SDK dashboard: hand-written SVG charts (no library).
 * Exposes window.QuantCharts with lineChart, stemChart and networkChart; each returns an <svg>
 * element built with DOM calls only, so no markup from data is ever parsed.
 */
(function () {
  'use strict';

  var SVG_NS = 'http://www.w3.org/2000/svg';
  var DAY_MS = 86400000;

  function el(name, attrs, text) {
    var node = document.createElementNS(SVG_NS, name);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        node.setAttribute(key, String(attrs[key]));
      });
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function svgRoot(width, height, label) {
    var svg = el('svg', {
      viewBox: '0 0 ' + width + ' ' + height,
      width: width,
      height: height,
      role: 'img',
      'aria-label': label,
      class: 'chart-svg'
    });
    svg.appendChild(el('title', null, label));
    return svg;
  }

  /* ---- number and date formatting ---- */

  function formatNumber(value) {
    var abs = Math.abs(value);
    if (abs !== 0 && (abs >= 1e6 || abs < 1e-3)) {
      return value.toExponential(1);
    }
    if (abs >= 1000) {
      return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
    }
    return String(Number(value.toPrecision(4)));
  }

  function formatPercent(fraction) {
    return String(Number((100 * fraction).toPrecision(4))) + ' %';
  }

  function formatDate(ms, stepMs) {
    var iso = new Date(ms).toISOString();
    if (stepMs >= 365 * DAY_MS) {
      return iso.slice(0, 4);
    }
    if (stepMs >= 28 * DAY_MS) {
      return iso.slice(0, 7);
    }
    return iso.slice(0, 10);
  }

  /* ---- scales and ticks ---- */

  /* "Nice" linear ticks: steps of 1, 2 or 5 times a power of ten, about `count` of them. */
  function niceTicks(min, max, count) {
    if (!(max > min)) {
      var pad = min === 0 ? 1 : Math.abs(min) * 0.1;
      min -= pad;
      max += pad;
    }
    var raw = (max - min) / Math.max(1, count);
    var power = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 5, 10].map(function (m) { return m * power; })
      .find(function (s) { return s >= raw; });
    var first = Math.floor(min / step) * step;
    var last = Math.ceil(max / step) * step;
    var ticks = [];
    for (var v = first; v <= last + step / 2; v += step) {
      ticks.push(Math.abs(v) < step / 1e6 ? 0 : Number(v.toPrecision(12)));
    }
    return { min: first, max: last, ticks: ticks };
  }

  /* Ticks at 1, 2 and 5 times the powers of ten inside [min, max] for a log axis. */
  function logTicks(min, max) {
    var ticks = [];
    for (var e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
      [1, 2, 5].forEach(function (m) {
        var v = m * Math.pow(10, e);
        if (v >= min && v <= max) {
          ticks.push(v);
        }
      });
    }
    return ticks;
  }

  /* Calendar ticks in UTC: the first step giving at most `count` ticks, aligned on its unit. */
  function dateTicks(minMs, maxMs, count) {
    var steps = [
      { days: 1 }, { days: 7 }, { months: 1 }, { months: 3 }, { months: 6 },
      { months: 12 }, { months: 24 }, { months: 60 }, { months: 120 }
    ];
    var span = Math.max(maxMs - minMs, DAY_MS);
    for (var i = 0; i < steps.length; i++) {
      var s = steps[i];
      var stepMs = s.days ? s.days * DAY_MS : s.months * 30.44 * DAY_MS;
      if (span / stepMs <= count || i === steps.length - 1) {
        return { stepMs: stepMs, ticks: alignedDates(minMs, maxMs, s) };
      }
    }
    return { stepMs: DAY_MS, ticks: [] };
  }

  function alignedDates(minMs, maxMs, step) {
    var ticks = [];
    var d = new Date(minMs);
    var t;
    if (step.days) {
      // the first midnight on or after the start; weeks start on Monday
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      if (t < minMs) {
        t += DAY_MS;
      }
      if (step.days === 7) {
        t += ((8 - new Date(t).getUTCDay()) % 7) * DAY_MS;
      }
      for (; t <= maxMs; t += step.days * DAY_MS) {
        ticks.push(t);
      }
      return ticks;
    }
    var month = d.getUTCFullYear() * 12 + d.getUTCMonth();
    month = Math.ceil(month / step.months) * step.months;
    for (;; month += step.months) {
      t = Date.UTC(Math.floor(month / 12), month % 12, 1);
      if (t > maxMs) {
        break;
      }
      if (t >= minMs) {
        ticks.push(t);
      }
    }
    return ticks;
  }

  function parseDate(text) {
    return Date.parse(text.length === 10 ? text + 'T00:00:00Z' : text);
  }

  /* ---- the plot frame shared by line and stem charts ---- */

  var MARGIN = { top: 16, right: 24, bottom: 44, left: 72 };

  function frame(options, xDomain, yDomain) {
    var width = options.width || 1200;
    var height = options.height || 300;
    var svg = svgRoot(width, height, options.label);
    var plot = {
      left: MARGIN.left,
      right: width - MARGIN.right,
      top: MARGIN.top,
      bottom: height - MARGIN.bottom
    };
    var xLog = options.xScale === 'log';
    function x(v) {
      var a = xLog ? Math.log10(v) : v;
      var lo = xLog ? Math.log10(xDomain[0]) : xDomain[0];
      var hi = xLog ? Math.log10(xDomain[1]) : xDomain[1];
      return plot.left + (hi === lo ? 0.5 : (a - lo) / (hi - lo)) * (plot.right - plot.left);
    }
    function y(v) {
      return plot.bottom - (v - yDomain[0]) / (yDomain[1] - yDomain[0]) * (plot.bottom - plot.top);
    }
    return { svg: svg, plot: plot, x: x, y: y, width: width, height: height };
  }

  function drawAxes(f, xTicks, xFormat, yTicks, options) {
    var yFormat = options.yFormat || formatNumber;
    var axes = el('g', { class: 'axes' });
    axes.appendChild(el('line', { class: 'axis', x1: f.plot.left, y1: f.plot.bottom,
      x2: f.plot.right, y2: f.plot.bottom }));
    axes.appendChild(el('line', { class: 'axis', x1: f.plot.left, y1: f.plot.top,
      x2: f.plot.left, y2: f.plot.bottom }));
    yTicks.forEach(function (v) {
      var py = f.y(v);
      axes.appendChild(el('line', { class: 'grid', x1: f.plot.left, y1: py, x2: f.plot.right,
        y2: py }));
      axes.appendChild(el('text', { class: 'tick y-tick', x: f.plot.left - 6, y: py + 4,
        'text-anchor': 'end' }, yFormat(v)));
    });
    xTicks.forEach(function (v) {
      var px = f.x(v);
      axes.appendChild(el('line', { class: 'axis', x1: px, y1: f.plot.bottom, x2: px,
        y2: f.plot.bottom + 5 }));
      axes.appendChild(el('text', { class: 'tick x-tick', x: px, y: f.plot.bottom + 18,
        'text-anchor': 'middle' }, xFormat(v)));
    });
    if (options.xLabel) {
      axes.appendChild(el('text', { class: 'axis-label', x: (f.plot.left + f.plot.right) / 2,
        y: f.height - 6, 'text-anchor': 'middle' }, options.xLabel));
    }
    if (options.yLabel) {
      var cy = (f.plot.top + f.plot.bottom) / 2;
      axes.appendChild(el('text', { class: 'axis-label', x: 14, y: cy, 'text-anchor': 'middle',
        transform: 'rotate(-90 14 ' + cy + ')' }, options.yLabel));
    }
    f.svg.appendChild(axes);
  }

  /*
   * A line chart over dates. points: [{date: 'YYYY-MM-DD' or ISO instant, value: number}].
   * options: label (accessible name), yLabel, xLabel, area (fill down to zero), className.
   */
  function lineChart(points, options) {
    var xs = points.map(function (p) { return parseDate(p.date); });
    var ys = points.map(function (p) { return p.value; });
    var yMin = Math.min.apply(null, ys.concat(options.area ? [0] : []));
    var yMax = Math.max.apply(null, ys.concat(options.area ? [0] : []));
    var yNice = niceTicks(yMin, yMax, 5);
    var xMin = xs[0];
    var xMax = xs[xs.length - 1];
    var f = frame(options, [xMin, xMax === xMin ? xMin + DAY_MS : xMax], [yNice.min, yNice.max]);
    var xt = dateTicks(xMin, xMax, 8);
    drawAxes(f, xt.ticks, function (v) { return formatDate(v, xt.stepMs); }, yNice.ticks,
      options);
    var path = xs.map(function (xv, i) {
      return (i === 0 ? 'M' : 'L') + f.x(xv).toFixed(1) + ',' + f.y(ys[i]).toFixed(1);
    }).join(' ');
    var cls = 'series ' + (options.className || '');
    if (options.area) {
      var base = f.y(0).toFixed(1);
      f.svg.appendChild(el('path', { class: cls + ' area', d: path + ' L' + f.x(xMax).toFixed(1)
        + ',' + base + ' L' + f.x(xMin).toFixed(1) + ',' + base + ' Z' }));
    }
    f.svg.appendChild(el('path', { class: cls + ' line', d: path, fill: 'none',
      'data-points': points.length }));
    return f.svg;
  }

  /*
   * A stem (lollipop) chart of values by a positive numeric x, on a log x axis when the x range
   * spans more than a factor of 20. points: [{x, y}]. options.marker: {x, label} draws a marked
   * vertical line (the detected cycle) carrying data-marker-x.
   */
  function stemChart(points, options) {
    var xs = points.map(function (p) { return p.x; });
    var ys = points.map(function (p) { return p.y; });
    var xMin = Math.min.apply(null, xs);
    var xMax = Math.max.apply(null, xs);
    if (options.marker) {
      xMin = Math.min(xMin, options.marker.x);
      xMax = Math.max(xMax, options.marker.x);
    }
    var log = xMin > 0 && xMax / xMin > 20;
    var yNice = niceTicks(0, Math.max.apply(null, ys), 5);
    var f = frame({ width: options.width, height: options.height, label: options.label,
      xScale: log ? 'log' : 'linear' }, [xMin, xMax], [yNice.min, yNice.max]);
    f.svg.setAttribute('data-x-scale', log ? 'log' : 'linear');
    var xTicks = log ? logTicks(xMin, xMax) : niceTicks(xMin, xMax, 8).ticks
      .filter(function (v) { return v >= xMin && v <= xMax; });
    drawAxes(f, xTicks, formatNumber, yNice.ticks, options);
    var stems = el('g', { class: 'stems', 'data-points': points.length });
    points.forEach(function (p) {
      var px = f.x(p.x).toFixed(1);
      stems.appendChild(el('line', { class: 'stem', x1: px, x2: px, y1: f.y(0).toFixed(1),
        y2: f.y(p.y).toFixed(1) }));
    });
    f.svg.appendChild(stems);
    if (options.marker) {
      var mx = f.x(options.marker.x);
      var marker = el('g', { class: 'marker', 'data-marker-x': options.marker.x });
      marker.appendChild(el('line', { x1: mx, x2: mx, y1: f.plot.top, y2: f.plot.bottom }));
      var right = mx > (f.plot.left + f.plot.right) / 2;
      marker.appendChild(el('text', { x: right ? mx - 6 : mx + 6, y: f.plot.top + 12,
        'text-anchor': right ? 'end' : 'start' }, options.marker.label));
      f.svg.appendChild(marker);
    }
    return f.svg;
  }

  /* ---- the network ---- */

  /*
   * Distinct colours for community indexes: ten hand-picked hues, then golden-angle hues at two
   * lightnesses, so every index has its own colour string.
   */
  var PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b',
    '#e377c2', '#7f7f7f', '#bcbd22'];

  function communityColour(index) {
    if (index < PALETTE.length) {
      return PALETTE[index];
    }
    var k = index - PALETTE.length;
    var hue = (k * 137.508) % 360;
    return 'hsl(' + hue.toFixed(1) + ', 62%, ' + (k % 2 === 0 ? 42 : 58) + '%)';
  }

  /*
   * The layout: communities of two or more members on a circle (largest first, clockwise from
   * the top), each community's members on a small circle around its centre, its radius growing
   * with its size; members who share a community with no one (isolated traders) in a grid below.
   * Deterministic: the same network always gives the same picture. Returns {svg, communities:
   * [{community, colour, members}]} with the communities in drawing order.
   */
  function networkChart(network, options) {
    var width = options.width || 1200;
    var clusterHeight = options.clusterHeight || 560;
    var byCommunity = new Map();
    network.nodes.forEach(function (n) {
      if (!byCommunity.has(n.community)) {
        byCommunity.set(n.community, []);
      }
      byCommunity.get(n.community).push(n);
    });
    var groups = Array.from(byCommunity.entries()).map(function (e) {
      var members = e[1].slice().sort(function (a, b) {
        return String(a.label).localeCompare(String(b.label)) || String(a.id).localeCompare(String(b.id));
      });
      return { community: e[0], members: members };
    }).sort(function (a, b) {
      return b.members.length - a.members.length || Number(a.community) - Number(b.community);
    });
    groups.forEach(function (g, i) {
      g.colour = communityColour(i);
    });
    var clusters = groups.filter(function (g) { return g.members.length > 1; });
    var singles = groups.filter(function (g) { return g.members.length === 1; });
    var gridStep = 24;
    var perRow = Math.max(1, Math.floor((width - 80) / gridStep));
    var singleRows = Math.ceil(singles.length / perRow);
    var top = clusters.length > 0 ? clusterHeight : 0;
    var height = top + (singles.length > 0 ? 40 + singleRows * gridStep + 10 : 0);
    var svg = svgRoot(width, Math.max(height, 60), options.label);
    var position = new Map();
    var labelled = clusters.reduce(function (n, g) { return n + g.members.length; }, 0) <= 90;
    var labels = el('g', { class: 'labels' });
    if (clusters.length > 0) {
      var cx = width / 2;
      var cy = clusterHeight / 2;
      var outer = clusterHeight / 2 - 30;
      // the ring is an ellipse using the width: the chart is wider than tall
      var ringY = clusters.length === 1 ? 0 : outer * 0.55;
      var ringX = clusters.length === 1 ? 0 : Math.max(ringY, Math.min(width / 2 - 200, outer * 1.1));
      var room = clusters.length === 1 ? outer * 0.7
        : Math.min(outer * 0.42, ringY * Math.sin(Math.PI / clusters.length) * 0.9);
      var largest = clusters[0].members.length;
      clusters.forEach(function (g, i) {
        var angle = -Math.PI / 2 + 2 * Math.PI * i / clusters.length;
        var gx = cx + ringX * Math.cos(angle);
        var gy = cy + ringY * Math.sin(angle);
        var r = Math.max(14, room * Math.sqrt(g.members.length / largest));
        g.members.forEach(function (n, j) {
          var a = -Math.PI / 2 + 2 * Math.PI * j / g.members.length;
          var p = { x: gx + r * Math.cos(a), y: gy + r * Math.sin(a), node: n, colour: g.colour };
          position.set(n.id, p);
          if (labelled) {
            var right = Math.cos(a) >= 0;
            labels.appendChild(el('text', { class: 'node-label',
              x: (p.x + (right ? 9 : -9)).toFixed(1), y: (p.y + 3).toFixed(1),
              'text-anchor': right ? 'start' : 'end' }, n.label));
          }
        });
      });
    }
    if (singles.length > 0) {
      svg.appendChild(el('text', { class: 'axis-label', x: 40, y: top + 22 }, singles.length
        + ' members who co-trade with no one (each their own community)'));
      singles.forEach(function (g, k) {
        var n = g.members[0];
        position.set(n.id, { x: 40 + (k % perRow) * gridStep + gridStep / 2,
          y: top + 40 + Math.floor(k / perRow) * gridStep + gridStep / 2, node: n,
          colour: g.colour });
      });
    }
    var maxWeight = network.edges.reduce(function (m, e) { return Math.max(m, e.weight); }, 0) || 1;
    var edges = el('g', { class: 'edges', 'data-edges': network.edges.length });
    network.edges.forEach(function (e) {
      var a = position.get(e.source);
      var b = position.get(e.target);
      if (!a || !b) {
        return;
      }
      var line = el('line', { class: 'edge', x1: a.x.toFixed(1), y1: a.y.toFixed(1),
        x2: b.x.toFixed(1), y2: b.y.toFixed(1),
        'stroke-width': (0.6 + 2.4 * e.weight / maxWeight).toFixed(2) });
      line.appendChild(el('title', null, a.node.label + ' – ' + b.node.label + ' (weight '
        + formatNumber(e.weight) + ')'));
      edges.appendChild(line);
    });
    svg.appendChild(edges);
    var nodes = el('g', { class: 'nodes', 'data-nodes': network.nodes.length });
    position.forEach(function (p) {
      var circle = el('circle', { class: 'node', cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: 6,
        fill: p.colour, 'data-community': p.node.community });
      circle.appendChild(el('title', null, p.node.label + ' (community ' + p.node.community + ')'));
      nodes.appendChild(circle);
    });
    svg.appendChild(nodes);
    svg.appendChild(labels);
    return {
      svg: svg,
      communities: groups.map(function (g) {
        return { community: g.community, colour: g.colour, members: g.members };
      })
    };
  }

  window.QuantCharts = {
    lineChart: lineChart,
    stemChart: stemChart,
    networkChart: networkChart,
    communityColour: communityColour,
    formatNumber: formatNumber,
    formatPercent: formatPercent,
    // the axis helpers, exposed for the browser tests
    niceTicks: niceTicks,
    logTicks: logTicks,
    dateTicks: dateTicks
  };
}());
