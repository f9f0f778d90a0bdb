#!/usr/bin/env bash
# Screenshots of the website's main pages, for the README, taken with Debian's headless Chromium.
# Usage: website/screenshots.sh [base-url] [article-slug] [out-dir]
#   base-url      where the pages are served (default http://localhost:8080, the gateway of the local run)
#   article-slug  the article to show (default: the first article the search page links to)
#   out-dir       where the PNGs go (default website/docs/screenshots)
set -euo pipefail

base=${1:-http://localhost:8080}
slug=${2:-}
out=${3:-$(dirname "$0")/docs/screenshots}
chromium=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $chromium ]]; then
  echo "Chromium is needed: apt-get install chromium" >&2
  exit 1
fi
if [[ -z $slug ]]; then
  slug=$(curl -fsS "$base/soeg" | grep -o 'href="/artikel/[^"]*"' | head -1 | sed 's#href="/artikel/##; s#"##')
fi
mkdir -p "$out"

shoot() {
  local name=$1 path=$2
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --lang=da-DK --window-size=1280,1400 \
    --screenshot="$out/$name.png" "$base$path" >/dev/null 2>&1
  echo "$out/$name.png  ($base$path)"
}

shoot forside /
shoot soeg "/soeg?q=klima"
[[ -n $slug ]] && shoot artikel "/artikel/$slug"
shoot arrangementer /arrangementer
shoot job /job
shoot nyhedsbrev /nyhedsbrev
