'use strict';
// SCHED_NONE, and always for UDP: the primary creates the listening handle once and sends it to
// every worker that asks; each listens on its own copy and the kernel spreads the load.

class SharedHandle {
  constructor(key, address, { port, addressType, fd, flags }) {
    this.key = key;
    this.workers = new Map();
    this.handle = null;
    this.errno = 0;
    const rval = addressType === 'udp4' || addressType === 'udp6' ?
      require('internal/dgram').createSocketHandle(address, port, addressType, fd, flags) :
      require('net')._createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') this.errno = rval;
    else this.handle = rval;
  }

  add(worker, send) {
    this.workers.set(worker.id, worker);
    send(this.errno, null, this.handle);
  }

  remove(worker) {
    if (!this.workers.delete(worker.id)) return false;
    if (this.workers.size !== 0) return false;
    this.handle.close();
    this.handle = null;
    return true;
  }
}

module.exports = SharedHandle;
