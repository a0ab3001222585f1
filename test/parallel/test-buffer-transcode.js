'use strict';
// buffer.transcode between utf8, ucs2, latin1 and ascii (aliases, case, odd lengths, invalid
// input, lone surrogates, unmappable characters) and node's errors: the fixture's output must be
// node 18's, recorded in test/fixtures/buffer/transcode.expected.
require('../common').expectFixtureOutput('buffer/transcode');
