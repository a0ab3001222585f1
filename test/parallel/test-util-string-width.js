// Flags: --expose-internals --no-warnings
'use strict';
// Terminal widths of text (util.inspect's alignment, readline's cursor) as node 18's ICU build
// measures them: East Asian wide/fullwidth and emoji presentation 2, combining, format and
// control characters 0, soft hyphen 1. Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const { getStringWidth } = require('internal/util/inspect');

const cases = ['abc', '\u001b[31mred\u001b[39m', '中文', 'ｱｲｳ', 'é', 'e\u0301', '\uFEFF', '\u{E0001}', '\u0483',
               '\u05BF', '\u0610', '\u0900', '🇺🇸', '✅', '👍🏽', '👨‍👩‍👧', '\u00AD', '\t', 'x\u200By', '😀', '♥', '→',
               'ä中😀x'];
const expected = [["abc",3,3],["\u001b[31mred\u001b[39m",3,11],["中文",4,4],["ｱｲｳ",3,3],["é",1,1],["é",1,1],["﻿",0,0],["󠀁",0,0],["҃",0,0],["ֿ",0,0],["ؐ",0,0],["ऀ",0,0],["🇺🇸",4,4],["✅",2,2],["👍🏽",4,4],["👨‍👩‍👧",6,6],["­",1,1],["\t",0,0],["x​y",2,2],["😀",2,2],["♥",1,1],["→",1,1],["ä中😀x",6,6]];
assert.deepStrictEqual(cases.map((c) => [c, getStringWidth(c), getStringWidth(c, false)]), expected);
