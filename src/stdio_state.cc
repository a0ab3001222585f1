#include "stdio_state.h"

#include <fcntl.h>
#include <uv.h>

#include <cerrno>
#include <cstdlib>

namespace nodus {
namespace {

int saved_flags[3] = {-1, -1, -1};  // fcntl(F_GETFL) at start-up; -1: the descriptor was closed

int GetFlags(int fd) {
  int flags;
  do flags = fcntl(fd, F_GETFL);
  while (flags == -1 && errno == EINTR);
  return flags;
}

}  // namespace

void SaveStdioState() {
  for (int fd = 0; fd < 3; fd++) {
    // A closed stdio descriptor is reopened on /dev/null, so that no file, socket or libuv
    // descriptor opened later takes its number and gets mistaken for stdio (libuv refuses to
    // close fds 0-2).
    if (GetFlags(fd) == -1 && errno == EBADF) {
      int null_fd;
      do null_fd = open("/dev/null", O_RDWR);
      while (null_fd == -1 && errno == EINTR);
      if (null_fd != fd) abort();  // the lowest free number must be this one
    }
    saved_flags[fd] = GetFlags(fd);
  }
}

void RestoreStdioState() {
  // The terminal mode libuv changed for setRawMode (libuv remembers the original).
  uv_tty_reset_mode();
  for (int fd = 0; fd < 3; fd++) {
    if (saved_flags[fd] == -1) continue;
    int flags = GetFlags(fd);
    if (flags == -1 || ((flags ^ saved_flags[fd]) & O_NONBLOCK) == 0) continue;
    while (fcntl(fd, F_SETFL, saved_flags[fd]) == -1 && errno == EINTR) {
    }
  }
}

}  // namespace nodus
