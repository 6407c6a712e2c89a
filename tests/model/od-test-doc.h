/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-test-doc.h: a template organisation with its undo stack, for model
 * tests that edit through commands the way the application does, and the
 * edits and look-ups the check and diagnosis tests share (header-only,
 * like od-test-util.h). */
#pragma once

#include "od-check.h"
#include "od-command.h"
#include "od-diagnosis.h"
#include "od-template.h"
#include "od-undo-stack.h"

G_BEGIN_DECLS

typedef struct {
  OdOrganisation *org;
  OdUndoStack    *stack;
} Doc;

static inline void
doc_clear (Doc *doc)
{
  g_clear_object (&doc->stack);
  g_clear_object (&doc->org);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Doc, doc_clear)

static inline void
doc_init (Doc   *doc,
          OdSize size)
{
  doc->org = od_template_create (size, OD_LANG_ZH_CN, "测试", NULL);
  doc->stack = od_undo_stack_new (doc->org);
}

/* Applies @command as one undoable step; it must succeed. */
static inline void
push (Doc       *doc,
      OdCommand *command)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (command);
  g_assert_true (od_undo_stack_push (doc->stack, command, &error));
  g_assert_no_error (error);
}

/* Answers summing to @total (20..100): every item 1, then items raised to 5
 * in order until the rest is used up.  Item 17 stays low unless the total
 * needs it, so a mid-range total never claims one executive. */
static inline void
fill_answers (OdRespondent *r,
              guint         total)
{
  static const guint order[OD_N_QUESTIONS] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 17 };
  guint extra;

  g_assert_cmpuint (total, >=, 20);
  g_assert_cmpuint (total, <=, 100);
  extra = total - 20;
  for (guint i = 0; i < OD_N_QUESTIONS; i++)
    r->answers[i] = 1;
  for (guint i = 0; i < OD_N_QUESTIONS && extra > 0; i++)
    {
      guint add = MIN (extra, 4);
      r->answers[order[i] - 1] += add;
      extra -= add;
    }
}

static inline void
add_respondent (Doc        *doc,
                const char *name,
                OdSide      side,
                guint       total)
{
  OdRespondent r = { .name = (char *) name, .side = side };
  guint n = od_organisation_get_respondents (doc->org)->len;

  fill_answers (&r, total);
  push (doc, od_command_set_respondent (doc->org, n, &r, NULL));
}

static inline void
add_mechanism (Doc        *doc,
               const char *ref)
{
  push (doc, od_command_set_mechanism (doc->org, ref, TRUE, NULL, NULL));
}

static inline void
assign (Doc        *doc,
        const char *unit,
        const char *function,
        OdRole      role)
{
  push (doc, od_command_set_assignment (doc->org, unit, function, role, NULL));
}

static inline char *
add_unit (Doc        *doc,
          const char *parent,
          const char *name)
{
  OdCommand *command = od_command_add_unit (doc->org, parent, -1, NULL, name, OD_UNIT_KIND_FRONT, NULL);
  char *id = g_strdup (od_command_get_new_unit_id (command));

  push (doc, command);
  return id;
}

/* The first finding of @rule naming @unit (any unit when NULL), or NULL. */
static inline const OdFinding *
find (GPtrArray  *findings,
      const char *rule,
      const char *unit)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];
      if (g_strcmp0 (f->rule, rule) == 0 && (unit == NULL || g_strv_contains ((const char * const *) f->units, unit)))
        return f;
    }
  return NULL;
}

/* The next move of @d that builds @mechanism, or NULL. */
static inline const OdNextMove *
find_move (const OdDiagnosis *d,
           const char        *mechanism)
{
  for (guint i = 0; i < d->next_moves->len; i++)
    {
      const OdNextMove *m = d->next_moves->pdata[i];
      if (g_str_equal (m->move->mechanism, mechanism))
        return m;
    }
  return NULL;
}

G_END_DECLS

