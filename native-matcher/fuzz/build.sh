#!/bin/sh
# Builds the libFuzzer + AddressSanitizer target for the WSQ decoder and
# prepares a seed corpus.
#   sh native-matcher/fuzz/build.sh            -> native-matcher/fuzz/out/wsq_fuzz
#   native-matcher/fuzz/out/wsq_fuzz native-matcher/fuzz/out/corpus -max_total_time=660
# Needs clang with the libFuzzer runtime (apt-get install -y clang).
# Seeds: small synthetic encodings from the test encoder (make-seeds.ts), plus
# the real WSQ files in ../shared/fpdata/wsq (or $RIDGELINE_FPDATA/wsq) into
# out/real when present (use them with a second corpus argument). out/ is
# git-ignored and never committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../src"
out="$here/out"
mkdir -p "$out/corpus"
clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I "$src" "$here/wsq_fuzz.cc" \
  $(ls "$src"/wsq/*.cc | grep -v napi_) \
  -o "$out/wsq_fuzz"
(cd "$here/../.." && npx tsx native-matcher/fuzz/make-seeds.ts "$out/corpus")
fpdata=${RIDGELINE_FPDATA:-"$here/../../../shared/fpdata"}
if [ -d "$fpdata/wsq" ]; then
  mkdir -p "$out/real"
  find "$fpdata/wsq" -name '*.wsq' -exec cp {} "$out/real/" \;
fi
echo "built $out/wsq_fuzz with $(ls "$out/corpus" | wc -l) seed(s)"
