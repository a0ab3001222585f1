// The DNS resolver behind dns.Resolver: ChannelWrap, a c-ares channel driven by the libuv
// loop (one uv_poll_t per socket c-ares opens, a timer for its timeouts while queries run).
// Installed by src/bindings/cares_wrap.cc as internalBinding('cares_wrap').ChannelWrap:
//   new ChannelWrap(timeoutMs, tries)       timeout -1: c-ares's default
//   queryA / queryAaaa / queryAny / queryCaa / queryCname / queryMx / queryNs / queryTxt /
//   querySrv / queryPtr / queryNaptr / querySoa (req, name), getHostByAddr(req, ip)
//     -> 0; later req.oncomplete(err, result[, ttls]) with err 0 or a code string
//     ('ENOTFOUND', 'ETIMEOUT', ...), from a native immediate, never synchronously
//   getServers() -> [[ip, port], ...]; setServers([[family, ip, port], ...] | '') -> 0 or an
//   ares status; setLocalAddress(ipv4[, ipv6]); cancel()
//   strerror(status) (on the binding) -> c-ares's message
#ifndef NODUS_CARES_CHANNEL_H_
#define NODUS_CARES_CHANNEL_H_

#include "v8.h"

namespace nodus {

class Environment;

void InitializeCaresChannel(Environment* env, v8::Local<v8::Object> target);

}  // namespace nodus

#endif  // NODUS_CARES_CHANNEL_H_
