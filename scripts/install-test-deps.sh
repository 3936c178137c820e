#!/usr/bin/env bash
# What the test suite needs beyond npm packages, all from Debian: Chromium (Playwright cannot
# download its own browsers here), poppler-utils (pdftotext, pdfinfo, pdftoppm), qpdf and
# python3-pypdf for Debian's /usr/bin/python3 (independent PDF tools that fill and damage the exchange forms as a reader would),
# and syncthing (the real sync engine the folder-sync tests run two instances of).
set -euo pipefail
need=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
/usr/bin/python3 -c 'import pypdf' >/dev/null 2>&1 || need+=(python3-pypdf)
command -v syncthing >/dev/null 2>&1 || need+=(syncthing)
if [ ${#need[@]} -eq 0 ]; then
  echo "test dependencies present: chromium, poppler-utils, qpdf, python3-pypdf, syncthing"
  exit 0
fi
echo "installing: ${need[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
echo "installed: ${need[*]}"
