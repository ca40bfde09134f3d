#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing (browser tests use /usr/bin/chromium).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium manque : installez-le avec « sudo apt-get install -y chromium »." >&2
  exit 1
fi
echo "Installation de Chromium (paquet Debian)…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
