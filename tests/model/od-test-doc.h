/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-test-doc.h: a template organisation with its undo stack, for model
 * tests that edit through commands the way the application does
 * (header-only, like od-test-util.h). */
#pragma once

#include "od-command.h"
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

G_END_DECLS
