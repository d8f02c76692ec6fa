#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Runs a Myrmex benchmark on the built product's jars (plain class path, fresh JVMs per measurement).
# Usage: releng/bench/run.sh labels|preprocess|video|train [FIXTURES_DIR]   (builds the product first if needed)
#        releng/bench/run.sh track CENTROID_DIR CENTERED_DIR [FIXTURES_DIR] [--frames N] [--batch-size B]
#        releng/bench/run.sh retrack [FIXTURES_DIR]   (re-tracks tracks/clip.predictions.slp; identity switches vs SLEAP's)
#        MYRMEX_PLUGINS=DIR overrides the product's plugins folder (e.g. a copy with freshly built org.myrmex jars)
#        releng/bench/run.sh render [LABELS.slp]   (300 frames of tracks/clip.slp drawn and encoded, vs encode-only)
#        releng/bench/run.sh seek [VIDEO] [JUMPS]   (seek proxy; default ../shared/fixtures/sleap/tracks/clip.mp4, 200)
#        releng/bench/run.sh editor [LABELS.slp] [FRAMES]   (canvas scrubbing; default tracks/clip.slp, 600; on Xvfb without DISPLAY)
#        releng/bench/run.sh editor --scale [N]             (open N predicted frames to the last one; default 200000)
#        releng/bench/run.sh fuzz [N] [SEED]   (N mutants per format, default 1000, to the readers in a child JVM:
#                                               the cli tests' FuzzTest; table in tests/org.myrmex.cli.tests/target/fuzz)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ "${1:-}" = fuzz ]; then
  cd "$root"
  # the bundles named: -am does not see Tycho's manifest dependencies, and a bundle left out comes from ~/.m2
  modules=$(printf 'bundles/org.myrmex.%s,' model io video tracking nn analysis cli)
  MYRMEX_FUZZ_PER_FORMAT="${2:-1000}" MYRMEX_FUZZ_SEED="${3:-1}" ./mvnw -B -q -ntp verify \
    -pl "${modules}features/org.myrmex.core.feature,tests/org.myrmex.cli.tests" \
    -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dmyrmex.javacpp.cachedir="$HOME/.cache/myrmex/javacpp" \
    || status=$?
  cat tests/org.myrmex.cli.tests/target/fuzz/table.md
  exit "${status:-0}"
fi
plugins="${MYRMEX_PLUGINS:-$root/releng/org.myrmex.product/target/products/org.myrmex.product/linux/gtk/x86_64/myrmex/plugins}"
if ! ls "$plugins"/org.myrmex.io_*.jar >/dev/null 2>&1; then
  (cd "$root" && ./mvnw -B -q -ntp -DskipTests verify)
fi
classes="$root/releng/bench/target/classes"
rm -rf "$classes" && mkdir -p "$classes"
if [ "${1:-}" = editor ]; then
  # the editor's canvas on a plain class path: SWT and the workbench bundle's jar, no OSGi
  cp=$(ls "$plugins"/*.jar | grep -v -e 'org.eclipse.ui' -e 'org.eclipse.e4.ui' -e 'org.eclipse.swt.svg' | tr '\n' ':')
  if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
  fi
else
  cp=$(ls "$plugins"/*.jar | grep -v -e 'org.eclipse.swt' -e 'org.eclipse.ui' -e 'org.eclipse.e4.ui' | tr '\n' ':')
fi
sources=$(find "$root/releng/bench/src" -name '*.java')
if [ "${1:-}" != editor ]; then
  sources=$(echo "$sources" | grep -v '/ui/internal/editor/') # the editor's bench needs SWT, left off this class path
fi
javac --release 17 -nowarn -d "$classes" -cp "$cp" $sources
export MYRMEX_BENCH_CP="$classes:$cp"
export TF_CPP_MIN_LOG_LEVEL=1
exec java --add-opens java.base/java.lang=ALL-UNNAMED \
  -Dorg.bytedeco.javacpp.cachedir="$HOME/.cache/myrmex/javacpp" -cp "$MYRMEX_BENCH_CP" org.myrmex.bench.Main "$@"
