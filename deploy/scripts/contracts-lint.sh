#!/usr/bin/env bash
# Writes each service's OpenAPI document as the code generates it now, and lints them with Redocly's
# recommended ruleset (redocly.yaml). Fails on any error or warning. Run by `npm test` before Jest.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

out="$RUN_DIR/contracts"
rm -rf "$out"
npx tsx deploy/contracts/generate-contracts.ts --out "$out" >/dev/null
files=("$out"/openapi/*.openapi.json)
set +e
NO_COLOR=1 npx redocly lint "${files[@]}" --format=json >"$RUN_DIR/redocly.json" 2>"$RUN_DIR/redocly.log"
status=$?
set -e
# One JSON report per document, in the order given; each ends with a "}" at column 0.
node -e '
  const fs = require("node:fs");
  const [report, ...files] = process.argv.slice(1);
  const parts = fs.readFileSync(report, "utf8").split(/\n\}\s*(?=\{)/).map((p, i, all) => (i < all.length - 1 ? p + "\n}" : p));
  let bad = parts.length !== files.length;
  parts.forEach((p, i) => {
    const { totals, problems } = JSON.parse(p);
    const name = require("node:path").basename(files[i] ?? "?", ".openapi.json");
    console.log(`redocly lint ${name}: ${totals.errors} errors, ${totals.warnings} warnings`);
    for (const x of problems) console.log(`  ${x.severity} ${x.ruleId}: ${x.message} (${x.location?.[0]?.pointer ?? ""})`);
    if (totals.errors + totals.warnings > 0) bad = true;
  });
  process.exit(bad ? 1 : 0);
' "$RUN_DIR/redocly.json" "${files[@]}" || { cat "$RUN_DIR/redocly.log"; die "OpenAPI lint failed (redocly, recommended ruleset)"; }
[ "$status" = 0 ] || { cat "$RUN_DIR/redocly.log"; die "redocly lint exited $status"; }
