// Signals end to end: a process listener catches the signal; removing the last listener gives
// the default action back (the process dies of the signal, as under node); a listener alone does
// not keep the process alive.
#include <gtest/gtest.h>
#include <signal.h>

#include "run_process.h"

namespace {

TEST(Signals, ListenerReceivesNameAndNumber) {
  ProcessResult r = RunNodus({"-e",
                              "process.on('SIGUSR2', (name, num) => { console.log('got', name, num); process.exit(0); });"
                              "process.kill(process.pid, 'SIGUSR2'); setTimeout(() => {}, 5000)"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "got SIGUSR2 12\n");
}

TEST(Signals, RemovingTheLastListenerRestoresTheDefault) {
  ProcessResult r = RunNodus({"-e",
                              "const f = () => console.log('caught'); process.on('SIGUSR2', f);"
                              "process.removeListener('SIGUSR2', f); process.kill(process.pid, 'SIGUSR2');"
                              "setTimeout(() => {}, 5000)"});
  EXPECT_EQ(r.signal, SIGUSR2);
  EXPECT_EQ(r.out, "");
}

TEST(Signals, ListenerDoesNotKeepTheProcessAlive) {
  ProcessResult r = RunNodus({"-e", "process.on('SIGINT', () => {}); console.log('exits')"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "exits\n");
}

TEST(Signals, SigtermWithoutListenerKills) {
  ProcessResult r = RunNodus({"-e", "process.kill(process.pid, 'SIGTERM'); setTimeout(() => {}, 5000)"});
  EXPECT_EQ(r.signal, SIGTERM);
}

TEST(Signals, SigintWithoutListenerKillsLikeCtrlC) {
  ProcessResult r = RunNodus({"-e", "process.kill(process.pid, 'SIGINT'); setTimeout(() => {}, 5000)"});
  EXPECT_EQ(r.signal, SIGINT);
}

}  // namespace
