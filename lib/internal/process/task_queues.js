'use strict';
// process.nextTick and queueMicrotask. The tick queue drains completely before V8's microtasks,
// and the two alternate until both are empty (processTicksAndRejections), exactly as node. C++
// calls processTicksAndRejections when a CallbackScope closes and the tickInfo flag says a tick
// is pending; timers and immediates call runNextTicks() between their callbacks.

const {
  tickInfo,
  tickInfoFields: { kHasTickScheduled, kHasRejectionToWarn },
  runMicrotasks,
  setTickCallback,
  enqueueMicrotask,
} = internalBinding('task_queue');

const {
  ReflectApply,
} = require('internal/primordials');

// A FIFO of fixed-size ring buffers: O(1) push/shift without the cost of Array#shift.
const kRingSize = 2048;
const kRingMask = kRingSize - 1;

class Ring {
  constructor() {
    this.bottom = 0;
    this.top = 0;
    this.list = new Array(kRingSize);
    this.next = null;
  }
  isEmpty() { return this.top === this.bottom; }
  isFull() { return ((this.top + 1) & kRingMask) === this.bottom; }
  push(data) {
    this.list[this.top] = data;
    this.top = (this.top + 1) & kRingMask;
  }
  shift() {
    const next = this.list[this.bottom];
    if (next === undefined) return null;
    this.list[this.bottom] = undefined;
    this.bottom = (this.bottom + 1) & kRingMask;
    return next;
  }
}

class TickQueue {
  constructor() { this.head = this.tail = new Ring(); }
  isEmpty() { return this.head.isEmpty(); }
  push(data) {
    if (this.head.isFull()) this.head = this.head.next = new Ring();
    this.head.push(data);
  }
  shift() {
    const tail = this.tail;
    const next = tail.shift();
    if (tail.isEmpty() && tail.next !== null) this.tail = tail.next;
    return next;
  }
}

const queue = new TickQueue();

function hasTickScheduled() { return tickInfo[kHasTickScheduled] === 1; }
function setHasTickScheduled(value) { tickInfo[kHasTickScheduled] = value ? 1 : 0; }
function hasRejectionToWarn() { return tickInfo[kHasRejectionToWarn] === 1; }

// Promise-rejection processing plugs in here (unhandled rejections); returns true if it ran
// callbacks that may have queued more work.
let processPromiseRejections = () => false;
function setPromiseRejectionsProcessor(fn) { processPromiseRejections = fn; }

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      const { callback, args } = tock;
      if (args === undefined) callback();
      else ReflectApply(callback, undefined, args);
    }
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
  setHasTickScheduled(false);
  tickInfo[kHasRejectionToWarn] = 0;
}

// Between two timer or immediate callbacks: what a CallbackScope would drain.
function runNextTicks() {
  if (!hasTickScheduled() && !hasRejectionToWarn()) runMicrotasks();
  if (!hasTickScheduled() && !hasRejectionToWarn()) return;
  processTicksAndRejections();
}

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  if (queue.isEmpty()) setHasTickScheduled(true);
  queue.push({ callback, args: args.length === 0 ? undefined : args });
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  // Called without a receiver; an exception is reported as uncaught by C++'s message listener.
  enqueueMicrotask(() => callback());
}

function setupTaskQueue() {
  setTickCallback(processTicksAndRejections);
  return { nextTick, runNextTicks };
}

module.exports = {
  setupTaskQueue,
  nextTick,
  queueMicrotask,
  runNextTicks,
  processTicksAndRejections,
  setPromiseRejectionsProcessor,
};
