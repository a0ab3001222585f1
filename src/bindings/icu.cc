// internalBinding('icu'): Unicode facts from ICU.
//   getStringWidth(string, ambiguousAsFullWidth, expandEmojiSequence) -> terminal columns:
//     East Asian wide and fullwidth characters and emoji presentation take 2, control, format
//     and combining characters 0 (soft hyphen 1), everything else 1; unless
//     expandEmojiSequence is true (the default), emoji joined by ZWJ count once.
// util.inspect and readline measure text with it (lib/internal/util/inspect.js).
//   toASCII(name) -> the name by UTS #46 (IDNA) processing: lower case, punycode for non-ASCII
//     labels; '' when the name has no valid form (the DNS resolver sends names this way)
#include <unicode/uchar.h>
#include <unicode/uidna.h>
#include <unicode/utf16.h>

#include <string>
#include <vector>

#include "binding_registry.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

int ColumnWidth(UChar32 c, bool ambiguous_as_full_width) {
  switch (u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH)) {
    case U_EA_FULLWIDTH:
    case U_EA_WIDE:
      return 2;
    case U_EA_AMBIGUOUS:
      if (ambiguous_as_full_width) return 2;
      [[fallthrough]];
    case U_EA_NEUTRAL:
      if (u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION)) return 2;
      [[fallthrough]];
    default: {
      constexpr uint32_t kZeroWidth = U_GC_CC_MASK | U_GC_CF_MASK | U_GC_ME_MASK | U_GC_MN_MASK;
      bool zero = c != 0x00AD && ((U_MASK(u_charType(c)) & kZeroWidth) != 0 ||
                                  u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER));
      return zero ? 0 : 1;
    }
  }
}

void GetStringWidth(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsString()) return info.GetReturnValue().Set(0);
  bool ambiguous_as_full_width = info[1]->IsTrue();
  bool expand_emoji_sequence = !info[2]->IsBoolean() || info[2]->IsTrue();
  v8::Local<v8::String> string = info[0].As<v8::String>();
  std::vector<uint16_t> units(string->Length());
  string->Write(isolate, units.data(), 0, static_cast<int>(units.size()), v8::String::NO_NULL_TERMINATION);
  const UChar* text = reinterpret_cast<const UChar*>(units.data());
  int32_t length = static_cast<int32_t>(units.size());
  int32_t i = 0;
  UChar32 c = 0;
  UChar32 previous;
  uint32_t width = 0;
  while (i < length) {
    previous = c;
    U16_NEXT(text, i, length, c);
    // In a ZWJ sequence, the joined emoji are shown as one glyph (when not expanded).
    if (!expand_emoji_sequence && previous == 0x200D &&
        (u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION) || u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER))) {
      continue;
    }
    width += ColumnWidth(c, ambiguous_as_full_width);
  }
  info.GetReturnValue().Set(width);
}

// UTS #46 ToASCII with the WHATWG URL standard's choices (node's): bidi and joiner checks,
// nontransitional processing, no hyphen or DNS length rules.
void ToASCII(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::String::Utf8Value input(isolate, info[0]);
  UErrorCode status = U_ZERO_ERROR;
  UIDNA* idna = uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII, &status);
  if (U_FAILURE(status)) return info.GetReturnValue().SetEmptyString();
  std::string out(input.length() * 4 + 64, '\0');
  UIDNAInfo details = UIDNA_INFO_INITIALIZER;
  int32_t length = uidna_nameToASCII_UTF8(idna, *input, input.length(), out.data(), static_cast<int32_t>(out.size()),
                                          &details, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    status = U_ZERO_ERROR;
    out.resize(length);
    details = UIDNA_INFO_INITIALIZER;
    length = uidna_nameToASCII_UTF8(idna, *input, input.length(), out.data(), length, &details, &status);
  }
  uidna_close(idna);
  uint32_t errors = details.errors & ~(UIDNA_ERROR_HYPHEN_3_4 | UIDNA_ERROR_LEADING_HYPHEN |
                                       UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_EMPTY_LABEL |
                                       UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG);
  if (U_FAILURE(status) || errors != 0) return info.GetReturnValue().SetEmptyString();
  info.GetReturnValue().Set(Str(isolate, out.data(), length));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetFastMethod(env->context(), target, "getStringWidth", GetStringWidth);
  SetFastMethod(env->context(), target, "toASCII", ToASCII);
}

}  // namespace

NODUS_BINDING(icu, Initialize)

}  // namespace nodus
