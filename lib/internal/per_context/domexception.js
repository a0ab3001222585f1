'use strict';
// DOMException (WebIDL): an Error subclass with a name and a legacy numeric code. Used by
// atob/btoa, AbortController, structuredClone and the web APIs.

const kState = Symbol('kDOMExceptionState');

// name -> legacy code, and the legacy constant names in code order (WebIDL's table).
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'], [null, 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'], [null, 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'], ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'], [null, 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'], ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'], ['AbortError', 'ABORT_ERR'], ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'], ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 'DATA_CLONE_ERR'],
];
const codeByName = new Map();
legacyCodes.forEach(([name], i) => { if (name) codeByName.set(name, i + 1); });

function stateOf(self) {
  const state = self != null ? self[kState] : undefined;
  if (state === undefined) {
    const err = new TypeError('Value of "this" must be of DOMException');
    err.code = 'ERR_INVALID_THIS';
    throw err;
  }
  return state;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    Error.captureStackTrace(this);
    let name;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
      }
    } else {
      name = `${options}`;
    }
    Object.defineProperty(this, kState, { value: { message: `${message}`, name } });
  }

  get name() { return stateOf(this).name; }
  get message() { return stateOf(this).message; }
  get code() { return codeByName.get(stateOf(this).name) || 0; }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { configurable: true, value: 'DOMException' });
legacyCodes.forEach(([, constant], i) => {
  const desc = { enumerable: true, value: i + 1 };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
});

module.exports = { DOMException };
