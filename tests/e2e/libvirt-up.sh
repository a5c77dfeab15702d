#!/usr/bin/env bash
# Brings up a private libvirt for the end-to-end tests: libvirt and QEMU from Debian, virtlogd and libvirtd started
# by hand (no systemd here) on unix sockets only, and a running TCG domain with one small fresh qcow2 virtio disk.
# Needs root. Everything it creates that tear-down must find is in STATE_DIR (PID files, disk image, domain XML).
# On failure it tears down what it started; tests/e2e/libvirt-down.sh STATE_DIR undoes a successful run.
#
# Usage: libvirt-up.sh STATE_DIR
set -euo pipefail

state_dir=${1:?usage: libvirt-up.sh STATE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
domain=libvirtxml-e2e
uri=qemu:///system

if [ "$(id -u)" -ne 0 ]; then
  echo "libvirt-up.sh: needs root (it installs packages and starts libvirtd as root)" >&2
  exit 1
fi
mkdir -p "$state_dir"
state_dir=$(cd "$state_dir" && pwd)

step() { echo "libvirt-up.sh: $(date +%T.%3N) $*"; }

# Not libvirt-daemon-system: it pulls in and autostarts libvirt's default network and expects systemd.
packages=(libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86 qemu-utils libvirt-clients)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if virsh -c "$uri" version >/dev/null 2>&1; then
  echo "libvirt-up.sh: a libvirtd already answers on $uri; stop it first (the tests need a private one)" >&2
  exit 1
fi

trap 'status=$?; echo "libvirt-up.sh: failed, tearing down" >&2; "$here/libvirt-down.sh" "$state_dir"; exit $status' ERR

# What the daemons expect and libvirt-daemon-system would otherwise have set up.
mkdir -p /var/log/libvirt/qemu /var/lib/libvirt /var/cache/libvirt
id -u libvirt-qemu >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /var/lib/libvirt --shell /usr/sbin/nologin libvirt-qemu
# QEMU runs as root here: the disk images live in a root-owned temporary directory.
qemu_conf=/etc/libvirt/qemu.conf
mkdir -p "$(dirname "$qemu_conf")"
touch "$qemu_conf"
grep -qx 'user = "root"' "$qemu_conf" || echo 'user = "root"' >>"$qemu_conf"
grep -qx 'group = "root"' "$qemu_conf" || echo 'group = "root"' >>"$qemu_conf"

step "starting virtlogd and libvirtd"
virtlogd -d --pid-file "$state_dir/virtlogd.pid"
libvirtd -d --pid-file "$state_dir/libvirtd.pid"
# The first start takes several seconds (capability probing of QEMU): poll until the daemon answers.
for _ in $(seq 1 600); do
  virsh -c "$uri" version >/dev/null 2>&1 && break
  sleep 0.1
done
virsh -c "$uri" version >/dev/null
step "libvirtd answers"

# A domain left defined by a run whose libvirtd died before tear-down, with checkpoints that name bitmaps of its old image.
if virsh -q -c "$uri" domstate "$domain" >/dev/null 2>&1; then
  step "removing $domain left from an earlier run"
  virsh -q -c "$uri" destroy "$domain" >/dev/null 2>&1 || true
  virsh -q -c "$uri" undefine "$domain" --checkpoints-metadata >/dev/null
fi

# Fresh image every run: qcow2 bitmaps from earlier checkpoints outlive undefine.
qemu-img create -q -f qcow2 "$state_dir/vda.qcow2" 16M
# Recognisable content, so that comparing backups with the disk means something.
qemu-io -f qcow2 -c 'write -q -P 0x5a 0 4M' -c 'write -q -P 0xc3 8M 1M' "$state_dir/vda.qcow2" >/dev/null

cat >"$state_dir/domain.xml" <<EOF
<domain type='qemu'>
  <name>$domain</name>
  <memory unit='MiB'>128</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
  </os>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='$state_dir/vda.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <memballoon model='none'/>
  </devices>
</domain>
EOF
virsh -q -c "$uri" define "$state_dir/domain.xml" >/dev/null
virsh -q -c "$uri" start "$domain" >/dev/null
step "domain $domain running"
