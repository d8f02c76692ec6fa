#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The step after a track-array.sh job array: checks that every video of the list has its predictions, then merges
# them into one labels file with `myrmex merge` (written atomically; an existing MERGED.slp is replaced).
#   releng/slurm/merge.sh VIDEOS.txt OUT_DIR MERGED.slp
# MYRMEX names the myrmex launcher (default: myrmex on the PATH).
#SBATCH --job-name=myrmex-merge
set -euo pipefail
list="${1:?usage: merge.sh VIDEOS.txt OUT_DIR MERGED.slp}"
out="${2:?usage: merge.sh VIDEOS.txt OUT_DIR MERGED.slp}"
merged="${3:?usage: merge.sh VIDEOS.txt OUT_DIR MERGED.slp}"
myrmex="${MYRMEX:-myrmex}"
files=()
missing=()
task=0
while IFS= read -r video; do
  name="$(basename "$video")"
  file="$out/$(printf %04d "$task")_${name%.*}.predictions.slp"
  if [ -f "$file" ]; then files+=("$file"); else missing+=("$video (task $task)"); fi
  task=$((task + 1))
done < <(grep -v -e '^[[:space:]]*$' -e '^[[:space:]]*#' "$list")
if [ ${#missing[@]} -gt 0 ]; then
  echo "merge.sh: no predictions in $out for ${#missing[@]} of $task videos:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  echo "resubmit the array (finished videos are skipped), then merge again" >&2
  exit 1
fi
if [ ${#files[@]} -eq 1 ]; then
  cp "${files[0]}" "$merged.part" && mv -f "$merged.part" "$merged"
else
  "$myrmex" merge "$merged" "${files[@]}" --force
fi
echo "merged ${#files[@]} videos into $merged"
