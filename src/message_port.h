// Message passing between ports: what MessageChannel, BroadcastChannel and (later) workers share.
//
//   Message          one posted value: V8-serialized bytes plus what travels beside them
//                    (transferred ArrayBuffer contents, shared SharedArrayBuffer memory,
//                    transferred ports).
//   MessagePortData  a port's thread-safe half: its incoming queue and its place in a group.
//                    It outlives the JS object when a port is transferred inside a message.
//   SiblingGroup     the ports a message reaches: the two ends of a channel, or every
//                    BroadcastChannel of one name. Posting enqueues into every other member.
//   MessagePort      the JS-facing half: a HandleWrap over a uv_async_t, woken when a message
//                    arrives, which hands each message to JS (emitMessage) while started.
//
// Lifecycle of a port: created unreferenced and not receiving → start() (JS does it when a
// 'message' listener appears, and refs it) → messages are delivered → close() on either end of
// a channel: the other end receives a close after everything posted before it, then closes too.
#ifndef NODUS_MESSAGE_PORT_H_
#define NODUS_MESSAGE_PORT_H_

#include <uv.h>

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "handle_wrap.h"
#include "v8.h"

namespace nodus {

class MessagePort;
class MessagePortData;
class SiblingGroup;

struct Message {
  std::vector<uint8_t> data;  // empty for a close
  std::vector<std::shared_ptr<v8::BackingStore>> array_buffers;
  std::vector<std::shared_ptr<v8::BackingStore>> shared_array_buffers;
  std::vector<std::unique_ptr<MessagePortData>> ports;
  bool IsClose() const { return data.empty(); }
};

class MessagePortData {
 public:
  MessagePortData() = default;
  ~MessagePortData();
  MessagePortData(const MessagePortData&) = delete;
  MessagePortData& operator=(const MessagePortData&) = delete;

  // Makes a and b the two ends of one channel.
  static void Entangle(MessagePortData* a, MessagePortData* b);
  // Joins the broadcast group of `name`.
  void JoinBroadcast(const std::string& name);

  // Sends to every other member of the group. Returns false if there is no one to receive.
  bool Post(std::unique_ptr<Message> message);
  // Leaves the group; a channel's other end is sent a close.
  void Disentangle();
  // The oldest queued message, or null.
  std::unique_ptr<Message> Take();
  bool HasGroup() const { return group_ != nullptr; }
  bool IsSiblingOf(const MessagePortData* other) const;

  void AddToIncoming(std::unique_ptr<Message> message);
  void set_owner(MessagePort* owner);

 private:
  std::mutex mutex_;  // guards incoming_ and owner_
  std::deque<std::unique_ptr<Message>> incoming_;
  MessagePort* owner_ = nullptr;
  std::shared_ptr<SiblingGroup> group_;
};

// The message for postMessage(value, transferList): ArrayBuffers in the list are detached and
// their contents move into the message, listed ports leave their JS objects (which close) for
// the message. `make_error(text)` builds the DataCloneError thrown for what cannot be sent.
// Null if it threw.
std::unique_ptr<Message> SerializeMessage(Environment* env, v8::Local<v8::Value> value,
                                          v8::Local<v8::Array> transfer_list, v8::Local<v8::Function> make_error,
                                          MessagePort* source);
// The value of `message`, with its transferred ports (as new MessagePort objects) in *ports.
v8::MaybeLocal<v8::Value> DeserializeMessage(Environment* env, Message* message, v8::Local<v8::Array>* ports);

class MessagePort final : public HandleWrap {
 public:
  // A new JS MessagePort object over `data` (a fresh one if null). Empty if JS threw.
  static v8::MaybeLocal<v8::Object> Create(Environment* env, std::unique_ptr<MessagePortData> data);
  static MessagePort* FromObject(v8::Local<v8::Object> object);
  // Makes the MessagePort class (once per environment) and returns its constructor.
  static v8::Local<v8::Function> Initialize(Environment* env);

  // Binding functions (src/bindings/messaging.cc):
  //   postMessage(port, value, transferList, makeDataCloneError)
  //   setReceiving(port, bool): start or stop delivering messages
  //   receiveMessageOnPort(port) -> [value] or undefined
  static void PostMessage(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetReceiving(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ReceiveMessage(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void IsActive(const v8::FunctionCallbackInfo<v8::Value>& info);  // isPortActive(port)

  const char* TypeName() const override { return "MessagePort"; }
  MessagePortData* data() const { return data_.get(); }
  // Called from any thread when a message is queued for this port.
  void TriggerAsync() { uv_async_send(&async_); }

 private:
  MessagePort(Environment* env, v8::Local<v8::Object> object, std::unique_ptr<MessagePortData> data);
  ~MessagePort() override;

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void OnAsync(uv_async_t* handle);

  // Takes the port's data out for a message; the JS object closes without a 'close' event.
  std::unique_ptr<MessagePortData> Detach();
  friend std::unique_ptr<Message> SerializeMessage(Environment*, v8::Local<v8::Value>, v8::Local<v8::Array>,
                                                   v8::Local<v8::Function>, MessagePort*);

  // Delivers queued messages while receiving; closes the port on a close message.
  void ProcessMessages(bool closing = false);

  void AfterClose() override;

  uv_async_t async_;
  std::unique_ptr<MessagePortData> data_;
  bool receiving_ = false;
  bool transferred_ = false;
};

}  // namespace nodus

#endif  // NODUS_MESSAGE_PORT_H_
