/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-layout.c: the tidy-tree layout keeps its promises on many random
 * trees: no two boxes overlap, parents are centred over their children,
 * children keep their order, the same input gives the same drawing, compact
 * stacks and assistants are where they should be, in both orientations;
 * hit tests and rectangle queries agree with brute force; an edit
 * re-measures only what it changed. */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "od-command.h"
#include "od-layout.h"
#include "od-template.h"
#include "od-undo-stack.h"
#include "layout-test-util.h"
#include "../od-test-random.h"

#define EPS 1e-6

static gboolean
rects_overlap (const OdLayoutRect *a,
               const OdLayoutRect *b)
{
  return a->x < b->x + b->width - EPS && b->x < a->x + a->width - EPS &&
         a->y < b->y + b->height - EPS && b->y < a->y + a->height - EPS;
}

static gboolean
rects_touch (const OdLayoutRect *a,
             const OdLayoutRect *b)
{
  return a->x <= b->x + b->width && b->x <= a->x + a->width &&
         a->y <= b->y + b->height && b->y <= a->y + a->height;
}

static OdLayoutRect
box_of (OdLayout     *layout,
        const OdUnit *unit)
{
  OdLayoutRect r;

  g_assert_true (od_layout_get_box (layout, unit, &r));
  return r;
}

/* No two boxes overlap: sort by x, then compare only boxes whose x ranges
 * meet (fast enough for thousands of boxes). */
static int
compare_by_x (gconstpointer a,
              gconstpointer b)
{
  const OdLayoutRect *ra = *(const OdLayoutRect **) a, *rb = *(const OdLayoutRect **) b;
  return ra->x < rb->x ? -1 : ra->x > rb->x;
}

static void
assert_no_overlap (OdLayout *layout)
{
  guint n;
  const OdLayoutRect *boxes = od_layout_get_boxes (layout, &n);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_assert_true (isfinite (boxes[i].x) && isfinite (boxes[i].y));
      g_assert_cmpfloat (boxes[i].width, >, 0);
      g_assert_cmpfloat (boxes[i].height, >, 0);
      g_ptr_array_add (sorted, (gpointer) &boxes[i]);
    }
  g_ptr_array_sort (sorted, compare_by_x);
  for (guint i = 0; i < n; i++)
    {
      const OdLayoutRect *a = sorted->pdata[i];
      for (guint j = i + 1; j < n; j++)
        {
          const OdLayoutRect *b = sorted->pdata[j];
          if (b->x >= a->x + a->width)
            break;
          if (rects_overlap (a, b))
            g_error ("boxes overlap: (%g,%g %gx%g) and (%g,%g %gx%g)",
                     a->x, a->y, a->width, a->height, b->x, b->y, b->width, b->height);
        }
    }
}

/* The breadth axis (x top-down, y left-right) and the depth axis. */
static double
lo (const OdLayoutRect *r, gboolean lr) { return lr ? r->y : r->x; }
static double
hi (const OdLayoutRect *r, gboolean lr) { return lr ? r->y + r->height : r->x + r->width; }
static double
top (const OdLayoutRect *r, gboolean lr) { return lr ? r->x : r->y; }
static double
bottom (const OdLayoutRect *r, gboolean lr) { return lr ? r->x + r->width : r->y + r->height; }

/* Parents centred over their regular children, children in order, each
 * child level below its parent; with compact mode the stacked leaves form
 * columns.  Also: every connector is orthogonal and joins its two boxes. */
static void
assert_tree_shape (OdLayout *layout)
{
  OdOrganisation *org = od_layout_get_organisation (layout);
  const OdLayoutOptions *opt = od_layout_get_options (layout);
  gboolean lr = opt->orientation == OD_ORIENTATION_LEFT_RIGHT;
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);
  guint n_conn;
  const OdLayoutConnector *conn = od_layout_get_connectors (layout, &n_conn);

  for (guint i = 0; i < units->len; i++)
    {
      OdUnit *unit = units->pdata[i];
      OdLayoutRect pb = box_of (layout, unit);
      double first_lo = G_MAXDOUBLE, last_hi = -G_MAXDOUBLE, prev_hi = -G_MAXDOUBLE;
      double stack_lo = G_MAXDOUBLE, stack_hi = -G_MAXDOUBLE;
      gboolean any = FALSE, stacked_any = FALSE;
      guint n_leaves = 0;
      g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (double));

      for (OdUnit *c = od_unit_get_first_child (unit); c; c = od_unit_get_next_sibling (c))
        if (!od_unit_get_assistant (c) && od_unit_get_first_child (c) == NULL)
          n_leaves++;

      for (OdUnit *c = od_unit_get_first_child (unit); c; c = od_unit_get_next_sibling (c))
        {
          OdLayoutRect cb = box_of (layout, c);
          gboolean leaf = od_unit_get_first_child (c) == NULL;
          gboolean stacked;

          /* Every child lies below (or right of) its parent. */
          g_assert_cmpfloat (top (&cb, lr), >=, bottom (&pb, lr) - EPS);
          if (od_unit_get_assistant (c))
            {
              /* Beside the trunk, not across it. */
              double trunk = (lo (&pb, lr) + hi (&pb, lr)) / 2;
              g_assert_true (hi (&cb, lr) <= trunk + EPS || lo (&cb, lr) >= trunk - EPS);
              continue;
            }
          {
            OdCompactMode mode = od_layout_get_unit_compact (layout, unit);

            stacked = leaf && n_leaves >= 2 && mode != OD_COMPACT_OFF &&
                      (opt->compact_max_columns > 0 || mode == OD_COMPACT_ON);
            /* Auto compact decides by level width: whether these leaves
             * stack is not known here, so only the common checks apply. */
            if (stacked && opt->auto_compact && mode == OD_COMPACT_DEFAULT)
              continue;
          }
          if (stacked)
            {
              gboolean found = FALSE;

              stacked_any = TRUE;
              stack_lo = MIN (stack_lo, lo (&cb, lr) - opt->compact_indent);
              stack_hi = MAX (stack_hi, hi (&cb, lr));
              for (guint k = 0; k < columns->len; k++)
                if (fabs (g_array_index (columns, double, k) - lo (&cb, lr)) < EPS)
                  found = TRUE;
              if (!found)
                {
                  double l = lo (&cb, lr);
                  g_array_append_val (columns, l);
                }
              continue;
            }
          any = TRUE;
          first_lo = MIN (first_lo, lo (&cb, lr));
          last_hi = MAX (last_hi, hi (&cb, lr));
          /* Order kept: each regular child right of the one before. */
          g_assert_cmpfloat (lo (&cb, lr), >=, prev_hi - EPS);
          prev_hi = hi (&cb, lr);
        }
      if (stacked_any)
        {
          guint max_cols = MAX (opt->compact_max_columns, 1);
          g_assert_cmpuint (columns->len, <=, max_cols);
          first_lo = MIN (first_lo, stack_lo);
          last_hi = MAX (last_hi, stack_hi);
          any = TRUE;
        }
      if (any && !opt->auto_compact)
        {
          double centre = (lo (&pb, lr) + hi (&pb, lr)) / 2;
          if (fabs (centre - (first_lo + last_hi) / 2) > 1e-6 * MAX (1, fabs (centre)))
            g_error ("unit %s not centred: %g vs %g..%g", od_unit_get_id (unit), centre, first_lo, last_hi);
        }
    }

  for (guint k = 0; k < n_conn; k++)
    {
      const OdLayoutConnector *c = &conn[k];
      OdLayoutRect pb = box_of (layout, c->parent), cb = box_of (layout, c->child);

      g_assert_true (od_unit_get_parent (c->child) == c->parent);
      g_assert_cmpuint (c->n_points, >=, 2);
      for (guint p = 0; p + 1 < c->n_points; p++)
        g_assert_true (c->points[p].x == c->points[p + 1].x || c->points[p].y == c->points[p + 1].y);
      g_assert_true (rects_touch (&pb, &(OdLayoutRect) { c->points[0].x, c->points[0].y, 0, 0 }));
      g_assert_true (rects_touch (&cb, &(OdLayoutRect) { c->points[c->n_points - 1].x, c->points[c->n_points - 1].y, 0, 0 }));
    }
  g_assert_cmpuint (n_conn, ==, units->len - od_organisation_get_n_top_units (org));
}

static void
assert_same_layout (OdLayout *a,
                    OdLayout *b)
{
  guint na, nb;
  const OdLayoutRect *ba = od_layout_get_boxes (a, &na);
  const OdLayoutRect *bb = od_layout_get_boxes (b, &nb);

  g_assert_cmpuint (na, ==, nb);
  g_assert_cmpmem (ba, na * sizeof *ba, bb, nb * sizeof *bb);
}

static void
check_random (OdLayoutOptions *opt,
              double           assistant_rate,
              guint            rounds)
{
  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
      OdRandomTreeSpec spec = {
        .n_units = g_rand_int_range (rand, 1, 400),
        .max_children = g_rand_int_range (rand, 1, 14),
        .max_depth = g_rand_int_range (rand, 2, 9),
        .assistant_rate = assistant_rate,
        .long_name_rate = 0.15,
        .n_tops = g_rand_int_range (rand, 0, 8) == 0 ? 3 : 1,
        .n_dotted = g_rand_int_range (rand, 0, 4),
      };
      g_autoptr(OdOrganisation) org = od_test_random_tree (rand, &spec);
      g_autoptr(OdLayout) layout = od_layout_new (org, opt);
      g_autoptr(OdLayout) again = od_layout_new (org, opt);
      OdLayoutRect bounds;
      guint n;
      const OdLayoutRect *boxes = od_layout_get_boxes (layout, &n);

      g_assert_cmpuint (n, ==, od_organisation_get_n_units (org));
      assert_no_overlap (layout);
      assert_tree_shape (layout);
      assert_same_layout (layout, again);
      od_layout_get_bounds (layout, &bounds);
      g_assert_cmpfloat (bounds.x, ==, 0);
      g_assert_cmpfloat (bounds.y, ==, 0);
      for (guint i = 0; i < n; i++)
        {
          g_assert_cmpfloat (boxes[i].x, >=, -EPS);
          g_assert_cmpfloat (boxes[i].y, >=, -EPS);
          g_assert_cmpfloat (boxes[i].x + boxes[i].width, <=, bounds.width + EPS);
          g_assert_cmpfloat (boxes[i].y + boxes[i].height, <=, bounds.height + EPS);
        }
    }
}

static void
test_random_top_down (void)
{
  OdLayoutOptions opt;

  od_layout_options_init (&opt);
  check_random (&opt, 0, 60);
}

static void
test_random_left_right (void)
{
  OdLayoutOptions opt;

  od_layout_options_init (&opt);
  opt.orientation = OD_ORIENTATION_LEFT_RIGHT;
  check_random (&opt, 0, 40);
}

static void
test_random_compact (void)
{
  OdLayoutOptions opt;

  od_layout_options_init (&opt);
  for (guint cols = 1; cols <= 3; cols++)
    {
      opt.compact_max_columns = cols;
      opt.orientation = OD_ORIENTATION_TOP_DOWN;
      check_random (&opt, 0, 15);
      opt.orientation = OD_ORIENTATION_LEFT_RIGHT;
      check_random (&opt, 0, 8);
    }
}

static void
test_random_assistants (void)
{
  OdLayoutOptions opt;

  od_layout_options_init (&opt);
  check_random (&opt, 0.15, 30);
  opt.compact_max_columns = 2;
  check_random (&opt, 0.15, 20);
  opt.orientation = OD_ORIENTATION_LEFT_RIGHT;
  check_random (&opt, 0.15, 20);
}

static void
test_random_auto_compact (void)
{
  OdLayoutOptions opt;

  od_layout_options_init (&opt);
  opt.compact_max_columns = 2;
  opt.auto_compact = TRUE;
  opt.auto_compact_width = 1500;
  check_random (&opt, 0.05, 30);
}

/* Layered: every level lines up across the chart, in both orientations,
 * and the usual promises still hold. */
static void
test_random_layered (void)
{
  OdLayoutOptions opt;

  od_layout_options_init (&opt);
  opt.layered = TRUE;
  for (int o = 0; o < 2; o++)
    {
      gboolean lr = o == 1;

      opt.orientation = lr ? OD_ORIENTATION_LEFT_RIGHT : OD_ORIENTATION_TOP_DOWN;
      check_random (&opt, 0, 15);
      check_random (&opt, 0.1, 10);
      for (guint round = 0; round < 15; round++)
        {
          g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
          OdRandomTreeSpec spec = { .n_units = g_rand_int_range (rand, 2, 300), .max_children = 9,
                                    .max_depth = 7, .long_name_rate = 0.3,
                                    .assistant_rate = round % 2 ? 0.1 : 0 };
          g_autoptr(OdOrganisation) org = od_test_random_tree (rand, &spec);
          g_autoptr(OdLayout) layout = od_layout_new (org, &opt);
          g_autoptr(GPtrArray) units = od_organisation_list_units (org);
          g_autoptr(GArray) level_top = g_array_new (FALSE, FALSE, sizeof (double));
          g_autoptr(GArray) level_depth = g_array_new (FALSE, FALSE, sizeof (double));

          for (guint i = 0; i < units->len; i++)
            {
              OdLayoutRect r = box_of (layout, units->pdata[i]);
              guint d = od_unit_get_depth (units->pdata[i]);
              double t = top (&r, lr), h = bottom (&r, lr) - top (&r, lr);
              gboolean beside = FALSE;

              /* Assistants and their subtrees sit beside the levels. */
              for (OdUnit *a = units->pdata[i]; a != NULL; a = od_unit_get_parent (a))
                beside |= od_unit_get_assistant (a) && od_unit_get_parent (a) != NULL;
              if (beside)
                continue;

              if (d >= level_top->len)
                {
                  g_array_set_size (level_top, d + 1);
                  g_array_set_size (level_depth, d + 1);
                  g_array_index (level_top, double, d) = t;
                  g_array_index (level_depth, double, d) = h;
                }
              g_assert_cmpfloat_with_epsilon (g_array_index (level_top, double, d), t, EPS);
              g_assert_cmpfloat_with_epsilon (g_array_index (level_depth, double, d), h, EPS);
            }
        }
    }
}

/* Units of one tree, by id. */
static OdUnit *
unit (OdOrganisation *org,
      const char     *id)
{
  OdUnit *u = od_organisation_lookup_unit (org, id);
  g_assert_nonnull (u);
  return u;
}

static OdOrganisation *
load (const char *body)
{
  g_autofree char *xml = g_strdup_printf (
    "<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"t\" size=\"small\" lang=\"zh-CN\">%s</organisation>",
    body);
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_test_load_string (xml, OD_LOAD_DEFAULT, &error);

  g_assert_no_error (error);
  return org;
}

/* Two identical subtrees are drawn identically (up to a translation), and
 * the layout is symmetric for a symmetric tree. */
static void
test_identical_subtrees (void)
{
  g_autoptr(OdOrganisation) org = load (
    "<unit id='r' name='总部'>"
    "  <unit id='a' name='销售部'><unit id='a1' name='一组'/><unit id='a2' name='二组很长的名字的组'>"
    "      <unit id='a21' name='甲'/><unit id='a22' name='乙'/></unit><unit id='a3' name='三组'/></unit>"
    "  <unit id='m' name='中'/>"
    "  <unit id='b' name='销售部'><unit id='b1' name='一组'/><unit id='b2' name='二组很长的名字的组'>"
    "      <unit id='b21' name='甲'/><unit id='b22' name='乙'/></unit><unit id='b3' name='三组'/></unit>"
    "</unit>");
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  const char *pairs[][2] = { { "a1", "b1" }, { "a2", "b2" }, { "a21", "b21" }, { "a22", "b22" }, { "a3", "b3" } };
  OdLayoutRect a = box_of (layout, unit (org, "a")), b = box_of (layout, unit (org, "b"));
  OdLayoutRect r = box_of (layout, unit (org, "r")), m = box_of (layout, unit (org, "m"));

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      OdLayoutRect x = box_of (layout, unit (org, pairs[i][0]));
      OdLayoutRect y = box_of (layout, unit (org, pairs[i][1]));

      g_assert_cmpfloat_with_epsilon (x.x - a.x, y.x - b.x, EPS);
      g_assert_cmpfloat_with_epsilon (x.y - a.y, y.y - b.y, EPS);
      g_assert_cmpfloat_with_epsilon (x.width, y.width, EPS);
    }
  /* The middle child sits in the middle, under the root's centre. */
  g_assert_cmpfloat_with_epsilon (m.x + m.width / 2, r.x + r.width / 2, EPS);
  assert_no_overlap (layout);
}

/* Small subtrees between two large ones are spaced evenly (Walker's
 * apportioning), not piled against the left one. */
static void
test_even_spacing (void)
{
  g_autoptr(OdOrganisation) org = load (
    "<unit id='r' name='r'>"
    "  <unit id='a' name='a'><unit id='a1' name='1'/><unit id='a2' name='2'/><unit id='a3' name='3'/>"
    "      <unit id='a4' name='4'/><unit id='a5' name='5'/></unit>"
    "  <unit id='s1' name='s'/><unit id='s2' name='s'/>"
    "  <unit id='b' name='b'><unit id='b1' name='1'/><unit id='b2' name='2'/><unit id='b3' name='3'/>"
    "      <unit id='b4' name='4'/><unit id='b5' name='5'/></unit>"
    "</unit>");
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  OdLayoutRect a = box_of (layout, unit (org, "a")), s1 = box_of (layout, unit (org, "s1"));
  OdLayoutRect s2 = box_of (layout, unit (org, "s2")), b = box_of (layout, unit (org, "b"));
  double g1 = s1.x - (a.x + a.width), g2 = s2.x - (s1.x + s1.width), g3 = b.x - (s2.x + s2.width);

  g_assert_cmpfloat_with_epsilon (g1, g2, 1e-6);
  g_assert_cmpfloat_with_epsilon (g2, g3, 1e-6);
}

/* Non-layered: a short box's children start right below it, not at the
 * level of a taller neighbour's bottom. */
static void
test_non_layered (void)
{
  g_autoptr(OdOrganisation) org = load (
    "<unit id='r' name='r'>"
    "  <unit id='tall' name='一个非常非常非常非常非常非常非常非常非常长的部门名称' head='张三' headcount='12'>"
    "    <unit id='t1' name='x'/></unit>"
    "  <unit id='short' name='短'><unit id='s1' name='y'/></unit>"
    "</unit>");
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  const OdLayoutOptions *opt = od_layout_get_options (layout);
  OdLayoutRect tall = box_of (layout, unit (org, "tall")), shrt = box_of (layout, unit (org, "short"));
  OdLayoutRect t1 = box_of (layout, unit (org, "t1")), s1 = box_of (layout, unit (org, "s1"));

  g_assert_cmpfloat (tall.height, >, shrt.height + 5);
  g_assert_cmpfloat_with_epsilon (s1.y, shrt.y + shrt.height + opt->level_gap, EPS);
  g_assert_cmpfloat_with_epsilon (t1.y, tall.y + tall.height + opt->level_gap, EPS);
  /* Long names wrap at the maximum width. */
  g_assert_cmpfloat (tall.width, <=, opt->max_text_width + 2 * opt->padding + EPS);
}

static void
test_several_tops (void)
{
  g_autoptr(OdOrganisation) org = load (
    "<unit id='a' name='甲公司'><unit id='a1' name='一'/><unit id='a2' name='二'/></unit>"
    "<unit id='b' name='乙公司'/>"
    "<unit id='c' name='丙公司'><unit id='c1' name='一'/></unit>");
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  OdLayoutRect a = box_of (layout, unit (org, "a")), b = box_of (layout, unit (org, "b"));
  OdLayoutRect c = box_of (layout, unit (org, "c")), a2 = box_of (layout, unit (org, "a2"));
  OdLayoutRect c1 = box_of (layout, unit (org, "c1"));
  const OdLayoutOptions *opt = od_layout_get_options (layout);

  g_assert_cmpfloat (a.y, ==, 0);
  g_assert_cmpfloat (b.y, ==, 0);
  g_assert_cmpfloat (c.y, ==, 0);
  g_assert_cmpfloat (a.x + a.width, <, b.x);
  g_assert_cmpfloat (b.x + b.width, <, c.x);
  /* Each tree keeps its own band, the tree gap apart. */
  g_assert_cmpfloat_with_epsilon (b.x - (a2.x + a2.width), opt->tree_gap, EPS);
  g_assert_cmpfloat (MIN (c1.x, c.x) - (b.x + b.width), >=, opt->tree_gap - EPS);
  assert_no_overlap (layout);
}

static void
test_assistants (void)
{
  g_autoptr(OdOrganisation) org = load (
    "<unit id='ceo' name='总经理'>"
    "  <unit id='sec' name='秘书' assistant='true'/>"
    "  <unit id='off' name='总经理办公室' assistant='true'><unit id='off1' name='文书'/><unit id='off2' name='档案'/></unit>"
    "  <unit id='s' name='销售部'/><unit id='m' name='市场部'/><unit id='f' name='财务部'/>"
    "</unit>");
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  OdLayoutRect ceo = box_of (layout, unit (org, "ceo")), sec = box_of (layout, unit (org, "sec"));
  OdLayoutRect off = box_of (layout, unit (org, "off")), off1 = box_of (layout, unit (org, "off1"));
  OdLayoutRect s = box_of (layout, unit (org, "s")), m = box_of (layout, unit (org, "m"));
  OdLayoutRect f = box_of (layout, unit (org, "f"));
  double trunk = ceo.x + ceo.width / 2;

  /* Beside the trunk, one each side, between the manager and the children. */
  g_assert_cmpfloat (sec.x, >=, trunk);
  g_assert_cmpfloat (off.x + off.width, <=, trunk);
  g_assert_cmpfloat (sec.y, >, ceo.y + ceo.height);
  g_assert_cmpfloat (off1.y, >, off.y + off.height);
  g_assert_cmpfloat (s.y, >, off1.y + off1.height);
  g_assert_cmpfloat (s.y, >, sec.y + sec.height);
  /* The span's children are centred under the manager, assistants apart. */
  g_assert_cmpfloat_with_epsilon (m.x + m.width / 2, trunk, EPS);
  g_assert_cmpfloat_with_epsilon ((s.x + f.x + f.width) / 2, trunk, EPS);
  assert_no_overlap (layout);
  assert_tree_shape (layout);
}

static void
test_compact (void)
{
  g_autoptr(OdOrganisation) org = load (
    "<unit id='r' name='总部'>"
    "  <unit id='a' name='销售部'><unit id='a1' name='一'/><unit id='a2' name='二'/><unit id='a3' name='三'/>"
    "    <unit id='a4' name='四'/><unit id='a5' name='五'/><unit id='a6' name='六'/><unit id='a7' name='七'/></unit>"
    "  <unit id='b' name='市场部'><unit id='b1' name='一'/><unit id='b2' name='二'/></unit>"
    "</unit>");
  OdLayoutOptions opt;
  g_autoptr(OdLayout) layout = NULL;
  OdLayoutRect a1, a4, a5, a7, a;

  od_layout_options_init (&opt);
  opt.compact_max_columns = 2;
  layout = od_layout_new (org, &opt);
  a = box_of (layout, unit (org, "a"));
  a1 = box_of (layout, unit (org, "a1"));
  a4 = box_of (layout, unit (org, "a4"));
  a5 = box_of (layout, unit (org, "a5"));
  a7 = box_of (layout, unit (org, "a7"));
  /* Seven leaves in two columns, column-major: a1..a4, then a5..a7. */
  g_assert_cmpfloat (a1.x, ==, a4.x);
  g_assert_cmpfloat (a5.x, ==, a7.x);
  g_assert_cmpfloat (a5.x, >, a1.x);
  g_assert_cmpfloat (a4.y, >, a1.y);
  g_assert_cmpfloat (a5.y, ==, a1.y);
  g_assert_cmpfloat (a1.y, >, a.y + a.height);
  assert_no_overlap (layout);
  assert_tree_shape (layout);

  /* A unit set not to stack spreads its leaves again. */
  od_layout_set_unit_compact (layout, unit (org, "a"), OD_COMPACT_OFF);
  g_assert_true (od_layout_update (layout));
  a1 = box_of (layout, unit (org, "a1"));
  a4 = box_of (layout, unit (org, "a4"));
  g_assert_cmpfloat (a1.y, ==, a4.y);
  g_assert_cmpfloat (a4.x, >, a1.x);
  assert_tree_shape (layout);

  /* And one set to stack does so with compact mode off. */
  opt.compact_max_columns = 0;
  od_layout_set_options (layout, &opt);
  od_layout_set_unit_compact (layout, unit (org, "a"), OD_COMPACT_ON);
  od_layout_update (layout);
  a1 = box_of (layout, unit (org, "a1"));
  a7 = box_of (layout, unit (org, "a7"));
  g_assert_cmpfloat (a1.x, ==, a7.x);
  g_assert_cmpfloat (a7.y, >, a1.y);
  assert_no_overlap (layout);
}

static void
test_left_right (void)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_LARGE, OD_LANG_ZH_CN, NULL, NULL);
  OdLayoutOptions opt;
  g_autoptr(OdLayout) layout = NULL;
  OdUnit *top;
  OdLayoutRect tb, cb;

  od_layout_options_init (&opt);
  opt.orientation = OD_ORIENTATION_LEFT_RIGHT;
  layout = od_layout_new (org, &opt);
  top = od_organisation_get_first_top_unit (org);
  tb = box_of (layout, top);
  cb = box_of (layout, od_unit_get_first_child (top));
  g_assert_cmpfloat (tb.x, ==, 0);
  g_assert_cmpfloat (cb.x, >=, tb.x + tb.width + opt.level_gap - EPS);
  assert_no_overlap (layout);
  assert_tree_shape (layout);
}

/* Hit tests and rectangle queries against brute force. */
static void
test_queries (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  OdRandomTreeSpec spec = { .n_units = 2000, .max_children = 10, .max_depth = 7,
                            .assistant_rate = 0.05, .long_name_rate = 0.1, .n_tops = 2 };
  g_autoptr(OdOrganisation) org = od_test_random_tree (rand, &spec);
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  OdLayoutRect bounds;
  guint n, n_conn;
  const OdLayoutRect *boxes = od_layout_get_boxes (layout, &n);
  OdUnit * const *units = od_layout_get_units (layout, NULL);
  const OdLayoutConnector *conn = od_layout_get_connectors (layout, &n_conn);

  od_layout_get_bounds (layout, &bounds);
  for (guint k = 0; k < 3000; k++)
    {
      double x = g_rand_double_range (rand, -50, bounds.width + 50);
      double y = g_rand_double_range (rand, -50, bounds.height + 50);
      OdUnit *expected = NULL;

      /* Half of the probes aim at a box, to hit something often. */
      if (k % 2 == 0)
        {
          const OdLayoutRect *b = &boxes[g_rand_int_range (rand, 0, n)];
          x = b->x + g_rand_double_range (rand, 0, b->width);
          y = b->y + g_rand_double_range (rand, 0, b->height);
        }
      for (guint i = 0; i < n; i++)
        if (x >= boxes[i].x && x <= boxes[i].x + boxes[i].width &&
            y >= boxes[i].y && y <= boxes[i].y + boxes[i].height)
          expected = units[i];
      g_assert_true (od_layout_hit_test (layout, x, y) == expected);
    }
  for (guint k = 0; k < 300; k++)
    {
      OdLayoutRect r = { g_rand_double_range (rand, -100, bounds.width),
                         g_rand_double_range (rand, -100, bounds.height),
                         g_rand_double_range (rand, 0, 2500), g_rand_double_range (rand, 0, 1200) };
      g_autoptr(GPtrArray) found = g_ptr_array_new ();
      g_autoptr(GPtrArray) found_conn = g_ptr_array_new ();
      guint expected = 0, expected_conn = 0, j = 0;

      od_layout_query_rect (layout, &r, found);
      for (guint i = 0; i < n; i++)
        if (rects_touch (&boxes[i], &r))
          {
            g_assert_cmpuint (j, <, found->len);
            g_assert_true (found->pdata[j++] == units[i]);   /* document order */
            expected++;
          }
      g_assert_cmpuint (found->len, ==, expected);

      od_layout_query_connectors (layout, &r, found_conn);
      for (guint i = 0; i < n_conn; i++)
        {
          gboolean meets = FALSE;
          for (guint p = 0; p + 1 < conn[i].n_points; p++)
            {
              OdLayoutPoint a = conn[i].points[p], b = conn[i].points[p + 1];
              OdLayoutRect seg = { MIN (a.x, b.x), MIN (a.y, b.y), fabs (a.x - b.x), fabs (a.y - b.y) };
              meets |= rects_touch (&seg, &r);
            }
          /* The index works on extents: it may return a connector whose
           * elbow passes around the rectangle, never miss one crossing it. */
          if (meets)
            {
              gboolean listed = FALSE;
              for (guint f = 0; f < found_conn->len; f++)
                listed |= found_conn->pdata[f] == &conn[i];
              g_assert_true (listed);
              expected_conn++;
            }
        }
      g_assert_cmpuint (found_conn->len, >=, expected_conn);
    }
  /* Far outside, and NaN: nothing, no crash. */
  g_assert_null (od_layout_hit_test (layout, -1e9, 5));
  g_assert_null (od_layout_hit_test (layout, NAN, NAN));
  {
    g_autoptr(GPtrArray) found = g_ptr_array_new ();
    OdLayoutRect nan_rect = { NAN, 0, 10, 10 }, far = { 1e12, 1e12, 5, 5 };
    g_assert_cmpuint (od_layout_query_rect (layout, &nan_rect, found), ==, 0);
    g_assert_cmpuint (od_layout_query_rect (layout, &far, found), ==, 0);
  }
}

static void
push (OdUndoStack *stack,
      OdCommand   *command)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (command);
  g_assert_true (od_undo_stack_push (stack, command, &error));
  g_assert_no_error (error);
}

/* An edit re-measures the edited unit only, and the layout follows
 * structural edits, undo and redo. */
static void
test_update (void)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_LARGE, OD_LANG_ZH_CN, NULL, NULL);
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  OdUnit *top = od_organisation_get_first_top_unit (org);
  OdUnit *child = od_unit_get_first_child (top);
  guint measured = od_layout_get_n_measured (layout);
  OdLayoutRect before = box_of (layout, child), after;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (measured, ==, od_organisation_get_n_units (org));
  g_assert_false (od_layout_update (layout));

  push (stack, od_command_set_unit_prop (org, od_unit_get_id (child), OD_UNIT_PROP_NAME,
                                         "一个非常非常非常非常非常非常长的新部门名称", &error));
  g_assert_true (od_layout_update (layout));
  g_assert_cmpuint (od_layout_get_n_measured (layout), ==, measured + 1);
  after = box_of (layout, child);
  g_assert_cmpfloat (after.height, >, before.height);
  assert_no_overlap (layout);

  od_undo_stack_undo (stack);
  od_layout_update (layout);
  after = box_of (layout, child);
  g_assert_cmpfloat (after.height, ==, before.height);
  g_assert_cmpfloat (after.width, ==, before.width);

  /* A new unit: measured, laid out, connected. */
  push (stack, od_command_add_unit (org, od_unit_get_id (child), -1, "new-unit", "新部门",
                                    OD_UNIT_KIND_BACK, &error));
  od_layout_update (layout);
  g_assert_true (od_layout_get_box (layout, od_organisation_lookup_unit (org, "new-unit"), &after));
  assert_no_overlap (layout);
  assert_tree_shape (layout);

  /* Removed: no longer in the layout. */
  od_undo_stack_undo (stack);
  od_layout_update (layout);
  g_assert_cmpuint (od_layout_get_boxes (layout, NULL) != NULL, ==, TRUE);
  {
    guint n;
    od_layout_get_boxes (layout, &n);
    g_assert_cmpuint (n, ==, od_organisation_get_n_units (org));
  }
  assert_tree_shape (layout);

  /* Becoming an assistant changes the shape without a structural edit. */
  {
    OdUnit *second = od_unit_get_next_sibling (child);
    OdLayoutRect tb, sb;

    push (stack, od_command_set_unit_prop (org, od_unit_get_id (second), OD_UNIT_PROP_ASSISTANT,
                                           "true", &error));
    od_layout_update (layout);
    tb = box_of (layout, top);
    sb = box_of (layout, second);
    g_assert_true (sb.x >= tb.x + tb.width / 2 || sb.x + sb.width <= tb.x + tb.width / 2);
    assert_no_overlap (layout);
    assert_tree_shape (layout);
    od_undo_stack_undo (stack);
    od_layout_update (layout);
    assert_tree_shape (layout);
  }

  /* A move re-lays out without measuring anything. */
  measured = od_layout_get_n_measured (layout);
  push (stack, od_command_move_unit (org, od_unit_get_id (od_unit_get_last_child (top)),
                                     od_unit_get_id (child), -1, &error));
  od_layout_update (layout);
  g_assert_cmpuint (od_layout_get_n_measured (layout), ==, measured);
  assert_no_overlap (layout);
  assert_tree_shape (layout);
}

/* Dotted lines: orthogonal, from one box's edge to the other's, around
 * boxes in a chart where a way around exists. */
static void
test_dotted (void)
{
  g_autoptr(OdOrganisation) org = load (
    "<unit id='r' name='总部'>"
    "  <unit id='a' name='销售部'><unit id='a1' name='一组'/><unit id='a2' name='二组'/><unit id='a3' name='三组'/></unit>"
    "  <unit id='b' name='市场部'><unit id='b1' name='一组'/><unit id='b2' name='二组'/></unit>"
    "  <unit id='it' name='信息部'><unit id='it1' name='支持组'/></unit>"
    "</unit>"
    "<dotted from='it1' to='a1' label='每天两小时营销支持'/>"
    "<dotted from='b2' to='a3'/>");
  OdLayoutOptions opt;

  od_layout_options_init (&opt);
  for (int o = 0; o < 2; o++)
    {
      g_autoptr(OdLayout) layout = NULL;
      guint n;
      const OdLayoutDotted *d;
      OdLayoutRect bounds;

      opt.orientation = o ? OD_ORIENTATION_LEFT_RIGHT : OD_ORIENTATION_TOP_DOWN;
      layout = od_layout_new (org, &opt);
      d = od_layout_get_dotted (layout, &n);
      od_layout_get_bounds (layout, &bounds);
      g_assert_cmpuint (n, ==, 2);
      for (guint i = 0; i < n; i++)
        {
          OdLayoutRect fb = box_of (layout, d[i].from), tb = box_of (layout, d[i].to);
          OdLayoutPoint first = d[i].points[0], last = d[i].points[d[i].n_points - 1];

          g_assert_cmpuint (d[i].n_points, >=, 2);
          g_assert_cmpuint (d[i].crossings, ==, 0);
          for (guint p = 0; p + 1 < d[i].n_points; p++)
            g_assert_true (d[i].points[p].x == d[i].points[p + 1].x ||
                           d[i].points[p].y == d[i].points[p + 1].y);
          g_assert_true (rects_touch (&fb, &(OdLayoutRect) { first.x, first.y, 0, 0 }));
          g_assert_true (rects_touch (&tb, &(OdLayoutRect) { last.x, last.y, 0, 0 }));
          g_assert_cmpfloat (d[i].label_anchor.x, >=, 0);
          g_assert_cmpfloat (d[i].label_anchor.x, <=, bounds.width);
        }
      g_assert_cmpstr (d[0].line->label, ==, "每天两小时营销支持");
    }
}

static void
test_empty (void)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  OdLayoutRect bounds;
  guint n = 99;
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  od_layout_get_boxes (layout, &n);
  g_assert_cmpuint (n, ==, 0);
  od_layout_get_bounds (layout, &bounds);
  g_assert_cmpfloat (bounds.width, ==, 0);
  g_assert_null (od_layout_hit_test (layout, 0, 0));
  g_assert_cmpuint (od_layout_query_rect (layout, &bounds, found), ==, 0);
}

/* Options with NaN or absurd numbers fall back to sane ones. */
static void
test_bad_options (void)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_SMALL, OD_LANG_ZH_CN, NULL, NULL);
  OdLayoutOptions opt;
  g_autoptr(OdLayout) layout = NULL;

  od_layout_options_init (&opt);
  opt.sibling_gap = NAN;
  opt.level_gap = -5;
  opt.font_size = INFINITY;
  opt.orientation = 17;
  layout = od_layout_new (org, &opt);
  g_assert_cmpfloat (od_layout_get_options (layout)->sibling_gap, ==, 20);
  g_assert_cmpfloat (od_layout_get_options (layout)->level_gap, ==, 40);
  assert_no_overlap (layout);
  assert_tree_shape (layout);
}

/* A deep chain must not overflow the stack (the walks are iterative). */
static void
test_deep_chain (void)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(OdOrganisation) org = NULL;
  g_autoptr(OdLayout) layout = NULL;
  guint depth = 200;

  for (guint i = 0; i < depth; i++)
    g_string_append_printf (xml, "<unit id='d%u' name='层%u'>%s", i, i,
                            i % 3 == 0 ? "<unit id='x' name='x' assistant='true'/>" : "");
  for (guint i = 0; i < depth; i++)
    g_string_append (xml, "</unit>");
  /* Assistant ids must be unique: number them. */
  {
    guint k = 0;
    char *p;
    g_autoptr(GString) fixed = g_string_new (NULL);
    const char *s = xml->str;
    while ((p = strstr (s, "id='x'")) != NULL)
      {
        g_string_append_len (fixed, s, p - s);
        g_string_append_printf (fixed, "id='x%u'", k++);
        s = p + 6;
      }
    g_string_append (fixed, s);
    org = load (fixed->str);
  }
  layout = od_layout_new (org, NULL);
  assert_no_overlap (layout);
  assert_tree_shape (layout);
}


/* ---- an updated layout is the layout made afresh ---- */

static void
assert_updated_as_fresh (OdLayout       *layout,
                         OdOrganisation *org)
{
  g_autoptr(OdLayout) fresh = od_layout_new (org, NULL);
  const OdLayoutRect *a, *b;
  const OdLayoutConnector *ca, *cb;
  const OdLayoutDotted *da, *db;
  OdUnit * const *ua, * const *ub;
  guint na, nb;
  OdLayoutRect ra, rb;

  od_layout_update (layout);
  a = od_layout_get_boxes (layout, &na);
  b = od_layout_get_boxes (fresh, &nb);
  g_assert_cmpuint (na, ==, nb);
  ua = od_layout_get_units (layout, NULL);
  ub = od_layout_get_units (fresh, NULL);
  for (guint i = 0; i < na; i++)
    {
      g_assert_true (ua[i] == ub[i]);
      g_assert_cmpfloat (a[i].x, ==, b[i].x);
      g_assert_cmpfloat (a[i].y, ==, b[i].y);
      g_assert_cmpfloat (a[i].width, ==, b[i].width);
      g_assert_cmpfloat (a[i].height, ==, b[i].height);
    }
  od_layout_get_bounds (layout, &ra);
  od_layout_get_bounds (fresh, &rb);
  g_assert_true (memcmp (&ra, &rb, sizeof ra) == 0);
  ca = od_layout_get_connectors (layout, &na);
  cb = od_layout_get_connectors (fresh, &nb);
  g_assert_cmpuint (na, ==, nb);
  for (guint i = 0; i < na; i++)
    {
      g_assert_true (ca[i].parent == cb[i].parent && ca[i].child == cb[i].child);
      g_assert_cmpuint (ca[i].n_points, ==, cb[i].n_points);
      g_assert_true (memcmp (ca[i].points, cb[i].points, sizeof (OdLayoutPoint) * ca[i].n_points) == 0);
    }
  da = od_layout_get_dotted (layout, &na);
  db = od_layout_get_dotted (fresh, &nb);
  g_assert_cmpuint (na, ==, nb);
  for (guint i = 0; i < na; i++)
    {
      g_assert_cmpuint (da[i].n_points, ==, db[i].n_points);
      g_assert_true (memcmp (da[i].points, db[i].points, sizeof (OdLayoutPoint) * da[i].n_points) == 0);
    }
}

/* A name as many characters long as the unit's own: most often the box
 * keeps its size, the case the update takes a short cut for. */
static OdCommand *
same_length_rename (OdOrganisation *org,
                    OdUnit         *unit)
{
  static const char *const chars[] = { "甲", "乙", "丙", "丁", "戊", "己", "庚", "辛" };
  glong n = g_utf8_strlen (od_unit_get_name (unit), -1);
  g_autoptr(GString) name = g_string_new (NULL);

  for (glong i = 0; i < MAX (n, 1); i++)
    g_string_append (name, chars[g_test_rand_int_range (0, G_N_ELEMENTS (chars))]);
  return od_command_set_unit_prop (org, od_unit_get_id (unit), OD_UNIT_PROP_NAME, name->str, NULL);
}

/* Random edits of every kind, with undo and redo, on the shapes users
 * bring: after each, the layout brought up to date equals a new one. */
static void
test_update_equals_fresh (gconstpointer data)
{
  const char *shape = data;
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(OdOrganisation) org = NULL;
  g_autoptr(OdUndoStack) stack = NULL;
  g_autoptr(OdLayout) layout = NULL;
  guint steps;

  if (g_str_equal (shape, "random"))
    {
      OdRandomTreeSpec spec = { 3000, 12, 9, 0.05, 0.1, 1, 20 };

      org = od_test_random_tree (rand, &spec);
      steps = 25;
    }
  else
    {
      gboolean wide = g_str_equal (shape, "wide");
      GString *xml = g_string_new ("<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"集团\" lang=\"zh-CN\">\n"
                                   "<unit id=\"top\" name=\"总经理\" kind=\"executive\">\n");
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      guint n = wide ? 10000 : 200;

      for (guint i = 0; i < n; i++)
        g_string_append_printf (xml, "<unit id=\"u%u\" name=\"销售%u组\" kind=\"front\"%s>\n",
                                i, i, wide ? "/" : "");
      if (!wide)
        for (guint i = 0; i < n; i++)
          g_string_append (xml, "</unit>\n");
      g_string_append (xml, "</unit>\n</organisation>\n");
      text = g_string_free (xml, FALSE);
      org = od_test_load_string (text, OD_LOAD_DEFAULT, &error);
      g_assert_no_error (error);
      steps = wide ? 10 : 12;
    }
  stack = od_undo_stack_new (org);
  layout = od_layout_new (org, NULL);

  for (guint i = 0; i < steps; i++)
    {
      int action = g_test_rand_int_range (0, 10);
      OdCommand *command = NULL;

      if (action == 0)
        od_undo_stack_undo (stack);
      else if (action == 1)
        od_undo_stack_redo (stack);
      else if (action < 5)
        command = same_length_rename (org, random_unit (org));
      else if (action == 5)
        command = od_command_set_unit_prop (org, od_unit_get_id (random_unit (org)), OD_UNIT_PROP_KIND,
                                            g_test_rand_bit () ? "back" : "support", NULL);
      else
        command = random_command (org);
      if (command != NULL)
        od_undo_stack_push (stack, command, NULL);
      assert_updated_as_fresh (layout, org);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/layout/random/top-down", test_random_top_down);
  g_test_add_func ("/model/layout/random/left-right", test_random_left_right);
  g_test_add_func ("/model/layout/random/compact", test_random_compact);
  g_test_add_func ("/model/layout/random/assistants", test_random_assistants);
  g_test_add_func ("/model/layout/random/auto-compact", test_random_auto_compact);
  g_test_add_func ("/model/layout/random/layered", test_random_layered);
  g_test_add_func ("/model/layout/identical-subtrees", test_identical_subtrees);
  g_test_add_func ("/model/layout/even-spacing", test_even_spacing);
  g_test_add_func ("/model/layout/non-layered", test_non_layered);
  g_test_add_func ("/model/layout/several-tops", test_several_tops);
  g_test_add_func ("/model/layout/assistants", test_assistants);
  g_test_add_func ("/model/layout/compact", test_compact);
  g_test_add_func ("/model/layout/left-right", test_left_right);
  g_test_add_func ("/model/layout/queries", test_queries);
  g_test_add_func ("/model/layout/update", test_update);
  g_test_add_data_func ("/model/layout/update-equals-fresh/random", "random", test_update_equals_fresh);
  g_test_add_data_func ("/model/layout/update-equals-fresh/wide", "wide", test_update_equals_fresh);
  g_test_add_data_func ("/model/layout/update-equals-fresh/deep", "deep", test_update_equals_fresh);
  g_test_add_func ("/model/layout/dotted", test_dotted);
  g_test_add_func ("/model/layout/empty", test_empty);
  g_test_add_func ("/model/layout/bad-options", test_bad_options);
  g_test_add_func ("/model/layout/deep-chain", test_deep_chain);

  return g_test_run ();
}
