/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-organisation-items.c: the small records an organisation keeps in lists
 * (dotted lines, mechanisms, respondents, acceptances). */
#include "config.h"

#include <string.h>

#include "od-organisation-private.h"

static char *
dup_or_null (const char *value)
{
  return (value != NULL && value[0] != '\0') ? g_strdup (value) : NULL;
}

OdDottedLine *
_od_dotted_line_new (const char *from,
                     const char *to,
                     const char *label)
{
  OdDottedLine *line = g_new0 (OdDottedLine, 1);

  line->from = g_strdup (from);
  line->to = g_strdup (to);
  line->label = dup_or_null (label);
  return line;
}

void
_od_dotted_line_set_agreement (OdDottedLine *line,
                               const char   *hours,
                               const char   *directed_by,
                               const char   *reward)
{
  g_free (line->hours);
  g_free (line->directed_by);
  g_free (line->reward);
  line->hours = dup_or_null (hours);
  line->directed_by = dup_or_null (directed_by);
  line->reward = dup_or_null (reward);
}

void
_od_dotted_line_free (OdDottedLine *line)
{
  if (line == NULL)
    return;
  g_free (line->from);
  g_free (line->to);
  g_free (line->label);
  g_free (line->hours);
  g_free (line->directed_by);
  g_free (line->reward);
  _od_extra_free (line->extra);
  g_free (line);
}

OdMechanismUse *
_od_mechanism_use_new (const char *ref,
                       const char *detail)
{
  OdMechanismUse *use = g_new0 (OdMechanismUse, 1);

  use->ref = g_strdup (ref);
  use->detail = dup_or_null (detail);
  return use;
}

void
_od_mechanism_use_free (OdMechanismUse *use)
{
  if (use == NULL)
    return;
  g_free (use->ref);
  g_free (use->detail);
  _od_extra_free (use->extra);
  g_free (use);
}

OdRespondent *
_od_respondent_copy (const OdRespondent *respondent)
{
  OdRespondent *copy = g_new0 (OdRespondent, 1);

  *copy = *respondent;
  copy->name = g_strdup (respondent->name ? respondent->name : "");
  copy->date = dup_or_null (respondent->date);
  copy->extra = _od_extra_copy (respondent->extra);
  copy->answer_extras = NULL;
  for (guint q = 1; respondent->answer_extras != NULL && q <= OD_N_QUESTIONS; q++)
    *_od_respondent_answer_extra_slot (copy, q) = _od_extra_copy (_od_respondent_get_answer_extra (respondent, q));
  return copy;
}

OdExtra *
_od_respondent_get_answer_extra (const OdRespondent *respondent,
                                 guint               item)
{
  g_return_val_if_fail (item >= 1 && item <= OD_N_QUESTIONS, NULL);
  return respondent->answer_extras != NULL ? ((OdExtra **) respondent->answer_extras)[item - 1] : NULL;
}

OdExtra **
_od_respondent_answer_extra_slot (OdRespondent *respondent,
                                  guint         item)
{
  g_return_val_if_fail (item >= 1 && item <= OD_N_QUESTIONS, NULL);
  if (respondent->answer_extras == NULL)
    respondent->answer_extras = g_new0 (OdExtra *, OD_N_QUESTIONS);
  return &((OdExtra **) respondent->answer_extras)[item - 1];
}

void
_od_respondent_free (OdRespondent *respondent)
{
  if (respondent == NULL)
    return;
  g_free (respondent->name);
  g_free (respondent->date);
  _od_extra_free (respondent->extra);
  for (guint q = 1; respondent->answer_extras != NULL && q <= OD_N_QUESTIONS; q++)
    _od_extra_free (_od_respondent_get_answer_extra (respondent, q));
  g_free (respondent->answer_extras);
  g_free (respondent);
}

static int
compare_string_pointers (gconstpointer a,
                         gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
_od_normalise_id_list (const char *ids)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  if (ids == NULL)
    return g_string_free (out, FALSE);
  words = g_strsplit_set (ids, " \t\r\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (kept, words[i]);
  g_ptr_array_sort (kept, compare_string_pointers);
  for (guint i = 0; i < kept->len; i++)
    {
      const char *word = g_ptr_array_index (kept, i);
      if (i > 0 && strcmp (word, g_ptr_array_index (kept, i - 1)) == 0)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, word);
    }
  return g_string_free (out, FALSE);
}

OdAcceptance *
_od_acceptance_new (const char *rule,
                    const char *units,
                    const char *functions,
                    const char *reason)
{
  OdAcceptance *a = g_new0 (OdAcceptance, 1);

  a->rule = g_strdup (rule);
  a->units = _od_normalise_id_list (units);
  a->functions = _od_normalise_id_list (functions);
  a->reason = g_strdup (reason ? reason : "");
  return a;
}

void
_od_acceptance_free (OdAcceptance *acceptance)
{
  if (acceptance == NULL)
    return;
  g_free (acceptance->rule);
  g_free (acceptance->units);
  g_free (acceptance->functions);
  g_free (acceptance->reason);
  _od_extra_free (acceptance->extra);
  g_free (acceptance);
}
