'use strict';
// V8 10.2 predates explicit resource management: node 18 provides the two well-known symbols,
// as registered symbols (Symbol.for('nodejs.dispose')).
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      __proto__: null, value: Symbol.for(`nodejs.${name}`), writable: false, enumerable: false, configurable: false,
    });
  }
}
// Run by C++ (src/runtime.cc) first, with (process, getInternalBinding). Builds the two loaders
// every other part of lib/ uses, and returns them:
//   internalBinding(name)  native bindings (src/bindings/<name>.cc), created once and cached
//   require(id)            built-in modules of lib/ (lib/<id>.js), compiled once and cached
// Both record what they load in process.moduleLoadList, as node does.

/* global process, getInternalBinding */

const ArrayPrototypePush = Function.prototype.call.bind(Array.prototype.push);
const StringPrototypeStartsWith = Function.prototype.call.bind(String.prototype.startsWith);
const ObjectDefineProperty = Object.defineProperty;
const SafeMap = Map;

const moduleLoadList = [];
ObjectDefineProperty(process, 'moduleLoadList', {
  __proto__: null, value: moduleLoadList, configurable: true, enumerable: true, writable: false,
});

const bindingCache = { __proto__: null };
function internalBinding(name) {
  let binding = bindingCache[name];
  if (binding === undefined) {
    binding = getInternalBinding(name);
    bindingCache[name] = binding;
    ArrayPrototypePush(moduleLoadList, `Internal Binding ${name}`);
  }
  return binding;
}

const { compileFunction, builtinIds } = internalBinding('builtins');

// A module of lib/. Public ones (no `internal/` prefix) are what user code can require.
class BuiltinModule {
  static map = new SafeMap();

  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
    this.canBeRequiredByUsers = !StringPrototypeStartsWith(id, 'internal/');
  }

  // --expose-internals: user code may require internal/* too (node's own tests do).
  static exposeInternals() {
    for (const mod of BuiltinModule.map.values()) mod.canBeRequiredByUsers = true;
  }

  static exists(id) {
    return BuiltinModule.map.has(id);
  }

  static canBeRequiredByUsers(id) {
    const mod = BuiltinModule.map.get(id);
    return mod !== undefined && mod.canBeRequiredByUsers;
  }

  // Ids user code can require, in lib/'s order.
  static getCanBeRequiredByUsersIds() {
    const ids = [];
    for (const mod of BuiltinModule.map.values()) {
      if (mod.canBeRequiredByUsers) ArrayPrototypePush(ids, mod.id);
    }
    return ids;
  }

  compileForInternalLoader() {
    if (this.loaded || this.loading) return this.exports;  // cycles see partial exports
    this.loading = true;
    try {
      const fn = compileFunction(this.id);
      fn(this.exports, requireBuiltin, this, process, internalBinding);
      this.loaded = true;
    } finally {
      this.loading = false;
    }
    ArrayPrototypePush(moduleLoadList, `NativeModule ${this.id}`);
    return this.exports;
  }
}

for (let i = 0; i < builtinIds.length; i++) {
  const id = builtinIds[i];
  // Bootstrap and entry scripts are run by C++ with their own parameters, not required.
  if (StringPrototypeStartsWith(id, 'internal/bootstrap/') ||
      StringPrototypeStartsWith(id, 'internal/main/')) continue;
  BuiltinModule.map.set(id, new BuiltinModule(id));
}

function requireBuiltin(id) {
  if (id === 'internal/bootstrap/realm') return loaderExports;
  const mod = BuiltinModule.map.get(id);
  if (mod === undefined) throw new Error(`No such built-in module: ${id}`);
  return mod.compileForInternalLoader();
}

const loaderExports = { internalBinding, require: requireBuiltin, BuiltinModule };
return loaderExports;
