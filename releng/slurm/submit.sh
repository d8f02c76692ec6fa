#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Predicts (and tracks) a list of videos on a SLURM cluster: a job array of track-array.sh, one video per task,
# then merge.sh once every task has succeeded (sbatch --dependency=afterok).
#   releng/slurm/submit.sh VIDEOS.txt OUT_DIR MERGED.slp -m MODEL_DIR [-m MODEL_DIR] [myrmex track options]
# Logs: OUT_DIR/logs/track-<job>_<task>.log and merge-<job>.log. Resubmitting after failures reruns only the videos
# without predictions. Resources per task come from sbatch's environment variables, e.g. SBATCH_PARTITION=gpu
# SBATCH_GRES=gpu:1 SBATCH_TIMELIMIT=2:00:00 SBATCH_MEM_PER_NODE=16G; MYRMEX_MAX_TASKS caps the tasks running at
# once (default 100); MYRMEX the launcher (default: the ./myrmex of this checkout).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
list="$(readlink -f "${1:?usage: submit.sh VIDEOS.txt OUT_DIR MERGED.slp -m MODEL_DIR [...]}")"
out="$(readlink -f "${2:?usage: submit.sh VIDEOS.txt OUT_DIR MERGED.slp -m MODEL_DIR [...]}")"
merged="$(readlink -f "${3:?usage: submit.sh VIDEOS.txt OUT_DIR MERGED.slp -m MODEL_DIR [...]}")"
shift 3
export MYRMEX="${MYRMEX:-$(readlink -f "$here/../../myrmex")}"
count=$(grep -c -v -e '^[[:space:]]*$' -e '^[[:space:]]*#' "$list" || true)
[ "$count" -gt 0 ] || { echo "submit.sh: $list lists no videos" >&2; exit 2; }
mkdir -p "$out/logs"
array=$(sbatch --parsable --export=ALL --array="0-$((count - 1))%${MYRMEX_MAX_TASKS:-100}" \
  --output="$out/logs/track-%A_%a.log" "$here/track-array.sh" "$list" "$out" "$@")
array="${array%%;*}"
merge=$(sbatch --parsable --export=ALL --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --output="$out/logs/merge-%j.log" "$here/merge.sh" "$list" "$out" "$merged")
echo "job array $array: $count videos; merge job $merge -> $merged"
