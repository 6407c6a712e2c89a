/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-cli-diagnose.h: the two output formats of org-designer-cli diagnose. */
#pragma once

#include "od-diagnosis.h"

G_BEGIN_DECLS

void od_cli_diagnose_print_json (const OdDiagnosis *diagnosis);
void od_cli_diagnose_print_text (const OdDiagnosis *diagnosis);

G_END_DECLS
