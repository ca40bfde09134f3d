#!/usr/bin/env bash
# Installs the Debian packages the tests need when one is missing:
#   - chromium: the browser tests and the audit drive /usr/bin/chromium;
#   - espeak-ng: the audit's speech check asks it how numbers are read (the voice of NVDA and Orca).
set -euo pipefail
declare -A COMMANDS=([chromium]=/usr/bin/chromium [espeak-ng]=/usr/bin/espeak-ng)
missing=()
for package in chromium espeak-ng; do
  [ -x "${COMMANDS[$package]}" ] || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Paquets manquants : ${missing[*]}. Installez-les avec « sudo apt-get install -y ${missing[*]} »." >&2
  exit 1
fi
echo "Installation des paquets Debian : ${missing[*]}…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
