'use strict';
// node:crypto — early version: crypto.constants holds the real OpenSSL values (from
// src/bindings/crypto.cc). Every function throws ERR_NOT_IMPLEMENTED until crypto lands.

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const { constants } = internalBinding('crypto');

const names = [
  'createHash', 'createHmac', 'createCipheriv', 'createDecipheriv', 'createSign', 'createVerify',
  'createECDH', 'createDiffieHellman', 'createDiffieHellmanGroup', 'createPrivateKey',
  'createPublicKey', 'createSecretKey', 'randomBytes', 'randomFillSync', 'randomFill', 'randomInt',
  'randomUUID', 'pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'hkdf', 'hkdfSync',
  'generateKeyPair', 'generateKeyPairSync', 'generateKey', 'generateKeySync', 'getCiphers',
  'getHashes', 'getCurves', 'sign', 'verify', 'publicEncrypt', 'privateDecrypt', 'privateEncrypt',
  'publicDecrypt', 'timingSafeEqual', 'getRandomValues', 'getFips', 'setFips', 'secureHeapUsed',
  'diffieHellman', 'generatePrime', 'generatePrimeSync', 'checkPrime', 'checkPrimeSync',
];

module.exports = { constants };
for (const name of names) {
  module.exports[name] = function() { throw new ERR_NOT_IMPLEMENTED(`crypto.${name}()`); };
}
