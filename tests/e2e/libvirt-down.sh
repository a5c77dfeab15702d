#!/usr/bin/env bash
# Tears down what tests/e2e/libvirt-up.sh STATE_DIR brought up: destroys and undefines the test domain (with its
# checkpoint metadata) and stops libvirtd and virtlogd by the PIDs in STATE_DIR. Safe to run after a partial
# bring-up and more than once; it keeps going past errors so that the daemons are stopped whatever happened.
#
# Usage: libvirt-down.sh STATE_DIR
set -uo pipefail

state_dir=${1:?usage: libvirt-down.sh STATE_DIR}
domain=libvirtxml-e2e
uri=qemu:///system

# The PID in the file if that process is still one of ours (a stale PID file may name a reused PID).
live_pid() {
  local pid
  [ -s "$1" ] || return 1
  pid=$(cat "$1")
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qE '(libvirtd|virtlogd|qemu-system-x86_64) ' && echo "$pid"
}

# Stops the processes whose PIDs are in the files, together (each takes about 2 s to exit), waiting up to 10 s
# before SIGKILL.
stop_processes() {
  local pid_file pid pids=() alive
  for pid_file in "$@"; do
    pid=$(live_pid "$pid_file") && pids+=("$pid")
    rm -f "$pid_file"
  done
  [ ${#pids[@]} -gt 0 ] || return 0
  kill "${pids[@]}" 2>/dev/null
  for _ in $(seq 1 100); do
    alive=()
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    [ ${#alive[@]} -gt 0 ] || return 0
    sleep 0.1
  done
  kill -9 "${alive[@]}" 2>/dev/null
  return 0
}

if live_pid "$state_dir/libvirtd.pid" >/dev/null; then
  virsh -q -c "$uri" domjobabort "$domain" >/dev/null 2>&1
  virsh -q -c "$uri" destroy "$domain" >/dev/null 2>&1
  virsh -q -c "$uri" undefine "$domain" --checkpoints-metadata >/dev/null 2>&1
fi
# With the QEMU of a domain whose libvirtd died before it could destroy it, which would run on.
stop_processes "$state_dir/libvirtd.pid" "/run/libvirt/qemu/$domain.pid" "$state_dir/virtlogd.pid"
exit 0
