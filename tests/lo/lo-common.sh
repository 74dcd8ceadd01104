# lo-common.sh: LibreOffice headless for the tests and the benchmark,
# sourced by tests/lo/check-libreoffice.sh and bench/libreoffice.sh.
#
# - lo_profile DIR: a throwaway profile that recalculates every formula on
#   load (Calc does not recalculate .ods files by default), written before
#   its first start;
# - lo_run DIR SECONDS ARG...: one soffice with that profile and the add-in
#   of the build ($PST_LO_DIR, the unpacked extension) registered for this
#   run only; in a process group of its own, killed whole on timeout, after
#   the run, or when the caller exits (lo_cleanup, for the caller's trap).
#
# No soffice process outlives lo_run or the caller.

lo_program=$(dirname "$(readlink -f "$(command -v soffice)")")
lo_pid=

lo_profile() {
	mkdir -p "$1/user"
	cat > "$1/user/registrymodifications.xcu" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
EOF
}

# The live processes of a process group.  Zombies are left out: soffice
# starts gpg and gpgconf, whose zombies wait for an init that reaps them
# (not in every container) and cannot be killed anyway.
lo_group() {
	ps -eo pid=,pgid=,stat= | awk -v g="$1" '$2 == g && $3 !~ /^Z/ { print $1 }'
}

# Kills what is left of the process group of the last soffice, once it
# has had 5 s to finish by itself.  Never fails (callers may use set -e).
lo_kill_group() {
	[ -n "$1" ] || return 0
	lo_tries=0
	while [ -n "$(lo_group "$1")" ] && [ "$lo_tries" -lt 25 ]; do
		sleep 0.2
		lo_tries=$((lo_tries + 1))
	done
	if [ -n "$(lo_group "$1")" ]; then
		kill -TERM -- "-$1" 2> /dev/null || true
		sleep 1
		kill -KILL -- "-$1" 2> /dev/null || true
	fi
	return 0
}

lo_cleanup() {
	lo_kill_group "$lo_pid"
	lo_pid=
}

lo_run() {
	lo_dir=$1 lo_timeout=$2
	shift 2
	# timeout puts itself and soffice (oosplash, soffice.bin) in a process
	# group of its own, kills that group if soffice outlasts lo_timeout,
	# and that group is killed again afterwards for what may be left.
	LC_ALL=C.UTF-8 LANGUAGE= timeout -k 10 "$lo_timeout" soffice --headless \
		--norestore --nologo --nodefault --nolockcheck \
		"-env:UserInstallation=file://$lo_dir" \
		"-env:URE_MORE_TYPES=<file://$lo_program/types>* file://$PST_LO_DIR/pst.rdb" \
		"-env:URE_MORE_SERVICES=<file://$lo_program/services>* file://$PST_LO_DIR/pst.components" \
		"$@" >> "$lo_dir/soffice.log" 2>&1 &
	lo_pid=$!
	wait "$lo_pid"
	lo_status=$?
	[ "$lo_status" -eq 124 ] && echo "lo_run: soffice n'a pas fini en $lo_timeout s : arrêté" >&2
	lo_cleanup
	return $lo_status
}
