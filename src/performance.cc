#include "performance.h"

#include <uv.h>

namespace nodus {
namespace performance {
namespace {

uint64_t time_origin = 0;
double time_origin_timestamp = 0;
uint64_t milestones[kMilestoneCount] = {};

}  // namespace

void SetTimeOrigin() {
  time_origin = uv_hrtime();
  uv_timeval64_t now;
  uv_gettimeofday(&now);
  time_origin_timestamp = static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_usec) / 1e3;
}

uint64_t TimeOrigin() { return time_origin; }
double TimeOriginTimestamp() { return time_origin_timestamp; }

void Mark(Milestone milestone) {
  if (milestones[milestone] == 0) milestones[milestone] = uv_hrtime();
}

uint64_t MilestoneTime(Milestone milestone) { return milestones[milestone]; }

}  // namespace performance
}  // namespace nodus
