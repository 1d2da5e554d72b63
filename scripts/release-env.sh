# Sourced by the scripts that build the release bundle (serve, test, perf). The bundle is built
# with a pinned nightly Rust so the standard library is rebuilt for size: `build-std` with
# `optimize_for_size`, and panics abort on the spot instead of formatting a message nobody sees
# (waveplan never panics on purpose: every input error is a typed error). That is 38 KB gzip
# less than stable Rust builds (ARCHITECTURE.md, "Bundle size"). Lint and tests use stable.
WAVEPLAN_NIGHTLY="nightly-2026-05-20"
export RUSTUP_TOOLCHAIN="$WAVEPLAN_NIGHTLY"
export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
# Its own target directory, so stable and nightly builds do not evict each other's artifacts.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target/bundle}"
