'use strict';
// Event and EventTarget (the DOM's, as node 18 implements them: no capture/bubble tree, one
// target). Listener errors do not stop the dispatch: each is re-thrown on the next tick as an
// uncaught exception. Used by AbortSignal, and later by MessagePort, Worker and the web APIs.

const {
  codes: {
    ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { customInspectSymbol } = require('internal/util');
const { validateObject } = require('internal/validators');

const kEvents = Symbol('kEvents');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kType = Symbol('type');
const kDetail = Symbol('detail');
const kDefaultPrevented = Symbol('defaultPrevented');
const kCancelable = Symbol('cancelable');
const kTimestamp = Symbol('timestamp');
const kBubbles = Symbol('bubbles');
const kComposed = Symbol('composed');
const kPropagationStopped = Symbol('propagationStopped');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kTrustEvent = Symbol('kTrustEvent');
const kIsTrusted = Symbol('kIsTrusted');
// Hooks a subclass may define: called after a listener is added or removed, with the number of
// listeners of that type left (MessagePort starts and refs itself with its first 'message').
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
// Node-style listeners (NodeEventTarget's on/once) receive event[kNodeStyleValue] when the
// event has one (a MessageEvent's data), the event otherwise.
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kNodeStyleValue = Symbol('kNodeStyleValue');

const { uptime } = internalBinding('process_methods');

function isEvent(value) { return typeof value?.[kType] === 'string'; }

function checkEvent(self) {
  if (!isEvent(self)) throw new ERR_INVALID_THIS('Event');
}

class Event {
  constructor(type, options = null) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateObject(options, 'options', { allowArray: true, allowFunction: true, nullable: true });
    // Dictionary members are read in WebIDL order (sorted), and nothing else is touched.
    const bubbles = options?.bubbles;
    const cancelable = options?.cancelable;
    const composed = options?.composed;
    this[kCancelable] = !!cancelable;
    this[kBubbles] = !!bubbles;
    this[kComposed] = !!composed;
    this[kType] = `${type}`;
    this[kDefaultPrevented] = false;
    this[kTimestamp] = uptime() * 1000;
    this[kPropagationStopped] = false;
    this[kIsTrusted] = options?.[kTrustEvent] === true;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  [customInspectSymbol](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this[kDefaultPrevented],
      cancelable: this[kCancelable],
      timeStamp: this[kTimestamp],
    }, opts)}`;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this[kStop] = true;
  }

  preventDefault() {
    checkEvent(this);
    this[kDefaultPrevented] = true;
  }

  get target() { checkEvent(this); return this[kTarget]; }
  get currentTarget() { checkEvent(this); return this[kTarget]; }
  get srcElement() { checkEvent(this); return this[kTarget]; }
  get type() { checkEvent(this); return this[kType]; }
  get cancelable() { checkEvent(this); return this[kCancelable]; }
  get defaultPrevented() { checkEvent(this); return this[kCancelable] && this[kDefaultPrevented]; }
  get timeStamp() { checkEvent(this); return this[kTimestamp]; }
  get isTrusted() { checkEvent(this); return this[kIsTrusted]; }
  get bubbles() { checkEvent(this); return this[kBubbles]; }
  get composed() { checkEvent(this); return this[kComposed]; }
  get eventPhase() { checkEvent(this); return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE; }
  get cancelBubble() { checkEvent(this); return this[kPropagationStopped]; }
  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.stopPropagation();
  }
  get returnValue() { checkEvent(this); return !this.defaultPrevented; }

  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  stopPropagation() {
    checkEvent(this);
    this[kPropagationStopped] = true;
  }
}

for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
  Object.defineProperty(Event.prototype, name, { value, enumerable: true });
}
for (const key of ['type', 'target', 'currentTarget', 'srcElement', 'cancelable', 'defaultPrevented',
  'timeStamp', 'isTrusted', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'returnValue',
  'composedPath', 'stopPropagation', 'stopImmediatePropagation', 'preventDefault']) {
  Object.defineProperty(Event.prototype, key, { enumerable: true });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }
  get detail() {
    if (!(kDetail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

// ---- EventTarget ---------------------------------------------------------------------------

function isEventTarget(value) { return value?.constructor?.[kEvents] || value?.[kEvents] !== undefined; }

function validateListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;  // an object without handleEvent: ignored when called
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function normalizeOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  return {
    once: Boolean(options?.once),
    capture: Boolean(options?.capture),
    passive: Boolean(options?.passive),
    signal: options?.signal,
    nodeStyle: Boolean(options?.[kIsNodeStyleListener]),
  };
}

// Errors from listeners surface as uncaught exceptions, after the dispatch completes.
function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal, nodeStyle } = normalizeOptions(options);
    if (!validateListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    type = `${type}`;
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
    let list = this[kEvents].get(type);
    if (list === undefined) this[kEvents].set(type, list = []);
    for (const entry of list) {
      if (entry.listener === listener && entry.capture === capture) return;  // already there
    }
    list.push({ listener, once, capture, passive, nodeStyle, removed: false });
    checkMaxListeners(this, type, list.length);
    if (this[kNewListener] !== undefined) this[kNewListener](list.length, type, listener);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    const capture = normalizeOptions(options).capture;
    const list = this[kEvents].get(`${type}`);
    if (list === undefined) return;
    const index = list.findIndex((e) => e.listener === listener && e.capture === capture);
    if (index === -1) return;
    list[index].removed = true;
    list.splice(index, 1);
    if (list.length === 0) this[kEvents].delete(`${type}`);
    if (this[kRemoveListener] !== undefined) this[kRemoveListener](list.length, `${type}`, listener);
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    event[kTarget] = this;
    event[kIsBeingDispatched] = true;
    const list = this[kEvents].get(event.type);
    if (list !== undefined) {
      for (const entry of list.slice()) {
        if (entry.removed) continue;
        // Removed through EventTarget's own method: a subclass or the user may replace the
        // instance's removeEventListener, and node does not call it here.
        if (entry.once) {
          EventTarget.prototype.removeEventListener.call(this, event.type, entry.listener, { capture: entry.capture });
        }
        try {
          const { listener } = entry;
          const arg = entry.nodeStyle && kNodeStyleValue in event ? event[kNodeStyleValue] : event;
          let result;
          if (typeof listener === 'function') result = listener.call(this, arg);
          else if (typeof listener?.handleEvent === 'function') result = listener.handleEvent(arg);
          if (result !== undefined && result !== null && typeof result.then === 'function') {
            result.then(undefined, emitUncaughtException);
          }
        } catch (err) {
          emitUncaughtException(err);
        }
        if (event[kStop]) break;
      }
    }
    event[kIsBeingDispatched] = false;
    return event.defaultPrevented !== true;
  }

  [customInspectSymbol](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${require('internal/util/inspect').inspect({}, options)}`;
  }
}

function checkMaxListeners(target, type, size) {
  const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned, defaultMaxListeners } = require('events');
  const max = target[kMaxEventTargetListeners] ?? defaultMaxListeners;
  if (max > 0 && size > max && !target[kMaxEventTargetListenersWarned]) {
    target[kMaxEventTargetListenersWarned] = true;
    const warning = new Error(`Possible EventTarget memory leak detected. ${size} ${type} listeners ` +
      `added to ${require('internal/util/inspect').inspect(target, { depth: -1 })}. Use ` +
      'events.setMaxListeners() to increase limit');
    warning.name = 'MaxListenersExceededWarning';
    warning.target = target;
    warning.type = type;
    warning.count = size;
    process.emitWarning(warning);
  }
}

function initEventTarget(self) {
  self[kEvents] = new Map();
}

// ---- NodeEventTarget -----------------------------------------------------------------------
// An EventTarget with a subset of EventEmitter's methods (MessagePort, BroadcastChannel and
// Worker in node). on/once listeners are node-style: see kNodeStyleValue.

function checkNodeEventTarget(self) {
  if (!isEventTarget(self)) throw new ERR_INVALID_THIS('NodeEventTarget');
}

class NodeEventTarget extends EventTarget {
  setMaxListeners(n) {
    checkNodeEventTarget(this);
    require('events').setMaxListeners(n, this);
  }

  getMaxListeners() {
    checkNodeEventTarget(this);
    const { kMaxEventTargetListeners, defaultMaxListeners } = require('events');
    return this[kMaxEventTargetListeners] ?? defaultMaxListeners;
  }

  eventNames() {
    checkNodeEventTarget(this);
    return [...this[kEvents].keys()];
  }

  listenerCount(type) {
    checkNodeEventTarget(this);
    return this[kEvents].get(`${type}`)?.length ?? 0;
  }

  off(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  once(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  // Node-style listeners receive `arg`, the others a CustomEvent whose detail is `arg`.
  emit(type, arg) {
    checkNodeEventTarget(this);
    const hadListeners = this.listenerCount(type) > 0;
    const event = new CustomEvent(`${type}`, { detail: arg });
    event[kNodeStyleValue] = arg;
    this.dispatchEvent(event);
    return hadListeners;
  }

  removeAllListeners(type) {
    checkNodeEventTarget(this);
    const types = type === undefined ? [...this[kEvents].keys()] : [`${type}`];
    for (const name of types) {
      for (const entry of [...(this[kEvents].get(name) ?? [])]) {
        this.removeEventListener(name, entry.listener, { capture: entry.capture });
      }
    }
    return this;
  }
}
for (const key of ['setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount', 'off', 'removeListener',
                   'on', 'addListener', 'once', 'emit', 'removeAllListeners']) {
  Object.defineProperty(NodeEventTarget.prototype, key, { enumerable: true });
}

Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });
for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, key, { enumerable: true });
}

// The listeners of `type`, for events.getEventListeners().
function getEventTargetListeners(target, type) {
  const list = target[kEvents]?.get(`${type}`);
  return list === undefined ? [] : list.map((e) => e.listener);
}

// `target.on<type>` attribute: one listener slot on top of addEventListener.
function defineEventHandler(target, type) {
  const key = Symbol(`on${type}`);
  Object.defineProperty(target, `on${type}`, {
    enumerable: true,
    configurable: true,
    get() { return this[key]?.handler ?? null; },
    set(value) {
      if (this[key]) this.removeEventListener(type, this[key].wrapper);
      if (typeof value === 'function' || (typeof value === 'object' && value !== null)) {
        const wrapper = (event) => (typeof value === 'function' ? value.call(this, event) : value.handleEvent?.(event));
        this[key] = { handler: value, wrapper };
        this.addEventListener(type, wrapper);
      } else {
        this[key] = undefined;
      }
    },
  });
}

module.exports = {
  CustomEvent,
  Event,
  EventTarget,
  NodeEventTarget,
  kNewListener,
  kNodeStyleValue,
  kRemoveListener,
  defineEventHandler,
  getEventTargetListeners,
  initEventTarget,
  isEventTarget,
  kTrustEvent,
};
