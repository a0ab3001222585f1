#!/usr/bin/env bash
# Records, with node 18.20.4 (../shared/tools/node18), the expected outputs that the corpus tests
# in test/parallel compare nodus against. Run it after changing a corpus in test/fixtures/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
node18=${NODE18:-../shared/tools/node18}
dir=test/fixtures/corpus
"$node18" -e "const u = require('util'); process.stdout.write(require('./$dir/inspect-run.js')(u.inspect, u.format))" > $dir/inspect-expected.json
"$node18" -e "process.stdout.write(require('./$dir/path-cases.js')(require('path')))" > $dir/path-expected.json
"$node18" -e "const a = require('assert'); const t = (f) => (x, y) => { try { f(x, y); return true; } catch { return false; } };
process.stdout.write(require('./$dir/deep-equal-pairs.js')(t(a.deepEqual), t(a.deepStrictEqual)))" > $dir/deep-equal-expected.json
"$node18" -e "process.stdout.write(require('./$dir/buffer-cases.js')(Buffer, require('util').inspect))" > $dir/buffer-expected.json
(cd test/fixtures/esm && "../../../$node18" -e "import('./cases.mjs').then((m) => m.run()).then((l) => process.stdout.write(JSON.stringify(l, null, 1) + '\\n'))" 2>/dev/null > cases-expected.json
  "../../../$node18" -e "process.stdout.write(JSON.stringify(require('./require-exports.cjs')(), null, 1) + '\\n')" > require-exports-expected.json)
"$node18" $dir/url-cases.js > $dir/url-cases-expected.json
"$node18" -e "process.stdout.write(require('./$dir/encoding-cases.js')(TextEncoder, TextDecoder))" > $dir/encoding-expected.json
"$node18" -e "process.stdout.write(require('./$dir/querystring-cases.js')(require('querystring')))" > $dir/querystring-expected.json
"$node18" -e "process.stdout.write(require('./$dir/string-decoder-cases.js')(require('string_decoder').StringDecoder, require('util').inspect))" > $dir/string-decoder-expected.json
"$node18" -e "process.stdout.write(require('./$dir/parse-args-cases.js')(require('util').parseArgs))" > $dir/parse-args-expected.json
"$node18" -e "const u = require('util'); process.stdout.write(require('./$dir/mime-cases.js')(u.MIMEType, u.MIMEParams, u.inspect, u.format))" > $dir/mime-expected.json
"$node18" -e "require('./$dir/assert-messages-cases.js')(require('assert'), require('util').inspect).then((t) => process.stdout.write(t))" > $dir/assert-messages-expected.json
fsdir=$(mktemp -d)
"$node18" -e "console.log(JSON.stringify(require('./$dir/fs-sync-cases.js')(require('fs'), '$fsdir'), null, 1))" > $dir/fs-sync-expected.json
rm -rf "$fsdir"
echo "recorded: $(ls $dir/*-expected.json | tr '\n' ' ')"
