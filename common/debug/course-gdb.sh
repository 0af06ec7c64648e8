# Sourced by qemu-debug and openocd-debug: the course's GDB, attached to a
# GDB server (QEMU's or OpenOCD's), interactive or running a batch script.
#   course_gdb ELF BATCH-SCRIPT-OR-EMPTY GDB-OPTIONS...
# GDB-OPTIONS connect it (-ex "target remote ...") and prepare the target.
# With a batch script (make debug GDB_BATCH=SCRIPT) GDB runs it and
# exits, within 30 s, and prints what it did as a transcript: each command
# after "(gdb) ", as if typed, then GDB's answer. That is how the lessons
# show a session, and how the checks drive one.
course_gdb() {
  local elf=$1 batch=$2 here course status
  shift 2
  here=$(cd "${BASH_SOURCE[0]%/*}" && pwd)
  course=${here%/*/*}
  # The build names the course's own files relative to the course
  # (-ffile-prefix-map in common/mk/rules.mk: common/runtime/startup.cpp),
  # a lesson's relative to its folder, where make starts GDB: so GDB looks
  # in the course's folder too.
  local args=(-q -nx -x "$here/course.gdb" -ex "directory $course" "$@")
  if [ -z "$batch" ]; then
    gdb-multiarch "${args[@]}" "$elf"
    return
  fi
  # From the script's first command on (trace-commands marks each with +),
  # without GDB's goodbye (one sed).
  timeout --foreground 30 gdb-multiarch "${args[@]}" -ex 'set trace-commands on' -batch -x "$batch" "$elf" \
    < /dev/null 2>&1 | sed -n -e '/^+/,${' -e 's/^+/(gdb) /' -e '/^\[Inferior 1 (process 1) detached\]$/d' \
    -e '/^(gdb) kill$/d' -e '/^(gdb) +*set trace-commands o/d' -e p -e '}'
  status=${PIPESTATUS[0]}
  [ "$status" -ne 124 ] || echo "make debug: GDB did not finish $batch within 30 s: does it wait for a breakpoint that is never reached?" >&2
  return "$status"
}
