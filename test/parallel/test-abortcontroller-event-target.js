'use strict';
// AbortController, AbortSignal (abort, timeout, any, onabort), Event and EventTarget, and
// timers/promises cancelled by a signal. Every line logged, and their order, as node 18 prints.
const common = require('../common');
const assert = require('assert');
const { format } = require('util');

const lines = [];
const log = (...args) => lines.push(format(...args));

const ac = new AbortController(); log(ac, ac.signal); ac.abort(); log(ac.signal, ac.signal.reason.name, ac.signal.reason.message);
const e = new Event('foo', {cancelable:true}); log(Object.keys(e), Object.getOwnPropertyNames(e), e.isTrusted, e.eventPhase, e.composedPath(), String(e), Object.prototype.toString.call(new EventTarget()));
const et = new EventTarget(); et.addEventListener('foo', function(ev){ log('L', this===et, ev.target===et, ev.currentTarget===et, ev.eventPhase) }); log(et.dispatchEvent(e), e.eventPhase, e.currentTarget);
try { new AbortSignal() } catch (x) { log(x.code, x.message) }
try { et.dispatchEvent({}) } catch (x) { log(x.code, x.message) }
try { et.addEventListener('x', 1) } catch (x) { log(x.code, x.message) }
log(AbortSignal.abort().reason.message, AbortSignal.timeout(10).aborted);
try { AbortSignal.abort('r').throwIfAborted() } catch (x) { log('thrown', x) }
const s2 = AbortSignal.timeout(5); s2.onabort = (ev) => log('onabort', ev.type, ev.isTrusted, s2.reason.name, s2.reason.message, s2.reason.code);
setTimeout(() => {}, 20);
log(typeof AbortSignal.any, require('events').getEventListeners(et, 'foo').length);
const e2 = new Event('bar'); e2.preventDefault(); log(e2.defaultPrevented, new Event('x', {cancelable: true}).cancelable);
const tp = require('timers/promises'); const c2 = new AbortController();
tp.setTimeout(1000, 'v', { signal: c2.signal }).catch((err) => log('rejected', err.name, err.code, err.message, err.cause?.name));
c2.abort();
tp.setImmediate(1, { signal: AbortSignal.abort('why') }).catch((err) => log('pre-aborted', err.name, err.cause));
const e3 = new EventTarget(); e3.addEventListener('a', () => { throw new Error('listener boom'); }); e3.addEventListener('a', () => log('second still runs'));
process.on('uncaughtException', common.mustCall((err) => log('uncaught:', err.message)));
e3.dispatchEvent(new Event('a'));
const once = new EventTarget(); let n = 0; once.addEventListener('t', () => n++, { once: true }); once.dispatchEvent(new Event('t')); once.dispatchEvent(new Event('t')); log('once', n);
log(AbortSignal.any([AbortSignal.abort(3)]).reason);

process.on('exit', () => {
  assert.deepStrictEqual(lines, [
    "AbortController { signal: AbortSignal { aborted: false } } AbortSignal { aborted: false }",
    "AbortSignal { aborted: true } AbortError This operation was aborted",
    "[] [] false 0 [] [object Event] [object EventTarget]",
    "L true true true 2",
    "true 0 EventTarget {}",
    "ERR_ILLEGAL_CONSTRUCTOR Illegal constructor",
    "ERR_INVALID_ARG_TYPE The \"event\" argument must be an instance of Event. Received an instance of Object",
    "ERR_INVALID_ARG_TYPE The \"listener\" argument must be an instance of EventListener. Received type number (1)",
    "This operation was aborted false",
    "thrown r",
    "function 1",
    "false true",
    "second still runs",
    "once 1",
    "3",
    "uncaught: listener boom",
    "onabort abort true TimeoutError The operation was aborted due to timeout 23",
    "pre-aborted AbortError why",
    "rejected AbortError ABORT_ERR The operation was aborted AbortError"
  ]);
});
