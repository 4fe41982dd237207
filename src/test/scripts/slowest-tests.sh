#!/usr/bin/env bash
# Prints the ten slowest test classes of this build, with their seconds, from the Surefire and
# Failsafe XML reports written since the build started (marked by target/tests-started). Never fails
# the build: with no reports it says so.
target="${1:-target}"
marker="$target/tests-started"

reports=()
for dir in "$target/surefire-reports" "$target/failsafe-reports"; do
    [ -d "$dir" ] || continue
    for file in "$dir"/TEST-*.xml; do
        [ -f "$file" ] || continue
        if [ ! -f "$marker" ] || [ "$file" -nt "$marker" ]; then
            reports+=("$file")
        fi
    done
done

if [ ${#reports[@]} -eq 0 ]; then
    echo "Slowest test classes: no test reports from this build."
    exit 0
fi

echo "Slowest test classes (seconds; from ${#reports[@]} reports in $target/surefire-reports and failsafe-reports):"
for file in "${reports[@]}"; do
    suite=$(grep -m1 -o '<testsuite [^>]*' "$file")
    name=$(sed -n 's/.* name="\([^"]*\)".*/\1/p' <<<"$suite")
    time=$(sed -n 's/.* time="\([^"]*\)".*/\1/p' <<<"$suite" | tr -d ',')
    printf '%s %s\n' "${time:-0}" "${name##*.}"
done | sort -rn | head -10 | awk '{ printf "  %8.1f  %s\n", $1, $2 }'
exit 0
