'use strict';
// 200 spawnSync('/bin/true').
const { spawnSync } = require('child_process');
for (let i = 0; i < 200; i++) {
  const r = spawnSync('/bin/true');
  if (r.status !== 0) throw new Error(`status ${r.status}`);
}
