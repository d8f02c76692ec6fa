# SPDX-License-Identifier: EPL-2.0
# Sourced by ./myrmex and releng/bench/cli-start.sh: cli_classpath PLUGINS_DIR sets $classpath to the plain class path
# org.myrmex.cli.Main runs on — the product's jars without the workbench's (SWT, JFace, Eclipse UI, e4, the Myrmex UI
# bundles and what only they use), Myrmex's own first.
cli_classpath() {
  local jar
  local jars=()
  for jar in "$1"/org.myrmex.*.jar "$1"/*.jar; do
    case "${jar##*/}" in
      org.myrmex.*ui_*|org.eclipse.swt*|org.eclipse.ui*|org.eclipse.e4.*|org.eclipse.jface*|org.eclipse.equinox.launcher*) ;;
      org.eclipse.team*|org.eclipse.ltk*|org.eclipse.compare*|org.eclipse.help*|org.eclipse.equinox.p2*) ;;
      org.apache.batik*|wrapped.org.apache.xmlgraphics*|wrapped.org.jfree*) ;;
      org.myrmex.*) [[ " ${jars[*]} " == *" $jar "* ]] || jars+=("$jar") ;;
      *) jars+=("$jar") ;;
    esac
  done
  classpath="$(IFS=:; echo "${jars[*]}")"
}
