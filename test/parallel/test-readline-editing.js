'use strict';
// Line editing on a terminal interface: every key of each scenario is typed into the input and
// the resulting line, cursor, cursor position (rows, cols), the exact writes to the output and
// the events are compared. Covers cursor moves (chars, words, home/end), deletes, the kill ring
// (ctrl+u/k, ctrl+y, meta+y), undo/redo, history navigation and prefix search, line wrapping with
// the output's columns, double-width characters, tabs, multi-line prompts, several lines written
// at once, and keys that edit nothing. Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

// [name, options (columns: the output's width), keys typed one chunk at a time]
const scenarios = [
  ['moves and deletes', { prompt: 'p> ' }, [
    'hello world', '\x1b[D\x1b[D', '\x01', '\x05', '\x02', '\x06', '\x1b[H', '\x1b[F', '\x1bOH', '\x1b[4~',
    '\x1bb', '\x1bb', '\x1bf', '\x1b[1;5D', '\x1b[1;5C', '\x17', '\x1b[3~', '\x7f', '\b', '\x04', '\x0b', '\x15',
  ]],
  ['words', { prompt: '' }, [
    'foo bar.hop/zoo  baz', '\x01', '\x1bf', '\x1bf', '\x1bf', '\x1bf', '\x1bf', '\x1bf', '\x1bf', '\x1bb', '\x1bb',
    '\x1bd', '\x1bd', '\x1b[3;5~', '\x1b\x7f', '\x05', '\x17', '\x17',
  ]],
  ['punctuation runs', { prompt: '' }, [
    'a .. ,, b -- c', '\x01', '\x1bf', '\x1bd', '\x1bf', '\x1bf', '\x1b[3;5~', '\x1bb',
  ]],
  ['kill ring', { prompt: '' }, [
    'the quick brown fox', '\x01', '\x06', '\x0b', '\x19', '\x01', '\x06\x06\x06\x06', '\x0b', '\x01', '\x19',
    '\x1by', '\x1by', '\x1by', 'x', '\x1by', '\x15', '\x19', '\x19',
  ]],
  ['undo redo', { prompt: '' }, [
    'abc', 'd', '\x7f', '\x1f', '\x1f', '\x1e', '\x1e', '\x1e', '\x1f\x1f\x1f\x1f\x1f\x1f', '\x1e',
  ]],
  ['history', { prompt: '$ ' }, [
    'first\r', 'second\r', 'second\r', '  \r', 'first\r', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[B', '\x1b[B',
    '\x1b[B', 'se', '\x1b[A', '\x1b[A', '\x1b[B', '\x1b[B', '\x10', '\x10', '\x0e', '\x15', 'f', '\x1b[D', '\x1b[A',
    '\x1b[C', '\x1b[A', '\r', '\x15zz', '\x1b[A', '\x1b[C', '\x15', '\x10',
  ]],
  ['history no duplicates', { prompt: '', removeHistoryDuplicates: true, historySize: 3 }, [
    'a\r', 'b\r', 'a\r', 'c\r', 'd\r', '\x1b[A\x1b[A\x1b[A\x1b[A',
  ]],
  ['wrapping', { prompt: '>>> ', columns: 10 }, [
    'abcdef', 'g', 'hijklmnopq', '\x01', '\x05', '\x1b[D', '\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D', 'X', '\x0c',
    '\r',
  ]],
  ['wide characters', { prompt: '> ', columns: 8 }, [
    'あい', 'う', 'え', '\x1b[D', '\x1b[D', '\x7f', '😀', '\x02', '\x04', 'e\u0301', '\x15',
  ]],
  ['wide character at the edge', { prompt: '> ', columns: 8 }, ['あいa', 'う', 'え', '\x01', '\x05']],
  ['tabs', { prompt: '', tabSize: 4 }, ['\ta\tbc\t', 'x', '\x01', '\x1b[3~']],
  ['multi-line prompt', { prompt: 'top\nmid\n> ', columns: 20 }, ['x', '\x7f', 'yz', '\r']],
  ['several lines at once', { prompt: '# ', crlfDelay: Infinity }, [
    'one\ntwo\r\nthree\rfour', '\n', 'x\r', '\n', '\r\n', '\n',
  ]],
  ['escape and unknown keys', { prompt: '' }, ['ab', '\x1b\x1b', '\x1b[15~', '\x1b[31m', '\x1bOP', 'c', '\x1b[Z']],
];

// Per scenario, per key: [typed, line, cursor, rows, cols, writes, events]
const expected = {
  "moves and deletes": [
    ["hello world", "hello world", 11, 0, 14, ["h", "e", "l", "l", "o", " ", "w", "o", "r", "l", "d"], []],
    ["\x1b[D\x1b[D", "hello world", 9, 0, 12, ["\x1b[1D", "\x1b[1D"], []],
    ["\u0001", "hello world", 0, 0, 3, ["\x1b[9D"], []],
    ["\u0005", "hello world", 11, 0, 14, ["\x1b[11C"], []],
    ["\u0002", "hello world", 10, 0, 13, ["\x1b[1D"], []],
    ["\u0006", "hello world", 11, 0, 14, ["\x1b[1C"], []],
    ["\x1b[H", "hello world", 0, 0, 3, ["\x1b[11D"], []],
    ["\x1b[F", "hello world", 11, 0, 14, ["\x1b[11C"], []],
    ["\x1bOH", "hello world", 0, 0, 3, ["\x1b[11D"], []],
    ["\x1b[4~", "hello world", 11, 0, 14, ["\x1b[11C"], []],
    ["\x1bb", "hello world", 6, 0, 9, ["\x1b[5D"], []],
    ["\x1bb", "hello world", 0, 0, 3, ["\x1b[6D"], []],
    ["\x1bf", "hello world", 6, 0, 9, ["\x1b[6C"], []],
    ["\x1b[1;5D", "hello world", 0, 0, 3, ["\x1b[6D"], []],
    ["\x1b[1;5C", "hello world", 6, 0, 9, ["\x1b[6C"], []],
    ["\u0017", "world", 0, 0, 3, ["\x1b[1G", "\x1b[0J", "p> world", "\x1b[4G"], []],
    ["\x1b[3~", "orld", 0, 0, 3, ["\x1b[1G", "\x1b[0J", "p> orld", "\x1b[4G"], []],
    ["\u007f", "orld", 0, 0, 3, [], []],
    ["\b", "orld", 0, 0, 3, [], []],
    ["\u0004", "rld", 0, 0, 3, ["\x1b[1G", "\x1b[0J", "p> rld", "\x1b[4G"], []],
    ["\u000b", "", 0, 0, 3, ["\x1b[1G", "\x1b[0J", "p> ", "\x1b[4G"], []],
    ["\u0015", "", 0, 0, 3, ["\x1b[1G", "\x1b[0J", "p> ", "\x1b[4G"], [["close"]]],
  ],
  "words": [
    ["foo bar.hop/zoo  baz", "foo bar.hop/zoo  baz", 20, 0, 20,
     ["f", "o", "o", " ", "b", "a", "r", ".", "h", "o", "p", "/", "z", "o", "o", " ", " ", "b", "a", "z"],
     []],
    ["\u0001", "foo bar.hop/zoo  baz", 0, 0, 0, ["\x1b[20D"], []],
    ["\x1bf", "foo bar.hop/zoo  baz", 4, 0, 4, ["\x1b[4C"], []],
    ["\x1bf", "foo bar.hop/zoo  baz", 7, 0, 7, ["\x1b[3C"], []],
    ["\x1bf", "foo bar.hop/zoo  baz", 8, 0, 8, ["\x1b[1C"], []],
    ["\x1bf", "foo bar.hop/zoo  baz", 11, 0, 11, ["\x1b[3C"], []],
    ["\x1bf", "foo bar.hop/zoo  baz", 12, 0, 12, ["\x1b[1C"], []],
    ["\x1bf", "foo bar.hop/zoo  baz", 17, 0, 17, ["\x1b[5C"], []],
    ["\x1bf", "foo bar.hop/zoo  baz", 20, 0, 20, ["\x1b[3C"], []],
    ["\x1bb", "foo bar.hop/zoo  baz", 17, 0, 17, ["\x1b[3D"], []],
    ["\x1bb", "foo bar.hop/zoo  baz", 12, 0, 12, ["\x1b[5D"], []],
    ["\x1bd", "foo bar.hop/baz", 12, 0, 12, ["\x1b[1G", "\x1b[0J", "foo bar.hop/baz", "\x1b[13G"], []],
    ["\x1bd", "foo bar.hop/", 12, 0, 12, ["\x1b[1G", "\x1b[0J", "foo bar.hop/", "\x1b[13G"], []],
    ["\x1b[3;5~", "foo bar.hop/", 12, 0, 12, [], []],
    ["\x1b\u007f", "foo bar.hop", 11, 0, 11, ["\x1b[1G", "\x1b[0J", "foo bar.hop", "\x1b[12G"], []],
    ["\u0005", "foo bar.hop", 11, 0, 11, [], []],
    ["\u0017", "foo bar.", 8, 0, 8, ["\x1b[1G", "\x1b[0J", "foo bar.", "\x1b[9G"], []],
    ["\u0017", "foo bar", 7, 0, 7, ["\x1b[1G", "\x1b[0J", "foo bar", "\x1b[8G"], [["close"]]],
  ],
  "punctuation runs": [
    ["a .. ,, b -- c", "a .. ,, b -- c", 14, 0, 14,
     ["a", " ", ".", ".", " ", ",", ",", " ", "b", " ", "-", "-", " ", "c"],
     []],
    ["\u0001", "a .. ,, b -- c", 0, 0, 0, ["\x1b[14D"], []],
    ["\x1bf", "a .. ,, b -- c", 2, 0, 2, ["\x1b[2C"], []],
    ["\x1bd", "a b -- c", 2, 0, 2, ["\x1b[1G", "\x1b[0J", "a b -- c", "\x1b[3G"], []],
    ["\x1bf", "a b -- c", 4, 0, 4, ["\x1b[2C"], []],
    ["\x1bf", "a b -- c", 7, 0, 7, ["\x1b[3C"], []],
    ["\x1b[3;5~", "a b -- ", 7, 0, 7, ["\x1b[1G", "\x1b[0J", "a b -- ", "\x1b[8G"], []],
    ["\x1bb", "a b -- ", 4, 0, 4, ["\x1b[3D"], [["close"]]],
  ],
  "kill ring": [
    ["the quick brown fox", "the quick brown fox", 19, 0, 19,
     ["t", "h", "e", " ", "q", "u", "i", "c", "k", " ", "b", "r", "o", "w", "n", " ", "f", "o", "x"],
     []],
    ["\u0001", "the quick brown fox", 0, 0, 0, ["\x1b[19D"], []],
    ["\u0006", "the quick brown fox", 1, 0, 1, ["\x1b[1C"], []],
    ["\u000b", "t", 1, 0, 1, ["\x1b[1G", "\x1b[0J", "t", "\x1b[2G"], []],
    ["\u0019", "the quick brown fox", 19, 0, 19, ["he quick brown fox"], []],
    ["\u0001", "the quick brown fox", 0, 0, 0, ["\x1b[19D"], []],
    ["\u0006\u0006\u0006\u0006", "the quick brown fox", 4, 0, 4, ["\x1b[1C", "\x1b[1C", "\x1b[1C", "\x1b[1C"], []],
    ["\u000b", "the ", 4, 0, 4, ["\x1b[1G", "\x1b[0J", "the ", "\x1b[5G"], []],
    ["\u0001", "the ", 0, 0, 0, ["\x1b[4D"], []],
    ["\u0019", "quick brown foxthe ", 15, 0, 15, ["\x1b[1G", "\x1b[0J", "quick brown foxthe ", "\x1b[16G"], []],
    ["\x1by", "he quick brown foxthe ", 18, 0, 18, ["\x1b[1G", "\x1b[0J", "he quick brown foxthe ", "\x1b[19G"], []],
    ["\x1by", "quick brown foxthe ", 15, 0, 15, ["\x1b[1G", "\x1b[0J", "quick brown foxthe ", "\x1b[16G"], []],
    ["\x1by", "he quick brown foxthe ", 18, 0, 18, ["\x1b[1G", "\x1b[0J", "he quick brown foxthe ", "\x1b[19G"], []],
    ["x", "he quick brown foxxthe ", 19, 0, 19, ["\x1b[1G", "\x1b[0J", "he quick brown foxxthe ", "\x1b[20G"], []],
    ["\x1by", "he quick brown foxxthe ", 19, 0, 19, [], []],
    ["\u0015", "the ", 0, 0, 0, ["\x1b[1G", "\x1b[0J", "the ", "\x1b[1G"], []],
    ["\u0019", "he quick brown foxxthe ", 19, 0, 19, ["\x1b[1G", "\x1b[0J", "he quick brown foxxthe ", "\x1b[20G"], []],
    ["\u0019", "he quick brown foxxhe quick brown foxxthe ", 38, 0, 38,
     ["\x1b[1G", "\x1b[0J", "he quick brown foxxhe quick brown foxxthe ", "\x1b[39G"],
     [["close"]]],
  ],
  "undo redo": [
    ["abc", "abc", 3, 0, 3, ["a", "b", "c"], []],
    ["d", "abcd", 4, 0, 4, ["d"], []],
    ["\u007f", "abc", 3, 0, 3, ["\x1b[1G", "\x1b[0J", "abc", "\x1b[4G"], []],
    ["\u001f", "abcd", 4, 0, 4, ["\x1b[1G", "\x1b[0J", "abcd", "\x1b[5G"], []],
    ["\u001f", "abc", 3, 0, 3, ["\x1b[1G", "\x1b[0J", "abc", "\x1b[4G"], []],
    ["\u001e", "abcd", 4, 0, 4, ["\x1b[1G", "\x1b[0J", "abcd", "\x1b[5G"], []],
    ["\u001e", "abc", 3, 0, 3, ["\x1b[1G", "\x1b[0J", "abc", "\x1b[4G"], []],
    ["\u001e", "abc", 3, 0, 3, [], []],
    ["\u001f\u001f\u001f\u001f\u001f\u001f", "", 0, 0, 0,
     ["\x1b[1G", "\x1b[0J", "abcd", "\x1b[5G", "\x1b[1G", "\x1b[0J", "abc", "\x1b[4G", "\x1b[1G", "\x1b[0J", "ab",
      "\x1b[3G", "\x1b[1G", "\x1b[0J", "a", "\x1b[2G", "\x1b[1G", "\x1b[0J", "", " ", "\x1b[1G"],
     []],
    ["\u001e", "a", 1, 0, 1, ["\x1b[1G", "\x1b[0J", "a", "\x1b[2G"], [["close"]]],
  ],
  "history": [
    ["first\r", "", 0, 0, 2, ["f", "i", "r", "s", "t", "\r\n"], [["history", ["first"]], ["line", "first"]]],
    ["second\r", "", 0, 0, 2,
     ["s", "e", "c", "o", "n", "d", "\r\n"],
     [["history", ["second", "first"]], ["line", "second"]]],
    ["second\r", "", 0, 0, 2,
     ["s", "e", "c", "o", "n", "d", "\r\n"],
     [["history", ["second", "first"]], ["line", "second"]]],
    ["  \r", "", 0, 0, 2, [" ", " ", "\r\n"], [["line", "  "]]],
    ["first\r", "", 0, 0, 2,
     ["f", "i", "r", "s", "t", "\r\n"],
     [["history", ["first", "second", "first"]], ["line", "first"]]],
    ["\x1b[A", "first", 5, 0, 7, ["\x1b[1G", "\x1b[0J", "$ first", "\x1b[8G"], []],
    ["\x1b[A", "second", 6, 0, 8, ["\x1b[1G", "\x1b[0J", "$ second", "\x1b[9G"], []],
    ["\x1b[A", "first", 5, 0, 7, ["\x1b[1G", "\x1b[0J", "$ first", "\x1b[8G"], []],
    ["\x1b[A", "", 0, 0, 2, ["\x1b[1G", "\x1b[0J", "$ ", "\x1b[3G"], []],
    ["\x1b[B", "first", 5, 0, 7, ["\x1b[1G", "\x1b[0J", "$ first", "\x1b[8G"], []],
    ["\x1b[B", "second", 6, 0, 8, ["\x1b[1G", "\x1b[0J", "$ second", "\x1b[9G"], []],
    ["\x1b[B", "first", 5, 0, 7, ["\x1b[1G", "\x1b[0J", "$ first", "\x1b[8G"], []],
    ["se", "firstse", 7, 0, 9, ["s", "e"], []],
    ["\x1b[A", "firstse", 7, 0, 9, ["\x1b[1G", "\x1b[0J", "$ firstse", "\x1b[10G"], []],
    ["\x1b[A", "firstse", 7, 0, 9, [], []],
    ["\x1b[B", "firstse", 7, 0, 9, ["\x1b[1G", "\x1b[0J", "$ firstse", "\x1b[10G"], []],
    ["\x1b[B", "firstse", 7, 0, 9, [], []],
    ["\u0010", "first", 5, 0, 7, ["\x1b[1G", "\x1b[0J", "$ first", "\x1b[8G"], []],
    ["\u0010", "second", 6, 0, 8, ["\x1b[1G", "\x1b[0J", "$ second", "\x1b[9G"], []],
    ["\u000e", "first", 5, 0, 7, ["\x1b[1G", "\x1b[0J", "$ first", "\x1b[8G"], []],
    ["\u0015", "", 0, 0, 2, ["\x1b[1G", "\x1b[0J", "$ ", "\x1b[3G"], []],
    ["f", "f", 1, 0, 3, ["f"], []],
    ["\x1b[D", "f", 0, 0, 2, ["\x1b[1D"], []],
    ["\x1b[A", "second", 6, 0, 8, ["\x1b[1G", "\x1b[0J", "$ second", "\x1b[9G"], []],
    ["\x1b[C", "second", 6, 0, 8, [], []],
    ["\x1b[A", "second", 6, 0, 8, ["\x1b[1G", "\x1b[0J", "$ second", "\x1b[9G"], []],
    ["\r", "", 0, 0, 2, ["\r\n"], [["history", ["second", "first", "second", "first"]], ["line", "second"]]],
    ["\u0015zz", "zz", 2, 0, 4, ["\x1b[1G", "\x1b[0J", "$ ", "\x1b[3G", "z", "z"], []],
    ["\x1b[A", "zz", 2, 0, 4, ["\x1b[1G", "\x1b[0J", "$ zz", "\x1b[5G"], []],
    ["\x1b[C", "zz", 2, 0, 4, [], []],
    ["\u0015", "", 0, 0, 2, ["\x1b[1G", "\x1b[0J", "$ ", "\x1b[3G"], []],
    ["\u0010", "second", 6, 0, 8, ["\x1b[1G", "\x1b[0J", "$ second", "\x1b[9G"], [["close"]]],
  ],
  "history no duplicates": [
    ["a\r", "", 0, 0, 0, ["a", "\r\n"], [["history", ["a"]], ["line", "a"]]],
    ["b\r", "", 0, 0, 0, ["b", "\r\n"], [["history", ["b", "a"]], ["line", "b"]]],
    ["a\r", "", 0, 0, 0, ["a", "\r\n"], [["history", ["a", "b"]], ["line", "a"]]],
    ["c\r", "", 0, 0, 0, ["c", "\r\n"], [["history", ["c", "a", "b"]], ["line", "c"]]],
    ["d\r", "", 0, 0, 0, ["d", "\r\n"], [["history", ["d", "c", "a"]], ["line", "d"]]],
    ["\x1b[A\x1b[A\x1b[A\x1b[A", "", 0, 0, 0,
     ["\x1b[1G", "\x1b[0J", "d", "\x1b[2G", "\x1b[1G", "\x1b[0J", "c", "\x1b[2G", "\x1b[1G", "\x1b[0J", "a",
      "\x1b[2G", "\x1b[1G", "\x1b[0J", "", " ", "\x1b[1G"],
     [["close"]]],
  ],
  "wrapping": [
    ["abcdef", "abcdef", 6, 1, 0, ["a", "b", "c", "d", "e", "\x1b[1G", "\x1b[0J", ">>> abcdef", " ", "\x1b[1G"], []],
    ["g", "abcdefg", 7, 1, 1, ["g"], []],
    ["hijklmnopq", "abcdefghijklmnopq", 17, 2, 1,
     ["h", "i", "j", "k", "l", "m", "n", "o", "\x1b[1A", "\x1b[1G", "\x1b[0J", ">>> abcdefghijklmnop", " ",
      "\x1b[1G", "q"],
     []],
    ["\u0001", "abcdefghijklmnopq", 0, 0, 4,
     ["\x1b[2A", "\x1b[1G", "\x1b[0J", ">>> abcdefghijklmnopq", "\x1b[5G", "\x1b[2A"],
     []],
    ["\u0005", "abcdefghijklmnopq", 17, 2, 1, ["\x1b[1G", "\x1b[0J", ">>> abcdefghijklmnopq", "\x1b[2G"], []],
    ["\x1b[D", "abcdefghijklmnopq", 16, 2, 0, ["\x1b[1D"], []],
    ["\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D", "abcdefghijklmnopq", 9, 1, 3,
     ["\x1b[2A", "\x1b[1G", "\x1b[0J", ">>> abcdefghijklmnopq", "\x1b[10G", "\x1b[1A", "\x1b[1D", "\x1b[1D",
      "\x1b[1D", "\x1b[1D", "\x1b[1D", "\x1b[1D"],
     []],
    ["X", "abcdefghiXjklmnopq", 10, 1, 4,
     ["\x1b[1A", "\x1b[1G", "\x1b[0J", ">>> abcdefghiXjklmnopq", "\x1b[5G", "\x1b[1A"],
     []],
    ["\f", "abcdefghiXjklmnopq", 10, 1, 4,
     ["\x1b[1;1H", "\x1b[0J", "\x1b[1A", "\x1b[1G", "\x1b[0J", ">>> abcdefghiXjklmnopq", "\x1b[5G", "\x1b[1A"],
     []],
    ["\r", "", 0, 0, 4,
     ["\x1b[1A", "\x1b[1G", "\x1b[0J", ">>> abcdefghiXjklmnopq", "\x1b[3G", "\r\n"],
     [["history", ["abcdefghiXjklmnopq"]], ["line", "abcdefghiXjklmnopq"], ["close"]]],
  ],
  "wide characters": [
    ["\u3042\u3044", "\u3042\u3044", 2, 0, 6, ["\u3042", "\u3044"], []],
    ["\u3046", "\u3042\u3044\u3046", 3, 1, 0, ["\x1b[1G", "\x1b[0J", "> \u3042\u3044\u3046", " ", "\x1b[1G"], []],
    ["\u3048", "\u3042\u3044\u3046\u3048", 4, 1, 2, ["\u3048"], []],
    ["\x1b[D", "\u3042\u3044\u3046\u3048", 3, 1, 0, ["\x1b[2D"], []],
    ["\x1b[D", "\u3042\u3044\u3046\u3048", 2, 0, 6,
     ["\x1b[1A", "\x1b[1G", "\x1b[0J", "> \u3042\u3044\u3046\u3048", "\x1b[7G", "\x1b[1A"],
     []],
    ["\u007f", "\u3042\u3046\u3048", 1, 0, 4,
     ["\x1b[1G", "\x1b[0J", "> \u3042\u3046\u3048", " ", "\x1b[5G", "\x1b[1A"],
     []],
    ["\ud83d\ude00", "\u3042\ud83d\ude00\u3046\u3048", 3, 0, 6,
     ["\x1b[1G", "\x1b[0J", "> \u3042\ud83d\ude00\u3046\u3048", "\x1b[7G", "\x1b[1A"],
     []],
    ["\u0002", "\u3042\ud83d\ude00\u3046\u3048", 1, 0, 4, ["\x1b[2D"], []],
    ["\u0004", "\u3042\u3046\u3048", 1, 0, 4,
     ["\x1b[1G", "\x1b[0J", "> \u3042\u3046\u3048", " ", "\x1b[5G", "\x1b[1A"],
     []],
    ["e\u0301", "\u3042e\u0301\u3046\u3048", 3, 0, 5,
     ["\x1b[1G", "\x1b[0J", "> \u3042e\u3046\u3048", "\x1b[6G", "\x1b[1A", "\x1b[1G", "\x1b[0J",
      "> \u3042e\u0301\u3046\u3048", "\x1b[6G", "\x1b[1A"],
     []],
    ["\u0015", "\u3046\u3048", 0, 0, 2, ["\x1b[1G", "\x1b[0J", "> \u3046\u3048", "\x1b[3G"], [["close"]]],
  ],
  "wide character at the edge": [
    ["\u3042\u3044a", "\u3042\u3044a", 3, 0, 7, ["\u3042", "\u3044", "a"], []],
    ["\u3046", "\u3042\u3044a\u3046", 4, 1, 2, ["\x1b[1G", "\x1b[0J", "> \u3042\u3044a\u3046", "\x1b[3G"], []],
    ["\u3048", "\u3042\u3044a\u3046\u3048", 5, 1, 4, ["\u3048"], []],
    ["\u0001", "\u3042\u3044a\u3046\u3048", 0, 0, 2,
     ["\x1b[1A", "\x1b[1G", "\x1b[0J", "> \u3042\u3044a\u3046\u3048", "\x1b[3G", "\x1b[1A"],
     []],
    ["\u0005", "\u3042\u3044a\u3046\u3048", 5, 1, 4,
     ["\x1b[1G", "\x1b[0J", "> \u3042\u3044a\u3046\u3048", "\x1b[5G"],
     [["close"]]],
  ],
  "tabs": [
    ["\ta\tbc\t", "\ta\tbc\t", 6, 0, 12, ["\t", "a", "\t", "b", "c", "\t"], []],
    ["x", "\ta\tbc\tx", 7, 0, 13, ["x"], []],
    ["\u0001", "\ta\tbc\tx", 0, 0, 0, ["\x1b[13D"], []],
    ["\x1b[3~", "a\tbc\tx", 0, 0, 0, ["\x1b[1G", "\x1b[0J", "a\tbc\tx", "\x1b[1G"], [["close"]]],
  ],
  "multi-line prompt": [
    ["x", "x", 1, 2, 3, ["x"], []],
    ["\u007f", "", 0, 2, 2, ["\x1b[1G", "\x1b[0J", "top\nmid\n> ", "\x1b[3G"], []],
    ["yz", "yz", 2, 2, 4, ["y", "z"], []],
    ["\r", "", 0, 2, 2, ["\r\n"], [["history", ["yz"]], ["line", "yz"], ["close"]]],
  ],
  "several lines at once": [
    ["one\ntwo\r\nthree\rfour", "four", 4, 0, 6,
     ["o", "n", "e", "\r\n", "t", "w", "o", "\r\n", "t", "h", "r", "e", "e", "\r\n", "f", "o", "u", "r"],
     [["history", ["one"]], ["line", "one"], ["history", ["two", "one"]], ["line", "two"],
      ["history", ["three", "two", "one"]], ["line", "three"]]],
    ["\n", "", 0, 0, 2, ["\r\n"], [["history", ["four", "three", "two", "one"]], ["line", "four"]]],
    ["x\r", "", 0, 0, 2, ["x", "\r\n"], [["history", ["x", "four", "three", "two", "one"]], ["line", "x"]]],
    ["\n", "", 0, 0, 2, [], []],
    ["\r\n", "", 0, 0, 2, ["\r\n"], [["line", ""]]],
    ["\n", "", 0, 0, 2, ["\r\n"], [["line", ""], ["close"]]],
  ],
  "escape and unknown keys": [
    ["ab", "ab", 2, 0, 2, ["a", "b"], []],
    ["\x1b\x1b", "ab", 2, 0, 2, [], []],
    ["\x1b[15~", "ab[15~", 6, 0, 6, ["[", "1", "5", "~"], []],
    ["\x1b[31m", "ab[15~", 6, 0, 6, [], []],
    ["\x1bOP", "ab[15~", 6, 0, 6, [], []],
    ["c", "ab[15~c", 7, 0, 7, ["c"], []],
    ["\x1b[Z", "ab[15~c", 7, 0, 7, [], [["close"]]],
  ],
};

for (const [name, options, keys] of scenarios) {
  const { columns, ...rest } = options;
  const input = new PassThrough();
  let writes = [];
  const output = new Writable({
    write(chunk, encoding, callback) {
      writes.push(chunk.toString());
      callback();
    },
  });
  if (columns) output.columns = columns;
  const rl = readline.createInterface({ input, output, terminal: true, ...rest });
  let events = [];
  for (const event of ['line', 'history', 'close']) {
    rl.on(event, (arg) => {
      if (event === 'history') events.push(['history', [...arg]]);
      else events.push(arg === undefined ? [event] : [event, arg]);
    });
  }
  const actual = [];
  for (const key of keys) {
    writes = [];
    events = [];
    input.write(key);
    const { rows, cols } = rl.getCursorPos();
    actual.push([key, rl.line, rl.cursor, rows, cols, writes, events]);
  }
  rl.close();
  assert.deepStrictEqual(actual, expected[name], name);
}
