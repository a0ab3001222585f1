'use strict';
// node:worker_threads — early version: the main thread's view (isMainThread, threadId 0, no
// parentPort) and in-thread message passing (MessageChannel, MessagePort, BroadcastChannel,
// receiveMessageOnPort). Creating a Worker throws ERR_NOT_IMPLEMENTED until workers land.

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const {
  BroadcastChannel, MessageChannel, MessagePort, receiveMessageOnPort,
} = require('internal/worker/io');

const environmentData = new Map();

class Worker {
  constructor() { throw new ERR_NOT_IMPLEMENTED('worker_threads.Worker'); }
}

function notYet(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`worker_threads.${name}()`); };
}

module.exports = {
  isMainThread: true,
  parentPort: null,
  resourceLimits: {},
  threadId: 0,
  workerData: null,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  getEnvironmentData(key) { return environmentData.get(key); },
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  markAsUntransferable: notYet('markAsUntransferable'),
  moveMessagePortToContext: notYet('moveMessagePortToContext'),
  receiveMessageOnPort,
  BroadcastChannel,
  MessageChannel,
  MessagePort,
};
