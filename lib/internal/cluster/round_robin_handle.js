'use strict';
// SCHED_RR, the default for TCP and pipes: the primary listens, and hands each accepted
// connection to the next free worker (act 'newconn' with the handle); a worker that no longer
// wants it sends it back (accepted: false) and it goes to another.

const net = require('net');
const { constants: { UV_TCP_IPV6ONLY } } = internalBinding('tcp_wrap');
const { sendHelper } = require('internal/cluster/utils');

class RoundRobinHandle {
  constructor(key, address, { port, fd, flags, backlog, readableAll, writableAll }) {
    this.key = key;
    this.all = new Map();   // worker id -> worker
    this.free = new Map();  // workers waiting for a connection
    this.handles = [];      // accepted connections waiting for a worker
    this.handle = null;
    this.server = net.createServer(() => { throw new Error('unreachable: connections are distributed'); });
    if (fd >= 0) {
      this.server.listen({ fd, backlog });
    } else if (port >= 0) {
      this.server.listen({ port, host: address, ipv6Only: Boolean(flags & UV_TCP_IPV6ONLY), backlog });
    } else {
      this.server.listen({ path: address, backlog, readableAll, writableAll });
    }
    this.server.once('listening', () => {
      this.handle = this.server._handle;
      this.handle.onconnection = (err, handle) => this.distribute(err, handle);
      this.server._handle = null;
      this.server = null;
    });
  }

  add(worker, send) {
    this.all.set(worker.id, worker);
    const done = () => {
      if (this.handle.getsockname) {
        const out = {};
        this.handle.getsockname(out);
        send(null, { sockname: out }, null);
      } else {
        send(null, null, null);  // a Unix socket
      }
      this.handoff(worker);  // connections may be waiting
    };
    if (this.server === null) return done();
    // Still binding.
    this.server.once('listening', done);
    this.server.once('error', (err) => send(err.errno, null));
  }

  remove(worker) {
    if (!this.all.delete(worker.id)) return false;
    this.free.delete(worker.id);
    if (this.all.size !== 0) return false;
    for (const handle of this.handles) handle.close();
    this.handles = [];
    this.handle.close();
    this.handle = null;
    return true;
  }

  distribute(err, handle) {
    if (err) return;  // accept failed
    this.handles.push(handle);
    const first = this.free.entries().next();
    if (!first.done) {
      const [id, worker] = first.value;
      this.free.delete(id);
      this.handoff(worker);
    }
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return;  // the worker is closing the server
    const handle = this.handles.shift();
    if (handle === undefined) {
      this.free.set(worker.id, worker);
      return;
    }
    sendHelper(worker.process, { act: 'newconn', key: this.key }, handle, (reply) => {
      if (reply.accepted) handle.close();
      else this.distribute(0, handle);  // the worker is shutting down: give it to another
      this.handoff(worker);
    });
  }
}

module.exports = RoundRobinHandle;
