/*
 * Quant SDK dashboard: reads the REST API of the same origin and fills the page's sections.
 * Every value from the API is written with textContent or as an SVG attribute, never parsed as
 * markup. Each section shows "Loading…", then its data, an explicit empty message, or the API's
 * error (status, error code and message) in its status line.
 *
 * API key: a ?api_key= in the page URL is saved in localStorage and removed from the address
 * bar; the key form saves or forgets it. When a key is saved, every call sends X-Api-Key.
 */
(function () {
  'use strict';

  var KEY_STORAGE = 'quant.apiKey';
  var PAGE_SIZE = 20;
  var ANOMALY_PAGE_SIZE = 10;
  var SEVERITY_THRESHOLD = 0.8;
  var INVESTIGATOR = 'dashboard';
  var charts = window.QuantCharts;

  /* ---- API key ---- */

  function storedKey() {
    try {
      return window.localStorage.getItem(KEY_STORAGE) || '';
    } catch (e) {
      return '';
    }
  }

  function saveKey(key) {
    try {
      if (key) {
        window.localStorage.setItem(KEY_STORAGE, key);
      } else {
        window.localStorage.removeItem(KEY_STORAGE);
      }
    } catch (e) {
      /* storage disabled: the key lives only in this page */
    }
    apiKey = key;
  }

  var apiKey = storedKey();

  function takeKeyFromUrl() {
    var url = new URL(window.location.href);
    var key = url.searchParams.get('api_key');
    if (key !== null) {
      saveKey(key);
      url.searchParams.delete('api_key');
      window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    }
  }

  /* ---- HTTP ---- */

  function ApiError(status, code, message) {
    this.status = status;
    this.code = code;
    this.message = message;
  }

  ApiError.prototype.toString = function () {
    var text = 'The API answered ' + this.status + ' ' + this.code + ': ' + this.message;
    if (this.status === 401) {
      text += ' (enter the server\'s API key above)';
    }
    return text;
  };

  function api(path, init) {
    var options = init || {};
    var headers = { Accept: 'application/json' };
    if (apiKey) {
      headers['X-Api-Key'] = apiKey;
    }
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(path, {
      method: options.method || 'GET',
      headers: headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (e) {
          json = null;
        }
        if (!response.ok) {
          throw new ApiError(response.status, json && json.error ? json.error : 'http_error',
            json && json.message ? json.message : (response.statusText || 'no message'));
        }
        if (json === null) {
          throw new ApiError(response.status, 'bad_response', 'the answer is not JSON');
        }
        return json;
      });
    }, function (failure) {
      throw new ApiError(0, 'network', 'the server cannot be reached (' + failure.message + ')');
    });
  }

  /* ---- DOM helpers ---- */

  function $(id) {
    return document.getElementById(id);
  }

  function status(name, text, kind) {
    var node = document.querySelector('[data-status="' + name + '"]');
    node.textContent = text;
    node.className = 'status' + (kind ? ' ' + kind : '');
    node.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    node.hidden = text === '';
  }

  function fail(name, error) {
    status(name, String(error), 'error');
    if (!(error instanceof ApiError)) {
      window.console.warn('dashboard section ' + name + ':', error);
    }
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
  }

  function fixed(value, digits) {
    return value === null || value === undefined ? '—' : Number(value).toFixed(digits);
  }

  function instant(text) {
    return text ? text.replace('T', ' ').slice(0, 16) : '—';
  }

  function humanType(type) {
    return String(type).replace(/_/g, ' ');
  }

  function politicianButton(id, name) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'link';
    button.textContent = name;
    button.setAttribute('data-politician-id', id);
    button.addEventListener('click', function () {
      openPolitician(id, true);
    });
    return button;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  /* ---- recent discoveries ---- */

  var discoveriesNext = null;

  function discoveryDescription(d) {
    if (d.description) {
      return d.description;
    }
    return humanType(d.pattern_type) + ' (no description stored)';
  }

  function loadDiscoveries(path, append) {
    var more = $('discoveries-more');
    more.disabled = true;
    return api(path).then(function (page) {
      var table = $('discoveries-table');
      var body = table.tBodies[0];
      if (!append) {
        clear(body);
      }
      page.items.forEach(function (d) {
        var row = body.insertRow();
        row.setAttribute('data-id', d.id);
        row.setAttribute('data-pattern-type', d.pattern_type);
        row.insertCell().appendChild(politicianButton(d.politician_id, d.politician_name));
        cell(row, humanType(d.pattern_type));
        cell(row, discoveryDescription(d), 'description');
        cell(row, fixed(d.strength, 4), 'num');
        cell(row, fixed(d.confidence, 3), 'num');
        cell(row, d.window_start + ' – ' + d.window_end, 'nowrap');
        cell(row, instant(d.discovery_date), 'nowrap');
      });
      var rows = body.rows.length;
      table.hidden = rows === 0;
      discoveriesNext = page.next;
      more.hidden = !page.next;
      more.disabled = false;
      status('discoveries', rows === 0
        ? 'No discoveries yet: import disclosures and run a discovery (quant discover).'
        : 'Showing ' + rows + ' discoveries' + (page.next ? ' (more available).' : '.'));
      return page;
    }).catch(function (error) {
      more.disabled = false;
      fail('discoveries', error);
      return null;
    });
  }

  /* ---- critical anomalies ---- */

  var anomaliesNext = null;

  function explanationText(a) {
    var e = a.explanation;
    if (e && typeof e === 'object' && e.summary) {
      return e.summary;
    }
    if (a.description) {
      return a.description;
    }
    if (typeof e === 'string') {
      return e;
    }
    return 'no explanation stored';
  }

  function contributionsList(a) {
    var e = a.explanation;
    if (!e || !Array.isArray(e.contributions) || e.contributions.length === 0) {
      return null;
    }
    var list = document.createElement('span');
    list.className = 'contributions';
    list.textContent = e.contributions.map(function (c) {
      return c.feature + ' ' + charts.formatNumber(Number(c.value))
        + (c.weight === undefined ? '' : ' (weight ' + fixed(c.weight, 2) + ')');
    }).join(' · ');
    return list;
  }

  function anomalyCountText(rows) {
    return rows === 0
      ? 'No critical anomalies left to investigate.'
      : rows + ' critical ' + (rows === 1 ? 'anomaly' : 'anomalies') + ' to investigate'
        + (anomaliesNext ? ' (more available).' : '.');
  }

  function markInvestigated(a, row, button) {
    button.disabled = true;
    button.textContent = 'Marking…';
    api('/api/v1/anomalies/' + encodeURIComponent(a.id) + '/investigate',
      { method: 'POST', body: { investigated_by: INVESTIGATOR } })
      .then(function (result) {
        row.parentNode.removeChild(row);
        var rows = $('anomalies-table').tBodies[0].rows.length;
        $('anomalies-table').hidden = rows === 0;
        status('anomalies', 'Marked the ' + humanType(a.anomaly_type) + ' of '
          + a.politician_name + ' investigated at ' + instant(result.investigated_at) + '. '
          + anomalyCountText(rows));
      })
      .catch(function (error) {
        button.disabled = false;
        button.textContent = 'Mark investigated';
        fail('anomalies', error);
      });
  }

  function loadAnomalies(path, append) {
    var more = $('anomalies-more');
    more.disabled = true;
    return api(path).then(function (page) {
      var table = $('anomalies-table');
      var body = table.tBodies[0];
      if (!append) {
        clear(body);
      }
      page.items.forEach(function (a) {
        var row = body.insertRow();
        row.setAttribute('data-id', a.id);
        row.insertCell().appendChild(politicianButton(a.politician_id, a.politician_name));
        cell(row, humanType(a.anomaly_type));
        cell(row, fixed(a.severity, 3), 'num');
        var explanation = cell(row, explanationText(a), 'explanation');
        var list = contributionsList(a);
        if (list) {
          explanation.appendChild(list);
        }
        cell(row, instant(a.detected_at), 'nowrap');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'investigate';
        button.textContent = 'Mark investigated';
        button.setAttribute('aria-label', 'Mark the ' + humanType(a.anomaly_type) + ' of '
          + a.politician_name + ' investigated');
        button.addEventListener('click', function () {
          markInvestigated(a, row, button);
        });
        row.insertCell().appendChild(button);
      });
      var rows = body.rows.length;
      anomaliesNext = page.next;
      table.hidden = rows === 0;
      more.hidden = !page.next;
      more.disabled = false;
      status('anomalies', anomalyCountText(rows));
    }).catch(function (error) {
      more.disabled = false;
      fail('anomalies', error);
    });
  }

  /* ---- politicians ---- */

  var MAX_POLITICIAN_PAGES = 20;

  function loadPoliticians() {
    var all = [];
    function page(path, n) {
      return api(path).then(function (p) {
        all = all.concat(p.items);
        return p.next && n < MAX_POLITICIAN_PAGES ? page(p.next, n + 1) : all;
      });
    }
    return page('/api/v1/politicians?limit=500', 1).then(function (politicians) {
      var select = $('politician-select');
      clear(select);
      var placeholder = document.createElement('option');
      placeholder.value = '';
      placeholder.textContent = politicians.length === 0 ? 'No politicians imported'
        : 'Choose one of ' + politicians.length + ' politicians';
      select.appendChild(placeholder);
      politicians.slice().sort(function (a, b) {
        return a.name.localeCompare(b.name);
      }).forEach(function (p) {
        var option = document.createElement('option');
        option.value = p.id;
        var where = [p.party, p.state].filter(Boolean).join('-');
        option.textContent = p.name + (where ? ' (' + where + ')' : '') + ', '
          + p.trades + ' trades';
        select.appendChild(option);
      });
      select.disabled = politicians.length === 0;
      return politicians;
    });
  }

  var politicianToken = 0;

  function openPolitician(id, scroll) {
    var select = $('politician-select');
    select.value = id;
    if (window.location.hash !== '#politician=' + id) {
      window.history.replaceState(null, '', '#politician=' + id);
    }
    if (scroll) {
      $('politician').scrollIntoView();
    }
    var token = ++politicianToken;
    var detail = $('politician-detail');
    status('politician', 'Loading…');
    return Promise.all([
      api('/api/v1/discoveries/politician/' + encodeURIComponent(id) + '/activity'),
      api('/api/v1/discoveries/politician/' + encodeURIComponent(id) + '?limit=50')
    ]).then(function (answers) {
      if (token !== politicianToken) {
        return;
      }
      renderActivity(answers[0]);
      renderPoliticianDiscoveries(answers[1]);
      detail.hidden = false;
      status('politician', '');
    }).catch(function (error) {
      if (token === politicianToken) {
        detail.hidden = true;
        fail('politician', error);
      }
    });
  }

  function politicianFacts(p) {
    var parts = [];
    if (p.chamber) {
      parts.push(String(p.chamber).toLowerCase() === 'house' ? 'House' : 'Senate');
    }
    if (p.party) {
      parts.push(p.party);
    }
    if (p.state) {
      parts.push(p.state + (p.district ? ' (' + p.district + ')' : ''));
    }
    if (p.trades !== undefined) {
      parts.push(p.trades + ' trades');
    }
    return parts.join(' · ');
  }

  function renderActivity(activity) {
    var p = activity.politician || {};
    $('politician-name').textContent = p.name || p.full_name || 'Unknown politician';
    $('politician-facts').textContent = politicianFacts(p);
    var activityChart = $('activity-chart');
    var periodogramChart = $('periodogram-chart');
    clear(activityChart);
    clear(periodogramChart);
    var series = activity.series || [];
    $('activity-caption').textContent = (activity.day_basis === 'BUSINESS'
      ? 'Trades per business day (Monday to Friday)'
      : 'Trades per ' + String(activity.day_basis || 'calendar').toLowerCase() + ' day')
      + ': the series the cycle detector analysed';
    if (series.length < 2) {
      activityChart.appendChild(emptyNote('Too few dated trades to draw an activity series.'));
    } else {
      activityChart.appendChild(charts.lineChart(series.map(function (s) {
        return { date: s.date, value: s.count };
      }), { label: 'Trades per period of ' + (p.name || p.full_name), yLabel: 'trades',
        area: true, className: 'activity' }));
    }
    var cycle = activity.cycle;
    var periodogram = (activity.periodogram || []).filter(function (q) {
      return q.period_days > 0;
    });
    var summary = $('cycle-summary');
    if (periodogram.length === 0) {
      periodogramChart.appendChild(emptyNote('No periodogram: the series is too short.'));
    } else {
      var marker = cycle ? { x: cycle.period_days, label: 'cycle ' + fixed(cycle.period_days, 1)
        + ' days' } : null;
      periodogramChart.appendChild(charts.stemChart(periodogram.map(function (q) {
        return { x: q.period_days, y: q.power };
      }), { label: 'Periodogram of ' + (p.name || p.full_name), xLabel: 'period (calendar days)',
        yLabel: 'power', marker: marker }));
    }
    if (cycle) {
      summary.textContent = 'Detected cycle: ' + fixed(cycle.period_days, 1) + ' days, strength '
        + fixed(cycle.strength, 4) + ', confidence ' + fixed(cycle.confidence, 3) + ', q = '
        + (cycle.q_value === null || cycle.q_value === undefined ? '—'
          : Number(cycle.q_value).toPrecision(2)) + '.';
      summary.setAttribute('data-period-days', cycle.period_days);
    } else {
      summary.textContent = 'No significant cycle was detected for this politician.';
      summary.removeAttribute('data-period-days');
    }
  }

  function emptyNote(text) {
    var p = document.createElement('p');
    p.className = 'empty';
    p.textContent = text;
    return p;
  }

  function renderPoliticianDiscoveries(page) {
    var table = $('politician-discoveries-table');
    var body = table.tBodies[0];
    clear(body);
    page.items.forEach(function (d) {
      var row = body.insertRow();
      row.setAttribute('data-id', d.id);
      cell(row, humanType(d.pattern_type));
      cell(row, discoveryDescription(d), 'description');
      cell(row, fixed(d.strength, 4), 'num');
      cell(row, fixed(d.confidence, 3), 'num');
      cell(row, d.window_start + ' – ' + d.window_end, 'nowrap');
    });
    table.hidden = page.items.length === 0;
    status('politician-discoveries', page.items.length === 0
      ? 'No discoveries stored for this politician.' : '');
  }

  function initialPolitician(politicians, discoveries) {
    var match = /^#politician=([0-9a-fA-F-]{36})$/.exec(window.location.hash);
    if (match) {
      return match[1];
    }
    var cycle = discoveries && discoveries.items.find(function (d) {
      return d.pattern_type === 'fourier_cycle';
    });
    if (cycle) {
      return cycle.politician_id;
    }
    return politicians.length > 0 ? politicians[0].id : null;
  }

  /* ---- network ---- */

  function loadNetwork() {
    return api('/api/v1/networks/latest').then(function (network) {
      var chart = $('network-chart');
      clear(chart);
      if (!network.nodes || network.nodes.length === 0) {
        status('network', 'The latest network has no members.');
        return;
      }
      var drawn = charts.networkChart(network, { label: 'Co-trading network of '
        + network.nodes.length + ' politicians, each community in its own colour' });
      chart.appendChild(drawn.svg);
      $('network-facts').textContent = network.nodes.length + ' politicians, '
        + network.edges.length + ' co-trading links, ' + drawn.communities.length
        + ' communities (' + (network.algorithm || 'community detection')
        + (network.modularity === undefined || network.modularity === null ? ''
          : ', modularity ' + fixed(network.modularity, 3)) + ').';
      var legend = $('network-legend');
      clear(legend);
      var singles = drawn.communities.filter(function (c) { return c.members.length === 1; });
      drawn.communities.filter(function (c) { return c.members.length > 1; }).forEach(function (c) {
        var item = document.createElement('li');
        var swatch = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        swatch.setAttribute('width', '12');
        swatch.setAttribute('height', '12');
        swatch.setAttribute('aria-hidden', 'true');
        var dot = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
        dot.setAttribute('cx', '6');
        dot.setAttribute('cy', '6');
        dot.setAttribute('r', '6');
        dot.setAttribute('fill', c.colour);
        swatch.appendChild(dot);
        item.appendChild(swatch);
        var names = c.members.slice(0, 6).map(function (m) { return m.label; }).join(', ');
        item.setAttribute('data-community', c.community);
        item.appendChild(document.createTextNode(' Community ' + c.community + ': '
          + c.members.length + ' members (' + names + (c.members.length > 6 ? ', …' : '')
          + ')'));
        legend.appendChild(item);
      });
      if (singles.length > 0) {
        var rest = document.createElement('li');
        rest.className = 'singles';
        rest.textContent = singles.length + ' members co-trade with no one else; each is a '
          + 'community of one, drawn in the grid below the clusters.';
        legend.appendChild(rest);
      }
      $('network-detail').hidden = false;
      status('network', '');
    }).catch(function (error) {
      if (error instanceof ApiError && error.status === 404) {
        status('network', 'No co-trading network has been discovered yet.');
      } else {
        fail('network', error);
      }
    });
  }

  /* ---- backtest ---- */

  function metricValue(value) {
    if (typeof value === 'number') {
      return charts.formatNumber(value);
    }
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  }

  function loadBacktest() {
    return api('/api/v1/futurequant/backtests?limit=1').then(function (page) {
      if (page.items.length === 0) {
        status('backtest', 'No backtest has been stored yet (quant backtest … --store).');
        return null;
      }
      var run = page.items[0];
      return api('/api/v1/futurequant/backtests/' + encodeURIComponent(run.id) + '/equity')
        .then(function (curves) {
          renderBacktest(run, curves);
        });
    }).catch(function (error) {
      fail('backtest', error);
    });
  }

  function renderBacktest(run, curves) {
    $('backtest-detail').setAttribute('data-run-id', run.id);
    var params = run.parameters ? Object.keys(run.parameters).map(function (k) {
      return k + ' ' + metricValue(run.parameters[k]);
    }).join(', ') : '';
    $('backtest-facts').textContent = (run.strategy || 'strategy') + ' on '
      + (run.root_symbol || run.instrument || '?') + ', ' + (run.period_start || '?') + ' to '
      + (run.period_end || '?') + (params ? ' (' + params + ')' : '') + '.';
    var body = $('backtest-metrics').tBodies[0];
    clear(body);
    var metrics = run.metrics || {};
    Object.keys(metrics).forEach(function (name) {
      var row = body.insertRow();
      var th = document.createElement('th');
      th.scope = 'row';
      th.textContent = humanType(name);
      row.appendChild(th);
      cell(row, metricValue(metrics[name]), 'num');
    });
    $('backtest-metrics').hidden = Object.keys(metrics).length === 0;
    var equity = $('equity-chart');
    var drawdown = $('drawdown-chart');
    clear(equity);
    clear(drawdown);
    if (!curves.equity || curves.equity.length < 2) {
      equity.appendChild(emptyNote('This run kept no equity curve.'));
    } else {
      equity.appendChild(charts.lineChart(curves.equity, { label: 'Equity curve',
        yLabel: 'equity', className: 'equity' }));
    }
    if (!curves.drawdown || curves.drawdown.length < 2) {
      drawdown.appendChild(emptyNote('No drawdown series.'));
    } else {
      drawdown.appendChild(charts.lineChart(curves.drawdown, { label: 'Drawdown',
        yLabel: 'below the peak', area: true, className: 'drawdown',
        yFormat: charts.formatPercent }));
    }
    $('backtest-detail').hidden = false;
    status('backtest', '');
  }

  /* ---- jobs ---- */

  function duration(ms) {
    if (ms === null || ms === undefined) {
      return '—';
    }
    return ms < 1000 ? ms + ' ms' : (ms / 1000).toFixed(1) + ' s';
  }

  function percent(rate) {
    return rate === null || rate === undefined ? '—' : (100 * rate).toFixed(1) + ' %';
  }

  function loadJobs() {
    return api('/api/v1/jobs?limit=' + PAGE_SIZE).then(function (page) {
      var table = $('jobs-table');
      var body = table.tBodies[0];
      clear(body);
      page.items.forEach(function (run) {
        var row = body.insertRow();
        row.setAttribute('data-id', run.run_id);
        cell(row, run.kind);
        cell(row, run.status, 'job-status ' + String(run.status).toLowerCase());
        cell(row, instant(run.started_at), 'nowrap');
        cell(row, duration(run.duration_ms), 'num');
        cell(row, String(run.items_ok), 'num');
        cell(row, String(run.items_failed), 'num');
        cell(row, percent(run.success_rate), 'num');
      });
      table.hidden = page.items.length === 0;
      var s = page.summary;
      var summary = $('jobs-summary');
      summary.textContent = s.runs + (s.runs === 1 ? ' run: ' : ' runs: ') + s.succeeded + ' succeeded, ' + s.partial
        + ' partial, ' + s.failed + ' failed, ' + s.running + ' running; success rate '
        + percent(s.success_rate) + ', mean duration ' + duration(s.mean_duration_ms === null
          ? null : Math.round(s.mean_duration_ms)) + '.';
      summary.hidden = false;
      status('jobs', page.items.length === 0 ? 'No job has run yet.' : '');
    }).catch(function (error) {
      fail('jobs', error);
    });
  }

  /* ---- start ---- */

  function wireControls() {
    var form = $('api-key-form');
    var input = $('api-key-input');
    input.value = apiKey;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      saveKey(input.value.trim());
      loadAll();
    });
    $('api-key-clear').addEventListener('click', function () {
      input.value = '';
      saveKey('');
      loadAll();
    });
    $('politician-select').addEventListener('change', function (event) {
      if (event.target.value) {
        openPolitician(event.target.value, false);
      }
    });
    $('politician-form').addEventListener('submit', function (event) {
      event.preventDefault();
    });
    $('discoveries-more').addEventListener('click', function () {
      if (discoveriesNext) {
        loadDiscoveries(discoveriesNext, true);
      }
    });
    $('anomalies-more').addEventListener('click', function () {
      if (anomaliesNext) {
        loadAnomalies(anomaliesNext, true);
      }
    });
    $('anomalies-threshold').textContent = String(SEVERITY_THRESHOLD);
  }

  function loadAll() {
    document.body.removeAttribute('data-loaded');
    var discoveries = loadDiscoveries('/api/v1/discoveries/recent?limit=' + PAGE_SIZE, false);
    var politicians = loadPoliticians().catch(function (error) {
      fail('politician', error);
      return null;
    });
    var politicianDone = Promise.all([politicians, discoveries]).then(function (both) {
      if (both[0] === null) {
        return null;
      }
      var id = initialPolitician(both[0], both[1]);
      if (id === null) {
        status('politician', 'No politicians imported yet.');
        return null;
      }
      return openPolitician(id, false);
    });
    var all = Promise.all([
      discoveries,
      loadAnomalies('/api/v1/anomalies/critical?severity_threshold=' + SEVERITY_THRESHOLD
        + '&limit=' + ANOMALY_PAGE_SIZE, false),
      politicianDone,
      loadNetwork(),
      loadBacktest(),
      loadJobs()
    ]);
    return all.then(function () {
      document.body.setAttribute('data-loaded', 'true');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    takeKeyFromUrl();
    wireControls();
    loadAll();
  });
}());
