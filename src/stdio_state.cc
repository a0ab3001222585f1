#include "stdio_state.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <cstdlib>

namespace nodus {
namespace {

struct StdioState {
  int flags = -1;  // fcntl(F_GETFL) at start-up; -1: the descriptor was closed
  bool is_tty = false;
  struct termios termios;
};
StdioState saved[3];

int GetFlags(int fd) {
  int flags;
  do flags = fcntl(fd, F_GETFL);
  while (flags == -1 && errno == EINTR);
  return flags;
}

// SIGINT / SIGTERM with no JS listener: put stdio back, then die of the signal as before.
void ResetStdioAndRaise(int signo) {
  RestoreStdioState();
  raise(signo);  // the handler was installed with SA_RESETHAND: this is the default action
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
    StdioState& s = saved[fd];
    s.flags = GetFlags(fd);
    if (s.flags == -1) continue;
    int err;
    do err = tcgetattr(fd, &s.termios);
    while (err == -1 && errno == EINTR);
    s.is_tty = err == 0;
  }
  struct sigaction action = {};
  action.sa_handler = ResetStdioAndRaise;
  action.sa_flags = SA_RESETHAND;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

void RestoreStdioState() {
  for (int fd = 0; fd < 3; fd++) {
    StdioState& s = saved[fd];
    if (s.flags == -1) continue;
    int flags = GetFlags(fd);
    if (flags != -1 && ((flags ^ s.flags) & O_NONBLOCK) != 0) {
      while (fcntl(fd, F_SETFL, s.flags) == -1 && errno == EINTR) {
      }
    }
    if (!s.is_tty) continue;
    // Raw mode (tty.setRawMode) was set on libuv's own descriptor for the terminal, which may
    // be closed by now: restore the settings through our descriptor. A background job changing
    // its terminal gets SIGTTOU, which must not stop us on the way out.
    sigset_t block, previous;
    sigemptyset(&block);
    sigaddset(&block, SIGTTOU);
    pthread_sigmask(SIG_BLOCK, &block, &previous);
    while (tcsetattr(fd, TCSANOW, &s.termios) == -1 && errno == EINTR) {
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  }
}

}  // namespace nodus
