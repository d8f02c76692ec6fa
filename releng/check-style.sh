#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Checks what the compiler does not: every bundle and test bundle carries the one JDT settings file
# (releng/jdt/org.eclipse.jdt.core.prefs: compiler problems — unused imports, missing @Override and null references
# are errors, which the Tycho build applies through useProjectSettings — and the formatter: tabs, 120 columns), and
# hand-written Java is indented with tabs. Usage: releng/check-style.sh   (releng/check-style.sh --fix copies the file)
set -euo pipefail
cd "$(dirname "$0")/.."
settings=releng/jdt/org.eclipse.jdt.core.prefs
status=0
for manifest in bundles/*/META-INF/MANIFEST.MF tests/*/META-INF/MANIFEST.MF; do
  project="${manifest%/META-INF/MANIFEST.MF}"
  if ! cmp -s "$settings" "$project/.settings/org.eclipse.jdt.core.prefs"; then
    if [ "${1:-}" = --fix ]; then
      mkdir -p "$project/.settings" && cp "$settings" "$project/.settings/"
    else
      echo "check-style: $project/.settings/org.eclipse.jdt.core.prefs differs from $settings (--fix copies it)" >&2
      status=1
    fi
  fi
done
# lines indented with spaces (a block comment's " *" in column 0 is fine); generated code (src-gen) is left alone
spaces=$(git ls-files '*.java' | grep -v '/src-gen/' | xargs grep -nP '^ (?!\*)|^  ' || true)
if [ -n "$spaces" ]; then
  echo "check-style: indented with spaces, not tabs:" >&2
  echo "$spaces" | head -n 20 >&2
  status=1
fi
exit $status
