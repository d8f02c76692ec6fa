#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Tests the cluster path against a real SLURM: starts munged, slurmctld and slurmd on this machine (one node, a
# configuration of its own in WORK_DIR, ports 16817/16818), submits releng/slurm/submit.sh for 3 videos (copies of
# sleap/videos/centered_pair_small.mp4, frames 0-19, SLEAP's minimal_instance top-down models with the simple
# tracker), waits for the array and the merge, checks the outputs, then deletes one video's predictions and
# resubmits: only that video runs again. Installs Debian's slurm-wlm and munge when missing (as root). Where SLURM
# cannot run here it says why and runs the same scripts with SLURM_ARRAY_TASK_ID set by hand.
# Usage: releng/slurm/test.sh [WORK_DIR] [FIXTURES_DIR]   (uses the built product's ./myrmex)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(readlink -f "${1:-/tmp/myrmex-slurm-test}")"
fixtures="$(readlink -f "${2:-$root/../shared/fixtures}")"
slurm="$root/releng/slurm"
export MYRMEX="$root/myrmex"
rm -rf "$work" && mkdir -p "$work"/{videos,out,state,spool,run}
for v in a b c; do cp "$fixtures/sleap/videos/centered_pair_small.mp4" "$work/videos/pair_$v.mp4"; done
printf '%s\n' "# three videos" "$work/videos/pair_a.mp4" "" "$work/videos/pair_b.mp4" "$work/videos/pair_c.mp4" > "$work/videos.txt"
models=(-m "$fixtures/sleap/models/minimal_instance.UNet.centroid" -m "$fixtures/sleap/models/minimal_instance.UNet.centered_instance")
track=("${models[@]}" --frames 0-19 -n 2 --cpu --tracker simple)

check_outputs() {
  for i in 0 1 2; do
    local name; name=$(printf '%04d' "$i")_pair_$(echo a b c | cut -d' ' -f$((i + 1))).predictions.slp
    [ -f "$work/out/$name" ] || { echo "FAILED: $name missing" >&2; exit 1; }
  done
  local inspect; inspect="$("$MYRMEX" inspect "$work/merged.slp")"
  [ "$(grep -c '\[MEDIA\]' <<< "$inspect")" = 3 ] || { echo "FAILED: merged.slp does not hold 3 videos:" >&2; echo "$inspect" >&2; exit 1; }
  grep -q "predicted instances: [1-9]" <<< "$inspect" || { echo "FAILED: no predictions in merged.slp" >&2; exit 1; }
}

why=""
if ! command -v slurmctld > /dev/null || ! command -v munged > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "== installing slurm-wlm and munge (Debian packages)"
    (apt-get install -y -q slurm-wlm munge > "$work/apt.log" 2>&1 \
      || (apt-get update -q > /dev/null 2>&1 && apt-get install -y -q slurm-wlm munge > "$work/apt.log" 2>&1)) \
      || why="slurm-wlm and munge could not be installed (see $work/apt.log)"
  else
    why="slurm-wlm and munge are not installed and this user cannot install them"
  fi
fi
if [ -z "$why" ] && [ "$(id -u)" != 0 ]; then
  why="starting slurmd needs root here (it runs the jobs as their users)"
fi

if [ -z "$why" ]; then
  host="$(hostname -s)"
  cat > "$work/slurm.conf" <<CONF
ClusterName=myrmextest
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=16817
SlurmdPort=16818
AuthType=auth/munge
AuthInfo=socket=$work/run/munge.socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/run/slurmctld.pid
SlurmdPidFile=$work/run/slurmd.pid
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=2000 State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$work/slurm.conf"
  stop() {
    scontrol shutdown > /dev/null 2>&1 || true
    sleep 1
    [ -f "$work/run/munged.pid" ] && kill "$(cat "$work/run/munged.pid")" 2> /dev/null || true
  }
  trap stop EXIT
  if ! munged --force --socket="$work/run/munge.socket" --pid-file="$work/run/munged.pid" \
      --log-file="$work/munged.log" --seed-file="$work/run/munge.seed" 2> "$work/munged.err"; then
    why="munged does not start: $(tr '\n' ' ' < "$work/munged.err")"
  elif ! slurmctld 2> "$work/slurmctld.err" || ! slurmd 2> "$work/slurmd.err"; then
    why="slurmctld or slurmd does not start: $(cat "$work"/slurm*.err | tr '\n' ' ')"
  else
    for _ in $(seq 30); do sinfo -h -o %t 2> /dev/null | grep -q idle && break; sleep 1; done
    sinfo -h -o %t | grep -q idle || why="the node does not come up: $(tail -3 "$work/slurmd.log" | tr '\n' ' ')"
  fi
fi

wait_for() { # job id
  for _ in $(seq 600); do
    local state; state=$(scontrol show job "$1" 2> /dev/null | grep -o 'JobState=[A-Z_]*' | sort -u | tr '\n' ' ')
    if [ -n "$state" ] && ! grep -q -e PENDING -e RUNNING -e CONFIGURING -e COMPLETING <<< "$state"; then
      echo "  job $1: $state"
      grep -q -e FAILED -e CANCELLED -e TIMEOUT -e NODE_FAIL <<< "$state" && return 1
      return 0
    fi
    sleep 1
  done
  echo "  job $1 did not finish in 10 minutes" >&2
  return 1
}

if [ -z "$why" ]; then
  echo "== real SLURM: $(sinfo --version) on $(hostname -s), $(nproc) CPUs"
  submitted="$("$slurm/submit.sh" "$work/videos.txt" "$work/out" "$work/merged.slp" "${track[@]}")"
  echo "  $submitted"
  merge_job=$(grep -o 'merge job [0-9]*' <<< "$submitted" | grep -o '[0-9]*$')
  wait_for "$merge_job" || { cat "$work"/out/logs/*.log >&2; exit 1; }
  check_outputs
  echo "== resubmitted with one video's predictions deleted: only that one runs"
  rm "$work/out/0001_pair_b.predictions.slp"
  submitted="$("$slurm/submit.sh" "$work/videos.txt" "$work/out" "$work/merged.slp" "${track[@]}")"
  array_job=$(grep -o 'job array [0-9]*' <<< "$submitted" | grep -o '[0-9]*$')
  merge_job=$(grep -o 'merge job [0-9]*' <<< "$submitted" | grep -o '[0-9]*$')
  wait_for "$merge_job" || { cat "$work"/out/logs/*.log >&2; exit 1; }
  check_outputs
  for t in 0 2; do grep -q "exists, skipped" "$work/out/logs/track-${array_job}_$t.log" || { echo "FAILED: task $t ran again" >&2; exit 1; }; done
  grep -q "task 1 done" "$work/out/logs/track-${array_job}_1.log" || { echo "FAILED: task 1 did not run again" >&2; exit 1; }
  echo "SLURM test passed on a real SLURM: 3 array tasks, merge after them, resubmission reran 1 of 3 (logs: $work/out/logs)"
else
  echo "== SLURM cannot run here: $why"
  echo "== running the same scripts with the array variables set by hand"
  for t in 0 1 2; do SLURM_ARRAY_TASK_ID=$t "$slurm/track-array.sh" "$work/videos.txt" "$work/out" "${track[@]}"; done
  "$slurm/merge.sh" "$work/videos.txt" "$work/out" "$work/merged.slp"
  check_outputs
  echo "SLURM test passed WITHOUT SLURM (array variables set by hand): $why"
fi
