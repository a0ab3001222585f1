'use strict';
// The byte- and host-level parts of the URL Standard, used by lib/internal/url.js: UTF-8 and
// percent-encoding with the spec's encode sets, host parsing (IPv4 with hex/octal parts, IPv6
// with :: compression, opaque hosts, domains) and IDNA (punycode, RFC 3492, plus the
// approximation of UTS #46 ToASCII described at the top of lib/internal/url.js).

const {
  StringFromCharCode,
  StringFromCodePoint,
} = require('internal/primordials');

// ---- code points, UTF-8 and percent-encoding ----------------------------------------------

// WebIDL USVString conversion: lone surrogates become U+FFFD.
function toUSVString(str) {
  if (!/[\uD800-\uDFFF]/.test(str)) return str;
  return str.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
                     '\uFFFD');
}

// A JS value as a USVString, the conversion every setter and method argument goes through.
function usv(value) { return toUSVString(`${value}`); }

function utf8Bytes(cp, out) {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xC0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return out;
}

// The Encoding Standard's UTF-8 decoder: each maximal invalid subpart becomes one U+FFFD.
function utf8Decode(bytes) {
  let out = '';
  let cp = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xBF;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b < 0x80) {
        out += StringFromCharCode(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1; cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b === 0xE0) lower = 0xA0;
        if (b === 0xED) upper = 0x9F;
        needed = 2; cp = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b === 0xF0) lower = 0x90;
        if (b === 0xF4) upper = 0x8F;
        needed = 3; cp = b & 7;
      } else {
        out += '\uFFFD';
      }
      continue;
    }
    const ok = b >= lower && b <= upper;
    lower = 0x80; upper = 0xBF;
    if (!ok) {
      // The byte starts over as the first of a new sequence.
      cp = needed = seen = 0;
      out += '\uFFFD';
      i--;
      continue;
    }
    cp = (cp << 6) | (b & 63);
    if (++seen === needed) {
      out += StringFromCodePoint(cp);
      cp = needed = seen = 0;
    }
  }
  return needed !== 0 ? `${out}\uFFFD` : out;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Percent-decodes a (USV) string into UTF-8 bytes, then decodes those bytes as UTF-8.
function percentDecode(str) {
  if (str.indexOf('%') === -1) return str;
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    const hi = hexValue(str.charCodeAt(i + 1));
    const lo = hexValue(str.charCodeAt(i + 2));
    if (str[i] === '%' && hi !== -1 && lo !== -1) {
      bytes.push(hi * 16 + lo);
      i += 2;
    } else {
      const cp = str.codePointAt(i);
      if (cp > 0xFFFF) i++;
      utf8Bytes(cp, bytes);
    }
  }
  return utf8Decode(bytes);
}

// querystring's decoding, which node also uses for URLSearchParams: '+' is a space, and text is
// decoded only when it holds a %XX escape: with decodeURIComponent, or when that fails, byte by
// byte (other characters keep only their low byte) and then as UTF-8.
function qsUnescape(s) {
  s = s.replace(/\+/g, ' ');
  if (!/%[0-9a-fA-F]{2}/.test(s)) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    const bytes = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '%' && i < s.length - 2 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
        bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.push(s.charCodeAt(i) & 0xFF);
      }
    }
    return utf8Decode(bytes);
  }
}

// Percent-encode sets, as flags for the ASCII range; every non-ASCII code point (and U+007F) is
// in all of them.
function makeSet(base, extra) {
  const set = new Uint8Array(128);
  if (base) set.set(base);
  set.fill(1, 0, 0x20);
  set[0x7F] = 1;
  for (let i = 0; i < extra.length; i++) set[extra.charCodeAt(i)] = 1;
  return set;
}
const C0_CONTROL_SET = makeSet(null, '');
const FRAGMENT_SET = makeSet(C0_CONTROL_SET, ' "<>`');
const QUERY_SET = makeSet(C0_CONTROL_SET, ' "#<>');
const SPECIAL_QUERY_SET = makeSet(QUERY_SET, "'");
const PATH_SET = makeSet(QUERY_SET, '?`{}');
const USERINFO_SET = makeSet(PATH_SET, '/:;=@[\\]^|');
const FORM_SET = makeSet(USERINFO_SET, "$%&+,!'()~"); // The component set, plus !'()~.

const HEX = '0123456789ABCDEF';
function percentEncodeCodePoint(cp, set) {
  if (cp < 0x80 && set[cp] === 0) return StringFromCharCode(cp);
  let out = '';
  for (const b of utf8Bytes(cp, [])) out += `%${HEX[b >> 4]}${HEX[b & 15]}`;
  return out;
}

// Encodes a USV string; with `spaceAsPlus` (form encoding) ' ' becomes '+'.
function percentEncodeString(str, set, spaceAsPlus = false) {
  let out = '';
  let start = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80 && set[c] === 0) continue;
    out += str.slice(start, i);
    if (c === 0x20 && spaceAsPlus) {
      out += '+';
    } else {
      const cp = str.codePointAt(i);
      if (cp > 0xFFFF) i++;
      out += percentEncodeCodePoint(cp, set);
    }
    start = i + 1;
  }
  return start === 0 ? str : out + str.slice(start);
}

// ---- hosts: IPv4, IPv6, opaque hosts and domains -----------------------------------------------

const FAILURE = Symbol('failure');

// An IPv4 address part: decimal, 0x-hex or 0-octal. Returns a number or FAILURE.
function parseIPv4Number(str) {
  if (str === '') return FAILURE;
  let radix = 10;
  if (/^0[xX]/.test(str)) {
    str = str.slice(2);
    radix = 16;
  } else if (str.length >= 2 && str[0] === '0') {
    str = str.slice(1);
    radix = 8;
  }
  if (str === '') return 0;
  const digits = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  return digits.test(str) ? parseInt(str, radix) : FAILURE;
}

function endsInANumber(str) {
  const parts = str.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  return /^[0-9]+$/.test(last) || parseIPv4Number(last) !== FAILURE;
}

function parseIPv4(str) {
  const parts = str.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAILURE;
  const numbers = parts.map(parseIPv4Number);
  if (numbers.includes(FAILURE)) return FAILURE;
  const last = numbers.pop();
  if (numbers.some((n) => n > 255) || last >= 256 ** (4 - numbers.length)) return FAILURE;
  let ipv4 = last;
  numbers.forEach((n, i) => { ipv4 += n * 256 ** (3 - i); });
  return ipv4;
}

function serializeIPv4(n) {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

function isASCIIDigit(c) { return c >= 0x30 && c <= 0x39; }
function isASCIIAlpha(c) { return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A); }

// Returns the 8 pieces of an IPv6 address, or FAILURE. `s` is the text between the brackets.
function parseIPv6(s) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const at = (i) => (i < s.length ? s.charCodeAt(i) : -1);
  if (at(0) === 0x3A) {
    if (at(1) !== 0x3A) return FAILURE;
    p = 2;
    compress = ++pieceIndex;
  }
  while (at(p) !== -1) {
    if (pieceIndex === 8) return FAILURE;
    if (at(p) === 0x3A) {
      if (compress !== null) return FAILURE;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    for (; length < 4 && hexValue(at(p)) !== -1; length++, p++) value = value * 16 + hexValue(at(p));
    if (at(p) === 0x2E) {
      if (length === 0 || pieceIndex > 6) return FAILURE;
      if (!parseEmbeddedIPv4(s, p - length, address, pieceIndex)) return FAILURE;
      pieceIndex += 2;
      break;
    }
    if (at(p) === 0x3A) {
      if (at(++p) === -1) return FAILURE;
    } else if (at(p) !== -1) {
      return FAILURE;
    }
    address[pieceIndex++] = value;
  }
  if (compress === null) return pieceIndex === 8 ? address : FAILURE;
  // Move the pieces after the '::' to the end.
  for (let swaps = pieceIndex - compress, i = 7; i !== 0 && swaps > 0; i--, swaps--) {
    const j = compress + swaps - 1;
    [address[i], address[j]] = [address[j], address[i]];
  }
  return address;
}

// The dotted-decimal tail of an IPv6 address ("::ffff:1.2.3.4"), written into two pieces.
function parseEmbeddedIPv4(s, p, address, pieceIndex) {
  let numbersSeen = 0;
  while (p < s.length) {
    if (numbersSeen > 0) {
      if (s[p] !== '.' || numbersSeen >= 4) return false;
      p++;
    }
    if (!isASCIIDigit(s.charCodeAt(p))) return false;
    let piece = null;
    for (; isASCIIDigit(s.charCodeAt(p)); p++) {
      if (piece === 0) return false; // No leading zeros.
      piece = (piece || 0) * 10 + s.charCodeAt(p) - 0x30;
      if (piece > 255) return false;
    }
    address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
    if (++numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
  }
  return numbersSeen === 4;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is written as '::'.
  let compress = -1;
  let best = 1;
  for (let i = 0, j; i < 8; i = Math.max(j, i + 1)) {
    for (j = i; j < 8 && address[j] === 0;) j++;
    if (j - i > best) {
      best = j - i;
      compress = i;
    }
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === compress) {
      out += i === 0 ? '::' : ':';
      i += best - 1;
    } else {
      out += address[i].toString(16) + (i !== 7 ? ':' : '');
    }
  }
  return out;
}

// Forbidden host code points, and the wider forbidden domain code points.
const FORBIDDEN_HOST = /[\0\t\n\r #/:<>?@[\\\]^|]/;
const FORBIDDEN_DOMAIN = /[\0-\x20#%/:<>?@[\\\]^|\x7F]/;

// The host parser. Returns the serialised host ('' for the empty host) or FAILURE.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return FAILURE;
    const address = parseIPv6(input.slice(1, -1));
    return address === FAILURE ? FAILURE : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    return FORBIDDEN_HOST.test(input) ? FAILURE : percentEncodeString(input, C0_CONTROL_SET);
  }
  const asciiDomain = domainToASCIIInternal(percentDecode(input));
  if (asciiDomain === FAILURE || FORBIDDEN_DOMAIN.test(asciiDomain)) return FAILURE;
  if (!endsInANumber(asciiDomain)) return asciiDomain;
  const ipv4 = parseIPv4(asciiDomain);
  return ipv4 === FAILURE ? FAILURE : serializeIPv4(ipv4);
}

// ---- IDNA: punycode (RFC 3492) and an approximation of UTS #46 ToASCII -----------------------

const PUNY_BASE = 36;
const PUNY_TMIN = 1;
const PUNY_TMAX = 26;
const PUNY_MAXINT = 0x7FFFFFFF;

function punyAdapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / 700) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  for (; delta > ((PUNY_BASE - PUNY_TMIN) * PUNY_TMAX) >> 1; k += PUNY_BASE) {
    delta = Math.floor(delta / (PUNY_BASE - PUNY_TMIN));
  }
  return k + Math.floor(((PUNY_BASE - PUNY_TMIN + 1) * delta) / (delta + 38));
}

function punyThreshold(k, bias) {
  return k <= bias ? PUNY_TMIN : k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias;
}

function punyDigit(d) { return StringFromCharCode(d < 26 ? d + 97 : d + 22); }

function punycodeEncode(str) {
  const cps = Array.from(str, (ch) => ch.codePointAt(0));
  let out = '';
  for (const cp of cps) if (cp < 0x80) out += StringFromCharCode(cp);
  const basic = out.length;
  if (basic > 0) out += '-';
  let n = 0x80;
  let delta = 0;
  let bias = 72;
  for (let handled = basic; handled < cps.length; delta++, n++) {
    const m = Math.min(...cps.filter((cp) => cp >= n));
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of cps) {
      if (cp < n) delta++;
      if (cp !== n) continue;
      let q = delta;
      for (let k = PUNY_BASE; ; k += PUNY_BASE) {
        const t = punyThreshold(k, bias);
        if (q < t) break;
        out += punyDigit(t + ((q - t) % (PUNY_BASE - t)));
        q = Math.floor((q - t) / (PUNY_BASE - t));
      }
      out += punyDigit(q);
      bias = punyAdapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
  }
  return out;
}

function punyDigitValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 22;
  if (c >= 0x41 && c <= 0x5A) return c - 0x41;
  if (c >= 0x61 && c <= 0x7A) return c - 0x61;
  return PUNY_BASE;
}

// Returns the decoded string, or FAILURE for malformed input.
function punycodeDecode(input) {
  const b = Math.max(input.lastIndexOf('-'), 0);
  if (/[^\0-\x7F]/.test(input.slice(0, b))) return FAILURE;
  const out = Array.from(input.slice(0, b), (ch) => ch.charCodeAt(0));
  let n = 0x80;
  let i = 0;
  let bias = 72;
  for (let pos = b > 0 ? b + 1 : 0; pos < input.length;) {
    const oldi = i;
    for (let k = PUNY_BASE, w = 1; ; k += PUNY_BASE) {
      if (pos >= input.length) return FAILURE;
      const digit = punyDigitValue(input.charCodeAt(pos++));
      if (digit >= PUNY_BASE || digit > Math.floor((PUNY_MAXINT - i) / w)) return FAILURE;
      i += digit * w;
      const t = punyThreshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(PUNY_MAXINT / (PUNY_BASE - t))) return FAILURE;
      w *= PUNY_BASE - t;
    }
    bias = punyAdapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return FAILURE;
    i %= out.length + 1;
    out.splice(i++, 0, n);
  }
  return StringFromCodePoint(...out);
}

// A few characters the UTS #46 table disallows by name (fillers, Georgian capitals, palochka),
// and those whose compatibility form holds a '.' other than the ideographic full stops.
const DISALLOWED_BY_NAME = /[\u04C0\u10A0-\u10C5\u10C7\u10CD\u115F\u1160\u1806\u3164\uFFA0]/;
function isDisallowedRaw(ch) {
  return DISALLOWED_BY_NAME.test(ch) || ch.normalize('NFKC').includes('.');
}

// Approximates the UTS #46 mapping: ignored code points vanish, then case folding and NFKC.
// Characters disallowed before mapping become U+FFFD, which validation rejects.
function mapDomain(domain) {
  const s = domain.replace(/[\u00AD\u034F\u180B-\u180D\u200B\u2060\uFE00-\uFE0F\uFEFF]/g, '')
    .replace(/\u1E9E/g, 'ss')
    .replace(/[^\0-\x7F\u3002\uFF0E\uFF61]/gu, (ch) => (isDisallowedRaw(ch) ? '\uFFFD' : ch));
  return s.toLowerCase().normalize('NFKC').toLowerCase().replace(/[\u3002\uFF0E\uFF61]/g, '.');
}

// Code points UTS #46 disallows, approximated by general category. (ASCII is all allowed:
// without the STD3 rules even controls pass, and the host parser rejects those itself.)
const DISALLOWED = /[\x80-\x9F\p{Cf}\p{Cn}\p{Co}\p{Cs}\p{Zl}\p{Zp}\uFFFC\uFFFD]/u;

function isValidLabel(label) {
  return !DISALLOWED.test(label) && !/^\p{M}/u.test(label) && label.normalize('NFC') === label;
}

// An "xn--" label must decode to a valid, already-mapped label.
function isValidACELabel(label) {
  const decoded = punycodeDecode(label.slice(4));
  if (decoded === FAILURE || decoded === '') return false;
  return isValidLabel(decoded) && mapDomain(decoded) === decoded;
}

// domain to ASCII with beStrict false. Returns the ASCII domain or FAILURE.
function domainToASCIIInternal(domain) {
  const ascii = !/[^\0-\x7F]/.test(domain);
  const labels = (ascii ? domain.toLowerCase() : mapDomain(domain)).split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label.startsWith('xn--')) {
      if (!isValidACELabel(label)) return FAILURE;
    } else if (/[^\0-\x7F]/.test(label)) {
      if (!isValidLabel(label)) return FAILURE;
      labels[i] = `xn--${punycodeEncode(label)}`;
    }
  }
  const result = labels.join('.');
  return result === '' ? FAILURE : result;
}

// The legacy url.parse() runs hostnames through IDNA ToASCII only ('' when invalid). Node hands
// the result back as a C string, so it ends at the first NUL.
function legacyToASCII(hostname) {
  const ascii = domainToASCIIInternal(hostname);
  return ascii === FAILURE ? '' : ascii.split('\0')[0];
}

// Decodes the "xn--" labels of an already-valid ASCII host.
function hostToUnicode(host) {
  return host.split('.').map((label) => {
    const decoded = label.startsWith('xn--') ? punycodeDecode(label.slice(4)) : FAILURE;
    return decoded === FAILURE ? label : decoded;
  }).join('.');
}

module.exports = {
  toUSVString,
  usv,
  qsUnescape,
  C0_CONTROL_SET,
  FRAGMENT_SET,
  QUERY_SET,
  SPECIAL_QUERY_SET,
  PATH_SET,
  USERINFO_SET,
  FORM_SET,
  percentEncodeCodePoint,
  percentEncodeString,
  FAILURE,
  isASCIIDigit,
  isASCIIAlpha,
  parseHost,
  legacyToASCII,
  hostToUnicode,
};
