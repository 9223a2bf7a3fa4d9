#!/bin/sh
# Every command and action that `centralectl --help` lists must be in the man page,
# so a new command cannot ship undocumented.
set -eu
ctl="$1"; man="$2"
problems=$(mktemp); trap 'rm -f "$problems"' EXIT
"$ctl" --help | sed -n '/^Commands:/,/^$/p' | tail -n +2 | while read -r cmd actions _; do
    [ -n "$cmd" ] || continue
    line=$(grep -E "^\.(B|BR) $cmd( |\$)" "$man" | head -n1 || true)
    if [ -z "$line" ]; then echo "man page lacks command: $cmd" | tee -a "$problems"; continue; fi
    # The second column holds actions (lower-case words joined by |) or starts the description.
    echo "$actions" | grep -qE '^[a-z][a-z|]*$' || continue
    for a in $(echo "$actions" | tr '|' ' '); do
        echo "$line" | grep -qE "(\"| |\|)$a(\||\"| |\$)" || echo "man page lacks action: $cmd $a" | tee -a "$problems"
    done
done
[ ! -s "$problems" ] || exit 1
echo "man page lists every command and action"
