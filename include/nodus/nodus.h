// Nodus public embedder API. Embedding Nodus in another program is one call:
//
//   #include <nodus/nodus.h>
//   int main(int argc, char** argv) { return nodus::Start(argc, argv); }
//
// Start() takes node's command line (`[options] [script.js | -e code | -] [args...]`), runs the
// program to completion on libuv's default loop and returns the process exit code.
#ifndef NODUS_NODUS_H_
#define NODUS_NODUS_H_

namespace nodus {

int Start(int argc, char** argv);

}  // namespace nodus

#endif  // NODUS_NODUS_H_
