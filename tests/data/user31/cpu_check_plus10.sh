#!/bin/sh
# After cpu_check.sh: copy the ten extra pages into a copy of pages/ and run the same commands once more with the same
# cache (CPU seconds): do the 300 unchanged pages reuse the cache?
export CORPUS_TOOLS_CACHE=$PWD/cache_cpu
rm -rf work_plus10; mkdir work_plus10; cp pages/*.txt pages/manifest.csv extra/*.txt work_plus10/
for cmd in "articles work_plus10 --format csv -o /dev/null -q" "kwic work_plus10 三高四新 --format csv -o /dev/null -q" \
           "places work_plus10 --by all --format csv -o /dev/null -q" "trends work_plus10 --terms 乡村振兴 --by year --format csv -o /dev/null -q"; do
  /usr/bin/time -f "run 3 (+10 pages) | %U user %S sys %e wall %M KB | corpus-tools $cmd" corpus-tools $cmd 2>>out/cpu_check.txt >/dev/null
done
