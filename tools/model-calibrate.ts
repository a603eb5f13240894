import { run, at, extreme, firstDay, mean, doseResponseOf } from './model-validation';
import { PARAMETERS } from '../src/model/index';
const ovr = JSON.parse(process.env.OVR ?? '{}') as Record<string, number>;
for (const [key, value] of Object.entries(ovr)) {
  const [subject, group, name] = key.split('.') as [string, string, string];
  const g = (PARAMETERS as unknown as Record<string, Record<string, Record<string, { value: number }>>>)[
    subject
  ]![group]!;
  g[name] = { ...g[name]!, value };
}
const t0 = Date.now();
for (const d of [20, 60, 100]) {
  const r = run(`celerier-2000-fentanyl-${d}`);
  const end = firstDay(r, 'thresholdRelative', 0.02, (x) => x <= 1);
  const nad = extreme(r, 'thresholdRelative', end, 10, 'min');
  const rec = firstDay(r, 'thresholdRelative', nad.day, (x) => x >= 0.95);
  console.log(
    '#1',
    d,
    'analgesia h',
    ((end - 0.0104) * 24).toFixed(2),
    'nadir',
    nad.value.toFixed(3),
    '@',
    nad.day.toFixed(2),
    'recover',
    rec.toFixed(2),
    'N',
    extreme(r, 'nmda', 0, 10, 'max').value.toFixed(3),
    'G',
    extreme(r, 'glia', 0, 10, 'max').value.toFixed(3),
    'R',
    extreme(r, 'rvm', 0, 10, 'max').value.toFixed(3),
  );
}
{
  const r = run('celerier-2000-fentanyl-ketamine');
  const end = firstDay(r, 'thresholdRelative', 0.02, (x) => x <= 1);
  console.log('#1 ket nadir', extreme(r, 'thresholdRelative', end, 10, 'min').value.toFixed(3));
}
for (const n of ['laulin-daily-morphine', 'laulin-daily-morphine-mk801']) {
  const r = run(n);
  const pre = at(r, 'thresholdRelative', 9);
  const p1 = extreme(r, 'thresholdRelative', 0, 0.99, 'max').value,
    p10 = extreme(r, 'thresholdRelative', 9, 9.99, 'max').value;
  console.log(
    '#2',
    n,
    'pre10',
    pre.toFixed(3),
    'inc ratio',
    ((p10 - pre) / (p1 - 1)).toFixed(3),
    'peak ratio',
    (p10 / p1).toFixed(3),
    'p1',
    p1.toFixed(2),
  );
}
{
  const r = run('vanderah-2001-continuous');
  console.log(
    '#3 E6h',
    at(r, 'analgesia', 0.25).toFixed(3),
    'thr d2',
    at(r, 'thresholdRelative', 2).toFixed(3),
    'first<1',
    firstDay(r, 'thresholdRelative', 0.1, (x) => x < 1).toFixed(2),
    'fold d6',
    at(r, 'toleranceFold', 6).toFixed(2),
  );
}
{
  const fold = (n: string, d = 8) => {
    const dr = doseResponseOf(n, d);
    return (dr.acute.scenario.ed50 ?? Infinity) / (dr.acute.naive.ed50 ?? NaN);
  };
  const f = fold('dunbar-1996-spinal');
  const r = run('dunbar-1996-spinal');
  console.log(
    '#4 E6h',
    at(r, 'analgesia', 0.25).toFixed(3),
    'fold',
    f.toFixed(2),
    'rvm-block removes',
    (1 - Math.log(fold('dunbar-1996-spinal-rvm-block')) / Math.log(f)).toFixed(2),
    'antiserum removes',
    (1 - Math.log(fold('dunbar-1996-spinal-antiserum')) / Math.log(f)).toFixed(2),
    'mk coinf',
    fold('dunbar-1996-spinal-mk801').toFixed(2),
    'mk d7 ratio',
    (fold('dunbar-1996-spinal-mk801-day-7') / f).toFixed(2),
    'recovery d14',
    fold('dunbar-1996-spinal', 14).toFixed(2),
    'R',
    at(r, 'rvm', 8).toFixed(2),
    'D',
    at(r, 'dynorphin', 8).toFixed(2),
    'N',
    at(r, 'nmda', 8).toFixed(2),
  );
}
{
  const g5 = at(run('johnston-2004-glia'), 'glia', 5.5),
    g1 = at(run('johnston-2004-glia-1-dose'), 'glia', 1.5);
  const def = (n: string) => 1 - at(run(n), 'thresholdRelative', 5.5);
  console.log(
    '#5 glia ratio',
    (g1 / g5).toFixed(3),
    'deficit',
    def('johnston-2004-glia').toFixed(3),
    'ko removes',
    (1 - def('johnston-2004-glia-knockout') / def('johnston-2004-glia')).toFixed(2),
    'il1ra removes',
    (1 - def('johnston-2004-glia-il1ra') / def('johnston-2004-glia')).toFixed(2),
  );
}
{
  const last = (n: string, start: number) =>
    firstDay(run(n), 'diseasePain', start + 0.01, (x) => x < 0.5) - start;
  const a = last('grace-2016-injury-alone', 0);
  console.log(
    '#6 alone',
    a.toFixed(1),
    'second hit ratio',
    (last('grace-2016-second-hit', 0) / a).toFixed(2),
    'before ratio',
    (last('grace-2016-before-injury', 12) / a).toFixed(2),
  );
}
{
  const r = run('chu-2012-moderate-dose');
  console.log(
    '#7 chu fold',
    at(r, 'toleranceFold', 30).toFixed(2),
    'min thr',
    extreme(r, 'thresholdRelative', 0, 30, 'min').value.toFixed(3),
  );
  console.log(
    '#7 wk26',
    [60, 120, 240]
      .map((d) => at(run(`chronic-${d}-mme-26-weeks`), 'thresholdRelative', 182).toFixed(3))
      .join(' '),
    'cpt52',
    at(run('chronic-300-mme-52-weeks'), 'coldPressorRelative', 364).toFixed(3),
  );
}
{
  const a = (n: string, t: number) => at(run(n), 'painAreaFraction', t);
  console.log(
    '#8 remi area ratio',
    (a('koppert-remifentanil-volunteer', 2 / 24) / a('koppert-remifentanil-volunteer', 0)).toFixed(3),
    'sket',
    (a('koppert-remifentanil-s-ketamine', 2 / 24) / a('koppert-remifentanil-s-ketamine', 0)).toFixed(3),
    'thr',
    at(run('koppert-remifentanil-volunteer'), 'thresholdRelative', 2 / 24).toFixed(3),
    'fent ratio',
    (a('fentanyl-volunteer-10', 5.5 / 24) / a('fentanyl-volunteer-1', 5.5 / 24)).toFixed(3),
    'cpt10',
    at(run('fentanyl-volunteer-10'), 'coldPressorRelative', 5.5 / 24).toFixed(3),
  );
}
{
  const r = run('pud-2006-abstinence');
  const c0 = at(r, 'coldPressorRelative', 364);
  console.log(
    '#9 cpt0',
    c0.toFixed(3),
    'R28',
    ((at(r, 'coldPressorRelative', 392) - c0) / (1 - c0)).toFixed(3),
    'cpt150',
    at(r, 'coldPressorRelative', 514).toFixed(3),
  );
}
{
  const d = run('darnall-2018-taper');
  const p0 = at(d, 'painScore', 364);
  console.log(
    '#10 darnall p0',
    p0.toFixed(2),
    'max rise',
    (extreme(d, 'painScore', 364, 504, 'max').value - p0).toFixed(2),
  );
  const m = run('oih-maintained');
  for (const [n, stop] of [
    ['taper-10-per-week', 84 + 21 * 7],
    ['taper-20-per-week', 84 + 11 * 7],
  ] as const) {
    const r = run(n);
    const s = firstDay(r, 'doseMmePerDay', 84, (x) => x === 0);
    console.log(
      '#10',
      n,
      'stop',
      s,
      'pain',
      mean(r, 'painScore', s + 55, s + 56).toFixed(2),
      'vs',
      mean(m, 'painScore', s + 55, s + 56).toFixed(2),
      stop,
    );
  }
  const a = run('abrupt-stop');
  const pk = extreme(a, 'withdrawal', 84, 84 + 10, 'max');
  console.log(
    '#10 abrupt peak',
    pk.value.toFixed(3),
    '@',
    (pk.day - 84).toFixed(2),
    'below0.1',
    (firstDay(a, 'withdrawal', pk.day, (x) => x < 0.1) - 84).toFixed(2),
    'pain150',
    mean(a, 'painScore', 233, 234).toFixed(2),
    'vs',
    mean(m, 'painScore', 233, 234).toFixed(2),
  );
}
{
  const r = run('escalation-trap');
  const p = (d: number) => mean(r, 'painScore', d, d + 1);
  console.log(
    '#11 pain before',
    p(83).toFixed(2),
    'after',
    p(84).toFixed(2),
    'd14',
    p(97).toFixed(2),
    'd28',
    p(111).toFixed(2),
    'area',
    mean(r, 'painAreaFraction', 83, 84).toFixed(3),
    mean(r, 'painAreaFraction', 111, 112).toFixed(3),
    'allo28',
    mean(r, 'allodynia', 111, 112).toFixed(2),
    'S',
    at(r, 'sensitization', 83).toFixed(2),
    at(r, 'sensitization', 111).toFixed(2),
    'E',
    mean(r, 'analgesia', 83, 84).toFixed(2),
    mean(r, 'analgesia', 111, 112).toFixed(2),
  );
  const t = run('tolerance-only');
  const q = (d: number) => mean(t, 'painScore', d, d + 1);
  console.log(
    '#11 tol before',
    q(83).toFixed(2),
    'd3',
    q(86).toFixed(2),
    'd28',
    q(111).toFixed(2),
    'keep',
    ((q(83) - q(111)) / (q(83) - q(86))).toFixed(2),
    'darea',
    (mean(t, 'painAreaFraction', 111, 112) - mean(t, 'painAreaFraction', 83, 84)).toFixed(3),
    'allo max',
    extreme(t, 'allodynia', 0, 112, 'max').value.toFixed(3),
  );
}
{
  const m = run('oih-maintained');
  const p = (n: string) => mean(run(n), 'painScore', 111, 112);
  const base = p('oih-maintained');
  console.log(
    '#13 base',
    base.toFixed(2),
    'meth',
    (base - p('rotate-methadone')).toFixed(2),
    'bup',
    (base - p('rotate-buprenorphine')).toFixed(2),
    'ket',
    (base - p('ketamine-rescue')).toFixed(2),
    'tol rot',
    (p('tolerance-only-rotate-methadone') - p('tolerance-only-maintained')).toFixed(3),
    m.tDays.length,
  );
}
{
  const full = run('oih-escalation');
  const S = at(full, 'sensitization', 112);
  const w = { nmda: 0.5, rvm: 0.2, glia: 0.2, dynorphin: 0.25, hcn2: 0.08 };
  console.log(
    '#14',
    Object.entries(w)
      .map(
        ([k, wk]) =>
          `${k}: drop ${(S - at(run(`knockout-${k}`), 'sensitization', 112)).toFixed(3)} vs ${(wk * at(full, k as 'nmda', 112)).toFixed(3)}`,
      )
      .join('; '),
  );
  console.log(
    '#14 allKO min thr',
    extreme(run('oih-escalation-all-knockouts'), 'thresholdRelative', 0, 182, 'min').value.toFixed(4),
    'fold120',
    at(run('tolerance-only-120'), 'toleranceFold', 28).toFixed(2),
  );
  const s = [0, 1, 2].map((k) =>
    run(k === 1 ? 'chronic-600-mme-26-weeks' : `chronic-600-mme-26-weeks-s${k}`),
  );
  console.log(
    '#14 600 s0 min',
    extreme(s[0]!, 'thresholdRelative', 0, 182, 'min').value.toFixed(3),
    's1 first',
    firstDay(s[1]!, 'thresholdRelative', 0, (x) => x < 0.95).toFixed(2),
    's2 first',
    firstDay(s[2]!, 'thresholdRelative', 0, (x) => x < 0.95).toFixed(2),
    'nadir',
    extreme(s[1]!, 'thresholdRelative', 0, 182, 'min').value.toFixed(3),
    extreme(s[2]!, 'thresholdRelative', 0, 182, 'min').value.toFixed(3),
  );
}
console.log('elapsed', Date.now() - t0, 'ms');
{
  const dr = doseResponseOf('oih-state', 84, true);
  const m = dr.maintained.scenario;
  const tw = dr.maintained.toleranceOnly;
  let iMin = 0;
  m.forEach((v, i) => {
    if (v < (m[iMin] ?? Infinity)) iMin = i;
  });
  console.log(
    '#12 doses',
    dr.doses
      .filter((_, i) => i % 5 === 0)
      .map((d) => d.toFixed(0))
      .join(' '),
  );
  console.log(
    '#12 pain ',
    m
      .filter((_, i) => i % 5 === 0)
      .map((d) => d.toFixed(2))
      .join(' '),
    'min@',
    dr.doses[iMin]?.toFixed(0),
    m[iMin]?.toFixed(2),
  );
  console.log(
    '#12 twin ',
    tw
      .filter((_, i) => i % 5 === 0)
      .map((d) => d.toFixed(2))
      .join(' '),
    'monotone',
    tw.every((v, i) => i === 0 || v <= (tw[i - 1] ?? Infinity)),
  );
}
