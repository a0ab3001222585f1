#include "message_port.h"

#include <algorithm>
#include <unordered_map>

#include "callback_scope.h"
#include "env.h"
#include "errors.h"
#include "util.h"

namespace nodus {

// ---- groups --------------------------------------------------------------------------------

class SiblingGroup {
 public:
  explicit SiblingGroup(std::string name) : name_(std::move(name)) {}
  ~SiblingGroup();

  // The group of every BroadcastChannel named `name` in the process.
  static std::shared_ptr<SiblingGroup> Named(const std::string& name);

  void Add(MessagePortData* port) {
    std::lock_guard<std::mutex> lock(mutex_);
    members_.push_back(port);
  }

  void Remove(MessagePortData* port) {
    std::lock_guard<std::mutex> lock(mutex_);
    members_.erase(std::remove(members_.begin(), members_.end(), port), members_.end());
    // A channel is over once one end leaves: the other receives a close after its messages.
    if (name_.empty()) {
      for (MessagePortData* other : members_) other->AddToIncoming(std::make_unique<Message>());
    }
  }

  bool Dispatch(const MessagePortData* from, std::unique_ptr<Message> message) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<MessagePortData*> targets;
    for (MessagePortData* port : members_) {
      if (port != from) targets.push_back(port);
    }
    if (targets.empty()) return false;
    // Broadcast messages carry no transfers (BroadcastChannel takes none): each receiver gets a
    // copy of the bytes and shares the SharedArrayBuffers.
    for (size_t i = 1; i < targets.size(); i++) {
      auto copy = std::make_unique<Message>();
      copy->data = message->data;
      copy->shared_array_buffers = message->shared_array_buffers;
      targets[i]->AddToIncoming(std::move(copy));
    }
    targets[0]->AddToIncoming(std::move(message));
    return true;
  }

  bool Contains(const MessagePortData* port) {
    std::lock_guard<std::mutex> lock(mutex_);
    return std::find(members_.begin(), members_.end(), port) != members_.end();
  }

 private:
  std::mutex mutex_;
  std::vector<MessagePortData*> members_;
  std::string name_;  // empty for a channel
};

namespace {
std::mutex named_groups_mutex;
std::unordered_map<std::string, std::weak_ptr<SiblingGroup>>& NamedGroups() {
  static auto* groups = new std::unordered_map<std::string, std::weak_ptr<SiblingGroup>>();
  return *groups;
}
}  // namespace

std::shared_ptr<SiblingGroup> SiblingGroup::Named(const std::string& name) {
  std::lock_guard<std::mutex> lock(named_groups_mutex);
  std::weak_ptr<SiblingGroup>& slot = NamedGroups()[name];
  std::shared_ptr<SiblingGroup> group = slot.lock();
  if (!group) {
    group = std::make_shared<SiblingGroup>(name);
    slot = group;
  }
  return group;
}

SiblingGroup::~SiblingGroup() {
  if (name_.empty()) return;
  std::lock_guard<std::mutex> lock(named_groups_mutex);
  auto it = NamedGroups().find(name_);
  if (it != NamedGroups().end() && it->second.expired()) NamedGroups().erase(it);
}

// ---- MessagePortData -----------------------------------------------------------------------

MessagePortData::~MessagePortData() { Disentangle(); }

void MessagePortData::Entangle(MessagePortData* a, MessagePortData* b) {
  auto group = std::make_shared<SiblingGroup>("");
  a->group_ = group;
  b->group_ = group;
  group->Add(a);
  group->Add(b);
}

void MessagePortData::JoinBroadcast(const std::string& name) {
  group_ = SiblingGroup::Named(name);
  group_->Add(this);
}

bool MessagePortData::Post(std::unique_ptr<Message> message) {
  return group_ != nullptr && group_->Dispatch(this, std::move(message));
}

void MessagePortData::Disentangle() {
  if (group_ == nullptr) return;
  std::shared_ptr<SiblingGroup> group = std::move(group_);
  group->Remove(this);
}

bool MessagePortData::IsSiblingOf(const MessagePortData* other) const {
  return group_ != nullptr && other != this && group_->Contains(other);
}

std::unique_ptr<Message> MessagePortData::Take() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (incoming_.empty()) return nullptr;
  std::unique_ptr<Message> message = std::move(incoming_.front());
  incoming_.pop_front();
  return message;
}

void MessagePortData::AddToIncoming(std::unique_ptr<Message> message) {
  std::lock_guard<std::mutex> lock(mutex_);
  incoming_.push_back(std::move(message));
  if (owner_ != nullptr) owner_->TriggerAsync();
}

void MessagePortData::set_owner(MessagePort* owner) {
  std::lock_guard<std::mutex> lock(mutex_);
  owner_ = owner;
  if (owner_ != nullptr && !incoming_.empty()) owner_->TriggerAsync();
}

// ---- serialization -------------------------------------------------------------------------

namespace {

// The JS side: message_port_callback(type, data, ports) with the port as `this`, where type is
// 'init' (a port object was just made), 'message', 'messageerror' or 'close'.
v8::MaybeLocal<v8::Value> CallPortCallback(Environment* env, v8::Local<v8::Object> port, const char* type,
                                           v8::Local<v8::Value> data, v8::Local<v8::Value> ports) {
  v8::Isolate* isolate = env->isolate();
  if (env->message_port_callback.IsEmpty()) return v8::Undefined(isolate);
  v8::Local<v8::Value> argv[] = {Name(isolate, type), data, ports};
  return MakeCallback(env, port, env->message_port_callback.Get(isolate), 3, argv);
}

class SerializerDelegate final : public v8::ValueSerializer::Delegate {
 public:
  SerializerDelegate(v8::Isolate* isolate, v8::Local<v8::Function> make_error,
                     const std::vector<v8::Local<v8::Object>>& ports)
      : isolate_(isolate), make_error_(make_error), ports_(ports) {}

  void set_serializer(v8::ValueSerializer* serializer) { serializer_ = serializer; }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Context> context = isolate_->GetCurrentContext();
    v8::Local<v8::Value> args[] = {message};
    v8::Local<v8::Value> error;
    if (make_error_->Call(context, v8::Undefined(isolate_), 1, args).ToLocal(&error))
      isolate_->ThrowException(error);
  }

  // Ports travel by their index in the transfer list; they cannot be copied.
  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    for (size_t i = 0; i < ports_.size(); i++) {
      if (ports_[i] == object) {
        serializer_->WriteUint32(static_cast<uint32_t>(i));
        return v8::Just(true);
      }
    }
    ThrowDataCloneError(Str(isolate, MessagePort::FromObject(object) != nullptr
                                         ? "Object that needs transfer was found in message but not listed "
                                           "in transferList"
                                         : "Cannot clone object of unsupported type."));
    return v8::Nothing<bool>();
  }

  // `buffer` is only valid during the call: keep a Global for identity and the memory itself.
  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate* isolate, v8::Local<v8::SharedArrayBuffer> buffer) override {
    for (uint32_t i = 0; i < shared_.size(); i++) {
      if (shared_[i] == buffer) return v8::Just(i);
    }
    shared_.emplace_back(isolate, buffer);
    stores_.push_back(buffer->GetBackingStore());
    return v8::Just(static_cast<uint32_t>(shared_.size() - 1));
  }

  std::vector<std::shared_ptr<v8::BackingStore>> TakeSharedStores() { return std::move(stores_); }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Function> make_error_;
  const std::vector<v8::Local<v8::Object>>& ports_;
  v8::ValueSerializer* serializer_ = nullptr;
  std::vector<v8::Global<v8::SharedArrayBuffer>> shared_;
  std::vector<std::shared_ptr<v8::BackingStore>> stores_;
};

class DeserializerDelegate final : public v8::ValueDeserializer::Delegate {
 public:
  DeserializerDelegate(Message* message, v8::Local<v8::Array> ports) : message_(message), ports_(ports) {}
  void set_deserializer(v8::ValueDeserializer* deserializer) { deserializer_ = deserializer; }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    uint32_t index;
    if (!deserializer_->ReadUint32(&index) || index >= ports_->Length()) return {};
    v8::Local<v8::Value> port;
    if (!ports_->Get(isolate->GetCurrentContext(), index).ToLocal(&port)) return {};
    return port.As<v8::Object>();
  }

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate, uint32_t id) override {
    if (id >= message_->shared_array_buffers.size()) return {};
    return v8::SharedArrayBuffer::New(isolate, message_->shared_array_buffers[id]);
  }

 private:
  Message* message_;
  v8::Local<v8::Array> ports_;
  v8::ValueDeserializer* deserializer_ = nullptr;
};

}  // namespace

v8::MaybeLocal<v8::Value> DeserializeMessage(Environment* env, Message* message, v8::Local<v8::Array>* ports_out) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Array> ports = v8::Array::New(isolate, static_cast<int>(message->ports.size()));
  for (uint32_t i = 0; i < message->ports.size(); i++) {
    v8::Local<v8::Object> port;
    if (!MessagePort::Create(env, std::move(message->ports[i])).ToLocal(&port)) return {};
    ports->Set(context, i, port).Check();
  }
  message->ports.clear();
  *ports_out = ports;
  DeserializerDelegate delegate(message, ports);
  v8::ValueDeserializer deserializer(isolate, message->data.data(), message->data.size(), &delegate);
  delegate.set_deserializer(&deserializer);
  for (uint32_t i = 0; i < message->array_buffers.size(); i++) {
    deserializer.TransferArrayBuffer(i, v8::ArrayBuffer::New(isolate, message->array_buffers[i]));
  }
  if (!deserializer.ReadHeader(context).FromMaybe(false)) return {};
  return deserializer.ReadValue(context);
}

// ---- MessagePort ---------------------------------------------------------------------------

MessagePort::MessagePort(Environment* env, v8::Local<v8::Object> object, std::unique_ptr<MessagePortData> data)
    : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&async_)), data_(std::move(data)) {
  NODUS_CHECK(uv_async_init(env->loop(), &async_, OnAsync) == 0);
  async_.data = static_cast<HandleWrap*>(this);
  uv_unref(reinterpret_cast<uv_handle_t*>(&async_));  // JS refs it with the first 'message' listener
  data_->set_owner(this);
}

MessagePort::~MessagePort() {
  if (data_ != nullptr) data_->set_owner(nullptr);
}

namespace {
bool IsPortObject(Environment* env, v8::Local<v8::Object> object) {
  return !env->message_port_template.IsEmpty() && env->message_port_template.Get(env->isolate())->HasInstance(object);
}
}  // namespace

MessagePort* MessagePort::FromObject(v8::Local<v8::Object> object) {
  if (!IsPortObject(Environment::From(object->GetIsolate()), object)) return nullptr;
  return static_cast<MessagePort*>(Unwrap(object));
}

v8::MaybeLocal<v8::Object> MessagePort::Create(Environment* env, std::unique_ptr<MessagePortData> data) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Function> ctor;
  if (!env->message_port_template.Get(isolate)->GetFunction(context).ToLocal(&ctor)) return {};
  // The constructor only accepts this marker: `new MessagePort()` from JS throws.
  v8::Local<v8::Value> marker = v8::External::New(isolate, nullptr);
  v8::Local<v8::Object> object;
  if (!ctor->NewInstance(context, 1, &marker).ToLocal(&object)) return {};
  MessagePort* port = static_cast<MessagePort*>(Unwrap(object));
  if (data != nullptr) {
    port->data_->set_owner(nullptr);
    port->data_ = std::move(data);
    port->data_->set_owner(port);
  }
  if (CallPortCallback(env, object, "init", v8::Undefined(isolate), v8::Undefined(isolate)).IsEmpty()) return {};
  return object;
}

void MessagePort::New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info.IsConstructCall() || !info[0]->IsExternal()) {
    ThrowCodedError(info.GetIsolate(), ErrorCode::ERR_CONSTRUCT_CALL_INVALID, "Constructor cannot be called");
    return;
  }
  new MessagePort(Environment::From(info), info.This(), std::make_unique<MessagePortData>());
}

// The other end learns of the close once this one has closed, so its 'close' comes second.
void MessagePort::AfterClose() {
  Environment* env = this->env();
  v8::HandleScope scope(env->isolate());
  ProcessMessages(true);
  if (data_ != nullptr) data_->Disentangle();
  if (transferred_ || !env->can_call_into_js || env->is_stopping) return;
  CallPortCallback(env, object(), "close", v8::Undefined(env->isolate()), v8::Undefined(env->isolate()));
}

void MessagePort::OnAsync(uv_async_t* handle) {
  static_cast<MessagePort*>(static_cast<HandleWrap*>(handle->data))->ProcessMessages();
}

void MessagePort::ProcessMessages(bool closing) {
  Environment* env = this->env();
  // At most this many per wake-up, so a port flooded with messages cannot starve the loop.
  constexpr int kMaxPerTurn = 1000;
  // A port closed while receiving (by a listener, or before the wake-up) still delivers what
  // was queued before the close: AfterClose calls this once more with `closing` set.
  for (int n = 0; closing || n < kMaxPerTurn; n++) {
    if (!receiving_ || !env->can_call_into_js || env->is_stopping || data_ == nullptr) return;
    std::unique_ptr<Message> message = data_->Take();
    if (message == nullptr) return;
    if (message->IsClose()) {
      if (closing) continue;
      Close();
      return;
    }
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Object> port = object();
    v8::Local<v8::Array> ports;
    v8::Local<v8::Value> value;
    bool ok;
    {
      v8::TryCatch try_catch(isolate);
      ok = DeserializeMessage(env, message.get(), &ports).ToLocal(&value);
      if (!ok) {
        value = try_catch.HasCaught() ? try_catch.Exception() : v8::Undefined(isolate).As<v8::Value>();
        ports = v8::Array::New(isolate);
      }
    }
    if (CallPortCallback(env, port, ok ? "message" : "messageerror", value, ports).IsEmpty()) {
      // A listener threw (and an 'uncaughtException' handler may have taken it): go on with the
      // rest of the queue on the next turn.
      if (IsAlive() && !closing) TriggerAsync();
      return;
    }
  }
  if (IsAlive()) TriggerAsync();  // more are waiting: continue on the next turn
}

std::unique_ptr<Message> SerializeMessage(Environment* env, v8::Local<v8::Value> value,
                                          v8::Local<v8::Array> transfer_list, v8::Local<v8::Function> make_error,
                                          MessagePort* source) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  auto throw_clone_error = [&](const char* text) {
    v8::Local<v8::Value> args[] = {Str(isolate, text)};
    v8::Local<v8::Value> error;
    if (make_error->Call(context, v8::Undefined(isolate), 1, args).ToLocal(&error)) isolate->ThrowException(error);
    return nullptr;
  };

  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  std::vector<v8::Local<v8::Object>> port_objects;
  std::vector<MessagePort*> ports;
  for (uint32_t i = 0; i < transfer_list->Length(); i++) {
    v8::Local<v8::Value> item = transfer_list->Get(context, i).ToLocalChecked();
    if (item->IsArrayBuffer()) {
      // One that cannot be detached (a WebAssembly.Memory's) is copied instead, as in node.
      if (item.As<v8::ArrayBuffer>()->IsDetachable()) buffers.push_back(item.As<v8::ArrayBuffer>());
      continue;
    }
    if (!item->IsObject() || !IsPortObject(env, item.As<v8::Object>())) {
      ThrowCodedError(isolate, ErrorCode::ERR_INVALID_TRANSFER_OBJECT, "Found invalid object in transferList");
      return nullptr;
    }
    MessagePort* port = MessagePort::FromObject(item.As<v8::Object>());
    if (port != nullptr && port == source) return throw_clone_error("Transfer list contains source port");
    if (port == nullptr || !port->IsAlive() || port->data() == nullptr) {
      return throw_clone_error("MessagePort in transfer list is already detached");
    }
    port_objects.push_back(item.As<v8::Object>());
    ports.push_back(port);
  }

  SerializerDelegate delegate(isolate, make_error, port_objects);
  v8::ValueSerializer serializer(isolate, &delegate);
  delegate.set_serializer(&serializer);
  for (uint32_t i = 0; i < buffers.size(); i++) serializer.TransferArrayBuffer(i, buffers[i]);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, value).IsNothing()) return nullptr;

  auto message = std::make_unique<Message>();
  std::pair<uint8_t*, size_t> bytes = serializer.Release();
  message->data.assign(bytes.first, bytes.first + bytes.second);
  free(bytes.first);
  message->shared_array_buffers = delegate.TakeSharedStores();
  // The transferred contents leave the originals (now detached) for the receiver.
  for (v8::Local<v8::ArrayBuffer> buffer : buffers) {
    message->array_buffers.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  for (MessagePort* port : ports) message->ports.push_back(port->Detach());
  return message;
}

std::unique_ptr<MessagePortData> MessagePort::Detach() {
  data_->set_owner(nullptr);
  std::unique_ptr<MessagePortData> data = std::move(data_);
  transferred_ = true;  // its JS object is left inert, without a 'close' event
  Close();
  return data;
}

void MessagePort::PostMessage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  // postMessage(port, value, transferList, makeDataCloneError): transferList is an array
  // without duplicates (checked in JS).
  NODUS_CHECK(info[0]->IsObject() && info[2]->IsArray() && info[3]->IsFunction());
  Environment* env = Environment::From(info);
  MessagePort* self = FromObject(info[0].As<v8::Object>());
  std::unique_ptr<Message> message =
      SerializeMessage(env, info[1], info[2].As<v8::Array>(), info[3].As<v8::Function>(), self);
  if (message == nullptr || self == nullptr || !self->IsAlive() || self->data_ == nullptr) {
    return;  // transfers happen even when nobody receives (a closed port), as in node
  }
  // A port sent through its own channel: the message is dropped (which closes the channel) and
  // JS warns (true).
  for (const std::unique_ptr<MessagePortData>& port : message->ports) {
    if (self->data_->IsSiblingOf(port.get())) return info.GetReturnValue().Set(true);
  }
  self->data_->Post(std::move(message));
}

void MessagePort::SetReceiving(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagePort* port = info[0]->IsObject() ? FromObject(info[0].As<v8::Object>()) : nullptr;
  if (port == nullptr || !port->IsAlive()) return;
  port->receiving_ = info[1]->IsTrue();
  if (port->receiving_) port->TriggerAsync();  // deliver what arrived before start()
}

// receiveMessageOnPort(port) -> [value] for the oldest queued message, or undefined.
void MessagePort::ReceiveMessage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagePort* port = info[0]->IsObject() ? FromObject(info[0].As<v8::Object>()) : nullptr;
  if (port == nullptr || port->data_ == nullptr) return;
  std::unique_ptr<Message> message = port->data_->Take();
  if (message == nullptr) return;
  if (message->IsClose()) {  // leave the close to the event loop
    port->data_->AddToIncoming(std::move(message));
    return;
  }
  Environment* env = port->env();
  v8::Local<v8::Array> ports;
  v8::Local<v8::Value> value;
  if (!DeserializeMessage(env, message.get(), &ports).ToLocal(&value)) return;
  v8::Local<v8::Value> items[] = {value};
  info.GetReturnValue().Set(v8::Array::New(env->isolate(), items, 1));
}

void MessagePort::IsActive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagePort* port = info[0]->IsObject() ? FromObject(info[0].As<v8::Object>()) : nullptr;
  info.GetReturnValue().Set(port != nullptr && port->IsAlive());
}

v8::Local<v8::Function> MessagePort::Initialize(Environment* env) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New);
  tmpl->SetClassName(Name(isolate, "MessagePort"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  HandleWrap::AddMethods(isolate, tmpl);
  env->message_port_template.Reset(isolate, tmpl);
  return tmpl->GetFunction(env->context()).ToLocalChecked();
}

}  // namespace nodus
