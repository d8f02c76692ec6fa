#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Installs the Debian 12 packages Myrmex needs to build, test and run, when they are missing.
# Usage: releng/install-deps.sh [--ui] [--test]
#   --ui    what a display needs: Xvfb (used when there is no DISPLAY), GTK 3, fonts
#   --test  what the tests need besides: h5py, to check written files with SLEAP's own reader library
set -euo pipefail

packages=(openjdk-17-jdk-headless curl unzip)
for option in "$@"; do
  case "$option" in
    --ui) packages+=(xvfb xauth libgtk-3-0 libxtst6 fonts-dejavu-core) ;;
    --test) packages+=(python3-h5py xdotool) ;;
    *) echo "install-deps.sh: unknown option $option" >&2; exit 2 ;;
  esac
done

# one dpkg-query for all of them: this runs before every ./myrmex command
installed=" $(dpkg-query -W -f='${db:Status-Status}:${Package} ' "${packages[@]}" 2>/dev/null || true) "
missing=()
for p in "${packages[@]}"; do
  [[ "$installed" == *" installed:$p "* ]] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "myrmex: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "myrmex: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
