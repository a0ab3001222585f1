// Process start-up milestones and the time origin of `performance` (perf_hooks): the runtime
// marks each milestone as it reaches it (src/runtime.cc); internalBinding('performance')
// (src/bindings/performance.cc) reads them.
#ifndef NODUS_PERFORMANCE_H_
#define NODUS_PERFORMANCE_H_

#include <cstdint>

namespace nodus {
namespace performance {

// In node's order (performance.nodeTiming).
enum Milestone { kNodeStart, kV8Start, kEnvironment, kBootstrapComplete, kLoopStart, kLoopExit, kMilestoneCount };

// Called first thing at start-up: the time origin (uv_hrtime, and the wall clock in ms).
void SetTimeOrigin();
uint64_t TimeOrigin();             // ns, uv_hrtime's clock
double TimeOriginTimestamp();      // ms since the epoch
void Mark(Milestone milestone);    // now, if not marked yet
// ns on uv_hrtime's clock, or 0 when not reached.
uint64_t MilestoneTime(Milestone milestone);

}  // namespace performance
}  // namespace nodus

#endif  // NODUS_PERFORMANCE_H_
