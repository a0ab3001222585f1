// Socket addresses between libuv and JS: node's { address, family, port } objects.
#ifndef NODUS_SOCKET_ADDRESS_H_
#define NODUS_SOCKET_ADDRESS_H_

#include <sys/socket.h>

#include "v8.h"

namespace nodus {

class Environment;

// Fills `out` with address ('127.0.0.1', '::1'), family ('IPv4' / 'IPv6') and port of an
// AF_INET or AF_INET6 address; other families leave it untouched.
void AddressToJS(Environment* env, const sockaddr* addr, v8::Local<v8::Object> out);

}  // namespace nodus

#endif  // NODUS_SOCKET_ADDRESS_H_
