// internalBinding('buffer'): the byte <-> string codecs behind lib/buffer.js, and the memory
// operations that are faster in C++ (compare, indexOf, fill with a pattern, byte swaps).
//
// Encodings are small integers shared with lib/internal/buffer.js (kEncodings there):
//   1 utf8, 2 ucs2 (utf16le), 3 latin1 (binary), 4 ascii, 5 base64, 6 base64url, 7 hex
//   byteLength(string, enc)                      bytes the string encodes to
//   write(view, string, enc, offset, maxLength)  bytes written (never a partial character)
//   decode(view, enc, start, end)                string
//   compare(a, b) / compareRange(a, aStart, aEnd, b, bStart, bEnd)   -1, 0, 1
//   indexOf(haystack, needleView, byteOffset, forward)               index or -1
//   fillPattern(view, patternView, start, end)   repeats pattern over [start, end)
#include <algorithm>
#include <cstring>
#include <string>

#include "binding_registry.h"
#include "env.h"
#include "errors.h"
#include "util.h"

namespace nodus {
namespace {

enum Encoding { kUtf8 = 1, kUcs2, kLatin1, kAscii, kBase64, kBase64Url, kHex };

struct Bytes {
  uint8_t* data = nullptr;
  size_t length = 0;
  bool ok = true;  // false: not a view; a TypeError was thrown
};

// The bytes of an ArrayBufferView. Anything else (lib/ methods called on another object) throws
// node's TypeError 'argument must be a buffer' instead.
Bytes ViewBytes(v8::Local<v8::Value> value) {
  Bytes bytes;
  if (!value->IsArrayBufferView()) {
    v8::Isolate* isolate = v8::Isolate::GetCurrent();
    ThrowCodedError(isolate, ErrorCode::ERR_INVALID_ARG_TYPE, "argument must be a buffer");
    bytes.ok = false;
    return bytes;
  }
  v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  bytes.length = view->ByteLength();
  if (bytes.length > 0) {
    bytes.data = static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  }
  return bytes;
}

size_t SizeArg(v8::Local<v8::Context> context, v8::Local<v8::Value> value, size_t fallback) {
  if (!value->IsNumber()) return fallback;
  double d = value.As<v8::Number>()->Value();
  if (!(d > 0)) return 0;  // also NaN
  return d >= 9007199254740992.0 ? fallback : static_cast<size_t>(d);
}

// ---- base64 --------------------------------------------------------------------------------

const char kBase64Table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kBase64UrlTable[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Decoding accepts both alphabets and skips anything else (whitespace, stray characters), and
// stops at the first '=', as node does. Values by table: -1 for characters that are skipped.
struct DecodeTables {
  int8_t base64[256];
  int8_t hex[256];
  DecodeTables() {
    for (int c = 0; c < 256; c++) {
      base64[c] = -1;
      hex[c] = -1;
    }
    for (int i = 0; i < 64; i++) {
      base64[static_cast<uint8_t>(kBase64Table[i])] = static_cast<int8_t>(i);
      base64[static_cast<uint8_t>(kBase64UrlTable[i])] = static_cast<int8_t>(i);
    }
    for (int i = 0; i < 10; i++) hex['0' + i] = static_cast<int8_t>(i);
    for (int i = 0; i < 6; i++) {
      hex['a' + i] = static_cast<int8_t>(10 + i);
      hex['A' + i] = static_cast<int8_t>(10 + i);
    }
  }
};
const DecodeTables kDecode;

int8_t Base64Value(uint8_t c) { return kDecode.base64[c]; }

// Four characters at a time while all four are in the alphabet: each table holds the 6-bit value
// already shifted into place, and 0x80000000 for anything else, so one OR tells whether the
// slow path (skipping, '=') is needed. Both alphabets decode alike.
struct Base64QuadTables {
  uint32_t t[4][256];
  Base64QuadTables() {
    for (int k = 0; k < 4; k++) {
      for (int c = 0; c < 256; c++) {
        int8_t v = kDecode.base64[c];
        t[k][c] = v < 0 ? 0x80000000u : static_cast<uint32_t>(v) << (18 - 6 * k);
      }
    }
  }
};
const Base64QuadTables kBase64Quads;

template <typename Char>
size_t Base64Decode(const Char* src, size_t length, uint8_t* out, size_t capacity) {
  uint32_t acc = 0;
  int bits = 0;
  size_t written = 0;
  size_t i = 0;
  const auto& q = kBase64Quads.t;
  for (;;) {
    // Aligned on a quantum (bits == 0): the fast path.
    while (i + 4 <= length && written + 3 <= capacity) {
      uint32_t n = q[0][static_cast<uint8_t>(src[i])] | q[1][static_cast<uint8_t>(src[i + 1])] |
                   q[2][static_cast<uint8_t>(src[i + 2])] | q[3][static_cast<uint8_t>(src[i + 3])];
      if (n & 0x80000000u) break;
      out[written] = static_cast<uint8_t>(n >> 16);
      out[written + 1] = static_cast<uint8_t>(n >> 8);
      out[written + 2] = static_cast<uint8_t>(n);
      written += 3;
      i += 4;
    }
    // One character at a time until the next quantum boundary, the end, or '='.
    for (; i < length && written < capacity; i++) {
      // Node looks at the low byte of each UTF-16 unit only (so U+D83D reads as '=').
      uint8_t c = static_cast<uint8_t>(src[i]);
      if (c == '=') return written;
      int8_t v = Base64Value(c);
      if (v < 0) continue;
      acc = (acc << 6) | static_cast<uint32_t>(v);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[written++] = static_cast<uint8_t>(acc >> bits);
        if (bits == 0) {
          i++;
          break;
        }
      }
    }
    if (bits != 0 || i >= length || written >= capacity) return written;
  }
}

template <typename Char>
size_t Base64DecodedLength(const Char* src, size_t length) {
  size_t n = length;
  // Node's estimate: three bytes per four characters, minus trailing padding.
  if (n > 0 && src[n - 1] == '=') n--;
  if (n > 0 && src[n - 1] == '=') n--;
  return (n * 3) >> 2;
}

size_t Base64EncodedLength(size_t length, bool url) {
  if (!url) return (length + 2) / 3 * 4;
  return length / 3 * 4 + (length % 3 == 0 ? 0 : length % 3 + 1);  // no padding
}

// Both characters for every 12-bit value, so three bytes take two lookups.
struct Base64PairTables {
  uint16_t std[4096];
  uint16_t url[4096];
  Base64PairTables() {
    for (int v = 0; v < 4096; v++) {
      char s[2] = {kBase64Table[v >> 6], kBase64Table[v & 63]};
      char u[2] = {kBase64UrlTable[v >> 6], kBase64UrlTable[v & 63]};
      memcpy(&std[v], s, 2);
      memcpy(&url[v], u, 2);
    }
  }
};
const Base64PairTables kBase64Pairs;

// Writes Base64EncodedLength(length, url) characters to `out`.
void Base64Encode(const uint8_t* data, size_t length, bool url, char* out) {
  const char* table = url ? kBase64UrlTable : kBase64Table;
  const uint16_t* pairs = url ? kBase64Pairs.url : kBase64Pairs.std;
  size_t i = 0;
  for (; i + 2 < length; i += 3) {
    uint32_t n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    memcpy(out, &pairs[n >> 12], 2);
    memcpy(out + 2, &pairs[n & 0xfff], 2);
    out += 4;
  }
  if (i < length) {
    uint32_t n = data[i] << 16;
    if (i + 1 < length) n |= data[i + 1] << 8;
    *out++ = table[n >> 18];
    *out++ = table[(n >> 12) & 63];
    if (i + 1 < length) *out++ = table[(n >> 6) & 63];
    if (!url) {  // padding to four characters: one '=' after two bytes, two after one
      *out++ = '=';
      if (i + 1 == length) *out++ = '=';
    }
  }
}

// ---- hex -----------------------------------------------------------------------------------

int HexValue(uint8_t c) { return kDecode.hex[c]; }

// Decodes pairs until the first pair that is not hex (node truncates there).
template <typename Char>
size_t HexDecode(const Char* src, size_t length, uint8_t* out, size_t capacity) {
  size_t pairs = std::min(length / 2, capacity);
  for (size_t k = 0; k < pairs; k++) {
    // Low byte of each UTF-16 unit, as node reads it.
    int hi = HexValue(static_cast<uint8_t>(src[2 * k])), lo = HexValue(static_cast<uint8_t>(src[2 * k + 1]));
    if ((hi | lo) < 0) return k;
    out[k] = static_cast<uint8_t>(hi * 16 + lo);
  }
  return pairs;
}

// ---- string access -------------------------------------------------------------------------

// Runs `fn(chars, length)` over the string's characters, one- or two-byte, without copying
// when V8 holds it flat in one-byte form.
template <typename Fn>
size_t WithChars(v8::Isolate* isolate, v8::Local<v8::String> string, Fn&& fn) {
  if (string->IsExternalOneByte()) {
    const v8::String::ExternalOneByteStringResource* text = string->GetExternalOneByteStringResource();
    return fn(reinterpret_cast<const uint8_t*>(text->data()), text->length());
  }
  if (string->IsOneByte()) {
    std::string latin1(string->Length(), '\0');
    string->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(&latin1[0]), 0, -1,
                         v8::String::NO_NULL_TERMINATION);
    return fn(reinterpret_cast<const uint8_t*>(latin1.data()), latin1.size());
  }
  v8::String::Value units(isolate, string);
  return fn(*units, static_cast<size_t>(units.length()));
}

int EncodingArg(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  return value->Int32Value(context).FromMaybe(kUtf8);
}

size_t ByteLengthOf(v8::Isolate* isolate, v8::Local<v8::String> string, int encoding) {
  size_t length = string->Length();
  switch (encoding) {
    case kUtf8: return string->Utf8Length(isolate);
    case kUcs2: return length * 2;
    case kBase64:
    case kBase64Url:
      return WithChars(isolate, string, [](auto* chars, size_t n) { return Base64DecodedLength(chars, n); });
    case kHex: return length >> 1;
    default: return length;  // latin1, ascii
  }
}

void ByteLength(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  NODUS_CHECK(info[0]->IsString());
  int encoding = EncodingArg(isolate->GetCurrentContext(), info[1]);
  info.GetReturnValue().Set(static_cast<double>(ByteLengthOf(isolate, info[0].As<v8::String>(), encoding)));
}

size_t WriteString(v8::Isolate* isolate, v8::Local<v8::String> string, int encoding, uint8_t* out,
                   size_t capacity) {
  const int no_null = v8::String::NO_NULL_TERMINATION;
  switch (encoding) {
    case kUtf8: {
      int chars = 0;
      return string->WriteUtf8(isolate, reinterpret_cast<char*>(out), static_cast<int>(capacity),
                               &chars, no_null | v8::String::REPLACE_INVALID_UTF8);
    }
    case kUcs2: {
      size_t units = std::min<size_t>(capacity / 2, string->Length());
      if (units == 0) return 0;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      if (reinterpret_cast<uintptr_t>(out) % alignof(uint16_t) == 0) {  // straight into place
        string->Write(isolate, reinterpret_cast<uint16_t*>(out), 0, static_cast<int>(units), no_null);
        return units * 2;
      }
#endif
      std::basic_string<uint16_t> tmp(units, 0);
      string->Write(isolate, &tmp[0], 0, static_cast<int>(units), no_null);
      for (size_t i = 0; i < units; i++) {  // little-endian, whatever the host
        out[2 * i] = static_cast<uint8_t>(tmp[i]);
        out[2 * i + 1] = static_cast<uint8_t>(tmp[i] >> 8);
      }
      return units * 2;
    }
    case kBase64:
    case kBase64Url:
      return WithChars(isolate, string,
                       [&](auto* chars, size_t n) { return Base64Decode(chars, n, out, capacity); });
    case kHex:
      return WithChars(isolate, string,
                       [&](auto* chars, size_t n) { return HexDecode(chars, n, out, capacity); });
    default: {  // latin1, ascii: the low byte of each UTF-16 unit
      size_t n = std::min<size_t>(capacity, string->Length());
      if (n == 0) return 0;
      string->WriteOneByte(isolate, out, 0, static_cast<int>(n), no_null);
      return n;
    }
  }
}

void Write(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Bytes target = ViewBytes(info[0]);
  if (!target.ok) return;
  NODUS_CHECK(info[1]->IsString());
  int encoding = EncodingArg(context, info[2]);
  size_t offset = std::min(SizeArg(context, info[3], 0), target.length);
  size_t max = std::min(SizeArg(context, info[4], target.length - offset), target.length - offset);
  size_t written = WriteString(isolate, info[1].As<v8::String>(), encoding, target.data + offset, max);
  info.GetReturnValue().Set(static_cast<double>(written));
}

// Text of a large result lives outside V8's heap (as node does past about 1 MB): no copy into
// the heap, no collection cost for it; V8 frees it through Dispose.
template <typename Char, typename Base>
class ExternalText final : public Base {
 public:
  ExternalText(v8::Isolate* isolate, Char* data, size_t length) : isolate_(isolate), data_(data), length_(length) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(static_cast<int64_t>(length_ * sizeof(Char)));
  }
  ~ExternalText() override {
    isolate_->AdjustAmountOfExternalAllocatedMemory(-static_cast<int64_t>(length_ * sizeof(Char)));
    free(data_);
  }
  const Char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  v8::Isolate* isolate_;
  Char* data_;
  size_t length_;
};
using ExternalOneByteText = ExternalText<char, v8::String::ExternalOneByteStringResource>;
using ExternalTwoByteText = ExternalText<uint16_t, v8::String::ExternalStringResource>;

constexpr size_t kExternalTextMin = 0xFBEE9;
constexpr size_t kStackText = 1024;

// A string of `length` characters written by `fill(Char*)`: on the stack when short, outside
// the heap when long, in a temporary between the two.
template <typename Char, typename Fill>
v8::MaybeLocal<v8::String> NewText(v8::Isolate* isolate, size_t length, Fill&& fill) {
  auto make = [&](const Char* text) {
    if constexpr (sizeof(Char) == 1) {
      return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(text),
                                        v8::NewStringType::kNormal, static_cast<int>(length));
    } else {
      return v8::String::NewFromTwoByte(isolate, text, v8::NewStringType::kNormal, static_cast<int>(length));
    }
  };
  if (length <= kStackText) {
    Char text[kStackText];
    fill(text);
    return make(text);
  }
  Char* data = static_cast<Char*>(malloc(length * sizeof(Char)));
  if (data == nullptr) return {};
  fill(data);
  if (length * sizeof(Char) >= kExternalTextMin) {
    if constexpr (sizeof(Char) == 1) {
      return v8::String::NewExternalOneByte(isolate, new ExternalOneByteText(isolate, data, length));
    } else {
      return v8::String::NewExternalTwoByte(isolate, new ExternalTwoByteText(isolate, data, length));
    }
  }
  v8::MaybeLocal<v8::String> result = make(data);
  free(data);
  return result;
}

// Whether every byte is below 0x80, eight at a time (checked every 64 bytes).
bool IsAscii(const uint8_t* data, size_t length) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  uint64_t any = 0;
  size_t i = 0;
  while (i + 8 <= length) {
    size_t block_end = std::min(length & ~size_t{7}, i + 64);
    for (; i < block_end; i += 8) {
      uint64_t w;
      memcpy(&w, data + i, 8);
      any |= w;
    }
    if (any & kHigh) return false;
  }
  for (; i < length; i++) any |= data[i];
  return (any & kHigh) == 0;
}

v8::MaybeLocal<v8::String> DecodeBytes(v8::Isolate* isolate, const uint8_t* data, size_t length,
                                       int encoding) {
  if (length > static_cast<size_t>(v8::String::kMaxLength)) return v8::MaybeLocal<v8::String>();
  switch (encoding) {
    case kUtf8:
      // ASCII text (the common case) is its own one-byte string; V8's UTF-8 decoder is slower.
      if (IsAscii(data, length)) {
        if (length >= kExternalTextMin) {
          return NewText<char>(isolate, length, [&](char* out) { memcpy(out, data, length); });
        }
        return v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal, static_cast<int>(length));
      }
      return v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data), v8::NewStringType::kNormal,
                                     static_cast<int>(length));
    case kUcs2:
      return NewText<uint16_t>(isolate, length / 2, [&](uint16_t* units) {
        for (size_t i = 0; i < length / 2; i++) units[i] = data[2 * i] | (data[2 * i + 1] << 8);
      });
    case kAscii:
      return NewText<char>(isolate, length, [&](char* out) {
        for (size_t i = 0; i < length; i++) out[i] = static_cast<char>(data[i] & 0x7f);
      });
    case kBase64:
    case kBase64Url: {
      bool url = encoding == kBase64Url;
      return NewText<char>(isolate, Base64EncodedLength(length, url),
                           [&](char* out) { Base64Encode(data, length, url, out); });
    }
    case kHex: {
      // Both digits of every byte value, looked up two characters at a time.
      static const struct HexPairs {
        char pairs[512];
        HexPairs() {
          static const char digits[] = "0123456789abcdef";
          for (int b = 0; b < 256; b++) {
            pairs[2 * b] = digits[b >> 4];
            pairs[2 * b + 1] = digits[b & 15];
          }
        }
      } hex;
      return NewText<char>(isolate, length * 2, [&](char* out) {
        for (size_t i = 0; i < length; i++) memcpy(out + 2 * i, hex.pairs + 2 * data[i], 2);
      });
    }
    default:  // latin1
      if (length >= kExternalTextMin) {
        return NewText<char>(isolate, length, [&](char* out) { memcpy(out, data, length); });
      }
      return v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal, static_cast<int>(length));
  }
}

void Decode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Bytes source = ViewBytes(info[0]);
  if (!source.ok) return;
  int encoding = EncodingArg(context, info[1]);
  size_t end = std::min(SizeArg(context, info[3], source.length), source.length);
  size_t start = std::min(SizeArg(context, info[2], 0), end);
  v8::Local<v8::String> result;
  if (!DecodeBytes(isolate, source.data + start, end - start, encoding).ToLocal(&result)) {
    // Too long for a V8 string: node's ERR_STRING_TOO_LONG.
    v8::Local<v8::Value> error = v8::Exception::Error(
        Str(isolate, "Cannot create a string longer than 0x1fffffe8 characters"));
    error.As<v8::Object>()->Set(context, Name(isolate, "code"), Str(isolate, "ERR_STRING_TOO_LONG")).Check();
    isolate->ThrowException(error);
    return;
  }
  info.GetReturnValue().Set(result);
}

// ---- memory operations ---------------------------------------------------------------------

int CompareBytes(const uint8_t* a, size_t a_len, const uint8_t* b, size_t b_len) {
  size_t n = std::min(a_len, b_len);
  int c = n > 0 ? memcmp(a, b, n) : 0;
  if (c != 0) return c < 0 ? -1 : 1;
  return a_len < b_len ? -1 : (a_len > b_len ? 1 : 0);
}

void Compare(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Bytes a = ViewBytes(info[0]);
  if (!a.ok) return;
  Bytes b = ViewBytes(info[1]);
  if (!b.ok) return;
  info.GetReturnValue().Set(CompareBytes(a.data, a.length, b.data, b.length));
}

void CompareRange(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  Bytes a = ViewBytes(info[0]);
  if (!a.ok) return;
  Bytes b = ViewBytes(info[3]);
  if (!b.ok) return;
  size_t a_end = std::min(SizeArg(context, info[2], a.length), a.length);
  size_t a_start = std::min(SizeArg(context, info[1], 0), a_end);
  size_t b_end = std::min(SizeArg(context, info[5], b.length), b.length);
  size_t b_start = std::min(SizeArg(context, info[4], 0), b_end);
  info.GetReturnValue().Set(
      CompareBytes(a.data + a_start, a_end - a_start, b.data + b_start, b_end - b_start));
}

void IndexOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  Bytes hay = ViewBytes(info[0]);
  if (!hay.ok) return;
  Bytes needle = ViewBytes(info[1]);
  if (!needle.ok) return;
  double offset = info[2]->NumberValue(context).FromMaybe(0);
  bool forward = info[3]->IsTrue();
  int64_t len = static_cast<int64_t>(hay.length), nlen = static_cast<int64_t>(needle.length);
  int64_t from = static_cast<int64_t>(offset < 0 ? std::max(0.0, len + offset) : std::min<double>(offset, len));
  if (offset < 0 && len + offset < 0 && !forward) {  // before the start, searching backwards
    info.GetReturnValue().Set(-1);
    return;
  }
  if (nlen == 0) {
    info.GetReturnValue().Set(static_cast<double>(from));
    return;
  }
  if (forward) {
    for (int64_t i = from; i + nlen <= len; i++) {
      const void* hit = memchr(hay.data + i, needle.data[0], static_cast<size_t>(len - nlen - i + 1));
      if (hit == nullptr) break;
      i = static_cast<const uint8_t*>(hit) - hay.data;
      if (memcmp(hay.data + i, needle.data, nlen) == 0) {
        info.GetReturnValue().Set(static_cast<double>(i));
        return;
      }
    }
  } else {
    for (int64_t i = std::min(from, len - nlen); i >= 0; i--) {
      if (hay.data[i] == needle.data[0] && memcmp(hay.data + i, needle.data, nlen) == 0) {
        info.GetReturnValue().Set(static_cast<double>(i));
        return;
      }
    }
  }
  info.GetReturnValue().Set(-1);
}

void FillPattern(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  Bytes target = ViewBytes(info[0]);
  if (!target.ok) return;
  Bytes pattern = ViewBytes(info[1]);
  if (!pattern.ok) return;
  size_t end = std::min(SizeArg(context, info[3], target.length), target.length);
  size_t start = std::min(SizeArg(context, info[2], 0), end);
  if (pattern.length == 0 || start == end) return;
  size_t first = std::min(pattern.length, end - start);
  memmove(target.data + start, pattern.data, first);
  // Doubling copies: each pass copies what is already filled.
  for (size_t done = first; start + done < end;) {
    size_t n = std::min(done, end - start - done);
    memcpy(target.data + start + done, target.data + start, n);
    done += n;
  }
}

// Well-formed UTF-8 per RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF.
bool ValidUtf8(const uint8_t* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint8_t c = s[i];
    if (c < 0x80) { i++; continue; }
    size_t extra;
    uint8_t lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) extra = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      extra = 2;
      if (c == 0xe0) lo = 0xa0;
      if (c == 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      extra = 3;
      if (c == 0xf0) lo = 0x90;
      if (c == 0xf4) hi = 0x8f;
    } else {
      return false;
    }
    if (i + extra >= n) return false;
    if (s[i + 1] < lo || s[i + 1] > hi) return false;
    for (size_t k = 2; k <= extra; k++) {
      if ((s[i + k] & 0xc0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

// The bytes of a view or of a whole (Shared)ArrayBuffer, for isUtf8/isAscii; a detached
// ArrayBuffer throws node's ERR_INVALID_STATE.
bool ValidationBytes(v8::Local<v8::Value> value, Bytes* bytes) {
  if (value->IsArrayBuffer() || value->IsSharedArrayBuffer()) {
    if (value->IsArrayBuffer() && value.As<v8::ArrayBuffer>()->WasDetached()) {
      ThrowCodedError(v8::Isolate::GetCurrent(), ErrorCode::ERR_INVALID_STATE, "Cannot validate on a detached buffer");
      return false;
    }
    std::shared_ptr<v8::BackingStore> store = value->IsArrayBuffer()
                                                  ? value.As<v8::ArrayBuffer>()->GetBackingStore()
                                                  : value.As<v8::SharedArrayBuffer>()->GetBackingStore();
    bytes->data = static_cast<uint8_t*>(store->Data());
    bytes->length = store->ByteLength();
    return true;
  }
  *bytes = ViewBytes(value);
  return bytes->ok;
}

void IsUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Bytes b;
  if (!ValidationBytes(info[0], &b)) return;
  info.GetReturnValue().Set(ValidUtf8(b.data, b.length));
}

void IsAsciiMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Bytes b;
  if (!ValidationBytes(info[0], &b)) return;
  info.GetReturnValue().Set(IsAscii(b.data, b.length));
}

void SetBufferPrototype(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[0]->IsObject());
  Environment::From(info)->buffer_prototype.Reset(info.GetIsolate(), info[0].As<v8::Object>());
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "setBufferPrototype", SetBufferPrototype);
  SetFastMethod(context, target, "byteLength", ByteLength);
  SetFastMethod(context, target, "write", Write);
  SetFastMethod(context, target, "decode", Decode);
  SetFastMethod(context, target, "compare", Compare);
  SetFastMethod(context, target, "compareRange", CompareRange);
  SetFastMethod(context, target, "indexOf", IndexOf);
  SetFastMethod(context, target, "fillPattern", FillPattern);
  SetFastMethod(context, target, "isUtf8", IsUtf8);
  SetFastMethod(context, target, "isAscii", IsAsciiMethod);
  // zeroFill[0] = 0 before creating an ArrayBuffer makes its memory uninitialized (see
  // ArrayBufferAllocator); lib/buffer.js sets it back to 1 at once.
  {
    v8::Isolate* isolate = env->isolate();
    std::shared_ptr<v8::BackingStore> store;
    if (env->zero_fill_field != nullptr) {
      store = v8::ArrayBuffer::NewBackingStore(env->zero_fill_field, sizeof(uint32_t),
                                               [](void*, size_t, void*) {}, nullptr);
    } else {
      store = v8::ArrayBuffer::NewBackingStore(isolate, sizeof(uint32_t));
      *static_cast<uint32_t*>(store->Data()) = 1;
    }
    v8::Local<v8::ArrayBuffer> field = v8::ArrayBuffer::New(isolate, store);
    SetValue(context, target, "zeroFill", v8::Uint32Array::New(field, 0, 1));
  }
  SetInteger(context, target, "kMaxLength", static_cast<double>(v8::TypedArray::kMaxLength));
  SetInteger(context, target, "kStringMaxLength", v8::String::kMaxLength);
}

}  // namespace

NODUS_BINDING(buffer, Initialize)

}  // namespace nodus
