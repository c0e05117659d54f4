#!/usr/bin/env bash
# Firebreak set-up for a fresh Debian 12 machine: installs what is missing,
# configures and builds, then either starts the workbench or runs the
# whole test suite. This is the README's front door and CI's entry point.
#
#   installers/bootstrap.sh run    build the two programs and start the workbench
#   installers/bootstrap.sh test   build everything and run every test,
#                                  then the same under ASan+UBSan (sanitize.sh)
#
# FIREBREAK_BOOTSTRAP_BUILD_ONLY=1 stops `test` after the build (to time or
# check the build without the test phases).
set -euo pipefail

mode=${1:-}
case "$mode" in
    run|test) ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FIREBREAK_BUILD_DIR:-$top/build}

# Build and run-time needs (Linguist tools compile the translations,
# rsvg-convert and help2man make the icons and man pages, Qt's SQLite and
# PostgreSQL drivers are loaded at run time), then what the tests drive as
# real outside tools (sqlite3 to tamper with a case file, postgresql for the
# throw-away cluster of the *_pg tests, dc3dd/dcfldd/ewf-tools for imaging
# comparisons, poppler-utils for PDF checks, util-linux for loop devices and
# runuser, openssl for the stock-tool round trips, clang's libFuzzer for the
# fuzz phase, debootstrap and the desktop validators for the package test in
# a clean Debian root).
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libssl-dev libewf-dev libarchive-dev zlib1g-dev
    librsvg2-bin help2man
    fonts-dejavu-core
)
if [[ $mode == test ]]; then
    packages+=(sqlite3 postgresql coreutils util-linux dc3dd dcfldd ewf-tools poppler-utils time openssl jq
               clang-14 libclang-rt-14-dev debootstrap desktop-file-utils appstream ccache)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "==> installing: ${missing[*]}"
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

# One build directory for both modes, configured the same way by both:
# warnings are errors in `run` too (Debian 12's compiler, the one supported
# platform, builds the tree without a warning; CI keeps it so). A mode that
# changed a compile flag would make the other one rebuild every object, and
# a second build directory would make a newcomer who runs both wait twice.
# So `test` after `run` only builds the tests, and `run` after `test` builds
# nothing. FIREBREAK_WERROR=OFF in the environment turns it off for both.
werror=${FIREBREAK_WERROR:-ON}
# ccache, when installed (test mode installs it): a CI machine starts cold
# and pays a few percent, but a fresh build directory, a branch switched
# back, or a CI that keeps ~/.cache/ccache gets its objects back. The
# launcher is set (or cleared) on every configure so the build directory
# never keeps a stale choice.
launcher=""
command -v ccache >/dev/null && launcher=ccache
echo "==> configuring in $build"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFIREBREAK_WERROR="$werror" \
    -DCMAKE_CXX_COMPILER_LAUNCHER="$launcher" -DCMAKE_C_COMPILER_LAUNCHER="$launcher"

if [[ $mode == run ]]; then
    # Only what it starts: the workbench and the command line next to it,
    # not the ~80 test executables.
    echo "==> building firebreak and firebreak-cli"
    cmake --build "$build" --parallel "$(nproc)" --target firebreak firebreak-cli
    echo "==> starting Firebreak (case store: ${FIREBREAK_DB:-default app-data location})"
    exec "$build/ui/firebreak" "${@:2}"
fi

echo "==> building"
cmake --build "$build" --parallel "$(nproc)"
if [[ ${FIREBREAK_BOOTSTRAP_BUILD_ONLY:-} == 1 ]]; then
    echo "==> built; FIREBREAK_BOOTSTRAP_BUILD_ONLY=1: no test phases"
    exit 0
fi

# Every phase runs even when an earlier one failed, so one CI run reports
# everything; the exit status is non-zero if any phase failed.
failed=()

echo "==> running the test suite"
(cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900) || failed+=("tests")

echo
echo "==> sanitizer build (ASan + UBSan + LeakSanitizer, installers/sanitize.sh)"
"$top/installers/sanitize.sh" || failed+=("sanitizer build")

echo
echo "==> fuzzing: every parser of outside data for ${FUZZ_SECONDS:-60} s each (tests/fuzz/run_fuzzers.sh)"
FUZZ_SECONDS=${FUZZ_SECONDS:-60} "$top/tests/fuzz/run_fuzzers.sh" || failed+=("fuzzing")

echo
echo "==> package: .deb installed into a clean Debian 12 root (installers/test-deb.sh)"
if (cd "$build" && cpack -G DEB >/dev/null); then
    "$top/installers/test-deb.sh" "$(ls -t "$build"/firebreak_*.deb | head -n1)" || failed+=("package install test")
else
    failed+=("package build")
fi

echo
if ((${#failed[@]})); then
    echo "==> FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "==> all phases passed"
