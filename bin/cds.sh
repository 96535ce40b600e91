#!/usr/bin/env bash
# Builds a class data sharing (CDS) archive for target/revreport.jar, which cuts the time from
# process start to the first step by about half (README, "Start-up"). Java 17 needs the jar
# extracted for CDS; the training run starts the application context and exits before any run.
#
#   bin/cds.sh            -> target/cds/revreport.jar + target/cds/revreport.jsa
#   java -XX:SharedArchiveFile=target/cds/revreport.jsa -jar target/cds/revreport.jar --fiscal-year-start-month=7
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/revreport.jar ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
rm -rf target/cds
java -Djarmode=tools -jar target/revreport.jar extract --destination target/cds >/dev/null
# a throw-away store: the training run opens it (Flyway, the batch schema) so those classes are archived too
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
java -XX:ArchiveClassesAtExit=target/cds/revreport.jsa -Dspring.context.exit=onRefresh \
  -jar target/cds/revreport.jar --store="$training/store" --input="$training" >"$training/train.log" 2>&1 || {
  cat "$training/train.log" >&2; exit 1; }
echo "wrote target/cds/revreport.jsa; run with:"
echo "  java -XX:SharedArchiveFile=target/cds/revreport.jsa -jar target/cds/revreport.jar [options]"
