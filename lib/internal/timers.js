'use strict';
// Timer and immediate machinery behind lib/timers.js.
//
// Timers: every timer with the same duration goes into one TimersList (a linked list in
// insertion order, so equal expiries run in the order they were set). The lists sit in a binary
// heap ordered by their next expiry. One native uv_timer_t (internalBinding('timers')) is armed
// for the earliest list; when it fires, C++ calls processTimers(now), which runs every due timer
// and returns the next expiry (negative when only unref'd timers remain, 0 when none).
//
// Immediates: a linked list run by processImmediate() from the loop's check phase. Immediates
// queued while the list runs wait for the next iteration. Ticks and microtasks drain between
// any two callbacks (runNextTicks), as node does since v11.

const binding = internalBinding('timers');
const {
  immediateInfo,
  immediateInfoFields: { kCount, kRefCount, kHasOutstanding },
  toggleTimerRef,
  toggleImmediateRef,
  scheduleTimer,
  getLibuvNow,
} = binding;
const { runNextTicks } = require('internal/process/task_queues');

const {
  MathMax,
  MathTrunc,
  ReflectApply,
} = require('internal/primordials');

const TIMEOUT_MAX = 2 ** 31 - 1;

// Symbol descriptions match node's, so inspected Timeout/Immediate objects look the same.
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');

let nextAsyncId = 2;  // 1 is the main script
let timerListId = Number.MIN_SAFE_INTEGER;
let refCount = 0;  // ref'd timers
let nextExpiry = Infinity;

// Timers whose id was taken as a primitive (+timeout), so clearTimeout(id) finds them.
const knownTimersById = { __proto__: null };

// ---- linked lists (items carry _idlePrev/_idleNext, as node's do) -----------------------------
function listIsEmpty(list) { return list._idleNext === list; }
function listPeek(list) { return list._idleNext === list ? null : list._idleNext; }
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}

// ---- the heap of lists, by (expiry, id) ------------------------------------------------------
class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

function listBefore(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}

class ListHeap {
  constructor() {
    this.heap = [undefined];  // 1-based
    this.size = 0;
  }
  peek() { return this.size === 0 ? null : this.heap[1]; }
  insert(list) {
    const pos = ++this.size;
    this.heap[pos] = list;
    this.siftUp(pos);
  }
  shift() {
    if (this.size === 0) return null;
    const top = this.heap[1];
    this.removeAt(1);
    return top;
  }
  removeAt(pos) {
    const last = this.heap[this.size];
    this.heap[this.size--] = undefined;
    if (pos <= this.size) {
      this.heap[pos] = last;
      last.priorityQueuePosition = pos;
      this.siftDown(pos);
      this.siftUp(last.priorityQueuePosition);
    }
  }
  siftUp(pos) {
    const heap = this.heap;
    const item = heap[pos];
    while (pos > 1) {
      const parent = pos >>> 1;
      if (!listBefore(item, heap[parent])) break;
      heap[pos] = heap[parent];
      heap[pos].priorityQueuePosition = pos;
      pos = parent;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }
  siftDown(pos) {
    const heap = this.heap;
    const size = this.size;
    const item = heap[pos];
    for (;;) {
      let child = pos * 2;
      if (child > size) break;
      if (child + 1 <= size && listBefore(heap[child + 1], heap[child])) child++;
      if (!listBefore(heap[child], item)) break;
      heap[pos] = heap[child];
      heap[pos].priorityQueuePosition = pos;
      pos = child;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }
}

const timerListQueue = new ListHeap();
const timerListMap = { __proto__: null };

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}
function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

// ---- Timeout ---------------------------------------------------------------------------------
class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;  // coerce to a number
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                            '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  // Shown without expanding the timer lists it links into.
  [Symbol.for('nodejs.util.inspect.custom')](_, options) {
    return require('internal/util/inspect').inspect(this, { ...options, depth: 0, customInspect: false });
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

function insert(item, msecs, start = getLibuvNow()) {
  msecs = MathTrunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    timerListQueue.insert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = nextAsyncId++;
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function active(item) { insertGuarded(item, true); }
function unrefActive(item) { insertGuarded(item, false); }

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  listRemove(item);
  // Dropping the last timer of a list drops the list now, so an idle program can exit.
  const list = timerListMap[item._idleTimeout];
  if (list !== undefined && listIsEmpty(list)) {
    timerListQueue.removeAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
  }
  item._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = -1;
      unenroll(timerInstance);
    }
  }
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    const diff = now - timer._idleStart;
    // Not yet due (the list was re-armed late): move the list to this timer's expiry.
    if (diff < msecs) {
      list.expiry = MathMax(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      timerListQueue.siftDown(1);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;

    listRemove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      }
      continue;
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else ReflectApply(timer._onTimeout, timer, args);
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (timer._idleNext === null && timer._idlePrev === null && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      }
    }
  }
  // The list ran dry. It may have been replaced meanwhile (cleared and set again).
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    timerListQueue.shift();
  }
}

function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = timerListQueue.peek()) !== null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

// ---- Immediate -------------------------------------------------------------------------------
class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
// What was left of a run interrupted by an exception; it runs first next time.
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

function processImmediate() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  // Detach the list first: immediates set from here on run on the next loop iteration.
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }
  let prevImmediate;
  let ranAtLeastOneImmediate = false;
  while (immediate !== null) {
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;

    // Cleared by an earlier callback of this run.
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    immediate[kRefed] = null;
    prevImmediate = immediate;
    try {
      const argv = immediate._argv;
      if (argv === undefined) immediate._onImmediate();
      else ReflectApply(immediate._onImmediate, immediate, argv);
    } finally {
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
    }
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
  immediateInfo[kHasOutstanding] = 0;
}

function setupTimers() {
  binding.setupTimers(processImmediate, processTimers);
}

// A duration given to enroll() or socket.setTimeout(): a non-negative finite number, capped
// (with a warning) at TIMEOUT_MAX.
function getTimerDuration(msecs, name) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// A timeout that does not keep the loop alive (socket idle timeouts).
function setUnrefTimeout(callback, after) {
  const timeout = new Timeout(callback, after, undefined, false, false);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

// How many timers and immediates keep the loop alive (process.getActiveResourcesInfo()).
function getActiveTimerCounts() {
  return { timeouts: refCount, immediates: immediateInfo[kRefCount] };
}

module.exports = {
  TIMEOUT_MAX,
  getActiveTimerCounts,
  getTimerDuration,
  setUnrefTimeout,
  Timeout,
  Immediate,
  insert,
  active,
  unrefActive,
  unenroll,
  clearTimeout,
  clearImmediate,
  setupTimers,
  kRefed,
  kHasPrimitive,
  asyncIdSymbol,
  triggerAsyncIdSymbol,
  knownTimersById,
  timerListMap,
  timerListQueue,
};
