"""Turns the measurements of bench/run (a work directory of JSON files) into bench/results/<name>.json and .md and
puts the table into each given Markdown file that has this size and database's markers (<!-- bench:SIZE-DB:begin -->
and <!-- bench:SIZE-DB:end -->): README.md, bench/README.md, docs/bench.md. Goals come from issue #20 item 5 (the
import and progress goals from #8 and #13)."""
import glob, json, os, platform, re, subprocess, sys

out, size, db, startup_ms, target, *readmes = sys.argv[1:]


def read(name):
    p = os.path.join(out, name)
    return json.load(open(p)) if os.path.exists(p) else None


def heap_growth_mb(name):
    """Peak used heap during the render minus the first sample (after a full GC), from jstat -gc (KB)."""
    p = os.path.join(out, 'jstat-%s.txt' % name)
    if not os.path.exists(p):
        return None
    used = []
    header = None
    for line in open(p):
        f = line.split()
        if not f:
            continue
        if f[0] == 'S0C':
            header = f
            continue
        if header and len(f) == len(header):
            v = dict(zip(header, f))
            used.append(sum(float(v[k]) for k in ('S0U', 'S1U', 'EU', 'OU')) / 1024)
    return round(max(used) - used[0], 1) if used else None


def live_growth_mb(name):
    """Used heap right after full GCs during the render (bench/run's named_list_live) minus the one before it."""
    p = os.path.join(out, 'live-%s.txt' % name)
    if not os.path.exists(p):
        return None
    used = [float(x) for x in open(p).read().split()]
    return round(max(used) - used[0], 1) if len(used) > 1 else None


def machine():
    cpu = ''
    for line in open('/proc/cpuinfo'):
        if line.startswith('model name'):
            cpu = line.split(':', 1)[1].strip()
            break
    mem = 0
    for line in open('/proc/meminfo'):
        if line.startswith('MemTotal'):
            mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    java = subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]
    load = open('/proc/loadavg').read().split()[0]
    return {'nproc': os.cpu_count(), 'cpu': cpu, 'ram_gb': mem, 'java': java, 'os': platform.platform(),
            'load_average_1min_at_end': float(load)}


load1, load8, floor = read('load1.json'), read('load8.json'), read('floor.json')
progress1 = read('progress1.json')
progress_pdf1, floor_progress = read('progress-pdf1.json'), read('floor-progress.json')


def in_process(f):
    """The in-process floor's p50: query + fill + export of each run (older servers: the sum of the steps' p50s)."""
    return f['inProcess']['p50'] if 'inProcess' in f else round(f['query']['p50'] + f['floor']['p50'], 2)

aggs = {os.path.basename(p)[4:-5]: json.load(open(p)) for p in sorted(glob.glob(os.path.join(out, 'agg-*.json')))}
lists = {n: read(n + '.json') for n in ('list-year', 'list-long')}
for n, v in lists.items():
    if v:
        v['peak_used_growth_mb'] = heap_growth_mb(n)
        v['heap_growth_mb'] = live_growth_mb(n)
        v['pages_per_s'] = round(v['pages'] / (v['ms'] / 1000), 1) if v['ms'] else None
agg_sum = round(sum(a['query']['p50'] for a in aggs.values()), 1)
ratio = round(load1['p50_ms'] / in_process(floor), 2) if floor and in_process(floor) else None
progress_ratio = (round(progress_pdf1['p50_ms'] / in_process(floor_progress), 2)
                  if progress_pdf1 and floor_progress and in_process(floor_progress) else None)

result = {'date': os.path.basename(target)[:10], 'size': size, 'db': db, 'machine': machine(),
          'startup_to_first_report_ms': int(startup_ms), 'admission_results_LC_1_client': load1,
          'admission_results_LC_8_clients': load8, 'progress_LC_H1_1_client': progress1, 'floor_in_server': floor,
          'aggregation_by_province': aggs, 'aggregation_all_provinces_ms': agg_sum,
          'named_lists': lists, 'end_to_end_over_in_process_p50': ratio,
          'progress_pdf_LC_H1_1_client': progress_pdf1, 'progress_pdf_floor_in_server': floor_progress,
          'progress_pdf_end_to_end_over_in_process_p50': progress_ratio,
          'import_admissions': read('import.json')}


def verdict(ok, applies=True):
    if not applies:
        return 'n/a at this size'
    return 'n/a (not measured)' if ok is None else ('met' if ok else '**MISSED**')


rows = []
p95 = load1['p95_ms']
rows.append(('warm p95, LC admission-results PDF 2024, 1 client (province size)', '≤ 60 ms', '%.1f ms' % p95,
             verdict(p95 <= 60, size == 'province')))


def steps(f):
    return 'query %.1f + fill %.1f + export %.1f' % (f['query']['p50'], f['fill']['p50'], f['export']['p50'])


rows.append(('LC admission-results: end-to-end ÷ in-process floor (p50, 1 client ÷ query+fill+export in the server)',
             '≤ 2,0', '%.1f ms ÷ %.1f ms (%s) = %s' % (load1['p50_ms'], in_process(floor), steps(floor), ratio),
             verdict(ratio <= 2.0, size == 'province')))
rows.append(('throughput at 8 clients, no errors', '≥ 40/s, 0 errors',
             '%.1f/s, %d errors (%d × 503)' % (load8['throughput_per_s'], load8['errors'], load8['busy503']),
             verdict(load8['throughput_per_s'] >= 40 and load8['errors'] == 0, size == 'province')))
rows.append(('p50 / p95 at 8 clients', '—', '%.1f / %.1f ms' % (load8['p50_ms'], load8['p95_ms']), '—'))
if progress_pdf1 and floor_progress:
    rows.append(('LC admission-progress PDF (H1 2024): end-to-end ÷ in-process floor (p50, 1 client)', '≤ 2,0',
                 '%.1f ms ÷ %.1f ms (%s) = %s; p95 %.1f ms' % (progress_pdf1['p50_ms'], in_process(floor_progress),
                                                           steps(floor_progress), progress_ratio, progress_pdf1['p95_ms']),
                 verdict(progress_ratio <= 2.0, size == 'province')))
else:
    rows.append(('LC admission-progress PDF: end-to-end ÷ in-process floor', '≤ 2,0', 'not measured (an older run)',
                 'n/a (not measured)'))
if progress1:
    rows.append(('warm p95, LC progress H1 (JSON, lineage baselines, units to follow), 1 client', '≤ 300 ms',
                 '%.1f ms (p50 %.1f ms)' % (progress1['p95_ms'], progress1['p50_ms']), verdict(progress1['p95_ms'] <= 300, size == 'province')))
else:
    rows.append(('warm p95, LC progress H1, 1 client', '≤ 300 ms', 'not measured (an older run)', 'n/a (not measured)'))
lon = lists['list-long']
if lon:
    rows.append(('long named list (%d pages): pages/s' % lon['pages'], '≥ 100 pages/s (5.000 pages)',
                 '%s pages/s (%d ms)' % (lon['pages_per_s'], lon['ms']), verdict(lon['pages_per_s'] >= 100)))
    rows.append(('long named list: live heap growth (used after full GCs every 2 s during the render − before it)',
                 '≤ 256 MB', '%s MB' % lon['heap_growth_mb'],
                 verdict(lon['heap_growth_mb'] is not None and lon['heap_growth_mb'] <= 256)))
    rows.append(('long named list: peak used heap growth, garbage included (jstat every 200 ms, -Xmx %s)' % os.environ.get('PTDV_BENCH_XMX', '1g'),
                 '—', '%s MB' % lon['peak_used_growth_mb'], '—'))
else:
    rows.append(('long named list: pages/s and heap growth', '≥ 100 pages/s, ≤ 256 MB', 'not measured: no admission-list report in this build, or the run was stopped before the render ended', '**MISSED**'))
yr = lists['list-year']
if yr:
    rows.append(('named list, one year of LC (%d pages)' % yr['pages'], '—',
                 '%d ms, live heap growth %s MB (peak used, garbage included: %s MB)' % (yr['ms'], yr['heap_growth_mb'], yr['peak_used_growth_mb']), '—'))
rows.append(('national aggregation: the report queries of every province (%d), p50 sum' % len(aggs), '≤ 100 ms (national)',
             '%.1f ms' % agg_sum, verdict(agg_sum <= 100, size == 'national')))
rows.append(('aggregation queries alone, LC, p50 / p95', '—',
             '%.1f / %.1f ms' % (aggs['LC']['query']['p50'], aggs['LC']['query']['p95']), '—'))
imp = read('import.json')
if imp:
    best_dry = min(imp['dryRunMs'])
    rows.append(('import of %s admissions (CSV): dry run, warm' % format(imp['rows'], ',').replace(',', '.'), '≤ 2 s',
                 '%.2f s (first: %.2f s)' % (best_dry / 1000, imp['dryRunMs'][0] / 1000), verdict(best_dry <= 2000)))
    rows.append(('import of %s admissions (CSV): commit' % format(imp['rows'], ',').replace(',', '.'), '≤ 3 s',
                 '%.2f s' % (imp['commitMs'] / 1000), verdict(imp['commitMs'] <= 3000)))
rows.append(('start-up to the first report', '—', '%.1f s' % (int(startup_ms) / 1000), '—'))

m = result['machine']
md = ['### Bench %s — size `%s`, %s' % (result['date'], size, db), '',
      'Machine: %d cores (%s), %s GB RAM, %s; 1-min load average at the end %.1f%s.' % (
          m['nproc'], m['cpu'], m['ram_gb'], m['java'], m['load_average_1min_at_end'],
          ' (other work on the machine: noisy numbers)' if m['load_average_1min_at_end'] > m['nproc'] * 1.5 else ''), '',
      '| Goal | Target | Measured | Met? |', '|---|---|---|---|']
md += ['| %s | %s | %s | %s |' % r for r in rows]
md += ['', 'Raw numbers: `bench/results/%s.json`.' % os.path.basename(target)]
table = '\n'.join(md) + '\n'
json.dump(result, open(target + '.json', 'w'), indent=2, ensure_ascii=False)
open(target + '.md', 'w').write(table)
# Each file keeps the latest table of the sizes and databases whose markers it has
# (<!-- bench:province-derby:begin --> ... <!-- bench:province-derby:end -->); a file without them is left alone.
begin, end = '<!-- bench:%s-%s:begin -->' % (size, db), '<!-- bench:%s-%s:end -->' % (size, db)
for readme in readmes:
    text = open(readme).read()
    if begin in text:
        text = re.sub(re.escape(begin) + '.*?' + re.escape(end), lambda _: begin + '\n' + table + end, text, flags=re.S)
        open(readme, 'w').write(text)
