#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Issue 16, item 4: learning curves of active learning against random and image-feature (k-means) picks.
# Usage: releng/bench/learning-curve.sh [--clip] [OUT_DIR] [SEEDS] [BUDGETS] [METHODS]
#   default OUT_DIR /tmp/myrmex-learning-curve, SEEDS "0 1 2", BUDGETS "3 6 11 16" (nested: each round adds
#   frames; 11 is 69 % of 16, the goal's mark), METHODS "random active_learning image_features" (active
#   learning needs random's first round)
#        releng/bench/learning-curve.sh phases OUT_DIR FRAME   each finished round's held-out metrics split at a
#   frame index (on tracks/clip.slp, 1000: the flies sit still before, walk after; see PhaseMetrics)
#        releng/bench/learning-curve.sh probe [OUT_DIR]   how well each uncertainty term of active learning tracks the
#   real error of every finished active-learning round's models (Spearman over the pool frames; see UncertaintyProbe)
# --clip: the fixtures' tracks/clip.slp (1500 frames of 1024² grey video, two flies, every frame labelled; 300 held
# out, a pool of 1200) with the configurations learning-curve/clip.*, instead of the sample.
# Data: Myrmex's synthetic sample project (./myrmex sample: 300 frames, 3 ants, 18 nodes, exact ground truth). The
# held-out frames (frame_idx // 30 % 5 == 4, 60 frames) are never picked nor shown to a method; the pool is the
# other 240. Each round a method picks its new frames from the pool frames it has not picked yet (active learning
# with the centroid and centred-instance models it trained on its own earlier picks; its first frames are random's),
# then a brief centred-instance model (configurations in releng/bench/learning-curve/) trains on all its picks and
# is evaluated at the ground-truth centroids of the held-out frames (metrics.test.json, OKS mAP). A finished round
# is skipped when the script runs again. At the end: the table (stdout, OUT_DIR/table.md) and
# OUT_DIR/learning-curve.png.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
probe=0
if [ "${1:-}" = probe ]; then probe=1; shift; fi
phases=""
if [ "${1:-}" = phases ]; then phases="${3:?phases OUT_DIR FRAME}"; set -- "$2"; fi
data=sample
if [ "${1:-}" = --clip ]; then data=clip; shift; fi
out="$(readlink -f "${1:-/tmp/myrmex-learning-curve}")"
seeds="${2:-0 1 2}"
budgets="${3:-3 6 11 16}"
methods="${4:-random active_learning image_features}"
templates="$root/releng/bench/learning-curve/$data."
myrmex="$root/myrmex"
plugins="$root/releng/org.myrmex.product/target/products/org.myrmex.product/linux/gtk/x86_64/myrmex/plugins"
ls "$plugins"/org.myrmex.analysis_*.jar >/dev/null 2>&1 || (cd "$root" && ./mvnw -B -q -ntp -o verify -DskipTests)
mkdir -p "$out"
if [ -n "$phases" ]; then
  labels=""  # the rounds' own evaluation files are read
elif [ $data = clip ]; then
  labels="$(readlink -f "${MYRMEX_FIXTURES:-$root/../shared/fixtures}")/sleap/tracks/clip.slp"
  [ -f "$labels" ] || { echo "missing $labels (set MYRMEX_FIXTURES to the fixtures folder)" >&2; exit 1; }
else
  labels="$out/project/sample-ants.slp"
  [ -f "$labels" ] || "$myrmex" sample "$out/project"
fi
# the bench classes, compiled once against the product's jars (as run.sh does)
classes="$out/classes"
rm -rf "$classes" && mkdir -p "$classes"
cp=$(ls "$plugins"/*.jar | grep -v -e 'org.eclipse.swt' -e 'org.eclipse.ui' -e 'org.eclipse.e4.ui' | tr '\n' ':')
javac --release 17 -nowarn -d "$classes" -cp "$cp" $(find "$root/releng/bench/src" -name '*.java' | grep -v '/ui/internal/editor/')
bench() {
  TF_CPP_MIN_LOG_LEVEL=2 java -Djava.awt.headless=true --add-opens java.base/java.lang=ALL-UNNAMED \
    -Dorg.bytedeco.javacpp.cachedir="$HOME/.cache/myrmex/javacpp" -cp "$classes:$cp" org.myrmex.bench.Main learning-curve "$@"
}
if [ -n "$phases" ]; then
  bench phases "$out" "$phases"
  exit 0
fi
if [ $probe -eq 1 ]; then
  for round in "$out"/active_learning/seed*/k*; do
    [ -d "$round/centroid/best_model" ] && bench probe "$labels" "$round"
  done
  exit 0
fi
step() { local s; s=$(date +%s); "$@"; echo "    ($(( $(date +%s) - s )) s)"; }
train() { # KIND RUN_DIR SEED [--no-eval]
  nice -n 10 "$myrmex" train "$2/$1.json" "$labels" --run-dir "$2/$1" --seed "$3" --cpu "${@:4}" \
    > "$2/$1.log" 2>&1 || { tail -5 "$2/$1.log"; return 1; }
  grep -h '^test:' "$2/$1.log" || true
}
start=$(date +%s)
for seed in $seeds; do
  for method in $methods; do
    previous=""
    round=0
    set -- $budgets
    for budget in "$@"; do
      dir="$out/$method/seed$seed/k$budget"
      if [ -f "$dir/centered_instance/metrics.test.json" ] && { [ "$method" != active_learning ] \
          || [ "$budget" = "${!#}" ] || [ -d "$dir/centroid/best_model" ]; }; then
        echo "== $method seed $seed: $budget frames done"
      else
        echo "== $method seed $seed: $budget frames ($(( ($(date +%s) - start) / 60 )) min)"
        have=0; [ -n "$previous" ] && have=$(wc -l < "$previous/picked.txt")
        if [ "$method" = active_learning ] && [ $round -eq 0 ]; then
          # no model yet: its first frames are random's, and so is their model
          mkdir -p "$dir"; cp -r "$out/random/seed$seed/k$budget/." "$dir/"
        else
          step bench pick "$method" "$seed" "$round" "$labels" $(( budget - have )) "$templates" "$dir" $previous
          echo "  training the centred-instance model"
          step train centered_instance "$dir" "$seed"
        fi
        if [ "$method" = active_learning ] && [ "$budget" != "${!#}" ]; then
          echo "  training the centroid model (for the next round's picks)"
          rm -rf "$dir/centroid"
          step train centroid "$dir" "$seed" --no-eval
        fi
      fi
      previous="$dir"
      round=$(( round + 1 ))
    done
  done
done
echo "== all rounds: $(( ($(date +%s) - start) / 60 )) min"
bench report "$out" "$out/learning-curve.png" "Learning curves ($data): held-out OKS mAP against labelled frames" | tee "$out/table.md"
