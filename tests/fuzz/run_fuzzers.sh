#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (FIREBREAK_FUZZ=ON) in their own
# build folder and runs each for FUZZ_SECONDS on a copy of its committed
# corpus, so CI never grows the corpus. Exits non-zero if any target finds
# a crash, leak, timeout or sanitizer report, naming the reproducer.
#
#   FUZZ_SECONDS=60 FUZZ_BUILD_DIR=build-fuzz FUZZ_TARGETS="fuzz_playbook ..." tests/fuzz/run_fuzzers.sh
#
# Needs: clang (clang-14), libclang-rt-14-dev (libFuzzer, ASan, UBSan), ninja.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$(cd "$here/../.." && pwd)"
build="${FUZZ_BUILD_DIR:-$src/build-fuzz}"
seconds="${FUZZ_SECONDS:-60}"
jobs="${FUZZ_JOBS:-$(nproc)}"
targets="${FUZZ_TARGETS:-fuzz_playbook fuzz_clocks fuzz_sha256sum fuzz_manifest_json fuzz_cli_args}"
cc="${FUZZ_CC:-$(command -v clang-14 || command -v clang)}"
cxx="${FUZZ_CXX:-$(command -v clang++-14 || command -v clang++)}"

if [[ -z "$cxx" ]]; then
    echo "run_fuzzers: no clang++ found (apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 2
fi

mkdir -p "$build"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
    -DFIREBREAK_FUZZ=ON -DFIREBREAK_BUILD_TESTS=OFF -DFIREBREAK_WERROR=ON >"$build/fuzz-configure.log" 2>&1 ||
    { cat "$build/fuzz-configure.log"; echo "run_fuzzers: configure failed" >&2; exit 2; }
# shellcheck disable=SC2086
cmake --build "$build" --target $targets || { echo "run_fuzzers: build failed" >&2; exit 2; }

work="$build/fuzz-runs"
rm -rf "$work"
mkdir -p "$work"

run_one() {
    local t="$1" dir="$work/$1"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    # A copy: libFuzzer adds what it finds to the first corpus folder.
    cp -r "$here/corpus/$t/." "$dir/corpus/" 2>/dev/null || true
    local dict=()
    [[ -f "$here/$t.dict" ]] && dict=("-dict=$here/$t.dict")
    local start=$SECONDS
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        QT_QPA_PLATFORM=offscreen \
        "$build/tests/fuzz/$t" "$dir/corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$dir/artifacts/" >"$dir/log" 2>&1
    echo "$? $((SECONDS - start))" >"$dir/status"
}

# Two targets share the machine at a time (one per core by default).
running=0
for t in $targets; do
    run_one "$t" &
    running=$((running + 1))
    if ((running >= jobs)); then
        wait -n
        running=$((running - 1))
    fi
done
wait

failed=0
for t in $targets; do
    dir="$work/$t"
    read -r rc took <"$dir/status"
    execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$dir/log" | grep -oE '[0-9]+$' || echo "?")
    artifact=$(ls "$dir/artifacts/" 2>/dev/null | head -1)
    if [[ "$rc" == 0 && -z "$artifact" ]]; then
        printf '%-20s execs=%-10s time=%ss result=ok\n' "$t" "${execs:-?}" "$took"
    else
        failed=1
        printf '%-20s execs=%-10s time=%ss result=FAILED (exit %s)\n' "$t" "${execs:-?}" "$took" "$rc"
        [[ -n "$artifact" ]] && echo "  reproducer: $dir/artifacts/$artifact  (replay: $build/tests/fuzz/$t $dir/artifacts/$artifact)"
        echo "  log: $dir/log"
        grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|fuzz invariant' "$dir/log" | sed 's/^/  /'
    fi
done
exit $failed
