'use strict';
// node:cluster — the primary side (lib/internal/cluster/primary.js) in a process started
// normally, the worker side (lib/internal/cluster/child.js) in one that cluster.fork() started
// (NODE_UNIQUE_ID in its environment).
const isWorker = Object.prototype.hasOwnProperty.call(process.env, 'NODE_UNIQUE_ID');
module.exports = require(isWorker ? 'internal/cluster/child' : 'internal/cluster/primary');
