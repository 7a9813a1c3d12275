#!/usr/bin/env bash
# bench-startup.sh: how heavy influx-check is to start, for docs/BENCHMARKS.md.
#   - wall time of `java -jar app/target/influx-check.jar --help` (JVM start, Guice and picocli, the help text, exit),
#     with hyperfine when installed (apt-get install -y hyperfine), else a bounded bash loop;
#   - the shaded jar's size; the peak resident set of one --help run (GNU time, when installed).
# Usage: scripts/bench-startup.sh [RUNS] [WARMUP]   (defaults 20 and 3). Builds the jar first when stale.
set -euo pipefail

runs="${1:-20}"
warmup="${2:-3}"
if ! [[ "$runs" =~ ^[1-9][0-9]{0,3}$ && "$warmup" =~ ^[0-9]{1,3}$ ]]; then
  echo "usage: $0 [RUNS 1-9999] [WARMUP 0-999]" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/app/target/influx-check.jar"
"$root/influx-check" --version >/dev/null  # builds the jar when it is missing or older than the sources

echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
echo "jar: $jar, $(stat -c %s "$jar") bytes ($(du -h "$jar" | cut -f1))"

if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M true >/dev/null 2>&1; then
  rss_file="$(mktemp)"
  /usr/bin/time -o "$rss_file" -f %M java -jar "$jar" --help >/dev/null 2>&1
  echo "peak resident set of one --help run: $(( $(tail -n 1 "$rss_file") / 1024 )) MB"
  rm -f "$rss_file"
fi

if command -v hyperfine >/dev/null 2>&1; then
  echo "wall time of --help (hyperfine, $warmup warmup + $runs runs):"
  hyperfine --style basic --warmup "$warmup" --runs "$runs" --command-name "influx-check --help" "java -jar '$jar' --help"
  exit 0
fi

echo "wall time of --help (hyperfine not installed: bash loop, $warmup warmup + $runs runs):"
for ((i = 0; i < warmup; i++)); do java -jar "$jar" --help >/dev/null; done
samples=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  java -jar "$jar" --help >/dev/null
  samples+=($(( ($(date +%s%N) - start) / 1000000 )))
done
printf '%s\n' "${samples[@]}" | sort -n | awk '{ v[NR] = $1; sum += $1 }
  END { printf "  min %d ms, median %d ms, mean %.0f ms, max %d ms (n=%d)\n", v[1], v[int((NR + 1) / 2)], sum / NR, v[NR], NR }'
