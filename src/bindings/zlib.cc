// internalBinding('zlib'): compression streams for lib/zlib.js.
//   new Zlib(mode)                 mode: DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW,
//                                  UNZIP (gzip or zlib, told apart by the first two bytes)
//   new BrotliEncoder(mode), new BrotliDecoder(mode)
//   zlib.init(windowBits, level, memLevel, strategy, writeState, processCallback, dictionary)
//   brotli.init(params, writeState, processCallback) -> false if a parameter is refused
//   write(flush, in, inOff, inLen, out, outOff, outLen): on the thread pool; then
//     writeState = [availOutAfter, availInAfter] and processCallback() with `this` = handle
//   writeSync(same): at once, writeState filled before it returns
//   params(level, strategy), reset(), close(), getAvailableIn... (see below)
// Errors go to handle.onerror(message, errno, code), as node's: zlib's message (or node's own:
// 'unexpected end of file', 'Missing dictionary', ...) with codes such as 'Z_DATA_ERROR';
// brotli's 'ERR_BROTLI_...' / 'ERR__ERROR_FORMAT_...' codes.
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <uv.h>
#include <zlib.h>

#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "binding_registry.h"
#include "callback_scope.h"
#include "env.h"
#include "util.h"
#include "weak_wrap.h"

namespace nodus {
namespace {

enum Mode { NONE, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE };

constexpr int kGzipHeaderId1 = 0x1f;
constexpr int kGzipHeaderId2 = 0x8b;

struct CompressionError {
  const char* message = nullptr;  // null: no error
  std::string code;
  int err = 0;
};

const char* ZlibCode(int err) {
  switch (err) {
    case Z_OK: return "Z_OK";
    case Z_STREAM_END: return "Z_STREAM_END";
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    default: return "Z_UNKNOWN_ERROR";
  }
}

// One engine: zlib or brotli. Work() runs on the thread pool for write(), inline for writeSync().
class Engine {
 public:
  virtual ~Engine() = default;
  // Sets the input and output windows and the flush mode for the next Work().
  void SetBuffers(const uint8_t* in, uint32_t in_len, uint8_t* out, uint32_t out_len, int flush) {
    next_in_ = in;
    avail_in_ = in_len;
    next_out_ = out;
    avail_out_ = out_len;
    flush_ = flush;
  }
  virtual void Work() = 0;
  virtual CompressionError Error() = 0;
  virtual CompressionError Reset() = 0;
  virtual void Close() = 0;
  uint32_t avail_in() const { return avail_in_; }
  uint32_t avail_out() const { return avail_out_; }

 protected:
  // Runs `step(&avail_in, &next_in, &avail_out, &next_out)` with brotli's size_t windows.
  template <typename Step>
  void RunWithSizes(Step step) {
    size_t avail_in = avail_in_;
    size_t avail_out = avail_out_;
    step(&avail_in, &next_in_, &avail_out, &next_out_);
    avail_in_ = static_cast<uint32_t>(avail_in);
    avail_out_ = static_cast<uint32_t>(avail_out);
  }

 protected:
  const uint8_t* next_in_ = nullptr;
  uint32_t avail_in_ = 0;
  uint8_t* next_out_ = nullptr;
  uint32_t avail_out_ = 0;
  int flush_ = 0;
};

class ZlibEngine : public Engine {
 public:
  explicit ZlibEngine(Mode mode) : mode_(mode) {}
  ~ZlibEngine() override { Close(); }

  // Records the settings; zlib's own state (up to ~256 KiB for deflate) is made on first use,
  // as node does, so streams created and dropped unused cost little.
  CompressionError Init(int level, int window_bits, int mem_level, int strategy, std::vector<uint8_t> dictionary) {
    level_ = level;
    strategy_ = strategy;
    mem_level_ = mem_level;
    window_bits_ = window_bits;
    if (mode_ == GZIP || mode_ == GUNZIP) window_bits_ += 16;
    if (mode_ == UNZIP) window_bits_ += 32;
    if (mode_ == DEFLATERAW || mode_ == INFLATERAW) window_bits_ *= -1;
    dictionary_ = std::move(dictionary);
    return {};
  }

  // Creates zlib's state if not done yet; false (with err_ set) if zlib refused.
  bool EnsureInit() {
    if (initialized_) return true;
    if (init_failed_ || closed_) return false;
    memset(&strm_, 0, sizeof(strm_));
    switch (mode_) {
      case DEFLATE:
      case GZIP:
      case DEFLATERAW:
        err_ = deflateInit2(&strm_, level_, Z_DEFLATED, window_bits_, mem_level_, strategy_);
        break;
      default:
        err_ = inflateInit2(&strm_, window_bits_);
        break;
    }
    if (err_ != Z_OK) {
      init_failed_ = true;
      return false;
    }
    initialized_ = true;
    dictionary_error_ = SetDictionary();
    return true;
  }

  void Work() override {
    if (!EnsureInit() || dictionary_error_.message != nullptr) return;
    strm_.next_in = const_cast<Bytef*>(next_in_);
    strm_.avail_in = avail_in_;
    strm_.next_out = next_out_;
    strm_.avail_out = avail_out_;
    const Bytef* next_expected_header_byte = nullptr;
    switch (mode_) {
      case DEFLATE:
      case GZIP:
      case DEFLATERAW:
        err_ = deflate(&strm_, flush_);
        break;
      case UNZIP:
        // gzip if the input starts with its two magic bytes, zlib otherwise (decided once).
        if (strm_.avail_in > 0) next_expected_header_byte = strm_.next_in;
        if (gzip_id_bytes_read_ == 0 && next_expected_header_byte != nullptr) {
          if (*next_expected_header_byte == kGzipHeaderId1) {
            gzip_id_bytes_read_ = 1;
            next_expected_header_byte++;
            if (strm_.avail_in == 1) next_expected_header_byte = nullptr;  // the only byte
          } else {
            mode_ = INFLATE;
            next_expected_header_byte = nullptr;
          }
        }
        if (gzip_id_bytes_read_ == 1 && next_expected_header_byte != nullptr) {
          if (*next_expected_header_byte == kGzipHeaderId2) {
            gzip_id_bytes_read_ = 2;
            mode_ = GUNZIP;
          } else {
            mode_ = INFLATE;
          }
        }
        [[fallthrough]];
      case INFLATE:
      case GUNZIP:
      case INFLATERAW:
        err_ = inflate(&strm_, flush_);
        // A zlib stream made with a dictionary asks for it.
        if (mode_ != INFLATERAW && err_ == Z_NEED_DICT && !dictionary_.empty()) {
          err_ = inflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
          if (err_ == Z_OK) {
            err_ = inflate(&strm_, flush_);
          } else if (err_ == Z_DATA_ERROR) {
            err_ = Z_NEED_DICT;  // a wrong dictionary, not bad input
          }
        }
        // More input after a gzip member: another member follows (trailing zeros are padding).
        while (strm_.avail_in > 0 && mode_ == GUNZIP && err_ == Z_STREAM_END && strm_.next_in[0] != 0x00) {
          ResetStream();
          err_ = inflate(&strm_, flush_);
        }
        break;
      default:
        break;
    }
    avail_in_ = strm_.avail_in;
    next_in_ = strm_.next_in;
    avail_out_ = strm_.avail_out;
    next_out_ = strm_.next_out;
  }

  CompressionError Error() override {
    if (init_failed_) return {"Init error", ZlibCode(err_), err_};
    if (dictionary_error_.message != nullptr) {
      CompressionError error = dictionary_error_;
      dictionary_error_ = {};
      return error;
    }
    switch (err_) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (strm_.avail_out != 0 && flush_ == Z_FINISH) return ErrorFor("unexpected end of file");
        break;
      case Z_STREAM_END:
        break;
      case Z_NEED_DICT:
        return ErrorFor(dictionary_.empty() ? "Missing dictionary" : "Bad dictionary");
      default:
        return ErrorFor("Zlib error");
    }
    return {};
  }

  CompressionError Reset() override {
    if (!EnsureInit()) return {"Failed to init stream before reset", ZlibCode(err_), err_};
    ResetStream();
    if (err_ != Z_OK) return ErrorFor("Failed to reset stream");
    return SetDictionary();
  }

  CompressionError Params(int level, int strategy) {
    if (!EnsureInit()) return {"Init error", ZlibCode(err_), err_};
    err_ = Z_OK;
    if (mode_ == DEFLATE || mode_ == DEFLATERAW) err_ = deflateParams(&strm_, level, strategy);
    if (err_ != Z_OK && err_ != Z_BUF_ERROR) return ErrorFor("Failed to set parameters");
    return {};
  }

  void Close() override {
    closed_ = true;
    if (!initialized_) return;
    initialized_ = false;
    if (mode_ == DEFLATE || mode_ == GZIP || mode_ == DEFLATERAW) deflateEnd(&strm_);
    else inflateEnd(&strm_);
  }

 private:
  CompressionError ErrorFor(const char* message) {
    // zlib's own message, when it has one, says more.
    if (strm_.msg != nullptr) message = strm_.msg;
    return {message, ZlibCode(err_), err_};
  }

  void ResetStream() {
    err_ = Z_OK;
    switch (mode_) {
      case DEFLATE:
      case DEFLATERAW:
      case GZIP:
        err_ = deflateReset(&strm_);
        break;
      case INFLATE:
      case INFLATERAW:
      case GUNZIP:
        err_ = inflateReset(&strm_);
        break;
      default:
        break;
    }
  }

  CompressionError SetDictionary() {
    if (dictionary_.empty()) return {};
    err_ = Z_OK;
    switch (mode_) {
      case DEFLATE:
      case DEFLATERAW:
        err_ = deflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
        break;
      case INFLATERAW:
        // Other inflate modes set it when the stream asks (Z_NEED_DICT).
        err_ = inflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
        break;
      default:
        break;
    }
    if (err_ != Z_OK) return ErrorFor("Failed to set dictionary");
    return {};
  }

  Mode mode_;
  z_stream strm_{};
  bool initialized_ = false;
  bool init_failed_ = false;
  bool closed_ = false;
  CompressionError dictionary_error_;  // from the deferred set-up, reported by the next Error()
  int err_ = Z_OK;
  int mem_level_ = 0;
  int level_ = 0;
  int strategy_ = 0;
  int window_bits_ = 0;
  int gzip_id_bytes_read_ = 0;
  std::vector<uint8_t> dictionary_;
};

class BrotliEncoderEngine : public Engine {
 public:
  ~BrotliEncoderEngine() override { Close(); }
  bool Init() {
    state_ = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
    return state_ != nullptr;
  }
  bool SetParam(int key, uint32_t value) {
    return BrotliEncoderSetParameter(state_, static_cast<BrotliEncoderParameter>(key), value) != 0;
  }
  void Work() override {
    RunWithSizes([this](size_t* avail_in, const uint8_t** next_in, size_t* avail_out, uint8_t** next_out) {
      last_result_ = BrotliEncoderCompressStream(state_, static_cast<BrotliEncoderOperation>(flush_), avail_in,
                                                 next_in, avail_out, next_out, nullptr) != 0;
    });
  }
  CompressionError Error() override {
    if (!last_result_) return {"Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1};
    return {};
  }
  CompressionError Reset() override {
    Close();
    if (!Init()) return {"Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1};
    return {};
  }
  void Close() override {
    if (state_ != nullptr) BrotliEncoderDestroyInstance(state_);
    state_ = nullptr;
  }

 private:
  BrotliEncoderState* state_ = nullptr;
  bool last_result_ = true;
};

class BrotliDecoderEngine : public Engine {
 public:
  ~BrotliDecoderEngine() override { Close(); }
  bool Init() {
    state_ = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    return state_ != nullptr;
  }
  bool SetParam(int key, uint32_t value) {
    return BrotliDecoderSetParameter(state_, static_cast<BrotliDecoderParameter>(key), value) != 0;
  }
  void Work() override {
    RunWithSizes([this](size_t* avail_in, const uint8_t** next_in, size_t* avail_out, uint8_t** next_out) {
      last_result_ = BrotliDecoderDecompressStream(state_, avail_in, next_in, avail_out, next_out, nullptr);
    });
    if (last_result_ == BROTLI_DECODER_RESULT_ERROR) {
      error_ = BrotliDecoderGetErrorCode(state_);
      error_string_ = std::string("ERR_") + BrotliDecoderErrorString(error_);
    }
  }
  CompressionError Error() override {
    if (last_result_ == BROTLI_DECODER_RESULT_ERROR) {
      return {"Decompression failed", error_string_, static_cast<int>(error_)};
    }
    // Brotli does not see a truncated stream itself: input finished while it wanted more.
    if (flush_ == BROTLI_OPERATION_FINISH && last_result_ == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      return {"unexpected end of file", "Z_BUF_ERROR", Z_BUF_ERROR};
    }
    return {};
  }
  CompressionError Reset() override {
    Close();
    if (!Init()) return {"Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1};
    last_result_ = BROTLI_DECODER_RESULT_SUCCESS;
    return {};
  }
  void Close() override {
    if (state_ != nullptr) BrotliDecoderDestroyInstance(state_);
    state_ = nullptr;
  }

 private:
  BrotliDecoderState* state_ = nullptr;
  BrotliDecoderResult last_result_ = BROTLI_DECODER_RESULT_SUCCESS;
  BrotliDecoderErrorCode error_ = BROTLI_DECODER_NO_ERROR;
  std::string error_string_;
};

// The JS-facing object: owns an engine, runs writes, reports results and errors.
class CompressionStream : public WeakWrap {
 public:
  CompressionStream(Environment* env, v8::Local<v8::Object> object, Mode mode)
      : WeakWrap(env->isolate(), object), env_(env), mode_(mode) {
    if (mode == BROTLI_ENCODE) engine_ = std::make_unique<BrotliEncoderEngine>();
    else if (mode == BROTLI_DECODE) engine_ = std::make_unique<BrotliDecoderEngine>();
    else engine_ = std::make_unique<ZlibEngine>(mode);
    work_.data = this;
  }

  static CompressionStream* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return Unwrap<CompressionStream>(info.This());
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    NODUS_CHECK(info.IsConstructCall());
    int mode = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    NODUS_CHECK(mode >= DEFLATE && mode <= BROTLI_ENCODE);
    new CompressionStream(Environment::From(info), info.This(), static_cast<Mode>(mode));
  }

  // zlib: init(windowBits, level, memLevel, strategy, writeState, processCallback, dictionary)
  static void InitZlib(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CompressionStream* self = From(info);
    v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
    auto arg = [&](int i) { return info[i]->Int32Value(context).FromMaybe(0); };
    self->SetWriteState(info[4], info[5]);
    std::vector<uint8_t> dictionary;
    if (info[6]->IsArrayBufferView()) {
      v8::Local<v8::ArrayBufferView> view = info[6].As<v8::ArrayBufferView>();
      dictionary.resize(view->ByteLength());
      view->CopyContents(dictionary.data(), dictionary.size());
    }
    auto* engine = static_cast<ZlibEngine*>(self->engine_.get());
    CompressionError error = engine->Init(arg(1), arg(0), arg(2), arg(3), std::move(dictionary));
    if (error.message != nullptr) self->EmitError(error);
    info.GetReturnValue().Set(error.message == nullptr);
  }

  // brotli: init(params, writeState, processCallback) -> false when refused
  static void InitBrotli(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CompressionStream* self = From(info);
    self->SetWriteState(info[1], info[2]);
    bool ok;
    if (self->mode_ == BROTLI_ENCODE) {
      auto* engine = static_cast<BrotliEncoderEngine*>(self->engine_.get());
      ok = engine->Init() && SetBrotliParams(info[0], [&](int key, uint32_t value) { return engine->SetParam(key, value); });
    } else {
      auto* engine = static_cast<BrotliDecoderEngine*>(self->engine_.get());
      ok = engine->Init() && SetBrotliParams(info[0], [&](int key, uint32_t value) { return engine->SetParam(key, value); });
    }
    info.GetReturnValue().Set(ok);
  }

  template <typename Set>
  static bool SetBrotliParams(v8::Local<v8::Value> params, Set set) {
    if (!params->IsUint32Array()) return true;
    v8::Local<v8::Uint32Array> array = params.As<v8::Uint32Array>();
    std::vector<uint32_t> values(array->Length());
    array->CopyContents(values.data(), values.size() * sizeof(uint32_t));
    for (size_t key = 0; key < values.size(); key++) {
      if (values[key] == static_cast<uint32_t>(-1)) continue;  // not given
      if (!set(static_cast<int>(key), values[key])) return false;
    }
    return true;
  }

  static void Params(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CompressionStream* self = From(info);
    if (self == nullptr || self->mode_ == BROTLI_ENCODE || self->mode_ == BROTLI_DECODE) return;
    v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
    CompressionError error = static_cast<ZlibEngine*>(self->engine_.get())
                                 ->Params(info[0]->Int32Value(context).FromMaybe(0),
                                          info[1]->Int32Value(context).FromMaybe(0));
    if (error.message != nullptr) self->EmitError(error);
  }

  static void Reset(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CompressionStream* self = From(info);
    if (self == nullptr) return;
    CompressionError error = self->engine_->Reset();
    if (error.message != nullptr) self->EmitError(error);
  }

  static void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CompressionStream* self = From(info);
    if (self == nullptr) return;
    // A write on the thread pool finishes first.
    if (self->write_in_progress_) {
      self->pending_close_ = true;
      return;
    }
    self->DoClose();
  }

  template <bool async>
  static void Write(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CompressionStream* self = From(info);
    NODUS_CHECK(self != nullptr && !self->write_in_progress_ && !self->closed_);
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    int flush = info[0]->Int32Value(context).FromMaybe(0);
    uint8_t* in = nullptr;
    uint32_t in_off = 0;
    uint32_t in_len = 0;
    if (info[1]->IsArrayBufferView()) {
      v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
      in_off = info[2]->Uint32Value(context).FromMaybe(0);
      in_len = info[3]->Uint32Value(context).FromMaybe(0);
      NODUS_CHECK(static_cast<size_t>(in_off) + in_len <= view->ByteLength());
      in = static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset() + in_off;
    }
    NODUS_CHECK(info[4]->IsArrayBufferView());
    v8::Local<v8::ArrayBufferView> out_view = info[4].As<v8::ArrayBufferView>();
    uint32_t out_off = info[5]->Uint32Value(context).FromMaybe(0);
    uint32_t out_len = info[6]->Uint32Value(context).FromMaybe(0);
    NODUS_CHECK(static_cast<size_t>(out_off) + out_len <= out_view->ByteLength());
    uint8_t* out = static_cast<uint8_t*>(out_view->Buffer()->Data()) + out_view->ByteOffset() + out_off;
    self->engine_->SetBuffers(in, in_len, out, out_len, flush);
    self->write_in_progress_ = true;
    if (!async) {
      self->engine_->Work();
      if (self->CheckError()) self->UpdateWriteState();
      self->write_in_progress_ = false;
      if (self->pending_close_) self->DoClose();
      return;
    }
    // The JS object (and the buffers, which JS keeps on it) stays alive until the work is done.
    self->ClearWeak();
    uv_queue_work(self->env_->loop(), &self->work_, [](uv_work_t* work) {
      static_cast<CompressionStream*>(work->data)->engine_->Work();
    }, AfterWork);
  }

 private:
  static void AfterWork(uv_work_t* work, int status) {
    auto* self = static_cast<CompressionStream*>(work->data);
    Environment* env = self->env_;
    self->write_in_progress_ = false;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    // Held here, the JS object (and so this stream) outlives any GC the callbacks cause; it may
    // become collectable again only once nothing below uses `self`.
    v8::Local<v8::Object> object = self->object();
    self->MakeWeak();
    if (status == UV_ECANCELED || !env->can_call_into_js) return;
    CallbackScope callback_scope(env);
    if (self->CheckError()) {
      self->UpdateWriteState();
      v8::Local<v8::Function> callback = self->process_callback_.Get(isolate);
      if (callback->Call(env->context(), object, 0, nullptr).IsEmpty()) return;
    }
    if (self->pending_close_) self->DoClose();
  }

  void SetWriteState(v8::Local<v8::Value> state, v8::Local<v8::Value> callback) {
    NODUS_CHECK(state->IsUint32Array() && callback->IsFunction());
    write_state_.Reset(env_->isolate(), state.As<v8::Uint32Array>());
    process_callback_.Reset(env_->isolate(), callback.As<v8::Function>());
  }

  void UpdateWriteState() {
    v8::HandleScope scope(env_->isolate());
    v8::Local<v8::Uint32Array> state = write_state_.Get(env_->isolate());
    auto* data = reinterpret_cast<uint32_t*>(static_cast<uint8_t*>(state->Buffer()->Data()) + state->ByteOffset());
    data[0] = engine_->avail_out();
    data[1] = engine_->avail_in();
  }

  // False (after calling onerror) if the last operation failed.
  bool CheckError() {
    CompressionError error = engine_->Error();
    if (error.message == nullptr) return true;
    EmitError(error);
    return false;
  }

  void EmitError(const CompressionError& error) {
    v8::Isolate* isolate = env_->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Object> object = this->object();
    v8::Local<v8::Value> onerror;
    if (!object->Get(env_->context(), Name(isolate, "onerror")).ToLocal(&onerror) || !onerror->IsFunction()) return;
    v8::Local<v8::Value> argv[] = {Str(isolate, error.message), v8::Integer::New(isolate, error.err),
                                   Str(isolate, error.code)};
    write_in_progress_ = false;
    if (onerror.As<v8::Function>()->Call(env_->context(), object, 3, argv).IsEmpty()) return;
    if (pending_close_) DoClose();
  }

  void DoClose() {
    pending_close_ = false;
    if (closed_) return;
    closed_ = true;
    engine_->Close();
  }

  Environment* env_;
  Mode mode_;
  std::unique_ptr<Engine> engine_;
  v8::Global<v8::Uint32Array> write_state_;
  v8::Global<v8::Function> process_callback_;
  uv_work_t work_;
  bool write_in_progress_ = false;
  bool pending_close_ = false;
  bool closed_ = false;
};

v8::Local<v8::FunctionTemplate> StreamTemplate(v8::Isolate* isolate, const char* name, bool brotli) {
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, CompressionStream::New);
  tmpl->SetClassName(Name(isolate, name));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  auto method = [&](const char* method_name, v8::FunctionCallback callback) {
    tmpl->PrototypeTemplate()->Set(Name(isolate, method_name),
                                   v8::FunctionTemplate::New(isolate, callback, {}, signature, 0,
                                                             v8::ConstructorBehavior::kThrow));
  };
  method("init", brotli ? CompressionStream::InitBrotli : CompressionStream::InitZlib);
  method("write", CompressionStream::Write<true>);
  method("writeSync", CompressionStream::Write<false>);
  method("params", CompressionStream::Params);
  method("reset", CompressionStream::Reset);
  method("close", CompressionStream::Close);
  return tmpl;
}

// zlib.constants, in node's order: zlib's and brotli's own values from their headers, and
// node's modes and option limits.
void SetConstants(v8::Local<v8::Context> context, v8::Local<v8::Object> target) {
#define Z(name) SetInteger(context, target, #name, name);
  Z(Z_NO_FLUSH) Z(Z_PARTIAL_FLUSH) Z(Z_SYNC_FLUSH) Z(Z_FULL_FLUSH) Z(Z_FINISH) Z(Z_BLOCK)
  Z(Z_OK) Z(Z_STREAM_END) Z(Z_NEED_DICT) Z(Z_ERRNO) Z(Z_STREAM_ERROR) Z(Z_DATA_ERROR) Z(Z_MEM_ERROR)
  Z(Z_BUF_ERROR) Z(Z_VERSION_ERROR)
  Z(Z_NO_COMPRESSION) Z(Z_BEST_SPEED) Z(Z_BEST_COMPRESSION) Z(Z_DEFAULT_COMPRESSION)
  Z(Z_FILTERED) Z(Z_HUFFMAN_ONLY) Z(Z_RLE) Z(Z_FIXED) Z(Z_DEFAULT_STRATEGY) Z(ZLIB_VERNUM)
  Z(DEFLATE) Z(INFLATE) Z(GZIP) Z(GUNZIP) Z(DEFLATERAW) Z(INFLATERAW) Z(UNZIP) Z(BROTLI_DECODE) Z(BROTLI_ENCODE)
#undef Z
  SetInteger(context, target, "Z_MIN_WINDOWBITS", 8);
  SetInteger(context, target, "Z_MAX_WINDOWBITS", 15);
  SetInteger(context, target, "Z_DEFAULT_WINDOWBITS", 15);
  SetInteger(context, target, "Z_MIN_CHUNK", 64);
  SetValue(context, target, "Z_MAX_CHUNK", v8::Number::New(context->GetIsolate(), std::numeric_limits<double>::infinity()));
  SetInteger(context, target, "Z_DEFAULT_CHUNK", 16 * 1024);
  SetInteger(context, target, "Z_MIN_MEMLEVEL", 1);
  SetInteger(context, target, "Z_MAX_MEMLEVEL", 9);
  SetInteger(context, target, "Z_DEFAULT_MEMLEVEL", 8);
  SetInteger(context, target, "Z_MIN_LEVEL", -1);
  SetInteger(context, target, "Z_MAX_LEVEL", 9);
  SetInteger(context, target, "Z_DEFAULT_LEVEL", Z_DEFAULT_COMPRESSION);
#define B(name) SetInteger(context, target, #name, name);
  B(BROTLI_OPERATION_PROCESS) B(BROTLI_OPERATION_FLUSH) B(BROTLI_OPERATION_FINISH) B(BROTLI_OPERATION_EMIT_METADATA)
  B(BROTLI_PARAM_MODE) B(BROTLI_MODE_GENERIC) B(BROTLI_MODE_TEXT) B(BROTLI_MODE_FONT) B(BROTLI_DEFAULT_MODE)
  B(BROTLI_PARAM_QUALITY) B(BROTLI_MIN_QUALITY) B(BROTLI_MAX_QUALITY) B(BROTLI_DEFAULT_QUALITY)
  B(BROTLI_PARAM_LGWIN) B(BROTLI_MIN_WINDOW_BITS) B(BROTLI_MAX_WINDOW_BITS) B(BROTLI_LARGE_MAX_WINDOW_BITS)
  B(BROTLI_DEFAULT_WINDOW) B(BROTLI_PARAM_LGBLOCK) B(BROTLI_MIN_INPUT_BLOCK_BITS) B(BROTLI_MAX_INPUT_BLOCK_BITS)
  B(BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING) B(BROTLI_PARAM_SIZE_HINT) B(BROTLI_PARAM_LARGE_WINDOW)
  B(BROTLI_PARAM_NPOSTFIX) B(BROTLI_PARAM_NDIRECT)
  B(BROTLI_DECODER_RESULT_ERROR) B(BROTLI_DECODER_RESULT_SUCCESS) B(BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
  B(BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) B(BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION)
  B(BROTLI_DECODER_PARAM_LARGE_WINDOW) B(BROTLI_DECODER_NO_ERROR) B(BROTLI_DECODER_SUCCESS)
  B(BROTLI_DECODER_NEEDS_MORE_INPUT) B(BROTLI_DECODER_NEEDS_MORE_OUTPUT)
  B(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE) B(BROTLI_DECODER_ERROR_FORMAT_RESERVED)
  B(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE) B(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET)
  B(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME) B(BROTLI_DECODER_ERROR_FORMAT_CL_SPACE)
  B(BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE) B(BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT)
  B(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1) B(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2)
  B(BROTLI_DECODER_ERROR_FORMAT_TRANSFORM) B(BROTLI_DECODER_ERROR_FORMAT_DICTIONARY)
  B(BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS) B(BROTLI_DECODER_ERROR_FORMAT_PADDING_1)
  B(BROTLI_DECODER_ERROR_FORMAT_PADDING_2) B(BROTLI_DECODER_ERROR_FORMAT_DISTANCE)
  B(BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET) B(BROTLI_DECODER_ERROR_INVALID_ARGUMENTS)
  B(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES) B(BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS)
  B(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP) B(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1)
  B(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2) B(BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES)
  B(BROTLI_DECODER_ERROR_UNREACHABLE)
#undef B
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetConstants(context, constants);
  SetValue(context, target, "constants", constants);
  for (auto [name, brotli] : {std::pair{"Zlib", false}, {"BrotliEncoder", true}, {"BrotliDecoder", true}}) {
    SetValue(context, target, name, StreamTemplate(isolate, name, brotli)->GetFunction(context).ToLocalChecked());
  }
  SetString(context, target, "zlibVersion", ZLIB_VERSION);
}

}  // namespace

NODUS_BINDING(zlib, Initialize)

}  // namespace nodus
