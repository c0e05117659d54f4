#!/usr/bin/env bash
# E01 benchmark (not part of ctest): firebreak-cli --format e01 against
# ewfacquire at the same compression, same chunk size (64 sectors), same
# hashes (MD5 + SHA-1: ewfacquire 20140813 has no SHA-256 while
# acquiring), on one input held in the page cache. The input is random
# data with a zero run in every fourth 16 MiB, so compression both works
# and fails. Prints MB/s, CPU seconds (user + sys), image size; then checks
# our image with ewfverify.
#
#   tests/bench/ewf_bench.sh [SIZE]     SIZE like 1G (default), 2G, 512M
#   env: LEVELS="none fast best"  CLI=build/app/firebreak-cli  WORKDIR=...  KEEP=1
#        NICE=-19  run both tools at that priority (root only): on a machine
#                  shared with other work, the same head start for both
set -euo pipefail

SIZE=${1:-${SIZE:-1G}}
LEVELS=${LEVELS:-none fast best}
CLI=${CLI:-build/app/firebreak-cli}
[ -x "$CLI" ] || { echo "firebreak-cli not found at $CLI (build first, or set CLI=...)" >&2; exit 2; }
CLI=$(readlink -f "$CLI")
command -v ewfacquire > /dev/null || { echo "ewfacquire missing: apt-get install ewf-tools" >&2; exit 2; }
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "$TIME is missing: apt-get install time" >&2; exit 2; }
[ -n "${NICE:-}" ] && TIME="nice -n $NICE $TIME"
BYTES=$(numfmt --from=iec "$SIZE")
WORK=${WORKDIR:-$(mktemp -d /var/tmp/firebreak-ewfbench.XXXXXX)}
mkdir -p "$WORK/out"
cleanup() { [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"; }
trap cleanup EXIT

echo "input: $SIZE ($BYTES bytes), $(nproc) cores${NICE:+, both tools at nice $NICE}, uptime: $(uptime)"
python3 - "$WORK/in.bin" "$BYTES" <<'PY'
import os, sys
path, total = sys.argv[1], int(sys.argv[2])
block = 16 << 20
with open(path, 'wb') as f:
    done = i = 0
    while done < total:
        n = min(block, total - done)
        f.write(bytes(n) if i % 4 == 3 else os.urandom(n))
        done += n; i += 1
PY
cat "$WORK/in.bin" > /dev/null # warm the page cache

# run TOOL LEVEL: prints "seconds user sys image_bytes". Firebreak flushes
# every segment (fdatasync) before it reports success; ewfacquire does not,
# so its files are flushed (sync FILE...) inside its measured time too.
run() {
    local tool=$1 level=$2 out="$WORK/out" tf="$WORK/time.txt"
    rm -rf "${out:?}"/*
    sync
    case $tool in
        firebreak) $TIME -f '%e %U %S' -o "$tf" "$CLI" image --source "$WORK/in.bin" --dest "$out/fb" --format e01 \
                       --compression "$level" --hash md5,sha1 > /dev/null 2>&1 ;;
        ewfacquire) $TIME -f '%e %U %S' -o "$tf" ewfacquire -u -q -t "$out/ewf" -c "$level" -b 64 -d sha1 \
                        -C bench -E 1 -e bench -D bench -N bench "$WORK/in.bin" > /dev/null 2>&1 ;;
    esac
    local flush=0
    if [ "$tool" = ewfacquire ]; then
        local t0; t0=$(date +%s.%N)
        sync "$out"/ewf.E??
        flush=$(echo "$(date +%s.%N) - $t0" | bc -l)
    fi
    read -r s us ss < <(tail -1 "$tf")
    echo "$(echo "$s + $flush" | bc -l) $us $ss $(cat "$out"/*.E?? | wc -c)"
}

printf '%-6s %-11s %8s %8s %8s %12s\n' level tool seconds MB/s cpu_s image_MB
for level in $LEVELS; do
    for tool in ewfacquire firebreak; do
        read -r s us ss img < <(run "$tool" "$level")
        printf '%-6s %-11s %8.2f %8.1f %8.2f %12.1f\n' "$level" "$tool" "$s" "$(echo "$BYTES / 1000000 / $s" | bc -l)" \
            "$(echo "$us + $ss" | bc -l)" "$(echo "$img / 1000000" | bc -l)"
        if [ "$tool" = firebreak ]; then
            ewfverify -q "$WORK/out/fb.E01" > "$WORK/verify.txt" 2>&1 || { echo "ewfverify FAILED on our $level image" >&2; cat "$WORK/verify.txt" >&2; exit 1; }
        fi
    done
done
echo "after: $(uptime)"
