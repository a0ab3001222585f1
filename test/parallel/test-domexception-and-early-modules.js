'use strict';
// DOMException, crypto.constants, worker_threads/cluster main-thread values and fs Stats/Dirent
// shapes, as node 18 gives them (expected lines recorded with ../shared/tools/node18).
require('../common');
const assert = require('assert');

const lines = [];
const log = (...a) => lines.push(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));
const e = new DOMException('bad', 'InvalidCharacterError');
log(e.name, e.message, e.code, String(e), e instanceof Error, Object.keys(e), Object.prototype.toString.call(e));
const c = new DOMException('m', { name: 'AbortError', cause: 1 });
log(c.name, c.cause, c.code, new DOMException().name, new DOMException().message, DOMException.length, DOMException.INVALID_CHARACTER_ERR, e.DATA_CLONE_ERR);
try { Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({}); } catch (err) { log(err.name, err.code, err.message); }
log(require('util').inspect(e).split('\n')[0]);
const k = require('crypto').constants;
log(Object.keys(k).length, typeof k.OPENSSL_VERSION_NUMBER, k.RSA_PKCS1_PADDING, k.TLS1_3_VERSION, k.defaultCipherList === k.defaultCoreCipherList, k.SSL_OP_NO_TLSv1_3);
log(require('worker_threads').isMainThread, require('worker_threads').threadId, require('cluster').isPrimary, require('cluster').isMaster, require('cluster').isWorker);
const s = require('fs').statSync('/');
log(Object.keys(s), typeof s.isFIFO);
log(require('util').inspect(require('fs').readdirSync('/', { withFileTypes: true }).find((d) => d.name === 'tmp')));
assert.deepStrictEqual(lines, [
    "InvalidCharacterError bad 5 InvalidCharacterError: bad true [] [object DOMException]",
    "AbortError 1 20 Error  0 5 25",
    "TypeError ERR_INVALID_THIS Value of \"this\" must be of DOMException",
    "DOMException [InvalidCharacterError]: bad",
    "73 number 1 772 true 536870912",
    "true 0 true true false",
    "[\"dev\",\"mode\",\"nlink\",\"uid\",\"gid\",\"rdev\",\"blksize\",\"ino\",\"size\",\"blocks\",\"atimeMs\",\"mtimeMs\",\"ctimeMs\",\"birthtimeMs\",\"atime\",\"mtime\",\"ctime\",\"birthtime\"] function",
    "Dirent { name: 'tmp', parentPath: '/', path: '/', [Symbol(type)]: 2 }"
  ]);
