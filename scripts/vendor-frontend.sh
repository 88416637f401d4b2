#!/usr/bin/env bash
# Refresh the front-end libraries served by the app from the npm registry (pinned versions), so that the
# app needs no network and no Node.js at run time. Run from the project root; commit the result.
set -euo pipefail
YASGUI=@zazuko/yasgui@4.6.2
VIS=vis-network@10.1.2
ECHARTS=echarts@5.6.0
out=src/zonegraph/web/static/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$YASGUI" "$VIS" "$ECHARTS" >/dev/null)
for t in "$work"/*.tgz; do mkdir -p "${t%.tgz}"; tar xzf "$t" -C "${t%.tgz}"; done
mkdir -p "$out/yasgui" "$out/vis-network" "$out/echarts"
cp "$work"/zazuko-yasgui-*/package/build/yasgui.min.js "$work"/zazuko-yasgui-*/package/build/yasgui.min.css "$out/yasgui/"
cp "$work"/vis-network-*/package/standalone/umd/vis-network.min.js "$out/vis-network/"
cp "$work"/vis-network-*/package/styles/vis-network.min.css "$out/vis-network/"
cp "$work"/vis-network-*/package/LICENSE-MIT "$work"/vis-network-*/package/LICENSE-APACHE-2.0 "$out/vis-network/"
cp "$work"/echarts-*/package/dist/echarts.min.js "$work"/echarts-*/package/LICENSE "$out/echarts/"
echo "vendored $YASGUI, $VIS and $ECHARTS into $out"
