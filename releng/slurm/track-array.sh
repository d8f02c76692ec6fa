#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# One task of a SLURM job array: `myrmex track` on video number SLURM_ARRAY_TASK_ID (0-based) of a list of videos
# (one path per line; blank lines and lines starting with # are skipped).
#
#   sbatch --array=0-$((N - 1)) --output=OUT_DIR/logs/track-%A_%a.log \
#          releng/slurm/track-array.sh VIDEOS.txt OUT_DIR -m MODEL_DIR [-m MODEL_DIR] [myrmex track options]
#
# (releng/slurm/submit.sh does this, and queues the merge step after it.) Task i writes
# OUT_DIR/NNNN_<video name>.predictions.slp, NNNN = i. Resumable: a task whose output exists does nothing, and
# myrmex writes its output atomically, so a task killed midway leaves no output and runs again when resubmitted.
# MYRMEX names the myrmex launcher (default: myrmex on the PATH).
#SBATCH --job-name=myrmex-track
set -euo pipefail
list="${1:?usage: track-array.sh VIDEOS.txt OUT_DIR -m MODEL_DIR [-m MODEL_DIR] [myrmex track options]}"
out="${2:?usage: track-array.sh VIDEOS.txt OUT_DIR -m MODEL_DIR [...]}"
shift 2
task="${SLURM_ARRAY_TASK_ID:?not a SLURM array task: SLURM_ARRAY_TASK_ID is not set}"
myrmex="${MYRMEX:-myrmex}"
[ -f "$list" ] || { echo "track-array.sh: $list: no such file" >&2; exit 2; }
video="$(grep -v -e '^[[:space:]]*$' -e '^[[:space:]]*#' "$list" | sed -n "$((task + 1))p")"
[ -n "$video" ] || { echo "track-array.sh: task $task: $list has no video number $((task + 1))" >&2; exit 2; }
name="$(basename "$video")"
target="$out/$(printf %04d "$task")_${name%.*}.predictions.slp"
if [ -f "$target" ]; then
  echo "task $task: $target exists, skipped"
  exit 0
fi
mkdir -p "$out"
echo "task $task on $(hostname), $(date -u +%FT%TZ): $video -> $target"
"$myrmex" track "$video" -o "$target" "$@"
echo "task $task done, $(date -u +%FT%TZ)"
