// Event-loop ordering and process lifecycle, end to end: each program's stdout and exit code
// as node 18.20.4 prints them (recorded with ../shared/tools/node18 -e).
#include <gtest/gtest.h>

#include <string>

#include "run_process.h"

namespace {

struct Case {
  const char* name;
  const char* code;
  const char* out;
  int exit_code;
};

const Case kCases[] = {
    {"ExitInsideATimer",
     "setTimeout(() => { console.log('t'); process.exit(3); console.log('never'); }, 1);"
     "process.on('exit', (c) => console.log('exit', c))",
     "t\nexit 3\n", 3},
    {"UnrefTimerDoesNotKeepAlive", "setTimeout(() => console.log('unref never'), 50).unref(); console.log('done')",
     "done\n", 0},
    {"RefImmediateKeepsAlive", "setImmediate(() => console.log('imm ran')); console.log('main')", "main\nimm ran\n", 0},
    {"UnrefImmediateDoesNot", "const i = setImmediate(() => console.log('never')); i.unref(); console.log('main')",
     "main\n", 0},
    {"BeforeExitCanScheduleMore",
     "let n = 0; process.on('beforeExit', () => { if (n++ < 2) setTimeout(() => console.log('more', n), 1);"
     " else console.log('done', n); }); process.on('exit', () => console.log('exit'))",
     "more 1\nmore 2\ndone 3\nexit\n", 0},
    {"NothingRunsAfterExit",
     "process.on('exit', () => { setTimeout(() => console.log('never'), 0);"
     " process.nextTick(() => console.log('never tick')); console.log('exit handler'); })",
     "exit handler\n", 0},
    {"ExitCodeSetEarly", "process.exitCode = 5; setTimeout(() => console.log('timer'), 1)", "timer\n", 5},
    {"TicksAndPromisesNest",
     "Promise.resolve().then(() => process.nextTick(() => console.log('tick in promise')));"
     " process.nextTick(() => Promise.resolve().then(() => console.log('promise in tick')));"
     " process.nextTick(() => process.nextTick(() => console.log('nested tick'))); console.log('sync')",
     "sync\nnested tick\npromise in tick\ntick in promise\n", 0},
    // A signal handler runs in the poll phase, like an I/O callback: the check phase (immediates)
    // comes before the next timers phase, always.
    {"ImmediateBeforeTimeoutInsideIOCallback",
     "process.on('SIGUSR2', () => { setTimeout(() => console.log('timeout'), 0);"
     " setImmediate(() => console.log('immediate')); }); process.kill(process.pid, 'SIGUSR2');"
     " setTimeout(() => {}, 30)",
     "immediate\ntimeout\n", 0},
    // An immediate added during the check phase waits for the next iteration: the poll phase
    // (here a signal callback) runs in between.
    {"ImmediateAddedInCheckPhaseRunsNextIteration",
     "const order = []; process.on('SIGUSR2', () => order.push('poll:signal'));"
     " setImmediate(() => { order.push('imm1'); setImmediate(() => order.push('imm-added-in-check'));"
     " process.kill(process.pid, 'SIGUSR2'); }); setImmediate(() => order.push('imm2'));"
     " setTimeout(() => console.log(order.join(' ')), 30)",
     "imm1 imm2 poll:signal imm-added-in-check\n", 0},
    {"IntervalClearedInItsCallback", "const t = setInterval(() => { console.log('iv'); clearInterval(t); }, 1)",
     "iv\n", 0},
    {"QueueMicrotaskErrorIsUncaught",
     "queueMicrotask(() => { throw new Error('qm boom'); });"
     " process.on('uncaughtException', (e) => console.log('caught', e.message))",
     "caught qm boom\n", 0},
};

class EventLoop : public testing::TestWithParam<Case> {};

TEST_P(EventLoop, MatchesNode) {
  const Case& c = GetParam();
  ProcessResult r = RunNodus({"-e", c.code});
  EXPECT_EQ(r.out, c.out);
  EXPECT_EQ(r.exit_code, c.exit_code) << r.err;
}

INSTANTIATE_TEST_SUITE_P(Node18, EventLoop, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

}  // namespace
