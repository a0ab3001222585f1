'use strict';
// node:constants (deprecated in node's docs, DEP0008, without a runtime warning): the os, fs and
// crypto constants in one frozen object. New code reads os.constants / fs.constants / crypto.constants.

const { os, fs } = internalBinding('constants');
// crypto.constants.defaultCipherList is a setting, not a constant: node leaves it out here.
const { defaultCipherList, ...crypto } = internalBinding('crypto').constants;

Object.assign(exports, os.dlopen, os.errno, os.priority, os.signals, fs, crypto);
Object.freeze(exports);
