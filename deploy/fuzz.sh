#!/usr/bin/env bash
# The fuzz suite at length: every public input of the all-in-one hub (web reports with and without
# Idempotency-Key, signed Zalo events, signed phone-system events, staff actions and sign-ins,
# tracking codes, the e-mails' unsubscribe link, photo reports, the private feedback link,
# interaction reports, similar tickets, follows, the app partner API, Open311 posts and reads,
# search, the figures and open data, knowledge articles and Q&A drafts, agency contacts) for about
# CASES requests in all, over the tests' own Kafka broker and MariaDB.
# Nothing stops at the first broken promise: each is counted, and the counts are printed at the
# end (docs/fuzzing.md). CI runs the same tests with 250 cases each.
#   deploy/fuzz.sh [CASES]      (default 100000; FUZZ_SEED=<seed> replays a run)
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
# Twenty-one tests take FUZZ_CASES generated cases each (the sign-in one two fifths of that); a
# Zalo case is a conversation of about four events and a web case with a key sends up to three
# requests; the others one request a case: about twenty-three requests per round (a run of 3,704
# cases per test sent 83,527 requests).
per_test=${FUZZ_CASES:-$(( (cases + 22) / 23 ))}
seed=()
if [[ -n "${FUZZ_SEED:-}" ]]; then
  seed=(-Dfuzz.seed="$FUZZ_SEED")
fi

rm -rf deploy/target/fuzz-counts
# A family that breaks a promise stops there and fails its test; the counts are printed anyway.
status=0
./mvnw -B -ntp -q -pl channel-zalo,deploy -am test -Dtest='*FuzzTest' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.cases="$per_test" ${seed[@]+"${seed[@]}"} \
  -Dfuzz.countOnly=true || status=$?

echo "Fuzz run: $per_test generated cases per test," \
  "$(grep -ah -o 'seed -\?[0-9]*' deploy/target/surefire-reports/*-output.txt 2>/dev/null \
  | sort -u | head -1 || true)"
printf '%-10s %9s %9s %9s %13s %7s %18s %19s\n' family cases refused accepted server-errors \
  stalls stored-when-refused codes-without-ticket
for f in deploy/target/fuzz-counts/*.properties; do
  get() { grep "^$1=" "$f" | cut -d= -f2; }
  printf '%-10s %9s %9s %9s %13s %7s %18s %19s\n' "$(basename "$f" .properties)" "$(get cases)" \
    "$(get refused)" "$(get accepted)" "$(get serverErrors)" "$(get stalls)" \
    "$(get storedWhenRefused)" "$(get codesWithoutTicket)"
done
cat deploy/target/fuzz-counts/*.properties | awk -F= '{ s[$1] += $2 } END {
  printf "%-10s %9d %9d %9d %13d %7d %18d %19d\n", "total", s["cases"], s["refused"],
    s["accepted"], s["serverErrors"], s["stalls"], s["storedWhenRefused"], s["codesWithoutTicket"] }'
grep -ah '^FUZZ [a-z]* [a-zA-Z]*: ' deploy/target/surefire-reports/*-output.txt 2>/dev/null \
  | grep -v ' cases, seed ' | cut -c1-300 | sort | uniq | head -40 || true
exit "$status"
