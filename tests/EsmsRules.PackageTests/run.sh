#!/usr/bin/env bash
# Packs the library under a version of its own and runs the package tests against that package only, as a user's
# project would reference it. The version is new on every run (a prerelease stamped with the time and the process), so
# the NuGet cache never serves a stale package; its cached copy is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

version="0.0.0-pkgtest.$(date +%s).$$"
sortie=artifacts/package-tests
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}/esmsrules/$version"
trap 'rm -rf "$cache"' EXIT

rm -rf "$sortie"
mkdir -p "$sortie"
dotnet pack src/EsmsRules/EsmsRules.csproj -c Release -o "$sortie" -p:Version="$version"
dotnet test tests/EsmsRules.PackageTests -c Release -p:EsmsRulesVersion="$version"
