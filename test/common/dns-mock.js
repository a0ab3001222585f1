'use strict';
// A tiny DNS server for tests that must not touch the network: a udp4 socket on 127.0.0.1 that
// parses each query and answers with a packet built here, following the wire format of
// RFC 1035 section 4 (header, question, resource records, name compression) plus the RDATA
// layouts of RFC 3596 (AAAA), RFC 2782 (SRV), RFC 3403 (NAPTR) and RFC 8659 (CAA).
//
//   const { startMockServer } = require('../common/dns-mock');
//   startMockServer((question, query) => ({ answers: [{ type: 'A', data: '1.2.3.4' }] }),
//                   (port, server) => { resolver.setServers([`127.0.0.1:${port}`]); ... });
//
// The handler gets the first question ({ name, type: 'A' | 'MX' | ..., typeCode, class }), the
// whole parsed query and the sender's rinfo, and returns one of:
//   null / undefined   -> send nothing (the client times out)
//   a Buffer           -> sent as is
//   { rcode, answers, authority, additional }   -> a response echoing the question; records are
//     { type, data, name = question name, ttl = 300 } with data as described at writeRdata().
const assert = require('assert');
const dgram = require('dgram');

const TYPES = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35,
  OPT: 41, ANY: 255, CAA: 257,
};
const TYPE_NAMES = Object.fromEntries(Object.entries(TYPES).map(([name, code]) => [code, name]));
const RCODES = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 };
const CLASS_IN = 1;

// Writes a message into a fixed buffer, remembering where each name suffix starts so later
// names can point back at it (RFC 1035 4.1.4: a pointer is two bytes, 11 followed by a 14-bit
// offset from the start of the message).
class Writer {
  constructor() {
    this.buf = Buffer.alloc(65535);
    this.off = 0;
    this.suffixes = new Map();
  }
  u8(v) { this.off = this.buf.writeUInt8(v, this.off); }
  u16(v) { this.off = this.buf.writeUInt16BE(v, this.off); }
  u32(v) { this.off = this.buf.writeUInt32BE(v >>> 0, this.off); }
  bytes(b) { this.off += Buffer.from(b).copy(this.buf, this.off); }
  // <character-string>: one length byte, then up to 255 bytes.
  text(s) {
    const b = Buffer.from(s, 'utf8');
    assert(b.length <= 255, `character-string too long: ${s}`);
    this.u8(b.length);
    this.bytes(b);
  }
  // <domain-name>: a sequence of labels ending with the zero-length root label, or ending
  // with a pointer when `compress` is set and a suffix was already written.
  name(name, compress = true) {
    const labels = name.split('.').filter((l) => l !== '');
    for (let i = 0; i < labels.length; i++) {
      const suffix = labels.slice(i).join('.');  // case kept: 'B.Test' must not point at 'test'
      if (compress && this.suffixes.has(suffix)) {
        this.u16(0xC000 | this.suffixes.get(suffix));
        return;
      }
      if (this.off < 0x4000 && !this.suffixes.has(suffix)) this.suffixes.set(suffix, this.off);
      // One char per byte, like readName(), so a question is echoed back byte for byte.
      const label = Buffer.from(labels[i], 'latin1');
      assert(label.length > 0 && label.length <= 63, `bad label in ${name}`);
      this.u8(label.length);
      this.bytes(label);
    }
    this.u8(0);
  }
  result() { return Buffer.from(this.buf.subarray(0, this.off)); }
}

// Reads a (possibly compressed) name starting at `offset`; returns { name, end } where end is
// the offset just after the name as it appears at `offset`.
function readName(buf, offset) {
  const labels = [];
  let end = -1;
  let jumps = 0;
  for (;;) {
    const len = buf.readUInt8(offset);
    if (len === 0) {
      offset += 1;
      break;
    }
    if ((len & 0xC0) === 0xC0) {
      if (end === -1) end = offset + 2;
      offset = buf.readUInt16BE(offset) & 0x3FFF;
      if (++jumps > 64) throw new Error('compression loop');
      continue;
    }
    if ((len & 0xC0) !== 0) throw new Error('bad label type');
    labels.push(buf.toString('latin1', offset + 1, offset + 1 + len));
    offset += 1 + len;
  }
  return { name: labels.join('.'), end: end === -1 ? offset : end };
}

// Header (RFC 1035 4.1.1): ID, flags (QR opcode AA TC RD RA Z RCODE), QDCOUNT, ANCOUNT,
// NSCOUNT, ARCOUNT; then QDCOUNT questions of QNAME QTYPE QCLASS.
function parseQuery(buf) {
  if (buf.length < 12) throw new Error('short packet');
  const id = buf.readUInt16BE(0);
  const flags = buf.readUInt16BE(2);
  const qdcount = buf.readUInt16BE(4);
  const questions = [];
  let offset = 12;
  for (let i = 0; i < qdcount; i++) {
    const { name, end } = readName(buf, offset);
    const typeCode = buf.readUInt16BE(end);
    questions.push({
      name,
      typeCode,
      type: TYPE_NAMES[typeCode] || `TYPE${typeCode}`,
      class: buf.readUInt16BE(end + 2),
    });
    offset = end + 4;
  }
  return { id, opcode: (flags >> 11) & 0xF, rd: (flags >> 8) & 1, questions };
}

function ipv4Bytes(address) {
  const parts = address.split('.').map(Number);
  assert(parts.length === 4 && parts.every((p) => p >= 0 && p <= 255), `bad IPv4 ${address}`);
  return Buffer.from(parts);
}

function ipv6Bytes(address) {
  let groups;
  const halves = address.split('::');
  assert(halves.length <= 2, `bad IPv6 ${address}`);
  const toGroups = (s) => (s === '' ? [] : s.split(':'));
  let tail = toGroups(halves[halves.length - 1]);
  // A trailing dotted quad stands for the last two groups.
  const last = tail[tail.length - 1];
  if (last !== undefined && last.includes('.')) {
    const v4 = ipv4Bytes(last);
    tail = tail.slice(0, -1).concat([v4.readUInt16BE(0).toString(16), v4.readUInt16BE(2).toString(16)]);
  }
  if (halves.length === 2) {
    const head = toGroups(halves[0]);
    groups = head.concat(new Array(8 - head.length - tail.length).fill('0'), tail);
  } else {
    groups = tail;
  }
  assert(groups.length === 8, `bad IPv6 ${address}`);
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2));
  return out;
}

// RDATA by type:
//   A, AAAA: address string       CNAME, NS, PTR: domain name
//   MX: { priority, exchange }    TXT: array of strings (one record, several strings)
//   SRV: { priority, weight, port, name }
//   NAPTR: { order, preference, flags, service, regexp, replacement }
//   SOA: { nsname, hostmaster, serial, refresh, retry, expire, minttl }
//   CAA: { flags, tag, value }
//   other / raw: a Buffer
function writeRdata(w, type, data) {
  if (Buffer.isBuffer(data)) return w.bytes(data);
  switch (type) {
    case 'A': return w.bytes(ipv4Bytes(data));
    case 'AAAA': return w.bytes(ipv6Bytes(data));
    case 'CNAME': case 'NS': case 'PTR': return w.name(data);
    case 'MX':
      w.u16(data.priority);
      return w.name(data.exchange);
    case 'TXT':
      for (const s of data) w.text(s);
      return;
    case 'SRV':  // RFC 2782: the target is not compressed.
      w.u16(data.priority);
      w.u16(data.weight);
      w.u16(data.port);
      return w.name(data.name, false);
    case 'NAPTR':  // RFC 3403: the replacement is not compressed.
      w.u16(data.order);
      w.u16(data.preference);
      w.text(data.flags);
      w.text(data.service);
      w.text(data.regexp);
      return w.name(data.replacement, false);
    case 'SOA':
      w.name(data.nsname);
      w.name(data.hostmaster);
      w.u32(data.serial);
      w.u32(data.refresh);
      w.u32(data.retry);
      w.u32(data.expire);
      return w.u32(data.minttl);
    case 'CAA':
      w.u8(data.flags);
      w.text(data.tag);
      return w.bytes(Buffer.from(data.value, 'utf8'));
    default:
      throw new Error(`no RDATA encoder for ${type}`);
  }
}

// Resource record (RFC 1035 4.1.3): NAME TYPE CLASS TTL RDLENGTH RDATA.
function writeRecord(w, record, defaultName) {
  const type = record.type;
  const typeCode = typeof type === 'number' ? type : TYPES[type];
  assert(typeCode !== undefined, `unknown type ${type}`);
  w.name(record.name !== undefined ? record.name : defaultName);
  w.u16(typeCode);
  w.u16(record.class !== undefined ? record.class : CLASS_IN);
  w.u32(record.ttl !== undefined ? record.ttl : 300);
  const lengthAt = w.off;
  w.u16(0);
  const start = w.off;
  writeRdata(w, type, record.data);
  w.buf.writeUInt16BE(w.off - start, lengthAt);
}

// A response to `query`: same ID, QR=1, the query's opcode and RD, AA=1, RA=1, the given
// RCODE, and the question echoed back.
function buildResponse(query, { rcode = 0, answers = [], authority = [], additional = [] } = {}) {
  const w = new Writer();
  const code = typeof rcode === 'string' ? RCODES[rcode] : rcode;
  w.u16(query.id);
  w.u16(0x8000 | (query.opcode << 11) | 0x0400 | (query.rd << 8) | 0x0080 | code);
  w.u16(query.questions.length);
  w.u16(answers.length);
  w.u16(authority.length);
  w.u16(additional.length);
  for (const q of query.questions) {
    w.name(q.name, false);
    w.u16(q.typeCode);
    w.u16(q.class);
  }
  const owner = query.questions.length ? query.questions[0].name : '';
  for (const r of answers) writeRecord(w, r, owner);
  for (const r of authority) writeRecord(w, r, owner);
  for (const r of additional) writeRecord(w, r, owner);
  return w.result();
}

// Starts the server; callback(port, server) once it listens. server.queries lists each
// question received as { name, type }, a retransmission (same sender, ID and question, sent
// again after a client timeout, e.g. on a very busy machine) only once; server.allQueries
// lists every datagram's question. Close it with server.close().
function startMockServer(handler, callback) {
  const server = dgram.createSocket('udp4');
  server.queries = [];
  server.allQueries = [];
  const seen = new Set();
  server.on('message', (msg, rinfo) => {
    let query;
    try {
      query = parseQuery(msg);
    } catch {
      return;
    }
    const question = query.questions[0];
    const entry = { name: question.name, type: question.type };
    server.allQueries.push(entry);
    const key = `${rinfo.port} ${query.id} ${question.name} ${question.typeCode}`;
    if (!seen.has(key)) {
      seen.add(key);
      server.queries.push(entry);
    }
    const reply = handler(question, query, rinfo);
    if (reply === null || reply === undefined) return;
    const packet = Buffer.isBuffer(reply) ? reply : buildResponse(query, reply);
    server.send(packet, rinfo.port, rinfo.address);
  });
  server.bind(0, '127.0.0.1', () => callback(server.address().port, server));
  return server;
}

// A handler answering from a table { 'name': { A: [data, ...], MX: [...] } }: names are
// matched without regard to case; a missing name gives NXDOMAIN, a known name without
// records of the asked type gives an empty NOERROR answer. ANY returns every record of the
// name, in the order of the table.
function zoneHandler(zone, ttl = 300) {
  const lower = {};
  for (const key of Object.keys(zone)) lower[key.toLowerCase()] = zone[key];
  return (question) => {
    const entry = lower[question.name.toLowerCase()];
    if (!entry) return { rcode: 'NXDOMAIN' };
    const types = question.type === 'ANY' ? Object.keys(entry) : [question.type];
    const answers = [];
    for (const type of types) {
      for (const data of entry[type] || []) answers.push({ type, data, ttl });
    }
    return { answers };
  };
}

module.exports = {
  TYPES,
  RCODES,
  Writer,
  readName,
  parseQuery,
  buildResponse,
  startMockServer,
  zoneHandler,
};
