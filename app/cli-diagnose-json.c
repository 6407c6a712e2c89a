/* cli-diagnose-json.c: the diagnosis as one JSON object.  Keys are a
 * contract for other tools: stage, stage_name, basis, reasons, score,
 * respondents, gap, structural_stage, evidence, contradictions, next_moves,
 * move_needed, causes. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-cli.h"
#include "od-catalog.h"
#include "od-cli-diagnose.h"

static void
string_list (GString   *out,
             GPtrArray *texts)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < texts->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      od_cli_append_json_string (out, texts->pdata[i]);
    }
  g_string_append_c (out, ']');
}

static void
number_or_null (GString  *out,
                gboolean  known,
                double    value)
{
  if (known)
    g_string_append_printf (out, "%.2f", value);
  else
    g_string_append (out, "null");
}

static void
scores (GString           *out,
        const OdDiagnosis *d)
{
  g_string_append (out, "\"score\": {\"overall\": ");
  number_or_null (out, d->has_score, d->overall);
  for (OdSide side = 0; side < OD_N_SIDES; side++)
    {
      const OdSideScore *s = &d->sides[side];

      g_string_append_printf (out, ", \"%s\": ", od_side_to_string (side));
      number_or_null (out, s->n_complete > 0, s->mean);
      g_string_append_printf (out, ", \"%s_stage\": ", od_side_to_string (side));
      od_cli_append_json_string (out, s->n_complete > 0 ? od_stage_to_string (s->band) : NULL);
    }
  g_string_append (out, "},\n \"respondents\": [");
  for (guint i = 0; i < d->respondents->len; i++)
    {
      const OdRespondentScore *r = d->respondents->pdata[i];

      g_string_append (out, i ? ", {\"name\": " : "{\"name\": ");
      od_cli_append_json_string (out, r->respondent->name);
      g_string_append (out, ", \"side\": ");
      od_cli_append_json_string (out, od_side_to_string (r->respondent->side));
      g_string_append_printf (out, ", \"complete\": %s, \"total\": ", r->complete ? "true" : "false");
      number_or_null (out, r->complete, r->total);
      g_string_append (out, ", \"stage\": ");
      od_cli_append_json_string (out, r->complete ? od_stage_to_string (r->band) : NULL);
      g_string_append (out, ", \"missing\": [");
      for (guint j = 0; j < r->n_missing; j++)
        g_string_append_printf (out, j ? ", %u" : "%u", r->missing[j]);
      g_string_append (out, "]}");
    }
  g_string_append (out, "],\n \"gap\": ");
  number_or_null (out, d->has_gap, d->gap);
  g_string_append_printf (out, ", \"gap_is_finding\": %s", d->gap_is_finding ? "true" : "false");
}

static void
evidence (GString           *out,
          const OdDiagnosis *d)
{
  g_string_append (out, ",\n \"evidence\": [");
  for (guint i = 0; i < d->evidence->len; i++)
    {
      const OdEvidence *e = d->evidence->pdata[i];

      g_string_append (out, i ? ",\n   {\"id\": " : "\n   {\"id\": ");
      od_cli_append_json_string (out, e->id);
      g_string_append (out, ", \"stage\": ");
      od_cli_append_json_string (out, od_stage_to_string (e->stage));
      g_string_append_printf (out, ", \"against\": %s, \"units\": [", e->against ? "true" : "false");
      for (guint j = 0; e->units[j] != NULL; j++)
        {
          if (j > 0)
            g_string_append (out, ", ");
          od_cli_append_json_string (out, e->units[j]);
        }
      g_string_append (out, "], \"mechanism\": ");
      od_cli_append_json_string (out, e->mechanism);
      g_string_append (out, ", \"text\": ");
      od_cli_append_json_string (out, e->text);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\n \"contradictions\": [");
  for (guint i = 0; i < d->contradictions->len; i++)
    {
      const OdContradiction *c = d->contradictions->pdata[i];

      g_string_append (out, i ? ", {\"id\": " : "{\"id\": ");
      od_cli_append_json_string (out, c->id);
      g_string_append (out, ", \"text\": ");
      od_cli_append_json_string (out, c->text);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static void
moves (GString           *out,
       const OdDiagnosis *d)
{
  g_string_append (out, ",\n \"next_moves\": [");
  for (guint i = 0; i < d->next_moves->len; i++)
    {
      const OdNextMove *m = d->next_moves->pdata[i];

      g_string_append (out, i ? ",\n   {\"to\": " : "\n   {\"to\": ");
      od_cli_append_json_string (out, od_stage_to_string (m->move->to));
      g_string_append (out, ", \"mechanism\": ");
      od_cli_append_json_string (out, m->move->mechanism);
      g_string_append (out, ", \"source\": ");
      od_cli_append_json_string (out, m->move->source);
      g_string_append_printf (out, ", \"present\": %s, \"text\": ", m->present ? "true" : "false");
      od_cli_append_json_string (out, m->text);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\n \"move_needed\": ");
  od_cli_append_json_string (out, od_move_need_to_string (d->move_need));
  g_string_append (out, ", \"move_reasons\": ");
  string_list (out, d->move_need_reasons);
}

static const char *
cause_state (OdCauseState state)
{
  return state == OD_CAUSE_PRESENT ? "present" : state == OD_CAUSE_ABSENT ? "absent" : "unknown";
}

static void
causes (GString           *out,
        const OdDiagnosis *d)
{
  g_string_append (out, ",\n \"causes\": [");
  for (guint i = 0; i < d->causes->len; i++)
    {
      const OdCauseReport *c = d->causes->pdata[i];

      g_string_append_printf (out, "%s{\"cause\": %u, \"name\": ", i ? ",\n   " : "\n   ", c->cause);
      od_cli_append_json_string (out, c->name);
      g_string_append (out, ", \"state\": ");
      od_cli_append_json_string (out, cause_state (c->state));
      g_string_append (out, ", \"note\": ");
      od_cli_append_json_string (out, c->note);
      g_string_append (out, ", \"signals\": ");
      string_list (out, c->signals);
      g_string_append (out, ", \"mechanisms\": [");
      for (guint j = 0; j < c->mechanisms->len; j++)
        {
          const OdMechanism *m = c->mechanisms->pdata[j];

          g_string_append (out, j ? ", {\"id\": " : "{\"id\": ");
          od_cli_append_json_string (out, m->id);
          g_string_append_printf (out, ", \"present\": %s}",
                                  g_array_index (c->mechanism_present, gboolean, j) ? "true" : "false");
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "]");
}

void
od_cli_diagnose_print_json (const OdDiagnosis *d)
{
  g_autoptr(GString) out = g_string_new ("{\"stage\": ");

  od_cli_append_json_string (out, od_stage_to_string (d->stage));
  g_string_append (out, ", \"stage_name\": ");
  od_cli_append_json_string (out, od_stage_get_display_name (d->stage));
  g_string_append (out, ", \"basis\": ");
  od_cli_append_json_string (out, d->basis == OD_DIAGNOSIS_BASIS_ANSWERS ? "answers" : "structure");
  g_string_append (out, ",\n \"reasons\": ");
  string_list (out, d->reasons);
  g_string_append (out, ",\n ");
  scores (out, d);
  g_string_append (out, ",\n \"structural_stage\": ");
  od_cli_append_json_string (out, od_stage_to_string (d->structural_stage));
  evidence (out, d);
  moves (out, d);
  causes (out, d);
  g_string_append (out, "}\n");
  g_print ("%s", out->str);
}
