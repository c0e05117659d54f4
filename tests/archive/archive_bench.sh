#!/usr/bin/env bash
# Handover export throughput (not part of ctest): one raw image of SIZE
# (random data, acquired by firebreak-cli), packed as a folder, a tar, a
# signed tar and a signed + encrypted tar; then `archive verify` and the
# stock `openssl cms -decrypt` of the encrypted one. Prints MB/s of the
# payload (wall clock, and per CPU-second, which a busy machine does not
# skew) and peak memory for each.
#
#   tests/archive/archive_bench.sh [SIZE]      SIZE like 1G (default), 512M
#   env: CLI=build/app/firebreak-cli  WORKDIR=/var/tmp/...  KEEP=1
set -euo pipefail

SIZE=${1:-${SIZE:-1G}}
CLI=${CLI:-build/app/firebreak-cli}
[ -x "$CLI" ] || { echo "firebreak-cli not found at $CLI (build first, or set CLI=...)" >&2; exit 2; }
CLI=$(readlink -f "$CLI")
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "$TIME is missing: apt-get install time" >&2; exit 2; }
BYTES=$(numfmt --from=iec "$SIZE")
WORK=${WORKDIR:-$(mktemp -d /var/tmp/firebreak-archive-bench.XXXXXX)}
cleanup() { [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"; }
trap cleanup EXIT
cd "$WORK"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$WORK} FIREBREAK_DB=$WORK/case.sqlite FIREBREAK_ACTOR=bench QT_QPA_PLATFORM=offscreen FIREBREAK_KEY_PASSPHRASE=bench-pass

ID=$("$CLI" incident new --title "archive bench" | grep -o 'INC-[0-9]*-[0-9]*' | head -1)
head -c "$BYTES" /dev/urandom > src.bin
mkdir -p img
"$CLI" image --source src.bin --dest img/disk.raw --incident "$ID" --description bench > /dev/null
rm -f src.bin
"$CLI" archive keygen --key ex-key.pem --cert ex-cert.pem --name Bench > /dev/null
"$CLI" archive keygen --key rc-key.pem --cert rc-cert.pem --name Recipient --algorithm p256 > /dev/null
cat img/disk.raw > /dev/null # warm the page cache: measure packing, not the first read

measure() { # label, command...
    local label=$1
    shift
    local t0 t1
    t0=$(date +%s.%N)
    $TIME -f "%M %U %S" -o rss.txt "$@" > /dev/null
    t1=$(date +%s.%N)
    local rss cpu
    read -r rss user sys < <(tail -1 rss.txt)
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
    awk -v l="$label" -v t0="$t0" -v t1="$t1" -v b="$BYTES" -v r="$rss" -v c="$cpu" \
        'BEGIN { s = t1 - t0; printf "%-38s %7.2f s  %7.1f MB/s  CPU %6.2f s (%6.1f MB/CPU-s)  peak RSS %7d KiB\n", l, s, b / s / 1e6, c, b / c / 1e6, r }'
}

echo "payload: $SIZE raw image ($BYTES bytes) on $(nproc) cores, $(openssl version)"
measure "export folder (unsigned)" "$CLI" archive export "$ID" --out p-dir --format dir --recipient bench
rm -rf p-dir
measure "export tar (unsigned)" "$CLI" archive export "$ID" --out p.tar --recipient bench
rm -f p.tar
measure "export tar, signed" "$CLI" archive export "$ID" --out s.tar --recipient bench \
    --sign-key ex-key.pem --sign-cert ex-cert.pem
rm -f s.tar
measure "export tar, signed + encrypted" "$CLI" archive export "$ID" --out e.tar.p7m --recipient bench \
    --sign-key ex-key.pem --sign-cert ex-cert.pem --encrypt-to rc-cert.pem
measure "archive verify (decrypt+unpack+check)" "$CLI" archive verify e.tar.p7m --CAfile ex-cert.pem \
    --decrypt-key rc-key.pem --decrypt-cert rc-cert.pem --work-dir "$WORK"
measure "openssl cms -decrypt (stock tool)" openssl cms -decrypt -binary -inform DER -in e.tar.p7m \
    -inkey rc-key.pem -passin env:FIREBREAK_KEY_PASSPHRASE -recip rc-cert.pem -out e.tar
