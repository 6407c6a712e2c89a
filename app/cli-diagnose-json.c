/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-diagnose-json.c: the diagnosis as one JSON object.  Keys are a
 * contract for other tools (README, "JSON output"): format, stage,
 * stage_name, basis, capped, answers_stage, provisional, reasons, score,
 * respondents, gap, gap_is_finding, structural_stage, evidence, contradictions, next_moves, move_needed,
 * move_reasons, causes. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-cli.h"
#include "od-catalog.h"
#include "od-cli-diagnose.h"

static void
string_list (JsonBuilder *builder,
             const char  *key,
             GPtrArray   *texts)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; i < texts->len; i++)
    json_builder_add_string_value (builder, texts->pdata[i]);
  json_builder_end_array (builder);
}

static void
boolean (JsonBuilder *builder,
         const char  *key,
         gboolean     value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_boolean_value (builder, value);
}

static void
scores (JsonBuilder       *builder,
        const OdDiagnosis *d)
{
  json_builder_set_member_name (builder, "score");
  json_builder_begin_object (builder);
  od_cli_json_number (builder, "overall", d->has_score, d->overall);
  for (OdSide side = 0; side < OD_N_SIDES; side++)
    {
      const OdSideScore *s = &d->sides[side];
      g_autofree char *stage_key = g_strdup_printf ("%s_stage", od_side_to_string (side));

      od_cli_json_number (builder, od_side_to_string (side), s->n_complete > 0, s->mean);
      od_cli_json_string (builder, stage_key, s->n_complete > 0 ? od_stage_to_string (s->band) : NULL);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "respondents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < d->respondents->len; i++)
    {
      const OdRespondentScore *r = d->respondents->pdata[i];

      json_builder_begin_object (builder);
      od_cli_json_string (builder, "name", r->respondent->name);
      od_cli_json_string (builder, "side", od_side_to_string (r->respondent->side));
      boolean (builder, "complete", r->complete);
      json_builder_set_member_name (builder, "total");
      if (r->complete)
        json_builder_add_int_value (builder, r->total);
      else
        json_builder_add_null_value (builder);
      od_cli_json_string (builder, "stage", r->complete ? od_stage_to_string (r->band) : NULL);
      json_builder_set_member_name (builder, "missing");
      json_builder_begin_array (builder);
      for (guint j = 0; j < r->n_missing; j++)
        json_builder_add_int_value (builder, r->missing[j]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  od_cli_json_number (builder, "gap", d->has_gap, d->gap);
  boolean (builder, "gap_is_finding", d->gap_is_finding);
}

static void
evidence (JsonBuilder       *builder,
          const OdDiagnosis *d)
{
  json_builder_set_member_name (builder, "evidence");
  json_builder_begin_array (builder);
  for (guint i = 0; i < d->evidence->len; i++)
    {
      const OdEvidence *e = d->evidence->pdata[i];

      json_builder_begin_object (builder);
      od_cli_json_string (builder, "id", e->id);
      od_cli_json_string (builder, "stage", od_stage_to_string (e->stage));
      boolean (builder, "against", e->against);
      boolean (builder, "unproven", e->unproven);
      od_cli_json_strv (builder, "units", (const char * const *) e->units);
      od_cli_json_string (builder, "mechanism", e->mechanism);
      od_cli_json_string (builder, "text", e->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "contradictions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < d->contradictions->len; i++)
    {
      const OdContradiction *c = d->contradictions->pdata[i];

      json_builder_begin_object (builder);
      od_cli_json_string (builder, "id", c->id);
      od_cli_json_string (builder, "text", c->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
moves (JsonBuilder       *builder,
       const OdDiagnosis *d)
{
  json_builder_set_member_name (builder, "next_moves");
  json_builder_begin_array (builder);
  for (guint i = 0; i < d->next_moves->len; i++)
    {
      const OdNextMove *m = d->next_moves->pdata[i];

      json_builder_begin_object (builder);
      od_cli_json_string (builder, "to", od_stage_to_string (m->move->to));
      od_cli_json_string (builder, "mechanism", m->move->mechanism);
      od_cli_json_string (builder, "source", m->move->source);
      boolean (builder, "present", m->present);
      od_cli_json_string (builder, "text", m->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  od_cli_json_string (builder, "move_needed", od_move_need_to_string (d->move_need));
  string_list (builder, "move_reasons", d->move_need_reasons);
}

static const char *
cause_state (OdCauseState state)
{
  return state == OD_CAUSE_PRESENT ? "present" : state == OD_CAUSE_ABSENT ? "absent" : "unknown";
}

static void
causes (JsonBuilder       *builder,
        const OdDiagnosis *d)
{
  json_builder_set_member_name (builder, "causes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < d->causes->len; i++)
    {
      const OdCauseReport *c = d->causes->pdata[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "cause");
      json_builder_add_int_value (builder, c->cause);
      od_cli_json_string (builder, "name", c->name);
      od_cli_json_string (builder, "state", cause_state (c->state));
      od_cli_json_string (builder, "note", c->note);
      string_list (builder, "signals", c->signals);
      json_builder_set_member_name (builder, "mechanisms");
      json_builder_begin_array (builder);
      for (guint j = 0; j < c->mechanisms->len; j++)
        {
          const OdMechanism *m = c->mechanisms->pdata[j];

          json_builder_begin_object (builder);
          od_cli_json_string (builder, "id", m->id);
          boolean (builder, "present", g_array_index (c->mechanism_present, gboolean, j));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

void
od_cli_diagnose_print_json (const OdDiagnosis *d)
{
  g_autoptr(JsonBuilder) builder = od_cli_json_begin ();

  od_cli_json_string (builder, "stage", od_stage_to_string (d->stage));
  od_cli_json_string (builder, "stage_name", od_stage_get_display_name (d->stage));
  od_cli_json_string (builder, "basis", d->basis == OD_DIAGNOSIS_BASIS_ANSWERS ? "answers" : "structure");
  /* A tool must tell a capped verdict from a plain one without parsing
   * the reasons: what the answers alone said goes beside it. */
  boolean (builder, "capped", d->capped);
  od_cli_json_string (builder, "answers_stage", d->has_score ? od_stage_to_string (d->answers_stage) : NULL);
  boolean (builder, "provisional", d->provisional);
  string_list (builder, "reasons", d->reasons);
  scores (builder, d);
  od_cli_json_string (builder, "structural_stage", od_stage_to_string (d->structural_stage));
  evidence (builder, d);
  moves (builder, d);
  causes (builder, d);
  od_cli_json_print (builder);
}
