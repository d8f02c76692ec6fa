#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Whole-process times of `myrmex --help` and `myrmex inspect LABELS` (issue 17 item 5), each way of starting measured
# in this run: Equinox (the launcher jar and the application org.myrmex.cli.app, as ./myrmex did before), a plain
# class path, + a class-data-sharing archive, + C1 only, ./myrmex itself (which does all three), and beside them a
# cold Python process reading the same file with h5py (sleap-io cannot be installed here: no PyPI).
# Usage: releng/bench/cli-start.sh [LABELS.slp] [RUNS]   (default ../shared/fixtures/sleap/tracks/clip.slp, 9 runs;
#        median and ratio to the Equinox start; the product is built first when missing)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
labels="$(readlink -f "${1:-$root/../shared/fixtures/sleap/tracks/clip.slp}")"
runs="${2:-9}"
plugins="$root/releng/org.myrmex.product/target/products/org.myrmex.product/linux/gtk/x86_64/myrmex/plugins"
[ -f "$labels" ] || { echo "cli-start.sh: $labels: no such file" >&2; exit 2; }
"$root/myrmex" --help >/dev/null # builds the product when missing
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

source "$root/releng/cli-classpath.sh"
cli_classpath "$plugins"
vm=(java --add-opens java.base/java.lang=ALL-UNNAMED -Dorg.bytedeco.javacpp.cachedir="$HOME/.cache/myrmex/javacpp"
  -Djava.awt.headless=true)
launcher=("$plugins"/org.eclipse.equinox.launcher_*.jar)
equinox=("${vm[@]}" -jar "${launcher[0]}" -configuration "$work/configuration" -data "$work/workspace"
  -application org.myrmex.cli.app -nosplash)
plain=("${vm[@]}" -cp "$classpath")
cds=("${plain[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off)
python=(/usr/bin/python3 -c '
import h5py, json, sys
with h5py.File(sys.argv[1], "r") as f:
    metadata = json.loads(f["metadata"].attrs["json"])
    videos = [json.loads(v) for v in f["videos_json"][:]]
    frames, instances, points = f["frames"][:], f["instances"][:], f["points"][:]
    print(len(metadata["nodes"]), len(videos), len(frames), len(instances), len(points))
' "$labels")

# one run each first: Equinox's configuration, the archives
"${equinox[@]}" --help >/dev/null 2>&1
for command in help inspect; do
  args=(--help); [ $command = inspect ] && args=(inspect "$labels")
  "${cds[@]}" -XX:ArchiveClassesAtExit="$work/$command.jsa" org.myrmex.cli.Main "${args[@]}" >/dev/null 2>&1
done
"$root/myrmex" inspect "$labels" >/dev/null 2>&1

median() { # runs a command $runs times, prints the median whole-process seconds
  : > "$work/times"
  for _ in $(seq "$runs"); do /usr/bin/time -a -o "$work/times" -f %e "$@" >/dev/null 2>&1; done
  sort -n "$work/times" | sed -n "$(( (runs + 1) / 2 ))p"
}
row() { printf "| %-52s | %6s s | %5.2f |\n" "$1" "$2" "$(echo "scale=4; $2 / $3" | bc)"; }

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); median of $runs whole-process runs; labels $labels"
for command in help inspect; do
  args=(--help); [ $command = inspect ] && args=(inspect "$labels")
  echo; echo "myrmex ${args[*]}"
  echo "| start | median | / Equinox |"; echo "|---|---:|---:|"
  base=$(median "${equinox[@]}" "${args[@]}")
  row "Equinox (launcher jar, org.myrmex.cli.app)" "$base" "$base"
  row "plain class path (org.myrmex.cli.Main)" "$(median "${plain[@]}" org.myrmex.cli.Main "${args[@]}")" "$base"
  row "plain class path + CDS archive" \
    "$(median "${cds[@]}" -XX:SharedArchiveFile="$work/$command.jsa" org.myrmex.cli.Main "${args[@]}")" "$base"
  row "plain class path + CDS archive + C1 only" "$(median "${cds[@]}" -XX:SharedArchiveFile="$work/$command.jsa" \
    -XX:TieredStopAtLevel=1 org.myrmex.cli.Main "${args[@]}")" "$base"
  row "./myrmex (the launcher script: all of the above)" "$(median "$root/myrmex" "${args[@]}")" "$base"
  if [ $command = inspect ]; then
    if /usr/bin/python3 -c "import h5py" 2>/dev/null; then
      row "cold python3 + h5py reading the same tables" "$(median "${python[@]}")" "$base"
    else
      echo "(python3-h5py missing: releng/install-deps.sh --test installs it)"
    fi
  fi
done
