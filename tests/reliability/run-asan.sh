#!/usr/bin/env bash
# The engine tests and the fuzzer under AddressSanitizer + UBSan (the asan preset).
set -euo pipefail
cd "$(dirname "$0")/../.."
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
cmake --preset asan >/dev/null
cmake --build --preset asan --target tst_fuzz tst_registrar tst_sipengine centralectl
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -R 'tst_fuzz|tst_registrar|tst_sipengine'
