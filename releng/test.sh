#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Builds Myrmex and runs every test (headless ones and the workbench under Xvfb).
# Usage: releng/test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

releng/install-deps.sh --ui --test
# one JDT settings file in every bundle, tabs
releng/check-style.sh
# one place for the natives JavaCPP unpacks, shared with ./myrmex
export MYRMEX_JAVACPP_CACHE="${MYRMEX_JAVACPP_CACHE:-$HOME/.cache/myrmex/javacpp}"
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -ntp verify "-Dmyrmex.javacpp.cachedir=$MYRMEX_JAVACPP_CACHE" "$@"
# the built product through its launcher, as users start it: a headless command that loads the native libraries
./myrmex info --check
# the cluster path on a real single-node SLURM started here (by hand where SLURM cannot run; it says why)
releng/slurm/test.sh
