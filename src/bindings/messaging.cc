// internalBinding('messaging'): V8's structured serialization and message ports
// (src/message_port.h), for structuredClone() (lib/internal/structured_clone.js) and
// MessageChannel, MessagePort, BroadcastChannel (lib/internal/worker/io.js).
//
//   structuredClone(value, transferList, makeDataCloneError) -> the copy
//     transferList: ArrayBuffers and MessagePorts (checked in JS) that move to the copy; the
//     originals are detached. makeDataCloneError(message) builds the DOMException thrown for
//     values that cannot be cloned (functions, symbols, WeakMaps, promises, host objects...).
//   MessagePort                      the class (its constructor throws for JS callers)
//   setPortCallback(fn)              fn.call(port, type, data, ports) for 'init', 'message',
//                                    'messageerror' and 'close'
//   createChannel() -> [port1, port2]
//   createBroadcastPort(name) -> port
//   postMessage(port, value, transferList, makeDataCloneError) -> true if the port was sent
//     through its own channel (dropped; the channel closes)
//   setReceiving(port, bool)
//   receiveMessageOnPort(port) -> [value] | undefined
//   isPortActive(port) -> open (not closing or closed)
#include <memory>

#include "binding_registry.h"
#include "env.h"
#include "message_port.h"
#include "util.h"

namespace nodus {
namespace {

void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[1]->IsArray() && info[2]->IsFunction());
  Environment* env = Environment::From(info);
  std::unique_ptr<Message> message =
      SerializeMessage(env, info[0], info[1].As<v8::Array>(), info[2].As<v8::Function>(), nullptr);
  if (message == nullptr) return;  // DataCloneError or a getter threw
  v8::Local<v8::Array> ports;
  v8::Local<v8::Value> copy;
  if (DeserializeMessage(env, message.get(), &ports).ToLocal(&copy)) info.GetReturnValue().Set(copy);
}

void SetPortCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[0]->IsFunction());
  Environment::From(info)->message_port_callback.Reset(info.GetIsolate(), info[0].As<v8::Function>());
}

void CreateChannel(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  auto a = std::make_unique<MessagePortData>();
  auto b = std::make_unique<MessagePortData>();
  MessagePortData::Entangle(a.get(), b.get());
  v8::Local<v8::Object> port1, port2;
  if (!MessagePort::Create(env, std::move(a)).ToLocal(&port1) ||
      !MessagePort::Create(env, std::move(b)).ToLocal(&port2)) {
    return;
  }
  v8::Local<v8::Value> ports[] = {port1, port2};
  info.GetReturnValue().Set(v8::Array::New(env->isolate(), ports, 2));
}

void CreateBroadcastPort(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  NODUS_CHECK(info[0]->IsString());
  auto data = std::make_unique<MessagePortData>();
  data->JoinBroadcast(*v8::String::Utf8Value(env->isolate(), info[0]));
  v8::Local<v8::Object> port;
  if (MessagePort::Create(env, std::move(data)).ToLocal(&port)) info.GetReturnValue().Set(port);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "structuredClone", StructuredClone);
  SetValue(context, target, "MessagePort", MessagePort::Initialize(env));
  SetMethod(context, target, "setPortCallback", SetPortCallback);
  SetMethod(context, target, "createChannel", CreateChannel);
  SetMethod(context, target, "createBroadcastPort", CreateBroadcastPort);
  SetMethod(context, target, "postMessage", MessagePort::PostMessage);
  SetMethod(context, target, "setReceiving", MessagePort::SetReceiving);
  SetMethod(context, target, "receiveMessageOnPort", MessagePort::ReceiveMessage);
  SetMethod(context, target, "isPortActive", MessagePort::IsActive);
}

}  // namespace
NODUS_BINDING(messaging, Initialize)
}  // namespace nodus
