#!/usr/bin/env bash
# What the test suite needs beyond npm packages: Debian's Chromium (Playwright cannot
# download its own browsers here) and poppler-utils (pdftotext, pdfinfo, pdftoppm).
set -euo pipefail
need=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then
  echo "test dependencies present: chromium, poppler-utils"
  exit 0
fi
echo "installing: ${need[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
echo "installed: ${need[*]}"
