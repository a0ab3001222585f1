'use strict';
// 20,000 deflateSync/inflateSync pairs of a 1 KiB JSON document: the per-call cost.
const zlib = require('zlib');
const doc = Buffer.from(JSON.stringify({ items: Array.from({ length: 20 }, (_, i) => ({ id: i, name: `item ${i}` })) }));
for (let i = 0; i < 20000; i++) {
  const out = zlib.inflateSync(zlib.deflateSync(doc));
  if (out.length !== doc.length) throw new Error('mismatch');
}
