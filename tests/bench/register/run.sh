#!/usr/bin/env bash
# Maximum sustained rate of digest-authenticated REGISTERs (REGISTER → 401 → REGISTER
# with credentials → 200) with zero failures, for 1,000 accounts, Centrale against
# Kamailio in the same run. Loopback only; every load step is bounded in count and time.
#   tests/bench/register/run.sh [build-dir]   (default: build)
#   env: WORKERS (1) SIP worker threads of the engine (serve --workers)
#        SOURCES (1) sipp processes, each from its own port and at rate/SOURCES, so that
#                    SO_REUSEPORT's 4-tuple hash can spread them over the workers (the same
#                    for Kamailio)
#        BENCH_IP (127.0.0.1) ENGINE_PORT (35060) KAMAILIO_PORT (36060) SRC_PORT (35100)
#        KAMAILIO_SRC_PORT (36100) WORKER_PORT (0: the engine's primary port + 100)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
ctl="$top/${1:-build}/app/ctl/centralectl"
scenario="$top/tests/data/sipp/reg_ok.xml"
accounts=1000
step_secs=${STEP_SECS:-6}
workers=${WORKERS:-1}
sources=${SOURCES:-1}
ip=${BENCH_IP:-127.0.0.1}
engine_port=${ENGINE_PORT:-35060}
kamailio_port=${KAMAILIO_PORT:-36060}
src_port=${SRC_PORT:-35100}
kamailio_src_port=${KAMAILIO_SRC_PORT:-36100}
rates=(${RATES:-1000 2000 3000 4000 5000 6000 7000 8000 9000 10000 12000 14000})
for t in sipp kamailio python3; do command -v "$t" >/dev/null || { echo "bench: $t is missing" >&2; exit 1; }; done
[ -x "$ctl" ] || { echo "bench: build first ($ctl missing)" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# 1,000 phone accounts in a Centrale database and the same in Kamailio's subscriber table.
db="$work/centrale.sqlite"
"$ctl" --db "$db" settings set sip.primary "$ip:$engine_port" >/dev/null
"$ctl" --db "$db" settings set sip.secondary "$ip:$((engine_port + 2))" >/dev/null
"$ctl" --db "$db" settings set sip.workers.port "${WORKER_PORT:-0}" >/dev/null
# One sipp source sends everything; the per-source flood limit (pike's job) is off on
# both sides, as Kamailio's config here has no pike either.
"$ctl" --db "$db" settings set security.flood.rate 0 >/dev/null
mkdir -p "$work/dbtext"
python3 "$top/tests/tools/make-accounts.py" "$db" "$accounts" "$work" --kamailio-realm "$ip"

# Highest rate at which a bounded run of step_secs completes with no failed exchange
# and on time (a server that falls behind shows as a late finish).
max_rate() {
    local target=$1 port=$2 best=0
    for r in "${rates[@]}"; do
        local n=$((r / sources * sources * step_secs)) start end ok=0 failed=0 s o f
        start=$(date +%s.%N)
        local running=()
        for ((s = 0; s < sources; s++)); do # each source its own port, a share of the rate
            timeout $((step_secs * 4 + 10)) sipp -sf "$scenario" -inf "$work/users.csv" "$target" -i "$ip" -p $((port + s)) \
                -r $((r / sources)) -m $((n / sources)) -l $((r * 2 / sources)) -recv_timeout 4000 -timeout $((step_secs * 3 + 5))s -nostdin \
                -timeout_error > "$work/sipp-$s.out" 2>&1 &
            running+=($!)
        done
        wait "${running[@]}" 2>/dev/null || true
        end=$(date +%s.%N)
        for ((s = 0; s < sources; s++)); do
            o=$(awk -F'|' '/Successful call/ {gsub(/ /,"",$3); print $3}' "$work/sipp-$s.out" | tail -1)
            f=$(awk -F'|' '/Failed call/ {gsub(/ /,"",$3); print $3}' "$work/sipp-$s.out" | tail -1)
            ok=$((ok + ${o:-0}))
            failed=$((failed + ${f:-1}))
        done
        local secs; secs=$(python3 -c "print(round($end-$start,2))")
        echo "  $target: offered $r/s × ${step_secs}s → ok=${ok:-0} failed=${failed:-?} in ${secs}s" >&2
        if [ "${ok:-0}" = "$n" ] && [ "${failed:-1}" = "0" ] && python3 -c "import sys; sys.exit(0 if $secs <= $step_secs * 1.15 + 1 else 1)"; then
            best=$r
        else
            break
        fi
    done
    echo "$best"
}

echo "Centrale ($(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo '?')): centralectl serve --workers $workers, 1,000 accounts, $sources sipp source(s)" >&2
"$ctl" --db "$db" serve --workers "$workers" > "$work/centrale.log" 2>&1 &
pids+=($!)
sleep 1
centrale=$(max_rate "$ip:$engine_port" "$src_port")
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
grep -o 'stats .*' "$work/centrale.log" >&2 || true

echo "Kamailio $(kamailio -v 2>/dev/null | head -1 | awk '{print $3}'): registrar + auth_db (db_text) + usrloc in memory, children=2" >&2
sed -e "s|@ADDR@|$ip:$kamailio_port|" -e "s|@DBDIR@|$work/dbtext|" "$here/kamailio.cfg.in" > "$work/kamailio.cfg"
kamailio -f "$work/kamailio.cfg" -DD -E -P "$work/k.pid" -Y "$work" -w "$work" > "$work/kamailio.log" 2>&1 &
pids+=($!)
sleep 1.5
kamailio=$(max_rate "$ip:$kamailio_port" "$kamailio_src_port")

ratio=$(python3 -c "print('%.2f' % ($centrale / $kamailio) if $kamailio else 'n/a')")
echo
echo "REGISTER benchmark (digest, 1,000 accounts, zero failures, ${step_secs}s steps; Centrale with $workers worker(s), $sources sipp source(s))"
echo "  centrale: $centrale REGISTER exchanges/s"
echo "  kamailio: $kamailio REGISTER exchanges/s"
echo "  ratio centrale/kamailio: $ratio"
