#!/usr/bin/env bash
# The whole test suite, as CI runs it (`.ci/run`). Needs root: tests build
# network namespaces, load BPF programs and run keepalived as a reference.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ "$(id -u)" -ne 0 ]; then
  echo "test: the suite needs root (network namespaces, BPF, keepalived)" >&2
  exit 1
fi
echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings
echo "== cargo test"
cargo test --workspace --no-fail-fast
