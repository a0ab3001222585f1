'use strict';
// node:cluster — early version: this process is the primary (no NODE_UNIQUE_ID). Forking
// workers throws ERR_NOT_IMPLEMENTED until child_process and net land.

const EventEmitter = require('events');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

const cluster = new EventEmitter();
const isPrimary = !('NODE_UNIQUE_ID' in process.env);
cluster.isWorker = !isPrimary;
cluster.isMaster = isPrimary;
cluster.isPrimary = isPrimary;
cluster.Worker = function Worker() { throw new ERR_NOT_IMPLEMENTED('cluster.Worker'); };
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.schedulingPolicy = cluster.SCHED_RR;
cluster.setupPrimary = function setupPrimary() { throw new ERR_NOT_IMPLEMENTED('cluster.setupPrimary()'); };
cluster.setupMaster = cluster.setupPrimary;
cluster.fork = function fork() { throw new ERR_NOT_IMPLEMENTED('cluster.fork()'); };
cluster.disconnect = function disconnect() { throw new ERR_NOT_IMPLEMENTED('cluster.disconnect()'); };

module.exports = cluster;
