# Exercise flash-budget (lesson 02: LOADADDR, SIZEOF, ASSERT in a linker script).
# exercise-start: budget.ld b4001f2e9bb2bd21523af6fb941d60861f9fabec
# start-fails-with: VARIANT=big-table
# start-fails-with: to fail: over the budget of 4 KiB

# flash_bytes VARIANT: how many bytes of flash its image takes (firmware.bin).
flash_bytes() { stat -c %s "$(dirname "$(variant_elf "$1")")/firmware.bin"; }

# over_budget_fails VARIANT: the variant, over the budget, must fail the
# link, and the linker's words must name FLASH_BUDGET.
over_budget_fails() {
  local out
  if out=$(make_lesson VARIANT="$1" all); then
    explain "the link of VARIANT=$1, $(flash_bytes "$1") bytes of flash, to fail: over the budget of 4 KiB" "it linked" \
      "budget.ld needs an ASSERT that fails when the image takes more than FLASH_BUDGET bytes of flash"
    return 1
  fi
  grep -q -F FLASH_BUDGET <<< "$out" || { echo "$out" | tool_messages | tail -n 5 | indent
    explain "the failed link to name FLASH_BUDGET" "it failed otherwise (above)" \
      "the ASSERT's message says what is wrong and what to change"; return 1; }
  note "the linker says: $(grep -F -m1 FLASH_BUDGET <<< "$out" | sed 's/^.*bin\/ld: //')"
}

# link_with_budget BYTES: link the program again with FLASH_BUDGET=BYTES, in
# a folder of its own (make cannot see a change of flags: the old image goes
# first, and only the link runs again); prints what the tools said.
link_with_budget() {
  rm -f "build/$BOARD/budget/firmware.elf"
  make_lesson BUILD="build/$BOARD/budget" EXTRA_LDFLAGS="-Wl,--defsym=FLASH_BUDGET=$1" "build/$BOARD/budget/firmware.elf"
}

budget_is_exact() {
  local used out
  builds > /dev/null || { builds; return 1; }
  used=$(flash_bytes main)
  if ! out=$(link_with_budget "$used"); then
    echo "$out" | tool_messages | tail -n 5 | indent
    explain "an image of $used bytes (firmware.bin) to link with FLASH_BUDGET=$used" "the link failed (above)" \
      "the image may take all of its budget: is the comparison <=, and does it count from ORIGIN(FLASH)?"
    return 1
  fi
  if out=$(link_with_budget "$((used - 4))"); then
    explain "an image of $used bytes to fail the link with FLASH_BUDGET=$((used - 4))" "it linked" \
      "the image is everything from ORIGIN(FLASH) to the end of the last thing stored in flash; which output section is stored last? (the map file says: build/$BOARD/main/firmware.map)"
    return 1
  fi
  grep -q -F FLASH_BUDGET <<< "$out" || { echo "$out" | tool_messages | tail -n 5 | indent
    explain "the failed link to name FLASH_BUDGET" "it failed otherwise (above)" "the ASSERT's message says what is wrong and what to change"; return 1; }
  note "$used bytes link with FLASH_BUDGET=$used, and fail with $((used - 4))"
}

check "the exercise builds" builds
check_in_background "4 KiB more constants fail the link, and the message names FLASH_BUDGET" over_budget_fails big-table
check_in_background "4 KiB more initial values of RAM variables fail it too" over_budget_fails big-data
check_in_background "the budget is exact: an image of FLASH_BUDGET bytes links, 4 bytes less do not" budget_is_exact
