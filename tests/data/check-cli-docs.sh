#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Data suite: the command line as people expect it.  The man pages pass
# mandoc's and man's lint; every command and every option the built
# org-designer-cli and org-designer list in --help is in their man page
# and (for the CLI) offered by the bash completion, which is sourced and
# asked as bash would ask it.  Prints TAP.
#   check-cli-docs.sh CLI APP-OR-"" MANDIR COMPLETION
cli=$1
app=$2
mandir=$3
completion=$4
n=0
fail=0
ok () {
  n=$((n + 1))
  if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi
}
check () {
  local what=$1; shift
  local out
  if out=$("$@" 2>&1); then ok 0 "$what"; else ok 1 "$what"; echo "$out" | sed 's/^/# /'; fi
}

for page in "$mandir"/org-designer-cli.1 "$mandir"/org-designer.1; do
  check "mandoc -Tlint $(basename "$page")" mandoc -Tlint -W warning "$page"
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ]; ok $? "man --warnings $(basename "$page") is silent"
  [ -n "$warnings" ] && echo "$warnings" | sed 's/^/# /'
done

# Every command and option of the CLI, from its own --help, is documented
# and completed.
# shellcheck source=/dev/null
source "$completion"
complete_line () {
  # Completes the last word of "$1" as bash would; prints COMPREPLY.
  read -r -a COMP_WORDS <<<"$1"
  case $1 in *" ") COMP_WORDS+=("") ;; esac
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE=$1
  COMP_POINT=${#1}
  COMPREPLY=()
  _org_designer_cli org-designer-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}"
}
page=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$mandir/org-designer-cli.1" 2>/dev/null)
commands=$(LC_ALL=C.UTF-8 LANGUAGE=en "$cli" --help | sed -n 's/^  \([a-z-]*\) .*/\1/p')
[ "$(echo "$commands" | wc -l)" -ge 7 ]; ok $? "org-designer-cli --help lists the commands"
offered=$(complete_line "org-designer-cli " | sort)
for c in $commands; do
  grep -qE "^ *$c( |$)" <<<"$page"; ok $? "the man page documents the command $c"
  grep -qx "$c" <<<"$offered"; ok $? "completion offers the command $c"
  usage=$(LC_ALL=C.UTF-8 LANGUAGE=en "$cli" "$c" --help | sed -n 2p)
  case $usage in "  org-designer-cli $c [OPTION…]"*) ok 0 "$c --help: $usage";; *) ok 1 "$c --help names the program: $usage";; esac
  options=$(LC_ALL=C.UTF-8 LANGUAGE=en "$cli" "$c" --help | grep -oE '^  (-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' | sort -u)
  completed=$(complete_line "org-designer-cli $c --" | sort)
  for o in $options; do
    grep -qx -- "$o" <<<"$completed"; ok $? "completion offers $c $o"
    [ "$o" = --help ] && continue
    grep -qF -- "$o" <<<"$page"; ok $? "the man page documents $c $o"
  done
done
[ "$(complete_line "org-designer-cli ch")" = check ]; ok $? "completion: ch → check"
[ "$(complete_line "org-designer-cli check --format " | sort | tr '\n' ' ')" = "json text " ]; ok $? "completion: --format → text json"
[ "$(complete_line "org-designer-cli new --size m")" = medium ]; ok $? "completion: --size m → medium"
[ "$(complete_line "org-designer-cli export x --paper " | sort | tr '\n' ' ')" = "A0 A1 A2 A3 A4 legal letter tabloid " ]; ok $? "completion: --paper → every named paper"
dir=$(mktemp -d)
mkdir "$dir/designs"
touch "$dir/firm.orgdesign" "$dir/people.csv" "$dir/notes.txt"
got=$(cd "$dir" && complete_line "org-designer-cli check " | sort | tr '\n' ' ')
[ "$got" = "designs firm.orgdesign " ]; ok $? "completion: check offers designs and folders ($got)"
got=$(cd "$dir" && complete_line "org-designer-cli import-csv " | sort | tr '\n' ' ')
[ "$got" = "designs people.csv " ]; ok $? "completion: import-csv offers CSV files and folders ($got)"
rm -rf "$dir"
for section in "EXIT STATUS" "JSON OUTPUT"; do
  grep -q "^$section" <<<"$page"; ok $? "the CLI's man page has $section"
done

# --version, for both programs.
v=$("$cli" --version); [[ $v =~ ^org-designer-cli\ [0-9]+\.[0-9]+ ]]; ok $? "org-designer-cli --version: $v"
if [ -n "$app" ]; then
  apppage=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$mandir/org-designer.1" 2>/dev/null)
  v=$(env -u DISPLAY -u WAYLAND_DISPLAY "$app" --version); [[ $v =~ ^org-designer\ [0-9]+\.[0-9]+ ]]; ok $? "org-designer --version (no display needed): $v"
  for o in $(env -u DISPLAY LC_ALL=C.UTF-8 LANGUAGE=en "$app" --help | grep -oE '^  --[a-z-]+' | grep -oE -- '--[a-z-]+'); do
    grep -qF -- "$o" <<<"$apppage"; ok $? "the man page of org-designer documents $o"
  done
fi
echo "1..$n"
exit $fail
