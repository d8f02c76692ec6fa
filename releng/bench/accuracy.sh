#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Issue 14, item 6: accuracy of Myrmex's own top-down training, measured on held-out frames spread over the video.
# Usage: releng/bench/accuracy.sh clip|sample [OUT_DIR] [FIXTURES_DIR]
#   clip:   tracks/clip.slp (1500 frames, 2 flies, 13 nodes); frames with frame_idx // 30 % 5 == 4 held out (300)
#   sample: Myrmex's synthetic sample project (300 frames, 3 ants, 18 nodes; made with ./myrmex sample); same rule (60)
# The configurations in releng/bench/accuracy/ name the split by labelled-frame index (split_by_inds): training,
# validation (one frame per 30-frame training block, for the learning-rate schedule) and test_inds (the held-out
# frames, written by the trainer as labels_gt.test.slp). Each model trains on the CPU; then the pair predicts the
# held-out frames and myrmex eval compares them with the labels. Prints the wall time of each step.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${1:?clip or sample}"
out="$(readlink -f "${2:-/tmp/myrmex-accuracy-$data}")"
fixtures="$(readlink -f "${3:-$root/../shared/fixtures}")"
configs="$root/releng/bench/accuracy"
myrmex="$root/myrmex"
mkdir -p "$out"
case "$data" in
  clip) cp "$fixtures/sleap/tracks/clip.slp" "$fixtures/sleap/tracks/clip.mp4" "$out/"; labels="$out/clip.slp" ;;
  sample) [ -f "$out/project/sample-ants.slp" ] || "$myrmex" sample "$out/project"; labels="$out/project/sample-ants.slp" ;;
  *) echo "accuracy.sh: clip or sample, not '$data'" >&2; exit 2 ;;
esac
step() { local s; s=$(date +%s); "$@"; echo "  ($(( $(date +%s) - s )) s)"; }
echo "== $data: training the centroid model"
step "$myrmex" train "$configs/$data.centroid.json" "$labels" --run-dir "$out/centroid" --cpu --no-eval
echo "== $data: training the centred-instance model (evaluated at the ground-truth centroids: metrics.test.json)"
step "$myrmex" train "$configs/$data.centered_instance.json" "$labels" --run-dir "$out/centered_instance" --cpu
echo "== $data: the pair predicts the held-out frames"
step "$myrmex" track "$out/centered_instance/labels_gt.test.slp" -m "$out/centroid" -m "$out/centered_instance" \
  --only-labeled-frames -o "$out/held_out.predictions.slp" --cpu
echo "== $data: evaluation of the pair on the held-out frames"
"$myrmex" eval "$out/centered_instance/labels_gt.test.slp" "$out/held_out.predictions.slp" --json "$out/held_out.metrics.json"
