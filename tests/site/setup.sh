#!/usr/bin/env bash
# Install the site tests' JavaScript and Java tools locally (git-ignored tests/site/node_modules): axe-core,
# the W3C Nu HTML Checker (vnu-jar) and the YAML language server that test_editor_help.py drives over LSP.
# Idempotent: does nothing when all three are already there. The only network access is the npm registry.
# Usage: setup.sh [TMPDIR] (tox passes {envtmpdir}, used for npm's cache).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="${1:-${TMPDIR:-/tmp}}"
axe="$here/node_modules/axe-core/axe.min.js"
vnu="$here/node_modules/vnu-jar/build/dist/vnu.jar"
yls="$here/node_modules/yaml-language-server/bin/yaml-language-server"
if [ -f "$axe" ] && [ -f "$vnu" ] && [ -f "$yls" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "setup.sh: npm is needed (apt-get install npm)" >&2; exit 2; }
mkdir -p "$tmp/npm-cache"
# --no-save/--no-package-lock: nothing is written outside node_modules, so the working tree stays clean.
npm install --prefix "$here" --no-save --no-package-lock --no-audit --no-fund --cache "$tmp/npm-cache" \
  axe-core@4.14.1 vnu-jar@26.9.27 yaml-language-server@2.0.0 >&2
[ -f "$axe" ] && [ -f "$vnu" ] && [ -f "$yls" ] || {
  echo "setup.sh: axe-core, vnu-jar or yaml-language-server missing after npm install" >&2; exit 2; }
