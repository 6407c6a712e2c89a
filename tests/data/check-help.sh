#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Data suite: the user guide.  The Mallard pages pass yelp-check validate
# and their links resolve; every page the folder holds is installed; each
# translation is complete (nothing untranslated or fuzzy), builds with
# itstool as at install, and its pages validate too.  Prints TAP.
#   check-help.sh HELPDIR LANGUAGES PAGE...
help=$1
languages=$2
shift 2
pages=("$@")
n=0
fail=0
ok () {
  n=$((n + 1))
  if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi
}
check () {
  local what=$1; shift
  local out
  if out=$("$@" 2>&1) && [ -z "$out" ]; then ok 0 "$what"; else ok 1 "$what"; echo "$out" | sed 's/^/# /'; fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for p in "$help"/C/*.page; do
  name=$(basename "$p")
  printf '%s\n' "${pages[@]}" | grep -qx "$name"; ok $? "$name is installed (help/meson.build)"
done
for p in "${pages[@]}"; do
  check "yelp-check validate C/$p" yelp-check validate "$help/C/$p"
done
check "yelp-check links C" yelp-check links "$help/C"
check "yelp-check ids C" yelp-check ids "$help/C"
for topic in start-template findings workshop print-large; do
  [ -f "$help/C/$topic.page" ]; ok $? "the guide has the topic $topic"
done

for lang in $languages; do
  po=$help/$lang/$lang.po
  stats=$(LC_ALL=C msgfmt --check --statistics -o "$tmp/$lang.mo" "$po" 2>&1)
  ok $? "msgfmt --check $lang.po"
  case $stats in *untranslated*|*fuzzy*) ok 1 "$lang.po is complete: $stats";; *) ok 0 "$lang.po is complete: $stats";; esac
  mkdir -p "$tmp/$lang"
  (cd "$help/C" && itstool -m "$tmp/$lang.mo" -o "$tmp/$lang" "${pages[@]}") 2>&1 | sed 's/^/# /'
  for p in "${pages[@]}"; do
    check "yelp-check validate $lang/$p" yelp-check validate "$tmp/$lang/$p"
  done
  # The translated guide reads in Chinese, and its titles are translated.
  for p in "${pages[@]}"; do
    t_en=$(xmllint --xpath 'string(/*[local-name()="page"]/*[local-name()="title"])' "$help/C/$p")
    t=$(xmllint --xpath 'string(/*[local-name()="page"]/*[local-name()="title"])' "$tmp/$lang/$p")
    [ -n "$t" ] && [ "$t" != "$t_en" ] && LC_ALL=C.UTF-8 grep -qP '[\x{4e00}-\x{9fff}]' <<<"$t"
    ok $? "$lang/$p has a Chinese title: $t"
  done
done
echo "1..$n"
exit $fail
