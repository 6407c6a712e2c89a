/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-cff-subrs.c: the unused subroutines of a CFF font program emptied
 * (see the header).
 *
 * Only the subroutine INDEXes change size, so every other byte of the font
 * keeps its order: an old offset moves by what the INDEXes before it lost.
 * The offsets that point past one (the top DICT's, the Font DICTs' Private
 * and the Private DICTs' Subrs) are rewritten in place, which needs them
 * as 5-byte integers; cairo writes them so, and anything else gives up.
 */
#include "config.h"

#include <string.h>

#include "od-cff-subrs.h"

#define MAX_NESTING 10   /* the Type 2 limit on subroutine calls */
#define MAX_STACK   48   /* the Type 2 argument stack */
#define MAX_FDS     256

typedef struct {
  gsize  start, end;     /* the whole INDEX, [start, end) in the font */
  guint  count;
  gsize  data;           /* where the objects start, less one */
  guint  off_size;
  gsize  offsets;        /* the offset array */
} Index;

typedef struct {
  const guint8 *cff;
  gsize         length;
} Font;

/* A subroutine INDEX and which of its subroutines some glyph calls. */
typedef struct {
  Index     index;
  guint8   *used;
  gint      bias;
} Subrs;

/* A 5-byte integer operand of a DICT that holds an offset to fix. */
typedef struct {
  gsize operand;         /* the 0x1d byte */
  gsize target;          /* the old offset it points to (absolute) */
  gsize base;            /* what it is relative to (0: the font) */
} Patch;

static gboolean
read_offset (const Font *font,
             gsize       at,
             guint       size,
             gsize      *value)
{
  gsize v = 0;

  if (size < 1 || size > 4 || at + size > font->length)
    return FALSE;
  for (guint i = 0; i < size; i++)
    v = v << 8 | font->cff[at + i];
  *value = v;
  return TRUE;
}

static gboolean
read_index (const Font *font,
            gsize       at,
            Index      *index)
{
  gsize last;

  memset (index, 0, sizeof *index);
  if (at + 2 > font->length)
    return FALSE;
  index->start = at;
  index->count = font->cff[at] << 8 | font->cff[at + 1];
  if (index->count == 0)
    {
      index->end = at + 2;
      return TRUE;
    }
  if (at + 3 > font->length)
    return FALSE;
  index->off_size = font->cff[at + 2];
  index->offsets = at + 3;
  if (index->off_size < 1 || index->off_size > 4 ||
      index->offsets + (gsize) (index->count + 1) * index->off_size > font->length)
    return FALSE;
  index->data = index->offsets + (gsize) (index->count + 1) * index->off_size - 1;
  if (!read_offset (font, index->offsets + (gsize) index->count * index->off_size, index->off_size, &last) ||
      last < 1 || index->data + last > font->length)
    return FALSE;
  index->end = index->data + last;
  return TRUE;
}

/* Object @i of @index as [*from, *to). */
static gboolean
index_object (const Font  *font,
              const Index *index,
              guint        i,
              gsize       *from,
              gsize       *to)
{
  gsize a, b;

  if (i >= index->count ||
      !read_offset (font, index->offsets + (gsize) i * index->off_size, index->off_size, &a) ||
      !read_offset (font, index->offsets + (gsize) (i + 1) * index->off_size, index->off_size, &b) ||
      a < 1 || b < a || index->data + b > index->end)
    return FALSE;
  *from = index->data + a;
  *to = index->data + b;
  return TRUE;
}

/* DICTs */

typedef struct {
  double  value;
  gsize   at;            /* where the operand starts */
  gboolean five;         /* a 5-byte integer (0x1d) */
} Operand;

typedef gboolean (*DictFunc) (guint op, const Operand *operands, guint n, gpointer user_data);

/* Calls @func for each operator of the DICT [@from, @to); FALSE when it
 * is malformed or @func says so. */
static gboolean
parse_dict (const Font *font,
            gsize       from,
            gsize       to,
            DictFunc    func,
            gpointer    user_data)
{
  Operand operands[MAX_STACK];
  guint n = 0;
  gsize p = from;

  if (to > font->length || from > to)
    return FALSE;
  while (p < to)
    {
      guint8 b = font->cff[p];
      Operand o = { 0, p, FALSE };

      if (b <= 21)
        {
          guint op = b;

          if (b == 12)
            {
              if (p + 1 >= to)
                return FALSE;
              op = 1200 + font->cff[p + 1];
              p++;
            }
          p++;
          if (!func (op, operands, n, user_data))
            return FALSE;
          n = 0;
          continue;
        }
      if (b == 28)
        {
          if (p + 3 > to)
            return FALSE;
          o.value = (gint16) (font->cff[p + 1] << 8 | font->cff[p + 2]);
          p += 3;
        }
      else if (b == 29)
        {
          if (p + 5 > to)
            return FALSE;
          o.value = (gint32) ((guint32) font->cff[p + 1] << 24 | font->cff[p + 2] << 16 |
                              font->cff[p + 3] << 8 | font->cff[p + 4]);
          o.five = TRUE;
          p += 5;
        }
      else if (b == 30)
        {
          /* A real: its value is never an offset, so it is only skipped. */
          p++;
          while (p < to && (font->cff[p] & 0x0f) != 0x0f && (font->cff[p] & 0xf0) != 0xf0)
            p++;
          if (p >= to)
            return FALSE;
          p++;
        }
      else if (b >= 32 && b <= 246)
        {
          o.value = (int) b - 139;
          p++;
        }
      else if (b >= 247 && b <= 254)
        {
          if (p + 2 > to)
            return FALSE;
          o.value = b <= 250 ? (b - 247) * 256 + font->cff[p + 1] + 108
                             : -(b - 251) * 256 - font->cff[p + 1] - 108;
          p += 2;
        }
      else
        return FALSE;
      if (n == MAX_STACK)
        return FALSE;
      operands[n++] = o;
    }
  return n == 0;
}

enum {
  OP_CHARSET = 15, OP_ENCODING = 16, OP_CHARSTRINGS = 17, OP_PRIVATE = 18, OP_SUBRS = 19,
  OP_CHARSTRING_TYPE = 1206, OP_ROS = 1230, OP_FDARRAY = 1236, OP_FDSELECT = 1237,
};

typedef struct {
  gboolean  ok;
  gboolean  cid;
  gint      charstring_type;
  gsize     charstrings;
  gsize     fdarray;
  gsize     fdselect;
  gsize     private_size, private_offset;
  gboolean  has_private;
  gsize     subrs;               /* relative to the Private DICT; 0: none */
  gboolean  has_subrs;
  GArray   *patches;
  gsize     base;                /* for Subrs: the Private DICT's start */
} DictState;

/* Records the offset operand @o of an operator to be fixed later. */
static gboolean
want_patch (DictState     *state,
            const Operand *o,
            gsize          base)
{
  Patch patch;

  if (!o->five || o->value < 0)
    return FALSE;
  patch.operand = o->at;
  patch.target = base + (gsize) o->value;
  patch.base = base;
  g_array_append_val (state->patches, patch);
  return TRUE;
}

static gboolean
top_dict_op (guint          op,
             const Operand *operands,
             guint          n,
             gpointer       user_data)
{
  DictState *state = user_data;

  switch (op)
    {
    case OP_ROS:
      state->cid = TRUE;
      return TRUE;
    case OP_CHARSTRING_TYPE:
      state->charstring_type = n == 1 ? (gint) operands[0].value : -1;
      return TRUE;
    case OP_CHARSET:
    case OP_ENCODING:
      /* 0, 1 and 2 name predefined charsets and encodings, not offsets. */
      if (n != 1)
        return FALSE;
      return operands[0].value <= 2 || want_patch (state, &operands[0], 0);
    case OP_CHARSTRINGS:
    case OP_FDARRAY:
    case OP_FDSELECT:
      if (n != 1 || !want_patch (state, &operands[0], 0))
        return FALSE;
      if (op == OP_CHARSTRINGS)
        state->charstrings = (gsize) operands[0].value;
      else if (op == OP_FDARRAY)
        state->fdarray = (gsize) operands[0].value;
      else
        state->fdselect = (gsize) operands[0].value;
      return TRUE;
    case OP_PRIVATE:
      if (n != 2 || operands[0].value < 0 || !want_patch (state, &operands[1], 0))
        return FALSE;
      state->private_size = (gsize) operands[0].value;
      state->private_offset = (gsize) operands[1].value;
      state->has_private = TRUE;
      return TRUE;
    default:
      return TRUE;
    }
}

static gboolean
private_dict_op (guint          op,
                 const Operand *operands,
                 guint          n,
                 gpointer       user_data)
{
  DictState *state = user_data;

  if (op != OP_SUBRS)
    return TRUE;
  if (n != 1 || !want_patch (state, &operands[0], state->base))
    return FALSE;
  state->subrs = (gsize) operands[0].value;
  state->has_subrs = TRUE;
  return TRUE;
}

/* Charstrings */

static gint
subr_bias (guint count)
{
  return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
}

typedef struct {
  const Font *font;
  Subrs      *global;
  Subrs      *local;     /* NULL: the glyph's Private DICT has none */
  gint        stack[MAX_STACK];
  guint       n;
  guint       stems;
  gboolean    seen_mask;
  gboolean    ended;
} Walk;

static gboolean walk (Walk *w, gsize from, gsize to, guint depth);

static gboolean
call (Walk    *w,
      Subrs   *subrs,
      guint    depth)
{
  gint i;
  gsize from, to;

  if (subrs == NULL || w->n == 0 || depth >= MAX_NESTING)
    return FALSE;
  i = w->stack[--w->n] + subrs->bias;
  if (i < 0 || (guint) i >= subrs->index.count || !index_object (w->font, &subrs->index, i, &from, &to))
    return FALSE;
  subrs->used[i] = 1;
  return walk (w, from, to, depth + 1);
}

/* Reads the charstring (or subroutine) [@from, @to): TRUE when it was
 * understood, w->ended once endchar was met. */
static gboolean
walk (Walk  *w,
      gsize  from,
      gsize  to,
      guint  depth)
{
  const guint8 *s = w->font->cff;
  gsize p = from;

  while (p < to && !w->ended)
    {
      guint8 b = s[p];

      if (b >= 32 || b == 28)
        {
          gint v;

          if (b == 28)
            {
              if (p + 3 > to)
                return FALSE;
              v = (gint16) (s[p + 1] << 8 | s[p + 2]);
              p += 3;
            }
          else if (b <= 246)
            {
              v = (gint) b - 139;
              p++;
            }
          else if (b <= 254)
            {
              if (p + 2 > to)
                return FALSE;
              v = b <= 250 ? (b - 247) * 256 + s[p + 1] + 108 : -(b - 251) * 256 - s[p + 1] - 108;
              p += 2;
            }
          else
            {
              /* 16.16 fixed: the integer part, for a subroutine number. */
              if (p + 5 > to)
                return FALSE;
              v = (gint16) (s[p + 1] << 8 | s[p + 2]);
              p += 5;
            }
          if (w->n == MAX_STACK)
            return FALSE;
          w->stack[w->n++] = v;
          continue;
        }
      p++;
      switch (b)
        {
        case 1:  /* hstem */
        case 3:  /* vstem */
        case 18: /* hstemhm */
        case 23: /* vstemhm */
          w->stems += w->n / 2;
          w->n = 0;
          break;
        case 19: /* hintmask */
        case 20: /* cntrmask */
          /* Arguments before the first mask are an implicit vstem(hm). */
          w->stems += w->n / 2;
          w->n = 0;
          w->seen_mask = TRUE;
          p += (w->stems + 7) / 8;
          if (p > to)
            return FALSE;
          break;
        case 10: /* callsubr */
          if (!call (w, w->local, depth))
            return FALSE;
          break;
        case 29: /* callgsubr */
          if (!call (w, w->global, depth))
            return FALSE;
          break;
        case 11: /* return */
          return depth > 0;
        case 14: /* endchar */
          w->ended = TRUE;
          return TRUE;
        case 4: case 5: case 6: case 7: case 8: case 21: case 22:
        case 24: case 25: case 26: case 27: case 30: case 31:
          w->n = 0;
          break;
        case 12:
          if (p >= to)
            return FALSE;
          b = s[p++];
          /* dotsection and the flexes; the arithmetic and storage
           * operators could compute a subroutine number: given up. */
          if (b != 0 && (b < 34 || b > 37))
            return FALSE;
          w->n = 0;
          break;
        default: /* reserved */
          return FALSE;
        }
    }
  /* A subroutine may end without return; a glyph must end with endchar,
   * but with nothing more to read none is missed. */
  return p <= to;
}

/* FDSelect: the Font DICT of each glyph. */
static gboolean
read_fdselect (const Font *font,
               gsize       at,
               guint       n_glyphs,
               guint       n_fds,
               guint8     *fd)
{
  const guint8 *s = font->cff;

  if (at >= font->length)
    return FALSE;
  if (s[at] == 0)
    {
      if (at + 1 + n_glyphs > font->length)
        return FALSE;
      for (guint g = 0; g < n_glyphs; g++)
        if ((fd[g] = s[at + 1 + g]) >= n_fds)
          return FALSE;
      return TRUE;
    }
  if (s[at] == 3)
    {
      guint n_ranges, first, next;

      if (at + 5 > font->length)
        return FALSE;
      n_ranges = s[at + 1] << 8 | s[at + 2];
      if (at + 3 + (gsize) n_ranges * 3 + 2 > font->length)
        return FALSE;
      for (guint r = 0; r < n_ranges; r++)
        {
          gsize e = at + 3 + (gsize) r * 3;

          first = s[e] << 8 | s[e + 1];
          next = s[e + 3] << 8 | s[e + 4];
          if (s[e + 2] >= n_fds || first > next || (r == 0 && first != 0) || next > n_glyphs)
            return FALSE;
          for (guint g = first; g < next; g++)
            fd[g] = s[e + 2];
        }
      return (s[at + 3 + (gsize) n_ranges * 3] << 8 | s[at + 4 + (gsize) n_ranges * 3]) == (gint) n_glyphs;
    }
  return FALSE;
}

/* Rewriting */

typedef struct {
  gsize        start, end;   /* the old INDEX */
  GByteArray  *bytes;        /* the new one */
} Replacement;

/* @subrs as an INDEX whose unused subroutines are `return`. */
static GByteArray *
emptied_index (const Font  *font,
               const Subrs *subrs)
{
  const Index *index = &subrs->index;
  GByteArray *out = g_byte_array_new ();
  gsize total = 1;
  guint off_size;
  guint8 head[3];

  for (guint i = 0; i < index->count; i++)
    {
      gsize from, to;

      index_object (font, index, i, &from, &to);
      total += subrs->used[i] ? to - from : 1;
    }
  off_size = total <= 0xff ? 1 : total <= 0xffff ? 2 : total <= 0xffffff ? 3 : 4;
  head[0] = index->count >> 8;
  head[1] = index->count & 0xff;
  head[2] = off_size;
  g_byte_array_append (out, head, 3);
  g_byte_array_set_size (out, 3 + (gsize) (index->count + 1) * off_size);
  total = 1;
  for (guint i = 0; i <= index->count; i++)
    {
      gsize from = 0, to = 0;

      for (guint k = 0; k < off_size; k++)
        out->data[3 + (gsize) i * off_size + k] = total >> (8 * (off_size - 1 - k));
      if (i == index->count)
        break;
      index_object (font, index, i, &from, &to);
      if (subrs->used[i])
        {
          g_byte_array_append (out, font->cff + from, to - from);
          total += to - from;
        }
      else
        {
          static const guint8 ret = 0x0b;

          g_byte_array_append (out, &ret, 1);
          total += 1;
        }
    }
  return out;
}

static gint
compare_replacements (gconstpointer a,
                      gconstpointer b)
{
  const Replacement *ra = a, *rb = b;

  return ra->start < rb->start ? -1 : ra->start > rb->start;
}

/* Where the old offset @p is after the replacements; FALSE when it points
 * inside one (past its start), which nothing should. */
static gboolean
map_offset (const GArray *replacements,
            gsize         p,
            gsize        *mapped)
{
  gssize delta = 0;

  for (guint i = 0; i < replacements->len; i++)
    {
      const Replacement *r = &g_array_index (replacements, Replacement, i);

      if (p >= r->end)
        delta += (gssize) r->bytes->len - (gssize) (r->end - r->start);
      else if (p > r->start)
        return FALSE;
    }
  *mapped = (gsize) ((gssize) p + delta);
  return TRUE;
}

static void
clear_replacement (gpointer data)
{
  Replacement *r = data;

  g_byte_array_unref (r->bytes);
}

GBytes *
od_cff_subrs_compact (const guint8 *cff,
                      gsize         length)
{
  Font font = { cff, length };
  g_autoptr(GArray) patches = g_array_new (FALSE, FALSE, sizeof (Patch));
  g_autoptr(GArray) replacements = g_array_new (FALSE, FALSE, sizeof (Replacement));
  g_autoptr(GByteArray) out = NULL;
  g_autofree guint8 *fd_of = NULL;
  g_autofree guint8 *global_used = NULL;
  Subrs *locals[MAX_FDS] = { NULL };
  Subrs global;
  Index names, tops, strings, charstrings, fdarray;
  DictState top = { 0 };
  gsize from, to, at;
  guint n_fds = 1;
  gboolean ok = FALSE;

  g_array_set_clear_func (replacements, clear_replacement);
  top.patches = patches;
  top.charstring_type = 2;
  /* Header, Name, Top DICT, String and Global Subr INDEXes, in order. */
  if (length < 4 || cff[0] != 1 || cff[2] < 4 || cff[2] >= length ||
      !read_index (&font, cff[2], &names) || !read_index (&font, names.end, &tops) ||
      tops.count != 1 || !read_index (&font, tops.end, &strings) ||
      !read_index (&font, strings.end, &global.index) ||
      !index_object (&font, &tops, 0, &from, &to) ||
      !parse_dict (&font, from, to, top_dict_op, &top) ||
      top.charstring_type != 2 || top.charstrings == 0 ||
      !read_index (&font, top.charstrings, &charstrings) || charstrings.count == 0)
    return NULL;
  global_used = g_malloc0 (MAX (global.index.count, 1));
  global.used = global_used;
  global.bias = subr_bias (global.index.count);
  fd_of = g_malloc0 (charstrings.count);

  /* The Private DICT of each Font DICT (or the one of a non-CID font). */
  if (top.cid)
    {
      if (top.fdarray == 0 || top.fdselect == 0 || !read_index (&font, top.fdarray, &fdarray) ||
          fdarray.count == 0 || fdarray.count > MAX_FDS)
        return NULL;
      n_fds = fdarray.count;
      if (!read_fdselect (&font, top.fdselect, charstrings.count, n_fds, fd_of))
        return NULL;
    }
  for (guint f = 0; f < n_fds; f++)
    {
      DictState fd = { 0 };
      DictState priv = { 0 };
      Index index;

      fd.patches = patches;
      priv.patches = patches;
      if (top.cid)
        {
          if (!index_object (&font, &fdarray, f, &from, &to) || !parse_dict (&font, from, to, top_dict_op, &fd))
            goto out;
        }
      else
        fd = top;
      if (!fd.has_private)
        continue;
      priv.base = fd.private_offset;
      if (fd.private_offset + fd.private_size > length ||
          !parse_dict (&font, fd.private_offset, fd.private_offset + fd.private_size, private_dict_op, &priv))
        goto out;
      if (!priv.has_subrs)
        continue;
      at = fd.private_offset + priv.subrs;
      /* Font DICTs may share one INDEX: then they share its marks. */
      for (guint k = 0; k < f && locals[f] == NULL; k++)
        if (locals[k] != NULL && locals[k]->index.start == at)
          locals[f] = locals[k];
      if (locals[f] != NULL)
        continue;
      if (!read_index (&font, at, &index))
        goto out;
      locals[f] = g_new0 (Subrs, 1);
      locals[f]->index = index;
      locals[f]->used = g_malloc0 (MAX (index.count, 1));
      locals[f]->bias = subr_bias (index.count);
    }

  for (guint g = 0; g < charstrings.count; g++)
    {
      Walk w = { &font, &global, locals[fd_of[g]] };

      if (!index_object (&font, &charstrings, g, &from, &to) || !walk (&w, from, to, 0))
        goto out;
    }

  /* The new INDEXes, in the font's order, none overlapping. */
  for (guint f = 0; f <= n_fds; f++)
    {
      Subrs *subrs = f == n_fds ? &global : locals[f];
      Replacement r;
      gboolean seen = FALSE;

      if (subrs == NULL || subrs->index.count == 0)
        continue;
      for (guint k = 0; k < replacements->len; k++)
        seen |= g_array_index (replacements, Replacement, k).start == subrs->index.start;
      if (seen)
        continue;
      r.start = subrs->index.start;
      r.end = subrs->index.end;
      r.bytes = emptied_index (&font, subrs);
      g_array_append_val (replacements, r);
    }
  g_array_sort (replacements, compare_replacements);
  for (guint k = 1; k < replacements->len; k++)
    if (g_array_index (replacements, Replacement, k).start < g_array_index (replacements, Replacement, k - 1).end)
      goto out;

  out = g_byte_array_sized_new (length);
  at = 0;
  for (guint k = 0; k < replacements->len; k++)
    {
      const Replacement *r = &g_array_index (replacements, Replacement, k);

      g_byte_array_append (out, cff + at, r->start - at);
      g_byte_array_append (out, r->bytes->data, r->bytes->len);
      at = r->end;
    }
  g_byte_array_append (out, cff + at, length - at);

  for (guint k = 0; k < patches->len; k++)
    {
      const Patch *patch = &g_array_index (patches, Patch, k);
      gsize where, target, base = 0;
      gsize value;

      if (!map_offset (replacements, patch->operand, &where) ||
          !map_offset (replacements, patch->target, &target) ||
          (patch->base != 0 && !map_offset (replacements, patch->base, &base)) ||
          where + 5 > out->len || out->data[where] != 29 || target < base)
        goto out;
      value = target - base;
      if (value > G_MAXINT32)
        goto out;
      out->data[where + 1] = value >> 24;
      out->data[where + 2] = value >> 16;
      out->data[where + 3] = value >> 8;
      out->data[where + 4] = value;
    }
  ok = TRUE;

out:
  for (guint f = 0; f < n_fds; f++)
    if (locals[f] != NULL)
      {
        gboolean shared = FALSE;

        for (guint k = f + 1; k < n_fds; k++)
          if (locals[k] == locals[f])
            shared = TRUE;
        if (!shared)
          {
            g_free (locals[f]->used);
            g_free (locals[f]);
          }
        locals[f] = NULL;
      }
  if (!ok)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
