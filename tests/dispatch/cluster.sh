#!/usr/bin/env bash
# A private test cluster on 127.0.0.1: sshd with generated host and user keys, munge, and a real
# single-node Slurm (slurmctld + slurmd) with two partitions, site-a and site-b, standing in for
# two sites. Everything lives in DIR; nothing outside it is changed except /run/sshd and
# /run/munge (created if missing).
#   cluster.sh start DIR   → writes DIR/cluster.env (ports, keys, known_hosts, SLURM_CONF)
#   cluster.sh stop DIR
set -euo pipefail
cmd=$1
dir=$2

# Ports are drawn below the kernel's ephemeral range: a port in it may be taken at any moment by an
# outgoing connection (slurmd once failed to bind one that nothing was listening on).
ephemeral_low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
[ "$ephemeral_low" -gt 20100 ] || ephemeral_low=32768
taken_ports=" "
free_port() { # a free TCP port on loopback, not one already handed out
    local port
    for port in $(shuf -i "20000-$((ephemeral_low - 1))" -n 50); do
        case "$taken_ports" in *" $port "*) continue ;; esac
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    echo "no free port" >&2; exit 1
}

stop() {
    for pidfile in "$dir"/slurmrestd.pid "$dir"/slurmd.pid "$dir"/slurmctld.pid "$dir"/sshd.pid "$dir"/munged.pid; do
        [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
    done
    sleep 0.2
}

if [ "$cmd" = stop ]; then
    stop
    exit 0
fi
[ "$cmd" = start ] || { echo "usage: cluster.sh start|stop DIR"; exit 2; }
[ "$(id -u)" = 0 ] || { echo "cluster.sh: sshd and slurmctld need root (CI runs as root)"; exit 1; }

[ -d "$dir" ] && stop # a cluster left running by an interrupted run
rm -rf "$dir"
mkdir -p "$dir"/state "$dir"/spool "$dir"/log "$dir"/munge /run/sshd
chmod 700 "$dir"/munge
user=$(id -un)
ssh_port=$(free_port) && taken_ports+="$ssh_port "
ctld_port=$(free_port) && taken_ports+="$ctld_port "
slurmd_port=$(free_port) && taken_ports+="$slurmd_port "
rest_port=$(free_port)

# --- sshd ---
ssh-keygen -q -t ed25519 -N '' -f "$dir/host_ed25519"
ssh-keygen -q -t ed25519 -N '' -f "$dir/client_ed25519"
ssh-keygen -q -t ed25519 -N '' -f "$dir/other_host_ed25519" # for the host-key-mismatch test
cp "$dir/client_ed25519.pub" "$dir/authorized_keys"
chmod 600 "$dir/authorized_keys"
echo "[127.0.0.1]:$ssh_port $(cut -d' ' -f1,2 "$dir/host_ed25519.pub")" >"$dir/known_hosts"
echo "[127.0.0.1]:$ssh_port $(cut -d' ' -f1,2 "$dir/other_host_ed25519.pub")" >"$dir/known_hosts_wrong"
: >"$dir/known_hosts_empty"
printf '%s\n' "ListenAddress 127.0.0.1" "Port $ssh_port" "HostKey $dir/host_ed25519" \
    "PidFile $dir/sshd.pid" "AuthorizedKeysFile $dir/authorized_keys" "PasswordAuthentication no" \
    "KbdInteractiveAuthentication no" "PermitRootLogin prohibit-password" "StrictModes no" "UsePAM no" \
    "AllowUsers $user" "MaxSessions 50" "MaxStartups 50" "SetEnv SLURM_CONF=$dir/slurm.conf" >"$dir/sshd_config"
/usr/sbin/sshd -t -f "$dir/sshd_config"
/usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/log/sshd.log"

# --- munge (its own key and socket, so a system munged is left alone) ---
dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$dir/munge/munge.key"
chown -R munge:munge "$dir/munge"
socket="$dir/munge/munge.socket"
runuser -u munge -- /usr/sbin/munged --key-file="$dir/munge/munge.key" --socket="$socket" \
    --pid-file="$dir/munge/munged.pid" --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/seed" -f
cp "$dir/munge/munged.pid" "$dir/munged.pid"

# --- Slurm ---
host=$(hostname -s)
cat >"$dir/slurm.conf" <<CFG
ClusterName=greenlight-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=$dir/jwt_hs256.key
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
MailProg=/bin/true
MinJobAge=3600
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=site-a Nodes=ALL Default=YES MaxTime=INFINITE State=UP
PartitionName=site-b Nodes=ALL MaxTime=INFINITE State=UP
CFG
dd if=/dev/urandom of="$dir/jwt_hs256.key" bs=32 count=1 status=none
chmod 600 "$dir/jwt_hs256.key"
export SLURM_CONF="$dir/slurm.conf"
/usr/sbin/slurmctld -f "$SLURM_CONF"
/usr/sbin/slurmd -f "$SLURM_CONF"
for _ in $(seq 1 60); do
    if sinfo -h -o %T 2>/dev/null | grep -qx idle; then break; fi
    sleep 0.5
done
sinfo -h -o %T | grep -qx idle || { echo "slurm did not come up"; tail -20 "$dir/log/slurmctld.log"; stop; exit 1; }

# slurmrestd with JWT over TCP; it refuses to run as root, so as a system user of its own.
id slurmrest >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin slurmrest
SLURM_JWT=daemon setsid /usr/sbin/slurmrestd -a rest_auth/jwt -s openapi/v0.0.37,openapi/v0.0.38 -u slurmrest \
    "127.0.0.1:$rest_port" >"$dir/log/slurmrestd.log" 2>&1 </dev/null &
echo $! >"$dir/slurmrestd.pid"
for _ in $(seq 1 40); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$rest_port") 2>/dev/null; then break; fi
    sleep 0.25
done
token=$(scontrol token username="$user" lifespan=7200 | cut -d= -f2)

cat >"$dir/cluster.env" <<ENV
GREENLIGHT_TEST_SSH_HOST=127.0.0.1
GREENLIGHT_TEST_SSH_PORT=$ssh_port
GREENLIGHT_TEST_SSH_USER=$user
GREENLIGHT_TEST_SSH_KEY=$dir/client_ed25519
GREENLIGHT_TEST_KNOWN_HOSTS=$dir/known_hosts
GREENLIGHT_TEST_KNOWN_HOSTS_WRONG=$dir/known_hosts_wrong
GREENLIGHT_TEST_KNOWN_HOSTS_EMPTY=$dir/known_hosts_empty
GREENLIGHT_TEST_SLURMRESTD_URL=http://127.0.0.1:$rest_port
GREENLIGHT_TEST_SLURM_USER=$user
GREENLIGHT_TEST_SLURM_JWT=$token
SLURM_CONF=$dir/slurm.conf
ENV
echo "cluster up: ssh 127.0.0.1:$ssh_port, slurmctld :$ctld_port, slurmrestd :$rest_port, partitions site-a site-b"
