/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-recovery-dialog.h: at start-up, offers to restore the recovery copies
 * a crash left behind, showing when each was last edited. */
#pragma once

#include <adwaita.h>

#include "od-recovery.h"

G_BEGIN_DECLS

/* Called once per entry the user chose to restore; the entry is freed after. */
typedef void (*OdRestoreFunc) (const OdRecoveryEntry *entry,
                               gpointer               user_data);

/* Shows the offer over @parent when @entries (OdRecoveryEntry*, taken) is
 * not empty.  Restore calls @restore for each; Discard deletes them;
 * closing the dialog keeps them for the next start.  @destroy frees
 * @user_data once the dialog is answered (or at once when nothing is
 * offered). */
void  od_recovery_dialog_offer (GtkWindow      *parent,
                                GPtrArray      *entries,
                                OdRestoreFunc   restore,
                                gpointer        user_data,
                                GDestroyNotify  destroy);

G_END_DECLS
