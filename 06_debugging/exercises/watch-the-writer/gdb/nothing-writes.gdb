# From main() until every reading is in, watch alarm_level: nothing may
# write it. The first stop after the last continue must be report().
break main
continue
watch sensor::state.alarm_level
break report
continue
