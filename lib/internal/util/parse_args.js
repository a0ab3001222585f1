'use strict';
// util.parseArgs(config): node 18's command-line parser (experimental there too).
//
// It works in three passes over the arguments:
//   1. the args are cut into tokens: { kind: 'option', name, rawName, index, value, inlineValue },
//      { kind: 'positional', index, value } and { kind: 'option-terminator', index };
//   2. the tokens fill `values` (a null-prototype object) and `positionals`, checking usage
//      when `strict`;
//   3. options that got no value take their `default`.
// Only own properties of `config`, of `options` and of each option's config are looked at.
// A short group such as -abc is expanded in place to -a -b -c; the expanded pieces keep the
// index of the group, and a string option inside a group takes the rest of the group as its value
// (-abfFILE is -a -b -fFILE). Errors carry node's classes, codes and messages.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  ArrayPrototypeUnshift,
  ObjectPrototypeHasOwnProperty,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = require('internal/primordials');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
} = require('internal/validators');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const { kEmptyObject } = require('internal/util');

const ObjectEntries = Object.entries;
const charAt = Function.prototype.call.bind(String.prototype.charAt);

// obj[key] when it is an own property of obj, else undefined.
function ownValue(obj, key) {
  return ObjectPrototypeHasOwnProperty(obj, key) ? obj[key] : undefined;
}

// The `prop` setting of option `name`, when both are own properties.
function optionSetting(options, name, prop) {
  return ObjectPrototypeHasOwnProperty(options, name) ? ownValue(options[name], prop) : undefined;
}

function isStringOption(options, name) {
  return optionSetting(options, name, 'type') === 'string';
}

// The long name configured with `short: letter`, or the letter itself when there is none.
function longNameOf(letter, options) {
  const entries = ObjectEntries(options);
  for (let i = 0; i < entries.length; i++) {
    if (ownValue(entries[i][1], 'short') === letter) return entries[i][0];
  }
  return letter;
}

// Arguments after the executable and the script; with -e/-p there is no script.
function defaultArgs() {
  const execArgv = process.execArgv;
  const evaluating = ArrayPrototypeIncludes(execArgv, '-e') || ArrayPrototypeIncludes(execArgv, '--eval') ||
    ArrayPrototypeIncludes(execArgv, '-p') || ArrayPrototypeIncludes(execArgv, '--print');
  return ArrayPrototypeSlice(process.argv, evaluating ? 1 : 2);
}

// '-x' (one character after a single dash).
function isShortAlone(arg) {
  return arg.length === 2 && charAt(arg, 0) === '-' && charAt(arg, 1) !== '-';
}

// '-x…' with more after the letter: a group when the first letter is not a string option,
// otherwise that option with its value attached.
function isShortWithMore(arg) {
  return !(arg.length <= 2) && charAt(arg, 0) === '-' && charAt(arg, 1) !== '-';
}

// '--name' (no '=' after the name's first character) and '--name=value'.
function isLongAlone(arg) {
  return arg.length > 2 && StringPrototypeStartsWith(arg, '--') && !StringPrototypeIncludes(arg, '=', 3);
}
function isLongWithValue(arg) {
  return arg.length > 2 && StringPrototypeStartsWith(arg, '--') && StringPrototypeIncludes(arg, '=', 3);
}

function optionToken(name, rawName, index, value, inlineValue) {
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

function tokenize(args, options) {
  const tokens = [];
  const queue = ArrayPrototypeSlice(args);
  let index = -1;
  // '-x' or '--name' on its own: a string option takes the next argument as its value. Returns
  // the index of the last argument used.
  const pushOptionAlone = (name, arg, at, next) => {
    let value;
    let inlineValue;
    if (isStringOption(options, name) && next != null) {
      value = ArrayPrototypeShift(queue);
      inlineValue = false;
    }
    ArrayPrototypePush(tokens, optionToken(name, arg, at, value, inlineValue));
    return value != null ? at + 1 : at;
  };
  // How many queued entries are pieces of an expanded short group (they share its index).
  let groupPieces = 0;

  while (queue.length > 0) {
    const arg = ArrayPrototypeShift(queue);
    const next = queue[0];
    if (groupPieces > 0) groupPieces--;
    else index++;

    if (arg === '--') {
      ArrayPrototypePush(tokens, { kind: 'option-terminator', index });
      for (let i = 0; i < queue.length; i++) {
        ArrayPrototypePush(tokens, { kind: 'positional', index: ++index, value: queue[i] });
      }
      break;
    }

    if (isShortAlone(arg)) {
      index = pushOptionAlone(longNameOf(charAt(arg, 1), options), arg, index, next);
      continue;
    }

    if (isShortWithMore(arg) && !isStringOption(options, longNameOf(charAt(arg, 1), options))) {
      // A group: every letter becomes its own '-x'; a string option that is not the last letter
      // takes the rest of the group as its value.
      const pieces = [];
      for (let i = 1; i < arg.length; i++) {
        const letter = charAt(arg, i);
        if (!isStringOption(options, longNameOf(letter, options)) || i === arg.length - 1) {
          ArrayPrototypePush(pieces, `-${letter}`);
        } else {
          ArrayPrototypePush(pieces, `-${StringPrototypeSlice(arg, i)}`);
          break;
        }
      }
      for (let i = pieces.length - 1; i >= 0; i--) ArrayPrototypeUnshift(queue, pieces[i]);
      groupPieces = pieces.length;
      continue;
    }

    if (isShortWithMore(arg) && isStringOption(options, longNameOf(charAt(arg, 1), options))) {
      const letter = charAt(arg, 1);
      ArrayPrototypePush(tokens, optionToken(longNameOf(letter, options), `-${letter}`, index,
                                             StringPrototypeSlice(arg, 2), true));
      continue;
    }

    if (isLongAlone(arg)) {
      index = pushOptionAlone(StringPrototypeSlice(arg, 2), arg, index, next);
      continue;
    }

    if (isLongWithValue(arg)) {
      const equals = StringPrototypeIndexOf(arg, '=');
      const name = StringPrototypeSlice(arg, 2, equals);
      ArrayPrototypePush(tokens, optionToken(name, `--${name}`, index, StringPrototypeSlice(arg, equals + 1), true));
      continue;
    }

    ArrayPrototypePush(tokens, { kind: 'positional', index, value: arg });
  }
  return tokens;
}

// Strict mode: the option must be known and used as its type says.
function checkUsage(options, allowPositionals, token) {
  const { name, rawName, value } = token;
  if (!ObjectPrototypeHasOwnProperty(options, name)) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(rawName, allowPositionals);
  }
  const short = optionSetting(options, name, 'short');
  const display = short ? `-${short}, --${name}` : `--${name}`;
  const type = optionSetting(options, name, 'type');
  if (type === 'string' && typeof value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${display} <value>' argument missing`);
  }
  if (type === 'boolean' && value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${display}' does not take an argument`);
  }
}

// Strict mode: a value taken from the next argument must not look like an option (--port --verbose).
function checkNotOptionLike(token) {
  const { value } = token;
  if (token.inlineValue || value == null || !(value.length > 1 && charAt(value, 0) === '-')) return;
  const { name, rawName } = token;
  const hint = StringPrototypeStartsWith(rawName, '--') ?
    `'${rawName}=-XYZ'` : `'--${name}=-XYZ' or '${rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${rawName}'?\n` +
    `To specify an option argument starting with a dash use ${hint}.`);
}

function validateOptionConfig(name, config) {
  const where = `options.${name}`;
  validateObject(config, where);
  const type = ownValue(config, 'type');
  if (type !== 'string' && type !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE(`${where}.type`, "('string|boolean')", type); // as validateUnion
  }
  if (ObjectPrototypeHasOwnProperty(config, 'short')) {
    const short = config.short;
    validateString(short, `${where}.short`);
    if (short.length !== 1) throw new ERR_INVALID_ARG_VALUE(`${where}.short`, short, 'must be a single character');
  }
  const multiple = ownValue(config, 'multiple');
  if (ObjectPrototypeHasOwnProperty(config, 'multiple')) validateBoolean(multiple, `${where}.multiple`);
  const defaultValue = ownValue(config, 'default');
  if (defaultValue === undefined) return;
  if (type === 'string') {
    (multiple ? validateStringArray : validateString)(defaultValue, `${where}.default`);
  } else {
    (multiple ? validateBooleanArray : validateBoolean)(defaultValue, `${where}.default`);
  }
}

function parseArgs(config = kEmptyObject) {
  const args = ownValue(config, 'args') ?? defaultArgs();
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const wantTokens = ownValue(config, 'tokens') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(wantTokens, 'tokens');
  validateObject(options, 'options');
  const configs = ObjectEntries(options);
  for (let i = 0; i < configs.length; i++) validateOptionConfig(configs[i][0], configs[i][1]);

  const tokens = tokenize(args, options);

  const values = { __proto__: null };
  const positionals = [];
  const result = { values, positionals };
  if (wantTokens) result.tokens = tokens;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      ArrayPrototypePush(positionals, token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    if (strict) {
      checkUsage(options, allowPositionals, token);
      checkNotOptionLike(token);
    }
    const name = token.name;
    if (name === '__proto__') continue;
    // The value as given (a boolean option given a value in loose mode keeps it).
    const value = token.value ?? true;
    if (optionSetting(options, name, 'multiple')) {
      if (values[name]) ArrayPrototypePush(values[name], value);
      else values[name] = [value];
    } else {
      values[name] = value;
    }
  }

  const withDefaults = ObjectEntries(options);
  for (let i = 0; i < withDefaults.length; i++) {
    const { 0: name, 1: optionConfig } = withDefaults[i];
    if (ownValue(optionConfig, 'default') === undefined || values[name] !== undefined) continue;
    const defaultValue = ownValue(optionConfig, 'default');
    if (name !== '__proto__') values[name] = defaultValue;
  }
  return result;
}

module.exports = { parseArgs };
