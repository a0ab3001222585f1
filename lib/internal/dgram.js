'use strict';
// What lib/dgram.js shares with the IPC channel (lib/internal/child_process/ipc.js, which
// passes UDP sockets between processes) and cluster's primary: the socket's state key and
// handle creation.

const { UDP } = internalBinding('udp_wrap');
const { codes: { ERR_SOCKET_BAD_TYPE } } = require('internal/errors');
const { isInt32, validateFunction } = require('internal/validators');
const { guessHandleType } = internalBinding('util');
const { UV_EINVAL } = internalBinding('uv');

const kStateSymbol = Symbol('state symbol');

// A handle for 'udp4' or 'udp6': its lookup resolves in that family, and for udp6 bind,
// connect and send are the IPv6 forms.
function newHandle(type, lookup) {
  if (lookup === undefined) {
    lookup = require('dns').lookup;
  } else {
    validateFunction(lookup, 'lookup');
  }
  const handle = new UDP();
  if (type === 'udp4') {
    handle.lookup = (address, callback) => lookup(address || '127.0.0.1', 4, callback);
    return handle;
  }
  if (type === 'udp6') {
    handle.lookup = (address, callback) => lookup(address || '::1', 6, callback);
    handle.bind = handle.bind6;
    handle.connect = handle.connect6;
    handle.send = handle.send6;
    return handle;
  }
  throw new ERR_SOCKET_BAD_TYPE();
}

// A bound (or fd-opened) handle, or a uv error number: the primary's shared handle for a
// cluster's UDP sockets (lib/internal/cluster/shared_handle.js).
function createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err;
  if (isInt32(fd) && fd > 0) {
    err = guessHandleType(fd) === 'UDP' ? handle.open(fd) : UV_EINVAL;
  } else if (port || address) {
    err = handle.bind(address, port || 0, flags);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

module.exports = { createSocketHandle, kStateSymbol, newHandle };
