# The two commands of the README:
#   make run    install dependencies, configure, build, run the demo (doc/examples/demo.js)
#   make test   the same set-up, then every test (C++ units, JS tests, symbol check)
BUILD_DIR ?= build
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo Ninja || echo "Unix Makefiles")
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test bench clean

all: build

deps:
	bash deps/install.sh

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -G "$(GENERATOR)" -DCMAKE_BUILD_TYPE=Release

configure: deps $(BUILD_DIR)/CMakeCache.txt

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/nodus doc/examples/demo.js

test: build
	cd $(BUILD_DIR) && ctest -j $(JOBS) --output-on-failure --timeout 120

bench: build
	benchmark/compare --bin $(BUILD_DIR)/nodus

clean:
	rm -rf $(BUILD_DIR)
