#!/usr/bin/env bash
# Whole-process measurement of the command line (issue 18): the tool as a user installs it, built at a base commit and
# at the working tree, on the same input, run alternately; outputs compared byte for byte; median wall times and ratios.
#
#   benchmarks/run-debit.sh [--base COMMIT] [--runs N] [--startup-runs N] [--dossiers N] [--essms N] [--graine N]
#                           [--work DIR] [-- EXTRA EVALUATE OPTIONS]
#
# --base          the commit to compare with (default: where this branch left main, git merge-base HEAD main)
# --runs          runs of the batch per build (default 5); --startup-runs: runs of a single evaluate (default 11)
# --dossiers, --essms, --graine: the campaign file (default 5 000 dossiers of 45 ESSMS on average, seed 18, about 69 MB)
# --work          where the sources, packages, tools, input and outputs go (default: a new folder under /tmp, kept)
# after --         options given to both builds' evaluate --ndjson (for instance --sans-arbre)
#
# Each build is "dotnet pack" of src/EsmsRules.Cli (Release) installed with "dotnet tool install --tool-path" from that
# package alone, and run through the installed command, as a user runs it. The campaign file is written by the working
# tree's benchmarks program (mode "lot"). Measure on a quiet machine: the script prints the load average before and
# after; the other figures of benchmarks/README.md say how they were taken.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
base=""
runs=5
startup_runs=11
dossiers=5000
essms=45
graine=18
work=""
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --startup-runs) startup_runs="$2"; shift 2 ;;
    --dossiers) dossiers="$2"; shift 2 ;;
    --essms) essms="$2"; shift 2 ;;
    --graine) graine="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "run-debit.sh: option inconnue « $1 »" >&2; exit 1 ;;
  esac
done

cd "$repo"
if [[ -z "$base" ]]; then
  base="$(git merge-base HEAD main)"
fi
base="$(git rev-parse --verify "$base^{commit}")"
work="${work:-$(mktemp -d /tmp/run-debit.XXXXXX)}"
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "base:         $base ($(git log -1 --format=%s "$base" | cut -c1-80))"
echo "working tree: $(git rev-parse HEAD)$(git diff --quiet HEAD && echo '' || echo ' + uncommitted changes')"
echo "work folder:  $work"
echo "machine:      $(nproc) cores, $(uname -m), $(dotnet --version) SDK"

# The two source trees: the base commit as archived, the working tree as it is (tracked and untracked, not ignored).
rm -rf "$work/base-src" "$work/new-src"
mkdir -p "$work/base-src" "$work/new-src"
git archive "$base" | tar -x -C "$work/base-src"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -x -C "$work/new-src"

install_tool() { # $1 = base|new
  local src="$work/$1-src" pkg="$work/$1-pkg" tool="$work/$1-tool"
  rm -rf "$pkg" "$tool"
  echo "building $1…"
  dotnet pack "$src/src/EsmsRules.Cli/EsmsRules.Cli.csproj" -c Release -o "$pkg" -v quiet -nologo > "$work/$1-pack.log" 2>&1 \
    || { cat "$work/$1-pack.log" >&2; exit 1; }
  cat > "$work/$1-nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="local" value="$pkg" /></packageSources></configuration>
EOF
  dotnet tool install EsmsRules.Cli --tool-path "$tool" --configfile "$work/$1-nuget.config" > "$work/$1-install.log" 2>&1 \
    || { cat "$work/$1-install.log" >&2; exit 1; }
  echo "  $1: $(cd "$tool/.store" && ls -d */*/*/*/tools/*/* | sed 's|.*/tools/||' | tr '\n' ' ')(installed: $(strings "$tool/esms-rules" | grep -o 'tools/[^/]*/[^/]*/esms-rules.dll' | head -1))"
}
install_tool base
install_tool new

echo "generating the campaign file…"
dotnet run -c Release --project "$work/new-src/benchmarks/EsmsRules.Benchmarks" -- lot --dossiers "$dossiers" --essms "$essms" --graine "$graine" > "$work/lot.ndjson"
echo "  $dossiers dossiers, $(stat -c %s "$work/lot.ndjson" | awk '{printf "%.1f MB", $1 / 1e6}')"
example="$work/new-src/tests/EsmsRules.Tests/Examples/01-acquisition-46-segur.json"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# run NAME LABEL ARGS…: one run of build NAME, its wall time in ms appended to $work/NAME-LABEL.times, its output kept.
run() {
  local name="$1" label="$2"; shift 2
  local start end code=0
  start=$EPOCHREALTIME
  "$work/$name-tool/esms-rules" "$@" > "$work/$name-$label.out" 2> "$work/$name-$label.err" || code=$?
  end=$EPOCHREALTIME
  echo "$code" > "$work/$name-$label.code"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", (e - s) * 1000 }' >> "$work/$name-$label.times"
}

same() { # LABEL: both builds wrote the same bytes and exit code
  cmp -s "$work/base-$1.out" "$work/new-$1.out" && cmp -s "$work/base-$1.err" "$work/new-$1.err" \
    && cmp -s "$work/base-$1.code" "$work/new-$1.code"
}

report() { # LABEL TITLE
  local b n
  b=$(median < "$work/base-$1.times")
  n=$(median < "$work/new-$1.times")
  printf '%-34s base %8.1f ms   new %8.1f ms   base/new %5.2f×   (%s)\n' "$2" "$b" "$n" "$(awk -v b="$b" -v n="$n" 'BEGIN { print b / n }')" \
    "$(same "$1" && echo 'same output' || echo 'OUTPUTS DIFFER')"
  echo "  base runs (ms): $(tr '\n' ' ' < "$work/base-$1.times")"
  echo "  new runs (ms):  $(tr '\n' ' ' < "$work/new-$1.times")"
}

rm -f "$work"/*.times
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# One warm-up each (page cache, tool store), not counted; then alternately.
run base warmup evaluate "$example"; run new warmup evaluate "$example"
for ((i = 0; i < startup_runs; i++)); do
  run base startup evaluate "$example"
  run new startup evaluate "$example"
done

for ((i = 0; i < runs; i++)); do
  run base batch evaluate --ndjson "$work/lot.ndjson" "${extra[@]}"
  run new batch evaluate --ndjson "$work/lot.ndjson" "${extra[@]}"
done

echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo
report startup "start-up: evaluate <example>"
report batch "batch: evaluate --ndjson ${extra[*]}"
echo "  output: $(stat -c %s "$work/new-batch.out" | awk '{printf "%.1f MB", $1 / 1e6}'), exit code $(cat "$work/new-batch.code")"
same startup && same batch
