/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-command-private.h: how a command is built.  Each kind of command
 * embeds OdCommand first and supplies apply/revert/free. */
#pragma once

#include "od-command.h"
#include "od-organisation-private.h"

G_BEGIN_DECLS

typedef struct {
  /* Makes the change.  Fails only when the organisation is not in the state
   * the command was made against (a group whose steps depend on each other);
   * then nothing has changed. */
  gboolean (*apply)  (OdCommand *command, GError **error);
  /* Undoes a successful apply exactly. */
  void     (*revert) (OdCommand *command);
  void     (*finalize) (OdCommand *command);
} OdCommandClass;

struct _OdCommand
{
  const OdCommandClass *klass;
  OdOrganisation       *org;     /* strong reference */
  const char           *label;   /* untranslated; translated on demand */
};

/* Allocates a command of @size bytes (the subclass struct). */
gpointer  _od_command_new           (const OdCommandClass *klass,
                                     gsize                 size,
                                     OdOrganisation       *org,
                                     const char           *label);
gboolean  _od_command_apply         (OdCommand  *command,
                                     GError    **error);
void      _od_command_revert        (OdCommand  *command);

/* Checks shared by the constructors; each sets @error and returns FALSE. */
OdUnit   *_od_command_require_unit  (OdOrganisation *org,
                                     const char     *unit_id,
                                     GError        **error);
gboolean  _od_command_check_text    (const char     *text,
                                     gboolean        multiline,
                                     GError        **error);

/* The one command that inserts, removes or replaces an item of one of the
 * organisation's lists (od-command-content.c); @item is owned by it. */
typedef enum {
  OD_LIST_ITEM_INSERT,
  OD_LIST_ITEM_REMOVE,
  OD_LIST_ITEM_REPLACE,
} OdListItemMode;

OdCommand *_od_command_new_list_item (OdOrganisation *org,
                                      const char     *label,
                                      GPtrArray    *(*get_list) (OdOrganisation *),
                                      OdChangeKind    kind,
                                      GDestroyNotify  free_item,
                                      OdListItemMode  mode,
                                      guint           index,
                                      gpointer        item);

G_END_DECLS
