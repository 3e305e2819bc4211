#!/usr/bin/env bash
# Packs the packages into a local folder feed, then builds and runs a consumer that restores them from it
# (through the repository's nuget.config), and installs and runs the CLI as a dotnet tool.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
version="0.1.0-ci.$(date +%s)"
feed="$root/tests/package/feed"
packages="$root/artifacts/consumer-packages"
rm -f "$feed"/*.nupkg
rm -rf "$packages" "$root/artifacts/tools" tests/package/Consumer/bin tests/package/Consumer/obj
mkdir -p "$feed"

echo "== pack $version"
dotnet pack TypedCorpus.sln -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
ls "$feed"
python3 -c 'import sys, zipfile; names = zipfile.ZipFile(sys.argv[1]).namelist(); sys.exit(0 if all("analyzers/dotnet/cs/" + n in names for n in ("TypedCorpus.Generator.dll", "TypedCorpus.Parsing.dll")) else 1)' \
  "$feed/TypedCorpus.Generator.$version.nupkg" || { echo "the generator package lacks analyzers/dotnet/cs/{TypedCorpus.Generator,TypedCorpus.Parsing}.dll"; exit 1; }

echo "== consumer"
dotnet build tests/package/Consumer -c Release -p:TypedCorpusVersion="$version" --packages "$packages" --nologo -v quiet
output=$(DOTNET_ROLL_FORWARD=Major dotnet tests/package/Consumer/bin/Release/net8.0/Consumer.dll)
echo "$output"
grep -qx "Introduction" <<<"$output" || { echo "the consumer did not print the section title"; exit 1; }
grep -qx "Background" <<<"$output" || { echo "the reusable generator produced nothing in the consumer"; exit 1; }

echo "== tool"
dotnet tool install TypedCorpus.Cli --version "$version" --tool-path "$root/artifacts/tools" --add-source "$feed" >/dev/null
"$root/artifacts/tools/typedcorpus" list
"$root/artifacts/tools/typedcorpus" export > "$root/artifacts/export.json"
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert len(d["documents"]) == 5 and d["events"], "export is incomplete"' "$root/artifacts/export.json"
echo "package test: 1 passed"
