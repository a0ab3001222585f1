#include "nodus/nodus.h"

int main(int argc, char** argv) { return nodus::Start(argc, argv); }
