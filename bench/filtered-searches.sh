#!/usr/bin/env bash
# Filtered text searches against a running portal on the generated million, drawn as the harness's
# BenchData.filters() draws them (a kind in 60 %, a forum in 50 %, a CPV code in 30 %, a window of
# 1-12 months in 50 %; a common or a rare word at even odds), sent by CLIENTS clients at once.
# Prints p50 / p95 / p99 in seconds, then p50, p95 and mean per group of word and filters (C: a common word, r: a rare
# one) in ms, and the responses that were not 200; the seed is fixed, so two jars on the same data get
# the same 600 searches. Run it twice, or 10 s apart, when the portal's search cache (10 s) must be cold.
# usage: bench/filtered-searches.sh [DATA_DIR (/tmp/buyzet-bench)] [BASE_URL (http://localhost:18090)] [CLIENTS (8)]
set -euo pipefail
dir=${1:-/tmp/buyzet-bench} base=${2:-http://localhost:18090} clients=${3:-8}
python3 - "$dir" "$base" > "$dir/filtered-searches.txt" <<'PY'
import datetime, random, sys, urllib.parse
d, base = sys.argv[1], sys.argv[2]
props = dict(l.strip().split('=', 1) for l in open(d + '/dataset.properties') if '=' in l and not l.startswith('#'))
forums, cpv = props['forums'].split(','), props['cpv.popular'].split(',')
first = datetime.date.fromisoformat(props['firstDay'].replace('\\:', ':')[:10])
total = int(props['submissions'])
common, rare = [], []
for line in open(d + '/terms.tsv'):
    f = line.rstrip('\n').split('\t')
    if f[0] == 'language':
        continue
    n = int(f[2]) * 1_000_000 / total
    if n >= 150_000:
        common.append(f[1])
    elif 100 <= n <= 1000:
        rare.append(f[1])
random.seed(7)
for _ in range(600):
    q = []
    if random.random() < 0.6: q.append('kind=' + random.choice(['NEED', 'SOLUTION', 'PROPOSAL']))
    if random.random() < 0.5: q.append('forum=' + random.choice(forums))
    if random.random() < 0.3: q.append('cpv=' + random.choice(cpv))
    if random.random() < 0.5 or not q:
        start = first + datetime.timedelta(days=random.randrange(4 * 365 - 30))
        end = (start.replace(day=1) + datetime.timedelta(days=31 * (1 + random.randrange(12)))).replace(day=min(start.day, 28))
        q.append('from=%s&to=%s' % (start, end))
    word = random.choice(common if random.random() < 0.5 else rare)
    print(base + '/api/v1/submissions?q=' + urllib.parse.quote(word) + '&' + '&'.join(q))
PY
xargs -P "$clients" -n 1 curl -s -o /dev/null -w "%{http_code} %{time_total} %{url_effective}\n" \
  < "$dir/filtered-searches.txt" > "$dir/filtered-searches-times.txt"
awk '{print $2}' "$dir/filtered-searches-times.txt" | sort -n \
  | awk '{a[NR]=$1} END {printf "p50 %s s, p95 %s s, p99 %s s\n", a[int(NR*0.5)], a[int(NR*0.95)], a[int(NR*0.99)]}'
python3 - "$dir" <<'PY'
import collections, sys, urllib.parse
d = sys.argv[1]
total = int(dict(l.strip().split('=', 1) for l in open(d + '/dataset.properties') if '=' in l and not l.startswith('#'))['submissions'])
common = {f[1] for f in (l.rstrip('\n').split('\t') for l in open(d + '/terms.tsv'))
          if f[0] != 'language' and int(f[2]) * 1_000_000 / total >= 150_000}
groups = collections.defaultdict(list)
for line in open(d + '/filtered-searches-times.txt'):
    code, seconds, url = line.split()
    q = dict(kv.split('=', 1) for kv in url.split('?', 1)[1].split('&'))
    word = 'C' if urllib.parse.unquote(q['q']) in common else 'r'
    groups[word + ':' + ','.join(k for k in ('kind', 'forum', 'cpv', 'from') if k in q)].append(float(seconds) * 1000)
for group, ms in sorted(groups.items()):
    ms.sort()
    print('%-24s n=%3d p50 %5.0f ms  p95 %5.0f ms  mean %5.1f ms' % (group, len(ms), ms[len(ms) // 2],
          ms[min(len(ms) - 1, int(len(ms) * 0.95))], sum(ms) / len(ms)))
PY
awk '$1 != 200' "$dir/filtered-searches-times.txt"
