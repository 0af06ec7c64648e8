# check-after: lessons (it reads their builds)
# The objects of common/: compiled once per board and flags into the
# course's build/common/ (common/mk/rules.mk), and linked by every lesson,
# variant and exercise that uses them. These checks read the lessons' own
# builds (made here first if this folder is checked alone); what they try
# out goes to folders of their own, never to the objects the lessons link.

board=${BOARD:-$(sed -n 's/^BOARD ?= *//p' "$COURSE/common/mk/board.mk")}

# in_lesson LESSON MAKE-ARGS...: make in a lesson's folder, for this board.
in_lesson() {
  local lesson=$1
  shift
  make -s --no-print-directory -C "$COURSE/$lesson" BOARD="$board" "$@" 2>&1
}

# linked_from LESSON [VARIANT]: the build made, the common objects its map
# file says the link loaded, one absolute path a line.
linked_from() {
  local settings BUILD
  in_lesson "$1" ${2:+VARIANT=$2} > /dev/null || { echo "'make${2:+ VARIANT=$2}' failed in $1"; return 1; }
  settings=$(in_lesson "$1" ${2:+VARIANT=$2} board-env) && eval "$settings" || { echo "$settings"; return 1; }
  sed -n 's|^LOAD \(.*/build/common/.*\.o\)$|\1|p' "$BUILD/firmware.map" | (cd "$COURSE/$1" && xargs -r realpath)
}

# folders_of OBJECTS: the folders of common objects among OBJECTS
# (build/common/BOARD/KEY), each once.
folders_of() { sed 's|^\(.*/build/common/[^/]*/[^/]*\)/.*|\1|' <<< "$1" | sort -u; }

# Every lesson's firmware, and a variant that flips a switch in its own
# lesson's files (-DVARIANT_...), link the one set of common objects.
builds_sharing=(01_skeleton 01_skeleton:panic 02_linker 02_linker:stack-overflow 03_volatile 04_drivers 05_interrupts 06_debugging)
one_set_for_every_lesson() {
  local lesson variant objects folders all=""
  for lesson in "${builds_sharing[@]}"; do
    variant=${lesson#*:} lesson=${lesson%%:*}
    [ "$variant" != "$lesson" ] || variant=""
    objects=$(linked_from "$lesson" "$variant") && [ -n "$objects" ] || { echo "$objects" | indent
      explain "$lesson${variant:+ VARIANT=$variant} to link objects of common/ from the course's build/common/" \
        "its map file names none (above)" "see OBJECTS and COMMON_BUILD in common/mk/rules.mk"; return 1; }
    all+="$objects"$'\n'
  done
  folders=$(folders_of "$(sed '/^$/d' <<< "$all")")
  [ "$(wc -l <<< "$folders")" -eq 1 ] && [[ "$folders" == "$COURSE/build/common/$board"/* ]] || { echo "$folders" | indent
    explain "one folder of common objects, in $COURSE/build/common/$board/, for every lesson's firmware" \
      "$(wc -l <<< "$folders") folders (above)" \
      "the folder's name is a checksum of the compiler and COMMON_CXXFLAGS (common/mk/rules.mk): a lesson's own -I. or -DVARIANT_... must not reach it"; return 1; }
  note "${#builds_sharing[@]} builds (${builds_sharing[*]}) link $(sort -u <<< "$all" | sed '/^$/d' | wc -l) objects of common/, all from ${folders#"$COURSE"/}/"
}
check "every lesson on one board links the same objects of common/, compiled once" one_set_for_every_lesson

# A variant with flags of its own (CXXFLAGS.fast := -O2) links common objects
# compiled with them: another folder, and objects whose debug information
# records -O2 (GCC's DW_AT_producer lists the options that shape the code).
producer_of() {  # producer_of OBJECT: the options GCC recorded in it
  arm-none-eabi-readelf --debug-dump=info "$1" | sed -n 's/.*DW_AT_producer *:.*: \(GNU C++.*\)$/\1/p' | head -n 1
}
own_flags_own_objects() {
  local main fast startup_main startup_fast
  main=$(linked_from 02_linker) && fast=$(linked_from 02_linker fast) || { echo "$main$fast" | indent
    explain "02_linker and its variant fast to build" "a build failed (above)" "run make and make VARIANT=fast in 02_linker"; return 1; }
  [ "$(folders_of "$main")" != "$(folders_of "$fast")" ] || { explain "VARIANT=fast (-O2) to link common objects of its own" \
    "it links those of the -Os build: $(folders_of "$fast")" "COMMON_KEY in common/mk/rules.mk must cover CXXFLAGS.name"; return 1; }
  startup_main=$(grep '/runtime/startup.o$' <<< "$main") startup_fast=$(grep '/runtime/startup.o$' <<< "$fast")
  [[ " $(producer_of "$startup_fast") " == *" -O2 "* ]] && [[ " $(producer_of "$startup_main") " == *" -Os "* ]] || {
    explain "startup.o compiled with -O2 for VARIANT=fast, with -Os for the firmware" \
      "fast: $(producer_of "$startup_fast")"$'\n'"main: $(producer_of "$startup_main")" \
      "COMMON_CXXFLAGS in common/mk/rules.mk must carry CXXFLAGS.name"; return 1; }
  note "VARIANT=fast links ${startup_fast#"$COURSE"/}, compiled with -O2"
}
check "a variant with flags of its own links common objects compiled with them" own_flags_own_objects

# An exercise whose Makefile adds an -I of its own (uart-receive: lesson
# 03's folder) still links the lesson's common objects: what a Makefile adds
# to CXXFLAGS after rules.mk reaches its own files only.
exercise_shares_its_lessons() {
  local lesson exercise
  lesson=$(in_lesson 03_volatile board-env) && exercise=$(in_lesson 03_volatile/exercises/uart-receive board-env) ||
    { echo "$lesson$exercise" | indent; explain "make board-env to answer" "it failed (above)" "see common/mk/rules.mk"; return 1; }
  lesson=$(eval "$lesson" && echo "$COMMON_BUILD") exercise=$(eval "$exercise" && echo "$COMMON_BUILD")
  grep -q -F -- '-I$(COURSE)/03_volatile' "$COURSE/03_volatile/exercises/uart-receive/Makefile" || {
    explain "uart-receive's Makefile to add -I\$(COURSE)/03_volatile to CXXFLAGS" "it no longer does" \
      "choose another exercise that adds a flag of its own after rules.mk"; return 1; }
  [ "$lesson" = "$exercise" ] || { explain "uart-receive to link lesson 03's common objects: ${lesson#"$COURSE"/}" "${exercise#"$COURSE"/}" \
    "COMMON_CXXFLAGS (common/mk/rules.mk) must be fixed when rules.mk is read, before a Makefile adds to CXXFLAGS"; return 1; }
  note "03_volatile and its exercise uart-receive: ${lesson#"$COURSE"/}/"
}
check "an exercise with an -I of its own links its lesson's common objects" exercise_shares_its_lessons

# Common code is compiled with the lesson's flags less the lesson's own:
# no -I. (common/ includes nothing of a lesson), no -DVARIANT_... (common/
# has no variant switch). make -n -B prints every compile without running
# one; the lesson's own files, the control, get both.
common_flags_have_nothing_of_the_lesson() {
  local commands common lesson_line
  commands=$(in_lesson 01_skeleton -n -B VARIANT=panic) || { echo "$commands" | tail -n 5 | indent
    explain "make -n -B VARIANT=panic to list the compiles" "it failed (above)" "see common/mk/rules.mk"; return 1; }
  common=$(grep -E "^$COURSE/common/mk/compile-once .* -c $COURSE/common/" <<< "$commands")
  lesson_line=$(grep -E "^$COURSE/common/mk/compile-once .* -c skeleton\.cpp" <<< "$commands")
  [[ "$lesson_line" == *" -I. "* && "$lesson_line" == *" -DVARIANT_PANIC "* ]] || { echo "$lesson_line" | indent
    explain "skeleton.cpp compiled with -I. and -DVARIANT_PANIC (the control)" "the line above" "see CXXFLAGS in common/mk/rules.mk"; return 1; }
  [ -n "$common" ] && ! grep -q -E -e ' -I\. ' -e ' -DVARIANT_' <<< "$common" || { echo "${common:-no compile of common/}" | indent
    explain "the files of common/ compiled without -I. and without -DVARIANT_PANIC" "the commands above" \
      "COMMON_CXXFLAGS in common/mk/rules.mk leaves out the lesson's own flags"; return 1; }
  note "$(wc -l <<< "$common") files of common/ compiled without -I. and -DVARIANT_PANIC; skeleton.cpp with both"
}
check "common code is compiled without the lesson's -I. and its VARIANT_ switch" common_flags_have_nothing_of_the_lesson

# make's dependency files still work for a shared object: a header of
# common/ that changes (make -W: as if it had just been saved) recompiles
# the objects whose sources include it (panic.o), and not the others
# (vectors.o).
header_change_recompiles() {
  local commands
  in_lesson 01_skeleton > /dev/null || { explain "01_skeleton to build" "it did not" "run make in 01_skeleton"; return 1; }
  commands=$(in_lesson 01_skeleton -n -W "$COURSE/common/runtime/panic.hpp" | grep -E " -c [^ ]+\.cpp( |$)")
  grep -q -E " -c $COURSE/common/runtime/panic\.cpp$" <<< "$commands" || { echo "$commands" | indent
    explain "panic.hpp changed: panic.cpp, which includes it, compiled again" "not compiled (the compiles make would run are above)" \
      "the .d file of a common object must name the object itself: -MT in common/mk/compile-once"; return 1; }
  ! grep -q -E " -c $COURSE/common/runtime/vectors\.cpp$" <<< "$commands" || { echo "$commands" | indent
    explain "panic.hpp changed: vectors.cpp, which does not include it, left alone" "compiled again (above)" \
      "see the .d files beside the objects in build/common/"; return 1; }
  note "panic.hpp changed: make would compile again $(grep -c -F " -c $COURSE/common/" <<< "$commands") of 01_skeleton's 5 common objects, panic.o among them, not vectors.o"
}
check "a changed header of common/ recompiles the shared objects that include it, and only those" header_change_recompiles

# Two makes may compile one object at once (folders checked side by side):
# each writes under a name of its own and renames it into place, so a link
# never reads half an object. Here a compiler that writes half an object
# and fails runs the rule on a copy of panic.o: the copy stays whole.
half_object_never_in_place() {
  local settings work object status out written whole
  in_lesson 01_skeleton > /dev/null && settings=$(in_lesson 01_skeleton board-env) && eval "$settings" ||
    { explain "01_skeleton to build" "it did not" "run make in 01_skeleton"; return 1; }
  work=$(mktemp -d)
  object=$work/objects/runtime/panic.o
  mkdir -p "$(dirname "$object")" && cp -p "$COMMON_BUILD/runtime/panic.o" "$object"
  cat > "$work/half-compiler" <<'SH'
#!/bin/sh
# Writes half an object where -o says, notes where, and fails.
while [ $# -gt 0 ]; do
  [ "$1" = -o ] && { head -c 100 "$(dirname "$0")/objects/runtime/panic.o" > "$2"; echo "$2" > "$(dirname "$0")/written"; }
  shift
done
exit 1
SH
  chmod +x "$work/half-compiler"
  out=$(in_lesson 01_skeleton CXX_ARM="$work/half-compiler" COMMON_BUILD="$work/objects" -B "$object")
  status=$?
  written=$(cat "$work/written" 2>/dev/null)
  cmp -s "$object" "$COMMON_BUILD/runtime/panic.o"
  whole=$?
  rm -rf "$work"
  [ "$status" -ne 0 ] && [ -n "$written" ] || { echo "$out" | indent
    explain "the half compiler to run, write, and fail the build" "make exit $status, written: ${written:-nothing}" \
      "see the rule for \$(COMMON_BUILD)/%.o in common/mk/rules.mk, and common/mk/compile-once"; return 1; }
  [ "$whole" -eq 0 ] || { explain "panic.o in place still whole after a compile that failed half-way" \
    "it changed: the compiler wrote ${written#"$work"/}" "common/mk/compile-once must compile under another name and rename"; return 1; }
  note "the compiler wrote ${written#"$work"/}, not panic.o, which stays whole"
}
check "a compile that fails half-way leaves the shared object in place whole" half_object_never_in_place

# Two makes that ask for the same object at once compile it once: the one
# that gets the object's lock compiles it, the other waits and finds it
# built (common/mk/compile-once). Here the check holds the lock until both
# makes wait for it (each has left its .asked mark), then lets them go; a
# compiler that logs its calls counts the compiles.
asked_at_once_compiled_once() {
  local work object lock pids=() n waited=0 status=0 compiles
  work=$(mktemp -d)
  object=$work/objects/runtime/panic.o
  mkdir -p "$work/objects/runtime"
  printf '#!/bin/sh\ncase " $* " in *" -c "*) echo "$*" >> "%s/compiles" ;; esac\nexec arm-none-eabi-g++ "$@"\n' "$work" > "$work/g++"
  chmod +x "$work/g++"
  exec {lock}> "$work/objects/runtime/.panic.o.lock"
  flock "$lock"
  for n in 1 2; do  # without the lock's descriptor (it would hold the lock); stopped after 60 s
    timeout -k 5 60 make -s --no-print-directory -C "$COURSE/01_skeleton" BOARD="$board" CXX_ARM="$work/g++" \
      COMMON_BUILD="$work/objects" "$object" > "$work/make-$n.out" 2>&1 {lock}>&- &
    pids+=($!)
  done
  # Until both wait for the lock: a condition, not a delay (at most 30 s, for a make that never gets there).
  until [ "$(find "$work/objects/runtime" -name '*.asked' | wc -l)" -eq 2 ] || [ $waited -ge 300 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  exec {lock}>&-
  for n in 1 2; do wait "${pids[$((n - 1))]}" || { indent < "$work/make-$n.out"; status=1; }; done
  compiles=$(grep -c -- ' -c ' "$work/compiles" 2>/dev/null)
  rm -rf "$work"
  [ $waited -lt 300 ] || { explain "both makes to wait for panic.o's lock" "after 30 s, not both were waiting" \
    "common/mk/compile-once leaves OBJECT.tmp-PID.asked, then waits for .OBJECT.lock"; return 1; }
  [ $status -eq 0 ] || { explain "both makes to succeed" "one failed (above)" "run make in 01_skeleton"; return 1; }
  [ "${compiles:-0}" -eq 1 ] || { explain "one compile of panic.o for the two makes" "${compiles:-0}" \
    "common/mk/compile-once must leave an object another make built while it waited"; return 1; }
  note "two makes asked for panic.o at once: 1 compile"
}
check "two makes that ask for the same common object at once compile it once" asked_at_once_compiled_once

# Two makes that compile the same object at once: the second puts nothing
# in place of the first's, the same, so a firmware linked from it since
# stays up to date (common/mk/compile-once). Here panic.o is compiled
# again, in a copy of the folder of objects: it keeps its time, and make
# -q finds 01_skeleton's firmware up to date; touched (the control), it is
# not.
same_object_keeps_its_time() {
  local settings work object before status=0
  in_lesson 01_skeleton > /dev/null && settings=$(in_lesson 01_skeleton board-env) && eval "$settings" ||
    { explain "01_skeleton to build" "it did not" "run make in 01_skeleton"; return 1; }
  ELF=${ELF#"$LESSON_DIR"/}  # as make names it
  work=$(mktemp -d)
  cp -p -r "$COMMON_BUILD" "$work/objects"
  object=$work/objects/runtime/panic.o before=$(stat -c %y "$work/objects/runtime/panic.o")
  if ! in_lesson 01_skeleton COMMON_BUILD="$work/objects" -q "$ELF"; then
    explain "01_skeleton's firmware up to date with the copied objects (the start)" "make -q says it is not" \
      "was 01_skeleton built with the objects of $COMMON_BUILD?"; status=1
  elif ! in_lesson 01_skeleton COMMON_BUILD="$work/objects" -B "$object" > /dev/null; then
    explain "panic.o to compile again" "it did not" "run make in 01_skeleton"; status=1
  elif [ "$(stat -c %y "$object")" != "$before" ] || ! in_lesson 01_skeleton COMMON_BUILD="$work/objects" -q "$ELF"; then
    explain "panic.o compiled again, the same, to keep its time ($before), and the firmware to stay up to date" \
      "panic.o's time: $(stat -c %y "$object"); make -q: the firmware is $(in_lesson 01_skeleton COMMON_BUILD="$work/objects" -q "$ELF" && echo "up to date" || echo "out of date")" \
      "common/mk/compile-once keeps an object in place that is the same and newer than what its .d names"; status=1
  else
    touch "$object"
    ! in_lesson 01_skeleton COMMON_BUILD="$work/objects" -q "$ELF" || { explain "the control: panic.o touched, the firmware out of date" \
      "make -q finds it up to date" "this check no longer tells anything apart"; status=1; }
  fi
  rm -rf "$work"
  [ $status -eq 0 ] && note "panic.o compiled again keeps its time, and the firmware stays up to date; touched, it would be linked again"
}
check "a common object compiled again, the same, keeps its time: the firmware linked from it stays up to date" same_object_keeps_its_time

# Whichever folder compiles a common object, it is the same, byte for byte:
# the compiling folder is mapped out of its debug information. Without that
# map (the control), GCC records the folder, and the two differ.
same_object_from_any_folder() {
  local work lesson flags status=0
  work=$(mktemp -d)
  for lesson in 01_skeleton 06_debugging; do
    in_lesson "$lesson" COMMON_BUILD="$work/$lesson" "$work/$lesson/runtime/panic.o" > "$work/$lesson.out" || {
      indent < "$work/$lesson.out"; explain "panic.o to compile from $lesson" "it did not (above)" "see common/mk/rules.mk"; status=1; }
    flags=$(in_lesson "$lesson" --eval 'print-common-flags: ; @echo $(COMMON_CXXFLAGS)' print-common-flags)
    (cd "$COURSE/$lesson" && arm-none-eabi-g++ $flags -c "$COURSE/common/runtime/panic.cpp" -o "$work/$lesson-unmapped.o") || status=1
  done
  if [ $status -eq 0 ]; then
    cmp -s "$work/01_skeleton/runtime/panic.o" "$work/06_debugging/runtime/panic.o" || {
      explain "panic.o the same compiled from 01_skeleton and from 06_debugging" "they differ" \
        "-fdebug-prefix-map=\$(CURDIR)= in common/mk/rules.mk keeps the compiling folder out"; status=1; }
    ! cmp -s "$work/01_skeleton-unmapped.o" "$work/06_debugging-unmapped.o" || {
      explain "without the map, the two to differ (the control: GCC records the folder)" "they are the same" \
        "this check no longer tells anything apart: compare something else"; status=1; }
  fi
  rm -rf "$work"
  [ $status -eq 0 ] && note "panic.o is the same byte for byte from 01_skeleton and 06_debugging; without the map, not"
}
check "a common object is the same whichever folder compiles it" same_object_from_any_folder

# make clean in a lesson removes its own build/ and nothing of the course's
# build/common/, which the other lessons link; make clean at the top
# removes that too. (make -n: what they would run.)
clean_scopes() {
  local lesson top
  lesson=$(in_lesson 01_skeleton -n clean) top=$(make -s --no-print-directory -C "$COURSE" -n clean 2>&1)
  [ "$lesson" = "rm -rf build" ] || { echo "$lesson" | indent
    explain "make clean in 01_skeleton to run: rm -rf build" "the commands above" "see clean in common/mk/rules.mk"; return 1; }
  grep -q -x 'rm -rf build' <<< "$top" || { echo "$top" | indent
    explain "make clean at the top to remove build/ (build/common/, build/exercises/)" "the commands above" "see clean in the top Makefile"; return 1; }
  note "a lesson's make clean: '$lesson'; the top's ends with 'rm -rf build'"
}
check "make clean in a lesson leaves the shared objects; at the top it removes them" clean_scopes
