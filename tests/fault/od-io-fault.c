/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-io-fault.c: an LD_PRELOAD shim that makes one I/O call fail, as
 * SQLite's tests do, to prove that a failed save never hurts the old file.
 *
 * A test arms it through od_io_fault_arm() (found with dlsym): the Nth
 * call, from then on, of the chosen kinds fails.  It can also refuse new
 * files in one folder (a read-only folder, which root cannot make) and
 * refuse changing a file's owner (a user saving someone else's file). */
#undef _FILE_OFFSET_BITS   /* the shim defines both the plain and the 64-bit calls */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "od-io-fault.h"

static unsigned kinds;
static long countdown;          /* calls of @kinds left before the failure */
static long failures;           /* failures injected since arming */
static char deny_create_dir[4096];
static int deny_chown;

void
od_io_fault_arm (unsigned which,
                 long     nth)
{
  kinds = which;
  countdown = nth;
  failures = 0;
}

long
od_io_fault_disarm (void)
{
  kinds = 0;
  return failures;
}

void
od_io_fault_deny_create_in (const char *dir)
{
  snprintf (deny_create_dir, sizeof deny_create_dir, "%s", dir ? dir : "");
}

void
od_io_fault_deny_chown (int deny)
{
  deny_chown = deny;
}

/* Whether this call of @kind is the one to fail. */
static int
hit (unsigned kind)
{
  if ((kinds & kind) == 0 || countdown <= 0)
    return 0;
  if (--countdown > 0)
    return 0;
  failures++;
  return 1;
}

#define REAL(name) \
  static __typeof__ (name) *real_##name; \
  if (real_##name == NULL) real_##name = (__typeof__ (name) *) dlsym (RTLD_NEXT, #name)

ssize_t
write (int fd, const void *buf, size_t count)
{
  REAL (write);
  if (hit (OD_IO_FAULT_WRITE))
    return errno = ENOSPC, -1;
  return real_write (fd, buf, count);
}

ssize_t
pwrite (int fd, const void *buf, size_t count, off_t offset)
{
  REAL (pwrite);
  if (hit (OD_IO_FAULT_WRITE))
    return errno = ENOSPC, -1;
  return real_pwrite (fd, buf, count, offset);
}

ssize_t
pwrite64 (int fd, const void *buf, size_t count, off64_t offset)
{
  REAL (pwrite64);
  if (hit (OD_IO_FAULT_WRITE))
    return errno = ENOSPC, -1;
  return real_pwrite64 (fd, buf, count, offset);
}

int
fsync (int fd)
{
  REAL (fsync);
  if (hit (OD_IO_FAULT_FSYNC))
    return errno = EIO, -1;
  return real_fsync (fd);
}

int
ftruncate (int fd, off_t length)
{
  REAL (ftruncate);
  if (hit (OD_IO_FAULT_FTRUNCATE))
    return errno = EIO, -1;
  return real_ftruncate (fd, length);
}

int
ftruncate64 (int fd, off64_t length)
{
  REAL (ftruncate64);
  if (hit (OD_IO_FAULT_FTRUNCATE))
    return errno = EIO, -1;
  return real_ftruncate64 (fd, length);
}

int
rename (const char *from, const char *to)
{
  REAL (rename);
  if (hit (OD_IO_FAULT_RENAME))
    return errno = EIO, -1;
  return real_rename (from, to);
}

int
close (int fd)
{
  REAL (close);
  /* Linux releases the descriptor even when close reports an error. */
  if (hit (OD_IO_FAULT_CLOSE))
    {
      real_close (fd);
      return errno = EIO, -1;
    }
  return real_close (fd);
}

int
fchmod (int fd, mode_t mode)
{
  REAL (fchmod);
  if (hit (OD_IO_FAULT_FCHMOD))
    return errno = EIO, -1;
  return real_fchmod (fd, mode);
}

int
fchown (int fd, uid_t owner, gid_t group)
{
  REAL (fchown);
  if (deny_chown || hit (OD_IO_FAULT_FCHMOD))
    return errno = EPERM, -1;
  return real_fchown (fd, owner, group);
}

static int
denied (const char *path, int flags)
{
  size_t n = strlen (deny_create_dir);
  const char *slash;

  if (n == 0 || (flags & O_CREAT) == 0 || strncmp (path, deny_create_dir, n) != 0)
    return 0;
  slash = strrchr (path, '/');
  return slash == path + n;
}

#define OPEN_LIKE(name) \
int \
name (const char *path, int flags, ...) \
{ \
  mode_t mode = 0; \
  REAL (name); \
  if (flags & (O_CREAT | O_TMPFILE)) \
    { \
      va_list args; \
      va_start (args, flags); \
      mode = va_arg (args, mode_t); \
      va_end (args); \
    } \
  if (denied (path, flags)) \
    return errno = EACCES, -1; \
  return real_##name (path, flags, mode); \
}

OPEN_LIKE (open)
OPEN_LIKE (open64)
