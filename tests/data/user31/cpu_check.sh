#!/bin/sh
# CPU seconds (user+sys) of repeated CLI commands on the same pages: the machine is shared (load 10-13 on 2 cores),
# so wall times in out/timings.csv swing; CPU time shows whether a second run redoes the work.
export CORPUS_TOOLS_CACHE=$PWD/cache_cpu
rm -rf cache_cpu; : > out/cpu_check.txt
for run in 1 2; do
  for cmd in "articles pages --format csv -o /dev/null -q" "kwic pages 三高四新 --format csv -o /dev/null -q" \
             "places pages --by all --format csv -o /dev/null -q" "trends pages --terms 乡村振兴 --by year --format csv -o /dev/null -q"; do
    /usr/bin/time -f "run $run | %U user %S sys %e wall %M KB | corpus-tools $cmd" corpus-tools $cmd 2>>out/cpu_check.txt >/dev/null
  done
done
