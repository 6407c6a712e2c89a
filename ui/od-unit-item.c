/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit-item.c: one unit as a list item. */
#include "config.h"

#include "od-unit-item.h"

struct _OdUnitItem
{
  GObject     parent_instance;

  char       *id;
  char       *parent_id;
  char       *name;
  OdUnitKind  kind;
  int         severity;
  guint       serial;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_SEVERITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OdUnitItem, od_unit_item, G_TYPE_OBJECT)

static void
od_unit_item_finalize (GObject *object)
{
  OdUnitItem *self = OD_UNIT_ITEM (object);

  g_free (self->id);
  g_free (self->parent_id);
  g_free (self->name);

  G_OBJECT_CLASS (od_unit_item_parent_class)->finalize (object);
}

static void
od_unit_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OdUnitItem *self = OD_UNIT_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_SEVERITY:
      g_value_set_int (value, self->severity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
od_unit_item_class_init (OdUnitItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = od_unit_item_finalize;
  object_class->get_property = od_unit_item_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, OD_N_UNIT_KINDS - 1, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SEVERITY] =
    g_param_spec_int ("severity", NULL, NULL, -1, OD_N_SEVERITIES - 1, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
od_unit_item_init (OdUnitItem *self)
{
  self->severity = -1;
}

OdUnitItem *
od_unit_item_new (const OdUnit *unit)
{
  OdUnitItem *self;
  OdUnit *parent;

  g_return_val_if_fail (unit != NULL, NULL);

  self = g_object_new (OD_TYPE_UNIT_ITEM, NULL);
  self->id = g_strdup (od_unit_get_id (unit));
  parent = od_unit_get_parent (unit);
  self->parent_id = parent != NULL ? g_strdup (od_unit_get_id (parent)) : NULL;
  self->name = g_strdup (od_unit_get_name (unit));
  self->kind = od_unit_get_kind (unit);
  self->serial = od_unit_get_serial (unit);
  return self;
}

const char *
od_unit_item_get_id (OdUnitItem *self)
{
  g_return_val_if_fail (OD_IS_UNIT_ITEM (self), NULL);
  return self->id;
}

const char *
od_unit_item_get_parent_id (OdUnitItem *self)
{
  g_return_val_if_fail (OD_IS_UNIT_ITEM (self), NULL);
  return self->parent_id;
}

const char *
od_unit_item_get_name (OdUnitItem *self)
{
  g_return_val_if_fail (OD_IS_UNIT_ITEM (self), NULL);
  return self->name;
}

OdUnitKind
od_unit_item_get_kind (OdUnitItem *self)
{
  g_return_val_if_fail (OD_IS_UNIT_ITEM (self), 0);
  return self->kind;
}

guint
od_unit_item_get_serial (OdUnitItem *self)
{
  g_return_val_if_fail (OD_IS_UNIT_ITEM (self), 0);
  return self->serial;
}

int
od_unit_item_get_severity (OdUnitItem *self)
{
  g_return_val_if_fail (OD_IS_UNIT_ITEM (self), -1);
  return self->severity;
}

void
od_unit_item_update (OdUnitItem   *self,
                     const OdUnit *unit)
{
  g_return_if_fail (OD_IS_UNIT_ITEM (self));
  g_return_if_fail (unit != NULL);

  if (g_strcmp0 (self->name, od_unit_get_name (unit)) != 0)
    {
      g_free (self->name);
      self->name = g_strdup (od_unit_get_name (unit));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
    }
  if (self->kind != od_unit_get_kind (unit))
    {
      self->kind = od_unit_get_kind (unit);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

void
od_unit_item_set_severity (OdUnitItem *self,
                           int         severity)
{
  g_return_if_fail (OD_IS_UNIT_ITEM (self));

  if (self->severity != severity)
    {
      self->severity = severity;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEVERITY]);
    }
}
