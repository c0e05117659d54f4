#!/usr/bin/env bash
# ASan + UBSan (LeakSanitizer included) build of everything, in its own
# build directory, and the whole CTest suite run in it. Exits non-zero on
# any failing test or any sanitizer report, whether it came from a test
# process or from a firebreak-cli child it ran (the sanitizer_reports_check
# test, cmake/FirebreakTest.cmake). CI runs it after the normal build and
# tests (installers/bootstrap.sh test); packages come from bootstrap.sh.
#
#   installers/sanitize.sh            build-asan/ next to build/
#   FIREBREAK_ASAN_BUILD_DIR=dir      another build directory
#   FIREBREAK_SANITIZE=address        another -fsanitize= list
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FIREBREAK_ASAN_BUILD_DIR:-$top/build-asan}
sanitize=${FIREBREAK_SANITIZE:-address,undefined}

echo "==> configuring the sanitizer build (-fsanitize=$sanitize) in $build"
# -O1 keeps stacks readable and builds faster; -g1 (line tables) is all a
# sanitizer report needs for file:line and costs far less to compile; NDEBUG as in the normal
# RelWithDebInfo build, so both builds run the same code paths.
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
    -DFIREBREAK_WERROR=ON -DFIREBREAK_SANITIZE="$sanitize"

echo "==> building (sanitizers)"
start=$SECONDS
cmake --build "$build" --parallel "$(nproc)"
build_time=$((SECONDS - start))

echo "==> running the test suite (sanitizers)"
start=$SECONDS
status=0
(cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900) || status=$?
test_time=$((SECONDS - start))

# A test outside the report fixture could still have left a report after
# sanitizer_reports_check ran: look once more.
reports=("$build"/sanitizer-reports/report.*)
if [[ -e ${reports[0]} ]]; then
    for r in "${reports[@]}"; do
        echo "---- $r"
        cat "$r"
    done
    echo "==> ${#reports[@]} sanitizer report(s) in $build/sanitizer-reports" >&2
    status=1
fi

echo "==> sanitizer build: ${build_time}s, tests: ${test_time}s, $( ((status == 0)) && echo passed || echo FAILED)"
exit "$status"
