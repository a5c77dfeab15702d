#!/usr/bin/env bash
# Fuzzes the generated readers and writers with afl-fuzz for SECONDS (default 60), through SharpFuzz.
# Installs afl++ (Debian) and the sharpfuzz instrumentation tool (NuGet) when missing. Fails when afl-fuzz
# saved a crash or a hang; findings stay in the work directory it prints.
set -euo pipefail
seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$(mktemp -d /tmp/libvirtxml-fuzz.XXXXXX)

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
dotnet tool install --tool-path "$work/tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null

dotnet build "$here/LibvirtXml.Fuzz/LibvirtXml.Fuzz.csproj" -c Release -o "$work/bin" -nologo -v quiet
# Instrument what is tested, not the entry point: the runtime and the generated code.
"$work/tools/sharpfuzz" "$work/bin/LibvirtXml.dll"
"$work/tools/sharpfuzz" "$work/bin/LibvirtXml.Fuzz.Targets.dll"

mkdir -p "$work/in"
cp "$repo"/tests/documents/domainbackup/*.xml "$work/in/"
for file in "$repo"/../shared/libvirt/tests/domainbackupxml2xmlout/*.xml "$repo"/../shared/libvirt/tests/qemudomaincheckpointxml2xmlout/*.xml; do
  cp "$file" "$work/in/$(basename "$(dirname "$file")")-$(basename "$file")"
done

# No core dump handler, no CPU governor, no terminal: afl-fuzz must still run here and in CI.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
afl-fuzz -V "$seconds" -i "$work/in" -o "$work/out" -t 10000 -m none -- dotnet "$work/bin/LibvirtXml.Fuzz.dll" afl >"$work/afl.log" 2>&1 || {
  tail -30 "$work/afl.log"; echo "afl-fuzz failed; see $work"; exit 1; }

stats="$work/out/default/fuzzer_stats"
grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs)' "$stats"
crashes=$(awk '/^saved_crashes/ { print $3 }' "$stats")
hangs=$(awk '/^saved_hangs/ { print $3 }' "$stats")
if [ "$crashes" != 0 ] || [ "$hangs" != 0 ]; then
  echo "afl-fuzz found $crashes crashes and $hangs hangs: $work/out/default/{crashes,hangs}"
  exit 1
fi
rm -rf "$work"
