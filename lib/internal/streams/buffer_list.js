'use strict';
// A Readable's queue of chunks: a singly linked list (shift at the head is O(1)), plus the
// operations read(n) needs — take n bytes / n characters off the front across chunk borders.

const { StringPrototypeSlice } = require('internal/primordials');
const { Buffer } = require('buffer');

const TypedArraySet = Function.prototype.call.bind(Object.getPrototypeOf(Uint8Array.prototype).set);

class BufferList {
  constructor() {
    this.head = null;
    this.tail = null;
    this.length = 0;
  }

  push(data) {
    const node = { data, next: null };
    if (this.length === 0) this.head = node;
    else this.tail.next = node;
    this.tail = node;
    this.length++;
  }

  unshift(data) {
    const node = { data, next: this.head };
    if (this.length === 0) this.tail = node;
    this.head = node;
    this.length++;
  }

  shift() {
    if (this.length === 0) return undefined;
    const node = this.head;
    if (--this.length === 0) this.head = this.tail = null;
    else this.head = node.next;
    return node.data;
  }

  clear() {
    this.head = this.tail = null;
    this.length = 0;
  }

  first() {
    return this.head.data;
  }

  join(separator) {
    if (this.length === 0) return '';
    let node = this.head;
    let out = '' + node.data;
    while ((node = node.next) !== null) out += separator + node.data;
    return out;
  }

  // All chunks as one Buffer of `size` bytes.
  concat(size) {
    if (this.length === 0) return Buffer.alloc(0);
    const out = Buffer.allocUnsafe(size >>> 0);
    let offset = 0;
    for (let node = this.head; node !== null; node = node.next) {
      TypedArraySet(out, node.data, offset);
      offset += node.data.length;
    }
    return out;
  }

  // Take `n` units (bytes, or characters when the chunks are strings) off the front.
  consume(n, hasStrings) {
    const data = this.head.data;
    if (n < data.length) {
      this.head.data = data.slice(n);
      return data.slice(0, n);
    }
    if (n === data.length) return this.shift();
    return hasStrings ? this._takeString(n) : this._takeBuffer(n);
  }

  _takeString(n) {
    let out = '';
    let node = this.head;
    let used = 0;
    while (node !== null) {
      const str = node.data;
      if (n > str.length) {
        out += str;
        n -= str.length;
        used++;
        node = node.next;
        continue;
      }
      if (n === str.length) {
        out += str;
        used++;
        node = node.next;
      } else {
        out += StringPrototypeSlice(str, 0, n);
        node.data = StringPrototypeSlice(str, n);
      }
      break;
    }
    this._dropFront(used, node);
    return out;
  }

  _takeBuffer(n) {
    const out = Buffer.allocUnsafe(n);
    let offset = 0;
    let node = this.head;
    let used = 0;
    while (node !== null) {
      const buf = node.data;
      const left = n - offset;
      if (left > buf.length) {
        TypedArraySet(out, buf, offset);
        offset += buf.length;
        used++;
        node = node.next;
        continue;
      }
      if (left === buf.length) {
        TypedArraySet(out, buf, offset);
        used++;
        node = node.next;
      } else {
        TypedArraySet(out, new Uint8Array(buf.buffer, buf.byteOffset, left), offset);
        node.data = buf.slice(left);
      }
      break;
    }
    this._dropFront(used, node);
    return out;
  }

  // `used` whole chunks were consumed; `node` is the new head (null when nothing is left).
  _dropFront(used, node) {
    this.length -= used;
    if (node === null) this.head = this.tail = null;
    else this.head = node;
  }

  *[Symbol.iterator]() {
    for (let node = this.head; node !== null; node = node.next) yield node.data;
  }

  [Symbol.for('nodejs.util.inspect.custom')](_, options) {
    const { inspect } = require('internal/util/inspect');
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }
}

module.exports = BufferList;
