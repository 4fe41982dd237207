#!/usr/bin/env bash
# Seconds from the run command to the first HTTP 200 of the home page, on a fresh clone each time
# (Maven's cache warm), then Ctrl-C: checks that no java or mariadbd process is left behind.
# Usage: src/test/scripts/time-first-page.sh [runs]   (default 3; needs tmux and curl; port 8080 free)
set -euo pipefail
runs=${1:-3}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
results=()
for i in $(seq 1 "$runs"); do
    clone=$(mktemp -d /tmp/involve-clone.XXXX)
    git clone -q "$repo" "$clone/main"
    ln -s "$(cd "$repo/.." && pwd)/shared" "$clone/shared" 2>/dev/null || true
    start=$(date +%s.%N)
    tmux new-session -d -s involve-timing "cd $clone/main && mvn -q -Prun"
    until [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/ || true)" = 200 ]; do sleep 0.2; done
    end=$(date +%s.%N)
    seconds=$(echo "$end - $start" | bc)
    results+=("$seconds")
    echo "run $i: first 200 after ${seconds}s"
    tmux send-keys -t involve-timing C-c
    for _ in $(seq 1 60); do tmux has-session -t involve-timing 2>/dev/null || break; sleep 1; done
    sleep 2
    left=$(pgrep -f "$clone" || true)
    if [ -n "$left" ]; then echo "run $i: processes left behind: $left"; ps -o pid,cmd -p $left; exit 1; fi
    echo "run $i: Ctrl-C left no process behind"
    rm -rf "$clone"
done
printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print "median of " NR ": " a[int((NR+1)/2)] "s"}'
