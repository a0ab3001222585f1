// Stats as lib/internal/fs/utils.js reads them: 18 numbers per uv_stat_t — dev mode nlink uid
// gid rdev blksize ino size blocks, then atime mtime ctime birthtime as (seconds, nanoseconds)
// pairs — in a Float64Array, or a BigInt64Array for { bigint: true }. Shared by the fs binding
// (one stat) and the fs_watchers binding (current and previous stat).
#ifndef NODUS_FS_STATS_H_
#define NODUS_FS_STATS_H_

#include <uv.h>

#include <cstdint>

#include "v8.h"

namespace nodus {

constexpr int kStatFields = 18;

inline v8::Local<v8::Value> NewStatsArray(v8::Isolate* isolate, const uv_stat_t* const* stats, int count,
                                          bool bigint) {
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, count * kStatFields * 8);
  for (int k = 0; k < count; k++) {
    const uv_stat_t& s = *stats[k];
    const uint64_t fields[kStatFields] = {
        s.st_dev, s.st_mode, s.st_nlink, s.st_uid, s.st_gid, s.st_rdev, s.st_blksize, s.st_ino, s.st_size,
        s.st_blocks,
        static_cast<uint64_t>(s.st_atim.tv_sec), static_cast<uint64_t>(s.st_atim.tv_nsec),
        static_cast<uint64_t>(s.st_mtim.tv_sec), static_cast<uint64_t>(s.st_mtim.tv_nsec),
        static_cast<uint64_t>(s.st_ctim.tv_sec), static_cast<uint64_t>(s.st_ctim.tv_nsec),
        static_cast<uint64_t>(s.st_birthtim.tv_sec), static_cast<uint64_t>(s.st_birthtim.tv_nsec)};
    for (int i = 0; i < kStatFields; i++) {
      if (bigint) {
        static_cast<int64_t*>(ab->Data())[k * kStatFields + i] = static_cast<int64_t>(fields[i]);
      } else {
        static_cast<double*>(ab->Data())[k * kStatFields + i] = static_cast<double>(static_cast<int64_t>(fields[i]));
      }
    }
  }
  size_t length = static_cast<size_t>(count) * kStatFields;
  if (bigint) return v8::BigInt64Array::New(ab, 0, length);
  return v8::Float64Array::New(ab, 0, length);
}

}  // namespace nodus

#endif  // NODUS_FS_STATS_H_
