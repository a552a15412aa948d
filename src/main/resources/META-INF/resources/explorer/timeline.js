// The timeline of one use's verdict, drawn with ECharts (loaded only when a model page needs it).

const VERDICTS = ['UNKNOWN', 'PROHIBITED', 'CONDITIONAL', 'PERMITTED'];
const COLORS = {
  UNKNOWN: '#767676',
  PROHIBITED: '#b3261e',
  CONDITIONAL: '#b25e00',
  PERMITTED: '#1e7b34',
};
const DAY = 24 * 60 * 60 * 1000;

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day the chart starts: a little before the first verdict that is not UNKNOWN. */
function start(entries) {
  const known = entries.find((e) => e.verdict !== 'UNKNOWN') || entries[0];
  return isoDay(Date.parse(known.from) - 90 * DAY);
}

function verdictOn(entries, day) {
  const entry = entries.findLast((e) => e.from <= day);
  return entry ? entry.verdict : 'UNKNOWN';
}

function unique(items, key) {
  const seen = new Set();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

export async function drawTimeline(element, entries, model) {
  if (!element || entries.length === 0) return;
  const echarts = await import('/webjars/echarts/dist/echarts.esm.min.js');
  const today = isoDay(Date.now());
  const from = start(entries);
  const periods = entries.map((e) => ({ ...e, to: e.to || today }));
  const steps = periods.flatMap((e) => [
    [e.from < from ? from : e.from, e.verdict],
    [e.to, e.verdict],
  ]);
  // The versions and events of the documents bound to the model and of those that decided a
  // verdict (a statement amending a policy is not bound to the model, yet it changes the verdict).
  const deciding = entries.flatMap((e) => e.permission.rules);
  const versions = unique(
    [
      ...model.policies.flatMap((p) => p.document.versions.map((v) => ({ title: p.document.title, ...v }))),
      ...deciding.map((r) => ({ title: r.document.title, ...r.version })),
    ]
      .filter((v) => v.effectiveFrom >= from)
      .map((v) => ({
        name: `${v.title}: ${v.label}`,
        value: [v.effectiveFrom, verdictOn(entries, v.effectiveFrom)],
      })),
    (v) => v.name,
  );
  const events = unique(
    [...model.events, ...deciding.flatMap((r) => r.document.events)]
      .filter((e) => e.occurredOn >= from)
      .map((e) => ({ xAxis: e.occurredOn, name: e.title })),
    (e) => `${e.xAxis} ${e.name}`,
  );
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    aria: { enabled: true },
    grid: { left: 100, right: 24, top: 36, bottom: 40 },
    legend: { top: 0, data: ['Verdict', 'Document version'] },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'time', min: from, max: today },
    yAxis: { type: 'category', data: VERDICTS, axisLabel: { formatter: (v) => v.charAt(0) + v.slice(1).toLowerCase() } },
    series: [
      {
        name: 'Verdict',
        type: 'line',
        data: steps,
        symbol: 'none',
        lineStyle: { width: 3, color: '#1f3a5f' },
        itemStyle: { color: '#1f3a5f' },
        markArea: {
          silent: true,
          data: periods
            .filter((e) => e.to > from)
            .map((e) => [
              { xAxis: e.from < from ? from : e.from, itemStyle: { color: COLORS[e.verdict], opacity: 0.12 } },
              { xAxis: e.to },
            ]),
        },
        markLine: {
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#444' },
          label: { formatter: (p) => p.data.xAxis, position: 'insideEndTop', fontSize: 11, color: '#333' },
          tooltip: { formatter: (p) => `${p.data.xAxis}: ${p.name}` },
          data: events,
        },
      },
      {
        name: 'Document version',
        type: 'scatter',
        data: versions,
        symbolSize: 10,
        itemStyle: { color: '#5b4dbe' },
        tooltip: { formatter: (p) => `${p.value[0]}: ${p.name}` },
      },
    ],
  });
  window.addEventListener('resize', () => chart.resize());
}
