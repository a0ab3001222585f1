// The state of the process's stdio descriptors (0, 1, 2) as the runtime found them: file status
// flags and terminal settings. libuv makes the descriptors it wraps non-blocking, and
// tty.setRawMode changes the terminal; both are shared with the parent (the shell), so they
// are put back when the process exits: normally, by process.exit() or a fatal error, or by
// SIGINT/SIGTERM without a JS listener. This state belongs to the process, not to an
// Environment: workers never touch it.
#ifndef NODUS_STDIO_STATE_H_
#define NODUS_STDIO_STATE_H_

namespace nodus {

// Called once at start-up, before anything opens a descriptor: also reopens closed stdio
// descriptors on /dev/null and installs the SIGINT/SIGTERM handlers, as node does.
void SaveStdioState();
// Called on every exit path; safe to call more than once, and async-signal-safe.
void RestoreStdioState();

}  // namespace nodus

#endif  // NODUS_STDIO_STATE_H_
