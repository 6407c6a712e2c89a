/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-organisation-fields.h: the organisation's struct, shared by the two
 * files that implement it (reading in od-organisation.c, primitive edits in
 * od-organisation-edit.c).  Nothing else includes this. */
#pragma once

#include "od-organisation-private.h"

G_BEGIN_DECLS

struct _OdOrganisation
{
  GObject     parent_instance;

  char       *name;
  char       *focus;
  char       *industry;
  char       *business;      /* od-business.h id, or NULL */
  char       *task;          /* current core task, or NULL */
  char       *assessment_date;
  char       *version;
  OdSize      size;
  OdLang      lang;
  gboolean    has_assessment;

  /* The top units are the children of this sentinel, whose own fields are
   * unused; it makes the tree code free of "is this a top unit" cases. */
  OdUnit      top;
  GHashTable *units_by_id;   /* id → OdUnit*, ids not owned */
  guint       n_units;
  guint       next_serial;

  GPtrArray  *dotted_lines;  /* OdDottedLine* */
  GPtrArray  *mechanisms;    /* OdMechanismUse* */
  GPtrArray  *respondents;   /* OdRespondent* */
  GPtrArray  *acceptances;   /* OdAcceptance* */
  GPtrArray  *sheets;        /* OdCoordinationSheet* (od-coordination.h) */
  GPtrArray  *plans;         /* OdPlanHorizon*, the 313 rule's */
  OdCauseAnswer causes[OD_N_CAUSES + 1];
  GHashTable *facts;         /* key → value, both owned */
  GHashTable *fact_extras;   /* key → OdExtra*, both owned */

  OdExtra    *extra;
  OdExtra    *assessment_extra;
  guint64     generation;
  guint64     structure_generation;   /* bumped when the tree itself changed */
};

/* Frees every unit, list and field; the organisation is empty afterwards. */
void _od_organisation_clear_contents (OdOrganisation *self);

G_END_DECLS
