// Runs a program and captures what it does, for end-to-end tests of the nodus binary.
#ifndef NODUS_TEST_CCTEST_RUN_PROCESS_H_
#define NODUS_TEST_CCTEST_RUN_PROCESS_H_

#include <map>
#include <string>
#include <vector>

struct ProcessResult {
  std::string out;
  std::string err;
  int exit_code = -1;  // -1 if killed by a signal
  int signal = 0;
};

struct ProcessOptions {
  std::string stdin_text;                   // written to the child's stdin, then closed
  std::map<std::string, std::string> env;   // added to (or replacing in) this process's environment
  std::vector<std::string> unset_env;       // removed from the child's environment
  std::string cwd;                          // empty: this process's
};

// Runs `argv` (argv[0] is the program's path; no shell). Both output pipes are drained while the
// child runs, so large outputs cannot deadlock.
ProcessResult RunProcess(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// Runs the nodus binary under test with `args`.
ProcessResult RunNodus(const std::vector<std::string>& args, const ProcessOptions& options = {});

#endif  // NODUS_TEST_CCTEST_RUN_PROCESS_H_
