'use strict';
// 32 MiB of mixed text through gzip and gunzip as streams (thread pool), checking the result.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor '.split(' ');
let text = '';
for (let i = 0; text.length < 1 << 20; i++) text += `${words[(i * 7) % words.length]}${i % 13} `;
const block = Buffer.from(text.slice(0, 1 << 20));
let seen = 0;
pipeline(
  Readable.from((function* () { for (let i = 0; i < 32; i++) yield block; })()),
  zlib.createGzip(),
  zlib.createGunzip(),
  new Writable({ write(chunk, enc, cb) { seen += chunk.length; cb(); } }),
  (err) => {
    if (err) throw err;
    if (seen !== 32 << 20) throw new Error(`got ${seen}`);
  });
