'use strict';
// Connection counting for sockets passed over an IPC channel (node's NODE_SOCKET_* messages).
// A net.Server whose connections were sent to other processes asks them, through these lists,
// how many are still open (server.getConnections()) and to say when all have closed
// (server.close()):
//   SocketListSend     on the sending side, one per (channel, server key)
//   SocketListReceive  on the receiving side: counts the sockets it got for that key

const EventEmitter = require('events');
const { codes: { ERR_CHILD_CLOSED_BEFORE_REPLY } } = require('internal/errors');

class SocketListSend extends EventEmitter {
  constructor(child, key) {
    super();
    this.key = key;
    this.child = child;
    child.once('exit', () => this.emit('exit', this));
  }

  // Sends `message` and calls back with the first reply whose cmd is `reply` for this key.
  _request(message, reply, swallowErrors, callback) {
    const { child } = this;
    if (!child.connected) {
      onclose();
      return;
    }
    function cleanup() {
      child.removeListener('internalMessage', onreply);
      child.removeListener('disconnect', onclose);
    }
    function onclose() {
      cleanup();
      callback(new ERR_CHILD_CLOSED_BEFORE_REPLY());
    }
    const key = this.key;
    function onreply(msg) {
      if (!(msg.cmd === reply && msg.key === key)) return;
      cleanup();
      callback(null, msg);
    }
    child._send(message, undefined, swallowErrors);
    child.once('disconnect', onclose);
    child.on('internalMessage', onreply);
  }

  close(callback) {
    this._request({ cmd: 'NODE_SOCKET_NOTIFY_CLOSE', key: this.key }, 'NODE_SOCKET_ALL_CLOSED', true, callback);
  }

  getConnections(callback) {
    this._request({ cmd: 'NODE_SOCKET_GET_COUNT', key: this.key }, 'NODE_SOCKET_COUNT', false, (err, msg) => {
      if (err) return callback(err);
      callback(null, msg.count);
    });
  }
}

class SocketListReceive extends EventEmitter {
  constructor(child, key) {
    super();
    this.connections = 0;
    this.key = key;
    this.child = child;
    function onempty(self) {
      if (!self.child.connected) return;
      self.child._send({ cmd: 'NODE_SOCKET_ALL_CLOSED', key: self.key }, undefined, true);
    }
    child.on('internalMessage', (msg) => {
      if (msg.key !== this.key) return;
      if (msg.cmd === 'NODE_SOCKET_NOTIFY_CLOSE') {
        if (this.connections === 0) return onempty(this);
        this.once('empty', onempty);
      } else if (msg.cmd === 'NODE_SOCKET_GET_COUNT') {
        if (!this.child.connected) return;
        this.child._send({ cmd: 'NODE_SOCKET_COUNT', key: this.key, count: this.connections });
      }
    });
  }

  add(obj) {
    this.connections++;
    obj.socket.once('close', () => {
      this.connections--;
      if (this.connections === 0) this.emit('empty', this);
    });
  }
}

module.exports = { SocketListSend, SocketListReceive };
