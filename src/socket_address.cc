#include "socket_address.h"

#include <netinet/in.h>
#include <uv.h>

#include <cstring>

#include "env.h"
#include "util.h"

namespace nodus {

void AddressToJS(Environment* env, const sockaddr* addr, v8::Local<v8::Object> out) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  char ip[INET6_ADDRSTRLEN + UV_IF_NAMESIZE + 1];
  int port;
  const char* family;
  if (addr->sa_family == AF_INET6) {
    const auto* a6 = reinterpret_cast<const sockaddr_in6*>(addr);
    uv_ip6_name(a6, ip, sizeof(ip));
    // A link-local address names its interface: 'fe80::1%eth0'.
    if (IN6_IS_ADDR_LINKLOCAL(&a6->sin6_addr)) {
      size_t length = strlen(ip);
      size_t scope_length = sizeof(ip) - length - 1;
      ip[length] = '%';
      if (uv_if_indextoiid(a6->sin6_scope_id, ip + length + 1, &scope_length) != 0) ip[length] = '\0';
    }
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else if (addr->sa_family == AF_INET) {
    const auto* a4 = reinterpret_cast<const sockaddr_in*>(addr);
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
    family = "IPv4";
  } else {
    return;
  }
  out->Set(context, Name(isolate, "address"), Str(isolate, ip)).Check();
  out->Set(context, Name(isolate, "family"), Name(isolate, family)).Check();
  out->Set(context, Name(isolate, "port"), v8::Integer::New(isolate, port)).Check();
}

}  // namespace nodus
