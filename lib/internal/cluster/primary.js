'use strict';
// cluster in the primary process: fork() starts workers (this script again, with
// NODE_UNIQUE_ID), and the primary answers their requests for listening handles — one
// RoundRobinHandle or SharedHandle per address, shared by every worker that listens there.

const EventEmitter = require('events');
const path = require('path');
const { fork } = require('child_process');
const { validatePort } = require('internal/validators');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');
const RoundRobinHandle = require('internal/cluster/round_robin_handle');
const SharedHandle = require('internal/cluster/shared_handle');

const cluster = new EventEmitter();
const intercom = new EventEmitter();
const SCHED_NONE = 1;
const SCHED_RR = 2;
const minPort = 1024;
const maxPort = 65535;

module.exports = cluster;

const handles = new Map();
cluster.isWorker = false;
cluster.isMaster = true;  // legacy name
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

let ids = 0;
let debugPortOffset = 1;
let initialized = false;

// NODE_CLUSTER_SCHED_POLICY=rr|none, round-robin by default; fixed at the first setup.
let schedulingPolicy = process.env.NODE_CLUSTER_SCHED_POLICY;
if (schedulingPolicy === 'rr') schedulingPolicy = SCHED_RR;
else if (schedulingPolicy === 'none') schedulingPolicy = SCHED_NONE;
else schedulingPolicy = SCHED_RR;
cluster.schedulingPolicy = schedulingPolicy;

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  // Per-process V8 logs, as node does for --prof.
  if (settings.execArgv.some((s) => s.startsWith('--prof')) &&
      !settings.execArgv.some((s) => s.startsWith('--logfile='))) {
    settings.execArgv = [...settings.execArgv, '--logfile=v8-%p.log'];
  }
  cluster.settings = settings;
  if (initialized === true) {
    process.nextTick(setupSettingsNT, settings);
    return;
  }
  initialized = true;
  schedulingPolicy = cluster.schedulingPolicy;
  if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
    throw new Error(`Bad cluster.schedulingPolicy: ${schedulingPolicy}`);
  }
  process.nextTick(setupSettingsNT, settings);
};
cluster.setupMaster = cluster.setupPrimary;

function setupSettingsNT(settings) {
  cluster.emit('setup', settings);
}

function createWorkerProcess(id, env) {
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
  const execArgv = [...cluster.settings.execArgv];
  // A debugged primary gives each worker its own inspector port.
  const debugArg = /--inspect(?:-brk|-port)?|--debug-port/;
  if (execArgv.some((arg) => debugArg.test(arg)) || debugArg.test(process.env.NODE_OPTIONS || '')) {
    let inspectPort;
    if ('inspectPort' in cluster.settings) {
      inspectPort = typeof cluster.settings.inspectPort === 'function' ?
        cluster.settings.inspectPort() : cluster.settings.inspectPort;
      validatePort(inspectPort);
    } else {
      inspectPort = process.debugPort + debugPortOffset;
      if (inspectPort > maxPort) inspectPort = inspectPort - maxPort + minPort - 1;
      debugPortOffset++;
    }
    execArgv.push(`--inspect-port=${inspectPort}`);
  }
  const { settings } = cluster;
  return fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: workerEnv,
    serialization: settings.serialization,
    silent: settings.silent,
    windowsHide: settings.windowsHide,
    execArgv,
    stdio: settings.stdio,
    gid: settings.gid,
    uid: settings.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

function removeHandlesForWorker(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

cluster.fork = function fork(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const worker = new Worker({ id, process: createWorkerProcess(id, env) });
  worker.on('message', function(message, handle) {
    cluster.emit('message', this, message, handle);
  });
  worker.process.once('exit', (exitCode, signalCode) => {
    // Keep a worker that is still connected: its 'disconnect' removes it.
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });
  worker.process.once('disconnect', () => {
    removeHandlesForWorker(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  worker.process.on('internalMessage', internal(worker, onmessage));
  process.nextTick(emitForkNT, worker);
  cluster.workers[worker.id] = worker;
  return worker;
};

function emitForkNT(worker) {
  cluster.emit('fork', worker);
}

cluster.disconnect = function disconnect(cb) {
  const workers = Object.values(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const worker of workers) {
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

const handlers = { close, exitedAfterDisconnect, listening, online, queryServer };

function onmessage(message) {
  const handler = handlers[message.act];
  if (typeof handler === 'function') handler(this, message);
}

function online(worker) {
  worker.state = 'online';
  worker.emit('online');
  cluster.emit('online', worker);
}

function exitedAfterDisconnect(worker, message) {
  worker.exitedAfterDisconnect = true;
  send(worker, { ack: message.seq });
}

// A worker wants to listen: join (or create) the handle for that address.
function queryServer(worker, message) {
  if (worker.exitedAfterDisconnect) return;  // already disconnecting
  const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    let address = message.address;
    // Unix socket paths are limited to ~100 bytes: use the shorter of relative and absolute.
    if (message.port < 0 && typeof address === 'string') {
      address = path.relative(process.cwd(), address);
      if (message.address.length < address.length) address = message.address;
    }
    // UDP has no connections to balance.
    if (schedulingPolicy !== SCHED_RR || message.addressType === 'udp4' || message.addressType === 'udp6') {
      handle = new SharedHandle(key, address, message);
    } else {
      handle = new RoundRobinHandle(key, address, message);
    }
    handles.set(key, handle);
  }
  if (!handle.data) handle.data = message.data;
  handle.add(worker, (errno, reply, sharedHandle) => {
    const { data } = handles.get(key);
    if (errno) handles.delete(key);  // other workers may retry
    send(worker, { errno, key, ack: message.seq, data, ...reply }, sharedHandle);
  });
}

function listening(worker, message) {
  const info = { addressType: message.addressType, address: message.address, port: message.port, fd: message.fd };
  worker.state = 'listening';
  worker.emit('listening', info);
  cluster.emit('listening', worker, info);
}

// A worker's server closed (the handle may be gone already).
function close(worker, message) {
  const handle = handles.get(message.key);
  if (handle && handle.remove(worker)) handles.delete(message.key);
}

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function destroy(signo) {
  const proc = this.process;
  const signal = signo || 'SIGTERM';
  if (this.isConnected()) {
    this.once('disconnect', () => proc.kill(signal));
    this.disconnect();
    return;
  }
  proc.kill(signal);
};
